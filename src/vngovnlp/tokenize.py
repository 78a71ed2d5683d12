"""Sentences and words (underthesea) with character offsets into the original text.

underthesea rewrites what it segments (tone placement ``uỷ`` → ``ủy``, spaces inside words), so
its tokens are *aligned* back to the text instead of searched for: the non-space characters of
the tokens are matched against the non-space characters of the text, and every token keeps the
exact source span it covers. Whatever underthesea changes, ``text[t.start:t.end] == t.text``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from .errors import check_text
from .normalize import NormalizedText, blank, normalize
from .types import Sentence, Token

__all__ = ["sent_tokenize", "sentences", "sentences_of", "word_tokenize", "words"]

_PARAGRAPHS = re.compile(r"[^\n]+")
# underthesea's sentence splitter slows down badly on very long paragraphs; cut them first at
# sentence punctuation so that each piece stays small.
_MAX_PIECE = 5000
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


# Alignment resynchronises in windows this wide after a mismatch: linear in the text, whatever
# underthesea rewrites (a global SequenceMatcher is quadratic on a long piece full of rewrites).
_WINDOW = 64
_RESYNC = 4


def _mapping(a: str, b: str) -> list[int]:
    """For each character of ``a`` (the tokens), its index in ``b`` (the source), or -1.

    Equal runs are walked directly; a one-character rewrite (``Ð`` → ``Đ``) followed by
    agreement is mapped one to one; anything else is aligned by difflib inside a window of
    ``_WINDOW`` characters, so the cost stays linear in the length.
    """
    mapping = [-1] * len(a)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            mapping[i] = j
            i, j = i + 1, j + 1
            continue
        if a[i + 1 : i + 1 + _RESYNC] == b[j + 1 : j + 1 + _RESYNC]:
            mapping[i] = j  # one character rewritten in place
            i, j = i + 1, j + 1
            continue
        wa, wb = a[i : i + _WINDOW], b[j : j + _WINDOW]
        di, dj = len(wa), len(wb)
        for tag, a0, a1, b0, b1 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
            if tag == "equal":
                di, dj = a0, b0  # resume the direct walk at the first agreement
                break
            if tag == "replace":
                for k in range(a1 - a0):
                    mapping[i + a0 + k] = j + min(b0 + k * (b1 - b0) // (a1 - a0), b1 - 1)
        i, j = i + di, j + dj
    return mapping


def _align(source: str, pieces: list[str]) -> list[tuple[int, int] | None]:
    """Source span of each piece; ``None`` for a piece made only of invented characters."""
    src_index = [i for i, ch in enumerate(source) if not ch.isspace()]
    src_chars = "".join(source[i] for i in src_index)
    piece_chars = ["".join(p.split()) for p in pieces]
    joined = "".join(piece_chars)
    mapping = list(range(len(joined))) if joined == src_chars else _mapping(joined, src_chars)
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for chars in piece_chars:
        hits = [mapping[k] for k in range(pos, pos + len(chars)) if mapping[k] >= 0]
        pos += len(chars)
        spans.append((src_index[hits[0]], src_index[hits[-1]] + 1) if hits else None)
    return spans


def _by_space(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Cut ``text[start:end]`` into pieces of at most ``_MAX_PIECE`` characters, at spaces."""
    while end - start > _MAX_PIECE:
        cut = text.rfind(" ", start, start + _MAX_PIECE)
        cut = cut if cut > start else start + _MAX_PIECE
        yield start, text[start:cut]
        start = cut
    yield start, text[start:end]


