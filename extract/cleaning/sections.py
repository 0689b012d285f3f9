"""Find the sections of the kept text: title, abstract headings, registry fields."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Section
from ..resources import load
from .textmap import CleanedText


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], set[str], dict[str, str], re.Pattern[str], set[str]]:
    data = load("registry_fields")
    headings = sorted(data["abstract_headings"], key=len, reverse=True)
    inline = re.compile(
        r"(?:^|(?<=[.!?)\]]\s))(%s)\s*[:.]\s" % "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in headings),
        re.I,
    )
    abstract_headings = {h.casefold() for h in data["abstract_headings"]}
    return data["fields"], set(data["single_line"]), data["groups"], inline, abstract_headings


def _key(line: str) -> str:
    return re.sub(r"^[-•*]\s*", "", line).rstrip(":").strip().casefold()


def find_sections(cleaned: CleanedText) -> list[Section]:
    """Sections as raw-offset ranges, in document order; a section runs to the next one."""
    fields, single_line, groups, inline, abstract_headings = _tables()
    starts: list[tuple[int, str, int | None]] = []  # (clean offset, name, forced clean end)
    text = cleaned.text
    group: str | None = None
    value_pending: str | None = None
    registry = False  # structured-abstract headings are not looked for inside registry fields
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        line_start, line_end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not stripped:
            continue
        key = _key(stripped)
        if value_pending:
            value_pending = None
            if group:
                # Lines after a one-line value belong to the enclosing group again.
                starts.append((line_end + 1, group, None))
            continue
        if key in groups:
            group, registry = groups[key], True
            starts.append((line_start, group, None))
        elif key in fields:
            name = fields[key]
            starts.append((line_start, name, None))
            registry = True
            if name in single_line:
                value_pending = name
        elif key in abstract_headings:
            starts.append((line_start, "abstract" if key.startswith("abstract") or key == "summary" else key, None))
        elif stripped.lower().startswith("title ") and not starts:
            starts.append((line_start, "title", line_end))
        elif stripped.lower().startswith("abstract "):
            starts.append((line_start, "abstract", None))
        elif not starts and 15 <= len(stripped) <= 400 and not stripped.endswith("."):
            starts.append((line_start, "title", line_end))
        for match in [] if registry else inline.finditer(line):
            name = re.sub(r"\s+", " ", match.group(1)).casefold()
            if match.start() == 0 and key in abstract_headings:
                continue
            starts.append((line_start + match.start(1), name, None))
    return _to_sections(cleaned, sorted(starts, key=lambda s: s[0]))



def _to_sections(cleaned: CleanedText, starts: list[tuple[int, str, int | None]]) -> list[Section]:
    out: list[Section] = []
    end_of_text = len(cleaned.text)
    for i, (start, name, forced_end) in enumerate(starts):
        nxt = starts[i + 1][0] if i + 1 < len(starts) else end_of_text
        end = min(forced_end, nxt) if forced_end is not None else nxt
        while end > start and cleaned.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        raw_start, raw_end = cleaned.span_to_raw(start, end)
        out.append(Section(name=name, start=raw_start, end=raw_end))
    return out
