"""Officials across a corpus: one person, one id, the posts they held over time.

:func:`link_officials` reads analysed articles (each :class:`~vngovnlp.types.Article` names its
officials, their titles and the awards they gave) and links the sightings of one person across
articles into a :class:`Person` with a stable id, the written forms of the name, a post history,
ranks over time, the awards they gave and the evidence of every merge.

The linking rule
----------------
Two sightings (an official of one article) are the same person when

1. their names are the same **full name** after normalisation (NFC, canonical tone placement,
   lower case: "Nguyễn Văn Thanh" ≠ "Nguyễn Văn Thành"); a short name ("đồng chí Hải", or a
   name without a family name) is linked only inside its article, which the extractor does; and
2. they hold **compatible posts**: posts with the same *anchor* (:mod:`vngovnlp._link_posts`):

   * the same province on one career ladder of ``data/ladders.yaml``: Phó Chủ tịch → Chủ tịch
     UBND tỉnh X, Phó Bí thư → Bí thư Tỉnh ủy X, Chủ tịch UBND → Bí thư of the same province;
   * the same national ladder (Ủy viên Trung ương → Ủy viên Bộ Chính trị; Phó Thủ tướng →
     Thủ tướng);
   * the same body, when the body names one body (``Sở Y tế Hà Nội``, ``Bộ Tài chính``,
     ``Quân khu 1``; not ``Sở Y tế`` or ``Công ty CP``, which every province has);

   or posts written together for one person in one article (its posts join their anchors).

A sighting whose posts have no anchor (a bare ``Giám đốc``, ``Sở Y tế`` without its place)
stays a person of its own article, except a ladder post whose province is not written
("Bí thư Thành ủy"): it joins the one person of that name on that ladder, when there is exactly
one. Namesakes in different provinces or bodies therefore stay apart. Ranks never decide a
merge: a rank change (Đại tá → Thiếu tướng) keeps the id.

Every merge keeps its evidence: the article, the titles as written, the article they matched and
the rule (:attr:`Person.merges`). The id is a hash of the normalised name and the person's
smallest anchor: the same input gives the same ids, whatever its order or partitioning.

One pass
--------
:class:`Linker` holds what is known per person (posts, dates, article ids), never the articles:
``add`` one article at a time, ``combine`` two partial linkers (a Dask reduction,
:func:`link_dask`), ``result`` the :class:`People`.

Examples
--------
>>> from vngovnlp import analyze
>>> a = analyze("Ngày 5/1/2019, Phó Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải dự họp.", id="a")
>>> b = analyze("Ngày 9/8/2020, Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải trao Bằng khen cho 8 tập thể.", id="b")
>>> people = link_officials([a, b])
>>> [(p.name, [post.title for post in p.posts]) for p in people]
[('Lý Thái Hải', ['Phó Chủ tịch UBND tỉnh Bắc Kạn', 'Chủ tịch UBND tỉnh Bắc Kạn'])]
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ._link_posts import Post, canon, normalise_post, with_province
from .names import surnames

__all__ = ["GivenAward", "Linker", "Merge", "People", "Person", "PostSpan", "RankSpan",
           "link_dask", "link_officials"]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- results -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PostSpan:
    """One post a person held: as written, its organisation resolved, when and where seen."""

    title: str
    position: str
    organisation: str | None
    province: str | None
    first_date: str | None
    last_date: str | None
    n_articles: int
    article_ids: tuple[str, ...]
    former: bool = False


@dataclass(frozen=True)
class RankSpan:
    """A military or police rank and the articles that give it."""

    rank: str
    first_date: str | None
    last_date: str | None
    n_articles: int


@dataclass(frozen=True)
class GivenAward:
    """An award conferred in the person's name (``Award.giver_official``)."""

    article_id: str
    award: str
    level: str | None
    giver: str | None
    collectives: int
    individuals: int


@dataclass(frozen=True)
class Merge:
    """Why a sighting joined a person: the rule, the article and titles on both sides."""

    article_id: str
    titles: tuple[str, ...]
    with_article_id: str
    with_title: str
    rule: str
    anchor: str


