"""Distinct real articles for the speed benchmarks, the same ones on every run.

Every 7th line of each source, 1,500–8,000 characters, as they come, no text repeated (so no
per-text cache can flatter a figure); each source gives its share of ``n`` in turn.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path


def distinct_articles(sources: list[Path], n: int) -> list[str]:
    """``n`` distinct articles of 1,500–8,000 characters from ``sources`` (JSONL, maybe gzipped)."""
    texts: list[str] = []
    seen: set[str] = set()
    for k, path in enumerate(sources, start=1):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for i, line in enumerate(lines):
                if i % 7:
                    continue
                text = json.loads(line).get("text") or ""
                if 1500 <= len(text) <= 8000 and text not in seen:
                    seen.add(text)
                    texts.append(text)
                if len(texts) >= n * k // len(sources):
                    break
    return texts[:n]
