"""The ``vngovnlp`` command: thin commands over :func:`vngovnlp.analyze` and the batch engine.

``vngovnlp analyze PATH... [--format json|jsonl|csv] [--reference-date YYYY-MM-DD] [-o FILE]
[--jobs N] [--no-progress] [--tables DIR [--table-format parquet|csv]]``

* PATH is a ``.txt``, ``.html``/``.htm`` or ``.jsonl`` file, a directory (its files of those
  kinds, sorted by name) or ``-`` for stdin (also used when no PATH is given and input is
  piped). Stdin is read as JSONL when it starts with ``{``, else as one article (id ``stdin``).
* JSONL rows are ``{"id", "text"}`` (or ``"html"`` instead of ``"text"``) and may carry
  ``"reference_date"``; a row without id gets ``"<file stem>:<line number>"``. Files get
  their stem as id.
* ``--format json`` and ``jsonl`` both write one ``Article.to_dict()`` object per line (for a
  single article that is exactly one JSON document); ``csv`` writes the one-row-per-article
  table of :mod:`vngovnlp.frame`. A row that fails gives ``{"id", "error"}`` (csv: the
  ``error`` column) and the others go on.
* Output is streamed in input order with bounded memory; with ``-o`` it goes to a temporary
  file beside FILE, renamed over FILE only when every row has been written.

Exit status: 0 when every row was analysed, 1 when some rows failed, 2 for usage errors.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import click

from .batch import Row, iter_analyze

__all__ = ["main", "iter_rows"]

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


class _BadBytes(str):
    """A JSONL line that is not UTF-8: becomes an error row, as a ``.txt`` file does."""


def _decoded(fh, path: Path) -> Iterator[str]:
    for raw in fh:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _BadBytes(f"not UTF-8 ({exc.reason} at byte {exc.start}) in {path}")


def _jsonl_rows(lines, stem: str, default_ref) -> Iterator[Row]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rid = f"{stem}:{lineno}"
        if isinstance(line, _BadBytes):
            yield Row(rid, rid, None, error=f"line {lineno}: {line}")
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            yield Row(rid, rid, None, error=f"invalid JSON on line {lineno}: {exc}")
            continue
        if not isinstance(data, dict):
            yield Row(rid, rid, None, error=f"line {lineno} is not a JSON object")
            continue
        if data.get("id") is not None:
            rid = str(data["id"])
        ref = data.get("reference_date") or default_ref
        if isinstance(data.get("text"), str):
            yield Row(rid, rid, data["text"], ref, html=None)
        elif isinstance(data.get("html"), str) and "text" not in data:
            yield Row(rid, rid, data["html"], ref, html=True)
        elif "text" in data or "html" in data:
            key = "text" if "text" in data else "html"
            yield Row(rid, rid, None, error=f"line {lineno}: {key!r} must be a string, "
                      f"got {type(data[key]).__name__}")
        else:
            yield Row(rid, rid, None, error=f"line {lineno}: no 'text' (or 'html') field")


def _file_rows(path: Path, default_ref) -> Iterator[Row]:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        with path.open("rb") as fh:
            yield from _jsonl_rows(_decoded(fh, path), path.stem, default_ref)
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Row(path.stem, path.stem, None, error=f"cannot read {path}: {exc}")
        return
    yield Row(path.stem, path.stem, text, default_ref, html=True if kind == "html" else None)


def _stdin_rows(stream, default_ref) -> Iterator[Row]:
    first = ""
    for first in stream:
        if first.strip():
            break
    if first.lstrip().startswith("{"):
        yield from _jsonl_rows(_chain_first(first, stream), "stdin", default_ref)
    elif first.strip():
        yield Row("stdin", "stdin", first + stream.read(), default_ref)
    # empty standard input: no row (the command says so)


def _chain_first(first: str, stream):
    yield first
    yield from stream


def _files(paths, recursive: bool = True) -> Iterator[Path | str]:
    """Each file to read, in order: a directory gives its supported files (sorted, subfolders
    too when ``recursive``); ``-`` stays ``-``."""
    for p in paths:
        path = Path(p)
        if p == "-" or not path.is_dir():
            yield p if p == "-" else path
            continue
        children = path.rglob("*") if recursive else path.iterdir()
        yield from sorted((c for c in children if c.is_file() and c.suffix.lower() in SUFFIXES),
                          key=lambda c: c.relative_to(path).parts)


def count_rows(paths, recursive: bool = True) -> int | None:
    """How many rows ``paths`` hold (non-blank JSONL lines, one per other file); None for stdin."""
    total = 0
    for f in _files(paths, recursive):
        if f == "-":
            return None
        if SUFFIXES.get(f.suffix.lower()) == "jsonl":
            with f.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def iter_rows(paths, default_ref=None, stdin=None, recursive: bool = True) -> Iterator[Row]:
    """The input rows of ``paths`` (files, directories, ``-``), lazily, in order."""
    for f in _files(paths, recursive):
        if f == "-":
            yield from _stdin_rows(stdin or click.get_text_stream("stdin"), default_ref)
        else:
            yield from _file_rows(f, default_ref)


_STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


@contextmanager
def _stop_on_signals():
    """Turn SIGTERM and SIGHUP into ``SystemExit(128 + signum)`` for the block.

    Without this they kill the process at once: the temporary output files stay behind and the
    worker processes live on. As an exception they unwind like Ctrl-C does: temporary files are
    removed, the pool is stopped, the exit status says which signal it was.
    """

    def stop(signum, frame):
        for s in _STOP_SIGNALS:  # a second signal must not interrupt the clean-up
            signal.signal(s, signal.SIG_IGN)
        raise SystemExit(128 + signum)

    try:
        previous = {s: signal.signal(s, stop) for s in _STOP_SIGNALS}
    except ValueError:  # not the main thread: leave signals alone
        previous = {}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def _atomic(path: Path | None, mode: str = "w"):
    """Write to a temp file beside ``path``; rename over it only when the block succeeds."""
    if path is None:
        yield click.get_text_stream("stdout")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="" if "b" not in mode else None) as fh:
            yield fh
        _chmod_like_open(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _chmod_like_open(path: str) -> None:
    """mkstemp creates 0600 files; give the result the mode ``open()`` would have given it."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


