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


# --- the same answer through spaCy, spans exactly the extracted text --------------------------
from pathlib import Path  # noqa: E402

_REPO = Path(__file__).resolve().parents[1]
_TEXTS = sorted((_REPO / "corpus" / "samples").glob("*.txt")) + sorted((Path(__file__).parent / "cases").glob("*.txt"))


@pytest.fixture(scope="module")
def loaded():
    return vspacy.load([*KINDS, "entities"])


@pytest.mark.parametrize("path", _TEXTS, ids=lambda p: p.stem)
def test_components_equal_analyze_and_spans_are_exact(loaded, path):
    text = path.read_text(encoding="utf-8")
    doc = loaded(text)
    art = vngovnlp.analyze(text)
    assert doc.text == text
    for kind in [*KINDS, "entities"]:
        assert doc._.get(kind) == list(getattr(art, kind)), kind
    wanted = {(m.start, m.end): m.text for kind in KINDS for item in getattr(art, kind)
              for m in (getattr(item, "mentions", ()) or [item])}
    got = {(s.start_char, s.end_char): s.text for s in doc.spans[vspacy.SPAN_KEY]}
    assert {k: v for k, v in got.items() if k in wanted} == wanted


def test_spans_are_exact_with_spacys_own_tokenizer():
    nlp = vspacy.blank()
    nlp.add_pipe("vngov_dates")
    text = "Hội nghị tổng kết giai đoạn 2021 - 2025./."
    doc = nlp(text)
    assert [s.text for s in doc.spans[vspacy.SPAN_KEY]] == [d.text for d in doc._.dates]
    assert "giai đoạn 2021 - 2025" in [s.text for s in doc.spans[vspacy.SPAN_KEY]]
    assert doc.text == text


def test_tokenizer_gives_the_library_words():
    from vngovnlp.tokenize import words

    text = "  Chủ tịch UBND tỉnh   Lý Thái Hải\n\nphát biểu."
    doc = vspacy.load([])(text)
    assert doc.text == text
    assert [t.text for t in words(text)] == [t.text for t in doc if not t.is_space]


def test_components_share_one_library_doc(loaded):
    doc = loaded("Ông Lý Thái Hải, Chủ tịch UBND tỉnh Bắc Kạn, trao Bằng khen cho 08 tập thể.")
    library = doc._.vngov_doc
    assert {"officials", "awards", "locations", "entities"} <= set(library.facts)
    assert doc._.awards[0].giver_official == "Lý Thái Hải"


@pytest.mark.parametrize("text", ["Ngày 26/9 \ud800 tỉnh Bắc Kạn", "\udfff", "Sign In\n\ud83d"])
def test_lone_surrogates_that_analyze_accepts_do_not_break_spacy(loaded, text):
    # issue 18.9: analyze accepts them; render() and the components must too
    assert "LOC" in vspacy.render(text) or "Bắc Kạn" not in text
    doc = loaded(text)
    assert len(doc.text) == len(text) and "\ufffd" in doc.text
    assert doc._.dates == vngovnlp.extract_dates(doc.text)
