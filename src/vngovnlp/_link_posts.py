"""Posts normalised for linking: canonical position and body, province, ladder and anchor.

A post's *anchor* is the key on which two sightings of one name are the same person:

* ``"<ladder>|<province>"`` for a post of a province-scoped ladder held in a known province
  (``Phó Chủ tịch UBND tỉnh Bắc Kạn`` and ``Bí thư Tỉnh ủy Bắc Kạn`` share
  ``provincial leadership|Bắc Kạn``);
* ``"<ladder>"`` for a post of a national ladder (``Ủy viên Bộ Chính trị``, ``Thủ tướng``);
* ``"body|<canonical body>"`` for any other post of a body that names one body only
  (``Sở Y tế Hà Nội``, ``Bộ Giáo dục và Đào tạo``, ``Quân khu 1``; not ``Sở Y tế``, ``Công ty CP``);
* none for a bare post (``Giám đốc``) or a body without its place: such a post never links on
  its own. A province-ladder post without its province keeps the ladder as a *hint*.

The words (ladders, position spellings, local heads) are data: ``data/ladders.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .lexicon import load
from .normalize import canonical_tones

__all__ = ["Post", "canon", "ladders", "normalise_post"]


def _yaml(name: str) -> dict[str, Any]:
    return load(name)


def canon(text: str) -> str:
    """Lower case, NFC, canonical tone placement, single spaces: the matching form.

    >>> canon("Phó  Chủ tịch UBND tỉnh  Thừa Thiên Huế")
    'phó chủ tịch ubnd tỉnh thừa thiên huế'
    """
    return " ".join(canonical_tones(unicodedata.normalize("NFC", text)).lower().split())


@dataclass(frozen=True)
class _Ladder:
    name: str
    scope: str
    bodies: frozenset[str]
    posts: tuple[str, ...]
    bare_place: bool = False


@dataclass(frozen=True)
class _Lexicon:
    ladders: tuple[_Ladder, ...]
    positions: dict[str, str]
    implied: dict[str, str]
    local: tuple[str, ...]
    heads: tuple[str, ...]
    generic: re.Pattern[str]
    place_words: tuple[str, ...]
    named_place: re.Pattern[str]
    former: tuple[str, ...]
    bare_heads: dict[str, str]
    suffixes: tuple[str, ...]
    drop: re.Pattern[str]
    province_place: re.Pattern[str]
    provinces: re.Pattern[str]
    province_names: dict[str, str]


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({canon(w) for w in words if w}, key=len, reverse=True))


def _phrases(words) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(w) for w in _longest_first(words))))


@cache
def _lexicon() -> _Lexicon:
    data = _yaml("ladders.yaml")
    orgs = _yaml("organisation_heads.yaml")
    aliases = _yaml("place_aliases.yaml")["aliases"]
    names = {canon(p): str(p) for p in orgs["provinces"]}
    names.update({canon(a["alias"]): a["name"] for a in aliases})
    names.update({canon(k): v for k, v in data["province_aliases"].items()})
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    ladders = tuple(_Ladder(d["name"], d["scope"], frozenset(canon(b) for b in d["bodies"]),
                            tuple(canon(p) for p in d["posts"]), bool(d.get("bare_place")))
                    for d in data["ladders"])
    heads = [h.get("expand") or h["form"] for h in orgs["heads"]] + [h["form"] for h in orgs["heads"]]
    return _Lexicon(
        ladders=ladders,
        positions={canon(k): canon(v) for k, v in data["positions"].items()},
        implied={canon(k): v for k, v in data["implied_heads"].items()},
        local=_longest_first(data["local_heads"]),
        heads=_longest_first(heads),
        generic=_phrases(data["generic"]),
        place_words=_longest_first(data["place_words"]),
        named_place=re.compile(r"(?<!\w)(?:{}) (\w)".format("|".join(
            re.escape(w) for w in _longest_first(data["place_words"])))),
        former=_longest_first(_yaml("titles.yaml")["former"]),
        bare_heads={canon(k): v for k, v in data["bare_place_heads"].items()},
        suffixes=_longest_first(data["position_suffixes"]),
        drop=_phrases(data["drop"]),
        province_place=re.compile(r"(?<!\w)(?:(?:{}) )?(?:{})(?!\w)".format(
            "|".join(re.escape(w) for w in _longest_first(data["place_words"])), alternation)),
        provinces=re.compile(rf"(?<!\w)({alternation})(?!\w)"),
        province_names=names,
    )


def ladders() -> dict[str, tuple[str, ...]]:
    """Each ladder's posts, lowest first: ``{"provincial leadership": ("ủy viên ban thường vụ", …)}``."""
    return {lad.name: lad.posts for lad in _lexicon().ladders}


