"""Many articles at once: worker processes, ordered streaming, one error per bad row.

Every input row gives one output row, in input order. A row that cannot be analysed (not a
``str``, an extractor failure) keeps its place with an error message; the others go on.
Worker processes warm the models once (initializer), take rows in chunks, and at most a few
chunks are in flight, so memory stays bounded whatever the input size.
"""
from __future__ import annotations

import collections
import gc
import itertools
import math
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .errors import invalid_text
from .types import Article

__all__ = ["BatchResult", "Row", "RowResult", "analyze_batch", "iter_analyze", "resolve_jobs"]

_WARM_TEXT = "Ngày 26/9/2019, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn A trao Bằng khen cho 08 tập thể."


@dataclass(frozen=True)
class Row:
    """One input row: what to analyse, or why it cannot be (``error``)."""

    row: Any
    id: str | None
    text: Any
    reference_date: Any = None
    html: bool | None = None
    error: str | None = None


@dataclass(frozen=True)
class RowResult:
    """One output row: the Article, or the error message; ``line`` is its JSON when asked for."""

    row: Any
    id: str | None
    article: Article | None = None
    error: str | None = None
    line: str | None = None


def resolve_jobs(n_jobs: int | None) -> int:
    """``-1`` (or None) → all cores, ``-2`` → all but one, like scikit-learn; at least 1."""
    cpus = os.cpu_count() or 1
    if n_jobs is None or n_jobs == 0:
        n_jobs = -1
    if not isinstance(n_jobs, int):
        raise TypeError(f"The 'n_jobs' parameter must be an int. Got {n_jobs!r} instead.")
    return max(1, n_jobs if n_jobs > 0 else cpus + 1 + n_jobs)


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM this worker when its parent dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - exotic libc
        pass


def _warm() -> None:
    """Worker initializer: load lexicons, the NER and topic models once per process (nothing
    to do when the worker was forked from a warm fork server)."""
    import signal

    _die_with_parent()
    # The parent handles Ctrl-C and hang-ups and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    if WARMED_IN_SERVER:  # forked from the warm server: models loaded, one BLAS thread already
        return
    try:  # a worker started cold (spawn, or a server started before): one BLAS thread too
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    _load_models()


def _load_models() -> None:
    import warnings

    from .pipeline import analyze

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analyze(_WARM_TEXT)
        try:
            from . import classify

            if classify.default_model_path().is_file():
                classify.load_default()
        except Exception:  # a broken model shows up on the rows, not in the initializer
            pass


def _json_line(article: Article | None, id: str | None, error: str | None) -> str:
    import json

    data = {"id": id, "error": error} if article is None else article.to_dict()
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them rather than fail the row
        line = json.dumps(data, ensure_ascii=True)
    return line


def _one(row: Row, as_json: bool) -> RowResult:
    import warnings

    from .pipeline import analyze

    article, error = None, row.error
    if error is None:
        if not isinstance(row.text, str):
            error = str(invalid_text("text", "analyze", row.text))
        else:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)
                    article = analyze(row.text, reference_date=row.reference_date, id=row.id,
                                      html=row.html)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
    if as_json:
        return RowResult(row.row, row.id, None, error, _json_line(article, row.id, error))
    return RowResult(row.row, row.id, article, error)


def _chunk(rows: list[Row], as_json: bool) -> list[RowResult]:
    return [_one(r, as_json) for r in rows]


#: Set (to the parent's pid) while the fork server starts: the server then loads the models
#: once when it imports this module, and every worker it forks starts warm.
_WARM_SERVER = "VNGOVNLP_WARM_FORKSERVER"
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS")


def _context():
    methods = multiprocessing.get_all_start_methods()
    # fork would copy the parent's threads (tqdm monitor, Dask) and can deadlock.
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    _start_warm_server(context)
    return context


