"""Agencies named in photo credits and bylines: "Ảnh: THX/TTXVN", "(Ảnh: Thanh Tâm/Vietnam+)",
"Nguồn: Reuters", a last line "Vinh Quang/VOV".

A credit names a photographer and the agency that carries the picture, joined by "/" in either
order; only the agency is a body. It is told from the photographer by its shape: an abbreviation
("THX", "BNEWS") or one word that is no Vietnamese syllable ("Reuters", "Vietnam+"), so a
Vietnamese photographer ("Thống Nhất", "Quang Hiếu") is never read as one.
"""
from __future__ import annotations

from ._officials_lexicon import Tok, lexicon
from ._officials_orgs import credit_word_at, is_acronym

_MAX_BYLINE = 8  # tokens of a line that is only a credit ("Vinh Quang/VOV")
_SLASH = "/"
_MIN_ACRONYM = 3  # "THX", "EPA"; two letters are a reporter's initials ("PV", "HT")


def credit_sources(toks: list[Tok]) -> list[tuple[int, int]]:
    """Token spans ``(i, j)`` of the agencies named in the credits of ``toks``.

    >>> from ._officials_lexicon import tokens
    >>> t = tokens("Đại biểu dự lễ. Ảnh: BNEWS/TTXVN. Sáng nay (Ảnh: Thanh Tâm/Vietnam+) đoàn")
    >>> [" ".join(x.text for x in t[i:j]) for i, j in credit_sources(t)]
    ['BNEWS', 'TTXVN', 'Vietnam +']
    """
    out = []
    for start in _credit_starts(toks):
        for k in _segments(toks, start):
            end = _source_end(toks, k)
            if end is not None:
                out.append((k, end))
    return out


def _credit_starts(toks: list[Tok]) -> list[int]:
    """Where the names of each credit begin: after "Ảnh:" or "Nguồn:", or a short line that is
    only names joined by "/"."""
    words = lexicon().credit_words
    starts = [k + 2 for k in range(len(toks) - 2) if credit_word_at(toks, k) and _credit_opens(toks, k, words)]
    line = [k for k, t in enumerate(toks) if k == 0 or t.nl] + [len(toks)]
    starts += [a for a, b in zip(line, line[1:], strict=False) if _byline(toks, a, b)]
    return sorted(starts)


def _credit_opens(toks: list[Tok], k: int, words: frozenset[str]) -> bool:
    """The credit word at ``k`` opens its phrase ("Ảnh:", "Nguồn ảnh:", "Tin - ảnh:"), not a
    headline's label ("Chùm ảnh: Saul lại mở điểm")."""
    return k == 0 or toks[k].nl or not toks[k - 1].text.isalpha() or toks[k - 1].low in words


def _byline(toks: list[Tok], a: int, b: int) -> bool:
    """Tokens ``[a, b)`` are a line of capitalised names joined by "/" and nothing else."""
    words = toks[a:b]
    return 0 < len(words) <= _MAX_BYLINE and any(t.text == _SLASH for t in words) \
        and all(t.cap or t.text in {_SLASH, "+", "."} for t in words)


def _segments(toks: list[Tok], start: int) -> list[int]:
    """The first token of each name of the credit at ``start``: one, and one after each "/"."""
    out = [start]
    k = start
    while k + 1 < len(toks) and not toks[k + 1].nl and (toks[k].cap or toks[k].text in {_SLASH, "+"}):
        if toks[k].text == _SLASH:
            out.append(k + 1)
        k += 1
    return [k for k in out if k < len(toks)]


def _source_end(toks: list[Tok], k: int) -> int | None:
    """End of an agency's name at ``k``: an abbreviation, or one word that is no Vietnamese
    syllable with its "+" ("Vietnam+"), alone before "/" or the credit's end; None for a
    photographer, a place ("TP"), or two foreign words (a foreign photographer's name)."""
    lex = lexicon()
    t = toks[k]
    if not t.cap or lex.places.match(toks, k) or lex.provinces.match(toks, k):
        return None
    end = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "+" and toks[k + 1].start == t.end else k + 1
    alone = end >= len(toks) or toks[end].nl or not toks[end].cap
    if t.text in lex.credit_not_sources:
        return None
    if is_acronym(toks, k):  # not "VOV-TP" (an agency's bureau), nor "P.L" (initials)
        return end if alone and len(t.text) >= _MIN_ACRONYM and not set(t.text) & {"-", "."} else None
    foreign = t.text.isalpha() and len(t.text) >= _MIN_ACRONYM and not lex.syllable.fullmatch(t.text)
    return end if foreign and alone else None
