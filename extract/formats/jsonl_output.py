"""The results file: one JSON line per document, written whole, and read back to resume a run.

Why whole lines: a crash or Ctrl-C must never leave half a record that a later reader chokes on.
Each record goes to the file in one unbuffered ``write`` of its complete line, so an interruption
lands between lines; a torn last line (from a kill mid-write or a full disk) is cut off by
:func:`prepare_resume` before a rerun appends.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


class LineWriter:
    """Append-only JSONL sink: each ``write`` of a complete line reaches the file in one piece."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o644)

    def write(self, line: str) -> int:
        data = line.encode("utf-8", "surrogatepass")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        return len(line)

    def flush(self) -> None:
        """Nothing is buffered: every write already reached the operating system."""

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> "LineWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Written:
    """What an earlier run already wrote: how many records per id, and how many were errors."""

    ids: Counter = field(default_factory=Counter)
    records: int = 0
    errors: int = 0
    torn_bytes: int = 0

    def take(self, doc_id: str) -> bool:
        """True (and one copy used up) when a record for ``doc_id`` is already in the file."""
        if self.ids[doc_id] > 0:
            self.ids[doc_id] -= 1
            return True
        return False


def prepare_resume(path: str | Path) -> Written:
    """Cut a torn last line off ``path`` and count the records it holds, by id.

    Ids are counted, not just collected, so inputs that share an id (two files named alike in
    different folders) are each skipped once, in input order, and nothing is skipped twice.
    """
    written = Written()
    path = Path(path)
    if not path.exists():
        return written
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        if size:
            handle.seek(max(0, size - 1))
            if handle.read(1) != b"\n":
                end = _last_newline_end(handle, size)
                handle.truncate(end)
                written.torn_bytes = size - end
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number} is not a JSON record ({exc.msg}); not resuming into it") from exc
            written.ids[str(record.get("id"))] += 1
            written.records += 1
            written.errors += record.get("status") == "error"
    return written


def _last_newline_end(handle, size: int) -> int:
    """Offset just after the last newline before ``size`` (0 when there is none)."""
    block = 1 << 16
    pos = size
    while pos > 0:
        start = max(0, pos - block)
        handle.seek(start)
        chunk = handle.read(pos - start)
        index = chunk.rfind(b"\n")
        if index >= 0:
            return start + index + 1
        pos = start
    return 0
