"""The article read once: every component of the pipeline reads this object.

A :class:`Doc` holds, for one article, the text as given (or, for an HTML page, the article
text extracted from it), its normalised copy with the map back (:mod:`vngovnlp.normalize`), the
cleaned text (portal boilerplate blanked, :mod:`vngovnlp.clean`), the page's metadata and the
reference date (the one given, else the article's own publication date). What is costly and not
always needed (the lexicon tokens, the NER spans, sentences and words) is computed on first use
and kept, so that no two components compute it twice and nothing is cached on raw text.

Components write their facts into :attr:`Doc.facts`, in normalised offsets; the pipeline maps
them to the source when it builds the result.

Examples
--------
>>> doc = Doc.read("Sáng 14/8, UBND tỉnh họp.\\n(Cập nhật lúc: 15/08/2025 16:20:05 )")
>>> doc.reference_date.isoformat()
'2025-08-15'
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import clean
from .errors import check_text, invalid_reference_date
from .normalize import NormalizedText, normalize
from .types import Meta, Sentence

__all__ = ["Doc", "parse_reference_date"]


def parse_reference_date(value: Any, param: str = "reference_date") -> _dt.date | None:
    """Accept ``None``, a ``date``/``datetime`` or an ISO string ``YYYY-MM-DD[...]``.

    Examples
    --------
    >>> parse_reference_date("2024-05-07T10:00:00")
    datetime.date(2024, 5, 7)
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise invalid_reference_date(param, value)


def _page_date(meta: Meta) -> _dt.date | None:
    """The page's own publication date, or None when the page states none or an impossible one
    (portals do print "31/02/2024"): a typo in the metadata must not lose the article."""
    try:
        return parse_reference_date(meta.published)
    except ValueError:
        return None


@dataclass
class Doc:
    """One article, read once; components read it and write their facts into ``facts``.

    Build it with :meth:`Doc.read`. Offsets of ``text``, ``body_start``/``body_end`` and of the
    facts are normalised offsets; ``normalized.to_source`` maps them into ``source``.

    Attributes
    ----------
    source : str
        The text every result points into: the text given, or the article text of an HTML page.
    normalized : NormalizedText
        ``source`` normalised (NFC, one tone placement), with the map back.
    text : str
        The normalised text with portal boilerplate blanked (same length as ``normalized.text``).
    meta : Meta
        Title, dates, byline and source the page states.
    reference_date : date or None
        Given by the caller, else the page's publication date.
    body_start, body_end : int
        The article (title to last paragraph) in ``text``.
    blanked : tuple of (int, int)
        Boilerplate and metadata lines, normalised offsets.
    facts : dict
        What each component found, by component name.
    """

    source: str
    normalized: NormalizedText
    text: str
    meta: Meta = field(default_factory=Meta)
    reference_date: _dt.date | None = None
    body_start: int = 0
    body_end: int = 0
    boilerplate: tuple[tuple[int, int], ...] = ()
    metadata: tuple[tuple[int, int], ...] = ()
    id: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str, *, reference_date: Any = None, html: bool | None = None,
             id: str | None = None, func: str = "analyze") -> Doc:
        """Read an article: HTML detection, normalisation, cleaning, reference date.

        Parameters
        ----------
        text : str
            Plain text (portal boilerplate allowed) or an HTML page.
        reference_date : date, str or None
            Date partial and relative expressions are resolved against; defaults to the
            page's publication date.
        html : bool, optional
            Force HTML (True) or plain text (False); detected by default.
        id : str, optional
        func : str
            The public function that was called, for error messages.

        Raises
        ------
        TypeError
            When ``text`` is not a ``str``.
        ValueError
            When ``reference_date`` is not a date.
        """
        check_text(text, "text", func)
        ref = parse_reference_date(reference_date)
        if html or (html is None and clean.looks_like_html(text)):
            source, html_meta = clean.html_to_text(text)
        else:
            source, html_meta = text, None
        normalized = normalize(source)
        if not source.strip():
            return cls(source, normalized, normalized.text, reference_date=ref, body_end=0, id=id)
        page = clean.clean(normalized, html_meta=html_meta)
        return cls(
            source, normalized, page.text, meta=page.meta,
            reference_date=ref if ref is not None else _page_date(page.meta),
            body_start=page.body_start, body_end=page.body_end,
            boilerplate=page.boilerplate, metadata=page.metadata, id=id,
        )

    @property
    def body(self) -> str:
        """The cleaned article, title to last paragraph (normalised, boilerplate blanked)."""
        return self.text[self.body_start : self.body_end]

    @cached_property
    def lexicon_tokens(self) -> list:
        """Tokens of the officials/organisations grammar over ``text``, computed once."""
        from .extract._officials_lexicon import tokens

        return tokens(self.text)

    @cached_property
    def entities(self) -> list:
        """The NER model's PER/ORG/LOC spans over ``text`` (normalised offsets), computed once."""
        from .extract.entities import find_entities

        return find_entities(self.text)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the body with their words (underthesea), offsets into ``source``."""
        from .tokenize import sentences_of

        return tuple(sentences_of(self.normalized, self.body_start, self.body_end,
                                  skip=self.boilerplate + self.metadata))
