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

__all__ = ["MAX_MODEL_BYTES", "MAX_UNPACKED_BYTES", "check_archive", "check_matrix", "check_sha256",
           "check_size", "recorded_sha256", "sha256_of"]

#: Limits checked before a model file is parsed. The shipped models are 16 MB (NER) and 31 MB
#: (topic); a file or an archive far beyond that is not a model of ours, and
#: parsing it would only exhaust memory (a 600 MB skops schema took 1.5 GB to refuse).
MAX_MODEL_BYTES = 256 * 2**20
MAX_UNPACKED_BYTES = 512 * 2**20
#: skops parses its ``schema.json`` whole before it can refuse an untrusted type.
MAX_SCHEMA_BYTES = 16 * 2**20


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


def check_size(path: str | Path, rebuild: str, limit: int = MAX_MODEL_BYTES) -> None:
    """Raise :class:`ModelLoadError` when the file at ``path`` is larger than ``limit`` bytes."""
    size = Path(path).stat().st_size
    if size > limit:
        raise ModelLoadError(f"The model file {str(path)!r} is {size:,} bytes, more than the "
                             f"{limit:,} a model may have: it is not a vngovnlp model. Reinstall "
                             f"vngovnlp or {rebuild}.")


def check_archive(path: str | Path, rebuild: str, limit: int = MAX_UNPACKED_BYTES,
                  schema_limit: int = MAX_SCHEMA_BYTES) -> None:
    """Raise :class:`ModelLoadError` when the zip archive at ``path`` (a skops file) is not one,
    or unpacks to more than ``limit`` bytes, or its ``schema.json`` to more than ``schema_limit``.

    The sizes come from the archive's directory, read before anything is unpacked.
    """
    import zipfile

    check_size(path, rebuild)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelLoadError(f"{str(path)!r} is not a readable skops model file ({exc}). "
                             f"Reinstall vngovnlp or {rebuild}.") from exc
    unpacked = sum(m.file_size for m in members)
    schema = sum(m.file_size for m in members if m.filename == "schema.json")
    if unpacked > limit or schema > schema_limit:
        raise ModelLoadError(f"The model file {str(path)!r} unpacks to {unpacked:,} bytes (schema "
                             f"{schema:,}), more than a model may ({limit:,}, schema "
                             f"{schema_limit:,}): it was not loaded. Reinstall vngovnlp or {rebuild}.")


def check_matrix(name: str, values, shape: tuple[int, ...], where: str | Path) -> None:
    """Raise :class:`ModelLoadError` unless ``values`` is a finite float array of ``shape`` with
    at least one non-zero entry (zeroed weights load but make every answer the same label)."""
    import numpy as np

    array = np.asarray(values)
    problem = None
    if array.shape != shape:
        problem = f"has shape {array.shape}, expected {shape}"
    elif not np.issubdtype(array.dtype, np.floating):
        problem = f"has dtype {array.dtype}, expected floats"
    elif not np.isfinite(array).all():
        problem = "holds NaN or infinite values"
    elif not array.any():
        problem = "is all zeros"
    if problem:
        raise ModelLoadError(f"The model file {str(where)!r} is damaged: its {name} {problem}.")
