"""Portal boilerplate, page metadata and HTML.

Cleaning never deletes characters: boilerplate is *blanked* (replaced by spaces) in the
normalised text the extractors read, so every offset still points into the original text. The
patterns live in ``data/boilerplate.yaml``.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
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
    if text.find("<", 0, 20000) < 0:  # plain text, the usual case: no copy, no regex
        return False
    return bool(_HTML.search(text, 0, 20000))


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
    text, meta = _extracted(doc, html) if doc is not None else ("", {})
    visible = visible_text(html)
    if len(visible) >= _FALLBACK_MIN and len(text) < _FALLBACK_SHARE * len(visible):
        # trafilatura lost the body (lxml gives up on 255 nested elements, for one): the page's
        # visible text, boilerplate and all, loses nothing; cleaning then blanks what it knows
        text = visible
        meta["warning"] = (f"HTML extraction kept {len(text)} of {len(visible)} visible "
                           "characters; the page's visible text was used instead")
        text = visible
    return text, {k: v for k, v in meta.items() if v}


def _extracted(doc, html: str) -> tuple[str, dict[str, Any]]:
    """trafilatura's article text (title first) and the metadata it read."""
    text = doc.text or ""
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    published = doc.date
    found = _META_TIME.search(html)
    if found and len(found.group(1)) > 10:
        published = found.group(1)[:19]
    return text, {"title": title or None, "published": published, "author": doc.author,
                  "source": doc.sitename}


# When the extracted article is shorter than this share of the page's visible text (and that
# text is long enough to be an article), the extraction is taken to have failed.
_FALLBACK_SHARE = 0.1
_FALLBACK_MIN = 500
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                     "article", "header", "footer", "table", "ul", "ol", "blockquote", "title"})


class _VisibleText(HTMLParser):
    """The visible text of a page, one block a line; no depth limit (Python's own parser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """What a reader sees of ``html``: text outside scripts and styles, one block a line.

    Examples
    --------
    >>> visible_text("<div><p>Ngày 26/9</p><script>x=1</script><p>UBND tỉnh họp.</p></div>")
    'Ngày 26/9\\nUBND tỉnh họp.'
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


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
    page = _Reading()
    for match in _LINES.finditer(text):
        raw = match.group(0)
        stripped = raw.strip(" \t|")
        if stripped:
            start = match.start() + raw.index(stripped[0])
            _read_line(page, patterns, stripped, start, start + len(stripped))
    _title_and_byline(page, text)
    if html_meta:
        _declared(page, html_meta)
    content, found = page.content, page.found
    meta = Meta(
        title=found.get("title"),
        published=found.get("published"),
        updated=found.get("updated"),
        author=found.get("author"),
        source=found.get("source"),
        warnings=tuple(page.warnings),
    )
    spans = _merge(page.blanked)
    return CleanPage(normalized.blank(spans).text, content[0][0] if content else 0,
                     content[-1][1] if content else 0, meta, spans, tuple(page.metadata))


@dataclass
class _Reading:
    """What reading a page's lines has found so far (normalised offsets)."""

    blanked: list[tuple[int, int]] = field(default_factory=list)
    metadata: list[tuple[int, int]] = field(default_factory=list)
    found: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)  # lines that carry the article


def _read_line(page: _Reading, patterns: _Patterns, line: str, start: int, end: int) -> None:
    """File one stripped line: boilerplate, a source mention, a date or byline line, or content."""
    if patterns.line.fullmatch(line):
        page.blanked.append((start, end))
        return
    source = _first(patterns.source, line)
    if source and "source" not in page.found:
        page.found["source"] = source.group("source").strip(" .,!:")
    if _blank_fragments(page, patterns, line, start, end):
        return
    key, date = _date_line(patterns, line, page.found)
    if date:
        page.found[key], problem = _iso(date)
        if problem:
            page.warnings.append(f"{key} date {date.group(0).strip()!r} {problem}")
        page.metadata.append((start, end))
        return
    author = _first(patterns.author, line, full=True)
    if author and "author" not in page.found:
        page.found["author"] = author.group("author").strip(" .,")
        page.metadata.append((start, end))
        return
    page.content.append((start, end))


def _blank_fragments(page: _Reading, patterns: _Patterns, line: str, start: int, end: int) -> bool:
    """Blank the boilerplate fragments of ``line``; True when nothing of the article is left."""
    pieces = [(start + f.start(), start + f.end()) for p in patterns.fragments for f in p.finditer(line)]
    if not pieces:
        return False
    page.blanked.extend(pieces)
    rest = list(line)
    for s, e in pieces:
        rest[s - start : e - start] = [" "] * (e - s)
    left = "".join(rest).strip(" \t|")
    if not left or patterns.line.fullmatch(left):
        page.blanked.append((start, end))
        return True
    return False


def _title_and_byline(page: _Reading, text: str) -> None:
    """The first content line is the title, a short name line at the end the byline."""
    if len(page.content) < 2:
        return
    first, last = page.content[0], page.content[-1]
    line = text[first[0] : first[1]]
    if "title" not in page.found and len(line) <= 300 and not line.endswith((".", ":", ";")):
        page.found["title"] = line
    line = text[last[0] : last[1]]
    if "author" not in page.found and len(line) <= 40 and _BYLINE.fullmatch(line):
        page.found["author"] = line
        page.metadata.append(page.content.pop())


def _declared(page: _Reading, html_meta: dict[str, Any]) -> None:
    """What the HTML page declares wins over what its text says; impossible dates are dropped."""
    declared = {k: v for k, v in html_meta.items() if v}
    if "warning" in declared:
        page.warnings.append(declared.pop("warning"))
    for key in ("published", "updated"):
        if key in declared and checked_date(declared[key]) is None:
            page.warnings.append(f"{key} date {str(declared.pop(key))[:40]!r} in the page's "
                                 "metadata is not a real date")
        elif key in declared:
            declared[key] = checked_date(declared[key])
    page.found.update(declared)


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
