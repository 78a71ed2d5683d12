"""One process against two, end to end (worker start-up included), on a large batch.

``bench_throughput.py`` reports the steady-state ("marginal") speed-up; this script times whole
``analyze_batch`` calls, as an analyst running a big batch sees them. Texts: the seed article
repeated N times, each copy made unique so that no per-text cache hits.

Usage: python benchmarks/bench_processes.py [--n 3000] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from vngovnlp.batch import analyze_batch

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    seed = (args.shared / "seeds" / "backan-2019-09-27-quoc-phong.txt").read_text(encoding="utf-8")
    texts = [f"{seed}\nBản tin số {i}." for i in range(args.n)]
    seconds = {}
    for jobs in (1, 2):
        start = time.perf_counter()
        result = analyze_batch(texts, n_jobs=jobs, progress=False)
        seconds[jobs] = time.perf_counter() - start
        errors = int(result.articles["error"].notna().sum())
        print(f"n_jobs={jobs}: {args.n} articles in {seconds[jobs]:.1f} s "
              f"({args.n / seconds[jobs]:.1f} art/s, start-up included, {errors} errors)")
    print(f"2 processes / 1 process, end to end: {seconds[1] / seconds[2]:.2f}x (target >= 1.6x)")


if __name__ == "__main__":  # worker processes re-import this module
    main()
