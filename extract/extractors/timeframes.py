"""Time-frame expressions: 'from baseline to day 28', 'up to 14 days', 'at 31 days after the first infusion'."""

from __future__ import annotations

import re

from ..resources import load


def _build() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("time_frames")
    unit = r"(?:%s)\b" % "|".join(data["units"])
    anchor = r"(?:%s)" % "|".join(data["anchors"])
    num = r"\d+(?:\.\d+)?"
    point = rf"(?:(?:day|week|month|year|visit|hour)\s*{num}|{num}\s*{unit}(?:\s+(?:after|post|postinfusion|from|following|of)\s*-?\s*(?:{anchor}|\w+infusion|infusion))?|{anchor})"
    point_list = rf"{point}(?:\s*(?:,|and|or|&)\s*(?:and\s+)?{point})*"
    frame = (
        rf"(?:from\s+{point}\s+(?:to|until|through)\s+{point}"
        rf"|(?:up\s+to|within|through|throughout|over|during|after|by|at|until|for)\s+(?:the\s+first\s+)?{point_list}(?:\s+(?:post-?\w+|postinfusion))?"
        rf"|{anchor}\s+(?:and|to)\s+{point_list}"
        rf"|{num}\s*-\s*(?:day|week|month|year|hour)\s+follow-?up)"
    )
    return re.compile(rf"\b{frame}", re.I), re.compile(rf"\b(?:{frame}|{point_list})", re.I)


# TIME_FRAME needs a lead word ('up to', 'from ... to', 'at'); TABLE_TIME_FRAME also takes the bare
# time points of registry tables ('Week 24', '6 months', 'Baseline, Day 7').
TIME_FRAME, TABLE_TIME_FRAME = _build()
