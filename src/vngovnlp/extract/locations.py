"""Locations extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_locations(text: str):
    """Placeholder: no locations are extracted yet."""
    return []
