"""Time-frame expressions: 'from baseline to day 28', 'up to 14 days', 'at 31 days after the first infusion'."""

from __future__ import annotations

import re

from ..resources import load


def _build() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("time_frames")
    unit = r"(?:%s)\b" % "|".join(data["units"])
    anchor = r"(?:%s)" % "|".join(data["anchors"])
    num = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|half)"
    point = rf"(?:(?:day|week|month|year|visit|hour)\s*{num}|{num}\s*{unit}(?:\s+(?:after|post|postinfusion|from|following|of)\s*-?\s*(?:{anchor}|\w+infusion|infusion))?|{anchor})"
    point_list = rf"{point}(?:\s*(?:,|and|or|&)\s*(?:and\s+)?{point})*"
    frame = (
        rf"(?:from\s+{point}\s+(?:to|until|through)\s+{point}"
        rf"|(?:up\s+to|within|through|throughout|over|during|after|by|at|until|for)\s+(?:the\s+first\s+)?{point_list}(?:\s+(?:post-?\w+|postinfusion))?"
        rf"|{anchor}\s+(?:and|to)\s+{point_list}"
        rf"|{num}\s*-\s*(?:day|week|month|year|hour)\s+follow-?up)"
    )
    # A table's time column starts with a numbered point, or an anchor followed by one ('Baseline, week 8').
    numbered = rf"(?:(?:day|week|month|year|visit|hour)s?\s*{num}|{num}\s*{unit})"
    table_points = rf"(?:{anchor}\s*(?:,|and|to|&)\s*)?{numbered}(?:\s*(?:,|and|or|&|to|up to)\s*(?:and\s+)?{point})*"
    return re.compile(rf"\b{frame}", re.I), re.compile(rf"\b(?:{frame}|{table_points})", re.I)


# TIME_FRAME needs a lead word ('up to', 'from ... to', 'at'); TABLE_TIME_FRAME also takes the bare
# time points of registry tables ('Week 24', '6 months', 'Baseline, Day 7').
TIME_FRAME, TABLE_TIME_FRAME = _build()
