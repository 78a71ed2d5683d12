"""Portal boilerplate, page metadata and HTML.

Cleaning never deletes characters: boilerplate is *blanked* (replaced by spaces) in the
normalised text the extractors read, so every offset still points into the original text. The
patterns live in ``data/boilerplate.yaml``.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import load
from .normalize import NormalizedText
from .types import Meta

__all__ = ["CleanPage", "checked_date", "clean", "html_to_text", "looks_like_html"]


@dataclass(frozen=True)
class CleanPage:
    """The result of cleaning a normalised page.

    ``text`` is the normalised text with boilerplate blanked (same length);
    ``body_start``/``body_end`` delimit the article (title to last paragraph, byline
    excluded); ``boilerplate`` lists the blanked spans and ``metadata`` the lines that
    carried page metadata (kept visible: a date line is a date), all in normalised offsets.
    """

    text: str
    body_start: int
    body_end: int
    meta: Meta
    boilerplate: tuple[tuple[int, int], ...] = ()
    metadata: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Patterns:
    line: re.Pattern[str]
    fragments: tuple[re.Pattern[str], ...]
    source: tuple[re.Pattern[str], ...]
    published: tuple[re.Pattern[str], ...]
    updated: tuple[re.Pattern[str], ...]
    author: tuple[re.Pattern[str], ...]


@cache
def _patterns() -> _Patterns:
    raw = load("boilerplate.yaml")

    def many(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in raw.get(key, []))

    return _Patterns(
        line=re.compile("(?:" + "|".join(raw["line"]) + r")[\s|:.!]*", re.I),
        fragments=many("fragment"),
        source=many("source"),
        published=many("published"),
        updated=many("updated"),
        author=many("author"),
    )


_HTML = re.compile(r"<\s*(html|body|div|p|article|head|br|span|!doctype)\b", re.I)
_META_TIME = re.compile(
    r"<meta[^>]+(?:article:published_time|datePublished|pubdate)[^>]*content=[\"']([^\"']+)", re.I
)
# A byline: one to five capitalised words, nothing else ("Thu Trang", "Minh Anh (TTXVN)").
_BYLINE = re.compile(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}(?: ?\([^()\n]{2,30}\))?")
_LINES = re.compile(r"[^\n]+")


def looks_like_html(text: str) -> bool:
    """True when ``text`` looks like an HTML page or fragment rather than plain text.

    Examples
    --------
    >>> looks_like_html("<html><body><p>Ngày 26/9</p></body></html>")
    True
    >>> looks_like_html("Ngày 26/9, UBND tỉnh <Bắc Kạn> họp.")
    False
    """
    return bool(_HTML.search(text[:20000]))


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """The article text of an HTML page (trafilatura) and the metadata the page declares.

    Examples
    --------
    >>> text, meta = html_to_text("<html><head><title>Tin</title></head><body><article>"
    ...     "<h1>Hội nghị</h1><p>Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị sơ kết "
    ...     "công tác quốc phòng năm 2019 với nhiều nội dung quan trọng.</p></article></body></html>")
    >>> "UBND tỉnh Bắc Kạn" in text
    True
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    if doc is None:
        return "", {}
    text = doc.text or ""
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    published = doc.date
    found = _META_TIME.search(html)
    if found and len(found.group(1)) > 10:
        published = found.group(1)[:19]
    meta = {"title": title or None, "published": published, "author": doc.author, "source": doc.sitename}
    return text, {k: v for k, v in meta.items() if v}


# A page date outside these years is a typo ("0000", "20224"), not a publication date.
_YEARS = range(1900, 2101)


def _iso(found: re.Match[str]) -> tuple[str | None, str | None]:
    """The ISO 8601 value of a date line's groups and what was wrong with it, if anything.

    A real day with an impossible time (``12/05/2024 25:61``) keeps the day.
    """
    parts = found.groupdict()
    try:
        day = _dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
    except (TypeError, ValueError, OverflowError):
        return None, "is not a real date"
    if day.year not in _YEARS:
        return None, "is not a real date"
    if not parts.get("hour"):
        return day.isoformat(), None
    try:
        clock = _dt.time(int(parts["hour"]), int(parts["minute"]), int(parts.get("second") or 0))
    except (TypeError, ValueError):
        return day.isoformat(), "has an impossible time; the day is kept"
    return _dt.datetime.combine(day, clock).isoformat(), None


