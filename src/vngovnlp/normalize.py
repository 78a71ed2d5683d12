"""Unicode normalisation that remembers where every character came from.

Extractors read a *normalised* text: NFC, one tone placement (``uỷ`` → ``ủy``, ``hoà`` →
``hòa``), no zero-width or control characters, non-breaking spaces as spaces. The normalised
text may be shorter than the source (decomposed accents, removed characters), so
:class:`NormalizedText` keeps, for every normalised character, the span of source characters it
came from; :meth:`NormalizedText.to_source` maps a span back, so results always point into the
text the user gave.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

__all__ = ["NormalizedText", "blank", "canonical_tones", "normalize", "replace_surrogates", "to_source"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    r"""``text`` with each lone surrogate (which UTF-8 cannot encode: spaCy, Arrow and files
    refuse it) replaced by U+FFFD, one character for one, so every offset stays valid.

    Examples
    --------
    >>> replace_surrogates("Ngày \ud800 26/9") == "Ngày \ufffd 26/9"
    True
    """
    return _SURROGATE.sub("\ufffd", text)

# Tone marks as combining characters (grave, acute, tilde, hook above, dot below).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000")
_LETTER_AFTER = r"(?![^\W\d_])"


@cache
def _tone_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Old-style tone placement (``oà oè uỳ``) and its new-style spelling (``òa òe ủy``).

    The tone moves to the first vowel only when the pair ends the syllable (``hoàn`` keeps its
    tone on ``a``) and ``u`` is not part of ``qu`` (``quý`` is spelled so in both styles).
    """
    table = {}
    for first in "oOuU":
        seconds = "aAeE" if first in "oO" else "yY"
        for second in seconds:
            for tone in _TONES:
                old = unicodedata.normalize("NFC", first + second + tone)
                new = unicodedata.normalize("NFC", first + tone + second)
                if len(old) == 2 and len(new) == 2:
                    table[old] = new
    # one character class of second vowels per group of first letters that take the same ones
    # ("[Oo][àá...]|[Uu][ỳý...]"): the same pairs as an alternation of each, several times faster
    seconds: dict[str, set[str]] = {}
    for pair in table:
        seconds.setdefault(pair[0], set()).add(pair[1])
    groups: dict[str, list[str]] = {}
    for first, chars in seconds.items():
        groups.setdefault("".join(sorted(chars)), []).append(first)
    # the pattern opens with the class of all first letters, so that the regex engine skips to
    # the next o/u (a leading look-behind made it try every position); the second vowel then
    # checks which first letter it follows
    firsts = "".join(sorted(seconds))
    pairs = "|".join(f"(?<=[{''.join(sorted(f))}])[{chars}]" for chars, f in sorted(groups.items()))
    pattern = re.compile(f"[{firsts}](?<![qQ].)(?:{pairs}){_LETTER_AFTER}")
    return pattern, table


def canonical_tones(text: str) -> str:
    """Spell ``text`` with the tone on the first vowel of open ``oa``, ``oe`` and ``uy``.

    Both placements are correct Vietnamese and both occur on government portals, often in
    the same article; matching needs one. The text must be NFC; its length is unchanged.

    Examples
    --------
    >>> canonical_tones("Tỉnh uỷ, hoà bình, quý, hoàn thành")
    'Tỉnh ủy, hòa bình, quý, hoàn thành'
    """
    pattern, table = _tone_pattern()
    return pattern.sub(lambda m: table[m.group(0)], text)


@dataclass(frozen=True)
class NormalizedText:
    """A normalised text and the source span of each of its characters.

    Attributes
    ----------
    text : str
        The normalised text extractors read.
    source : str
        The original text.
    starts, ends : array
        ``source[starts[i]:ends[i]]`` is what normalised character ``i`` came from.
    """

    text: str
    source: str
    starts: array
    ends: array

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of ``source``.

        Examples
        --------
        >>> n = normalize("Tỉnh u\u0309y\u200b Bắc Kạn")
        >>> n.text
        'Tỉnh ủy Bắc Kạn'
        >>> s, e = n.to_source(5, 7)
        >>> n.source[s:e] == "u\u0309y"
        True
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside a text of {len(self.text)} characters")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def blank(self, spans: list[tuple[int, int]]) -> NormalizedText:
        """The same text with ``spans`` (normalised offsets) replaced by spaces; length kept."""
        if not spans:
            return self
        return NormalizedText(blank(self.text, spans), self.source, self.starts, self.ends)


