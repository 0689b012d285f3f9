"""What every reader yields: a document to extract, or an error to record.

Why: readers never skip silently; an unreadable input becomes an :class:`InputError` so the batch
writes an error record for it and the run's summary and exit code count it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class InputDocument:
    id: str
    text: str
    source: str


@dataclass(frozen=True)
class InputError:
    id: str
    source: str
    kind: str
    message: str


Input = Union[InputDocument, InputError]


def decode(data: bytes) -> str:
    """UTF-8 (a BOM allowed) or UTF-16 with a BOM; anything else is an error, never a guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    text = data.decode("utf-8-sig")
    if "\x00" in text:
        raise ValueError("the text holds NUL bytes: binary data, or UTF-16 without a byte-order mark")
    return text
