"""spaCy: a Vietnamese tokenizer, vngovnlp's extractors as components, displaCy rendering.

:func:`load` returns a ready pipeline: the tokenizer gives the library's words (underthesea
word segmentation with offsets, whitespace kept so that ``doc.text`` is the text) and the
components ``vngov_officials``, ``vngov_organisations``, ``vngov_dates``, ``vngov_awards``,
``vngov_locations`` (and, when asked, ``vngov_entities``) set ``doc._.officials`` … and add
their spans to ``doc.spans["vngov"]`` and, where they do not overlap, ``doc.ents``.

The components share one :class:`vngovnlp.doc.Doc` per spaCy ``Doc`` (``doc._.vngov_doc``): the
article is read, normalised and cleaned once, and each component runs the same pipeline step as
``vngovnlp.extract_*``, so ``doc._.dates == vngovnlp.extract_dates(doc.text)``. A span's
``.text`` is exactly the extracted text: where an item starts or ends inside a token (any
tokenizer, ``spacy.blank("xx")`` included), the token is split there.

Examples
--------
>>> nlp = load(["locations"])
>>> doc = nlp("Đoàn công tác làm việc tại huyện Ba Bể, tỉnh Bắc Kạn.")
>>> [(s.text, s.label_) for s in doc.spans["vngov"]]
[('huyện Ba Bể', 'LOC'), ('tỉnh Bắc Kạn', 'LOC')]
>>> [x.province for x in doc._.locations]
['Thái Nguyên', 'Thái Nguyên']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, registry

from . import pipeline
from .errors import check_text
from .normalize import replace_surrogates, to_source
from .types import Article

__all__ = [
    "SPAN_KEY",
    "VietnameseTokenizer",
    "blank",
    "load",
    "make_awards",
    "make_dates",
    "make_entities",
    "make_locations",
    "make_officials",
    "make_organisations",
    "render",
]

SPAN_KEY = "vngov"
_DOC_KEY = "vngov_doc"
_ITEMS_KEY = "vngov_items"  # (start, end, label) of every span the components added

_LABELS = {
    "officials": "PER",
    "organisations": "ORG",
    "dates": "DATE",
    "awards": "AWARD",
    "locations": "LOC",
}
_ALL = ("officials", "organisations", "dates", "awards", "locations")


def _words_and_spaces(text: str, spans: Iterable[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy's ``words``/``spaces`` for tokens at ``spans``: every other character of ``text``
    becomes a token of its own run (whitespace or not), so the Doc's text is ``text``."""
    words: list[str] = []
    spaces: list[bool] = []

    def gap(a: int, b: int) -> None:
        piece = text[a:b]
        if piece == " " and words and not spaces[-1]:
            spaces[-1] = True
            return
        if piece.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            piece = piece[1:]
        for run in _runs(piece):
            words.append(run)
            spaces.append(False)

    pos = 0
    for start, end in spans:
        if start < pos or start >= end:
            continue
        if start > pos:
            gap(pos, start)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    if pos < len(text):
        gap(pos, len(text))
    return words, spaces


#: ``text`` with each lone surrogate (which spaCy cannot encode) replaced by U+FFFD, one for one.
spacy_safe = replace_surrogates


def _runs(piece: str) -> Iterator[str]:
    """``piece`` cut into runs of whitespace and runs of other characters."""
    start = 0
    for i in range(1, len(piece) + 1):
        if i == len(piece) or piece[i].isspace() != piece[start].isspace():
            yield piece[start:i]
            start = i


