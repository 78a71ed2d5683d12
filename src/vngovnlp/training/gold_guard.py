"""Keep the hand-annotated gold articles out of what is learned from unlabelled text."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path


def gold_keys(shared: Path) -> tuple[set[str], set[str]]:
    """The ids and the first 300 characters of the texts of ``shared/gold/*.jsonl``: an unlabelled
    article with either is a gold article and is skipped (the corpora hold some of them).

    Examples
    --------
    >>> ids, texts = gold_keys(Path("/nonexistent"))
    >>> ids, texts
    (set(), set())
    """
    ids, texts = set(), set()
    for path in sorted((shared / "gold").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            ids.add(row.get("id", ""))
            if row.get("text"):
                texts.add(row["text"].strip()[:300])
    return ids, texts


def is_gold(row: dict, keys: tuple[set[str], set[str]]) -> bool:
    """Whether the unlabelled ``row`` is one of the gold articles ``keys`` (from :func:`gold_keys`).

    Examples
    --------
    >>> is_gold({"id": "baomoi-1", "text": "Sáng 15/6 …"}, ({"baomoi-1"}, set()))
    True
    """
    ids, texts = keys
    return row.get("id") in ids or (row.get("text") or "").strip()[:300] in texts


def jsonl_rows(path: Path) -> Iterator[dict]:
    """The rows of a gzipped JSON-lines corpus file, in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            yield json.loads(raw)