@dataclass(frozen=True)
class Person:
    """One person across the corpus.

    ``id`` is stable (see the module docstring); ``names`` the written forms of the name;
    ``posts`` in order of first date (then rung on the ladder); ``linked`` is False for a
    person known only from one article's short or unanchored sighting.
    """

    id: str
    name: str
    names: tuple[str, ...]
    posts: tuple[PostSpan, ...]
    ranks: tuple[RankSpan, ...]
    awards: tuple[GivenAward, ...]
    article_ids: tuple[str, ...]
    merges: tuple[Merge, ...]
    first_date: str | None
    last_date: str | None
    linked: bool

    @property
    def n_articles(self) -> int:
        return len(self.article_ids)


# --- the state kept per person ------------------------------------------------------------------

@dataclass
class _PostAcc:
    title: str
    post: Post
    first: str | None = None
    last: str | None = None
    ids: dict[str, None] = field(default_factory=dict)  # article ids, in order of first sight


@dataclass
class _Cluster:
    key: str
    forms: Counter = field(default_factory=Counter)
    anchors: set[str] = field(default_factory=set)
    hints: set[str] = field(default_factory=set)
    posts: dict[tuple, _PostAcc] = field(default_factory=dict)
    ranks: dict[str, list] = field(default_factory=dict)   # rank → [first, last, n]
    awards: list[GivenAward] = field(default_factory=list)
    ids: dict[str, str | None] = field(default_factory=dict)  # article id → its date
    merges: list[Merge] = field(default_factory=list)
    local: str | None = None  # the article of a person that links within it only

    def absorb(self, other: _Cluster) -> None:
        self.forms.update(other.forms)
        self.anchors |= other.anchors
        self.hints |= other.hints
        for k, acc in other.posts.items():
            mine = self.posts.get(k)
            if mine is None:
                self.posts[k] = acc
            else:
                mine.first, mine.last = _min(mine.first, acc.first), _max(mine.last, acc.last)
                mine.ids.update(acc.ids)
        for r, (f, la, n) in other.ranks.items():
            mine = self.ranks.setdefault(r, [f, la, 0])
            mine[0], mine[1], mine[2] = _min(mine[0], f), _max(mine[1], la), mine[2] + n
        self.awards += other.awards
        self.ids.update(other.ids)
        self.merges += other.merges


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


@dataclass(frozen=True)
class _Sighting:
    """One official of one article, as the linker needs it."""

    article_id: str
    date: str | None
    name: str
    rank: str | None
    titles: tuple[tuple[str, str, str | None], ...]  # (title as written, position, organisation)


def _is_full_name(key: str) -> bool:
    """A name that may link across articles: a family name and a given name, or three syllables."""
    words = key.split()
    if len(words) >= 3:
        return True
    return len(words) == 2 and words[0] in _surname_keys()


def _surname_keys() -> frozenset[str]:
    global _SURNAMES
    if _SURNAMES is None:
        _SURNAMES = frozenset(canon(s) for s in surnames())
    return _SURNAMES


_SURNAMES: frozenset[str] | None = None


def _person_id(key: str, anchor: str) -> str:
    return "p" + hashlib.blake2b(f"{key}|{anchor}".encode(), digest_size=6).hexdigest()


# --- the linker ---------------------------------------------------------------------------------

