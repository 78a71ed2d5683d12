"""The first pass of the officials extractor: a text as a row of typed items.

Items are ranks ("Thiếu tướng"), honorifics ("đồng chí"), titles (post + body: "Phó Tư lệnh
Quân khu 1"), names ("Hoàng Công Hàm", "Hải"), separators (",", "-", ";", ":", "(", ")", "và"),
linkers ("là", "được bổ nhiệm chức vụ") and boundaries (sentence ends, line breaks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..gazetteer import world_cities
from ..lexicon import load as _load
from ..names import is_name_syllable, surnames
from ._officials_lexicon import Tok, Trie, ends_with, lexicon
from ._officials_orgs import (
    OrgSpan,
    bracketed_acronym,
    country_after,
    designated_brand_end,
    glued_brand_at,
    is_acronym,
    joining_words,
    name_stop_at,
    org_in_post,
    pair_end,
    parse_org,
    place_after,
    starts_person_name,
)


@cache
def _separators() -> frozenset[str]:
    """Punctuation and the words that separate items (``titles.yaml``: conjunction, concurrent)."""
    titles = _load("titles.yaml")
    return frozenset({",", "-", "–", ";", ":", "(", ")", titles["conjunction"], titles["concurrent"]})


_BOUNDARIES = {".", "!", "?", "…"}
_MAX_FOREIGN = 6  # syllables of a foreign name ("Phết Ta Von Phi La Văn")


@dataclass
class Item:
    """One typed span of tokens ``[i, j)``."""

    kind: str  # rank, hon, title, name, short, sep, link, promo, stop, other
    i: int
    j: int
    value: str = ""
    position: str = ""
    org: OrgSpan | None = None
    pj: int = 0  # for a title, where the post ends and its body begins
    pi: int = -1  # for a title opened by "nguyên", where the post itself begins


def _cap_word(t: Tok) -> bool:
    """A capitalised syllable, or a Vietnamese one written in capitals ("NGUYỄN THỤY TRÚC MAI")."""
    return is_name_syllable(t.text) or _upper_syllable(t.text)


def _upper_syllable(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper() and bool(lexicon().syllable.fullmatch(text))


def _position(toks: list[Tok], i: int) -> int | None:
    """End of a post starting at ``i`` ("Phó Bí thư Thường trực", "Phó Chủ tịch - Tổng Thư ký")."""
    lex = lexicon()
    if i >= len(toks) or not (toks[i].cap or toks[i].low in lex.lower_ok_firsts):
        return None
    hit = lex.positions.match(toks, _past_prefixes(toks, i))
    if not hit:
        return None
    end, entry = hit
    end = _past_suffix(toks, end)
    if end < len(toks) and toks[end].low in ("-", "–"):
        nxt = _position(toks, end + 1)
        if nxt is not None and not toks[end + 1].nl:
            return nxt
    if entry.get("needs_org") and not parse_org(toks, end, after_post=True) and not _foreign_body(toks, end) \
            and not lex.scopes.match(toks, end) and not is_acronym(toks, end):
        return None
    if not toks[i].cap and not _lower_post(toks, i, end):
        return None
    return end


def _past_prefixes(toks: list[Tok], j: int) -> int:
    """Past the prefixes that make another post ("Phó", "Tổng", "Quyền" + "Chủ tịch")."""
    lex = lexicon()
    while (pre := lex.prefixes.match(toks, j)) and lex.positions.match(toks, pre[0]):
        j = pre[0]
    return j


def _past_suffix(toks: list[Tok], end: int) -> int:
    """Past a post's suffix ("Thường trực", "phụ trách"), or a unit word and a suffix."""
    suf = lexicon().suffixes.match(toks, end) or unit_and_suffix(toks, end)
    return suf[0] if suf else end


def unit_and_suffix(toks: list[Tok], k: int) -> tuple[int, object] | None:
    """A lower-case unit word and a post suffix after a post: "Phó trưởng" + "ban phụ trách"
    (+ "Ban Thực hiện chính sách BHYT"), "Trưởng" + "phòng phụ trách" (+ "Phòng Kế hoạch")."""
    if k >= len(toks) or toks[k].cap or toks[k].low not in _unit_posts():
        return None
    return lexicon().suffixes.match(toks, k + 1)


@cache
def _lower_prefixes() -> frozenset[str]:
    return frozenset(_load("titles.yaml")["lower_prefixes"])


def _lower_post(toks: list[Tok], i: int, end: int) -> bool:
    """A post written in lower case is a title when it is one of ``lower_ok`` and a body, a
    country or a name follows it ("thứ trưởng Bộ Y tế", "tổng thống Syria Assad"), not after
    a plural ("các giám đốc")."""
    lex = lexicon()
    if i > 0 and toks[i - 1].low in lex.plural:
        return False
    low_end = next((k for k in range(i, end) if toks[k].cap), end)
    start = _past_prefixes(toks, i)
    if low_end == start == i + 1 and toks[i].low in _lower_prefixes():
        return True  # "phó Chủ tịch": only the prefix is in lower case
    if " ".join(t.low for t in toks[start:low_end]) not in lex.lower_ok:
        return False  # "phó trưởng phòng", "quyền giám đốc": a prefix and a lower_ok post
    if low_end < end:
        return True  # "ủy viên Trung ương": the post names its body in capitals
    return title_body(toks, end)[1] > end or bool(_foreign_body(toks, end) or _person(toks, end, True))


def _country_at(toks: list[Tok], k: int) -> int | None:
    """End of a country at ``k``, after the words of a long name ("nước Cộng hòa Thổ Nhĩ Kỳ")."""
    lex = lexicon()
    if k >= len(toks) or toks[k].nl:
        return None
    long_name = country_after(toks, k, lex.all_countries)
    if long_name is not None:
        return long_name
    hit = lex.countries.match(toks, k)
    if hit and toks[k].cap:
        return hit[0]
    # one-syllable names ("Nga", "Đức") count after a post when a name follows ("Tổng thống Nga
    # Putin") or when the phrase ends there ("…, Đại sứ Nga, cho biết")
    hit = lex.all_countries.match(toks, k)
    if hit and toks[k].cap and (hit[0] >= len(toks) or _cap_word(toks[hit[0]]) or toks[hit[0]].nl
                                or _TRANSLITERATED.fullmatch(toks[hit[0]].text)
                                or toks[hit[0]].text in _PHRASE_ENDS or _abroad(toks, hit[0]) > hit[0]):
        return hit[0]  # "Đại sứ Nga" + "tại Mỹ": the country it is posted to follows
    return None


_PHRASE_ENDS = frozenset({",", ".", ";", ")", ":"})


def _foreign_body(toks: list[Tok], k: int) -> int | None:
    """A country written after a post ("Thủ tướng Thổ Nhĩ Kỳ", "Đại sứ Vương quốc Thụy Điển"),
    with the country it is posted to ("Đại sứ … tại Việt Nam"); or a foreign city before a
    foreign person's name ("Thị trưởng London" + "Sadiq Khan")."""
    end = _country_at(toks, k)
    if end is None:
        reference = lexicon().country_references.match(toks, k)
        if reference and reference[0] < len(toks) and _cap_word(toks[reference[0]]):
            return reference[0]  # "Ngoại trưởng" + "nước này" + "Julia Bishop"
        return _city_before_name(toks, k) or _transliterated_place(toks, k) or _state_at(toks, k)
    return _abroad(toks, end)


