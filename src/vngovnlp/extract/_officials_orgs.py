"""Read one organisation name starting at a token: head, proper name, place.

Shared by the organisations extractor and by titles ("Phó Tư lệnh" + "Quân khu 1").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..gazetteer import country_word_starts, gazetteer, world_cities
from ..lexicon import load as _load
from ..names import is_name_syllable, surnames
from ._officials_lexicon import Tok, Trie, ends_with, lexicon

_MAX_LOWER_RUN = 3  # lower-case words in a row inside a name ("Cục Quản lý thị trường")
_MAX_LOWER_OPENING = 7  # lower-case words opening a name ("Hiệp hội chăn nuôi Đồng Nai", "Hội quy hoạch phát triển đô thị Hà Nội")
_MAX_FIELD_REST = 8  # lower-case rest of a unit's field its parent closes ("an toàn và môi trường công nghiệp")
# a firm's lines of business ("Công ty TNHH" + "xây dựng sản xuất thương mại" + "Tài Nguyên")
_MAX_TRADE_OPENING = 8


@cache
def _words() -> dict[str, str]:
    """Words read by their role: the conjunction (``titles.yaml``), the word "country" and the
    start of the home country's name (``organisation_heads.yaml``)."""
    titles, heads = _load("titles.yaml"), _load("organisation_heads.yaml")
    return {"conjunction": titles["conjunction"], "country_word": heads["country_word"],
            "home_country_start": heads["home_country_start"], "about": heads["about"]["word"],
            "about_after": frozenset(heads["about"]["after"]), "about_not": frozenset(heads["about"]["not_before"]),
            "about_scoped": frozenset(heads["about"]["scoped"]), "about_paired": frozenset(heads["about"]["paired"]),
            "field_lists": frozenset(heads["field_lists"]), "of_body": heads["of_body"],
            "number_word": heads["number_word"], "glued_places": _glued_place_words(),
            "branch_words": frozenset(heads["branch_words"]), "branch_areas": frozenset(heads["branch_areas"]),
            "level_fields": frozenset(heads["level_fields"]), "party_words": frozenset(heads["party_words"])}


def _glued_place_words() -> dict[str, str]:
    """"Q" → "quận", "P" → "phường": the one-letter abbreviations of ``place_prefixes.yaml``."""
    return {e["prefix"][0].upper(): e["full"] for e in _load("place_prefixes.yaml")["prefixes"]
            if len(e["prefix"]) == 2 and e["prefix"].endswith(".") and "full" in e}


@dataclass(frozen=True)
class OrgSpan:
    """Tokens ``[i, j)`` name an organisation; ``place`` is the place written in it, if any."""

    i: int
    j: int
    name: str
    kind: str
    has_place: bool
    place_word: str | None
    abbreviation: bool = False  # a known abbreviation alone, which names no body better than its full name


def _is_word(t: Tok) -> bool:
    return t.text[:1].isalnum()


_MAX_BRAND = 4  # words of a designated brand, its designator included ("China Zhongwang Holdings")


def designated_brand_end(toks: list[Tok], k: int) -> int | None:
    """End of a firm's brand at ``k``: capitalised words closed by a designator written the
    English way ("Trung Nam" + "Group", "Vietnam" + "Airlines", "Him Lam" + "Land"), or None.

    >>> from ._officials_lexicon import tokens
    >>> t = tokens("ông Tiến, Tổng giám đốc Trung Nam Group cho biết")
    >>> " ".join(x.text for x in t[6:designated_brand_end(t, 6)])
    'Trung Nam Group'
    """
    designators = lexicon().brand_designators
    e = k
    while e < len(toks) and e - k < _MAX_BRAND and not toks[e].nl and toks[e].cap and toks[e].text.isalpha():
        if e > k and toks[e].low in designators:
            return e + 1
        e += 1
    return None


def starts_person_name(toks: list[Tok], k: int) -> bool:
    """A family name followed by at least one more capitalised syllable."""
    if k + 1 >= len(toks) or toks[k + 1].nl:
        return False
    two = f"{toks[k].text} {toks[k + 1].text}"
    if toks[k].text not in surnames() and two not in surnames():
        return False
    if lexicon().provinces.match(toks, k) or _two_word_country(toks, k) or _level_field_at(toks, k):
        return False  # "Hà Nội", "Hàn Quốc", "Hà Lan" begin with a family name
    return is_name_syllable(toks[k + 1].text)


def _level_field_at(toks: list[Tok], k: int) -> bool:
    """A field right after a school's or a hospital's kind, no name prefix: "Trường ĐH" + "Y"."""
    if toks[k].text not in _words()["level_fields"]:
        return False
    heads = lexicon().heads
    return any((hit := heads.match(toks, s)) is not None and k - 1 <= hit[0] <= k  # "Trường" + "ĐH" + "Y"
               and hit[1].get("kind") in _EPONYM_KINDS for s in range(max(0, k - 4), k))


def _two_word_country(toks: list[Tok], k: int) -> bool:
    hit = lexicon().countries.match(toks, k)
    return hit is not None and hit[0] - k >= 2


def _cap_run(toks: list[Tok], k: int, limit: int = 4) -> int:
    """End of a run of capitalised syllables or numbers starting at ``k`` (``k`` if none)."""
    lex = lexicon()
    j = k
    while j < len(toks) and j - k < limit and not toks[j].nl and (
        is_name_syllable(toks[j].text) or toks[j].text.isdigit() and not _counts_noun(toks, j)
    ) and not (j > k and toks[j].low in lex.sentence_openers or lex.not_names.match(toks, j)):
        j += 1  # "xã Hải Yến" + "Ngày 20/6", "TTXVN" + "Tuy nhiên": a word that opens the next sentence
    return j


def _counts_noun(toks: list[Tok], j: int) -> bool:
    """The number at ``j`` counts the noun after it ("6 tháng", "3 người") unless a year follows
    that noun, as in a numbered body's term ("Quân khu 7" + "năm 2020")."""
    hit = lexicon().count_nouns.match(toks, j + 1)
    if hit is None:
        return False
    after = toks[hit[0]].text if hit[0] < len(toks) else ""
    return not (len(after) == 4 and after.isdigit())


def _stops(toks: list[Tok], k: int) -> bool:
    """A post, a rank, a stop word or an honorific before a person's name ("TTXVN" + "Bà Trương
    Thị Đào cho biết") at ``k``: the name before it ends."""
    lex = lexicon()
    return bool(lex.positions.match(toks, k) or lex.ranks.match(toks, k) or name_stop_at(toks, k)
                or lex.prefixes.match(toks, k) and lex.positions.match(toks, k + 1)
                or _honorific_before_name(toks, k))


def credit_word_at(toks: list[Tok], k: int) -> bool:
    """A photo credit's or source note's word and its colon at ``k`` ("Ảnh:", "Nguồn:"), also
    glued to a caption's last words: "… Bệnh viện Đa khoa" + "Ảnh: Thanh Hà"."""
    return k + 1 < len(toks) and toks[k + 1].text == ":" and toks[k].low in lexicon().credit_words


def _honorific_before_name(toks: list[Tok], k: int) -> bool:
    hit = lexicon().honorifics.match(toks, k)
    return hit is not None and starts_person_name(toks, hit[0])


def name_stop_at(toks: list[Tok], k: int) -> bool:
    """A word that ends a name; "nguyên" (former) only before a post: "Tài nguyên nước" goes on."""
    lex = lexicon()
    hit = lex.name_stop.match(toks, k)
    if hit is None or _title_case_inside(toks, k, hit[0]):
        return False
    return toks[k].low not in lex.former or lex.positions.match(toks, hit[0]) is not None


def _title_case_inside(toks: list[Tok], k: int, e: int) -> bool:
    """A stop word written in title case inside a title-case name: "Người" + "Đưa Tin" names
    the paper (the verb "đưa tin" is written in lower case); a one-word stop ("Theo", "Tiếp")
    more likely opens the next sentence, and so does any after a head ("Đảng" + "Tiếp")."""
    lex = lexicon()
    return 0 < k and e - k >= 2 and all(is_name_syllable(t.text) for t in toks[k - 1:e]) \
        and lex.syllable.fullmatch(toks[k - 1].text) is not None and not lex.heads.match(toks, k - 1)


def _field_end(toks: list[Tok], k: int) -> int | None:
    """A ministry or department field ("Y tế", "Tài nguyên và Môi trường"), with its number:
    "Ban Chỉ đạo 389", not "Chi cục Quản lý thị trường 63 tỉnh" nor "Phòng Kinh tế" + "2 lần"."""
    lex = lexicon()
    hit = lex.fields.match(toks, k)
    if not hit:
        return None
    j = hit[0]
    if not toks[k].cap and _verb_field(toks, k, j):
        return None  # "Tổng công ty tổ chức kiểm điểm": the verb, not "Ban Tổ chức"
    n = j + 1 if j + 2 < len(toks) and toks[j].low == _words()["number_word"] else j  # "Xây dựng" + "số 5"
    if n + 1 < len(toks) and toks[n].text.isdigit() and not lex.places.match(toks, n + 1) and not _counts_noun(toks, n):
        j = n + 1
    return j


def _verb_field(toks: list[Tok], k: int, j: int) -> bool:
    """The field ``[k, j)`` is all a verb that ends names ("tổ chức", "kiểm tra", "chỉ đạo"),
    and no organ ends with it ("Ban chỉ đạo", "Ban tổ chức" are bodies)."""
    lex = lexicon()
    stop = lex.name_stop.match(toks, k)
    if stop is None or stop[0] != j:
        return False
    return not any((hit := lex.organs.match(toks, b)) and hit[0] == j for b in range(max(0, k - 2), k))


def _lower_opening(toks: list[Tok], k: int, head: str, eponym: bool = False, trade: bool = False) -> int:
    """Past a name that opens in lower case after ``head`` ("Liên đoàn bóng đá Việt Nam"): the
    lower-case words count only when a capitalised word, a place word or a scope closes them;
    for a body named after a person (``eponym``), a person's name too ("Phòng khám đa khoa" +
    "Nguyễn Trãi")."""
    lex = lexicon()
    if head not in lex.lower_name or k >= len(toks) or toks[k].cap or not toks[k].text.isalpha():
        return k
    stop = lex.not_after.get(head)
    if stop is not None and stop.match(toks, k):
        return k
    child = head in lex.chain_children or head.split()[0] in lex.chain_children  # "Ban Quản lý"
    return _closed_run(toks, k, child=child, eponym=eponym or trade, trade=trade,
                       limit=_MAX_TRADE_OPENING if trade else _MAX_LOWER_OPENING) or k


def _place_word_at(toks: list[Tok], j: int) -> bool:
    """A place word at ``j`` that may close a run ("… tỉnh", "huyện" + "Sa Pa"), not the first
    syllable of a lower-case word (``place_word_compounds``: "đường" + "bộ", "xã" + "hội")."""
    hit = lexicon().places.match(toks, j)
    if hit is None:
        return False
    e = hit[0]
    second = _place_word_compounds().get(toks[j].low, ())
    return not (e == j + 1 and e < len(toks) and not toks[e].nl and toks[e].low in second)


@cache
def _place_word_compounds() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _load("organisation_heads.yaml")["place_word_compounds"].items()}


