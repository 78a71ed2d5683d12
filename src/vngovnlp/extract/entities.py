"""PER/ORG/LOC entities from a syllable-level CRF.

The model works on syllables of the raw text, so no word segmentation is needed at run time:
a regex cuts the text into syllables and punctuation marks, each syllable gets a small bag of
string features (itself, its shape, its neighbours), and a linear-chain CRF (underthesea_core's
Rust implementation, saved in CRFsuite's own binary format, not a pickle) tags them with BIO
labels. The model is trained by ``models/train_ner.py`` on the VLSP 2016 and 2018 NER corpora;
its manifest ``ner.manifest.json`` lists the training files, the feature set and the scores.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from pathlib import Path

from ..errors import ModelLoadError
from ..integrity import check_sha256, check_size, recorded_sha256
from ..types import Entity

__all__ = ["MODEL_NAME", "bio_spans", "features", "find_entities", "load_tagger", "syllables"]

MODEL_NAME = "ner.crfsuite"
FEATURE_SET = "v3"

# A syllable keeps inner dots, commas, slashes and hyphens between letters or digits
# ("TP.HCM", "26/9/2019", "1.000") as one token, as the VLSP corpora do.
_TOKEN = re.compile(r"\w+(?:[./,\-]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset({".", "!", "?", ";", "…"})
_MAX_CHUNK = 200  # syllables: keeps Viterbi cheap on text without punctuation


def syllables(text: str) -> list[tuple[int, int]]:
    """Spans of the syllables and punctuation marks of ``text``.

    An initial keeps its dot ("Nguyễn Văn D.", "Th."), as the VLSP corpora write it.

    Examples
    --------
    >>> t = "UBND tỉnh Bắc Kạn, ông Nguyễn Văn D. và Th. thăm Ba Bể."
    >>> [t[s:e] for s, e in syllables(t)]
    ['UBND', 'tỉnh', 'Bắc', 'Kạn', ',', 'ông', 'Nguyễn', 'Văn', 'D.', 'và', 'Th.', 'thăm', 'Ba', 'Bể', '.']
    """
    spans = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if text[s:e] == "." and spans and _is_initial(text, *spans[-1]) and (e == len(text) or text[e].isspace()):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


_VOWELS = frozenset("aeiouy")


def _is_initial(text: str, s: int, e: int) -> bool:
    """ "D", "Th", "Ng": one capital letter, or a capital consonant cluster (no vowel: "Bể." ends a sentence)."""
    tok = text[s:e]
    if not tok[0].isupper() or not tok.isalpha() or e - s > 2:
        return False
    return e - s == 1 or not any(unicodedata.normalize("NFD", c)[0].lower() in _VOWELS for c in tok)


_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=1 << 16)
def _shape(tok: str) -> str:
    if tok.isdigit():
        return "d"
    if not any(c.isalnum() for c in tok):
        return "p"
    if tok.isupper():
        return "U" if len(tok) > 1 else "C"
    if tok[0].isupper():
        return "C"
    if tok.islower():
        return "l"
    return "m"


@functools.cache
def _place_names() -> tuple[frozenset[str], int, dict[str, tuple[int, ...]]]:
    """Lower-cased names of provinces, districts, countries and regions (the locations gazetteer),
    the longest name's syllable count, and per first syllable the lengths of the names it starts
    (longest first), so that a syllable starting no name costs one dict lookup."""
    from ..gazetteer import gazetteer

    names = frozenset(k for k, units in gazetteer().items()
                      if any(u.level in ("province", "district", "country", "region") for u in units))
    longest = max(len(k.split()) for k in names)
    starts: dict[str, set[int]] = {}
    for k in names:
        parts = k.split(" ")
        starts.setdefault(parts[0], set()).add(len(parts))
    return names, longest, {w: tuple(sorted(ns, reverse=True)) for w, ns in starts.items()}


def _place_flags(tokens: list[str], low: list[str]) -> list[str | None]:
    """"B"/"I" for syllables inside a capitalised gazetteer name, else None."""
    names, longest, starts = _place_names()
    flags: list[str | None] = [None] * len(tokens)
    i = 0
    while i < len(tokens):
        lengths = starts.get(low[i]) if tokens[i][:1].isupper() else None
        for n in lengths or ():
            if n > min(longest, len(tokens) - i):
                continue
            if " ".join(low[i:i + n]) in names and all(t[:1].isupper() for t in tokens[i:i + n]):
                flags[i] = "B"
                for k in range(i + 1, i + n):
                    flags[k] = "I"
                i += n - 1
                break
        i += 1
    return flags


#: Feature strings are built once per distinct piece and kept: per syllable as written (its
#: lower-cased form, shape, word features at each offset, flags), per pair of neighbouring
#: syllables (the four bigram features), per window of five shapes (the seven shape features).
#: Syllables repeat (a few thousand make most of the news), so these hit almost always; they
#: are keyed by syllables, never by a text, and each is emptied when it grows past ``_MAX_CACHED``.
_SYLLABLES: dict[str, tuple] = {}
_BIGRAMS: dict[tuple[str, str], tuple[str, ...]] = {}
_SHAPES: dict[tuple[str, ...], tuple[str, ...]] = {}
_MAX_CACHED = 1 << 17
_START = ("<s>", "<s>", ("w-2=<s>", "w-1=<s>", "w+1=<s>", "w+2=<s>"))
_STOP = ("</s>", "</s>", ("w-2=</s>", "w-1=</s>", "w+1=</s>", "w+2=</s>"))


def _remember(cache: dict, key, value):
    if len(cache) >= _MAX_CACHED:
        cache.clear()
    cache[key] = value
    return value


def _syllable(tok: str) -> tuple:
    """(lower-cased, shape, (w-2=, w-1=, w+1=, w+2= strings), (w=, s=), flags) of one syllable."""
    w = tok.lower()
    s = _shape(tok)
    flags = ("allcap",) if len(tok) > 1 and tok.isupper() else ()
    if _DIGIT.search(w):
        flags += ("hasdigit",)
    return _remember(_SYLLABLES, tok, (w, s, ("w-2=" + w, "w-1=" + w, "w+1=" + w, "w+2=" + w),
                                       ("w=" + w, "s=" + s), flags))


def _bigram(a: str, b: str) -> tuple[str, ...]:
    """The pair at each of its offsets: (w-2w-1=, w-1w=, ww+1=, w+1w+2=)."""
    ab = a + "|" + b
    return _remember(_BIGRAMS, (a, b), ("w-2w-1=" + ab, "w-1w=" + ab, "ww+1=" + ab, "w+1w+2=" + ab))


def _shape_window(s2: str, s1: str, s: str, n1: str, n2: str) -> tuple[str, ...]:
    return _remember(_SHAPES, (s2, s1, s, n1, n2), (
        "s-1=" + s1, "s+1=" + n1, "s-1s=" + s1 + s, "ss+1=" + s + n1, "s-1ss+1=" + s1 + s + n1,
        "s-2s-1s=" + s2 + s1 + s, "sss+2=" + s + n1 + n2))


def features(tokens: list[str]) -> list[list[str]]:
    """CRF feature strings of each syllable: itself, shape, neighbours ±2, bigrams, gazetteer.

    The strings and their order are those the model was trained on (``FEATURE_SET``); only the
    way they are built is quick: from the caches above, column by column.

    Examples
    --------
    >>> features(["Bắc", "Kạn"])[0][:3]
    ['w=bắc', 's=C', 'w-1=<s>']
    """
    syll, bigrams, shapes = _SYLLABLES, _BIGRAMS, _SHAPES
    info = [syll.get(t) or _syllable(t) for t in tokens]
    pad = [_START, _START, *info, _STOP, _STOP]
    pad_w = [e[0] for e in pad]
    pad_s = [e[1] for e in pad]
    big = [bigrams.get(k) or _bigram(*k) for k in zip(pad_w, pad_w[1:], strict=False)]
    windows = zip(pad_s, pad_s[1:], pad_s[2:], pad_s[3:], pad_s[4:], strict=False)
    shp = [shapes.get(k) or _shape_window(*k) for k in windows]
    out = [[*e[3], m1[2][1], p1[2][2], m2[2][0], p2[2][3], sh[0], sh[1],
            b1[1], b0[2], b2[0], bp[3], *sh[2:], *e[4]]
           for e, m2, m1, p1, p2, b2, b1, b0, bp, sh in zip(
               info, pad, pad[1:], pad[3:], pad[4:], big, big[1:], big[2:], big[3:], shp, strict=False)]
    gaz = _place_flags(tokens, pad_w[2:-2])
    if any(gaz):
        pad_g = [None, *gaz, None]
        for i, f in enumerate(out):
            if gaz[i]:
                f.append("gz=" + gaz[i])
            if pad_g[i]:
                f.append("gz-1=" + pad_g[i])
            if pad_g[i + 2]:
                f.append("gz+1=" + pad_g[i + 2])
    return out


def load_tagger(path: str | Path | None = None):
    """Load the CRF tagger from ``path`` (default: the packaged model).

    Raises
    ------
    ModelLoadError
        When the file is missing or is not a CRFsuite model.
    """
    from underthesea_core import CRFTagger

    if path is None:
        return _default_tagger()
    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"The NER model file {str(path)!r} does not exist. Reinstall vngovnlp "
                             "or rebuild it with `python models/train_ner.py`.")
    check_size(path, "rebuild it with `python models/train_ner.py`")  # before anything is read
    # a CRFsuite file starts with the magic "lCRF"; check first, so that a corrupt file gives our
    # message rather than whatever the Rust reader makes of it
    with path.open("rb") as fh:
        head = fh.read(4)
    if head != b"lCRF":
        raise ModelLoadError(f"The NER model file {str(path)!r} is not a CRFsuite model (corrupt or "
                             "truncated). Reinstall vngovnlp or rebuild it with `python models/train_ner.py`.")
    check_sha256(path, recorded_sha256(path.with_name("ner.manifest.json"), "sha256", path.name),
                 "rebuild it with `python models/train_ner.py`")
    tagger = CRFTagger()
    try:
        tagger.load(str(path))
        labels = set(tagger.labels())
    except BaseException as exc:  # the Rust reader raises PanicException, a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise ModelLoadError(f"The NER model file {str(path)!r} could not be read ({exc}). Reinstall "
                             "vngovnlp or rebuild it with `python models/train_ner.py`.") from None
    if not labels & {"B-PER", "B-ORG", "B-LOC"}:
        raise ModelLoadError(f"The NER model file {str(path)!r} has labels {sorted(labels)}, "
                             "not PER/ORG/LOC BIO labels.")
    return tagger


@functools.cache
def _default_tagger():
    ref = resources.files("vngovnlp.models").joinpath(MODEL_NAME)
    with resources.as_file(ref) as path:  # a real file even when installed as a zip
        return load_tagger(path)  # the tagger reads the whole file: the path may then go


def _chunks(spans: list[tuple[int, int]], text: str, tokens: list[str]):
    # a line break ends a chunk too: a headline without a full stop is not part of the next line
    start = 0
    ends = [s for s, _ in spans[1:]]
    ends.append(spans[-1][1] if spans else 0)
    for i, ((_, e), next_start, tok) in enumerate(zip(spans, ends, tokens, strict=True)):
        if tok in _SENTENCE_END or i - start >= _MAX_CHUNK or text.find("\n", e, next_start) >= 0:
            yield start, i + 1
            start = i + 1
    if start < len(spans):
        yield start, len(spans)


def find_entities(text: str, labels: tuple[str, ...] = ("PER", "ORG", "LOC")) -> list[Entity]:
    """PER/ORG/LOC spans found by the syllable CRF, in text order.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).
    labels : tuple of str
        The labels to keep (the model also tags MISC).

    Returns
    -------
    list of Entity

    Examples
    --------
    >>> t = "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đến thăm Lào Cai."
    >>> [(e.label, e.text) for e in find_entities(t)]
    [('ORG', 'UBND tỉnh Bắc Kạn'), ('PER', 'Nguyễn Văn An'), ('LOC', 'Lào Cai')]
    """
    if not text or text.isspace():
        return []
    keep = frozenset(labels)
    return [e for e in _tag(text) if e.label in keep]


def _tag(text: str) -> tuple[Entity, ...]:
    """All entities of ``text`` (the pipeline's Doc computes them once per article)."""
    spans = syllables(text)
    if not spans:
        return ()
    tagger = _default_tagger()
    tokens = [text[s:e] for s, e in spans]
    out: list = []
    for a, b in _chunks(spans, text, tokens):
        piece = spans[a:b]
        tags = tagger.tag(features(tokens[a:b]))
        out.extend(bio_spans((s, e, tag) for (s, e), tag in zip(piece, tags, strict=True)))
    return tuple(Entity(label, text[s:e], s, e) for label, s, e in out)


def bio_spans(tagged) -> list[tuple[str, int, int]]:
    """(label, start, end) of each entity in a sequence of (start, end, BIO tag).

    An ``I-`` tag that does not continue an entity of its label starts one, as CoNLL
    evaluation reads it.

    Examples
    --------
    >>> bio_spans([(0, 2, "B-PER"), (3, 5, "I-PER"), (6, 8, "O"), (9, 11, "I-LOC")])
    [('PER', 0, 5), ('LOC', 9, 11)]
    """
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for start, end, tag in tagged:
        kind, _, label = tag.partition("-")
        if kind == "I" and cur is not None and cur[0] == label:
            cur[2] = end
            continue
        if cur is not None:
            out.append(tuple(cur))
        cur = [label, start, end] if kind in ("B", "I") else None
    if cur is not None:
        out.append(tuple(cur))
    return out
