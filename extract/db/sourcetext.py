"""Re-read a record's raw text from its ``source`` so the database can hold the text it came from.

Records carry spans and a sha1, not the text. The text is re-read with the project's own readers
(``iter_inputs``: the same bytes and rules as the run) and stored only when it still hashes to the
record's ``content_sha1``: an edited or moved file gives null, never a text the spans do not fit.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator, Optional


def sha1_of(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


class SourceTexts:
    """Raw texts by record ``source`` (``file.txt``, or ``file.jsonl:LINE`` and the like).

    Records of a multi-document file usually come in file order, so one forward pass over the file
    serves them all without holding it in memory; a request behind the cursor restarts the pass.
    """

    def __init__(self, base: Path = Path(".")) -> None:
        self._base = base
        self._file: Optional[str] = None
        self._entries: Optional[Iterator[tuple[str, Optional[str]]]] = None

    def get(self, source: str, content_sha1: Optional[str]) -> Optional[str]:
        if not content_sha1 or source.startswith("<"):
            return None
        try:
            text = self._find(source)
        except (OSError, UnicodeError, ValueError):
            return None
        return text if text is not None and sha1_of(text) == content_sha1 else None

    def _find(self, source: str) -> Optional[str]:
        file_spec = self._file_of(source)
        if file_spec is None:
            return None
        for restart in (False, True):
            if restart or file_spec != self._file or self._entries is None:
                self._file, self._entries = file_spec, self._read(file_spec)
            for entry_source, text in self._entries:
                if entry_source == source:
                    return text
        return None

    def _file_of(self, source: str) -> Optional[str]:
        if (self._base / source).is_file():
            return source
        head, sep, _ = source.rpartition(":")
        return head if sep and (self._base / head).is_file() else None

    def _read(self, file_spec: str) -> Iterator[tuple[str, Optional[str]]]:
        from ..readers import iter_inputs  # the run's own readers: same decoding, same JSONL rules

        full = str(self._base / file_spec)
        for entry in iter_inputs([full]):
            yield file_spec + entry.source[len(full):], getattr(entry, "text", None)


def cleaned_text(raw: str, removed: list[tuple[int, int]]) -> str:
    """The raw text without its removed segments: what ``trial-extract clean`` prints."""
    kept, position = [], 0
    for start, end in sorted(removed):
        if start > position:
            kept.append(raw[position:start])
        position = max(position, end)
    kept.append(raw[position:])
    return "".join(kept)
