"""Result types: frozen, serialisable, and the shipped JSON Schema matches them."""
from __future__ import annotations

import dataclasses

import pytest

from vngovnlp import types
from vngovnlp.types import DateMention, Official, Title, article_schema

SCHEMA_DEFS = {
    "mention": types.Mention, "title": types.Title, "official": types.Official,
    "organisation": types.Organisation, "date": types.DateMention, "award": types.Award,
    "location": types.Location, "entity": types.Entity, "topic": types.Topic, "meta": types.Meta,
}


@pytest.mark.parametrize(("name", "cls"), SCHEMA_DEFS.items())
def test_schema_lists_exactly_the_dataclass_fields(name: str, cls: type) -> None:
    schema = article_schema()["$defs"][name]
    assert set(schema["properties"]) == {f.name for f in dataclasses.fields(cls)}


def test_article_schema_lists_article_fields_and_clean_text() -> None:
    props = set(article_schema()["properties"])
    assert props == {f.name for f in dataclasses.fields(types.Article)} | {"clean_text"}


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
