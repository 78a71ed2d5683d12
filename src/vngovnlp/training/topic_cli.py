"""Commands and functions that build the topic corpus, train the topic model and evaluate it.

``vngovnlp build-corpus`` writes the manifest, ``vngovnlp train`` rebuilds the shipped model
(``models/topic.skops`` + ``models/topic.json``) and ``vngovnlp evaluate`` prints accuracy,
macro-F1, per-label F1 and confusion matrices on the held-out split, on cross-source splits and
on the gold topics. The CLI group (``vngovnlp.cli``) registers the three commands. Corpus text is
cached outside the repository (``$VNGOVNLP_CACHE`` or ``~/.cache/vngovnlp``), never committed.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from collections import Counter
from pathlib import Path

import click

from .topic_corpus import (
    TopicDoc,
    build_corpus,
    load_mapping,
    load_rules,
    manifest_hash,
    source_hashes,
    topic_labels,
    write_manifest,
)

__all__ = [
    "build_corpus_command",
    "corpus_summary",
    "cross_source_reports",
    "evaluate_command",
    "format_report",
    "gold_report",
    "hand_report",
    "load_or_build_corpus",
    "report",
    "train_command",
    "train_model",
    "training_set",
    "vntc_benchmark",
]

#: Version written into the model's sidecar; the training parameters are TopicClassifier's defaults.
MODEL_VERSION = "0.1.0"
CROSS_SOURCES = ("vntc", "vnexpress_sapo", "baomoi_tc201805")
UNDERTHESEA_VNTC_ACCURACY = 0.9249
#: The hand-labelled government-news set and the weight of its training articles.
HANDSET = "corpus/topic_handset.jsonl"
HAND_WEIGHT = 5.0
#: The government-news model fitted on the hand-labelled train part alone, its share of the blend
#: and its up-weighting of rare labels (``TopicClassifier.fit_domain``). Session 10 chose 0.6 /
#: 10 / 0.5 by 5-fold CV on the 630 articles of then (out-of-fold accuracy 0.860, the big model
#: alone 0.746). Session 11 added the ``portal2`` batch (880 articles) over the kept big model and
#: chose again (``topic_domain --keep-big --with-dev``): 5-fold CV on the 230 portal2 articles the
#: big model never saw, pooled with the 83 gold dev articles. CV alone prefers balance 0.25
#: (0.878) but that costs gold dev 0.855 -> 0.783; the pooled best (0.6 / 10 / 0.5, 0.859) costs
#: it 0.831; the best pooled accuracy that keeps gold dev at 0.855 is 0.6 / 10 / 1.0 (pooled
#: 0.856, CV 0.857, where the session-10 model scores 0.843 on the same 230 articles).
#: Session 14 added the ``portal3`` batch (1,130 train articles) and ran the same choice again
#: (447 unseen articles + 83 gold dev): the pooled best, 0.7 / 10 / 0.25 (pooled 0.891), keeps gold
#: dev (0.880) but lowers the hand-labelled test (0.870 -> 0.863, smallest label recall 0.50), so
#: the parameters were kept and only the data grew (pooled 0.876; hand test 0.873, gold dev 0.892).
#: Session 19 added the ``portal4`` and ``portal5`` batches (1,517 train articles) and ran the same
#: choice (778 unseen articles + 83 gold dev): the pooled best, 0.6 / 10 / 0.5 (pooled 0.890),
#: keeps both figures (hand test 0.870 -> 0.877, gold dev 0.892 -> 0.904), so it is shipped; CV on
#: the train articles alone prefers 0.7 / 10 / 0.25 (0.892), which lowers gold dev to 0.855.
DOMAIN_WEIGHT = 0.6
DOMAIN_C = 10.0
DOMAIN_BALANCE = 0.5
DOMAIN_CHOICE = ("over the kept big model, 5-fold CV on the 778 hand-labelled train articles it never "
                 "saw pooled with the 83 gold dev articles (vngovnlp.training.topic_domain --keep-big "
                 "--with-dev, session 19, portal4 and portal5 added): the best pooled accuracy among "
                 "weight, C and balance (0.890), shipped because it keeps the hand-labelled test and "
                 "gold dev at or above the previous model's")
#: What the topic model's training data allows, written into its sidecar (``vngovnlp.models_info``).
TOPIC_LICENCE = {
    "code": "MIT",
    "training_data": ("VNTC (Vu Cong Duy Hoang et al., MIT), VLSP 2018 articles, VnExpress, Dân trí and "
                      "Báo Mới news gathered by public research repositories (corpus/topic_manifest), "
                      "and Báo Mới and VNTC articles labelled by hand (corpus/topic_handset.jsonl; counts in "
                      "topic.json handset_counts)"),
    "data_licence": ("VNTC is MIT; the VLSP articles are for research only under the VLSP user agreement; "
                     "the news texts remain their publishers' copyright and their repositories state no "
                     "licence. The model holds hashed-feature weights, no text"),
    "model_use": "research use; check the publishers' terms before commercial use",
}


def default_shared() -> Path:
    """``$VNGOVNLP_SHARED``, else ``../shared`` relative to the working directory."""
    return Path(os.environ.get("VNGOVNLP_SHARED", Path.cwd().parent / "shared"))


def _cache_dir() -> Path:
    return Path(os.environ.get("VNGOVNLP_CACHE", Path.home() / ".cache" / "vngovnlp"))


def _corpus_key(shared: Path) -> str:
    digest = hashlib.sha256()
    rules = {k: v for k, v in load_rules().items() if k not in ("measured_precision", "portal_shape")}
    for data in (topic_labels(), load_mapping(), rules):  # contents, not comments
        digest.update(json.dumps(data, ensure_ascii=False, sort_keys=True).encode())
    for name, value in sorted(source_hashes(shared).items()):
        digest.update(f"{name}={value}".encode())
    gold = shared / "gold" / "dev.jsonl"
    if gold.is_file():
        digest.update(gold.read_bytes())
    return digest.hexdigest()[:16]


def load_or_build_corpus(shared: str | Path, *, rebuild: bool = False) -> list[TopicDoc]:
    """The corpus from the local cache when its inputs are unchanged, else built and cached."""
    shared = Path(shared)
    cache = _cache_dir() / f"topic_corpus-{_corpus_key(shared)}.jsonl.gz"
    if cache.is_file() and not rebuild:
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            return [TopicDoc(**json.loads(line)) for line in handle]
    docs = build_corpus(shared)
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps(d.__dict__, ensure_ascii=False) + "\n")
    tmp.replace(cache)
    return docs


def corpus_summary(docs: list[TopicDoc], shared: str | Path) -> dict:
    """Counts per label, source and origin, source-file hashes and the weak labels' precision."""
    rules = load_rules()
    return {
        "manifest_sha256": manifest_hash(docs),
        "documents": len(docs),
        "labels": dict(sorted(Counter(d.label for d in docs).items())),
        "by_source": {f"{s}/{lab}/{o}": n for (s, lab, o), n in
                      sorted(Counter((d.source, d.label, d.origin) for d in docs).items())},
        "splits": dict(Counter(d.split for d in docs)),
        "source_files_sha256": source_hashes(shared),
        "weak_label_precision": rules.get("measured_precision", {}),
    }


