"""A cleaned view of a raw text that remembers where every character came from."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import RemovedSegment, Section

# One-to-one character substitutions: they make patterns simpler without moving any offset.
_SAME_LENGTH_FOLDS = str.maketrans(
    {
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ",
        "\u3000": " ", "\t": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
        "\uff1d": "=", "\uff1c": "<", "\uff1e": ">",
        "\u207b": "-", "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4", "\u2075": "5",
        "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9", "\u2044": "/", "\u2215": "/",
        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    }
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# The same folds as a pattern: a search over mostly-ASCII text beats str.translate's per-character look-ups.
_FOLDED_CHARS = re.compile("[%s]" % "".join(re.escape(chr(code)) for code in _SAME_LENGTH_FOLDS))


def fold_characters(text: str) -> str:
    """Fold look-alike characters (odd spaces, dashes, quotes) to ASCII, keeping every offset."""
    if text.isascii():
        return text.replace("\t", " ") if "\t" in text else text  # the only ASCII fold; str.translate is slow
    folded = _FOLDED_CHARS.sub(lambda m: _SAME_LENGTH_FOLDS[ord(m.group())], text)
    # A middle dot between digits is a decimal point (p<0·001), as printed by The Lancet.
    if "\u00b7" in folded:
        chars = list(folded)
        for i, ch in enumerate(chars):
            if ch == "\u00b7" and 0 < i < len(chars) - 1 and chars[i + 1].isdigit():
                chars[i] = "."
        folded = "".join(chars)
    # A lone surrogate (from a JSON \\ud800 escape) cannot be encoded for the tokenizer: U+FFFD, same length.
    if not folded.isascii() and _SURROGATE.search(folded):
        folded = _SURROGATE.sub("\ufffd", folded)
    return folded


@dataclass
class CleanedText:
    """The kept parts of ``raw`` concatenated, with a map back to raw offsets.

    ``text`` is the cleaned text with characters folded one-to-one (see :func:`fold_characters`);
    ``pieces`` are ``(clean_start, raw_start, length)`` triples in clean order.
    """

    raw: str
    text: str
    pieces: list[tuple[int, int, int]]
    removed: list[RemovedSegment] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def to_raw(self, offset: int, *, is_end: bool = False) -> int:
        """Map an offset in the cleaned text to the raw text."""
        if not self.pieces:
            return 0
        starts = self._starts()
        probe = offset - 1 if is_end and offset > 0 else offset
        i = max(0, bisect.bisect_right(starts, probe) - 1)
        clean_start, raw_start, length = self.pieces[i]
        return raw_start + min(max(offset - clean_start, 0), length)

    def _starts(self) -> list[int]:
        if getattr(self, "_piece_starts", None) is None or len(self._piece_starts) != len(self.pieces):
            self._piece_starts = [p[0] for p in self.pieces]
        return self._piece_starts

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw(start), self.to_raw(end, is_end=True)

    def section_at(self, raw_offset: int) -> str | None:
        """Name of the innermost section holding a raw offset."""
        name = None
        for section in self.sections:
            if section.start <= raw_offset < section.end:
                name = section.name
        return name


def build(raw: str, kept: list[tuple[int, int]], removed: list[RemovedSegment]) -> CleanedText:
    """Concatenate kept raw ranges (sorted, non-overlapping) into a :class:`CleanedText`."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    cursor = 0
    for start, end in kept:
        if end <= start:
            continue
        if pieces and pieces[-1][1] + pieces[-1][2] == start:
            clean_start, raw_start, length = pieces[-1]
            pieces[-1] = (clean_start, raw_start, length + end - start)
        else:
            pieces.append((cursor, start, end - start))
        parts.append(raw[start:end])
        cursor += end - start
    return CleanedText(raw=raw, text=fold_characters("".join(parts)), pieces=pieces, removed=removed)
