"""Feature functions of the NER model (``vngovnlp.extract.entities``): word clusters learned
on unlabelled news, and the featurizer that keeps only a model's live attribute strings.

Rows are phrases written for these tests, positives and negatives.
"""
from __future__ import annotations

import pytest

from vngovnlp.extract.entities import features, syllables, word_clusters


def _tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in syllables(text)]


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
