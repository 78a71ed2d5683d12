"""vngovnlp.dask.analyze on a real (local, multi-process) distributed cluster."""
from __future__ import annotations

import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import vngovnlp.dask as vdask  # noqa: E402
from vngovnlp.frame import COLUMNS  # noqa: E402

TEXTS = [f"Ngày {d}/9/2019, UBND tỉnh Bắc Kạn tổ chức hội nghị." for d in range(1, 7)] + [None]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def ddf():
    df = pd.DataFrame({"id": [f"b{i}" for i in range(len(TEXTS))], "text": TEXTS},
                      index=range(100, 100 + len(TEXTS)))
    return dd.from_pandas(df, npartitions=3)


def test_articles_on_cluster_keep_index_ids_and_errors(client, ddf):
    lazy = vdask.analyze(ddf)
    assert list(lazy.columns) == [c for c in COLUMNS["articles"] if c != "row"]
    out = lazy.compute()
    assert list(out.index) == list(range(100, 107))
    assert list(out["id"]) == [f"b{i}" for i in range(7)]
    assert out["n_dates"].iloc[:6].ge(1).all()
    assert out["error"].iloc[6] is not None and out["error"].iloc[:6].isna().all()


def test_long_table_on_cluster(client, ddf):
    dates = vdask.analyze(ddf, table="dates").compute()
    assert list(dates.columns) == list(COLUMNS["dates"])
    assert sorted(dates["value"]) == [f"2019-09-{d:02d}" for d in range(1, 7)]
    assert set(dates["row"]) == set(range(100, 106))


def test_bad_arguments(ddf):
    with pytest.raises(ValueError, match="table"):
        vdask.analyze(ddf, table="people")
    with pytest.raises(ValueError, match="text_column"):
        vdask.analyze(ddf, text_column="body")
