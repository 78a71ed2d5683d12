"""TopicClassifier: scikit-learn conventions, features, safe loading, the shipped model.

Tiny models are trained on short phrases written here in the shapes portal headlines use; only
the shipped model (models/topic.skops) sees real data, and no test trains on the corpus.
"""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from vngovnlp import classify as cl
from vngovnlp.errors import ModelLoadError
from vngovnlp.types import Topic

LABELS = ("politics", "defense_security", "economy", "agriculture", "society", "culture",
          "education", "health", "law", "science_technology", "sports", "world", "environment")

TINY = [
    ("Bộ đội biên phòng tuần tra bảo vệ chủ quyền biên giới", "defense_security"),
    ("Quân khu 1 diễn tập khu vực phòng thủ", "defense_security"),
    ("Thanh niên lên đường nhập ngũ, thực hiện nghĩa vụ quân sự", "defense_security"),
    ("Lực lượng vũ trang tỉnh tổng kết công tác quốc phòng", "defense_security"),
    ("Nông dân thu hoạch lúa vụ đông xuân", "agriculture"),
    ("Xã đạt chuẩn nông thôn mới nhờ chuyển đổi cây trồng", "agriculture"),
    ("Hợp tác xã chăn nuôi lợn an toàn sinh học", "agriculture"),
    ("Giá phân bón tăng, nông dân lo lắng mùa vụ", "agriculture"),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn công tác cán bộ", "politics"),
    ("Đại biểu Quốc hội tiếp xúc cử tri trước kỳ họp", "politics"),
    ("Tỉnh ủy tổ chức hội nghị học tập nghị quyết", "politics"),
    ("Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 12", "politics"),
]


@pytest.fixture(scope="module")
def tiny_model():
    texts, labels = zip(*TINY, strict=True)
    return cl.TopicClassifier(n_features=2**14, calibration_cv=2).fit(list(texts), list(labels))


def test_fit_sets_classes_and_pipeline(tiny_model):
    assert list(tiny_model.classes_) == ["agriculture", "defense_security", "politics"]
    assert hasattr(tiny_model, "pipeline_")


@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ đội quân khu diễn tập phòng thủ", "defense_security"),
    ("Nông dân xã nông thôn mới thu hoạch lúa", "agriculture"),
    ("Tỉnh ủy họp Ban Chấp hành Đảng bộ", "politics"),
    ("Tỉnh uỷ họp Ban Chấp hành Đảng bộ", "politics"),  # old-style tone placement
])
def test_tiny_model_predicts(tiny_model, text, expected):
    assert tiny_model.predict([text])[0] == expected


def test_predict_proba_rows_are_distributions(tiny_model):
    proba = tiny_model.predict_proba(["Bộ đội biên phòng", "Nông dân", ""])
    assert proba.shape == (3, 3)
    assert np.allclose(proba.sum(axis=1), 1.0)


def test_classify_returns_topics_with_every_class_score(tiny_model):
    topics = tiny_model.classify(["Quân khu diễn tập", "Giá lúa tăng"])
    assert [type(t) for t in topics] == [Topic, Topic]
    assert topics[0].label == "defense_security"
    assert set(topics[0].scores) == set(tiny_model.classes_)
    assert math.isclose(sum(topics[0].scores.values()), 1.0, abs_tol=1e-4)
    assert topics[0].score == max(topics[0].scores.values()) or math.isclose(
        topics[0].score, max(topics[0].scores.values()), abs_tol=1e-6)


def test_classify_empty_batch(tiny_model):
    assert tiny_model.classify([]) == []


def test_unfitted_model_raises_not_fitted():
    with pytest.raises(NotFittedError):
        cl.TopicClassifier().predict(["Bộ đội"])


def test_init_only_stores_params_and_clone_works():
    model = cl.TopicClassifier(n_features=2**10, alpha=1e-4)
    assert model.get_params()["n_features"] == 2**10
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert not hasattr(copy, "classes_")


@pytest.mark.parametrize("bad", ["một văn bản", b"bytes", None, 42, ["ok", 3]])
def test_fit_and_predict_reject_non_text(bad, tiny_model):
    with pytest.raises(TypeError, match="must be an iterable of str"):
        tiny_model.predict(bad)


def test_fit_validates_lengths_and_labels():
    with pytest.raises(ValueError, match="same length"):
        cl.TopicClassifier().fit(["a b", "c d"], ["x"])
    with pytest.raises(ValueError, match="at least two labels"):
        cl.TopicClassifier().fit(["a b", "c d"], ["x", "x"])


def test_features_keep_accents_one_letter_syllables_and_canonical_tones():
    feats = cl.topic_features("Bộ và bò ở Tỉnh uỷ năm 2024")
    assert "bộ" in feats and "bò" in feats and "ở" in feats
    assert "ủy" in feats and "uỷ" not in feats
    assert "0000" in feats
    assert cl.topic_features("") == []