def _pieces(paragraph: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``_MAX_PIECE`` characters: at sentence ends, else at spaces."""
    if len(paragraph) <= _MAX_PIECE:
        yield 0, paragraph
        return
    start = 0
    for cut in _SENTENCE_END.finditer(paragraph):
        if cut.start() - start >= _MAX_PIECE // 2:
            yield from _by_space(paragraph, start, cut.start())
            start = cut.end()
    yield from _by_space(paragraph, start, len(paragraph))


def sentences(text: str, start: int = 0, end: int | None = None,
              skip: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences of words; offsets into ``text``.

    Parameters
    ----------
    text : str
    start, end : int, optional
        The region to tokenise (for an article, its body).
    skip : tuple of (start, end), optional
        Spans of ``text`` to leave out (portal boilerplate).

    Returns
    -------
    list of Sentence

    Examples
    --------
    >>> text = "Hội nghị hoà giải ở cơ sở. Ông Lý Thái Hải phát biểu."
    >>> [s.text for s in sentences(text)]
    ['Hội nghị hoà giải ở cơ sở.', 'Ông Lý Thái Hải phát biểu.']
    >>> [t.text for t in sentences(text)[0].tokens]
    ['Hội nghị', 'hoà giải', 'ở', 'cơ sở', '.']
    """
    check_text(text, "text", "sentences")
    end = len(text) if end is None else end
    normalized = normalize(blank(text[start:end], [(a - start, b - start) for a, b in skip]))

    def to_source(a: int, b: int) -> tuple[int, int]:
        a, b = normalized.to_source(a, b)
        return start + a, start + b

    return _split(normalized.text, to_source, text)


def sentences_of(normalized: NormalizedText, start: int = 0, end: int | None = None,
                 skip: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """:func:`sentences` of an already normalised text: ``start``, ``end`` and ``skip`` are
    normalised offsets, the sentences' offsets point into ``normalized.source``.

    Examples
    --------
    >>> n = normalize("Hội nghị hoà giải ở cơ sở.")
    >>> [(t.text, t.start) for t in sentences_of(n)[0].tokens]
    [('Hội nghị', 0), ('hoà giải', 9), ('ở', 18), ('cơ sở', 20), ('.', 25)]
    """
    end = len(normalized.text) if end is None else end
    region = blank(normalized.text[start:end], [(a - start, b - start) for a, b in skip])
    return _split(region, lambda a, b: normalized.to_source(start + a, start + b), normalized.source)


def _split(norm: str, to_source, source: str) -> list[Sentence]:
    """Sentences and words of the normalised ``norm``; ``to_source`` maps its spans into
    ``source``."""
    from underthesea import sent_tokenize, word_tokenize

    out: list[Sentence] = []
    for paragraph in _PARAGRAPHS.finditer(norm):
        for offset, piece in _pieces(paragraph.group(0)):
            base = paragraph.start() + offset
            if not piece.strip():
                continue
            found = sent_tokenize(piece) or [piece]
            for span in _align(piece, found):
                if span is None:
                    continue
                s0, s1 = span
                sentence_text = piece[s0:s1]
                tokens = []
                for word in _align(sentence_text, word_tokenize(sentence_text)):
                    if word is not None:
                        a, b = to_source(base + s0 + word[0], base + s0 + word[1])
                        tokens.append(Token(source[a:b], a, b))
                a, b = to_source(base + s0, base + s1)
                out.append(Sentence(source[a:b], a, b, tuple(tokens)))
    return out


def words(text: str) -> list[Token]:
    """Words of ``text`` (underthesea word segmentation) with offsets into ``text``.

    Examples
    --------
    >>> [(t.text, t.start) for t in words("Chủ tịch UBND tỉnh Lý Thái Hải")]
    [('Chủ tịch', 0), ('UBND', 9), ('tỉnh', 14), ('Lý Thái Hải', 19)]
    """
    return [t for s in sentences(text) for t in s.tokens]


def article_sentences(article) -> list[Sentence]:
    """The sentences of an :class:`~vngovnlp.types.Article`'s body, boilerplate left out
    (what ``Article.sentences`` returns)."""
    return sentences(article.text, article.body_start, article.body_end, skip=article.boilerplate)


def word_tokenize(sentence: str, format: str | None = None, *, offsets: bool = False):
    """underthesea's call shape: the words of ``sentence``, aligned to it.

    Parameters
    ----------
    sentence : str
    format : {None, "text"}
        None gives a list of words; ``"text"`` one string, syllables of a word joined by ``_``.
    offsets : bool, default False
        Give :class:`Token` objects (``text``, ``start``, ``end`` into ``sentence``).

    Examples
    --------
    >>> word_tokenize("Chủ tịch UBND tỉnh Bắc Kạn")
    ['Chủ tịch', 'UBND', 'tỉnh', 'Bắc Kạn']
    >>> word_tokenize("Chủ tịch UBND tỉnh Bắc Kạn", format="text")
    'Chủ_tịch UBND tỉnh Bắc_Kạn'
    >>> word_tokenize("Tỉnh uỷ Bắc Kạn", offsets=True)[1]
    Token(text='uỷ', start=5, end=7)
    """
    tokens = words(sentence)
    if offsets:
        return tokens
    if format == "text":
        return " ".join(t.text.replace(" ", "_") for t in tokens)
    if format is not None:
        raise ValueError(f"The 'format' parameter must be None or 'text'. Got {format!r} instead.")
    return [t.text for t in tokens]


def sent_tokenize(text: str, *, offsets: bool = False):
    """underthesea's call shape: the sentences of ``text`` (``Sentence`` objects with offsets
    and words when ``offsets``).

    Examples
    --------
    >>> sent_tokenize("Hội nghị bắt đầu. Ông Lý Thái Hải phát biểu.")
    ['Hội nghị bắt đầu.', 'Ông Lý Thái Hải phát biểu.']
    >>> [(s.start, s.end) for s in sent_tokenize("Hội nghị bắt đầu. Ông Hải phát biểu.", offsets=True)]
    [(0, 17), (18, 36)]
    """
    found = sentences(text)
    return found if offsets else [s.text for s in found]
