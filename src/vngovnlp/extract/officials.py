"""Officials: named persons holding a post, with rank, honorific and titles, mentions merged.

The text is read as a row of items (:mod:`._officials_items`): ranks, honorifics, titles (post
+ body), names. Titles attach to a name in the shapes official portals write:

* ``TITLE, TITLE NAME`` and ``RANK NAME`` ("Chủ tịch UBND tỉnh Lý Thái Hải");
* ``NAME - TITLE, TITLE`` / ``NAME, TITLE`` / ``NAME (TITLE)`` ("Lý Thái Hải - Phó Bí thư Tỉnh ủy");
* lists ``các đồng chí Ủy viên Bộ Chính trị: A, T1; B, T2`` (the title before the colon goes to
  every name of the list);
* ``NAME được bổ nhiệm chức vụ TITLE``.

Later short mentions ("đồng chí Hải", "bà Tuyến") and role-only mentions ("Chủ tịch UBND tỉnh
trao Bằng khen") are linked to the one official they can mean. A person with neither a post nor
a rank (a farmer, a photographer, the byline) is not an official.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from ..lexicon import load as _load
from ..names import name_key
from ..types import Entity, Mention, Official, Title
from ._officials_items import Item, is_new_holders, scan
from ._officials_lexicon import Tok, ends_with, lexicon
from ._officials_lexicon import tokens as _tokens
from ._officials_orgs import is_acronym, starts_person_name

__all__ = ["find_officials"]


@cache
def _titles() -> dict:
    """``titles.yaml``: the conjunction, concurrent and copula words the title chain reads."""
    return _load("titles.yaml")


@dataclass
class _Person:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[tuple[Item, Title]] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    promoted: str | None = None
    honorific: str | None = None


def _span(text: str, toks: list[Tok], i: int, j: int) -> tuple[str, int, int]:
    start, end = toks[i].start, toks[j - 1].end
    return text[start:end], start, end


def _title(text: str, toks: list[Tok], item: Item, place: str | None) -> Title:
    written, start, end = _span(text, toks, item.i, item.j)
    position = _span(text, toks, item.pi if item.pi >= 0 else item.i, item.pj)[0]
    org = item.org
    organisation = _span(text, toks, item.pj, item.j)[0] if item.j > item.pj else None
    resolved = None
    if org is not None and not org.has_place and org.place_word and place:
        resolved = f"{organisation} {place}"
    return Title(written, position, organisation, written, start, end, resolved)


def _dominant_place(toks: list[Tok]) -> dict[str, str]:
    """For each place word ("tỉnh"), the place the article names most with it ("Bắc Kạn")."""
    lex = lexicon()
    counts: dict[str, Counter] = {}
    firsts = lex.places.firsts
    for k in range(len(toks)):
        if toks[k].low not in firsts:
            continue
        hit = lex.places.match(toks, k)
        if hit:
            known = lex.provinces.match(toks, hit[0])
            if known:
                name = " ".join(t.text for t in toks[hit[0]:known[0]])
                counts.setdefault(hit[1].lower(), Counter())[name] += 1
    out = {}
    for word, c in counts.items():
        (best, n), *rest = c.most_common(2) + [("", 0)]
        if n > rest[0][1]:
            out[word] = best
    return out


class _Attach:
    """Titles, ranks and lists attached to the names of one text, phase by phase."""

    def __init__(self, text: str, toks: list[Tok], items: list[Item]):
        self.text, self.toks, self.items = text, toks, items
        self.places = _dominant_place(toks)
        self.people: dict[str, _Person] = {}
        self.used: set[int] = set()  # indices of title items attached to a name
        self.list_titles: list[int] = []  # titles before "các đồng chí …:" given to each name of the list
        self.respective: dict[int, int] = {}  # "A và B, T1 và T2": B's name -> T2
        # the last syllables of the full names read: a short mention after a post is one of them
        self.given = frozenset(toks[it.j - 1].low for it in items if it.kind == "name")

    def kind(self, k: int, *kinds: str) -> bool:
        return 0 <= k < len(self.items) and self.items[k].kind in kinds

    def sep(self, k: int, *values: str) -> bool:
        return self.kind(k, "sep") and self.items[k].value in values

    def person_at(self, idx: int) -> _Person:
        it = self.items[idx]
        name, start, end = _span(self.text, self.toks, it.i, it.j)
        p = self.people.setdefault(name_key(name), _Person(name))
        p.mentions.append(Mention(name, start, end))
        return p

    def add_title(self, p: _Person, idx: int) -> None:
        it = self.items[idx]
        self.used.add(idx)
        place = self.places.get(it.org.place_word.lower()) if it.org and it.org.place_word else None
        title = _title(self.text, self.toks, it, place)
        body = self._shared_body(idx)
        if body is not None:  # "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X": the Chairman of X too
            title = replace(title, title=f"{title.title} {body}", organisation=body)
        p.titles.append((it, title))

    def _shared_body(self, idx: int) -> str | None:
        """The body of the next post when the post at ``idx`` has none and shares it: "Chủ tịch,
        Tổng Giám đốc Tổng Cty X", "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X"."""
        items = self.items
        it = items[idx]
        if it.j > it.pj or idx + 2 >= len(items):
            return None
        between, nxt = items[idx + 1], items[idx + 2]
        joined = self.sep(idx + 1, ",", _titles()["concurrent"]) or _concurrent(between)
        if not joined or it.j != between.i or between.j != nxt.i or nxt.kind != "title" or nxt.org is None \
                or nxt.org.kind != "enterprise" or is_acronym(self.toks, it.pj - 1):
            return self._pair_body(idx) or self._rung_body(idx)  # a firm's officers only: "Bí thư, Chủ tịch UBND xã" is the Party's secretary
        return _span(self.text, self.toks, nxt.pj, nxt.j)[0]

    def _rung_body(self, idx: int) -> str | None:
        """The body of the next post when "và" or a comma joins two rungs of one ladder: "nguyên
        Tổng giám đốc và Phó tổng giám đốc MHBS", "Giám đốc, Phó Giám đốc Sở Y tế" (both of it)."""
        if idx + 2 >= len(self.items) or not self.sep(idx + 1, _titles()["conjunction"], ",") \
                or not self.kind(idx + 2, "title"):
            return None
        nxt = self.items[idx + 2]
        if nxt.j == nxt.pj or not _same_ladder(self.items[idx], nxt):
            return None
        return _span(self.text, self.toks, nxt.pj, nxt.j)[0]

    def _pair_body(self, idx: int) -> str | None:
        """The body of the next person's post when the post at ``idx`` is the same one, its deputy
        or its head: "A, nguyên Giám đốc và B, nguyên Phó giám đốc Ban quản lý dự án X" (both of X)."""
        items = self.items
        k = idx + 3 if self.kind(idx + 2, "hon") else idx + 2  # "… và ông B, …"
        if k + 2 >= len(items) or not self.sep(idx + 1, _titles()["conjunction"]) \
                or not self.kind(k, "name") or not self.sep(k + 1, ",") or not self.kind(k + 2, "title"):
            return None
        nxt = items[k + 2]
        if nxt.org is None or not _same_ladder(items[idx], nxt):
            return None
        return _span(self.text, self.toks, nxt.pj, nxt.j)[0]