def report(y_true, y_pred, labels: list[str] | None = None) -> dict:
    """Accuracy, macro-F1, per-label F1 and support, and the confusion matrix (rows = true)."""
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    y_true, y_pred = list(map(str, y_true)), list(map(str, y_pred))
    labels = labels or [lab for lab in topic_labels() if lab in set(y_true) | set(y_pred)]
    present = [lab for lab in labels if lab in set(y_true)]
    per = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0)
    prec, rec, _, _ = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=None,
                                                      zero_division=0)
    support = Counter(y_true)
    return {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=present, average="macro",
                                         zero_division=0)), 4),
        "f1": {lab: round(float(f), 4) for lab, f in zip(labels, per, strict=True)},
        "precision": {lab: round(float(v), 4) for lab, v in zip(labels, prec, strict=True)},
        "recall": {lab: round(float(v), 4) for lab, v in zip(labels, rec, strict=True)},
        "support": {lab: support.get(lab, 0) for lab in labels},
        "labels": labels,
        "confusion": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
    }


def format_report(title: str, rep: dict, *, confusion: bool = True) -> str:
    """A report as printable text."""
    lines = [f"== {title}: n={rep['n']} accuracy={rep['accuracy']:.4f} macro-F1={rep['macro_f1']:.4f}"]
    lines.append("   " + "  ".join(f"{lab}={rep['f1'][lab]:.3f} (n={rep['support'][lab]})"
                                   for lab in rep["labels"]))
    if "recall" in rep:
        lines.append("   precision/recall: " + "  ".join(
            f"{lab}={rep['precision'][lab]:.2f}/{rep['recall'][lab]:.2f}" for lab in rep["labels"]))
    if confusion:
        short = [lab[:6] for lab in rep["labels"]]
        lines.append("   confusion (rows true, columns predicted):")
        lines.append(" " * 22 + " ".join(f"{s:>6}" for s in short))
        for lab, row in zip(rep["labels"], rep["confusion"], strict=True):
            lines.append(f"   {lab:<18} " + " ".join(f"{v:>6}" for v in row))
    return "\n".join(lines)


