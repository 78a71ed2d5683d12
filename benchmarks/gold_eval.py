"""Score vngovnlp on the hand-annotated gold articles.

Runs ``vngovnlp.analyze`` on every article of ``../shared/gold/dev.jsonl`` exactly as the CLI
does (``vngovnlp analyze --format json``), writes the predictions as JSONL and scores them with
``../shared/eval/score.py``.

Usage: python benchmarks/gold_eval.py [--shared ../shared] [--pred out.jsonl] [--show ID]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import vngovnlp

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--pred", type=Path, default=None, help="where to write predictions")
    parser.add_argument("--show", default=None, help="print gold and prediction for this id")
    args = parser.parse_args(argv)

    gold_path = args.shared / "gold" / "dev.jsonl"
    rows = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    pred_path = args.pred or Path(tempfile.mkdtemp()) / "pred.jsonl"
    preds = {}
    with pred_path.open("w", encoding="utf-8") as out:
        for row in rows:
            article = vngovnlp.analyze(row["text"], id=row["id"])
            pred = article.to_dict()
            preds[row["id"]] = pred
            out.write(json.dumps(pred, ensure_ascii=False) + "\n")

    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    if args.show:
        gold = next(r for r in rows if r["id"] == args.show)
        pred = preds[args.show]
        for key in ("officials", "organisations", "dates", "awards", "locations"):
            print(f"== {key}\n gold: {json.dumps(gold.get(key), ensure_ascii=False)}")
            slim = [{k: v for k, v in x.items() if k not in ("mentions", "start", "end")}
                    if isinstance(x, dict) else x for x in pred.get(key, [])]
            print(f" pred: {json.dumps(slim, ensure_ascii=False)}")
    print(f"predictions: {pred_path}")
    return score.main(["score.py", str(gold_path), str(pred_path)])


if __name__ == "__main__":
    sys.exit(main())
