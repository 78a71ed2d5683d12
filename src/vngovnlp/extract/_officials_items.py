"""The first pass of the officials extractor: a text as a row of typed items.

Items are ranks ("Thiếu tướng"), honorifics ("đồng chí"), titles (post + body: "Phó Tư lệnh
Quân khu 1"), names ("Hoàng Công Hàm", "Hải"), separators (",", "-", ";", ":", "(", ")", "và"),
linkers ("là", "được bổ nhiệm chức vụ") and boundaries (sentence ends, line breaks).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..names import is_name_syllable, surnames
from ._officials_lexicon import Tok, lexicon
from ._officials_orgs import OrgSpan, parse_org, place_after, starts_person_name

_SEPARATORS = {",", "-", "–", ";", ":", "(", ")", "và", "kiêm"}
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


def _cap_word(t: Tok) -> bool:
    return is_name_syllable(t.text)


def _position(toks: list[Tok], i: int) -> int | None:
    """End of a post starting at ``i`` ("Phó Bí thư Thường trực", "Phó Chủ tịch - Tổng Thư ký")."""
    lex = lexicon()
    if i >= len(toks) or not toks[i].cap:
        return None
    j = i
    while True:
        pre = lex.prefixes.match(toks, j)
        if pre and lex.positions.match(toks, pre[0]):
            j = pre[0]
            continue
        break
    hit = lex.positions.match(toks, j)
    if not hit:
        return None
    end, entry = hit
    suf = lex.suffixes.match(toks, end)
    if suf:
        end = suf[0]
    if end < len(toks) and toks[end].low in ("-", "–"):
        nxt = _position(toks, end + 1)
        if nxt is not None and not toks[end + 1].nl:
            return nxt
    if entry.get("needs_org") and not parse_org(toks, end) and not _foreign_body(toks, end):
        return None
    return end


def _foreign_body(toks: list[Tok], k: int) -> int | None:
    """A country written after a post ("Thủ tướng Thổ Nhĩ Kỳ", "Đại sứ Vương quốc Thụy Điển")."""
    lex = lexicon()
    if k >= len(toks) or toks[k].nl:
        return None
    start = k
    if toks[k].low == "nước" or toks[k].text in ("Vương", "Cộng") and toks[k].low == "vương":
        start = k + 1
    if toks[k].low == "vương" and k + 1 < len(toks) and toks[k + 1].low == "quốc":
        start = k + 2
    hit = lex.countries.match(toks, start)
    if hit and toks[start].cap:
        return hit[0]
    # one-syllable names ("Nga", "Đức") count after a post when a name follows: "Tổng thống Nga Putin"
    hit = lex.all_countries.match(toks, start)
    if hit and toks[start].cap and hit[0] < len(toks) and _cap_word(toks[hit[0]]):
        return hit[0]
    return None


def _person(toks: list[Tok], i: int, loose: bool) -> int | None:
    """End of a full name at ``i``: a family name and capitalised syllables, or when ``loose``
    (after an honorific or a post) any run of capitalised syllables (foreign names)."""
    lex = lexicon()
    if i >= len(toks) or not _cap_word(toks[i]):
        return None
    if lex.positions.match(toks, i) or lex.ranks.match(toks, i) or (
        lex.heads.match(toks, i) and toks[i].text not in surnames()
    ):
        return None
    j = i + 1
    while j < len(toks) and j - i < _MAX_FOREIGN and not toks[j].nl and _cap_word(toks[j]):
        if lex.positions.match(toks, j) or lex.ranks.match(toks, j) or lex.prefixes.match(toks, j) and \
                _position(toks, j) is not None:
            break
        if j > i + 1 and starts_person_name(toks, j) and (toks[i].text in surnames()) or (
                toks[i].text not in surnames() and starts_person_name(toks, j) and _run_end(toks, j) - j >= 3):
            break  # "… Công Thương Trần Tuấn Anh": the Vietnamese name starts at "Trần"
        j += 1
    n = j - i
    whole = lex.all_countries.match(toks, i) or lex.provinces.match(toks, i)
    if whole and whole[0] >= j:
        return None  # "Hàn Quốc", "Thừa Thiên Huế" are places, not persons
    if toks[i].text in surnames() or f"{toks[i].text} {toks[i + 1].text if i + 1 < len(toks) else ''}" in surnames():
        if n >= 2 and n <= 5 and not (lex.provinces.match(toks, i) and lex.provinces.match(toks, i)[0] == j):
            return j
        return None
    if any(lex.countries.match(toks, k) for k in range(i, j)):
        return None  # "Giám đốc Lixil Việt Nam": a company, not a person
    if loose and n >= 2 and not lex.fields.match(toks, i) and (
            j >= len(toks) or not starts_person_name(toks, j) or _run_end(toks, j) - j < 3):
        return j
    return None


def _run_end(toks: list[Tok], k: int) -> int:
    while k < len(toks) and not toks[k].nl and _cap_word(toks[k]):
        k += 1
    return k


def scan(toks: list[Tok]) -> list[Item]:
    """The items of a tokenised text, left to right."""
    lex = lexicon()
    items: list[Item] = []
    triggers = lex.lower_triggers | _SEPARATORS | _BOUNDARIES
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.nl and items and items[-1].kind != "stop":
            items.append(Item("stop", i, i))
        prev = items[-1] if items else None
        if not t.cap and t.low not in triggers:
            if prev is not None and prev.kind == "other" and prev.j == i:
                prev.j = i + 1
            else:
                items.append(Item("other", i, i + 1))
            i += 1
            continue
        adjacent = prev is not None and prev.j == i
        if t.low in _BOUNDARIES:
            items.append(Item("stop", i, i + 1))
            i += 1
            continue
        rank = lex.ranks.match(toks, i) if t.cap else None
        if rank:
            items.append(Item("rank", i, rank[0], rank[1]))
            i = rank[0]
            continue
        hon = lex.honorifics.match(toks, i)
        if hon and i + 1 < len(toks) and (toks[hon[0]].cap if hon[0] < len(toks) else False):
            items.append(Item("hon", i, hon[0], hon[1]))
            i = hon[0]
            continue
        acad = lex.academic.match(toks, i)
        if acad and t.cap:
            items.append(Item("hon", i, acad[0], ""))
            i = acad[0]
            continue
        pos_end = _position(toks, i)
        if pos_end is not None:
            org = parse_org(toks, pos_end)
            end = org.j if org else (_foreign_body(toks, pos_end) or pos_end)
            if org is None and end == pos_end:
                where = place_after(toks, pos_end)  # "Tỉnh trưởng tỉnh Luông Nậm Thà"
                field = lex.fields.match(toks, pos_end)  # "Bộ trưởng Công Thương"
                if where and where[1] and where[0] > pos_end + 1:
                    end = where[0]
                elif field and toks[pos_end].cap:
                    end = field[0]
                    end = _foreign_body(toks, end) or end  # "Bộ trưởng Ngoại giao Mỹ Rex Tillerson"
            position = " ".join(x.text for x in toks[i:pos_end])
            items.append(Item("title", i, end, position=position, org=org, pj=pos_end))
            i = end
            continue
        loose = adjacent and prev.kind in ("hon", "title", "rank")
        end = _person(toks, i, loose)
        if end is not None:
            items.append(Item("name", i, end))
            i = end
            continue
        if adjacent and prev.kind in ("hon", "title", "rank") and _cap_word(t) and not (
            i + 1 < len(toks) and _cap_word(toks[i + 1]) and not toks[i + 1].nl
        ) and not lex.heads.match(toks, i):
            items.append(Item("short", i, i + 1))
            i += 1
            continue
        aside = lex.asides.match(toks, i)
        if aside and prev is not None and prev.kind == "sep" and prev.value == ",":
            j = aside[0]
            while j < len(toks) and not toks[j].nl and toks[j].low not in {",", ";"} | _BOUNDARIES:
                j += 1
            items.append(Item("aside", i, j))
            i = j
            continue
        promo = lex.promotion.match(toks, i)
        if promo and lex.ranks.match(toks, promo[0]):
            items.append(Item("promo", i, promo[0]))
            i = promo[0]
            continue
        link = lex.linkers.match(toks, i)
        if link:
            items.append(Item("link", i, link[0], link[1]))
            i = link[0]
            continue
        if t.low in _SEPARATORS:
            items.append(Item("sep", i, i + 1, t.low))
            i += 1
            continue
        if t.low in lex.former:
            items.append(Item("link", i, i + 1, t.low))
            i += 1
            continue
        if prev is not None and prev.kind == "other" and prev.j == i:
            prev.j = i + 1
        else:
            items.append(Item("other", i, i + 1))
        i += 1
    return items