class Linker:
    """Link officials one article at a time; memory grows with people, not with articles.

    Examples
    --------
    >>> from vngovnlp import analyze
    >>> linker = Linker()
    >>> linker.add(analyze("Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh dự lễ.", id="x"))
    >>> len(linker.result())
    1
    """

    def __init__(self) -> None:
        self._by_anchor: dict[tuple[str, str], _Cluster] = {}
        self._pending: list[_Cluster] = []   # sightings without an anchor, attached at the end
        self.n_articles = 0
        self.n_sightings = 0

    # one article
    def add(self, article) -> None:
        """Add one analysed article (an :class:`~vngovnlp.types.Article` or its ``to_dict()``)."""
        self.add_sightings(*_facts(article, self.n_articles))

    def add_sightings(self, sightings: list[_Sighting], awards: list[tuple]) -> None:
        self.n_articles += 1
        by_name: dict[str, _Cluster] = {}
        for s in sightings:
            self.n_sightings += 1
            cluster = self._sighting(s)
            by_name[canon(s.name)] = cluster
        for giver, award in awards:
            cluster = by_name.get(canon(giver))
            if cluster is not None:
                cluster.awards.append(award)

    def _sighting(self, s: _Sighting) -> _Cluster:
        key = canon(s.name)
        posts = _posts(s)
        c = _Cluster(key)
        c.forms[s.name] += 1
        c.ids[s.article_id] = s.date
        for title, post in posts:
            c.posts.setdefault(_post_key(post, title), _PostAcc(title, post, s.date, s.date, {s.article_id: None}))
        if s.rank:
            c.ranks[s.rank] = [s.date, s.date, 1]
        anchors = {p.anchor for _, p in posts if p.anchor}
        if not _is_full_name(key) or not anchors:
            c.hints = {p.hint for _, p in posts if p.hint} if _is_full_name(key) else set()
            c.local = s.article_id
            self._pending.append(c)
            return c
        c.anchors = anchors
        return self._join(c, [t for t, _ in posts], s.article_id)

    def _join(self, c: _Cluster, titles: list[str], article_id: str) -> _Cluster:
        """Put cluster ``c`` in the index, merging every cluster that shares one of its anchors."""
        found: list[tuple[str, _Cluster]] = []
        for a in sorted(c.anchors):
            other = self._by_anchor.get((c.key, a))
            if other is not None and all(other is not f for _, f in found):
                found.append((a, other))
        for k, (anchor, other) in enumerate(found):
            c.merges.append(_evidence(c, other, anchor, titles, article_id, k > 0))
            c.absorb(other)
        for a in c.anchors:
            self._by_anchor[(c.key, a)] = c
        return c

    # partial linkers
    def combine(self, other: Linker) -> Linker:
        """Fold ``other`` (a linker of other articles) into this one; returns ``self``."""
        for c in other._clusters():
            self._join(c, [acc.title for acc in c.posts.values()], min(c.ids))
        self._pending += other._pending
        self.n_articles += other.n_articles
        self.n_sightings += other.n_sightings
        return self

    def _clusters(self) -> list[_Cluster]:
        seen: dict[int, _Cluster] = {}
        for c in self._by_anchor.values():
            seen.setdefault(id(c), c)
        return list(seen.values())

    def result(self) -> People:
        """The people linked so far (the linker can go on adding articles)."""
        clusters = self._clusters()
        by_hint: dict[tuple[str, str], list[_Cluster]] = {}
        for c in clusters:
            for acc in c.posts.values():
                if acc.post.ladder:
                    lst = by_hint.setdefault((c.key, acc.post.ladder), [])
                    if c not in lst:
                        lst.append(c)
        attached: dict[int, list[_Cluster]] = {}
        alone = []
        for p in self._pending:
            cands = {id(c): c for h in sorted(p.hints) for c in by_hint.get((p.key, h), [])}
            if len(cands) == 1:
                attached.setdefault(next(iter(cands)), []).append(p)
            else:
                alone.append(p)
        out = [_person(c, attached.get(id(c), [])) for c in clusters] + [_person(p, []) for p in alone]
        out.sort(key=lambda p: (-p.n_articles, p.name, p.id))
        return People(out, n_articles=self.n_articles, n_sightings=self.n_sightings)


def _posts(s: _Sighting) -> list[tuple[str, Post]]:
    posts = [(title, normalise_post(position, org)) for title, position, org in s.titles]
    provinces = {p.province for _, p in posts if p.ladder and p.anchor and "|" in p.anchor}
    if len(provinces) == 1:  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Kạn": one province
        (prov,) = provinces
        posts = [(t, with_province(p, prov) if p.hint else p) for t, p in posts]
    return posts


def _post_key(post: Post, title: str) -> tuple:
    return (post.position, post.sig or canon(title))


def _evidence(c: _Cluster, other: _Cluster, anchor: str, titles: list[str], article_id: str,
              bridge: bool) -> Merge:
    mine = [acc for acc in c.posts.values() if acc.post.anchor == anchor]
    theirs = sorted((acc for acc in other.posts.values() if acc.post.anchor == anchor),
                    key=lambda acc: (acc.first or "", next(iter(acc.ids))))
    with_acc = theirs[0] if theirs else next(iter(other.posts.values()))
    a, b = (mine[0].post if mine else with_acc.post), with_acc.post
    if a.position == b.position:
        rule = "same post"
    elif anchor.startswith("body|"):
        rule = "same body"
    else:
        lo, hi = sorted((a, b), key=lambda p: p.seniority)
        rule = f"ladder: {lo.position} → {hi.position}"
    if bridge:
        rule += " (a second person, joined by posts written together)"
    return Merge(article_id, tuple(titles), next(iter(with_acc.ids)), with_acc.title, rule, anchor)


