"""Field-labelled outcome blocks of registry pages other than ClinicalTrials.gov's and ISRCTN's tables.

WHO ICTRP ("Primary Outcome(s)" then one outcome a line, "X [Time Frame: T]"), jRCT and UMIN-CTR
("Primary Outcome(s)<TAB>X", "Key secondary outcomes<TAB>X, Y"), PACTR ("Primary Outcome<TAB>X<TAB>T"
rows), EU CTIS ("Primary end point(s)" then "1. X", "Timepoint(s) of evaluation of this end point"),
CTRI ("Outcome<TAB>TimePoints" rows), IRCT ("Description: X" / "Timepoint: T" / "Method of
measurement: M" under a counter line), DRKS and CENTRAL ("Secondary outcome: X; Y", "XTimepoint: T").
A block ends at the next registry field: the page's other fields must never become endpoints.
Labels and sublabels are data (``outcome_fields`` in ``data/registry_fields.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext, Item
from .timeframes import TIME_FRAME, table_atoms, table_candidates


@dataclass
class _Cell:
    """One outcome of a block before it becomes an item: its name span and its cells' spans."""

    start: int
    end: int
    kind: str
    time_frame: tuple[int, int] | None = None
    description: tuple[int, int] | None = None


@dataclass
class _Block:
    kind: str
    same_line: bool  # the value began on the label's line: only numbered or labelled lines go on
    cells: list[_Cell] = field(default_factory=list)
    numbered: bool = False
    described: bool = False  # outcomes named by 'Description:' lines: a plain line is no outcome
    table: bool = False  # a header row said the cells are '<outcome><TAB><time point>'
    framed: int = 0  # cells before this index already had a block-wide time point applied
    columns: list[str] | None = None  # the roles of a header row's cells ('Outcome Name  Time Point  Measurement')
    time_last: bool = False  # a header whose tabs the cleaning folded ended in the time column: a row ends in its time


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = load("registry_fields")
    spec = data["outcome_fields"]
    labels = {k: v for k, v in spec["labels"].items()}
    sub = spec["sublabels"]
    ends = {k.casefold() for k in spec["ends"]} | {k.casefold() for k in data["fields"]} | {k.casefold() for k in data["groups"]}
    ends -= {k.casefold() for k in labels} | {k.casefold() for k in sub}
    return {
        "labels": labels,
        "shared": frozenset(spec["shared"]),
        "sublabels": sub,
        "headers": frozenset(h.casefold() for h in spec["headers"]),
        "header_roles": {k.casefold(): v for k, v in spec["header_roles"].items()},
        "header_words": sorted(((tuple(k.casefold().split()), v) for k, v in spec["header_roles"].items()), key=lambda h: -len(h[0])),
        # a cell label that names the outcome only before a tab or a colon and its value (CRIS 'Outcome<TAB>X');
        # alone on its line it is a table's header
        "line_sub": re.compile(r"(?P<sub>%s)[ \t]*(?::|\t)[ \t]*(?=\S)" % _alternation(spec["line_sublabels"]), re.I),
        "line_sublabels": {k.casefold(): v for k, v in spec["line_sublabels"].items()},
        "ends": frozenset(ends),
        # a field heading alone on its line ('Number of participants' over DRKS's count)
        "heading_end": re.compile(r"(?<![A-Za-z])(?:[-•*][ \t]*)?(?:%s)[ \t]*:?[ \t]*" % _alternation(spec["heading_ends"]), re.I),
        # a line opening with a field only registry pages have ('Main ID:', 'Recruitment status<TAB>', 'DRKS-ID:')
        "evidence": re.compile(r"^[-•*]?[ \t]*(?P<key>%s)(?:[ \t]*(?::|\t|=|$)|[ \t]+(?=(?-i:[A-Z0-9\x22])))" % _alternation(spec["evidence"]), re.I | re.M),
        # a label at a line's start (after a bullet), then the line's end, ':' or a tab
        # (a tab the cleaning folded to a space: a capital or a number right after the label)
        "label": re.compile(r"^[-•*]?[ \t]*(?:[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+)?(?P<label>%s)(?:[ \t]*(?P<sep>:|\t|$)|[ \t]+(?!measures?\b|was\b|were\b|is\b|are\b)(?=(?-i:[A-Z0-9])))"
                            % _alternation(labels), re.I | re.M),
        # a line opening with a registry field: 'Inclusion criteria: ...', 'Target sample size<TAB>80' (tab folded)
        "field": re.compile(r"^[-•*]?[ \t]*(?P<key>%s)(?:[ \t]*(?::|\t|=|$)|[ \t]+(?=(?-i:[A-Z0-9\x22])))" % _alternation(ends), re.I | re.M),
        # a cell label inside an outcome: '[Time Frame: T]', '. Timepoint: T', glued 'XTimepoint: T'
        "sublabel": re.compile(r"(?:\[[ \t]*|(?<![A-Za-z \t\[]))(?P<sub>%s)[ \t]*:[ \t]*|(?<=[\w).])[ \t]*(?P<sub2>%s)[ \t]*:[ \t]*"
                               % (_alternation(sub), _alternation(sub)), re.I),
        # a time point cell inside a line ('XTimepoint: T', 'X [Time Frame: T]'): the line is an outcome's
        "frame": re.compile(r"(?:\[[ \t]*|(?<=[\w).])[ \t]*)(?:%s)[ \t]*:" % _alternation(k for k, v in sub.items() if v == "time_frame"), re.I),
        # ANZCTR: 'Primary outcome [1]', ids ('301122 0') on the label's line; a cell on it after ':', a tab, or a
        # space before a capital or a number (not a sentence going on: 'Primary outcome [1] was not reached')
        "numbered": re.compile(
            r"^[ \t]*(?:(?P<kind>%s)|(?P<cell>%s))[ \t]*\[\d{1,3}\][ \t]*(?:\d{1,9}(?!\d)[ \t]*){0,6}(?::[ \t]*|\t|(?=\r?\n|$)|(?=(?-i:[A-Z0-9])))"
            % (_alternation(spec["numbered"]["kinds"]), _alternation(spec["numbered"]["cells"])), re.I | re.M),
        # ClinicalTrials.gov's / ISRCTN's table headings, alone on their line: that reader's page
        "table": re.compile(r"^[-•*]?[ \t]*(?:%s)[ \t]*:?[ \t]*\r?$" % _alternation(spec["table_labels"]), re.I | re.M),
        # ... unless its outcomes are timed by in-block time point lines ('Timepoint(s): baseline, 8 weeks', ISRCTN)
        # and no ClinicalTrials.gov column names its cells: then those headings open blocks here
        "table_labels": {k.casefold(): k.split()[0].casefold() for k in spec["table_labels"]},
        "column_names": spec["table_columns"],
        # a time point cell written as a sentence about the outcome: 'The primary endpoint will be evaluated '
        "time_lead": re.compile(r"(?<![A-Za-z])(?:%s)[ \t]+" % spec["time_frame_lead"], re.I),
        # ISRCTN's amended fields: 'Current primary outcome measure as of 05/09/2023:' goes on with the block, the
        # 'Previous primary outcome measure:' it replaced is no outcome of the trial
        "revision": re.compile(spec["revision"], re.I),
        "superseded": re.compile(spec["superseded"], re.I),
        "table_label": re.compile(r"^[-•*]?[ \t]*(?P<label>%s)[ \t]*:?[ \t]*\r?$" % _alternation(spec["table_labels"]), re.I | re.M),
        "time_line": re.compile(r"^[ \t]*(?:%s)[ \t]*:" % _alternation(spec["in_block_time_labels"]), re.I | re.M),
        "columns": re.compile(r"^[ \t]*(?:%s)\b|\[[ \t]*Time[ \t]+Frame[ \t]*:" % _alternation(spec["table_columns"]), re.I | re.M),
        "numbered_kinds": {k.casefold(): v for k, v in spec["numbered"]["kinds"].items()},
        "numbered_cells": {k.casefold(): v for k, v in spec["numbered"]["cells"].items()},
        "cell_line": re.compile(r"^[ \t]*(?P<sub>%s)(?:[ \t]*:|\t|[ \t]+(?=(?-i:[A-Z])))" % _alternation(k for k, v in sub.items() if v != "name"), re.I | re.M),
        # (or a list numbered on its line, its tab folded: 'Timepoint(s) of evaluation of this end point 1. Week 16 2. ...')
        # IRCT pasted without its colons: 'Timepoint Before the intervention', 'Method of measurement Glucometer'
        "sub_line": re.compile(r"(?<![A-Za-z])(?P<sub>%s)(?:[ \t]*(?::|\t|$)[ \t]*|[ \t]+(?=1[.)][ \t])|[ \t]+(?=(?-i:[A-Z0-9])))" % _alternation(sub), re.I),
    }


