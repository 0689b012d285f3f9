"""Endpoints (primary / secondary / other) with their time frames, from abstracts and registry tables.

Abstract forms: "The primary endpoint was X from baseline to day 28", "The primary endpoint (X from
baseline to day 7, ...) was not met", "Secondary endpoints included X and Y", "X, Y and Z were
recorded", "with 28-day follow-up to assess X and Y". Registry outcome tables: one row per line,
"<name> <time frame> <description>". Abbreviated names are expanded from the document's own
definitions (scispacy) or from the row's description ("TTCI ... Time to Clinical improvement").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext, Item
from .registry import register
from .ner_outcomes import add_endpoints
from .timeframes import TABLE_TIME_FRAME, TIME_FRAME

_TABLE_SECTIONS = {"primary outcome measures": "primary", "secondary outcome measures": "secondary", "other outcome measures": "other"}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("endpoints")
    return {
        "kinds": data["kinds"],
        "declared": re.compile(data["declared"], re.I),
        "declared_link": re.compile(data["declared_link"], re.I),
        "measured": re.compile(data["measured"], re.I),
        "follow_up": re.compile(data["follow_up"], re.I),
        "drop": re.compile(r"^(?:(?:%s)\s+)+" % "|".join(data["drop_words"]), re.I),
        "header": re.compile(data["table_headers"]),
    }


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] at commas, 'and', 'as well as' outside parentheses."""
    parts, depth, cursor, i = [], 0, start, start
    while i < end:
        ch = text[i]
        depth += ch in "([" and 1 or 0
        depth -= ch in ")]" and 1 or 0
        if depth <= 0:
            sep = re.match(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+as well as\s+|;\s*", text[i:end])
            if sep and sep.end() > 0:
                parts.append((cursor, i))
                cursor = i + sep.end()
                i = cursor
                continue
        i += 1
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if e > s]


def _outcome(ctx: ExtractionContext, start: int, end: int, kind: str, rule: str, time_frame: tuple[int, int] | None = None) -> Item | None:
    """An endpoint item from a phrase: split off a trailing time frame and a parenthetical definition."""
    text = ctx.text
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    drop = _patterns()["drop"].match(text[start:end])
    if drop:
        start += drop.end()
    spans: dict[str, tuple[int, int]] = {}
    values: dict = {"kind": kind}
    for match in TIME_FRAME.finditer(text, start, end):
        if match.start() > start:
            spans["time_frame"] = match.span()
            end = match.start()
            break
    paren = text.find("(", start, end)
    if paren > start:
        close = text.rfind(")", paren, max(end, paren))
        inner = text[paren + 1 : close if close > paren else end].strip()
        if inner and not re.fullmatch(r"[A-Z0-9][\w-]{0,9}", inner):
            values["description"] = inner
        end = paren
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    if end - start < 3 or not re.search(r"[A-Za-z]{3}", text[start:end]):
        return None
    if time_frame and "time_frame" not in spans:
        spans["time_frame"] = time_frame
    if "time_frame" in spans:
        values["time_frame"] = text[slice(*spans["time_frame"])]
    values["name"] = _expand(ctx, text[start:end], values.get("description"))
    return Item("endpoints", start, end, rule, values, spans)


def _expand(ctx: ExtractionContext, name: str, description: str | None) -> str:
    """Expand an abbreviated outcome name using the document's definitions or the row's description."""
    if not re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]{1,9}", name) or sum(c.isupper() for c in name) < 2:
        return name
    if name in ctx.abbreviations:
        return ctx.abbreviations[name]
    letters = [c.lower() for c in name if c.isalpha()]
    for source in filter(None, [description, ctx.text]):
        words = re.findall(r"[A-Za-z][\w-]*", source)
        for i in range(len(words) - len(letters) + 1):
            window = words[i : i + len(letters)]
            if all(w[0].lower() == l and not w.isupper() for w, l in zip(window, letters)):
                return " ".join(window)
    return name


