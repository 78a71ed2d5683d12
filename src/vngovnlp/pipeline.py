"""The default pipeline: cleaning → extractors → topic.

Every public ``extract_*`` function and :func:`analyze` take the text as the user has it and
return results whose offsets point into that text. Internally, extractors read the normalised
text (:mod:`vngovnlp.normalize`) and the offsets are mapped back afterwards.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from . import clean
from .errors import check_text
from .normalize import NormalizedText, normalize, to_source
from .types import Article, Award, DateMention, Entity, Location, Official, Organisation

__all__ = [
    "analyze",
    "extract_awards",
    "extract_dates",
    "extract_entities",
    "extract_locations",
    "extract_officials",
    "extract_organisations",
]


# The example sentence of the docstrings below.
_T = "Ông Lý Thái Hải, Chủ tịch UBND tỉnh Bắc Kạn, trao Bằng khen cho 08 tập thể và 12 cá nhân."


def parse_reference_date(value: Any, param: str = "reference_date") -> _dt.date | None:
    """Accept ``None``, a ``date``/``datetime`` or an ISO string ``YYYY-MM-DD[...]``."""
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
    raise ValueError(
        f"The {param!r} parameter must be a date or an ISO string 'YYYY-MM-DD'. Got {value!r} instead."
    )


def _run(finder: Callable[..., list], text: str, func: str, **kwargs: Any) -> list:
    check_text(text, "text", func)
    normalized = normalize(text)
    return list(to_source(finder(normalized.text, **kwargs), normalized))


def extract_dates(text: str, reference_date: Any = None) -> list[DateMention]:
    """Temporal expressions in ``text`` with ISO 8601 / TIMEX3 values.

    Parameters
    ----------
    text : str
    reference_date : date, str or None
        The date relative and partial expressions are resolved against.

    Examples
    --------
    >>> [d.text for d in extract_dates("Ngày 26/9/2019, UBND tỉnh họp.")]
    ['Ngày 26/9/2019']
    """
    from .extract.dates import find_dates

    ref = parse_reference_date(reference_date)
    return _run(find_dates, text, "extract_dates", reference_date=ref)


def extract_officials(text: str) -> list[Official]:
    """Named officials with their ranks and titles, all mentions merged.

    Examples
    --------
    >>> [(o.name, [t.title for t in o.titles]) for o in extract_officials(_T)]
    [('Lý Thái Hải', ['Chủ tịch UBND tỉnh Bắc Kạn'])]
    """
    from .extract.officials import find_officials

    return _run(find_officials, text, "extract_officials")


def extract_organisations(text: str) -> list[Organisation]:
    """Named organisations with canonical names and kinds.

    Examples
    --------
    >>> [(o.name, o.kind) for o in extract_organisations(_T)]
    [('Ủy ban nhân dân tỉnh Bắc Kạn', 'state')]
    """
    from .extract.organisations import find_organisations

    return _run(find_organisations, text, "extract_organisations")


def extract_awards(text: str) -> list[Award]:
    """Acts of conferring awards, with giver and counts of collectives and individuals.

    Examples
    --------
    >>> [(a.award, a.giver_official, a.collectives, a.individuals) for a in extract_awards(_T)]
    [('Bằng khen', 'Lý Thái Hải', 8, 12)]
    """
    from .extract.awards import find_awards
    from .extract.officials import find_officials

    check_text(text, "text", "extract_awards")
    normalized = normalize(text)
    officials = find_officials(normalized.text)
    return list(to_source(find_awards(normalized.text, officials=officials), normalized))


def extract_locations(text: str) -> list[Location]:
    """Named places with administrative level and post-2025 province.

    Examples
    --------
    >>> [(p.name, p.kind, p.province) for p in extract_locations(_T)]
    [('Bắc Kạn', 'province', 'Thái Nguyên')]
    """
    from .extract.locations import find_locations

    return _run(find_locations, text, "extract_locations")


def extract_entities(text: str) -> list[Entity]:
    """PER/ORG/LOC spans over the whole text (a syllable CRF, see ``models/ner.manifest.json``).

    Examples
    --------
    >>> [(e.label, e.text) for e in extract_entities(_T)]
    [('PER', 'Lý Thái Hải'), ('ORG', 'UBND tỉnh Bắc Kạn')]
    """
    from .extract.entities import find_entities

    return _run(find_entities, text, "extract_entities")


def _topic(body: str):
    from .classify import predict_topic

    return predict_topic(body)


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
    check_text(text, "text", "analyze")
    ref = parse_reference_date(reference_date)
    if html or (html is None and clean.looks_like_html(text)):
        source, html_meta = clean.html_to_text(text)
    else:
        source, html_meta = text, None
    if not source.strip():
        return Article(id=id, text=source, body_start=0, body_end=len(source),
                       reference_date=ref.isoformat() if ref else None)

    normalized = normalize(source)
    page = clean.clean(normalized, html_meta=html_meta)
    if ref is None and page.meta.published:
        ref = parse_reference_date(page.meta.published)
    return _extract_all(normalized, page, id=id, reference_date=ref)


def _extract_all(normalized: NormalizedText, page: clean.CleanPage, *, id: str | None,
                 reference_date: _dt.date | None) -> Article:
    from .extract.awards import find_awards
    from .extract.dates import find_dates
    from .extract.entities import find_entities
    from .extract.locations import find_locations
    from .extract.officials import find_officials
    from .extract.organisations import find_organisations

    text = page.text  # normalised, boilerplate blanked out, same length as normalized.text
    officials = find_officials(text)
    body_start, body_end = normalized.to_source(page.body_start, page.body_end)
    body = normalized.source[body_start:body_end]
    boilerplate = tuple(sorted(normalized.to_source(s, e) for s, e in page.boilerplate + page.metadata))
    return Article(
        id=id,
        text=normalized.source,
        meta=page.meta,
        topic=_topic(text[page.body_start:page.body_end]) if body.strip() else None,
        officials=tuple(to_source(officials, normalized)),
        organisations=tuple(to_source(find_organisations(text), normalized)),
        dates=tuple(to_source(find_dates(text, reference_date=reference_date), normalized)),
        awards=tuple(to_source(find_awards(text, officials=officials), normalized)),
        locations=tuple(to_source(find_locations(text), normalized)),
        entities=tuple(to_source(find_entities(text), normalized)),
        body_start=body_start,
        body_end=body_end,
        boilerplate=boilerplate,
        reference_date=reference_date.isoformat() if reference_date else None,
    )
