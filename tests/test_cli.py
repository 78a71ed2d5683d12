"""The ``vngovnlp`` command: inputs, formats, ids, errors, atomic output, tables, schema."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vngovnlp import cli
from vngovnlp.cli import PEOPLE_TABLES
from vngovnlp.frame import COLUMNS

REPO = Path(__file__).resolve().parents[1]

TEXT = "Ngày 26/9/2019, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết."
HTML = ("<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị tổng kết</h1>"
        "<p>Ngày 26/9/2019, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác quốc phòng.</p>"
        "</article></body></html>")


def run(*args, input=None):
    return CliRunner().invoke(cli.main, ["analyze", "--no-progress", *args], input=input)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "bai1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "trang.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "ghichu.md").write_text("bỏ qua", encoding="utf-8")
    rows = [{"id": "r1", "text": "Sáng 01/10/2020, Sở Nội vụ họp."},
            {"id": "r2", "text": "Ngày 5/3 họp.", "reference_date": "2021-04-01"},
            {"id": "r3", "html": HTML}]
    (tmp_path / "lo.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                       encoding="utf-8")
    return tmp_path


def test_txt_file_id_is_stem_and_output_is_article_dict(files):
    res = run(str(files / "bai1.txt"), "--format", "json")
    assert res.exit_code == 0, res.output
    [row] = lines(res.output)
    assert row["id"] == "bai1" and row["text"] == TEXT
    assert any(d["value"] == "2019-09-26" for d in row["dates"])
    assert "error" not in row


def test_html_file_is_cleaned(files):
    [row] = lines(run(str(files / "trang.html")).output)
    assert row["id"] == "trang"
    assert "<p>" not in row["text"] and "Bắc Kạn" in row["text"]


def test_directory_reads_supported_files_sorted(files):
    res = run(str(files), "--format", "jsonl")
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in lines(res.output)] == ["bai1", "r1", "r2", "r3", "trang"]


def test_jsonl_reference_date_per_row_beats_option(files):
    rows = {r["id"]: r for r in lines(run(str(files / "lo.jsonl"), "--reference-date", "2010-01-01").output)}
    assert rows["r2"]["reference_date"] == "2021-04-01"
    assert rows["r1"]["reference_date"] == "2010-01-01"
    assert rows["r3"]["text"].count("Bắc Kạn") >= 1


@pytest.mark.parametrize("bad_line,message", [
    ("{bad json", "invalid JSON"),
    ('{"id": "n", "text": 5}', "must be a string"),
    ('{"id": "m"}', "no 'text'"),
    ('["a", "list"]', "not a JSON object"),
    ('{"id": "h", "text": null}', "must be a string"),
])
def test_malformed_row_gives_error_row_and_exit_1(tmp_path, bad_line, message):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "ok1", "text": TEXT}) + "\n" + bad_line + "\n"
                    + json.dumps({"id": "ok2", "text": TEXT}) + "\n", encoding="utf-8")
    res = run(str(path))
    assert res.exit_code == 1
    rows = lines(res.output)
    assert [r["id"] for r in rows][0::2] == ["ok1", "ok2"]
    assert set(rows[1]) == {"id", "error"} and message in rows[1]["error"]
    assert rows[1]["id"] in {"n", "m", "h", "x:2"}


def test_stdin_text_and_jsonl():
    res = run("-", input=TEXT)
    assert res.exit_code == 0
    assert lines(res.output)[0]["id"] == "stdin"
    res = run(input=json.dumps({"id": "s1", "text": TEXT}) + "\n" + json.dumps({"text": TEXT}) + "\n")
    assert [r["id"] for r in lines(res.output)] == ["s1", "stdin:2"]


def test_csv_is_one_row_per_article(files):
    res = run(str(files / "lo.jsonl"), str(files / "bai1.txt"), "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert list(rows[0]) == list(COLUMNS["articles"])
    assert [r["id"] for r in rows] == ["r1", "r2", "r3", "bai1"]
    assert int(rows[3]["n_dates"]) >= 1


def test_output_file_is_written(files, tmp_path):
    out = tmp_path / "out" / "kq.jsonl"
    res = run(str(files / "lo.jsonl"), "-o", str(out))
    assert res.exit_code == 0 and res.output == ""
    assert [r["id"] for r in lines(out.read_text(encoding="utf-8"))] == ["r1", "r2", "r3"]
    assert list(out.parent.iterdir()) == [out]


def test_interrupted_run_leaves_no_file(files, tmp_path, monkeypatch):
    import vngovnlp.batch as batch

    real, calls = batch._one, []

    def flaky(row, as_json):
        calls.append(row.id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(row, as_json)

    monkeypatch.setattr(batch, "_one", flaky)
    res_dir = tmp_path / "res"
    res_dir.mkdir()
    out = res_dir / "kq.jsonl"
    out.write_text("old\n", encoding="utf-8")
    tables = res_dir / "tbl"
    res = run(str(files / "lo.jsonl"), "-o", str(out), "--tables", str(tables))
    assert res.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old\n"  # untouched, not half-written
    assert sorted(p.name for p in res_dir.iterdir()) == ["kq.jsonl", "tbl"]
    assert list(tables.iterdir()) == []


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_directory(files, tmp_path, fmt):
    pd = pytest.importorskip("pandas")
    tables = tmp_path / "tbl"
    res = run(str(files / "lo.jsonl"), str(files / "bai1.txt"), "--tables", str(tables),
              "--table-format", fmt, "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in tables.iterdir())
    assert names == sorted(f"{t}.{fmt}" for t in (*COLUMNS, *PEOPLE_TABLES))
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    arts = read(tables / f"articles.{fmt}")
    assert list(arts.columns) == list(COLUMNS["articles"]) and list(arts["id"]) == ["r1", "r2", "r3", "bai1"]
    dates = read(tables / f"dates.{fmt}")
    assert list(dates.columns) == list(COLUMNS["dates"])
    assert "2019-09-26" in set(dates["value"])


def test_usage_errors_exit_2(tmp_path):
    assert run(str(tmp_path / "missing.txt")).exit_code == 2
    assert run("--format", "xml", "-").exit_code == 2
    assert run("--reference-date", "26/9/2019", "-").exit_code == 2


def test_jobs_two_keeps_order(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Ngày {i + 1}/9/2019 họp."}) + "\n"
                            for i in range(12)), encoding="utf-8")
    res = run(str(path), "--jobs", "2", "--chunksize", "2")
    assert res.exit_code == 0
    assert [r["id"] for r in lines(res.output)] == [f"a{i}" for i in range(12)]


def test_topic_commands_are_registered():
    res = CliRunner().invoke(cli.main, ["--help"])
    assert "analyze" in res.output
    if cli._topic_module() is not None:
        assert {"train", "evaluate", "build-corpus"} <= set(cli.main.list_commands(None))


def test_json_output_validates_against_shipped_schema(files):
    jsonschema = pytest.importorskip("jsonschema")
    from vngovnlp.types import article_schema

    try:
        schema = article_schema()
    except FileNotFoundError:
        pytest.skip("article.schema.json not shipped yet")
    rows = json.loads(run(str(files), "--format", "json").output)
    assert len(rows) == 5
    for row in rows:
        jsonschema.validate(row, schema)


def test_failing_row_still_writes_the_whole_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n{oops\n" + json.dumps({"id": "c", "text": TEXT}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run(str(src), "-o", str(out))
    assert res.exit_code == 1
    assert [r["id"] for r in lines(out.read_text(encoding="utf-8"))] == ["a", "in:2", "c"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_lone_surrogate_row_is_written_as_escaped_json(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "s", "text": "Ngày 26/9/2019 \\ud800 họp"}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run(str(src), "-o", str(out)).exit_code == 0
    [row] = lines(out.read_text(encoding="utf-8"))
    assert row["id"] == "s" and "\ud800" in row["text"]


# Issue 18.2: "--tables DIR" with one huge count ended in a traceback, no table, five .tmp files.
@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_huge_count_never_breaks_the_tables(tmp_path, fmt):
    pd = pytest.importorskip("pandas")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "Chủ tịch UBND tỉnh Bắc Kạn trao Bằng khen cho "
                               "10000000000000000000000 tập thể và 12 cá nhân."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    tables = tmp_path / "tbl"
    res = run(str(src), "--tables", str(tables), "--table-format", fmt, "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in tables.iterdir()) == sorted(f"{t}.{fmt}" for t in (*COLUMNS, *PEOPLE_TABLES))
    awards = (pd.read_parquet if fmt == "parquet" else pd.read_csv)(tables / f"awards.{fmt}")
    assert awards["collectives"].isna().all() and list(awards["individuals"]) == [12]
    # the JSON keeps the number as written: JSON integers have no ceiling
    [row] = lines((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert row["awards"][0]["collectives"] == 10**22


def test_a_failing_table_leaves_no_temporary_file(tmp_path, monkeypatch):
    from vngovnlp import frame

    def broken(table):
        raise OverflowError("int too big to convert")

    monkeypatch.setattr(frame, "arrow_schema", broken)
    tables = tmp_path / "tbl"
    res = run("-", "--tables", str(tables), "-o", str(tmp_path / "o.jsonl"), input=TEXT)
    assert res.exit_code != 0
    assert list(tables.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["tbl"]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


# Issue 18.3: SIGTERM and SIGHUP left the partial files and, with --jobs 2, the forkserver, the
# resource tracker and the workers alive after the parent died.
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize(("signame", "jobs"), [("SIGTERM", "2"), ("SIGHUP", "1")])
def test_a_signal_leaves_no_debris(tmp_path, signame, jobs):
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": TEXT}, ensure_ascii=False) + "\n"
                           for i in range(5000)), encoding="utf-8")
    out_dir = tmp_path / "out"
    cmd = [sys.executable, "-c", "from vngovnlp.cli import main; main()", "analyze", str(src),
           "--jobs", jobs, "--chunksize", "4", "--no-progress", "-o", str(out_dir / "kq.jsonl"),
           "--tables", str(out_dir / "tbl")]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    want = 4 if jobs == "2" else 0  # forkserver, resource tracker, two workers
    deadline = time.monotonic() + 200
    while time.monotonic() < deadline and proc.poll() is None:
        kids = _descendants(proc.pid)
        if len(kids) >= want and any(out_dir.glob(".kq.jsonl.*.tmp")) and \
                any(p.stat().st_size for p in out_dir.glob(".kq.jsonl.*.tmp")):
            break
        time.sleep(0.2)
    assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
    kids = _descendants(proc.pid)
    assert len(kids) >= want
    proc.send_signal(getattr(signal, signame))
    assert proc.wait(60) == 128 + getattr(signal, signame)
    stderr = proc.stderr.read().decode()
    assert "Traceback" not in stderr, stderr[-2000:]
    deadline = time.monotonic() + 15
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _alive(kids) == set()
    assert [p.name for p in out_dir.rglob("*") if p.is_file()] == []


# Issue 16: formats, recursion, empty input, exit codes.
def test_format_json_is_one_json_document(files):
    res = run(str(files), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.load(io.StringIO(res.output))  # an array for a folder
    assert [r["id"] for r in data] == ["bai1", "r1", "r2", "r3", "trang"]
    one = json.loads(run(str(files / "bai1.txt"), "--format", "json").output)
    assert one["id"] == "bai1"  # one article: one object


def test_format_conll_tags_entities(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Ông Lý Thái Hải thăm tỉnh Bắc Kạn.", encoding="utf-8")
    res = run(str(src), "--format", "conll")
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.output.splitlines() if line and not line.startswith("#")]
    assert ["Lý Thái Hải", "B-PER"] in rows and all(len(r) == 2 for r in rows)
    assert res.output.startswith("# id = a\n") and res.output.endswith("\n\n")


def test_format_summary_is_readable(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Hội nghị sơ kết\nNgày 26/9/2019, Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải trao "
                   "Bằng khen cho 08 tập thể.", encoding="utf-8")
    res = run(str(src), "--format", "summary")
    assert res.exit_code == 0, res.output
    out = res.output
    for expected in ("Hội nghị sơ kết", "Lý Thái Hải — Chủ tịch UBND tỉnh Bắc Kạn", "Bằng khen · 8 tập thể",
                     "2019-09-26", "Bắc Kạn"):
        assert expected in out
    assert not out.lstrip().startswith("{")


def test_piped_output_defaults_to_jsonl(files):
    res = run(str(files / "bai1.txt"))  # CliRunner's stdout is not a terminal
    assert json.loads(res.output)["id"] == "bai1"


def test_csv_long_table_to_stdout(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải phát biểu.", encoding="utf-8")
    res = run(str(src), "--format", "csv", "--table", "officials")
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert list(rows[0]) == list(COLUMNS["officials"]) and rows[0]["name"] == "Lý Thái Hải"


def test_folders_are_read_recursively(files):
    sub = files / "thang9" / "tuan1"
    sub.mkdir(parents=True)
    (sub / "bai2.txt").write_text(TEXT, encoding="utf-8")
    ids = [r["id"] for r in lines(run(str(files)).output)]
    assert ids == ["bai1", "r1", "r2", "r3", "bai2", "trang"]
    assert "bai2" not in [r["id"] for r in lines(run(str(files), "--no-recursive").output)]


@pytest.mark.parametrize("make", ["empty_dir", "only_other_files", "empty_stdin", "blank_stdin"])
def test_empty_input_says_so_and_exits_2(tmp_path, make):
    (tmp_path / "d").mkdir()
    if make == "only_other_files":
        (tmp_path / "d" / "ghichu.md").write_text("x", encoding="utf-8")
    args, stdin = ([str(tmp_path / "d")], None) if make.endswith(("dir", "files")) else (["-"], "" if make == "empty_stdin" else " \n\n")
    res = CliRunner().invoke(cli.main, ["analyze", "--no-progress", *args], input=stdin)
    assert res.exit_code == 2
    assert "no articles" in res.output and "Traceback" not in res.output


def test_unwritable_output_is_one_line_and_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    res = run("-", "-o", str(blocker / "sub" / "kq.jsonl"), input=TEXT)
    assert res.exit_code == 2 and "cannot write" in res.output
    assert res.output.count("\n") == 1


def test_non_utf8_jsonl_line_is_an_error_row(tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_bytes(json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False).encode() + b"\n"
                    + b'{"id": "bad", "text": "Ng\xe0y 26/9"}\n')
    res = run(str(src))
    assert res.exit_code == 1
    rows = lines(res.output)
    assert rows[0]["id"] == "ok" and "not UTF-8" in rows[1]["error"]


def test_exit_codes_of_the_readme(files, tmp_path):
    assert run(str(files / "bai1.txt")).exit_code == 0  # every row analysed
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    assert run(str(tmp_path / "bad.jsonl")).exit_code == 1  # some rows failed
    assert run("--jobs", "0", "-").exit_code == 2  # usage


def test_progress_bar_knows_the_total(files):
    assert cli.count_rows([str(files)]) == 5 and cli.count_rows(["-"]) is None


def test_python_dash_m_vngovnlp():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "vngovnlp", "analyze", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "--format" in done.stdout and "vngovnlp analyze" in done.stdout


def test_summary_survives_markup_in_the_text(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Chủ tịch UBND tỉnh [bold] Bắc Kạn Lý Thái Hải [/] trao Bằng khen [x].", encoding="utf-8")
    res = run(str(src), "--format", "summary")
    assert res.exit_code == 0, res.output
    assert "[/]" in res.output and "[x]" in res.output


@pytest.mark.parametrize("existing", [True, False])
def test_csv_into_a_directory_writes_one_file_per_table(tmp_path, existing):
    out = tmp_path / "tables"
    if existing:
        out.mkdir()
    target = str(out) if existing else str(out) + "/"
    res = run(str(REPO / "corpus" / "samples"), "--format", "csv", "-o", target, "--no-progress")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in (*COLUMNS, *PEOPLE_TABLES))
    with (out / "officials.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMNS["officials"]) and any(r["name"] == "Nông Thị Lan" for r in rows)


def test_a_directory_output_needs_csv(tmp_path):
    res = run(str(REPO / "corpus" / "samples"), "--format", "json", "-o", str(tmp_path), "--no-progress")
    assert res.exit_code == 2 and "only --format csv" in res.output
