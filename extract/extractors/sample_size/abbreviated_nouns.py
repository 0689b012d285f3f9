"""Counts whose participant noun is an abbreviation the document defines.

"46 postmenopausal BCS" after "breast cancer survivors (BCS)": the abbreviation detector runs only when
such a candidate is there.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ..context import ExtractionContext
from .roles import _role_at
from .traps import _is_year


# '46 postmenopausal BCS' where the document defines 'breast cancer survivors (BCS)'
_ABBREVIATED_NOUN = re.compile(
    rf"(?<![\w.,/-])(?P<num>{INTEGER}|(?i:{number_word_pattern()}))(?!\d)(?![.,]\d)(?P<mods>(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s+(?P<abbr>[A-Z][A-Z0-9]{{1,5}})s?\b(?!\s+[A-Z][A-Z0-9]{{1,5}}s?\b)"
)


def _abbreviated_nouns(ctx: ExtractionContext, p: dict, add) -> None:
    """Counts whose noun is an abbreviation of a participant noun ('71 BCS', 'breast cancer survivors (BCS)');
    the abbreviations are looked up only when such a candidate is there (the detector is lazy)."""
    text = ctx.text
    for match in _ABBREVIATED_NOUN.finditer(text):
        value = parse_integer(match.group("num"))
        if value is None or value < 3 or _is_year(text, match.start(), value) or p["not_count"].match(text, match.end("num")):
            continue
        abbr = match.group("abbr")
        if f"({abbr}" not in text and f"{abbr} (" not in text:
            continue  # never defined as 'long form (SF)' or 'SF (long form)': no need to run the detector
        long = ctx.abbreviations.get(abbr)
        if not long or not p["participant_noun"].search(long.split()[-1]) or p["subset"].search(text[max(0, match.start() - 25) : match.start()]):
            continue
        if p["event_after"].match(text, match.end()) or p["percent_after"].match(text[match.end() : match.end() + 20]):
            continue
        add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.noun")
