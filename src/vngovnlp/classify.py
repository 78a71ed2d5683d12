"""Topic classification of government news: :class:`TopicClassifier` and the shipped model.

Features need no word segmentation: syllable unigrams and bigrams of the whole (cut) text, the
same again for the leading syllables (headline and lead), and character 3- and 4-grams of the
first syllables, hashed into a fixed space and weighted by sublinear tf-idf (the constants below
are part of the model: changing them needs a retrained model). The learner is a linear SVM trained by SGD whose scores are calibrated into
probabilities (``CalibratedClassifierCV``). A second, government-news model may be fitted on the
same features from hand-labelled portal articles only (:meth:`TopicClassifier.fit_domain`, a
calibrated linear SVM); its probabilities are then blended with the first's, because the big
model learnt newspaper sections and weak labels, not the way portals write. The model ships as ``models/topic.skops`` (saved with
``skops.io``; loading accepts only the types listed in :data:`TRUSTED_TYPES`) beside a JSON
sidecar ``models/topic.json`` (labels, version, corpus manifest hash, training parameters,
evaluation figures). ``models/train_topic.py`` rebuilds both.
"""
from __future__ import annotations

import json
import re
import sys
import types
import unicodedata
import warnings
import weakref
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from .errors import ModelLoadError
from .integrity import check_archive, check_matrix, check_sha256, recorded_sha256
from .normalize import canonical_tones
from .types import Topic

__all__ = [
    "TRUSTED_TYPES",
    "TopicClassifier",
    "classify",
    "classify_body",
    "default_model_path",
    "load_default",
    "load_model",
    "predict_topic",
    "save_model",
    "topic_features",
    "topic_text",
]

_SYLLABLE = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
#: Character n-grams are taken over this many leading syllables (title and lead carry the topic;
#: over whole articles they would cost more than they add).
CHAR_SYLLABLES = 80
CHAR_NGRAMS = (3, 4)
#: The leading syllables (headline and lead) also count as features of their own, marked ``^``:
#: the subject is stated there, while bodies wander (attendee lists, party boilerplate).
HEAD_SYLLABLES = 40

#: Types a topic model file may contain beyond those skops trusts by default.
TRUSTED_TYPES = (
    "vngovnlp.classify.TopicClassifier",
    "vngovnlp.classify.topic_features",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "scipy.sparse._csr.csr_matrix",  # the government-news model's sparse coefficients
)


def topic_features(text: str) -> list[str]:
    """The hashed features of one text: syllables, syllable bigrams, character n-grams.

    Text is NFC with canonical tones and lower-cased; accents are kept (``"bộ"`` and ``"bò"``
    differ) and one-letter syllables such as ``"ở"`` count. Digits become ``0``.

    Examples
    --------
    >>> feats = topic_features("Bộ đội ở Biên phòng")
    >>> feats[:5]
    ['bộ', 'đội', 'ở', 'biên', 'phòng']
    >>> 'bộ đội' in feats, '^bộ đội' in feats, '#ội ở' in feats
    (True, True, True)
    """
    text = _DIGIT.sub("0", canonical_tones(unicodedata.normalize("NFC", text)).lower())
    words = _SYLLABLE.findall(text)
    feats = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    lead = words[:HEAD_SYLLABLES]
    feats += ["^" + w for w in lead] + [f"^{a} {b}" for a, b in zip(lead, lead[1:], strict=False)]
    head = " ".join(words[:CHAR_SYLLABLES])
    for n in CHAR_NGRAMS:
        feats += ["#" + head[i:i + n] for i in range(len(head) - n + 1)]
    return feats


def _check_texts(texts, param: str, func: str) -> list[str]:
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(f"The {param!r} parameter of {func} must be an iterable of str. "
                        f"Got {texts!r:.60} instead.")
    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"The {param!r} parameter of {func} must be an iterable of str. "
                            f"Got an element of type {type(t).__name__} instead.")
    return texts