@dataclass(frozen=True)
class Post:
    """One written post, normalised.

    ``position`` and ``body_key`` are matching forms (lower case); ``body`` is the canonical
    organisation as :func:`vngovnlp.extract.organisations.find_organisations` writes it
    (abbreviations expanded), ``province`` the gazetteer name of its province. ``anchor`` is the
    linking key (None: the post does not link on its own); ``hint`` a ladder the post belongs to
    when its province is not written; ``seniority`` its rung on that ladder (-1 off ladders).
    """

    position: str
    body: str | None
    body_key: str | None
    province: str | None
    ladder: str | None
    seniority: int
    anchor: str | None
    hint: str | None
    former: bool = False
    sig: str | None = None


def _strip_prefix(text: str, words: tuple[str, ...]) -> tuple[str | None, str]:
    for w in words:
        if text == w or text.startswith(w + " "):
            return w, text[len(w):].strip(" ,")
    return None, text


def _province(body_key: str) -> str | None:
    lex = _lexicon()
    found = {lex.province_names[m.group(1)] for m in lex.provinces.finditer(body_key)}
    return found.pop() if len(found) == 1 else None


def _province_level(rest: str) -> bool:
    """Whether what follows a head is just a province ("tỉnh Bắc Kạn", "thành phố HCM", "Hà Nội")."""
    lex = _lexicon()
    _, name = _strip_prefix(rest, lex.place_words)
    return bool(name) and lex.provinces.fullmatch(name) is not None


def _distinctive(body: str, body_key: str, province: str | None) -> bool:
    """Whether the body names one body: a place, or a proper name after a national head."""
    lex = _lexicon()
    # a place word before a capitalised name or a number ("huyện Ba Bể", "quận 1"), not "Xã hội"
    if province is not None or any(m.group(1).isupper() or m.group(1).isdigit()
                                   for m in lex.named_place.finditer(body)):
        return True
    local, _ = _strip_prefix(body_key, lex.local)
    if local is not None:
        return False
    _, rest = _strip_prefix(body_key, lex.heads)
    return rest != body_key and bool(lex.generic.sub(" ", rest).strip())


@lru_cache(maxsize=1 << 14)
def _canonical_body(organisation: str) -> str:
    from .extract.organisations import find_organisations

    orgs = find_organisations(organisation)
    return orgs[0].name if orgs and orgs[0].start == 0 else organisation


def _position(position: str) -> tuple[str, bool]:
    lex = _lexicon()
    pos = canon(position)
    former, pos = _strip_prefix(pos, lex.former)
    pos = lex.positions.get(pos, pos)
    if not any(pos in lad.posts for lad in lex.ladders):
        for suffix in lex.suffixes:  # "phó thủ tướng thường trực" is a phó thủ tướng
            if pos.endswith(" " + suffix):
                pos = pos[: -len(suffix) - 1]
    return pos, former is not None


_SPLIT = re.compile(r"[\s\-–&,.()/]+")


