"""analyze_batch: order, per-row errors, pandas views, workers, streaming."""
from __future__ import annotations

import pandas as pd
import pytest

from vngovnlp.batch import BatchResult, Row, analyze_batch, iter_analyze, resolve_jobs
from vngovnlp.frame import COLUMNS

GOOD = [
    "Ngày 26/9/2019, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết.",
    "Sáng 01/10/2020, Sở Nội vụ tỉnh Thái Nguyên họp giao ban.",
    "Chiều 15/3/2021, Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập.",
]


class Weird:
    def __repr__(self) -> str:
        return "<Weird>"


BAD = [None, 3, 2.5, b"\xff\xfe broken", ["a list"], {"text": "a dict"}, Weird(), True, bytearray(b"x"), object()]


def test_str_is_rejected_with_sklearn_style_message():
    with pytest.raises(TypeError, match=r"The 'texts' parameter of analyze_batch must be an iterable of str\. Got 'abc' instead\."):
        analyze_batch("abc", n_jobs=1, progress=False)


@pytest.mark.parametrize("value", [b"abc", 5, None])
def test_non_iterables_are_rejected(value):
    with pytest.raises(TypeError, match="'texts' parameter of analyze_batch"):
        analyze_batch(value, n_jobs=1, progress=False)


@pytest.mark.parametrize("bad", BAD, ids=lambda v: type(v).__name__)
def test_each_bad_row_keeps_its_place(bad):
    res = analyze_batch([GOOD[0], bad, GOOD[1]], n_jobs=1, progress=False)
    assert len(res) == 3
    assert res.errors[0] is None and res.errors[2] is None
    assert "must be a str" in res.errors[1]
    assert res.results[1] is None
    assert res.results[0].text == GOOD[0] and res.results[2].text == GOOD[1]


def test_lone_surrogate_is_analysed_not_crashed():
    res = analyze_batch(["Ngày 26/9 \ud800 UBND tỉnh Bắc Kạn"], n_jobs=1, progress=False)
    assert res.errors == [None]
    assert res.results[0].text.startswith("Ngày 26/9")


def test_articles_table_has_fixed_columns_and_counts():
    res = analyze_batch(GOOD + [None], n_jobs=1, progress=False)
    df = res.articles
    assert list(df.columns) == [c for c in COLUMNS["articles"] if c != "row"]
    assert list(df.index) == [0, 1, 2, 3]
    assert df.loc[0, "n_dates"] == len(res.results[0].dates) >= 1
    assert df.loc[3, "error"].startswith("The 'text' parameter")
    assert df.loc[0, "error"] is None


@pytest.mark.parametrize("table", ["officials", "organisations", "dates", "awards", "locations"])
def test_long_tables_have_fixed_columns_even_when_empty(table):
    res = analyze_batch([None], n_jobs=1, progress=False)
    df = getattr(res, table)
    assert list(df.columns) == list(COLUMNS[table]) and len(df) == 0


def test_dates_table_rows_point_back_to_the_article():
    res = analyze_batch(GOOD, n_jobs=1, progress=False)
    dates = res.dates
    assert set(dates["row"]) == {0, 1, 2}
    for rec in dates.itertuples():
        assert res.results[rec.row].text[rec.start:rec.end] == rec.text
    assert "2019-09-26" in set(dates["value"])


def test_dataframe_input_keeps_index_ids_and_reference_dates():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": ["a", "b"], "text": ["Ngày 26/9, UBND tỉnh họp.", None],
                       "reference_date": ["2019-09-27", None]}, index=[10, 20])
    res = analyze_batch(df, n_jobs=1, progress=False)
    assert list(res.articles.index) == [10, 20]
    assert list(res.articles["id"]) == ["a", "b"]
    assert res.results[0].id == "a"
    assert res.results[0].dates[0].value == "2019-09-26"
    assert res.errors[1] is not None


def test_series_input_and_missing_column():
    pd = pytest.importorskip("pandas")
    res = analyze_batch(pd.Series(GOOD[:2], index=["x", "y"]), n_jobs=1, progress=False)
    assert list(res.articles.index) == ["x", "y"]
    with pytest.raises(ValueError, match="text_column"):
        analyze_batch(pd.DataFrame({"body": ["x"]}), n_jobs=1, progress=False)


def test_reference_dates_length_must_match():
    with pytest.raises(ValueError, match="reference_dates"):
        analyze_batch(GOOD, reference_dates=["2020-01-01"], n_jobs=1, progress=False)


