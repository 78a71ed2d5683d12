"""Topic classification (placeholder until the topic issue lands)."""
from __future__ import annotations


def predict_topic(text: str):
    """Placeholder: no model yet, no topic."""
    return None
