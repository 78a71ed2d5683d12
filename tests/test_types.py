"""Result types: frozen, serialisable, and the shipped JSON Schema matches them."""
from __future__ import annotations

import dataclasses

import pytest

from vngovnlp import schema, types
from vngovnlp.types import DateMention, Official, Title, article_schema

SCHEMA_DEFS = [types.Mention, types.Title, types.Official, types.Organisation, types.DateMention,
               types.Award, types.Location, types.Entity, types.Topic, types.Meta]


def test_shipped_schema_is_the_generated_one() -> None:
    # regenerate with: python -m vngovnlp.schema > src/vngovnlp/data/article.schema.json
    assert article_schema() == schema.article_schema()


@pytest.mark.parametrize("cls", SCHEMA_DEFS, ids=lambda c: c.__name__)
def test_schema_lists_exactly_the_serialised_fields(cls: type) -> None:
    props = article_schema()["$defs"][cls.__name__]["properties"]
    assert set(props) == {f.name for f in dataclasses.fields(cls)}


def test_article_schema_lists_article_fields_and_clean_text() -> None:
    props = set(article_schema()["properties"])
    fields = {f.name for f in dataclasses.fields(types.Article)}
    assert props == fields - {"tokenizer"} | {"clean_text"}


def test_schema_types_follow_the_hints() -> None:
    defs = schema.article_schema()["$defs"]
    assert defs["Official"]["properties"]["rank"] == {"type": ["string", "null"]}
    assert defs["Official"]["properties"]["titles"] == {"type": "array", "items": {"$ref": "#/$defs/Title"}}
    assert defs["Award"]["properties"]["collectives"] == {"type": "integer", "minimum": 0}
    assert defs["Topic"]["properties"]["score"]["maximum"] == 1


def test_results_are_frozen() -> None:
    date = DateMention("Ngày 26/9", 0, 9, "date", "2019-09-26")
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.value = "x"  # type: ignore[misc]


def test_to_dict_nests_and_lists() -> None:
    title = Title("Phó Tư lệnh Quân khu 1", "Phó Tư lệnh", "Quân khu 1", "Phó Tư lệnh Quân khu 1", 30, 52)
    official = Official("Hoàng Công Hàm", "Hoàng Công Hàm", 15, 29, rank="Thiếu tướng", titles=(title,))
    data = official.to_dict()
    assert data["titles"][0]["organisation"] == "Quân khu 1"
    assert data["mentions"] == []
    assert data["rank"] == "Thiếu tướng"