def _on_stop(a: _Attach, idx: int) -> None:
    a.list_titles = []


def _on_colon(a: _Attach, idx: int) -> None:
    """"các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, B": the titles before the colon open a list."""
    k = idx - 1
    if a.kind(k, "other") and a.kind(k - 1, "title") and is_new_holders(a.toks, a.items[k]):
        k -= 1  # "2 Phó Chủ tịch mới là ông A và ông B": the holders of the post, new
    chain = []
    while a.kind(k, "title") or a.sep(k, ","):
        if a.kind(k, "title"):
            chain.append(k)
        k -= 1
    if chain and (k < 0 or a.kind(k, "hon", "other")):
        a.list_titles = chain[::-1]


def _titles_before(a: _Attach, idx: int, p: _Person) -> None:
    """[HON] TITLE (, TITLE)* [RANK] [HON] NAME."""
    items = a.items
    k = idx - 1
    while k >= 0 and items[k].j == items[k + 1].i and (items[k].kind in ("rank", "hon", "title", "sep", "abbr")
                                                        or _concurrent(items[k]) and a.kind(k - 1, "title")):
        b = items[k]
        if _concurrent(b):
            pass  # "Chủ tịch kiêm Tổng Giám đốc Tập đoàn X, NAME": both posts are the name's
        elif b.kind == "abbr":
            if not a.kind(k - 1, "title"):
                break  # "(SYT)" is read only after its body's title
        elif b.kind == "rank":
            p.ranks.append(b.value)
        elif b.kind == "hon":
            p.honorific = p.honorific or (b.value.lower() or None)
        elif b.kind == "title":
            if k in a.used:
                break
            a.add_title(p, k)
        elif b.value not in (",", "-", "–") or not a.kind(k - 1, "title", "rank") or k - 1 in a.used \
                or _spoken_of(a, k, idx):
            break  # "Trưởng phòng Giáo dục quận - bà Trần Thị A": a post no one before holds;
            # "Theo Quyết định của Bộ trưởng Bộ Tài chính, bà X": a role spoken of, not hers
        # "Phó Bí thư Quân ủy Trung ương, Đại tướng, Bộ trưởng Quốc phòng X": a rank in the chain
        k -= 1


