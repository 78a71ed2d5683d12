"""Named places: provinces, districts, communes, villages, countries and regions.

Names are looked up in :mod:`vngovnlp.gazetteer` (the administrative units of the
*vietnamadminunits* package before and after the 2025 merger, countries, regions, spelling
variants), so that every place can be given the province it belongs to after the 2025 merger
("Bắc Kạn" → "Thái Nguyên"). The words that introduce a place ("tỉnh", "huyện", "xã"…) are the
data file ``place_prefixes.yaml``. The NER model's spans are read, never recomputed when the
caller has them (``entities=``); this module and :mod:`vngovnlp.extract.entities` do not
import each other at import time (entities never imports this module).

A place is found in three ways:

1. after an administrative word: "huyện Ba Bể", "các xã Phú Định, Hoàn Trạch" (the list is
   followed); the name is checked against the gazetteer, or, after a lower-case word, taken
   as the run of capitalised syllables (foreign places: "tỉnh Vân Nam");
2. alone, when it is a province, country, region or known variant: "Lào Cai", "Trung Quốc";
3. alone, when it is a district or commune of a province (or district) the text names: in a text
   about Quảng Bình, "Bố Trạch" is the district.

A bare name inside a longer capitalised name ("Thái Bình Dương") or inside a person's name, as
the NER model sees it ("Nguyễn Thái Bình"), is not a place.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..gazetteer import Unit, clean_name, countries, gazetteer, load_data, names_pattern
from ..types import Entity, Location, Mention

__all__ = ["find_locations", "gazetteer"]

_MAX_SYLLABLES = 6


@functools.cache
def _prefixes() -> tuple[re.Pattern[str], dict[str, dict], frozenset[str], frozenset[str], tuple[str, ...]]:
    data = load_data("place_prefixes.yaml")
    specs = {p["prefix"]: p for p in data["prefixes"]}
    words = sorted(specs, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<!\w)(?P<plural>(?:các|hai|ba|\d+) )?(?P<prefix>(?i:{alternation}))(?P<gap>:? ?)(?=\w)")
    return pattern, specs, frozenset(data["cues"]), frozenset(data["directions"]), tuple(data["facilities"])


@functools.cache
def _bare() -> tuple[re.Pattern[str], frozenset[str]]:
    """One regex of every name that is a place on its own: provinces, countries, regions."""
    names = set()
    cue_only = set()
    for units in gazetteer().values():
        for u in units:
            if u.level in ("province", "country", "region"):
                names.add(u.name)
    for c in countries():
        if c.get("cue"):
            cue_only.add(clean_name(c["name"]))
    return names_pattern(names), frozenset(cue_only)


_LIST_AFTER_VILLAGE = {"prefix": "xã", "kind": "commune", "level": "ward"}
_CAP_RUN = re.compile(rf"\w+(?: \w+){{0,{_MAX_SYLLABLES + 2}}}")
_LIST_SEP = re.compile(r"(?:, và |, | và |; )")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok.isdigit()


def _lookup(tokens: list[str], level: str | None) -> tuple[int, tuple[Unit, ...]]:
    """Longest prefix of ``tokens`` that names a unit (of ``level`` when given)."""
    table = gazetteer()
    for n in range(min(len(tokens), _MAX_SYLLABLES), 0, -1):
        units = table.get(" ".join(tokens[:n]).lower(), ())
        if level is not None:
            units = tuple(u for u in units if u.level == level)
        if units and (all(_is_cap(t) for t in tokens[:n]) or all(u.level == "country" for u in units)):
            return n, units
    return 0, ()


@dataclass
class _Hit:
    name: str
    kind: str
    level: str
    start: int  # of the whole mention (prefix included)
    end: int
    units: tuple[Unit, ...]


def _name_after(text: str, pos: int, spec: dict, fallback: bool,
                entities: _Spans) -> tuple[_Hit | None, int]:
    run = _CAP_RUN.match(text, pos)
    if not run:
        return None, pos
    tokens = run.group().split(" ")
    level = spec["level"]
    if level == "country":
        n, units = _lookup(tokens, "country")
        if not n or not _is_cap(tokens[0]):
            return None, pos
        name = " ".join(tokens[:n])
        hit = _Hit(units[0].canonical or name, "country", level, pos, pos + len(name), units)
        return hit, pos + len(name)
    caps = 0
    while caps < len(tokens) and _is_cap(tokens[caps]):
        caps += 1
    if not caps:
        return None, pos
    numbered = tokens[0].isdigit()
    if numbered and spec["prefix"] in ("quận", "phường"):
        name = f"{spec['prefix'].capitalize()} {tokens[0]}"
        units = gazetteer().get(name.lower(), ())
        end = pos + len(tokens[0])
        return _Hit(name, spec["kind"], level, pos, end, units), end
    if numbered:
        return None, pos
    if level == "village":  # village names repeat across communes: not looked up
        n, units = min(caps, 4), ()
    else:
        n, units = _lookup(tokens[:caps], level)
    if not n and level not in ("country", "village"):
        n, units = _lookup(tokens[:caps], None)
        units = tuple(u for u in units if u.level not in ("country", "region"))
    if not n and fallback and caps <= 4:
        end = pos + len(" ".join(tokens[:caps]))
        if _looks_like_place(pos, end, entities) or _country_follows(text, end):
            n, units = caps, ()
    if not n:
        return None, pos
    # "xã Ngư Thủy Bắc": the gazetteer may know only the commune the three were merged into
    if n < caps and tokens[n] in _prefixes()[3] and (n + 1 == caps or not fallback):
        n += 1
    name = " ".join(tokens[:n])
    end = pos + len(name)
    return _Hit(name, spec["kind"], level, pos, end, units), end


class _Spans:
    """Non-overlapping spans in text order, searched by position (long texts stay linear)."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def overlapping(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.starts, end) - 1
        out = []
        while i >= 0 and self.items[i].end > start:
            out.append(self.items[i])
            i -= 1
            if len(out) > 8:  # spans do not overlap: a few steps back are enough
                break
        return out