#: The tables of officials linked across a run's articles, written beside the long tables.
PEOPLE_TABLES = ("people", "posts")


class _TableWriters:
    """Long tables (and the articles table) written chunk by chunk into DIR, atomically."""

    def __init__(self, directory: Path, fmt: str, chunk: int = 512):
        from .frame import TABLES

        self.dir, self.fmt, self.chunk = directory, fmt, chunk
        self.dir.mkdir(parents=True, exist_ok=True)
        self.buffers = {t: [] for t in TABLES}
        self.tmp = {}
        self.writers = {}
        from .link import Linker

        self.linker = Linker()  # people and posts across the articles (issue 19), written at the end

    def add(self, result) -> None:
        from .frame import LONG_TABLES, article_record, long_records

        if result.article is not None:
            self.linker.add(result.article)
        self.buffers["articles"].append(article_record(result.row, result.id, result.article, result.error))
        for t in LONG_TABLES:
            self.buffers[t].extend(long_records(t, result.row, result.article))
        if len(self.buffers["articles"]) >= self.chunk:
            self.flush()

    def flush(self, final: bool = False) -> None:
        for table, records in self.buffers.items():
            if records or (final and table not in self.writers):
                self._write(table, records)
            self.buffers[table] = []

    def _write(self, table: str, records: list[dict]) -> None:
        from .frame import COLUMNS, arrow_schema

        if table not in self.writers:
            fd, tmp = tempfile.mkstemp(prefix=f".{table}.", suffix=".tmp", dir=self.dir)
            os.close(fd)
            self.tmp[table] = tmp
            if self.fmt == "parquet":
                import pyarrow.parquet as pq

                self.writers[table] = pq.ParquetWriter(tmp, arrow_schema(table))
            else:
                fh = open(tmp, "w", encoding="utf-8", newline="")
                w = csv.DictWriter(fh, fieldnames=list(COLUMNS[table]))
                w.writeheader()
                self.writers[table] = (fh, w)
        for rec in records:
            rec["row"] = None if rec["row"] is None else str(rec["row"])
        if self.fmt == "parquet":
            import pyarrow as pa

            self.writers[table].write_table(pa.Table.from_pylist(records, schema=arrow_schema(table)))
        else:
            self.writers[table][1].writerows(records)

    def _write_people(self) -> None:
        """The officials linked across the articles (``people``, ``posts``), written atomically."""
        people = self.linker.result()
        for name in PEOPLE_TABLES:
            df = getattr(people, name)
            tmp = self.dir / f".{name}.tmp"
            try:
                df.to_parquet(tmp, index=False) if self.fmt == "parquet" else df.to_csv(tmp, index=False)
                os.replace(tmp, self.dir / f"{name}.{self.fmt}")
            finally:
                tmp.unlink(missing_ok=True)

    def close(self, ok: bool) -> None:
        """Finish every table (``ok``) or remove every temporary file; never leave one behind."""
        try:
            if ok:
                self.flush(final=True)
                self._write_people()
        except BaseException:
            ok = False
            raise
        finally:
            for w in self.writers.values():
                try:
                    (w.close() if self.fmt == "parquet" else w[0].close())
                except Exception:
                    ok = False
            for table, tmp in self.tmp.items():
                if ok:
                    _chmod_like_open(tmp)
                    os.replace(tmp, self.dir / f"{table}.{self.fmt}")
                else:
                    Path(tmp).unlink(missing_ok=True)
            self.writers, self.tmp = {}, {}