def blank(text: str, spans) -> str:
    """``text`` with each ``(start, end)`` span replaced by spaces, line breaks kept, so that
    every offset stays valid: how the package leaves boilerplate out.

    Examples
    --------
    >>> blank("Sign In\\nHội nghị", [(0, 7)])
    '       \\nHội nghị'
    """
    if not spans:
        return text
    chars = list(text)
    n = len(chars)
    for start, end in spans:
        for i in range(max(start, 0), min(end, n)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _clusters(text: str):
    """Yield (start, end) of each base character with the combining marks that follow it."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


# Characters the slow path must look at: zero-width, exotic spaces, controls (but \t \n \r),
# surrogates and private use.
_NEEDS_WORK = re.compile(
    "[" + "".join(sorted(_ZERO_WIDTH | _SPACES))
    + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r\u2028\u2029\ud800-\udfff\ue000-\uf8ff]"
)
# Line breaks other than "\n" (CRLF, CR, vertical tab, form feed, the Unicode line and
# paragraph separators...): the normalised text has one "\n" for each, mapped to all of it.
_ASCII_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e]")
_BREAK_CHARS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _fast_path(text: str) -> bool:
    if text.isascii():
        return _ASCII_BREAKS.search(text) is None
    return _NEEDS_WORK.search(text) is None and unicodedata.is_normalized("NFC", text)


# Texts up to this length copy their identity map from one array made once (a copy is a memcpy;
# building ``array("l", range(n))`` costs more than the rest of normalising a plain article).
_IDENTITY_MAX = 1 << 16


@cache
def _identity_array() -> array:
    return array("l", range(_IDENTITY_MAX + 1))


def _identity_map(n: int) -> array:
    """An array ``0, 1, ..., n`` (at least ``n + 1`` items; slice it)."""
    return _identity_array() if n < _IDENTITY_MAX else array("l", range(n + 1))


def _identity(line: str, offset: int, pieces: list[str], starts: array, ends: array) -> None:
    pieces.append(line)
    end = offset + len(line)
    if end < _IDENTITY_MAX:
        ids = _identity_array()
        starts.extend(ids[offset:end])
        ends.extend(ids[offset + 1 : end + 1])
    else:
        starts.extend(range(offset, end))
        ends.extend(range(offset + 1, end + 1))


def _slow_segment(text: str, offset: int, pieces: list[str], starts: array, ends: array) -> None:
    for start, end in _clusters(text):
        chunk = text[start:end]
        base = chunk[0]
        if base in _ZERO_WIDTH:
            continue
        category = unicodedata.category(base)
        if category in ("Cs", "Co") or (category == "Cc" and base not in "\n\t\r"):
            continue
        if base in _SPACES:
            chunk = " "
        else:
            chunk = unicodedata.normalize("NFC", chunk)
            # a lone surrogate among the marks is dropped; other marks stay
            chunk = "".join(c for c in chunk if unicodedata.category(c) != "Cs")
        for ch in chunk:
            pieces.append(ch)
            starts.append(offset + start)
            ends.append(offset + end)


def normalize(text: str) -> NormalizedText:
    """Normalise Vietnamese text for matching, keeping a map back to ``text``.

    NFC composition; zero-width, soft-hyphen, control and lone-surrogate characters removed;
    exotic spaces turned into plain spaces; every line break (CRLF, CR, U+2028, U+2029, form
    feed...) made one ``"\\n"``; old-style tone placement made new-style.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    NormalizedText

    Examples
    --------
    >>> n = normalize("Tỉnh uỷ\u00a0Bắc Kạn")
    >>> n.text
    'Tỉnh ủy Bắc Kạn'
    >>> n.to_source(10, 15)
    (10, 15)
    >>> normalize("Tiêu đề\\r\\nNgày 26/9\\u2028Hết").text
    'Tiêu đề\\nNgày 26/9\\nHết'
    """
    if _fast_path(text):
        n = len(text)
        ids = _identity_map(n)
        starts, ends = ids[:n], ids[1 : n + 1]
        out = text if text.isascii() else canonical_tones(text)
        return NormalizedText(out, text, starts, ends)

    pieces: list[str] = []
    starts = array("l")
    ends = array("l")
    offset = 0
    # Line by line: only lines that need work pay for the character loop (a 10 MB text with a
    # few odd characters stays fast). A combining mark never starts a line, so no cluster is cut.
    for line in text.splitlines(keepends=True):
        cut = 2 if line.endswith("\r\n") else int(line[-1:] in _BREAK_CHARS)
        body = line[: len(line) - cut]
        (_identity if _fast_path(body) else _slow_segment)(body, offset, pieces, starts, ends)
        if len(body) < len(line):  # the line's break, whatever it was, becomes one "\n"
            pieces.append("\n")
            starts.append(offset + len(body))
            ends.append(offset + len(line))
        offset += len(line)
    return NormalizedText(canonical_tones("".join(pieces)), text, starts, ends)


@cache
def _layout(cls: type) -> tuple[tuple[str, ...], bool]:
    """A result class's field names, and whether it has a span (``start``, ``end``, ``text``)."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    return names, all(a in names or hasattr(cls, a) for a in ("start", "end", "text"))


def to_source(item, normalized: NormalizedText):
    """Return ``item`` (a result dataclass, or a list/tuple of them) with every
    ``start``/``end``/``text`` moved from normalised offsets to offsets into the source.

    Nested results (an official's titles and mentions) are mapped too; other fields, such as
    normalised names, are left as they are. An item the mapping leaves unchanged (the common
    case: the source was NFC already) is returned as it is, not copied.

    Examples
    --------
    >>> from vngovnlp.types import Mention
    >>> n = normalize("Tỉnh u\u0309y Bắc Kạn")
    >>> tinh, place = to_source([Mention("ủy", 5, 7), Mention("Bắc Kạn", 8, 15)], n)
    >>> tinh.text == "u\u0309y", (tinh.start, tinh.end), (place.start, place.end)
    (True, (5, 8), (9, 16))
    """
    if isinstance(item, (list, tuple)):
        return type(item)(to_source(x, normalized) for x in item)
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        return item
    names, spanned = _layout(type(item))
    changes = {}
    for name in names:
        value = getattr(item, name)
        if isinstance(value, (list, tuple)) and value and dataclasses.is_dataclass(value[0]):
            mapped = to_source(value, normalized)
            if any(a is not b for a, b in zip(mapped, value, strict=True)):
                changes[name] = mapped
    if spanned:
        start, end = normalized.to_source(item.start, item.end)
        text = normalized.source[start:end]
        if start != item.start or end != item.end or text != item.text:
            changes.update(start=start, end=end, text=text)
    return dataclasses.replace(item, **changes) if changes else item
