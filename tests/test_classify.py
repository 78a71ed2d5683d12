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


@pytest.mark.parametrize(("loss", "text", "expected"), [
    ("hinge", "Bộ đội quân khu diễn tập phòng thủ", "defense_security"),
    ("modified_huber", "Bộ đội quân khu diễn tập phòng thủ", "defense_security"),
    ("modified_huber", "Nông dân xã nông thôn mới thu hoạch lúa", "agriculture"),
    ("modified_huber", "Tỉnh ủy họp Ban Chấp hành Đảng bộ", "politics"),
])
def test_loss_reaches_the_sgd_learner(loss, text, expected):
    texts, labels = zip(*TINY, strict=True)
    model = cl.TopicClassifier(n_features=2**14, calibration_cv=2, loss=loss).fit(list(texts), list(labels))
    assert model.pipeline_[-1].calibrated_classifiers_[0].estimator.loss == loss
    assert model.predict([text])[0] == expected


def test_unknown_loss_is_refused():
    texts, labels = zip(*TINY, strict=True)
    with pytest.raises(ValueError, match="loss"):
        cl.TopicClassifier(n_features=2**10, calibration_cv=2, loss="no_such_loss").fit(list(texts), list(labels))


def test_model_saved_without_loss_reads_as_hinge(tiny_model, tmp_path):
    del tiny_model.__dict__["loss"]  # as a model saved before loss was a parameter
    try:
        path = tmp_path / "old.skops"
        cl.save_model(tiny_model, path, {"labels": list(tiny_model.classes_)})
        assert cl.load_model(path).get_params()["loss"] == "hinge"
    finally:
        tiny_model.loss = "hinge"


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
    np.testing.assert_allclose(model.predict_proba(texts), model.reference_proba(texts), atol=1e-9)


# --- refitting, and classify() reading what analyze() reads ---------------------------------

REFIT = [
    ("Đội tuyển bóng đá thắng trận chung kết", "sports"),
    ("Vận động viên điền kinh giành huy chương vàng", "sports"),
    ("Câu lạc bộ bóng chuyền tập huấn trước giải", "sports"),
    ("Bệnh viện tỉnh tiếp nhận bệnh nhân sốt xuất huyết", "health"),
    ("Sở Y tế triển khai tiêm chủng cho trẻ em", "health"),
    ("Trạm y tế xã khám bệnh miễn phí cho người cao tuổi", "health"),
]


def test_refit_predicts_with_the_new_coefficients(tiny_model):
    model = clone(tiny_model).fit(*map(list, zip(*TINY, strict=True)))
    before = model.predict_proba(["Bộ đội quân khu diễn tập"])
    assert model.predict(["Bộ đội quân khu diễn tập"])[0] == "defense_security"
    model.fit(*map(list, zip(*REFIT, strict=True)))  # same object, other labels and texts
    assert list(model.classes_) == ["health", "sports"]
    texts = ["Đội bóng đá thắng giải", "Bệnh viện khám bệnh cho bệnh nhân"]
    assert list(model.predict(texts)) == ["sports", "health"]
    proba = model.predict_proba(texts)
    assert proba.shape == (2, 2) and before.shape == (1, 3)
    cut = [t[: model.max_chars] for t in texts]
    np.testing.assert_allclose(proba, model.pipeline_.predict_proba(cut), atol=1e-9)


def test_refit_on_same_labels_changes_probabilities():
    texts, labels = map(list, zip(*TINY, strict=True))
    model = cl.TopicClassifier(n_features=2**14, calibration_cv=2).fit(texts, labels)
    probe = ["Hợp tác xã chăn nuôi bò", "Bộ đội tuần tra biên giới"]
    first = model.predict_proba(probe)
    # swap the two labels: the refitted model must swap its answers too
    swap = {"agriculture": "defense_security", "defense_security": "agriculture"}
    model.fit(texts, [swap.get(v, v) for v in labels])
    assert list(model.predict(probe)) == ["defense_security", "agriculture"]
    assert not np.allclose(first, model.predict_proba(probe))
    np.testing.assert_allclose(model.predict_proba(probe), model.pipeline_.predict_proba(probe), atol=1e-9)


@pytest.mark.parametrize(("page", "body"), [
    ("Sign In\nHội nghị tổng kết công tác quân sự\nNgày 5/1, Bộ Chỉ huy tổng kết.\nThu Trang",
     "Hội nghị tổng kết công tác quân sự\nNgày 5/1, Bộ Chỉ huy tổng kết."),
    ("Đăng nhập\nTỉnh ủy họp phiên thường kỳ\nSáng 2/3, Tỉnh ủy họp.", "Tỉnh ủy họp phiên thường kỳ\nSáng 2/3, Tỉnh ủy họp."),
    ("<html><body><h1>Giá lúa tăng</h1><p>Nông dân phấn khởi vì giá lúa tăng.</p></body></html>",
     "Nông dân phấn khởi"),
    ("   ", ""),
])
def test_topic_text_is_the_cleaned_body(page, body):
    got = cl.topic_text(page)
    assert body in got
    assert "Sign In" not in got and "Đăng nhập" not in got and "Thu Trang" not in got