def _closed_run(toks: list[Tok], k: int, child: bool = False, eponym: bool = False,
                limit: int = _MAX_LOWER_OPENING, trade: bool = False) -> int | None:
    """The end of a run of lower-case words at ``k`` that a capitalised word, a place word or a
    scope closes ("… thủy đặc sản Thừa Thiên Huế"), or None when nothing closes it.

    ``child``: the run names a unit of a body, and the body closes it too ("Ban" + "bạn đọc" +
    "Báo Nhân Dân", "Phòng" + "kinh doanh" + "Công ty X"); ``trade``: a firm's lines of business,
    which its brand closes even when it opens with a head's word ("ô tô" + "Trường Hải")."""
    j = k
    while j < len(toks) and j - k < limit and not toks[j].nl and toks[j].text.isalpha() \
            and not toks[j].cap and _run_goes_on(toks, k, j) \
            and not _place_word_at(toks, j) and not _closing_scope(toks, j):  # "… khí tượng thủy văn" + "quốc gia"
        j += 1  # "và" between two lower-case parts goes on: "Viện" + "chiến lược và phát triển" + "GTVT"
    if j == k or j >= len(toks) or toks[j].nl:
        return None
    if child and parent_next(toks, j):
        return j  # "Chi cục" + "bảo vệ môi trường" + ", Sở Tài nguyên và Môi trường Nghệ An"
    if j - 1 > k and toks[j - 1].low == _words()["number_word"] and toks[j].text.isdigit():
        return j + 1  # a unit's number closes the run: "Khu Quản lý" + "giao thông đô thị số 1"
    return j if _closes(toks, j, child, trade) or eponym and starts_person_name(toks, j) else None


def _closing_scope(toks: list[Tok], j: int) -> bool:
    """A scope at ``j`` that ends a lower-case run; a lower-case one before a name of two or more
    capitalised syllables or a country is a word of the run ("cửa khẩu quốc tế" + "Cầu Treo",
    "quan hệ quốc tế" + "Nga"; not "quốc gia" + "Tìm kiếm cứu nạn")."""
    hit = lexicon().scopes.match(toks, j)
    if hit is None or _named_after_scope(toks, j, hit[0]) != hit[0]:
        return False
    e = hit[0]
    return e >= len(toks) or toks[e].nl or _known_place_end(toks, e) is None  # "quan hệ quốc tế" + "Nga"


def _chain_parent_at(toks: list[Tok], k: int) -> bool:
    """The capitalised head of a body a unit belongs to at ``k`` ("Sở Y tế", "Bộ Tư pháp")."""
    if k >= len(toks) or not toks[k].cap:
        return False
    lex = lexicon()
    parent = lex.heads.match(toks, k)
    return parent is not None and parent[1]["form"].lower() in lex.chain_parents


def _parent_after_comma(toks: list[Tok], j: int) -> bool:
    """A comma at ``j``, then the head of a body a unit belongs to ("…, Sở Y tế", "…, Bộ Tư pháp")."""
    return j + 1 < len(toks) and toks[j].text == "," and _chain_parent_at(toks, j + 1)


def parent_next(toks: list[Tok], j: int) -> bool:
    """The body a unit belongs to at ``j``, after a comma, "thuộc" or in brackets."""
    return _parent_after_comma(toks, j) or parent_in_brackets(toks, j) or _parent_after_belongs(toks, j)


def _parent_after_belongs(toks: list[Tok], j: int) -> bool:
    """"thuộc" or "trực thuộc" at ``j``, then the head of a body a unit belongs to ("Đội rà phá
    bom mìn" + "thuộc Bộ Chỉ huy quân sự tỉnh")."""
    hit = lexicon().belongs.match(toks, j)
    return hit is not None and _chain_parent_at(toks, hit[0])


def parent_in_brackets(toks: list[Tok], j: int) -> bool:
    """A bracket at ``j`` holding the body a unit belongs to or the unit's abbreviation: "Ban Quản
    lý dự án đường sắt" + "(Bộ GTVT)", "Trung tâm kiểm soát bệnh tật" + "(CDC)"."""
    if j + 2 >= len(toks) or toks[j].text != "(":
        return False
    return bracketed_acronym(toks, j) or _chain_parent_at(toks, j + 1)


def _closes(toks: list[Tok], j: int, child: bool = False, trade: bool = False) -> bool:
    lex = lexicon()
    if lex.places.match(toks, j) or lex.scopes.match(toks, j) or _label_number(toks, j):
        return True  # a place, a scope or a number that labels the body: "Ban quản lý dự án 2"
    if not toks[j].cap:
        return False
    head = lex.heads.match(toks, j)
    if head:
        # "Đảng ủy cơ quan LĐLĐ thành phố"; a unit's parent: "Ban bạn đọc Báo Nhân Dân"
        # a firm's brand may open with a head's word ("xây dựng" + "Trường Sơn"), not its parent's
        return head[1].get("name") == "none" or child and parse_org(toks, j) is not None \
            or trade and head[1]["form"].lower() not in lex.chain_parents and toks[head[0] - 1].cap
    return _is_word(toks[j]) and not _stops(toks, j) and (not starts_person_name(toks, j) or _big_place_at(toks, j))


_UNIT_CODE = re.compile(r"\d+(?:\.\d{1,2})*")  # three digits after a dot group thousands: "20.199 m3"


def _unit_code(text: str) -> bool:
    """A number, or numbers joined by dots, that labels a unit or a firm ("Sư đoàn 5", "Sông Đà
    1.01", "Licogi 16.6"); not a quantity ("Trung Nam" + "20.199 m3")."""
    return bool(_UNIT_CODE.fullmatch(text))


def _label_number(toks: list[Tok], j: int) -> bool:
    """A number that ends a name ("dự án 2" + "cho biết"), not a count before its noun ("vụ tấn
    công khiến" + "6 người")."""
    if not _unit_code(toks[j].text):
        return False
    k = j + 1
    return k >= len(toks) or toks[k].nl or not toks[k].text[:1].isalpha() or toks[k].cap \
        or lexicon().name_stop.match(toks, k) is not None


_BIG_LEVELS = frozenset({"province", "district", "country", "region"})


def _big_place_at(toks: list[Tok], j: int, shortest: int | None = None) -> bool:
    """A province, district, country or region of the gazetteer starts at ``j`` (and ends at
    ``shortest`` or later), although its first syllable is a family name ("Hạ Long", "Lý Sơn")
    or it begins with another place ("Thái Bình Dương"); wards named after people do not count."""
    return _big_place_end(toks, j, shortest) is not None


def big_place_end(toks: list[Tok], j: int) -> int | None:
    """End of the gazetteer's province, district or city that starts at ``j`` ("Vinh", "Hạ
    Long"), or None."""
    return _big_place_end(toks, j, j + 1)


def _big_place_end(toks: list[Tok], j: int, shortest: int | None = None) -> int | None:
    places = gazetteer()
    for e in range(min(len(toks), j + 3), (shortest or j + 2) - 1, -1):
        if all(is_name_syllable(t.text) for t in toks[j:e]) and any(
                u.level in _BIG_LEVELS for u in places.get(" ".join(t.low for t in toks[j:e]), ())):
            return e
    return None


def _name_continues(toks: list[Tok], k: int, j: int, lower_run: int) -> int | None:
    """The lower-case run after token ``j`` of a name begun at ``k`` (None: the name ends)."""
    t = toks[j]
    if _unit_code(t.text) and not _counts_noun(toks, j) or (t.cap and _is_word(t) and not _head_at(toks, j)) \
            or (t.cap and j == k):
        return 0
    # sentence-case names continue in lower case ("Quản lý thị trường"); acronyms do not
    if t.text[:1].islower() and j > k and t.text.isalpha() and lower_run < _MAX_LOWER_RUN and (
            lower_run or _sentence_case_word(toks, k, j - 1) or _word_rest_before_capital(toks, j)):
        return lower_run + 1
    return None


def _word_rest_before_capital(toks: list[Tok], j: int) -> bool:
    """One lower-case syllable between capitalised words finishes the word a title-case name cut
    ("Bệnh Nhiệt" + "đới" + "Trung ương", "khoa Ngoại Tiết" + "niệu" + the holder's name); a
    lower-case verb after a name is followed by lower-case words ("Bạch Mai" + "mở cửa")."""
    lex = lexicon()
    return j + 1 < len(toks) and not toks[j + 1].nl and toks[j + 1].cap and _is_word(toks[j + 1]) \
        and lex.syllable.fullmatch(toks[j].text) is not None and lex.syllable.fullmatch(toks[j - 1].text) is not None \
        and not lex.name_stop.match(toks, j)


def _head_at(toks: list[Tok], j: int) -> bool:
    """A head opens another body at ``j``; not a head that the next word makes a verb or an
    ordinary noun ("Ban Chỉ đạo Trung ương" + "Phòng chống tham nhũng")."""
    hit = lexicon().heads.match(toks, j)
    return hit is not None and not ordinary_head(toks, j, hit[0])


def _sentence_case_word(toks: list[Tok], k: int, c: int) -> bool:
    """The capitalised word at ``c`` opens a word in sentence case ("Quản" of "Quản lý"), not
    ends a name in title case ("Mai" of "Bệnh viện Bạch Mai" before "mở cửa")."""
    if not is_name_syllable(toks[c].text) or not lexicon().syllable.fullmatch(toks[c].text):
        return False  # "Georgetown ở Washington": a foreign word opens no Vietnamese word
    return c <= k or not is_name_syllable(toks[c - 1].text) or lexicon().heads.ends_at(toks, c)


def _name_goes_on(toks: list[Tok], k: int) -> bool:
    lex = lexicon()
    return k < len(toks) and not toks[k].nl and is_name_syllable(toks[k].text) and not _stops(toks, k) \
        and not lex.heads.match(toks, k) and not starts_person_name(toks, k) \
        and not lex.provinces.match(toks, k) and not lex.countries.match(toks, k)


def _word_goes_on(toks: list[Tok], k: int) -> bool:
    """The syllable at ``k`` makes the one-syllable country before it a word ("Pháp chế", "Mỹ
    thuật": ``countries.yaml`` ``word_starts``), not "Mỹ" + "rất thân thiện"."""
    if not 0 < k < len(toks) or toks[k].nl:
        return False
    return toks[k].low in country_word_starts().get(toks[k - 1].text, ())


def _inner_part(toks: list[Tok], k: int, j: int) -> int | None:
    """End of a part read whole inside a name at ``j``: a field ("Cục Cảnh sát" + "Phòng cháy,
    chữa cháy và cứu nạn, cứu hộ", "điều tra tội phạm" in lower case) or "về" + its field."""
    field = lexicon().fields.match(toks, j) if j > k else None
    if field and (field[0] > j + 1 and toks[j].cap or field[0] > j + 2):
        return field[0]
    return _about_end(toks, k, j)  # "Cục Cảnh sát phòng chống tội phạm" + "về buôn lậu" + "(C74)"


def _about_end(toks: list[Tok], k: int, j: int, scoped: bool = False) -> int | None:
    """Past "về" + the field a body works on, when the structure shows it is the name's: its
    abbreviation in brackets, a parent body or a country after it, or the police's "tội phạm
    về …" ("Cục Cảnh sát phòng chống tội phạm về buôn lậu (C74)", "Cơ quan Liên bang về hợp
    tác kỹ thuật quân sự Nga"); not "báo cáo của Sở Y tế về tình hình dịch tại …". After a
    national or central scope (``scoped``) a verb closes it too ("Hội đồng Quốc gia về giáo dục"
    + "họp")."""
    words = _words()
    if j <= k or toks[j].low != words["about"] or j + 1 >= len(toks) \
            or any(" ".join(t.low for t in toks[j + 1:j + 1 + n]) in words["about_not"] for n in (1, 2)):
        return None  # "về việc …", "về kết quả …": what a text or a report is about
    e = _about_run(toks, j, scoped)
    if e == j + 1 or e >= len(toks) or toks[e].nl:
        return None
    police = scoped or ends_with(toks, j, words["about_after"])
    return e if _about_closed(toks, e, police) or scoped and name_stop_at(toks, e) else None


