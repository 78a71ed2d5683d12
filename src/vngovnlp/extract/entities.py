"""PER/ORG/LOC entities from a syllable-level CRF.

The model works on syllables of the raw text, so no word segmentation is needed at run time:
a regex cuts the text into syllables and punctuation marks, each syllable gets a small bag of
string features (itself, its shape, its neighbours), and a linear-chain CRF (underthesea_core's
Rust implementation, saved in CRFsuite's own binary format, not a pickle) tags them with BIO
labels. The model is trained by ``models/train_ner.py`` on the VLSP 2016 and 2018 NER corpora;
its manifest ``ner.manifest.json`` lists the training files, the feature set and the scores.

A text of several chunks is decoded by :class:`_Scorer` instead: the model's weights read
into arrays, each syllable's live strings kept as packed row numbers, and one Viterbi pass over
all chunks at once, with the Rust tagger's sums and ties (same labels, same scores, to the bit).
"""
from __future__ import annotations

import functools
import re
import struct
import unicodedata
from array import array
from bisect import bisect_right
from importlib import resources
from itertools import chain, compress
from pathlib import Path

from ..errors import ModelLoadError
from ..integrity import check_sha256, check_size, recorded_sha256
from ..types import Entity

__all__ = ["MODEL_NAME", "bio_spans", "features", "find_entities", "live_attributes", "load_tagger",
           "syllables", "word_clusters"]

MODEL_NAME = "ner.crfsuite"
FEATURE_SET = "v4"

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
    raw = [m.span() for m in _TOKEN.finditer(text)]
    if "." not in text:
        return raw
    n = len(text)
    # a dot joins the syllable before it, never one that already took a dot (that one is not
    # alphabetic), so each dot is judged against the raw span before it
    joins = [i for i, (s, e) in enumerate(raw) if e - s == 1 and text[s] == "." and i
             and (e == n or text[e].isspace()) and _is_initial(text, *raw[i - 1])]
    for i in reversed(joins):
        raw[i - 1] = (raw[i - 1][0], raw[i][1])
        del raw[i]
    return raw


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


def _place_runs(tokens: list[str], low: list[str]) -> list[tuple[int, int]]:
    """(first syllable, length) of each capitalised gazetteer name, left to right, longest first."""
    names, longest, starts = _place_names()
    runs: list[tuple[int, int]] = []
    n_tokens = len(tokens)
    after = 0  # the syllable after the last name found
    # only a syllable that starts some name is looked at (one dict lookup each, in C)
    for i in compress(range(n_tokens), map(starts.__contains__, low)):
        if i < after or not tokens[i][:1].isupper():
            continue
        for n in starts[low[i]]:
            if n > min(longest, n_tokens - i):
                continue
            if " ".join(low[i:i + n]) in names and all(t[:1].isupper() for t in tokens[i:i + n]):
                runs.append((i, n))
                after = i + n
                break
    return runs


def _place_flags(tokens: list[str], low: list[str]) -> list[str | None]:
    """"B"/"I" for syllables inside a capitalised gazetteer name, else None (``models/``
    trainers read them so)."""
    flags: list[str | None] = [None] * len(tokens)
    for i, n in _place_runs(tokens, low):
        flags[i:i + n] = ["B", *["I"] * (n - 1)]
    return flags


@functools.cache
def _clusters() -> dict[str, tuple[str, str, str]]:
    """Syllable or bigram ("hà nội") -> its word2vec k-means cluster at 100, 500 and 2000
    clusters (``data/ner_clusters.tsv``, built by ``models/build_ner_clusters.py``)."""
    from ..lexicon import read_text

    out: dict[str, tuple[str, str, str]] = {}
    for line in read_text("ner_clusters.tsv").splitlines():
        if line and not line.startswith("#"):
            key, a, b, c = line.split("\t")
            out[key] = (a, b, c)
    return out