def _sample_texts():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpus" / "samples"
    return sorted(p for p in root.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _sample_texts(), ids=lambda p: p.name)
def test_classify_gives_analyze_topic_probabilities(path):
    import vngovnlp

    text = path.read_text(encoding="utf-8")
    portal = "Skip Ribbon Commands\nSign In\n" + text if path.suffix == ".txt" else text
    topic = vngovnlp.analyze(portal).topic
    assert cl.classify([portal])[0].scores == topic.scores
    assert cl.classify([portal])[0].label == topic.label


def test_runtime_imports_no_training_code():
    import subprocess
    import sys

    code = ("import sys, vngovnlp; from vngovnlp import cli; "
            "vngovnlp.analyze('Ngày 26/9, Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập.'); "
            "vngovnlp.classify(['Bộ đội biên phòng tuần tra']); "
            "print(sorted(m for m in sys.modules if m.startswith('vngovnlp.training')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# Issue 14: the fast path hashes and weighs without scikit-learn's per-call checks; the matrix it
# builds must be scikit-learn's own, bit for bit, and so must the probabilities that follow.
FAST_TEXTS = [
    "Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm 2024.",
    "Giá lúa tăng mạnh, nông dân phấn khởi. Giá lúa tăng mạnh, nông dân phấn khởi.",
    "Sở Y tế triển khai tiêm chủng mở rộng cho 12.500 trẻ em dưới 5 tuổi ở các xã vùng cao.",
    "!!! ... ???",
    "",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 bàn về công tác xây dựng Đảng. " * 60,
]


def test_fast_weighing_equals_scikit_learns_bit_for_bit() -> None:
    from vngovnlp.classify import _fast_path, load_default

    model = load_default()
    cut = [t[: model.max_chars] for t in FAST_TEXTS]
    weigh = _fast_path(model)[-1]
    mine, theirs = weigh(cut), model.pipeline_[:-1].transform(cut)
    assert mine.shape == theirs.shape and mine.nnz == theirs.nnz > 0
    assert np.array_equal(mine.indptr, theirs.indptr) and np.array_equal(mine.indices, theirs.indices)
    assert np.array_equal(mine.data, theirs.data)
    for one in cut:  # one text at a time, as analyze calls it
        assert np.array_equal(weigh([one]).toarray(), model.pipeline_[:-1].transform([one]).toarray())


@pytest.mark.parametrize("text", FAST_TEXTS)
def test_fast_probabilities_equal_scikit_learns_per_text(text) -> None:
    from vngovnlp.classify import load_default

    model = load_default()
    expected = model.reference_proba([text[: model.max_chars]])
    np.testing.assert_allclose(model.predict_proba([text]), expected, rtol=1e-12, atol=1e-15)
    assert cl.classify_body(text) is None if not text.strip() else (
        cl.classify_body(text).label == model.classes_[int(np.argmax(expected))])


# Issue 15: a government-news model fitted on hand-labelled articles alone, on the big model's
# features, blended with it. Phrases in the shapes portals publish (reviews, ceremonies, visits).
DOMAIN = [
    ("Hội nghị tổng kết công tác tuyển quân của Bộ Chỉ huy Quân sự tỉnh", "defense_security"),
    ("Trao Bằng khen cho cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh", "defense_security"),
    ("Lễ giao nhận quân năm 2024 tại huyện miền núi", "defense_security"),
    ("Hội nghị sơ kết sáu tháng chương trình nông thôn mới của huyện", "agriculture"),
    ("Lãnh đạo tỉnh thăm mô hình trồng lúa hữu cơ của hợp tác xã", "agriculture"),
    ("Tổng kết vụ đông xuân, bàn kế hoạch sản xuất vụ hè thu", "agriculture"),
    ("Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2025-2030", "politics"),
    ("Hội đồng nhân dân tỉnh khai mạc kỳ họp chuyên đề về công tác cán bộ", "politics"),
    ("Ban Thường vụ Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng", "politics"),
]


@pytest.fixture()
def blended(tiny_model):
    model = clone(tiny_model).fit(*map(list, zip(*TINY, strict=True)))
    texts, labels = map(list, zip(*DOMAIN, strict=True))
    return model.fit_domain(texts, labels, 0.6, C=1.0)


def test_fit_domain_blends_the_two_models(blended):
    probe = ["Tổng kết công tác tuyển quân", "Hợp tác xã trồng lúa", "Đại hội Đảng bộ xã"]
    features = blended.pipeline_[:-1].transform(probe)
    expected = 0.4 * blended.pipeline_.predict_proba(probe) + 0.6 * blended.domain_.predict_proba(features)
    np.testing.assert_allclose(blended.predict_proba(probe), expected, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(blended.reference_proba(probe), expected, rtol=1e-12, atol=1e-15)
    assert not np.allclose(blended.predict_proba(probe), blended.pipeline_.predict_proba(probe), atol=1e-3)
    assert blended.domain_weight_ == 0.6
    assert hasattr(blended.domain_.calibrated_classifiers_[0].estimator.coef_, "tocsr")  # stored sparse


POLITICS = [
    "Kỳ họp Hội đồng nhân dân huyện bàn công tác cán bộ", "Đảng bộ xã tổng kết công tác xây dựng Đảng",
    "Ủy ban Mặt trận Tổ quốc tỉnh hiệp thương cử người ứng cử", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5",
    "Tỉnh ủy quán triệt nghị quyết Trung ương", "Bầu bổ sung Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri", "Kiểm điểm tập thể Ban Thường vụ Huyện ủy",
    "Trao quyết định bổ nhiệm Giám đốc Sở", "Chi bộ thôn sinh hoạt chuyên đề",
]


@pytest.mark.parametrize("probe", ["Hội nghị tổng kết công tác tuyển quân", "Lãnh đạo huyện thăm hợp tác xã",
                                   "Hội nghị tổng kết năm", "Trao Bằng khen cho cán bộ"])
def test_fit_domain_balance_lowers_the_largest_labels_prior(tiny_model, probe):
    # politics outnumbers the other labels four to one, as in the hand-labelled set
    model = clone(tiny_model).fit(*map(list, zip(*TINY, strict=True)))
    texts, labels = map(list, zip(*DOMAIN, strict=True))
    texts, labels = texts + POLITICS, labels + ["politics"] * len(POLITICS)
    politics = list(model.classes_).index("politics")
    flat = model.fit_domain(texts, labels, 1.0, balance=0.0).predict_proba([probe])[0]
    balanced = model.fit_domain(texts, labels, 1.0, balance=1.0).predict_proba([probe])[0]
    assert balanced[politics] < flat[politics]
    assert balanced.sum() == pytest.approx(1.0)


def test_fit_domain_weight_zero_is_the_big_model(tiny_model):
    model = clone(tiny_model).fit(*map(list, zip(*TINY, strict=True)))
    probe = ["Bộ đội quân khu diễn tập", "Nông dân thu hoạch lúa"]
    before = model.predict_proba(probe)
    model.fit_domain(*map(list, zip(*DOMAIN, strict=True)), 0.0)
    np.testing.assert_allclose(model.predict_proba(probe), before, rtol=1e-12, atol=1e-15)


def test_refit_drops_the_government_news_model(blended):
    blended.fit(*map(list, zip(*TINY, strict=True)))
    assert blended.domain_ is None and blended.domain_weight_ == 0.0
    probe = ["Bộ đội quân khu diễn tập"]
    np.testing.assert_allclose(blended.predict_proba(probe), blended.pipeline_.predict_proba(probe), atol=1e-12)


@pytest.mark.parametrize(("weight", "labels", "message"), [
    (1.5, None, "weight must be in"),
    (-0.1, None, "weight must be in"),
    (0.5, ["politics"] * 9, "exactly the labels"),
    (0.5, ["politics", "health", "agriculture"] * 3, "exactly the labels"),
])
def test_fit_domain_validates_weight_and_labels(tiny_model, weight, labels, message):
    texts, good = map(list, zip(*DOMAIN, strict=True))
    with pytest.raises(ValueError, match=message):
        clone(tiny_model).fit(*map(list, zip(*TINY, strict=True))).fit_domain(texts, labels or good, weight)


def test_fit_domain_needs_a_fitted_model():
    with pytest.raises(NotFittedError):
        cl.TopicClassifier().fit_domain(["Hội nghị tổng kết"], ["politics"], 0.5)


def test_blended_model_round_trips_and_is_checked(blended, tmp_path):
    path = tmp_path / "topic.skops"
    cl.save_model(blended, path, {"labels": list(blended.classes_)})
    loaded = cl.load_model(path)
    probe = ["Tổng kết công tác tuyển quân", "Hợp tác xã trồng lúa"]
    np.testing.assert_allclose(loaded.predict_proba(probe), blended.predict_proba(probe), rtol=1e-12)
    assert loaded.domain_weight_ == 0.6


@pytest.mark.parametrize(("tamper", "message"), [
    (lambda m: setattr(m, "domain_weight_", 3.0), "government-news model"),
    (lambda m: setattr(m.domain_, "classes_", m.domain_.classes_[::-1]), "government-news model"),
    (lambda m: m.domain_.calibrated_classifiers_[0].estimator.coef_.data.fill(0.0),
     "government-news coefficients is all zeros"),
])
def test_a_damaged_government_news_model_is_refused(blended, tmp_path, tamper, message):
    tamper(blended)
    path = tmp_path / "topic.skops"
    cl.save_model(blended, path, {})
    with pytest.raises(ModelLoadError, match=message):
        cl.load_model(path)


def test_shipped_model_blends_a_government_news_model(shipped):
    sidecar = json.loads(cl.default_model_path().with_suffix(".json").read_text(encoding="utf-8"))
    assert shipped.domain_ is not None
    assert shipped.domain_weight_ == sidecar["domain"]["weight"] > 0
    assert {"held_out", "hand_test", "gold_dev", "gold_test"} <= set(sidecar["evaluation"])


# The blend's grid has three axes: weight, C and the small model's label balance. Two articles,
# politics and society; the big model calls both politics. Each row: the small model's
# probabilities per (C, balance), and the (C, balance) the CV must choose.
_BIG = np.array([[0.9, 0.1], [0.6, 0.4]])
_RIGHT = np.array([[0.8, 0.2], [0.1, 0.9]])  # both articles right
_WRONG = np.array([[0.8, 0.2], [0.9, 0.1]])  # society called politics, as the big model does


@pytest.mark.parametrize(("domain", "chosen"), [
    ({(1.0, 0.5): _RIGHT, (1.0, 1.0): _WRONG}, (1.0, 0.5)),
    ({(1.0, 0.5): _WRONG, (1.0, 1.0): _RIGHT}, (1.0, 1.0)),
    ({(3.0, 0.25): _WRONG, (10.0, 0.25): _RIGHT, (10.0, 1.0): _WRONG}, (10.0, 0.25)),
])
def test_choose_blend_searches_the_small_models_balance(domain, chosen):
    from vngovnlp.training.topic_domain import choose_blend

    fold = {"labels": ["politics", "society"], "classes": ["politics", "society"], "big": _BIG,
            "domain": domain}
    best = choose_blend([fold], weights=(0.0, 0.5, 1.0))
    assert (best["C"], best["balance"]) == chosen
    assert best["accuracy"] == 1.0 and best["weight"] == 0.5
    assert len(best["grid"]) == 3 * len(domain)
    assert {"C", "balance", "weight", "accuracy", "min_recall"} <= set(best["grid"][0])


def test_shipped_blend_is_the_training_default():
    # the shipped model is rebuilt by `train_topic.py --keep-big` with the constants' values
    from vngovnlp.training.topic_cli import DOMAIN_BALANCE, DOMAIN_C, DOMAIN_WEIGHT

    sidecar = json.loads(cl.default_model_path().with_suffix(".json").read_text(encoding="utf-8"))
    domain = sidecar["domain"]
    assert (domain["weight"], domain["C"], domain["balance"]) == (DOMAIN_WEIGHT, DOMAIN_C, DOMAIN_BALANCE)


def test_kept_big_folds_score_only_articles_the_big_model_never_saw():
    from vngovnlp.training.topic_corpus import TopicDoc
    from vngovnlp.training.topic_domain import choose_blend, kept_big_folds, unseen_by_big
    from vngovnlp.training.topic_handset import HandDoc

    texts, labels = zip(*TINY, strict=True)
    model = cl.TopicClassifier(n_features=2**14, calibration_cv=2).fit(list(texts), list(labels))
    # every label's first two articles were in the big model's hand-labelled batch, the rest are new
    hand = [HandDoc(f"u-{i}", lab, f"h{i}", "train", "portal" if i % 4 < 2 else "portal2", text)
            for i, (text, lab) in enumerate(TINY)]
    hand.append(HandDoc("u-99", "politics", "h99", "test", "portal", "Tỉnh ủy họp bàn công tác"))
    # article u-11 is also in the corpus's train split, so the big model saw it with a weak label
    corpus = [TopicDoc("c-1", "baomoi_weak", "politics", "weak", "h11", "train", "x"),
              TopicDoc("c-2", "vntc", "politics", "section", "h10", "test", "y")]
    pool = unseen_by_big(corpus, hand, ("portal",))
    assert [hand[i].id for i in pool] == ["u-2", "u-3", "u-6", "u-7", "u-10"]
    folds = kept_big_folds(model, corpus, hand, ("portal",), cs=(1.0,), balances=(1.0,), folds=2)
    held = [i for f in folds for i in f["held"]]
    assert sorted(held) == pool  # each unseen article scored once, nothing else
    assert all(f["big"].shape == (len(f["held"]), 3) for f in folds)
    assert all(f["domain"][(1.0, 1.0)].shape == f["big"].shape for f in folds)
    assert choose_blend(folds, weights=(0.0, 1.0))["n"] == len(pool)
