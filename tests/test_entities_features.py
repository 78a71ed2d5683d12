"""Feature functions of the NER model (``vngovnlp.extract.entities``): word clusters learned
on unlabelled news, and the featurizer that keeps only a model's live attribute strings.

Rows are phrases written for these tests, positives and negatives.
"""
from __future__ import annotations

import pytest

from vngovnlp.extract.entities import features, syllables, word_clusters


def _tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in syllables(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # an initial keeps the dot after it: one capital, or a capital cluster with no vowel
    ("bà Lê Thị H. dự họp", ["bà", "Lê", "Thị", "H.", "dự", "họp"]),
    ("ông Ng. Văn Tâm", ["ông", "Ng.", "Văn", "Tâm"]),
    ("hai vị A. B. đến", ["hai", "vị", "A.", "B.", "đến"]),
    # a word with a vowel, a lower-case word or a dot before a letter keeps its dot apart
    ("về thăm Bể.", ["về", "thăm", "Bể", "."]),
    ("nhà số 5. Sau đó", ["nhà", "số", "5", ".", "Sau", "đó"]),
    ("ghé TP.HCM. Rồi về", ["ghé", "TP.HCM", ".", "Rồi", "về"]),
    ("Xong H..", ["Xong", "H", ".", "."]),  # the dot is followed by a dot, not a space
    (". H. ở đầu", [".", "H.", "ở", "đầu"]),
])
def test_syllables_join_an_initials_dot(text, expected):
    assert _tokens(text) == expected


@pytest.mark.parametrize(("text", "runs"), [
    ("Sở Y tế Lào Cai và Yên Bái", [(3, 2), (6, 2)]),
    ("tại Thành phố Hồ Chí Minh hôm qua", [(3, 3)]),  # "phố" is lower case: the name alone
    ("hội nghị ở lào cai", []),  # lower case: not a name
    ("về Nghệ an", []),  # every syllable capitalised, or none
    ("Lào cai", [(0, 1)]),  # then a shorter name may still start there
    ("Hà Nội Hà Nội", [(0, 2), (2, 2)]),
    ("", []),
])
def test_place_runs_find_capitalised_gazetteer_names(text, runs):
    from vngovnlp.extract.entities import _place_runs

    tokens = _tokens(text)
    assert _place_runs(tokens, [t.lower() for t in tokens]) == runs


@pytest.mark.parametrize(("text", "flags"), [
    ("Sở Y tế Lào Cai", [None, None, None, "B", "I"]),
    ("tại Hà Nội và Yên Bái", [None, "B", "I", None, "B", "I"]),
    ("hội nghị ở lào cai", [None] * 5),
])
def test_place_flags_mark_the_runs(text, flags):
    from vngovnlp.extract.entities import _place_flags

    tokens = _tokens(text)
    assert _place_flags(tokens, [t.lower() for t in tokens]) == flags


@pytest.mark.parametrize(("a", "b"), [
    ("Hà Nội", "hà nội"),  # case ignored
    ("Nguyễn", "NGUYỄN"),
])
def test_word_clusters_ignore_case(a, b):
    assert word_clusters(a) is not None
    assert word_clusters(a) == word_clusters(b)


@pytest.mark.parametrize("key", ["xyzzyq", "qqqq vvvv", "hà  nội", ""])
def test_word_clusters_unknown(key):
    assert word_clusters(key) is None


@pytest.mark.parametrize(("a", "b"), [
    # siblings that news writes in the same places share the coarse cluster
    ("thứ hai", "thứ ba"),
    ("tháng", "năm"),
])
def test_word_clusters_group_alike_words(a, b):
    assert word_clusters(a)[0] == word_clusters(b)[0]


@pytest.mark.parametrize(("a", "b"), [
    ("hà nội", "thứ hai"),
    ("nguyễn", "tháng"),
])
def test_word_clusters_part_unlike_words(a, b):
    assert word_clusters(a)[1] != word_clusters(b)[1]


@pytest.mark.parametrize(("text", "index", "expected", "absent"), [
    # a known syllable carries its three clusters, its neighbours' and its bigrams'
    ("UBND tỉnh Cao Bằng", 2, {"gz=B", "gz+1=I"}, {"c=none", "gz=I"}),
    ("UBND tỉnh Cao Bằng", 3, {"gz=I", "gz-1=B"}, {"gz=B"}),
    ("ông Trần Văn Hùng", 1, {"w-1=ông"}, {"c=none"}),
    ("xyzzyq Hà", 0, {"c=none", "w+1=hà"}, {"gz=B"}),
])
def test_features_carry_the_flags(text, index, expected, absent):
    f = set(features(_tokens(text))[index])
    assert expected <= f
    assert not absent & f