def word_clusters(syllable: str) -> tuple[str, str, str] | None:
    """The clusters of a syllable or of two syllables joined by a space, case ignored.

    Syllables that news uses alike share clusters: place names with place names, given names
    with given names.

    Examples
    --------
    >>> word_clusters("Hà Nội") == word_clusters("hà nội") is not None
    True
    >>> word_clusters("xyzzyq") is None
    True
    """
    return _clusters().get(syllable.lower())


_MAX_CACHED = 1 << 17
_NO_PAIR: tuple[tuple[str, ...], ...] = ((), (), (), ())
_PAD_AT = {"<s>": (("w-2=<s>",), ("w-1=<s>",), ("w+1=<s>",), ("w+2=<s>",)),
           "</s>": (("w-2=</s>",), ("w-1=</s>",), ("w+1=</s>",), ("w+2=</s>",))}


class _Featurizer:
    """Feature strings built once per distinct piece and kept: per syllable as written (its
    lower-cased form, shape, own strings, and the strings it gives a neighbour at offsets -2,
    -1, +1, +2), per pair of neighbouring syllables (the pair as seen from each of four
    positions), per window of five shapes. Syllables repeat (a few thousand make most of the
    news), so these hit almost always; they are keyed by syllables, never by a text, and each is
    emptied when it grows past ``_MAX_CACHED``.

    With ``live`` (the attribute strings of a model that carry a weight), every cached piece
    keeps only those: the tagger is then handed no string it would look up in vain, which is
    most of its cost (the rest of the strings name features that L1 pruned).
    """

    no_pair: tuple = _NO_PAIR

    def __init__(self, live: frozenset[str] | None = None) -> None:
        self.live = live
        self.syllables: dict[str, tuple] = {}
        self.bigrams: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
        self.shapes: dict[tuple[str, ...], tuple[str, ...]] = {}
        # pairs ("a|b") named by a live bigram attribute: most pairs are not, and skip their strings
        self.pairs = None if live is None else frozenset(
            f.partition("=")[2] for f in live if f.startswith(("w-2w-1=", "w-1w=", "ww+1=", "w+1w+2=")))
        self.pads = {w: self._remember(self.syllables, w, (w, w, self._keep(()), *map(self._keep, at)))
                     for w, at in _PAD_AT.items()}

    def _keep(self, strings) -> tuple:
        return tuple(strings) if self.live is None else tuple(filter(self.live.__contains__, strings))

    @staticmethod
    def _remember(cache: dict, key, value):
        if len(cache) >= _MAX_CACHED:
            cache.clear()
        cache[key] = value
        return value

    def syllable(self, tok: str) -> tuple:
        """(lower-cased, shape, own strings, strings seen from offset -2, -1, +1, +2): one flat
        tuple, so that the window reads each piece with one subscript."""
        w = tok.lower()
        s = _shape(tok)
        own = ["w=" + w, "s=" + s]
        if len(tok) > 1 and tok.isupper():
            own.append("allcap")
        if _DIGIT.search(w):
            own.append("hasdigit")
        c = _clusters().get(w)
        own += ("c1=" + c[0], "c2=" + c[1], "c3=" + c[2]) if c else ("c=none",)
        at = (["w-2=" + w], ["w-1=" + w], ["w+1=" + w], ["w+2=" + w])
        if c:
            at[0].append("c-2=" + c[0])
            at[1].extend(("c-1a=" + c[0], "c-1b=" + c[1]))
            at[2].extend(("c+1a=" + c[0], "c+1b=" + c[1]))
            at[3].append("c+2=" + c[0])
        return self._remember(self.syllables, tok, (w, s, self._keep(own), *map(self._keep, at)))

    def bigram(self, a: str, b: str) -> tuple[tuple[str, ...], ...]:
        """The pair as seen from the syllable after it, its second, its first, the one before it:
        (w-2w-1=,), (w-1w=, bl clusters), (ww+1=, br clusters), (w+1w+2=,)."""
        ab = a + "|" + b
        c = _clusters().get(a + " " + b)
        if c is None and self.pairs is not None and ab not in self.pairs:
            return self._remember(self.bigrams, (a, b), self.no_pair)
        left = ("bl1=" + c[0], "bl2=" + c[1], "bl3=" + c[2]) if c else ()
        right = ("br1=" + c[0], "br2=" + c[1], "br3=" + c[2]) if c else ()
        return self._remember(self.bigrams, (a, b), tuple(map(self._keep, (
            ("w-2w-1=" + ab,), ("w-1w=" + ab, *left), ("ww+1=" + ab, *right), ("w+1w+2=" + ab,)))))

    def shape_window(self, s2: str, s1: str, s: str, n1: str, n2: str) -> tuple[str, ...]:
        return self._remember(self.shapes, (s2, s1, s, n1, n2), self._keep((
            "s-1=" + s1, "s+1=" + n1, "s-1s=" + s1 + s, "ss+1=" + s + n1, "s-1ss+1=" + s1 + s + n1,
            "s-2s-1s=" + s2 + s1 + s, "sss+2=" + s + n1 + n2)))

    def __call__(self, tokens: list[str]) -> list[list]:
        syll, bigrams, shapes = self.syllables, self.bigrams, self.shapes
        start, stop = self.pads["<s>"], self.pads["</s>"]
        info = [syll.get(t) or self.syllable(t) for t in tokens]
        pad = [start, start, *info, stop, stop]
        pad_w = [e[0] for e in pad]
        pad_s = [e[1] for e in pad]
        big = [bigrams.get(k) or self.bigram(*k) for k in zip(pad_w, pad_w[1:], strict=False)]
        windows = zip(pad_s, pad_s[1:], pad_s[2:], pad_s[3:], pad_s[4:], strict=False)
        # an empty tuple is a cached value too (nothing live): compare with None, not truth
        shp = [x if (x := shapes.get(k)) is not None else self.shape_window(*k) for k in windows]
        out = self._join(zip(info, pad, pad[1:], pad[3:], pad[4:], big, big[1:], big[2:], big[3:], shp, strict=False))
        for j, f in _flags(tokens, pad_w[2:-2]):
            if self.live is None or f in self.live:
                out[j] = self._add(out[j], f)
        return out

    @staticmethod
    def _join(parts) -> list:
        """Each syllable's strings: its own, its neighbours', its bigrams', its shape window's."""
        return [[*e[2], *m2[3], *m1[4], *p1[5], *p2[6], *b2[0], *b1[1], *b0[2], *bp[3], *sh]
                for e, m2, m1, p1, p2, b2, b1, b0, bp, sh in parts]

    @staticmethod
    def _add(strings: list, f: str) -> list:
        strings.append(f)
        return strings


