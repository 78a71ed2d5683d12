"""Topic-classification throughput of the shipped model on one core: docs/s and chars/s.

Texts: the gold articles (``../shared/gold/dev.jsonl``) and the held-out split of the topic
corpus when it is cached (``vngovnlp build-corpus`` / ``train``), else only the gold texts,
repeated to ``--docs``. Classified in batches with ``vngovnlp.classify.classify`` (vectorised;
it cleans each text as ``analyze`` does), then the model alone on the cleaned bodies in batches
(what ``analyze`` pays for its topic, having cleaned the page already), then one by one with
``predict_topic``. The model's first load is timed
apart.

Usage: python benchmarks/bench_classify.py [--shared ../shared] [--docs 2000] [--batch 256]
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("VNGOVNLP_SHARED", REPO.parent / "shared")))
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from vngovnlp.classify import classify, load_default, predict_topic, topic_text

    gold = [json.loads(line)["text"] for line in (args.shared / "gold" / "dev.jsonl").open(encoding="utf-8")]
    texts = list(gold)
    try:
        from vngovnlp.training.topic_cli import load_or_build_corpus

        texts += [d.text for d in load_or_build_corpus(args.shared) if d.split == "test"]
        source = "gold + corpus held-out split"
    except Exception:  # no corpus cache or data: the gold texts alone
        source = "gold only"
    texts = (texts * (args.docs // len(texts) + 1))[: args.docs]
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    load_default()
    print(f"model load: {time.perf_counter() - t0:.2f} s")

    t0 = time.perf_counter()
    for i in range(0, len(texts), args.batch):
        classify(texts[i:i + args.batch])
    dt = time.perf_counter() - t0
    print(f"classify (batches of {args.batch}, each text cleaned as analyze does), {len(texts)} docs from {source}, "
          f"{chars / len(texts):.0f} chars/doc: {len(texts) / dt:.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s")

    model = load_default()
    bodies = [topic_text(t) for t in texts]
    t0 = time.perf_counter()
    for i in range(0, len(bodies), args.batch):
        model.classify(bodies[i:i + args.batch])
    dt = time.perf_counter() - t0
    print(f"model only on cleaned bodies (batches of {args.batch}, what analyze pays): "
          f"{len(bodies) / dt:.0f} docs/s")

    sub = texts[:300]
    t0 = time.perf_counter()
    for t in sub:
        predict_topic(t)
    dt = time.perf_counter() - t0
    print(f"predict_topic one at a time, {len(sub)} docs: {len(sub) / dt:.0f} docs/s, "
          f"{sum(map(len, sub)) / dt / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
