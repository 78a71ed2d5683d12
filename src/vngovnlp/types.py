"""Typed, frozen results.

Every extracted fact keeps its evidence: ``text`` exactly as written and ``start``/``end``
character offsets such that ``source[start:end] == text``, where ``source`` is the string the
offsets refer to (the text given to ``analyze`` or ``extract_*``; for HTML input, the text
extracted from the page, kept in ``Article.text``). Normalised values sit beside the evidence.

All classes are frozen dataclasses; ``to_dict()`` returns plain JSON-serialisable data whose
shape is described by the JSON Schema shipped as ``vngovnlp/data/article.schema.json``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .errors import no_tokenizer

__all__ = [
    "article_schema",
    "serialised_fields",
    "Article",
    "Award",
    "DateMention",
    "Entity",
    "Location",
    "Mention",
    "Meta",
    "Official",
    "Organisation",
    "Sentence",
    "Title",
    "Token",
    "Topic",
]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


class _Serialisable:
    """``to_dict`` for the result dataclasses: fields in declaration order, tuples as lists."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in serialised_fields(type(self))}


def serialised_fields(cls: type) -> tuple[dataclasses.Field, ...]:
    """The fields of a result class that belong to its JSON form (all but helpers such as
    ``Article.tokenizer``), in declaration order."""
    return tuple(f for f in dataclasses.fields(cls) if f.metadata.get("serialise", True))


@dataclass(frozen=True)
class Mention(_Serialisable):
    """One place in the text where an item is mentioned."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Token(_Serialisable):
    """A word (possibly several syllables, ``"Bắc Kạn"``) with offsets into the source text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(_Serialisable):
    """A sentence and its words."""

    text: str
    start: int
    end: int
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Title(_Serialisable):
    """A post held by an official, as written: ``"Phó Tư lệnh Quân khu 1"``.

    ``title`` is the post with its organisation as written (what the gold guidelines call a
    title); ``position`` is the post alone (``"Phó Tư lệnh"``), ``organisation`` the body as
    written (``"Quân khu 1"``) and ``resolved_organisation`` the body made explicit from the
    article when it is clear (``"UBND tỉnh Bắc Kạn"``).
    """

    title: str
    position: str
    organisation: str | None
    text: str
    start: int
    end: int
    resolved_organisation: str | None = None


@dataclass(frozen=True)
class Official(_Serialisable):
    """A named person holding a post; all mentions of the person merged."""

    name: str
    text: str
    start: int
    end: int
    rank: str | None = None
    honorific: str | None = None
    titles: tuple[Title, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Organisation(_Serialisable):
    """A named body: ``name`` is canonical (abbreviations expanded), mentions as written."""

    name: str
    kind: str
    text: str
    start: int
    end: int
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateMention(_Serialisable):
    """A temporal expression with its ISO 8601 / TIMEX3 value.

    ``type`` is one of date, datetime, month, year, quarter, half, period, duration, set,
    lunar, season, decade, century; ``value`` is for example ``"2019-09-26"``, ``"2023-Q3"``,
    ``"2009/2019"``, ``"P10Y"``, ``"2014-SU"``, ``"198"`` (the 1980s), ``"20"`` (the 21st
    century) or ``"XXXX-09-26"``; ``resolved`` is true when a relative or
    partial expression was completed from the reference date; ``inferred_year`` is true when
    the year was taken from the rest of the article (no reference date); ``mod`` is the
    TIMEX3 mod of an approximate duration (``"APPROX"``, ``"MORE_THAN"``, ``"LESS_THAN"``).
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    resolved: bool = False
    inferred_year: bool = False
    mod: str | None = None


@dataclass(frozen=True)
class Award(_Serialisable):
    """One act of conferring an award: ``"trao Bằng khen cho 08 tập thể và 12 cá nhân"``."""

    award: str
    text: str
    start: int
    end: int
    level: str | None = None
    giver: str | None = None
    giver_official: str | None = None
    giver_resolved: str | None = None
    collectives: int = 0
    individuals: int = 0
    recipients: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class Location(_Serialisable):
    """A named place with its administrative level.

    ``province`` is the province the place belongs to after the 2025 merger (Bắc Kạn is now
    part of Thái Nguyên) when it can be resolved.
    """

    name: str
    kind: str
    text: str
    start: int
    end: int
    province: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Entity(_Serialisable):
    """A PER, ORG or LOC span."""

    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Topic(_Serialisable):
    """The article's topic: the best label, its probability and every label's probability."""

    label: str
    score: float = field(metadata={"schema": {"minimum": 0, "maximum": 1}})
    scores: dict[str, float] = field(default_factory=dict, metadata={"schema": {
        "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1}}})


@dataclass(frozen=True)
class Meta(_Serialisable):
    """What the page says about itself: title, dates (ISO 8601), byline and source.

    ``published`` and ``updated`` are always real dates (or None): a page that declares an
    impossible one (``31/02/2024``, ``garbage``) gets None there and a line in ``warnings``
    quoting what it wrote.
    """

    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article(_Serialisable):
    """Everything extracted from one article.

    ``text`` is the string all offsets point into. ``body_start``/``body_end`` delimit the
    article within it (title to last paragraph); ``boilerplate`` lists the spans of portal
    boilerplate and page-metadata lines, which ``clean_text`` leaves out. Tokens and sentences are computed on
    first access (word segmentation is the slowest step, and most analyses do not need it).
    """

    id: str | None
    text: str
    meta: Meta = field(default_factory=Meta)
    topic: Topic | None = None
    officials: tuple[Official, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    dates: tuple[DateMention, ...] = ()
    awards: tuple[Award, ...] = ()
    locations: tuple[Location, ...] = ()
    entities: tuple[Entity, ...] = ()
    body_start: int = 0
    body_end: int = 0
    boilerplate: tuple[tuple[int, int], ...] = ()
    reference_date: str | None = None
    #: How ``sentences`` are computed (set by the pipeline; not part of the JSON form).
    tokenizer: Callable[[Article], tuple[Sentence, ...]] | None = field(
        default=None, compare=False, repr=False, metadata={"serialise": False})

    @property
    def body(self) -> str:
        """The article, title to last paragraph, as written (offsets into ``text``)."""
        return self.text[self.body_start : self.body_end]

    @property
    def clean_text(self) -> str:
        """The article with portal boilerplate removed, one paragraph a line."""
        chars = list(self.text)
        for start, end in sorted(self.boilerplate):
            chars[start:end] = [""] * (end - start)
        body = "".join(chars[self.body_start : self.body_end])
        lines = (" ".join(line.split()) for line in body.splitlines())
        return "\n".join(line for line in lines if line)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: every field, plus ``clean_text``."""
        data = super().to_dict()
        data["boilerplate"] = [list(span) for span in self.boilerplate]
        data["clean_text"] = self.clean_text
        return data

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the body, each with its words; offsets into ``text``."""
        if self.tokenizer is None:
            raise no_tokenizer()
        return tuple(self.tokenizer(self))

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Words of the body (underthesea segmentation), offsets into ``text``."""
        return tuple(t for s in self.sentences for t in s.tokens)


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``, shipped with the package
    (generated from these dataclasses by :mod:`vngovnlp.schema`)."""
    from .lexicon import load

    return load("article.schema.json")