def _start_warm_server(context) -> None:
    """Start the fork server, unless it runs already, with the models loaded in it.

    Workers forked from it start in milliseconds and share the models' memory, where each
    would otherwise import and load them itself (seconds of CPU per worker, which on a busy
    machine cost more than two workers gain). A server started before (by another library, or
    that would not start warm) is used as it is: the workers' initializer loads the models.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is None or getattr(server, "_forkserver_pid", 1) is not None:
        return
    context.set_forkserver_preload(["__main__", __name__])
    # the workers are the parallelism: one BLAS/OpenMP thread each (as joblib's workers), else
    # two workers' idle threads spin against each other on a small machine
    added = {var: "1" for var in _THREAD_VARS if var not in os.environ}
    added[_WARM_SERVER] = str(os.getpid())
    os.environ.update(added)
    try:
        with _main_importable():
            server.ensure_running()
    except Exception:  # pragma: no cover - the pool starts it (cold) or reports the failure
        pass
    finally:
        for var in added:
            os.environ.pop(var, None)


@contextmanager
def _main_importable():
    """Hide ``__main__.__file__`` while workers start when it names no file.

    forkserver and spawn workers re-import the parent's main module from its path; for a script
    read from standard input (``python - <<EOF``) that path is ``<stdin>``, the import fails and
    every worker dies (``BrokenProcessPool``). Without the attribute they skip that step.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    hide = (path is not None and getattr(main, "__spec__", None) is None
            and not os.path.isfile(path))
    if hide:
        del main.__file__
    try:
        yield
    finally:
        if hide:
            main.__file__ = path


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what waits, terminate the workers, reap them."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(5)


def iter_analyze(rows: Iterable[Row], *, n_jobs: int = -1, chunksize: int = 32,
                 as_json: bool = False, progress=None) -> Iterator[RowResult]:
    """Analyse ``rows`` lazily, yielding one :class:`RowResult` per row in input order.

    At most ``2 * n_jobs`` chunks of rows are in flight; the last ``n_jobs`` chunks go to the
    workers in quarters, so that no worker waits long at the end for another to finish a whole
    chunk. When the whole input fits in one chunk, or
    ``n_jobs`` resolves to 1, rows are analysed in this process.
    ``progress`` is an optional object with ``update(n)`` (a tqdm bar).
    """
    jobs = resolve_jobs(n_jobs)
    chunks = _batched(rows, chunksize)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs == 1 or second is None:
        for chunk in itertools.chain([first], [second] if second is not None else [], chunks):
            for r in chunk:
                yield _one(r, as_json)
                if progress is not None:
                    progress.update(1)
        return
    pending: collections.deque = collections.deque()  # (future, rows), oldest first
    in_flight, limit = 0, 2 * jobs * chunksize
    pool, shared = _pool(jobs)
    done = False
    try:
        for task in _tasks(itertools.chain([first, second], chunks), jobs):
            with _main_importable():
                pending.append((pool.submit(_chunk, task, as_json), len(task)))
            in_flight += len(task)
            while in_flight >= limit:
                future, size = pending.popleft()
                in_flight -= size
                yield from _drain(future, progress)
        while pending:
            yield from _drain(pending.popleft()[0], progress)
        done = True
    finally:
        # Interrupted (Ctrl-C, SIGTERM, an abandoned generator): do not wait for chunks in
        # flight, stop the workers now so that no process outlives the run. Done: the shared
        # pool stays, warm, for the next call; a private one is shut down.
        _IN_USE.discard(pool)
        if not done:
            if _POOLS.get(jobs) is pool:
                del _POOLS[jobs]
            _stop(pool)
        elif not shared:
            pool.shutdown(wait=True)


#: The session's pool of warm workers, by size, reused by later calls (workers take seconds to
#: start: they import and load the models). Only one size is kept; a pool that broke, or that
#: an interrupted call stopped, is replaced.
_POOLS: dict[int, ProcessPoolExecutor] = {}
_IN_USE: set[ProcessPoolExecutor] = set()


def _pool(jobs: int) -> tuple[ProcessPoolExecutor, bool]:
    """A pool of ``jobs`` workers and whether it is the shared one (a call made while another
    call's generator still uses the shared pool gets a private pool, so that stopping one
    never breaks the other)."""
    pool = _POOLS.get(jobs)
    if pool is not None and (getattr(pool, "_broken", False) or getattr(pool, "_shutdown_thread", False)):
        del _POOLS[jobs]
        pool = None
    if pool is not None and pool in _IN_USE:
        private = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_warm)
        _IN_USE.add(private)
        return private, False
    if pool is None:
        for size in list(_POOLS):  # one idle pool at a time
            _POOLS.pop(size).shutdown(wait=True)
        pool = _POOLS[jobs] = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_warm)
    _IN_USE.add(pool)
    return pool, True


