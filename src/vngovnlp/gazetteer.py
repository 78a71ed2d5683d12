"""The gazetteer: administrative units of Việt Nam, countries and regions, by lower-cased name.

Administrative units come from the JSON data of the *vietnamadminunits* package: the 63
provinces with their districts and communes before the 2025 reform, the 34 provinces and their
communes after it, and the mapping between the two, so that every place can be given the
province it belongs to after the 2025 merger ("Bắc Kạn" → "Thái Nguyên"). Countries, regions
and spelling variants of provinces are data files of this package (``countries.yaml``,
``regions.yaml``, ``place_aliases.yaml``), each read once.

This module is a ground floor: it reads data and imports none of the extractors, so that both
``extract.locations`` and ``extract.entities`` (whose CRF has a gazetteer feature) can read it
without importing each other.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from . import lexicon
from .normalize import canonical_tones

__all__ = ["LEVELS", "Unit", "clean_name", "countries", "country_word_ends", "country_word_starts", "gazetteer", "load_data", "names_pattern", "regions", "trie_source", "world_capitals", "world_cities"]

#: Levels of the gazetteer, in the order a name that is several things is read.
LEVELS = ("province", "country", "region", "district", "ward", "village")
_LEVEL_ORDER = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Unit:
    """One entry of the gazetteer.

    Attributes
    ----------
    name : str
        The short name ("Ba Bể", "Trung Quốc").
    level : str
        One of :data:`LEVELS`.
    kind : str
        The unit's type: province, municipality, district, town, city, commune, ward,
        township, special_zone, country, region.
    province : str or None
        The province after the 2025 merger.
    legacy_province, legacy_district : str or None
        The province and district before it.
    canonical : str or None
        For a country: its usual short name (the aliases of one country share it).
    """

    name: str
    level: str
    kind: str
    province: str | None = None
    legacy_province: str | None = None
    legacy_district: str | None = None
    canonical: str | None = None


def load_data(name: str) -> dict:
    """One data file of ``vngovnlp.data`` through the package's one loader (read-only, shared)."""
    return lexicon.load(name)


def _load_adminunits(name: str) -> dict:
    return lexicon.load(f"data/{name}", "vietnamadminunits")


def clean_name(name: str) -> str:
    """One spacing and the new-style tone placement: ``"Thanh  Hoá"`` → ``"Thanh Hóa"``."""
    return canonical_tones(" ".join(str(name).split()))


@functools.cache
def countries() -> tuple[dict, ...]:
    """Every country and territory: ``countries.yaml`` first, then the Unicode CLDR names.

    Each record has ``name``, ``aliases`` and ``cue`` (a name that is also a common word, read
    as the country only after a cue word). The CLDR territory names in Vietnamese and English
    (babel's locale data) add the countries the data file does not list; a one-syllable
    Vietnamese name among them needs a cue, as the file's own do.

    Examples
    --------
    >>> next(c for c in countries() if c["name"] == "Lào")["aliases"][0]
    'Cộng hòa dân chủ nhân dân Lào'
    >>> any(c["name"] == "Albania" for c in countries())
    True
    """
    data = load_data("countries.yaml")
    records = [dict(c, aliases=list(c.get("aliases", [])), cue=bool(c.get("cue"))) for c in data["countries"]]
    known = {clean_name(f).lower() for c in records for f in [c["name"], *c["aliases"]]}
    for forms in _cldr_names(frozenset(data.get("cldr_skip", ())), two_letter=True):
        forms = [f for f in forms if f.lower() not in known]
        if forms:
            known.update(f.lower() for f in forms)
            records.append({"name": forms[0], "aliases": forms[1:], "source": "cldr",
                            "cue": len(forms[0].split()) == 1 and not forms[0].isascii()})
    return tuple(records)


