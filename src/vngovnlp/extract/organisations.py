"""Organisations: state, party, armed forces, police, mass bodies, courts, enterprises, foreign.

An organisation is read from a head word of ``data/organisation_heads.yaml`` ("UBND", "Sở",
"Quân khu", "Công ty"…), the proper name after it and an optional place ("tỉnh Bắc Kạn").
Mentions with the same canonical name (abbreviations expanded: "UBND tỉnh" = "Ủy ban nhân dân
tỉnh") are merged into one :class:`~vngovnlp.types.Organisation`.
"""
from __future__ import annotations

from ..types import Mention, Organisation
from ._officials_lexicon import Tok, lexicon
from ._officials_lexicon import tokens as _tokens
from ._officials_orgs import parse_org

__all__ = ["find_organisations"]


def _key(name: str) -> str:
    return " ".join(name.lower().replace(",", " ").split())


def find_organisations(text: str, *, tokens: list[Tok] | None = None) -> list[Organisation]:
    """Named organisations in ``text``, one per canonical name, in order of first mention.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).
    tokens : list of Tok, optional
        ``_officials_lexicon.tokens(text)``, when the caller has computed it already.

    Returns
    -------
    list of Organisation
        ``name`` canonical, ``mentions`` every surface occurrence, ``aliases`` the distinct
        surface forms.

    Examples
    --------
    >>> orgs = find_organisations("UBND tỉnh phối hợp với Ủy ban nhân dân tỉnh và Quân khu 1.")
    >>> [(o.name, o.kind, o.aliases) for o in orgs]
    [('Ủy ban nhân dân tỉnh', 'state', ('UBND tỉnh', 'Ủy ban nhân dân tỉnh')), ('Quân khu 1', 'military', ('Quân khu 1',))]
    """
    if not text.strip():
        return []
    toks = _tokens(text) if tokens is None else tokens
    groups: dict[str, list] = {}
    lex = lexicon()
    firsts, lower = lex.heads.firsts, lex.lower_heads_firsts
    i = 0
    while i < len(toks):
        if toks[i].low not in firsts or not toks[i].cap and toks[i].low not in lower:
            i += 1
            continue
        span = parse_org(toks, i)
        if span is None:
            i += 1
            continue
        for part in _with_inner(toks, span):
            start, end = toks[part.i].start, toks[part.j - 1].end
            groups.setdefault(_key(part.name), []).append((part, Mention(text[start:end], start, end)))
        i = span.j
    out = []
    for items in groups.values():
        span, first = items[0]
        mentions = tuple(m for _, m in items)
        aliases = tuple(dict.fromkeys(m.text for m in mentions))
        out.append(Organisation(span.name, span.kind, first.text, first.start, first.end, mentions, aliases))
    return out


def _with_inner(toks, span) -> list:
    """The span and the bodies named inside it ("Tỉnh ủy Quảng Trị" in "Ban Thường vụ Tỉnh ủy
    Quảng Trị")."""
    parts = [span]
    k = span.i + 1
    while k < span.j:
        inner = parse_org(toks, k)
        if inner is not None and inner.j <= span.j and toks[k].cap:
            parts.append(inner)
            k = inner.j
        else:
            k += 1
    return parts
