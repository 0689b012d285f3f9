"""Participant-count parsing for annotated spans ("146", "10 576", "1,524", "Fifty-seven").

Gold sample-size spans hold digits, digits with thousands separators (comma, space, thin or
narrow no-break space) or English number words; the adapters need the integer they denote.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_SEP = "[,\u00a0\u2008\u2009\u202f ]"
_NUMBER = re.compile(
    rf"(?P<digits>(?<![\d.,])(?:\d{{1,3}}(?:{_SEP}\d{{3}})+|\d+)(?!\d|[.,]\d))"
    rf"|(?P<words>\b(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*\b)",
    re.IGNORECASE,
)
_RANGE_OR_ID = re.compile(r"\d[-\u2013]\d")


def words_to_int(phrase: str) -> int:
    """Value of an English number phrase such as "One hundred and twenty-six"."""
    total = current = 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
    return total + current


def parse_count(text: str) -> int | None:
    """The first count in ``text``, or None.

    Digits joined to other digits by a hyphen ("12-93", a range or a trial name) are not counts.
    """
    for match in _NUMBER.finditer(text):
        if match.group("words"):
            return words_to_int(match.group("words"))
        window = text[max(match.start() - 2, 0) : match.end() + 2]
        if _RANGE_OR_ID.search(window):
            continue
        return int(re.sub(r"\D", "", match.group("digits")))
    return None