def body_signature(body: str, body_key: str, province: str | None) -> str:
    """What identifies a body: its head, the initials (or words) of its name, its province.

    >>> body_signature("Bộ GTVT", "bộ gtvt", None) == body_signature("Bộ Giao thông vận tải", "bộ giao thông vận tải", None)
    True
    >>> body_signature("Bộ Tài chính", "bộ tài chính", None)
    'bộ|tai chinh|'
    """
    from .names import name_key

    lex = _lexicon()
    head, _ = _strip_prefix(body_key, lex.heads)
    rest = body[len(head):] if head else body
    rest = lex.province_place.sub(" ", canon(rest)) if province else canon(rest)
    original = {w.lower(): w for w in _SPLIT.split(body)}
    words = [w for w in _SPLIT.split(lex.generic.sub(" ", lex.drop.sub(" ", rest))) if w]
    initials = "".join(original.get(w, w) if original.get(w, "").isupper() and len(w) > 1 else w[0]
                       for w in words)
    initials = name_key(initials)
    sig = initials if len(initials) >= 3 else name_key(" ".join(words))
    return f"{head or ''}|{sig}|{province or ''}"


def _body(pos: str, organisation: str | None) -> str | None:
    if not organisation:
        return None
    lex = _lexicon()
    head = lex.implied.get(pos)
    if head and not canon(organisation).startswith(canon(head)):
        organisation = f"{head} {organisation}"
    body = _canonical_body(organisation)
    bare = lex.bare_heads.get(pos)
    if bare and _strip_prefix(canon(body), lex.place_words)[0] is not None:
        body = f"{bare} {body}"  # "Chủ tịch xã Bát Tràng" is the Chủ tịch UBND xã Bát Tràng
    return body


def _on_ladder(pos: str, body_key: str | None) -> tuple[_Ladder, str] | None:
    """The ladder holding this post and what follows the ladder's head in the body."""
    lex = _lexicon()
    for lad in lex.ladders:
        if pos not in lad.posts:
            continue
        if lad.bare_place and body_key and _province_level(body_key):
            return lad, body_key
        if body_key is None:
            if "" in lad.bodies:
                return lad, ""
            continue
        for head in sorted(lad.bodies, key=len, reverse=True):
            if head and (body_key == head or body_key.startswith(head + " ")):
                return lad, body_key[len(head):].strip(" ,")
    return None


@lru_cache(maxsize=1 << 15)
def normalise_post(position: str, organisation: str | None) -> Post:
    """Normalise one post (``organisation``: the resolved organisation when there is one).

    Examples
    --------
    >>> p = normalise_post("Phó Chủ tịch", "UBND tỉnh Bắc Kạn")
    >>> p.body, p.province, p.anchor
    ('Ủy ban nhân dân tỉnh Bắc Kạn', 'Bắc Kạn', 'provincial leadership|Bắc Kạn')
    >>> normalise_post("Giám đốc", "Sở Y tế").anchor is None
    True
    """
    pos, former = _position(position)
    body = _body(pos, organisation)
    key = canon(body) if body else None
    province = _province(key) if key else None
    hit = _on_ladder(pos, key)
    ladder, rank, anchor, hint = None, -1, None, None
    if hit is not None:
        lad, rest = hit
        if lad.scope == "nation":
            ladder, anchor = lad.name, lad.name
        elif not rest:
            ladder, hint = lad.name, lad.name
        elif _province_level(rest):
            ladder, anchor = lad.name, f"{lad.name}|{province}"
        if ladder is not None:
            rank = lad.posts.index(pos)
    sig = body_signature(body, key, province) if body and key else None
    if ladder is None and sig and _distinctive(body, key, province):
        anchor = f"body|{sig}"
    return Post(pos, body, key, province, ladder, rank, anchor, hint, former, sig)


def with_province(post: Post, province: str) -> Post:
    """A province-ladder post whose province is written on another post of the same sighting."""
    from dataclasses import replace

    sig = body_signature(post.body, post.body_key, province) if post.body and post.body_key else None
    return replace(post, province=province, anchor=f"{post.ladder}|{province}", hint=None, sig=sig)
