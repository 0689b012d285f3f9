"""Parse the numbers of trial reports: digits, number words, decimals and pasted scientific notation."""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import load


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    data = load("number_words")
    return data["units"], data["tens"], data["scales"]


@lru_cache(maxsize=1)
def number_word_pattern() -> str:
    """Regex source for a written-out number ('twenty', 'Ninety-three', 'one hundred and twelve')."""
    units, tens, scales = _words()
    atom = "|".join(sorted([*units, *tens, *scales], key=len, reverse=True))
    # At most ten words ('one hundred and twenty-three thousand four hundred and fifty-six' has nine): an
    # unbounded chain made every start inside a long run of number words rescan to its end (quadratic).
    return rf"(?:(?:{atom})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{atom})){{0,9}})"


def parse_number_words(text: str) -> int | None:
    """'Twenty-four' -> 24, 'one hundred and twelve' -> 112; None if not a number phrase."""
    units, tens, scales = _words()
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.strip().lower()):
        if word == "and" or not word:
            continue
        if word in units:
            current += units[word]
        elif word in tens:
            current += tens[word]
        elif word in scales:
            if not seen:
                return None  # 'million' alone is not a count ('3 million patients' is read from the digits)
            current = max(current, 1) * scales[word]
            if scales[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


# A count written with digits, thousands separators (1,234 / 1 234 / 10 576) allowed.
INTEGER = r"\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?!\d)|\d+"
# A decimal; '.015' without a leading zero is common in p-values (APA style).
DECIMAL = r"\d+(?:\.\d+)?|\.\d+"
# Times ten to a power, as pasted: × 10^6, x10(6), x 10-5, ×10−5, E-5, and '× 106' where a lost superscript
# leaves the exponent glued to the 10.
POWER_OF_TEN = r"(?:\s*[x×*·]\s*10\s*(?:\^\s*|\*\*\s*)?(?:\(\s*[-+]?\d{1,2}\s*\)|[-+]?\d{1,2})|\s*[eE][-+]?\d{1,2})"


def parse_integer(text: str) -> int | None:
    """A count from digits (ASCII only: '²' is a digit to Python, not a count) or number words;
    None for anything else, including absurdly long digit runs."""
    digits = re.sub(r"[,\u2009\u202f ]", "", text)
    if digits.isascii() and digits.isdigit():
        return int(digits) if len(digits) <= 12 else None
    return parse_number_words(text)


def parse_decimal(text: str) -> float:
    return float(text.replace(" ", ""))


_POWER = re.compile(r"(?:[x×*·]\s*10\s*(?:\^\s*|\*\*\s*)?\(?\s*([-+]?\d{1,2})\s*\)?|[eE]([-+]?\d{1,2}))\s*$")


def power_of_ten(text: str) -> int:
    """The exponent of a POWER_OF_TEN match: '× 106' -> 6, 'x 10(7)' -> 7, '×10^-5' -> -5, 'E-5' -> -5."""
    match = _POWER.search(text.strip())
    if not match:
        raise ValueError(f"not a power of ten: {text!r}")
    return int(match.group(1) or match.group(2))
