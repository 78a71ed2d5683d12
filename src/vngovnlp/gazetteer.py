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
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

import yaml

from .normalize import canonical_tones

__all__ = ["LEVELS", "Unit", "clean_name", "countries", "gazetteer", "load_data", "names_pattern", "regions"]

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
    """One YAML file of ``vngovnlp.data``, parsed (not cached: callers cache what they build)."""
    return yaml.safe_load(resources.files("vngovnlp.data").joinpath(name).read_text("utf-8"))


def _load_adminunits(name: str) -> dict:
    return json.loads(resources.files("vietnamadminunits").joinpath("data", name).read_text("utf-8"))


def clean_name(name: str) -> str:
    """One spacing and the new-style tone placement: ``"Thanh  Hoá"`` → ``"Thanh Hóa"``."""
    return canonical_tones(" ".join(str(name).split()))


@functools.cache
def countries() -> tuple[dict, ...]:
    """The records of ``countries.yaml`` (name, aliases, cue), read once.

    Examples
    --------
    >>> next(c for c in countries() if c["name"] == "Lào")["aliases"][0]
    'Cộng hòa dân chủ nhân dân Lào'
    """
    return tuple(load_data("countries.yaml")["countries"])


@functools.cache
def regions() -> tuple[dict, ...]:
    """The records of ``regions.yaml`` (name, aliases), read once."""
    return tuple(load_data("regions.yaml")["regions"])


_WARD_KIND = {"Xã": "commune", "Phường": "ward", "Thị trấn": "township", "Đặc khu": "special_zone"}
_DISTRICT_KIND = {"Huyện": "district", "Quận": "district", "Thị xã": "town", "Thành phố": "city"}


def _province_kind(p: dict) -> str:
    return "municipality" if p["province"].startswith("Thành phố") else "province"


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
    return [Unit(clean_name(d["districtShort"]), "district", _DISTRICT_KIND.get(d.get("districtType"), "district"),
                 old_to_new.get(pkey), legacy_short.get(pkey))
            for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items() for d in districts.values()]


def _ward(w: dict, province: str | None, legacy_province: str | None = None,
          legacy_district: str | None = None) -> Unit | None:
    if not isinstance(w.get("wardShort"), str):
        return None
    return Unit(clean_name(w["wardShort"]), "ward", _WARD_KIND.get(w.get("wardType"), "commune"), province,
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
             for c in countries() for form in [c["name"], *c.get("aliases", [])]]
    units += [Unit(clean_name(form), "region", "region")
              for r in regions() for form in [r["name"], *r.get("aliases", [])]]
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
    return {k: tuple(sorted(v, key=lambda u: _LEVEL_ORDER[u.level])) for k, v in table.items()}


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
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = True
    return re.compile(r"(?<![\w.])" + _trie_regex(trie) + r"(?!\w)")


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here: the longer names are tried first, greedily
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
