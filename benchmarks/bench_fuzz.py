"""Hostile strings for a fixed time, then how analyze and tokens grow from 10 KB to 1 MB (issue 18).

Runs the generator of ``tests/hostile.py`` (the fuzz test's) for ``--seconds`` and prints the
inputs tried, the exceptions and the invariant violations (offsets that do not round-trip,
integers a table cannot hold); both should be 0. Then times ``analyze`` and ``Article.tokens``
on one text of growing size (a long sentence full of characters underthesea rewrites) and
prints the time per KB, which stays flat when the cost is linear.

    python benchmarks/bench_fuzz.py --seconds 60 --sizes 10,100,1000
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import hostile, violations  # noqa: E402

import vngovnlp  # noqa: E402

_SENTENCE = "Ðoàn công tác của Tỉnh uỷ Ðồng Nai do “Chủ tịch” UBND tỉnh dẫn đầu … "


def fuzz(seconds: float, seed: int) -> tuple[int, Counter, list[str]]:
    rng, tried, errors, broken = random.Random(seed), 0, Counter(), []
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        text = hostile(rng)
        tried += 1
        try:
            found = violations(vngovnlp.analyze(text))
        except Exception as exc:  # the point is to count them
            errors[f"{type(exc).__name__}: {exc}"[:120]] += 1
            if sum(errors.values()) == 1:
                traceback.print_exc()
            continue
        broken.extend(found)
    return tried, errors, broken


def growth(sizes_kb: list[int]) -> list[tuple[int, float, float]]:
    rows = []
    _ = vngovnlp.analyze(_SENTENCE).tokens  # models loaded once, outside the timings
    for kb in sizes_kb:
        text = (_SENTENCE * (kb * 1024 // len(_SENTENCE) + 1))[: kb * 1024]
        started = time.perf_counter()
        art = vngovnlp.analyze(text)
        mid = time.perf_counter()
        n = len(art.tokens)
        end = time.perf_counter()
        assert n and all(text[t.start : t.end] == t.text for t in art.tokens[:: max(1, n // 1000)])
        rows.append((kb, mid - started, end - mid))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", default="10,100,1000", help="text sizes in KB, comma-separated")
    args = parser.parse_args()

    vngovnlp.analyze("Ngày 26/9, UBND tỉnh Bắc Kạn họp.")  # load the models outside the clock
    tried, errors, broken = fuzz(args.seconds, args.seed)
    print(f"hostile strings: {tried} tried in {args.seconds:g} s, {sum(errors.values())} exceptions, "
          f"{len(broken)} invariant violations")
    for message, n in errors.most_common(10):
        print(f"  {n:5d} × {message}")
    for message in broken[:10]:
        print(f"  violation: {message}")

    print(f"\n{'size':>8} {'analyze s':>10} {'ms/KB':>7} {'tokens s':>9} {'ms/KB':>7}")
    for kb, a, t in growth([int(s) for s in args.sizes.split(",")]):
        print(f"{kb:>6}KB {a:10.2f} {1000 * a / kb:7.1f} {t:9.2f} {1000 * t / kb:7.1f}")


if __name__ == "__main__":
    main()
