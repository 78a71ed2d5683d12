"""pandas views of analysed articles: one wide table and five long tables, fixed columns.

pandas (and pyarrow, for Parquet) are imported on first use only.

Tables (``row`` is the input row label: its position, or the index label of a pandas input;
``article_id`` the article's id): ``articles`` (index ``row``; id, title, published, topic,
score, counts, error) and the long tables ``officials`` (one row per title; an official without
title gives one row), ``organisations``, ``dates``, ``awards``, ``locations``. The columns of the
long tables are generated from the result dataclasses of :mod:`vngovnlp.types` (their scalar
fields, then the evidence ``text``, ``start``, ``end``, then ``n_mentions``), so a field added to
a result appears in its table; :data:`COLUMNS` lists them.

List-valued fields (aliases, recipients) are joined with ``"; "``.
"""
from __future__ import annotations

import dataclasses
import types as _pytypes
import typing
from collections.abc import Iterable
from typing import Any

from . import types
from .normalize import replace_surrogates
from .types import Article

__all__ = ["COLUMNS", "TABLES", "article_record", "long_records", "to_frame", "empty_frame"]

_STR, _INT, _FLOAT, _BOOL = "str", "int", "float", "bool"

#: Long tables: the Article field each is made of, and a nested field giving one row per item
#: of it (an official gives one row per title).
_LONG = {
    "officials": (types.Official, "titles"),
    "organisations": (types.Organisation, None),
    "dates": (types.DateMention, None),
    "awards": (types.Award, None),
    "locations": (types.Location, None),
}
_EVIDENCE = ("text", "start", "end")
_KIND_OF = {str: _STR, int: _INT, float: _FLOAT, bool: _BOOL}