class TopicClassifier(ClassifierMixin, BaseEstimator):
    """A calibrated linear topic classifier over hashed syllable and character n-grams.

    Parameters
    ----------
    n_features : int
        Size of the hashed feature space.
    max_chars : int
        Only the first ``max_chars`` characters of a text are read.
    alpha : float
        L2 regularisation of the SGD-trained linear SVM.
    max_iter : int
        SGD epochs.
    balance : float
        Rare labels are up-weighted: label ``c`` weighs ``(n_max / n_c) ** balance`` (0 gives
        every document the same weight, 1 is scikit-learn's ``"balanced"`` up to a factor).
    calibration_cv : int
        Folds of the sigmoid calibration (one final estimator, calibrated on out-of-fold scores).
    random_state : int
        Seed of SGD's shuffling.
    loss : str
        SGD's loss: ``"hinge"`` (a linear SVM, the shipped model) or ``"modified_huber"``
        (a smoothed hinge; 92.83 % against 92.76 % on VNTC, within noise, session 10).

    Attributes
    ----------
    classes_ : ndarray of str
        The labels seen in ``fit``.
    pipeline_ : sklearn.pipeline.Pipeline
        Hashing → tf-idf → calibrated SGD classifier.
    domain_ : sklearn.calibration.CalibratedClassifierCV or None
        The government-news model on ``pipeline_``'s tf-idf features (:meth:`fit_domain`).
    domain_weight_ : float
        Its share of the blended probabilities (0 when there is none).

    Examples
    --------
    >>> texts = ["Bộ đội biên phòng tuần tra", "Quân khu diễn tập", "Giá lúa tăng",
    ...          "Nông dân thu hoạch lúa", "Bộ đội huấn luyện", "Nông dân chăn nuôi"]
    >>> labels = ["defense_security", "defense_security", "agriculture", "agriculture",
    ...           "defense_security", "agriculture"]
    >>> clf = TopicClassifier(n_features=2**12, calibration_cv=2).fit(texts, labels)
    >>> clf.predict(["Bộ đội quân khu"])[0]
    'defense_security'
    """

    def __init__(self, n_features: int = 2**18, max_chars: int = 3000, alpha: float = 2e-5,
                 max_iter: int = 15, balance: float = 0.8, calibration_cv: int = 3,
                 random_state: int = 0, loss: str = "hinge"):
        self.n_features = n_features
        self.max_chars = max_chars
        self.alpha = alpha
        self.max_iter = max_iter
        self.balance = balance
        self.calibration_cv = calibration_cv
        self.random_state = random_state
        self.loss = loss

    #: Models saved before ``loss`` was a parameter were trained with the hinge loss.
    loss = "hinge"

    def _cut(self, texts, func: str) -> list[str]:
        return [t[: self.max_chars] for t in _check_texts(texts, "X", func)]

    def fit(self, X, y, sample_weight=None):
        """Fit on texts ``X`` and their labels ``y``.

        ``sample_weight`` (one non-negative number per text, optional) multiplies the label
        balance weights: hand-labelled articles can count more than weak labels.

        Raises
        ------
        TypeError
            When ``X`` is not an iterable of str.
        ValueError
            When ``X`` and ``y`` differ in length or ``y`` has fewer than two labels.
        """
        texts = self._cut(X, "TopicClassifier.fit")
        labels = np.asarray([str(v) for v in y], dtype=object)
        if len(texts) != len(labels):
            raise ValueError(f"X and y must have the same length. Got {len(texts)} texts and "
                             f"{len(labels)} labels instead.")
        if len(set(labels)) < 2:
            raise ValueError(f"y must hold at least two labels. Got {sorted(set(labels))} instead.")
        values, counts = np.unique(labels, return_counts=True)
        weights = {str(v): float((counts.max() / c) ** self.balance) for v, c in
                   zip(values, counts, strict=True)}
        svm = SGDClassifier(loss=self.loss, alpha=self.alpha, max_iter=self.max_iter, tol=None,
                            random_state=self.random_state)
        self.pipeline_ = Pipeline([
            ("hash", HashingVectorizer(analyzer=topic_features, n_features=self.n_features,
                                       alternate_sign=False, norm=None, strip_accents=None,
                                       lowercase=False)),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
            ("clf", CalibratedClassifierCV(svm, method="sigmoid", cv=self.calibration_cv,
                                           ensemble=False)),
        ])
        weight = np.array([weights[v] for v in labels])
        if sample_weight is not None:
            sample_weight = np.asarray(sample_weight, dtype=float)
            if sample_weight.shape != weight.shape:
                raise ValueError(f"sample_weight must hold one weight per text. Got "
                                 f"{sample_weight.shape[0] if sample_weight.ndim else 0} for "
                                 f"{len(texts)} texts instead.")
            weight = weight * sample_weight
        self.pipeline_.fit(texts, labels, clf__sample_weight=weight)
        self.classes_ = self.pipeline_.classes_
        self.domain_, self.domain_weight_ = None, 0.0
        _fast_path(self)  # laid out now, for this fit's coefficients
        return self

    def fit_domain(self, X, y, weight: float, C: float = 1.0, balance: float = 1.0):
        """Fit the government-news model on hand-labelled texts and blend it in with ``weight``.

        A linear SVM, sigmoid-calibrated on 3 folds, is fitted on the tf-idf features of the model
        already fitted, each text weighing ``(n_max / n_label) ** balance`` in the SVM *and* in
        the calibration (a calibration fitted on the raw label counts keeps politics, the
        largest label, too probable for articles the SVM is unsure of); :meth:`predict_proba` then returns
        ``(1 - weight) * p_big + weight * p_domain``. Its coefficients are stored sparse: only
        the hashed features of the hand-labelled texts carry weight.

        Parameters
        ----------
        X : iterable of str
            Hand-labelled articles, e.g. ``["Hội nghị tổng kết công tác an toàn giao thông"]``.
        y : iterable of str
            Their labels, every label of ``classes_`` at least three times.
        weight : float
            Share of the government-news model, in ``[0, 1]``.
        C : float
            Inverse regularisation of the SVM.
        balance : float
            Up-weighting of rare labels, as ``TopicClassifier``'s own ``balance``.

        Raises
        ------
        ValueError
            When ``weight`` is outside ``[0, 1]`` or ``y``'s labels are not ``classes_``.
        """
        check_is_fitted(self, "pipeline_")
        texts = self._cut(X, "TopicClassifier.fit_domain")
        labels = np.asarray([str(v) for v in y], dtype=object)
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"weight must be in [0, 1]. Got {weight!r} instead.")
        if sorted(set(labels)) != [str(c) for c in self.classes_]:
            raise ValueError(f"y must hold exactly the labels of classes_ {list(self.classes_)}. "
                             f"Got {sorted(set(labels))} instead.")
        values, counts = np.unique(labels, return_counts=True)
        share = dict(zip(values, (counts.max() / counts) ** balance, strict=True))
        domain = CalibratedClassifierCV(LinearSVC(C=C), method="sigmoid", cv=3, ensemble=False)
        domain.fit(self.pipeline_[:-1].transform(texts), labels,
                   sample_weight=np.array([share[v] for v in labels]))
        domain.calibrated_classifiers_[0].estimator.sparsify()
        self.domain_, self.domain_weight_ = domain, float(weight)
        _FAST.pop(self.pipeline_[-1], None)
        _fast_path(self)
        return self

    def reference_proba(self, X) -> np.ndarray:
        """:meth:`predict_proba` computed by scikit-learn's own calls (slow; tests compare)."""
        check_is_fitted(self, "pipeline_")
        texts = self._cut(X, "TopicClassifier.reference_proba")
        proba = self.pipeline_.predict_proba(texts)
        if getattr(self, "domain_", None) is None:
            return proba
        domain = self.domain_.predict_proba(self.pipeline_[:-1].transform(texts))
        return (1.0 - self.domain_weight_) * proba + self.domain_weight_ * domain

    def predict_proba(self, X) -> np.ndarray:
        """Calibrated probabilities, one column per label of ``classes_``."""
        check_is_fitted(self, "pipeline_")
        texts = self._cut(X, "TopicClassifier.predict_proba")
        fast = _fast_path(self)
        if fast is None:
            return self.reference_proba(texts)
        coef_t, intercept, a, b, domain, weigh = fast
        features = weigh(texts)
        if domain is None:
            return _calibrated_proba(np.asarray(features @ coef_t + intercept), a, b)
        both, d_intercept, d_a, d_b, share = domain  # both models' coefficients side by side
        scores = np.asarray(features @ both)
        n = len(intercept)
        proba = _calibrated_proba(scores[:, :n] + intercept, a, b)
        return (1.0 - share) * proba + share * _calibrated_proba(scores[:, n:] + d_intercept, d_a, d_b)

    def predict(self, X) -> np.ndarray:
        """The most probable label of each text."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    def classify(self, texts) -> list[Topic]:
        """A :class:`~vngovnlp.types.Topic` per text, every label's probability in ``scores``."""
        texts = _check_texts(texts, "texts", "TopicClassifier.classify")
        if not texts:
            check_is_fitted(self, "pipeline_")
            return []
        if _one_layout(self) is not None:  # one document at a time: as analyze, bit for bit
            return [_topic(self, _one_proba(self, t[: self.max_chars])) for t in texts]
        return [_topic(self, row) for row in self.predict_proba(texts)]