def _about_run(toks: list[Tok], j: int, sentence_case: bool = False) -> int:
    """End of the lower-case words after "về" at ``j`` (through "và", not another stop word), or
    of a list of fields the body's code closes ("về tham nhũng, kinh tế, buôn lậu" + "(C03)");
    ``sentence_case``: the field's first word may be capitalised ("về Phòng chống thiên tai")."""
    lex, conj = lexicon(), _words()["conjunction"]
    e = j + 2 if sentence_case and j + 1 < len(toks) and toks[j + 1].cap and toks[j + 1].text.isalpha() \
        and toks[j + 1].text[1:].islower() else j + 1
    while e < len(toks) and e - j <= _MAX_ABOUT and not toks[e].nl and (_paired_comma(toks, e) or toks[e].text.isalpha()
            and toks[e].text.islower() and not (e > j + 1 and toks[e].low != conj and lex.name_stop.match(toks, e))):
        e += 1
    coded = _coded_field_end(toks, j)
    return coded if coded is not None and coded > e else e


def _paired_comma(toks: list[Tok], e: int) -> bool:
    """A comma at ``e`` between two verbs of one field ("phòng" + "," + "chống")."""
    return toks[e].text == "," and 0 < e < len(toks) - 1 \
        and f"{toks[e - 1].low} {toks[e + 1].low}" in _words()["about_paired"]


def _scoped_field(toks: list[Tok], i: int, k: int, head: dict) -> int:
    """Past "về" + its field after a commission or a board whose name ends at ``k`` in a national
    or central scope: "Ủy ban Quốc gia" + "về người cao tuổi", "Ban Chỉ đạo Trung ương" + "về
    phòng, chống tham nhũng"; not a whole-name body issuing a text ("Chỉ thị của Ban Bí thư
    Trung ương về …")."""
    if k >= len(toks) or head.get("name", "none") == "none" or not ends_with(toks, k, _words()["about_scoped"]):
        return k
    e = _about_end(toks, i, k, scoped=True)
    return k if e is None else _known_place_end(toks, e) or e  # + "Việt Nam"


def scoped_field_in(toks: list[Tok], i: int, j: int) -> bool:
    """The name ``[i, j)`` holds "về" + a field after a national or central scope (read by
    :func:`_scoped_field`): the structure closed its lower-case words."""
    about, scoped = _words()["about"], _words()["about_scoped"]
    return any(toks[v].low == about and ends_with(toks, v, scoped) for v in range(i + 2, j - 1))


def _coded_field_end(toks: list[Tok], j: int) -> int | None:
    """The bracket after the lower-case words and commas following "về" at ``j`` when it holds
    the body's code: the code closes the field whatever its words ("Ủy ban Công tác về các tổ
    chức phi chính phủ nước ngoài" + "(COMINGO)")."""
    e = j + 1
    while e < len(toks) and e - j <= _MAX_ABOUT and not toks[e].nl \
            and (toks[e].text == "," or toks[e].text.isalpha() and toks[e].text.islower()):
        e += 1
    return e if e > j + 1 and toks[e - 1].text != "," and bracketed_acronym(toks, e) else None


def _about_after_run(toks: list[Tok], k: int, j: int) -> int | None:
    """Past the lower-case words at ``j`` and "về" + a field the structure closes, where a name's
    lower-case run grows too long to be read word by word ("Phòng Cảnh sát quản lý hành" +
    "chính" + "về trật tự xã hội" + "Công an tỉnh")."""
    about, e = _words()["about"], j
    while e < len(toks) and e - j < _MAX_LOWER_RUN and toks[e].text.isalpha() and toks[e].text.islower() \
            and toks[e].low != about and not name_stop_at(toks, e):
        e += 1
    return _about_end(toks, k, e) if e < len(toks) and toks[e].low == about else None


def _about_closed(toks: list[Tok], e: int, police: bool) -> bool:
    """The field after "về" ends at ``e`` where the body's code, its parent (after a comma or in
    brackets: "… về chất lượng công trình xây dựng" + ", Bộ Xây dựng") or a country closes it."""
    lex = lexicon()
    if toks[e].text == "(" and is_acronym(toks, e + 1) or police and not toks[e].text[:1].isalnum() \
            or parent_next(toks, e):
        return True
    return toks[e].cap and (_chain_parent_at(toks, e) or lex.all_countries.match(toks, e) is not None)


_MAX_ABOUT = 8  # words of the field after "về" ("quản lý kinh tế và chức vụ")


def _name_breaks(toks: list[Tok], k: int, j: int) -> bool:
    """A person, a post, a verb or a place starts at ``j``: the name ends before it."""
    lex = lexicon()
    if j > k and (starts_person_name(toks, j) and not _place_across(toks, k, j) or _stops(toks, j)) \
            or credit_word_at(toks, j):
        return True
    if j == k and toks[j].cap and toks[j].low in lex.sentence_openers:
        return True  # "cơ quan Công an" + "Theo lời khai …": a caption run into the next sentence
    scope = lex.scopes.match(toks, j)
    place = lex.places.match(toks, j) if _place_word_at(toks, j) else None  # not "xã" + "hội"
    return bool(place and not _sentence_case_place_word(toks, j, place[0])
                or scope and not _scope_inside(toks, j, scope[0]))


def _sentence_case_place_word(toks: list[Tok], j: int, e: int) -> bool:
    """A capitalised place word that opens a word in sentence case inside a name, not a place:
    "Xã" + "hội" of "Khoa học Xã hội"; "Tỉnh" + "chỉ đạo" still ends the name."""
    lex = lexicon()
    return toks[j].cap and e < len(toks) and not toks[e].nl and toks[e].text.isalpha() and toks[e].text.islower() \
        and not lex.name_stop.match(toks, e) and not lex.places.match(toks, e) and e == j + 1


def _scope_inside(toks: list[Tok], j: int, e: int) -> bool:
    """A scope in title case inside a title-case name that goes on after it: "Ủy ban Quốc gia" +
    "Tìm kiếm Cứu nạn", "Hội đồng Quốc gia" + "Giáo dục"; not a country ("Việt Nam"), a person,
    a place or another body after it."""
    lex = lexicon()
    if not toks[j].cap or lex.all_countries.match(toks, j) \
            or e >= len(toks) or toks[e].nl or not toks[e].cap or not _is_word(toks[e]):
        return False
    return not (starts_person_name(toks, e) or lex.heads.match(toks, e) or lex.places.match(toks, e)
                or lex.provinces.match(toks, e) or _stops(toks, e))


def _place_across(toks: list[Tok], k: int, j: int) -> bool:
    """A place of the gazetteer runs through token ``j`` from the capitalised words before it:
    "sân bay quốc tế Tân Sơn Nhất" ("Sơn" is also a family name)."""
    places = gazetteer()
    start = j
    while start > k and is_name_syllable(toks[start - 1].text) and j - start < 2:
        start -= 1
    return any(" ".join(t.low for t in toks[s:e]) in places
               for s in range(start, j) for e in range(j + 1, min(len(toks), j + 3) + 1)
               if all(is_name_syllable(t.text) for t in toks[s:e]))


def _pair_dash(toks: list[Tok], k: int, j: int) -> bool:
    """A dash or an ampersand inside a name, between two capitalised words that are no person and
    no post: "Đầu tư Việt Nam - Oman", "ngoại giao Việt Nam - Nhật Bản", "Ernst & Young"; or after
    a name in sentence case: "Tiêu chuẩn - Đo lường - Chất lượng"."""
    if not (k < j < len(toks) - 1 and toks[j].text in _PAIR_SIGNS and not toks[j + 1].nl):
        return False
    before, after = toks[j - 1], j + 1
    return _is_word(before) and (before.cap or toks[k].cap) and toks[after].cap and _is_word(toks[after]) \
        and not starts_person_name(toks, after) and not _stops(toks, after) \
        and not lexicon().heads.match(toks, after)


def pair_end(toks: list[Tok], k: int, j: int) -> int:
    """Past the second member of a pair written after a place: "Việt Nam - Lào", "Việt Nam -
    Nhật Bản" (``j`` when no pair follows); or past a branch ("- Chi nhánh Nha Trang")."""
    branch = _branch_end(toks, j)
    if branch is not None:
        return branch
    if not _pair_dash(toks, k, j):
        return j
    lex = lexicon()
    hit = lex.countries.match(toks, j + 1) or lex.provinces.match(toks, j + 1)
    return hit[0] if hit else _cap_run(toks, j + 1, 3)


_DASHES = frozenset({"-", "–"})
_PAIR_SIGNS = _DASHES | {"&"}
_FORCE_KINDS = frozenset({"military", "police"})


def _force_at(toks: list[Tok], j: int) -> int | None:
    """End of an armed force's head at ``j`` ("Không quân", "Quân đội", "Cảnh sát"), or None."""
    if j >= len(toks) or not toks[j].cap:
        return None
    hit = lexicon().heads.match(toks, j)
    return hit[0] if hit and hit[1].get("kind") in _FORCE_KINDS else None


@dataclass(frozen=True)
class _NameRead:
    k: int  # where the name starts
    eponym: bool  # a person's name read at ``named_for`` belongs to the name (schools)
    named_for: int
    forces: bool = False  # an armed force named inside the name belongs to it (schools, firms)
    k0: int = 0  # where the name after the head starts, its field included
    media: bool = False  # a paper's name: "số 5" after it is an issue
    trade: bool = False  # a firm's name: a brand of one syllable is not yet a whole name


def _joins(toks: list[Tok], k: int, j: int) -> bool:
    # "Bộ Văn hóa và Thông tin": "và" before a capitalised word that starts no person's name and
    # is no other body's abbreviation ("Tổng cục TDTT và VFF")
    return k < j < len(toks) - 1 and toks[j].low == _words()["conjunction"] and toks[j + 1].cap \
        and not starts_person_name(toks, j + 1) and not is_acronym(toks, j + 1)


def is_acronym(toks: list[Tok], k: int) -> bool:
    """An upper-case abbreviation at ``k`` ("VFF", "HĐQT", "KCX-KCN"), not a roman numeral ("XII")."""
    return k < len(toks) and not toks[k].nl and bool(_ACRONYM.fullmatch(toks[k].text)) \
        and not _ROMAN_TERM.fullmatch(toks[k].text)


def bracketed_acronym(toks: list[Tok], k: int) -> bool:
    """A body's abbreviation in brackets at ``k``: "(SYT)", "(CHQS)"."""
    return k + 2 < len(toks) and toks[k].text == "(" and is_acronym(toks, k + 1) and toks[k + 2].text == ")"


_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&.\-]*[A-ZĐ0-9]")
# a roman numeral as terms and congresses are numbered ("XII", "XIV"), not letters that only look
# like one ("VCCI")
_ROMAN_TERM = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@cache
def _glued_brand() -> re.Pattern[str]:
    heads = _load("organisation_heads.yaml")
    designators = "|".join(re.escape(d) for d in heads["brand_designators"])
    lower = "|".join(re.escape(d) for d in heads["glued_lower_designators"])
    return re.compile(rf"[A-ZĐ][A-Za-z0-9]*(?:[A-Za-z0-9](?:{designators})|[a-z](?:{lower}))")