def _concurrent(item: Item) -> bool:
    return item.kind == "link" and item.value == _titles()["concurrent"]


def _spoken_of(a: _Attach, k: int, idx: int) -> bool:
    """The post before the separator at ``k`` is another's: after "thay mặt", "thừa ủy quyền"
    whoever follows, after "của", "theo" when the name is introduced on its own."""
    start, lex = a.items[k - 1].i, lexicon()
    return ends_with(a.toks, start, lex.on_behalf_of) or _introduced(a, k + 1, idx) and ends_with(
        a.toks, start, lex.not_apposed_after)


def _introduced(a: _Attach, k: int, idx: int) -> bool:
    """The name at ``idx`` is introduced on its own from ``k``: an honorific, or a rank right
    before it ("thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá X")."""
    return a.kind(k, "hon") or a.kind(k, "rank") and k + 1 == idx


def _titles_of_list(a: _Attach, idx: int, p: _Person) -> None:
    for t in a.list_titles:
        a.add_title(p, t)


def _same_ladder(one: Item, other: Item) -> bool:
    """Two posts of one ladder: one is the other with a prefix ("Tổng giám đốc", "Phó tổng giám đốc")."""
    mine, theirs = one.position.lower(), other.position.lower()
    return bool(mine and theirs) and (mine.endswith(theirs) or theirs.endswith(mine))


def _respective_posts(a: _Attach, idx: int) -> tuple[int, int, int] | None:
    """"A và B, nguyên Tổng giám đốc và Phó tổng giám đốc MHBS", "A, B - nguyên Tổng giám đốc,
    Phó Tổng giám đốc Cty MHBS": the name B, A's post and B's post, each in the order of the
    names; with a comma in either pair only two rungs of one ladder are read so."""
    and_ = _titles()["conjunction"]
    b = idx + 3 if a.kind(idx + 2, "hon") else idx + 2
    if not a.sep(idx + 1, and_, ",") or not a.kind(b, "name"):
        return None
    k = _first_post(a.items, b)
    if k is None or not a.kind(k, "title") or not a.sep(k + 1, and_, ",") \
            or not a.kind(k + 2, "title") or a.kind(k + 3, "name", "rank", "title"):
        return None
    if a.sep(idx + 1, ",") or a.sep(k + 1, ","):
        listed = a.sep(idx - 1, ",") and a.kind(idx - 2, "name") or a.sep(k + 3, ",") and a.kind(k + 4, "title")
        if listed or a.kind(idx - 1, "title") or not _same_ladder(a.items[k], a.items[k + 2]):
            return None  # "A, B, C - …", "Bộ trưởng A, B - …": not two names with two posts
    return b, k, k + 2