def _topic(model: TopicClassifier, row: np.ndarray) -> Topic:
    names = _class_names(model)
    best = int(np.argmax(row))
    scores = dict(zip(names, [round(p, 6) for p in row.tolist()], strict=True))
    return Topic(label=names[best], score=float(row[best]), scores=scores)


def _class_names(model: TopicClassifier) -> list[str]:
    classes = model.classes_
    cached = getattr(model, "_class_names_", None)
    if cached is None or cached[0] is not classes:
        cached = model._class_names_ = (classes, [str(c) for c in classes])
    return cached[1]


#: Fitted calibrated estimator → its fast path. Keyed on the estimator ``fit`` creates (not on
#: the TopicClassifier), so a refitted model never predicts with its previous coefficients.
_FAST: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _fast_path(model: TopicClassifier) -> tuple | None:
    """The linear scores and per-label sigmoids of a fitted model, laid out for speed.

    A sparse row times the (labels × features) coefficient matrix *transposed* walks memory
    against its layout: 6 ms an article, the slowest step of ``analyze``. A contiguous copy of
    the transpose makes it 0.02 ms; the calibration that follows is scikit-learn's own
    arithmetic (one sigmoid per label, then normalised), vectorised. Tests compare both paths.
    ``fit`` computes it; a loaded model computes it on first use.
    """
    calibrated = model.pipeline_[-1]
    if calibrated in _FAST:
        return _FAST[calibrated]
    big = _linear_sigmoids(calibrated)
    domain = getattr(model, "domain_", None)
    fast = None
    if big is not None:
        if domain is None:
            fast = (*big, None, _weigher(model.pipeline_))
        elif (small := _linear_sigmoids(domain)) is not None and list(domain.classes_) == list(model.classes_):
            # stored sparse (a smaller file), multiplied dense beside the big model's coefficients:
            # one product for both models (a sparse product per call costs more than the rest)
            d_coef_t, d_intercept, d_a, d_b = small
            dense = d_coef_t.toarray() if hasattr(d_coef_t, "toarray") else d_coef_t
            both = np.ascontiguousarray(np.hstack([big[0], dense]))
            fast = (*big, (both, d_intercept, d_a, d_b, model.domain_weight_), _weigher(model.pipeline_))
    _FAST[calibrated] = fast
    return fast