def _attach(c: _Cluster, p: _Cluster) -> None:
    """Fold a sighting whose ladder post has no province into the one person on that ladder."""
    hint = sorted(h for h in p.hints if any(a.post.ladder == h for a in c.posts.values()))[0]
    provinces = {a.post.province for a in c.posts.values() if a.post.ladder == hint and a.post.province}
    with_acc = min((a for a in c.posts.values() if a.post.ladder == hint), key=lambda a: next(iter(a.ids)))
    c.merges.append(Merge(p.local, tuple(a.title for a in p.posts.values()), next(iter(with_acc.ids)),
                          with_acc.title, f"ladder post, province unwritten: {hint}", hint))
    if len(provinces) == 1:  # the post is the one the person holds in that province
        (prov,) = provinces
        posts = {}
        for acc in p.posts.values():
            if acc.post.hint == hint:
                acc.post = with_province(acc.post, prov)
            posts[_post_key(acc.post, acc.title)] = acc
        p.posts = posts
    c.absorb(p)


def _person(c: _Cluster, attached: list[_Cluster]) -> Person:
    for p in attached:
        _attach(c, p)
    if c.local is not None and not c.anchors:
        pid, linked = _person_id(c.key, f"article:{c.local}"), False
    else:
        pid, linked = _person_id(c.key, min(c.anchors)), True
    posts = sorted(c.posts.values(), key=lambda a: (a.first or "9999", a.post.seniority, next(iter(a.ids))))
    dates = [d for d in c.ids.values() if d]
    return Person(
        id=pid, name=c.forms.most_common(1)[0][0], names=tuple(sorted(c.forms)),
        posts=tuple(PostSpan(a.title, a.post.position, a.post.body, a.post.province, a.first,
                             a.last, len(a.ids), tuple(a.ids), a.post.former) for a in posts),
        ranks=tuple(RankSpan(r, f, la, n) for r, (f, la, n) in
                    sorted(c.ranks.items(), key=lambda kv: (kv[1][0] or "9999", kv[0]))),
        awards=tuple(c.awards), article_ids=tuple(sorted(c.ids)), merges=tuple(c.merges),
        first_date=min(dates, default=None), last_date=max(dates, default=None), linked=linked,
    )


# --- inputs -------------------------------------------------------------------------------------

def _get(obj, name: str, default=None):
    return obj.get(name, default) if isinstance(obj, Mapping) else getattr(obj, name, default)


def article_date(article) -> str | None:
    """The article's date: published, else its reference date, else the latest full date it states.

    >>> article_date({"meta": {"published": "2020-03-04T08:00:00"}, "dates": []})
    '2020-03-04'
    >>> article_date({"meta": {}, "dates": [{"value": "2019-09-26"}, {"value": "XXXX-10-01"}]})
    '2019-09-26'
    """
    meta = _get(article, "meta") or {}
    for value in (_get(meta, "published"), _get(article, "reference_date")):
        if value and _DAY.match(str(value)[:10]):
            return str(value)[:10]
    days = [str(_get(d, "value")) for d in _get(article, "dates") or () if _DAY.match(str(_get(d, "value")))]
    return max(days, default=None)


def _facts(article, position: int) -> tuple[list[_Sighting], list[tuple]]:
    aid = _get(article, "id")
    aid = str(aid) if aid is not None else f"#{position}"
    date = article_date(article)
    sightings = []
    for o in _get(article, "officials") or ():
        titles = tuple((_get(t, "title"), _get(t, "position"),
                        _get(t, "resolved_organisation") or _get(t, "organisation"))
                       for t in _get(o, "titles") or ())
        sightings.append(_Sighting(aid, date, _get(o, "name"), _get(o, "rank"), titles))
    awards = [(_get(a, "giver_official"),
               GivenAward(aid, _get(a, "award"), _get(a, "level"), _get(a, "giver"),
                          int(_get(a, "collectives") or 0), int(_get(a, "individuals") or 0)))
              for a in _get(article, "awards") or () if _get(a, "giver_official")]
    return sightings, awards