def _state_at(toks: list[Tok], k: int) -> int | None:
    """End of a foreign state at ``k``, its word and its name ("bang Hessen", "bang
    Rheinland-Pfalz"), before the holder's foreign name ("Thủ hiến bang Hessen" + "Volker
    Bouffler"); a name of two words when it is a known city ("bang New York" + "Andrew Cuomo") or
    when no two words are left for a person ("bang New Mexico,")."""
    if k + 1 >= len(toks) or toks[k].low not in _state_words() or toks[k + 1].nl or not is_name_syllable(toks[k + 1].text):
        return None
    city = _cities().match(toks, k + 1)  # "bang New York" + "Andrew Cuomo": a known name reads whole
    j = city[0] if city else _glued_word_end(toks, k + 1)
    if _run_end(toks, j) - j == 1:
        j = _glued_word_end(toks, j)
    return j


def _glued_word_end(toks: list[Tok], k: int) -> int:
    """Past the capitalised word at ``k`` and the parts hyphenated to it with no space ("Rheinland" +
    "-" + "Pfalz")."""
    k += 1
    while k + 1 < len(toks) and toks[k].text in ("-", "–") and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1 \
            and is_name_syllable(toks[k + 1].text):
        k += 2
    return k


@cache
def _state_words() -> frozenset[str]:
    """The words of a foreign federal state ("bang"): ``place_prefixes.yaml`` entries of kind state."""
    return frozenset(p["prefix"] for p in _load("place_prefixes.yaml")["prefixes"] if p.get("kind") == "state")


def _transliterated_place(toks: list[Tok], k: int) -> int | None:
    """A country or a city spelled syllable by syllable with hyphens before a name so spelled
    ("Thủ tướng Ha-i-ti" + "E.Sác-lơ")."""
    if k + 1 < len(toks) and "-" in toks[k].text and is_name_syllable(toks[k].text) \
            and _TRANSLITERATED.fullmatch(toks[k + 1].text) and not toks[k + 1].nl:
        return k + 1
    return None


@cache
def _cities() -> Trie:
    return Trie([(c, c) for c in world_cities()])


def _city_before_name(toks: list[Tok], k: int) -> int | None:
    """End of a foreign city at ``k`` that two or more capitalised words follow: the title's
    place, not the first word of the person ("Thị trưởng London Sadiq Khan")."""
    if k >= len(toks) or not toks[k].cap:
        return None
    hit = _cities().match(toks, k) or lexicon().provinces.match(toks, k)
    if hit is None or _run_end(toks, hit[0]) - hit[0] < 2 or _has_surname(toks, hit[0]):
        return None  # "tại Hà Nội" + "Nguyễn Văn An": a Vietnamese name reads itself
    return hit[0]


def _abroad(toks: list[Tok], k: int) -> int:
    """Past "tại" + the country or the city of a posting ("Đại sứ Mỹ" + "tại Việt Nam", + "tại Hà
    Nội" before the envoy's foreign name)."""
    hit = lexicon().abroad.match(toks, k)
    if hit:
        there = _country_at(toks, hit[0])
        if there is None and hit[0] < len(toks) and toks[hit[0]].cap:
            city = _cities().match(toks, hit[0]) or lexicon().provinces.match(toks, hit[0])
            there = city[0] if city else None  # "tại Houston" + "Nguyễn Văn A", "tại TP.HCM" + "Jan van Doorn"
        if there is not None:
            return there
    return k


def _opens_name(toks: list[Tok], i: int) -> bool:
    """A capitalised syllable that is not a post, a rank or an organisation head."""
    lex = lexicon()
    if i >= len(toks) or not _cap_word(toks[i]):
        return False
    if _upper_syllable(toks[i].text) and not _has_surname(toks, i):
        return False  # a name in capitals opens with a family name: "NGUYỄN THỤY TRÚC MAI"
    if toks[i].low in lex.sentence_openers and not _has_surname(toks, i):
        return False  # "Vụ trưởng Vụ TCNH" + "Theo Quyết định …": the next sentence
    if lex.positions.match(toks, i) or lex.ranks.match(toks, i):
        return False
    return not (lex.heads.match(toks, i) and toks[i].text not in surnames())


def _has_surname(toks: list[Tok], i: int) -> bool:
    one = toks[i].text.title() if _upper_syllable(toks[i].text) else toks[i].text
    two = f"{one} {toks[i + 1].text.title()}" if i + 1 < len(toks) else ""
    return one in surnames() or two in surnames()


def _ends_name(toks: list[Tok], i: int, j: int) -> bool:
    """Token ``j`` starts something else than the name begun at ``i``."""
    lex = lexicon()
    if lex.positions.match(toks, j) or lex.ranks.match(toks, j) or lex.not_names.match(toks, j):
        return True  # "Thượng tướng Trương Quang Khánh" + "Huân chương", "Ái Như" + "Như vậy"
    if lex.prefixes.match(toks, j) and _position(toks, j) is not None:
        return True
    if not starts_person_name(toks, j):
        return False
    # "… Công Thương Trần Tuấn Anh": the Vietnamese name starts at "Trần"; after a family name,
    # a second one starts a new name only once three syllables are read ("Nguyễn Thị Kim Ngân")
    return j > i + 2 if toks[i].text in surnames() else _run_end(toks, j) - j >= 3


def _name_run(toks: list[Tok], i: int) -> int:
    j = i + 1
    while j < len(toks) and j - i < _MAX_FOREIGN and not toks[j].nl:
        nxt = _next_part(toks, i, j)
        if nxt is None or _ends_name(toks, i, nxt[1]):
            break
        j = nxt[0]
    return j


def _next_part(toks: list[Tok], i: int, j: int) -> tuple[int, int] | None:
    """(end, start of its word) of the part of a name at ``j``: a capitalised syllable; in a
    foreign name also an initial ("James M. Holmes", "Konstantin V.Vnukov") and a hyphenated
    word ("Jean-Claude"); ``None`` when the name ends before ``j``."""
    t = toks[j]
    if _cap_word(t):
        return j + 1, j
    if _has_surname(toks, i):
        return None  # a Vietnamese name has no initials: "Nguyễn Văn An-Chủ tịch" ends at "An"
    if _INITIAL_NAME.fullmatch(t.text) or _PARTICLE_NAME.fullmatch(t.text) or _PREFIXED_NAME.fullmatch(t.text):
        return j + 1, j  # "V.Vnukov", "al-Thani", "McCain"
    nxt = toks[j + 1] if j + 1 < len(toks) and not toks[j + 1].nl else None
    if nxt is None:
        return None
    if t.low in lexicon().name_particles:
        after = _next_part(toks, i, j + 1)
        return (after[0], j) if after else None  # "Mohammed bin Salman", "Ursula von der Leyen"
    if _hyphenated_first_name(toks, j):
        return j + 2, j + 1  # "Jean-Claude" + "Juncker"
    if _hyphenated_family_name(toks, i, j):
        return j + 2, j + 1  # "David Green" + "-Morgan"
    if t.text == "." and _INITIAL.fullmatch(toks[j - 1].text) and _cap_word(nxt):
        return j + 2, j + 1  # "M." + "Holmes"
    if _INITIAL.fullmatch(t.text) and nxt.text == "." and t.end == nxt.start:
        return j + 1, j  # the initial, then its dot
    return None


