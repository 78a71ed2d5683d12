"""Awards extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_awards(text: str, officials=()):
    """Placeholder: no awards are extracted yet."""
    return []
