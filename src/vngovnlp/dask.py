"""Dask entry point: analyse a Dask DataFrame partition by partition.

Install with ``pip install "vngovnlp[dask]"``. Each partition is analysed in the worker
holding it (:func:`vngovnlp.analyze_batch` with ``n_jobs=1``); models load once per worker
process and stay loaded for the following partitions.

Examples
--------
On a real cluster, connect a client first; the computation then runs on its workers::

    from dask.distributed import Client
    import dask.dataframe as dd
    import vngovnlp.dask

    client = Client("tcp://scheduler-host:8786")   # or dask_jobqueue / dask-kubernetes
    ddf = dd.read_parquet("s3://bucket/articles/*.parquet", columns=["id", "text"])
    arts = vngovnlp.dask.analyze(ddf)                       # one row per article
    dates = vngovnlp.dask.analyze(ddf, table="dates")       # long table
    arts.to_parquet("s3://bucket/out/articles/")

Workers need vngovnlp installed; use ``threads_per_worker=1`` (analysis holds the GIL) and
one worker process per core.
"""
from __future__ import annotations

from .frame import TABLES, empty_frame

__all__ = ["analyze"]


def _partition(df, text_column: str, id_column: str, table: str):
    from .batch import analyze_batch

    res = analyze_batch(df, n_jobs=1, progress=False, text_column=text_column, id_column=id_column)
    return getattr(res, table)


def analyze(ddf, text_column: str = "text", id_column: str = "id", *, table: str = "articles"):
    """Analyse every row of ``ddf`` and return one of the :mod:`vngovnlp.frame` tables.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        With a ``text_column`` of str and optionally ``id_column`` and ``reference_date``.
    table : {"articles", "officials", "organisations", "dates", "awards", "locations"}
        ``articles`` keeps ``ddf``'s index (named ``row``); long tables carry the index label
        in their ``row`` column.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; ``.compute()`` or write it out. Bad rows carry their message in ``error``.
    """
    if table not in TABLES:
        raise ValueError(f"The 'table' parameter must be one of {TABLES}. Got {table!r} instead.")
    if text_column not in ddf.columns:
        raise ValueError(f"The 'text_column' parameter names a missing column: {text_column!r}.")
    meta = empty_frame(table)
    if table == "articles":
        meta.index = meta.index.astype(ddf.index.dtype)
    return ddf.map_partitions(_partition, text_column, id_column, table, meta=meta,
                              align_dataframes=False, enforce_metadata=False)
