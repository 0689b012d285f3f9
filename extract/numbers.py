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
# leaves the exponent glued to the 10. It only ever follows a number's last digit: the look-behind says so,
# so a scan for it alone does not start at every space of a long run of spaces.
POWER_OF_TEN = r"(?<=\d)(?:\s*[x×*·]\s*10\s*(?:\^\s*|\*\*\s*)?(?:\(\s*[-+]?\d{1,2}\s*\)|[-+]?\d{1,2})|\s*[eE][-+]?\d{1,2})"


# A decimal point lost in a paste or a wrong encoding, seen between a leading '0' and its digits: the
# Lancet's middle dot as another dot-like character (U+2027, U+22C5, U+2219, U+2022, U+0095: the cp1252
# bullet read as Latin-1), read through the wrong code page ('Â·'), as an HTML entity, replaced ('?',
# U+FFFD), spelt out by a text export ('0 small middle dot0001'), typed as '/' ('P<0/001'), or a full stop
# tokenised apart ('0 . 001'). Bounded
# (each part is one character, a short word or a space), so a scan stays linear.
BROKEN_POINT = (
    r"(?:\s?(?:[\u00b7\u2027\u22c5\u2219\u2022\u0095]|\u00c2[\u00b7.]?|&middot;|&#183;|&#x[bB]7;|(?:small\s)?middle\sdot)\s?"
    r"|\s\.\s?|[?\ufffd/])"
)
_BROKEN_POINT = re.compile(BROKEN_POINT)


def repair_decimal_point(literal: str) -> str:
    """'0 small middle dot0001', '0Â·0001', '0?0001', '0/001' -> '0.0001' style: the first broken point
    of a number literal becomes '.', so the literal parses to the value its author wrote."""
    return _BROKEN_POINT.sub(".", literal, count=1)


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


_ROUNDED_ZERO = re.compile(r"0?[.,](00+)")


def rounded_zero_bound(literal: str) -> float | None:
    """The bound a zero printed with decimals stands for after '<': 'P < 0.000' is how statistics packages
    print a p-value that rounds to zero at three places, so it says p < 0.001 (one unit of the last place
    printed), never p < 0. None when the literal is not such a zero ('0', '0.001'), nor for one zero
    decimal ('0.0'): packages print two or more places, so 'P < 0.0' is a value cut short or mistyped
    ('P < 0.05', 'P < 0.001'), and p < 0.1 would claim a bound nobody wrote."""
    match = _ROUNDED_ZERO.fullmatch(literal.replace(" ", ""))
    return float(f"1e-{len(match.group(1))}") if match else None
