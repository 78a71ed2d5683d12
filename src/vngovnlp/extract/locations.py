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
from dataclasses import dataclass, replace

from ..gazetteer import (
    Unit,
    clean_name,
    countries,
    country_word_ends,
    country_word_starts,
    gazetteer,
    load_data,
    names_pattern,
    trie_source,
    world_capitals,
    world_cities,
)
from ..names import is_name_syllable, surnames, vietnamese_syllable
from ..types import Entity, Location, Mention

__all__ = ["find_locations", "gazetteer"]

_MAX_SYLLABLES = 6
_OPEN_LEVELS = ("village", "feature", "foreign")  # names taken as written, not looked up


@dataclass(frozen=True)
class _Prefix:
    """One word of ``place_prefixes.yaml``."""

    prefix: str
    kind: str
    level: str
    numbered: bool = False
    keep: bool = False
    abbreviation: bool = False
    lower_only: bool = False
    not_after: frozenset[str] = frozenset()
    full: str | None = None  # the word an abbreviation stands for
    waters: bool = False  # "biển Bình Thuận": the waters of a unit are the unit
    before_commune: bool = False  # "khu Phú Thịnh, thị trấn Đoan Hùng": a quarter only before its commune
    foreign_words: bool = False  # "hạt Santa Clara", "Tỉnh Zeeland" opening a sentence: a foreign unit in foreign words
    vietnamese_names: bool = False  # "bản Galaxy S8": a version, no village


@dataclass(frozen=True)
class _Words:
    """Everything ``place_prefixes.yaml`` and ``syllables.yaml`` say, compiled once."""

    pattern: re.Pattern[str]
    specs: dict[str, _Prefix]
    cues: frozenset[str]
    foreign_cues: tuple[str, ...]
    foreign_cue_not_after: tuple[str, ...]
    plural: re.Pattern[str]  # "các xã A, B": a list follows
    after_village: _Prefix  # "thôn Hòa Lộc, Phú Định": the next name is a commune
    directions: frozenset[str]
    facility_before: re.Pattern[str]
    syllable: re.Pattern[str]


@functools.cache
def _words() -> _Words:
    data = load_data("place_prefixes.yaml")
    specs = {p["prefix"]: _Prefix(**{**p, "not_after": frozenset(p.get("not_after", ()))})
             for p in data["prefixes"]}
    # one trie of the words, matched without regard to case; the plural before is read after
    pattern = re.compile(rf"(?<!\w)(?P<prefix>{trie_source(specs)})(?P<gap>:? ?)(?=\w)", re.IGNORECASE)
    return _Words(pattern, specs, frozenset(data["cues"]), tuple(f + " " for f in data["foreign_cues"]),
                  tuple(f + " " for f in data["foreign_cue_not_after"]),
                  re.compile(rf"(?<!\w)(?:{trie_source(data['plural'])}|\d+) $", re.IGNORECASE),
                  specs[data["after_village"]],
                  frozenset(data["directions"]),
                  re.compile(rf"(?<!\w)(?:{trie_source(data['facilities'])}) $", re.IGNORECASE), vietnamese_syllable())


@functools.cache
def _bare() -> tuple[re.Pattern[str], frozenset[str]]:
    """One regex of every name that is a place on its own: provinces, countries, regions."""
    names = {u.name for units in gazetteer().values() for u in units
             if u.level in ("province", "country", "region")}
    names -= set(load_data("place_aliases.yaml")["named_after_person"])
    cue_only = frozenset(f for c in countries() if c["cue"] for f in (clean_name(c["name"]),))
    return names_pattern(names), cue_only


# a hyphen joins the parts of one foreign word ("Al-Lataminah"), see _run_tokens; an apostrophe
# inside a syllable is part of a minority name ("Cư M’gar", "Dliê Ya'")
_WORD = r"\w+(?:['’ʼ]\w+)*"
_CAP_RUN = re.compile(rf"{_WORD}(?:-{_WORD})*(?: {_WORD}(?:-{_WORD})*){{0,{_MAX_SYLLABLES + 2}}}")


@functools.cache
def _list_sep() -> re.Pattern[str]:
    """What separates two places of a list: ", ", " và ", ", và ", "; ", and a hyphen or dash
    between two listed names ("2 tỉnh Đắk Lắk-Đắk Nông", "tỉnh Vân Nam - Trung Quốc")."""
    conj = re.escape(load_data("place_prefixes.yaml")["list_conjunction"])
    return re.compile(rf"(?:, {conj} |, | {conj} |; |(?P<dash>-| [-–] ))")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok.isdigit()


# the gazetteer writes a minority name's syllable without the apostrophe the press may keep
# inside it ("Đắk G’Long" is "Đắk Glong")
_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ](?=\w)")


def _lookup(tokens: list[str], level: str | None) -> tuple[int, tuple[Unit, ...]]:
    """Longest prefix of ``tokens`` that names a unit (of ``level`` when given)."""
    table = gazetteer()
    for n in range(min(len(tokens), _MAX_SYLLABLES), 0, -1):
        key = " ".join(tokens[:n]).lower()
        units = table.get(key, ()) or table.get(_APOSTROPHE.sub("", key), ())
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


def _is_foreign_word(tok: str) -> bool:
    """A capitalised word that is not a Vietnamese syllable ("Washington", "Doha")."""
    return tok.isalpha() and not tok.isupper() and not _words().syllable.fullmatch(tok)


def _caps(tokens: list[str]) -> int:
    """Capitalised tokens at the start, up to a connective or a sentence opener that begins the
    next sentence ("biển Phú Yên" + "Tuy nhiên, …", "sông Hồng" + "Sáng 12/6": a caption run
    into the text)."""
    n = 0
    while n < len(tokens) and _is_cap(tokens[n]) and not tokens[n].isdigit() \
            and not (n and (" ".join(tokens[n:n + 2]) in _connectives() or _opens_sentence(tokens, n))):
        n += 1
    return n


def _opens_sentence(tokens: list[str], n: int) -> bool:
    """``tokens[n]`` opens a sentence, unless a listed name goes on with it ("xã Dền Sáng")."""
    return tokens[n] in _sentence_openers() and " ".join(tokens[:n + 1]).lower() not in gazetteer()


@functools.cache
def _connectives() -> frozenset[str]:
    """``titles.yaml`` ``not_names``: words that no name runs into ("Tuy nhiên", "Huân chương")."""
    return frozenset(load_data("titles.yaml")["not_names"])


def _run_tokens(run: str) -> list[str]:
    """The words of a capitalised run; a hyphenated word stays whole when it is one word (see
    :func:`_one_hyphenated_word`) and no listed name ends at its hyphen; otherwise the name
    ends at the hyphen, as Vietnamese names do ("Bà Rịa-Vũng Tàu", "Đắk Lắk-Đắk Nông")."""
    tokens = run.split(" ")
    for i, tok in enumerate(tokens):
        parts = tok.split("-")
        head = tokens[:i] + [parts[0]]
        if len(parts) > 1 and not (_one_hyphenated_word(parts) and " ".join(head).lower() not in gazetteer()):
            return head
    return tokens


def _one_hyphenated_word(parts: list[str]) -> bool:
    """A transliteration writes its syllables after the first in lower case ("Mang-đau",
    "Mi-an-ma", "Xơ-un"); a foreign word keeps every part foreign ("Al-Lataminah")."""
    return all(p[:1].islower() for p in parts[1:]) or all(map(_is_foreign_word, parts))


def _foreign_name_end(tokens: list[str], n: int) -> int:
    """An unknown name that began with a foreign word ends before a Vietnamese syllable: in
    "tỉnh Hama Lực lượng …" (a caption run into the next sentence) the name is "Hama"."""
    if n < 2 or not _is_foreign_word(tokens[0]):
        return n
    return next((i for i in range(1, n) if not _is_foreign_word(tokens[i])), n)


def _read_country(tokens, spec, fallback, ctx) -> tuple[int, tuple[Unit, ...]]:
    n, units = _lookup(tokens, "country")
    return (n, units) if n and _is_cap(tokens[0]) else (0, ())


