"""Organisations extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_organisations(text: str):
    """Placeholder: no organisations are extracted yet."""
    return []
