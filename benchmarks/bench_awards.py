"""Awards on the hand-annotated gold, by themselves: precision, recall and F1.

Runs :func:`vngovnlp.extract.awards.find_awards` (with the officials the officials extractor
finds) on the normalised text of every article of ``../shared/gold/dev.jsonl`` and scores the
(award, collectives, individuals) multiset exactly as ``../shared/eval/score.py`` does, with
the giver accuracy among matched acts (the gold giver is the giver or inside ``giver_resolved``)
and the time ``find_awards`` takes an article.

Usage: python benchmarks/bench_awards.py [--shared ../shared] [--show]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print the articles with errors")
    args = parser.parse_args(argv)

    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    def key(a: dict) -> tuple:
        return (score.norm(a.get("award")), a.get("collectives") or 0, a.get("individuals") or 0)

    tp = n_pred = n_gold = giver_hit = giver_gold = 0
    seconds = 0.0
    n_rows = 0
    for line in (args.shared / "gold" / "dev.jsonl").open(encoding="utf-8"):
        if not line.strip():
            continue
        n_rows += 1
        row = json.loads(line)
        text = normalize(row["text"]).text
        officials = find_officials(text)
        t0 = time.perf_counter()
        found = [a.to_dict() for a in find_awards(text, officials=officials)]
        seconds += time.perf_counter() - t0
        pred = [key(a) for a in found]
        gold = [key(a) for a in row.get("awards", [])]
        unused = list(found)
        for ga in row.get("awards", []):
            match = next((i for i, pa in enumerate(unused) if ga.get("giver") and key(pa) == key(ga)), None)
            if match is not None:
                pa = unused.pop(match)
                want = score.norm(ga["giver"])
                got = [score.norm(pa.get("giver")), score.norm(pa.get("giver_resolved"))]
                giver_gold += 1
                giver_hit += any(g and (g == want or want in g) for g in got)
        hit = score.multiset_tp(gold, pred)
        tp, n_pred, n_gold = tp + hit, n_pred + len(pred), n_gold + len(gold)
        if args.show and (hit != len(gold) or hit != len(pred)):
            print(f"{row['id']}\n  missing: {list((Counter(gold) - Counter(pred)).elements())}"
                  f"\n  extra:   {list((Counter(pred) - Counter(gold)).elements())}")
    p, r, f = score.prf(tp, n_pred, n_gold)
    print(f"awards: p={p:.3f} r={r:.3f} f1={f:.3f} (tp={tp}, pred={n_pred}, gold={n_gold})")
    print(f"giver accuracy: {giver_hit / max(giver_gold, 1):.3f} ({giver_hit}/{giver_gold})")
    print(f"find_awards: {1000 * seconds / max(n_rows, 1):.2f} ms an article ({n_rows} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