def _read_open(tokens, spec, fallback, ctx) -> tuple[int, tuple[Unit, ...]]:
    """Village names repeat across communes and natural features are not listed: the run of
    capitalised syllables (four at most, and a number: "thôn Cây Quýt 2") is the name; a
    common word written capitalised ("đảo Tổ quốc") names nothing."""
    n = min(_caps(tokens), 4)
    if _capitalised_word().match(" ".join(tokens[:3])):
        return 0, ()
    if n and not is_name_syllable(tokens[0]):
        return 0, ()  # an initial or an abbreviation ("bản SL"), not a name
    if spec.vietnamese_names and any(map(_is_foreign_word, tokens[:n])):
        return 0, ()  # "bản Limited Edition": a version
    if tokens[0] in _sentence_openers() and tokens[1:2] and tokens[1].isdigit():
        return 0, ()  # "xuống sông" + "Chiều 31.5, …": the next sentence's date, no river named
    if n and n < len(tokens) and tokens[n].isdigit():
        n += 1
    return n, ()


@functools.cache
def _capitalised_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_source(load_data('place_prefixes.yaml')['capitalised_words'])})(?!\w)")


def _read_feature(tokens, spec, fallback, ctx) -> tuple[int, tuple[Unit, ...]]:
    """ "sông Hồng", "bán đảo Crimea"; "biển Nga" is the country itself (its waters), read
    as the gazetteer has it, and so is "biển Bình Thuận", "biển Quỳnh Lập" (``waters``)."""
    caps = _caps(tokens)
    n, units = _lookup(tokens[:caps], None if spec.waters else "country")
    if n and n == caps and spec.waters:
        # "biển Đông" is a sea of its own, not a commune "Đông"
        if n > 1 or any(u.level == "country" for u in units):
            return n, units
    elif n and n == caps:
        return 0, ()
    return _read_open(tokens, spec, fallback, ctx)


def _read_foreign(tokens, spec, fallback, ctx) -> tuple[int, tuple[Unit, ...]]:
    """ "thủ đô London", "bang Maryland": a known place, else a capitalised name the NER model
    reads as a place or that is made of foreign words."""
    caps = _caps(tokens)
    n, units = (0, ()) if spec.foreign_words else _lookup(tokens[:caps], None)
    if n:
        return n, units
    text, pos = ctx
    end = pos + len(" ".join(tokens[:caps]))
    foreign = _mostly_foreign(tokens[:caps]) if spec.foreign_words else any(map(_is_foreign_word, tokens[:caps]))
    if spec.foreign_words and any(e.label == "PER" for e in text.entities.overlapping(pos, end)):
        return 0, ()  # "Giám đốc ICRC khu vực Robert Mardini": a person after the word
    if 0 < caps <= 4 and (foreign or not spec.foreign_words and _looks_like_place(pos, end, text.entities)):
        n = _foreign_name_end(tokens, caps)
        if n >= 3 and any(e.label == "PER" for e in text.entities.overlapping(pos, end)):
            n -= 2  # "bang Alagoas Givaldo Carimbao": the state, then a person's two names
        return n, ()
    return 0, ()


def _mostly_foreign(tokens: list[str]) -> bool:
    """Foreign words, and no more Vietnamese syllables than foreign words besides directions
    ("Mỹ Latinh", "Đông Nam Damascus"; not "Cống Bara Nghi Quang", a sluice)."""
    foreign = sum(map(_is_foreign_word, tokens))
    vietnamese = sum(not _is_foreign_word(t) and t not in _words().directions for t in tokens)
    return foreign > 0 and vietnamese <= foreign


def _read_admin(tokens, spec, fallback, ctx) -> tuple[int, tuple[Unit, ...]]:
    caps = _caps(tokens)
    if not caps:
        return 0, ()
    n, units = _lookup(tokens[:caps], spec.level)
    if not n:
        n, units = _lookup(tokens[:caps], None)
        if any(u.level == "region" for u in units):
            return 0, ()  # "các tỉnh Tây Bắc": the provinces of a region, read as the region
        units = tuple(u for u in units if u.level != "country")
    if not n and fallback and caps <= 4 and tokens[0].lower() not in _words().specs:  # "thành phố: Tp. …"
        n = _unlisted_unit(tokens, caps, spec, ctx)
    # "xã Ngư Thủy Bắc": the gazetteer may know only the commune the three were merged into
    if n and n < caps and tokens[n] in _words().directions and (n + 1 == caps or not fallback):
        n += 1
    return n, units


def _unlisted_unit(tokens: list[str], caps: int, spec: _Prefix, ctx) -> int:
    """The length of a unit's name no gazetteer lists after an administrative word: a foreign
    word is no Vietnamese unit's name (the gazetteer has them all: "tỉnh Idlib"), nor is it after
    an abbreviation, which may be a brand's ("TP Bank"); a name the NER model reads as a place, or
    followed by its country in brackets, is one too unless ``spec.foreign_words``, and unless the
    model's place goes on past the name into lower-case words ("Tp Hồ Chí Minh, Bệnh viện Nhi đồng
    2": a hospital, no city "Bệnh")."""
    text, pos = ctx
    if tokens[0] in _sentence_openers():
        return 0  # "ở TP. Cũng trong ngày …": the abbreviation's period ended the sentence
    n = _foreign_name_end(tokens, caps)
    end = pos + len(" ".join(tokens[:n]))
    read_as_place = not spec.foreign_words and (_looks_like_place(pos, end, text.entities) and not _runs_on(text, end)
                                                or _country_follows(text.text, end))
    return n if read_as_place or not spec.abbreviation and any(map(_is_foreign_word, tokens[:n])) else 0


def _runs_on(doc: _Text, end: int) -> bool:
    """The model's place over ``end`` goes on into a lower-case word."""
    return any(e.label == "LOC" and e.end > end + 1 and doc.text[end + 1:end + 2].islower()
               for e in doc.entities.overlapping(end - 1, end))


_READERS = {"country": _read_country, "village": _read_open, "feature": _read_feature, "foreign": _read_foreign}


@dataclass(frozen=True)
class _Text:
    text: str
    entities: _Spans


def _name_after(doc: _Text, pos: int, spec: _Prefix, fallback: bool) -> tuple[_Hit | None, int]:
    run = _CAP_RUN.match(doc.text, pos)
    if not run:
        return None, pos
    tokens = _run_tokens(run.group())
    if tokens[0].isdigit():  # "quận 8", "thôn 14"
        if not spec.numbered:
            return None, pos
        # a number names nothing alone: "Quận 8"; a village keeps its word anyway (``keep``)
        name = tokens[0] if spec.keep else f"{(spec.full or spec.prefix).capitalize()} {tokens[0]}"
        end = pos + len(tokens[0])
        return _Hit(name, spec.kind, spec.level, pos, end, gazetteer().get(name.lower(), ())), end
    dashed = _dashed_pattern().match(doc.text, pos) if spec.level in ("province", "district", "ward") else None
    if dashed:  # "tỉnh Bà Rịa - Vũng Tàu", "TP Phan Rang - Tháp Chàm": a unit named with a dash
        return _dashed_hit(dashed, spec), dashed.end()
    n, units = _READERS.get(spec.level, _read_admin)(tokens, spec, fallback, (doc, pos))
    if not n:
        return None, pos
    name = " ".join(tokens[:n])
    if units and spec.waters:  # the unit itself, named without the sea's word
        return _Hit(name, units[0].kind, units[0].level, pos, pos + len(name), units), pos + len(name)
    return _Hit(name, spec.kind, spec.level, pos, pos + len(name), units), pos + len(name)


@functools.cache
def _dashed_pattern() -> re.Pattern[str]:
    """The administrative units whose names hold a dash between two names, spaced or not ("Bà
    Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm")."""
    return names_pattern({u.name for units in gazetteer().values() for u in units
                          if _dash_joined(u.name) and u.level in ("province", "district", "ward")})


def _dash_joined(name: str) -> bool:
    return any(m.group(1) or m.group(2) or m.group(3).isupper() for m in re.finditer(r"\w( ?)[-–]( ?)(\w)", name))


def _dashed_hit(m: re.Match, spec: _Prefix) -> _Hit:
    """The unit of a dashed name after an administrative word, of the word's level if it has one."""
    units = gazetteer()[m.group().lower()]
    same = tuple(u for u in units if u.level == spec.level)
    kind, level = (spec.kind, spec.level) if same else (units[0].kind, units[0].level)
    return _Hit(m.group(), kind, level, m.start(), m.end(), same or units)


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


_WORD_BEFORE = re.compile(r"(\S+) $")


_LONE_LETTER = re.compile(r"[A-ZĐ](?![\w.'’ʼ]| [A-ZĐ])")  # not "A" of "huyện A Lưới", nor "B’Lá"


