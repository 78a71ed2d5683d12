"""Throughput of vngovnlp beside underthesea, on the same texts, in the same run.

Texts: the seed article (``../shared/seeds/backan-2019-09-27-quoc-phong.txt``) repeated N times,
each copy made unique by a last line ("Bản tin số 17.") so that per-text caches never hit.
Rows: ``vngovnlp.analyze`` (full analysis, one process), ``vngovnlp.classify.classify`` (when
present), underthesea ``word_tokenize`` and ``ner``, and ``analyze_batch`` with 1 and 2 worker
processes (worker start-up and model warm-up included, as a user sees it). Peak memory is the
process's maximum resident set size (``resource.getrusage``; children reported separately) and
the Python-level peak (``tracemalloc``) of the in-process analysis.

Usage: python benchmarks/bench_throughput.py [--n 200] [--shared ../shared] [--skip-ner]
"""
from __future__ import annotations

import argparse
import os
import resource
import time
import tracemalloc
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed(fn, texts):
    start = time.perf_counter()
    fn(texts)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="copies of the seed article (default 200)")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VNGOVNLP_SHARED", REPO.parent / "shared")))
    parser.add_argument("--skip-ner", action="store_true", help="skip underthesea ner (slow)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    seed = (args.shared / "seeds" / "backan-2019-09-27-quoc-phong.txt").read_text(encoding="utf-8")
    # Each copy is made unique, so that no per-text cache (the extractors keep the last few
    # texts' tokens and entity tags) turns repeated copies into cache hits.
    texts = [f"{seed}\nBản tin số {i}." for i in range(args.n)]
    chars = sum(map(len, texts))

    import underthesea

    import vngovnlp
    from vngovnlp.batch import analyze_batch

    # Warm every model once so that rows measure steady-state throughput.
    vngovnlp.analyze(seed)
    underthesea.word_tokenize(seed)
    rows: list[tuple[str, int, float]] = []

    rows.append(("vngovnlp.analyze (1 proc)", args.n, timed(lambda ts: [vngovnlp.analyze(t) for t in ts], texts)))
    tracemalloc.start()  # separate pass: tracing slows Python down several times
    [vngovnlp.analyze(t) for t in texts[:10]]
    py_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    try:
        from vngovnlp import classify as _classify
    except ImportError:
        _classify = None
    if _classify is not None and hasattr(_classify, "classify"):
        _classify.classify([seed])
        rows.append(("vngovnlp.classify.classify", args.n, timed(_classify.classify, texts)))

    rows.append(("underthesea.word_tokenize", args.n, timed(lambda ts: [underthesea.word_tokenize(t) for t in ts], texts)))
    if not args.skip_ner:
        underthesea.ner(seed)
        n_ner = max(1, args.n // 10)  # ner is slow; a tenth of the texts gives a stable rate
        rows.append(("underthesea.ner", n_ner, timed(lambda ts: [underthesea.ner(t) for t in ts], texts[:n_ner])))

    # Worker start-up (spawn + model warm-up) is paid once per call; the marginal rate, from
    # a run on 2N texts minus a run on N texts, is what large batches see.
    for jobs in (1, 2):
        def run(ts, j=jobs):
            return (analyze_batch(ts, n_jobs=j, progress=False, chunksize=16))
        t1, t2 = timed(run, texts), timed(run, texts + texts)
        rows.append((f"analyze_batch n_jobs={jobs}", args.n, t1))
        rows.append((f"  marginal, n_jobs={jobs}", args.n, max(t2 - t1, 1e-9)))

    rate = {name: n / secs for name, n, secs in rows}
    per_char = chars / args.n
    print(f"{args.n} copies of the seed article ({len(seed)} chars each), {os.cpu_count()} CPUs")
    print(f"{'what':<30} {'texts':>6} {'seconds':>8} {'art/s':>8} {'chars/s':>11}")
    for name, n, secs in rows:
        print(f"{name:<30} {n:>6} {secs:>8.2f} {n / secs:>8.1f} {n * per_char / secs:>11.0f}")
    full = rate["vngovnlp.analyze (1 proc)"]
    print(f"analyze / word_tokenize      : {full / rate['underthesea.word_tokenize']:.2f}x  (target >= 1.0x)")
    if "underthesea.ner" in rate:
        print(f"analyze / ner                : {full / rate['underthesea.ner']:.1f}x  (target >= 20x)")
    print(f"batch 2 procs / 1 proc       : {rate['analyze_batch n_jobs=2'] / rate['analyze_batch n_jobs=1']:.2f}x "
          f"with start-up, {rate['  marginal, n_jobs=2'] / rate['  marginal, n_jobs=1']:.2f}x marginal  (target >= 1.6x)")
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the main process {self_rss:.0f} MB (workers, started by the forkserver, not "
          f"counted); tracemalloc peak over 10 analyses {py_peak / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
