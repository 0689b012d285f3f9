"""Results that point back to a measure named earlier.

'the difference was not significant (P)', '... at week 12 (P) and at week 24 (P)': the outcome is an
earlier one, so anaphors and parallel time points or subgroups are recognised here.
"""

from __future__ import annotations

import re

from .window import _open_paren, _strip_time_frames, _Window
from .words import _lists


def _is_anaphor(text: str, span: tuple[int, int] | None) -> bool:
    """'the difference', 'these between-group differences', 'the mean difference of -0.8 mmHg', 'it':
    the outcome was named earlier."""
    if span is None:
        return False
    lists = _lists()
    end = max(_strip_time_frames(text, span[0], span[1]), span[0])  # 'the mean changes from baseline to week 24'
    phrase = _ANAPHOR_TAIL.split(text[span[0] : end], maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    words = [w for w in words if w not in lists["determiners"]]
    if words and words[0] in lists["same_as_before"]:
        # 'the corresponding figures for B', 'the respective mean (SD) changes': the measure named before (but
        # 'the corresponding effects on insulin' names its own)
        head = _SAME_AS_BEFORE_TAIL.split(phrase, maxsplit=1)[0].lower()
        return all(w in lists["same_as_before"] or w in lists["determiners"] or w in _ANAPHOR_MODIFIERS or w in lists["anaphors"]
                   or w in lists["generic_values"] for w in re.findall(r"[a-z][\w-]*", head))
    words = [w for w in words if w not in _ANAPHOR_MODIFIERS]
    return bool(words) and all(w in lists["anaphors"] for w in words)


_SAME_AS_BEFORE_TAIL = re.compile(r"(?<!\s)\s+(?:for|with|between|among|in|at)\s", re.I)


_ANAPHOR_TAIL = re.compile(r"(?<!\s)\s+(?:of\s+(?:about\s+)?[-+−~]?\d|between\b|in\s+favou?r\b|\()|(?<!\s)\s*\(", re.I)
_ANAPHOR_MODIFIERS = frozenset("between-group mean overall observed such same treatment group statistical significant positive negative similar clear "
    "multivariate univariate multivariable favorable unfavorable favourable unfavourable all of each".split())  # 'all of these effects'


_CIRCUMSTANCE = r"(?:at|after|before|during|in|on|among|within|from|by)\s+(?:the\s+)?[\w/+.-]+(?:\s+[\w/+.-]+){0,3}?"
# The clause since the previous result is only 'and <time point or subgroup>'.
_AND_CIRCUMSTANCE = re.compile(r"(?<![\s,])[\s,]*(?:and|or|but\s+not)\s+(?P<prep>%s|[\w/+.-]+(?:\s+[\w/+.-]+)?)[\s,]*\Z" % _CIRCUMSTANCE, re.I)
_ENDS_WITH_CIRCUMSTANCE = re.compile(r"(?<![\w-])%s[\s,]*\Z" % _CIRCUMSTANCE, re.I)


def _parallel_circumstance(text: str, w: "_Window", previous_start: int) -> bool:
    """'... was less frequent at day 42 (p = 0.003) and day 84 (p = 0.02)', '... in completers (P) and in
    the ITT population (P)': the result repeats the previous one's measure at another time or in another
    subgroup. Without its own preposition the item must parallel one that closed the previous result's phrase."""
    match = _AND_CIRCUMSTANCE.match(text, w.since_previous, w.anchor)
    if not match:
        return False
    item = match.group("prep")
    if re.match(r"(?:at|after|before|during|in|on|among|within|from|by)\s", item, re.I):
        return True
    paren = _open_paren(text, w.sent_start, previous_start)
    if paren is None:
        return False
    return bool(_ENDS_WITH_CIRCUMSTANCE.search(text, max(w.sent_start, paren - 60), paren))