def glued_brand_at(toks: list[Tok], k: int) -> bool:
    """A firm's brand with its designator glued at ``k``, in camel case ("CBBank", "VinaCapital",
    "CapitaLand") or a bank's lower-case "bank" ("Vietcombank"); a country so written
    ("Thailand") is none."""
    return k < len(toks) and bool(_glued_brand().fullmatch(toks[k].text)) \
        and lexicon().all_countries.match(toks, k) is None


def _step(toks: list[Tok], r: _NameRead, j: int, lower_run: int) -> tuple[int, int, bool]:
    """From token ``j`` of a name: the next token, the lower-case run so far, and whether the
    name ends there."""
    if r.eponym and j > r.named_for and not toks[j].cap and not _label_number(toks, j):
        return j, lower_run, True  # "Trường THPT Trần Phú đạt giải": no lower-case rest after a person
    inner = _inner_end(toks, r, j)
    if inner:
        return inner, 0, False
    if _name_breaks(toks, r.k, j) and not (r.eponym and j == r.named_for) and not _one_syllable_brand(toks, r, j):
        return _at_break(toks, r, j, lower_run)
    if _pair_dash(toks, r.k, j):
        return j + 1, 0, False  # "Việt Nam - Oman", "Que hàn Việt - Đức": a pair joined by a dash
    force = _force_at(toks, j) if r.forces and j > r.k0 else None
    if force:
        return force, 1, False  # "Học viện Kỹ thuật Không quân", "Viễn thông Quân đội Viettel"
    known = _known_place_step(toks, r, j)
    if known is not None:
        return known
    run = _name_continues(toks, r.k, j, lower_run)
    if run is not None:
        return j + 1, run, False
    closed = (_closed_run(toks, j) or _about_after_run(toks, r.k, j)) if lower_run else None  # "…tháp truyền hình Việt Nam"
    return (_end_of(toks, r, j, lower_run), lower_run, True) if closed is None else (closed, 0, False)


def _known_place_step(toks: list[Tok], r: _NameRead, j: int) -> tuple[int, int, bool] | None:
    """The step past a known place at ``j``, which ends the name ("Đại sứ quán Thụy Điển") unless
    a pair or a paper's name goes on after it ("Báo Hà Nội" + "Mới"); None when no place is there."""
    known = _known_place_end(toks, j)
    if known is None:
        return None
    return known, 0, not (_pair_dash(toks, r.k, known) or r.media and _paper_name_goes_on(toks, j, known))


def _inner_end(toks: list[Tok], r: _NameRead, j: int) -> int | None:
    """End of a part read whole inside a name at ``j``: a field, "về" + its field, a unit's
    number, a branch."""
    return _inner_part(toks, r.k, j) or _unit_number_end(toks, r, j) or (_branch_end(toks, j) if j > r.k else None)


def _at_break(toks: list[Tok], r: _NameRead, j: int, lower_run: int) -> tuple[int, int, bool]:
    """The step at a word that breaks a name: "và" before a capitalised part goes on ("Bộ Văn
    hóa và Thông tin"), "và" before a lower-case part its parent closes ends there ("Chi cục
    Khai thác" + "và bảo vệ nguồn lợi thủy sản" + "(Sở …)"), with the province or country that
    closes it ("Hội Khoa học và kỹ thuật nông nghiệp Hà Tĩnh"); anything else ends the name."""
    if _joins(toks, r.k, j):
        return j + 1, 0, False
    rest = _rest_before_parent(toks, j + 1) if _lower_conjunct(toks, j) else j + 1
    if rest > j + 1:
        return _known_place_end(toks, rest) or rest, 0, True
    return _end_of(toks, r, j, lower_run), lower_run, True


def _end_of(toks: list[Tok], r: _NameRead, j: int, lower_run: int) -> int:
    """Where a name read up to ``j`` ends: after the brand that closed a firm's lower-case lines
    of business, lower-case words that nothing closes are the sentence's ("Công ty ô tô Trường
    Hải" + "lắp ráp tại …"); other names keep them for the model to cut."""
    closed = j < len(toks) and toks[j].cap  # "Than - Khoáng sản" + "Việt Nam"
    return j - lower_run if r.trade and r.k > r.k0 and not closed else j


def _one_syllable_brand(toks: list[Tok], r: _NameRead, j: int) -> bool:
    """A firm's brand of one capitalised syllable before what reads as a person's name goes on
    into it: "Công ty TNHH Đại" + "Nguyên Dương", + "Lý Vận Tải High Sea"; a full name of three
    syllables before a verb is the firm's director ("Công ty Sao" + "Nguyễn Văn Bình cho biết"), as
    after a brand of two ("Hoàng Long" + "Nguyễn Văn Bình")."""
    if not (r.trade and j == r.k + 1 and is_name_syllable(toks[r.k].text) and starts_person_name(toks, j)) \
            or _stops(toks, j):
        return False
    e = j
    while e < len(toks) and not toks[e].nl and is_name_syllable(toks[e].text):
        e += 1
    return not (e - j == 3 and e < len(toks) and lexicon().name_stop.match(toks, e))


def _branch_end(toks: list[Tok], j: int) -> int | None:
    """Past a dash, a branch word and the branch's place after a firm's name ("Ngân hàng TMCP
    Ngoại thương Việt Nam" + "- Chi nhánh Nha Trang"), which names the branch."""
    if not (0 < j < len(toks) - 3 and toks[j].text in _DASHES):
        return None
    branch = _words()["branch_words"]
    k = j + 3 if " ".join(t.low for t in toks[j + 1:j + 3]) in branch else j + 2 if toks[j + 1].low in branch else None
    if k is not None and " ".join(t.low for t in toks[k:k + 2]) in _words()["branch_areas"]:
        k += 2  # "chi nhánh" + "khu vực" + "Minh Hải"
    if k is None or k >= len(toks) or toks[k].nl or not (toks[k].cap or lexicon().places.match(toks, k)):
        return None
    place = _places(toks, k, False)[0]
    return place if place > k else _cap_run(toks, k, 3)


def _unit_number_end(toks: list[Tok], r: _NameRead, j: int) -> int | None:
    """Past "số" + the number of a unit, inside its name ("Đội CSGT" + "số 3", "Xí nghiệp thi
    công cơ giới" + "số 14"); a paper's "số 5" is its issue, not its name."""
    if j > r.k and not r.media and toks[j].low == _words()["number_word"] and j + 1 < len(toks) \
            and toks[j + 1].text.isdigit():
        return j + 2
    return None


def _known_place_end(toks: list[Tok], j: int) -> int | None:
    """End of a province or country at ``j`` that closes a name, read whole when a longer place
    begins with it ("Thái Bình" + "Dương": the ocean); None when there is none or it opens a word
    ("Mỹ thuật")."""
    if j >= len(toks) or not toks[j].cap:
        return None
    lex = lexicon()
    known = lex.provinces.match(toks, j) or lex.countries.match(toks, j)
    if known is None:
        return None
    end = _big_place_end(toks, j, known[0] + 1) or known[0]
    return None if _word_goes_on(toks, end) else end


def _proper_name(toks: list[Tok], k: int, head: str = "", eponym: bool = False, trade: bool = False,
                 office: bool = False) -> int:
    """End of the proper name after a head ("Quốc phòng", "Quản lý thị trường", "Licogi 14").

    ``trade``: an enterprise's name may be its line of business in sentence case, as long as a
    sentence ("Công ty cổ phần Nuôi và dịch vụ thủy đặc sản Thừa Thiên Huế").
    ``office``: a ministry or department, whose field is its whole name (``field_only``):
    capitalised words after it are the official ("Bộ Tư pháp Michael Keenan"), not more name as
    after a firm's field; a country may still follow ("Bộ Quốc phòng Nga").
    """
    lex = lexicon()
    k0 = k
    early = _name_by_shape(toks, k, head, eponym, trade)
    if early is not None:
        return early
    k, end = _past_field(toks, k, head, eponym, trade, office)
    if end is not None:
        return end
    start, r = _name_read(toks, k0, k, head, eponym, trade)
    j, lower_run, done = start, 0, False
    while j < len(toks) and not toks[j].nl and not done:
        j, lower_run, done = _step(toks, r, j, lower_run)
    while j > k0 and (toks[j - 1].low in lex.org_plural or toks[j - 1].low in _trailing()):
        j -= 1
    return _before_cut_post(toks, k0, j)


def _before_cut_post(toks: list[Tok], k0: int, j: int) -> int:
    """A name read up to ``j`` that ends inside a post ("Tổ công tác Thủ" of "… Thủ tướng") ends
    before the post: the post is its owner's, not a word of the name."""
    positions = lexicon().positions
    for s in range(max(k0, j - 3), j):
        hit = positions.match(toks, s)
        if hit is not None and hit[0] > j:
            return s
    return j


def _name_by_shape(toks: list[Tok], k: int, head: str, eponym: bool, trade: bool) -> int | None:
    """The name's end when its first words decide it, else None: a whole body after the head is
    its parent ("Thanh tra" + "Chính phủ"), a command's unit ("Bộ Tư lệnh" + "Vùng Hải quân 4"), a
    firm's trade in sentence case, the holder's name ("Đảng ủy" + "Bùi Khánh Long đã …")."""
    lex = lexicon()
    whole = lex.heads.match(toks, k) if k < len(toks) and toks[k].cap else None
    if whole and whole[1].get("name") == "none" and not _after_media(toks, k):
        return k  # a paper is named after a whole body: "Báo" + "Quân đội nhân dân"
    unit = parse_org(toks, k) if whole and head in lex.commands else None
    if unit is not None and unit.kind in _FORCE_KINDS:
        return unit.j
    if trade and _sentence_case(toks, k):
        return _trade_end(toks, k)
    if not (eponym or trade) and _holder_at(toks, k):
        return k
    return None


def _holder_at(toks: list[Tok], k: int) -> bool:
    """A Vietnamese full name at ``k`` (a family name and one to three more syllables) that a
    verb, punctuation or the line's end closes: the holder of the post before the body, not the
    body's name ("Bí thư Trung ương Đoàn" + "Nguyễn Anh Tuấn phát biểu"); not a place."""
    if k >= len(toks) or not starts_person_name(toks, k) or _big_place_at(toks, k) or _unit_named_for(toks, k):
        return False
    e = k + 1
    while e < len(toks) and e - k < 4 and not toks[e].nl and is_name_syllable(toks[e].text):
        e += 1
    return e >= len(toks) or toks[e].nl or not toks[e].text.isalnum() or name_stop_at(toks, e)


def _name_read(toks: list[Tok], k0: int, k: int, head: str, eponym: bool, trade: bool) -> tuple[int, _NameRead]:
    """Where the word-by-word reading of a name begins, past its lower-case opening and a school's
    level, and whether a person's name there belongs to it (a school's, a firm's brand)."""
    k = _lower_opening(toks, k, head, eponym, trade)  # firms too bear names like persons' ("Thịnh Phát")
    start, named_for = _past_level(toks, k) if eponym else (k, k)
    named = (eponym or trade and k > k0 and _brand_like_name(toks, named_for)) and starts_person_name(toks, named_for)
    return start, _NameRead(k, named, named_for, forces=eponym or trade, k0=k0, media=_after_media(toks, k0),
                            trade=trade)


def _paper_name_goes_on(toks: list[Tok], place: int, k: int) -> bool:
    """A capitalised word after the home place in a paper's name is the name's ("Báo Hà Nội" +
    "Mới", "Báo Sài Gòn" + "Giải Phóng"), not the next sentence's ("Báo Quảng Ninh" + "Sáng 5/3
    …", + "Tuy nhiên"); after a country the paper is named by its own title ("báo Mỹ" + "New York
    Times")."""
    lex = lexicon()
    if not _name_goes_on(toks, k) or toks[k].low in lex.sentence_openers or lex.all_countries.match(toks, place):
        return False
    e = k + 1  # a lower-case word right after it that ends no name makes it a sentence's ("Tuy" + "nhiên")
    return e >= len(toks) or toks[e].nl or not (toks[e].text.isalpha() and toks[e].text.islower()) \
        or lex.name_stop.match(toks, e) is not None


