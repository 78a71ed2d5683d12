"""Model files are checked against their manifest's SHA-256 before they are parsed (issue 18.7)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vngovnlp.classify import load_model
from vngovnlp.errors import ModelLoadError
from vngovnlp.extract.entities import load_tagger
from vngovnlp.integrity import check_sha256, sha256_of

MODELS = Path(__file__).resolve().parents[1] / "models"


def _tampered_copy(tmp_path: Path, model: str, manifest: str) -> Path:
    for name in (model, manifest):
        shutil.copy(MODELS / name, tmp_path / name)
    target = tmp_path / model
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte in the middle: the header still looks right
    target.write_bytes(bytes(data))
    return target


def test_the_shipped_models_match_their_manifests():
    assert sha256_of(MODELS / "topic.skops") == json.loads((MODELS / "topic.json").read_text("utf-8"))["model_sha256"]
    ner = json.loads((MODELS / "ner.manifest.json").read_text("utf-8"))
    assert ner["model"] == "ner.crfsuite" and sha256_of(MODELS / "ner.crfsuite") == ner["sha256"]


def test_a_changed_topic_model_is_refused(tmp_path):
    path = _tampered_copy(tmp_path, "topic.skops", "topic.json")
    with pytest.raises(ModelLoadError, match="does not match its manifest"):
        load_model(path)


def test_a_changed_ner_model_is_refused(tmp_path):
    path = _tampered_copy(tmp_path, "ner.crfsuite", "ner.manifest.json")
    with pytest.raises(ModelLoadError, match="does not match its manifest"):
        load_tagger(path)


def test_no_record_means_no_check_and_a_bad_record_is_named(tmp_path):
    path = tmp_path / "m.bin"
    path.write_bytes(b"abc")
    check_sha256(path, None, "rebuild it")  # nothing recorded: nothing to compare
    check_sha256(path, sha256_of(path), "rebuild it")
    with pytest.raises(ModelLoadError, match="m.bin"):
        check_sha256(path, "0" * 64, "rebuild it")