class _RowFeaturizer(_Featurizer):
    """The same pieces as :class:`_Featurizer` with live strings only, each kept as the bytes of
    its weight rows in a :class:`_Scorer` (``index``: string -> row; ``typecode``: how a row
    number is packed). A syllable is then one ``bytes``, joined from its pieces without a
    Python object per string, and a text's rows reach numpy in one buffer; :meth:`strings`
    gives the same live strings, as strings, for the Rust tagger.
    """

    def __init__(self, index: dict[str, int], typecode: str) -> None:
        self.index, self.typecode = index, typecode
        self.no_pair = (b"", b"", b"", b"")
        super().__init__(frozenset(index))
        self.plain = _LiveFeaturizer(self)

    def strings(self, tokens: list[str]) -> list[list[str]]:
        """The live strings of each syllable, in order (what the Rust tagger is fed), from
        caches of their own: joining kept strings costs less than reading rows back."""
        return self.plain(tokens)

    def _keep(self, strings) -> bytes:
        get = self.index.get
        rows = [k for f in strings if (k := get(f)) is not None]
        return array(self.typecode, rows).tobytes() if rows else b""

    @staticmethod
    def _join(parts) -> list:
        join = b"".join
        return [join((e[2], m2[3], m1[4], p1[5], p2[6], b2[0], b1[1], b0[2], bp[3], sh))
                for e, m2, m1, p1, p2, b2, b1, b0, bp, sh in parts]

    def _add(self, rows: bytes, f: str) -> bytes:
        return rows + self._keep((f,))


