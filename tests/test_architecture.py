"""The import graph of the package: no cycles, no upward import, training code apart.

Every module of ``src/vngovnlp`` sits on a layer; a module may import (at top level or inside a
function) only modules of its own layer or below, and the imports form no cycle. The runtime
never imports ``vngovnlp.training`` (only the CLI's training commands do, lazily).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "vngovnlp"

LAYERS: list[set[str]] = [
    {"errors", "lexicon", "integrity", "data", "model_manifests"},
    {"types", "normalize", "numbers", "names", "gazetteer"},
    # text → annotations every component may want: cleaning, words, the lexicon tokens, NER spans
    {"clean", "tokenize", "extract._officials_lexicon", "extract.entities", "extract"},
    {"doc"},
    {"extract.*", "classify"},
    {"pipeline"},
    {"batch", "frame", "spacy", "dask", "link", "_link_posts", "schema", "__init__"},
    {"_output", "cli"},  # the command line and its terminal summary
    {"__main__"},  # python -m vngovnlp: runs the command line
]
TRAINING = "training"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _layer(name: str) -> int:
    for i, layer in enumerate(LAYERS):
        if name in layer:
            return i
    for i, layer in enumerate(LAYERS):
        if any(p.endswith(".*") and name.startswith(p[:-1]) for p in layer):
            return i
    if name.startswith(TRAINING):
        return len(LAYERS)
    raise AssertionError(f"module vngovnlp.{name} has no layer: add it to LAYERS in {__file__}")


def _imports(path: Path, name: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    if path.name == "__init__.py" and name == "__init__":
        package = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [target] if node.module else [".".join(base + [a.name]) for a in node.names]
            elif node.module and node.module.startswith("vngovnlp"):
                target = node.module.removeprefix("vngovnlp").lstrip(".")
                names = [target] if target else [a.name for a in node.names]
            else:
                continue
            for target in names:
                found.add(target)
                for alias in node.names:  # "from . import clean" imports the module clean
                    sub = f"{target}.{alias.name}" if target else alias.name
                    if (SRC / (sub.replace(".", "/") + ".py")).is_file() or (SRC / sub.replace(".", "/")).is_dir():
                        found.add(sub)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("vngovnlp.") for a in node.names if a.name.startswith("vngovnlp.")}
    return {f for f in found if f and f != name and _exists(f)}


def _exists(name: str) -> bool:
    path = SRC / name.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    graph = {}
    for path in sorted(SRC.rglob("*.py")):
        name = _module_name(path)
        graph[name] = {i for i in _imports(path, name) if not (path.name == "__init__.py" and name.startswith(i + "."))}
    return graph


GRAPH = _graph()


def test_the_graph_was_read():
    assert {"pipeline", "doc", "extract.dates", "types"} <= set(GRAPH)
    assert "doc" in GRAPH["pipeline"] and "types" in GRAPH["doc"]


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if not m.startswith(TRAINING)))
def test_no_upward_import(module):
    upward = {i for i in GRAPH[module] if _layer(i) > _layer(module)}
    allowed = {i for i in upward if module == "cli" and i.startswith(TRAINING)}  # train/evaluate commands
    assert upward == allowed, f"vngovnlp.{module} imports a higher layer: {sorted(upward - allowed)}"


def test_no_cycles():
    seen: dict[str, int] = {}  # 1 on the stack, 2 done
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if seen.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in seen:
                visit(nxt, stack + [nxt])
        seen[node] = 2

    for node in sorted(GRAPH):
        if node not in seen:
            visit(node, [node])
    assert cycles == []