class VietnameseTokenizer:
    """spaCy tokenizer giving the library's words (:func:`vngovnlp.tokenize.words`).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("xx")
    >>> nlp.tokenizer = VietnameseTokenizer(nlp.vocab)
    >>> [t.text for t in nlp("Chủ tịch UBND tỉnh Lý Thái Hải")]
    ['Chủ tịch', 'UBND', 'tỉnh', 'Lý Thái Hải']
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from .tokenize import words

        text = spacy_safe(check_text(text, "text", "VietnameseTokenizer"))
        tokens, spaces = _words_and_spaces(text, ((t.start, t.end) for t in words(text)))
        return Doc(self.vocab, words=tokens, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # No state of its own: serialising an nlp object saves and restores nothing here.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> VietnameseTokenizer:
        return self

    def to_disk(self, path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path, **kwargs: Any) -> VietnameseTokenizer:
        return self


@registry.tokenizers("vngovnlp.VietnameseTokenizer.v1")
def create_tokenizer():
    """The registered tokenizer factory (``[nlp.tokenizer] @tokenizers =
    "vngovnlp.VietnameseTokenizer.v1"`` in a spaCy config)."""
    def make(nlp: Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


def _set_extension(name: str) -> None:
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


def library_doc(doc: Doc):
    """The :class:`vngovnlp.doc.Doc` of a spaCy ``Doc``, read once and shared by the components."""
    _set_extension(_DOC_KEY)
    found = doc._.get(_DOC_KEY)
    if found is None or found.source != doc.text:
        found = pipeline.read(doc.text, html=False, func="the vngov spaCy components")
        doc._.set(_DOC_KEY, found)
    return found


def _split_at(doc: Doc, cuts: set[int]) -> None:
    """Split the tokens of ``doc`` that a cut offset falls strictly inside."""
    inside = [(tok, sorted(c - tok.idx for c in cuts if tok.idx < c < tok.idx + len(tok.text)))
              for tok in doc]
    inside = [(tok, offsets) for tok, offsets in inside if offsets]
    if not inside:
        return
    with doc.retokenize() as retokenizer:
        for tok, offsets in inside:
            bounds = [0, *offsets, len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            retokenizer.split(tok, orths, heads=[(tok, 0)] * len(orths))


def _add_spans(doc: Doc, items: list[tuple[int, int, str]]) -> None:
    """Add character spans ``items`` to ``doc.spans[SPAN_KEY]`` and ``doc.ents``, exactly."""
    _set_extension(_ITEMS_KEY)
    known = list(doc._.get(_ITEMS_KEY) or [])
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    _split_at(doc, {x for start, end, _ in items for x in (start, end)})
    known.extend(items)
    doc._.set(_ITEMS_KEY, known)
    spans = [doc.char_span(s, e, label=label, alignment_mode="strict") for s, e, label in known]
    spans = sorted((s for s in spans if s is not None), key=lambda s: (s.start, s.end))
    doc.spans[SPAN_KEY] = spans
    previous = [doc.char_span(s, e, label=label) for s, e, label in ents]
    doc.ents = filter_spans([s for s in previous if s is not None] + spans)


def _char_spans(kind: str, found: list) -> list[tuple[int, int, str]]:
    out = []
    for item in found:
        label = item.label if kind == "entities" else _LABELS[kind]
        mentions = getattr(item, "mentions", ()) or ()
        for start, end in sorted({(m.start, m.end) for m in mentions} or {(item.start, item.end)}):
            out.append((start, end, label))
    return out


class VngovComponent:
    """A pipeline component running one step of vngovnlp's pipeline on the shared library Doc.

    Parameters
    ----------
    kind : str
        officials, organisations, dates, awards, locations or entities: the extension set.
    """

    def __init__(self, kind: str):
        self.kind = kind
        _set_extension(kind)

    def __call__(self, doc: Doc) -> Doc:
        vdoc = pipeline.run(library_doc(doc), [self.kind])
        found = list(to_source(vdoc.facts[self.kind], vdoc.normalized))
        doc._.set(self.kind, found)
        _add_spans(doc, _char_spans(self.kind, found))
        return doc


def _factory(kind: str):
    def make(nlp: Language, name: str) -> VngovComponent:
        return VngovComponent(kind)

    make.__name__ = f"make_{kind}"
    make.__doc__ = f"Build the component that sets ``doc._.{kind}`` (factory ``vngov_{kind}``)."
    return make


_ASSIGNS = ["doc.ents", "doc.spans"]
make_officials = Language.factory("vngov_officials", assigns=[*_ASSIGNS, "doc._.officials"])(
    _factory("officials"))
make_organisations = Language.factory("vngov_organisations", assigns=[*_ASSIGNS, "doc._.organisations"])(
    _factory("organisations"))
make_dates = Language.factory("vngov_dates", assigns=[*_ASSIGNS, "doc._.dates"])(_factory("dates"))
make_awards = Language.factory("vngov_awards", assigns=[*_ASSIGNS, "doc._.awards"])(_factory("awards"))
make_locations = Language.factory("vngov_locations", assigns=[*_ASSIGNS, "doc._.locations"])(
    _factory("locations"))
make_entities = Language.factory("vngov_entities", assigns=[*_ASSIGNS, "doc._.entities"])(
    _factory("entities"))


def blank() -> Language:
    """An empty multi-language pipeline: works offline, no model or pyvi needed."""
    import spacy

    return spacy.blank("xx")


def load(components: Iterable[str] = _ALL) -> Language:
    """A ready pipeline: the Vietnamese tokenizer and vngovnlp's components.

    Parameters
    ----------
    components : iterable of str
        Which components, in order (default: officials, organisations, dates, awards,
        locations; ``"entities"`` adds the NER spans).

    Returns
    -------
    spacy.language.Language
    """
    import spacy

    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "vngovnlp.VietnameseTokenizer.v1"}}})
    for kind in components:
        nlp.add_pipe(f"vngov_{kind}")
    return nlp


def _doc_from_article(article: Article) -> Doc:
    doc = blank().make_doc(spacy_safe(article.text))
    for kind in _ALL:
        _set_extension(kind)
        items = list(getattr(article, kind))
        doc._.set(kind, items)
        _add_spans(doc, _char_spans(kind, items))
    return doc


def render(text_or_article: str | Article, style: str = "span") -> str:
    """displaCy HTML of everything vngovnlp finds, for notebooks.

    Parameters
    ----------
    text_or_article : str or Article
        A text (analysed with the five extractors) or the result of :func:`vngovnlp.analyze`.
    style : {"span", "ent"}
        ``"span"`` shows overlapping spans (an official inside an award), ``"ent"`` the
        non-overlapping ones.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> html = render("Đoàn công tác thăm tỉnh Bắc Kạn.", style="ent")
    >>> "Bắc Kạn" in html and "LOC" in html
    True
    """
    from spacy import displacy

    if style not in ("span", "ent"):
        raise ValueError(f"The 'style' parameter of render must be 'span' or 'ent'. Got {style!r} instead.")
    if isinstance(text_or_article, Article):
        doc = _doc_from_article(text_or_article)
    else:
        text = check_text(text_or_article, "text_or_article", "render")
        doc = _doc_from_article(pipeline.analyze(text, html=False))
    options = {"spans_key": SPAN_KEY} if style == "span" else {}
    return displacy.render(doc, style=style, page=False, jupyter=False, options=options)