class _LiveFeaturizer(_Featurizer):
    """:class:`_Featurizer` with the live strings of a :class:`_RowFeaturizer`, each cached piece
    holding the live set's own string objects (a cached syllable costs its tuples, not copies
    of its strings). A piece missing here is read back from the rows' cache when it is there
    (a sentence of an article already tagged), else built."""

    def __init__(self, rows: _RowFeaturizer) -> None:
        self.rows = rows
        self.canonical = {f: f for f in rows.index}
        self.names = [""] * (max(rows.index.values(), default=0) + 1)
        for f, k in rows.index.items():
            self.names[k] = f
        super().__init__(rows.live)

    def _keep(self, strings) -> tuple:
        get = self.canonical.get
        return tuple(k for f in strings if (k := get(f)) is not None)

    def _strings(self, packed: bytes) -> tuple[str, ...]:
        return tuple(map(self.names.__getitem__, array(self.rows.typecode, packed)))

    def syllable(self, tok: str) -> tuple:
        packed = self.rows.syllables.get(tok)
        if packed is None:
            return super().syllable(tok)
        w, s, *pieces = packed
        return self._remember(self.syllables, tok, (w, s, *map(self._strings, pieces)))

    def bigram(self, a: str, b: str) -> tuple[tuple[str, ...], ...]:
        packed = self.rows.bigrams.get((a, b))
        if packed is None:
            return super().bigram(a, b)
        return self._remember(self.bigrams, (a, b), tuple(map(self._strings, packed)))

    def shape_window(self, s2: str, s1: str, s: str, n1: str, n2: str) -> tuple[str, ...]:
        packed = self.rows.shapes.get((s2, s1, s, n1, n2))
        if packed is None:
            return super().shape_window(s2, s1, s, n1, n2)
        return self._remember(self.shapes, (s2, s1, s, n1, n2), self._strings(packed))


_PLAIN = _Featurizer()


def features(tokens: list[str]) -> list[list[str]]:
    """CRF feature strings of each syllable: itself, shape, neighbours ±2, bigrams, word
    clusters of the syllable, its neighbours and its bigrams, and the gazetteer flags of the
    syllable and its neighbours.

    These are the strings the model is trained on (``FEATURE_SET``), built quickly from
    per-piece caches (a CRF reads them as a bag; their order only sets the order in which a
    tagger adds their weights).

    Examples
    --------
    >>> f = features(["Sở", "Y", "tế", "Bắc", "Kạn"])
    >>> f[3][:2], "gz=B" in f[3], "gz-1=B" in f[4], "c=none" in f[3]
    (['w=bắc', 's=C'], True, True, False)
    """
    return _PLAIN(tokens)


def _flags(tokens: list[str], low: list[str]) -> list[tuple[int, str]]:
    """Gazetteer place names: (syllable, gz=B/I), and as seen from each neighbour, in the
    order they are added to a syllable's strings."""
    flags: list[tuple[int, str]] = []
    for start, length in _place_runs(tokens, low):
        for i in range(start, start + length):
            g = "B" if i == start else "I"
            flags += ((i, "gz=" + g), (i + 1, "gz-1=" + g), (i - 1, "gz+1=" + g))
    n = len(tokens)
    return [(j, f) for j, f in flags if 0 <= j < n]