def _from_tables(officials, awards=None, articles=None) -> Iterator[tuple[list[_Sighting], list[tuple]]]:
    """Per-article facts from the ``officials``/``awards``/``articles`` tables of analyze_batch."""
    dates: dict[str, str | None] = {}
    if articles is not None:
        for rec in articles.to_dict("records"):
            value = rec.get("published") or rec.get("reference_date")
            dates[str(rec.get("id") if rec.get("id") is not None else rec.get("row"))] = \
                str(value)[:10] if isinstance(value, str) and _DAY.match(value[:10]) else None
    given: dict[str, list[tuple]] = {}
    if awards is not None:
        for rec in awards.to_dict("records"):
            if _present(rec.get("giver_official")):
                aid = _article_key(rec)
                given.setdefault(aid, []).append((rec["giver_official"], GivenAward(
                    aid, rec["award"], _none(rec.get("level")), _none(rec.get("giver")),
                    int(rec.get("collectives") or 0), int(rec.get("individuals") or 0))))
    people: dict[str, dict[str, list]] = {}
    for rec in officials.to_dict("records"):
        aid = _article_key(rec)
        people.setdefault(aid, {}).setdefault(rec["name"], []).append(rec)
    for aid, names in people.items():
        out = []
        for name, recs in names.items():
            titles = tuple((r["title"], r["position"], _none(r.get("resolved_organisation")) or _none(r.get("organisation")))
                           for r in recs if _present(r.get("title")))
            rank = next((r["rank"] for r in recs if _present(r.get("rank"))), None)
            out.append(_Sighting(aid, dates.get(aid), name, rank, titles))
        yield out, given.get(aid, [])


def _present(v) -> bool:
    if v is None:
        return False
    try:
        import pandas as pd

        if pd.isna(v):
            return False
    except (TypeError, ValueError):  # not a scalar
        pass
    return str(v) != ""


def _none(v):
    return v if _present(v) else None


def _article_key(rec: dict) -> str:
    v = rec.get("article_id")
    return str(v) if _present(v) else f"#{rec.get('row')}"


def _is_frame(obj) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "to_dict")


def link_officials(articles, *, awards=None, tables=None) -> People:
    """Link the officials of many articles into people, with their posts over time.

    Parameters
    ----------
    articles : iterable of Article (or their ``to_dict()``), BatchResult, or DataFrame
        The analysed articles, read once, in one pass (a generator is fine). A pandas
        ``officials`` table of :func:`vngovnlp.analyze_batch` works too; pass its ``awards``
        table as ``awards`` and its ``articles`` table as ``tables`` for the givers and dates.
    awards, tables : DataFrame, optional
        Only with an ``officials`` table: the ``awards`` and ``articles`` tables.

    Returns
    -------
    People
        One :class:`Person` per person, most-mentioned first; ``.people`` and ``.posts`` are
        pandas tables.

    Raises
    ------
    TypeError
        When ``articles`` is a ``str`` or not iterable.

    Examples
    --------
    Namesakes of two provinces stay apart:

    >>> from vngovnlp import analyze
    >>> a = analyze("Chủ tịch UBND tỉnh Cao Bằng Nguyễn Văn Hùng dự lễ.", id="a")
    >>> b = analyze("Giám đốc Sở Y tế tỉnh Lạng Sơn Nguyễn Văn Hùng phát biểu.", id="b")
    >>> len(link_officials([a, b]))
    2
    """
    linker = Linker()
    if _is_frame(articles):
        for sightings, given in _from_tables(articles, awards, tables):
            linker.add_sightings(sightings, given)
        return linker.result()
    if isinstance(articles, Mapping) and "officials" in articles:
        return link_officials(articles["officials"], awards=articles.get("awards"), tables=articles.get("articles"))
    if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable) and not hasattr(articles, "results"):
        raise TypeError("The 'articles' parameter of link_officials must be an iterable of Article. "
                        f"Got {articles!r:.80} instead.")
    for art in getattr(articles, "results", articles):
        if art is not None:
            linker.add(art)
    return linker.result()


# --- Dask ---------------------------------------------------------------------------------------

def _partial(part, text_column: str, id_column: str) -> Linker:
    linker = Linker()
    if _is_frame(part) and text_column in part.columns:
        from .batch import analyze_batch

        part = analyze_batch(part, n_jobs=1, progress=False, text_column=text_column,
                             id_column=id_column).results
    for art in part:
        if art is not None:
            linker.add(art)
    return linker


def _combine(a: Linker, b: Linker) -> Linker:
    return a.combine(b)