def _titles_after(a: _Attach, idx: int, p: _Person) -> None:
    if idx in a.respective:
        a.add_title(p, a.respective.pop(idx))
        return
    pair = _respective_posts(a, idx)
    if pair is not None:
        b, mine, theirs = pair
        a.add_title(p, mine)
        a.respective[b] = theirs
        return
    chain, handed_on = _post_titles(a, idx)
    if chain and _role_of_another(a, idx, chain[0], p):
        chain = []  # "Thứ trưởng X, Phó Thủ tướng cho biết": the Deputy PM named before speaks
    if handed_on and a.kind(idx - 1, "title") and a.items[idx - 1].j == a.items[idx].i:
        chain = []  # "Ủy viên Bộ Chính trị X, Ủy viên Trung ương Đảng, Chủ tịch Hội … Y": posts written before names are Y's
    if not chain and a.sep(idx + 1, _titles()["conjunction"]) and a.kind(idx + 2, "name") and not a.kind(idx - 1, "title") \
            and not a.sep(idx + 3, "("):
        chain = _post_titles(a, idx + 2)[0]  # "A và B nguyên Phó Chủ tịch …": the post is both's; "A và B (…)": B's
    for k in chain:
        a.add_title(p, k)


def _promotion(a: _Attach, idx: int, p: _Person) -> None:
    """A promotion in the same clause: "được thăng cấp bậc hàm từ Đại tá lên Thiếu tướng"."""
    items = a.items
    k = idx + 1
    while k < len(items) and items[k].kind not in ("stop", "name") and not a.sep(k, ";"):
        if items[k].kind == "promo" and a.kind(k + 1, "rank"):
            p.promoted = items[k + 1].value
        k += 1


def _appointed(a: _Attach, idx: int, p: _Person) -> None:
    """"bổ nhiệm chức vụ Vụ trưởng Vụ Tài chính cho bà X": the post of an appointment goes to the
    name after "cho" / "đối với"."""
    items, toks, lex = a.items, a.toks, lexicon()
    k = idx - 1
    if a.kind(k, "hon"):
        k -= 1
    if k < 1 or not ends_with(toks, items[k + 1].i, lex.appointed_to):
        return
    if a.kind(k, "other") and items[k].j - items[k].i <= _MAX_APPOINTED_GAP:
        k -= 1  # "Vụ trưởng Vụ Tài chính" + "các ngân hàng cho" + "bà X"
    if a.kind(k, "title") and k not in a.used and ends_with(toks, items[k].i, lex.appointed_before):
        a.add_title(p, k)


_MAX_APPOINTED_GAP = 5  # words between the post of an appointment and "cho" (the rest of a body)

# What an item does to the attachment state; for names, the phases run in this order.
_ON_ITEM = {"stop": _on_stop}
_NAME_PHASES = (_titles_before, _titles_of_list, _titles_after, _appointed, _promotion)


def find_officials(text: str, *, tokens: list[Tok] | None = None,
                   entities: list[Entity] | None = None) -> list[Official]:
    """Named officials in ``text``, one per person, in order of first mention.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).
    tokens : list of Tok, optional
        ``_officials_lexicon.tokens(text)``, when the caller has computed it already (the
        organisations extractor reads the same tokens).
    entities : list of Entity, optional
        The NER model's spans of ``text``; its PER spans separate a name from the place before
        it ("Thị trưởng London Sadiq Khan") and confirm one-syllable foreign names ("Tổng thống
        Obama"). Without them the grammar alone reads the names.

    Returns
    -------
    list of Official
        ``text``/``start``/``end`` point at the first mention of the name; ``mentions`` holds
        every mention (full, short and role-only).

    Examples
    --------
    >>> o = find_officials("Dự có Thiếu tướng Hoàng Công Hàm - Phó Tư lệnh Quân khu 1.")[0]
    >>> o.name, o.rank, [(t.position, t.organisation) for t in o.titles]
    ('Hoàng Công Hàm', 'Thiếu tướng', [('Phó Tư lệnh', 'Quân khu 1')])
    """
    if not text.strip():
        return []
    toks = _tokens(text) if tokens is None else tokens
    persons = {e.start: e.end for e in entities or () if e.label == "PER"}
    items = scan(toks, persons)
    a = _Attach(text, toks, items)
    for idx, it in enumerate(items):
        if it.kind == "name":
            p = a.person_at(idx)
            for phase in _NAME_PHASES:
                phase(a, idx, p)
        elif it.kind == "sep" and it.value == ":":
            _on_colon(a, idx)
        elif it.kind in _ON_ITEM:
            _ON_ITEM[it.kind](a, idx)
    return _officials(a)