_TOPIC_COMMANDS = {"train": ("train", "train_command"), "evaluate": ("evaluate", "evaluate_command"),
                   "build-corpus": ("build_corpus", "build_corpus_command")}


class _Group(click.Group):
    """Adds ``train``, ``evaluate`` and ``build-corpus`` from :mod:`vngovnlp.training.topic_cli`
    lazily (training code is not part of the runtime), and only when that module is importable."""

    def list_commands(self, ctx):
        names = set(super().list_commands(ctx))
        if _topic_module() is not None:
            names |= {n for n in _TOPIC_COMMANDS if self.get_command(ctx, n) is not None}
        return sorted(names)

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        module = _topic_module() if cmd is None and name in _TOPIC_COMMANDS else None
        for attr in _TOPIC_COMMANDS.get(name, ()) if module is not None else ():
            found = getattr(module, attr, None)
            if isinstance(found, click.Command):
                return found
        return cmd


def _topic_module():
    try:
        from .training import topic_cli
    except ImportError:
        return None
    return topic_cli


@click.group(cls=_Group)
@click.version_option(package_name="vngovnlp")
def main() -> None:
    """Structured facts from Vietnamese government news."""


FORMATS = ["summary", "json", "jsonl", "csv", "conll"]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="summary: readable blocks (default on a terminal); jsonl: one Article.to_dict() "
                   "a line (default when piped or with -o); json: one JSON document (an array for "
                   "several articles); csv: the articles table, or --table; conll: words with IOB "
                   "entity tags.")
@click.option("--table", type=click.Choice(["articles", "officials", "organisations", "dates", "awards",
                                            "locations"]), default="articles", show_default=True,
              help="With --format csv: which table to write.")
@click.option("--reference-date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Date that partial dates are resolved against (a JSONL row's own wins).")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Write here (atomically) instead of stdout; with --format csv, a directory "
                   "(existing, or ending in /) receives one CSV file per table.")
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Worker processes; -1 for every core (same default as analyze_batch).")
@click.option("--chunksize", type=click.IntRange(1), default=32, show_default=True,
              help="Rows sent to a worker at a time.")
@click.option("--recursive/--no-recursive", default=True, show_default=True,
              help="Read the subfolders of a folder too.")
@click.option("--no-progress", is_flag=True, help="No progress bar (it is off anyway when stderr is "
                                                    "not a terminal).")