def _prefix_applies(text: str, m: re.Match, spec: _Prefix) -> bool:
    """The administrative word is one here: "TP." in capitals, "hồ" in lower case, "bản" not
    the end of "văn bản", "TP.HCM" not a prefix before "HCM"."""
    prefix = m.group("prefix")
    if not spec.abbreviation and not m.group("gap"):
        return False  # "Pleiku", "thông": the word is glued only when abbreviated
    if spec.keep and ":" in m.group("gap"):
        return False  # "ra biển: Nghệ An …": a headline's colon, no village or feature named
    if _LONE_LETTER.match(text, m.end()):
        return False  # "P.V", "X. Hùng": a byline's or a person's initials, no place
    if spec.abbreviation and (_bare()[0].match(text, m.start("prefix"))
                              or not (prefix.isupper() or prefix[:2] == "Tp")):
        return False
    if spec.lower_only and not prefix.islower():
        return False
    if spec.not_after:
        before = _WORD_BEFORE.search(text, max(0, m.start("prefix") - 20), m.start("prefix"))
        two = " ".join(text[max(0, m.start("prefix") - 20):m.start("prefix")].split()[-2:])
        if before and (before.group(1) in spec.not_after or before.group(1).lower() in spec.not_after
                       or two.lower() in spec.not_after):
            return False
    return True


def _named(text: str, hit: _Hit, m: re.Match, spec: _Prefix) -> _Hit:
    """The name as the text writes it: with its word for a natural feature ("sông Hồng") and
    with an abbreviation glued to a number ("Q.2")."""
    if spec.keep or (spec.abbreviation and not m.group("gap") and text[m.end()].isdigit()):
        hit.name = text[m.start("prefix"):hit.end]
    hit.start = m.start("prefix")
    return hit


def _prefixed(doc: _Text) -> list[_Hit]:
    words = _words()
    hits: list[_Hit] = []
    taken_until = 0
    for m in words.pattern.finditer(doc.text):
        spec = words.specs[m.group("prefix").lower()]
        if m.start() < taken_until or not _prefix_applies(doc.text, m, spec):
            continue
        if spec.keep and _names_a_thing(doc.text, m):
            continue
        prefix = m.group("prefix")
        if spec.waters and not prefix.islower():
            spec = replace(spec, waters=False)  # "Biển Philippines", "Biển Đen": a sea's own name
        # a one-letter abbreviation ("H.", "Q.") is also an initial: its name must be known
        fallback = prefix.islower() or (spec.abbreviation and len(prefix.rstrip(".")) > 1)
        if not (fallback or spec.abbreviation or spec.level in _OPEN_LEVELS) and _starts_sentence(doc.text, m.start()):
            fallback, spec = True, replace(spec, foreign_words=True)  # "Tỉnh Zeeland …" opens a sentence
        hit, end = _name_after(doc, m.end(), spec, fallback)
        if hit is None or spec.before_commune and not _commune_at(doc.text, end):
            continue
        hits.append(hit if hit.level != spec.level else _named(doc.text, hit, m, spec))
        end = _list_after(doc, end, spec, bool(_words().plural.search(doc.text, max(0, m.start() - 8), m.start())), hits)
        taken_until = end
    return hits


def _names_a_thing(text: str, m: re.Match) -> bool:
    """A village's or a feature's word that begins the name of a thing: "thủy điện sông Ba Hạ",
    "Lễ hội Làng Sen" (after a facility's word), "đường Xóm Chiếu", "phố Núi Trúc" (capitalised
    after a street's word: the street; "đường ấp 1" is the hamlet's road), "tàu Biển Ngọc 20"
    (capitalised after a vessel's word: the vessel)."""
    start = m.start("prefix")
    return _facility_before(text, start) or not m.group("prefix").islower() and (
        _street_before(text, start) or _after_any(text, start, _vessels()))


@functools.cache
def _vessels() -> tuple[str, ...]:
    return tuple(w + " " for w in load_data("place_prefixes.yaml")["vessels"])


_GLUED_NUMBER = re.compile(r",(?=\d{1,2}(?![\d,.]))")


def _commune_at(text: str, end: int) -> bool:
    """A commune, ward or township word right after ``end`` and its comma."""
    words = _words()
    m = words.pattern.match(text, end + 2) if text[end:end + 2] == ", " else None
    return bool(m) and words.specs[m.group("prefix").lower()].level == "ward"


def _list_after(doc: _Text, end: int, spec: _Prefix, plural: bool, hits: list[_Hit]) -> int:
    """A list of places after one administrative word: "các xã A, B và C", "các thôn 3, 4";
    in a list of numbers already begun, a comma may be glued to the next ("quận 1, 4, 7,8")."""
    first = len(hits)
    while (sep := _list_sep().match(doc.text, end)
           or len(hits) > first and hits[-1].name[-1:].isdigit() and _GLUED_NUMBER.match(doc.text, end)):
        nspec = _words().after_village if spec.level == "village" and not plural else spec
        nxt, nxt_end = _name_after(doc, sep.end(), nspec, plural)
        if nxt is None or (not nxt.units and (not plural or _dashed(sep))) or _one_listed_name(doc.text, end, nxt):
            break
        if nxt.units and not plural:
            _as_province_of(nxt, hits[-1])
        if nxt.units and not any(u.level == spec.level for u in nxt.units):
            nxt.level, nxt.kind = nxt.units[0].level, nxt.units[0].kind
        if nspec.keep and nxt.level == nspec.level:
            nxt.name = f"{spec.prefix} {nxt.name}"
        hits.append(nxt)
        end = nxt_end
    return end


def _dashed(sep: re.Match) -> bool:
    return "dash" in sep.re.groupindex and bool(sep.group("dash"))


def _as_province_of(nxt: _Hit, prev: _Hit) -> None:
    """ "huyện Vân Đồn, Quảng Ninh": a name after a unit that is also the province holding it
    is that province (the address goes on), not a district of another province of that name."""
    holding = tuple(u for u in gazetteer().get(nxt.name.lower(), ()) if u.level == "province"
                    and any(u.name in (p.province, p.legacy_province) for p in prev.units if p.level != "province"))
    if holding:
        nxt.units, nxt.level, nxt.kind = holding, "province", holding[0].kind


def _one_listed_name(text: str, end: int, nxt: _Hit) -> bool:
    """ "Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế": the hyphen is inside one listed name, no list."""
    start = text.rfind(" ", 0, max(0, end - 1)) + 1
    while start > 0 and _is_cap(text[start:end]) and text.rfind(" ", 0, start - 1) >= 0:
        joined = text[start:nxt.end].lower()
        if joined in gazetteer():
            return True
        start = text.rfind(" ", 0, start - 1) + 1
    return text[start:nxt.end].lower() in gazetteer()


def _word_before(text: str, start: int) -> str | None:
    """The syllable just before ``start`` (one space apart), if any."""
    if start < 2 or text[start - 1] != " ":
        return None
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _cap_before(text: str, start: int) -> str | None:
    """The capitalised syllable just before ``start`` (one space apart), if any."""
    word = _word_before(text, start)
    return word if word and word.isalpha() and _is_cap(word) else None


def _after_any(text: str, start: int, words: tuple[str, ...]) -> bool:
    head = text[max(0, start - 30):start].lower()
    return any(head.endswith(w) and (len(head) == len(w) or not head[-len(w) - 1].isalnum()) for w in words)