def _tasks(chunks: Iterator[list[Row]], jobs: int) -> Iterator[list[Row]]:
    """``chunks`` as they go to ``jobs`` workers: the last ``jobs`` chunks cut into quarters.

    Examples
    --------
    >>> [len(t) for t in _tasks(iter([[Row(i, None, "Ngày 26/9")] * 8 for i in range(3)]), 2)]
    [8, 2, 2, 2, 2, 2, 2, 2, 2]
    """
    ahead: collections.deque = collections.deque()
    for chunk in chunks:
        ahead.append(chunk)
        if len(ahead) > jobs:
            yield ahead.popleft()
    for chunk in ahead:
        step = math.ceil(len(chunk) / 4)
        for i in range(0, len(chunk), step):
            yield chunk[i : i + step]


def _batched(rows: Iterable[Row], n: int) -> Iterator[list[Row]]:
    it = iter(rows)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def _drain(future, progress) -> list[RowResult]:
    results = future.result()
    if progress is not None:
        progress.update(len(results))
    return results


class BatchResult:
    """Per-row results of :func:`analyze_batch`, in input order, with pandas views.

    Attributes
    ----------
    results : list of Article or None
        The Article of each row, None where the row failed.
    errors : list of str or None
        The error message of each row, None where it succeeded.
    ids, rows : list
        Each row's id and input label (position, or the pandas index label).
    """

    def __init__(self, results: list[RowResult]):
        self._results = results
        self.results = [r.article for r in results]
        self.errors = [r.error for r in results]
        self.ids = [r.id for r in results]
        self.rows = [r.row for r in results]

    def __len__(self) -> int:
        return len(self._results)

    def __iter__(self):
        return iter(self.results)

    def __getitem__(self, i):
        return self.results[i]

    def __repr__(self) -> str:
        n_err = sum(e is not None for e in self.errors)
        return f"<BatchResult: {len(self)} rows, {n_err} errors>"

    def _long(self, table: str):
        from .frame import long_records, to_frame

        return to_frame(table, [rec for r in self._results for rec in long_records(table, r.row, r.article)])

    @cached_property
    def articles(self):
        """One row per input row (index ``row``); see :mod:`vngovnlp.frame` for the columns."""
        from .frame import article_record, to_frame

        return to_frame("articles", [article_record(r.row, r.id, r.article, r.error) for r in self._results])

    @cached_property
    def officials(self):
        """One row per official's title."""
        return self._long("officials")

    @cached_property
    def organisations(self):
        return self._long("organisations")

    @cached_property
    def dates(self):
        return self._long("dates")

    @cached_property
    def awards(self):
        return self._long("awards")

    @cached_property
    def locations(self):
        return self._long("locations")


def _rows_from(texts, reference_dates, text_column: str, id_column: str,
               html_column: str = "html") -> list[Row]:
    # a pandas object can only come from a process that imported pandas: a list of str does not
    # pay for importing it (a second, in every batch run from a script)
    pd = sys.modules.get("pandas")
    htmls = None
    if pd is not None and isinstance(texts, pd.DataFrame):
        if text_column not in texts.columns and html_column not in texts.columns:
            raise ValueError(f"The 'text_column' parameter names a missing column: {text_column!r}. "
                             f"Columns: {list(texts.columns)}.")
        labels = list(texts.index)
        values, htmls = _text_or_html(texts, text_column, html_column)
        ids = list(texts[id_column]) if id_column in texts.columns else [None] * len(values)
        if reference_dates is None and "reference_date" in texts.columns:
            reference_dates = list(texts["reference_date"])
    elif pd is not None and isinstance(texts, pd.Series):
        labels, values = list(texts.index), list(texts)
        ids = [None] * len(values)
    elif isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
        raise TypeError("The 'texts' parameter of analyze_batch must be an iterable of str. "
                        f"Got {texts!r:.80} instead.")
    else:
        values = list(texts)
        labels, ids = list(range(len(values))), [None] * len(values)
    if reference_dates is None or isinstance(reference_dates, str) or not isinstance(reference_dates, Iterable):
        refs = [reference_dates] * len(values)
    else:
        refs = list(reference_dates)
        if len(refs) != len(values):
            raise ValueError(f"The 'reference_dates' parameter has {len(refs)} values for "
                             f"{len(values)} texts.")
    htmls = htmls or [None] * len(values)
    return [Row(label, None if _missing(i) else str(i), text, _none_if_missing(ref), html=html)
            for label, i, text, ref, html in zip(labels, ids, values, refs, htmls, strict=True)]