def train_model(docs: list, weights=None, **params):
    """Fit a :class:`~vngovnlp.classify.TopicClassifier` on ``docs`` (optionally weighted)."""
    from ..classify import TopicClassifier

    return TopicClassifier(**params).fit([d.text for d in docs], [d.label for d in docs],
                                         sample_weight=weights)


def training_set(docs: list[TopicDoc], hand: list, hand_weight: float) -> tuple[list, list[float]]:
    """The corpus's train split without any hand-labelled article, plus the hand-labelled train
    part weighted ``hand_weight``; returns the documents and their weights."""
    held = {d.hash for d in hand} | {d.id for d in hand}
    train = [d for d in docs if d.split == "train" and d.hash not in held and d.id not in held]
    extra = [d for d in hand if d.split == "train"]
    return train + extra, [1.0] * len(train) + [hand_weight] * len(extra)


def hand_report(model, hand: list) -> dict | None:
    """Accuracy, per-label precision/recall and confusion on the hand-labelled test split.

    The texts are read as :func:`vngovnlp.classify` reads articles (cleaned body)."""
    from ..classify import topic_text

    test = [d for d in hand if d.split == "test"]
    if not test:
        return None
    return report([d.label for d in test], model.predict([topic_text(d.text) for d in test]))


def cross_source_reports(docs: list[TopicDoc], sources=CROSS_SOURCES, **params) -> dict[str, dict]:
    """Train without each source in turn and test on it (its labels seen in training only)."""
    out = {}
    for source in sources:
        train = [d for d in docs if d.source != source]
        seen = {d.label for d in train}
        test = [d for d in docs if d.source == source and d.label in seen]
        if not test:
            continue
        model = train_model(train, **params)
        out[source] = report([d.label for d in test], model.predict([d.text for d in test]))
    return out


def gold_report(model, shared: str | Path, split: str = "dev") -> dict | None:
    """Classify the gold articles (``gold/<split>.jsonl``) as ``analyze`` does (cleaned body)
    and compare with their ``topic``. Only figures come out: no article or error is printed."""
    from ..classify import topic_text

    path = Path(shared) / "gold" / f"{split}.jsonl"
    if not path.is_file():
        return None
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("topic")]
    return report([r["topic"] for r in rows], model.predict([topic_text(r["text"]) for r in rows]))


def _dedup_vntc(shared: Path):
    from .topic_corpus import _read_jsonl, fingerprint

    topic_dir = shared / "corpus" / "topic"
    train, seen = [], set()
    for rec in _read_jsonl(topic_dir / "vntc_train.jsonl.gz"):
        text = f"{rec.get('title') or ''}\n\n{rec.get('text') or ''}".strip()
        h = fingerprint(text[:3000])
        if h not in seen:
            seen.add(h)
            train.append((text, rec["label"]))
    test, dropped = [], 0
    for rec in _read_jsonl(topic_dir / "vntc_test.jsonl.gz"):
        text = f"{rec.get('title') or ''}\n\n{rec.get('text') or ''}".strip()
        h = fingerprint(text[:3000])
        if h in seen:
            dropped += 1
            continue
        seen.add(h)
        test.append((text, rec["label"]))
    return train, test, dropped


def vntc_benchmark(shared: str | Path, **params) -> dict:
    """Train on VNTC's deduplicated train set with its own 10 labels; score its test set less
    the texts also in train and the copies within test."""
    from ..classify import TopicClassifier

    train, test, dropped = _dedup_vntc(Path(shared))
    t0 = time.perf_counter()
    model = TopicClassifier(**params).fit([t for t, _ in train], [lab for _, lab in train])
    fit_s = time.perf_counter() - t0
    labels = sorted({lab for _, lab in train})
    rep = report([lab for _, lab in test], model.predict([t for t, _ in test]), labels=labels)
    rep.update(train_docs=len(train), test_docs=len(test), test_dropped_duplicates=dropped,
               fit_seconds=round(fit_s, 1))
    return rep