@pytest.mark.parametrize(("text", "index", "pair"), [
    ("ông Trần Văn Hùng", 1, ("ông", "trần")),
    ("tại Hà Nội hôm nay", 2, ("hà", "nội")),
])
def test_features_carry_the_clusters(text, index, pair):
    f = set(features(_tokens(text))[index])
    own = word_clusters(pair[1])
    assert {f"c{k + 1}={c}" for k, c in enumerate(own)} <= f
    left = word_clusters(" ".join(pair))
    assert left is not None and {f"bl{k + 1}={c}" for k, c in enumerate(left)} <= f
    before = word_clusters(pair[0])
    assert {"c-1a=" + before[0], "c-1b=" + before[1]} <= f


def test_filtered_featurizer_keeps_only_live_strings():
    from vngovnlp.extract.entities import _Featurizer

    live = frozenset({"w=hà", "w-1=tại", "gz=B", "s=C"})
    tokens = _tokens("tại Hà Nội")
    full = features(tokens)
    kept = _Featurizer(live)(tokens)
    assert kept[1] == [f for f in full[1] if f in live]
    assert set(kept[1]) == {"w=hà", "w-1=tại", "gz=B", "s=C"}
    assert all(set(k) <= live for k in kept)


@pytest.mark.parametrize("live", [
    frozenset({"w=hà", "s-1=l"}),
    frozenset({"w=hà"}),  # no shape string live: the window is cached empty, and still found again
    frozenset(),
])
def test_filtered_featurizer_reads_empty_pieces_from_its_caches(live, monkeypatch):
    from vngovnlp.extract.entities import _Featurizer

    tokens = _tokens("tại Hà Nội")
    full = features(tokens)
    featurize = _Featurizer(live)
    first = featurize(tokens)
    monkeypatch.setattr(featurize, "shape_window", lambda *a: pytest.fail("shape window built twice"))
    for kept in (first, featurize(tokens)):
        assert [sorted(k) for k in kept] == [sorted(f for f in row if f in live) for row in full]


# The batch scorer: the model's weights read into arrays, every chunk of a text decoded at once.
# It must give the Rust tagger's labels, and its per-syllable sums must be the Rust tagger's to
# the bit (the syllable's weights added in the order the featurizer lists them).

_ARTICLE_LIKE = [
    # several sentences: the batch path; places, people and units of our own wording
    "Sáng nay, ông Trần Minh Khoa, Giám đốc Sở Nông nghiệp tỉnh Sơn La, thăm xã Chiềng Mung. "
    "Đoàn làm việc với UBND huyện Mai Sơn về vụ cà phê. Bà Lê Thu Hà báo cáo kết quả. "
    "Huyện đã hỗ trợ 120 hộ dân trồng mới.",
    "Công an TP Hải Phòng khởi tố vụ án. Đại tá Phạm Văn Lực chỉ đạo điều tra.\n"
    "Tin liên quan\nNgày 12/3, Bộ Y tế họp với Bệnh viện Bạch Mai; các chuyên gia đến từ Nhật Bản.",
    "HỘI NGHỊ TỔNG KẾT NĂM 2023\nUBND tỉnh Quảng Trị tổ chức hội nghị. Chủ tịch Võ Văn Hưng dự. "
    "Ông nói: \"Năm nay tỉnh đạt nhiều kết quả!\" Phó Chủ tịch Hà Sỹ Đồng trình bày.",
]


def _scorer_and_pieces(text):
    """The tagger, a featurizer of its live strings built apart (the reference), the row
    featurizer and scorer the tagger was loaded with, and the chunks of ``text``."""
    from importlib import resources

    from vngovnlp.extract import entities

    tagger = entities._default_tagger()
    spans = syllables(text)
    tokens = [text[s:e] for s, e in spans]
    pieces = [tokens[a:b] for a, b in entities._chunks(spans, text, tokens)]
    rows, scorer = entities._scorer(tagger)
    with resources.as_file(resources.files("vngovnlp.models").joinpath(entities.MODEL_NAME)) as path:
        strings = entities._Featurizer(entities.live_attributes(path))
    return tagger, strings, rows, scorer, pieces


def test_scorer_rows_are_the_models_live_attributes():
    tagger, strings, rows, scorer, pieces = _scorer_and_pieces("Hà Nội")
    assert frozenset(scorer.index) == strings.live
    assert sorted(scorer.index.values()) == list(range(1, len(scorer.index) + 1))  # row 0: zeros
    assert not scorer.weights[0].any()


@pytest.mark.parametrize("text", _ARTICLE_LIKE)
def test_batch_scorer_gives_the_rust_taggers_labels(text):
    tagger, strings, rows, scorer, pieces = _scorer_and_pieces(text)
    assert len(pieces) >= 3
    assert scorer.tag([rows(p) for p in pieces]) == [tagger.tag(strings(p)) for p in pieces]


