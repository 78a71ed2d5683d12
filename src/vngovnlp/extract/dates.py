"""Dates extractor (placeholder until its issue lands: returns no items)."""
from __future__ import annotations


def find_dates(text: str, reference_date=None):
    """Placeholder: no dates are extracted yet."""
    return []