def live_attributes(path: str | Path) -> frozenset[str]:
    """The attribute strings of a CRFsuite model that carry at least one feature.

    Reads the file as CRFsuite writes it (crf1d_model.c): a header of offsets, the attribute
    dictionary (a CQDB: records of id, key size, key) and the attribute-to-feature references.
    An attribute with no feature left (L1 pruned them all) is dropped.

    Raises
    ------
    ModelLoadError
        When the file does not have that layout.
    """
    b = Path(path).read_bytes()
    try:
        head = struct.unpack_from("<4sI4s9I", b, 0)
        off_attrs, off_refs = head[9], head[11]
        chunk, _, num = struct.unpack_from("<4sII", b, off_refs)
        db, _, _, _, n_keys, bwd = struct.unpack_from("<4sIIIII", b, off_attrs)
        if (head[0], chunk, db) != (b"lCRF", b"AFRF", b"CQDB"):
            raise ValueError("not the CRFsuite layout")
        refs = struct.unpack_from(f"<{num}I", b, off_refs + 12)
        live = {i for i, o in enumerate(refs) if struct.unpack_from("<I", b, o)[0]}
        out = []
        for rec in struct.unpack_from(f"<{n_keys}I", b, off_attrs + bwd):
            if rec:
                value, size = struct.unpack_from("<iI", b, off_attrs + rec)
                if value in live:
                    out.append(b[off_attrs + rec + 8:off_attrs + rec + 7 + size].decode("utf-8"))
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"The NER model file {str(path)!r} has no readable attribute table ({exc}). "
                             "Reinstall vngovnlp or rebuild it with `python models/train_ner.py`.") from None
    return frozenset(out)


def _cqdb_keys(b: bytes, off: int) -> dict[int, str]:
    """id -> key of a CQDB (CRFsuite's string dictionary) at ``off``."""
    db, _, _, _, n_keys, bwd = struct.unpack_from("<4sIIIII", b, off)
    if db != b"CQDB":
        raise ValueError("not the CRFsuite layout")
    out = {}
    for rec in struct.unpack_from(f"<{n_keys}I", b, off + bwd):
        if rec:
            value, size = struct.unpack_from("<iI", b, off + rec)
            out[value] = b[off + rec + 8:off + rec + 7 + size].decode("utf-8")
    return out