def _looks_like_place(start: int, end: int, entities: _Spans) -> bool:
    """The NER model sees a place there, not a person."""
    labels = {e.label for e in entities.overlapping(start, end)}
    return "LOC" in labels and "PER" not in labels


_PAREN = re.compile(r" ?\((?P<name>[^()]{2,40})\)")


def _country_follows(text: str, end: int) -> bool:
    """ "tỉnh Luông Nậm Thà (Lào)": a foreign unit followed by its country in brackets."""
    m = _PAREN.match(text, end)
    return bool(m) and any(u.level == "country" for u in gazetteer().get(m.group("name").lower(), ()))


def _prefixed(text: str, entities: _Spans) -> list[_Hit]:
    pattern, specs = _prefixes()[:2]
    hits: list[_Hit] = []
    taken_until = 0
    for m in pattern.finditer(text):
        if m.start() < taken_until:
            continue
        prefix = m.group("prefix")
        spec = specs[prefix.lower()]
        abbreviation = prefix.lower().startswith("tp")
        if abbreviation and _bare()[0].match(text, m.start("prefix")):
            continue  # "TP.HCM" is a name of its own
        if abbreviation and not prefix.isupper() and prefix[:2] != "Tp":
            continue
        fallback = prefix.islower() or abbreviation
        hit, end = _name_after(text, m.end(), spec, fallback, entities)
        if hit is None:
            continue
        hit.start = m.start("prefix")
        hits.append(hit)
        # a list of places after one administrative word: "các xã A, B và C"
        while True:
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            nspec = spec if spec["level"] != "village" else _LIST_AFTER_VILLAGE
            nxt, nxt_end = _name_after(text, sep.end(), nspec, bool(m.group("plural")), entities)
            if nxt is None or (not nxt.units and not m.group("plural")):
                break
            if nxt.units and not any(u.level == spec["level"] for u in nxt.units):
                nxt.level, nxt.kind = nxt.units[0].level, nxt.units[0].kind
            hits.append(nxt)
            end = nxt_end
        taken_until = end
    return hits


def _cap_before(text: str, start: int) -> str | None:
    """The capitalised syllable just before ``start`` (one space apart), if any."""
    if start < 2 or text[start - 1] != " ":
        return None
    m = re.search(r"(\w+)$", text[max(0, start - 40) : start - 1])
    return m.group(1) if m and _is_cap(m.group(1)) and not m.group(1).isdigit() else None


def _facility_before(text: str, start: int) -> bool:
    """ "thủy điện Hòa Bình", "sân bay Nội Bài": a facility named after the place."""
    head = text[max(0, start - 30):start].lower()
    return any(head.endswith(f + " ") for f in _prefixes()[4])