def _cap_after(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


_QUOTES = "“\"'‘"


@dataclass(frozen=True)
class _Bare:
    """What a veto reads about one bare name."""

    text: str
    start: int
    end: int
    around: tuple  # NER spans covering the name
    trust_name: bool
    around_after: tuple = ()  # NER spans just after the name


_POSSESSIVE = re.compile(r"['’]s\b")  # "Vietnam’s Next Top Model": an English title


def _veto_inside_longer_name(b: _Bare) -> bool:
    """ "Thái Bình Dương", "Nam Định Xanh"; "Vietnam+" (a newspaper), "Mali-T880" (a chip). A
    person's name after the place ends it: "Tổng thống Mỹ Donald Trump", and so does a word that
    opens the next sentence of a headline run into the text ("ở Bắc Ninh Theo lời khai")."""
    nxt = b.text[b.end:b.end + 2]
    if nxt[:1] == "-" and _bare()[0].match(b.text, b.end + 1):
        return False  # "Đắk Lắk-Đắk Nông": two places joined
    if nxt[:1] == "+" or (nxt[:1] == "-" and nxt[1:].isalnum()) or _POSSESSIVE.match(b.text, b.end) \
            or _english_name_before(b.text, b.start):
        return True
    return _cap_after(b.text, b.end) and not _opener_after(b.text, b.end) and not any(
        e.label == "PER" and e.start == b.end + 1 for e in b.around_after)


def _english_name_before(text: str, start: int) -> bool:
    """ "Pirates of the Caribbean": an English joiner after a capitalised foreign word just before
    ``start`` makes the place the end of that name (see ``english_joiners``)."""
    joiner = next((j for j in _english_joiners() if _after_any(text, start, (j,))), None)
    word = _cap_before(text, start - len(joiner)) if joiner else None
    return bool(word) and _is_foreign_word(word)


@functools.cache
def _english_joiners() -> tuple[str, ...]:
    return tuple(w + " " for w in load_data("place_prefixes.yaml")["english_joiners"])


def _opener_after(text: str, end: int) -> bool:
    """A sentence opener or a connective ("Tuy nhiên") right after ``end``."""
    after = _TWO_WORDS_AFTER.match(text, end)
    return bool(after) and (after.group(1) in _sentence_openers() or after.group(1) in _bare_openers()
                            or after.group(0)[1:] in _connectives())


_TWO_WORDS_AFTER = re.compile(r" (\w+)(?: \w+)?")


@functools.cache
def _sentence_openers() -> frozenset[str]:
    return frozenset(load_data("place_prefixes.yaml")["sentence_openers"])


@functools.cache
def _bare_openers() -> frozenset[str]:
    return frozenset(load_data("place_prefixes.yaml")["bare_sentence_openers"])


def _veto_person(b: _Bare) -> bool:
    """Inside a person's name as the NER model reads it ("Nguyễn Thái Bình"); ``trust_name``:
    a district named like a woman ("Lệ Thủy") is not vetoed by a person span of exactly itself."""
    exact_ok = b.trust_name or _transliterated(b.text[b.start:b.end])
    return any(e.label == "PER" and not (exact_ok and (e.start, e.end) == (b.start, b.end)) for e in b.around)


def _transliterated(name: str) -> bool:
    """A listed place spelled syllable by syllable ("Bra-xin", "Pê-ru"), which the NER model
    often reads as a person: alone, it is the place."""
    return any(len(parts := tok.split("-")) > 1 and all(p[:1].islower() for p in parts[1:])
               for tok in name.split(" "))


def _veto_facility(b: _Bare) -> bool:
    """ "thủy điện Hòa Bình", "tiếng Pháp"; through a direction word: "Hiệp ước Bắc Đại Tây
    Dương" names a treaty (and NATO), not the ocean's north."""
    if _organisation_before(b):
        return False
    word = _word_before(b.text, b.start)
    through = b.start - len(word) - 1 if word in _words().directions else b.start
    return _facility_before(b.text, b.start) or through != b.start and _facility_before(b.text, through)


def _veto_compass(b: _Bare) -> bool:
    """ "ở phía Bắc và Tây Bắc của Estonia", "hướng Tây Bắc": a name made of direction words only
    is a compass point there (see ``compass_before`` in ``place_prefixes.yaml``)."""
    if not all(t in _words().directions for t in b.text[b.start:b.end].split(" ")):
        return False
    before, after = _compass_words()
    word, nxt = _word_before(b.text, b.start), _WORD_AFTER.match(b.text, b.end)
    return (word or "").lower() in before or bool(nxt) and nxt.group(1) in after


@functools.cache
def _compass_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("place_prefixes.yaml")
    return frozenset(data["compass_before"]), frozenset(data["compass_after"])


def _veto_treaty(b: _Bare) -> bool:
    """ "Hiệp định Thương mại Tự do Bắc Mỹ", "Hiệp định Đối tác xuyên Thái Bình Dương": the place
    ends a treaty's capitalised name (see ``treaties`` in ``place_prefixes.yaml``)."""
    treaties, joiners = _treaty_words()
    head = b.text[max(0, b.start - 120):b.start]
    if not head.endswith(" "):
        return False
    tokens = head[:-1].split(" ")
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 14), -1):
        if any(tokens[max(0, i + 1 - len(t)):i + 1] == t for t in treaties):
            return True
        tok = tokens[i]
        if tok in ("-", "–") or tok in joiners or tok.isalpha() and tok[0].isupper():
            continue
        if not (tok.isalpha() and i and tokens[i - 1].isalpha() and tokens[i - 1][0].isupper()):
            return False  # a lower-case word of its own, or punctuation: no treaty's name goes on
    return False


@functools.cache
def _treaty_words() -> tuple[tuple[list[str], ...], frozenset[str]]:
    data = load_data("place_prefixes.yaml")
    return tuple(t.split(" ") for t in data["treaties"]), frozenset(data["treaty_joiners"])


def _facility_before(text: str, start: int) -> bool:
    m = _words().facility_before.search(text, max(0, start - 30), start)
    return bool(m) and not _after_any(text, start, _not_facilities())


@functools.cache
def _not_facilities() -> tuple[str, ...]:
    return tuple(w + " " for w in load_data("place_prefixes.yaml")["not_facilities"])


def _organisation_before(b: _Bare) -> bool:
    """ "Bệnh viện Đa khoa Hòa Bình", "BV Hà Giang": the facility before a province or a provincial
    city heads an organisation, whose name holds the place (see ``organisation_facilities``)."""
    name = b.text[b.start:b.end].lower()
    place = any(u.level == "province" or u.level == "district" and u.kind in _BARE_CITY_KINDS
                for u in gazetteer().get(name, ()))
    return place and bool(_organisation_facilities().search(b.text, max(0, b.start - 30), b.start))


@functools.cache
def _organisation_facilities() -> re.Pattern[str]:
    words = load_data("place_prefixes.yaml")["organisation_facilities"]
    return re.compile(rf"(?<!\w)(?:{trie_source(words)}) $", re.IGNORECASE)


def _veto_capital_before(b: _Bare) -> bool:
    """A capitalised word before is part of one longer name, unless it is an abbreviation
    ("UBND Hà Nội") or the name ends an organisation the NER model sees ("Sở Y tế Hà Nội"); a
    family name before is a person ("Trương Hòa Bình") whatever the model says."""
    before = _cap_before(b.text, b.start)
    if not before or before.isupper() or before.lower() in _words().cues:
        return False  # "Tại Việt Nam, …" begins a sentence
    if _starts_sentence(b.text, b.start - len(before) - 1) and before not in surnames():
        return False  # "Việc Ả Rập Saudi cô lập Qatar …": a common word opens the sentence
    name = b.text[b.start:b.end]
    if before in _words().directions and (name in world_cities() or any(
            u.level in ("country", "region") for u in gazetteer().get(name.lower(), ()))):
        return False  # "Đông Ukraine": see _directions; "phía Đông Aleppo", "Tây Bắc Bình Nhưỡng": the city
    if _is_foreign_word(before) and all(map(_is_foreign_word, b.text[b.start:b.end].split(" "))):
        return True  # "New South Wales", "New Mexico": one foreign name, whatever the model says
    if f"{before} {b.text[b.start:b.end]}".lower() in gazetteer():
        return True  # "HTX … Hòa Mỹ": the name ends a longer listed one, even inside an organisation
    return before in surnames() or not any(e.label == "ORG" for e in b.around)


_SENTENCE_END = re.compile(r"(?:^|[.!?:;…]\s+|\n\s*|[“\"(]\s*)$")


def _starts_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence end, a line break or an opening quote before ``start``."""
    return bool(_SENTENCE_END.search(text, max(0, start - 4), start))


def _veto_nickname(b: _Bare) -> bool:
    """ "Hùng “Sài Gòn”": a name in quotes just after a person's name is a nickname."""
    if b.start < 2 or b.text[b.start - 1] not in _QUOTES or b.end >= len(b.text) or b.text[b.end] not in "”\"'’":
        return False
    before = _WORD_BEFORE.search(b.text, max(0, b.start - 30), b.start - 1)
    return bool(before) and before.group(1)[:1].isupper()


def _veto_word_start(b: _Bare) -> bool:
    """ "Ban Pháp chế", "Báo Pháp Luật", "Anh hùng": the name is the first syllable of a word."""
    after = _WORD_AFTER.match(b.text, b.end)
    if bool(after) and after.group(1).lower() in country_word_starts().get(b.text[b.start:b.end], ()):
        return True
    before = _word_before(b.text, b.start)  # "Bộ Tư Pháp", "Hiến Pháp": the name ends a word
    return before is not None and before.lower() in country_word_ends().get(b.text[b.start:b.end], ())


_WORD_AFTER = re.compile(r" (\w+)")


