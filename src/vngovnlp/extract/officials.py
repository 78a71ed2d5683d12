"""Officials extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_officials(text: str):
    """Placeholder: no officials are extracted yet."""
    return []
