"""One Doc through one pipeline: every door gives the same answer.

``analyze`` and each ``extract_*`` read the article the same way (cleaning, reference date) and run
the same components; the spaCy components reuse the library's Doc; a span's ``.text`` is the
extracted text. Checked on every bundled sample and on the seed article (``tests/cases``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import vngovnlp
from vngovnlp import pipeline
from vngovnlp.doc import Doc

REPO = Path(__file__).resolve().parents[1]
CASES = Path(__file__).resolve().parent / "cases"
SAMPLES = sorted((REPO / "corpus" / "samples").glob("*.txt")) + sorted((REPO / "corpus" / "samples").glob("*.html"))
ARTICLES = SAMPLES + sorted(CASES.glob("*.txt"))
EXTRACTORS = {
    "officials": vngovnlp.extract_officials,
    "organisations": vngovnlp.extract_organisations,
    "dates": vngovnlp.extract_dates,
    "awards": vngovnlp.extract_awards,
    "locations": vngovnlp.extract_locations,
    "entities": vngovnlp.extract_entities,
}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def article(request):
    text = _read(request.param)
    return text, vngovnlp.analyze(text)


def test_there_are_articles_to_check():
    assert len(SAMPLES) >= 3 and (CASES / "backan-2019-09-27-quoc-phong.txt").is_file()


@pytest.mark.parametrize("kind", list(EXTRACTORS))
def test_extract_equals_analyze(article, kind):
    text, art = article
    assert EXTRACTORS[kind](text) == list(getattr(art, kind))


def test_extract_dates_reads_the_articles_own_date():
    text = "Sáng 14/8, UBND tỉnh họp.\n(Cập nhật lúc: 15/08/2025 16:20:05 )"
    assert [d.value for d in vngovnlp.extract_dates(text) if d.text == "Sáng 14/8"] == ["2025-08-14"]
    assert [d.value for d in vngovnlp.extract_dates(text, reference_date="2024-01-01")
            if d.text == "Sáng 14/8"] == ["2024-08-14"]


def test_extractors_leave_portal_boilerplate_out(seed_text):
    people = {e.text for e in vngovnlp.extract_entities(seed_text) if e.label == "PER"}
    assert not people & {"Skip Ribbon Commands", "Sign In", "Skip Ribbon", "Ribbon Commands"}
    assert all("Sign" not in o.name for o in vngovnlp.extract_officials(seed_text))


def test_each_component_runs_once_and_awards_reuse_officials(monkeypatch):
    calls = []
    original = pipeline.COMPONENTS["officials"]
    monkeypatch.setitem(pipeline.COMPONENTS, "officials", pipeline.Component(
        "officials", lambda doc: calls.append(1) or original.run(doc)))
    doc = pipeline.read("Ông Lý Thái Hải, Chủ tịch UBND tỉnh, trao Bằng khen cho 08 tập thể.")
    pipeline.run(doc, ["officials", "awards", "officials"])
    assert calls == [1]
    assert doc.facts["awards"][0].giver_official == "Lý Thái Hải"


def test_unknown_component_is_refused():
    with pytest.raises(ValueError, match="No pipeline component 'weather'"):
        pipeline.run(pipeline.read("Ngày 26/9."), ["weather"])


def test_doc_reads_once_and_keeps_lazy_parts(seed_text):
    doc = Doc.read(seed_text)
    assert doc.reference_date.isoformat() == "2019-09-27"
    assert "Sign In" not in doc.text and len(doc.text) == len(doc.normalized.text)
    assert doc.entities is doc.entities and doc.lexicon_tokens is doc.lexicon_tokens
    assert doc.sentences is doc.sentences
    assert all(doc.source[t.start:t.end] == t.text for s in doc.sentences for t in s.tokens)


def test_sentences_of_the_pipeline_equal_article_sentences(seed_text):
    art = vngovnlp.analyze(seed_text)
    assert art.sentences == Doc.read(seed_text).sentences


def test_a_bad_page_date_keeps_the_article():
    art = vngovnlp.analyze("Hội nghị tổng kết\n(Cập nhật lúc: 31/02/2024 10:00:00 )\nSáng 14/8, UBND tỉnh họp.")
    assert art.reference_date is None
    assert [d.value for d in art.dates if d.text == "Sáng 14/8"] == ["XXXX-08-14"]


def test_article_json_round_trips_without_the_tokenizer(seed_text):
    data = vngovnlp.analyze(seed_text).to_dict()
    assert "tokenizer" not in data
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_classify_equals_analyze_topic(path):
    text = _read(path)
    assert vngovnlp.classify([text])[0] == vngovnlp.analyze(text).topic


# Issue 14: analyze classifies one body by a one-document path (no sparse matrix, no
# scikit-learn checks); its probabilities are scikit-learn's own.
TOPIC_TEXTS = [
    "",
    "   ",
    "2024",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về công tác xây dựng Đảng",
    "Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm 2024",
    "Giá lúa tăng, nông dân phấn khởi. Giá lúa tăng, nông dân phấn khởi.",  # repeated features
    "Sở Y tế tỉnh Đồng Nai triển khai tiêm chủng vắc xin sởi cho trẻ em " * 40,  # cut at max_chars
]


@pytest.mark.parametrize("text", TOPIC_TEXTS, ids=range(len(TOPIC_TEXTS)))
def test_one_document_topic_path_equals_sklearn(text):
    import numpy as np

    from vngovnlp.classify import _one_proba, classify_body, load_default

    model = load_default()
    cut = text[: model.max_chars]
    expected = model.reference_proba([cut])[0]
    one = _one_proba(model, cut)
    assert one is not None  # the shipped model takes the fast path
    np.testing.assert_allclose(one, expected, rtol=0, atol=1e-9)
    if text.strip():
        topic = classify_body(text)
        assert topic.label == model.classes_[int(np.argmax(expected))]
        assert topic.scores == {str(c): round(float(p), 6) for c, p in zip(model.classes_, expected, strict=True)}


def test_one_document_topic_path_sums_features_that_share_a_column():
    import numpy as np

    from vngovnlp.classify import TopicClassifier, _one_proba

    texts = ["Bộ đội biên phòng tuần tra", "Quân khu diễn tập", "Giá lúa tăng", "Nông dân thu hoạch lúa",
             "Bộ đội huấn luyện", "Nông dân chăn nuôi", "Sở Y tế khám bệnh", "Bệnh viện tỉnh khám bệnh",
             "Trạm y tế xã tiêm chủng"]
    labels = ["defense"] * 2 + ["farm"] * 2 + ["defense", "farm"] + ["health"] * 3
    model = TopicClassifier(n_features=2**4, calibration_cv=2).fit(texts, labels)  # 16 columns: collisions
    probe = "Bộ đội biên phòng giúp nông dân thu hoạch lúa"
    features = model.pipeline_[0].analyzer(probe)
    assert len(set(features)) > 16  # more distinct features than columns
    one = _one_proba(model, probe)
    assert one is not None
    np.testing.assert_allclose(one, model.reference_proba([probe])[0], rtol=0, atol=1e-9)
    assert model.classify([probe])[0].scores == {c: round(float(p), 6) for c, p in zip(model.classes_, one, strict=True)}


# Issue 14: the fixed cost of reading a text. Old tone placement is found by one character class
# per group of first letters (not 60 alternatives), identity maps are copied, not rebuilt; the
# text and offsets must be what they were.
@pytest.mark.parametrize(("source", "expected"), [
    ("Tỉnh uỷ Bắc Kạn", "Tỉnh ủy Bắc Kạn"),
    ("hoà bình, khoẻ mạnh", "hòa bình, khỏe mạnh"),
    ("HOÀ BÌNH, Thuỷ lợi", "HÒA BÌNH, Thủy lợi"),
    ("quý, quỳ, Quý", "quý, quỳ, Quý"),          # "qu" keeps its spelling
    ("hoàn thành, khoảng, thuyền", "hoàn thành, khoảng, thuyền"),  # the pair does not end the syllable
    ("uỷ1 hoà_", "ủy1 hòa_"),                   # a digit or "_" ends the syllable
    ("Ủy ban, hòa giải", "Ủy ban, hòa giải"),    # new style already
])
def test_old_tone_placement_is_made_new_style(source, expected):
    from vngovnlp.normalize import normalize

    n = normalize(source)
    assert n.text == expected
    assert [n.to_source(i, i + 1) for i in range(len(n.text))] == [(i, i + 1) for i in range(len(source))]


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 70001])
def test_identity_maps_of_every_length(size):
    from vngovnlp.normalize import normalize

    plain = ("Ngày 26/9 UBND tỉnh họp.\n" * (size // 25 + 1))[:size]
    odd = plain[: size // 2] + "\u200b" + plain[size // 2 :]  # one line takes the slow path
    for text in (plain, odd):
        n = normalize(text)
        assert n.text == plain and len(n.starts) == len(n.ends) == size
        assert all(n.source[n.starts[i] : n.ends[i]] == n.text[i] for i in range(0, size, 997))
        if size > 1:
            assert n.to_source(0, size) == (0, len(text))


def test_results_the_map_leaves_unchanged_are_not_copied():
    from vngovnlp.normalize import normalize, to_source
    from vngovnlp.types import Mention, Official, Title

    title = Title("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh", "Chủ tịch UBND tỉnh", 0, 18)
    same = Official("Lý Thái Hải", "Lý Thái Hải", 19, 30, titles=(title,),
                    mentions=(Mention("Lý Thái Hải", 19, 30),))
    plain = normalize("Chủ tịch UBND tỉnh Lý Thái Hải")
    assert to_source(same, plain) is same
    moved = to_source(same, normalize("Chủ\u200b tịch UBND tỉnh Lý Thái Hải"))
    assert (moved.start, moved.end, moved.titles[0].end, moved.mentions[0].start) == (20, 31, 19, 20)
    assert moved.titles[0].text == "Chủ\u200b tịch UBND tỉnh" and moved.name == "Lý Thái Hải"


def test_package_data_is_read_without_importing_the_package():
    import subprocess
    import sys

    script = ("import sys\n"
              "from vngovnlp.lexicon import load\n"
              "print(len(load('data/parser_from_2025.json', 'vietnamadminunits')) > 0,"
              " 'vietnamadminunits' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True False"


@pytest.mark.parametrize(("text", "expected"), [
    ("<html><body><p>Ngày 26/9</p></body></html>", True),
    ("Tiêu đề\n<p>Ngày 26/9, UBND tỉnh họp.</p>", True),
    ("Ngày 26/9, UBND tỉnh <Bắc Kạn> họp.", False),
    ("Ngày 26/9, giá < 5 triệu đồng, UBND tỉnh họp.", False),
    ("Ngày 26/9, UBND tỉnh họp.", False),
    ("x" * 20000 + "<html>", False),                  # only the first 20,000 characters count
    ("x" * 19990 + "<html>", True),
])
def test_html_is_told_from_plain_text(text, expected):
    from vngovnlp.clean import looks_like_html

    assert looks_like_html(text) is expected
