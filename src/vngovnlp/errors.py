"""Exceptions and their messages, kept in one place.

Messages follow scikit-learn's form: which parameter, what was expected, what was given.
"""
from __future__ import annotations

__all__ = [
    "ModelLoadError",
    "VngovnlpError",
    "check_text",
    "invalid_reference_date",
    "invalid_text",
    "no_tokenizer",
    "unknown_component",
]


class VngovnlpError(Exception):
    """Base class of the library's own errors."""


class ModelLoadError(VngovnlpError):
    """A model file is missing, corrupt, tampered with or of an unexpected type."""


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def invalid_text(param: str, func: str, value: object) -> TypeError:
    """The TypeError raised when ``param`` of ``func`` is not a ``str``."""
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = " Decode bytes first, for example value.decode('utf-8')."
    elif isinstance(value, (list, tuple)):
        hint = " For several texts use vngovnlp.analyze_batch."
    return TypeError(
        f"The {param!r} parameter of {func} must be a str. Got {_show(value)} "
        f"({type(value).__name__}) instead.{hint}"
    )


def check_text(value: object, param: str = "text", func: str = "analyze") -> str:
    """Return ``value`` if it is a ``str``; raise :func:`invalid_text` otherwise."""
    if not isinstance(value, str):
        raise invalid_text(param, func, value)
    return value


def invalid_reference_date(param: str, value: object) -> ValueError:
    """The ValueError raised when ``param`` is not a date or an ISO date string."""
    return ValueError(
        f"The {param!r} parameter must be a date or an ISO string 'YYYY-MM-DD'. Got {_show(value)} instead."
    )


def unknown_component(name: object, known: object) -> ValueError:
    """The ValueError raised when a pipeline is asked for a component it does not have."""
    return ValueError(f"No pipeline component {name!r}; the components are {known}.")


def no_tokenizer() -> VngovnlpError:
    """Raised when ``Article.sentences`` is read on an Article the pipeline did not build."""
    return VngovnlpError(
        "This Article was not built by vngovnlp.analyze, so it has no tokenizer: use "
        "vngovnlp.tokenize.sentences(article.text, article.body_start, article.body_end, "
        "skip=article.boilerplate)."
    )
