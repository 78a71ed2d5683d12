"""Organisations: state, party, armed forces, police, mass bodies, courts, enterprises, media, foreign.

Two sources are fused:

1. the grammar (:func:`~._officials_orgs.parse_org`): a head word of
   ``data/organisation_heads.yaml`` ("UBND", "Sở", "Quân khu", "Công ty", "Báo"…), the proper
   name after it and an optional place ("tỉnh Bắc Kạn");
2. the NER model's ORG spans (:func:`~vngovnlp.extract.entities.find_entities`) where the
   grammar read nothing ("Sacombank", "Reuters"), trimmed of a person's name or a post written
   after them.

Then each body is kept once: mentions with the same canonical name (abbreviations expanded:
"UBND tỉnh" = "Ủy ban nhân dân tỉnh") are one :class:`~vngovnlp.types.Organisation`, and a
body whose every surface is the beginning of a longer body's surface ("Hội Bảo trợ" beside
"Hội Bảo trợ Người khuyết tật tỉnh") is folded into it: the longest surface names it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from ..gazetteer import world_cities
from ..lexicon import load as _load
from ..lexicon import read_text
from ..names import is_name_syllable
from ..types import Entity, Mention, Organisation
from ._credits import credit_sources
from ._officials_items import brand_before_person, unit_and_suffix
from ._officials_lexicon import CONJUNCTION_SIGNS, Tok, conjunction, ends_with, lexicon
from ._officials_lexicon import tokens as _tokens
from ._officials_orgs import (
    OrgSpan,
    big_place_end,
    country_after,
    designated_brand_end,
    glued_brand_at,
    is_acronym,
    ordinary_head,
    org_in_post,
    owner_after,
    parent_in_brackets,
    parent_next,
    parse_org,
    plural_before,
    scoped_field_in,
    starts_person_name,
)
from ._org_abbreviations import abbreviated, abbreviates

__all__ = ["find_organisations"]

_MIN_NER_CHARS = 2  # a one-letter ORG span is noise
_TRADE_KIND = "enterprise"
_MIN_ACRONYM = 3  # letters of a body's abbreviation after a post; "Bộ trưởng NG", "QH" are too loose


def _key(name: str) -> str:
    """One key for the spellings of one body: case, commas, legal-form abbreviations and the
    signs written for "và" aside ("Công ty CP Dược phẩm X" = "Công ty cổ phần dược phẩm X",
    "Sở Thông tin - Truyền thông" = "Sở Thông tin và Truyền thông")."""
    forms = _key_forms()
    return " ".join(forms.get(w, w) for w in name.lower().replace(",", " ").split())


@cache
def _key_forms() -> dict[str, str]:
    signs = dict.fromkeys(CONJUNCTION_SIGNS, conjunction())
    return signs | {k.lower(): v.lower() for k, v in _load("organisation_heads.yaml")["key_forms"].items()}


_BRAND_KINDS = frozenset({"enterprise", "media"})
_MAX_BRAND = 3  # words of a brand after its head ("Tiền Phong", "VNPT", "Thế Giới Di Động")


def _bracket_aliases(toks: list[Tok], found: list[OrgSpan]) -> dict[str, str]:
    """Abbreviations and brands written in brackets after a body's full name, to that name's
    key: "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)", "Tổng công ty Hàng hải Việt Nam
    (Vinalines)"; a place in brackets ("(Huế)", "(Mỹ)") names no body."""
    out = {}
    for span in found:
        k = span.j + 1
        if k + 1 < len(toks) and toks[span.j].text == "(" and toks[k + 1].text == ")" and _brand_word(toks, k):
            out.setdefault(_key(toks[k].text), _key(span.name))
        elif span.j < len(toks) and toks[span.j].text == "(":
            foreign = _foreign_name_in_brackets(toks, k)
            if foreign is not None:  # "Viện Di sản" + "(Heritage Foundation)": its own name in its language
                out.setdefault(_key(" ".join(t.text for t in toks[k:foreign])), _key(span.name))
    return out


def _foreign_name_in_brackets(toks: list[Tok], k: int) -> int | None:
    """The end of two to four foreign words that fill the brackets opened before ``k``."""
    for n in range(2, 5):
        if k + n < len(toks) and toks[k + n].text == ")":
            return k + n if all(_foreign_word(t.text) for t in toks[k:k + n]) else None
    return None


def _brand_word(toks: list[Tok], k: int) -> bool:
    """An abbreviation or a word that is no Vietnamese syllable ("VNPT", "Vinalines"), and no
    place."""
    lex = lexicon()
    if lex.all_countries.match(toks, k) or lex.provinces.match(toks, k):
        return False
    return is_acronym(toks, k) or toks[k].cap and toks[k].text.isalpha() and not lex.syllable.fullmatch(toks[k].text)


def _brand_after_head(toks: list[Tok], span: OrgSpan) -> str | None:
    """The key of the brand a firm or a medium is named by after its head ("Tập đoàn" + "VNPT",
    "báo" + "Tiền Phong", "đài" + "CNN"), None for other bodies and for a firm's organ ("HĐQT MHB"
    is the bank's board, not the bank)."""
    lex = lexicon()
    head = lex.heads.match(toks, span.i)
    if head is None or lex.organs.match(toks, span.i) or head[1].get("kind") not in _BRAND_KINDS or not 0 < span.j - head[0] <= _MAX_BRAND:
        return None
    rest = toks[head[0]:span.j]
    return _key(" ".join(t.text for t in rest)) if all(t.cap for t in rest) else None


def _move(groups: dict[str, list], key: str, target: str) -> None:
    """Fold the mentions of body ``key`` into body ``target``, in text order."""
    groups[target] = sorted(groups[target] + groups.pop(key), key=lambda x: x[1].start)