def _veto_person_word(b: _Bare) -> bool:
    """ "thầy Ngọc Sơn", "ba nuôi Thái Châu": a form of address or a calling right before the name
    makes it a person's, whatever the NER model reads."""
    words, not_after = _person_words()
    word = next((w for w in words if _after_any(b.text, b.start, (w,))), None)
    return word is not None and not _after_any(b.text, b.start - len(word), not_after)


@functools.cache
def _person_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data("place_prefixes.yaml")
    return tuple(w + " " for w in data["person_words"]), tuple(w + " " for w in data["person_words_not_after"])


def _veto_street(b: _Bare) -> bool:
    """ "đường Hồng Bàng", "đại lộ Hòa Bình": after a street's word, a district's or a ward's name
    is the street's, and after an avenue's word any name is; a province or a country after a
    street's word is the place ("trên đường phố Hà Nội", "giữa đường Trung Quốc")."""
    if not _street_before(b.text, b.start):
        return False
    units = gazetteer().get(b.text[b.start:b.end].lower(), ())
    return _after_any(b.text, b.start, _avenues()) or not any(u.level in ("province", "country", "region") for u in units)


@functools.cache
def _avenues() -> tuple[str, ...]:
    return tuple(w + " " for w in load_data("place_prefixes.yaml")["avenues"])


_VETOES = (_veto_inside_longer_name, _veto_person, _veto_facility, _veto_capital_before, _veto_nickname,
           _veto_word_start, _veto_person_word, _veto_street, _veto_treaty, _veto_compass)


def _bare_hits(doc: _Text, pattern: re.Pattern[str], taken: _Spans, *, trust_name: bool = False,
               allowed: frozenset[str] | set[str] | None = None) -> list[_Hit]:
    """Names standing alone, each checked by every rule of ``_VETOES``. ``allowed``: only these
    names are kept (the districts of the provinces the text names)."""
    hits = []
    for m in pattern.finditer(doc.text):
        s, e = m.span()
        if (allowed is not None and m.group() not in allowed) or taken.overlapping(s, e):
            continue
        around = tuple(x for x in doc.entities.overlapping(s, e) if x.start <= s and e <= x.end)
        bare = _Bare(doc.text, s, e, around, trust_name, tuple(doc.entities.overlapping(e + 1, e + 2)))
        if any(veto(bare) for veto in _VETOES):
            continue
        units = gazetteer().get(m.group().lower(), ())
        level, kind = (units[0].level, units[0].kind) if units else ("province", "province")
        hits.append(_Hit(m.group(), kind, level, s, e, units))
    return hits


def _directions(text: str, hits: list[_Hit]) -> None:
    """ "Đông Ukraine", "Nam Thái Bình Dương": a direction before a foreign place or a region
    names part of it (a Vietnamese province is never read so: "Nam Định" is a name of its own)."""
    for h in hits:
        word = _word_before(text, h.start)
        if text[h.start:h.end] == h.name and word in _words().directions and h.units and h.units[0].level in ("country", "region"):
            h.start -= len(word) + 1
            h.name = text[h.start:h.end]
            h.level, h.kind = "region", "region"


@functools.cache
def _list_gap() -> re.Pattern[str]:
    """What lies between two places of one list: an optional short bracket, then a separator."""
    data = load_data("place_prefixes.yaml")
    conj, also = re.escape(data["list_conjunction"]), re.escape(data["list_conjunction_also"])
    return re.compile(rf"(?: ?\([^()]{{0,20}}\))?(?:, | {conj} (?:{also} )?|, {conj} (?:{also} )?)")


def _cue_only(doc: _Text, candidates: list[_Hit], hits: list[_Hit]) -> list[_Hit]:
    """ "Anh", "Đức", "Nga" are countries after a cue word ("sang Anh"), in a list beside
    another country ("Anh, Úc, Áo") or between a post and a foreign person posted there
    ("Đại sứ Nga Sergey Kislyak"); otherwise a pronoun, a given name or a word."""
    cues, text = _words().cues, doc.text
    kept = [h for h in candidates if (_word_before(text, h.start) or "").lower() in cues
            or text[h.start - 1:h.start] == "(" or _foreign_person_after(doc, h) or _after_any(text, h.start, _owner_cues())
            or _model_country(doc, h)]
    pending = [h for h in candidates if h not in kept]
    # "London, Anh", "thành phố Manchester, Anh": beside a country or a foreign place
    countries_at = [h for h in hits + kept if h.level in ("country", "foreign") or _unlisted(h)]
    changed = True
    while changed and pending:
        changed = False
        for h in list(pending):
            if any(_list_gap().fullmatch(text, o.end, h.start) or _list_gap().fullmatch(text, h.end, o.start)
                   for o in countries_at):
                kept.append(h)
                countries_at.append(h)
                pending.remove(h)
                changed = True
    return kept


def _model_country(doc: _Text, h: _Hit) -> bool:
    """A cue name of ``model_read_cues`` (``countries.yaml``) that the NER model reads exactly
    as a place: "khi Nga duyệt binh", "Tổng thống Nga cảnh báo"."""
    return h.name in _model_read_cues() and _exact_place(doc, h.start, h.end)


@functools.cache
def _model_read_cues() -> frozenset[str]:
    return frozenset(load_data("countries.yaml")["model_read_cues"])


@functools.cache
def _owner_cues() -> tuple[str, ...]:
    return tuple(w + " " for w in load_data("place_prefixes.yaml")["owner_cues"])


def _foreign_person_after(doc: _Text, h: _Hit) -> bool:
    """Mid-sentence, the NER model's person of a foreign first name just after ``h``, a word
    before it (not the dash of a pair: "Đại sứ đặc biệt Việt - Nhật Sugi Ryotaro")."""
    if not (_word_before(doc.text, h.start) or "-").isalpha() or _starts_sentence(doc.text, h.start):
        return False
    return any(e.label == "PER" and e.start == h.end + 1 and _is_foreign_word(e.text.split(" ")[0])
               for e in doc.entities.overlapping(h.end + 1, h.end + 2))


@functools.cache
def _city_pattern() -> re.Pattern[str]:
    return names_pattern(world_cities())


def _city_hits(doc: _Text, taken: _Spans) -> list[_Hit]:
    """Foreign cities of the GeoNames list ("Warsaw", "Bắc Kinh") where the NER model reads a
    place or a place cue precedes, and no rule of ``_VETOES`` says otherwise."""
    hits = []
    for m in _city_pattern().finditer(doc.text):
        s, e = m.span()
        around = tuple(x for x in doc.entities.overlapping(s, e) if x.start <= s and e <= x.end)
        alone = _foreign_city_alone(m.group(), s, e, around)
        if taken.overlapping(s, e) or not (alone or _looks_like_place(s, e, doc.entities) or _after_cue(doc.text, s)):
            continue
        if not any(veto(_Bare(doc.text, s, e, around, alone)) for veto in _VETOES):
            hits.append(_Hit(m.group(), "city", "foreign", s, e, ()))
    return hits


@functools.cache
def _provincial_city_pattern() -> re.Pattern[str]:
    return names_pattern({u.name for units in gazetteer().values() for u in units
                          if u.level == "district" and u.kind in _BARE_CITY_KINDS})


_BARE_CITY_KINDS = ("city", "town")


def _cue_cities(doc: _Text, taken: _Spans) -> list[_Hit]:
    """Cities and towns of a province written without their word after a place cue, where the
    NER model reads exactly that name as a place ("nghỉ tại Nha Trang", "về Đà Lạt"); a person
    of that name ("chị Nha Trang") has no cue before it."""
    hits: list[_Hit] = []
    for m in _provincial_city_pattern().finditer(doc.text):
        s, e = m.span()
        listed = bool(hits) and bool(_list_gap().fullmatch(doc.text, hits[-1].end, s))  # "Phú Quốc và Hạ Long"
        if taken.overlapping(s, e) or not (listed or _after_cue(doc.text, s)):
            continue
        around = tuple(doc.entities.overlapping(s, e))
        if [(x.label, x.start, x.end) for x in around] != [("LOC", s, e)]:
            continue  # the model's one place over exactly this name, which is then all ``around`` holds
        if any(veto(_Bare(doc.text, s, e, around, False)) for veto in _VETOES):
            continue
        units = tuple(u for u in gazetteer()[m.group().lower()]
                      if u.level == "district" and u.kind in _BARE_CITY_KINDS)
        hits.append(_Hit(m.group(), units[0].kind, "district", s, e, units))
    return hits