def _officials(a: _Attach) -> list[Official]:
    """Merge the people, keep those with a post or a rank, link their other mentions."""
    _fold_cut_names(a.text, a.people)
    _merge_short_names(a.people)
    officials = [p for p in a.people.values() if p.titles or p.ranks or p.promoted]
    firsts = {id(p): min(p.mentions, key=lambda m: m.start) for p in officials}  # by name, not by role
    _link_mentions(a.text, a.toks, a.items, officials, a.used)
    _bodies_of_bare_posts(a, officials)
    out = []
    for p in officials:
        first = firsts[id(p)]
        titles = _unique_titles([t for _, t in p.titles])
        rank = p.promoted or (p.ranks[-1] if p.ranks else None)
        out.append(Official(p.name, first.text, first.start, first.end, rank, p.honorific, titles,
                            tuple(sorted(set(p.mentions), key=lambda m: m.start))))
    return sorted(out, key=lambda o: o.start)


def _bodies_of_bare_posts(a: _Attach, officials: list[_Person]) -> None:
    """A post written bare for one person ("Bộ trưởng Nguyễn Xuân Cường") and with its body
    elsewhere, where no name holds it ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn đề
    nghị …"), is that person's post with that body, when no one else holds the post."""
    bare: dict[str, list[_Person]] = {}
    held: set[str] = set()
    for p in officials:
        for it, t in p.titles:
            if t.organisation:
                held.add(it.position.lower())
            else:
                bare.setdefault(it.position.lower(), []).append(p)
    roles: dict[str, dict[str, int]] = {}  # post -> body as written -> its first role-only mention
    for idx, it in enumerate(a.items):
        post = it.position.lower()
        if it.kind == "title" and idx not in a.used and it.org is not None and post not in held \
                and len(set(map(id, bare.get(post, ())))) == 1 \
                and not any(starts_person_name(a.toks, k) for k in range(it.pj, it.j)):
            roles.setdefault(post, {}).setdefault(a.toks[it.pj].low + " " + a.toks[it.j - 1].low, idx)
    for post, bodies in roles.items():
        if len(bodies) == 1:  # "phó giám đốc" of two bodies: which one is the person's is not written
            a.add_title(bare[post][0], next(iter(bodies.values())))


def _post_titles(a: _Attach, idx: int) -> tuple[list[int], bool]:
    """Titles written after the name at ``idx``: (- | , | ( | linker)? TITLE ((, | - | kiêm) TITLE)*,
    and whether the chain ends in a post written before another person's name."""
    items = a.items
    k = _first_post(items, idx)
    out: list[int] = []
    while k is not None and k < len(items) and items[k].kind == "title":
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.i == items[k].j and (nxt.kind in ("name", "rank") or _short_name(a, nxt)):
            return out, True  # "…, Chủ tịch UBND tỉnh Nguyễn Văn A", "…, Thứ trưởng Ái đã": the title is A's, Ái's
        out.append(k)
        k = _next_post(items, k, nxt)
    return out, False


def _short_name(a: _Attach, item: Item) -> bool:
    """A given name alone after a post: one Vietnamese syllable that ends a full name of the text
    ("Thứ trưởng" + "Ái" of "Huỳnh Vĩnh Ái"), not a firm's brand ("Tổng giám đốc" + "Vingroup")
    nor the first word of a body ("Giám đốc" + "Chương trình …")."""
    word = a.toks[item.i]
    return item.kind == "short" and word.low in a.given and bool(lexicon().syllable.fullmatch(word.text))