def _declared(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items: list[Item] = []
    for cue in p["declared"].finditer(text):
        kind = p["kinds"][re.sub(r"\s+", " ", cue.group("kind").lower())]
        sent_start, sent_end = ctx.sentence_at(cue.start())
        rest = cue.end()
        if text.startswith("(", _skip_space(text, rest)):
            open_at = _skip_space(text, rest)
            close = _matching_paren(text, open_at, sent_end)
            first = _split_list(text, open_at + 1, close)[0]
            item = _outcome(ctx, *first, kind, "endpoint.declared")
            items.extend([item] if item else [])
            continue
        link = p["declared_link"].match(text, rest, sent_end)
        if not link:
            continue
        for s, e in _split_list(text, link.end(), sent_end):
            item = _outcome(ctx, s, e, kind, "endpoint.declared")
            if item:
                items.append(item)
    return items


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def _matching_paren(text: str, open_at: int, limit: int) -> int:
    depth = 0
    for i in range(open_at, limit):
        depth += text[i] == "("
        depth -= text[i] == ")"
        if depth == 0:
            return i
    return limit


def _measured(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items = []
    for verb in p["measured"].finditer(text):
        sent_start, _ = ctx.sentence_at(verb.start())
        subject = text[sent_start : verb.start()]
        if re.search(r"\b(?:patients|participants|subjects|we|they|groups?)\b", subject, re.I) or ctx.section_of(sent_start) in _TABLE_SECTIONS:
            continue
        for s, e in _split_list(text, sent_start, verb.start()):
            item = _outcome(ctx, s, e, "other", "endpoint.measured")
            if item:
                items.append(item)
    for cue in p["follow_up"].finditer(text):
        _, sent_end = ctx.sentence_at(cue.start())
        frame = re.search(r"\d+[- ](?:day|week|month|year)s?\s+follow-?up\s*$", text[max(0, cue.start() - 25) : cue.start() + 10])
        tf = (cue.start() - 25 + frame.start(), cue.start() + len("follow-up")) if frame and cue.start() >= 25 else None
        tf_match = re.search(r"\d+[- ](?:day|week|month|year)s?\s+follow-?up", text[max(0, cue.start() - 25) : cue.end()])
        if tf_match:
            base = max(0, cue.start() - 25)
            tf = (base + tf_match.start(), base + tf_match.end())
        for s, e in _split_list(text, cue.end(), sent_end):
            item = _outcome(ctx, s, e, "other", "endpoint.follow_up", time_frame=tf)
            if item:
                items.append(item)
    return items


def _registry_table(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        kind = _TABLE_SECTIONS.get(ctx.section_of(line_start) or "")
        body = line.rstrip("\r\n")
        if not kind or not body.strip() or re.match(r"^\s*[-•*]\s*\w[\w ]*outcome measures?\s*$", body, re.I):
            continue
        start = line_start + (p["header"].match(body).end() if p["header"].match(body) else 0)
        end = line_start + len(body)
        frame = _table_time_frame(text, start, end)
        if frame:
            values = {"kind": kind, "time_frame": frame.group()}
            name_end = frame.start()
            while name_end > start and text[name_end - 1] == " ":
                name_end -= 1
            description = text[frame.end() : end].strip() or None
            values["description"] = description
            values["name"] = _expand(ctx, text[start:name_end], description)
            items.append(Item("endpoints", start, name_end, "endpoint.registry_table", values, {"time_frame": frame.span()}))
        else:
            values = {"kind": kind, "name": text[start:end].strip()}
            items.append(Item("endpoints", start, end, "endpoint.registry_table", values))
    return items


def _table_time_frame(text: str, start: int, end: int) -> re.Match[str] | None:
    """The row's time column: the first time expression after at least one word of the name."""
    for match in TABLE_TIME_FRAME.finditer(text, start, end):
        if match.start() > start and re.search(r"[A-Za-z]", text[start : match.start()]):
            return match
    return None


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9/]+", text.lower()) if w not in {"the", "of", "in", "a", "an", "to", "and"}}


@register("endpoints")
def find_endpoints(ctx: ExtractionContext) -> list[Item]:
    """Endpoints of a registry's outcome tables when it has them (the authoritative list: each row
    is one endpoint, even when two rows share a name); otherwise the abstract's endpoint statements,
    where a later mention repeating an earlier one of the same kind is dropped."""
    table = _registry_table(ctx)
    if table:
        return table
    kept: list[Item] = []
    for item in sorted(_declared(ctx) + _measured(ctx), key=lambda i: i.start):
        tokens = _tokens(ctx.text[item.start : item.end])
        if any(
            other.values["kind"] == item.values["kind"]
            and len(tokens & _tokens(ctx.text[other.start : other.end])) >= 0.6 * max(1, len(tokens))
            for other in kept
        ):
            continue
        kept.append(item)
    if ctx.entities:  # an NER model is loaded: add the OUTCOME mentions the rules missed
        kept = add_endpoints(ctx, kept)
    return kept
