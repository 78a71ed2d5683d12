"""Entities extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_entities(text: str):
    """Placeholder: no entities are extracted yet."""
    return []