def _linear_sigmoids(calibrated) -> tuple | None:
    """(coefficients transposed, intercepts, sigmoid slopes, sigmoid offsets) of a calibrated
    multiclass linear model with one estimator, or None when it is laid out otherwise."""
    fitted = getattr(calibrated, "calibrated_classifiers_", None)
    if not (fitted and len(fitted) == 1 and getattr(calibrated, "method", None) == "sigmoid"
            and len(calibrated.classes_) > 2):
        return None
    cal = fitted[0]
    svm = cal.estimator
    if not (list(svm.classes_) == list(calibrated.classes_) and len(cal.calibrators) == len(svm.classes_)
            and hasattr(svm, "coef_")):
        return None
    coef_t = svm.coef_.T if hasattr(svm.coef_, "toarray") else np.ascontiguousarray(svm.coef_.T)
    return (coef_t, np.asarray(svm.intercept_), np.array([c.a_ for c in cal.calibrators], dtype=float),
            np.array([c.b_ for c in cal.calibrators], dtype=float))


def _weigher(pipeline: Pipeline):
    """``pipeline[:-1].transform`` (hashing, then tf-idf) without scikit-learn's per-call checks.

    Those checks (input validation, dataframe detection, fitted-state lookups) cost about 1.5 ms
    a call, more than the arithmetic on a short text. The function returned does the same
    arithmetic in the same order (the same hash, ``sum_duplicates``, log + 1, idf, the same
    in-place l2 normalisation), so the matrix is equal bit for bit (a test compares both). For a
    pipeline laid out otherwise, or a scikit-learn without these helpers, it is the pipeline's own.
    """
    slow = pipeline[:-1].transform
    try:
        import scipy.sparse as sp
        from sklearn.feature_extraction._hashing_fast import transform as hash_rows
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2
    except ImportError:  # pragma: no cover - a scikit-learn that moved its helpers
        return slow
    hasher, tfidf = pipeline[0], pipeline[1]
    laid_out = (len(pipeline) == 3 and isinstance(hasher, HashingVectorizer) and callable(hasher.analyzer)
                and hasher.input == "content" and not hasher.binary and hasher.norm is None
                and isinstance(tfidf, TfidfTransformer) and tfidf.sublinear_tf and tfidf.norm == "l2"
                and getattr(tfidf, "idf_", None) is not None)
    if not laid_out:
        return slow
    analyzer, idf = hasher.analyzer, tfidf.idf_
    n_features, dtype, alternate_sign = hasher.n_features, hasher.dtype, hasher.alternate_sign

    def weigh(texts: list[str]):
        indices, indptr, values = hash_rows((zip(analyzer(t), repeat(1)) for t in texts),
                                            n_features, dtype, alternate_sign, seed=0)
        X = sp.csr_matrix((values, indices, indptr), dtype=dtype, shape=(len(indptr) - 1, n_features))
        X.sum_duplicates()  # also sorts the indices, as FeatureHasher does
        np.log(X.data, X.data)
        X.data += 1.0
        X.data *= idf[X.indices]
        inplace_csr_row_normalize_l2(X)
        return X

    return weigh


