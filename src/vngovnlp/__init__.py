"""vngovnlp: structured facts from Vietnamese government news.

>>> import vngovnlp
>>> art = vngovnlp.analyze("Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị.")
>>> art.text[:9]
'Ngày 26/9'
"""
from __future__ import annotations

from .errors import ModelLoadError, VngovnlpError
from .pipeline import (
    analyze,
    extract_awards,
    extract_dates,
    extract_entities,
    extract_locations,
    extract_officials,
    extract_organisations,
)
from .types import (
    Article,
    Award,
    DateMention,
    Entity,
    Location,
    Mention,
    Meta,
    Official,
    Organisation,
    Sentence,
    Title,
    Token,
    Topic,
)

__version__ = "0.1.0"

# Heavy parts (scikit-learn, pandas, process pools) load on first use, not at import.
_LAZY = {
    "analyze_batch": "batch",
    "BatchResult": "batch",
    "TopicClassifier": "classify",
    "link_officials": "link",
    "models_info": "model_manifests",
    "ModelInfo": "model_manifests",
    "People": "link",
    "word_tokenize": "tokenize",
    "sent_tokenize": "tokenize",
}


def __getattr__(name: str):
    if name == "classify":  # the module is callable: vngovnlp.classify(texts)
        import importlib

        return importlib.import_module(".classify", __name__)
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'vngovnlp' has no attribute {name!r}")

__all__ = [
    "Article",
    "BatchResult",
    "Award",
    "DateMention",
    "Entity",
    "Location",
    "Mention",
    "Meta",
    "ModelInfo",
    "ModelLoadError",
    "Official",
    "Organisation",
    "People",
    "Sentence",
    "Title",
    "Token",
    "Topic",
    "TopicClassifier",
    "VngovnlpError",
    "analyze",
    "analyze_batch",
    "classify",
    "extract_awards",
    "extract_dates",
    "extract_entities",
    "extract_locations",
    "extract_officials",
    "extract_organisations",
    "link_officials",
    "models_info",
    "sent_tokenize",
    "word_tokenize",
]