def _fold_brands(toks: list[Tok], groups: dict[str, list], aliases: dict[str, str]) -> dict[str, list]:
    """A firm or a medium written with and without its head word is one body: "Tập đoàn VNPT" and
    "VNPT" join the full name "VNPT" abbreviates; "CNN" joins "đài CNN"."""
    for key in list(groups):
        brands = {_brand_after_head(toks, span) for span, _ in groups.get(key, ())} - {None}
        for brand in brands:
            target = aliases.get(brand)
            if target is not None and target != key and target in groups:
                _move(groups, key, target)
                break
            if brand != key and brand in groups:
                _move(groups, brand, key)
    return groups


def find_organisations(text: str, *, tokens: list[Tok] | None = None,
                       entities: list[Entity] | None = None,
                       persons: list[Mention] | None = None) -> list[Organisation]:
    """Named organisations in ``text``, one per body, in order of first mention.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).
    tokens : list of Tok, optional
        ``_officials_lexicon.tokens(text)``, when the caller has computed it already.
    entities : list of Entity, optional
        The NER model's spans of ``text`` (``find_entities(text)``), when the caller has them;
        otherwise the model is run here.
    persons : list of Mention, optional
        Where persons are named (the officials' mentions): a body every mention of which lies
        inside a person's name is that person ("… Hội nghị, Davide Russo cho biết").

    Returns
    -------
    list of Organisation
        ``name`` canonical, ``mentions`` every surface occurrence, ``aliases`` the distinct
        surface forms.

    Examples
    --------
    >>> orgs = find_organisations("UBND tỉnh phối hợp với Ủy ban nhân dân tỉnh và Quân khu 1.", entities=[])
    >>> [(o.name, o.kind, o.aliases) for o in orgs]
    [('Ủy ban nhân dân tỉnh', 'state', ('UBND tỉnh', 'Ủy ban nhân dân tỉnh')), ('Quân khu 1', 'military', ('Quân khu 1',))]
    """
    if not text.strip():
        return []
    toks = _tokens(text) if tokens is None else tokens
    if entities is None:
        from .entities import find_entities

        entities = find_entities(text, labels=("ORG",))
    person_starts = frozenset(p.start for p in persons or ())
    found = _trim_open_tails(toks, _grammar_spans(toks), entities)
    found = _read_on_by_model(toks, found, entities, person_starts)
    found = sorted(found + _post_unit_spans(toks, found), key=lambda s: s.i)
    found += _ner_spans(toks, entities, found, person_starts)
    found += _site_spans(toks, found)
    found += _glued_brand_spans(toks, found)
    found += _credit_spans(toks, found)
    found += _post_acronym_spans(toks, found)
    found += _acronym_spans(toks, found)
    found.sort(key=lambda s: s.i)
    found = _owned_organs(toks, found)
    aliases = _bracket_aliases(toks, found)
    groups: dict[str, list[tuple[OrgSpan, Mention]]] = {}
    for span in found:
        start, end = toks[span.i].start, toks[span.j - 1].end
        key = _key(span.name)
        groups.setdefault(aliases.get(key, key), []).append((span, Mention(text[start:end], start, end)))
    groups = _fold_abbreviated(_fold_brands(toks, groups, aliases))
    groups = _fold_descriptors(_fold_prefixes(_fold_optional_words(groups)))
    bodies = [_organisation(items) for items in groups.values()]
    if not persons:
        return bodies
    named = sorted((p.start, p.end) for p in persons)
    return [o for o in bodies if not all(_inside_person(m, named) for m in o.mentions)]


def _inside_person(m: Mention, named: list[tuple[int, int]]) -> bool:
    """``m`` lies inside one of the persons' names (sorted (start, end) pairs)."""
    k = bisect_right(named, (m.start, float("inf"))) - 1
    return k >= 0 and named[k][1] >= m.end


def _grammar_spans(toks: list[Tok]) -> list[OrgSpan]:
    lex = lexicon()
    firsts, lower = lex.heads.firsts, lex.lower_heads_firsts
    out = []
    i = 0
    while i < len(toks):
        span = None
        if toks[i].low in firsts and (toks[i].cap or toks[i].low in lower) and not _post_before_name(toks, i) \
                and not _post_suffix_at(toks, i):
            span = parse_org(toks, i, after_post=_after_post(toks, i))
        if span is None:
            i += 1
        else:
            if not _is_place_name(toks, span.i, span.j) and not _common_noun(toks, span.i, span.j) \
                    and not _of_several_places(toks, span.j):
                out.append(span)
            i = span.j
    return out


def _post_suffix_at(toks: list[Tok], i: int) -> bool:
    """The word at ``i`` is the suffix of the post before it, not an organ's head: "Phó Bí thư"
    + "Thường trực" + "Tỉnh ủy" is the standing deputy secretary of the Tỉnh ủy; "làm việc với"
    + "Thường trực Tỉnh ủy" is the standing committee."""
    return lexicon().suffixes.match(toks, i) is not None and _post_ends_at(toks, i, i, 4)


def _of_several_places(toks: list[Tok], j: int) -> bool:
    """A body named for several places at once is a kind of body, no one body: "Cục Thuế" + "các
    tỉnh, thành phố", "Sở Y tế" + "các tỉnh phía Bắc", "Công an" + "các huyện"."""
    lex = lexicon()
    return j + 1 < len(toks) and not toks[j].nl and toks[j].low in lex.org_plural \
        and lex.places.match(toks, j + 1) is not None