class _Scorer:
    """The CRF's weights as arrays, and Viterbi over all chunks of a text at once.

    Read from the CRFsuite file (crf1d_model.c: a table of features, each a type, a source, a
    destination and a double; type 0 is attribute -> label, type 1 label -> label). A syllable's
    score per label is 0.0 plus the weights of its attributes, added in the order the featurizer
    lists them, and the decoding keeps the first best previous label: what underthesea_core's
    tagger computes, to the bit, without handing it tens of thousands of strings per article.
    """

    def __init__(self, path: str | Path) -> None:
        import numpy as np

        b = Path(path).read_bytes()
        try:
            head = struct.unpack_from("<4sI4s9I", b, 0)
            n_labels, off_features, off_labels, off_attrs = head[5], head[7], head[8], head[9]
            chunk, _, num = struct.unpack_from("<4sII", b, off_features)
            if (head[0], chunk) != (b"lCRF", b"FEAT"):
                raise ValueError("not the CRFsuite layout")
            labels = _cqdb_keys(b, off_labels)
            attrs = _cqdb_keys(b, off_attrs)
            self.labels = tuple(labels[i] for i in range(n_labels))
            trans = np.zeros((n_labels, n_labels))
            state: dict[tuple[int, int], float] = {}
            for kind, src, dst, weight in struct.iter_unpack("<IIId", b[off_features + 12:off_features + 12 + 20 * num]):
                if kind == 1:
                    trans[src, dst] = weight
                elif abs(weight) > 1e-10:  # the Rust reader drops the rest
                    state[src, dst] = weight
        except (struct.error, ValueError, UnicodeDecodeError, KeyError, IndexError) as exc:
            raise ModelLoadError(f"The NER model file {str(path)!r} has no readable feature table ({exc}). "
                                 "Reinstall vngovnlp or rebuild it with `python models/train_ner.py`.") from None
        rows = {a: k for k, a in enumerate(sorted({a for a, _ in state}), start=1)}
        weights = np.zeros((len(rows) + 1, n_labels))  # row 0: zeros, the start of every sum
        for (a, y), w in state.items():
            weights[rows[a], y] = w
        self.index = {attrs[a]: k for a, k in rows.items()}
        self.weights, self.trans = weights, trans
        self.trans_t = np.ascontiguousarray(trans.T)
        self.typecode, self.dtype = ("H", np.uint16) if len(weights) <= 1 << 16 else ("I", np.uint32)

    def tag(self, chunks: list[list[bytes]]) -> list[list[str]]:
        """The labels of each chunk (a list of syllables, each its weight rows packed as bytes)."""
        lengths = [len(c) for c in chunks]
        paths = self._viterbi(self._emissions(list(chain.from_iterable(chunks))), lengths)
        names = self.labels
        return [[names[y] for y in p] for p in paths]

    def _emissions(self, syllables: list[bytes]):
        """Each syllable's score per label: its rows' weights added one after the other."""
        import numpy as np

        size = np.dtype(self.dtype).itemsize
        counts = np.fromiter(map(len, syllables), dtype=np.intp, count=len(syllables)) // size
        width = int(counts.max()) if len(counts) else 0
        if not width:
            return np.zeros((len(syllables), self.weights.shape[1]))
        grid = np.zeros((len(syllables), width), dtype=self.dtype)  # row 0 (zeros) pads
        grid[np.arange(width) < counts[:, None]] = np.frombuffer(b"".join(syllables), dtype=self.dtype)
        columns = np.ascontiguousarray(grid.T)
        # the k-th rows of all syllables at once: the order the Rust tagger adds them in
        # (numpy's own sum pairs terms, and a last bit could then differ)
        weights = self.weights
        out = weights.take(columns[0], axis=0)
        for k in range(1, width):
            out += weights.take(columns[k], axis=0)
        return out

    def _viterbi(self, emissions, lengths: list[int]) -> list[list[int]]:
        """Best label ids of every chunk; longest chunks first, so the live ones are a prefix."""
        import numpy as np

        n, labels = len(lengths), self.weights.shape[1]
        order = sorted(range(n), key=lengths.__getitem__, reverse=True)
        longest = lengths[order[0]]
        offsets = np.cumsum([0, *lengths])
        grid = np.zeros((longest, n, labels))  # time-major: each step reads one contiguous block
        for k, c in enumerate(order):
            grid[:lengths[c], k] = emissions[offsets[c]:offsets[c + 1]]
        live = [0] * longest  # chunks longer than t
        for length in lengths:
            live[length - 1] += 1
        for t in range(longest - 2, -1, -1):
            live[t] += live[t + 1]
        score = grid[0].copy()
        final = np.empty((n, labels))
        back = np.empty((longest, n, labels), dtype=np.intp)  # read only where written
        steps = np.empty((n, labels, labels))
        trans_t = self.trans_t
        for t in range(1, longest):
            m = live[t]
            if live[t - 1] > m:  # chunks ending at t - 1
                final[m:live[t - 1]] = score[m:live[t - 1]]
            # step[k, j, i]: chunk k at label i, then label j; the max over the last, contiguous axis
            step = np.add(score[:m, None, :], trans_t, out=steps[:m])
            step.argmax(axis=2, out=back[t, :m])  # the first best, as the Rust loop's strict '>'
            score = step.max(axis=2)
            score += grid[t, :m]
        final[:live[-1]] = score
        best = final.argmax(axis=1)
        path = np.empty((n, longest), dtype=np.intp)
        flat = back.reshape(longest, n * labels)  # back[t, k, j] at flat[t, k * labels + j]
        base = np.arange(0, n * labels, labels)
        for t in range(longest - 1, -1, -1):
            m = live[t]
            path[:m, t] = best[:m]
            if t:
                best[:m] = flat[t].take(base[:m] + best[:m])
        out: list[list[int]] = [[]] * n
        for k, c in enumerate(order):
            out[c] = path[k, :lengths[c]].tolist()
        return out