def _hyphenated_first_name(toks: list[Tok], j: int) -> bool:
    """A hyphen at ``j`` joining two given names, with a family name after them: "Jean-Claude
    Juncker", not two people ("Putin-Trump") nor a letter and a word ("K-League")."""
    if j + 2 >= len(toks) or toks[j].text not in ("-", "–") or toks[j + 2].nl:
        return False
    before, after = toks[j - 1], toks[j + 1]
    return len(before.text) > 1 and before.end == toks[j].start and toks[j].end == after.start \
        and _cap_word(after) and _cap_word(toks[j + 2])


def _hyphenated_family_name(toks: list[Tok], i: int, j: int) -> bool:
    """A hyphen at ``j`` joining the last word of a foreign name of two words or more to a second
    family name that ends it: "David Green-Morgan", not two people ("Putin-Trump")."""
    if j - i < 2 or j + 1 >= len(toks) or toks[j].text not in ("-", "–"):
        return False
    before, after = toks[j - 1], toks[j + 1]
    last = j + 2 >= len(toks) or toks[j + 2].nl or not toks[j + 2].cap
    return before.end == toks[j].start and toks[j].end == after.start and _cap_word(after) and last


_INITIAL = re.compile(r"[A-Z]")
_INITIAL_NAME = re.compile(r"[A-Z]\.[A-Z][a-z]+")  # "V.Vnukov"
# a foreign name as the Vietnamese press spells it: an initial, then the family name syllable by
# syllable ("E.Sác-lơ", "A.Méc-ken", "Đ.Trăm")
_TRANSLITERATED = re.compile(r"[A-ZĐ]\.[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)*")
_PARTICLE_NAME = re.compile(r"(?:al|el|Al|El)-[A-Z][a-z]+")  # "al-Thani"
_PREFIXED_NAME = re.compile(r"(?:Mc|Mac|De|Di|La|Le|O['’])[A-Z][a-z]+")  # "McCain", "DeSantis", "O'Brien"


def _is_place(toks: list[Tok], i: int, j: int) -> bool:
    """``[i, j)`` is a country or a province ("Hàn Quốc", "Thừa Thiên Huế"), not a person."""
    lex = lexicon()
    whole = lex.all_countries.match(toks, i) or lex.provinces.match(toks, i)
    return bool(whole and whole[0] >= j)


def _person(toks: list[Tok], i: int, loose: bool) -> int | None:
    """End of a full name at ``i``: a family name and capitalised syllables, or when ``loose``
    (after an honorific or a post) any run of capitalised syllables (foreign names)."""
    if loose and i < len(toks) and _TRANSLITERATED.fullmatch(toks[i].text):
        return i + 1  # "E.Sác-lơ", "V.Pu-tin": an initial and a family name spelled in Vietnamese
    if not _opens_name(toks, i):
        return None
    j = _name_run(toks, i)
    if _is_place(toks, i, j) or designated_brand_end(toks, i) is not None or _lunar_year(toks, i, j):
        return None  # "Hàn Quốc", "Trung Nam Group", "Tết Đinh Dậu": a place, a firm, a year
    lex = lexicon()
    if _has_surname(toks, i):
        province = lex.provinces.match(toks, i)
        return j if 2 <= j - i <= 5 and not (province and province[0] == j) else None
    if any(lex.countries.match(toks, k) for k in range(i, j)):
        return None  # "Giám đốc Lixil Việt Nam": a company, not a person
    foreign_ok = j >= len(toks) or not starts_person_name(toks, j) or _run_end(toks, j) - j < 3
    if loose and j - i >= 2 and not lex.fields.match(toks, i) and foreign_ok:
        return j
    return None


def _lunar_year(toks: list[Tok], i: int, j: int) -> bool:
    """``[i, j)`` is a year of the sexagenary cycle, a heavenly stem and an earthly branch
    (``date_words.yaml``): "Tết Đinh Dậu", "Xuân Mậu Tuất", never a person's name."""
    stems, branches = _cycle_words()
    return j - i == 2 and toks[i].low in stems and toks[i + 1].low in branches


@cache
def _cycle_words() -> tuple[frozenset[str], frozenset[str]]:
    words = _load("date_words.yaml")
    return frozenset(words["heavenly_stems"]), frozenset(words["earthly_branches"])


def _run_end(toks: list[Tok], k: int) -> int:
    while k < len(toks) and not toks[k].nl and _cap_word(toks[k]):
        k += 1
    return k


class _Scan:
    """The state of one left-to-right pass: the tokens and the items read so far."""

    def __init__(self, toks: list[Tok], persons: dict[int, int] | None = None):
        self.toks = toks
        self.items: list[Item] = []
        self.lex = lexicon()
        self.persons = persons or {}  # the NER model's PER spans: start offset -> end offset

    @property
    def prev(self) -> Item | None:
        return self.items[-1] if self.items else None

    def adjacent(self, i: int, kinds: tuple[str, ...] = ("hon", "title", "rank")) -> bool:
        """The previous item ends at ``i`` and is one of ``kinds``."""
        prev = self.prev
        if prev is not None and prev.kind == "abbr" and prev.j == i and len(self.items) > 1:
            i, prev = prev.i, self.items[-2]  # "Giám đốc Sở Y tế (SYT) Nguyễn Văn A"
        return prev is not None and prev.j == i and prev.kind in kinds


def _rule_stop(s: _Scan, i: int) -> Item | None:
    return Item("stop", i, i + 1) if s.toks[i].low in _BOUNDARIES else None


def _rule_rank(s: _Scan, i: int) -> Item | None:
    # "Thượng tá Bùi Trọng Tuấn"; in lower case only before a full name ("thượng tá Bùi Trọng Tuấn")
    rank = s.lex.ranks.match(s.toks, i)
    if rank is None or not s.toks[i].cap and (not starts_person_name(s.toks, rank[0]) or rank[1] in _capitalised_ranks()):
        return None
    return Item("rank", i, rank[0], rank[1])


@cache
def _capitalised_ranks() -> frozenset[str]:
    return frozenset(_load("ranks.yaml")["capitalised_only"])


def _rule_honorific(s: _Scan, i: int) -> Item | None:
    hon = s.lex.honorifics.match(s.toks, i)
    if hon and i + 1 < len(s.toks) and hon[0] < len(s.toks) and s.toks[hon[0]].cap:
        return Item("hon", i, hon[0], hon[1])
    return None


def _rule_academic(s: _Scan, i: int) -> Item | None:
    acad = s.lex.academic.match(s.toks, i) if s.toks[i].cap else None
    return Item("hon", i, acad[0], "") if acad else None


