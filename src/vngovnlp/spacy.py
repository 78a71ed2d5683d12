"""spaCy components: vngovnlp's extractors as pipeline components, and displaCy rendering.

Each component calls the public ``vngovnlp.extract_*`` function on ``doc.text`` (so spaCy and
plain Python share the same data files), stores the results on a Doc extension
(``doc._.officials``, ``doc._.organisations``, ``doc._.dates``, ``doc._.awards``,
``doc._.locations``, ``doc._.entities``) and adds their spans to ``doc.spans["vngov"]`` and,
where they do not overlap what is there, to ``doc.ents``, so that displaCy shows them.

The components work with any tokenizer; :func:`blank` gives the one that needs no download
(``spacy.blank("xx")``: spaCy's Vietnamese tokenizer wants pyvi).

Examples
--------
>>> nlp = blank()
>>> _ = nlp.add_pipe("vngov_locations")
>>> doc = nlp("Đoàn công tác làm việc tại huyện Ba Bể, tỉnh Bắc Kạn.")
>>> [(s.text, s.label_) for s in doc.spans["vngov"]]
[('huyện Ba Bể', 'LOC'), ('tỉnh Bắc Kạn', 'LOC')]
>>> [x.province for x in doc._.locations]
['Thái Nguyên', 'Thái Nguyên']
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from . import pipeline
from .errors import check_text
from .types import Article

__all__ = [
    "SPAN_KEY",
    "blank",
    "make_awards",
    "make_dates",
    "make_entities",
    "make_locations",
    "make_officials",
    "make_organisations",
    "render",
]

SPAN_KEY = "vngov"


def _spans(item: Any) -> list[tuple[int, int]]:
    """Every place an item is mentioned: its mentions when it has them, else its own span."""
    mentions = getattr(item, "mentions", ()) or ()
    spans = [(m.start, m.end) for m in mentions] or [(item.start, item.end)]
    return sorted(set(spans))


def _label(kind: str, item: Any) -> str:
    if kind == "entities":
        return item.label
    return _LABELS[kind]


_LABELS = {
    "officials": "PER",
    "organisations": "ORG",
    "dates": "DATE",
    "awards": "AWARD",
    "locations": "LOC",
}

_EXTRACTORS: dict[str, Callable[[str], list]] = {
    "officials": pipeline.extract_officials,
    "organisations": pipeline.extract_organisations,
    "dates": pipeline.extract_dates,
    "awards": pipeline.extract_awards,
    "locations": pipeline.extract_locations,
    "entities": pipeline.extract_entities,
}


def _set_extension(kind: str) -> None:
    if not Doc.has_extension(kind):
        Doc.set_extension(kind, default=None)


def _add_spans(doc: Doc, kind: str, items: Iterable[Any]) -> None:
    spans = []
    for item in items:
        for start, end in _spans(item):
            span = doc.char_span(start, end, label=_label(kind, item), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    group = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    doc.spans[SPAN_KEY] = sorted(group + spans, key=lambda s: (s.start, s.end))
    doc.ents = filter_spans(list(doc.ents) + spans)


class VngovComponent:
    """A pipeline component running one ``vngovnlp.extract_*`` function on ``doc.text``.

    Parameters
    ----------
    kind : str
        officials, organisations, dates, awards, locations or entities: the extension set.
    """

    def __init__(self, kind: str):
        self.kind = kind
        _set_extension(kind)

    def __call__(self, doc: Doc) -> Doc:
        items = _EXTRACTORS[self.kind](doc.text)
        doc._.set(self.kind, items)
        _add_spans(doc, self.kind, items)
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

_ALL = ("officials", "organisations", "dates", "awards", "locations")


def blank() -> Language:
    """An empty multi-language pipeline: works offline, no model or pyvi needed."""
    import spacy

    return spacy.blank("xx")


@functools.cache
def _full_pipeline() -> Language:
    nlp = blank()
    for kind in _ALL:
        nlp.add_pipe(f"vngov_{kind}")
    return nlp


def _doc_from_article(article: Article) -> Doc:
    doc = blank().make_doc(article.text)
    for kind in _ALL:
        _set_extension(kind)
        items = list(getattr(article, kind))
        doc._.set(kind, items)
        _add_spans(doc, kind, items)
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
        doc = _full_pipeline()(check_text(text_or_article, "text_or_article", "render"))
    options = {"spans_key": SPAN_KEY} if style == "span" else {}
    return displacy.render(doc, style=style, page=False, jupyter=False, options=options)