def _role_of_another(a: _Attach, idx: int, k: int, p: _Person) -> bool:
    """The bare post at ``k``, after a comma behind the name at ``idx``, opens a new clause: the
    name has its own post written before it, and the bare post, a verb after it, is the one another
    person named before holds ("Phó Thủ tướng Vũ Đức Đam …, Thứ trưởng Huỳnh Vĩnh Ái, Phó Thủ
    tướng cho biết": Đam speaks)."""
    items = a.items
    it = items[k]
    if it.j > it.pj or k != idx + 2 or not a.sep(idx + 1, ",") or not a.kind(k + 1, "other") \
            or items[k + 1].i != it.j or not (a.kind(idx - 1, "title") and idx - 1 in a.used):
        return False
    post = it.position.lower()
    return any(q is not p and any(t.j == t.pj and t.position.lower() == post for t, _ in q.titles)
               for q in a.people.values())


def _first_post(items: list[Item], idx: int) -> int | None:
    """Where the first post after a name may start: after "-", ",", "(", a linker, "nguyên"."""
    k = _after_separator(items, idx)
    return None if k is None else _past_former(items, k, idx)


def _after_separator(items: list[Item], idx: int) -> int | None:
    """Past the age, the separator and a linker after the name at ``idx`` (None: no post follows)."""
    former = lexicon().former
    k = idx + 1
    if k < len(items) and items[k].kind == "age":
        k += 1  # "bà Dương Thị Tuyết (67 tuổi) - Chủ tịch …"
    if k >= len(items):
        return None
    first = items[k]
    aside = _past_plain_aside(items, k + 1) if first.kind == "sep" and first.value == "(" else None
    if aside is not None:
        return aside  # "Ông X (cháu ông Hùng) đang là Chủ tịch …"
    if first.kind == "link" or first.kind == "sep" and first.value in {"-", "–", ",", "("}:
        k += 1
        if first.value == "(" and _status_before_post(items, k):
            k += 2  # "Bùi Đức Hoan (Đảng viên, Trưởng trạm Y tế xã …)"
        if first.kind == "sep" and k < len(items) and items[k].kind == "link" and items[k].value not in former:
            k += 1  # "X, hiện là Chủ tịch …", "Y, được bổ nhiệm giữ chức …"
        return k
    return k if first.kind == "title" and first.i == items[idx].j else None


_MAX_STATUS = 3  # tokens of a standing written before the post in brackets ("Đảng viên")
_MAX_ASIDE_ITEMS = 5  # items of a plain aside in brackets between a name and "là" ("cháu ông Hùng")


def _past_plain_aside(items: list[Item], k: int) -> int | None:
    """Past a bracketed aside with no post in it, its closing bracket and the linker after it,
    when a post follows: "Bà X (em dâu ông Hùng) là" + "Chánh văn phòng …" (None otherwise)."""
    m, n = k, len(items)
    while m < n and m - k < _MAX_ASIDE_ITEMS and items[m].kind in _PLAIN_ASIDE_KINDS:
        m += 1
    if m == k or m + 2 >= n or items[m].kind != "sep" or items[m].value != ")":
        return None
    link = items[m + 1]
    if link.kind != "link" or link.value in lexicon().former or items[m + 2].kind != "title":
        return None
    return m + 2


_PLAIN_ASIDE_KINDS = frozenset({"other", "hon", "short", "age"})


def _status_before_post(items: list[Item], k: int) -> bool:
    """A few plain words, a comma, then a post, at ``k`` right after an opening bracket."""
    return k + 2 < len(items) and items[k].kind == "other" and items[k].j - items[k].i <= _MAX_STATUS \
        and items[k + 1].kind == "sep" and items[k + 1].value == "," and items[k + 2].kind == "title"