# a field label ending a block: 'City: Tehran', 'Inclusion criteria<TAB>...' (short, capitalised, no sentence stop)
_FIELD_LINE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9 ()/&,'-]{0,60}?[ \t]*(?::|\t)")
_NUMBER = re.compile(r"(?:(?<!\d)\d{1,2}[.)]|[-•*])[ \t]+")
# a list numbered inside one line: '1. X 2. Y' (a number after a space, before a capital or a number)
_MORE_NUMBERS = re.compile(r"(?:and|&|,)[ \t]*(\d{1,2})[.)][ \t]*")
_FIRST_NUMBER = re.compile(r"1[.)][ \t]+(?=\S)")
_INNER_NUMBER = re.compile(r"(?<=[^\s.])[ \t]+(\d{1,2})[.)][ \t]+(?=[A-Z0-9])")
_COUNTER = re.compile(r"(?<!\d)\d{1,2}")
# EudraCT's field codes: 'E.5.1 Primary end point(s)', 'E.5.1.1 Timepoint(s) of evaluation of this end point'
_CODE = re.compile(r"(?<![\w.])[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+")
# a label's value that is running text about the outcome ('The primary outcome is ...'): an abstract's sentence
_SENTENCE_VALUE = re.compile(r"(?:the\s+)?(?:(?:primary|secondary|main|key|co-?primary|other)\s+)+(?:outcome|end\s*point)s?(?:\s+measures?)?"
                             r"\s+(?:is|are|was|were|will|includes?|included|comprise[sd]?)\b", re.I)
_PAGE = re.compile(r"(?<![A-Za-z])Page[ \t]+\d+[ \t]+of[ \t]+\d+", re.I)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).casefold()


def _is_registry_page(text: str) -> bool:
    """Two or more signs of a registry page: lines opening with a field only registry pages have
    ('Main ID', 'Recruitment status', 'Target sample size'; not criteria, sex or design headings, which
    protocol abstracts write too), an outcome's cell label ('Timepoint: ...', 'Method of measurement: ...'), a
    time point cell inside a line ('XTimepoint: T', 'X [Time Frame: T]')."""
    t = _tables()
    seen = {m.group("sub").casefold() for m in t["cell_line"].finditer(text)}
    if t["frame"].search(text):  # 'XTimepoint: T', 'X [Time Frame: T]': a registry's outcome cell
        seen.add("time frame cell")
    if len(seen) >= 2:
        return True
    for match in t["evidence"].finditer(text):
        seen.add(_key(match.group("key")))
        if len(seen) >= 2:
            return True
    return False


