"""Read input documents: .txt files, folders of them, JSONL, standard input.

Every input yields either an :class:`InputDocument` or an :class:`InputError`; nothing is skipped
silently, so the batch can write an error record for each document that could not be read.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union


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


def _read_text_file(path: Path) -> Input:
    doc_id = path.stem
    try:
        return InputDocument(doc_id, decode(path.read_bytes()), str(path))
    except UnicodeDecodeError as exc:
        return InputError(doc_id, str(path), "decode", f"not valid UTF-8 at byte {exc.start}: {exc.reason}")
    except (OSError, ValueError) as exc:
        return InputError(doc_id, str(path), "read", str(exc))


def _jsonl_text(record: dict) -> str | None:
    if isinstance(record.get("text"), str):
        return record["text"]
    parts = [record.get(k) for k in ("title", "abstract") if isinstance(record.get(k), str)]
    return "\n".join(parts) if parts else None


def read_jsonl_lines(lines: Iterable[str], source: str) -> Iterator[Input]:
    """JSONL with ``id``+``text``, or ``pmid``/``title``/``abstract``; ids default to the line number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"line-{number}", where, "json", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputError(f"line-{number}", where, "json", "a line must hold a JSON object")
            continue
        doc_id = str(record.get("id") or record.get("pmid") or record.get("nct_id") or f"line-{number}")
        text = _jsonl_text(record)
        if text is None:
            yield InputError(doc_id, where, "json", "no 'text' (or 'title'/'abstract') string in the object")
        else:
            yield InputDocument(doc_id, text, where)


def iter_inputs(paths: Iterable[str]) -> Iterator[Input]:
    """All documents of the given paths, in a deterministic order."""
    for spec in paths:
        if spec == "-":
            data = sys.stdin.buffer.read()
            yield from _from_bytes(data, "stdin", "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*.txt") if p.is_file()):
                yield _read_text_file(child)
        elif path.suffix == ".jsonl":
            try:
                with path.open(encoding="utf-8") as handle:
                    yield from read_jsonl_lines(handle, str(path))
            except UnicodeDecodeError as exc:
                yield InputError(path.stem, str(path), "decode", f"not valid UTF-8: {exc.reason}")
        elif path.is_file():
            yield _read_text_file(path)
        else:
            yield InputError(path.stem or spec, spec, "read", "no such file or folder")


def _from_bytes(data: bytes, doc_id: str, source: str) -> Iterator[Input]:
    try:
        text = decode(data)
    except (UnicodeDecodeError, ValueError) as exc:
        yield InputError(doc_id, source, "decode", str(exc))
        return
    lines = text.splitlines()
    if lines and all(line.lstrip().startswith("{") for line in lines if line.strip()):
        yield from read_jsonl_lines(lines, source)
    else:
        yield InputDocument(doc_id, text, source)
