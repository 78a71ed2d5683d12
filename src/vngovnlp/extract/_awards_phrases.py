"""Reading the phrases around an award: recipients ("cho 08 tập thể và 12 cá nhân", "cho ông
Nguyễn Văn A", "tặng Bệnh viện K") and givers ("Chủ tịch UBND tỉnh", without adverbs or names).

Helpers of :mod:`vngovnlp.extract.awards`; all words come from ``data/awards.yaml``.
"""
from __future__ import annotations

import re
from collections import Counter

from ..names import vietnamese_syllable
from ..numbers import parse_number
from ._awards_lexicon import Lexicon, key, lexicon

_WORD = re.compile(r"[^\W\d_]+")


def last_comma(text: str, a: int, b: int) -> int:
    """The last comma of ``text[a:b]`` outside brackets ("Cục X (Bộ A, B và C) và UBND tỉnh")."""
    depth = 0
    for i in range(b - 1, a - 1, -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            return i
    return -1


def strip_span(text: str, a: int, b: int, chars: str = " \t\n,;:.-–/") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def name_after(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The capitalised name starting at ``pos`` (``Nguyễn Văn A``), at most five syllables."""
    words = []
    for m in re.finditer(r"\S+", text[pos:end]):
        word = m.group()
        core = word.rstrip(",.;:)”\"")
        if (not core or not core[0].isupper() or not core.replace("-", "").isalpha()
                or core.lower() in lexicon().not_name_words or (not words and len(core) > 1 and core.isupper())):
            break  # an abbreviation ("trẻ em VN") opens no name
        words.append((core, pos + m.start() + len(core)))
        if core != word or len(words) == 5:
            break
    if not words:
        return None
    return " ".join(w for w, _ in words), words[-1][1]


def _is_name_number(m: re.Match[str], text: str, a: int) -> bool:
    """"Licogi 14 tổ chức", "Quân khu 1": a number right after a capitalised word is a name;
    "giải Tư Hội thi": a capitalised number word inside a sentence is a name too."""
    before = text[max(a, m.start() - 30): m.start()]
    last = before.split()[-1] if before.split() else ""
    if last.lower() in lexicon().not_name_words:
        return False  # "Có 30 đơn vị", "Trong 5 tập thể": a capitalised word opening a sentence
    return (before.endswith(" ") and last[:1].isupper() and last[-1].isalnum()) or (
        m.group("n")[0].isupper() and not m.group("n")[0].isdigit() and last[-1:].isalpha())


def counts(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int, bool]:
    """(collectives, individuals, numeral) counted in ``text[a:b]`` ("08 tập thể và 12 cá nhân");
    after a breakdown word only the parts count ("20 tập thể, cá nhân, gồm: 8 tập thể và 12 cá
    nhân" is 8 and 12); a note in brackets right after a count tells part of it ("cho 15 tập thể
    (trong đó có 3 trường học) và 20 cá nhân" is 15 and 20)."""
    text = _without_count_notes(lex, text, a, b)
    cut = lex.breakdown.search(text, a, b)
    if cut and lex.counted.search(text, cut.end(), b) and lex.counted.search(text, a, cut.start()):
        total, parts = _counted(lex, text, a, cut.start()), _counted(lex, text, cut.end(), b)
        # "cho 17 cá nhân - trong đó có ông A, ông B và bốn nhà báo": parts of one kind that add
        # up to less than its total name some of them, the total stands
        kind = [i for i in (0, 1) if total[i]] if one_kind(lex, text, a, cut.start()) else []
        return total if kind and parts[kind[0]] < total[kind[0]] else parts
    return _counted(lex, text, a, b)


_NOTE = re.compile(r"\s*\([^()]*\)")


def _without_count_notes(lex: Lexicon, text: str, a: int, b: int) -> str:
    """``text`` with the brackets written right after a count in ``text[a:b]`` blanked out, so
    that the parts they name are not read as more recipients; offsets are kept."""
    notes = [n for m in lex.counted.finditer(text, a, b) if (n := _NOTE.match(text, m.end(), b))]
    for n in reversed(notes):
        text = text[:n.start()] + " " * (n.end() - n.start()) + text[n.end():]
    return text


def _counted(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int, bool]:
    """(collectives, individuals, numeral) of every count in ``text[a:b]``."""
    coll = ind = 0
    numeral = False
    for m in lex.counted.finditer(text, a, b):
        n = parse_number(m.group("n"))
        if n is None or _is_name_number(m, text, a) or lex.part_of.search(text, a, m.start()) or (
                lex.dated_number.search(text, max(a, m.start() - 8), m.start())):  # "năm 2020 ông được ..."
            continue  # "một trong 20 DN": the size of a group, not of the recipients
        if lex.deed_before.search(text, max(a, m.start() - 20), m.start()):
            continue  # "cho êkíp cứu 2 mẹ con": who the deed saved, not who is honoured
        numeral = True
        if key(m.group("noun")) in lex.collective_nouns:
            coll += n
        else:
            ind += n
    return coll, ind, numeral


def _listed_names(lex: Lexicon, text: str, pos: int, b: int) -> list[str]:
    """"các đồng chí: Nguyễn Văn Hùng và Trần Thị Mai": the names after a plural cue."""
    names = []
    while pos < b:
        found = name_after(text, pos, b)
        if not found:
            break
        names.append(found[0])
        sep = lex.name_separator.match(text, found[1], b)
        if not sep:
            break
        pos = sep.end()
    return names


def _cued_names(lex: Lexicon, text: str, a: int, b: int) -> list[str]:
    """Persons after an honorific, a rank or a role ("ông A", "Thiếu tá B", "đảng viên C")."""
    names: list[str] = []
    last_end = a
    for cue in lex.person_cue.finditer(text, a, b):
        if cue.start() < last_end or _inside_name(text, a, cue.start()) or (
                lex.association_before.search(text, max(a, cue.start() - 20), cue.start())):
            continue  # "Anh" inside "Lan Anh", "Nhà báo" inside "Liên Chi hội Nhà báo ..."
        if text.count("(", a, cue.start()) > text.count(")", a, cue.start()):
            continue  # "cho bà A (vợ cố nhạc sĩ B)": the brackets describe the one named before
        if lex.indefinite.search(text, max(a, cue.start() - 8), cue.start()):
            continue  # "cho một GS Pháp": a person described, not named
        found = name_after(text, cue.end(), b) or _name_after_field(lex, text, cue.end(), b)
        if found and lex.organisation.match(text, cue.end(), b):
            found = None  # "học sinh Trường THCS X", "công nhân Công ty X" name a body, not a person
        of_body = None if found else _person_of_body(lex, text, cue.end(), b)
        found = of_body[1:] if of_body else found  # "phóng viên TTXVN Lê Văn Hùng"
        while found:
            last_end = found[1]
            if found[0] not in names:
                names.append(found[0])
            # "ông Nguyễn Văn Sơn và Trần Văn Hà": one honorific for a list of full names; a
            # post after the comma ("ông A, Giám đốc Sở Y tế") is not another person
            sep = lex.name_separator.match(text, last_end, b)
            found = name_after(text, sep.end(), b) if sep else None
            # "Thượng tá A, Phó Giám đốc Công an tỉnh": the post is read at the text, whole
            if found and (len(found[0].split()) < 2 or lex.position.match(text, sep.end(), b)
                          or lex.organisation.match(found[0])):
                found = None
    return names


_LOWER_WORD = re.compile(r"[^\W\d_]+\s+")


def _name_after_field(lex: Lexicon, text: str, pos: int, b: int) -> tuple[str, int] | None:
    """"HLV bóng bàn Nguyễn Đình Phiên", "VĐV điền kinh Lê Văn Bằng": one or two lower-case words
    (a sport, a field) between a role and a full name that opens with a family name."""
    for _ in range(2):
        word = _LOWER_WORD.match(text, pos, b)
        if not word or not word.group().strip().islower() or lex.conjunction.match(text, pos, b) or (
                lex.verb_any.match(text, pos, b) or lex.organisation.match(text, pos, b)):
            return None
        pos = word.end()
        found = name_after(text, pos, b)
        if found:
            words = found[0].split()
            ok = len(words) >= 2 and words[0] in lex.surnames and not lex.organisation.match(text, pos, b)
            return found if ok else None
    return None


def _single_collective(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """"tập thể lãnh đạo Công ty X" is one body; "nhiều tập thể", "cá nhân và tập thể" are not."""
    single = lex.single_collective.search(text, a, b)
    if not single or (text[single.start()].isupper() and single.start() > strip_span(text, a, b)[0]):
        return False  # "Liên Chi hội Nhà báo Ngành Tài chính": capitalised inside, a word of a name
    before = text[max(a, single.start() - 12): single.start()].split()
    after = text[single.end(): b].strip()
    if before and before[-1].endswith(","):
        return False  # "các cá nhân, tập thể khác": one of a list of kinds
    return bool(after and not lex.conjunction.match(after) and after[0] not in ",;" and (
        not before or (key(before[-1]) not in lex.summary and parse_number(before[-1]) is None
                       and not lex.conjunction.fullmatch(before[-1]))))


def _inside_name(text: str, a: int, pos: int) -> bool:
    """Whether a capitalised word at ``pos`` continues the capitalised word right before it."""
    before = text[a:pos]
    words = before.split()
    return bool(text[pos:pos + 1].isupper() and words and before[-1:].isspace()
                and words[-1][:1].isupper() and words[-1][-1].isalpha())


def run_on_end(lex: Lexicon, text: str, a: int, b: int) -> int:
    """Where a recipient phrase runs into the next sentence of a caption written without a full
    stop ("cho Lê Văn Tùng Theo danh sách 21 người ...", "cho em Lan Anh Trao đổi với PV"): a
    capitalised word that opens sentences and is no syllable of a name, right after a capitalised
    word; else ``b``."""
    for m in _CAPITALISED.finditer(text, a, b):
        if key(m.group("w")) in lex.not_name_words and _inside_name(text, a, m.start("w")):
            return m.start()
        if _inside_name(text, a, m.start("w")) and lex.position.match(text, m.start("w"), b) and (
                _full_name_before(lex, text, a, m.start("w")) and lex.subject_stop.search(text, m.end(), b)):
            # "cho nguyên Thủ tướng Nguyễn Tấn Dũng Thủ tướng Nguyễn Xuân Phúc nhấn mạnh": a post
            # right after a full name opens the next sentence when a verb of its own follows
            return m.start()
    return b


def _full_name_before(lex: Lexicon, text: str, a: int, pos: int) -> bool:
    """Whether the capitalised words right before ``pos`` are a full name: two or more, the first a
    family name ("Nguyễn Tấn Dũng"; "Ban" of "Ban Giám đốc" is none)."""
    run = []
    for word in reversed(text[a:pos].split()):
        if not (word[:1].isupper() and word.isalpha()):
            break
        run.insert(0, word)
    # "Nguyên Phó Thủ tướng": a former word or a post inside the run makes it no name
    joined = " ".join(run)
    return (2 <= len(run) <= 4 and run[0] in lex.surnames and not lex.former.match(joined)
            and not lex.position.search(joined))


_CAPITALISED = re.compile(r"[ \t]+(?P<w>[^\W\d_]+)")


def _named_item(lex: Lexicon, text: str, pos: int, b: int, persons) -> tuple[str, str, int] | None:
    """(kind, name, end) of one named recipient at ``pos``: a person the officials extractor
    found, or a body ("Công an tỉnh", "tỉnh Lào Cai") that ends at punctuation or a verb."""
    person = _person_item(lex, text, pos, b, persons)
    if person:
        return person
    org = lex.organisation.match(text, pos, b)
    if org and org.group()[0].islower() and not text[org.end():org.end() + 1].isupper():
        org = None  # "tỉnh ủy", "xã hội": a unit word not followed by a name
    if not org and (not _brand_at(text, pos, b) or lex.noun.match(text, pos, b)):
        return None  # "HLV", "VĐV" are recipient nouns, not the brand of a company
    end = _org_name_end(lex, text, org.end() if org else pos + 1, b, persons, brand=not org)
    return "collective", " ".join(text[pos:end].split()), end


def _person_item(lex: Lexicon, text: str, pos: int, b: int, persons) -> tuple[str, str, int] | None:
    """("individual", name, end) of a person named at ``pos``: one the officials extractor found, a
    full name, a name after an honorific, a role or a post; None when no person is named there."""
    if pos in persons and persons[pos][0] <= b:
        return "individual", persons[pos][1], persons[pos][0]
    bare = name_after(text, pos, b)
    if bare and len(bare[0].split()) >= 2 and bare[0].split()[0] in lex.surnames and not (
            lex.organisation.match(bare[0]) or lex.position.match(bare[0])):
        return "individual", bare[0], bare[1]  # "cho Lê Văn Tùng": a full name, no honorific
    cue = lex.person_cue.match(text, pos, b)
    cued = name_after(text, cue.end(), b) if cue and not lex.organisation.match(text, cue.end(), b) else None
    if cued:  # "cho Công an huyện A và Đại úy Nguyễn Văn B"
        return "individual", cued[0], cued[1]
    of_body = _person_of_body(lex, text, cue.end(), b) if cue else None
    return of_body or _person_after_post(lex, text, pos, b, persons)


def _person_of_body(lex: Lexicon, text: str, pos: int, b: int) -> tuple[str, str, int] | None:
    """"phóng viên TTXVN Lê Văn Hùng", "phóng viên Báo Hòa An Trần Hùng": after a role, the press
    body the person works for (an abbreviation that heads no body, or a press head and its name),
    then the person's full name (two to four syllables, the first a family name; three first):
    one individual ("phóng viên Thông tấn xã Việt Nam Lê Văn Hùng": a press head in lower-case
    words). "học sinh THCS Lê Lợi", "học sinh Trường THCS Lê Lợi" name a school."""
    press = lex.press_head.match(text, pos, b)
    start = press.end() if press else pos
    run = []
    for m in re.finditer(r"\S+", text[start:b]):
        core = m.group().rstrip(",.;:)”\"")
        if not core or not core[0].isupper() or not core.replace("-", "").replace("&", "").isalnum():
            break
        run.append((core, start + m.start() + len(core)))
        if core != m.group() or len(run) == 8:
            break
    if len(run) < 3:
        return None
    if press:
        body = 1  # at least one word of the press body's name
    elif run[0][0].isupper() and len(run[0][0]) > 1 and (
            run[0][0] in lex.named_alone or not lex.organisation.match(run[0][0])):
        body = 1
    else:
        return None
    for n in (3, 2, 4):
        if len(run) - n >= body and run[-n][0] in lex.surnames and not run[-n][0].isupper():
            return "individual", " ".join(w for w, _ in run[-n:]), run[-1][1]
    return None


def _person_after_post(lex: Lexicon, text: str, pos: int, b: int, persons) -> tuple[str, str, int] | None:
    """"Đại sứ Nguyễn Thanh Sơn", "nguyên Phó Thủ tướng Vũ Văn Ninh": the person after a post at
    ``pos`` (one the officials extractor found, or a full name right after it); "Đại sứ quán" is
    a body, not the post "Đại sứ"."""
    prefix = lex.person_prefix.match(text, pos, b)
    pos = prefix.end() if prefix else pos
    former = lex.former.match(text, pos, b)
    post = lex.position.match(text, former.end() if former else pos, b)
    head = lex.organisation.match(text, pos, b)
    if not post or (head and head.end() > post.end()):
        return None
    person = next((p for p in sorted(persons) if post.end() <= p < min(b, post.end() + 80)), None)
    if person is not None and not re.search(r"[,;]", text[post.end():person]):
        return "individual", persons[person][1], min(b, persons[person][0])
    bare = name_after(text, strip_span(text, post.end(), b, " ")[0], b)
    if bare and len(bare[0].split()) >= 2 and bare[0].split()[0] in lex.surnames:
        return "individual", bare[0], bare[1]
    return None


def foreign_person(lex: Lexicon, name: str) -> bool:
    """Whether a recipient's name is a foreign person's: two or three capitalised words, none a
    Vietnamese syllable, an abbreviation or the last word of a brand ("Frank Lampard"; not
    "Samsung Việt Nam", "Eurowindow", "Trung Nam Group")."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and not lex.organisation.match(name) and all(
        p[:1].isupper() and p.replace("-", "").isalpha() and not p.isupper() and p not in lex.brand_designators
        and not vietnamese_syllable().fullmatch(p) for p in parts)


def _brand_at(text: str, pos: int, b: int) -> bool:
    """"cho Viettel Bắc Kạn", "cho VNPT Bắc Kạn", "cho Agribank chi nhánh tỉnh": a capitalised word
    that is no Vietnamese syllable opens the name of a company; so does an acronym of three capitals
    or more, even one spelled like a syllable ("cho VAIP vì ...")."""
    m = _WORD.match(text, pos, b)
    if not (m and m.group()[0].isupper()):
        return False
    word = m.group()
    return not vietnamese_syllable().fullmatch(word) or (len(word) >= 3 and word.isupper())


def _org_name_end(lex: Lexicon, text: str, pos: int, b: int, persons, brand: bool = False) -> int:
    """Where a named body ends: at punctuation, a verb or a conjunction, unless a capitalised
    word that opens no other body or person follows the comma or conjunction ("Sở Giáo dục và
    Đào tạo", "Sở Lao động, Thương binh và Xã hội", "Phòng Nông nghiệp và PTNT huyện"); after a
    company's name another company's opens a new one ("Viettel Bắc Kạn và VNPT Bắc Kạn")."""
    while True:
        m = lex.org_end.search(text, pos, b)
        if m is None:
            return b
        nxt = strip_span(text, m.end(), b, " ")[0]
        if not (m.group().strip() in (",", "") or lex.conjunction.fullmatch(m.group().strip())):
            return m.start()
        if not text[nxt:nxt + 1].isupper() or _opens_body(lex, text, nxt, b) or (brand and _brand_at(text, nxt, b)) or nxt in persons or (
                lex.position.match(text, nxt, b) or lex.person_cue.match(text, nxt, b)):
            return m.start()
        pos = nxt


def body_end(lex: Lexicon, text: str, pos: int, b: int) -> int:
    """Where the name of a body whose head ends at ``pos`` ends (see ``_org_name_end``)."""
    return _org_name_end(lex, text, pos, b, {})


def place_part(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a place alone ("tỉnh Kon Tum", "TP HCM", "H. Krông Pa"), perhaps
    before a word that ends a giver ("tỉnh Kon Tum đã"): written after a body and a comma, it
    says where the body is.

    Examples
    --------
    >>> from vngovnlp.extract._awards_lexicon import lexicon
    >>> text = "UBND huyện Đăk Hà, tỉnh Kon Tum đã tặng"
    >>> place_part(lexicon(), text, 18, 34), place_part(lexicon(), text, 0, 17)
    (True, False)
    """
    a, b = strip_span(text, a, b)
    m = lex.place_part.match(text, a, b)
    if m is None:
        return False
    rest = m.end() + len(text[m.end():b]) - len(text[m.end():b].lstrip())
    return rest >= b or lex.subject_stop.match(text, rest, b) is not None


def holds_body(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """Whether a body's head opens anywhere in ``text[a:b]`` ("BGH Trường X"; "Xã hội" is none)."""
    return any(_opens_body(lex, text, m.start(), b) for m in lex.organisation.finditer(text, a, b))


def _opens_body(lex: Lexicon, text: str, pos: int, b: int) -> bool:
    """Whether a body's head opens at ``pos``; a unit word before a lower-case word is a common
    word ("Xã hội", "Huyện đội"), not a unit."""
    org = lex.organisation.match(text, pos, b)
    if not org:
        return False
    after = text[org.end():org.end() + 2].strip()[:1]
    return not (key(org.group()) in lex.place_heads and after.islower())


def named_recipients(lex: Lexicon, text: str, a: int, b: int, persons=()) -> list[tuple[str, str]]:
    """The recipients named one after another from ``a`` ("cho Công an huyện A, Trường THPT B và
    Bệnh viện C" is three bodies), as (kind, name)."""
    pos = strip_span(text, a, b)[0]
    items = []
    while pos < b:
        item = _named_item(lex, text, pos, b, persons or {})
        if item is None:
            break
        if items and lex.subject_stop.match(text, strip_span(text, item[2], b, " ")[0], b):
            break  # "..., Công an quận X là đơn vị phát hiện ...": a clause, not another recipient
        if items and item[0] == "individual" and _opens_clause(lex, text, item[2], b):
            break  # "cho tỉnh Lào Cai, Chủ tịch nước Trần Đại Quang nhiệt liệt biểu dương ..."
        items.append(item[:2])
        sep = lex.name_separator.match(text, item[2], b)
        if not sep:
            break
        pos = sep.end()
    return items


def _opens_clause(lex: Lexicon, text: str, pos: int, b: int) -> bool:
    """Whether a lower-case word that joins nothing and gives no reason follows ``pos``."""
    nxt = strip_span(text, pos, b, " ")[0]
    return bool(nxt < b and text[nxt:nxt + 1].islower() and not lex.conjunction.match(text, nxt, b)
                and not lex.reason.match(text, nxt, b))


def _person_before_count(lex: Lexicon, text: str, a: int, b: int, persons=()) -> tuple[int, int]:
    """(collectives, individuals) named before the count and joined to it by a conjunction:
    "Lê Văn Tùng và 8 người ...", "anh A và 8 người khác" is one more individual; "Công an huyện
    A, Đồn Biên phòng B và 3 cá nhân" two more collectives."""
    first = lex.counted.search(text, a, b)
    head = text[a:first.start()] if first else ""
    # "cho đội tuyển bóng đá nữ, 2 HLV ... và 2 VĐV ...": or by a comma
    tail = lex.trailing_conjunction.search(head) or _TRAILING_COMMA.search(head)
    if not tail or not head[:tail.start()].strip():
        return 0, 0
    pos = strip_span(text, a, a + tail.start())
    listed = _person_list(lex, text, *pos)
    if len(listed) >= 2:
        return 0, len(listed)  # "ông A, bà B và 5 cá nhân khác"
    last = text.rfind(" ", *pos) + 1 or pos[0]
    referent = lex.singular.match(text, max(last, pos[0]), pos[1])
    if referent and referent.group("person"):
        return 0, 1  # "anh và 8 người khác": the one the article speaks of, and 8 more
    cue = lex.person_cue.match(text, *pos)
    found = name_after(text, cue.end() if cue else pos[0], pos[1])
    if found and found[1] == pos[1] and (cue or (
            len(found[0].split()) >= 2 and found[0].split()[0] in lex.surnames)):
        return 0, 1
    single = lex.single_collective.match(text, *pos)  # "tập thể Phòng X và 3 cá nhân"
    items = named_recipients(lex, text, single.end() if single else pos[0], pos[1], persons)
    if not items and single and _single_collective(lex, text, *pos):
        return 1, 0  # "đội tuyển bóng đá nữ, 2 HLV ...": one body named by a common noun
    coll = sum(kind == "collective" for kind, _ in items)
    return coll, len(items) - coll


_TRAILING_COMMA = re.compile(r"\s*,\s*$")


def _person_after_counts(lex: Lexicon, text: str, a: int, b: int) -> int:
    """"cho 2 tập thể và đồng chí Nguyễn Văn A": persons named after the last count, joined to
    it by a conjunction."""
    last = None
    for found in lex.counted.finditer(text, a, b):
        last = found
    join = lex.conjunction.match(text, strip_span(text, last.end(), b, " ,")[0], b) if last else None
    return len(_cued_names(lex, text, join.end(), b)) if join else 0


def recipients(lex: Lexicon, text: str, a: int, b: int, *, org_at_start: bool = True, persons=()):
    """Counts and names of the recipients written in ``text[a:b]``.

    A count counts; else each named person or body counts as one.
    Returns (collectives, individuals, numeral, names).
    """
    b = run_on_end(lex, text, a, b)
    lead = lex.conjunction.match(text, strip_span(text, a, b)[0], b)
    if lead:  # "... và Hiệu trưởng Tạ Xuân Tề được tặng": the subject of a second clause
        a = lead.end()
    coll, ind, numeral = counts(lex, text, a, b)
    if numeral:
        before = _person_before_count(lex, text, a, b, persons)
        return coll + before[0], ind + before[1] + _person_after_counts(lex, text, a, b), True, []
    if lex.people.match(text, strip_span(text, a, b)[0], b):
        return 1, 0, False, []  # "Đảng bộ, quân và nhân dân tỉnh Đắk Nông": one collective
    if lex.deceased_family.match(text, strip_span(text, a, b)[0], b):
        return 0, 1, False, []  # "gia đình cố phó giáo sư X": on behalf of one person
    named = _named_persons(lex, text, a, b, persons)
    if named:
        return named
    listed = lex.named_list.match(text, strip_span(text, a, b)[0], b)
    items = named_recipients(lex, text, listed.end(), b, persons) if listed else []
    if items:  # "cho các đơn vị: Công an huyện A, Công an huyện B"
        coll = sum(kind == "collective" for kind, _ in items)
        return coll, len(items) - coll, False, [name for _, name in items]
    if _single_collective(lex, text, a, b):
        # "tập thể TAND thành phố và Chánh án Bùi Hoàng Danh": and the persons named after it
        return 1, _persons_after_collective(lex, text, a, b, persons), False, []
    if lex.single_person.match(text, strip_span(text, a, b)[0], b):
        return 0, 1, False, []  # "cho cô học trò có hành động đẹp": one person, not named
    items = named_recipients(lex, text, a, b, persons)
    coll = sum(kind == "collective" for kind, _ in items)
    return coll, len(items) - coll, False, [name for _, name in items]


def _named_persons(lex: Lexicon, text: str, a: int, b: int, persons=()):
    """(collectives, individuals, False, names) of recipients named as persons ("ông A và bà B",
    "các đồng chí: A, B"), with the bodies named beside them; None when no person is named."""
    plural = lex.plural_person_cue.search(text, a, b)
    names = _listed_names(lex, text, plural.end(), b) if plural else _cued_names(lex, text, a, b)
    if not names:
        return None
    if not plural:
        # "tặng Đại sứ quán X và Đại sứ Nguyễn Văn A": bodies named beside the persons count too
        items = named_recipients(lex, text, a, b, persons)
        coll = sum(kind == "collective" for kind, _ in items)
        if coll and len(items) - coll >= len(names):
            return coll, len(items) - coll, False, [name for _, name in items]
    # "cho tập thể Phòng X và Trung tá Lê Văn B": the one body that opens the list counts too
    opens = lex.single_collective.match(text, strip_span(text, a, b)[0], b) and _single_collective(lex, text, a, b)
    return int(bool(opens)), len(names), False, names


def _persons_after_collective(lex: Lexicon, text: str, a: int, b: int, persons=()) -> int:
    """How many persons are named after the conjunctions of a recipient phrase that opens with one
    body ("tập thể Phòng X và Trung tá Lê Văn B", "tập thể TAND thành phố và Chánh án C")."""
    found = 0
    for join in lex.conjunction.finditer(text, a, b):
        item = _named_item(lex, text, strip_span(text, join.end(), b, " ")[0], b, persons or {})
        found += bool(item and item[0] == "individual")
    return found


def organisations_of(lex: Lexicon, text: str, heads) -> Counter:
    """The bodies opening with one of ``heads`` and a field named in ``text`` ("Bộ LĐ-TB&XH",
    "Sở Y tế"), with how often each is written."""
    found: Counter = Counter()
    for m in lex.organisation.finditer(text):
        if not any(m.group() == h for h in heads) or lex.position.match(text, m.start()):
            continue  # "Bộ trưởng Đào Ngọc Dung" is a post, not a body
        field = lex.field.match(text, m.end())
        if field:
            found[" ".join(text[m.start():field.end()].split())] += 1
        elif " " in m.group():
            found[m.group()] += 1  # a head that is a whole name ("Chính phủ")
    return found


def one_kind(lex: Lexicon, text: str, a: int, b: int) -> str:
    """"collective" or "individual" when ``text[a:b]`` names recipients of one kind only."""
    kinds = {"collective" if key(m.group("noun")) in lex.collective_nouns else "individual"
             for m in lex.noun.finditer(text, a, b)}
    return kinds.pop() if len(kinds) == 1 else ""


def counted_elsewhere(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int]:
    """Resolve ``"cho các trưởng ban công tác Mặt trận"`` to ``"34 trưởng ban công tác mặt trận"``.

    Only a specific plural (a recipient noun plus at least one more word) is resolved, and only
    when the article counts it with a numeral: the number stated most often wins (a headline and
    the body repeat the honoured group's size; "trong số 127 ..." is stated once); a tie resolves
    nothing. ``"các tập thể"`` alone is never resolved.
    """
    plural = lex.plural.match(text, strip_span(text, a, b)[0], b)
    if not plural:
        return 0, 0
    noun = lex.noun.match(text, plural.end(), b)
    if not noun:
        return 0, 0
    if not one_kind(lex, text, plural.end(), b):
        return 0, 0  # "các tập thể và cá nhân": two kinds, one count each, read from a commendation
    words = [key(w.strip(",;.")) for w in text[plural.end():b].split()[:5]]
    n_head = len(noun.group().split())
    # every "<number> <words>" of the article, read once with the compiled count pattern
    stated = [(parse_number(c.group("n")), [w.strip(",;.") for w in key(text[c.start("noun"):c.start("noun") + 80]).split()])
              for c in lex.counted.finditer(text)]
    for size in range(len(words), n_head, -1):
        found = Counter(n for n, after in stated if n is not None and after[:size] == words[:size])
        ranked = found.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            n = ranked[0][0]
            return (n, 0) if key(noun.group()) in lex.collective_nouns else (0, n)
        if ranked:
            return 0, 0
    return 0, 0


def clean_giver(lex: Lexicon, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """A giver as written in ``text[a:b]``, without adverbs, honorifics or a leading name."""
    a = _main_clause_start(lex, text, a, b)
    b = _before_first_stop(lex, text, a, b)
    b = _before_next_post(lex, text, a, b)
    dated = lex.giver_date_tail.search(text, a, b)  # "của UBND tỉnh ngày 5/3": the date is no part of it
    if dated:
        b = dated.start()
    for sep in (":", " - ", " – "):
        cut = text.rfind(sep, a, b)
        if cut >= 0 and text[cut + len(sep): b].strip()[:1].isupper():
            a = cut + len(sep)
    a, b = strip_span(text, a, b)
    tail = lex.trailing_conjunction.search(text, a, b)
    if tail:
        a, b = strip_span(text, a, tail.start())
    lead = lex.conjunction.match(text, a, b)  # "..., và Chủ tịch Công đoàn tặng ..."
    if lead:
        a = strip_span(text, lead.end(), b)[0]
    opener = lex.subject_opener.match(text, a, b)
    if opener:
        a = opener.end()
    honorific = lex.person_cue.match(text, a, b)
    if honorific and not lex.position.match(text, a, b):
        a = honorific.end()
    if a >= b or not (text[a].isupper() or lex.position.match(text, a, b) or _vague_of_body(lex, text, a, b)
                      or lex.lower_giver.match(text, a, b)) or b - a > 90:
        return None
    if any(key(v.group()) in lex.give_verbs for v in lex.verb_any.finditer(text, a, b)):
        return None  # "Lễ trao tặng, truy tặng danh hiệu ...": a ceremony named, not a giver
    giver = " ".join(text[a:b].split())
    if key(giver) in lex.generic_givers:
        return None
    return giver, a, b


def _vague_of_body(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """"Ngày 14/6, lãnh đạo UBND quận X đã tặng ...": the leaders of a capitalised body, written in
    lower case, give in its name."""
    vague = lex.vague_giver.match(text, a, b)
    return bool(vague) and text[strip_span(text, vague.end(), b)[0]:b][:1].isupper() and holds_body(
        lex, text, vague.end(), b)


def _main_clause_start(lex: Lexicon, text: str, a: int, b: int) -> int:
    """Where the clause of the verb read back from ``b`` starts: after a verb of reported speech
    with a capitalised subject after it, and after the word that closes a fronted reason."""
    reported = [m for m in lex.report.finditer(text, a, b) if text[m.end():m.end() + 1].isupper()]
    if reported:  # "bà A, Phó Chủ tịch UBND tỉnh cho biết UBND tỉnh vừa tặng ...": who speaks gives none
        a = reported[-1].end()
    consequence = list(lex.consequence.finditer(text, a, b))
    if consequence:  # "Do thời tiết xấu nên Ban tổ chức trao ...": the reason before it gives none
        a = consequence[-1].end()
    return a


def _before_first_stop(lex: Lexicon, text: str, a: int, b: int) -> int:
    """Where a giver read back from its verb ends: at the first subject stop that is no word of a name."""
    stop = next((m for m in lex.subject_stop.finditer(text, a, b) if not _capitalised_in_name(text, a, m.start())), None)
    return stop.start() if stop else b


def _capitalised_in_name(text: str, a: int, pos: int) -> bool:
    """Whether the stop word at ``pos`` is a word of a name: written with a capital right after a
    capitalised word ("Chủ tịch Liên hiệp Các Tổ chức hữu nghị": "Tổ chức" is no verb there)."""
    before = text[a:pos].split()
    return text[pos].isupper() and bool(before) and before[-1][:1].isupper()


def _before_next_post(lex: Lexicon, text: str, a: int, b: int) -> int:
    """"của Chính phủ, Phó Thủ tướng Trương Hòa Bình phát biểu": a post after a comma opens the
    next clause's subject; "Bộ Lao động, Thương binh và Xã hội" goes on."""
    for i in range(a, b):
        if text[i] == "," and text.count("(", a, i) <= text.count(")", a, i):
            nxt = strip_span(text, i + 1, b, " ")[0]
            if lex.position.match(text, nxt, b):
                return i
    return b


def _coordinated_counts(lex: Lexicon, text: str, floor: int, seg_a: int) -> tuple[int, int]:
    """"50 học sinh đạt giải; 37 giáo viên ... được trao Bằng khen": the clauses before the
    subject that open with a count and name no act are subjects of the same verb."""
    coll = ind = 0
    end = seg_a - 1
    while end > floor:
        cut = max(text.rfind(",", floor, end), text.rfind(";", floor, end))
        seg = cut + 1 if cut >= 0 else floor
        # "toàn tỉnh có 45 tập thể, 120 cá nhân được tặng": or ends with "có" and a count, the first
        lead = lex.lead_count.match(text, seg, end) or lex.has_count.search(text, seg, end)
        if not lead or lex.verb_any.search(text, seg, end) or lex.marker.search(text, seg, end):
            break
        n = parse_number(lead.group("n"))
        if n is None:
            break
        if key(lead.group("noun")) in lex.collective_nouns:
            coll += n
        else:
            ind += n
        end = cut if lead.re is lex.lead_count else floor
    return coll, ind


def only_joiners(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds only conjunctions and adverbs ("và vinh dự", "cũng vừa", "lần
    thứ hai")."""
    pos = strip_span(text, a, b)[0]
    while pos < b:
        joiner = (lex.conjunction.match(text, pos, b) or lex.subject_stop.match(text, pos, b)
                  or lex.ordinal_adverb.match(text, pos, b))
        if not joiner:
            return False
        pos = strip_span(text, joiner.end(), b)[0]
    return True


def _subject_segment(lex: Lexicon, text: str, a: int, b: int):
    """(start, end, start of its comma segment, the verb before it) of the subject words in
    ``text[a:b]``: the last
    comma segment after its last verb; when that segment holds only adverbs ("Cố danh thủ, HLV
    Thể Công, Trương Tấn Bửu, cũng vừa vinh dự nhận", "Ba nữ thực tập sinh A (30 tuổi), B (28
    tuổi), đã được"), the whole clause before them."""
    cut = last_comma(text, a, b)
    if cut > a and only_joiners(lex, text, cut + 1, b):
        opener = lex.subject_opener.match(text, strip_span(text, a, cut)[0], cut)  # "Tại buổi lễ, ..."
        start = opener.end() if opener else a
        return start, cut, start, None
    seg_a = seg0 = cut + 1 if cut >= 0 and text[cut + 1: b].strip() else a
    last = None
    for verb in (*lex.verb_any.finditer(text, seg_a, b), *lex.copula.finditer(text, seg_a, b)):
        # "17 học sinh giành huy chương Olympic được ...": what the subject won describes it
        if text[verb.end():b].strip() and verb.end() > seg_a and not lex.won_before.match(text, verb.start(), verb.end() + 1):
            seg_a, last = verb.end(), verb
    # "UBND tỉnh tổ chức lễ và tôn vinh các nhà giáo vừa được ...": a plural of recipients written
    # after the words of another verb is the passive's subject
    plural = [m for m in lex.plural_subject.finditer(text, seg_a, b) if m.start() > seg_a]
    if plural and text[seg_a:plural[-1].start()].strip() and not (
            lex.trailing_conjunction.search(text, seg_a, plural[-1].start())):  # "Công ty X và các đơn vị"
        seg_a = plural[-1].start()
    return seg_a, b, seg0, last


def subject(lex: Lexicon, text: str, a: int, b: int, floor: int | None = None, persons=()):
    """Recipients in the last comma segment of ``text[a:b]`` (the subject of a passive), after
    its last verb ("Thượng tá X trao quyết định cho tài xế Y nhận Bằng khen": Y receives); counts
    that open the clauses before it, back to ``floor``, add up."""
    reported = list(lex.report.finditer(text, a, b))
    if reported:  # "Ông A cho biết bà B được tặng ...": who speaks receives nothing
        a = reported[-1].end()
    listed = _listed_subject(lex, text, a, b, persons)
    if listed:
        return listed
    named = _person_list(lex, text, a, b)
    if len(named) >= 2:
        return 0, len(named), False, named
    more = _persons_then_count(lex, text, a, b)
    if more:
        return more
    found = _segment_subject(lex, text, a, b, floor, persons)
    if not (found[0] or found[1]) and named:
        return 0, 1, False, named  # "bạn A, sinh viên năm cuối, trường Đại học X đã được trao ..."
    if not (found[0] or found[1]):
        one = _one_of_group(lex, text, a, b)
        if one:
            return (*one, False, [])
    if named and found[0] and not (found[1] or found[2]) and not lex.conjunction.search(text, a, b):
        # "em A, học sinh lớp 7, Trường THCS X đã nhận ...": the body after the person, over commas
        # only, is where that person studies or works, not a second recipient
        return 0, 1, False, named
    return found


def _one_of_group(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int] | None:
    """"Anh A là một trong 3 cá nhân được phong tặng ...", "Công ty X là một trong 20 doanh
    nghiệp được tặng ...": a subject said to be one of a counted group is one recipient of the
    group's kind; None when ``text[a:b]`` says no such thing."""
    for m in lex.counted.finditer(text, a, b):
        if lex.part_of.search(text, a, m.start()):
            return (1, 0) if key(m.group("noun")) in lex.collective_nouns else (0, 1)
    return None


def _persons_then_count(lex: Lexicon, text: str, a: int, b: int):
    """"Ông A, bà B và 5 cá nhân khác được tặng ...": persons listed over commas, then a
    conjunction and a count; None when the subject is not so written."""
    first = lex.counted.search(text, a, b)
    tail = lex.trailing_conjunction.search(text, a, first.start()) if first else None
    if tail is None or lex.verb_any.search(text, a, b):
        return None
    listed = _person_list(lex, text, a, tail.start())
    if len(listed) < 2:
        return None
    coll, ind, _ = counts(lex, text, first.start(), b)
    return coll, ind + len(listed), True, []


_BRACKETS = re.compile(r"\([^()]*\)")


def _person_list(lex: Lexicon, text: str, a: int, b: int) -> list[str]:
    """"Ông A, Giám đốc Công ty X, bà B, Kế toán trưởng", "Các ông A, B và bà C": the persons of a
    subject listed over commas and conjunctions, each named with a cue (a bare full name after
    a person or a plural cue), the items after a person that name none describing that person
    (a post, a body, a role); items before the first person that name nothing ("Sáng 5/3", "Tại
    buổi lễ") open the clause. [] when an item is something else (a body, a verb, a count)."""
    masked = _BRACKETS.sub(lambda m: " " * len(m.group()), text[:b])
    b = _without_trailing_stops(lex, masked, a, b)  # "A và B vừa được ...": the adverbs are no name's
    if lex.verb_any.search(masked, a, b) or lex.counted.search(masked, a, b):
        return []
    names: list[str] = []
    plural = False
    cuts = [a, *(x for m in re.finditer(rf",|{lex.conjunction.pattern}", masked[a:b]) for x in (a + m.start(), a + m.end())), b]
    for ia, ib in zip(cuts[::2], cuts[1::2], strict=True):
        ia, ib = strip_span(masked, ia, ib)
        if ia >= ib:
            continue
        cue = lex.plural_person_cue.match(masked, ia, ib)
        plural = plural or bool(cue)
        name = _item_person(lex, masked, (ia, cue.end() if cue else ia, ib), plural, bool(names))
        if name:
            names.append(name)
        elif names and (masked[ia].isupper() or lex.position.match(masked, ia, ib) or lex.noun.match(masked, ia, ib)):
            continue  # "ông A, Giám đốc Công ty X", "bạn B, sinh viên năm cuối": said of the one named before
        elif names or any(w[:1].isupper() for w in masked[ia:ib].split()[1:]):
            return []
    return names


def _item_person(lex: Lexicon, text: str, span: tuple[int, int, int], plural: bool, after: bool) -> str | None:
    """The person one item of a listed subject names (``span``: item start, name start after a
    plural cue, end): bare after a plural cue or a person, and a bare first item when it is a
    full name ("Nguyễn Văn A và Trần Thị B được ...")."""
    ia, pos, ib = span
    name = _listed_person(lex, text, pos, ib, plural or after)
    if not (name or after or plural):
        name = _bare_first_person(lex, text, ia, ib)
    return name


def _without_trailing_stops(lex: Lexicon, text: str, a: int, b: int) -> int:
    """Where ``text[a:b]`` ends without the one-word subject stops written last ("vừa", "đã")."""
    while True:
        words = text[a:b].rstrip().rsplit(None, 1)
        if len(words) < 2 or not lex.subject_stop.fullmatch(words[1]):
            return b
        b = a + len(text[a:b].rstrip()) - len(words[1])


def _bare_first_person(lex: Lexicon, text: str, a: int, b: int) -> str | None:
    """The person the first item of a subject names with no cue: a full name of three syllables or
    more that opens with a family name ("Nguyễn Văn Tùng"; a two-syllable "Hà Nội" may be a place),
    or a foreign person's name ("Andriy Shevchenko"); None otherwise."""
    found = name_after(text, a, b)
    if not found or found[1] != b or lex.organisation.match(text, a, b) or lex.position.match(text, a, b):
        return None
    words = found[0].split()
    vietnamese = len(words) >= 3 and words[0] in lex.surnames
    return found[0] if vietnamese or foreign_person(lex, found[0]) else None


def _listed_person(lex: Lexicon, text: str, a: int, b: int, bare: bool) -> str | None:
    """The person an item ``text[a:b]`` of a subject names whole: a cue and a name ("bà Trần Thị
    B"), or, when ``bare``, a full name that opens with a family name; None otherwise."""
    cue = lex.person_cue.match(text, a, b)
    pos = cue.end() if cue else a
    found = name_after(text, pos, b)
    if not found or found[1] != b or lex.organisation.match(text, pos, b) or lex.position.match(text, pos, b):
        return None
    words = found[0].split()
    return found[0] if cue or (bare and ((len(words) >= 2 and words[0] in lex.surnames)
                                         or foreign_person(lex, found[0]))) else None


def _segment_subject(lex: Lexicon, text: str, a: int, b: int, floor: int | None, persons):
    """The subject read from the last comma segment of ``text[a:b]`` (see :func:`subject`)."""
    seg_a, b, seg0, last = _subject_segment(lex, text, a, b)
    coll, ind, numeral, names = recipients(lex, text, seg_a, b, persons=persons)
    if numeral and last is not None:
        more = _joined_passive_counts(lex, text, seg0, last, seg_a, b)
        coll, ind = coll + more[0], ind + more[1]
    if not numeral:
        # "Sáng nay, 4 VĐV môn điền kinh là A, B, C, D đã được ...": or a comma segment between
        opened = _counted_opening(lex, text, (a, *_segment_starts(text, a, seg0), seg0), b)
        if opened:
            return (*opened, [])
    if numeral and lex.lead_count.match(text, seg_a, b):
        more = _coordinated_counts(lex, text, a if floor is None else floor, seg_a)
        coll, ind = coll + more[0], ind + more[1]
    if seg_a == seg0 and not (numeral or coll):
        ind, names = _persons_by_segment(lex, text, (a, seg0, b), ind, names)
    if not (coll or ind):
        coll, ind = _singular_referent(lex, text, seg_a, b)
    return coll, ind, numeral, names


def _listed_subject(lex: Lexicon, text: str, a: int, b: int, persons=()):
    """"Dịp này, đội bóng đá nữ, 2 HLV A (x), B (y), 2 VĐV C (z), D (w) đã được trao tặng ...": a
    subject listed over commas, one body named by a common noun first, then counted persons with
    their names, and no verb among them, is read whole; None when ``text[a:b]`` is not one."""
    start = strip_span(text, a, b)[0]
    opener = lex.subject_opener.match(text, start, b)
    start = opener.end() if opener else start
    comma = text.find(",", start, b)
    if comma < 0 or lex.verb_any.search(text, start, b) or lex.copula.search(text, start, b) or (
            not _single_collective(lex, text, start, comma)):
        return None
    coll, ind, numeral, names = recipients(lex, text, start, b, persons=persons)
    return (coll, ind, numeral, names) if numeral and coll else None


def _persons_by_segment(lex: Lexicon, text: str, span: tuple[int, int, int], ind: int, names: list[str]):
    """(individuals, names) of a subject read comma segment by comma segment (``span`` is clause
    start, start of the last segment, end): a post in the last segment is said of the person
    named before it ("Trung tá A, Phó trưởng phòng X được nhận ..."); persons named in the
    segments before the last are counted too ("VĐV A, VĐV B, HLV C được tặng ...")."""
    a, seg0, b = span
    if not ind and seg0 > a and lex.position.match(text, strip_span(text, seg0, b)[0], b):
        cut = last_comma(text, a, seg0 - 1)
        names = _cued_names(lex, text, cut + 1 if cut >= 0 else a, seg0 - 1)[-1:]
        ind, seg0 = len(names), cut + 1 if cut >= 0 else a
    if not names:
        return ind, names
    earlier = [n for n in _earlier_persons(lex, text, a, seg0) if n not in names]
    return ind + len(earlier), [*earlier, *names]


def _earlier_persons(lex: Lexicon, text: str, a: int, seg0: int) -> list[str]:
    """"VĐV điền kinh A, VĐV thể hình B (28 tuổi), HLV C được tặng ...": the comma segments
    before the subject's last one that each name one person with a cue, read back to ``a``."""
    names: list[str] = []
    end = seg0 - 1
    while end > a:
        cut = last_comma(text, a, end)
        sa, sb = strip_span(text, cut + 1 if cut >= 0 else a, end)
        bracket = text.find("(", sa, sb)
        if bracket >= 0 and text[sb - 1] == ")":
            sb = strip_span(text, sa, bracket)[1]  # "B (28 tuổi)": the brackets describe B
        cue = lex.person_cue.match(text, sa, sb)
        found = (name_after(text, cue.end(), sb) or _name_after_field(lex, text, cue.end(), sb)) if cue else None
        if not found or found[1] != sb:
            break
        names.insert(0, found[0])
        end = cut
    return names


def _counted_opening(lex: Lexicon, text: str, starts: tuple[int, int], b: int) -> tuple[int, int, bool] | None:
    """The counts that open the clause or its last comma segment, when the words after them up
    to the verb at ``b`` describe the counted recipients: "28 tập thể và 48 cá nhân có thành tích
    ..., phong cách Hồ Chí Minh đã được ... tặng" (commas inside the description), "Có 48 cán bộ,
    công chức ngành Tòa án được ... tặng" (not the one "ngành"), "bốn HS giành được HC vàng đã
    được ... tặng" (a deed, not a body named "HC vàng"); a give verb or another award between
    makes the counts another act's."""
    for start in starts:
        lead = lex.lead_count.match(text, start, b)
        if not lead or lex.head.search(text, lead.end(), b) or any(
                key(v.group()) in lex.give_verbs for v in lex.verb_any.finditer(text, lead.end(), b)):
            continue
        reason = lex.reason.search(text, start, b)
        coll, ind, numeral = counts(lex, text, start, reason.start() if reason else b)
        if numeral:
            return coll, ind, numeral
    return None


def _segment_starts(text: str, a: int, b: int) -> list[int]:
    """Where each comma segment after the first of ``text[a:b]`` starts (commas in brackets do not cut)."""
    masked = _BRACKETS.sub(lambda m: " " * len(m.group()), text[a:b])
    return [a + i + 1 for i, c in enumerate(masked) if c == ","]


def _joined_passive_counts(lex: Lexicon, text: str, seg0: int, verb: re.Match[str], seg_a: int, b: int):
    """"21 vị được Chủ tịch nước truy tặng và 26 vị được ... trao tặng Huân chương ...": a counted
    clause with its own give verb and no award, joined by a conjunction to the subject, is given
    the same award."""
    if key(verb.group()) not in lex.give_verbs or not lex.conjunction.match(text, strip_span(text, seg_a, b)[0], b):
        return 0, 0
    if not lex.lead_count.match(text, seg0, verb.start()):
        return 0, 0
    coll, ind, _ = counts(lex, text, seg0, verb.start())
    return coll, ind


def _singular_referent(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int]:
    """"Ông được tặng ...", "Đơn vị vinh dự đón nhận ...": a subject that opens with a word
    standing for one person or one body, named elsewhere in the article, is one recipient."""
    a = strip_span(text, a, b)[0]
    opener = lex.subject_opener.match(text, a, b)
    a = opener.end() if opener else a
    date = lex.date_lead.match(text, a, b)  # "năm 2020 ông được ..."
    pos = date.end() if date else a
    m = lex.singular.match(text, pos, b) or lex.singular_predicate.match(text, pos, b)
    if not m:
        return 0, 0
    return (0, 1) if m.group("person") else (1, 0)
