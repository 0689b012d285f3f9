"""Time points inside an endpoint's time frame, in days, so a query can ask for "day 28".

The extractor keeps a time frame as written ('from baseline to day 28', 'up to 4 weeks',
'Day 3, Day7, Day14', 'days 0, 3 and 6'); a database needs numbers. Each point keeps its span inside
the frame: the whole 'day 28' for a single point, the number alone inside a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DAYS_PER = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_UNIT_AFTER = {"hour": r"hours?|hrs?|h", "day": r"days?|d", "week": r"weeks?|wks?", "month": r"months?|mos?", "year": r"years?|yrs?"}
_UNIT_BEFORE = {"hour": r"hours?", "day": r"days?", "week": r"weeks?", "month": r"months?", "year": r"years?"}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twelve": 12, "twenty-four": 24}
_DIGITS = r"\d+(?:\.\d+)?"
_NUM = r"(?:%s|%s)" % (_DIGITS, "|".join(sorted(_WORDS, key=len, reverse=True)))
_SEP = r"\s*(?:,|and|or|&|to)\s*(?:and\s+)?"
_AFTER = "|".join(f"(?P<a_{k}>{v})" for k, v in _UNIT_AFTER.items())
_ANY_AFTER = "|".join(_UNIT_AFTER.values())
_BEFORE = "|".join(f"(?P<b_{k}>{v})" for k, v in _UNIT_BEFORE.items())
_POINTS = re.compile(
    rf"\b(?:(?:{_BEFORE})\s*-?\s*(?P<listb>{_DIGITS}(?:{_SEP}{_DIGITS}\b(?!\s*-?\s*(?:{_ANY_AFTER})\b))*)"
    rf"|(?P<lista>{_NUM}(?:{_SEP}{_DIGITS})*)\s*-?\s*(?:{_AFTER}))\b",
    re.I,
)
_ONE = re.compile(_NUM, re.I)


@dataclass(frozen=True)
class TimePoint:
    start: int  # offset inside the time-frame text
    end: int
    amount: float
    unit: str
    days: float


def time_points(frame: str) -> list[TimePoint]:
    """Every 'day 28' / '28 days' / '4-week' / 'days 0, 3 and 6' point of a time frame, in order."""
    points = []
    for match in _POINTS.finditer(frame):
        unit = next(k for k in _DAYS_PER if match.group(f"a_{k}") or match.group(f"b_{k}"))
        group = "listb" if match.group("listb") is not None else "lista"
        numbers = list(_ONE.finditer(match.group(group)))
        offset = match.start(group)
        for number in numbers:
            amount = float(_WORDS.get(number.group().lower(), number.group()))
            start, end = (match.start(), match.end()) if len(numbers) == 1 else (offset + number.start(), offset + number.end())
            points.append(TimePoint(start, end, amount, unit, amount * _DAYS_PER[unit]))
    return points