@click.option("--tables", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write the articles and long tables (officials, …) into this directory.")
@click.option("--table-format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
def analyze(paths, fmt, table, reference_date, output, jobs, chunksize, recursive, no_progress, tables,
            table_format):
    """Analyse articles from files, folders (recursively) or stdin."""
    if not paths:
        if click.get_text_stream("stdin").isatty():
            raise click.UsageError("give a PATH, or pipe text / JSONL into stdin.")
        paths = ("-",)
    if jobs == 0:
        raise click.BadParameter("must not be 0", param_hint="--jobs")
    if fmt is None:
        fmt = "summary" if output is None and click.get_text_stream("stdout").isatty() else "jsonl"
    if output is not None and (os.path.isdir(output) or output.endswith(os.sep)):
        if fmt != "csv":
            raise click.BadParameter("is a directory: only --format csv writes one file per table there",
                                     param_hint="-o")
        # every table as CSV into the directory, through the same atomic writers as --tables
        fmt, tables, table_format, output = "none", Path(output), "csv", None
    output = Path(output) if output is not None else None
    ref = reference_date.date().isoformat() if reference_date else None
    bar = None
    if not no_progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=count_rows(paths, recursive), unit="art", desc="vngovnlp", file=sys.stderr,
                   disable=None, leave=False)
    rows = iter_rows(paths, ref, recursive=recursive)
    with _stop_on_signals():
        failed = _analyze_into(output, rows, fmt, table, jobs, chunksize, bar, tables, table_format)
    sys.exit(1 if failed else 0)


class EnvironmentProblem(click.ClickException):
    """An input or output the command cannot use: one line on stderr, exit status 2."""

    exit_code = 2


class _Output:
    """Writes results in one format; ``as_json`` when the format only needs the JSON line."""

    def __init__(self, out, fmt: str, table: str):
        self.out, self.fmt, self.table, self.n = out, fmt, table, 0
        self.as_json = fmt in ("json", "jsonl")
        self.first_line = None
        if fmt == "csv":
            from .frame import COLUMNS

            self.csv = csv.DictWriter(out, fieldnames=list(COLUMNS[table]))
            self.csv.writeheader()
        if fmt == "summary":
            from rich.console import Console

            self.console = Console(file=out, soft_wrap=False)

    def write(self, res) -> None:
        self.n += 1
        if self.fmt == "none":  # everything goes to the tables
            return
        if self.fmt == "jsonl":
            self.out.write((res.line if res.line is not None else _line(res)) + "\n")
        elif self.fmt == "json":  # one object for one article, an array for several
            line = res.line if res.line is not None else _line(res)
            if self.n == 1:
                self.first_line = line
                return
            if self.n == 2:
                self.out.write("[\n" + self.first_line)
            self.out.write(",\n" + line)
        elif self.fmt == "csv":
            from .frame import article_record, long_records

            if self.table == "articles":
                self.csv.writerow(article_record(res.row, res.id, res.article, res.error))
            else:
                self.csv.writerows(long_records(self.table, res.row, res.article))
        elif self.fmt == "summary":
            from ._output import summary

            self.console.print(summary(res.article, res.id, res.error))
        elif res.article is not None:  # conll
            from ._output import conll

            self.out.write("\n".join(conll(res.article)) + "\n")
        else:
            self.out.write(f"# id = {res.id}\n# error = {res.error}\n\n")

    def close(self) -> None:
        if self.fmt == "json" and self.n == 1:
            self.out.write(self.first_line + "\n")
        elif self.fmt == "json" and self.n > 1:
            self.out.write("\n]\n")
        self.out.flush()


def _analyze_into(output, rows, fmt, table, jobs, chunksize, bar, tables, table_format) -> bool:
    """Run the analysis into ``output`` (and ``tables``); True when some rows failed."""
    writers = None
    failed = ok = False
    try:
        writers = _TableWriters(tables, table_format) if tables else None
        with _atomic(output) as out:
            sink = _Output(out, fmt, table)
            results = iter_analyze(rows, n_jobs=jobs, chunksize=chunksize,
                                   as_json=sink.as_json and writers is None, progress=bar)
            with closing(results):
                for res in results:
                    failed |= res.error is not None
                    if writers is not None:
                        writers.add(res)
                    sink.write(res)
            if sink.n == 0:
                raise EnvironmentProblem("no articles to analyse: the input is empty (a folder reads "
                                         ".txt, .html, .htm and .jsonl files).")
            sink.close()
            if writers is not None:
                writers.close(True)
                writers = None
        ok = True
    except OSError as exc:
        raise EnvironmentProblem(f"cannot write: {exc}") from None
    except UnicodeDecodeError as exc:
        raise EnvironmentProblem(f"standard input is not UTF-8 text ({exc.reason} at byte "
                                 f"{exc.start}).") from None
    finally:
        if writers is not None:
            writers.close(ok)
        if bar is not None:
            bar.close()
    return failed


def _line(res) -> str:
    from .batch import _json_line

    return _json_line(res.article, res.id, res.error)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON list of the models instead of text.")
def models(as_json: bool) -> None:
    """The shipped models: file, digest, training data and what that data's licence allows."""
    from .model_manifests import models_info

    infos = models_info()
    if as_json:
        click.echo(json.dumps([m.to_dict() for m in infos], ensure_ascii=False, indent=2))
        return
    for m in infos:
        click.echo(f"{m.name}: {m.file} (sha256 {m.sha256[:12]}…, manifest {m.manifest})")
        click.echo(f"  trained on    {', '.join(m.training_files)}")
        for key in ("training_data", "data_licence", "model_use", "code"):
            click.echo(f"  {key:<13} {m.licence[key]}")
