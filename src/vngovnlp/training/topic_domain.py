"""The government-news blend: choosing its weight by cross-validation on the hand-labelled train split.

The shipped topic model is a big calibrated SVM trained on weak and section labels plus the
hand-labelled train part (weighted), and a small calibrated SVM fitted on the hand-labelled train
part alone (:meth:`vngovnlp.classify.TopicClassifier.fit_domain`); their probabilities are blended.
The big model has seen the hand-labelled articles, so its probabilities on them say nothing
about the weight: :func:`fold_probabilities` refits the *whole* procedure on four fifths of the
hand-labelled train split (the big model without the held-out fifth, the small one on the rest)
and scores the held-out fifth, and :func:`choose_blend` picks the weight, ``C`` and the label
balance of the small model from those
out-of-fold probabilities. The hand-labelled test split is never read here.

Run from the repository root (five big fits, about half an hour on one core; ``--fold K`` runs
one fold and keeps its probabilities in the cache directory, so folds can run in parallel)::

    nice python -m vngovnlp.training.topic_domain [--shared ../shared] [--fold K]
"""
from __future__ import annotations

import numpy as np

__all__ = ["BLEND_WEIGHTS", "DOMAIN_BALANCES", "DOMAIN_CS", "choose_blend", "fold_probabilities",
           "fold_split"]

#: The grid searched: the small model's share of the blended probabilities, its SVM's ``C`` and
#: its up-weighting of rare labels (``fit_domain``'s ``balance``: 1 weighs each label alike, 0 each
#: article alike).
BLEND_WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
DOMAIN_CS = (1.0, 3.0, 10.0)
DOMAIN_BALANCES = (0.25, 0.5, 1.0)
FOLDS, SEED = 5, 0


def fold_split(labels, k: int, folds: int = FOLDS, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, held out) of fold ``k`` of a seeded stratified split of ``labels``."""
    from sklearn.model_selection import StratifiedKFold

    labels = np.asarray(labels)
    splits = StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(labels)), labels)
    return list(splits)[k]


def fold_probabilities(docs: list, hand: list, hand_weight: float, k: int,
                       cs=DOMAIN_CS, balances=DOMAIN_BALANCES) -> dict:
    """Out-of-fold probabilities of fold ``k`` of the hand-labelled train split.

    The big model is trained as ``vngovnlp train`` trains it, less the held-out fifth (both its
    hand-labelled copy and any corpus copy of it); the small model is fitted for each ``C`` of
    ``cs`` and each balance of ``balances`` on the other four fifths. Returns the held-out
    indices, their labels, the classes and the probabilities (``"big"``, and ``"domain"`` per
    ``(C, balance)``). About five minutes a fold.
    """
    from ..classify import topic_text

    train_part = [d for d in hand if d.split == "train"]
    labels = [d.label for d in train_part]
    fit, held = fold_split(labels, k)
    model = _big_without(docs, hand, [train_part[i] for i in held], hand_weight)
    held_texts = [topic_text(train_part[i].text)[: model.max_chars] for i in held]
    fit_texts = [topic_text(train_part[i].text) for i in fit]
    out = {"held": held.tolist(), "labels": [labels[i] for i in held],
           "classes": [str(c) for c in model.classes_],
           "big": model.pipeline_.predict_proba(held_texts), "domain": {}}
    features = model.pipeline_[:-1].transform(held_texts)
    for c in cs:
        for balance in balances:
            model.fit_domain(fit_texts, [labels[i] for i in fit], 1.0, C=c, balance=balance)
            out["domain"][(c, balance)] = model.domain_.predict_proba(features)
    return out


def _big_without(docs: list, hand: list, held: list, hand_weight: float):
    """The big model trained as ``vngovnlp train`` does, without the ``held`` articles."""
    from .topic_cli import train_model, training_set

    keys = {d.hash for d in held} | {d.id for d in held}
    train, weights = training_set(docs, [d for d in hand if d.id not in keys], hand_weight)
    kept = [(d, w) for d, w in zip(train, weights, strict=True) if d.hash not in keys and d.id not in keys]
    return train_model([d for d, _ in kept], [w for _, w in kept])


def choose_blend(folds: list[dict], weights=BLEND_WEIGHTS) -> dict:
    """The weight, ``C`` and balance of the best out-of-fold accuracy (ties: the larger smallest
    per-label recall, then the smaller weight), with the grid's figures.

    ``folds[k]["domain"]`` maps ``(C, balance)`` to the small model's probabilities.

    Examples
    --------
    >>> big = np.array([[0.9, 0.1], [0.6, 0.4]])
    >>> small = np.array([[0.8, 0.2], [0.1, 0.9]])
    >>> fold = {"labels": ["politics", "society"], "classes": ["politics", "society"],
    ...         "big": big, "domain": {(1.0, 0.5): small}}
    >>> best = choose_blend([fold], weights=(0.0, 0.5, 1.0))
    >>> best["weight"], best["C"], best["balance"], best["accuracy"]
    (0.5, 1.0, 0.5, 1.0)
    """
    from sklearn.metrics import recall_score

    classes = np.asarray(folds[0]["classes"])
    y = np.concatenate([f["labels"] for f in folds])
    big = np.vstack([f["big"] for f in folds])
    grid = []
    for c, balance in folds[0]["domain"]:
        small = np.vstack([f["domain"][(c, balance)] for f in folds])
        for w in weights:
            pred = classes[np.argmax((1.0 - w) * big + w * small, axis=1)]
            recall = recall_score(y, pred, labels=sorted(set(y)), average=None, zero_division=0)
            grid.append({"C": float(c), "balance": float(balance), "weight": float(w),
                         "accuracy": round(float(np.mean(pred == y)), 4),
                         "min_recall": round(float(recall.min()), 4)})
    best = max(grid, key=lambda g: (g["accuracy"], g["min_recall"], -g["weight"]))
    return {**best, "n": int(len(y)), "grid": grid}


def main(argv=None) -> None:
    """Run the folds not yet cached (or the one ``--fold`` names) and print the chosen blend."""
    import argparse
    import pickle
    from pathlib import Path

    from .topic_cli import HAND_WEIGHT, HANDSET, _cache_dir, _load_hand, default_shared, load_or_build_corpus

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--fold", type=int, default=None)
    parser.add_argument("--hand-weight", type=float, default=HAND_WEIGHT)
    args = parser.parse_args(argv)
    shared = args.shared or default_shared()
    docs = load_or_build_corpus(shared)
    hand = _load_hand(Path(HANDSET), shared)
    folds = []
    for k in range(FOLDS) if args.fold is None else [args.fold]:
        # "v2": the small model's probabilities are keyed by (C, balance)
        cached = _cache_dir() / f"topic_blend_v2_fold{k}_hw{args.hand_weight:g}.pkl"
        if not cached.is_file():
            cached.write_bytes(pickle.dumps(fold_probabilities(docs, hand, args.hand_weight, k)))
        folds.append(pickle.loads(cached.read_bytes()))
    best = choose_blend(folds)
    for row in best["grid"]:
        print(row)
    print(f"chosen: weight {best['weight']} C {best['C']} balance {best['balance']} "
          f"(out-of-fold accuracy {best['accuracy']}, "
          f"smallest label recall {best['min_recall']}, n={best['n']})")


if __name__ == "__main__":
    main()
