"""Link the officials of thousands of real articles; print people, merges, speed and memory.

The articles (Báo Mới unlabelled and VNTC "Chinh tri Xa hoi", those naming a post such as
"Chủ tịch" or "Bí thư", exact duplicates dropped) are analysed once with
``analyze_batch(..., n_jobs=1)`` and cached as Article JSON lines outside the repository
(``--cache``, default ``/tmp/vngovnlp_link/articles.jsonl.gz``); later runs only link. Run it
under ``nice -n 10``: analysing 6,000 articles takes about half an hour on a shared core.

    nice -n 10 python benchmarks/bench_link.py                   # analyse if needed, then link
    python benchmarks/bench_link.py --sample-merges 50 --seed 0   # merges to check by hand

Linking streams the cache (one article in memory at a time); peak memory is measured with
tracemalloc over linking alone, and ``ru_maxrss`` for the whole process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

SHARED = Path(os.environ.get("VNGOVNLP_SHARED") or Path(__file__).resolve().parents[2] / "shared")
TOPIC = SHARED / "corpus" / "topic"
POST = re.compile(r"Chủ tịch|Bí thư|Bộ trưởng|Giám đốc|Thứ trưởng")


def _corpus_rows(n_baomoi: int, n_vntc: int):
    from vngovnlp.batch import Row

    seen: set[int] = set()

    def take(path, limit, keep):
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                h = hash(d["text"])
                if keep(d) and POST.search(d["text"]) and h not in seen:
                    seen.add(h)
                    n += 1
                    yield Row(d["id"], d["id"], d["text"])
                    if n >= limit:
                        return

    yield from take(TOPIC / "baomoi_unlabelled.jsonl.gz", n_baomoi, lambda d: True)
    left = n_vntc
    for name in ("vntc_train.jsonl.gz", "vntc_test.jsonl.gz"):
        for row in take(TOPIC / name, left, lambda d: d.get("label") == "Chinh tri Xa hoi"):
            left -= 1
            yield row


def prepare(cache: Path, n_baomoi: int, n_vntc: int) -> None:
    from vngovnlp.batch import iter_analyze

    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    t0 = time.perf_counter()
    with gzip.open(tmp, "wt", encoding="utf-8") as out:
        for k, r in enumerate(iter_analyze(_corpus_rows(n_baomoi, n_vntc), n_jobs=1, as_json=True)):
            out.write(r.line + "\n")
            if k % 500 == 0:
                print(f"analysed {k} in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    tmp.replace(cache)


def articles(cache: Path):
    with gzip.open(cache, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if "officials" in d:
                yield d


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/vngovnlp_link/articles.jsonl.gz"))
    ap.add_argument("--baomoi", type=int, default=4000)
    ap.add_argument("--vntc", type=int, default=2200)
    ap.add_argument("--sample-merges", type=int, default=0, help="print N merges at random")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if not args.cache.is_file():
        if not TOPIC.is_dir():
            sys.exit(f"no corpus at {TOPIC} and no cache at {args.cache}")
        prepare(args.cache, args.baomoi, args.vntc)
    from vngovnlp.link import Linker

    linker = Linker()
    tracemalloc.start()
    t0 = time.perf_counter()
    for art in articles(args.cache):
        linker.add(art)
    people = linker.result()
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    linked = [p for p in people if p.linked]
    multi = [p for p in people if p.n_articles > 1]
    print(f"articles            {people.n_articles}")
    print(f"officials sighted   {people.n_sightings}")
    print(f"people              {len(people)} ({len(linked)} linkable, "
          f"{len(people) - len(linked)} article-local: short names or posts without a place)")
    print(f"people in >1 article {len(multi)}; most articles {max((p.n_articles for p in people), default=0)}")
    print(f"merges              {people.n_merges}")
    print(f"link speed          {people.n_articles / seconds:,.0f} articles/s ({seconds:.1f} s)")
    print(f"peak memory         {peak / 2**20:.1f} MiB traced while linking; "
          f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    rules = people.merges["rule"].str.replace(r" \(.*", "", regex=True).value_counts()
    print("merges by rule:\n" + rules.to_string())
    if args.sample_merges:
        m = people.merges
        picks = random.Random(args.seed).sample(range(len(m)), min(args.sample_merges, len(m)))
        for k, i in enumerate(sorted(picks), 1):
            r = m.iloc[i]
            print(f"\n#{k} {r['name']} [{r['rule']}]\n   {r['article_id']}: {r['titles']}\n"
                  f"   {r['with_article_id']}: {r['with_title']}")


if __name__ == "__main__":
    main()