def _shared_option(f):
    return click.option("--shared", type=click.Path(file_okay=False, path_type=Path),
                        default=None, help="Research data directory [default: $VNGOVNLP_SHARED "
                        "or ../shared relative to the working directory].")(f)


def _resolve(shared: Path | None) -> Path:
    shared = shared or default_shared()
    if not (shared / "corpus" / "topic").is_dir():
        raise click.UsageError(f"no corpus/topic/ under {shared}; pass --shared DIR.")
    return shared


@click.command("build-corpus")
@_shared_option
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("corpus/topic_manifest.jsonl.gz"), show_default=True)
@click.option("--rebuild", is_flag=True, help="Ignore the local corpus cache.")
def build_corpus_command(shared: Path | None, manifest: Path, rebuild: bool) -> None:
    """Build the topic corpus and write its manifest (ids, labels, sources, hashes; no text)."""
    shared = _resolve(shared)
    docs = load_or_build_corpus(shared, rebuild=rebuild)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    digest = write_manifest(docs, manifest)
    summary = corpus_summary(docs, shared)
    manifest.with_name(manifest.name.replace(".jsonl.gz", ".json")).write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    click.echo(f"{len(docs)} documents, manifest {manifest} sha256 {digest}")
    for label, n in summary["labels"].items():
        click.echo(f"  {label:<20} {n}")


def _gold_test_option(f):
    return click.option("--gold-test/--no-gold-test", default=False, show_default=True,
                        help="Also score the gold test topics (a figure only). Off by default: a "
                             "read of the test split is deliberate, at most twice a session.")(f)


def _handset_option(f):
    f = click.option("--hand-weight", type=float, default=HAND_WEIGHT, show_default=True,
                     help="Weight of each hand-labelled training article (a weak or section "
                          "label weighs 1).")(f)
    return click.option("--handset", type=click.Path(dir_okay=False, path_type=Path),
                        default=Path(HANDSET), show_default=True,
                        help="Manifest of the hand-labelled government-news set.")(f)


def _load_hand(handset: Path, shared: Path) -> list:
    from .topic_handset import load_handset

    return load_handset(handset, shared) if handset.is_file() else []


def _figures(rep: dict | None, keys=("n", "accuracy", "macro_f1", "f1", "precision", "recall")):
    return None if rep is None else {k: rep[k] for k in keys if k in rep}


def _domain_option(f):
    f = click.option("--domain-balance", type=float, default=DOMAIN_BALANCE, show_default=True,
                     help="Up-weighting of rare labels in the government-news SVM: label c weighs "
                          "(n_max / n_c) ** balance.")(f)
    f = click.option("--domain-c", type=float, default=DOMAIN_C, show_default=True,
                     help="C of the government-news SVM.")(f)
    f = click.option("--domain-weight", type=float, default=DOMAIN_WEIGHT, show_default=True,
                     help="Share of the government-news model (fitted on the hand-labelled train "
                          "part alone) in the blended probabilities; 0 for none.")(f)
    return click.option("--keep-big", is_flag=True,
                        help="Keep the big model of --out and refit only the government-news "
                             "model and the blend (seconds instead of minutes).")(f)


def _fit_big(docs: list[TopicDoc], hand: list, hand_weight: float, out: Path, keep_big: bool):
    """The big model: loaded from ``out`` (``keep_big``) or trained; with its fit time."""
    from ..classify import load_model

    if keep_big:
        previous = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
        if previous.get("corpus_manifest_sha256") != manifest_hash(docs) or previous.get("hand_weight") != hand_weight:
            raise click.UsageError(f"{out} was trained on another corpus build or hand weight; "
                                   "train it again without --keep-big.")
        return load_model(out), previous["fit_seconds"]
    train, weights = training_set(docs, hand, hand_weight)
    t0 = time.perf_counter()
    model = train_model(train, weights)
    return model, round(time.perf_counter() - t0, 1)


def _big_provenance(keep_big: bool, out: Path, hand: list, handset_sha: str | None, train_docs: int) -> dict:
    """What the big model was trained on: carried over from the previous sidecar when it is kept."""
    from .topic_handset import BIG_HAND_BATCHES

    if keep_big:
        previous = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
        return {"train_docs": previous["train_docs"], "hand_train_docs": previous["hand_train_docs"],
                "big_model_hand_batches": previous.get("big_model_hand_batches") or list(BIG_HAND_BATCHES),
                "big_model_handset_sha256": previous.get("big_model_handset_sha256") or previous.get("handset_sha256")}
    return {"train_docs": train_docs, "hand_train_docs": sum(d.split == "train" for d in hand),
            "big_model_hand_batches": sorted({d.batch for d in hand if d.split == "train"}),
            "big_model_handset_sha256": handset_sha}