def _org_cities(doc: _Text, taken: _Spans) -> list[_Hit]:
    """A provincial city written without its word at the end of an organisation's name that the
    NER model reads and that opens with an organisation's head of ``organisation_heads.yaml``
    ("Trường Đại học Vinh", "Viện Pasteur Nha Trang"): GUIDELINES count a place named inside an
    organisation's name; not an event's ("Liên hoan Ẩm thực Hội An"), nor a person's ("Phó Thủ
    tướng Trương Hòa Bình", see ``_VETOES``). A town's name ("Đông Hòa") names too many things."""
    hits: list[_Hit] = []
    for m in _provincial_city_pattern().finditer(doc.text):
        s, e = m.span()
        around = tuple(x for x in doc.entities.overlapping(s, e) if x.start <= s and e <= x.end)
        if taken.overlapping(s, e) or not any(x.label == "ORG" and x.start < s and x.end == e
                                              and _org_heads().match(x.text) for x in around):
            continue
        units = tuple(u for u in gazetteer()[m.group().lower()] if u.level == "district" and u.kind == "city")
        if units and not any(veto(_Bare(doc.text, s, e, around, False)) for veto in _VETOES):
            hits.append(_Hit(m.group(), "city", "district", s, e, units))
    return hits


@functools.cache
def _org_heads() -> re.Pattern[str]:
    heads = [h["form"] for h in load_data("organisation_heads.yaml")["heads"]]
    return re.compile(rf"(?:{trie_source(heads)}) ")


_DASH_NAME = re.compile(r" [-–] (?=[^\W\d_])")


def _cue_units(doc: _Text, taken: _Spans) -> list[_Hit]:
    """A district, commune or ward written without its word after a place cue, where the NER
    model reads exactly that name as a place ("ở Đồng Tâm", "về Mường Lát", "đến Tam Đảo"): the
    unit of that name, whichever province the text names (see :func:`_cue_unit_shape`)."""
    hits: list[_Hit] = []
    for e in doc.entities.items:
        if e.label != "LOC" or taken.overlapping(e.start, e.end) or not _cue_unit_shape(doc.text, e):
            continue
        units = tuple(u for u in gazetteer().get(e.text.lower(), ()) if u.level in ("district", "ward"))
        if not units or any(veto(_Bare(doc.text, e.start, e.end, (e,), False)) for veto in _VETOES):
            continue
        units = tuple(u for u in units if u.level == "district") or units
        hits.append(_Hit(e.text, units[0].kind, units[0].level, e.start, e.end, units))
    return hits


def _cue_unit_shape(text: str, e) -> bool:
    """Two to four capitalised syllables after a place cue; not a direction ("gió Đông đến Đông
    Nam"), not a person's full name ("từ Phạm Văn Hai": a street), nor the first of two names
    joined by a dash ("Văn Miếu – Quốc Tử Giám": one relic)."""
    tokens = e.text.split(" ")
    if not 2 <= len(tokens) <= 4 or not all(map(is_name_syllable, tokens)) or not _after_cue(text, e.start):
        return False
    if all(t in _words().directions for t in tokens) or len(tokens) > 2 and tokens[0] in surnames():
        return False
    return not (_DASH_NAME.match(text, e.end) and _is_cap(text[e.end + 3:e.end + 4]))


def _foreign_city_alone(name: str, start: int, end: int, around: tuple) -> bool:
    """A capital of foreign words that the NER model reads as a one-word person of exactly
    itself ("… khiến Riyadh phải đối mặt"): the city, named for its government; another city's
    name alone is more often a person's ("Okazaki", "vợ Victoria")."""
    return name in world_capitals() and all(map(_is_foreign_word, name.split(" "))) and any(
        e.label == "PER" and (e.start, e.end) == (start, end) for e in around)


def _after_cue(text: str, start: int) -> bool:
    """A place cue just before ``start`` ("ở", "ngoại ô"), not the end of another word ("hiện tại")."""
    words = _words()
    cue = next((c for c in words.foreign_cues if _after_any(text, start, (c,))), None)
    return cue is not None and not _after_any(text, start - len(cue), words.foreign_cue_not_after)


def _ner_places(doc: _Text, taken: _Spans) -> list[_Hit]:
    """The NER model's places the gazetteer cannot list: foreign cities ("ở Amsterdam",
    "ngoại ô Moscow"). A span is taken when its words are capitalised, one of them is not a
    Vietnamese syllable, it follows a place cue and nothing capitalised follows it."""
    hits = []
    for e in doc.entities.items:
        if e.label != "LOC" or taken.overlapping(e.start, e.end):
            continue
        tokens = e.text.split(" ")
        if (len(tokens) > 4 or not all(map(is_name_syllable, tokens))
                or not any(map(_is_foreign_word, tokens)) or _cap_after(doc.text, e.end)):
            continue
        place = _country_then_person(tokens) or _city_then_sentence(tokens)
        # a listed city and a person's two names ("Thị trưởng London Sadiq Khan") need no cue
        if not (_after_cue(doc.text, e.start) or place and place in world_cities() and len(tokens) > 2) \
                or _facility_before(doc.text, e.start):
            continue
        if place:  # "tại Mỹ" + "Sergei Kislyak": the place, then the person posted there
            units = gazetteer().get(place.lower(), ())
            level = "country" if units else "foreign"
            hits.append(_Hit(place, level, level, e.start, e.start + len(place), units))
        else:
            hits.append(_Hit(e.text, "foreign", "foreign", e.start, e.end, ()))
    return hits


def _chained(doc: _Text, hits: list[_Hit]) -> list[_Hit]:
    """An address written from the smaller place to the larger ("Los Angeles, California, Hoa
    Kỳ", "Fort Hood, Texas (Mỹ)") or a foreign place with its region in brackets ("Edinburgh
    (Scotland)"): a place of foreign words that the NER model reads just before a foreign
    place, or in brackets just after one, is a place too."""
    anchors = [h for h in hits if h.level == "country" or _unlisted(h)]
    taken = _Spans(hits)
    pending = [e for e in doc.entities.items if e.label == "LOC" and not taken.overlapping(e.start, e.end)
               and (_foreign_name(e.text.split(" ")) or _named_before_country(doc.text, e, anchors))]
    found: list[_Hit] = []
    while (e := next((e for e in pending if any(_chain_link(doc.text, a, e, anchors) for a in anchors)), None)):
        pending.remove(e)
        found.append(_Hit(e.text, "foreign", "foreign", e.start, e.end, ()))
        anchors.append(found[-1])
    return found


def _foreign_name(tokens: list[str]) -> bool:
    return len(tokens) <= 4 and all(map(is_name_syllable, tokens)) and any(map(_is_foreign_word, tokens))


def _named_before_country(text: str, e, anchors: list[_Hit]) -> bool:
    """ "đến Bồ Đề Đạo Tràng (Ấn Độ)", "ở Đông Quản (Trung Quốc)": a place the NER model reads,
    in Vietnamese words, after a place cue and just before a country in brackets, is a place of
    that country."""
    tokens = e.text.split(" ")
    return len(tokens) <= 4 and all(map(is_name_syllable, tokens)) and _after_cue(text, e.start) and any(
        a.level == "country" and text[e.end:a.start] == " (" and text[a.end:a.end + 1] == ")"
        for a in anchors)


def _chain_link(text: str, anchor: _Hit, e, anchors: list[_Hit]) -> bool:
    """ ``e`` just before ``anchor`` in brackets ("Cancun (Mexico)") or in brackets just after it
    ("Swansea (Wales)"); before a comma ("California, Hoa Kỳ") only when a place or a place cue
    comes before ``e`` too: "Tổng thống Jokowi, Indonesia" names a man and his country; after a
    comma when ``anchor`` is a foreign place after a cue ("tại Cupertino, California")."""
    if text[e.end:anchor.start] == " (" and text[anchor.end:anchor.end + 1] == ")":
        return True
    if text[anchor.end:e.start] == " (" and text[e.end:e.end + 1] == ")":
        return True
    if text[anchor.end:e.start] == ", " and _unlisted(anchor) and _after_cue(text, anchor.start):
        return True
    return text[e.end:anchor.start] == ", " and (_after_cue(text, e.start) or any(
        text[a.end:e.start] == ", " for a in anchors))


def _city_then_sentence(tokens: list[str]) -> str | None:
    """A listed city or a country of foreign words run into the Vietnamese words after it
    ("Paris" + "Trời biết, đất biết", "tại Syria" + "Mỹ đang …", a headline after a headline): a
    foreign place goes on in no Vietnamese syllable."""
    cities, table = world_cities(), gazetteer()
    for m in range(len(tokens) - 1, 0, -1):
        name = " ".join(tokens[:m])
        known = name in cities or any(u.level == "country" for u in table.get(name.lower(), ()))
        if known and all(map(_is_foreign_word, tokens[:m])) and not _is_foreign_word(tokens[m]):
            return name
    return None