def _one_proba(model: TopicClassifier, text: str) -> np.ndarray | None:
    """The probabilities of one (already cut) text, or None when the model has no fast path.

    The tf-idf row as :func:`_weigher` builds it (hashed counts summed, log + 1, idf, l2), kept
    as (indices, weights) and multiplied by the rows of the dense coefficients it touches: no
    sparse matrix is built. Feature strings recur from article to article, so their hashed
    columns are remembered (scikit-learn's own hash computes the new ones). Equal to
    :meth:`TopicClassifier.reference_proba` to 1e-12.
    """
    one = _one_layout(model)
    if one is None:
        return None
    columns, idf, coef, intercept, a, b, share = one
    counts = Counter(model.pipeline_[0].analyzer(text))
    scores = intercept.copy()
    if counts:
        found = columns(list(counts))
        weights = np.array(list(counts.values()), dtype=float)
        indices = np.array(found, dtype=np.intp)
        if len(set(found)) < len(found):  # two features hashed to one column: summed
            indices, inverse = np.unique(indices, return_inverse=True)
            weights = np.bincount(inverse, weights=weights)
        np.log(weights, weights)
        weights += 1.0
        weights *= idf[indices]
        norm = np.sqrt(np.dot(weights, weights))
        if norm:
            weights /= norm
        scores += weights @ coef[indices]
    # both models' sigmoids in one pass (the domain model's columns follow the big model's)
    proba = 1.0 / (1.0 + np.exp(scores * a + b))
    n = len(proba) if share is None else len(proba) // 2
    big = _normalised(proba[:n])
    return big if share is None else (1.0 - share) * big + share * _normalised(proba[n:])


