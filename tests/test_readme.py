"""Every Python code block of the README runs as written (issue 16), in order, in one namespace.

The one exception is the Dask block: it connects to a cluster ("tcp://scheduler-host") and
reads S3, which a test cannot; tests/test_dask.py runs the same calls on a local cluster.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 3


def test_every_readme_block_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    namespace: dict = {}
    ran = 0
    for block in BLOCKS:
        if "Client(" in block:  # needs a Dask cluster, see the module docstring
            continue
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own README
        ran += 1
    assert ran == len(BLOCKS) - 1
    res = namespace["res"]  # the batch example: the bundled batch.jsonl, its HTML row included
    assert len(res) >= 3 and res.errors == [None] * len(res)
