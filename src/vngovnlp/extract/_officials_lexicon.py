"""Lexicons of officials and organisations, compiled once, and the shared token view.

Everything spelled here comes from the data files (``titles.yaml``, ``ranks.yaml``,
``honorifics.yaml``, ``organisation_heads.yaml``, ``surnames.yaml``); the engines in
:mod:`~vngovnlp.extract.officials` and :mod:`~vngovnlp.extract.organisations` only walk tokens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from ..lexicon import load
from ..names import honorifics, is_name_syllable, surnames, vietnamese_syllable

# A word keeps inner dots, hyphens and ampersands ("T.Ư", "GD-ĐT", "LĐ-TB&XH"), and an apostrophe
# before lower-case letters ("Cư M’gar", "Ea H'leo"); "TP." keeps its dot; an abbreviation
# written with a spaced ampersand ("TT & TT", "NN & PTNT") is one word, read as "TT&TT".
_TOKEN = re.compile(r"(?:TP|Tp)\.|[A-ZĐ]+(?: & [A-ZĐ]+)+(?!\w)|\w+(?:[.&-]\w+|['’](?=[^\W\d_A-ZĐ])\w+)*&?|[^\w\s]")
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")  # the space before a word tells a line break


class Tok(NamedTuple):
    """A word or punctuation mark with offsets; ``nl`` is true when a line break (or two spaces,
    where a page's blocks were joined) precedes it, ``cap`` when it starts with a capital letter."""

    text: str
    start: int
    end: int
    low: str
    nl: bool
    cap: bool


def tokens(text: str) -> list[Tok]:
    """Words and punctuation of ``text`` with offsets.

    Computed once per article and passed to both :func:`~vngovnlp.extract.officials.find_officials`
    and :func:`~vngovnlp.extract.organisations.find_organisations` (their ``tokens=`` parameter).

    >>> [t.text for t in tokens("Sở GD-ĐT TP.Hà Nội.")]
    ['Sở', 'GD-ĐT', 'TP.', 'Hà', 'Nội', '.']
    >>> [t.text for t in tokens("Sở TT & TT")]
    ['Sở', 'TT&TT']
    """
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__  # NamedTuple's own __new__ is a Python function: a third of this loop's time
    for m in _SPACED_TOKEN.finditer(text):
        space, word = m.group(1, 2)
        start = m.start(2)
        nl = "\n" in space or len(space) > 1  # two spaces join blocks of a page ("Ảnh: TTXVN  Đà Nẵng …")
        if "-" in word and _words_joined(word.split("-")):
            _split_hyphen(out, word, start, nl)
            continue
        if " " in word:
            word = word.replace(" ", "")
        glued = None if word.islower() or word[:1].isupper() else _glued_to_surname(word)
        if glued is not None:  # "ôngNguyễn": a form of address glued to a family name
            append(new(Tok, (glued, start, start + len(glued), glued, nl, False)))
            word, start, nl = word[len(glued):], start + len(glued), False
        append(new(Tok, (word, start, m.end(), word.lower(), nl, word[:1].isupper())))
    return out


_MAX_HONORIFIC = 3  # letters of a one-word form of address glued to a family name ("ông", "bà")


def _glued_to_surname(word: str) -> str | None:
    """The one-word form of address a family name is glued to with no space ("ông" of
    "ôngNguyễn"), or None."""
    for k in range(2, min(len(word), _MAX_HONORIFIC + 1)):
        if word[:k] in _single_honorifics() and word[k:] in surnames():
            return word[:k]
    return None


@cache
def _single_honorifics() -> frozenset[str]:
    return frozenset(h for h in honorifics() if " " not in h)


def _words_joined(parts: list[str]) -> bool:
    """Words written with a hyphen and no spaces that are words apart: capitalised syllables
    ("Hùng-Giám đốc"), a name then the word of a former post ("Tiên-nguyên" + "Trưởng phòng"),
    or a Vietnamese syllable then a capitalised one ("Tài chính-Kế hoạch"); not an acronym pair
    ("GD-ĐT"), a lower-case compound ("e-mail") nor a particle ("al-Thani")."""
    if all(is_name_syllable(part) for part in parts):
        return True
    if len(parts) == 2 and is_name_syllable(parts[0]) and parts[1].lower() in _former_words():
        return True
    syllable = vietnamese_syllable()
    return all(part.isalpha() for part in parts) and any(is_name_syllable(part) for part in parts[1:]) \
        and not any(len(part) > 1 and part.isupper() for part in parts) and bool(syllable.fullmatch(parts[0]))


@cache
def _former_words() -> frozenset[str]:
    """``titles.yaml`` ``former``, read without the lexicon, which is built from these tokens."""
    return frozenset(str(w).lower() for w in load("titles.yaml")["former"])


def _split_hyphen(out: list[Tok], word: str, start: int, nl: bool) -> None:
    # "Hùng-Giám đốc", "Sơn-Bí thư": capitalised syllables joined by a hyphen are words apart (a
    # name then a post), unlike "GD-ĐT" or "LĐ-TB&XH"
    pos = start
    for k, part in enumerate(word.split("-")):
        if k:
            out.append(Tok("-", pos, pos + 1, "-", False, False))
            pos += 1
        out.append(Tok(part, pos, pos + len(part), part.lower(), nl and k == 0, part[:1].isupper()))
        pos += len(part)


def _split(form: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokens(str(form)))


@cache
def _i_or_y() -> tuple[re.Pattern, dict]:
    """``syllables.yaml`` ``i_or_y``: the syllables spelled with "i" or "y" alike, and the swap."""
    spec = load("syllables.yaml")["i_or_y"]
    letters = spec["i"] + spec["y"]
    pattern = re.compile("[" + "".join(spec["initials"]) + "][" + letters + "]")
    return pattern, str.maketrans(letters, spec["y"] + spec["i"])


@cache
def conjunction() -> str:
    """``titles.yaml`` ``conjunction``: the word "và"."""
    return load("titles.yaml")["conjunction"]


CONJUNCTION_SIGNS = ("-", "–", "&")  # written for "và" inside a name: "Kế hoạch - Đầu tư"


def _spellings(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """``key`` and its spellings with "i" and "y" exchanged at the end of a syllable, and with a
    sign for the conjunction inside it.

    >>> sorted(_spellings(("thượng", "nghị", "sĩ")))
    [('thượng', 'nghị', 'sĩ'), ('thượng', 'nghị', 'sỹ')]
    >>> sorted(_spellings(("kế", "hoạch", "và", "đầu", "tư")))[0]
    ('kế', 'hoạch', '&', 'đầu', 'tư')
    """
    pattern, swap = _i_or_y()
    out = [()]
    for n, word in enumerate(key):
        forms = [word]
        if pattern.fullmatch(word):
            forms.append(word[:-1] + word[-1].translate(swap))
        if 0 < n < len(key) - 1 and word == conjunction():
            forms += CONJUNCTION_SIGNS
        out = [done + (f,) for done in out for f in forms]
    return set(out)


class Trie:
    """Longest match of multi-word forms over lower-cased tokens, "i"/"y" spellings alike."""

    def __init__(self, items: list[tuple[str, Any]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for form, value in items:
            key = _split(form)
            for spelled in _spellings(key) if key else ():
                self._by_first.setdefault(spelled[0], []).append((spelled, value))
        for cands in self._by_first.values():
            cands.sort(key=lambda kv: len(kv[0]), reverse=True)

    def items(self) -> list[tuple[tuple[str, ...], Any]]:
        """Every (lower-cased words, value) pair."""
        return [kv for cands in self._by_first.values() for kv in cands]

    @property
    def firsts(self) -> frozenset[str]:
        """The lower-cased first words of the forms."""
        return frozenset(self._by_first)

    def match(self, toks: list[Tok], i: int) -> tuple[int, Any] | None:
        """(end index, value) of the longest form starting at token ``i``, on one line."""
        if i >= len(toks):
            return None
        cands = self._by_first.get(toks[i].low)
        if not cands:
            return None
        n = len(toks)
        for key, value in cands:
            size = len(key)
            if size == 1:
                return i + 1, value
            if i + size > n:
                continue
            for k in range(1, size):
                t = toks[i + k]
                if t.low != key[k] or t.nl:
                    break
            else:
                return i + size, value
        return None


    def ends_at(self, toks: list[Tok], i: int, back: int = 3) -> bool:
        """A form starting up to ``back`` tokens before ``i`` ends exactly at ``i``."""
        return any((hit := self.match(toks, b)) is not None and hit[0] == i for b in range(max(0, i - back), i))


class StopTrie(Trie):
    """Words that end a name, except where one opens a longer word that does not ("dự" attends,
    "dự án" is a project: "Ban quản lý dự án 2")."""

    def __init__(self, stops: list, goes_on: list, second_of: dict | None = None):
        super().__init__([(f, True) for f in stops] + [(f, False) for f in goes_on])
        # a stop that is the second syllable of another word ("ký" of "Đăng ký") ends nothing
        self._second_of = {str(k).lower(): frozenset(w.lower() for w in v) for k, v in (second_of or {}).items()}

    def match(self, toks: list[Tok], i: int) -> tuple[int, Any] | None:
        hit = super().match(toks, i)
        if hit is None or not hit[1]:
            return None
        before = self._second_of.get(toks[i].low)
        if before and i > 0 and toks[i - 1].low in before and not toks[i - 1].nl:
            return None
        return hit


def _load(name: str) -> dict[str, Any]:
    return load(name)


@dataclass(frozen=True)
class Lexicon:
    """The compiled data; see the header of each data file for what the fields mean."""

    positions: Trie
    prefixes: Trie
    suffixes: Trie
    belongs: Trie
    joiners: frozenset[str]
    linkers: Trie
    former: frozenset[str]
    asides: Trie
    age_words: frozenset[str]
    birth_words: Trie
    list_openers: Trie
    not_names: Trie
    name_particles: frozenset[str]
    not_apposed_after: frozenset[str]
    on_behalf_of: frozenset[str]
    appointed_before: frozenset[str]
    appointed_to: frozenset[str]
    ranks: Trie
    promotion: Trie
    honorifics: Trie
    academic: Trie
    plural: frozenset[str]
    heads: Trie
    places: Trie
    scopes: Trie
    fields: Trie
    provinces: Trie
    countries: Trie
    all_countries: Trie
    abbreviations: dict[str, str]
    name_stop: Trie
    count_nouns: Trie
    not_bodies: Trie
    post_fields: Trie
    org_plural: frozenset[str]
    compound_before: dict[str, frozenset[str]]
    lower_heads: frozenset[str]
    place_bodies: frozenset[str]
    lower_name: frozenset[str]
    not_after: dict[str, Trie]
    lower_ok: frozenset[str]
    country_prefixes: Trie
    abroad: Trie
    country_references: Trie
    field_posts: frozenset[str]
    chain_children: frozenset[str]
    chain_parents: frozenset[str]
    field_only: frozenset[str]
    commands: frozenset[str]
    brand_designators: frozenset[str]
    credit_words: frozenset[str]
    credit_not_sources: frozenset[str]
    sentence_openers: frozenset[str]
    organs: Trie
    syllable: re.Pattern[str]

    @property
    def lower_triggers(self) -> frozenset[str]:
        return _triggers()

    @property
    def lower_ok_firsts(self) -> frozenset[str]:
        return _lower_ok_firsts()

    @property
    def lower_heads_firsts(self) -> frozenset[str]:
        return _lower_heads_firsts()


@cache
def lexicon() -> Lexicon:
    """Load and compile every lexicon once."""
    titles = _load("titles.yaml")
    ranks = _load("ranks.yaml")
    hon = _load("honorifics.yaml")
    org = _load("organisation_heads.yaml")
    from ..gazetteer import countries as _all_countries

    countries = list(_all_countries())  # the data file's, then CLDR's ("Albania")
    return Lexicon(
        positions=Trie([(p["name"], p) for p in titles["positions"]]),
        prefixes=_trie(titles["prefixes"]),
        suffixes=_trie(titles["suffixes"]),
        belongs=_trie(org["belongs_words"]),
        joiners=_words(titles["joiners"]),
        linkers=_linkers(titles["linkers"], titles["present"]),
        former=_words(titles["former"]),
        asides=_trie(titles["asides"]),
        age_words=_words(titles["age_words"]),
        birth_words=_trie(titles["birth_words"]),
        list_openers=_trie(titles["list_openers"]),
        not_names=_trie(titles["not_names"]),
        name_particles=_words(titles["name_particles"]),
        not_apposed_after=_words(titles["not_apposed_after"]),
        on_behalf_of=_words(titles["on_behalf_of"]),
        appointed_before=_words(titles["appointed_before"]),
        appointed_to=_words(titles["appointed_to"]),
        ranks=_trie(ranks["ranks"]),
        promotion=_trie(ranks["promotion"]),
        honorifics=_trie(hon["honorifics"]),
        academic=_trie(hon["academic"]),
        plural=frozenset(hon["plural"]),
        heads=Trie([(h["form"], h) for h in org["heads"]]),
        places=_trie(org["places"]),
        scopes=_trie(org["scopes"]),
        fields=_trie(org["fields"]),
        provinces=_trie(org["provinces"]),
        countries=Trie(_country_forms(countries, with_cue=False)),
        all_countries=Trie(_country_forms(countries, with_cue=True)),
        abbreviations={str(k): str(v) for k, v in org["abbreviations"].items()},
        name_stop=StopTrie(org["name_stop"], org.get("name_goes_on") or [], org.get("name_stop_second_of")),
        count_nouns=_trie(org["count_nouns"]),
        not_bodies=_trie(org["not_bodies"]),
        post_fields=_trie(org["post_fields"]),
        org_plural=_words(org["plural"]),
        compound_before={str(k).lower(): _words(v) for k, v in (org.get("compound_before") or {}).items()},
        lower_heads=_words(org["lower_heads"]),
        place_bodies=_words(org["place_bodies"]),
        lower_name=_words(org["lower_name"]),
        country_prefixes=_trie(org["country_prefixes"]),
        abroad=_trie(titles["abroad"]),
        country_references=_trie(titles["country_references"]),
        field_posts=_words(titles["field_posts"]),
        lower_ok=_words(titles["lower_ok"]),
        chain_children=_words(org["chain_children"]),
        chain_parents=_words(org["chain_parents"]),
        field_only=_words(org["field_only"]),
        commands=_words(org["commands"]),
        brand_designators=_words(org["brand_designators"]),
        credit_words=_words(org["credit_words"]),
        credit_not_sources=frozenset(org["credit_not_sources"]),
        sentence_openers=_words(org["sentence_openers"]),
        not_after={str(k).lower(): _trie(v) for k, v in org["not_after"].items()},
        organs=_trie(org["organs"]),
        syllable=vietnamese_syllable(),
    )


def _trie(forms: list) -> Trie:
    return Trie([(f, f) for f in forms])


def ends_with(toks: list[Tok], k: int, forms: frozenset[str]) -> bool:
    """The words right before token ``k`` end with one of ``forms`` (lower-cased, up to three
    words): ``ends_with(tokens("thay mặt Bộ trưởng"), 2, {"thay mặt"})``."""
    return any(k - n >= 0 and " ".join(t.low for t in toks[k - n:k]) in forms for n in (1, 2, 3))


def _linkers(linkers: list, present: list) -> Trie:
    """Each linker alone and after each present-time word ("là", "hiện là", "đang giữ chức"); the
    value is the bare linker, which is what the title chain reads."""
    return Trie([(f, f) for f in linkers] + [(f"{w} {f}", f) for w in present for f in linkers])


def _words(forms: list) -> frozenset[str]:
    return frozenset(str(w).lower() for w in forms)


def _country_forms(countries: list[dict], with_cue: bool) -> list[tuple[str, str]]:
    """(form, name) of every country; one-syllable names with a cue only when ``with_cue``."""
    out = []
    for c in countries:
        if with_cue or not c.get("cue"):
            out += [(f, c["name"]) for f in [c["name"], *c.get("aliases", [])]]
    return out


@cache
def _triggers() -> frozenset[str]:
    lex = lexicon()
    # lower-case words that can start an item; any other lower-case word is plain text
    return (lex.honorifics.firsts | lex.academic.firsts | lex.promotion.firsts | lex.linkers.firsts
            | lex.former | lex.asides.firsts | _lower_heads_firsts()
            | {w.split()[0] for w in lex.lower_ok} | lex.prefixes.firsts | lex.birth_words.firsts
            | lex.list_openers.firsts | lex.ranks.firsts)


@cache
def _lower_ok_firsts() -> frozenset[str]:
    # a lower-case post may open with a prefix too ("quyền giám đốc", "phó trưởng phòng")
    lex = lexicon()
    return frozenset(w.split()[0] for w in lex.lower_ok) | lex.prefixes.firsts


@cache
def _lower_heads_firsts() -> frozenset[str]:
    # a head written in lower case opens a name only for these words ("bộ Công an") and for
    # heads whose later words carry the capital ("quận Ủy")
    lex = lexicon()
    multi = {key[0] for key, _ in lex.heads.items() if len(key) > 1}
    return frozenset(w.split()[0] for w in lex.lower_heads) | multi
