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
from dataclasses import dataclass, field

from ..names import name_key
from ..types import Mention, Official, Title
from ._officials_items import Item, scan
from ._officials_lexicon import Tok, lexicon, tokens

__all__ = ["find_officials"]


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
    position = _span(text, toks, item.i, item.pj)[0]
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


def find_officials(text: str) -> list[Official]:
    """Named officials in ``text``, one per person, in order of first mention.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).

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
    toks = tokens(text)
    items = scan(toks)
    places = _dominant_place(toks)
    people: dict[str, _Person] = {}
    used: set[int] = set()  # indices of title items attached to a name
    list_titles: list[int] = []  # titles before "các đồng chí …:" given to each name of the list

    def person_at(idx: int) -> _Person:
        it = items[idx]
        name, start, end = _span(text, toks, it.i, it.j)
        key = name_key(name)
        p = people.setdefault(key, _Person(name))
        p.mentions.append(Mention(name, start, end))
        return p

    def add_title(p: _Person, idx: int) -> None:
        it = items[idx]
        used.add(idx)
        place = places.get(it.org.place_word.lower()) if it.org and it.org.place_word else None
        p.titles.append((it, _title(text, toks, it, place)))

    n = len(items)
    for idx, it in enumerate(items):
        if it.kind == "stop":
            list_titles = []
            continue
        if it.kind == "sep" and it.value == ":":
            k = idx - 1
            chain = []
            while k >= 0 and items[k].kind in ("title", "sep") and (items[k].kind == "title" or items[k].value == ","):
                if items[k].kind == "title":
                    chain.append(k)
                k -= 1
            if chain and k >= 0 and items[k].kind in ("hon", "other") or chain and k < 0:
                list_titles = chain[::-1]
            continue
        if it.kind != "name":
            continue
        p = person_at(idx)
        # before the name: [HON] TITLE (, TITLE)* [RANK] [HON]
        k = idx - 1
        while k >= 0 and items[k].j == items[k + 1].i and items[k].kind in ("rank", "hon", "title", "sep"):
            b = items[k]
            if b.kind == "rank":
                p.ranks.append(b.value)
            elif b.kind == "hon":
                p.honorific = p.honorific or (b.value.lower() or None)
            elif b.kind == "title":
                if k in used:
                    break
                add_title(p, k)
            elif b.value != "," or k == 0 or items[k - 1].kind != "title" or k - 1 in used:
                break
            k -= 1
        for t in list_titles:
            add_title(p, t)
        chain = _post_titles(items, idx)
        if not chain and idx + 2 < n and items[idx + 1].kind == "sep" and items[idx + 1].value == "và" \
                and items[idx + 2].kind == "name" and not any(items[k].kind == "title" for k in range(max(0, idx - 1), idx)):
            chain = _post_titles(items, idx + 2)  # "A và B nguyên Phó Chủ tịch …": the post is both's
        for k in chain:
            add_title(p, k)
        # a promotion in the same clause: "được thăng cấp bậc hàm từ Đại tá lên Thiếu tướng"
        k = idx + 1
        while k < n and items[k].kind not in ("stop", "name") and not (items[k].kind == "sep" and items[k].value == ";"):
            if items[k].kind == "promo" and k + 1 < n and items[k + 1].kind == "rank":
                p.promoted = items[k + 1].value
            k += 1

    _merge_short_names(people)
    officials = [p for p in people.values() if p.titles or p.ranks or p.promoted]
    firsts = {id(p): min(p.mentions, key=lambda m: m.start) for p in officials}  # by name, not by role
    _link_mentions(text, toks, items, officials, used)
    out = []
    for p in officials:
        first = firsts[id(p)]
        titles = _unique_titles([t for _, t in p.titles])
        rank = p.promoted or (p.ranks[-1] if p.ranks else None)
        out.append(Official(p.name, first.text, first.start, first.end, rank, p.honorific, titles,
                            tuple(sorted(set(p.mentions), key=lambda m: m.start))))
    return sorted(out, key=lambda o: o.start)


def _post_titles(items: list[Item], idx: int) -> list[int]:
    """Titles written after the name at ``idx``: (- | , | ( | linker)? TITLE ((, | - | kiêm) TITLE)*."""
    former = lexicon().former
    n = len(items)
    k = idx + 1
    if k >= n:
        return []
    first = items[k]
    if first.kind in ("sep", "link") and (first.value in {"-", "–", ",", "("} or first.kind == "link"):
        k += 1
    elif not (first.kind == "title" and first.i == items[idx].j):
        return []
    while k < n and (items[k].kind == "link" or items[k].kind == "hon" and not items[k].value) \
            and (items[k].value in former or items[k].kind == "hon"):
        k += 1
    out = []
    while k < n and items[k].kind == "title":
        nxt = items[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.i == items[k].j and nxt.kind in ("name", "rank"):
            break  # "…, Chủ tịch UBND tỉnh Nguyễn Văn A": the title is A's
        out.append(k)
        if nxt is not None and nxt.kind == "sep" and nxt.value in (",", "-", "–", "kiêm"):
            k += 2
            while k < n and (items[k].kind == "link" and items[k].value != "là" or items[k].kind == "aside"):
                k += 1
                if k < n and items[k].kind == "sep" and items[k].value == "," and items[k - 1].kind == "aside":
                    k += 1
        elif nxt is not None and nxt.kind == "link" and nxt.value == "kiêm":
            k += 2
        else:
            k = _resume(items, k + 1)
            if k is None:
                break
    return out


def _resume(items: list[Item], k: int) -> int | None:
    """Where the posts go on after a break: "…, nhiệm kỳ 2014-2019, chỉ định giữ chức TITLE"."""
    n = len(items)
    if k < n and items[k].kind == "sep" and items[k].value == "," and k + 1 < n and items[k + 1].kind == "aside":
        k += 2
    if k < n and items[k].kind == "sep" and items[k].value == ",":
        k += 1
    if k < n and items[k].kind == "other" and items[k].j - items[k].i <= 4:
        k += 1
    if k + 1 < n and items[k].kind == "link" and items[k].value not in ("là", "kiêm") \
            and items[k + 1].kind == "title":
        return k + 1
    return None


def _unique_titles(titles: list[Title]) -> tuple[Title, ...]:
    """One title per post and body; a bare post is dropped when the same post has a body."""
    seen: dict[str, Title] = {}
    for t in titles:
        seen.setdefault(" ".join(t.title.lower().split()), t)
    kept = list(seen.values())
    with_body = {" ".join(t.position.lower().split()) for t in kept if t.organisation}
    return tuple(t for t in kept if t.organisation or " ".join(t.position.lower().split()) not in with_body)


def _merge_short_names(people: dict[str, _Person]) -> None:
    """Fold a name into a longer one it ends ("Kim Ngân" into "Nguyễn Thị Kim Ngân")."""
    keys = sorted(people, key=lambda k: len(k.split()))
    for key in keys:
        longer = [k for k in people if k != key and len(k.split()) > len(key.split())
                  and k.endswith(" " + key)]
        if len(longer) == 1:
            target, src = people[longer[0]], people.pop(key)
            target.mentions += src.mentions
            target.titles += src.titles
            target.ranks += src.ranks
            target.promoted = target.promoted or src.promoted
            target.honorific = target.honorific or src.honorific
    # the most frequent spelling names the person ("Nguyễn Văn Thanh", once "Nguyên Văn Thanh")
    for p in people.values():
        p.name = Counter(m.text for m in p.mentions).most_common(1)[0][0]


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
        elif it.kind == "title" and idx not in used and it.org is not None:
            w, s, e = _span(text, toks, it.i, it.j)
            cands = by_title.get(w.lower(), [])
            if len(cands) == 1:
                cands[0].mentions.append(Mention(w, s, e))
