"""Engine code holds no Vietnamese words: the language lives in ``vngovnlp/data/``.

Every string literal of the package's modules (docstrings aside: they show Vietnamese examples)
is scanned for Vietnamese letters; character ranges such as ``À-Ỹ`` are not words. What is
truly needed in code is listed in ``EXCEPTIONS``, numbered, each with its reason.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "vngovnlp"
_VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
_RANGE = re.compile(r"\S-\S")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _has_vietnamese_word(literal: str) -> bool:
    """A run of two or more letters with a Vietnamese letter in it (``[A-ZĐÀ-Ỹ]`` has none)."""
    return any(_VIETNAMESE.search(w) for w in _WORD.findall(_RANGE.sub(" ", literal)))

#: (module, literal's start): why it stays in code.
EXCEPTIONS = {
    # 1. a warm-up sentence worker processes analyse once to load every model
    ("batch.py", "Ngày 26/9/2019, Chủ tịch"),
    # 2. the example sentence the pipeline's docstrings share
    ("pipeline.py", "Ông Lý Thái Hải, Chủ tịch"),
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _words_in_code() -> list[tuple[str, int, str]]:
    hits = []
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        if module.startswith("training/"):
            continue  # corpus building reads corpus-specific labels; not shipped in the runtime
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                    and _has_vietnamese_word(node.value)):
                if not any(module == m and node.value.startswith(s) for m, s in EXCEPTIONS):
                    hits.append((module, node.lineno, node.value[:40]))
    return hits


def test_the_scan_sees_vietnamese():
    assert _has_vietnamese_word("Tỉnh ủy") and _has_vietnamese_word(r"\s+năm\s+")
    assert not _has_vietnamese_word(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)") and not _has_vietnamese_word("Skip Ribbon")


def test_engine_modules_hold_no_vietnamese_words():
    hits = _words_in_code()
    assert hits == [], "move these words to a data file under src/vngovnlp/data/:\n" + "\n".join(
        f"  {m}:{line}: {text!r}" for m, line, text in hits)


@pytest.mark.parametrize(("module", "start"), sorted(EXCEPTIONS))
def test_every_exception_is_still_needed(module, start):
    text = (SRC / module).read_text(encoding="utf-8")
    assert start in text