def _rule_title(s: _Scan, i: int) -> Item | None:
    pos_end = _position(s.toks, i)
    if pos_end is None:
        return _officer_title(s, i)
    if _inside_head(s.toks, i):
        return None
    pos_end = _give_back_head(s.toks, i, pos_end)
    org, end = title_body(s.toks, pos_end)
    if org is None:
        end = _before_person(s, pos_end, end)
    return _title_item(s, i, pos_end, org, end)


def _title_item(s: _Scan, i: int, pos_end: int, org: OrgSpan | None, end: int) -> Item:
    """The title of the post ``[i, pos_end)`` and its body to ``end``, with "nguyên" before it."""
    position = " ".join(x.text for x in s.toks[i:pos_end])
    start = i
    prev = s.prev
    if prev is not None and prev.kind == "link" and prev.j == i and prev.value in s.lex.former:
        s.items.pop()  # "nguyên Thứ trưởng Bộ Quốc phòng": the word stays in the title
        start = prev.i
    return Item("title", start, end, position=position, org=org, pj=pos_end, pi=i)


def _before_person(s: _Scan, pos_end: int, end: int) -> int:
    """Where a title's body read without a head ends: before the model's person that begins
    inside it and runs past it ("Thị trưởng thành phố Seoul" + "Park Won Soon", not "… Seoul Park
    Won")."""
    for k in range(pos_end + 1, end):
        stop = s.persons.get(s.toks[k].start)
        if stop is not None and stop > s.toks[end - 1].end:
            return k
    return end


def _inside_head(toks: list[Tok], i: int) -> bool:
    """The post at ``i`` is the end of a body's head that starts before it: "Bộ" + "Tư lệnh",
    "Ban" + "Giám đốc" (no one holds it here)."""
    if i == 0 or toks[i - 1].nl or not toks[i - 1].cap:
        return False
    lex = lexicon()
    return any(hit is not None and hit[0] > i for hit in (lex.heads.match(toks, i - 1), lex.organs.match(toks, i - 1)))


def _give_back_head(toks: list[Tok], i: int, pos_end: int) -> int:
    """"Phó trưởng Đoàn ĐBQH tỉnh": the last word of the post "Trưởng đoàn" opens a longer body."""
    if pos_end - i < 2:
        return pos_end
    head = lexicon().heads.match(toks, pos_end - 1)
    if head and head[0] > pos_end and _position(toks, i) is not None:
        inner = lexicon().positions.match(toks, i) or lexicon().prefixes.match(toks, i)
        if inner and parse_org(toks, pos_end - 1) is not None:
            return pos_end - 1
    return pos_end


def _rule_name(s: _Scan, i: int) -> Item | None:
    end = _person(s.toks, i, s.adjacent(i))
    if end is None:
        end = _person(s.toks, i, True)
        if end is None or not _foreign_words(s.toks, i, end) or not (_post_follows(s.toks, end) or _post_before(s)):
            return None  # "Sergei Lavrov, Ngoại trưởng Nga", "Tổng Giám đốc Sputnik, Dmitry Kiselev"
    start = _learned_start(s, i, end)
    if start > i:
        s.items[-1].j = start  # "Thị trưởng London Sadiq Khan": the place goes to the post
    return Item("name", start, end)


def _foreign_words(toks: list[Tok], i: int, j: int) -> bool:
    """Every capitalised word of ``[i, j)`` is no Vietnamese syllable ("Sergei Lavrov", not
    "Sông Hồng" or "Tây Nguyên")."""
    syllable = lexicon().syllable
    words = [t.text for t in toks[i:j] if _cap_word(t)]
    return bool(words) and not any(syllable.fullmatch(w) for w in words)


def _post_before(s: _Scan) -> bool:
    """A post, then a comma or a dash, right before: "Tổng Giám đốc Sputnik, Dmitry Kiselev";
    one capitalised word read after the post is its body, not a short name ("Sputnik")."""
    items = s.items
    if len(items) < 2 or items[-1].kind != "sep" or items[-1].value not in (",", "-", "–"):
        return False
    if len(items) >= 3 and items[-2].kind == "short" and items[-3].kind == "title" \
            and items[-3].j == items[-2].i and items[-3].org is None:
        body = items.pop(-2)
        items[-2].j = body.j  # "Tổng Giám đốc" + "Sputnik"
    return items[-2].kind == "title" and items[-2].j == items[-1].i


def _post_follows(toks: list[Tok], k: int) -> bool:
    """A comma or a dash, then a post, right after token ``k - 1``."""
    return k + 1 < len(toks) and toks[k].text in (",", "-", "–") and not toks[k + 1].nl \
        and _position(toks, k + 1) is not None


def _learned_start(s: _Scan, i: int, end: int) -> int:
    """Where the NER model starts a person inside a run of capitalised words read after a post."""
    toks = s.toks
    if not s.persons or toks[i].start in s.persons or not s.adjacent(i, ("title",)):
        return i
    for k in range(i + 1, end - 1 if end - i > 2 else end):
        if toks[k].start in s.persons and s.persons[toks[k].start] >= toks[end - 1].end:
            return i if _family_name_dropped(toks, i, k) else k
    return i


def _family_name_dropped(toks: list[Tok], i: int, k: int) -> bool:
    """The model's person starts one word after a family name that opens a Vietnamese name:
    "Tổng giám đốc ACV" + "Lại" + "Xuân Thanh" (not "London" + "Sadiq Khan")."""
    return k == i + 1 and toks[i].text in surnames() and starts_person_name(toks, i) \
        and bool(lexicon().syllable.fullmatch(toks[k].text))


def _rule_learned_name(s: _Scan, i: int) -> Item | None:
    # "Tổng thống Obama": one syllable after a post that the NER model reads as a whole person
    t = s.toks[i]
    if s.persons.get(t.start) != t.end or not s.adjacent(i, ("title",)) or not _cap_word(t):
        return None
    before = s.items[-3:-1]
    if len(before) == 2 and before[0].kind == "name" and before[1].kind == "sep":
        return None  # "Trần Hùng Việt, Tổng Giám đốc Saigontourist": the post is the name's before it
    return Item("name", i, i + 1)


def _rule_short(s: _Scan, i: int) -> Item | None:
    # "đồng chí Hải": one capitalised syllable after an honorific, a post or a rank
    toks = s.toks
    if not s.adjacent(i) or not _cap_word(toks[i]) or s.lex.heads.match(toks, i):
        return None
    if i + 1 < len(toks) and _cap_word(toks[i + 1]) and not toks[i + 1].nl:
        return None
    return Item("short", i, i + 1)


def _rule_aside(s: _Scan, i: int) -> Item | None:
    # "…, nhiệm kỳ 2014-2019, …": runs to the next comma
    prev = s.prev
    if not s.lex.asides.match(s.toks, i) or prev is None or prev.kind != "sep" or prev.value != ",":
        return None
    j = s.lex.asides.match(s.toks, i)[0]
    while j < len(s.toks) and not s.toks[j].nl and s.toks[j].low not in _ASIDE_END:
        j += 1
    return Item("aside", i, j)


