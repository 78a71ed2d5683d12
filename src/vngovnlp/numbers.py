"""Vietnamese cardinal numbers written in digits or in words.

The words live in ``data/number_words.yaml``; this module turns them into regular-expression
sources (built once, on first use) and a parser. Other extractors (awards, dates) import
:func:`parse_number` and :data:`NUMBER_PATTERN` / :data:`NUMBER_WORDS_PATTERN` and embed the
patterns in their own rules; the patterns carry their own case-insensitive flag and word
boundaries, so they can be dropped into a larger regex as they are.

Words such as ``năm`` (five / year), ``ba`` (three / father) or ``tư`` (four / private) are
ambiguous on their own: the patterns match them, and callers anchor them to a context such as
``"tập thể"`` or ``"ngày"``. After ``mười``/``mươi`` only ``lăm``/``nhăm`` read as five, so
``"mười năm"`` is "ten years" (10 followed by ``năm``), not 15.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from .lexicon import load

# the two *_PATTERN strings are built lazily by the module __getattr__ below
__all__ = [  # noqa: F822
    "NUMBER_PATTERN", "NUMBER_WORDS_PATTERN", "DIGITS_PATTERN", "number_regex", "parse_number",
]

#: Digits, with optional dot thousands separators: ``"08"``, ``"12"``, ``"1.200"``.
DIGITS_PATTERN = r"(?<![\w.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\w]|[.,]\d)"


@cache
def _words() -> dict[str, Any]:
    return load("number_words.yaml")


def _alt(words) -> str:
    # longest first, so that an alternation never stops at a shorter word
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _words_pattern() -> str:
    data = _words()
    units = data["units"]
    unit = _alt(w for w, v in units.items() if v)  # "không" alone means "not"
    any_unit = _alt(units)
    # after mười/mươi, "năm" is the noun "year" ("hai mươi năm"): five is "lăm"/"nhăm" there
    after_ten = _alt(w for w, v in units.items() if v and w not in data["not_after_ten"])
    ten, tens = _alt(data["ten"]), _alt(data["tens"])
    hundred, zero, scale = _alt(data["hundred"]), _alt(data["zero_tens"]), _alt(data["scales"])
    tens_part = rf"(?:{ten}(?:\s+{after_ten})?|{unit}\s+{tens}(?:\s+{after_ten})?)"
    hundreds = rf"(?:{any_unit}\s+{hundred}(?:\s+(?:{zero}\s+{unit}|{tens_part}))?)"
    group = rf"(?:{hundreds}|{tens_part}|{unit})"
    # after a scale word only a multi-word group follows ("hai nghìn năm trăm"), so that
    # "hai nghìn năm lịch sử" stays 2000 followed by "năm" (years)
    tail = rf"(?:{hundreds}|{tens_part})"
    return rf"(?i:(?<!\w){group}(?:\s+{scale}(?:\s+{tail})?)*(?!\w))"


@cache
def number_regex() -> re.Pattern[str]:
    """The compiled :data:`NUMBER_PATTERN`.

    Examples
    --------
    >>> [m.group() for m in number_regex().finditer("trao cho 08 tập thể và mười lăm cá nhân")]
    ['08', 'mười lăm']
    """
    return re.compile(_number_pattern())


def _number_pattern() -> str:
    return rf"(?:{DIGITS_PATTERN}|{_words_pattern()})"


def __getattr__(name: str) -> str:
    # NUMBER_WORDS_PATTERN and NUMBER_PATTERN are built from the YAML on first access
    if name == "NUMBER_WORDS_PATTERN":
        return _words_pattern()
    if name == "NUMBER_PATTERN":
        return _number_pattern()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_number(text: str) -> int | None:
    """The value of one number written in digits or in Vietnamese words.

    Parameters
    ----------
    text : str
        One number and nothing else (surrounding spaces and case do not matter).

    Returns
    -------
    int or None
        ``None`` when ``text`` is not exactly one number.

    Examples
    --------
    >>> parse_number("08"), parse_number("1.200")
    (8, 1200)
    >>> parse_number("hai mươi mốt"), parse_number("mười lăm"), parse_number("một trăm linh năm")
    (21, 15, 105)
    >>> parse_number("tập thể") is None
    True
    """
    if not isinstance(text, str):
        return None
    s = " ".join(text.split())
    if re.fullmatch(DIGITS_PATTERN, s):
        return int(s.replace(".", ""))
    if not s or not re.fullmatch(_words_pattern(), s):
        return None
    data = _words()
    units, scales = data["units"], data["scales"]
    total, group, pending = 0, 0, None
    for word in s.lower().split():
        if word in units:
            pending = units[word]
        elif word in data["ten"]:
            group += 10
        elif word in data["tens"]:
            group += (1 if pending is None else pending) * 10
            pending = None
        elif word in data["hundred"]:
            group += (1 if pending is None else pending) * 100
            pending = None
        elif word in scales:
            total += ((group + (pending or 0)) or 1) * scales[word]
            group, pending = 0, None
    return total + group + (pending or 0)
