"""PER/ORG/LOC entities from the syllable CRF (``vngovnlp.extract.entities``).

Rows are short phrases written for these tests in the shapes government portals use (no corpus
or gold text is copied). Development rows must be found exactly; negative rows must not carry
the label; known misses are strict xfails so that a fix is noticed.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vngovnlp
from vngovnlp.errors import ModelLoadError
from vngovnlp.extract import entities
from vngovnlp.extract.entities import find_entities, load_tagger, syllables

# The VLSP corpora tag "huyện Ba Bể" as LOC about as often as "Ba Bể": either is right.
_ADMIN = re.compile(r"^(?:tỉnh|huyện|quận|xã|phường|thành phố|thị xã) ")


def _found(text):
    return {(e.label, _ADMIN.sub("", e.text)) for e in find_entities(text)}

FOUND = [
    ("Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đến thăm huyện Ba Bể.", "PER", "Nguyễn Văn An"),
    ("Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đến thăm huyện Ba Bể.", "ORG", "UBND tỉnh Bắc Kạn"),
    ("Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đến thăm huyện Ba Bể.", "LOC", "Ba Bể"),
    ("Đại tướng Ngô Xuân Lịch làm việc tại Lào Cai.", "PER", "Ngô Xuân Lịch"),
    ("Đại tướng Ngô Xuân Lịch làm việc tại Lào Cai.", "LOC", "Lào Cai"),
    ("Bộ Quốc phòng tổ chức hội nghị tại Hà Nội.", "ORG", "Bộ Quốc phòng"),
    ("Bộ Quốc phòng tổ chức hội nghị tại Hà Nội.", "LOC", "Hà Nội"),
    ("Đoàn công tác của Việt Nam sang thăm Nhật Bản.", "LOC", "Nhật Bản"),
    ("Bà Trần Thị Hoa, Giám đốc Sở Y tế, phát biểu.", "PER", "Trần Thị Hoa"),
    ("Ông Lê Văn Bình cho biết xã đã hoàn thành kế hoạch.", "PER", "Lê Văn Bình"),
]

ABSENT = [
    ("Hội nghị diễn ra trong không khí dân chủ.", None),
    ("Ngày 26/9/2019, trời mưa to.", None),
    ("Anh cho biết năm nay mùa màng bội thu.", "LOC"),
    ("Tỉnh ủy đã ban hành kế hoạch thực hiện nghị quyết.", "PER"),
]

KNOWN_MISSES = [
    # an all-caps headline gives the model no capitalisation cue
    ("ĐẠI TƯỚNG NGÔ XUÂN LỊCH THĂM LÀO CAI", "PER", "NGÔ XUÂN LỊCH"),
]


@pytest.mark.parametrize(("text", "label", "expected"), FOUND)
def test_found(text, label, expected):
    assert (label, expected) in _found(text)


@pytest.mark.parametrize(("text", "label"), ABSENT)
def test_absent(text, label):
    found = find_entities(text)
    assert not [e for e in found if label is None or e.label == label]


@pytest.mark.parametrize(("text", "label", "expected"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="known miss")
def test_known_misses(text, label, expected):
    assert (label, expected) in _found(text)


def test_public_wrapper_maps_offsets_to_the_source():
    text = "Tỉnh uỷ Bắc Kạn tiếp ông Nguyễn Văn An tại thành phố Bắc Kạn."
    found = vngovnlp.extract_entities(text)
    assert found
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.label in {"PER", "ORG", "LOC"}


def test_syllables_keep_dates_and_abbreviations_whole():
    text = "TP.HCM, ngày 26/9/2019 chi 1.000 tỷ"
    assert [text[s:e] for s, e in syllables(text)] == ["TP.HCM", ",", "ngày", "26/9/2019", "chi", "1.000", "tỷ"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty(text):
    assert find_entities(text) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃĐ .,;:()\"-/\n0123456789")),
               max_size=80))
def test_hostile_strings_round_trip(text):
    for e in find_entities(text):
        assert text[e.start:e.end] == e.text
        assert e.start < e.end


@pytest.mark.parametrize("text", ["\x00\x01", "🙂" * 50, "Ủy" * 500, "A " * 3000, "\u0301\u0300 Bắc"])
def test_odd_strings_do_not_crash(text):
    for e in find_entities(text):
        assert text[e.start:e.end] == e.text


def test_missing_model_file_raises(tmp_path):
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_tagger(tmp_path / "nothing.crfsuite")


@pytest.mark.parametrize("content", [b"not a model at all", b"lCRF" + b"\x00\xff" * 40, b""])
def test_corrupt_model_file_raises(tmp_path, content):
    path = tmp_path / "ner.crfsuite"
    path.write_bytes(content)
    with pytest.raises(ModelLoadError, match="ner.crfsuite"):
        load_tagger(path)


def test_truncated_real_model_raises(tmp_path):
    from importlib import resources

    real = resources.files("vngovnlp.models").joinpath(entities.MODEL_NAME).read_bytes()
    path = tmp_path / "ner.crfsuite"
    path.write_bytes(real[: len(real) // 3])
    with pytest.raises(ModelLoadError):
        load_tagger(path)


def test_model_loaded_once():
    assert entities._default_tagger() is entities._default_tagger()


def test_entities_never_cross_a_line_break() -> None:
    # found on a bundled sample: a headline without a full stop ran into the date line below it
    text = "Quảng Ninh bảo vệ môi trường vịnh Hạ Long\nCập nhật lúc: 20/11/2023 10:05:00\nÔng Bùi Văn Hưng phát biểu."
    found = vngovnlp.extract_entities(text)
    assert found
    assert all("\n" not in e.text for e in found)


# Issue 14: features are built from per-syllable caches; they must stay the strings the model
# was trained on (a CRF reads a syllable's strings as a bag, so they are compared sorted). The
# reference below is the plain construction, position by position.
def _reference_features(tokens: list[str]) -> list[list[str]]:
    from vngovnlp.extract.entities import _shape

    low = [t.lower() for t in tokens]
    shp = [_shape(t) for t in tokens]
    names = entities._place_names()[0]
    longest = max(len(k.split()) for k in names)
    gaz: list = [None] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i][:1].isupper():
            for n in range(min(longest, len(tokens) - i), 0, -1):
                if " ".join(low[i:i + n]) in names and all(t[:1].isupper() for t in tokens[i:i + n]):
                    gaz[i:i + n] = ["B"] + ["I"] * (n - 1)
                    i += n - 1
                    break
        i += 1
    clu = [entities.word_clusters(w) for w in low]
    pw, ps, pg = ["<s>"] * 2 + low + ["</s>"] * 2, ["<s>"] * 2 + shp + ["</s>"] * 2, [None] * 2 + gaz + [None] * 2
    pc = [None] * 2 + clu + [None] * 2
    out = []
    for i in range(len(tokens)):
        j, w, s = i + 2, pw[i + 2], ps[i + 2]
        f = ["w=" + w, "s=" + s, "w-1=" + pw[j - 1], "w+1=" + pw[j + 1], "w-2=" + pw[j - 2], "w+2=" + pw[j + 2],
             "s-1=" + ps[j - 1], "s+1=" + ps[j + 1], "w-1w=" + pw[j - 1] + "|" + w, "ww+1=" + w + "|" + pw[j + 1],
             "w-2w-1=" + pw[j - 2] + "|" + pw[j - 1], "w+1w+2=" + pw[j + 1] + "|" + pw[j + 2],
             "s-1s=" + ps[j - 1] + s, "ss+1=" + s + ps[j + 1], "s-1ss+1=" + ps[j - 1] + s + ps[j + 1],
             "s-2s-1s=" + ps[j - 2] + ps[j - 1] + s, "sss+2=" + s + ps[j + 1] + ps[j + 2]]
        f += ["allcap"] * (len(tokens[i]) > 1 and tokens[i].isupper()) + ["hasdigit"] * bool(re.search(r"\d", w))
        f += [f"c{k + 1}={c}" for k, c in enumerate(clu[i])] if clu[i] else ["c=none"]
        for off, names_ in ((-2, ("c-2=",)), (-1, ("c-1a=", "c-1b=")), (1, ("c+1a=", "c+1b=")), (2, ("c+2=",))):
            c = pc[j + off]
            f += [name + c[k] for k, name in enumerate(names_)] if c else []
        for pair, name in (((pw[j - 1], w), "bl"), ((w, pw[j + 1]), "br")):
            c = entities.word_clusters(" ".join(pair))
            f += [f"{name}{k + 1}={x}" for k, x in enumerate(c)] if c else []
        f += [k + g for k, g in (("gz=", gaz[i]), ("gz-1=", pg[j - 1]), ("gz+1=", pg[j + 1])) if g]
        out.append(sorted(f))
    return out


def _sorted(feats: list[list[str]]) -> list[list[str]]:
    return [sorted(f) for f in feats]


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đến thăm Lào Cai.",
    "Đoàn công tác của TP.HCM làm việc với Hà Nội, Đà Nẵng và Cần Thơ ngày 26/9/2019.",
    "ĐẠI TƯỚNG NGÔ XUÂN LỊCH THĂM QUÂN KHU 2",
    "Thủ tướng hội đàm với Tổng thống Hoa Kỳ tại Thành phố Hồ Chí Minh; 1.250 tỷ đồng.",
    "Bà Rịa - Vũng Tàu, Thừa Thiên Huế và Bắc Kạn Bắc Kạn họp.",
    "Thượng tá Ksor Ni, Trưởng Công an xã Ia Băng, và đồng chí Giàng Thị Mỷ dự họp.",
    "PGS.TS Tôn Thất Bách nói với ông Nguyễn",
    "x",
    "",
])
def test_features_equal_the_plain_construction(text) -> None:
    tokens = [text[s:e] for s, e in entities.syllables(text)]
    assert _sorted(entities.features(tokens)) == _reference_features(tokens)
    assert _sorted(entities.features(tokens)) == _reference_features(tokens)  # again, from the caches


def test_feature_caches_stay_bounded(monkeypatch) -> None:
    monkeypatch.setattr(entities, "_MAX_CACHED", 8)
    tokens = [f"Xã{i}" for i in range(40)]
    assert _sorted(entities.features(tokens)) == _reference_features(tokens)
    assert len(entities._PLAIN.syllables) <= 8 and len(entities._PLAIN.bigrams) <= 8
