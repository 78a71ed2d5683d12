"""PER/ORG/LOC entity scores and speed: vngovnlp's syllable CRF against underthesea's ``ner``.

Each sentence of ``corpus/ner/vlsp2016_dev.conll`` is rebuilt as text (words joined by spaces,
"_" → " "); gold entities become character spans. Both systems tag the same texts in the same
run, block by block in turn (so that the load of a shared machine weighs on both alike); an
entity counts when its label and character span are exact. MISC is ignored.

Then vngovnlp alone tags ``corpus/ner/vlsp2018_dev.conll`` (syllable tokens). The shipped model
is trained on VLSP 2016 train and VLSP 2018 train only (``models/ner.manifest.json``), so both
dev figures are held-out figures.

Usage: python benchmarks/bench_ner.py [--shared ../shared] [--limit N] [--model PATH]
       [--skip-underthesea] [--skip-2018] [--update-manifest]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from vngovnlp.extract.entities import bio_spans

REPO = Path(__file__).resolve().parents[1]
LABELS = ("PER", "ORG", "LOC")


def read_sentences(path: Path) -> list[tuple[str, set[tuple[str, int, int]]]]:
    """(text, gold spans) of every sentence."""
    out = []
    words: list[tuple[str, str]] = []
    for line in [*path.open(encoding="utf-8"), "\n"]:
        line = line.rstrip("\n")
        if line.strip():
            parts = line.split("\t")
            words.append((parts[0].replace("_", " "), parts[-1]))
            continue
        if not words:
            continue
        text = " ".join(w for w, _ in words)
        tagged, pos = [], 0
        for w, tag in words:
            tagged.append((pos, pos + len(w), tag))
            pos += len(w) + 1
        out.append((text, {s for s in bio_spans(tagged) if s[0] in LABELS}))
        words = []
    return out


def underthesea_spans(text: str) -> set[tuple[str, int, int]]:
    """underthesea's word-level BIO tags mapped to character spans of ``text``."""
    from underthesea import ner

    tagged, pos = [], 0
    for row in ner(text):
        word, tag = row[0], row[-1]
        start = text.find(word, pos)
        if start < 0:  # a rewritten word: skip it without losing our place
            continue
        pos = start + len(word)
        tagged.append((start, pos, tag))
    return {s for s in bio_spans(tagged) if s[0] in LABELS}


def vngov_spans(text: str) -> set[tuple[str, int, int]]:
    from vngovnlp import extract_entities

    return {(e.label, e.start, e.end) for e in extract_entities(text)}


def score(gold: list[set], pred: list[set]) -> dict[str, dict[str, float]]:
    out = {}
    for label in (*LABELS, "all"):
        keep = (lambda s: True) if label == "all" else (lambda s, lab=label: s[0] == lab)
        tp = sum(len({s for s in g if keep(s)} & {s for s in p if keep(s)}) for g, p in zip(gold, pred, strict=True))
        n_gold = sum(1 for g in gold for s in g if keep(s))
        n_pred = sum(1 for p in pred for s in p if keep(s))
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4), "gold": n_gold}
    return out


def run(name: str, fn, texts: list[str]) -> tuple[list[set], float]:
    fn(texts[0])  # load models outside the timing
    t0 = time.perf_counter()
    preds = [fn(t) for t in texts]
    return preds, len(texts) / (time.perf_counter() - t0)


def run_interleaved(systems: dict, texts: list[str], block: int = 20) -> dict[str, tuple[list[set], float]]:
    """Each system in turn on the same block of sentences, so that a change in the machine's load
    (2 shared cores) falls on both alike; returns each system's predictions and sentences/s."""
    for fn in systems.values():
        fn(texts[0])  # load models outside the timing
    preds: dict[str, list[set]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for start in range(0, len(texts), block):
        chunk = texts[start:start + block]
        for name, fn in systems.items():
            t0 = time.perf_counter()
            preds[name].extend(fn(t) for t in chunk)
            seconds[name] += time.perf_counter() - t0
    return {name: (preds[name], len(texts) / seconds[name]) for name in systems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", type=Path, default=None, help="evaluate this CRF file instead")
    parser.add_argument("--skip-underthesea", action="store_true")
    parser.add_argument("--skip-2018", action="store_true", help="do not score VLSP 2018 dev")
    parser.add_argument("--update-manifest", action="store_true",
                        help="write the figures into models/ner.manifest.json")
    args = parser.parse_args(argv)

    from vngovnlp.extract import entities

    # time the tagging, not a per-text cache (when _tag has one)
    entities._tag = getattr(entities._tag, "__wrapped__", entities._tag)
    if args.model:
        tagger = entities.load_tagger(args.model)
        entities._default_tagger = lambda: tagger
    dev = args.shared / "corpus" / "ner" / "vlsp2016_dev.conll"
    rows = read_sentences(dev)[: args.limit]
    texts = [t for t, _ in rows]
    gold = [g for _, g in rows]
    systems = {"vngovnlp": vngov_spans}
    if not args.skip_underthesea:
        systems["underthesea"] = underthesea_spans
    results = run_interleaved(systems, texts)

    print(f"{len(texts)} sentences of {dev.name}; exact span + label, MISC ignored")
    print(f"{'system':<12} {'label':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    figures = {}
    for name, (preds, speed) in results.items():
        sc = score(gold, preds)
        figures[name] = {"scores": sc, "sentences_per_second": round(speed, 1)}
        for label, s in sc.items():
            print(f"{name:<12} {label:<5} {s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f} {s['gold']:>5}")
    print(f"{'system':<12} sentences/s")
    for name, f in figures.items():
        print(f"{name:<12} {f['sentences_per_second']:>10.1f}")
    if "underthesea" in figures:
        ratio = figures["vngovnlp"]["sentences_per_second"] / figures["underthesea"]["sentences_per_second"]
        print(f"speed-up: {ratio:.1f}x; F1 all: {figures['vngovnlp']['scores']['all']['f1']:.3f} vs "
              f"{figures['underthesea']['scores']['all']['f1']:.3f}")
    if not args.skip_2018:
        dev18 = args.shared / "corpus" / "ner" / "vlsp2018_dev.conll"
        rows18 = read_sentences(dev18)[: args.limit]
        preds18, speed18 = run("vngovnlp", vngov_spans, [t for t, _ in rows18])
        sc18 = score([g for _, g in rows18], preds18)
        figures18 = {"data": f"corpus/ner/{dev18.name}", "sentences": len(rows18),
                     "vngovnlp": {"scores": sc18, "sentences_per_second": round(speed18, 1)}}
        print(f"{len(rows18)} sentences of {dev18.name} (vngovnlp only)")
        for label, s in sc18.items():
            print(f"{'vngovnlp':<12} {label:<5} {s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f} {s['gold']:>5}")
    if args.update_manifest:
        path = REPO / "models" / "ner.manifest.json"
        manifest = json.loads(path.read_text("utf-8"))
        manifest["evaluation"] = {"data": f"corpus/ner/{dev.name}", "sentences": len(texts),
                                  "metric": "entity-level exact span+label, PER/ORG/LOC", **figures}
        if not args.skip_2018:
            manifest["evaluation_vlsp2018_dev"] = figures18
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
