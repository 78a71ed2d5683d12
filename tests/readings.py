"""Helpers shared by the table tests of phrases read on unseen articles: the organisations, the
officials' titles and the award acts the rules read from one normalised phrase."""
from __future__ import annotations

from vngovnlp.extract.entities import Entity
from vngovnlp.extract.officials import find_officials
from vngovnlp.extract.organisations import find_organisations
from vngovnlp.normalize import normalize


def org_names(text: str, entities=()) -> list[str]:
    """Canonical names of the organisations in ``text`` (the model's spans given, none by default)."""
    return [o.name for o in find_organisations(normalize(text).text, entities=list(entities))]


def official_titles(text: str) -> dict[str, list[str]]:
    """Each official of ``text`` with the titles read for him or her (no model spans)."""
    return {o.name: [t.title for t in o.titles] for o in find_officials(normalize(text).text, entities=[])}


def org_entity(text: str, surface: str) -> Entity:
    """A model ORG span over the first ``surface`` in ``text``."""
    start = text.index(surface)
    return Entity("ORG", surface, start, start + len(surface))


def awards_of(text: str):
    """The award acts of one normalised phrase, read with its officials."""
    from vngovnlp.extract.awards import find_awards

    text = normalize(text).text
    return find_awards(text, officials=find_officials(text))


def award_key(a) -> tuple:
    """What the gold scorer compares of an act, with its giver."""
    return (a.award, a.giver, a.collectives, a.individuals)


def locations_of(text: str, spans=None):
    """The places of ``text``; ``spans`` are the model's (label, surface) spans, None to run it."""
    from vngovnlp.extract.locations import find_locations

    entities = None
    if spans is not None:
        entities = []
        for label, span in spans:
            start = text.index(span)
            entities.append(Entity(label, span, start, start + len(span)))
    return find_locations(text, entities=entities)


def location_names(text: str, spans=None) -> set[str]:
    """The names of the places of ``text`` (see :func:`locations_of`)."""
    return {x.name for x in locations_of(text, spans)}