def _rule_abbreviation(s: _Scan, i: int) -> Item | None:
    # "Liên đoàn bóng đá Việt Nam (VFF) Trần Quốc Tuấn": the body's abbreviation in brackets
    toks = s.toks
    if toks[i].text != "(" or not s.adjacent(i, ("title",)) or i + 2 >= len(toks) or toks[i + 2].text != ")" \
            or not (is_acronym(toks, i + 1) or _short_foreign_name(toks[i + 1].text)):
        return None
    return Item("abbr", i, i + 3)


def _short_foreign_name(word: str) -> bool:
    """A body's short name in brackets that is no Vietnamese word: "(Fed)", "(Nasa)"."""
    return is_name_syllable(word) and len(word) <= _MAX_SHORT_NAME and not lexicon().syllable.fullmatch(word)


_MAX_SHORT_NAME = 5


def _rule_age(s: _Scan, i: int) -> Item | None:
    """The age or the birth year between a name and its post: "bà Dương Thị Tuyết (67 tuổi) -
    Chủ tịch …", "ông Vũ Đình Duy (SN 1975), …", "ông Vũ Đình Duy sinh năm 1975, nguyên là …"."""
    toks = s.toks
    if not s.adjacent(i, ("name",)):
        return None
    if toks[i].text == "(":
        end = _birth_or_age_end(s, i + 1)
        if end is None:
            return None
        if end + 1 < len(toks) and toks[end].text == "," and _position(toks, _past_former_word(s, end + 1)):
            return Item("age", i, end)  # "(37 tuổi, nguyên Phó Chánh Thanh tra …)": the post follows
        close = next((k for k in range(end, min(len(toks), i + _MAX_ASIDE)) if toks[k].text == ")"), None)
        return Item("age", i, close + 1) if close is not None else None
    year_end = _birth_year_end(s, i)
    return Item("age", i, year_end) if year_end else None


def _past_former_word(s: _Scan, k: int) -> int:
    return k + 1 if k < len(s.toks) and s.toks[k].low in s.lex.former else k


def _birth_or_age_end(s: _Scan, k: int) -> int | None:
    """Past an age ("37 tuổi") or a birth year ("SN 1975") at ``k``, or None."""
    toks = s.toks
    if k + 1 < len(toks) and toks[k].text.isdigit() and toks[k + 1].low in s.lex.age_words:
        return k + 2
    return _birth_year_end(s, k)


def _birth_year_end(s: _Scan, k: int) -> int | None:
    """Past a birth word and its year at ``k`` ("SN 1975", "sinh năm 1975"), or None."""
    born = s.lex.birth_words.match(s.toks, k)
    return born[0] + 1 if born and born[0] < len(s.toks) and s.toks[born[0]].text.isdigit() else None


_MAX_ASIDE = 10  # tokens inside "(SN 1998, quê Thanh Hóa)"


def _rule_list_opener(s: _Scan, i: int) -> Item | None:
    # "mấy nguyên ủy viên Trung ương như A, B, C": after a post, "như" / "gồm" open its list as a colon
    hit = s.lex.list_openers.match(s.toks, i)
    if hit is None or hit[0] >= len(s.toks) or not s.adjacent(i, ("title",)):
        return None
    hon = s.lex.honorifics.match(s.toks, hit[0])  # "… như đồng chí A, B"
    first = hon[0] if hon else hit[0]
    if first >= len(s.toks) or not _cap_word(s.toks[first]):
        return None
    return Item("sep", i, hit[0], ":")


def _rule_holder_copula(s: _Scan, i: int) -> Item | None:
    # "7 Phó tổng giám đốc là ông A, ông B và bà C": "là" + a form of address after a post names
    # its holders, as a colon does (the copula before a post stays a linker: "ông A là Chủ tịch")
    if s.toks[i].low != _copula() or i + 2 >= len(s.toks):
        return None
    post = _post_before_copula(s, i)
    hon = s.lex.honorifics.match(s.toks, i + 1)
    if post is None or hon is None or hon[0] >= len(s.toks) or not _cap_word(s.toks[hon[0]]) \
            or _possessed_post(s.toks, post.i):
        return None
    return Item("sep", i, i + 1, ":")


def _post_before_copula(s: _Scan, i: int) -> Item | None:
    """The post right before the copula at ``i``, or before a word that marks its holders as new
    ("2 Phó Chủ tịch" + "mới" + "là ông A và ông B", ``titles.yaml`` ``new_holders``)."""
    if s.adjacent(i, ("title",)):
        return s.prev
    items = s.items
    if len(items) < 2 or items[-1].j != i or not is_new_holders(s.toks, items[-1]) \
            or items[-2].kind != "title" or items[-2].j != items[-1].i:
        return None
    return items[-2]


def is_new_holders(toks: list[Tok], item: Item) -> bool:
    """``item`` is one plain word that marks the holders of the post before it as new ("mới")."""
    return item.kind == "other" and item.j - item.i == 1 and toks[item.i].low in _new_holders()


@cache
def _new_holders() -> frozenset[str]:
    return frozenset(_load("titles.yaml")["new_holders"])


def _possessed_post(toks: list[Tok], k: int) -> bool:
    """A lower-case noun right before the post makes the post its possessor ("con rể" + "Tổng
    thống Mỹ là ông …": the son-in-law is named); a count or a plural word does not ("7" + "Phó
    tổng giám đốc là ông …", "các", "hai")."""
    if k == 0 or toks[k - 1].nl:
        return False
    before = toks[k - 1]
    if not (before.text.isalpha() and before.text.islower()):
        return False
    return before.low not in lexicon().org_plural and before.low not in _number_words()


@cache
def _copula() -> str:
    return _load("titles.yaml")["copula"]


@cache
def _number_words() -> frozenset[str]:
    return frozenset(_load("number_words.yaml")["units"])


def _rule_promotion(s: _Scan, i: int) -> Item | None:
    promo = s.lex.promotion.match(s.toks, i)
    return Item("promo", i, promo[0]) if promo and s.lex.ranks.match(s.toks, promo[0]) else None


def _rule_linker(s: _Scan, i: int) -> Item | None:
    link = s.lex.linkers.match(s.toks, i)
    return Item("link", i, link[0], link[1]) if link else None


def _rule_separator(s: _Scan, i: int) -> Item | None:
    return Item("sep", i, i + 1, s.toks[i].low) if s.toks[i].low in _separators() else None


def _rule_former(s: _Scan, i: int) -> Item | None:
    return Item("link", i, i + 1, s.toks[i].low) if s.toks[i].low in s.lex.former else None


# Tried in this order at each token; the first that reads an item wins. A token no rule reads
# is plain text ("other").
_RULES = (_rule_stop, _rule_rank, _rule_honorific, _rule_academic, _rule_title, _rule_name,
          _rule_learned_name, _rule_short, _rule_aside, _rule_promotion, _rule_holder_copula, _rule_linker,
          _rule_abbreviation, _rule_age, _rule_list_opener, _rule_separator, _rule_former)
_NAME_RULES = (_rule_name, _rule_learned_name, _rule_short)
# names and academic titles are capitalised; the other rules also read lower-case words
_LOWER_RULES = tuple(r for r in _RULES if r not in (_rule_academic, *_NAME_RULES))
_ASIDE_END = frozenset({",", ";"}) | _BOUNDARIES


