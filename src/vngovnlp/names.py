"""Person-name grammar: Vietnamese family names, capitalised syllables, honorifics.

The family names and honorifics are data (``data/surnames.yaml``, ``data/honorifics.yaml``);
this module turns them into a regex and a predicate, built once on first use.

Examples
--------
>>> looks_like_person_name("Lý Thái Hải")
True
>>> looks_like_person_name("Sign In")
False
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from .lexicon import load

__all__ = ["honorifics", "is_name_syllable", "looks_like_person_name",
           "name_key", "name_pattern", "surnames", "vietnamese_syllable"]


@cache
def _load(name: str) -> dict[str, Any]:
    return load(name)


@cache
def surnames() -> frozenset[str]:
    """Vietnamese family names, as written (``"Nguyễn"``, ``"Tôn Thất"``)."""
    return frozenset(str(s) for s in _load("surnames.yaml")["surnames"])


@cache
def honorifics() -> tuple[str, ...]:
    """Forms of address written before a name (``"đồng chí"``, ``"ông"``), longest first."""
    return tuple(sorted(_load("honorifics.yaml")["honorifics"], key=len, reverse=True))


def is_name_syllable(token: str) -> bool:
    """A capitalised word of letters only: ``"Hải"``, ``"Högberg"`` (not ``"UBND"``, ``"ủy"``).

    >>> is_name_syllable("Hàm"), is_name_syllable("UBND"), is_name_syllable("tỉnh"), is_name_syllable("Jae-in")
    (True, False, False, True)
    >>> is_name_syllable("M’gar"), is_name_syllable("Vietnam’S")
    (True, False)
    """
    if "-" in token:  # Korean given names: "Jae-in" of "Moon Jae-in", "Jong-un"
        return all(is_name_syllable(part) if n == 0 else part.isalpha() and part.islower()
                   for n, part in enumerate(token.split("-")))
    if "’" in token or "'" in token:  # minority names: "M’gar" of "Cư M’gar", "H'leo", "R'lấp"
        head, _, rest = token.replace("’", "'").partition("'")
        return is_name_syllable(head) and rest.isalpha() and rest.islower()
    return (len(token) >= 1 and token.isalpha() and token[0].isupper()
            and (len(token) == 1 or token[1:].islower()))


@cache
def vietnamese_syllable() -> re.Pattern[str]:
    """The shape of one Vietnamese syllable (``syllables.yaml``: initial, one to three vowels,
    final), without regard to case; ``fullmatch`` it on a word.

    >>> bool(vietnamese_syllable().fullmatch("Nuôi")), bool(vietnamese_syllable().fullmatch("Formosa"))
    (True, False)
    """
    syl = _load("syllables.yaml")
    initials = "|".join(sorted(syl["initials"], key=len, reverse=True))
    return re.compile(rf"(?:{initials})?[{syl['vowels']}]{{1,3}}(?:{'|'.join(syl['finals'])})?", re.IGNORECASE)


@cache
def name_pattern() -> str:
    """Regex source of a Vietnamese full name: a family name and one to four capitalised syllables."""
    fam = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(surnames(), key=len, reverse=True))
    upper, lower = _letter_class(True), _letter_class(False)
    return rf"(?<!\w)(?:{fam})(?:\s+{upper}{lower}*){{1,4}}(?!\w)"


@cache
def _letter_class(upper: bool) -> str:
    # Python's re has no \p{Lu}: list the Latin letters (Vietnamese lies in U+0041..U+1EFF).
    chars = [chr(c) for c in range(0x41, 0x1F00) if chr(c).isalpha() and chr(c).isupper() == upper
             and (upper or chr(c).islower())]
    return "[" + "".join(re.escape(c) for c in chars) + "]"


NAME_PATTERN: str  # module attribute built on first access, see __getattr__


def __getattr__(name: str) -> str:
    # NAME_PATTERN is built from the data file on first access, not at import.
    if name == "NAME_PATTERN":
        return name_pattern()
    raise AttributeError(name)


def looks_like_person_name(s: str) -> bool:
    """Whether ``s`` is shaped like a Vietnamese full name (family name + capitalised syllables).

    Parameters
    ----------
    s : str
        A candidate, for example a span an NER model tagged PER.

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_like_person_name("Hoàng Công Hàm"), looks_like_person_name("Quân khu")
    (True, False)
    """
    words = s.split()
    if not 2 <= len(words) <= 6 or not all(is_name_syllable(w) for w in words):
        return False
    return words[0] in surnames() or " ".join(words[:2]) in surnames()


def name_key(name: str) -> str:
    """A loose key for one person's name: lower case, without diacritics (``"Nguyên"`` = ``"Nguyễn"``).

    >>> name_key("Nguyễn Văn Thanh") == name_key("Nguyên Văn Thanh")
    True
    """
    d = unicodedata.normalize("NFD", name.lower()).replace("đ", "d")
    return " ".join("".join(c for c in d if not unicodedata.combining(c)).split())