def _ends_block(block: _Block, text: str, lo: int, hi: int) -> bool:
    """Whether the line text[lo:hi] is the page's next field (or heading) rather than an outcome."""
    t = _tables()
    line = text[lo:hi]
    if t["field"].match(text, lo, hi) or t["heading_end"].fullmatch(text, lo, hi):
        return True
    cells = line.split("\t")
    if t["frame"].search(line):
        return False
    if block.table and len(cells) > 1:
        return False
    field_line = _FIELD_LINE.match(line)
    if field_line and len(line[: field_line.end()].split()) <= 8:
        return True
    if line[:1].isupper() and len(line.split()) > 1 and not any(c.islower() for c in line):
        return True  # a heading in capitals: 'RECRUITMENT CENTRES'
    if block.same_line or block.described:
        return not _NUMBER.match(line) or not block.numbered
    return block.numbered and not _NUMBER.match(line)


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in " \t":
        lo += 1
    while hi > lo and text[hi - 1] in " \t.;,]":
        hi -= 1
    return lo, hi


def _split(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Outcomes of one value: parts at ';' outside brackets; at ',' when every part is a phrase of
    three words or more ('Serum magnesium level at week 4, adverse events through week 4')."""
    def cut(sep: str) -> list[tuple[int, int]]:
        parts, depth, cursor = [], 0, lo
        for i in range(lo, hi):
            ch = text[i]
            depth += 1 if ch in "([" else -1 if ch in ")]" else 0
            # 'days 7, 14 and 28': numbers of one time point
            if ch == sep and depth <= 0 and not (sep == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 3].strip()[:1].isdigit()):
                parts.append((cursor, i))
                cursor = i + 1
        parts.append((cursor, hi))
        return [p for p in (_trim(text, a, b) for a, b in parts) if p[1] > p[0]]

    parts = cut(";")
    if len(parts) == 1 and not _tables()["sublabel"].search(text, lo, hi):
        commas = cut(",")
        commas = _join_modifiers(text, commas)  # 'X, assessed with the WHO scale on days 0, 7 and 14': one outcome
        words = [len(text[a:b].split()) for a, b in commas]
        # 'Time in range (70-180 mg/dL), fasting plasma glucose, body weight': a list of three or more noun phrases
        if len(commas) > 1 and (min(words) >= 3 or (len(commas) >= 3 and min(words) >= 2)):
            return commas
    return parts


def _join_modifiers(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma parts with each part that qualifies the one before it ('assessed with ...', 'measured by ...',
    'defined as ...') or is its time ('at 8 weeks') joined to it."""
    joined: list[tuple[int, int]] = []
    for a, b in parts:
        if joined and (_modifier().match(text, a, b) or _whole_time(text, a, b)):  # ', at 8 weeks': the time of the part before
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


@lru_cache(maxsize=1)
def _modifier() -> re.Pattern[str]:
    return re.compile(load("endpoints")["list_modifiers"], re.I)


def _add_cells(block: _Block, text: str, lo: int, hi: int) -> None:
    """The outcomes of the value text[lo:hi]: numbering stripped, each split into its cells."""
    t = _tables()
    row = "\t" in text[lo:hi]
    inline = None if row else _inline_numbers(text, lo, hi)  # '1. X 2. Y' folded onto the label's line
    if inline:
        block.numbered = True
    for a, b in [(lo, hi)] if row else inline or _split(text, lo, hi):
        number = _NUMBER.match(text, a, b)
        if number:
            block.numbered = True
            a = number.end()
        cells = text[a:b].split("\t")
        if block.columns and len(cells) == len(block.columns) and "name" in block.columns:
            _column_cell(block, text, a, cells)  # 'X<TAB>Day 5<TAB>Chest radiograph' under 'Outcome Name  Time Point  Measurement'
            continue
        if len(cells) > 1:  # '<outcome><TAB><time point>' (a header named the columns, or the last cell is a time)
            name = _trim(text, a, a + len(cells[0]))
            last = _trim(text, b - len(cells[-1]), b)
            timed = block.table or TIME_FRAME.search(text, *last) or table_candidates(text, *last)
            if name[1] > name[0]:
                cell = _Cell(*name, block.kind)
                if last[1] > last[0]:
                    cell.time_frame, cell.description = (last, None) if timed else (None, last)
                block.cells.append(cell)
            continue
        subs = list(t["sublabel"].finditer(text, a, b))
        name = _trim(text, a, subs[0].start() if subs else b)
        cell = _Cell(*name, block.kind)
        bracket = text.rfind("[", a, b) if not subs and "]" in text[b - 1 : b + 2] else -1
        if bracket > a:  # SLCTR 'Adverse drug reactions [Weekly for 12 weeks]': the bracket is the time point cell
            frame = _trim(text, bracket + 1, b)
            if frame[1] > frame[0] and (TIME_FRAME.search(text, *frame) or table_candidates(text, *frame)):
                cell.end, cell.time_frame = _trim(text, a, bracket)[1], frame
        for n, sub in enumerate(subs):
            kind = t["sublabels"][_key(sub.group("sub") or sub.group("sub2"))]
            value = _trim(text, sub.end(), subs[n + 1].start() if n + 1 < len(subs) else b)
            if value[1] <= value[0]:
                continue
            if kind == "time_frame" and cell.time_frame is None:
                cell.time_frame = value
            elif kind == "description" and cell.description is None:
                cell.description = value
        if cell.end > cell.start and re.search(r"[A-Za-z]", text[cell.start : cell.end]):
            block.cells.append(cell)


def _column_cell(block: _Block, text: str, at: int, cells: list[str]) -> None:
    """One row of a table whose header row named its columns: each cell in its column's role."""
    spans = []
    for part in cells:
        spans.append(_trim(text, at, at + len(part)))
        at += len(part) + 1
    roles = dict(zip(block.columns or [], spans))
    name = roles["name"]
    if name[1] <= name[0] or not re.search(r"[A-Za-z]", text[name[0] : name[1]]):
        return
    cell = _Cell(*name, block.kind)
    for role in ("time_frame", "description"):
        if role in roles and roles[role][1] > roles[role][0]:
            setattr(cell, role, roles[role])
    block.cells.append(cell)


def _sub_line(block: _Block, text: str, lo: int, hi: int, pending: list) -> bool:
    """A cell line of the current outcome ('Timepoint: T', 'Description: X', 'Method of measurement: M');
    a label alone ('Timepoint(s) of evaluation of this end point') takes the next line as its value."""
    t = _tables()
    match = t["sub_line"].match(text, lo, hi)
    if not match:
        match = t["line_sub"].match(text, lo, hi)  # CRIS 'Outcome<TAB>X' / 'Time Frame<TAB>T'
        if not match:
            return False
        _apply(block, text, t["line_sublabels"][_key(match.group("sub"))], _trim(text, match.end(), hi))
        return True
    kind = t["sublabels"][_key(match.group("sub"))]
    value = _trim(text, match.end(), hi)
    if value[1] <= value[0]:
        pending.append(kind)
        return True
    _apply(block, text, kind, value)
    return True


def _inline_numbers(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """A value numbered inside its line ('1. Week 16 2. Up to 20 weeks', a list the paste folded onto
    one line): its items without their numbers, or None when it is not numbered 1, 2, ... in order."""
    first = _FIRST_NUMBER.match(text, lo, hi)
    if first is None:
        return None
    parts, cursor, expect = [], first.end(), 2
    for number in _INNER_NUMBER.finditer(text, cursor, hi):
        if int(number.group(1)) != expect:
            continue
        parts.append(_trim(text, cursor, number.start()))
        cursor, expect = number.end(), expect + 1
    parts.append(_trim(text, cursor, hi))
    return parts if len(parts) > 1 and all(b > a for a, b in parts) else None


def _apply_frames(block: _Block, text: str, lines: list[tuple[int, int]]) -> None:
    """The lines of a time point field: numbered ones ('1. Week 16' / '2. Up to 20 weeks', or one line
    '1. Week 16 2. Up to 20 weeks') time the outcomes of the same numbers since the last such field;
    otherwise the lines are one time frame ('Baseline' / 'Week 16')."""
    open_cells = block.cells[block.framed :]
    numbered = [_NUMBER.match(text, lo, hi) for lo, hi in lines]
    values = None
    if len(lines) == 1:
        values = _inline_numbers(text, *lines[0])
        values = values and [(n + 1, v) for n, v in enumerate(values)]
    elif all(numbered) and all(m.group().strip()[:-1].isdigit() for m in numbered):
        values = []
        for m, (lo, hi) in zip(numbered, lines):
            numbers, at = [int(m.group().strip()[:-1])], m.end()
            more = _MORE_NUMBERS.match(text, at, hi)  # '2. and 3. Over 52 weeks': one time for both
            while more:
                numbers.append(int(more.group(1)))
                at = more.end()
                more = _MORE_NUMBERS.match(text, at, hi)
            values += [(k, _trim(text, at, hi)) for k in numbers]
    if values and len(open_cells) > 1:
        for number, value in values:
            cell = open_cells[number - 1] if 0 < number <= len(open_cells) else None
            if cell is not None and cell.time_frame is None and value[1] > value[0]:
                cell.time_frame = value
        block.framed = len(block.cells)
        return
    lo, hi = lines[0][0], lines[-1][1]
    if len(lines) == 1 and numbered[0] and not values:
        lo = numbered[0].end()  # '1. Week 16' for one outcome: its time without the number
    _apply(block, text, "time_frame", (lo, hi))


def _apply(block: _Block, text: str, kind: str, value: tuple[int, int]) -> None:
    if kind == "name":
        block.described = True
        block.cells.append(_Cell(*value, block.kind))
    elif kind == "time_frame":  # the outcomes since the last time point cell, without their own
        lead = _tables()["time_lead"].match(text, *value)
        if lead and lead.end() < value[1]:  # 'The primary endpoint will be evaluated at the end of induction': its time
            value = (lead.end(), value[1])
        values = _inline_numbers(text, *value) if len(block.cells) - block.framed > 1 else None
        if values:
            _apply_frames(block, text, [value])
            return
        for cell in block.cells[block.framed :]:
            if cell.time_frame is None:
                cell.time_frame = value
        block.framed = len(block.cells)
    elif block.cells and block.cells[-1].description is None:
        block.cells[-1].description = value


# A cell boundary pasted as a run of spaces ('Duration of sensory block  Every 30 minutes', CTRI / TCTR / CRIS copied
# from the page) or a '|' ('Primary Outcome | X | Every 6 months', PACTR); not the two spaces after a sentence's stop.
_CELL_GAP = re.compile(r"(?<=[^\s.;:,!?]) {2,}(?=\S)|(?<![ \t])[ \t]*\|[ \t]*(?=\S)")


def _folded_header(text: str, lo: int, hi: int) -> list[str | None] | None:
    """The column roles of a header row whose tabs the cleaning folded ('Type of outcome Outcome Timepoint(s) at
    which outcome is measured'): the line read as two or more header names in a row, or None."""
    words = text[lo:hi].casefold().split()
    if not 2 <= len(words) <= 16:
        return None
    heads = _tables()["header_words"]
    best: list[list[str | None] | None] = [None] * (len(words) + 1)  # the roles of words[:i] read as headers
    best[0] = []
    for i in range(len(words)):
        if best[i] is None:
            continue
        for head, role in heads:
            j = i + len(head)
            if j <= len(words) and best[j] is None and tuple(words[i:j]) == head:
                best[j] = best[i] + [role]
    roles = best[len(words)]
    return roles if roles and len(roles) > 1 else None


def _time_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The time column a row ends in when its tab was folded ('Calculated blood loss 24 hours after delivery'):
    from the first numbered time after the name to the row's end."""
    for candidate in table_candidates(text, start, end):
        if candidate.strong and candidate.start > start and re.search(r"[A-Za-z]{2}", text[start : candidate.start]):
            return candidate.start, _trim(text, candidate.start, end)[1]
    return None


def _cell_text(text: str) -> str:
    """``text`` with each pasted cell boundary made a tab (padded with spaces: every offset stays)."""
    if "  " not in text and "|" not in text:
        return text
    return _CELL_GAP.sub(lambda m: "\t" + " " * (len(m.group()) - 1), text)


def _blocks(ctx: ExtractionContext) -> list[_Block]:
    t = _tables()
    text = _cell_text(ctx.text)
    labels = list(t["label"].finditer(text))
    if t["table"].search(text):
        if not t["time_line"].search(text) or t["columns"].search(text):
            return []
        labels = sorted(labels + list(t["table_label"].finditer(text)), key=lambda m: m.start())
    if not labels:
        return []
    registry = None
    blocks: list[_Block] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    starts = {m.start(): m for m in labels}
    block: _Block | None = None
    pending: list[str] = []
    frames: list[tuple[int, int]] = []  # the lines of a time point field under its label, not yet applied
    blank = False
    columns: list[str | None] | None = None  # the roles of the last header row's cells
    folded_time = False  # the last header row, its tabs folded, ended in the time column
    for lo, hi in lines:
        if hi > lo and text[hi - 1] == "\r":
            hi -= 1
        row = _trim(text, lo, hi)
        heads = [_key(c) for c in text[row[0] : row[1]].split("\t")]
        if len(heads) > 1 and all(h in t["headers"] for h in heads):  # 'Outcome<TAB>TimePoints', 'Type of outcome | ...'
            columns = [t["header_roles"].get(h) for h in heads]
            if block is not None:
                block.table, block.columns = True, columns
            continue
        folded = _folded_header(text, *row) if len(heads) == 1 and row[1] - row[0] < 120 else None
        if folded:  # the same header, its tabs folded: only whether a row ends in its time is known
            columns, folded_time = None, folded[-1] == "time_frame"
            if block is not None:
                block.time_last = folded_time
            continue
        if frames and block is not None:
            line = _trim(text, lo, hi)
            if line[1] > line[0] and _frame_goes_on(text, *line, frames):
                frames.append(line)
                continue
            _apply_frames(block, text, frames)
        frames = []
        label = starts.get(lo)
        if label is not None:
            key = _key(label.group("label"))
            value = _trim(text, label.end(), hi)
            if key in t["table_labels"]:  # 'Primary outcome measure' (ISRCTN), alone on its line
                kind = t["table_labels"][key]
                block = _Block("other" if kind not in ("primary", "secondary") else kind, same_line=False)
                blocks.append(block)
                pending, blank = [], False
                continue
            if key in t["shared"] and registry is None:  # abstracts write these labels too
                registry = _is_registry_page(text)
            if key not in t["shared"] or registry:
                block = _Block(t["labels"][key], same_line=value[1] > value[0])
                if columns and columns[0] == "kind" and "\t" in text[value[0] : value[1]]:
                    block.columns = columns[1:]  # a row of PACTR's table: its first cell, the kind, was the label
                elif columns and columns[0] != "kind" and value[1] <= value[0]:
                    block.table, block.columns = True, columns  # the page's table again, its repeated header dropped
                block.time_last = folded_time
                blocks.append(block)
                pending, blank = [], False
                if _SENTENCE_VALUE.match(text, *value):
                    return []  # an abstract's sentences under field-like headings: the sentence reader's
                if value[1] > value[0]:
                    _add_cells(block, text, *value)
                continue
            block = None
            continue
        if block is None:
            continue
        lo, hi = _trim(text, lo, hi)
        if hi <= lo:
            blank = bool(block.cells)
            continue
        if _PAGE.fullmatch(text, lo, hi) or t["revision"].fullmatch(text, lo, hi):
            continue
        if t["superseded"].fullmatch(text, lo, hi):
            block = None
            continue
        if pending:
            kind = pending.pop()
            if kind == "time_frame":  # its value may go on over several lines
                frames = [(lo, hi)]
            else:
                _apply(block, text, kind, (lo, hi))
            continue
        code = _CODE.match(text, lo, hi)
        if code:  # a coded field: a cell of the outcomes above, or the page's next field
            if not _sub_line(block, text, code.end(), hi, pending):
                block = None
            continue
        if _sub_line(block, text, lo, hi, pending):
            continue
        if _COUNTER.fullmatch(text, lo, hi):
            continue
        cells = [_key(c) for c in text[lo:hi].split("\t")]
        if all(c in t["headers"] for c in cells):  # 'Outcome<TAB>TimePoints'
            block.table = len(cells) > 1
            continue
        if block.framed and len(block.cells) > block.framed and _whole_time(text, lo, hi):
            # a time alone after the outcomes a time point field has not timed yet: their time point,
            # whose repeated label the cleaning dropped ('Timepoint(s) of evaluation of this end point')
            _apply(block, text, "time_frame", (lo, hi))
            continue
        if (blank and not _NUMBER.match(text, lo, hi)) or _ends_block(block, text, lo, hi):
            block = None
            continue
        _add_cells(block, text, lo, hi)
    if frames and block is not None:
        _apply_frames(block, text, frames)
    return blocks


def _whole_time(text: str, lo: int, hi: int) -> bool:
    """Whether the line text[lo:hi] is one time expression and nothing else ('Up to 20 weeks', 'Week 16')."""
    frame = TIME_FRAME.match(text, lo, hi)
    if frame is not None and frame.end() == hi:
        return True
    candidates = table_candidates(text, lo, hi)
    return len(candidates) == 1 and candidates[0].start == lo and _trim(text, candidates[0].end, hi)[1] <= candidates[0].end


def _frame_goes_on(text: str, lo: int, hi: int, frames: list[tuple[int, int]]) -> bool:
    """Whether the line text[lo:hi] goes on with a time point field's value: a time ('Week 16' after
    'Baseline'), numbered when the value's first line is ('2. Up to 20 weeks' after '1. Week 16');
    not a numbered outcome after an unnumbered time ('Week 16' / '2. Adverse events'), nor a field."""
    t = _tables()
    if t["field"].match(text, lo, hi) or t["sub_line"].match(text, lo, hi) or _CODE.match(text, lo, hi):
        return False
    if bool(_NUMBER.match(text, lo, hi)) != bool(_NUMBER.match(text, *frames[0])):
        return False
    return table_atoms(text, lo, hi)


def _trailing_time(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The time point a row ends in ('Recurrence-free proportion 6 months', 'Haemoglobin drop Day 7')."""
    candidates = [c for c in table_candidates(text, start, end) if c.strong and c.start > start]
    if not candidates or _trim(text, candidates[-1].end, end)[1] > candidates[-1].end:
        return None
    if _trim(text, start, candidates[-1].start)[1] - start < 3:
        return None
    return candidates[-1].start, candidates[-1].end


_ID_LINE = re.compile(r"(?:\d{1,9}(?!\d)[ \t]*){0,6}(?:Query!)?")  # a trimmed line of record ids, or 'Query!'
_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")


def _cell_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of a cell in text[start:end], without the record ids and 'Query!' marks;
    the first text line ends the cell when a blank line follows it."""
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lo, hi = pos, pos + len(line.rstrip("\r"))
        while lo < hi and text[lo] in " \t":
            lo += 1
        while hi > lo and text[hi - 1] in " \t":
            hi -= 1
        pos += len(line) + 1
        if hi > lo and not _ID_LINE.fullmatch(text, lo, hi):
            lines.append((lo, hi))
        elif lines and hi <= lo:
            break
    return lines


def _numbered_outcomes(ctx: ExtractionContext) -> list[Item]:
    """ANZCTR's outcome cells (after E's reader): an outcome cell is one endpoint, its first sentence the
    name and the rest (or the assessment method) its description; the time point cell its time frame."""
    from .endpoints import _expand

    t = _tables()
    text = ctx.text
    if "]" not in text:
        return []
    labels = list(t["numbered"].finditer(text))
    if not any(m.group("kind") for m in labels):
        return []
    items: list[Item] = []
    for n, label in enumerate(labels):
        limit = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        lines = _cell_lines(text, label.end(), limit)
        if not lines:
            continue
        if label.group("kind"):
            start, end = lines[0]
            first = _FIRST_SENTENCE.search(text, start, end)
            name_end = first.start() if first else end
            while name_end > start and text[name_end - 1] in " .;:":
                name_end -= 1
            rest = [text[first.end() : end]] if first else []
            rest += [text[lo:hi] for lo, hi in lines[1:]]
            values: dict = {"kind": t["numbered_kinds"][_key(label.group("kind"))], "description": " ".join(rest) or None}
            values["name"] = _expand(ctx, text[start:name_end], values["description"])
            items.append(Item("endpoints", start, name_end, "endpoint.registry_numbered", values))
        elif items and t["numbered_cells"][_key(label.group("cell"))] == "time_frame":
            if "time_frame" not in items[-1].spans:
                items[-1].spans["time_frame"] = lines[0]
                items[-1].values["time_frame"] = text[slice(*lines[0])]
        elif items and items[-1].values.get("description") is None:
            items[-1].values["description"] = " ".join(text[lo:hi] for lo, hi in lines)
    return items


@lru_cache(maxsize=1)
def _record_tables() -> dict:
    spec = load("registry_fields")["outcome_records"]
    cells = {k.casefold(): v for k, v in spec["cells"].items()}
    return {
        "cells": cells,
        "heading_names": {k.casefold() for k in spec["heading_names"]},
        "kinds": {k.casefold(): v for k, v in spec["kinds"].items()},
        "headings": {k.casefold(): v for k, v in spec["headings"].items()},
        # a cell label opening its line (after a bilingual page's Chinese label, '指标中文名： Outcome：'), then ':' and
        # its value or the line's end
        "cell": re.compile(r"(?:[^\x00-\x7f\s]{1,20}[:：][ \t]*)?(?P<label>%s)[ \t]*(?:[:：][ \t]*|$)" % _alternation(cells), re.I),
        "heading": re.compile(r"(?:\d{1,2}[.)][ \t]*)?(?P<heading>%s)s?[ \t]*:?" % _alternation(spec["headings"]), re.I),
    }


_CJK_BREAK = re.compile(r"[^\x00-\x7f][ \t]+(?=[A-Za-z0-9(])")


def _english_half(text: str, lo: int, hi: int) -> int:
    """Where the English half of a bilingual value begins ('术前1天，术后第1、3、7天 1 day before surgery ...'):
    after its last Chinese character; ``lo`` when the value does not open in Chinese."""
    if lo >= hi or text[lo].isascii():
        return lo
    last = None
    for last in _CJK_BREAK.finditer(text, lo, hi):
        pass
    return last.end() if last else lo


@dataclass
class _Record:
    name: tuple[int, int]
    label: str
    kind: str | None = None
    kind_cell: bool = False
    time_frame: tuple[int, int] | None = None
    description: tuple[int, int] | None = None


def _records(ctx: ExtractionContext) -> list[_Record]:
    """Outcome records whose cells are labelled one a line: EU CTR results ('End point title' / 'End point type' /
    'End point timeframe:'), classic ClinicalTrials.gov results ('1. Primary Outcome' / 'Title:' / 'Time Frame:'),
    ChiCTR ('Outcome:' / 'Type: Primary indicator' / 'Measure time point of outcome:'). A record ends at a
    line that is neither a cell, a cell's value nor a heading (EU CTR's result tables follow each end point)."""
    t = _record_tables()
    text = ctx.text
    records: list[_Record] = []
    record: _Record | None = None
    heading: str | None = None
    pending: str | None = None
    pos = 0
    for line in text.split("\n"):
        lo, hi = _trim(text, pos, pos + len(line.rstrip("\r")))
        pos += len(line) + 1
        if hi <= lo:
            continue
        head = t["heading"].fullmatch(text, lo, hi)
        if head:
            heading, record, pending = t["headings"][_key(head.group("heading"))], None, None
            continue
        cell = t["cell"].match(text, lo, hi)
        if cell:
            role = t["cells"][_key(cell.group("label"))]
            value = _trim(text, cell.end(), hi)
            pending = None
            if value[1] <= value[0]:
                if role == "name" or record is not None:
                    pending = role
                continue
            _fill(records, role, _key(cell.group("label")), value, heading, text)
            record = records[-1] if records else None
            continue
        if pending is not None:
            _fill(records, pending, "", (_english_half(text, lo, hi), hi), heading, text)  # a bilingual value: its English half
            record, pending = (records[-1] if records else None), None
            continue
        record = heading = None  # another field of the page: the next record needs its own label (and heading)
    return [r for r in records if r.kind and (r.kind_cell or r.time_frame) and (r.kind_cell or r.label in t["heading_names"] or r.time_frame)]


def _fill(records: list[_Record], role: str, label: str, value: tuple[int, int], heading: str | None, text: str) -> None:
    t = _record_tables()
    if role == "name":
        records.append(_Record(value, label, heading))
        return
    if not records:
        return
    record = records[-1]
    if role == "kind":
        kind = t["kinds"].get(_key(text[value[0] : value[1]]))
        if kind is None:  # '主要指标 Primary indicator'
            kind = t["kinds"].get(_key(text[_english_half(text, *value) : value[1]]))
        if kind:
            record.kind, record.kind_cell = kind, True
    elif role == "time_frame" and record.time_frame is None:
        record.time_frame = value
    elif role == "description" and record.description is None:
        record.description = value


def _record_items(ctx: ExtractionContext) -> list[Item]:
    from .endpoints import _expand, _outcome

    text = ctx.text
    items: list[Item] = []
    for record in _records(ctx):
        if record.time_frame is None:
            item = _outcome(ctx, *record.name, record.kind, "endpoint.registry_field")
            if item is None:
                continue
        else:
            values: dict = {"kind": record.kind, "time_frame": text[slice(*record.time_frame)]}
            item = Item("endpoints", *record.name, "endpoint.registry_field", values, {"time_frame": record.time_frame})
        if record.description:
            item.values["description"] = text[slice(*record.description)]
        item.values["name"] = _expand(ctx, text[item.start : item.end], item.values.get("description"))
        items.append(item)
    return items


def _table_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines after a table heading up to the page's next heading or field (blank lines kept: an empty cell)."""
    t = _tables()
    lines, pos = [], start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lo, hi = _trim(text, pos, end if end == pos or text[end - 1] != "\r" else end - 1)
        if hi > lo and (t["table_label"].match(text, lo, hi) or t["field"].match(text, lo, hi)):
            break
        lines.append((lo, max(lo, hi)))
        pos = end + 1
    while lines and lines[-1][1] <= lines[-1][0]:
        lines.pop()
    return lines


def _ctgov_rows(text: str, kind: str, lines: list[tuple[int, int]]) -> tuple[list[_Cell] | None, bool]:
    """The rows of one ClinicalTrials.gov outcome table in the layouts its reader misses, and whether the table is
    in one of them: cards (each cell under its column's name, the site's narrow view), tab rows whose description
    cell runs over lines, newline-separated cells where a row without a description has two lines."""
    t = _tables()
    columns = {c.casefold(): role for c, role in zip(t["column_names"], ("name", "description", "time_frame"))}
    keys = [_key(text[lo:hi]) for lo, hi in lines]
    nonblank = [n for n, (lo, hi) in enumerate(lines) if hi > lo]
    if not nonblank:
        return None, False
    first = nonblank[0]
    header = [_key(c) for c in text[slice(*lines[first])].split("\t")]
    cells: list[_Cell] = []
    if len(header) > 1 and all(h in columns for h in header):  # '<name><TAB><description><TAB><time frame>' rows
        roles, special, row = [columns[h] for h in header], False, None
        for lo, hi in lines[first + 1 :]:
            if hi <= lo:
                continue
            if row is None:
                row = [lo, hi]
            else:  # a description cell's paragraph break: the row goes on
                row[1], special = hi, True
            parts = text[row[0] : row[1]].split("\t")
            if len(parts) < len(roles) and row[1] == hi and row[0] == lo and len(parts) > 1 and "." in text[hi - 1 : hi + 1]:
                continue  # 'X<TAB>The CDR-SB is a composite of 6 domains.' / 'Each domain ...<TAB>Core Baseline, Month 18'
            if len(parts) < len(roles) and "\t" not in text[row[0] : row[1]] and cells:
                break
            spans, at = [], row[0]
            for part in parts:
                spans.append(_trim(text, at, at + len(part)))
                at += len(part) + 1
            cell = _Cell(*spans[roles.index("name")], kind)
            for role, span in zip(roles, spans):
                if span[1] > span[0] and role == "time_frame":
                    cell.time_frame = span
                elif span[1] > span[0] and role == "description":
                    cell.description = span
            cells.append(cell)
            row = None
        return cells, special
    if keys[first] == "outcome measure" and first + 2 < len(keys) and keys[first + 1] not in columns and keys[first + 2] in columns:
        cell, role = None, None  # cards: 'Outcome Measure' / X / 'Measure Description' / D / 'Time Frame' / T
        for (lo, hi), key in zip(lines[first:], keys[first:]):
            if hi <= lo:
                continue
            if key in columns and role is None:
                role = columns[key]
                continue
            if role == "name":
                cell = _Cell(lo, hi, kind)
                cells.append(cell)
            elif role and cell is not None:
                setattr(cell, role, (lo, hi))
            elif role is None:
                break
            role = None
        return cells, True
    n = first
    while n < len(keys) and keys[n] in columns:  # the column names, one a line
        n += 1
    if n - first < 2:
        return None, False  # a layout of the table reader's
    special = False
    rows = lines[n:]
    i = 0
    while i + 1 < len(rows):
        name, second = rows[i], rows[i + 1]
        if name[1] <= name[0]:
            i += 1
            continue
        if second[1] > second[0] and _whole_time(text, *second):  # no description cell: a two-line row
            cells.append(_Cell(*name, kind, time_frame=second))
            special, i = True, i + 2
            continue
        if i + 2 >= len(rows):
            break
        cell = _Cell(*name, kind, time_frame=rows[i + 2] if rows[i + 2][1] > rows[i + 2][0] else None)
        if second[1] > second[0]:
            cell.description = second
        else:
            special = True  # an empty description line
        cells.append(cell)
        i += 3
    return cells, special


def _ctgov_tables(ctx: ExtractionContext) -> list[Item]:
    """ClinicalTrials.gov outcome tables in the layouts the table reader misses (see :func:`_ctgov_rows`); [] when
    every table of the page is in its usual layout (that reader's)."""
    t = _tables()
    text = ctx.text
    headings = list(t["table_label"].finditer(text))
    if not headings or not t["columns"].search(text):
        return []
    cells, special = [], False
    for heading in headings:
        kind = t["table_labels"][_key(heading.group("label"))]
        rows, odd = _ctgov_rows(text, kind if kind in ("primary", "secondary") else "other", _table_lines(text, heading.end() + 1))
        if rows is None:
            return []  # a table this reader does not know: the page is the table reader's
        cells += rows
        special = special or odd
    if not special:
        return []
    items = []
    for cell in cells:
        if cell.end <= cell.start:
            continue
        values: dict = {"kind": cell.kind, "time_frame": text[slice(*cell.time_frame)] if cell.time_frame else None}
        item = Item("endpoints", cell.start, cell.end, "endpoint.registry_table", values, {"time_frame": cell.time_frame} if cell.time_frame else {})
        items.append((item, cell))
    from .endpoints import _expand

    out = []
    for item, cell in items:
        if cell.description:
            item.values["description"] = text[slice(*cell.description)]
        item.values["name"] = _expand(ctx, text[item.start : item.end], item.values.get("description"))
        out.append(item)
    return out


# an instrument's name with few letters in a row ('EQ-5D-5L', 'SF-36', 'PHQ-9'), which the phrase reader takes for no name
_INSTRUMENT = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{1,5}(?:-[0-9A-Z]{1,4}){1,3}")


def _instrument_cell(text: str, cell: _Cell) -> Item | None:
    """A block's outcome named by an instrument alone, with its time ('EQ-5D-5L at 12 weeks'): the registry says it
    is an outcome."""
    end = cell.end
    frame = None
    for match in TIME_FRAME.finditer(text, cell.start, cell.end):
        if match.start() > cell.start and _trim(text, match.end(), cell.end)[1] <= match.end():
            frame, end = (match.start(), match.end()), _trim(text, cell.start, match.start())[1]
    if not _INSTRUMENT.fullmatch(text, cell.start, end):
        return None
    values: dict = {"kind": cell.kind, "name": text[cell.start : end]}
    if frame:
        values["time_frame"] = text[slice(*frame)]
    return Item("endpoints", cell.start, end, "endpoint.registry_field", values, {"time_frame": frame} if frame else {})


def registry_outcomes(ctx: ExtractionContext) -> list[Item]:
    """Endpoints of the field-labelled outcome blocks of a registry page; [] when it has none (the
    abstract rules and the ClinicalTrials.gov table reader then apply)."""
    from .endpoints import _expand, _outcome  # endpoints imports this module for its hook

    records = _record_items(ctx) or _ctgov_tables(ctx)
    if records:
        return records
    text = ctx.text
    items: list[Item] = []
    for block in _blocks(ctx):
        for cell in block.cells:
            if cell.time_frame is None:  # the time frame may be in the name ('X at week 4')
                item = _outcome(ctx, cell.start, cell.end, cell.kind, "endpoint.registry_field")
                frame = None if item is None or "time_frame" in item.spans else _trailing_time(text, cell.start, cell.end)
                if frame:  # a time cell whose tab the cleaning folded: 'X 6 months', 'Anaemia (Hb < 11 g/dL) Week 12'
                    item = _outcome(ctx, cell.start, _trim(text, cell.start, frame[0])[1], cell.kind, "endpoint.registry_field", frame)
                if block.time_last and (item is None or "time_frame" not in item.spans):
                    frame = _time_cell(text, cell.start, cell.end)  # 'Calculated blood loss 24 hours after delivery'
                    if frame:
                        item = _outcome(ctx, cell.start, _trim(text, cell.start, frame[0])[1], cell.kind, "endpoint.registry_field", frame)
                if item is None:
                    item = _instrument_cell(text, cell)
                if item is None:
                    continue
            else:
                values: dict = {"kind": cell.kind, "time_frame": text[slice(*cell.time_frame)]}
                item = Item("endpoints", cell.start, cell.end, "endpoint.registry_field", values, {"time_frame": cell.time_frame})
            if cell.description:
                item.values["description"] = text[slice(*cell.description)]
            item.values["name"] = _expand(ctx, text[item.start : item.end], item.values.get("description"))
            items.append(item)
    numbered = _numbered_outcomes(ctx)
    return sorted(items + numbered, key=lambda i: i.start) if numbered else items