def checked_date(value: object) -> str | None:
    """``value`` as an ISO 8601 date or date-time if it is a real one, else None.

    Page metadata is written by hand and by broken templates; what becomes the article's
    reference date must be a date that exists.

    Examples
    --------
    >>> checked_date("2019-09-27T09:13:55+07:00"), checked_date("2019-09-27")
    ('2019-09-27T09:13:55', '2019-09-27')
    >>> checked_date("2024-02-30"), checked_date("garbage"), checked_date("0000-01-01")
    (None, None, None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        day = _dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    if day.year not in _YEARS:
        return None
    if len(text) >= 19 and text[10] in "T ":
        try:
            return _dt.datetime.fromisoformat(text[:19]).isoformat()
        except ValueError:
            return day.isoformat()
    return day.isoformat()


def _first(patterns: tuple[re.Pattern[str], ...], line: str, full: bool = False) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.fullmatch(line) if full else pattern.search(line)
        if found:
            return found
    return None


def _date_line(patterns: _Patterns, line: str, found: dict[str, Any]):
    """(``"published"`` or ``"updated"``, the match) for the first date line of each kind."""
    if len(line) > 80:
        return None, None
    for key in ("published", "updated"):
        date = _first(getattr(patterns, key), line)
        if date and key not in found:
            return key, date
    return None, None


def clean(normalized: NormalizedText, html_meta: dict[str, Any] | None = None) -> CleanPage:
    """Find boilerplate, metadata, title and byline in a normalised page.

    Parameters
    ----------
    normalized : NormalizedText
    html_meta : dict, optional
        Metadata the HTML page declared (title, published, author, source); it wins over
        what is read from the text.

    Examples
    --------
    >>> from vngovnlp.normalize import normalize
    >>> page = clean(normalize("Sign In\\nHội nghị sơ kết\\n(Cập nhật lúc: 27/09/2019 09:13:55 )\\n"
    ...                        "Ngày 26/9, UBND tỉnh tổ chức hội nghị.\\nThu Trang"))
    >>> page.meta.title, page.meta.published, page.meta.author
    ('Hội nghị sơ kết', '2019-09-27T09:13:55', 'Thu Trang')
    """
    text = normalized.text
    patterns = _patterns()
    blanked: list[tuple[int, int]] = []
    metadata: list[tuple[int, int]] = []
    found: dict[str, Any] = {}
    warnings: list[str] = []
    content: list[tuple[int, int]] = []  # (start, end) of lines that carry the article

    for match in _LINES.finditer(text):
        raw = match.group(0)
        stripped = raw.strip(" \t|")
        if not stripped:
            continue
        start = match.start() + raw.index(stripped[0])
        end = start + len(stripped)
        if patterns.line.fullmatch(stripped):
            blanked.append((start, end))
            continue
        source = _first(patterns.source, stripped)
        if source and "source" not in found:
            found["source"] = source.group("source").strip(" .,!:")
        pieces = [(start + f.start(), start + f.end()) for p in patterns.fragments for f in p.finditer(stripped)]
        if pieces:
            blanked.extend(pieces)
            rest = list(stripped)
            for s, e in pieces:
                rest[s - start : e - start] = [" "] * (e - s)
            left = "".join(rest).strip(" \t|")
            if not left or patterns.line.fullmatch(left):
                blanked.append((start, end))
                continue
        key, date = _date_line(patterns, stripped, found)
        if date:
            found[key], problem = _iso(date)
            if problem:
                warnings.append(f"{key} date {date.group(0).strip()!r} {problem}")
            metadata.append((start, end))
            continue
        author = _first(patterns.author, stripped, full=True)
        if author and "author" not in found:
            found["author"] = author.group("author").strip(" .,")
            metadata.append((start, end))
            continue
        content.append((start, end))

    if len(content) >= 2:
        first, last = content[0], content[-1]
        line = text[first[0] : first[1]]
        if "title" not in found and len(line) <= 300 and not line.endswith((".", ":", ";")):
            found["title"] = line
        line = text[last[0] : last[1]]
        if "author" not in found and len(line) <= 40 and _BYLINE.fullmatch(line):
            found["author"] = line
            metadata.append(content.pop())

    if html_meta:
        declared = {k: v for k, v in html_meta.items() if v}
        for key in ("published", "updated"):
            if key in declared and checked_date(declared[key]) is None:
                warnings.append(f"{key} date {str(declared.pop(key))[:40]!r} in the page's "
                                "metadata is not a real date")
            elif key in declared:
                declared[key] = checked_date(declared[key])
        found.update(declared)
    body_start = content[0][0] if content else 0
    body_end = content[-1][1] if content else 0
    meta = Meta(
        title=found.get("title"),
        published=found.get("published"),
        updated=found.get("updated"),
        author=found.get("author"),
        source=found.get("source"),
        warnings=tuple(warnings),
    )
    spans = _merge(blanked)
    page = normalized.blank(spans)
    return CleanPage(page.text, body_start, body_end, meta, spans, tuple(metadata))


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
