"""Render ``vngovnlp analyze`` on the bundled samples as the terminal shows it, to docs/cli_summary.png.

rich records the summary and exports SVG; cairosvg turns it into PNG (``pip install cairosvg``,
a documentation tool only, not a dependency). Offline; run from the repository root.
"""
from __future__ import annotations

import io
from pathlib import Path

import cairosvg
from rich.console import Console

import vngovnlp
from vngovnlp._output import summary

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    console = Console(file=io.StringIO(), record=True, width=96, force_terminal=True, color_system="truecolor")
    console.print("[bold green]$[/] vngovnlp analyze corpus/samples/thainguyen-2025-08-15-thi-dua.txt", highlight=False)
    path = REPO / "corpus" / "samples" / "thainguyen-2025-08-15-thi-dua.txt"
    console.print(summary(vngovnlp.analyze(path.read_text(encoding="utf-8"), id=path.stem)))
    svg = console.export_svg(title="vngovnlp analyze")
    out = REPO / "docs" / "cli_summary.png"
    cairosvg.svg2png(bytestring=svg.encode("utf-8"), write_to=str(out), output_width=1400)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