@pytest.mark.parametrize("text", ["", " \n", "\x00\ufeff\u200b", "🙂" * 200, "<b>Bộ</b>" * 500])
def test_hostile_strings_never_crash(tiny_model, text):
    assert tiny_model.predict([text])[0] in tiny_model.classes_


# --- saving and loading -------------------------------------------------------------------


def test_save_load_round_trip(tiny_model, tmp_path):
    path = tmp_path / "topic.skops"
    cl.save_model(tiny_model, path, {"labels": list(tiny_model.classes_)})
    loaded = cl.load_model(path)
    texts = ["Bộ đội quân khu", "Nông dân thu hoạch"]
    assert np.allclose(loaded.predict_proba(texts), tiny_model.predict_proba(texts))
    assert json.loads(path.with_suffix(".json").read_text())["labels"] == list(tiny_model.classes_)


def test_garbage_file_raises_model_load_error(tmp_path):
    path = tmp_path / "topic.skops"
    path.write_bytes(b"\x00garbage, not a zip file" * 10)
    with pytest.raises(ModelLoadError, match="not a readable skops model file"):
        cl.load_model(path)


def test_missing_file_raises_model_load_error(tmp_path):
    with pytest.raises(ModelLoadError, match="not found"):
        cl.load_model(tmp_path / "absent.skops")


def test_untrusted_type_raises_model_load_error(tiny_model, tmp_path):
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    path = tmp_path / "evil.skops"
    sio.dump({"model": tiny_model, "hook": FunctionTransformer(func=eval)}, path)
    with pytest.raises(ModelLoadError, match="outside the trusted list.*eval"):
        cl.load_model(path)


def test_other_estimator_raises_model_load_error(tmp_path):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    path = tmp_path / "other.skops"
    sio.dump(LogisticRegression(), path)
    with pytest.raises(ModelLoadError, match="does not hold a fitted TopicClassifier"):
        cl.load_model(path)


# --- the shipped model ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    if not cl.default_model_path().is_file():
        pytest.fail("models/topic.skops is missing: run python models/train_topic.py")
    return cl.load_default()


def test_shipped_model_and_sidecar(shipped):
    assert tuple(shipped.classes_) == tuple(sorted(LABELS))
    sidecar = json.loads(cl.default_model_path().with_suffix(".json").read_text(encoding="utf-8"))
    assert tuple(sidecar["labels"]) == LABELS
    assert len(sidecar["corpus_manifest_sha256"]) == 64
    assert cl.default_model_path().stat().st_size < 40_000_000
    assert cl.load_default() is shipped  # loaded once


@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm 2024. Cán bộ, chiến sĩ "
     "lực lượng vũ trang và dân quân tự vệ tham gia.", "defense_security"),
    ("Thanh niên huyện lên đường nhập ngũ thực hiện nghĩa vụ quân sự.", "defense_security"),
    ("Đội tuyển bóng đá Việt Nam thắng 2-0, tiền đạo ghi cú đúp.", "sports"),
    ("Sở Y tế khuyến cáo phòng chống sốt xuất huyết, bệnh viện quá tải bệnh nhân.", "health"),
    ("Tòa án nhân dân tỉnh xét xử bị cáo tội lừa đảo chiếm đoạt tài sản.", "law"),
])
def test_shipped_model_labels_short_texts(shipped, text, expected):
    assert cl.predict_topic(text).label == expected


def test_predict_topic_gives_all_13_scores(shipped):
    topic = cl.predict_topic("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12")
    assert isinstance(topic, Topic)
    assert set(topic.scores) == set(LABELS)
    assert math.isclose(sum(topic.scores.values()), 1.0, abs_tol=1e-4)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_predict_topic_blank_is_none(text):
    assert cl.predict_topic(text) is None


def test_classify_batch(shipped):
    topics = cl.classify(["Giá vàng hôm nay tăng", "Bộ đội biên phòng tuần tra", ""])
    assert len(topics) == 3 and topics[1].label == "defense_security"
    with pytest.raises(TypeError):
        cl.classify("một văn bản")


def test_seed_article_is_defense_security(shipped, seed_text):
    assert cl.predict_topic(seed_text).label == "defense_security"


def test_fast_probabilities_equal_scikit_learns() -> None:
    from vngovnlp.classify import load_default

    model = load_default()
    texts = ["Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ.",
             "Giá lúa tăng mạnh, nông dân phấn khởi.", "Đội tuyển bóng đá thắng 2-1.", ""]
    cut = [t[: model.max_chars] for t in texts]
    np.testing.assert_allclose(model.predict_proba(texts), model.pipeline_.predict_proba(cut), atol=1e-9)
