"""Portal boilerplate and page metadata (first version)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import NormalizedText
from .types import Meta


@dataclass(frozen=True)
class CleanPage:
    text: str
    body_start: int
    body_end: int
    meta: Meta


_HTML = re.compile(r"<(html|body|div|p|article|head|!doctype)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.search(text[:5000]))


def html_to_text(html: str) -> tuple[str, dict]:
    import trafilatura

    return trafilatura.extract(html) or "", {}


def clean(normalized: NormalizedText, html_meta=None) -> CleanPage:
    return CleanPage(normalized.text, 0, len(normalized.text), Meta())
