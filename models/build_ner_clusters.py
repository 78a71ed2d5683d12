"""Rebuild ``src/vngovnlp/data/ner_clusters.tsv``: word clusters of syllables and syllable
bigrams, learned on unlabelled news text, for the NER model's features.

Text: the Báo Mới unlabelled articles and the VNTC training articles of ``shared/corpus/topic``
(no labels are read), in file order up to ``--budget`` syllables from each, less every article
whose id or text is in ``shared/gold/*.jsonl``. Each
line is normalised as the library normalises text and cut into syllables with the run-time
syllable regex, then lower-cased. Two word2vec models (gensim, CBOW) are trained: one on the
syllables, one on the sequence of overlapping syllable bigrams ("hà nội", "nội ,"). The vectors
of the most frequent syllables and bigrams are cut by k-means (scikit-learn, seeded) at three
granularities. gensim is a training-time dependency only: the library reads the TSV.

Output rows: ``key <TAB> c1 <TAB> c2 <TAB> c3``, a syllable or a bigram (two syllables joined by
one space), and its cluster at each granularity; plus ``ner_clusters.manifest.json`` beside it.

Usage: nice python models/build_ner_clusters.py [--shared ../shared] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from importlib import metadata
from pathlib import Path

from vngovnlp.extract.entities import syllables
from vngovnlp.integrity import sha256_of as sha256
from vngovnlp.normalize import normalize
from vngovnlp.training.gold_guard import gold_keys, is_gold, jsonl_rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "vngovnlp" / "data" / "ner_clusters.tsv"
SOURCES = ("topic/baomoi_unlabelled.jsonl.gz", "topic/vntc_train.jsonl.gz")
K = (100, 500, 2000)


def read_lines(shared: Path, budget: int) -> tuple[list[list[str]], int, int]:
    """Lower-cased syllable lines of the kept articles (strings interned), kept and skipped counts.

    Each source is read in file order until ``budget`` syllables were taken from it."""
    gold = gold_keys(shared)
    intern: dict[str, str] = {}
    lines: list[list[str]] = []
    kept = skipped = 0
    for name in SOURCES:
        taken = 0
        for row in jsonl_rows(shared / "corpus" / name):
            if taken >= budget:
                break
            if is_gold(row, gold):
                skipped += 1
                continue
            kept += 1
            for line in normalize(row.get("text") or "").text.split("\n"):
                toks = [line[s:e].lower() for s, e in syllables(line)]
                if len(toks) > 2:
                    lines.append([intern.setdefault(t, t) for t in toks])
                    taken += len(toks)
    return lines, kept, skipped


def bigram_lines(lines: list[list[str]]) -> list[list[str]]:
    """Each line as its overlapping syllable bigrams ("hà nội", "nội ,"), strings interned."""
    intern: dict[str, str] = {}
    out = []
    for toks in lines:
        out.append([intern.setdefault(k, k) for k in map(" ".join, zip(toks, toks[1:], strict=False))])
    return out


def cluster(vectors, keys: list[str], seed: int) -> list[tuple[int, ...]]:
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    x = np.asarray(vectors, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    cols = []
    for k in K:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        cols.append(km.fit_predict(x))
    return [tuple(int(c[i]) for c in cols) for i in range(len(keys))]


def main(argv: list[str] | None = None) -> int:
    from gensim.models import Word2Vec

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--budget", type=int, default=8_000_000, help="syllables read from each source")
    parser.add_argument("--top-syllables", type=int, default=40000)
    parser.add_argument("--top-bigrams", type=int, default=60000)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    lines, kept, skipped = read_lines(args.shared, args.budget)
    n_tokens = sum(map(len, lines))
    print(f"{kept} articles ({skipped} gold skipped), {len(lines)} lines, {n_tokens} syllables "
          f"in {time.perf_counter() - t0:.0f} s", flush=True)
    params = {"vector_size": args.dim, "window": 5, "sg": 0, "negative": 5, "epochs": args.epochs,
              "seed": args.seed}
    rows: list[tuple[str, tuple[int, ...]]] = []
    for kind, corpus, top, min_count in (("syllable", lines, args.top_syllables, 5),
                                         ("bigram", bigram_lines(lines), args.top_bigrams, 20)):
        t1 = time.perf_counter()
        w2v = Word2Vec(corpus, min_count=min_count, workers=args.workers, **params)
        keys = [k for k in w2v.wv.index_to_key if any(c.isalnum() for c in k)][:top]
        print(f"{kind}: word2vec on {len(w2v.wv)} types in {time.perf_counter() - t1:.0f} s", flush=True)
        rows.extend(zip(keys, cluster([w2v.wv[k] for k in keys], keys, args.seed), strict=True))
        del w2v
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(f"# syllable or bigram\tk{K[0]}\tk{K[1]}\tk{K[2]}; built by models/build_ner_clusters.py\n")
        for key, ids in rows:
            fh.write(key + "\t" + "\t".join(map(str, ids)) + "\n")
    counts = Counter(" " in k for k, _ in rows)
    manifest = {
        "data": args.out.name,
        "sha256": sha256(args.out),
        "rows": {"syllables": counts[False], "bigrams": counts[True]},
        "sources": [{"path": f"corpus/{name}", "sha256": sha256(args.shared / "corpus" / name)}
                    for name in SOURCES],
        "articles": kept, "gold_articles_skipped": skipped, "syllables_read": n_tokens,
        "budget_per_source": args.budget,
        "word2vec": {**params, "min_count": {"syllable": 5, "bigram": 20}, "workers": args.workers,
                     "library": f"gensim {metadata.version('gensim')}"},
        "kmeans": {"k": list(K), "algorithm": "MiniBatchKMeans on unit vectors", "random_state": args.seed,
                   "library": f"scikit-learn {metadata.version('scikit-learn')}"},
        "rebuild": "nice python models/build_ner_clusters.py --shared ../shared",
        "deterministic": "no: word2vec with more than one worker thread is not reproducible bit for "
                         "bit (thread scheduling); --workers 1 with PYTHONHASHSEED=0 is, but slower. "
                         "k-means is seeded.",
        "licence": "derived from news text (Báo Mới, VNTC): cluster ids only, no text is shipped",
        "seconds": round(time.perf_counter() - t0),
    }
    args.out.with_name("ner_clusters.manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"{len(rows)} rows → {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