def _country_then_person(tokens: list[str]) -> str | None:
    """The country or listed city that opens a span of a place and a foreign person ("Mỹ Sergei
    Kislyak", "Washington Sergey Kislyak"; a city needs two words of the person after it)."""
    table, cities = gazetteer(), world_cities()
    for m in range(1, len(tokens)):
        name = " ".join(tokens[:m])
        # the person's first name is foreign; the family name may spell a syllable ("Sadiq Khan")
        if not _is_foreign_word(tokens[m]) or not all(map(_is_foreign_word, tokens[m:-1])):
            continue
        if any(u.level == "country" for u in table.get(name.lower(), ())) or name in cities and len(tokens) - m >= 2:
            return name
    return None


def _first_non_empty(*choices: list[Unit]) -> list[Unit]:
    return next((c for c in choices if c), [])


def _narrow(units: tuple[Unit, ...], kind: str, level: str) -> list[Unit]:
    """The units of the mention's level and kind ("quận" vs "thị xã" Hoàng Mai); a "thành phố"
    is a municipality when one has the name, else a provincial city."""
    candidates = _first_non_empty([u for u in units if u.level == level], list(units))
    candidates = _first_non_empty([u for u in candidates if u.kind == kind], candidates)
    if kind == "city":
        candidates = _first_non_empty([u for u in candidates if u.kind == "municipality"],
                                      [u for u in units if u.kind == "city"], candidates)
    return candidates


def _near(u: Unit, context: set[str]) -> bool:
    return bool({u.province, u.legacy_province, u.legacy_district} & context)


def _resolve(units: tuple[Unit, ...], kind: str, level: str, context: set[str]) -> str | None:
    """The post-2025 province of a mention, when its units agree on one (those of the
    provinces the text names first)."""
    candidates = _narrow(units, kind, level)
    if len({u.province for u in candidates}) > 1:
        candidates = [u for u in candidates if _near(u, context)] or candidates
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
        written without its administrative word ("Ba Bể"); a village and a natural feature keep
        their word ("thôn Đông Xá", "sông Hồng").

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
    doc = _Text(text, _Spans(entities))
    hits = _prefixed(doc)
    bare_pattern, cue_only = _bare()
    bare = _bare_hits(doc, bare_pattern, _Spans(hits))
    hits += _ner_places(doc, _Spans(hits + bare))
    hits += _city_hits(doc, _Spans(hits + bare))
    hits += _cue_cities(doc, _Spans(hits + bare))
    hits += _org_cities(doc, _Spans(hits + bare))
    hits += _cue_units(doc, _Spans(hits + bare))
    hits += [h for h in bare if h.name not in cue_only]
    hits += _cue_only(doc, [h for h in bare if h.name in cue_only], hits)
    hits += _chained(doc, hits)
    _directions(text, hits)
    hits += _before_province(doc, hits)
    context = _context(hits)
    local = _local_districts(doc, hits, context)
    hits += local
    hits += _before_district(doc, local, _Spans(hits))  # "Vĩnh Tuy, Hai Bà Trưng, Hà Nội"
    hits += _listed_before_district(doc, hits)
    return _group(text, hits, context)


def _listed_before_district(doc: _Text, hits: list[_Hit]) -> list[_Hit]:
    """ "Thuận Phước, Xuân Hà, Thạch Gián (quận Thanh Khê)", "Bình Giang, Bình Minh, Bình Dương
    (Thăng Bình)": a list of bare names before a district in brackets, each a ward or commune of
    the district's province or exactly a place of the NER model, one of them at least a unit of
    that district, lists that district's units. In such a list the model's reading of a person
    does not count, and a name read as another place ("Bình Dương", a province) is the unit of
    the list."""
    found: list[_Hit] = []
    taken = _Spans(hits)
    for h in hits:
        districts = {u.name for u in h.units if u.level == "district"}
        if not districts or doc.text[h.start - 2:h.start] != " (" or doc.text[h.end:h.end + 1] != ")":
            continue
        members = _list_members(doc, h, taken)
        if len(members) < 2 or not any(u.legacy_district in districts for _, units in members for u in units):
            continue  # one name alone: see _before_district
        for hit, units in members:
            if units:
                hit.units, hit.level, hit.kind = units, "ward", units[0].kind
            found += [] if any(t is hit for t in taken.overlapping(hit.start, hit.end)) else [hit]
    return found


def _list_members(doc: _Text, district: _Hit, taken: _Spans) -> list[tuple[_Hit, tuple[Unit, ...]]]:
    """The names of the list that ends before ``district``'s bracket, nearest first, with their
    units of its province; separated by a comma or the list's conjunction."""
    provinces = {p for u in district.units if u.level == "district" for p in (u.province, u.legacy_province) if p}
    conj = load_data("place_prefixes.yaml")["list_conjunction"]
    members: list[tuple[_Hit, tuple[Unit, ...]]] = []
    end = district.start - 2
    while member := _list_member(doc, end, provinces, taken):
        members.append(member)
        sep = next((s for s in (", ", f" {conj} ") if doc.text[:member[0].start].endswith(s)), None)
        if sep is None:
            break
        end = member[0].start - len(sep)
    return members


def _list_member(doc: _Text, end: int, provinces: set[str], taken: _Spans) -> tuple[_Hit, tuple[Unit, ...]] | None:
    """The name of a list that ends at ``end``, with its units of ``provinces`` (none when the
    NER model reads exactly that name as a place); the place already read there when it is
    exactly that name. A capitalised word before the name other than a place cue ("Ở") makes
    it part of a longer name."""
    run = _WORDS_BEFORE.search(doc.text[max(0, end - 42):end] + " ")
    tokens = run.group().split() if run else []
    for k in filter(lambda k: _member_tail(tokens, k), range(len(tokens))):
        name = " ".join(tokens[k:])
        start = end - len(name)
        units = tuple(u for u in gazetteer().get(name.lower(), ())
                      if u.level == "ward" and {u.province, u.legacy_province} & provinces)
        if not (units or _exact_place(doc, start, end)):
            continue
        same = [t for t in taken.overlapping(start, end) if (t.start, t.end) == (start, end)]
        if _names_no_unit(doc.text, tokens, k, start, (), persons=False) or taken.overlapping(start, end) and not same:
            return None
        return (same[0] if same else _Hit(name, units[0].kind if units else "ward", "ward", start, end, units)), units
    return None


def _member_tail(tokens: list[str], k: int) -> bool:
    return all(map(is_name_syllable, tokens[k:])) and not (
        k and _is_cap(tokens[k - 1]) and tokens[k - 1].lower() not in _words().cues)


def _exact_place(doc: _Text, start: int, end: int) -> bool:
    """The NER model reads exactly ``start:end`` as a place."""
    return any(e.label == "LOC" and (e.start, e.end) == (start, end) for e in doc.entities.overlapping(start, end))


_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w’']* ){1,4}$")


def _before_province(doc: _Text, hits: list[_Hit]) -> list[_Hit]:
    """ "Nà Hừ (Lai Châu) 110 mm", "Cẩm Ân (Yên Bái)": a name just before its province in
    brackets is a unit of that province when the gazetteer lists it there, or when the NER
    model reads exactly that name as a place (villages and merged communes are not all listed)."""
    found, taken = [], _Spans(hits)
    for h in hits:
        if h.level != "province" or doc.text[h.start - 2:h.start] != " (" or doc.text[h.end:h.end + 1] != ")":
            continue
        run = _WORDS_BEFORE.search(doc.text, max(0, h.start - 42), h.start - 1)
        if run:
            provinces = {u.province for u in h.units} | {u.legacy_province for u in h.units}
            hit = _unit_before(doc, run.group().split(), h.start - 2,
                               lambda u, p=provinces: u.level in ("district", "ward") and bool({u.province, u.legacy_province} & p), taken)
            found += [hit] if hit else []
    return found + _before_district(doc, hits, taken)


