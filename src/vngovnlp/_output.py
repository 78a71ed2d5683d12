"""What ``vngovnlp analyze`` writes besides JSON: a readable summary (rich) and CoNLL/IOB.

The summary is one block per article: title, id, date, source and topic, then the officials
with their titles, organisations, awards with counts and giver, dates and places. rich lays it
out for the terminal (and the same renderables export to SVG for the documentation).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rich.markup import escape as _e

from .lexicon import load
from .types import Article

__all__ = ["conll", "summary"]

_MAX_ROWS = 8  # per section: a summary, not the whole article


def _lines(items: list[str]) -> list[str]:
    more = len(items) - _MAX_ROWS
    return items[:_MAX_ROWS] + ([f"… {more} more"] if more > 0 else [])


def _official(o) -> str:
    titles = _e("; ".join(t.title for t in o.titles if t.title))
    return f"[bold]{_e(o.name)}[/]" + (f" ({_e(o.rank)})" if o.rank else "") + (f" — {titles}" if titles else "")


@cache
def _labels() -> dict[str, str]:
    """The summary's labels in the articles' language (``data/summary.yaml``)."""
    return load("summary.yaml")


def _award(a) -> str:
    labels = _labels()
    counts = [f"{n} {what}" for n, what in ((a.collectives, labels["collectives"]),
                                            (a.individuals, labels["individuals"])) if n]
    level = f" {_e(a.level)}" if a.level and a.level not in a.award else ""
    giver = _e(a.giver_official or a.giver or "")
    return (f"[bold]{_e(a.award)}[/]{level}" + (" · " + ", ".join(counts) if counts else "")
            + (f" · {labels['giver']} {giver}" if giver else ""))


def _place(loc) -> str:
    beside = loc.province and loc.province != loc.name
    return _e(loc.name) + (f" [dim]→ {_e(loc.province)}[/]" if beside else "")


def _sections(art: Article) -> list[tuple[str, list[str]]]:
    return [("Officials", [_official(o) for o in art.officials]),
            ("Organisations", [_e(o.name) for o in art.organisations]),
            ("Awards", [_award(a) for a in art.awards]),
            ("Dates", [f"{_e(d.value)} [dim]({_e(d.text)})[/]" for d in art.dates]),
            ("Places", [_place(loc) for loc in art.locations])]


def summary(art: Article | None, id: str | None = None, error: str | None = None):
    """A rich renderable summarising one article (or its error).

    Examples
    --------
    >>> import io
    >>> from rich.console import Console
    >>> from vngovnlp import analyze
    >>> console = Console(file=io.StringIO(), width=100, record=True, color_system=None)
    >>> console.print(summary(analyze("Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải trao Bằng khen.", id="a1")))
    >>> "Lý Thái Hải — Chủ tịch UBND tỉnh Bắc Kạn" in console.export_text()
    True
    """
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    if art is None:
        return Panel(f"[red]{escape(error or 'failed')}[/]", title=escape(str(id)), title_align="left",
                     border_style="red")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column()
    head = [escape(p) for p in (art.meta.published, art.meta.source) if p]
    if art.topic is not None:
        head.append(f"topic [bold]{art.topic.label}[/] ({art.topic.score:.2f})")
    if head:
        grid.add_row("", " · ".join(head))
    for name, items in _sections(art):
        if items:
            grid.add_row(name, "\n".join(_lines(items)))
    for warning in art.meta.warnings:
        grid.add_row("[yellow]Warning[/]", escape(warning))
    title = escape(art.meta.title or (art.body[:70] + ("…" if len(art.body) > 70 else "")) or "(empty)")
    return Panel(grid, title=f"[bold]{title}[/]", title_align="left",
                 subtitle=escape(str(art.id)) if art.id else None, subtitle_align="right")


def conll(art: Article) -> Iterable[str]:
    """Lines of CoNLL: ``# id = …``, then one ``token<TAB>tag`` line per word (IOB2 tags of
    ``Article.entities``), a blank line after each sentence.

    Examples
    --------
    >>> from vngovnlp import analyze
    >>> list(conll(analyze("Ông Lý Thái Hải thăm Bắc Kạn.", id="a1")))
    ['# id = a1', 'Ông\\tO', 'Lý Thái Hải\\tB-PER', 'thăm\\tO', 'Bắc Kạn\\tB-LOC', '.\\tO', '']
    """
    yield f"# id = {art.id}"
    entities = sorted(art.entities, key=lambda e: e.start)
    for sentence in art.sentences:
        for token in sentence.tokens:
            tag = "O"
            for ent in entities:
                if ent.start <= token.start < ent.end:
                    tag = ("B-" if token.start == ent.start or not _inside_before(ent, sentence, token)
                           else "I-") + ent.label
                    break
            yield f"{token.text}\t{tag}"
        yield ""


def _inside_before(ent, sentence, token) -> bool:
    """True when a token of ``sentence`` before ``token`` already started ``ent``."""
    return any(ent.start <= t.start < token.start for t in sentence.tokens)