def _past_former(items: list[Item], k: int, idx: int) -> int:
    """Past "nguyên", "cựu" and "nguyên là" before a post."""
    former = lexicon().former
    while k < len(items) and (items[k].kind == "link" and items[k].value in former
                              or items[k].kind == "hon" and not items[k].value):
        k += 1
    if k > idx + 1 and k < len(items) and items[k].kind == "link" and items[k].value == _titles()["copula"] \
            and items[k - 1].kind == "link" and items[k - 1].value in former:
        k += 1  # "X, nguyên là Tổng Giám đốc …"
    return k


def _next_post(items: list[Item], k: int, nxt: Item | None) -> int | None:
    """After the post at ``k``: the next one in the chain, or None."""
    concurrent = _titles()["concurrent"]
    if nxt is not None and nxt.kind == "sep" and nxt.value in (",", "-", "–", "(", concurrent):
        return _skip_asides(items, k + 2)  # "Trưởng đoàn Thanh tra (Phó Chánh thanh tra TP)"
    if nxt is not None and nxt.kind == "link" and nxt.value == concurrent:
        return k + 2
    return _resume(items, k + 1)


def _skip_asides(items: list[Item], k: int) -> int:
    """Past linkers and asides between two posts: "…, nhiệm kỳ 2014-2019, Ủy viên…"."""
    n, copula = len(items), _titles()["copula"]
    while k < n and (items[k].kind == "link" and items[k].value != copula or items[k].kind == "aside"):
        k += 1
        if k < n and items[k].kind == "sep" and items[k].value == "," and items[k - 1].kind == "aside":
            k += 1
    return k


def _resume(items: list[Item], k: int) -> int | None:
    """Where the posts go on after a break: "…, nhiệm kỳ 2014-2019, chỉ định giữ chức TITLE"."""
    n = len(items)
    if k < n and items[k].kind == "sep" and items[k].value == "," and k + 1 < n and items[k + 1].kind == "aside":
        k += 2
    if k < n and items[k].kind == "sep" and items[k].value == ",":
        k += 1
    if k < n and items[k].kind == "other" and items[k].j - items[k].i <= 4:
        k += 1
    if k + 1 < n and items[k].kind == "link" and items[k].value not in (_titles()["copula"], _titles()["concurrent"]) \
            and items[k + 1].kind == "title":
        return k + 1
    return None


def _unique_titles(titles: list[Title]) -> tuple[Title, ...]:
    """One title per post and body; a bare post is dropped when the same post has a body, and a
    title that begins a longer one of the same post ("Phó Chủ tịch UBND xã Gia An" beside "…,
    huyện Tánh Linh") is that one."""
    seen: dict[str, Title] = {}
    for t in titles:
        seen.setdefault(" ".join(t.title.lower().split()), t)
    kept = list(seen.values())
    with_body = {" ".join(t.position.lower().split()) for t in kept if t.organisation}
    kept = [t for t in kept if t.organisation or " ".join(t.position.lower().split()) not in with_body]
    words = [_title_words(t) for t in kept]
    return tuple(t for t, w in zip(kept, words, strict=True)
                 if not any(len(o) > len(w) and o[:len(w)] == w for o in words))


def _title_words(t: Title) -> tuple[str, ...]:
    return tuple(t.title.lower().replace(",", " ").split())


def _fold_cut_names(text: str, people: dict[str, _Person]) -> None:
    """Fold a name cut by a lower-cased syllable into the whole name written elsewhere:
    "Tổng thống Donald trump" is "Donald Trump" when the article spells him so once."""
    for key in sorted(people, key=lambda k: len(k.split())):
        longer = [k for k in people if k.startswith(key + " ")]
        if len(longer) != 1 or key not in people:
            continue
        target = people[longer[0]]
        rest = target.name.split()[len(key.split()):]
        src = people[key]
        cut = [m for m in src.mentions if _continues(text, m.end, rest)]
        if len(cut) != len(src.mentions):
            continue  # "Donald" alone somewhere is another reading: leave both
        people.pop(key)
        size = len(" ".join(rest)) + 1
        _absorb(target, src, [Mention(text[m.start:m.end + size], m.start, m.end + size) for m in cut])


