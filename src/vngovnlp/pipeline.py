"""One pipeline: an article read once into a :class:`~vngovnlp.doc.Doc`, then components.

Every public ``extract_*`` function and :func:`analyze` read the article the same way (HTML
detection, normalisation, cleaning, the reference date: given, else the page's own) and run
the same registered components over the same :class:`~vngovnlp.doc.Doc`; ``extract_*`` runs only
the component it names and those it needs, so ``extract_dates(text)`` equals
``analyze(text).dates``. Components read the normalised, cleaned text; offsets are mapped back
to the text the user gave when the result is built.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .doc import Doc, parse_reference_date
from .errors import unknown_component
from .normalize import to_source
from .types import Article, Award, DateMention, Entity, Location, Official, Organisation

__all__ = [
    "COMPONENTS",
    "Component",
    "analyze",
    "extract_awards",
    "extract_dates",
    "extract_entities",
    "extract_locations",
    "extract_officials",
    "extract_organisations",
    "parse_reference_date",
    "read",
    "run",
]


# The example sentence of the docstrings below.
_T = "Ông Lý Thái Hải, Chủ tịch UBND tỉnh Bắc Kạn, trao Bằng khen cho 08 tập thể và 12 cá nhân."


@dataclass(frozen=True)
class Component:
    """A pipeline step: reads a :class:`Doc` (and the facts of the components it ``needs``)
    and returns its facts, in normalised offsets."""

    name: str
    run: Callable[[Doc], Any]
    needs: tuple[str, ...] = ()


def _officials(doc: Doc) -> list[Official]:
    from .extract.officials import find_officials

    return find_officials(doc.text, tokens=doc.lexicon_tokens, entities=doc.entities)


def _organisations(doc: Doc) -> list[Organisation]:
    from .extract.organisations import find_organisations

    persons = [m for o in doc.facts["officials"] for m in o.mentions]
    return find_organisations(doc.text, tokens=doc.lexicon_tokens, entities=doc.entities, persons=persons)


def _dates(doc: Doc) -> list[DateMention]:
    from .extract.dates import find_dates

    return find_dates(doc.text, reference_date=doc.reference_date)


def _awards(doc: Doc) -> list[Award]:
    from .extract.awards import find_awards

    return find_awards(doc.text, officials=doc.facts["officials"])


def _locations(doc: Doc) -> list[Location]:
    from .extract.locations import find_locations

    return find_locations(doc.text, entities=doc.entities)  # the Doc's NER spans, computed once


def _entities(doc: Doc) -> list[Entity]:
    return list(doc.entities)


def _topic(doc: Doc):
    from .classify import classify_body

    return classify_body(doc.body)


COMPONENTS: dict[str, Component] = {c.name: c for c in (
    Component("officials", _officials),
    Component("organisations", _organisations, needs=("officials",)),
    Component("dates", _dates),
    Component("awards", _awards, needs=("officials",)),
    Component("locations", _locations),
    Component("entities", _entities),
    Component("topic", _topic),
)}


def read(text: str, *, reference_date: Any = None, html: bool | None = None, id: str | None = None,
         func: str = "analyze") -> Doc:
    """Read ``text`` into a :class:`Doc` (see :meth:`Doc.read`)."""
    return Doc.read(text, reference_date=reference_date, html=html, id=id, func=func)


def run(doc: Doc, names: Iterable[str] = tuple(COMPONENTS)) -> Doc:
    """Run the components ``names`` (and what they need) over ``doc``; each runs at most once.

    Examples
    --------
    >>> doc = run(read(_T), ["awards"])
    >>> sorted(doc.facts)
    ['awards', 'officials']
    """
    for name in names:
        if name in doc.facts:
            continue
        component = COMPONENTS.get(name)
        if component is None:
            raise unknown_component(name, list(COMPONENTS))
        run(doc, component.needs)
        doc.facts[name] = component.run(doc)
    return doc


def _extract(name: str, text: str, func: str, **kwargs: Any) -> list:
    doc = run(read(text, func=func, **kwargs), [name])
    return list(to_source(doc.facts[name], doc.normalized))


def extract_dates(text: str, reference_date: Any = None, *, html: bool | None = None) -> list[DateMention]:
    """Temporal expressions in ``text`` with ISO 8601 / TIMEX3 values.

    Parameters
    ----------
    text : str
        Plain text or an HTML page, read as :func:`analyze` reads it (boilerplate left out);
        offsets point into ``text`` (for HTML, into the article text of the page).
    reference_date : date, str or None
        The date relative and partial expressions are resolved against; by default the
        article's own publication date, as in :func:`analyze`.
    html : bool, optional
        Force HTML (True) or plain-text (False) handling; detected by default.

    Examples
    --------
    >>> [d.text for d in extract_dates("Ngày 26/9/2019, UBND tỉnh họp.")]
    ['Ngày 26/9/2019']
    """
    return _extract("dates", text, "extract_dates", reference_date=reference_date, html=html)


def extract_officials(text: str, *, html: bool | None = None) -> list[Official]:
    """Named officials with their ranks and titles, all mentions merged.

    Examples
    --------
    >>> [(o.name, [t.title for t in o.titles]) for o in extract_officials(_T)]
    [('Lý Thái Hải', ['Chủ tịch UBND tỉnh Bắc Kạn'])]
    """
    return _extract("officials", text, "extract_officials", html=html)


def extract_organisations(text: str, *, html: bool | None = None) -> list[Organisation]:
    """Named organisations with canonical names and kinds.

    Examples
    --------
    >>> [(o.name, o.kind) for o in extract_organisations(_T)]
    [('Ủy ban nhân dân tỉnh Bắc Kạn', 'state')]
    """
    return _extract("organisations", text, "extract_organisations", html=html)


def extract_awards(text: str, *, html: bool | None = None) -> list[Award]:
    """Acts of conferring awards, with giver and counts of collectives and individuals.

    Examples
    --------
    >>> [(a.award, a.giver_official, a.collectives, a.individuals) for a in extract_awards(_T)]
    [('Bằng khen', 'Lý Thái Hải', 8, 12)]
    """
    return _extract("awards", text, "extract_awards", html=html)


def extract_locations(text: str, *, html: bool | None = None) -> list[Location]:
    """Named places with administrative level and post-2025 province.

    Examples
    --------
    >>> [(p.name, p.kind, p.province) for p in extract_locations(_T)]
    [('Bắc Kạn', 'province', 'Thái Nguyên')]
    """
    return _extract("locations", text, "extract_locations", html=html)


def extract_entities(text: str, *, html: bool | None = None) -> list[Entity]:
    """PER/ORG/LOC spans over the whole text (a syllable CRF, see ``models/ner.manifest.json``).

    Examples
    --------
    >>> [(e.label, e.text) for e in extract_entities(_T)]
    [('PER', 'Lý Thái Hải'), ('ORG', 'UBND tỉnh Bắc Kạn')]
    """
    return _extract("entities", text, "extract_entities", html=html)


def analyze(text: str, *, reference_date: Any = None, id: str | None = None,
            html: bool | None = None) -> Article:
    """Analyse one article: clean it, extract every kind of fact, classify its topic.

    Parameters
    ----------
    text : str
        The article as plain text (portal boilerplate allowed) or as an HTML page.
    reference_date : date, str or None
        Date against which partial and relative dates are resolved; defaults to the
        article's published date when the page states one.
    id : str, optional
        Carried into ``Article.id``.
    html : bool, optional
        Force HTML (True) or plain-text (False) handling; by default it is detected.

    Returns
    -------
    Article
        Offsets point into ``Article.text``: the given text, or for HTML the text extracted
        from the page.

    Raises
    ------
    TypeError
        When ``text`` is not a ``str``.

    Examples
    --------
    >>> art = analyze("Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị.")
    >>> art.body
    'Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị.'
    """
    doc = read(text, reference_date=reference_date, html=html, id=id)
    return to_article(run(doc) if doc.source.strip() else doc)


def to_article(doc: Doc) -> Article:
    """The :class:`Article` of a :class:`Doc`: its facts with offsets into ``doc.source``."""
    from .tokenize import article_sentences

    normalized = doc.normalized

    def facts(name: str) -> tuple:
        return tuple(to_source(doc.facts.get(name, ()), normalized))

    if doc.source.strip():
        body_start, body_end = normalized.to_source(doc.body_start, doc.body_end)
    else:
        body_start, body_end = 0, len(doc.source)
    article = Article(
        id=doc.id,
        text=doc.source,
        meta=doc.meta,
        topic=doc.facts.get("topic"),
        officials=facts("officials"),
        organisations=facts("organisations"),
        dates=facts("dates"),
        awards=facts("awards"),
        locations=facts("locations"),
        entities=facts("entities"),
        body_start=body_start,
        body_end=body_end,
        boilerplate=tuple(sorted(normalized.to_source(s, e) for s, e in doc.boilerplate + doc.metadata)),
        reference_date=doc.reference_date.isoformat() if doc.reference_date else None,
        tokenizer=article_sentences,
    )
    if "sentences" in doc.__dict__:  # already segmented for a component: not done twice
        article.__dict__["sentences"] = doc.sentences
    return article