def _after_media(toks: list[Tok], k0: int) -> bool:
    """A paper's or a station's head ends at ``k0`` ("Báo", "Đài Tiếng nói")."""
    return any((hit := lexicon().heads.match(toks, s)) is not None and hit[0] == k0
               and hit[1].get("kind") == "media" for s in range(max(0, k0 - 3), k0))


def _trade_run(toks: list[Tok], k: int) -> bool:
    """A firm's lines of business in lower case, a field among them, that its name closes:
    "Công ty TNHH" + "xây dựng sản xuất thương mại" + "Tài Nguyên" (or a brand shaped like a
    given name, "Hoàng Long"); not "Công ty xây dựng" + "Nguyễn Văn Bình" (its director)."""
    if toks[k].cap:
        return False
    end = _closed_run(toks, k, eponym=True, limit=_MAX_TRADE_OPENING, trade=True)  # closed by a name or a person's
    return end is not None and (_closes(toks, end, trade=True) or _brand_like_name(toks, end))


def _brand_like_name(toks: list[Tok], k: int) -> bool:
    """Two capitalised syllables at ``k`` that end there or before a person's name: a firm's
    name shaped like a given name ("thương mại" + "Hoàng Long"), not a person's full name after
    the firm ("thương mại" + "Nguyễn Văn Bình" + "cho biết")."""
    if k + 1 >= len(toks) or not (is_name_syllable(toks[k].text) and is_name_syllable(toks[k + 1].text)):
        return False
    e = k + 2
    return e >= len(toks) or not is_name_syllable(toks[e].text) or starts_person_name(toks, e)


def _past_level(toks: list[Tok], k: int) -> tuple[int, int]:
    """Where the name reading goes on and where a person's name may begin, past a school's level
    and its lower-case kind ("Trường THPT" + "Trần Phú"; "THCS" + "nội trú" + "huyện Ngọc Lặc":
    a kind that a place closes)."""
    level = lexicon().heads.match(toks, k) if k < len(toks) else None
    if level is None:
        return k, k
    if level[1].get("kind") not in _EPONYM_KINDS:
        return k, level[0]  # "Học viện Chính trị" + "Công an nhân dân": a force the name reads
    end = _closed_run(toks, level[0]) or level[0]
    return end, _past_sentence_case_field(toks, end)


def _past_sentence_case_field(toks: list[Tok], k: int) -> int:
    """Where a school's eponym may begin past its field in sentence case, when a person's name
    follows the field: "Trường ĐH" + "Y khoa" + "Phạm Ngọc Thạch", "Trường Cao đẳng" + "Sư phạm"
    + "Nguyễn Văn Bảy"; else ``k`` ("Trường ĐH" + "Y Hà Nội")."""
    if k >= len(toks) or not toks[k].cap or starts_person_name(toks, k):
        return k
    e = k + 1
    while e < len(toks) and e - k <= _MAX_LOWER_RUN and toks[e].text.isalpha() and not toks[e].cap \
            and not _stops(toks, e):
        e += 1
    return e if e > k + 1 and starts_person_name(toks, e) else k


def _past_field(toks: list[Tok], k: int, head: str, eponym: bool, trade: bool,
                office: bool) -> tuple[int, int | None]:
    """Past a field at ``k``: (where the rest of the name starts, the name's end when the field
    ends it, else None)."""
    field = _field_end(toks, k)
    if field is None or trade and _trade_run(toks, k):
        return k, None
    person = starts_person_name(toks, field) and (eponym or trade and _brand_like_name(toks, field))
    if person or (eponym or trade) and _force_at(toks, field):
        return field, None  # "Trường Trung học phổ thông" + "Lý Sơn", "Học viện Kỹ thuật" + "Không quân"
    if _pair_dash(toks, k, field) or _joins(toks, k, field) and not lexicon().heads.match(toks, field + 1) \
            and _known_place_end(toks, field + 1) is None:
        return k, None  # "Tài chính - Kế hoạch", "Quốc phòng và An ninh" go on
    # "Công ty cổ phần Xây dựng Sông Hồng": a capitalised name may go on after the field
    return field, _after_field(toks, field, head, office)


def _field_list_end(toks: list[Tok], k: int) -> int | None:
    """End of a list of fields that goes on after the first one at ``k`` and that "và" or the
    whole body after it closes: "Văn hóa" + ", Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
    "Tài chính" + ", Ngân sách" + "của Quốc hội" (None when neither closes it)."""
    j, items = k, 0
    while j + 1 < len(toks) and toks[j].text == ",":
        end = _list_item_end(toks, j + 1)
        if end is None:
            return None
        j, items = end, items + 1
    if items and j + 1 < len(toks) and toks[j].low == _words()["conjunction"]:
        return _list_item_end(toks, j + 1)
    if items and _of_whole_body(toks, j) > j:
        return j  # "Tài chính, Ngân sách" + "của Quốc hội": the whole body closes the list
    return None


def _list_item_end(toks: list[Tok], k: int) -> int | None:
    """A field, or a capitalised word and the lower-case rest of its words, no person, body or
    place: "Thiếu niên", "Ngân sách"."""
    lex = lexicon()
    field = lex.fields.match(toks, k)
    if field:
        return field[0]
    if toks[k].nl or starts_person_name(toks, k) or lex.heads.match(toks, k) or lex.provinces.match(toks, k):
        return None
    end = _cap_run(toks, k, 3)
    while k < end < len(toks) and end - k < _MAX_LOWER_RUN and toks[end].text.isalpha() and toks[end].text.islower() \
            and not lex.name_stop.match(toks, end) and not lex.places.match(toks, end):
        end += 1
    return end if end > k else None


def _of_whole_body(toks: list[Tok], k: int) -> int:
    """Past "của" + a whole body a named organisation belongs to ("Ủy ban Pháp luật" + "của
    Quốc hội"; not "Đảng" + "của Thành ủy"); ``k`` when none follows."""
    if k + 1 >= len(toks) or toks[k].low != _words()["of_body"] or not toks[k + 1].cap:
        return k
    whole = lexicon().heads.match(toks, k + 1)
    return whole[0] if whole and whole[1].get("name") == "none" else k


def _after_field(toks: list[Tok], field: int, head: str, office: bool) -> int | None:
    """Where a name that is a field ends ("Bộ Quốc phòng", "Bộ Quốc phòng Nga", "Vụ Tổ chức cán
    bộ, Bộ Tư pháp"), or None when a capitalised name goes on after it."""
    if office:
        return _office_country_end(toks, field)
    if not _name_goes_on(toks, field):
        # the lower-case rest of a field that a parent, a code or a place closes: "Vụ Tổ chức" +
        # "cán bộ" + ", Bộ Tư pháp", "Hội Y tế" + "công cộng" + "TP.HCM"
        return _rest_before_parent(toks, field)
    return None


def _office_country_end(toks: list[Tok], field: int) -> int:
    """Past the country after a ministry's field, and the lower-case rest of the field a country
    closes: "Bộ Quốc phòng" + "Nga", "Bộ Kinh tế" + "đối ngoại" + "Triều Tiên"; a field no
    country follows ends the name ("Bộ Tư pháp" + "Michael Keenan")."""
    countries = lexicon().all_countries

    def country_end(end: int) -> int | None:
        hit = countries.match(toks, end) if end < len(toks) and toks[end].cap else None
        return None if hit is None else hit[0]

    # the rest is read only when no country follows the field itself (every "Bộ …" passes here)
    return country_end(field) or country_end(_rest_before_parent(toks, field)) or field


def _rest_before_parent(toks: list[Tok], k: int) -> int:
    """Past the lower-case rest of a field that the parent body, the unit's code or a province or
    country closes: "Vụ Tổ chức" + "cán bộ" before ", Bộ Tư pháp", "Phòng Kỹ thuật" + "nghiệp vụ"
    before "Công an tỉnh", "Cục Phòng, chống tội phạm" + "sử dụng công nghệ cao" before "(C50)",
    "Viện Nghiên cứu và" + "phát triển" before "TP.HCM", after a field in sentence case (``k`` when
    nothing closes it so: "Vụ Tổ chức cán bộ phát biểu" stays unread)."""
    j = k
    while j < len(toks) and j - k < _MAX_FIELD_REST and _rest_word(toks, k, j):
        j += 1
    if j == k or j + 1 >= len(toks) or toks[j].nl:
        return k
    if toks[j].text == "(" and is_acronym(toks, j + 1) or _sentence_case_before(toks, k) \
            and (_known_place_end(toks, j) is not None or _places(toks, j, False)[0] > j):
        return j  # "(C50)"; "Viện Nghiên cứu" + "và phát triển" + "TP.HCM"; "Hội Y tế" + "công cộng" + "tỉnh X"
    after = j + 1 if toks[j].text in {",", "("} else j
    return j if _chain_parent_at(toks, after) else k


def _rest_word(toks: list[Tok], k: int, j: int) -> bool:
    """A lower-case word at ``j`` of the rest of a field begun at ``k``: no stop word (but "và"
    joining two lower-case parts), no place word, no plural."""
    t = toks[j]
    if t.nl or not t.text.isalpha() or not t.text.islower():
        return False
    lex = lexicon()
    return _run_goes_on(toks, k, j) \
        and not lex.places.match(toks, j) and t.low not in lex.org_plural


def _sentence_case_before(toks: list[Tok], k: int) -> bool:
    """The rest of a field at ``k`` (after a conjunction or not) follows a field in sentence case
    ("Nghiên cứu" + "và", "Y tế"), whose lower-case second part the name goes on in; not a field
    of one capitalised word ("Cục Thuế" + "và doanh nghiệp Việt Nam", the firms of the country)."""
    if k > 0 and toks[k - 1].low == _words()["conjunction"]:
        k -= 1
    return k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()


def _run_goes_on(toks: list[Tok], k: int, j: int) -> bool:
    """The lower-case word at ``j`` of a run begun at ``k`` is no stop word, or is "và" joining
    two lower-case parts ("chiến lược" + "và" + "phát triển")."""
    return not lexicon().name_stop.match(toks, j) or j > k and _lower_conjunct(toks, j)


def _lower_conjunct(toks: list[Tok], j: int) -> bool:
    """"và" at ``j`` joining two lower-case parts of a unit's field ("an toàn" + "và" + "môi
    trường công nghiệp"), not a stop word after it ("và các đơn vị")."""
    return toks[j].low == _words()["conjunction"] and j + 1 < len(toks) and not toks[j + 1].nl \
        and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and not lexicon().name_stop.match(toks, j + 1)


def _sentence_case(toks: list[Tok], k: int) -> bool:
    """A Vietnamese word with a capital, then a lower-case one: "Thiết kế", "Chăn nuôi", "Nuôi
    và" (a brand is written "Hòa Phát", "Formosa", "ABC")."""
    return k + 1 < len(toks) and is_name_syllable(toks[k].text) and not toks[k + 1].nl \
        and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() \
        and bool(lexicon().syllable.fullmatch(toks[k].text)) \
        and not lexicon().name_stop.match(toks, k + 1) or _conjoined(toks, k)


