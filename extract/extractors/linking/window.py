"""Where a result's outcome is looked for: its sentence, its parenthesis and the clause before it.

Every outcome rule reads the same stretch of text around a p-value; :class:`_Window` measures it once
(look-back bound, the result's parenthesis, the trailing group phrase and time frame cut off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import ExtractionContext
from ..timeframes import TIME_FRAME
from .words import _lists


# How far before a p-value its outcome and comparison are looked for. Across 3,300 p-values of the
# development and reporting splits the farthest sentence start was 596 characters before its p-value;
# the bound keeps a sentence with thousands of p-values (no full stop) linear instead of quadratic.
LOOK_BACK = 1000


def _look_back_start(text: str, sent_start: int, start: int) -> int:
    """The sentence start, or in a longer sentence the first word start within LOOK_BACK of ``start``."""
    floor = start - LOOK_BACK
    if floor <= sent_start:
        return sent_start
    space = text.find(" ", floor, start)
    return space + 1 if space != -1 else floor


def _open_paren(text: str, lo: int, pos: int) -> int | None:
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """The unclosed '[' before ``pos`` (a result in square brackets may hold parentheses: '[5.9% (n = 5)')."""
    opening = text.rfind("[", lo, pos)
    return opening if opening != -1 and text.find("]", opening, pos) == -1 else None


def _clause_start(text: str, lo: int, anchor: int) -> int:
    """Start of the result clause: after the previous result parenthesis, ';' or sentence start."""
    cut = lo
    for match in re.finditer(r"\)|;|\.\s", text[lo:anchor]):
        cut = lo + match.end()
    return cut


def _strip_tail_group(text: str, lo: int, hi: int) -> tuple[int, tuple[int, int] | None]:
    """Remove a trailing group phrase from text[lo:hi]; return the new end and the group's span."""
    match = _lists()["group_tail"].search(text[lo:hi])
    if not match:
        return hi, None
    group = match.span("group") if match.group("group") else match.span("other")
    return lo + match.start(), (lo + group[0], lo + group[1])


_NOTED = re.compile(r"(?<=[\w)\]])\s+(?:(?:was|were)\s+)?(?:noted|observed|seen|found|reported|recorded|detected)\s*\Z", re.I)


def _skip_numbers_in_parentheses(text: str, lo: int, hi: int) -> int:
    """'mean FPG (-1.65 mmol/l) (P < 0.001)': the phrase ends before the result's numbers."""
    while hi > lo and text[hi - 1] in ")]":
        opening = _open_paren(text, lo, hi - 1) if text[hi - 1] == ")" else text.rfind("[", lo, hi - 1)
        if opening is None or opening <= lo or opening < hi - 80 or not re.search(r"\d", text[opening:hi]) or _PRIOR_RESULT.search(text, opening, hi):
            break
        hi = opening
        while hi > lo and text[hi - 1] in " ,;:":
            hi -= 1
    return hi


def _strip_time_frames(text: str, lo: int, hi: int) -> int:
    """Drop trailing time frames and the baseline a change is measured from ('a greater IOP reduction
    from the untreated baseline' -> 'a greater IOP reduction')."""
    while True:
        chunk = text[lo:hi].rstrip(" ,")
        baseline = _FROM_BASELINE.search(text, lo, lo + len(chunk))
        if baseline and baseline.start() > lo:
            hi = baseline.start()
            continue
        match = None
        for m in TIME_FRAME.finditer(chunk):
            if m.end() == len(chunk) and not _ON_A_DAY.match(chunk, m.start()):
                match = m  # 'Pain scores on postoperative day 1' keeps its day: the measure as the report names it
        if not match or match.start() == 0:
            return lo + len(chunk)
        hi = lo + match.start()


_ON_A_DAY = re.compile(r"on\s", re.I)
_FROM_BASELINE = re.compile(
    r"(?<=\S)\s+(?:from|over|versus|vs\.?|relative\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:baseline|pretreatment|pre-treatment)(?:\s+(?:values?|levels?|visit))?\Z",
    re.I,
)


# 'P = 0.01', 'p value = 0.71', 'P-value < 0.05'
_PRIOR_RESULT = re.compile(r"(?<![A-Za-z])[Pp](?:[ -]?values?)?\s*(?:[<>=≤≥:]|&lt;|&gt;)\s*\.?\d[\d.]*\s*[)\]]?")


@dataclass
class _Window:
    """Where a result's outcome is looked for (clean offsets)."""

    start: int  # the p-value
    sent_start: int  # its sentence start, at most LOOK_BACK before it
    anchor: int  # the result's open parenthesis, else the p-value
    lo: int  # the result clause: after the previous result parenthesis or ';'
    hi: int  # end of the phrase before the anchor, without a trailing group phrase or time frame
    group: tuple[int, int] | None  # that trailing group phrase ('in the laser arm', 'than placebo')
    since_previous: int  # after the previous p-value of the sentence
    close: int  # after the result: past its closing parenthesis when it has one
    several: bool  # the result holds for a list: '(all P < 0.05)', '(P < 0.05 for both)'
    previous: tuple[int, int] | None  # the sentence before, when the result's clause opens its sentence
    before_previous: tuple[int, int] | None = None  # and the one before that

    @classmethod
    def at(cls, ctx: ExtractionContext, start: int) -> "_Window":
        text = ctx.text
        sent_start = _look_back_start(text, ctx.sentence_at(start)[0], start)
        paren = _open_paren(text, sent_start, start)
        bracket = _open_bracket(text, sent_start, start)
        if bracket is not None and (paren is None or bracket > paren):
            paren = bracket  # '[mean 6.1 kg vs. 7.6 kg; P = 0.02]': the result in square brackets
        anchor = paren if paren is not None else start
        hi = anchor
        while hi > sent_start and text[hi - 1] in " ,;:":
            hi -= 1
        hi = _skip_numbers_in_parentheses(text, sent_start, hi)
        lo = _clause_start(text, sent_start, hi)
        hi, group = _strip_tail_group(text, lo, hi)
        hi = _strip_time_frames(text, lo, hi)
        noted = _NOTED.search(text, lo, hi)
        if noted and noted.start() > lo:  # 'a greater frequency of flatulence noted in the A group'
            hi, group = _strip_tail_group(text, lo, noted.start())[0], group
        since_previous = sent_start
        for prior in _PRIOR_RESULT.finditer(text, sent_start, start):
            since_previous = prior.end()
        close = start
        if paren is not None:
            found = text.find(")", start, start + 200)
            close = found + 1 if found != -1 else start
        several = bool(_FOR_SEVERAL.search(text, anchor, close + 12 if paren is not None else start + 30))
        previous = before_previous = None
        if sent_start == ctx.sentence_at(start)[0] and since_previous == sent_start and sent_start > 0:
            previous = _sentence_before(ctx, sent_start)
            before_previous = _sentence_before(ctx, previous[0]) if previous else None
        return cls(start, sent_start, anchor, lo, hi, group, since_previous, close, several, previous, before_previous)


def _sentence_before(ctx: ExtractionContext, start: int) -> tuple[int, int] | None:
    """The sentence ending before ``start`` (its last LOOK_BACK characters), if any."""
    if start <= 0:
        return None
    before = ctx.sentence_at(start - 1)
    if before[1] > start or before == (0, len(ctx.text)) or before[0] >= start:
        return None
    return _look_back_start(ctx.text, before[0], before[1]), before[1]


_FOR_SEVERAL = re.compile(r"\b(?:all|both|each)\b", re.I)