def _normalised(proba: np.ndarray) -> np.ndarray:
    total = proba.sum()
    return proba / total if total != 0 else np.full_like(proba, 1.0 / len(proba))


#: Fitted calibrated estimator → what :func:`_one_proba` needs of it (keyed as :data:`_FAST`).
_ONE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_COLUMNS_KEPT = 400_000  # remembered feature columns per model (about 60 MB at most)


def _one_layout(model: TopicClassifier) -> tuple | None:
    """What :func:`_one_proba` needs of a fitted model: its fast path with dense coefficients,
    the tf-idf weights and a feature → column function, or None."""
    calibrated = model.pipeline_[-1]
    if calibrated in _ONE:
        return _ONE[calibrated]
    fast = _fast_path(model)
    one = None
    if fast is not None and _hash_rows is not None and getattr(fast[-1], "__name__", None) == "weigh":
        coef_t, intercept, a, b, domain, _ = fast
        coef = coef_t if domain is None else domain[0]
        hasher, tfidf = model.pipeline_[0], model.pipeline_[1]
        # sparse big-model coefficients, or float32 features: the matrix path
        if isinstance(coef, np.ndarray) and np.dtype(hasher.dtype) == np.float64:
            if domain is not None:  # the two models side by side, as the columns of ``coef``
                _, d_intercept, d_a, d_b, share = domain
                intercept, a, b = (np.concatenate(pair) for pair in ((intercept, d_intercept), (a, d_a), (b, d_b)))
            one = (_column_memo(hasher.n_features), tfidf.idf_, coef, np.asarray(intercept, dtype=float),
                   a, b, None if domain is None else share)
    _ONE[calibrated] = one
    return one


def _column_memo(n_features: int):
    """features → their hashed columns (scikit-learn's hash, alternate_sign off), remembered."""
    memo: dict[str, int] = {}

    def columns(features: list[str]) -> list[int]:
        found = list(map(memo.get, features))
        if None in found:
            new = [f for f, i in zip(features, found, strict=True) if i is None]
            if len(memo) + len(new) > _COLUMNS_KEPT:
                memo.clear()
            hashed = _hash_rows([zip(new, repeat(1))], n_features, np.float64, False, seed=0)[0]
            memo.update(zip(new, hashed.tolist(), strict=True))
            found = list(map(memo.__getitem__, features))
        return found

    return columns


try:
    from sklearn.feature_extraction._hashing_fast import transform as _hash_rows
except ImportError:  # pragma: no cover - a scikit-learn that moved its helper
    _hash_rows = None