@functools.cache
def country_word_starts() -> dict[str, frozenset[str]]:
    """``countries.yaml`` ``word_starts``: one-syllable country names and the syllables after
    which they are the first syllable of a word, no country.

    Examples
    --------
    >>> "luật" in country_word_starts()["Pháp"]
    True
    """
    data = load_data("countries.yaml").get("word_starts") or {}
    return {name: frozenset(rest) for name, rest in data.items()}


@functools.cache
def country_word_ends() -> dict[str, frozenset[str]]:
    """``countries.yaml`` ``word_ends``: one-syllable country names and the syllables before
    which they are the last syllable of a word, no country.

    Examples
    --------
    >>> "tư" in country_word_ends()["Pháp"], "hiến" in country_word_ends()["Pháp"]
    (True, True)
    """
    data = load_data("countries.yaml").get("word_ends") or {}
    return {name: frozenset(rest) for name, rest in data.items()}


def _cldr_names(skip: frozenset[str], two_letter: bool) -> list[list[str]]:
    """Vietnamese then English CLDR names of each territory (codes of two letters) or region
    (codes of three digits); a bracketed other name is a form of its own ("Myanmar (Miến
    Điện)"), names joining two places ("Trinidad & Tobago", "Hồng Kông, Trung Quốc") are left."""
    from babel import Locale

    vi, en = Locale.parse("vi").territories, Locale.parse("en").territories
    out = []
    for code, name in vi.items():
        if code in skip or (len(code) == 2) != two_letter or not (code.isalpha() or code.isdigit()):
            continue
        forms: list[str] = []
        for raw in (name, en.get(code, "") if two_letter else ""):
            for part in _BRACKET.split(raw):
                part = clean_name(part.strip(" ()"))
                if part and not _joined().search(part) and part not in forms:
                    forms.append(part)
        if forms:
            out.append(forms)
    return out


_BRACKET = re.compile(r" \(|\)")


@functools.cache
def _joined() -> re.Pattern[str]:
    """A CLDR name that joins two places: "&", ",", "St." or a word of ``cldr_joined_words``."""
    words = "|".join(re.escape(w) for w in load_data("countries.yaml")["cldr_joined_words"])
    return re.compile(rf"[&,]|\bSt\.|\b(?:{words})\b")


@functools.cache
def world_cities() -> frozenset[str]:
    """Foreign cities (``world_cities.yaml``, built from GeoNames by ``models/build_world_cities.py``).

    Kept apart from :func:`gazetteer` (the NER model's gazetteer feature does not read them).

    Examples
    --------
    >>> {"Warsaw", "Bắc Kinh"} <= world_cities()
    True
    """
    return frozenset(clean_name(c) for c in load_data("world_cities.yaml")["cities"])


@functools.cache
def world_capitals() -> frozenset[str]:
    """The names of :func:`world_cities` that a country's capital goes by (``capitals`` of
    ``world_cities.yaml``): alone, a capital is often its country's government.

    Examples
    --------
    >>> {"Riyadh", "Bắc Kinh"} <= world_capitals(), "Okazaki" in world_capitals()
    (True, False)
    """
    return frozenset(clean_name(c) for c in load_data("world_cities.yaml")["capitals"])


@functools.cache
def regions() -> tuple[dict, ...]:
    """Regions, seas and oceans: ``regions.yaml`` first, then the CLDR world regions.

    Examples
    --------
    >>> {"châu Âu", "Bắc Phi", "Ấn Độ Dương"} <= {f for r in regions() for f in [r["name"], *r["aliases"]]}
    True
    """
    data = load_data("regions.yaml")
    lower = tuple(f"{w} " for w in data.get("lower_first", ()))
    records = [dict(r, aliases=list(r.get("aliases", [])), kind=r.get("kind", "region")) for r in data["regions"]]
    known = {clean_name(f).lower() for r in records for f in [r["name"], *r["aliases"]]}
    records += [{"name": forms[0], "aliases": forms[1:], "kind": "region", "source": "cldr"}
                for forms in _cldr_names(frozenset(map(str, data.get("cldr_skip", ()))), two_letter=False)
                if forms[0].lower() not in known]
    for r in records:  # "Châu Âu" is written "châu Âu" in running text
        r["aliases"] += [f[0].lower() + f[1:] for f in [r["name"], *r["aliases"]] if f.startswith(lower)]
    return tuple(records)