#: id of a tagger loaded by load_tagger -> (the tagger, the featurizer keeping its live
#: attributes as weight rows, the scorer of those rows)
_FEATURIZERS: dict[int, tuple[object, _RowFeaturizer, _Scorer]] = {}


def _featurizer(tagger):
    """tokens -> the strings ``tagger`` is fed: its live attributes, else every feature string."""
    entry = _FEATURIZERS.get(id(tagger))
    return entry[1].strings if entry is not None and entry[0] is tagger else _PLAIN


def _scorer(tagger) -> tuple[_RowFeaturizer, _Scorer] | None:
    entry = _FEATURIZERS.get(id(tagger))
    return (entry[1], entry[2]) if entry is not None and entry[0] is tagger else None


def _batched(pieces: list[list[str]]) -> bool:
    """Whether the chunks of a text go through the batch Viterbi rather than the Rust tagger.

    The batch pays a few numpy calls per syllable of its longest chunk, whatever the number of
    chunks; the Rust tagger pays per syllable of every chunk (it looks up each of a syllable's
    forty-odd strings). A headline or a sentence is cheaper in Rust, an article in the batch.
    """
    return sum(map(len, pieces)) >= _BATCH_FROM * max(map(len, pieces))


_BATCH_FROM = 3


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
    scorer = _Scorer(path)
    _FEATURIZERS[id(tagger)] = (tagger, _RowFeaturizer(scorer.index, scorer.typecode), scorer)
    return tagger


@functools.cache
def _default_tagger():
    ref = resources.files("vngovnlp.models").joinpath(MODEL_NAME)
    with resources.as_file(ref) as path:  # a real file even when installed as a zip
        return load_tagger(path)  # the tagger reads the whole file: the path may then go


def _chunks(spans: list[tuple[int, int]], text: str, tokens: list[str]):
    # a line break ends a chunk too: a headline without a full stop is not part of the next line
    start = 0
    before_break = _before_breaks(spans, text)
    for i, tok in enumerate(tokens):
        if tok in _SENTENCE_END or i - start >= _MAX_CHUNK or i in before_break:
            yield start, i + 1
            start = i + 1
    if start < len(spans):
        yield start, len(spans)


def _before_breaks(spans: list[tuple[int, int]], text: str) -> set[int]:
    """Indices of the syllables a line break follows (a syllable holds no white space, so each
    break lies between the last syllable starting before it and the next one)."""
    out: set[int] = set()
    p = text.find("\n")
    if p < 0:
        return out
    starts = [s for s, _ in spans]
    while p >= 0:
        k = bisect_right(starts, p) - 1
        if k >= 0:
            out.add(k)
        p = text.find("\n", p + 1)
    return out


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
    chunks = list(_chunks(spans, text, tokens))
    pieces = [tokens[a:b] for a, b in chunks]
    fast = _scorer(tagger)
    if fast is not None and _batched(pieces):
        featurize, scorer = fast
        tagged = scorer.tag([featurize(p) for p in pieces])
    else:  # a short text, or a tagger not loaded by load_tagger: the tagger's own, fed strings
        featurize = _featurizer(tagger)
        tagged = [tagger.tag(featurize(p)) for p in pieces]
    out: list = []
    for (a, b), tags in zip(chunks, tagged, strict=True):
        if tags.count("O") < len(tags):  # most chunks name nothing
            out.extend(bio_spans((s, e, tag) for (s, e), tag in zip(spans[a:b], tags, strict=True)))
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
