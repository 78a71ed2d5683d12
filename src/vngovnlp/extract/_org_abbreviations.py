"""A body written with its field abbreviated is the body written in full.

"Sở VHTT TP Hải Phòng" abbreviates "Sở Văn hóa thông tin TP Hải Phòng", "Bộ VHTT&DL" and
"Bộ VH TT&DL" abbreviate "Bộ Văn hóa, Thể thao và Du lịch", "Ban QLDA" abbreviates "Ban Quản lý
dự án thủy điện Sông Đà", "BĐBP tỉnh" abbreviates "Bộ đội Biên phòng tỉnh": the same head
words (if any), then capitals that are the initials of the full field's words (linking words
such as "và" and punctuation have none), then the same rest. The test is read from the letters,
so no list of abbreviations is needed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..lexicon import load as _load

__all__ = ["abbreviates", "abbreviated"]

_ACRONYM_WORD = re.compile(r"[A-ZĐ][A-ZĐ&\-]*[A-ZĐ]")
_MIN_PREFIX_LETTERS = 3  # "Ban QLDA" may stand for a longer "Ban Quản lý dự án …"; "Sở TC" may not


@cache
def _linking_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _load("organisation_heads.yaml")["initials_skip"])


def _bare(letter: str) -> str:
    """A letter without its marks, upper case ("đ" → "D", "ă" → "A")."""
    letter = letter.upper().replace("Đ", "D")
    return unicodedata.normalize("NFD", letter)[0]


def _short_readings(words: list[str]) -> list[tuple[list[str], str, list[str]]]:
    """Each way to read a short form as head words, an abbreviation's letters and the rest: the
    abbreviation is one or more capitalised words ("Bộ VH TT&DL"; "Sở VHTT TP Hải Phòng" is
    also "VHTT" + "TP Hải Phòng"), or the whole name's first word ("BĐBP tỉnh")."""
    out = []
    for k in (n for n, w in enumerate(words) if _ACRONYM_WORD.fullmatch(w)):
        end = k + 1
        while end <= len(words) and _ACRONYM_WORD.fullmatch(words[end - 1]):
            letters = "".join(_bare(c) for c in "".join(words[k:end]) if c.isalpha())
            out.append(([w.lower() for w in words[:k]], letters, [w.lower() for w in words[end:]]))
            end += 1
    return out


def abbreviated(name: str) -> bool:
    """``name`` has an abbreviated word ("Sở TT&TT", "NHNN"), so it may stand for a longer one.

    >>> abbreviated("Sở TT&TT Hà Nội"), abbreviated("Ngân hàng Nhà nước")
    (True, False)
    """
    return any(_ACRONYM_WORD.fullmatch(w) for w in name.split())


def _initials(words: list[str]) -> str:
    skip = _linking_words()
    return "".join(_bare(w[0]) for w in words if w[0].isalpha() and w.lower() not in skip)


def abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` with the words of its field abbreviated to their initials.

    Examples
    --------
    >>> abbreviates("Sở VHTT TP Hải Phòng", "Sở Văn hóa thông tin TP Hải Phòng")
    True
    >>> abbreviates("Bộ VH TT&DL", "Bộ Văn hóa - Thể thao và Du lịch")
    True
    >>> abbreviates("BĐBP", "Bộ đội Biên phòng")
    True
    >>> abbreviates("Sở TC tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định")
    False
    """
    words = [w for w in re.split(r"\s+|(?<=\w)(?=[,&])|(?<=[,&])", full) if w]
    return any(_reads_as(words, *parts) for parts in _short_readings(short.split()))


def _reads_as(words: list[str], head: list[str], letters: str, rest: list[str]) -> bool:
    low = [w.lower() for w in words]
    middle = words[len(head):len(words) - len(rest)]
    if low[:len(head)] != head or low[len(words) - len(rest):] != rest or len(middle) < len(letters) \
            or any(_ACRONYM_WORD.fullmatch(w) for w in middle):
        return False
    initials = _initials(middle)
    if initials == letters:
        return True
    return bool(head) and not rest and len(letters) >= _MIN_PREFIX_LETTERS and initials.startswith(letters)
