"""Plain inputs: ``.txt`` files, JSONL exports and raw bytes from standard input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .base import Input, InputDocument, InputError, decode


def read_text_file(path: Path) -> Input:
    """One ``.txt`` file is one document; its id is the file name without extension."""
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
    """JSONL with ``id``+``text``, or ``pmid``/``title``/``abstract``; ids default to the line number.

    A source with no JSON line at all (an empty file) gives one error record, so it is counted.
    """
    seen_content = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_content = True
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"line-{number}", where, "json", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        except ValueError as exc:  # e.g. an integer past Python's digit limit
            yield InputError(f"line-{number}", where, "json", f"invalid JSON: {exc}")
            continue
        except RecursionError:
            yield InputError(f"line-{number}", where, "json", "invalid JSON: nested too deeply to parse")
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
    if not seen_content:
        yield InputError(Path(source).stem or "input", source, "empty", "no JSON line in the input")


def read_jsonl_file(path: Path) -> Iterator[Input]:
    """A JSONL file, streamed line by line."""
    try:
        with path.open(encoding="utf-8") as handle:
            yield from read_jsonl_lines(handle, str(path))
    except UnicodeDecodeError as exc:
        yield InputError(path.stem, str(path), "decode", f"not valid UTF-8: {exc.reason}")


def read_text_bytes(data: bytes, doc_id: str, source: str) -> Iterator[Input]:
    """Bytes of unknown kind (standard input): JSONL when every line is an object, else one text."""
    try:
        text = decode(data)
    except (UnicodeDecodeError, ValueError) as exc:
        yield InputError(doc_id, source, "decode", str(exc))
        return
    lines = text.splitlines()
    content = [line for line in lines if line.strip()]
    if content and all(line.lstrip().startswith("{") for line in content):
        yield from read_jsonl_lines(lines, source)
    else:
        yield InputDocument(doc_id, text, source)
