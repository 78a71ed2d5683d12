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


# --- sizes are checked before parsing; the loaded topic pipeline is checked for its structure ---

def test_an_oversized_ner_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "ner.crfsuite"
    with path.open("wb") as fh:  # sparse: 300 MB on paper, nothing on disk
        fh.write(b"lCRF")
        fh.truncate(300 * 2**20)
    with pytest.raises(ModelLoadError, match="more than the"):
        load_tagger(path)


def test_a_skops_file_whose_schema_unpacks_huge_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "topic.skops"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("schema.json", b" " * (20 * 2**20))  # 20 KB packed, 20 MB unpacked
    assert path.stat().st_size < 2**20
    with pytest.raises(ModelLoadError, match="unpacks to"):
        load_model(path)


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    path = tmp_path / "topic.skops"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ModelLoadError, match="not a readable skops model file"):
        load_model(path)


def _zero_coefficients(model):
    est = model.pipeline_[-1].calibrated_classifiers_[0].estimator
    est.coef_ = est.coef_ * 0.0


def _narrow_coefficients(model):
    est = model.pipeline_[-1].calibrated_classifiers_[0].estimator
    est.coef_ = est.coef_[:, :1000].copy()


def _nan_idf(model):
    tfidf = model.pipeline_[1]
    idf = tfidf.idf_.copy()
    idf[3] = float("nan")
    tfidf.idf_ = idf


def _swap_estimator(model):
    from sklearn.feature_extraction.text import TfidfTransformer

    model.pipeline_.steps[-1] = ("clf", TfidfTransformer())


@pytest.mark.parametrize(("tamper", "message"), [
    (_zero_coefficients, "coefficients is all zeros"),
    (_narrow_coefficients, "coefficients has shape"),
    (_nan_idf, "idf weights holds NaN"),
    (_swap_estimator, "holds a pipeline of"),
])
def test_a_topic_model_with_damaged_weights_or_steps_is_refused(tmp_path, tamper, message):
    from vngovnlp.classify import default_model_path, save_model

    model = load_model(default_model_path())
    tamper(model)
    path = tmp_path / "topic.skops"
    save_model(model, path)  # no sidecar: the digest cannot catch it, the structure check must
    with pytest.raises(ModelLoadError, match=message):
        load_model(path)


def test_the_shipped_topic_model_passes_the_structure_check():
    from vngovnlp.classify import default_model_path

    model = load_model(default_model_path())
    assert model.predict(["Bộ đội Biên phòng tỉnh tuần tra biên giới"])[0] == "defense_security"
