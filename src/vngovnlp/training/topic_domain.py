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

When only the small model is refitted over a kept big model (``vngovnlp train --keep-big``),
:func:`kept_big_folds` chooses the blend without any big fit: it scores, fold by fold, the
hand-labelled training articles the kept big model never saw (a batch added after it was trained,
less any article also in the corpus's train split), with the small model fitted on every other
hand-labelled training article (about a minute)::

    python -m vngovnlp.training.topic_domain --keep-big [--with-dev] [--shared ../shared]

``--with-dev`` pools the gold dev articles (``gold/dev.jsonl``, the tuning set; neither model has
seen them) into the choice as one more fold (:func:`dev_fold`): the hand-labelled pool is drawn
from 2017 newspapers, the gold from portals, and a blend chosen on one alone fits it alone.
"""
from __future__ import annotations

import numpy as np

from .topic_handset import BIG_HAND_BATCHES

__all__ = ["BIG_HAND_BATCHES", "BLEND_WEIGHTS", "DOMAIN_BALANCES", "DOMAIN_CS", "choose_blend",
           "dev_fold", "fold_probabilities", "fold_split", "kept_big_folds", "unseen_by_big"]

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
    return _scored_fold(model, held.tolist(), [labels[i] for i in held], held_texts,
                        fit_texts, [labels[i] for i in fit], cs, balances)


def _scored_fold(model, held: list, held_labels: list, held_texts: list, fit_texts: list,
                 fit_labels: list, cs, balances) -> dict:
    """One fold for :func:`choose_blend`: the held-out texts scored by ``model``'s big model and
    by its small model fitted on ``fit_texts`` for each ``C`` and balance (``model``'s own small
    model is replaced)."""
    out = {"held": held, "labels": held_labels, "classes": [str(c) for c in model.classes_],
           "big": model.pipeline_.predict_proba(held_texts), "domain": {}}
    features = model.pipeline_[:-1].transform(held_texts)
    for c in cs:
        for balance in balances:
            model.fit_domain(fit_texts, fit_labels, 1.0, C=c, balance=balance)
            out["domain"][(c, balance)] = model.domain_.predict_proba(features)
    return out


def _big_without(docs: list, hand: list, held: list, hand_weight: float):
    """The big model trained as ``vngovnlp train`` does, without the ``held`` articles."""
    from .topic_cli import train_model, training_set

    keys = {d.hash for d in held} | {d.id for d in held}
    train, weights = training_set(docs, [d for d in hand if d.id not in keys], hand_weight)
    kept = [(d, w) for d, w in zip(train, weights, strict=True) if d.hash not in keys and d.id not in keys]
    return train_model([d for d, _ in kept], [w for _, w in kept])


def unseen_by_big(docs: list, hand: list, big_batches=BIG_HAND_BATCHES) -> list[int]:
    """Indices, in the hand-labelled train split, of the articles a big model trained on
    ``big_batches`` never saw: of another batch, and neither their id nor their hash in the
    corpus's train split."""
    seen = {d.id for d in docs if d.split == "train"} | {d.hash for d in docs if d.split == "train"}
    train_part = [d for d in hand if d.split == "train"]
    return [i for i, d in enumerate(train_part)
            if d.batch not in big_batches and d.id not in seen and d.hash not in seen]


def kept_big_folds(model, docs: list, hand: list, big_batches=BIG_HAND_BATCHES,
                   cs=DOMAIN_CS, balances=DOMAIN_BALANCES, folds: int = FOLDS) -> list[dict]:
    """Out-of-fold probabilities for the blend of a kept big ``model``, shaped for :func:`choose_blend`.

    The articles :func:`unseen_by_big` finds are split in ``folds`` stratified folds; for each,
    the small model is fitted (per ``C`` and balance) on the rest of the hand-labelled train
    split, and the held-out fold is scored by the big model, which has not seen it, and by the
    small one. ``model``'s own small model is replaced: do not save it afterwards.
    """
    from ..classify import topic_text

    train_part = [d for d in hand if d.split == "train"]
    pool = unseen_by_big(docs, hand, big_batches)
    out = []
    for k in range(folds):
        _, held_at = fold_split([train_part[i].label for i in pool], k, folds)
        held = {pool[j] for j in held_at}
        fit = [d for i, d in enumerate(train_part) if i not in held]
        held_texts = [topic_text(train_part[i].text)[: model.max_chars] for i in sorted(held)]
        out.append(_scored_fold(model, sorted(held), [train_part[i].label for i in sorted(held)], held_texts,
                                [topic_text(d.text) for d in fit], [d.label for d in fit], cs, balances))
    return out


def dev_fold(model, hand: list, shared, cs=DOMAIN_CS, balances=DOMAIN_BALANCES) -> dict:
    """The gold dev articles as one fold for :func:`choose_blend`: scored by ``model``'s big model
    and by the small model fitted on the whole hand-labelled train split (per ``C`` and balance).
    Only ``dev.jsonl`` is read, never the gold test."""
    import json
    from pathlib import Path

    from ..classify import topic_text

    path = Path(shared) / "gold" / "dev.jsonl"
    rows = [r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r.get("topic")]
    texts = [topic_text(r["text"])[: model.max_chars] for r in rows]
    train = [d for d in hand if d.split == "train"]
    return _scored_fold(model, [], [r["topic"] for r in rows], texts,
                        [topic_text(d.text) for d in train], [d.label for d in train], cs, balances)


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
    parser.add_argument("--handset", type=Path, default=Path(HANDSET),
                        help="Manifest of the hand-labelled set (e.g. with a batch not yet shipped).")
    parser.add_argument("--keep-big", action="store_true",
                        help="Choose the blend over the shipped big model (kept_big_folds).")
    parser.add_argument("--with-dev", action="store_true",
                        help="With --keep-big: pool the gold dev articles into the choice (dev_fold).")
    args = parser.parse_args(argv)
    shared = args.shared or default_shared()
    docs = load_or_build_corpus(shared)
    hand = _load_hand(args.handset, shared)
    if args.keep_big:
        model, folds = _kept_big_folds(docs, hand)
        if args.with_dev:
            folds.append(dev_fold(model, hand, shared))
        _print_choice(choose_blend(folds))
        return
    folds = []
    for k in range(FOLDS) if args.fold is None else [args.fold]:
        # "v2": the small model's probabilities are keyed by (C, balance)
        cached = _cache_dir() / f"topic_blend_v2_fold{k}_hw{args.hand_weight:g}.pkl"
        if not cached.is_file():
            cached.write_bytes(pickle.dumps(fold_probabilities(docs, hand, args.hand_weight, k)))
        folds.append(pickle.loads(cached.read_bytes()))
    _print_choice(choose_blend(folds))


def _kept_big_folds(docs: list, hand: list) -> tuple:
    import json
    from pathlib import Path

    from ..classify import load_model

    out = Path("models/topic.skops")
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    batches = tuple(sidecar.get("big_model_hand_batches") or BIG_HAND_BATCHES)
    model = load_model(out)
    return model, kept_big_folds(model, docs, hand, batches)


def _print_choice(best: dict) -> None:
    for row in best["grid"]:
        print(row)
    print(f"chosen: weight {best['weight']} C {best['C']} balance {best['balance']} "
          f"(out-of-fold accuracy {best['accuracy']}, "
          f"smallest label recall {best['min_recall']}, n={best['n']})")


if __name__ == "__main__":
    main()