def _cap_after(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


def _bare_hits(text: str, pattern: re.Pattern[str], taken: _Spans,
               entities: _Spans, cue_only: frozenset[str] = frozenset(), trust_name: bool = False,
               allowed: frozenset[str] | set[str] | None = None) -> list[_Hit]:
    """Names standing alone. ``trust_name``: the name itself is known to be a place here, so a
    person entity of exactly that span (a district named like a woman, "Lệ Thủy") does not veto it.
    ``allowed``: only these names are kept (the districts of the provinces the text names)."""
    cues = _prefixes()[2]
    hits = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if (allowed is not None and m.group() not in allowed) or taken.overlapping(s, e):
            continue
        around = [ent for ent in entities.overlapping(s, e) if ent.start <= s and e <= ent.end]
        labels = {ent.label for ent in around}
        if _cap_after(text, e) or any(ent.label == "PER" and not (trust_name and (ent.start, ent.end) == (s, e))
                                      for ent in around):
            continue
        if _facility_before(text, s):
            continue
        before = _cap_before(text, s)
        if before and not before.isupper() and "ORG" not in labels:
            continue
        name = m.group()
        units = gazetteer().get(name.lower(), ())
        if units and units[0].level == "country" and (
                (before and before.isupper()) or any(ent.label == "ORG" and ent.start < s for ent in around)):
            continue  # "Hội Liên hiệp Phụ nữ Việt Nam", "MTTQ Việt Nam" name a body, not the country
        if name in cue_only:
            prev = re.search(r"(\S+)\s*$", text[max(0, s - 20) : s])
            if not prev or (prev.group(1).lower() not in cues and prev.group(1) != "("):
                continue
        level = units[0].level if units else "province"
        if units and units[0].canonical:
            name = units[0].canonical
        hits.append(_Hit(name, units[0].kind if units else "province", level, s, e, units))
    return hits


def _resolve(units: tuple[Unit, ...], kind: str, level: str, context: set[str]) -> str | None:
    candidates = [u for u in units if u.level == level] or list(units)
    candidates = [u for u in candidates if u.kind == kind] or candidates  # "quận" vs "thị xã" Hoàng Mai
    if kind == "city":
        city = [u for u in candidates if u.kind == "municipality"] or \
               [u for u in units if u.kind == "city"] or candidates
        candidates = city
    if len({u.province for u in candidates}) > 1:
        near = [u for u in candidates if u.province in context or u.legacy_province in context
                or u.legacy_district in context]
        candidates = near or candidates
    provinces = {u.province for u in candidates if u.province}
    return provinces.pop() if len(provinces) == 1 else None


def _kind(hit: _Hit) -> str:
    if hit.kind == "city" and any(u.kind == "municipality" for u in hit.units):
        return "municipality"
    if hit.kind in ("city", "province") and not hit.units:
        return hit.kind
    if hit.level == "province" and hit.units and hit.kind == "province":
        return hit.units[0].kind if hit.units[0].level == "province" else hit.kind
    return hit.kind


@functools.cache
def _districts_by_province() -> dict[str, frozenset[str]]:
    """Districts of two syllables or more, by legacy and by current province."""
    found: dict[str, set[str]] = {}
    for units in gazetteer().values():
        for u in units:
            if u.level == "district" and len(u.name.split()) > 1:
                for province in {u.legacy_province, u.province} - {None}:
                    found.setdefault(province, set()).add(u.name)
    return {k: frozenset(v) for k, v in found.items()}


@functools.cache
def _district_pattern() -> re.Pattern[str]:
    """One regex of every district of :func:`_districts_by_province`, compiled once; the
    districts of the text's provinces are kept among its matches."""
    return names_pattern(set().union(*_districts_by_province().values()))


def find_locations(text: str, *, entities: list[Entity] | None = None) -> list[Location]:
    """Named places with their administrative level and post-2025 province.

    Parameters
    ----------
    text : str
        Normalised text.
    entities : list of Entity, optional
        The NER model's spans of ``text`` (the pipeline computes them once for every
        extractor); when None they are computed here.

    Returns
    -------
    list of Location
        One per place, in order of first mention, with every mention; ``name`` is the place as
        written without its administrative word.

    Examples
    --------
    >>> locs = find_locations("UBND tỉnh Bắc Kạn làm việc với huyện Ba Bể và Hà Nội.")
    >>> [(x.name, x.kind, x.province) for x in locs]
    [('Bắc Kạn', 'province', 'Thái Nguyên'), ('Ba Bể', 'district', 'Thái Nguyên'), ('Hà Nội', 'municipality', 'Hà Nội')]
    """
    if not text or text.isspace():
        return []
    if entities is None:
        from .entities import find_entities  # entities never imports this module: no cycle

        entities = find_entities(text)
    entities = _Spans(entities)
    hits = _prefixed(text, entities)
    taken = _Spans(hits)
    bare_pattern, cue_only = _bare()
    hits += _bare_hits(text, bare_pattern, taken, entities, cue_only)

    context: set[str] = set()
    for h in hits:
        context.add(h.name)
        for u in h.units:
            if u.level == "province":
                context.update(x for x in (u.province, u.legacy_province) if x)
    # districts of the provinces the text names, standing alone (communes need their word:
    # "Nội Bài", "Hữu Nghị" are more often an airport and a border gate)
    by_province = _districts_by_province()
    local = set().union(*(by_province.get(p, ()) for p in context))
    if local:
        taken = _Spans(hits)
        for h in _bare_hits(text, _district_pattern(), taken, entities, trust_name=True, allowed=local):
            h.units = tuple(u for u in h.units if u.level == "district")
            h.level, h.kind = h.units[0].level, h.units[0].kind
            hits.append(h)
            context.add(h.name)

    groups: dict[tuple[str, str], list[_Hit]] = {}
    for h in sorted(hits, key=lambda h: h.start):
        key = (h.name.lower(), _kind(h))
        if text[h.start:h.end] == h.name:  # a bare mention joins the place of that name
            key = next((k for k in groups if k[0] == key[0]), key)
        groups.setdefault(key, []).append(h)
    out = []
    for (_, kind), group in groups.items():
        first = group[0]
        units = tuple(u for h in group for u in h.units)
        province = _resolve(units, first.kind, first.level, context) if units else None
        mentions = tuple(Mention(text[h.start:h.end], h.start, h.end) for h in group)
        out.append(Location(first.name, kind, text[first.start:first.end], first.start, first.end,
                            province, mentions))
    return out