@functools.cache
def _unit_kinds() -> dict:
    """The kinds of the administrative unit types (``place_aliases.yaml``)."""
    return load_data("place_aliases.yaml")


def _province_kind(p: dict) -> str:
    return "municipality" if p["province"].startswith(_unit_kinds()["municipality_prefix"]) else "province"


def _provinces(legacy: dict, new: dict, old_to_new: dict[str, str]) -> list[Unit]:
    units = []
    for p in new["DICT_PROVINCE"].values():
        short = clean_name(p["provinceShort"])
        units.append(Unit(short, "province", _province_kind(p), short))
    for key, p in legacy["DICT_PROVINCE"].items():
        short = clean_name(p["provinceShort"])
        units.append(Unit(short, "province", _province_kind(p), old_to_new.get(key), short))
    return units


def _districts(legacy: dict, old_to_new: dict[str, str]) -> list[Unit]:
    legacy_short = {key: clean_name(p["provinceShort"]) for key, p in legacy["DICT_PROVINCE"].items()}
    return [Unit(clean_name(d["districtShort"]), "district", _unit_kinds()["district_kinds"].get(d.get("districtType"), "district"),
                 old_to_new.get(pkey), legacy_short.get(pkey))
            for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items() for d in districts.values()]


def _ward(w: dict, province: str | None, legacy_province: str | None = None,
          legacy_district: str | None = None) -> Unit | None:
    if not isinstance(w.get("wardShort"), str):
        return None
    return Unit(clean_name(w["wardShort"]), "ward", _unit_kinds()["ward_kinds"].get(w.get("wardType"), "commune"), province,
                legacy_province, legacy_district)