def _conjoined(toks: list[Tok], k: int) -> bool:
    # "Nuôi và dịch vụ": one capitalised word, then the conjunction
    return k + 2 < len(toks) and is_name_syllable(toks[k].text) and bool(lexicon().syllable.fullmatch(toks[k].text)) \
        and toks[k + 1].low == _words()["conjunction"] and toks[k + 2].text.isalpha()


def _joins_trade(toks: list[Tok], k: int) -> bool:
    # "và" joins two lines of business ("Nuôi và dịch vụ"), not a count ("và 17 địa phương")
    return k < len(toks) and toks[k].text.isalpha() and toks[k].low not in lexicon().org_plural


_MAX_TRADE = 14  # words of a line of business ("Thiết kế và tư vấn xây dựng công trình hàng không")


def _trade_end(toks: list[Tok], k: int) -> int:
    """End of a line of business: it runs through lower-case words and "và" until the structure
    ends it: punctuation, a line break, a verb, a post, a person, a place word, a country."""
    lex = lexicon()
    conj = _words()["conjunction"]
    j = k
    while j < len(toks) and j - k < _MAX_TRADE and not toks[j].nl:
        t = toks[j]
        if _pair_dash(toks, k, j) or j > k and t.low == conj and _joins_trade(toks, j + 1):
            j += 1
            continue
        if _trade_breaks(toks, k, j):
            break
        known = lex.provinces.match(toks, j) or lex.countries.match(toks, j)
        if known and t.cap:
            return known[0]
        j += 1
    while j > k + 1 and toks[j - 1].low in _trailing():
        j -= 1
    return j


def _trade_breaks(toks: list[Tok], k: int, j: int) -> bool:
    """Token ``j`` ends a line of business begun at ``k``: punctuation, a person, a post, a place
    word, another body ("… và Công ty TNHH Minh Long"), or the sentence after a proper name
    ("Xây dựng Sông Đà 5" + "trúng thầu")."""
    t = toks[j]
    if not t.text[:1].isalnum():
        return True
    if j == k:
        return False
    if _name_breaks(toks, k, j) and not (starts_person_name(toks, j) and _brand_like_name(toks, j)) \
            or t.cap and lexicon().heads.match(toks, j):
        return True  # "Xây dựng" + "Hoàng Long cho biết": a brand shaped like a given name goes on
    return j > k + 1 and t.text.islower() and _proper_before(toks, k, j)


def _proper_before(toks: list[Tok], k: int, j: int) -> bool:
    """A proper name ends at ``j`` inside a line of business begun at ``k``: two capitalised
    words ("Sông Đà"), or a capitalised word and a number ("Sông Đà 5")."""
    a, b = toks[j - 2], toks[j - 1]
    return j - 2 > k and (a.cap or a.text.isdigit()) and (b.cap or b.text.isdigit())


@cache
def _trailing() -> frozenset[str]:
    """What a proper name does not end with: the conjunction (``titles.yaml``) and dashes."""
    return frozenset({_words()["conjunction"], ",", "-", "–"})


def owner_after(toks: list[Tok], k: int) -> int:
    """End of the owner of a body's organ written at ``k``: a proper name and its place ("Ban tổ
    chức" + "SEA Games", "Ban Chỉ đạo" + "Phòng chống tham nhũng Trung ương"), or lower-case
    words a capitalised one closes ("Ban Quản lý" + "vịnh Hạ Long"); ``k`` when there is none."""
    if k >= len(toks) or toks[k].nl or starts_person_name(toks, k) or _stops(toks, k):
        return k
    start = k if toks[k].cap or toks[k].text.isdigit() else (_closed_run(toks, k) or k)
    end = _proper_name(toks, start)
    if end == start:
        return k
    return _places(toks, end, False)[0]


def country_after(toks: list[Tok], k: int, trie: Trie) -> int | None:
    """End of a country of ``trie`` written at ``k`` after the words of a long state name
    ("nước Cộng hòa Thổ Nhĩ Kỳ", "Liên bang Australia"), or None."""
    lex = lexicon()
    country_word = _words()["country_word"]
    if k >= len(toks) or not (toks[k].cap or toks[k].low == country_word):
        return None
    pre = lex.country_prefixes.match(toks, k)
    starts = [pre[0]] if pre else []
    if toks[k].low == country_word:
        starts.append(k + 1)  # "nước Cộng hòa xã hội chủ nghĩa Việt Nam": the long name is an alias
    for start in starts:
        hit = trie.match(toks, start)
        if hit and start < len(toks) and toks[start].cap:
            return hit[0]
    return None


# a district's or ward's abbreviation glued to its number or name ("Q.5", "P.12", "Q.Gò" + "Vấp")
_GLUED_PLACE = re.compile(r"([QP])\.(?:\d+|[A-ZĐ]\w*)")


def _glued_place(toks: list[Tok], k: int) -> tuple[int, str | None] | None:
    """"UBND" + "Q.5", "Công an" + "P.12", "UBND" + "Q.Gò Vấp": the place glued to its word."""
    m = _GLUED_PLACE.fullmatch(toks[k].text)
    if m is None:
        return None
    word = _words()["glued_places"][m.group(1)]
    if toks[k].text[2:].isdigit():
        return k + 1, word
    return _cap_run(toks, k + 1, 2), word


def _named_place(toks: list[Tok], k: int) -> tuple[int, str | None] | None:
    """"tỉnh", "tỉnh Bắc Kạn", "quận Hoàng Mai": a place word and the name after it."""
    lex = lexicon()
    hit = lex.places.match(toks, k)
    if not hit:
        return _glued_place(toks, k)
    j, word = hit
    if j < len(toks) and not toks[j].nl and toks[j].text.isdigit():
        return j + 1, word  # "quận 5", "phường 12"
    if j >= len(toks) or toks[j].nl or not toks[j].cap:
        return j, word
    known = lex.provinces.match(toks, j)
    if known:
        return known[0], word
    named_for = _unit_named_for(toks, j)
    if named_for is not None:
        return named_for, word
    end = _cap_run(toks, j, 3)
    person = next((m for m in range(j + 1, end) if starts_person_name(toks, m) and not _place_across(toks, j, m)), None)
    if person is not None:
        end = person  # "huyện A Lưới" + "Nguyễn Mạnh Hùng": the official after the place
    # "quận Hoàng Mai" is a place although "Hoàng" is a family name; three capitalised
    # syllables starting with one ("tỉnh Lý Thái Hải") are the official after the body.
    if end > j and (not starts_person_name(toks, j) or end - j == 2 and (
            end >= len(toks) or not is_name_syllable(toks[end].text))):
        return end, word
    return j, word


def _unit_named_for(toks: list[Tok], j: int) -> int | None:
    """End of a ward or a commune of the gazetteer named after a person, after its place word
    ("phường" + "Nguyễn Cư Trinh", "phường" + "Trần Hưng Đạo"): a place, not the official."""
    if not starts_person_name(toks, j):
        return None
    places = gazetteer()
    for e in range(min(len(toks), j + 4), j + 1, -1):
        if all(is_name_syllable(t.text) and not t.nl for t in toks[j:e]) and " ".join(t.low for t in toks[j:e]) in places:
            return e
    return None


def _known_place(toks: list[Tok], k: int) -> tuple[int, str | None] | None:
    """A province, a country (with its long-name words: "Liên bang Australia") or a scope."""
    lex = lexicon()
    country = country_after(toks, k, lex.all_countries)
    if country is not None and country > k + 1:
        return country, None
    for trie in (lex.provinces, lex.countries, lex.scopes):
        hit = trie.match(toks, k)
        if hit and (toks[k].cap or trie is lex.scopes):
            return _named_after_scope(toks, k, hit[0]), None
    return None


def _named_after_scope(toks: list[Tok], k: int, e: int) -> int:
    """Past a lower-case scope at ``[k, e)`` and the name of two or more capitalised syllables, or
    a foreign word, it describes ("cửa khẩu" + "quốc tế" + "Tịnh Biên", "hòa bình quốc tế" +
    "Stockholm"); ``e`` when none follows."""
    if toks[k].cap or e >= len(toks) or toks[e].nl:
        return e
    bare = _bare_place(toks, e)
    foreign = bare is not None and not lexicon().syllable.fullmatch(toks[e].text)  # "quốc tế" + "Stockholm"
    return bare[0] if bare and (bare[0] - e >= 2 or foreign) else e


def _bare_place(toks: list[Tok], k: int) -> tuple[int, str | None] | None:
    """Capitalised syllables that are no person, head or post: "Công an Bình Thạnh"."""
    lex = lexicon()
    if not toks[k].cap or starts_person_name(toks, k) or lex.heads.match(toks, k) or _stops(toks, k) \
            or toks[k].low in lex.sentence_openers:
        return None  # "TTXVN" + "Đây là…": the next sentence
    end = _cap_run(toks, k, 3)
    if _foreign_name_at(toks, k, end):
        return None  # "Nhà Trắng" + "Sean Spicer", "Don McGahn": a foreign person, not a place
    return (end, None) if end > k else None


def _foreign_name_at(toks: list[Tok], k: int, end: int) -> bool:
    """The capitalised run ``[k, end)`` ends a foreign name: its last word, or the word right
    after it ("Mc"-words), is no Vietnamese syllable, and it is no foreign city."""
    syllable = lexicon().syllable
    last = toks[end] if end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha() \
        and not toks[end].nl else toks[end - 1]
    if syllable.fullmatch(last.text) or last is toks[end - 1] and end == k + 1:
        return False
    stop = end + 1 if last is not toks[end - 1] else end
    name = " ".join(t.text for t in toks[k:stop])
    return name not in world_cities() and name.lower() not in gazetteer()  # "Krông Búk" is a district


def place_after(toks: list[Tok], k: int, bare: bool = False) -> tuple[int, str | None] | None:
    """A place after an organisation: "tỉnh", "tỉnh Bắc Kạn", "Hà Tĩnh", "Việt Nam", "T.Ư".

    ``bare``: any capitalised syllables count as the place (right after a head that takes no name).
    """
    lex = lexicon()
    if k >= len(toks) or toks[k].nl:
        return None
    head = lex.heads.match(toks, k)
    if head and head[0] > k + 1 and not _closing_scope_head(toks, k):
        return None  # "Tỉnh ủy" is a body, not the place word "tỉnh"
    return _named_place(toks, k) or _known_place(toks, k) or (_bare_place(toks, k) if bare else None)


def _closing_scope_head(toks: list[Tok], k: int) -> bool:
    """A head that is also a scope closes the name before it ("Ủy ban Chứng khoán" + "Nhà nước",
    "Cục Dự trữ" + "Nhà nước" + "khu vực …"), not a head with no name yet ("Công ty TNHH" +
    "Nhà nước một thành viên …", "Tổ chức" + "Nhà nước Hồi giáo")."""
    lex = lexicon()
    if lex.scopes.match(toks, k) is None:
        return False
    return not any((hit := lex.heads.match(toks, s)) is not None and hit[0] == k for s in range(max(0, k - 6), k))


