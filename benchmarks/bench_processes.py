"""One process against two, end to end (worker start-up included), on 1,000 real articles.

``bench_throughput.py`` reports the speed of one process; this script times whole
``analyze_batch`` calls, as an analyst running a big batch sees them, each in a fresh
interpreter (so that neither run inherits models the other loaded). Texts: distinct real news
articles of 1,500–8,000 characters from ``../shared/corpus/topic/baomoi_unlabelled.jsonl.gz``
(every 7th line, as they come, no text repeated, so no per-text cache can help).

Usage: python benchmarks/bench_processes.py [--n 1000] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _articles import distinct_articles

REPO = Path(__file__).resolve().parents[1]


def sample(shared: Path, n: int) -> list[str]:
    """``n`` distinct real articles of 1,500–8,000 characters, the same ones on every run."""
    return distinct_articles([shared / "corpus" / "topic" / "baomoi_unlabelled.jsonl.gz"], n)


def run_one(args) -> None:
    """In a fresh interpreter: time one analyze_batch call (imports and model loading included)."""
    import warnings

    warnings.simplefilter("ignore")
    texts = sample(args.shared, args.n)
    start = time.perf_counter()
    from vngovnlp.batch import analyze_batch

    result = analyze_batch(texts, n_jobs=args.jobs, progress=False)
    seconds = time.perf_counter() - start
    errors = sum(e is not None for e in result.errors)
    print(json.dumps({"jobs": args.jobs, "n": len(texts), "seconds": seconds, "errors": errors,
                      "chars": sum(map(len, texts))}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VNGOVNLP_SHARED", REPO.parent / "shared")))
    parser.add_argument("--jobs", type=int, default=0, help=argparse.SUPPRESS)  # the child's run
    args = parser.parse_args()
    if args.jobs:
        run_one(args)
        return
    seconds = {}
    for jobs in (1, 2):
        child = subprocess.run([sys.executable, __file__, "--n", str(args.n), "--shared", str(args.shared),
                                "--jobs", str(jobs)], capture_output=True, text=True, check=True)
        res = json.loads(child.stdout.strip().splitlines()[-1])
        seconds[jobs] = res["seconds"]
        print(f"n_jobs={jobs}: {res['n']} real articles ({res['chars']:,} chars) in {res['seconds']:.1f} s "
              f"({res['n'] / res['seconds']:.1f} art/s, start-up and model loading included, "
              f"{res['errors']} errors)")
    print(f"2 processes / 1 process, end to end: {seconds[1] / seconds[2]:.2f}x (target >= 1.7x)")


if __name__ == "__main__":  # worker processes re-import this module
    main()