def _calibrated_proba(scores: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sigmoid calibration per label, normalised, as scikit-learn's multiclass case does."""
    proba = 1.0 / (1.0 + np.exp(scores * a + b))
    total = proba.sum(axis=1, keepdims=True)
    uniform = np.full_like(proba, 1.0 / proba.shape[1])
    return np.divide(proba, total, out=uniform, where=total != 0)


def save_model(model: TopicClassifier, path: str | Path, sidecar: dict | None = None) -> None:
    """Save ``model`` with skops (deflated) and, if given, its JSON sidecar beside it."""
    import zipfile

    import skops.io as sio

    path = Path(path)
    sio.dump(model, path, compression=zipfile.ZIP_DEFLATED)
    if sidecar is not None:
        from .integrity import sha256_of

        sidecar = {**sidecar, "model_sha256": sha256_of(path)}  # load_model checks it
        path.with_suffix(".json").write_text(
            json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_model(path: str | Path) -> TopicClassifier:
    """Load a topic model, accepting only the expected types.

    Raises
    ------
    ModelLoadError
        When the file is missing, is not a skops file, holds a type outside the trusted list
        (a tampered file), or does not hold a :class:`TopicClassifier`.

    Examples
    --------
    >>> load_model("/nonexistent/topic.skops")
    Traceback (most recent call last):
    ...
    vngovnlp.errors.ModelLoadError: Topic model file not found: /nonexistent/topic.skops
    """
    import skops.io as sio

    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"Topic model file not found: {path}")
    rebuild = "rebuild it with models/train_topic.py"
    check_archive(path, rebuild)  # sizes first: a huge file is refused before it is read
    check_sha256(path, recorded_sha256(path.with_suffix(".json"), "model_sha256"), rebuild)
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # zip, JSON and schema errors all mean a corrupt file
        raise ModelLoadError(f"{path} is not a readable skops model file "
                             f"({type(exc).__name__}: {exc}). Rebuild it with models/train_topic.py."
                             ) from exc
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelLoadError(f"{path} holds types outside the trusted list: {unexpected}. "
                             "The file may have been tampered with; it was not loaded.")
    try:
        model = sio.load(path, trusted=list(untrusted))
    except Exception as exc:
        raise ModelLoadError(f"{path} could not be loaded ({type(exc).__name__}: {exc}).") from exc
    if not isinstance(model, TopicClassifier) or not hasattr(model, "pipeline_"):
        raise ModelLoadError(f"{path} does not hold a fitted TopicClassifier "
                             f"(got {type(model).__name__}).")
    _check_fitted(model, path)
    return model


#: The steps of a fitted topic pipeline, in order (``TopicClassifier.fit`` builds them).
_STEPS = (HashingVectorizer, TfidfTransformer, CalibratedClassifierCV)


def _check_fitted(model: TopicClassifier, path: Path) -> None:
    """Raise :class:`ModelLoadError` unless the loaded pipeline has the steps ``fit`` builds and
    weights of the shapes they imply: a swapped estimator or zeroed weights would otherwise load
    and fail, or answer one label for everything, at predict time."""
    steps = [step for _, step in getattr(model.pipeline_, "steps", [])]
    if len(steps) != len(_STEPS) or not all(isinstance(s, t) for s, t in zip(steps, _STEPS, strict=True)):
        raise ModelLoadError(f"{path} holds a pipeline of {[type(s).__name__ for s in steps]}, not "
                             f"{[t.__name__ for t in _STEPS]}; it was not loaded.")
    hasher, tfidf, calibrated = steps
    fitted = getattr(calibrated, "calibrated_classifiers_", None)
    classes = getattr(calibrated, "classes_", None)
    if not fitted or classes is None or list(getattr(model, "classes_", [])) != list(classes):
        raise ModelLoadError(f"{path} holds a topic pipeline that was not fitted; it was not loaded.")
    check_matrix("idf weights", getattr(tfidf, "idf_", None), (hasher.n_features,), path)
    for cal in fitted:
        check_matrix("coefficients", getattr(cal.estimator, "coef_", None),
                     (len(classes), hasher.n_features), path)
    _check_domain(model, (len(classes), hasher.n_features), path)


def _check_domain(model: TopicClassifier, shape: tuple[int, int], path: Path) -> None:
    """The government-news model, when there is one: a fitted calibrated linear SVM over the same
    labels and features, blended with a weight in [0, 1]."""
    domain = getattr(model, "domain_", None)
    if domain is None:
        return
    fitted = getattr(domain, "calibrated_classifiers_", None)
    weight = getattr(model, "domain_weight_", None)
    if (not isinstance(domain, CalibratedClassifierCV) or not fitted
            or list(getattr(domain, "classes_", [])) != list(model.classes_)
            or not isinstance(weight, float) or not 0.0 <= weight <= 1.0):
        raise ModelLoadError(f"{path} holds a government-news model that is not a fitted calibrated "
                             f"classifier of the same labels with a weight in [0, 1]; it was not loaded.")
    for cal in fitted:
        coef = getattr(cal.estimator, "coef_", None)
        check_matrix("government-news coefficients", coef.toarray() if hasattr(coef, "toarray") else coef,
                     shape, path)


def default_model_path() -> Path:
    """Where the shipped model lives (``models/topic.skops``, package ``vngovnlp.models``)."""
    return Path(str(resources.files("vngovnlp.models").joinpath("topic.skops")))


@cache
def load_default() -> TopicClassifier:
    """The shipped model, loaded once.

    Raises
    ------
    ModelLoadError
        When the shipped file is missing or not a valid topic model.
    """
    return load_model(default_model_path())


def topic_text(text: str) -> str:
    """The text the classifier reads of an article: its cleaned body, as ``analyze`` has it.

    An HTML page becomes text, the text is normalised (:func:`vngovnlp.normalize.normalize`),
    portal boilerplate is blanked and the body (title to last paragraph, byline excluded) is
    kept (:func:`vngovnlp.clean.clean`). :func:`classify` reads this of every text, and
    ``analyze(text).topic`` is :func:`classify_body` of the same body, so both give the same
    probabilities.

    Examples
    --------
    >>> topic_text("Sign In\\nHội nghị tổng kết công tác quân sự\\nThu Trang").strip()
    'Hội nghị tổng kết công tác quân sự'
    """
    from .doc import Doc

    return Doc.read(text, func="topic_text").body


def classify(texts) -> list[Topic]:
    """Classify several articles with the shipped model (one vectorised call).

    Each text is read as ``analyze`` reads it: HTML converted, normalised, boilerplate blanked,
    the body kept (:func:`topic_text`). So ``classify([text])[0]`` has the same probabilities
    as ``analyze(text).topic``. Blank texts get the model's prior-like answer, not ``None``.

    Examples
    --------
    >>> [t.label for t in classify(["Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ"])]
    ['defense_security']
    """
    texts = _check_texts(texts, "texts", "classify")
    return load_default().classify([topic_text(t) for t in texts])


def classify_body(body: str) -> Topic | None:
    """The topic of an article body already cleaned (what ``analyze`` calls with its body).

    ``None`` for blank text or when no model is installed. The body is classified as given:
    pass :func:`topic_text` of a raw page, or call :func:`classify` which does.

    Examples
    --------
    >>> classify_body("   ") is None
    True
    >>> classify_body("Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về công tác xây dựng Đảng").label
    'politics'
    """
    if not isinstance(body, str) or not body.strip():
        return None
    if not load_default.cache_info().currsize and not default_model_path().is_file():  # once loaded, no stat
        warnings.warn("vngovnlp: no topic model installed (models/topic.skops); topic is None.",
                      RuntimeWarning, stacklevel=2)
        return None
    return load_default().classify([body])[0]


def predict_topic(text: str) -> Topic | None:
    """The topic of one article body (the former name of :func:`classify_body`, kept working).

    Examples
    --------
    >>> predict_topic("   ") is None
    True
    """
    return classify_body(text)


class _CallableModule(types.ModuleType):
    """``vngovnlp.classify`` is both this module and the batch function ``classify(texts)``.

    Importing a submodule binds its name on the package, which would hide a package-level
    function of the same name; making the module callable keeps ``vngovnlp.classify(texts)``
    and ``from vngovnlp.classify import TopicClassifier`` both working.
    """

    def __call__(self, texts) -> list[Topic]:
        return classify(texts)


sys.modules[__name__].__class__ = _CallableModule