def _kind(hint: Any) -> str | None:
    """The column kind of a field's type hint; None for a field that is no column."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if hint in _KIND_OF:
        return _KIND_OF[hint]
    if typing.get_origin(hint) in (typing.Union, _pytypes.UnionType) and len(args) == 1:
        return _kind(args[0])
    if typing.get_origin(hint) is tuple and args and args[0] is str:
        return _STR  # joined with "; "
    return None


def _value_columns(cls: type) -> dict[str, str]:
    hints = typing.get_type_hints(cls, vars(types))
    return {f.name: k for f in types.serialised_fields(cls) if (k := _kind(hints[f.name])) is not None}


def _long_columns(cls: type, nested: str | None) -> dict[str, str]:
    """``row``, ``article_id``, the values of ``cls`` (and of its ``nested`` items), the evidence
    (text, start, end), then ``n_mentions``: generated from the dataclasses, never by hand."""
    values = _value_columns(cls)
    if nested:
        inner = typing.get_args(typing.get_type_hints(cls, vars(types))[nested])[0]
        values.update(_value_columns(inner))
    columns = {"row": _STR, "article_id": _STR}
    columns.update({c: k for c, k in values.items() if c not in _EVIDENCE})
    columns.update({c: values[c] for c in _EVIDENCE})
    if "mentions" in {f.name for f in dataclasses.fields(cls)}:
        columns["n_mentions"] = _INT
    return columns


#: Column name → kind, per table, in output order.
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "row": _STR, "id": _STR, "title": _STR, "published": _STR, "topic": _STR, "score": _FLOAT,
        "n_officials": _INT, "n_organisations": _INT, "n_dates": _INT, "n_awards": _INT,
        "n_locations": _INT, "error": _STR,
    },
    **{table: _long_columns(cls, nested) for table, (cls, nested) in _LONG.items()},
}
TABLES = tuple(COLUMNS)
LONG_TABLES = TABLES[1:]
_PANDAS_DTYPE = {_STR: "object", _INT: "Int64", _FLOAT: "Float64", _BOOL: "boolean"}
#: Integer columns are int64 (pandas ``Int64``, Arrow ``int64``); a count above this is a misread
#: number ("10000000000000000000000 tập thể"), not people at a ceremony, and is left empty.
MAX_COUNT = 1_000_000
_INT64 = range(-(2**63), 2**63)
_COUNTS = frozenset({"collectives", "individuals", "n_mentions"})


def _bounded(table: str, rec: dict) -> dict:
    """``rec`` with every integer that cannot be a real value of its column set to None."""
    for c, k in COLUMNS[table].items():
        v = rec.get(c)
        if k == _INT and isinstance(v, int) and (v not in _INT64 or (c in _COUNTS and v > MAX_COUNT)):
            rec[c] = None
    return rec


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def article_record(row: Any, id: str | None, article: Article | None, error: str | None) -> dict:
    """The ``articles`` row of one input row (``article`` is None when it failed)."""
    rec: dict[str, Any] = dict.fromkeys(COLUMNS["articles"])
    rec.update(row=row, id=id, error=error)
    if article is not None:
        rec.update(
            title=article.meta.title, published=article.meta.published,
            topic=article.topic.label if article.topic else None,
            score=article.topic.score if article.topic else None,
            n_officials=len(article.officials), n_organisations=len(article.organisations),
            n_dates=len(article.dates), n_awards=len(article.awards),
            n_locations=len(article.locations),
        )
    return rec


def _flat(item: Any) -> dict[str, Any]:
    """The column values of one result: its scalar fields, lists of strings joined, the number
    of its mentions."""
    rec = {}
    for f in types.serialised_fields(type(item)):
        value = getattr(item, f.name)
        if f.name == "mentions":
            rec["n_mentions"] = len(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            rec[f.name] = _join(value)
        elif not isinstance(value, tuple):
            rec[f.name] = value
    return rec


def long_records(table: str, row: Any, article: Article | None) -> list[dict]:
    """The rows of the long ``table`` contributed by one article (none when it failed)."""
    if table not in _LONG:
        raise ValueError(f"The 'table' parameter must be one of {TABLES}. Got {table!r} instead.")
    if article is None:
        return []
    nested = _LONG[table][1]
    out: list[dict] = []
    for item in getattr(article, table):
        base = {"row": row, "article_id": article.id, **_flat(item)}
        if nested is None:
            out.append(base)
            continue
        # one row per nested item (an official's titles), whose evidence is the item's own;
        # an item with none still gives one row
        out.extend([{**base, **_flat(sub)} for sub in getattr(item, nested)] or [base])
    return [_bounded(table, {c: r.get(c) for c in COLUMNS[table]}) for r in out]


def empty_frame(table: str, index=None):
    """An empty DataFrame with the fixed columns and dtypes of ``table`` (Dask ``meta``)."""
    return to_frame(table, [], index=index)


def to_frame(table: str, records: list[dict], index=None):
    """A DataFrame of ``records`` with the fixed columns and dtypes of ``table``.

    For ``articles`` the ``row`` column becomes the index (or ``index`` when given).
    """
    import pandas as pd

    cols = COLUMNS[table]
    try:
        df = pd.DataFrame.from_records(records, columns=list(cols))
    except UnicodeEncodeError:  # a lone surrogate, which Arrow strings refuse: U+FFFD, one for one
        records = [{k: replace_surrogates(v) if isinstance(v, str) else v for k, v in r.items()}
                   for r in records]
        df = pd.DataFrame.from_records(records, columns=list(cols))
    df = df.astype({c: _PANDAS_DTYPE[k] for c, k in cols.items() if c != "row"})
    for c, k in cols.items():
        if k == _STR and c != "row":
            df[c] = df[c].where(df[c].notna(), None)
    if table == "articles":
        df = df.set_index("row") if index is None else df.drop(columns="row").set_index(index)
        df.index.name = "row"
    return df


def arrow_schema(table: str):
    """The pyarrow schema of ``table`` (``row`` stored as a string)."""
    import pyarrow as pa

    types = {_STR: pa.string(), _INT: pa.int64(), _FLOAT: pa.float64(), _BOOL: pa.bool_()}
    return pa.schema([(c, types[k]) for c, k in COLUMNS[table].items()])
