"""A registry of independent extractors behind one interface (after Presidio's recognizer registry)."""

from __future__ import annotations

from typing import Callable

from .context import ExtractionContext, Item

Extractor = Callable[[ExtractionContext], list[Item]]
EXTRACTORS: dict[str, Extractor] = {}


def register(field: str) -> Callable[[Extractor], Extractor]:
    """Register the extractor of a record field (``p_values``, ``doses``, ...)."""

    def decorate(func: Extractor) -> Extractor:
        EXTRACTORS[field] = func
        return func

    return decorate