@pytest.mark.parametrize("text", _ARTICLE_LIKE)
def test_batch_scorer_sums_each_syllables_weights_in_order(text):
    tagger, strings, rows, scorer, pieces = _scorer_and_pieces(text)
    for piece in pieces:
        packed = rows(piece)
        emissions = scorer._emissions(packed)
        for k, (mine, names) in enumerate(zip(emissions, strings(piece), strict=True)):
            expected = [0.0] * scorer.weights.shape[1]
            for name in names:  # as the Rust tagger: 0.0, then each string's weight in turn
                for y, w in enumerate(scorer.weights[scorer.index[name]]):
                    expected[y] += w
            assert mine.tolist() == expected, (piece[k], k)


@pytest.mark.parametrize("text", _ARTICLE_LIKE)
def test_batch_scorer_best_path_scores_equal_the_rust_taggers(text):
    tagger, strings, rows, scorer, pieces = _scorer_and_pieces(text)
    for piece in pieces:
        emissions = scorer._emissions(rows(piece))
        score = emissions[0].copy()
        for e in emissions[1:]:
            score = (score[:, None] + scorer.trans).max(axis=0) + e
        assert score.max() == tagger.tag_with_score(strings(piece))[1]


@pytest.mark.parametrize("text", _ARTICLE_LIKE)
def test_row_featurizer_packs_the_live_strings_in_their_order(text):
    from array import array

    tagger, strings, rows, scorer, pieces = _scorer_and_pieces(text)
    names = {k: f for f, k in scorer.index.items()}
    for piece in pieces:
        for packed, kept in zip(rows(piece), strings(piece), strict=True):
            assert [names[k] for k in array(rows.typecode, packed)] == kept
        assert rows.strings(piece) == strings(piece)  # what the Rust tagger is fed


@pytest.mark.parametrize(("lengths", "batched"), [
    ([40], False),  # one sentence: the Rust tagger
    ([30, 12], False),  # a headline and a sentence
    ([20, 20, 20], True),  # three sentences of one length
    ([60, 25, 30, 18, 40, 22], True),  # an article
    ([200, 10, 10], False),  # one very long chunk sets the batch's steps
])
def test_batch_is_taken_for_several_chunks(lengths, batched):
    from vngovnlp.extract.entities import _batched

    assert _batched([["x"] * n for n in lengths]) is batched


def test_find_entities_same_through_either_path(monkeypatch):
    from vngovnlp.extract import entities

    for text in _ARTICLE_LIKE:
        batch = entities.find_entities(text)
        monkeypatch.setattr(entities, "_batched", lambda pieces: False)
        assert entities.find_entities(text) == batch
        monkeypatch.undo()
        assert batch, text


@pytest.mark.parametrize("content", [b"", b"lCRF" + b"\x00" * 60])
def test_scorer_refuses_a_file_without_a_feature_table(tmp_path, content):
    from vngovnlp.errors import ModelLoadError
    from vngovnlp.extract.entities import _Scorer

    path = tmp_path / "ner.crfsuite"
    path.write_bytes(content)
    with pytest.raises(ModelLoadError, match="feature table"):
        _Scorer(path)


@pytest.mark.parametrize(("text", "expected"), [
    # a line break ends a chunk, as a sentence end does
    ("TIN MỚI\nUBND tỉnh họp", [["TIN", "MỚI"], ["UBND", "tỉnh", "họp"]]),
    ("Ông A đến. Bà B về", [["Ông", "A", "đến", "."], ["Bà", "B", "về"]]),
    ("Hà Giang \n\n  Cao Bằng\n", [["Hà", "Giang"], ["Cao", "Bằng"]]),
    ("\nLai Châu", [["Lai", "Châu"]]),  # a break before the first syllable cuts nothing
    ("Sơn La, Điện Biên", [["Sơn", "La", ",", "Điện", "Biên"]]),  # a comma does not cut
    ("TP.HCM\nĐà Nẵng", [["TP.HCM"], ["Đà", "Nẵng"]]),
])
def test_chunks_end_at_sentence_ends_and_line_breaks(text, expected):
    from vngovnlp.extract.entities import _chunks

    spans = syllables(text)
    tokens = [text[s:e] for s, e in spans]
    assert [tokens[a:b] for a, b in _chunks(spans, text, tokens)] == expected


@pytest.mark.parametrize("text", [
    "Bà Hờ Thị Zuê ở xã Pờ Lý Ngài nhận quà.",  # syllables no other test tags first
    "Đoàn công tác của Sở Nông nghiệp thăm bà con vùng lũ.",
])
def test_rust_taggers_strings_built_or_read_back_alike(text):
    from vngovnlp.extract import entities

    tagger, strings, rows, scorer, pieces = _scorer_and_pieces(text)
    for piece in pieces:
        for caches in (rows.syllables, rows.bigrams, rows.shapes, rows.plain.syllables,
                       rows.plain.bigrams, rows.plain.shapes):
            caches.clear()  # the first call builds the strings, the second reads the rows back
        built = rows.strings(piece)
        rows(piece)
        rows.plain.syllables.clear()
        rows.plain.bigrams.clear()
        rows.plain.shapes.clear()
        assert built == rows.strings(piece) == strings(piece)
        assert tagger.tag(built) == entities._default_tagger().tag(strings(piece))