def test_two_workers_match_in_process_results_in_order():
    texts = [f"Ngày {d}/9/2019, UBND tỉnh Bắc Kạn họp." for d in range(1, 29)] + [None, 7]
    # chunksize=4 gives 8 chunks over 2 workers: several in flight, results reordered back.
    serial = analyze_batch(texts, n_jobs=1, progress=False)
    parallel = analyze_batch(texts, n_jobs=2, progress=False, chunksize=4)
    assert isinstance(parallel, BatchResult)
    assert [a and a.to_dict() for a in parallel.results] == [a and a.to_dict() for a in serial.results]
    assert parallel.errors == serial.errors
    assert [a.dates[0].value for a in parallel.results[:28]] == [f"2019-09-{d:02d}" for d in range(1, 29)]


def test_thousand_rows_ten_bad_one_huge_one_surrogate():
    texts: list = [f"Ngày {1 + i % 28}/9/2019, Sở Nội vụ họp số {i}." for i in range(1000)]
    bad_at = list(range(5, 1000, 97))[:10]
    for pos, bad in zip(bad_at, BAD, strict=True):
        texts[pos] = bad
    # One 5 MB article; filler without entities keeps the test fast (dense prose of that size
    # takes ~30 s in the pipeline today, see benchmarks/bench_throughput.py).
    head = "Ngày 26/9/2019, UBND tỉnh Bắc Kạn họp.\n"
    huge = head + "x" * (5_000_000 - len(head))
    texts[500] = huge
    texts[501] = "Ngày 3/4/2021 \udc80 họp"
    res = analyze_batch(texts, n_jobs=1, progress=False, chunksize=64)
    assert len(res) == 1000
    assert [i for i, e in enumerate(res.errors) if e is not None] == bad_at
    assert res.results[500] is not None and len(res.results[500].text) == 5_000_000
    assert res.results[500].dates[0].value == "2019-09-26"
    assert res.results[501] is not None
    assert res.results[999].text.endswith("số 999.")


def test_iter_analyze_is_lazy_and_ordered():
    seen = []

    def rows():
        for i in range(5):
            seen.append(i)
            yield Row(i, str(i), f"Ngày {i + 1}/9/2019 họp.")

    it = iter_analyze(rows(), n_jobs=1, chunksize=2)
    first = next(it)
    assert first.id == "0" and len(seen) <= 4
    assert [r.id for r in it] == ["1", "2", "3", "4"]


def test_iter_analyze_as_json_lines():
    import json

    out = list(iter_analyze([Row(0, "a", "Ngày 1/9/2019 họp."), Row(1, "b", None)], n_jobs=1, as_json=True))
    assert json.loads(out[0].line)["id"] == "a"
    assert set(json.loads(out[1].line)) == {"id", "error"}


@pytest.mark.parametrize("n,expected", [(1, 1), (3, 3), (-1, None), (None, None)])
def test_resolve_jobs(n, expected):
    import os

    assert resolve_jobs(n) == (expected or os.cpu_count() or 1)


# Issue 18.2: one count ≥ 2⁶³ made BatchResult.awards raise OverflowError for the whole batch.
@pytest.mark.parametrize("count", ["10000000000000000000000", "9223372036854775808", "5000000"])
def test_a_huge_count_never_breaks_a_table(count: str) -> None:
    texts = [f"Chủ tịch UBND tỉnh Bắc Kạn trao Bằng khen cho {count} tập thể và 12 cá nhân.",
             "Giám đốc Sở Nội vụ trao Giấy khen cho 3 tập thể."]
    res = analyze_batch(texts, n_jobs=1, progress=False)
    awards = res.awards  # raised OverflowError
    assert str(awards["collectives"].dtype) == "Int64"
    by_row = awards.groupby("row")["collectives"].first()
    assert by_row[0] is pd.NA or pd.isna(by_row[0])  # not a real count: left empty
    assert by_row[1] == 3
    assert list(awards[awards["row"] == 0]["individuals"]) == [12]


def test_real_counts_stay_in_the_table() -> None:
    from vngovnlp.frame import MAX_COUNT

    res = analyze_batch(["UBND tỉnh trao Bằng khen cho 1.250 tập thể và 30 cá nhân."], n_jobs=1, progress=False)
    assert list(res.awards["collectives"]) == [1250] and 1250 < MAX_COUNT


