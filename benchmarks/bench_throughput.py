"""Throughput of vngovnlp beside underthesea, on the same real articles, in the same run.

Texts: a fixed sample of distinct real news articles from ``../shared/corpus/topic/`` (Báo Mới's
unlabelled articles and VLSP 2018's, every 7th article of 1,500–8,000 characters, as they come,
no text repeated, so no per-text cache can flatter a figure). Rows, each over the same texts:
``vngovnlp.analyze`` (the whole analysis, one process), underthesea ``word_tokenize`` and
``ner``; then the one-sentence case (the first sentence of each article through ``analyze`` and
through ``ner``), where the fixed cost of a call dominates; then peak memory of this process.

Usage: python benchmarks/bench_throughput.py [--n 60] [--shared ../shared] [--ner-n 15]
                                            [--repeat 1] [--skip-ner] [--parts]

``--repeat N`` keeps the best of N passes of ``analyze`` and ``word_tokenize``, and of the
one-sentence rows of ``analyze`` and ``ner`` (on a shared machine the best pass is the least
disturbed one); ``--skip-ner`` leaves out underthesea ``ner`` and the one-sentence case (slow).
``--parts`` adds where the CPU time of one sentence goes: reading it (normalisation, cleaning),
the grammar's tokens, the NER model, each component and building the result, best of
``--repeat`` passes. Shares of CPU time hold on a loaded machine where wall-clock figures move.

Every row is timed twice over: wall clock (what a user waits) and the CPU time of this process
(``time.process_time``: what the work costs). On a machine other processes share, the wall-clock
ratios move with their load from one pass to the next; the CPU ratios hardly do, so the last
lines print both.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import time
import warnings
from pathlib import Path

from _articles import distinct_articles

REPO = Path(__file__).resolve().parents[1]
_FIRST_SENTENCE = re.compile(r"^.{40,300}?[.!?](?=\s|$)", re.S)


def sample(shared: Path, n: int) -> list[str]:
    """``n`` distinct real articles of 1,500–8,000 characters, the same ones on every run."""
    topic = shared / "corpus" / "topic"
    return distinct_articles([topic / "baomoi_unlabelled.jsonl.gz", topic / "vlsp2018_topics.jsonl"], n)


def timed(fn, texts) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) of ``fn`` over ``texts``."""
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        fn(text)
    return time.perf_counter() - start, time.process_time() - cpu


def parts(sentences: list[str], repeat: int) -> dict[str, float]:
    """CPU seconds per sentence of each step of ``analyze``, the best of ``repeat`` passes."""
    from vngovnlp import pipeline

    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        spent: dict[str, float] = {}
        for text in sentences:
            start = clock()
            doc = pipeline.read(text)
            steps = [("read", clock() - start)]
            for name, compute in (("grammar tokens", lambda d: d.lexicon_tokens), ("NER model", lambda d: d.entities)):
                start = clock()
                compute(doc)
                steps.append((name, clock() - start))
            for name, component in pipeline.COMPONENTS.items():
                start = clock()
                doc.facts[name] = component.run(doc)
                steps.append((name, clock() - start))
            start = clock()
            pipeline.to_article(doc)
            steps.append(("result (to_article)", clock() - start))
            for name, seconds in steps:
                spent[name] = spent.get(name, 0.0) + seconds
        best = {name: min(best.get(name, seconds), seconds) for name, seconds in spent.items()}
    return {name: seconds / len(sentences) for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="articles (default 60)")
    parser.add_argument("--ner-n", type=int, default=15, help="articles for underthesea ner (slow)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N passes (default 1)")
    parser.add_argument("--skip-ner", action="store_true", help="leave out underthesea ner")
    parser.add_argument("--parts", action="store_true", help="where one sentence's CPU time goes")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VNGOVNLP_SHARED", REPO.parent / "shared")))
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    import underthesea

    import vngovnlp

    texts = sample(args.shared, args.n)
    sentences = [m.group(0) for t in texts if (m := _FIRST_SENTENCE.match(t))]
    chars = sum(map(len, texts))
    print(f"{len(texts)} distinct real articles, {chars:,} characters "
          f"({min(map(len, texts)):,}–{max(map(len, texts)):,} each); {len(sentences)} first sentences")

    warm = "Ông Lý Thái Hải, Chủ tịch UBND tỉnh Bắc Kạn, trao Bằng khen ngày 26/9/2019."
    vngovnlp.analyze(warm)
    underthesea.word_tokenize(warm)
    if not args.skip_ner:
        underthesea.ner(warm)

    # chars/s by row: [wall clock, CPU time], each the best pass
    rate = {"analyze": [0.0, 0.0], "word_tokenize": [0.0, 0.0]}
    for _ in range(max(1, args.repeat)):
        for name, fn in (("analyze", vngovnlp.analyze), ("word_tokenize", underthesea.word_tokenize)):
            rate[name] = [max(r, chars / t) for r, t in zip(rate[name], timed(fn, texts), strict=True)]
    ner_texts = texts[: args.ner_n]
    if not args.skip_ner:
        rate["ner"] = [sum(map(len, ner_texts)) / t for t in timed(underthesea.ner, ner_texts)]
        per_sentence = {name: [float("inf"), float("inf")] for name in ("analyze", "ner")}
        for _ in range(max(1, args.repeat)):
            for name, fn in (("analyze", vngovnlp.analyze), ("ner", underthesea.ner)):
                per_sentence[name] = [min(r, t / len(sentences))
                                      for r, t in zip(per_sentence[name], timed(fn, sentences), strict=True)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{'row':<34}{'chars/s':>12}{'CPU chars/s':>14}")
    for name, (wall, cpu) in rate.items():
        label = {"analyze": "vngovnlp.analyze (whole analysis)", "word_tokenize": "underthesea.word_tokenize",
                 "ner": f"underthesea.ner ({len(ner_texts)} articles)"}[name]
        print(f"{label:<34}{wall:>12,.0f}{cpu:>14,.0f}")

    def ratio(a: str, b: str) -> str:
        return f"{rate[a][0] / rate[b][0]:.2f}x (CPU time: {rate[a][1] / rate[b][1]:.2f}x)"

    print(f"analyze / word_tokenize: {ratio('analyze', 'word_tokenize')}")
    if not args.skip_ner:
        print(f"analyze / ner:           {ratio('analyze', 'ner')}")
        (aw, ac), (nw, nc) = per_sentence["analyze"], per_sentence["ner"]
        print(f"one sentence: analyze {aw * 1000:.2f} ms, ner {nw * 1000:.2f} ms -> {nw / aw:.1f}x "
              f"(CPU time: {ac * 1000:.2f} ms, {nc * 1000:.2f} ms -> {nc / ac:.1f}x)")
    print(f"peak memory of this process (max RSS): {peak_mb:,.0f} MB")
    if args.parts:
        spent = parts(sentences, args.repeat)
        total = sum(spent.values())
        print(f"one sentence, CPU time by step (best of {max(1, args.repeat)}; {total * 1000:.2f} ms in all):")
        for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<22}{seconds * 1000:>7.3f} ms {seconds / total:>6.1%}")


if __name__ == "__main__":
    main()