def _before_district(doc: _Text, hits: list[_Hit], taken: _Spans) -> list[_Hit]:
    """ "ngụ tại Phước Tân, TP Biên Hòa", "Yên Phụ, quận Tây Hồ", "xã Trà Nam (huyện Nam Trà
    My)": an address's bare first name, just before a district and its comma or its bracket, is
    a commune or ward of that district when the gazetteer lists it there (no NER reading is
    enough here)."""
    found = []
    for h in hits:
        districts = {u.name for u in h.units if u.level == "district"}
        if not districts or doc.text[h.start - 2:h.start] not in (", ", " ("):
            continue
        run = _WORDS_BEFORE.search(doc.text[max(0, h.start - 42):h.start - 2] + " ")
        if run:
            hit = _unit_before(doc, run.group().split(), h.start - 2,
                               lambda u, d=districts: u.level == "ward" and u.legacy_district in d, taken, exact_ok=False)
            found += [hit] if hit else []
    return found


def _unit_before(doc: _Text, tokens: list[str], end: int, fits, taken: _Spans, exact_ok: bool = True) -> _Hit | None:
    """The longest capitalised tail of ``tokens`` (ending at ``end``) that is a unit which
    ``fits`` or (``exact_ok``) exactly a place of the NER model; not a person's name, nor the
    name of a thing (a hospital, a stadium) after its word."""
    for k in range(len(tokens)):
        name = " ".join(tokens[k:])
        start = end - len(name)
        spans = doc.entities.overlapping(start, end)
        if not all(map(is_name_syllable, tokens[k:])) or taken.overlapping(start, end):
            continue
        if _names_no_unit(doc.text, tokens, k, start, spans):
            return None
        units = tuple(filter(fits, gazetteer().get(name.lower(), ())))
        if units or (exact_ok and spans and all(e.label == "LOC" and (e.start, e.end) == (start, end) for e in spans)):
            level, kind = (units[0].level, units[0].kind) if units else ("ward", "commune")
            return _Hit(name, kind, level, start, end, units)
    return None


def _names_no_unit(text: str, tokens: list[str], k: int, start: int, spans, persons: bool = True) -> bool:
    """The tail ``tokens[k:]`` (at ``start``) ends a person's name ("ĐB Lưu Bình Nhưỡng (Bến
    Tre)"), a thing's ("BV Đa khoa Hùng Vương"), a street's ("đường Điện Biên Phủ", "10A Quang
    Trung, Q.Hà Đông": after a house number): no tail of it names a unit either. ``persons``:
    the NER model's persons over it count."""
    if persons and any(e.label == "PER" for e in spans) or _facility_before(text, start) or _street_before(text, start):
        return True
    return (k > 0 and tokens[k - 1] in surnames() and is_name_syllable(tokens[k - 1])
            or (_word_before(text, start) or "")[:1].isdigit())


def _street_before(text: str, start: int) -> bool:
    streets, not_streets = _streets()
    start = _chain_start(text, start)
    return _after_any(text, start, streets) and not _after_any(text, start, not_streets)


_CHAIN_DASHES = (" – ", " - ")


def _chain_start(text: str, start: int) -> int:
    """The start of a chain of capitalised names joined by dashes that ends just before
    ``start``: "đường Hồ Tùng Mậu – Cầu Giấy – Kim Mã" is one route of streets, each named after
    the street's word."""
    pos = start
    while text[max(0, pos - 3):pos] in _CHAIN_DASHES:
        p = pos - 2  # the dash, one space after the name before it
        while word := _cap_before(text, p):
            p -= len(word) + 1
        if p == pos - 2:
            break
        pos = p
    return pos


@functools.cache
def _streets() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data("place_prefixes.yaml")
    return tuple(w + " " for w in data["streets"]), tuple(w + " " for w in data["streets_not"])


def _context(hits: list[_Hit]) -> set[str]:
    """The names and provinces the text names: a district or commune of one of them is the
    one meant."""
    context: set[str] = set()
    for h in hits:
        context.add(h.name)
        for u in h.units:
            if u.level == "province":
                context.update(x for x in (u.province, u.legacy_province) if x)
    return context


def _local_districts(doc: _Text, hits: list[_Hit], context: set[str]) -> list[_Hit]:
    """Districts of the provinces the text names, standing alone (communes need their word:
    "Nội Bài", "Hữu Nghị" are more often an airport and a border gate)."""
    by_province = _districts_by_province()
    local = set().union(*(by_province.get(p, ()) for p in context))
    if not local:
        return []
    countries = [h for h in hits if h.level == "country"]
    found = _bare_hits(doc, _district_pattern(), _Spans([h for h in hits if h.level != "country"]),
                       trust_name=True, allowed=local)
    found = [h for h in found if _over_country_tail(h, countries)]
    tails = {id(c) for c in countries if any(h.start < c.start and c.end == h.end for h in found)}
    hits[:] = [h for h in hits if id(h) not in tails]  # "Chương Mỹ": the country read in it goes
    for h in found:
        h.units = tuple(u for u in h.units if u.level == "district")
        h.level, h.kind = h.units[0].level, h.units[0].kind
        context.add(h.name)
    return found


def _over_country_tail(district: _Hit, countries: list[_Hit]) -> bool:
    """Whether a district read alone may stand: it overlaps no country, or a country is only its
    last syllable ("Chương Mỹ", "Hoài Đức" of Hà Nội)."""
    return all(district.start < c.start and c.end == district.end
               for c in countries if c.start < district.end and district.start < c.end)


def _group(text: str, hits: list[_Hit], context: set[str]) -> list[Location]:
    """One Location per place as written, with every mention, in order of first mention."""
    groups: dict[tuple[str, str], list[_Hit]] = {}
    last: tuple[_Hit, tuple[str, str]] | None = None
    aliases: dict[str, tuple[str, str]] = {}  # "UAE" after "Các tiểu vương quốc Ả Rập thống nhất (UAE)"
    for h in sorted(hits, key=lambda h: h.start):
        key = (_name_key(h.name), _kind(h))
        # a bare mention joins the place of that name; a foreign place is one place whatever
        # its word ("Mosul", then "thành phố Mosul"): only Vietnamese units share names
        if text[h.start:h.end] == h.name or _unlisted(h):
            key = next((k for k in groups if k[0] == key[0] and (text[h.start:h.end] == h.name
                                                                 or _foreign_group(groups[k]))), key)
        if last and _bracketed_alias(text, last[0], h):
            aliases[key[0]] = last[1]
        key = aliases.get(key[0], key)
        key = next((k for k, g in groups.items() if _long_and_short(g[0], h)), key)
        groups.setdefault(key, []).append(h)
        last = (h, key)
    out = []
    for (_, kind), group in groups.items():
        first = group[0]
        units = tuple(u for h in group for u in h.units)
        province = _resolve(units, first.kind, first.level, context) if units else None
        mentions = tuple(Mention(text[h.start:h.end], h.start, h.end) for h in group)
        out.append(Location(first.name, kind, text[first.start:first.end], first.start, first.end,
                            province, mentions))
    return out


@functools.cache
def _abbreviation_words() -> tuple[tuple[str, str], ...]:
    """Abbreviated administrative words and the words they stand for ("q." → "quận")."""
    return tuple((p["prefix"], p["full"]) for p in load_data("place_prefixes.yaml")["prefixes"] if p.get("full"))


def _name_key(name: str) -> str:
    """One key for the spellings of one place's name: "Q.3" = "Quận 3", "P.11" = "Phường 11"."""
    low = name.lower()
    for short, full in _abbreviation_words():
        if low.startswith(short) and low[len(short):].strip():
            return f"{full} {low[len(short):].strip()}"
    return low


def _long_and_short(first: _Hit, h: _Hit) -> bool:
    """ "Liên bang Nga" and "Nga", "Cộng hòa dân chủ nhân dân Lào" and "Lào": a country's long
    form and the short name it ends with are one place, named as first written."""
    if first.level != "country" or h.level != "country":
        return False  # "Đông Ukraine", a region of the country, is a place of its own
    same = {u.canonical for u in first.units if u.level == "country"} & {u.canonical for u in h.units if u.level == "country"}
    return bool(same) and (first.name.endswith(" " + h.name) or h.name.endswith(" " + first.name))


def _bracketed_alias(text: str, first: _Hit, h: _Hit) -> bool:
    """ "Các tiểu vương quốc Ả Rập thống nhất (UAE)": a country's other name in brackets right
    after it is a mention of that country, not a second place."""
    same = {u.canonical for u in first.units if u.level == "country"} & {u.canonical for u in h.units if u.level == "country"}
    return bool(same) and text[first.end:h.start] == " (" and text[h.end:h.end + 1] == ")"


def _unlisted(h: _Hit) -> bool:
    """A place no gazetteer lists and no village or feature: a foreign one ("thành phố Mosul")."""
    return not h.units and h.level not in ("village", "feature")


def _foreign_group(group: list[_Hit]) -> bool:
    return all(map(_unlisted, group))