# Issue 14: a script read from standard input has no file to re-import; forkserver workers
# died on it and the batch ended in BrokenProcessPool.
def test_batch_from_a_script_on_stdin_uses_workers() -> None:
    import subprocess
    import sys

    script = ("import sys, vngovnlp\n"
              "res = vngovnlp.analyze_batch(['Ngày 26/9/2019, UBND tỉnh Bắc Kạn họp.'] * 3,"
              " n_jobs=2, chunksize=1, progress=False)\n"
              "print(len(res), res.errors, __file__, 'pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    # __file__ is given back; the parent, which only hands out rows, never imported pandas (a
    # second before the workers could start)
    assert done.stdout.strip() == "3 [None, None, None] <stdin> False"


# Issue 14: workers take seconds to start (imports, models); a session's later calls reuse the
# warm pool, and a call that is interrupted stops it, so that the next call starts a new one.
def test_later_calls_reuse_the_warm_pool_and_an_interrupted_call_replaces_it() -> None:
    from vngovnlp import batch

    texts = ["Ngày 26/9/2019, UBND tỉnh Bắc Kạn họp.", "Chủ tịch UBND tỉnh Lào Cai trao Bằng khen."] * 3
    first = analyze_batch(texts, n_jobs=2, chunksize=1, progress=False)
    pool = batch._POOLS[2]
    workers = set(pool._processes)
    assert len(workers) == 2
    second = analyze_batch(texts, n_jobs=2, chunksize=1, progress=False)
    assert batch._POOLS[2] is pool and set(pool._processes) == workers
    assert [a.to_dict() for a in first] == [a.to_dict() for a in second]
    rows = [batch.Row(i, None, t) for i, t in enumerate(texts * 4)]
    gen = batch.iter_analyze(rows, n_jobs=2, chunksize=1)
    assert next(gen).error is None
    processes = list(pool._processes.values())
    gen.close()  # abandoned: the pool is stopped, not left for the next call
    assert 2 not in batch._POOLS and processes and not any(p.is_alive() for p in processes)
    third = analyze_batch(texts, n_jobs=2, chunksize=1, progress=False)
    assert batch._POOLS[2] is not pool and [a.to_dict() for a in third] == [a.to_dict() for a in first]


def test_a_call_while_another_uses_the_pool_gets_its_own() -> None:
    from vngovnlp import batch

    rows = [batch.Row(i, None, "UBND tỉnh Bắc Kạn họp.") for i in range(8)]
    outer = batch.iter_analyze(rows, n_jobs=2, chunksize=1)
    assert next(outer).error is None
    shared = batch._POOLS[2]
    inner = list(batch.iter_analyze(rows, n_jobs=2, chunksize=1))
    assert [r.error for r in inner] == [None] * 8 and batch._POOLS[2] is shared
    assert [r.row for r in outer] == list(range(1, 8))  # the shared pool was not disturbed


# Issue 14: the fork server loads the models once and workers fork from it warm, instead of
# each worker importing and loading them for seconds.
def test_workers_fork_from_a_warm_server(tmp_path) -> None:
    import subprocess
    import sys

    script = tmp_path / "warm.py"
    script.write_text(
        "import sys\n"
        "def probe(_):\n"
        "    from vngovnlp import batch\n"
        "    import gc\n"
        "    return batch.WARMED_IN_SERVER, 'vngovnlp.extract.entities' in sys.modules, gc.get_freeze_count() > 10000\n"
        "if __name__ == '__main__':\n"
        "    from vngovnlp import batch\n"
        "    pool, _ = batch._pool(2)\n"
        "    print(pool.submit(probe, 0).result(), 'vngovnlp.extract.entities' in sys.modules)\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    # the worker has the models (frozen out of the cyclic collector), and the parent never
    # loaded them itself
    assert done.stdout.strip() == "(True, True, True) False"


# Issue 14: at the end of a batch one worker waited for the other to finish a whole chunk; the
# last n_jobs chunks now go out in quarters, rows in order, none lost.
@pytest.mark.parametrize(("sizes", "jobs", "expected"), [
    ([32, 32, 32, 8], 2, [32, 32, 8, 8, 8, 8, 2, 2, 2, 2]),
    ([32, 32], 2, [8, 8, 8, 8, 8, 8, 8, 8]),
    ([4, 4, 4, 4], 3, [4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    ([1, 1, 1], 2, [1, 1, 1]),
    ([5, 3], 2, [2, 2, 1, 1, 1, 1]),
])
def test_last_chunks_go_to_the_workers_in_quarters(sizes, jobs, expected):
    from vngovnlp import batch

    rows = iter(range(sum(sizes)))
    chunks = [[Row(next(rows), None, "Ngày 26/9/2019, UBND tỉnh họp.") for _ in range(n)] for n in sizes]
    tasks = list(batch._tasks(iter(chunks), jobs))
    assert [len(t) for t in tasks] == expected
    assert [r.row for t in tasks for r in t] == list(range(sum(sizes)))