def _trim_open_tails(toks: list[Tok], found: list[OrgSpan], entities: list[Entity]) -> list[OrgSpan]:
    """Grammar spans whose name ends in lower-case words that nothing closes, cut where the
    model's ORG span over the name's last capital ends: "Báo Nhân dân" + "biết kết", "Liên đoàn
    bóng đá Nga" + "đưa cô". With no such span the grammar's reading stands ("Cục Quản lý thị
    trường"). A tail the body's parent closes in brackets is the name's: "Chi cục Khai thác và bảo
    vệ nguồn lợi thủy sản" + "(Sở NN&PTNT Thanh Hóa)"."""
    ends = {t.end: k + 1 for k, t in enumerate(toks)}
    model = sorted((ends[e.end], e.start) for e in entities if e.label == "ORG" and e.end in ends)
    model_ends = [j for j, _ in model]  # bisected: a long text has thousands of spans of each
    out = []
    for span in found:
        if span.kind == _TRADE_KIND or parent_next(toks, span.j) or scoped_field_in(toks, span.i, span.j):
            out.append(span)  # a firm's line of business is lower-case words: "Thiết kế và tư vấn …"
            continue
        last = _last_closed(toks, span.i, span.j)
        inside = model[bisect_right(model_ends, last):bisect_left(model_ends, span.j)]
        cuts = [j for j, start in inside if start <= toks[last].start
                and (j > last + 1 or _whole_at(toks, span.i, last))]
        out.append(_cut_span(toks, span, max(cuts)) if cuts and last > span.i else span)
    return out


def _read_on_by_model(toks: list[Tok], found: list[OrgSpan], entities: list[Entity],
                      person_starts: frozenset[int]) -> list[OrgSpan]:
    """Grammar spans cut inside a run of capitalised words that the model's ORG span reads on:
    "Công ty Bảo hiểm China" + "Life", "Tập đoàn Strategic Hotels" + "and Resorts", "Trường THPT
    thành phố Điện Biên" + "Phủ". The model reads on over foreign words (and the links of a foreign
    name) or to the end of a gazetteer place, never into a person, a place word or another body."""
    spans = sorted((e.start, e.end) for e in entities if e.label == "ORG")
    starts = [s for s, _ in spans]
    ends = {t.end: k + 1 for k, t in enumerate(toks)}
    out = []
    for n, span in enumerate(found):
        last = toks[span.j - 1]
        k = bisect_right(starts, last.start) - 1
        j = span.j
        if k >= 0 and spans[k][0] >= toks[span.i].start and spans[k][1] in ends and last.cap:
            nxt = found[n + 1].i if n + 1 < len(found) else len(toks)
            j = _longer_place_end(toks, span.i, span.j) or _run_end(toks, span.j, min(ends[spans[k][1]], nxt),
                                                                      person_starts)
        if j > span.j:
            tail = " ".join(t.text for t in toks[span.j:j])
            span = OrgSpan(span.i, j, f"{span.name} {tail}", span.kind, span.has_place, span.place_word)
        out.append(span)
    return out


def _foreign_word(text: str) -> bool:
    """A capitalised word of letters (an apostrophe or a hyphen inside) that is no Vietnamese
    syllable: "Life", "Sha'ar"; not "Ảnh", "TP.HCM", "H.Nhơn"."""
    return text[:1].isupper() and text.replace("'", "").replace("-", "").isalpha() \
        and not lexicon().syllable.fullmatch(text)


def _longer_place_end(toks: list[Tok], i: int, j: int) -> int | None:
    """The end of a gazetteer place that begins inside the name and ends after it: "thành phố
    Điện Biên" + "Phủ"."""
    for b in range(max(i, j - 2), j):
        end = big_place_end(toks, b)
        if end is not None and end > j:
            return end
    return None


def _run_end(toks: list[Tok], j: int, end: int, person_starts: frozenset[int]) -> int:
    """The end of the run of foreign capitalised words from ``j`` (the links of a foreign name
    inside it), at most ``end``; no word of it opens a body or a place, none is a person's. A Vietnamese
    syllable ends the run: where the model reads on over one, it has most often run into the next
    sentence of a headline or a caption ("Bệnh viện Chợ Rẫy" + "Ảnh")."""
    lex = lexicon()
    links = _foreign_links()
    k = j
    while k < end and not toks[k].nl and (_foreign_word(toks[k].text)
                                          or toks[k].low in links and k + 1 < end and toks[k + 1].cap) \
            and not lex.heads.match(toks, k) and not lex.places.match(toks, k) and toks[k].start not in person_starts:
        k += 1
    return k


@cache
def _foreign_links() -> frozenset[str]:
    return frozenset(_load("organisation_heads.yaml")["foreign_links"])


def _whole_at(toks: list[Tok], i: int, k: int) -> bool:
    """The capitalised syllable at ``k`` ends a word, so the model may cut right after it: a
    place (after a place word, or a city of the gazetteer: "Trường Đại học Vinh"), a field
    ("Tổng cục Thuế") or an acronym, not the first syllable of a word in sentence case ("Truyền"
    of "Truyền dẫn", "Thảm" of "Thảm họa")."""
    lex = lexicon()
    if not lex.syllable.fullmatch(toks[k].text):
        return True
    return any((hit := trie.match(toks, b)) is not None and hit[0] == k + 1
               for trie in (lex.places, lex.all_countries, lex.fields) for b in range(max(i, k - 3), k + 1)) \
        or any(big_place_end(toks, b) == k + 1 for b in range(max(i, k - 2), k + 1))


def _last_closed(toks: list[Tok], i: int, j: int) -> int:
    """The last token of ``[i, j)`` that is not a lower-case word, a place word or a scope
    closing the name ("LĐLĐ thành phố", "Hội Bảo trợ … tỉnh")."""
    lex = lexicon()
    k = j - 1
    while k > i and toks[k].text.isalpha() and toks[k].text.islower() \
            and not lex.places.match(toks, k) and not lex.scopes.match(toks, k):
        k -= 1
    return k