def _fit_domain(model, hand: list, weight: float, c: float, balance: float = DOMAIN_BALANCE) -> dict | None:
    """Fit the government-news model on the hand-labelled train part; its sidecar block."""
    from ..classify import topic_text

    train = [d for d in hand if d.split == "train"]
    if not train or weight <= 0:
        return None
    model.fit_domain([topic_text(d.text) for d in train], [d.label for d in train], weight, C=c,
                     balance=balance)
    return {"model": "LinearSVC, sigmoid-calibrated on 3 folds, on the big model's tf-idf features; "
                     "label c weighs (n_max / n_c) ** balance in both", "train_docs": len(train),
            "weight": weight, "C": c, "balance": balance,
            "chosen_by": DOMAIN_CHOICE if (weight, c, balance) == (DOMAIN_WEIGHT, DOMAIN_C, DOMAIN_BALANCE)
            else "given on the command line"}


@click.command("train")
@_shared_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("models/topic.skops"), show_default=True, help="Model file to write.")
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("corpus/topic_manifest.jsonl.gz"), show_default=True)
@_handset_option
@_domain_option
@_gold_test_option
@click.option("--rebuild", is_flag=True, help="Ignore the local corpus cache.")
def train_command(shared: Path | None, out: Path, manifest: Path, handset: Path, hand_weight: float,
                  keep_big: bool, domain_weight: float, domain_c: float, domain_balance: float,
                  gold_test: bool, rebuild: bool) -> None:
    """Build the corpus if needed, train on its train split plus the hand-labelled train part,
    blend in the government-news model, save model + JSON sidecar (figures and the
    hand-labelled test's confusion matrix). The gold test is scored only with ``--gold-test``;
    without it the sidecar's ``gold_test`` is null."""
    from ..classify import save_model

    shared = _resolve(shared)
    docs = load_or_build_corpus(shared, rebuild=rebuild)
    hand = _load_hand(handset, shared)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    digest = write_manifest(docs, manifest)
    train, _ = training_set(docs, hand, hand_weight)
    test = [d for d in docs if d.split == "test"]
    handset_sha = hashlib.sha256(handset.read_bytes()).hexdigest() if hand else None
    big = _big_provenance(keep_big, out, hand, handset_sha, len(train))
    model, fit_s = _fit_big(docs, hand, hand_weight, out, keep_big)
    domain = _fit_domain(model, hand, domain_weight, domain_c, domain_balance)
    held = report([d.label for d in test], model.predict([d.text for d in test]))
    hand_test = hand_report(model, hand)
    gold = gold_report(model, shared)
    gold_test = gold_report(model, shared, "test") if gold_test else None  # a figure only
    sidecar = {
        "name": "vngovnlp topic classifier",
        "version": MODEL_VERSION,
        "labels": list(topic_labels()),
        "classes": [str(c) for c in model.classes_],
        "params": model.get_params(),
        "corpus_manifest": manifest.as_posix(),
        "corpus_manifest_sha256": digest,
        "handset_manifest": handset.as_posix() if hand else None,
        "handset_sha256": handset_sha,
        "handset_counts": _hand_counts(hand),
        "hand_weight": hand_weight,
        "domain": domain,
        "licence": TOPIC_LICENCE,
        **big,  # train_docs and hand_train_docs: the big model's
        "fit_seconds": fit_s,
        "evaluation": {
            "held_out": _figures(held, ("n", "accuracy", "macro_f1", "f1")),
            "hand_test": _figures(hand_test),
            "gold_dev": _figures(gold, ("n", "accuracy", "macro_f1")),
            "gold_test": _figures(gold_test, ("n", "accuracy", "macro_f1")),
        },
        "hand_test_confusion": None if hand_test is None else
        {"labels": hand_test["labels"], "rows_true_columns_predicted": hand_test["confusion"]},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    save_model(model, out, sidecar)
    click.echo(f"big model: {big['train_docs']} documents, {fit_s:.0f} s; saved {out} "
               f"({out.stat().st_size / 1e6:.1f} MB) and {out.with_suffix('.json')}")
    click.echo(format_report("held-out split", held, confusion=False))
    if hand_test is not None:
        click.echo(format_report("hand-labelled test", hand_test))
    if gold is not None:
        click.echo(f"== gold dev topics: n={gold['n']} accuracy={gold['accuracy']:.4f} "
                   f"macro-F1={gold['macro_f1']:.4f}")
    if gold_test is not None:  # a figure only: never the test articles or their errors
        click.echo(f"== gold test topics: n={gold_test['n']} accuracy={gold_test['accuracy']:.4f}")


def _hand_counts(hand: list) -> dict:
    """Hand-labelled articles per split, per batch and per label."""
    return {"splits": dict(sorted(Counter(d.split for d in hand).items())),
            "batches": dict(sorted(Counter(d.batch for d in hand).items())),
            "labels": dict(sorted(Counter(d.label for d in hand).items()))}


def _government_news_figures(model, shared: Path, handset: Path, gold_test: bool = False) -> dict:
    """Hand-labelled test and gold dev reports (printed); gold test accuracy only, when asked."""
    figures = {}
    hand_test = hand_report(model, _load_hand(handset, shared))
    if hand_test is not None:
        figures["hand_test"] = hand_test
        click.echo(format_report("hand-labelled government news, test split", hand_test))
    gold = gold_report(model, shared)
    if gold is not None:
        figures["gold_dev"] = gold
        click.echo(format_report("gold dev topics (cleaned body, as analyze reads it)", gold))
    gold_test = gold_report(model, shared, "test") if gold_test else None
    if gold_test is not None:  # a figure only: never the test articles or their errors
        figures["gold_test"] = {k: gold_test[k] for k in ("n", "accuracy", "macro_f1")}
        click.echo(f"== gold test topics: n={gold_test['n']} accuracy={gold_test['accuracy']:.4f}")
    return figures


@click.command("evaluate")
@_shared_option
@click.option("--model", "model_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("models/topic.skops"), show_default=True)
@click.option("--cross-source/--no-cross-source", default=True, show_default=True,
              help="Also train without each of " + ", ".join(CROSS_SOURCES) + " and test on it.")
@click.option("--vntc/--no-vntc", default=False, show_default=True,
              help="Also run the VNTC 10-label benchmark (trains on VNTC).")
@_handset_option
@_gold_test_option
@click.option("--update-sidecar", is_flag=True,
              help="Write the figures into the model's JSON sidecar (evaluation section).")
def evaluate_command(shared: Path | None, model_path: Path, cross_source: bool, vntc: bool,
                     handset: Path, hand_weight: float, gold_test: bool, update_sidecar: bool) -> None:
    """Print accuracy, macro-F1, per-label F1 and confusion matrices of the topic model."""
    from ..classify import load_model

    shared = _resolve(shared)
    docs = load_or_build_corpus(shared)
    model = load_model(model_path)
    sidecar_path = model_path.with_suffix(".json")
    if sidecar_path.is_file():
        expected = json.loads(sidecar_path.read_text(encoding="utf-8")).get("corpus_manifest_sha256")
        if expected and expected != manifest_hash(docs):
            click.echo("warning: the model was trained on another corpus build; the held-out "
                       "split may overlap its training data.", err=True)
    figures: dict = {}
    test = [d for d in docs if d.split == "test"]
    figures["held_out"] = report([d.label for d in test], model.predict([d.text for d in test]))
    click.echo(format_report("held-out split (20 % by hash)", figures["held_out"]))
    if cross_source:
        for source, rep in cross_source_reports(docs).items():
            figures[f"cross_source_{source}"] = rep
            click.echo(format_report(f"cross-source: trained without {source}, tested on it", rep))
    figures.update(_government_news_figures(model, shared, handset, gold_test))
    if vntc:
        rep = vntc_benchmark(shared, balance=0.0, max_chars=6000)
        figures["vntc_10_labels"] = rep
        click.echo(format_report("VNTC 10 labels, deduplicated test", rep))
        click.echo(f"   VNTC accuracy {rep['accuracy']:.2%} vs underthesea's published "
                   f"{UNDERTHESEA_VNTC_ACCURACY:.2%}")
    if update_sidecar and sidecar_path.is_file():
        sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
        sidecar.setdefault("evaluation", {}).update(
            {name: {k: v for k, v in rep.items() if k not in ("confusion", "labels")}
             for name, rep in figures.items()})
        if "hand_test" in figures:
            sidecar["hand_test_confusion"] = {"labels": figures["hand_test"]["labels"],
                                              "rows_true_columns_predicted": figures["hand_test"]["confusion"]}
        sidecar_path.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n",
                                encoding="utf-8")
        click.echo(f"figures written to {sidecar_path}")
