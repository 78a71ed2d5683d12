"""``vngovnlp.analyze``: the contract other work relies on, and bad input."""
from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vngovnlp
from vngovnlp.clean import looks_like_html
from vngovnlp.types import Article, article_schema

CONTRACT_KEYS = {"id", "meta", "topic", "officials", "organisations", "dates", "awards", "locations", "entities"}


@pytest.mark.parametrize(
    ("value", "hint"),
    [(None, "NoneType"), (b"Ngay 26/9", "Decode bytes"), (["Ngày 26/9"], "analyze_batch"),
     (42, "int"), ({"text": "x"}, "dict")],
)
def test_non_str_input_raises_type_error_saying_what_was_expected(value: object, hint: str) -> None:
    with pytest.raises(TypeError, match="parameter of analyze must be a str") as info:
        vngovnlp.analyze(value)  # type: ignore[arg-type]
    assert hint in str(info.value)


@pytest.mark.parametrize("func", [vngovnlp.extract_dates, vngovnlp.extract_officials,
                                  vngovnlp.extract_organisations, vngovnlp.extract_awards,
                                  vngovnlp.extract_locations, vngovnlp.extract_entities])
def test_extractors_refuse_non_str_and_return_lists(func) -> None:
    with pytest.raises(TypeError, match=func.__name__):
        func(None)
    assert func("") == []


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n", "\u200b\u200b"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    art = vngovnlp.analyze(text)
    assert isinstance(art, Article)
    assert (art.officials, art.organisations, art.dates, art.awards, art.locations, art.entities) == ((),) * 6
    assert art.topic is None


def test_bad_reference_date_is_refused() -> None:
    with pytest.raises(ValueError, match="reference_date"):
        vngovnlp.analyze("Ngày 26/9", reference_date="26/9/2019")


def test_output_contract_and_schema(seed_text: str) -> None:
    data = vngovnlp.analyze(seed_text, id="seed").to_dict()
    assert CONTRACT_KEYS <= set(data)
    assert data["id"] == "seed"
    assert {"title", "published", "author", "source"} <= set(data["meta"])
    jsonschema.validate(data, article_schema())
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def _spans(data: dict) -> list[dict]:
    found = []
    for key in ("officials", "organisations", "dates", "awards", "locations", "entities"):
        for item in data[key]:
            found.append(item)
            for sub in ("titles", "mentions"):
                found.extend(item.get(sub, []))
    return found


def test_every_offset_points_into_the_given_text(seed_text: str) -> None:
    # old-style tones and a decomposed accent so that the normalised text differs from the source
    text = seed_text.replace("Tỉnh ủy", "Tỉnh uỷ").replace("Ngày 26/9", "Nga\u0300y 26/9")
    art = vngovnlp.analyze(text)
    for item in _spans(art.to_dict()):
        assert text[item["start"] : item["end"]] == item["text"]


def test_ten_megabytes_complete() -> None:
    paragraph = ("Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị sơ kết công tác quốc phòng giai đoạn "
                 "2009 - 2019; Chủ tịch UBND tỉnh trao Bằng khen cho 08 tập thể và 12 cá nhân.\n")
    text = paragraph * (10_000_000 // len(paragraph) + 1)
    art = vngovnlp.analyze(text)
    assert len(art.text) >= 10_000_000
    assert art.body_end > art.body_start


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_hostile_strings_never_crash_and_offsets_round_trip(text: str) -> None:
    art = vngovnlp.analyze(text)
    data = art.to_dict()
    # offsets index Article.text: the text given, or for a page detected as HTML its article text
    assert art.text == text or looks_like_html(text)
    for item in _spans(data):
        assert art.text[item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize("text", [
    "<html><body><p></p></body></html>",
    "<<<>>>",
    "\ud800 lone surrogate Ngày 26/9",
    "Ngày 31/2/2019 và ngày 0/0/0000",
    "Sign In\nSkip Ribbon Commands",
])
def test_odd_pages(text: str) -> None:
    art = vngovnlp.analyze(text)
    json.dumps(art.to_dict(), ensure_ascii=True)
