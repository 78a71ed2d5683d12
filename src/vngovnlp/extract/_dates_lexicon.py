"""Date words (``data/date_words.yaml``) turned into regular-expression pieces, built once.

The engine in :mod:`vngovnlp.extract.dates` never spells a Vietnamese word itself: every word it
matches comes from the YAML file through :func:`words` and :func:`alt`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lexicon import load
from ..numbers import NUMBER_WORDS_PATTERN, parse_number

__all__ = ["alt", "words", "kw", "links", "number", "month_number", "NUM"]

#: a count or day number: 1-2 digits or Vietnamese number words ("sáu", "mười lăm")
NUM = rf"(?:(?<![\w.,/])\d{{1,2}}(?![\w]|[.,/]\d)|{NUMBER_WORDS_PATTERN})"


@cache
def words() -> dict[str, Any]:
    """The parsed ``date_words.yaml``."""
    return load("date_words.yaml")


def _word(w: str) -> str:
    return r"\s+".join(re.escape(part) for part in str(w).split())


def alt(key_or_words) -> str:
    """A non-capturing alternation of the words under ``key`` (or of the given words).

    Longest first, so that ``"vừa rồi"`` wins over ``"vừa"``; spaces match any whitespace.
    """
    items = words()[key_or_words] if isinstance(key_or_words, str) else key_or_words
    return "(?:" + "|".join(_word(w) for w in sorted(items, key=len, reverse=True)) + ")"


def kw(key: str) -> str:
    """The regular expression of rule word ``key`` (``rule_words`` in the YAML: ``"month"``...)."""
    return _word(words()["rule_words"][key])


def links(key: str) -> str:
    """The words under ``key``, each followed by whitespace, as alternatives in their order."""
    return "|".join(_word(w) + r"\s+" for w in words()[key])


def lookup(key: str, text: str) -> Any:
    """The value of ``text`` (spaces folded, lower case) in the mapping ``key``."""
    return words()[key].get(" ".join(text.lower().split()))


def number(text: str | None) -> int | None:
    """A count or day number written in digits or in words."""
    return None if text is None else parse_number(text)


def month_number(text: str) -> int | None:
    """The month of ``"8"``, ``"Mười Hai"`` or ``"Giêng"``; ``None`` outside 1..12."""
    value = lookup("month_words", text)
    if value is None:
        value = parse_number(text)
    return value if value is not None and 1 <= value <= 12 else None


@cache
def month_pattern() -> str:
    """A month after ``tháng``: digits, number words or the lunar names (``Giêng``, ``Chạp``).

    ``năm`` is five but also "year": ``"9 tháng năm 2017"`` is nine months of 2017, so the word
    reads as May only when no year number follows.
    """
    names = alt("month_words")
    return (rf"(?:(?<!\w)\d{{1,2}}(?!\w|,\d)|{names}(?!\w)"
            rf"|(?!{kw('year')}\s+\d){NUMBER_WORDS_PATTERN}(?!\s+{alt('not_after_month_word')}(?!\w)))")
