"""The neural NER experiment's pure parts (``models/train_ner_neural.py``): the syllable
encoder, the BIO-constrained decoding and the held-out score. torch is not needed for these.

Rows are phrases and tag sequences written for these tests, positives and negatives.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np
import pytest

MODELS = Path(__file__).resolve().parents[1] / "models"


@pytest.fixture(scope="module")
def neural():
    sys.path.insert(0, str(MODELS))
    try:
        yield importlib.import_module("train_ner_neural")
    finally:
        sys.path.remove(str(MODELS))


def _logp(neural, rows: list[str]) -> np.ndarray:
    """Log-probabilities that put almost all the mass on each row's label."""
    out = np.full((len(rows), len(neural.LABELS)), np.log(0.01))
    for t, lab in enumerate(rows):
        out[t, neural.LABELS.index(lab)] = np.log(0.9)
    return out


@pytest.mark.parametrize(("greedy", "expected"), [
    # what the softmax alone would say is kept when it is a valid BIO sequence …
    (["B-PER", "I-PER", "O"], ["B-PER", "I-PER", "O"]),
    (["O", "B-LOC", "I-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC", "I-LOC"]),
    (["B-ORG", "I-ORG", "B-LOC", "I-LOC"], ["B-ORG", "I-ORG", "B-LOC", "I-LOC"]),
])
def test_decode_keeps_valid_paths(neural, greedy, expected):
    assert [neural.LABELS[k] for k in neural.decode(_logp(neural, greedy))] == expected


@pytest.mark.parametrize("greedy", [
    # … and never an I- that follows anything but its own B-/I-, nor one that opens the sentence
    ["O", "I-PER", "I-PER"],
    ["I-LOC", "O"],
    ["B-PER", "I-ORG", "O"],
    ["B-LOC", "O", "I-LOC"],
])
def test_decode_forbids_stray_inside_tags(neural, greedy):
    path = [neural.LABELS[k] for k in neural.decode(_logp(neural, greedy))]
    for prev, lab in zip(["O", *path], path, strict=False):
        if lab.startswith("I-"):
            assert prev[2:] == lab[2:], path


@pytest.mark.parametrize(("gold", "pred", "f1"), [
    (["B-PER", "I-PER", "O"], ["B-PER", "I-PER", "O"], 1.0),
    (["B-PER", "I-PER", "O"], ["B-PER", "O", "O"], 0.0),  # a span must match exactly
    (["B-ORG", "I-ORG", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "O"], 0.6667),
    (["B-MISC", "I-MISC", "O"], ["O", "O", "O"], 0.0),  # MISC is not scored: nothing to find
    (["B-LOC", "O"], ["B-PER", "O"], 0.0),  # right span, wrong label
])
def test_score_exact_spans(neural, gold, pred, f1):
    assert neural.score([gold], [pred])["all"] == f1


@pytest.mark.parametrize(("text", "index", "gaz"), [
    ("Sở Giáo dục tỉnh Bắc Kạn", 4, "B"),  # a capitalised province name
    ("Sở Giáo dục tỉnh Bắc Kạn", 5, "I"),
    ("về phía bắc kạn nước", 2, "-"),  # lower case: not a name
    ("Ông Bình đi làm", 1, "-"),
])
def test_encoder_place_flag(neural, text, index, gaz):
    tokens = text.split()
    col = neural.Encoder(["sở", "tỉnh"])(tokens)[:, 2]
    assert neural.GAZ[col[index]] == gaz


@pytest.mark.parametrize(("token", "shape"), [
    ("UBND", "U"), ("Hà", "C"), ("xã", "l"), ("2024", "d"), (",", "p"), ("iPhone", "m"),
])
def test_encoder_shape(neural, token, shape):
    assert neural.SHAPES[neural.Encoder([])([token])[0, 1]] == shape


@pytest.mark.parametrize(("token", "known"), [
    ("Huyện", True),  # the vocabulary is lower-cased: case does not make a syllable unknown
    ("huyện", True),
    ("qzxw", False),
])
def test_encoder_vocabulary(neural, token, known):
    row = neural.Encoder(["huyện", "xã"])([token])[0]
    assert bool(row[0] > 1) is known
    assert row.min() >= 1  # no real syllable is padding in any column
