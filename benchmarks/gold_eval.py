"""Score vngovnlp on the hand-annotated gold articles, dev and test side by side.

Runs ``vngovnlp.analyze`` on every article of ``../shared/gold/{dev,test}.jsonl`` exactly as the
CLI does (``vngovnlp analyze --format json``), writes the predictions as JSONL and scores them
with ``../shared/eval/score.py``. Tune on dev only; test is read as a figure.

Usage: python benchmarks/gold_eval.py [--shared ../shared] [--split dev|test|both]
                                      [--pred-dir DIR] [--show ID]
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

# (label, key in score.py's result, field of a P/R/F dict or None for a plain figure)
FIGURES = [
    ("officials F1", "officials", "f1"),
    ("officials P", "officials", "p"),
    ("officials R", "officials", "r"),
    ("titles recall", "official_titles_recall", None),
    ("rank accuracy", "official_rank_accuracy", None),
    ("organisations recall", "organisations", "r"),
    ("organisations precision", "organisations", "p"),
    ("organisations F1", "organisations", "f1"),
    ("dates F1", "dates", "f1"),
    ("dates P", "dates", "p"),
    ("dates R", "dates", "r"),
    ("awards F1", "awards", "f1"),
    ("awards P", "awards", "p"),
    ("awards R", "awards", "r"),
    ("award giver accuracy", "award_giver_accuracy", None),
    ("locations F1", "locations", "f1"),
    ("locations P", "locations", "p"),
    ("locations R", "locations", "r"),
    ("topic accuracy", "topic_accuracy", None),
]


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def predict(rows: list[dict], pred_path: Path) -> dict[str, dict]:
    """Analyse every gold article as the CLI does and write the predictions as JSONL."""
    preds = {}
    with pred_path.open("w", encoding="utf-8") as out:
        for row in rows:
            pred = vngovnlp.analyze(row["text"], id=row["id"]).to_dict()
            preds[row["id"]] = pred
            out.write(json.dumps(pred, ensure_ascii=False) + "\n")
    return preds


def show(gold: dict, pred: dict) -> None:
    for key in ("officials", "organisations", "dates", "awards", "locations"):
        print(f"== {key}\n gold: {json.dumps(gold.get(key), ensure_ascii=False)}")
        slim = [{k: v for k, v in x.items() if k not in ("mentions", "start", "end")}
                if isinstance(x, dict) else x for x in pred.get(key, [])]
        print(f" pred: {json.dumps(slim, ensure_ascii=False)}")


def _figure(result: dict, key: str, field: str | None):
    value = result.get(key)
    if field is not None:
        value = (value or {}).get(field)
    return "—" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--pred-dir", type=Path, default=None, help="where to write predictions")
    parser.add_argument("--show", default=None, help="print gold and prediction for this dev id")
    args = parser.parse_args(argv)

    score = _scorer(args.shared)
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    pred_dir = args.pred_dir or Path(tempfile.mkdtemp())
    pred_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for split in splits:
        rows = [json.loads(line) for line in (args.shared / "gold" / f"{split}.jsonl").open(encoding="utf-8")
                if line.strip()]
        pred_path = pred_dir / f"{split}.pred.jsonl"
        preds = predict(rows, pred_path)
        results[split] = score.score(rows, preds)
        results[split]["n"] = len(rows)
        if args.show and split == "dev":
            show(next(r for r in rows if r["id"] == args.show), preds[args.show])
    print(f"predictions: {pred_dir}")
    header = f"{'measure':<26}" + "".join(f"{s + ' (' + str(results[s]['n']) + ')':>12}" for s in splits)
    print(header)
    for label, key, field in FIGURES:
        print(f"{label:<26}" + "".join(f"{_figure(results[s], key, field):>12}" for s in splits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
