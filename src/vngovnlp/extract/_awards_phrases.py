"""Reading the phrases around an award: recipients ("cho 08 tập thể và 12 cá nhân", "cho ông
Nguyễn Văn A", "tặng Bệnh viện K") and givers ("Chủ tịch UBND tỉnh", without adverbs or names).

Helpers of :mod:`vngovnlp.extract.awards`; all words come from ``data/awards.yaml``.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import numbers
from ..numbers import parse_number
from ._awards_lexicon import Lexicon, key


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
        if not core or not core[0].isupper() or not core.replace("-", "").isalpha():
            break
        words.append((core, pos + m.start() + len(core)))
        if core != word or len(words) == 5:
            break
    if not words:
        return None
    return " ".join(w for w, _ in words), words[-1][1]


def recipients(lex: Lexicon, text: str, a: int, b: int, *, org_at_start: bool = True):
    """Counts and names of the recipients written in ``text[a:b]``.

    Returns (collectives, individuals, numeral, names).
    """
    coll = ind = 0
    numeral = False
    for m in lex.counted.finditer(text, a, b):
        n = parse_number(m.group("n"))
        before = text[max(a, m.start() - 30): m.start()]
        last = before.split()[-1] if before.split() else ""
        # "Licogi 14 tổ chức", "Quân khu 1": a number right after a capitalised word is a name;
        # "giải Tư Hội thi": a capitalised number word inside a sentence is a name too
        if n is None or (before.endswith(" ") and last[:1].isupper() and last[-1].isalnum()) or (
                m.group("n")[0].isupper() and not m.group("n")[0].isdigit() and last[-1:].isalpha()):
            continue
        numeral = True
        if key(m.group("noun")) in lex.collective_nouns:
            coll += n
        else:
            ind += n
    if numeral:
        return coll, ind, True, []
    names: list[str] = []
    plural = lex.plural_person_cue.search(text, a, b)
    if plural:
        pos = plural.end()
        while pos < b:
            found = name_after(text, pos, b)
            if not found:
                break
            names.append(found[0])
            sep = lex.name_separator.match(text, found[1], b)
            if not sep:
                break
            pos = sep.end()
    else:
        last_end = a
        for cue in lex.person_cue.finditer(text, a, b):
            if cue.start() < last_end:  # "Anh" inside "Lan Anh" is part of a name, not a cue
                continue
            found = name_after(text, cue.end(), b)
            while found:
                last_end = found[1]
                if found[0] not in names:
                    names.append(found[0])
                # "ông Nguyễn Văn Sơn và Trần Văn Hà": one honorific for a list of full names; a
                # post after the comma ("ông A, Giám đốc Sở Y tế") is not another person
                sep = lex.name_separator.match(text, last_end, b)
                found = name_after(text, sep.end(), b) if sep else None
                if found and (len(found[0].split()) < 2 or lex.position.match(found[0])
                              or lex.organisation.match(found[0])):
                    found = None
    if names:
        return 0, len(names), False, names
    single = lex.single_collective.search(text, a, b)
    if single:
        # "tập thể lãnh đạo Công ty X" is one body; "nhiều tập thể", "cá nhân và tập thể" are not
        before = text[max(a, single.start() - 12): single.start()].split()
        after = text[single.end(): b].strip()
        if (after and not lex.conjunction.match(after) and after[0] not in ",;" and (
                not before or (key(before[-1]) not in lex.summary and parse_number(before[-1]) is None
                               and not lex.conjunction.fullmatch(before[-1])))):
            return 1, 0, False, []
    start = strip_span(text, a, b)[0]
    org = lex.organisation.match(text, start, b) if org_at_start else lex.organisation.search(text, a, b)
    if org and org.group()[0].islower() and not text[org.end():org.end() + 1].isupper():
        org = None  # "tỉnh ủy", "xã hội": a unit word not followed by a name
    if org:
        m = lex.org_end.search(text, org.end(), b)
        end = m.start() if m else b
        return 1, 0, False, [" ".join(text[org.start():end].split())]
    return 0, 0, False, []


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
    words = text[plural.end():b].split()[:5]
    n_head = len(noun.group().split())
    for size in range(len(words), n_head, -1):
        phrase = r"\s+".join(re.escape(w.strip(",;.")) for w in words[:size])
        found = Counter(parse_number(c.group("n")) for c in re.finditer(
            rf"(?i:(?P<n>{numbers.NUMBER_PATTERN})\s+{phrase}(?!\w))", text))
        found.pop(None, None)
        ranked = found.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            n = ranked[0][0]
            return (n, 0) if key(noun.group()) in lex.collective_nouns else (0, n)
        if ranked:
            return 0, 0
    return 0, 0


def clean_giver(lex: Lexicon, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """A giver as written in ``text[a:b]``, without adverbs, honorifics or a leading name."""
    stop = lex.subject_stop.search(text, a, b)
    if stop:
        b = stop.start()
    for sep in (":", " - ", " – "):
        cut = text.rfind(sep, a, b)
        if cut >= 0 and text[cut + len(sep): b].strip()[:1].isupper():
            a = cut + len(sep)
    a, b = strip_span(text, a, b)
    tail = lex.trailing_conjunction.search(text, a, b)
    if tail:
        a, b = strip_span(text, a, tail.start())
    opener = lex.subject_opener.match(text, a, b)
    if opener:
        a = opener.end()
    honorific = lex.person_cue.match(text, a, b)
    if honorific and not lex.position.match(text, a, b):
        a = honorific.end()
    if a >= b or not text[a].isupper() or b - a > 90:
        return None
    giver = " ".join(text[a:b].split())
    if key(giver) in lex.generic_givers:
        return None
    return giver, a, b


def subject(lex: Lexicon, text: str, a: int, b: int):
    """Recipients in the last comma segment of ``text[a:b]`` (the subject of a passive), after
    its last verb ("Thượng tá X trao quyết định cho tài xế Y nhận Bằng khen": Y receives)."""
    cut = last_comma(text, a, b)
    seg_a = cut + 1 if cut >= 0 and text[cut + 1: b].strip() else a
    for verb in lex.verb_any.finditer(text, seg_a, b):
        if text[verb.end():b].strip():
            seg_a = verb.end()
    coll, ind, numeral, names = recipients(lex, text, seg_a, b)
    return coll, ind, numeral, names
