"""What every extractor sees: the cleaned text, its sentences, sections and abbreviations."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Item:
    """An extracted item with offsets into the *cleaned* text; the pipeline maps them to raw offsets.

    ``spans`` holds named sub-spans (``outcome``, ``comparison``, ``time_frame``, ...) as clean offsets.
    """

    field: str
    start: int
    end: int
    rule: str
    values: dict = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


class LazyMapping(Mapping):
    """A mapping computed on first use: abbreviations cost a detector run that most documents never need."""

    def __init__(self, compute: Callable[[], Mapping]) -> None:
        self._compute: Callable[[], Mapping] | None = compute
        self._data: Mapping = {}

    def _mapping(self) -> Mapping:
        if self._compute is not None:
            self._data, self._compute = self._compute(), None
        return self._data

    def __getitem__(self, key):
        return self._mapping()[key]

    def __contains__(self, key) -> bool:
        return key in self._mapping()

    def __iter__(self) -> Iterator:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())


@dataclass
class ExtractionContext:
    text: str
    sentences: list[tuple[int, int]]
    abbreviations: Mapping[str, str] = field(default_factory=dict)  # short form -> long form (maybe a LazyMapping)
    section_of: Callable[[int], str | None] = lambda offset: None
    cache: dict = field(default_factory=dict)  # per-document memo for extractors
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # NER mentions (start, end, label), clean offsets; empty without a model

    def __post_init__(self) -> None:
        self._sentence_starts = [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding a clean offset (the whole text when there are no sentences)."""
        if not self.sentences:
            return 0, len(self.text)
        i = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[i]