def link_dask(collection, text_column: str = "text", id_column: str = "id", *, compute: bool = True):
    """Link officials over a Dask collection, partition by partition, then a tree reduction.

    Parameters
    ----------
    collection : dask.dataframe.DataFrame or dask.bag.Bag
        A DataFrame of texts (each partition is analysed where it lives) or a Bag of analysed
        articles (Article or ``to_dict()``).

    Returns
    -------
    People
        Or a ``dask.delayed`` object of it when ``compute=False``.
    """
    import dask

    parts = [dask.delayed(_partial)(p, text_column, id_column) for p in collection.to_delayed()]
    while len(parts) > 1:
        parts = [dask.delayed(_combine)(parts[i], parts[i + 1]) if i + 1 < len(parts) else parts[i]
                 for i in range(0, len(parts), 2)]
    out = dask.delayed(Linker.result)(parts[0]) if parts else dask.delayed(Linker().result)()
    return out.compute() if compute else out


# --- the result ---------------------------------------------------------------------------------

#: Columns of the pandas tables of :class:`People`.
PEOPLE_COLUMNS = ("person_id", "name", "names", "n_articles", "first_date", "last_date",
                  "title", "organisation", "province", "rank", "n_posts", "n_awards_given",
                  "n_merges", "linked", "article_ids")
POSTS_COLUMNS = ("person_id", "name", "order", "title", "position", "organisation", "province",
                 "first_date", "last_date", "n_articles", "article_ids", "former")


class People:
    """The people of a corpus: a sequence of :class:`Person` with pandas views.

    Attributes
    ----------
    people : DataFrame
        One row per person (``PEOPLE_COLUMNS``); ``title`` is the latest post.
    posts : DataFrame
        One row per post of each person, in order (``POSTS_COLUMNS``).
    ranks, awards, merges : DataFrame
        Ranks over time, awards given, and the evidence of every merge.
    """

    def __init__(self, persons: list[Person], *, n_articles: int = 0, n_sightings: int = 0):
        self.persons = persons
        self.n_articles = n_articles
        self.n_sightings = n_sightings
        self._by_id = {p.id: p for p in persons}

    def __len__(self) -> int:
        return len(self.persons)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.persons)

    def __getitem__(self, key) -> Person:
        return self._by_id[key] if isinstance(key, str) else self.persons[key]

    def __repr__(self) -> str:
        return f"<People: {len(self)} people from {self.n_articles} articles, {self.n_merges} merges>"

    @property
    def n_merges(self) -> int:
        return sum(len(p.merges) for p in self.persons)

    def find(self, name: str) -> list[Person]:
        """The people written ``name`` (any written form, case and tone placement ignored)."""
        key = canon(name)
        return [p for p in self.persons if key in {canon(n) for n in p.names}]

    def _frame(self, columns, rows):
        import pandas as pd

        return pd.DataFrame(rows, columns=list(columns))

    @property
    def people(self):
        rows = []
        for p in self.persons:
            last = max(p.posts, key=lambda s: (s.last_date or "", s.first_date or ""), default=None) \
                if any(s.last_date for s in p.posts) else (p.posts[-1] if p.posts else None)
            rows.append((p.id, p.name, "; ".join(p.names), p.n_articles, p.first_date, p.last_date,
                         last and last.title, last and last.organisation, last and last.province,
                         p.ranks[-1].rank if p.ranks else None, len(p.posts), len(p.awards),
                         len(p.merges), p.linked, "; ".join(p.article_ids)))
        return self._frame(PEOPLE_COLUMNS, rows)

    @property
    def posts(self):
        rows = [(p.id, p.name, k, s.title, s.position, s.organisation, s.province, s.first_date,
                 s.last_date, s.n_articles, "; ".join(s.article_ids), s.former)
                for p in self.persons for k, s in enumerate(p.posts)]
        return self._frame(POSTS_COLUMNS, rows)

    @property
    def ranks(self):
        rows = [(p.id, p.name, r.rank, r.first_date, r.last_date, r.n_articles)
                for p in self.persons for r in p.ranks]
        return self._frame(("person_id", "name", "rank", "first_date", "last_date", "n_articles"), rows)

    @property
    def awards(self):
        rows = [(p.id, p.name, a.article_id, a.award, a.level, a.giver, a.collectives, a.individuals)
                for p in self.persons for a in p.awards]
        return self._frame(("person_id", "name", "article_id", "award", "level", "giver",
                            "collectives", "individuals"), rows)

    @property
    def merges(self):
        rows = [(p.id, p.name, m.article_id, "; ".join(m.titles), m.with_article_id, m.with_title,
                 m.rule, m.anchor) for p in self.persons for m in p.merges]
        return self._frame(("person_id", "name", "article_id", "titles", "with_article_id",
                            "with_title", "rule", "anchor"), rows)