def _foreign_first_name(key: str) -> bool:
    """One word that is no Vietnamese syllable: a foreign person may be named by it alone
    ("Thủ tướng Prayut" of "Prayut Chan-o-cha", "Thủ tướng Yingluck")."""
    return " " not in key and not lexicon().syllable.fullmatch(key)


def _first_name_of(key: str, longer: str) -> bool:
    """``key`` begins ``longer`` and names its person alone: a foreign first name ("Prayut" of
    "Prayut Chan-o-cha"), or the family name of an East Asian name whose given name is joined by a
    hyphen ("Moon" of "Moon Jae-in", "Kim" of "Kim Jong-un")."""
    rest = longer.split()[1:]
    return _foreign_first_name(key) or " " not in key and len(rest) == 1 and "-" in rest[0]


def _continues(text: str, end: int, rest: list[str]) -> bool:
    """``text`` goes on at ``end`` with the words ``rest``, in any case, then a word boundary."""
    tail = " " + " ".join(rest)
    after = end + len(tail)
    return text[end:after].lower() == tail.lower() and (after == len(text) or not text[after].isalnum())


def _absorb(target: _Person, src: _Person, mentions: list[Mention]) -> None:
    """``src`` is ``target`` written another way: its mentions, titles, ranks and honorific join."""
    target.mentions += mentions
    target.titles += src.titles
    target.ranks += src.ranks
    target.promoted = target.promoted or src.promoted
    target.honorific = target.honorific or src.honorific


def _merge_short_names(people: dict[str, _Person]) -> None:
    """Fold a name into a longer one it ends ("Kim Ngân" into "Nguyễn Thị Kim Ngân")."""
    keys = sorted(people, key=lambda k: len(k.split()))
    for key in keys:
        longer = [k for k in people if k != key and len(k.split()) > len(key.split())
                  and (k.endswith(" " + key) or k.startswith(key + " ") and _first_name_of(key, k))]
        if len(longer) == 1:
            src = people.pop(key)
            _absorb(people[longer[0]], src, src.mentions)
    # the most frequent spelling names the person ("Nguyễn Văn Thanh", once "Nguyên Văn Thanh")
    for p in people.values():
        p.name = Counter(m.text for m in p.mentions).most_common(1)[0][0]


def _rank_of_short(items: list[Item], idx: int, p: _Person) -> None:
    """A rank written right before a person's given name alone is that person's when no rank was
    written with the full name ("Trần Tuấn Dung, Phó Trưởng Công an huyện" … "Trung tá Dung")."""
    before = items[idx - 1] if idx > 0 else None
    if before is not None and before.kind == "rank" and before.j == items[idx].i and not p.ranks:
        p.ranks.append(before.value)


def _link_mentions(text: str, toks: list[Tok], items: list[Item], officials: list[_Person],
                   used: set[int]) -> None:
    """Short ("đồng chí Hải") and role-only ("Chủ tịch UBND tỉnh trao…") mentions."""
    by_last: dict[str, list[_Person]] = {}
    for p in officials:
        by_last.setdefault(p.name.split()[-1].lower(), []).append(p)
    by_title: dict[str, list[_Person]] = {}
    for p in officials:
        for _, t in p.titles:
            if t.organisation:
                by_title.setdefault(t.title.lower(), [])
                if p not in by_title[t.title.lower()]:
                    by_title[t.title.lower()].append(p)
    for idx, it in enumerate(items):
        if it.kind == "short":
            cands = by_last.get(toks[it.i].low, [])
            if len(cands) == 1:
                w, s, e = _span(text, toks, it.i, it.j)
                cands[0].mentions.append(Mention(w, s, e))
                _rank_of_short(items, idx, cands[0])
        elif it.kind == "title" and idx not in used and it.org is not None:
            w, s, e = _span(text, toks, it.i, it.j)
            cands = by_title.get(w.lower(), [])
            if len(cands) == 1:
                cands[0].mentions.append(Mention(w, s, e))