def _wards(legacy: dict, new: dict, old_to_new: dict[str, str], new_name: dict[str, str]) -> list[Unit]:
    units = []
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        lp = clean_name(legacy["DICT_PROVINCE"][pkey]["provinceShort"]) if pkey in legacy["DICT_PROVINCE"] else None
        for dkey, wards in districts.items():
            dshort = legacy["DICT_PROVINCE_DISTRICT"].get(pkey, {}).get(dkey, {}).get("districtShort")
            ld = clean_name(dshort) if dshort else None
            units += [u for w in wards.values() if (u := _ward(w, old_to_new.get(pkey), lp, ld))]
    for pkey, wards in new["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        units += [u for w in wards.values() if (u := _ward(w, new_name.get(pkey)))]
    return units


def _foreign_and_regions() -> list[Unit]:
    units = [Unit(clean_name(form), "country", "country", canonical=clean_name(c["name"]))
             for c in countries() for form in [c["name"], *c["aliases"]]]
    units += [Unit(clean_name(form), "region", r["kind"])
              for r in regions() for form in [r["name"], *r["aliases"]]]
    return units


@functools.cache
def gazetteer() -> dict[str, tuple[Unit, ...]]:
    """Every known place by lower-cased name: administrative units, countries, regions.

    Units of one name are ordered by :data:`LEVELS` (a province before a district of the
    same name).

    Examples
    --------
    >>> sorted({u.province for u in gazetteer()["ba bể"]})
    ['Thái Nguyên']
    """
    legacy = _load_adminunits("parser_legacy.json")
    new = _load_adminunits("parser_from_2025.json")
    merged = _load_adminunits("converter_2025.json")["DICT_PROVINCE"]
    new_name = {key: clean_name(p["provinceShort"]) for key, p in new["DICT_PROVINCE"].items()}
    old_to_new = {old: new_name[nk] for nk, olds in merged.items() for old in olds if nk in new_name}
    units = (_provinces(legacy, new, old_to_new) + _districts(legacy, old_to_new)
             + _wards(legacy, new, old_to_new, new_name) + _foreign_and_regions())

    table: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        if u not in table[u.name.lower()]:
            table[u.name.lower()].append(u)
    by_province = {u.name.lower(): u for u in units if u.level == "province"}
    for a in load_data("place_aliases.yaml")["aliases"]:
        target = by_province.get(clean_name(a["name"]).lower())
        if target is not None:
            table[clean_name(a["alias"]).lower()].append(Unit(clean_name(a["alias"]), "province", target.kind,
                                                              target.province, target.legacy_province))
    _apostrophe_variants(table)
    _dash_variants(table)
    _spelling_variants(table)
    return {k: tuple(sorted(v, key=lambda u: _LEVEL_ORDER[u.level])) for k, v in table.items()}


_APOSTROPHES = ("’", "ʼ")


def _apostrophe_variants(table: dict[str, list[Unit]]) -> None:
    """The package writes minority names with a straight apostrophe ("Cư M'gar"), the press
    mostly with a typographic one ("Cư M’gar"): both forms name the unit."""
    for key, units in list(table.items()):
        if "'" in key:
            for mark in _APOSTROPHES:
                table.setdefault(key.replace("'", mark), []).extend(
                    replace(u, name=u.name.replace("'", mark)) for u in units)


def _spelling_variants(table: dict[str, list[Unit]]) -> None:
    """The first syllable of a Central Highlands name is spelled several ways ("Đắk Hà", "Đăk
    Hà", "Đak Đoa"; ``place_aliases.yaml`` ``syllable_variants``): the package has each name
    under one of them, the press writes any; every spelling names the unit, as written."""
    for group in load_data("place_aliases.yaml").get("syllable_variants", ()):
        for key, units in list(table.items()):
            first, _, rest = key.partition(" ")
            if first not in group or not rest:
                continue
            for other in group:
                written = other[:1].upper() + other[1:]
                known = table.setdefault(f"{other} {rest}", [])
                known.extend(v for u in units
                             if (v := replace(u, name=f"{written} {u.name.partition(' ')[2]}")) not in known)


_DASHES = ("-", " – ", "–", "- ", " -")  # "Bà Rịa- Vũng Tàu": a hyphen glued to one side


def _dash_variants(table: dict[str, list[Unit]]) -> None:
    """A unit named with a spaced hyphen ("Thừa Thiên - Huế", "Phan Rang - Tháp Chàm") is also
    written with the hyphen unspaced or with an en dash ("Thừa Thiên-Huế", "Thừa Thiên – Huế"):
    every form names the unit, as written."""
    for key, units in list(table.items()):
        if " - " in key:
            for dash in _DASHES:
                known = table.setdefault(key.replace(" - ", dash), [])
                known.extend(v for u in units if (v := replace(u, name=u.name.replace(" - ", dash))) not in known)


def names_pattern(names) -> re.Pattern[str]:
    """One regex matching any of ``names`` as whole words, the longest first.

    The alternation is factored into a character trie ("Bắc (?:Kạn|Ninh)"), so that the regex
    engine follows one branch at each position instead of trying every name: a thousand names
    cost little more than ten.

    Examples
    --------
    >>> p = names_pattern(["Bắc Kạn", "Bắc Ninh", "Bắc"])
    >>> [m.group() for m in p.finditer("Bắc Ninh, Bắc Kạn, Bắcx, Bắc.")]
    ['Bắc Ninh', 'Bắc Kạn', 'Bắc']
    """
    return re.compile(r"(?<![\w.])" + trie_source(names) + r"(?!\w)")


def trie_source(names) -> str:
    """Regex source matching any of ``names``, factored into a character trie, longest first.

    Examples
    --------
    >>> trie_source(["xã", "xóm", "thôn"])
    '(?:thôn|x(?:ã|óm))'
    """
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here: the longer names are tried first, greedily
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
