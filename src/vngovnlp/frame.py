"""pandas views of analysed articles: one wide table and five long tables, fixed columns.

pandas (and pyarrow, for Parquet) are imported on first use only.

Tables and columns (``row`` is the input row label: its position, or the index label of a
pandas input; ``article_id`` the article's id):

* ``articles`` (index ``row``): id, title, published, topic, score, n_officials,
  n_organisations, n_dates, n_awards, n_locations, error
* ``officials`` (one row per title; an official without title gives one row with empty
  title): row, article_id, name, rank, honorific, title, position, organisation,
  resolved_organisation, text, start, end, n_mentions
* ``organisations``: row, article_id, name, kind, aliases, text, start, end, n_mentions
* ``dates``: row, article_id, text, start, end, type, value, resolved
* ``awards``: row, article_id, award, level, giver, giver_official, giver_resolved, collectives,
  individuals, recipients, reason, text, start, end
* ``locations``: row, article_id, name, kind, province, text, start, end, n_mentions

List-valued fields (aliases, recipients) are joined with ``"; "``.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .types import Article

__all__ = ["COLUMNS", "TABLES", "article_record", "long_records", "to_frame", "empty_frame"]

_STR, _INT, _FLOAT, _BOOL = "str", "int", "float", "bool"

#: Column name → kind, per table, in output order.
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "row": _STR, "id": _STR, "title": _STR, "published": _STR, "topic": _STR, "score": _FLOAT,
        "n_officials": _INT, "n_organisations": _INT, "n_dates": _INT, "n_awards": _INT,
        "n_locations": _INT, "error": _STR,
    },
    "officials": {
        "row": _STR, "article_id": _STR, "name": _STR, "rank": _STR, "honorific": _STR, "title": _STR,
        "position": _STR, "organisation": _STR, "resolved_organisation": _STR, "text": _STR,
        "start": _INT, "end": _INT, "n_mentions": _INT,
    },
    "organisations": {
        "row": _STR, "article_id": _STR, "name": _STR, "kind": _STR, "aliases": _STR, "text": _STR,
        "start": _INT, "end": _INT, "n_mentions": _INT,
    },
    "dates": {
        "row": _STR, "article_id": _STR, "text": _STR, "start": _INT, "end": _INT, "type": _STR,
        "value": _STR, "resolved": _BOOL,
    },
    "awards": {
        "row": _STR, "article_id": _STR, "award": _STR, "level": _STR, "giver": _STR,
        "giver_official": _STR, "giver_resolved": _STR, "collectives": _INT, "individuals": _INT, "recipients": _STR,
        "reason": _STR, "text": _STR, "start": _INT, "end": _INT,
    },
    "locations": {
        "row": _STR, "article_id": _STR, "name": _STR, "kind": _STR, "province": _STR, "text": _STR,
        "start": _INT, "end": _INT, "n_mentions": _INT,
    },
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


def long_records(table: str, row: Any, article: Article | None) -> list[dict]:
    """The rows of the long ``table`` contributed by one article (none when it failed)."""
    if article is None:
        return []
    aid = article.id
    out: list[dict] = []
    if table == "officials":
        for o in article.officials:
            base = dict(row=row, article_id=aid, name=o.name, rank=o.rank, honorific=o.honorific,
                        n_mentions=len(o.mentions))
            for t in o.titles or (None,):
                out.append({**base, "title": t and t.title, "position": t and t.position,
                            "organisation": t and t.organisation,
                            "resolved_organisation": t and t.resolved_organisation,
                            "text": t.text if t else o.text, "start": t.start if t else o.start,
                            "end": t.end if t else o.end})
    elif table == "organisations":
        out = [dict(row=row, article_id=aid, name=o.name, kind=o.kind, aliases=_join(o.aliases),
                    text=o.text, start=o.start, end=o.end, n_mentions=len(o.mentions))
               for o in article.organisations]
    elif table == "dates":
        out = [dict(row=row, article_id=aid, text=d.text, start=d.start, end=d.end, type=d.type,
                    value=d.value, resolved=d.resolved) for d in article.dates]
    elif table == "awards":
        out = [dict(row=row, article_id=aid, award=a.award, level=a.level, giver=a.giver,
                    giver_official=a.giver_official, giver_resolved=a.giver_resolved,
                    collectives=a.collectives,
                    individuals=a.individuals, recipients=_join(a.recipients), reason=a.reason,
                    text=a.text, start=a.start, end=a.end) for a in article.awards]
    elif table == "locations":
        out = [dict(row=row, article_id=aid, name=loc.name, kind=loc.kind, province=loc.province,
                    text=loc.text, start=loc.start, end=loc.end, n_mentions=len(loc.mentions))
               for loc in article.locations]
    else:
        raise ValueError(f"The 'table' parameter must be one of {TABLES}. Got {table!r} instead.")
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