def _first_item(rules: tuple, s: _Scan, i: int) -> Item | None:
    for rule in rules:
        item = rule(s, i)
        if item is not None:
            return item
    return None


@cache
def _scan_triggers() -> frozenset[str]:
    """Lower-case words that may open an item; any other lower-case word is plain text."""
    return lexicon().lower_triggers | _separators() | _BOUNDARIES | {p[0] for p in _officer_posts()}


@cache
def _item_firsts() -> frozenset[str]:
    """The lower-cased words that may open an item other than a name."""
    lex = lexicon()
    return (lex.ranks.firsts | lex.honorifics.firsts | lex.academic.firsts | lex.positions.firsts
            | lex.prefixes.firsts | lex.lower_ok_firsts | lex.asides.firsts | lex.promotion.firsts
            | lex.linkers.firsts | lex.former | lex.birth_words.firsts | lex.list_openers.firsts
            | _separators() | _BOUNDARIES | {p[0] for p in _officer_posts()})


def scan(toks: list[Tok], persons: dict[int, int] | None = None) -> list[Item]:
    """The items of a tokenised text, left to right.

    ``persons`` maps the start offset of each PER span of the NER model to its end: a name the
    grammar reads after a post is cut where the model starts the person, and one syllable the
    model reads as a whole person after a post is a name.

    Examples
    --------
    >>> from ._officials_lexicon import tokens
    >>> [(it.kind, it.position) for it in scan(tokens("Đại tá Lê Văn An, Giám đốc Sở Y tế"))]
    [('rank', ''), ('name', ''), ('sep', ''), ('title', 'Giám đốc')]
    """
    s = _Scan(toks, persons)
    triggers, firsts = _scan_triggers(), _item_firsts()
    items = s.items
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.nl and items and items[-1].kind != "stop":
            items.append(Item("stop", i, i))
        if not t.cap and t.low not in triggers:
            item = None
        else:
            # a word that opens no rank, post, linker or mark can only open a name
            item = _first_item((_RULES if t.cap else _LOWER_RULES) if t.low in firsts else _NAME_RULES, s, i)
        if item is None:
            last = items[-1] if items else None
            if last is not None and last.kind == "other" and last.j == i:
                last.j = i + 1  # plain text runs on
            else:
                items.append(Item("other", i, i + 1))
            i += 1
        else:
            items.append(item)
            i = item.j
    return s.items


def title_body(toks: list[Tok], pos_end: int) -> tuple[OrgSpan | None, int]:
    """The body written after a post ending at ``pos_end``, and where the title ends."""
    org = parse_org(toks, pos_end, after_post=True)
    if org is not None:
        end = _abroad(toks, _chained(toks, org))
        return org, _bracketed_parent(toks, _state_at(toks, end) or end)  # "Chủ tịch Quốc hội" + "bang Hessen"
    for read in _HEADLESS_BODIES:
        end = read(toks, pos_end)
        if end is not None:
            return None, end
    return None, pos_end


def _lower_unit_body(toks: list[Tok], pos_end: int) -> int | None:
    unit = _lower_unit_end(toks, pos_end)
    return None if unit is None else _bracketed_parent(toks, unit)


def _body_in_post(toks: list[Tok], pos_end: int) -> int | None:
    inner = org_in_post(toks, pos_end - 1) if pos_end > 0 else None
    return None if inner is None else _bracketed_parent(toks, _abroad(toks, _chained(toks, inner)))


def _foreign_pair(toks: list[Tok], pos_end: int) -> int | None:
    end = _foreign_body(toks, pos_end)
    return pair_end(toks, pos_end, end) if end else None  # "Đại sứ đặc biệt Việt Nam - Nhật Bản"


def _posting(toks: list[Tok], pos_end: int) -> int | None:
    end = _abroad(toks, pos_end)  # "Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania"
    return end if end > pos_end else None


def _named_place_body(toks: list[Tok], pos_end: int) -> int | None:
    where = place_after(toks, pos_end)  # "Tỉnh trưởng tỉnh Luông Nậm Thà"
    return _higher_places(toks, where[0], where[1]) if where and where[1] and where[0] > pos_end + 1 else None


def _higher_places(toks: list[Tok], end: int, word: str) -> int:
    """Past the places of other levels chained after commas to a post's place: "Chủ tịch xã Quảng
    Tân" + ", huyện Tuy Đức, tỉnh Đắk Nông"; a place of the same level is another one's ("xã A,
    xã B") and a bare name after a comma the next item of a list."""
    words = {word.lower()}
    for _ in range(_MAX_CHAIN):
        if end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].nl:
            break
        nxt = place_after(toks, end + 1)
        if nxt is None or nxt[1] is None or nxt[1].lower() in words or nxt[0] <= end + 2:
            break
        words.add(nxt[1].lower())
        end = nxt[0]
    return end


def _village_body(toks: list[Tok], pos_end: int) -> int | None:
    """End of a village's name after a post that ends with its village word ("Trưởng thôn" + "Cà
    Ngo", "Trưởng bản" + "Huổi Một"), with the higher places after commas (", xã Đông Sơn, huyện
    Yên Thế"); None when the holder's Vietnamese name follows the post ("Trưởng thôn Nguyễn Văn A")."""
    if pos_end == 0 or toks[pos_end - 1].low not in _village_words():
        return None
    k = pos_end
    while k < len(toks) and k - pos_end < _MAX_VILLAGE_WORDS and not toks[k].nl and is_name_syllable(toks[k].text) \
            and not starts_person_name(toks, k) and not lexicon().heads.match(toks, k):
        k += 1
    return None if k == pos_end else _higher_places(toks, k, toks[pos_end - 1].low)


_MAX_VILLAGE_WORDS = 3


@cache
def _village_words() -> frozenset[str]:
    """One-word village prefixes (``place_prefixes.yaml`` kind village: "thôn", "bản", "ấp")."""
    return frozenset(p["prefix"] for p in _load("place_prefixes.yaml")["prefixes"]
                     if p.get("kind") == "village" and " " not in p["prefix"])


def _field_body(toks: list[Tok], pos_end: int) -> int | None:
    """A ministry by its field, listed ("Bộ trưởng Công Thương") or spelled after a minister's
    post ("Bộ trưởng Nông nghiệp Mỹ" + "Sonny Perdue"), with its country; a field in lower case
    only with its country ("Bộ trưởng quốc phòng Nhật Bản")."""
    lex = lexicon()
    field = lex.fields.match(toks, pos_end) or lex.post_fields.match(toks, pos_end)
    spelled = _spelled_field_end(toks, pos_end) if ends_with(toks, pos_end, lex.field_posts) else None
    if spelled and (not field or spelled > field[0]):
        return _foreign_body(toks, spelled) or spelled
    if field and toks[pos_end].cap:
        return _foreign_body(toks, field[0]) or field[0]  # "Bộ trưởng Ngoại giao Mỹ Rex Tillerson"
    return _foreign_body(toks, field[0]) if field else None  # "Bộ trưởng quốc phòng Nhật Bản": with its country


