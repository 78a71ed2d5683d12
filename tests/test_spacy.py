"""spaCy components (``vngovnlp.spacy``): factories, Doc extensions, displaCy rendering."""
from __future__ import annotations

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc

import vngovnlp
from vngovnlp import spacy as vspacy

TEXT = "Ngày 26/9, đoàn công tác làm việc tại huyện Ba Bể, tỉnh Bắc Kạn và thăm Hà Nội."
KINDS = ["officials", "organisations", "dates", "awards", "locations"]


@pytest.fixture(scope="module")
def nlp():
    nlp = vspacy.blank()
    for kind in KINDS:
        nlp.add_pipe(f"vngov_{kind}")
    return nlp


def test_blank_pipeline_needs_no_download():
    nlp = spacy.blank("xx")
    nlp.add_pipe("vngov_officials")
    assert nlp.pipe_names == ["vngov_officials"]


@pytest.mark.parametrize("kind", KINDS)
def test_extensions_are_set(nlp, kind):
    doc = nlp(TEXT)
    assert Doc.has_extension(kind)
    assert isinstance(doc._.get(kind), list)


def test_extensions_match_the_plain_python_functions(nlp):
    doc = nlp(TEXT)
    assert doc._.locations == vngovnlp.extract_locations(TEXT)
    assert doc._.officials == vngovnlp.extract_officials(TEXT)


def test_locations_become_spans_and_ents(nlp):
    doc = nlp(TEXT)
    spans = {(s.text, s.label_) for s in doc.spans[vspacy.SPAN_KEY]}
    assert {("huyện Ba Bể", "LOC"), ("tỉnh Bắc Kạn", "LOC"), ("Hà Nội", "LOC")} <= spans
    assert {"huyện Ba Bể", "Hà Nội"} <= {e.text for e in doc.ents}


def test_entities_component():
    nlp = vspacy.blank()
    nlp.add_pipe("vngov_entities")
    doc = nlp("Đại tướng Ngô Xuân Lịch làm việc tại Lào Cai.")
    assert ("Ngô Xuân Lịch", "PER") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("style", ["ent", "span"])
def test_displacy_renders_the_entity_text(nlp, style):
    doc = nlp(TEXT)
    options = {"spans_key": vspacy.SPAN_KEY} if style == "span" else {}
    html = displacy.render(doc, style=style, page=False, jupyter=False, options=options)
    assert all(word in html for word in ("Bắc", "Kạn", "LOC"))  # "span" style shows token by token


@pytest.mark.parametrize("style", ["ent", "span"])
def test_render_text_and_article(style):
    html = vspacy.render(TEXT, style=style)
    assert all(word in html for word in ("Ba", "Bể", "LOC"))
    html = vspacy.render(vngovnlp.analyze(TEXT), style=style)
    assert all(word in html for word in ("Ba", "Bể", "LOC"))


def test_render_rejects_bad_input():
    with pytest.raises(TypeError, match="text_or_article"):
        vspacy.render(b"bytes")
    with pytest.raises(ValueError, match="style"):
        vspacy.render(TEXT, style="dep")


def test_empty_text(nlp):
    doc = nlp("")
    assert doc._.locations == [] and list(doc.ents) == []
