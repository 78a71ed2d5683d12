"""The JSON Schema of ``Article.to_dict()``, generated from the result dataclasses.

The dataclasses of :mod:`vngovnlp.types` are the one description of the results: this module
turns their type hints into JSON Schema (draft 2020-12), so the schema cannot drift from what
``to_dict`` writes. The package ships the schema as ``vngovnlp/data/article.schema.json`` for
tools that want a file; ``python -m vngovnlp.schema > src/vngovnlp/data/article.schema.json``
writes it again after a change to the types, and a test checks that the shipped file is current.

Examples
--------
>>> schema = article_schema()
>>> schema["$defs"]["DateMention"]["properties"]["value"]
{'type': 'string'}
"""
from __future__ import annotations

import dataclasses
import json
import sys
import types as _pytypes
import typing
from typing import Any

from . import types as results

__all__ = ["article_schema", "dataclass_schema"]

_SCALARS = {str: {"type": "string"}, bool: {"type": "boolean"}, float: {"type": "number"},
            int: {"type": "integer", "minimum": 0}}  # every int of the results is a count or offset
# What Article.to_dict() writes besides its fields.
_ARTICLE_EXTRA = {"clean_text": {"type": "string"}}


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    if dataclasses.is_dataclass(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # placeholder against recursion
            defs[hint.__name__] = dataclass_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin in (typing.Union, _pytypes.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1 and options[0] in _SCALARS:
            return {"type": [_SCALARS[options[0]]["type"], "null"]}
        return {"anyOf": [_type_schema(a, defs) for a in options] + [{"type": "null"}]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        inner = [_type_schema(a, defs) for a in args]
        if all(s == inner[0] for s in inner):
            return {"type": "array", "items": inner[0], "minItems": len(args), "maxItems": len(args)}
        return {"type": "array", "prefixItems": inner, "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    raise TypeError(f"no JSON Schema for the type {hint!r}")


def dataclass_schema(cls: type, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON Schema of ``cls().to_dict()`` for a result dataclass of :mod:`vngovnlp.types`."""
    defs = {} if defs is None else defs
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    fields = results.serialised_fields(cls)
    # a field may refine its schema: Topic.score is a probability
    properties = {f.name: {**_type_schema(hints[f.name], defs), **f.metadata.get("schema", {})}
                  for f in fields}
    schema = {"type": "object", "properties": properties, "required": [f.name for f in fields],
              "additionalProperties": False}
    if cls.__doc__:
        schema["description"] = cls.__doc__.strip().splitlines()[0]
    return schema


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``."""
    defs: dict[str, Any] = {}
    article = dataclass_schema(results.Article, defs)
    article["properties"].update(_ARTICLE_EXTRA)
    article["required"] += list(_ARTICLE_EXTRA)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "vngovnlp/article.schema.json",
        "title": "vngovnlp Article",
        "description": "One analysed article, as printed by `vngovnlp analyze --format json` "
                       "(Article.to_dict()). Offsets (start, end) index `text`.",
        **{k: v for k, v in article.items() if k != "description"},
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":
    json.dump(article_schema(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