def _cut_span(toks: list[Tok], span: OrgSpan, j: int) -> OrgSpan:
    tail = " " + " ".join(t.text for t in toks[j:span.j])
    if not span.name.endswith(tail):
        return span
    return OrgSpan(span.i, j, span.name[: -len(tail)], span.kind, span.has_place, span.place_word)


def _common_noun(toks: list[Tok], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a head that names no body alone ("alone: false"), with nothing after
    it, read by the grammar or the model: "công tác chi bộ", "lực lượng Công an"."""
    hit = lexicon().heads.match(toks, i)
    return hit is not None and hit[0] == j and hit[1].get("alone") is False


def _covered(found: list[OrgSpan]) -> set[int]:
    """The tokens the spans read so far cover."""
    return {k for span in found for k in range(span.i, span.j)}


def _post_unit_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """The unit named by a post that ends with its head, with its place, where nothing else was
    read: "Phó phòng" + "Tài nguyên và Môi trường huyện Diễn Châu" is "Phòng Tài nguyên và Môi
    trường …" (the title reads it so too); a unit without its place ("Trưởng phòng Tham mưu, Công
    an tỉnh") is left to the model."""
    taken = _covered(found)
    lex = lexicon()
    out = []
    for k in range(len(toks) - 1):
        post = lex.positions.match(toks, k) if toks[k].cap else None
        unit = org_in_post(toks, post[0] - 1) if post is not None and post[0] - 1 > k else None
        if unit is not None and unit.has_place and not taken.intersection(range(unit.i, unit.j)):
            name = unit.name[:1].upper() + unit.name[1:]
            out.append(OrgSpan(unit.i, unit.j, name, unit.kind, unit.has_place, unit.place_word))
            taken.update(range(unit.i, unit.j))
    return out


def _post_ends_at(toks: list[Tok], end: int, i: int, back: int) -> bool:
    """A post that starts in the ``back`` tokens before ``i`` ends at token ``end``."""
    positions = lexicon().positions
    return any((hit := positions.match(toks, s)) is not None and hit[0] == end for s in range(max(0, i - back), i))


def _post_before_name(toks: list[Tok], i: int) -> bool:
    """The head at ``i`` is the last word of a post and a person's name follows: "Tổng Thanh
    tra" + "Phan Văn Sáu", "Trưởng phòng" + "Nguyễn Văn A" open no body; nor does a lower-case
    unit word with a post suffix after a post ("Phó trưởng" + "ban phụ trách" + "Ban X")."""
    head = lexicon().heads.match(toks, i)
    if head is None:
        return False
    if unit_and_suffix(toks, i) and _after_post(toks, i):
        return True  # the post reads the unit word and its suffix (``_officials_items._position``)
    return starts_person_name(toks, head[0]) and _post_ends_at(toks, head[0], i, 3)


def _after_post(toks: list[Tok], i: int) -> bool:
    """A post ends right before token ``i``: "Trưởng" + "công an huyện Sa Pa" is a body,
    although written in lower case."""
    return _post_ends_at(toks, i, i, 4)


def _is_place_name(toks: list[Tok], i: int, j: int) -> bool:
    """A head and a capitalised syllable that are together a place's name: "Hội An", "Trường
    Sa", "Trường Sơn" (a town, islands, a range), not "Hội Nông dân" or "Cục Thuế"."""
    k = i
    while k < j and is_name_syllable(toks[k].text):
        k += 1
    if k - i < 2 or any(t.cap or not t.text.isalpha() for t in toks[k:j]):
        return False  # the name goes on with capitals, a number or a place after it
    from ..gazetteer import gazetteer

    return " ".join(t.low for t in toks[i:k]) in gazetteer()


def _owned_organs(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """A body's organ with its owner ("Ban Thường vụ" + "Đoàn Thanh niên Bộ Xây dựng" is one
    body); an organ with no owner written after it ("Ban Giám đốc đã họp") names no body."""
    organs = lexicon().organs
    out: list[OrgSpan] = []
    k = 0
    while k < len(found):
        span = found[k]
        k += 1
        hit = organs.match(toks, span.i)
        if hit is None or _owner_read(toks, hit[0], span.j):
            out.append(span)
        elif k < len(found) and found[k].i == span.j:
            owner = found[k]
            k += 1
            out.append(OrgSpan(span.i, owner.j, f"{span.name} {owner.name}", owner.kind,
                               owner.has_place, owner.place_word))
        else:
            end = owner_after(toks, span.j)
            if end > span.j:
                name = " ".join([span.name, *(t.text for t in toks[span.j:end])])
                out.append(OrgSpan(span.i, end, name, span.kind, span.has_place, span.place_word))
    return out


def _owner_read(toks: list[Tok], e: int, j: int) -> bool:
    """The span read past the organ's words a capitalised name, a number or a scope: its owner
    ("Ban Tổ chức" + "trung ương" is the Party's commission, "Ban tổ chức" alone a committee)."""
    scopes = lexicon().scopes
    return any(toks[k].cap or toks[k].text[:1].isdigit() or scopes.match(toks, k) for k in range(e, j)) \
        or e < j and parent_in_brackets(toks, j)  # "Ban Quản lý dự án đường sắt" + "(Bộ GTVT)"


def _ner_spans(toks: list[Tok], entities: list[Entity], found: list[OrgSpan],
               person_starts: frozenset[int] = frozenset()) -> list[OrgSpan]:
    """The model's ORG spans where the grammar read nothing, cut to the organisation (and before
    a person named there, ``person_starts``)."""
    # the grammar's spans are in text order and do not overlap: bisect finds the one an entity meets
    taken_starts = [toks[s.i].start for s in found]
    taken_ends = [toks[s.j - 1].end for s in found]
    starts = {t.start: k for k, t in enumerate(toks)}
    out = []
    for e in entities:
        if e.label != "ORG":
            continue
        k = bisect_right(taken_ends, e.start)
        if k < len(taken_starts) and taken_starts[k] < e.end:
            continue
        i = starts.get(e.start)
        if i is None:
            continue
        j = _ner_end(toks, i, e.end, person_starts)
        i = _past_post(toks, _past_lead_in(toks, i, j), j)
        if j > i and toks[j - 1].end - toks[i].start >= _MIN_NER_CHARS and not _not_a_body(toks, i, j) \
                and not _plural_around(toks, i) and not _of_several_places(toks, j):
            unit = _unit_word_before(toks, i)
            name = " ".join(t.text for t in toks[unit:j])
            if unit < i:
                name = name[:1].upper() + name[1:]  # "phòng Công thương …" names "Phòng Công thương …"
            out.append(OrgSpan(unit, j, name, "other", False, None))
    return out


@cache
def _site_name() -> re.Pattern[str]:
    domains = "|".join(re.escape(d) for d in _load("organisation_heads.yaml")["site_domains"])
    return re.compile(rf"[A-ZĐ][\w-]*(?:\.[A-Za-z]+)*\.(?:{domains})", re.IGNORECASE)


def _site_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """News sites written by their address, capitalised: "Zing.vn", "VOV.VN", "VnExpress.net"
    (a lower-case address, "moit.gov.vn", is a link, not a name)."""
    pattern = _site_name()
    return _lone_token_spans(toks, found, lambda k: "media" if toks[k].text[:1].isupper()
                             and pattern.fullmatch(toks[k].text) else None)


def _glued_brand_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """Firms whose brand ends in a designator glued to it, in camel case ("CBBank", "VinaCapital",
    "CapitaLand") or a bank's lower-case "bank" ("Vietcombank", "Saigonbank"), that no one else
    read; a country so written ("Thailand") is no firm."""
    return _lone_token_spans(toks, found, lambda k: _TRADE_KIND if glued_brand_at(toks, k) else None)


@cache
def known_acronyms() -> dict[str, str]:
    """Abbreviations news text defines as one body's name, and that body's kind
    (``data/org_acronyms.tsv``, learned by ``models/build_org_acronyms.py``).

    Examples
    --------
    >>> known_acronyms()["VASEP"]
    'mass'
    """
    rows = (line.split("\t") for line in read_text("org_acronyms.tsv").splitlines() if line)
    return {row[0]: row[2] for row in rows}


def _acronym_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """Bodies written only by an abbreviation that news text defines as a body's name ("theo số
    liệu của TCTK", "VASEP cho biết"), that no one else read."""
    known = known_acronyms()
    return _lone_token_spans(toks, found, lambda k: known.get(toks[k].text), abbreviation=True)


def _lone_token_spans(toks: list[Tok], found: list[OrgSpan], kind_at: Callable[[int], str | None],
                      abbreviation: bool = False) -> list[OrgSpan]:
    """One-token bodies no span in ``found`` covers, of the kind ``kind_at`` gives each token
    (None: no body there): a site's address, a glued brand, a known abbreviation."""
    taken = _covered(found)
    return [OrgSpan(k, k + 1, toks[k].text, kind, False, None, abbreviation) for k in range(len(toks))
            if k not in taken and (kind := kind_at(k)) is not None]


def _credit_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """Agencies named in photo credits and bylines that no one else read ("Ảnh: THX/TTXVN")."""
    taken = _covered(found)
    # a source is one word, or one word and its glued "+" ("Vietnam+"): its tokens join unspaced
    return [OrgSpan(i, j, "".join(t.text for t in toks[i:j]), "media", False, None)
            for i, j in credit_sources(toks) if not taken.intersection(range(i, j))]


def _plural_around(toks: list[Tok], i: int) -> bool:
    """A model span in a generic plural: after "các" or a count, or after a lower-case head
    that follows one ("các trường Trung học phổ thông trên toàn Hà Nội", "5 công ty" + "TMCP")."""
    if plural_before(toks, i):
        return True
    lex = lexicon()
    return any(not toks[s].cap and (hit := lex.heads.match(toks, s)) is not None and hit[0] == i
               and plural_before(toks, s) for s in range(max(0, i - 3), i))


def _post_acronym_spans(toks: list[Tok], found: list[OrgSpan]) -> list[OrgSpan]:
    """A body written by its abbreviation, or by its brand before a Vietnamese full name
    (``brand_before_person``: "Chủ tịch Vingroup" + "Phạm Nhật Vượng"), right after a post of
    two or more words, that no one else read: "Giám đốc FBI", "Tổng giám đốc MHBS", "tổng thư ký LĐBĐVN" (the title reads it
    so too); not "tăng trưởng GDP" (one word of a post inside a compound), nor the first word
    of a longer head ("Ủy viên BCH" + "Hội …": the grammar's to read), nor two letters ("Bộ
    trưởng NG": a field)."""
    taken = _covered(found)
    lex = lexicon()
    out = []
    for k in range(1, len(toks)):
        if k in taken or not toks[k].cap:
            continue  # every reading below opens with a capital
        end = _post_acronym_end(toks, k) or brand_before_person(toks, k) or designated_brand_end(toks, k)
        if end is not None and any((hit := lex.positions.match(toks, s)) is not None and hit[0] == k
                                   for s in range(max(0, k - 4), k - 1)):
            out.append(OrgSpan(k, end, " ".join(t.text for t in toks[k:end]), "other", False, None))
    return out


def _post_acronym_end(toks: list[Tok], k: int) -> int | None:
    lex = lexicon()
    if not is_acronym(toks, k) or len(toks[k].text) < _MIN_ACRONYM or toks[k].low in lex.heads.firsts \
            or lex.organs.match(toks, k) or lex.all_countries.match(toks, k) or lex.provinces.match(toks, k) \
            or ends_with(toks, k, lex.field_posts):
        return None  # "Bộ trưởng NN&PTNT": a minister's field, the title's, no body named
    return k + 1


def _unit_word_before(toks: list[Tok], i: int) -> int:
    """Where a model span after a post that ends with a unit's head begins: "Trưởng phòng" +
    "Công thương huyện Tam Bình" is "phòng Công thương huyện Tam Bình"."""
    if i == 0 or toks[i - 1].cap:
        return i
    head = lexicon().heads.match(toks, i - 1)
    return i - 1 if head is not None and head[0] == i and _post_ends_at(toks, i, i - 1, 3) else i


def _ner_end(toks: list[Tok], i: int, end: int, person_starts: frozenset[int] = frozenset()) -> int:
    """Where an ORG span stops: before a person's name (an official named there, too), a post, a
    word that opens the next sentence or a lower-case tail the model ran into ("Bộ Tư pháp
    Michael Keenan", "Quốc phòng Pháp" + "Sylvie Goulard", "Công an" + "Theo lời khai", "Thành
    ủy TPHCM phát")."""
    lex = lexicon()
    j = i
    while j < len(toks) and toks[j].end <= end:
        if j > i and (starts_person_name(toks, j) or toks[j].start in person_starts or lex.positions.match(toks, j)
                      or _opens_sentence(toks, j) or _sentence_after(toks, i, j)):
            break
        j += 1
    while j > i + 1 and not toks[j - 1].cap and not toks[j - 1].text[:1].isdigit() \
            and toks[j - 2].cap and toks[j - 2].text[1:2].isupper():
        j -= 1  # an acronym then a lower-case verb: "TPHCM phát"
    while j > i and not toks[j - 1].text[:1].isalnum():
        j -= 1
    return j


def _past_lead_in(toks: list[Tok], i: int, j: int) -> int:
    """Where a model span that opens with lower-case words no head begins starts its name: at
    its first capital ("nâng cấp" + "Trạm biến áp Ngũ Hành Sơn", "hợp tác với" + "Tập đoàn
    Viettel"); "báo Lao Động", "trường THPT Chu Văn An" open with their head, "al-Hadas News"
    with a foreign word; a single Vietnamese word left ("đạo" + "Phật") is no name to cut to, a
    foreign one is ("hãng thông tấn" + "Yonhap")."""
    lex = lexicon()
    k = i
    while k < j and not toks[k].cap and lex.syllable.fullmatch(toks[k].text) and lex.heads.match(toks, k) is None:
        k += 1
    one_foreign = j - k == 1 and toks[k].cap and not lex.syllable.fullmatch(toks[k].text)  # "thông tấn" + "Yonhap"
    return k if i < k and (j - k >= 2 or one_foreign) and (toks[k].cap or toks[k].text[:1].isdigit()) else i


def _past_post(toks: list[Tok], i: int, j: int) -> int:
    """Where a model span that opens with a post names its body: after the post, at a head or a
    brand ("CEO" + "Qatar Airways", "Chủ tịch" + "Quốc hội"), or at a place alone, which names
    no body ("Bí thư" + "Hà Tĩnh"); the post is its holder's. A given name after a post is its
    holder ("Đại biểu" + "Thắng"): the span stays whole."""
    lex = lexicon()
    post = lex.positions.match(toks, i)
    if post is None or post[0] >= j or not toks[post[0]].cap:
        return i
    k = post[0]
    brand = all(not lex.syllable.fullmatch(t.text) for t in toks[k:j] if t.text.isalpha())
    return k if lex.heads.match(toks, k) is not None or brand or _is_place_only(toks, k, j) else i


def _opens_sentence(toks: list[Tok], j: int) -> bool:
    """A capitalised word that opens sentences ("Theo", "Sáng") before a lower-case word or a
    number: the next sentence ("Công an" + "Theo lời khai"); "tờ Chiều Kazany" is a name."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return toks[j].cap and toks[j].low in lexicon().sentence_openers and nxt is not None \
        and (nxt.text[:1].isdigit() or nxt.text.isalpha() and nxt.text.islower())


def _sentence_after(toks: list[Tok], i: int, j: int) -> bool:
    """A lower-case word at ``j`` that the sentence, not the name, goes on with: after a foreign
    word or after two capitalised ones ("Công ty Formosa | báo cáo", "Đại học Geogretown | ở
    Washington", "Liên hiệp Không quân | hồi đầu"); not "Liên hiệp | các tổ chức hữu nghị"."""
    t = toks[j]
    if not t.text.isalpha() or not t.text.islower():
        return False
    before = toks[j - 1]
    if before.cap and before.text.isalpha() and not lexicon().syllable.fullmatch(before.text):
        return True
    return j - 2 >= i and is_name_syllable(before.text) and is_name_syllable(toks[j - 2].text) \
        and not lexicon().heads.match(toks, j - 2)


def _not_a_body(toks: list[Tok], i: int, j: int) -> bool:
    """A model's ORG span that is an ordinary noun ("Bộ luật"), a document, a faith or an event
    (``not_bodies``), a place ("Cộng hòa Nhân dân Trung Hoa"), a person's full name ("Trương Hòa
    Bình") or the start of a post ("Tổng" of "Tổng Bí thư") and nothing more."""
    if _loose_span(toks, i, j) or ordinary_head(toks, i, j) or _is_place_only(toks, i, j) or _common_noun(toks, i, j):
        return True
    lex = lexicon()
    head = lex.heads.match(toks, i)
    if head is not None and lex.ranks.match(toks, head[0]):
        return True  # "Vụ" + "Trung tá CSGT …": a case about an officer
    if lex.not_bodies.match(toks, i) or lex.not_names.match(toks, i) or _named_by(toks, i) \
            or _head_and_description(toks, i, j) or _abbreviates_a_thing(toks, i, j) \
            or _field_and_country(toks, i, j):
        return True  # "Hiệp định Biến đổi Khí hậu Paris", "Hồi giáo", "Huân chương Hồ Chí Minh"
    post = lex.positions.match(toks, i)
    if post is not None and (post[0] > i + 1 and j < post[0] or post[0] == j):
        return True  # "Tổng" of "Tổng Bí thư": the first word of a post; "ĐBQH": a post
    return j - i >= 2 and starts_person_name(toks, i) and all(is_name_syllable(t.text) for t in toks[i:j])


def _abbreviates_a_thing(toks: list[Tok], i: int, j: int) -> bool:
    """The span is the abbreviation in brackets of a document, a treaty or an event whose name,
    just before it, opens with a ``not_bodies`` word: "Hiệp định Thương mại Tự do Bắc Mỹ" +
    "(NAFTA)", "Sự kiện Đầu tư vào Mỹ" + "(Select USA)"; not a body named so ("Nhà nước Hồi
    giáo tự xưng" + "(IS)")."""
    if i < 2 or j >= len(toks) or toks[i - 1].text != "(" or toks[j].text != ")":
        return False
    lex = lexicon()
    first = None  # the first capitalised word of the phrase before the bracket
    for k in range(i - 2, max(-1, i - 14), -1):
        if not toks[k].text[:1].isalnum() or not toks[k].cap and lex.name_stop.match(toks, k):
            break
        if toks[k].cap:
            first = k
    return first is not None and lex.not_bodies.match(toks, first) is not None


def _head_and_description(toks: list[Tok], i: int, j: int) -> bool:
    """A firm's head and only lower-case words after it: a description, no name ("Công ty vận
    tải biển", "Công ty cứu hộ" + "thống nhất"); the grammar reads a firm's lower-case line of
    business only when its name closes it. A unit may be named so ("phòng cảnh sát hình sự")."""
    hit = lexicon().heads.match(toks, i)
    return hit is not None and hit[1].get("kind") == "enterprise" and hit[0] < j \
        and all(t.text.isalpha() and t.text.islower() for t in toks[hit[0]:j])


def _field_and_country(toks: list[Tok], i: int, j: int) -> bool:
    """A ministry's field alone or with a country, no head: "Bộ trưởng" + "Công Thương", +
    "Quốc phòng Pháp" names the post's field, no body ("Công an" is a head as well as a field;
    "Thanh Niên" is a paper)."""
    lex = lexicon()
    field = lex.fields.match(toks, i)
    if field is None or lex.heads.match(toks, i) is not None:
        return False
    if field[0] == j:
        # not the paper "Thanh Niên"; "Trưởng phòng" + "Tài chính" names the unit ("Phòng Tài chính")
        return lex.positions.ends_at(toks, i) and _unit_word_before(toks, i) == i
    country = lex.all_countries.match(toks, field[0])
    return country is not None and country[0] == j


def _named_by(toks: list[Tok], i: int) -> bool:
    """The span names the event or document written just before it: "Hội nghị" + "Bologna",
    "Hiệp định" + "Paris"."""
    return lexicon().not_bodies.ends_at(toks, i)


def _loose_span(toks: list[Tok], i: int, j: int) -> bool:
    """A model's span that reads like no name: more than two lower-case words before its first
    capital ("y học cổ truyền Việt Nam", "vụ nổ lò vôi Formosa"; "báo Lao Động", "đội tuyển U22"
    are names), a slash or a lone full stop inside ("F / A-18", "A . NHIÊN"), or a comma in a
    span no head opens: a list of fields ("Tài chính, Công Thương, Xây dựng"), not "Cảnh sát
    Phòng cháy, chữa cháy"."""
    first_cap = next((k for k in range(i, j) if toks[k].cap or toks[k].text[:1].isdigit()), j)
    if first_cap - i > _MAX_LOWER_BEFORE_NAME:
        return True
    if any(t.text == "," for t in toks[i:j]) and not lexicon().heads.match(toks, i):
        return True
    if j - i == 1 and _INITIALS.fullmatch(toks[i].text):
        return True  # "N.A.", "H.N.A": a person's initials
    return any(t.text in ("/", ".") for t in toks[i:j])


_MAX_LOWER_BEFORE_NAME = 2
_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ])+\.?")


def _is_place_only(toks: list[Tok], i: int, j: int) -> bool:
    """A country or a province alone is a place, not a body ("Cộng hòa Nhân dân Trung Hoa"), its
    state's long name too ("Cộng hòa Áo", "Liên bang Nga")."""
    lex = lexicon()
    for trie in (lex.all_countries, lex.provinces):
        hit = trie.match(toks, i)
        if hit and hit[0] == j:
            return True
    if " ".join(t.text for t in toks[i:j]) in world_cities() and j + 2 < len(toks) and toks[j].text == "(" \
            and lex.all_countries.match(toks, j + 1):
        return True  # "Prague (Séc)": a foreign city and its country; "Liverpool" alone may be the club
    return country_after(toks, i, lex.all_countries) == j


@cache
def _optional_words() -> re.Pattern[str]:
    words = sorted(_load("organisation_heads.yaml")["optional_words"], key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\S)")


def _bare_key(key: str) -> tuple[str, tuple[str, ...]]:
    """``key`` without its optional words, and those words: ("bệnh viện đa khoa quảng ngãi",
    ("tỉnh",)) for "bệnh viện đa khoa tỉnh quảng ngãi"."""
    pattern = _optional_words()
    return " ".join(pattern.sub(" ", key).split()), tuple(sorted(pattern.findall(key)))


def _fold_abbreviated(groups: dict[str, list]) -> dict[str, list]:
    """Fold a body written with its field abbreviated into the one body written in full ("Sở
    VHTT TP Hải Phòng" into "Sở Văn hóa thông tin TP Hải Phòng"); a body also written in full
    ("Ngân hàng Nhà nước", "NHNN") stays itself."""
    forms = {k: {span.name for span, _ in items} | {m.text for _, m in items} for k, items in groups.items()}
    for key in list(groups):
        if not all(abbreviated(f) for f in forms[key]):
            continue
        fuller = {k for k in groups if k != key and any(abbreviates(s, f) for s in forms[key] for f in forms[k])}
        if len(fuller) == 1:
            target = fuller.pop()
            _move(groups, key, target)
            forms[target] |= forms.pop(key)
    return groups


def _fold_optional_words(groups: dict[str, list]) -> dict[str, list]:
    """Fold a body written without some optional words into the one body written with them, when
    exactly one such body holds them all ("Sở NN&PTNT Bình Định" into "Sở NN&PTNT tỉnh Bình
    Định"); "UBND tỉnh X" and "UBND thành phố X" stay apart."""
    bare = {k: _bare_key(k) for k in groups}
    for key in sorted(groups, key=lambda k: len(bare[k][1])):
        base, words = bare[key]
        fuller = [k for k in groups if k != key and bare[k][0] == base and set(words) < set(bare[k][1])]
        if len(fuller) == 1:
            target = fuller[0]
            _move(groups, key, target)
    return groups


def _fold_prefixes(groups: dict[str, list]) -> dict[str, list]:
    """Fold a body whose every surface begins a longer body's surface into that body."""
    surfaces = {k: {_key(m.text) for _, m in items} | {k} for k, items in groups.items()}
    names = {k: {_key(span.name) for span, _ in items} | {k} for k, items in groups.items()}
    keys = sorted(groups, key=len)
    for key in keys:
        longer = [k for k in groups if k != key and len(k) > len(key)
                  and (_begins_all(surfaces[key], surfaces[k]) or _begins_all(names[key], names[k]))]
        if longer:
            target = max(longer, key=lambda k: len(groups[k]))
            _move(groups, key, target)
            surfaces[target] |= surfaces.pop(key)
            names[target] |= names.pop(key)
    return groups


def _head_and_name(name: str) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """The head's words, the rest of a canonical name and the head's kind, or None when the rest
    is not a capitalised name: ("công ty",), ("vạn", "thuận"), "enterprise" for "Công ty Vạn Thuận"."""
    toks = _tokens(name)
    hit = lexicon().heads.match(toks, 0)
    if hit is None or hit[0] >= len(toks) or not toks[hit[0]].cap:
        return None
    return (tuple(_key(t.text) for t in toks[:hit[0]]), tuple(_key(t.text) for t in toks[hit[0]:]),
            hit[1].get("kind", "state"))


def _fold_descriptors(groups: dict[str, list]) -> dict[str, list]:
    """Fold a body written as its head and name into the one body written with more words
    between them ("Công ty Vạn Thuận" into "Công ty CP Kinh doanh XNK Vạn Thuận", "Bệnh viện
    Xanh Pôn" into "Bệnh viện Đa khoa Xanh Pôn"); words that hold a place or another body
    between them make another body ("Công an huyện Ba Bể", "Công an tỉnh Ba Bể")."""
    words = {k: tuple(_key(items[0][0].name).split()) for k, items in groups.items()}
    for key in sorted(groups, key=len):
        parts = _head_and_name(groups[key][0][0].name)
        if parts is None:
            continue
        head, name, kind = parts
        if _bare_key(" ".join(head))[1]:
            continue  # a legal name ("Công ty cổ phần FPT") is whole: its group's firms have longer names
        size = len(head) + len(name)
        longer = [k for k, w in words.items() if k != key and k in groups and len(w) > size and w[:len(head)] == head
                  and w[-len(name):] == name and head[0] not in w[len(head):-len(name)]
                  and _plain_descriptor(w[len(head):-len(name)], kind)]
        if len(longer) == 1:
            _move(groups, key, longer[0])
    return groups


def _plain_descriptor(words: tuple[str, ...], kind: str | None) -> bool:
    """Words between a head and a name that name no place, no field joined by "và" and no body of
    another kind ("cp kinh doanh xnk", "đa khoa", a school's level "tiểu học"; not "huyện",
    "giáo dục chính trị và", "công ty" after "Công đoàn")."""
    toks = _tokens(" ".join(words))
    lex = lexicon()
    if any(t.low == conjunction() or t.text in CONJUNCTION_SIGNS or lex.name_stop.match(toks, k)
           for k, t in enumerate(toks)):
        return False
    return not any(lex.places.match(toks, k) or lex.provinces.match(toks, k) or lex.all_countries.match(toks, k)
                   or lex.positions.match(toks, k)
                   or (hit := lex.heads.match(toks, k)) is not None and hit[1].get("kind", "state") != kind
                   for k in range(len(toks)))


def _begins_all(short: set[str], long: set[str]) -> bool:
    """Every form in ``short`` begins a form in ``long``, as whole words."""
    return all(any(o.startswith(s + " ") for o in long) for s in short)


def _organisation(items: list[tuple[OrgSpan, Mention]]) -> Organisation:
    """One body: named by its longest grammar-read span (else the model's), first mention first."""
    best, _ = max(items, key=lambda x: (x[0].kind != "other" and not x[0].abbreviation, x[1].end - x[1].start))
    first = min((m for _, m in items), key=lambda m: m.start)
    mentions = tuple(m for _, m in items)
    aliases = tuple(dict.fromkeys(m.text for m in mentions))
    kind = best.kind if best.kind != "other" else next((s.kind for s, _ in items if s.kind != "other"), "other")
    return Organisation(best.name, kind, first.text, first.start, first.end, mentions, aliases)
