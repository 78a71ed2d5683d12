"""Keep the hand-annotated gold articles out of what is learned from unlabelled text."""
from __future__ import annotations

import json
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
