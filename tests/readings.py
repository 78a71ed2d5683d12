"""Helpers shared by the table tests of phrases read on unseen articles (``test_unseen_readings*``):
the organisations and the officials' titles the rules read from one normalised phrase."""
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
