"""Model files are checked against the SHA-256 their manifest records before they are parsed.

A model that loads but was damaged (zeroed weights, a truncated or edited file) gives wrong
answers silently; a digest check turns that into a :class:`~vngovnlp.errors.ModelLoadError` that
names the file. The manifest beside each model records its digest (``models/topic.json``
``model_sha256``, ``models/ner.manifest.json`` ``sha256``); training writes it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .errors import ModelLoadError

__all__ = ["check_sha256", "recorded_sha256", "sha256_of"]


def sha256_of(path: str | Path) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_sha256(path: str | Path, expected: str | None, rebuild: str) -> None:
    """Raise :class:`ModelLoadError` when ``path``'s digest is not ``expected`` (None: no record,
    nothing to check)."""
    if not expected:
        return
    found = sha256_of(path)
    if found != expected:
        raise ModelLoadError(f"The model file {str(path)!r} does not match its manifest (SHA-256 "
                             f"{found[:12]}… instead of {expected[:12]}…): it is damaged or was "
                             f"changed. Reinstall vngovnlp or {rebuild}.")


def recorded_sha256(manifest: Path, key: str, model: str | None = None) -> str | None:
    """The digest ``manifest`` (a JSON file beside the model) records under ``key``; None when
    there is no manifest, or when ``model`` is given and the manifest describes another file."""
    if not manifest.is_file():
        return None
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if model is not None and data.get("model") != model:
            return None
        return data.get(key)
    except (ValueError, AttributeError) as exc:
        raise ModelLoadError(f"The model manifest {str(manifest)!r} is not readable JSON ({exc}).") from exc