def _reject_plural(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    return plural_before(toks, i)


def plural_before(toks: list[Tok], i: int) -> bool:
    """A plural word or a count before the words at ``i``: "các sở, ban, ngành", "108 trường THPT
    công lập", "5 công ty TMCP" name no organisation; a year before a name ("2017 Công ty") does
    not count, nor a count before a capital."""
    if i == 0:
        return False
    return toks[i - 1].low in lexicon().org_plural or toks[i - 1].text.isdigit() and not toks[i].cap


def _reject_compound(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # the head is the second syllable of a noun ("thị trường", "quảng trường")
    return i > 0 and toks[i - 1].low in lexicon().compound_before.get(toks[i].low, ())


def _reject_person(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Đoàn Thế Quảng" is a person, "Đoàn Thanh niên" a body; "Đặng Trường Xuân" a person
    if j == i + 1 and toks[i].text in surnames() and starts_person_name(toks, i) \
            and not lexicon().fields.match(toks, j):
        return True
    return i > 0 and toks[i].cap and is_name_syllable(toks[i - 1].text) and not toks[i].nl and (
        toks[i - 1].text in surnames() or i > 1 and toks[i - 2].text in surnames())


def _reject_ordinary(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Hội nghị", "Đoàn công tác": the words after the head make it an ordinary noun;
    # "UBND các huyện": a generic plural after the head
    lex = lexicon()
    stop = lex.not_after.get(head["form"].lower())
    if stop is not None and stop.match(toks, j):
        return True
    # "UBND các huyện", "UBND 4 tỉnh nêu trên": the bodies of several places, no one body
    return j < len(toks) and (toks[j].low in lex.org_plural
                              or head.get("name") != "required" and toks[j].text.isdigit()
                              and lex.places.match(toks, j + 1) is not None)  # "Quân khu 4" + "tỉnh …" is one


def ordinary_head(toks: list[Tok], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a head and the word that makes it an ordinary noun, nothing more
    ("Bộ Luật", "Hội nghị"), whoever read them."""
    lex = lexicon()
    hit = lex.heads.match(toks, i)
    if hit and (_office_without_field(toks, hit[0], hit[1]["form"].lower()) or _reject_compound(toks, i, j, hit[1])):
        return True  # "Bộ nguyên tắc"; "kỳ thi" + "THPT Quốc gia", "bộ" + "đội Việt Nam"
    stop = lex.not_after.get(hit[1]["form"].lower()) if hit else None
    end = stop.match(toks, hit[0]) if stop is not None else None
    return bool(end and end[0] >= j)


def _office_without_field(toks: list[Tok], k: int, head: str) -> bool:
    """A ministry's or department's head (``field_only``) before a lower-case word that opens no
    field is an ordinary noun: "Bộ" + "nguyên tắc phân bảng", "bộ" + "hồ sơ"; not "Bộ" + "tài
    chính" (a field in lower case) nor "Bộ" + "Công an"."""
    lex = lexicon()
    return head in lex.field_only and k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() \
        and lex.fields.match(toks, k) is None


def _reject_post(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Viện trưởng", "Cục trưởng": the head is the first word of a post
    post = lexicon().positions.match(toks, i)
    return bool(post and post[0] > j)


def _reject_case(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # an abbreviation is a head only in capitals: "CA" is the police, "Ca" of "Thích Ca" a name
    form = head["form"]
    return form.isupper() and len(form) > 1 and not toks[i].text.isupper()


def _reject_counted_case(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Vụ" + "3 trẻ tử vong", "Vụ" + "30 côn đồ …": a case that counts its people, no department
    # ("Vụ 5 thuộc Ban Nội chính", "Vụ 3, Bộ Công an" are departments)
    if head["form"] not in _load("organisation_heads.yaml")["case_heads"] or j + 1 >= len(toks):
        return False
    counted = toks[j + 1]
    return toks[j].text.isdigit() and counted.text.isalpha() and counted.text.islower() \
        and not name_stop_at(toks, j + 1) and not lexicon().places.match(toks, j + 1)


def _reject_rank_after(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Vụ" + "Trung tá CSGT …": a case about an officer, no department
    return lexicon().ranks.match(toks, j) is not None


def _reject_uncoordinated(toks: list[Tok], i: int, j: int, head: dict) -> bool:
    # "Đảng, Nhà nước" is a body; "doanh nghiệp Nhà nước" is the adjective "state"
    if not head.get("coordinated"):
        return False
    return not (_body_ends_at(toks, i - 1) or j + 1 < len(toks) and toks[j].low in joining_words()
                and toks[j + 1].cap and lexicon().heads.match(toks, j + 1))


def _body_ends_at(toks: list[Tok], k: int) -> bool:
    """A comma or the conjunction at ``k`` after a whole head ("Đảng," "Chính phủ và")."""
    if k < 1 or toks[k].low not in joining_words():
        return False
    heads = lexicon().heads
    return any(toks[s].cap and (hit := heads.match(toks, s)) is not None and hit[0] == k
               for s in range(max(0, k - 3), k))


@cache
def joining_words() -> frozenset[str]:
    return frozenset({",", _words()["conjunction"]})


# Guards on a head found at [i, j): any true one means the head opens no organisation here.
_HEAD_GUARDS = (_reject_plural, _reject_compound, _reject_person, _reject_ordinary, _reject_post,
                _reject_uncoordinated, _reject_case, _reject_rank_after, _reject_counted_case)


def _lower_head_ok(toks: list[Tok], i: int, j: int, name_end: int, head: dict) -> bool:
    """A head written in lower case opens a name only before a capitalised name: "bộ Công an",
    "trường Mầm non X"; not "cán bộ Bộ…", "nhiệm vụ Phó…", "Đại hội XII"."""
    if toks[i].cap or any(t.cap for t in toks[i + 1:j]):
        return True
    lex = lexicon()
    form = head["form"].lower()
    if form in lex.place_bodies:
        return name_end == j and _place_named_after(toks, j)  # not "công an" + "HTX Thương mại"
    if not _lower_head_form(form, head):
        return False
    if j < len(toks) and toks[j].cap and lex.all_countries.match(toks, j):
        return True  # "quân đội Nga", "chính phủ Syria"
    if _lower_opening_closed(toks, j, head, name_end) or _lower_level_named(toks, j, head, name_end):
        return True  # "bệnh viện đa khoa Hà Đông", "bệnh viện nhân dân Gia Định", "trường mầm non Hòa Liên"
    return name_end > j and toks[j].cap and _capitalised_name_ok(toks, j, name_end, head)


def _lower_level_named(toks: list[Tok], j: int, head: dict, name_end: int) -> bool:
    """A school's level in lower case after its lower-case head, then the capitalised name:
    "trường" + "mầm non" + "Hòa Liên"; not "trường" + "mầm non" + "trên địa bàn"."""
    if head.get("kind") != "education" or j >= len(toks) or toks[j].cap:
        return False
    level = lexicon().heads.match(toks, j)
    return level is not None and level[1].get("kind") == "education" and level[0] < name_end and toks[level[0]].cap


def _lower_head_form(form: str, head: dict) -> bool:
    """A head that may be written in lower case: one of ``lower_heads``, a school's or clinic's
    head that opens with one ("trường mầm non" + "Hòa Liên", "trường tiểu học" + "Kim Đồng"), or
    a head that opens with one of two words ("công ty cổ phần" + "Đầu tư phát triển hạ tầng IDICO")."""
    lower = lexicon().lower_heads
    if form in lower or head.get("kind") in _EPONYM_KINDS and form.split()[0] in lower:
        return True
    return any(form.startswith(h + " ") for h in lower if " " in h)


def _place_named_after(toks: list[Tok], k: int) -> bool:
    """A place word and its name at ``k`` ("huyện Sa Pa", "phường 12"), not the word alone."""
    word = lexicon().places.match(toks, k)
    named = _named_place(toks, k) if word else None
    return named is not None and named[0] > word[0]


def _capitalised_name_ok(toks: list[Tok], j: int, name_end: int, head: dict) -> bool:
    """The capitalised name after a lower-case head is its own: not a paper's report of a body,
    another body's head, nor a post."""
    lex = lexicon()
    nxt = lex.heads.match(toks, j)
    if head.get("kind") == "media" and (nxt or not all(t.cap or t.text.isdigit() for t in toks[j:name_end])):
        return False  # "báo Lao Động" is a paper; "báo Công an xã" reports to a body, "báo Giải báo chí" no name
    if nxt and (nxt[1].get("name") == "none" or nxt[1]["form"].lower() == head["form"].lower()):
        return False
    return not (lex.positions.match(toks, j) or lex.prefixes.match(toks, j))


def _lower_opening_closed(toks: list[Tok], j: int, head: dict, name_end: int) -> bool:
    """The name after a lower-case hospital's or school's head of two words opens in lower case
    and a capitalised word closes it inside the name ("bệnh viện" + "nhân dân" + "Gia Định"); a
    place word does not ("bệnh viện" + "tuyến" + "huyện" is no one hospital). One-word heads
    ("trường", "cục") and firms ("công ty an ninh mạng Proofpoint": a description of Proofpoint)
    are left to the capitalised name."""
    form = head["form"].lower()
    if j >= len(toks) or toks[j].cap or head.get("kind") not in _EPONYM_KINDS or " " not in form:
        return False
    k = _lower_opening(toks, j, form)
    return j < k < name_end and toks[k].cap and not lexicon().places.match(toks, k)


_EPONYM_KINDS = frozenset({"education", "health"})  # schools and clinics bear persons' names


def _name_end(toks: list[Tok], j: int, head: dict) -> int | None:
    """End of the proper name after the head; None when a required name is missing."""
    need = head.get("name", "none")
    if need == "none":
        return _titled_name_end(toks, j, head)
    kind = head.get("kind")
    eponym = head.get("eponym", kind in _EPONYM_KINDS)
    end = _proper_name(toks, j, head["form"].lower(), eponym=eponym, trade=kind == "enterprise",
                       office=head["form"].lower() in lexicon().field_only)
    if need == "required" and end == j:
        p = place_after(toks, j)  # "Sở … tỉnh" with no name is no body; "Ban Hà Nội" is
        return p[0] if p and p[1] is None else None
    if end > j and head["form"].lower() in _words()["field_lists"]:
        end = _field_list_end(toks, end) or end
    return max(_initials_list_end(toks, j, end), _host_owner_end(toks, j, head))


_INITIALS = re.compile(r"[A-ZĐ]{1,4}")
_JOINED_INITIALS = re.compile(r"[A-ZĐ]{1,4}(?:&[A-ZĐ]{1,4})+")


def _initials_list_end(toks: list[Tok], j: int, end: int) -> int:
    """A field written as initials goes on past a comma to initials joined by "&", the list's
    "và": "Sở VH" + ", TT&DL" (Văn hóa, Thể thao và Du lịch), "Sở LĐ" + ", TB&XH"."""
    if end - j == 1 and end + 1 < len(toks) and toks[end].text == "," and _INITIALS.fullmatch(toks[j].text) \
            and _JOINED_INITIALS.fullmatch(toks[end + 1].text):
        return end + 2
    return end


def _host_owner_end(toks: list[Tok], j: int, head: dict) -> int:
    """End of the body a host cell belongs to, read as an organisation: "Công đoàn" + "Tổng công
    ty Điện lực TP Hà Nội", whose name holds a head ("Điện lực") a proper name would stop at."""
    if not head.get("host") or j >= len(toks) or not toks[j].cap:
        return j
    owner = parse_org(toks, j)
    return owner.j if owner is not None else j


def _titled_name_end(toks: list[Tok], j: int, head: dict) -> int:
    """A whole-name head that is ``titled`` takes a capitalised name of two words or more, no verb
    among them ("Đảng" + "Dân chủ", + "Mặt trận Quốc gia": a foreign party), each lower-case
    syllable the rest of a capitalised word or a word of its programme ("Đảng" + "Bảo thủ", +
    "Dân chủ tự do"; not + "Bảo thủ thắng cử"); ``j`` for any other ("Đảng" alone is the Party,
    "Tạp chí Xây dựng Đảng" ends with it)."""
    if not head.get("titled") or j >= len(toks) or not toks[j].cap or toks[j].nl:
        return j
    end = _proper_name(toks, j, head["form"].lower(), eponym=False, trade=False, office=False)
    end = next((k for k in range(j + 1, end) if not toks[k].cap and not toks[k - 1].cap
                and not _in_party_word(toks, k)), end)
    if end - j < 2 or any(lexicon().name_stop.match(toks, k) for k in range(j, end)):
        return j  # "kỷ luật của Đảng" + "Tiếp tục …": a headline run into the next sentence
    return end


def _in_party_word(toks: list[Tok], k: int) -> bool:
    """The lower-case word at ``k`` is (part of) a word of a party's programme ("Đảng Dân chủ"
    + "tự do")."""
    words = _words()["party_words"]
    return any(" ".join(t.low for t in toks[s:s + n]) in words
               for s in (k - 1, k) for n in (1, 2) if s >= 0 and s <= k < s + n)


def _places(toks: list[Tok], k: int, first_bare: bool) -> tuple[int, bool, str | None]:
    """Up to two places after the name ("huyện Ba Bể, tỉnh Bắc Kạn" reads one at a time)."""
    has_place, place_word = False, None
    for n in range(2):
        p = place_after(toks, k, bare=first_bare and n == 0)
        if not p:
            break
        k, word = p
        has_place = has_place or word is None or (k > 0 and toks[k - 1].cap)
        place_word = place_word or word
    return k, has_place, place_word


def _outer(toks: list[Tok], k: int, child: str) -> OrgSpan | None:
    """A body of a body: "Đảng đoàn MTTQ Việt Nam", "Ủy ban Kinh tế Quốc hội", "Ban Tổ chức
    Huyện ủy", "Đoàn Thanh niên Bộ Xây dựng" (a unit's parent ministry, written without a comma)."""
    if k >= len(toks) or toks[k].nl or not toks[k].cap:
        return None
    lex = lexicon()
    outer = lex.heads.match(toks, k)
    if outer and (outer[1].get("name") == "none" or child in lex.chain_children
                  and outer[1]["form"].lower() in lex.chain_parents and outer[1]["form"].lower() != child):
        return parse_org(toks, k)
    return None


def parse_org(toks: list[Tok], i: int, after_post: bool = False) -> OrgSpan | None:
    """The organisation whose name starts at token ``i``, or None.

    The name is read in phases: a head ("Sở", "UBND", "Quân khu"), the guards that make it an
    ordinary word, the proper name, up to two places, and a body it belongs to.

    >>> from ._officials_lexicon import tokens
    >>> t = tokens("Phó Tư lệnh Quân khu 1 phát biểu")
    >>> o = parse_org(t, 3)
    >>> " ".join(x.text for x in t[o.i:o.j]), o.kind
    ('Quân khu 1', 'military')
    """
    lex = lexicon()
    if i >= len(toks) or not _is_word(toks[i]):
        return None
    hit = lex.heads.match(toks, i)
    if not hit:
        return None
    j, head = hit
    if any(guard(toks, i, j, head) for guard in _HEAD_GUARDS):
        return None
    whole = _overlapping_whole(toks, i, j, head)
    name_end = whole if whole > j else _name_end(toks, j, head)
    if name_end is None:
        return None
    if not _lower_head_ok(toks, i, j, name_end, head) and not (
            after_post and (name_end > j or _named_place(toks, name_end) or head.get("name") == "none")):
        return None  # right after a post, "công an huyện Sa Pa", "huyện ủy" are bodies although in lower case
    return _read_org(toks, i, j, name_end, head)


def _overlapping_whole(toks: list[Tok], i: int, j: int, head: dict) -> int:
    """The end of a whole name that begins inside a whole-name head and goes on past it: "Ban
    Chấp hành Trung ương Đảng" + "Cộng sản Việt Nam" is one body ("Đảng Cộng sản Việt Nam"),
    not "… Đảng" and a place "Cộng"."""
    if head.get("name", "none") != "none":
        return j
    heads = lexicon().heads
    for s in range(i + 1, j):
        hit = heads.match(toks, s)
        if hit is not None and hit[0] > j and hit[1].get("name", "none") == "none":
            return hit[0]
    return j


def org_in_post(toks: list[Tok], i: int) -> OrgSpan | None:
    """The body whose head is the last word of a post ("Trưởng phòng Giáo dục quận Hai Bà
    Trưng": "phòng" + "Giáo dục quận Hai Bà Trưng"), when a name follows the head."""
    hit = lexicon().heads.match(toks, i)
    if not hit or hit[0] != i + 1 or hit[1].get("name", "none") == "none":
        return None
    if i + 1 >= len(toks) or not toks[i + 1].cap or starts_person_name(toks, i + 1):
        return None  # "Trưởng đoàn Trần Đức Phấn": the name is the official's
    name_end = _proper_name(toks, i + 1, hit[1]["form"].lower())
    if name_end == i + 1:
        return None
    return _read_org(toks, i, i + 1, name_end, hit[1])


def _read_org(toks: list[Tok], i: int, j: int, name_end: int, head: dict) -> OrgSpan:
    """The organisation of head ``[i, j)`` and name ``[j, name_end)``, with its places and parent."""
    lex = lexicon()
    need = head.get("name", "none")
    before_place = _abbreviation_before_place(toks, name_end)
    bare = need != "required" and name_end == j and head.get("kind") != "international"  # "WHO" + "Margaret Chan"
    k, has_place, place_word = _places(toks, before_place, bare)
    if k == before_place:
        k = name_end  # the brackets hold no abbreviation of this body: no place follows them
    paired = pair_end(toks, j, k) if k > name_end else k
    if paired > k:  # "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An"
        k = _places(toks, paired, False)[0]
    # a whole-name body still belongs to a parent when it is a unit ("Cơ quan CSĐT Công an TP
    # Yên Bái", "Bộ Chính trị Đảng Cộng sản Cuba")
    child = head["form"].lower()
    nested = _outer(toks, k, child) if need != "none" or child in lex.chain_children else None
    if nested is not None:
        k = nested.j
        has_place = has_place or nested.has_place
        place_word = place_word or nested.place_word
    base = _of_whole_body(toks, k) if name_end > j else k
    k = _term_and_abroad(toks, base)
    k = _scoped_field(toks, i, _foreign_person_cut(toks, j, k, head), head)
    if k - 1 > j and toks[k - 1].text in _PAIR_SIGNS:
        k -= 1  # "Quỹ Bill" + "& Melinda Gates Foundation" cut before the person: no sign ends a name
    if not has_place and not place_word:
        place_word = head.get("level")
    kind = head.get("kind", "state")
    if lex.countries.match(toks, name_end) and not toks[name_end].low.startswith(_words()["home_country_start"]):
        kind = "foreign"
    return OrgSpan(i, k, _canonical(toks, i, j, _before_term(toks, base, k), head), kind, has_place, place_word)


def _before_term(toks: list[Tok], base: int, k: int) -> int:
    """Where the name read up to ``k`` ends: before a term that closes it ("Quốc hội" +
    "khóa XIV" is a sitting of "Quốc hội"; the term ends the mention, not the name)."""
    return base if _term_end(toks, base) == k else k


_PERSON_CUT_KINDS = frozenset({"state", "foreign", "party", "military", "police", "international"})


def _foreign_person_cut(toks: list[Tok], j: int, k: int, head: dict) -> int:
    """Where a foreign person's name written after a public body begins: "Chủ tịch Hạ viện" +
    "Tadamori Oshima", "Ủy ban Quân lực Hạ viện" + "Mac Thornberry" (``k`` when none does).

    Two or more capitalised words at the end of the name, none a Vietnamese syllable, are a
    person, not the body's name; companies and schools keep theirs ("Công ty Nippon Paint")."""
    syllable = lexicon().syllable
    if head.get("kind", "state") not in _PERSON_CUT_KINDS or k == j or syllable.fullmatch(toks[k - 1].text) \
            or not is_name_syllable(toks[k - 1].text):
        return k  # no foreign word ends the name: nothing to cut (and no places to look up)
    places = _place_tokens(toks, j, k)
    start = k
    while start > j and start - 1 not in places and is_name_syllable(toks[start - 1].text) \
            and not syllable.fullmatch(toks[start - 1].text):
        start -= 1
    first = j if head.get("name") == "none" else j + 1  # "Nhà Trắng" + "Don McGahn": all after it may be the person
    if k - start == 1 and start - 1 >= first and start - 1 not in places and is_name_syllable(toks[start - 1].text) \
            and not lexicon().heads.match(toks, start - 1):
        start -= 1  # "Mac" + "Thornberry": a given name spelled like a Vietnamese syllable
    if k - start < 2 or start == j and head.get("name") == "required" or _place_word_before(toks, start):
        return k  # "Công an huyện Krông Búk": a place word names the words after it
    return start


def _place_word_before(toks: list[Tok], start: int) -> bool:
    hit = lexicon().places.match(toks, start - 1) if start > 0 else None
    return hit is not None and hit[0] == start


def _place_tokens(toks: list[Tok], j: int, k: int) -> set[int]:
    """Indices in ``[j, k)`` inside a country, a state's long name or a province ("Liên Bang
    Australia", "New Zealand", "Nhật Bản")."""
    lex, out = lexicon(), set()
    for s in range(j, k):
        hit = lex.all_countries.match(toks, s) or lex.provinces.match(toks, s)
        if hit:
            out.update(range(s, hit[0]))
    return out


def _term_end(toks: list[Tok], k: int) -> int | None:
    """The end of a term numbered after a body at ``k`` ("khóa XIV", "nhiệm kỳ 2"), or None."""
    if k + 1 < len(toks) and lexicon().asides.match(toks, k) and not toks[k + 1].nl and (
            toks[k + 1].text.isdigit() or _ROMAN.fullmatch(toks[k + 1].text)):
        return k + 2
    return None


def _term_and_abroad(toks: list[Tok], k: int) -> int:
    """ "Quốc hội khóa XIV" (a term numbered after the body), "Đại sứ quán Nhật Bản tại Việt Nam"."""
    lex = lexicon()
    term = _term_end(toks, k)
    if term is not None:
        return term
    hit = lex.abroad.match(toks, k)
    if hit:
        there = country_after(toks, hit[0], lex.all_countries)
        hit2 = lex.countries.match(toks, hit[0])
        if there is not None or hit2 and toks[hit[0]].cap:
            return there or hit2[0]
    return k


_ROMAN = re.compile(r"[IVXL]+")


def _abbreviation_before_place(toks: list[Tok], k: int) -> int:
    """Past the body's abbreviation in brackets when its place follows: "Ban Chỉ huy quân sự" +
    "(CHQS)" + "huyện Phú Xuyên", "Sở Giáo dục và Đào tạo" + "(GD&ĐT)" + "Thanh Hóa" (``k`` when
    there is none)."""
    lex = lexicon()
    if k + 3 < len(toks) and bracketed_acronym(toks, k) and not toks[k + 3].nl \
            and (lex.places.match(toks, k + 3) or lex.provinces.match(toks, k + 3)):
        return k + 3
    return k


def _canonical(toks: list[Tok], i: int, j: int, k: int, head: dict) -> str:
    """The name with the head and abbreviations expanded, words joined by single spaces; an
    abbreviation in brackets inside the name is left out."""
    abbr = lexicon().abbreviations
    words = [str(head.get("expand") or head["form"])]
    bracketed = {n + d for n in range(j, k - 2) if toks[n].text == "(" and toks[n + 2].text == ")" for d in range(3)}
    for n in range(j, k):
        if n not in bracketed:
            words.append(abbr.get(toks[n].text, toks[n].text))
    text = " ".join(words)
    return text.replace(" ,", ",")
