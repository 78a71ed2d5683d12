"""Word-segmentation F1 of vngovnlp's tokenizer beside underthesea alone, in the same run.

Gold: ``../shared/corpus/ws/vlsp2013_test.txt`` (one sentence a line, syllables of a word joined
by ``_``). Each sentence is given as plain text (``_`` → space); a predicted word counts when its
character span equals a gold word's span. vngovnlp wraps underthesea and aligns its tokens back to
the text, so the two should agree; the point is that offsets cost no accuracy.

Usage: python benchmarks/bench_wordseg.py [--shared ../shared] [--file ws/vlsp2013_test.txt] [--limit N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from underthesea import word_tokenize

from vngovnlp.tokenize import _align, words

REPO = Path(__file__).resolve().parents[1]


def gold_sentence(line: str) -> tuple[str, set[tuple[int, int]]]:
    spans, parts, pos = set(), [], 0
    for word in line.split():
        word = word.replace("_", " ")
        parts.append(word)
        spans.add((pos, pos + len(word)))
        pos += len(word) + 1
    return " ".join(parts), spans


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p, r = tp / n_pred, tp / n_gold
    return p, r, 2 * p * r / (p + r)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--file", default="corpus/ws/vlsp2013_test.txt")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    lines = [x for x in (args.shared / args.file).read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.limit:
        lines = lines[: args.limit]

    counts = {"vngovnlp": [0, 0, 0.0], "underthesea": [0, 0, 0.0]}
    n_gold = 0
    for line in lines:
        text, gold = gold_sentence(line)
        n_gold += len(gold)
        t0 = time.perf_counter()
        ours = {(t.start, t.end) for t in words(text)}
        counts["vngovnlp"][2] += time.perf_counter() - t0
        t0 = time.perf_counter()
        theirs = word_tokenize(text)
        counts["underthesea"][2] += time.perf_counter() - t0
        theirs = {s for s in _align(text, theirs) if s}
        for name, pred in (("vngovnlp", ours), ("underthesea", theirs)):
            counts[name][0] += len(pred & gold)
            counts[name][1] += len(pred)

    print(f"word segmentation on {args.file}: {len(lines)} sentences, {n_gold} gold words")
    print(f"{'system':<22}{'P':>7}{'R':>7}{'F1':>7}{'sent/s':>9}")
    for name, (tp, n_pred, seconds) in counts.items():
        p, r, f = f1(tp, n_pred, n_gold)
        label = name if name == "vngovnlp" else "underthesea (alone)"
        print(f"{label:<22}{p:7.3f}{r:7.3f}{f:7.3f}{len(lines) / seconds:9.0f}")
    print("offsets: every vngovnlp token satisfies text[start:end] == token.text (checked by tests)")


if __name__ == "__main__":
    main()