def _acronym_body(toks: list[Tok], pos_end: int) -> int | None:
    """"TTK VFF", "Tổng giám đốc ACV", "Phó Chủ nhiệm UB KHCN-MT": a body by its abbreviation,
    with the country of its office ("Giám đốc ILO Việt Nam", "Trưởng đại diện WHO tại Lào")."""
    if not is_acronym(toks, pos_end):
        return None
    end = pos_end + 2 if is_acronym(toks, pos_end + 1) else pos_end + 1
    country = _country_at(toks, end)
    return _abroad(toks, end if country is None else country)


def _glued_brand_body(toks: list[Tok], pos_end: int) -> int | None:
    """"nguyên Tổng giám đốc Oceanbank", "Giám đốc VPBank": a firm by its glued brand, with the
    country of its office."""
    if not glued_brand_at(toks, pos_end):
        return None
    country = _country_at(toks, pos_end + 1)
    return pos_end + 1 if country is None else country


def brand_before_person(toks: list[Tok], k: int) -> int | None:
    """End of a brand at ``k`` (one capitalised word that is no Vietnamese syllable, no country
    or city, and the country of its branch) before a Vietnamese full name: "Chủ tịch Vingroup" +
    "Phạm Nhật Vượng", "Giám đốc Samsung Việt Nam" + "Nguyễn Văn A"; None for "Tổng thống" +
    "Donald Trump" (no family name after the first word)."""
    if k + 2 >= len(toks) or not toks[k].cap or not toks[k].text.isalpha() or len(toks[k].text) < 3:
        return None
    lex = lexicon()
    if lex.syllable.fullmatch(toks[k].text) or lex.all_countries.match(toks, k) or _cities().match(toks, k):
        return None
    country = lex.countries.match(toks, k + 1)
    end = country[0] if country else k + 1
    return end if end < len(toks) and _has_surname(toks, end) and _person(toks, end, False) is not None else None


_MAX_FIELD_ITEMS = 4  # "Năng lượng, Công nghiệp và Khoáng sản"


def _spelled_field_end(toks: list[Tok], k: int) -> int | None:
    """End of a ministry's field written in sentence case after a minister's post, one item or a
    list joined by commas and "và" ("Nông nghiệp", "Hải dương và Ngư nghiệp", "Đất đai, Hạ tầng
    và Vận tải"), closed by a country, a name, punctuation or a verb; None when a person's name
    or a place opens it."""
    j, items = k, 0
    while items < _MAX_FIELD_ITEMS:
        e = _field_item_end(toks, j)
        if e is None:
            break
        j, items = e, items + 1
        if not (j + 1 < len(toks) and toks[j].low in joining_words() and not toks[j + 1].nl):
            break
        j += 1
    if items == 0:
        return None
    if toks[j - 1].low in joining_words():
        j -= 1
    closed = j >= len(toks) or toks[j].nl or not toks[j].text.isalpha() or toks[j].cap or name_stop_at(toks, j) \
        or toks[j].low in _state_words()
    return j if closed else None


def _field_item_end(toks: list[Tok], j: int) -> int | None:
    """End of one field item at ``j``: a word of two syllables in sentence case ("Nông nghiệp",
    "Hạ tầng"), no person, post, head, rank, country or capitalised place."""
    lex = lexicon()
    if j >= len(toks) or toks[j].nl or not is_name_syllable(toks[j].text) or not lex.syllable.fullmatch(toks[j].text) \
            or starts_person_name(toks, j) or _capitalised_place(toks, j) or _position(toks, j) is not None \
            or lex.heads.match(toks, j) or lex.ranks.match(toks, j):
        return None  # "Bộ trưởng" + "Chủ nhiệm Văn phòng Chính phủ": a second post, not a field
    e = j + 1
    return e + 1 if e < len(toks) and not toks[e].nl and toks[e].text.isalpha() and toks[e].text.islower() \
        and not name_stop_at(toks, e) else None


def _capitalised_place(toks: list[Tok], j: int) -> bool:
    """A country or a province written with capitals at ``j`` ("Hải Dương", not "Hải dương")."""
    lex = lexicon()
    hit = lex.all_countries.match(toks, j) or lex.provinces.match(toks, j)
    return hit is not None and all(is_name_syllable(t.text) for t in toks[j:hit[0]])


def _bracketed_parent(toks: list[Tok], k: int) -> int:
    """Past the body a unit belongs to, written in brackets after it: "Chi cục Thủy sản (Sở
    NN&PTNT Thanh Hóa)", "Trưởng phòng tham mưu (Công an tỉnh Đắk Lắk)"."""
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 1].nl:
        return k
    parent = parse_org(toks, k + 1)
    end = parent.j if parent is not None else _bracketed_places_end(toks, k + 1)
    if end is None or end >= len(toks) or toks[end].text != ")":
        return k
    if parent is None and _person(toks, end + 1, True) is None:
        return k  # places in brackets belong to the title only when its holder's name follows them
    return end + 1


def _bracketed_places_end(toks: list[Tok], k: int) -> int | None:
    """End of the higher places of a body written in brackets after it, before its holder's
    name: "Bí thư Đảng ủy xã Quế Long" + "(huyện Quế Sơn, Quảng Nam)" + "Đỗ Đình Hùng"; None when
    no place word opens them."""
    where = place_after(toks, k)
    if where is None or where[1] is None:
        return None
    end = _higher_places(toks, where[0], where[1])
    if end + 1 < len(toks) and toks[end].text == "," and (bare := place_after(toks, end + 1)) and bare[1] is None:
        end = bare[0]  # ", Quảng Nam": the province written bare
    return end


def _lower_words_end(toks: list[Tok], k: int) -> int:
    """Past the lower-case words of a unit or a field at ``k``, up to a stop word or a place word."""
    lex, start = lexicon(), k
    while k < len(toks) and k - start < _MAX_UNIT_WORDS and not toks[k].nl and toks[k].text.isalpha() \
            and toks[k].text.islower() and not lex.name_stop.match(toks, k) and not lex.places.match(toks, k):
        k += 1
    return k


def _field_office_body(toks: list[Tok], pos_end: int) -> int | None:
    """End of a commune or district office named by its field and its place after an officer's
    post ("cán bộ" + "địa chính" + "xã Ea Rbin", + "tư pháp" + "huyện Krông Pắc"); None when no
    place word follows the field ("cán bộ hưu trí")."""
    k = _lower_words_end(toks, pos_end)
    where = place_after(toks, k) if k > pos_end else None
    return where[0] if where is not None and where[1] is not None and where[0] > k + 1 else None


def _officer_title(s: _Scan, i: int) -> Item | None:
    """An officer of a state body ("cán bộ", ``titles.yaml`` ``officer_posts``) with the headed
    body or the commune office after it; not after a count or a plural ("Bảy cán bộ TTGT")."""
    toks, lex = s.toks, s.lex
    pos_end = next((i + len(p) for p in _officer_posts() if [t.low for t in toks[i:i + len(p)]] == p), None)
    if pos_end is None or i > 0 and (toks[i - 1].low in lex.plural or toks[i - 1].low in _number_words()
                                     or toks[i - 1].text.isdigit()):
        return None
    org = parse_org(toks, pos_end, after_post=True) if lex.heads.match(toks, pos_end) else None
    end = title_body(toks, pos_end)[1] if org is not None else _field_office_body(toks, pos_end)
    return None if end is None else _title_item(s, i, pos_end, org, end)


