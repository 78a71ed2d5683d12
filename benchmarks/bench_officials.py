"""Officials and organisations on the gold dev set, running only those two extractors.

Prints the scorer's four figures (officials F1, titles recall, rank accuracy, organisations
recall), computed by ``../shared/eval/score.py`` on predictions from
``vngovnlp.extract_officials`` and ``vngovnlp.extract_organisations``.

Usage: python benchmarks/bench_officials.py [--shared ../shared] [--show ID] [--misses]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import vngovnlp

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show", default=None, help="print gold and prediction for this id")
    parser.add_argument("--misses", action="store_true", help="list missed gold items")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = [json.loads(line) for line in (args.shared / "gold" / "dev.jsonl").open(encoding="utf-8")
            if line.strip()]
    preds = {}
    for row in rows:
        pred = {
            "id": row["id"],
            "officials": [o.to_dict() for o in vngovnlp.extract_officials(row["text"])],
            "organisations": [o.to_dict() for o in vngovnlp.extract_organisations(row["text"])],
        }
        preds[row["id"]] = pred
        if args.show == row["id"] or args.misses:
            _show(score, row, pred, verbose=args.show == row["id"])
    res = score.score(rows, preds)
    print(f"officials F1 {res['officials']['f1']} (P {res['officials']['p']}, R {res['officials']['r']})")
    print(f"titles recall {res['official_titles_recall']}")
    print(f"rank accuracy {res['official_rank_accuracy']}")
    print(f"organisations recall {res['organisations_recall']}")
    return 0


def _show(score, row: dict, pred: dict, verbose: bool) -> None:
    norm = score.norm
    p_off = {norm(o["name"]): o for o in pred["officials"]}
    g_off = {norm(o["name"]): o for o in row.get("officials", [])}
    for name, g in g_off.items():
        p = p_off.get(name)
        if p is None:
            print(f"{row['id']} MISS official {g['name']}")
            continue
        titles = [norm(t["title"]) for t in p["titles"]]
        for t in g["titles"]:
            if not score.title_found(t, titles):
                print(f"{row['id']} MISS title {g['name']}: {t!r} pred {[t['title'] for t in p['titles']]}")
        if g.get("rank") and norm(g["rank"]) != norm(p.get("rank")):
            print(f"{row['id']} RANK {g['name']}: {g['rank']} pred {p.get('rank')}")
    for name, p in p_off.items():
        if name not in g_off:
            print(f"{row['id']} EXTRA official {p['name']} {[t['title'] for t in p['titles']]}")
    surfaces = set()
    for o in pred["organisations"]:
        surfaces.add(norm(o["name"]))
        surfaces.update(norm(m["text"]) for m in o["mentions"])
        surfaces.update(norm(a) for a in o["aliases"])
    for g in row.get("organisations", []):
        if norm(g) not in surfaces:
            print(f"{row['id']} MISS org {g!r}")
    if verbose:
        for o in pred["organisations"]:
            print(f"  org {o['name']} [{o['kind']}] {o['aliases']}")


if __name__ == "__main__":
    sys.exit(main())