def _text_or_html(df, text_column: str, html_column: str) -> tuple[list, list]:
    """Per row, the text to analyse and whether it is HTML: the text column where it holds a
    string, else the HTML column (as the CLI reads ``{"html": ...}`` JSONL rows)."""
    texts = list(df[text_column]) if text_column in df.columns else [None] * len(df)
    pages = list(df[html_column]) if html_column in df.columns else [None] * len(df)
    values, htmls = [], []
    for text, page in zip(texts, pages, strict=True):
        use_html = not isinstance(text, str) and isinstance(page, str)
        values.append(page if use_html else text)
        htmls.append(True if use_html else None)
    return values, htmls


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _none_if_missing(value: Any) -> Any:
    pd = sys.modules.get("pandas")
    if pd is not None and value is getattr(pd, "NaT", None):
        return None
    return None if _missing(value) else value


def analyze_batch(texts, *, n_jobs: int = 1, progress: bool = True, reference_dates=None,
                  text_column: str = "text", id_column: str = "id", html_column: str = "html",
                  chunksize: int = 32) -> BatchResult:
    """Analyse many articles, in worker processes, keeping input order and per-row errors.

    Parameters
    ----------
    texts : iterable of str, pandas.Series or pandas.DataFrame
        The articles. A DataFrame gives its ``text_column``, ``id_column`` (optional),
        ``html_column`` (optional: an HTML page, read where the text is missing, as the CLI
        reads ``{"html": ...}`` rows) and ``reference_date`` (optional) columns; its index
        labels become the ``row`` labels.
    n_jobs : int, default 1
        Worker processes; 1 runs in this process (as ``vngovnlp analyze`` does by default),
        -1 uses every core. Workers pay a start-up of a few seconds, once: the pool
        stays warm for later calls in the same session.
    progress : bool, default True
        Show a tqdm progress bar (with total and ETA) on stderr, or in the notebook.
    reference_dates : date, str or sequence, optional
        One reference date for all rows, or one per row.
    chunksize : int, default 32
        Rows sent to a worker at a time.

    Returns
    -------
    BatchResult
        ``.results`` (Article or None per row), ``.errors`` and the pandas views
        ``.articles``, ``.officials``, ``.organisations``, ``.dates``, ``.awards``,
        ``.locations``.

    Raises
    ------
    TypeError
        When ``texts`` is a single ``str`` (or not iterable at all).

    Examples
    --------
    >>> res = analyze_batch(["Ngày 26/9/2019, UBND tỉnh Bắc Kạn họp.", None], n_jobs=1, progress=False)
    >>> len(res), res.errors[0], res.errors[1][:40]
    (2, None, "The 'text' parameter of analyze must be ")
    >>> list(res.articles.index)
    [0, 1]
    """
    rows = _rows_from(texts, reference_dates, text_column, id_column, html_column)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(rows), unit="art", desc="vngovnlp")
    try:
        results = list(iter_analyze(rows, n_jobs=n_jobs, chunksize=chunksize, progress=bar))
    finally:
        if bar is not None:
            bar.close()
    return BatchResult(results)


#: True in the warm fork server, and so in every worker forked from it.
WARMED_IN_SERVER = False
if os.environ.get(_WARM_SERVER) == str(os.getppid()):  # this process is the fork server
    del os.environ[_WARM_SERVER]
    try:
        _load_models()
        WARMED_IN_SERVER = True
    except Exception:  # a broken install shows up on the rows, not in the server
        pass
    # The models' objects live as long as the workers: out of the cyclic collector, a worker's
    # full collections no longer walk them, nor write to (and so copy) the pages they share.
    gc.collect()
    gc.freeze()
