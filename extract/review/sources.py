"""Find the raw text a record's spans point into.

Records keep spans, not text, so the report re-reads the input with the project's own readers (so every
input format ``run`` accepts works: ``.txt``, ``file.jsonl:LINE``, ``file.xml#N``, ...). Where to look:
``--corpus DIR`` first (``<id>.txt``, or the source's file name in DIR), then the source path as written,
then relative to the results file, then a gold document's own text. A text whose length or SHA-1
differs from the record's is refused: shifted offsets would highlight the wrong characters.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from ..readers import iter_inputs

# "path:LINE" (JSONL) or "path#N" (one of several documents in a file); the rest is the file path.
_LOCATOR = re.compile(r"^(?P<path>.+?)(?P<loc>:\d+|#\d+)?$")


@dataclass(frozen=True)
class SourceText:
    """The raw text, or ``None`` with a note saying why it could not be used."""

    text: Optional[str]
    note: str = ""


def fits(record: dict, text: str) -> bool:
    """Is ``text`` the text the record was extracted from (same length and SHA-1, where recorded)?"""
    if record.get("text_length") and len(text) != record["text_length"]:
        return False
    sha1 = record.get("content_sha1")
    return not sha1 or hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest() == sha1


@dataclass(frozen=True)
class _FileTexts:
    by_locator: dict[str, str]  # "" for a one-document file, ":3" / "#2" otherwise
    by_id: dict[str, str]


class SourceResolver:
    """Resolves records to raw texts; a file is read once however many records point into it."""

    def __init__(self, corpus: Optional[Path] = None, base: Optional[Path] = None) -> None:
        self.corpus = corpus
        self.base = base
        self._files: dict[Path, _FileTexts] = {}

    def resolve(self, record: dict, fallback: Optional[str] = None) -> SourceText:
        """The record's raw text; ``fallback`` (e.g. a gold document's text) is tried last."""
        changed = False
        for text in self._candidates(record):
            if fits(record, text):
                return SourceText(text)
            changed = True
        if fallback and fits(record, fallback):
            return SourceText(fallback)
        source = record.get("source") or "?"
        if changed:
            return SourceText(None, f"the text at {source} has changed since extraction (length or SHA-1 differs)")
        return SourceText(None, f"source text not found: {source}")

    def _candidates(self, record: dict) -> Iterator[str]:
        source = str(record.get("source") or "")
        doc_id = str(record.get("id") or "")
        match = _LOCATOR.match(source)
        path, locator = (match["path"], match["loc"] or "") if match else ("", "")
        places: list[Path] = []
        if self.corpus is not None:
            places.append(self.corpus / f"{doc_id}.txt")
            if path:
                places.append(self.corpus / Path(path).name)
        if path and not source.startswith("<"):
            places.append(Path(path))
            if self.base is not None and not Path(path).is_absolute():
                places.append(self.base / path)
        for place in places:
            texts = self._read(place)
            if texts is None:
                continue
            text = texts.by_locator.get(locator)
            if text is None and len(texts.by_locator) == 1:
                text = next(iter(texts.by_locator.values()))
            if text is None:
                text = texts.by_id.get(doc_id)
            if text is not None:
                yield text

    def _read(self, path: Path) -> Optional[_FileTexts]:
        if not path.is_file():
            return None
        key = path.resolve()
        if key not in self._files:
            by_locator: dict[str, str] = {}
            by_id: dict[str, str] = {}
            for doc in iter_inputs([str(path)]):
                text = getattr(doc, "text", None)
                if text is None:
                    continue
                loc = doc.source[len(str(path)):] if doc.source.startswith(str(path)) else doc.source
                by_locator[loc] = text
                by_id.setdefault(doc.id, text)
            self._files[key] = _FileTexts(by_locator, by_id)
        return self._files[key]
