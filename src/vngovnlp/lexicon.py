"""Every data file of the package, read once.

The language lives in ``vngovnlp/data/`` (one vocabulary a file, each with its provenance);
engine modules ask this module for it instead of opening files themselves, so each file is
parsed once per process whatever the number of modules that read it. This is the ground floor
of the package: it imports nothing of vngovnlp.

Examples
--------
>>> "Thiếu tướng" in load("ranks.yaml")["ranks"]
True
"""
from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["load", "read_text"]

_PACKAGE = "vngovnlp.data"


@cache
def read_text(name: str, package: str = _PACKAGE) -> str:
    """The text of data file ``name`` (UTF-8).

    Another package's file is read from that package's folder without importing the package:
    importing ``vietnamadminunits`` builds its own address parsers (seconds of start-up in every
    process) although only its JSON data is read here.

    Examples
    --------
    >>> read_text("data/parser_from_2025.json", "vietnamadminunits").startswith('{"DICT_PROVINCE"')
    True
    """
    parts = name.split("/")
    if package != _PACKAGE and package not in sys.modules:
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec is not None else []:
            path = Path(folder, *parts)
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


@cache
def load(name: str, package: str = _PACKAGE) -> Any:
    """Data file ``name`` parsed by its suffix (``.yaml``/``.yml`` or ``.json``), cached.

    Treat the result as read-only: every caller shares it.

    Parameters
    ----------
    name : str
        File name inside ``package``, such as ``"titles.yaml"``.
    package : str
        The package holding the file (``vngovnlp.data``; ``vietnamadminunits`` data work too).
    """
    text = read_text(name, package)
    if name.endswith((".yaml", ".yml")):
        import yaml

        # libyaml's parser when PyYAML has it: the same safe loading, several times faster
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if name.endswith(".json"):
        return json.loads(text)
    raise ValueError(f"The 'name' parameter of load must end in .yaml, .yml or .json. Got {name!r} instead.")
