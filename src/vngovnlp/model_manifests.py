"""What each shipped model is, what it was trained on, and what its training data allows.

The code of vngovnlp is MIT, but a model carries the terms of its training data: the NER model
learned from VLSP data, which is for research only. Each model's manifest in ``models/``
(``ner.manifest.json``, ``topic.json``) records its file, digest, training files and a
``licence`` block; :func:`models_info` reads them, so what a user sees is what ships.

>>> [m.name for m in models_info()]
['ner', 'topic']
>>> models_info()[0].licence["model_use"]
'research use only, following its training data'
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources

from .errors import ModelLoadError

__all__ = ["LICENCE_KEYS", "ModelInfo", "models_info"]

#: The keys every manifest's ``licence`` block holds.
LICENCE_KEYS = ("code", "training_data", "data_licence", "model_use")


@dataclass(frozen=True)
class ModelInfo:
    """One shipped model, as its manifest describes it.

    Attributes
    ----------
    name : str
        ``"ner"`` (the syllable CRF behind ``extract_entities``) or ``"topic"``.
    file : str
        The model file inside ``vngovnlp/models``.
    sha256 : str
        The digest the loader checks before parsing the file.
    training_files : tuple of str
        The files (or file manifests) it was trained on, as the manifest names them.
    licence : dict
        ``code``, ``training_data``, ``data_licence`` and ``model_use``.
    evaluation : dict
        The figures the manifest records (scores, data they were measured on).
    manifest : str
        The manifest's file name.
    """

    name: str
    file: str
    sha256: str
    training_files: tuple[str, ...]
    licence: dict = field(default_factory=dict)
    evaluation: dict = field(default_factory=dict)
    manifest: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict (lists for tuples)."""
        out = asdict(self)
        out["training_files"] = list(self.training_files)
        return out


def _read_manifest(name: str) -> dict:
    path = resources.files("vngovnlp.models") / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"model manifest {name} cannot be read: {exc}") from exc


def _ner(manifest: dict) -> ModelInfo:
    return ModelInfo(
        name="ner", file=manifest["model"], sha256=manifest["sha256"],
        training_files=tuple(f["path"] for f in manifest["training"]["files"]),
        licence=manifest.get("licence", {}), evaluation=manifest.get("evaluation", {}),
        manifest="ner.manifest.json")


def _topic(manifest: dict) -> ModelInfo:
    files = (manifest.get("corpus_manifest"), manifest.get("handset_manifest"))
    return ModelInfo(
        name="topic", file="topic.skops", sha256=manifest["model_sha256"],
        training_files=tuple(f for f in files if f),
        licence=manifest.get("licence", {}), evaluation=manifest.get("evaluation", {}),
        manifest="topic.json")


_MODELS = (("ner.manifest.json", _ner), ("topic.json", _topic))


def models_info() -> list[ModelInfo]:
    """Each shipped model with its training data and that data's licence, read from its manifest.

    Returns
    -------
    list of ModelInfo
        The NER model, then the topic model.

    Raises
    ------
    ModelLoadError
        When a manifest is missing, unreadable or lacks the fields above.

    Examples
    --------
    >>> ner = models_info()[0]
    >>> "VLSP" in ner.licence["training_data"]
    True
    """
    out = []
    for name, build in _MODELS:
        manifest = _read_manifest(name)
        try:
            info = build(manifest)
        except (KeyError, TypeError) as exc:
            raise ModelLoadError(f"model manifest {name} lacks {exc}") from exc
        missing = [k for k in LICENCE_KEYS if not info.licence.get(k)]
        if missing:
            raise ModelLoadError(f"model manifest {name} has no licence {', '.join(missing)}")
        out.append(info)
    return out
