"""Choose a reader for each path: by ``--format``, else by extension and (for XML) root element."""

from __future__ import annotations

import gzip
import io
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from .base import Input, InputError
from .ctgov import read_ctgov_json, read_ctgov_xml
from .pubmed import read_pubmed
from .text import read_jsonl_lines, read_text_bytes, read_text_file

FORMATS = ("auto", "txt", "jsonl", "pubmed", "ctgov-json", "ctgov-xml")
_GZIP_MAGIC = b"\x1f\x8b"
# Files a folder contributes, per format (auto: every kind a reader exists for).
_FOLDER_SUFFIXES = {
    "auto": (".txt", ".jsonl", ".xml", ".json"),
    "txt": (".txt",),
    "jsonl": (".jsonl",),
    "pubmed": (".xml",),
    "ctgov-json": (".json",),
    "ctgov-xml": (".xml",),
}
_ROOT_TAG = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")


def _suffix(path: Path) -> str:
    """The extension that names the format, under any ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return name.rsplit(".", 1)[0] if "." in name else name


def open_stream(raw: IO[bytes]) -> IO[bytes]:
    """``raw`` itself, or a decompressing reader when it starts with gzip's magic bytes."""
    peek = getattr(raw, "peek", None)
    if peek is not None and peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def _xml_kind(stream: IO[bytes]) -> str:
    """``pubmed`` or ``ctgov-xml`` from the root element name at the head of the stream."""
    head = stream.peek(65536)[:65536] if hasattr(stream, "peek") else b""
    match = _ROOT_TAG.search(head)
    tag = match.group(1).decode("ascii", "replace") if match else ""
    return "ctgov-xml" if tag == "clinical_study" else "pubmed"


def _kind(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    return {".txt": "txt", ".jsonl": "jsonl", ".json": "ctgov-json", ".xml": "xml"}.get(_suffix(path), "txt")


def _read_file(path: Path, fmt: str) -> Iterator[Input]:
    kind, source, stem = _kind(path, fmt), str(path), _stem(path)
    if kind == "txt":
        yield read_text_file(path)
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(stem, source, "read", str(exc))
        return
    with handle, open_stream(handle) as stream:
        try:
            if kind == "xml":
                kind = _xml_kind(stream)
            if kind == "jsonl":
                yield from read_jsonl_lines(io.TextIOWrapper(stream, encoding="utf-8"), source)
            elif kind == "pubmed":
                yield from read_pubmed(stream, source, stem)
            elif kind == "ctgov-json":
                yield from read_ctgov_json(stream.read(), source, stem)
            elif kind == "ctgov-xml":
                yield from read_ctgov_xml(stream.read(), source, stem)
            else:
                yield InputError(stem, source, "format", f"unknown format {kind!r}; expected one of {', '.join(FORMATS)}")
        except UnicodeDecodeError as exc:
            yield InputError(stem, source, "decode", f"not valid UTF-8: {exc.reason}")
        except (OSError, EOFError) as exc:  # e.g. a truncated .gz outside the streaming XML reader
            yield InputError(stem, source, "read", f"{type(exc).__name__}: {exc}")


def _read_stdin(fmt: str) -> Iterator[Input]:
    stream = open_stream(sys.stdin.buffer)
    kind = fmt
    if fmt == "auto":
        head = stream.peek(1)[:1] if hasattr(stream, "peek") else b""
        kind = _xml_kind(stream) if head == b"<" else "auto"
    if kind == "pubmed":
        yield from read_pubmed(stream, "<stdin>", "stdin")
    elif kind == "ctgov-json":
        yield from read_ctgov_json(stream.read(), "<stdin>", "stdin")
    elif kind == "ctgov-xml":
        yield from read_ctgov_xml(stream.read(), "<stdin>", "stdin")
    else:
        yield from read_text_bytes(stream.read(), "stdin", "<stdin>")


def _folder_files(folder: Path, fmt: str) -> list[Path]:
    suffixes = _FOLDER_SUFFIXES.get(fmt, ())
    return sorted(p for p in folder.rglob("*") if p.is_file() and _suffix(p) in suffixes)


def iter_inputs(paths: Iterable[str], fmt: str = "auto") -> Iterator[Input]:
    """All documents of the given paths, in a deterministic order."""
    for spec in paths:
        if spec == "-":
            yield from _read_stdin(fmt)
            continue
        path = Path(spec)
        if path.is_dir():
            for child in _folder_files(path, fmt):
                yield from _read_file(child, fmt)
        elif path.is_file():
            yield from _read_file(path, fmt)
        else:
            yield InputError(path.stem or spec, spec, "read", "no such file or folder")


def _count_in(path: Path, needles: tuple[bytes, ...]) -> int:
    count, tail = 0, b""
    with path.open("rb") as handle, open_stream(handle) as stream:
        while chunk := stream.read(1 << 20):
            block = tail + chunk
            count += sum(block.count(n) for n in needles)
            keep = max(len(n) for n in needles) - 1
            tail = block[-keep:]
            count -= sum(tail.count(n) for n in needles)  # counted again with the next chunk
    return count


def count_inputs(paths: Iterable[str], fmt: str = "auto") -> int | None:
    """How many documents the paths hold, from a fast byte scan (for the progress ETA); None for stdin."""
    total = 0
    for spec in paths:
        if spec == "-":
            return None
        path = Path(spec)
        files = _folder_files(path, fmt) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            kind = _kind(file, fmt)
            try:
                if kind == "jsonl":
                    total += _count_in(file, (b"\n",)) or 1
                elif kind in ("xml", "pubmed"):
                    total += max(1, _count_in(file, (b"<PubmedArticle>", b"<PubmedBookArticle>")))
                elif kind == "ctgov-json":
                    total += max(1, _count_in(file, (b'"protocolSection"', b'"ProtocolSection"')))
                else:
                    total += 1
            except (OSError, EOFError):
                total += 1
        if not path.exists():
            total += 1
    return total
