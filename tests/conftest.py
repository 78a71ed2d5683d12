"""Shared fixtures: where ``../shared`` is, and skipping cleanly when it is absent."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VNGOVNLP_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared research data not found at {SHARED}")
    return SHARED


CASES = Path(__file__).resolve().parent / "cases"
SEED = CASES / "backan-2019-09-27-quoc-phong.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real Bắc Kạn portal article of ``../shared/seeds``, shipped under ``tests/cases`` so
    that the contract tests that read it always run."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_rows(shared_dir: Path) -> list[dict]:
    path = shared_dir / "gold" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"gold annotations not found at {path}")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