@cache
def _officer_posts() -> tuple[list[str], ...]:
    return tuple(p.lower().split() for p in _load("titles.yaml")["officer_posts"])


def _lower_unit_end(toks: list[Tok], pos_end: int) -> int | None:
    """End of a unit named in lower case after a post that ends with its unit word ("Trưởng
    phòng" + "tham mưu"), when punctuation, a line end or a body closes the words; None otherwise
    ("Trưởng phòng cho biết" reads no unit)."""
    lex = lexicon()
    if pos_end == 0 or toks[pos_end - 1].low not in _unit_posts():
        return None
    k = _lower_words_end(toks, pos_end)
    if k == pos_end:
        return None
    where = place_after(toks, k)  # "Trưởng phòng giáo dục" + "huyện Ba Vì"
    if where is not None and where[0] > k + 1:
        return where[0]
    if k >= len(toks) or toks[k].nl or toks[k].text in _bare_close() or lex.name_stop.match(toks, k):
        return k  # "Phó phòng khoáng sản" + "bị kiểm điểm"
    parent = parse_org(toks, k) if toks[k].cap else None
    return parent.j if parent is not None else None


_MAX_UNIT_WORDS = 4


def _named_unit_end(toks: list[Tok], pos_end: int) -> int | None:
    """End of a unit's capitalised name after a post that ends with its unit word and no head
    reads ("Trưởng khoa" + "Nhi", + "Hồi sức tích cực", + "Cấp cứu"), closed by punctuation, a
    verb, its parent body ("Bệnh viện Đa khoa tỉnh") or the holder's name; None otherwise."""
    if pos_end == 0 or pos_end >= len(toks) or toks[pos_end - 1].low not in _unit_posts() \
            or not is_name_syllable(toks[pos_end].text):
        return None
    k = pos_end
    while k < len(toks) and k - pos_end < _MAX_UNIT_WORDS and _unit_name_word(toks, k, k == pos_end):
        k += 1
    return _unit_closed(toks, k)


def _unit_closed(toks: list[Tok], k: int) -> int | None:
    """The end of a unit's title whose name ends at ``k``: past its parent body, after a comma or
    not ("Cấp cứu" + ", Bệnh viện Chợ Rẫy"), or at punctuation, a verb or a person's name."""
    if k + 1 < len(toks) and toks[k].text == "," and not toks[k + 1].nl:
        parent = parse_org(toks, k + 1)
        if parent is not None and not _followed_by_name(toks, parent.j):
            return parent.j
    if k >= len(toks) or toks[k].nl or toks[k].text in _bare_close() or lexicon().name_stop.match(toks, k) \
            or starts_person_name(toks, k):
        return k
    parent = parse_org(toks, k) if toks[k].cap else None
    return parent.j if parent is not None else None


def _unit_name_word(toks: list[Tok], k: int, first: bool) -> bool:
    """A word of a unit's name in sentence or title case: no person, head, post, place or stop."""
    t, lex = toks[k], lexicon()
    if t.nl or not t.text.isalpha() or lex.name_stop.match(toks, k) or lex.places.match(toks, k):
        return False
    if t.text.islower():
        return not first
    return is_name_syllable(t.text) and not starts_person_name(toks, k) \
        and not lex.heads.match(toks, k) and not lex.positions.match(toks, k)


@cache
def _unit_posts() -> frozenset[str]:
    return frozenset(_load("titles.yaml")["unit_posts"])


def _chained(toks: list[Tok], org: OrgSpan) -> int:
    """The end of a title's body with the bodies and places chained after commas: "Vụ Tổ chức
    cán bộ, Bộ Tư pháp", "UBND xã Tân Triều, huyện Thanh Trì, Hà Nội"."""
    lex = lexicon()
    end = org.j
    child = lex.heads.match(toks, org.i)
    child_form = child[1]["form"].lower() if child else ""
    for _ in range(_MAX_CHAIN):
        end = _past_abbreviation(toks, end)
        if end + 1 >= len(toks) or toks[end].low not in _CHAIN_SEPARATORS or toks[end + 1].nl:
            break
        nxt = end + 1
        place = place_after(toks, nxt)
        if toks[end].low == "," and place and (place[1] is None or place[0] > nxt + 1 and toks[nxt + 1].cap) \
                and org.has_place:
            end = place[0]  # ", huyện Thanh Trì", ", Hà Nội"
            continue
        parent = parse_org(toks, nxt) if child_form in lex.chain_children else None
        head = lex.heads.match(toks, nxt)
        if parent is None or head is None or head[1]["form"].lower() not in lex.chain_parents \
                or _followed_by_name(toks, parent.j):
            break
        end, child_form = parent.j, head[1]["form"].lower()
    return end


_CHAIN_SEPARATORS = frozenset({",", "-", "–"})  # "Cục Nghệ thuật biểu diễn (NTBD) - Bộ VH-TT&DL"


def _past_abbreviation(toks: list[Tok], k: int) -> int:
    """Past the body's abbreviation in brackets at ``k`` when a parent body follows it."""
    if k + 4 < len(toks) and bracketed_acronym(toks, k) and toks[k + 3].low in _CHAIN_SEPARATORS and toks[k + 4].cap:
        return k + 3
    return k


def _followed_by_name(toks: list[Tok], k: int) -> bool:
    # ", Bộ Tư pháp Nguyễn Văn A": the second body is the next person's title
    return k < len(toks) and _person(toks, k, True) is not None


def _bare_head(toks: list[Tok], k: int) -> int | None:
    """A head alone after a post, closed by punctuation: "Giám đốc Trung tâm,", "Chủ tịch Công
    đoàn.", also in lower case: "Bí thư chi bộ - Giám đốc …"."""
    hit = lexicon().heads.match(toks, k)
    if not hit or not (toks[k].cap or toks[k].text.isalpha()):
        return None
    j = hit[0]
    if j >= len(toks) or toks[j].nl or toks[j].low in _bare_close():
        return j
    return None


_MAX_CHAIN = 3


@cache
def _bare_close() -> frozenset[str]:
    """What closes a bare head: punctuation or the conjunction (``titles.yaml``)."""
    return frozenset({",", ".", ";", ":", "(", ")", "-", "–", _load("titles.yaml")["conjunction"]})


# What may follow a post when no organisation with a head does, tried in order: a village's name,
# a unit named in lower case, a head alone, a body inside the post, a unit's name, a country, a posting, a place,
# a ministry's field, a firm's brand, an abbreviation.
_HEADLESS_BODIES = (designated_brand_end, _village_body, _lower_unit_body, _bare_head, _body_in_post, _named_unit_end, _foreign_pair,
                    _posting, _named_place_body, _field_body, brand_before_person, _acronym_body,
                    _glued_brand_body)
