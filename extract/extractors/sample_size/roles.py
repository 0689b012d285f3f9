"""Roles from cue words: which stage of the trial a count belongs to.

The cue nearest to a count in its sentence names its role (randomized, enrolled, treated, analysed, ...);
design phrases ("a randomised, placebo-controlled trial") name no stage.
"""

from __future__ import annotations

import bisect
import re

from ...resources import load
from ..context import ExtractionContext
from .patterns import _patterns


def role_of(clause: str, at: int | None = None) -> str:
    """The role named by the cue word nearest to position ``at`` of a clause; 'enrolled' when none.

    Nearest, because a sentence such as "In this randomized trial, we recruited 101 patients" names
    the design before the stage the count belongs to.
    """
    return _nearest_role(_cue_matches(clause), at)


def _cue_matches(clause: str) -> list[tuple[int, int, int, str]]:
    """Every role cue of a clause as (start, end, rank, role), by start."""
    return sorted(
        (m.start(), m.end(), rank, role) for rank, (role, cue) in enumerate(_patterns()["roles"]) for m in cue.finditer(clause)
    )


def _nearest_role(cues: list[tuple[int, int, int, str]], at: int | None, longest: int | None = None) -> str:
    """The role of the cue with the least (distance to ``at``, rank), as :func:`role_of` defines it.

    Searched outwards from ``at`` so that a long sentence with many counts and cues stays linear
    (every count scanning every cue of its sentence was quadratic on 100 kB of '(n = 1').
    """
    if not cues:
        return "enrolled"
    if at is None:
        return min(cues, key=lambda c: c[2])[3]
    if longest is None:  # the longest cue; callers asking many times per sentence pass it in
        longest = max(end - start for start, end, _, _ in cues)
    best: tuple[int, int, str] | None = None
    i = bisect.bisect_left(cues, (at,))
    for j in range(i, len(cues)):  # start >= at: the distance is start - at, growing
        start, end, rank, role = cues[j]
        if best is not None and start - at > best[0]:
            break
        if best is None or (start - at, rank) < best[:2]:
            best = (start - at, rank, role)
    for j in range(i - 1, -1, -1):  # start < at: the distance is at least at - start - longest
        start, end, rank, role = cues[j]
        if best is not None and at - start - longest > best[0]:
            break
        distance = min(abs(start - at), abs(end - at))
        if best is None or (distance, rank) < best[:2]:
            best = (distance, rank, role)
    return best[2]


# "a randomised (1:1), placebo-controlled, double-blind clinical trial" names the design, not a stage; "the 198
# randomized participants in the study", "the 412 randomized patients completed the trial" name the stage of a count:
# the phrase never runs over the people counted, a preposition or a verb.
_NOUNS = "|".join(n for n in load("sample_size")["participant_nouns"] if n != "controls?")  # 'a randomised control trial'
_DESIGN_ADJECTIVE = re.compile(
    r"\brandomi[sz]ed(?:\s*\([^()]*\))?"
    rf"(?:\s*,?\s*(?:and\s+)?(?!(?:{_NOUNS}|in|of|at|from|with|who|were|was|had|have|completed|entered|into|to)\b)[A-Za-z][\w-]*){{0,6}}?"
    r"\s+(?:trial|study|design|fashion|manner)\b",
    re.I,
)


def _without_design_adjectives(text: str) -> str:
    """The text with its design phrases blanked (same length); most sentences have none, and the
    substring test is far cheaper than the pattern."""
    if "andomi" not in text and "ANDOMI" not in text:
        return text
    return _DESIGN_ADJECTIVE.sub(lambda m: " " * len(m.group()), text)


def _role_at(ctx: ExtractionContext, offset: int) -> str:
    s, e = ctx.sentence_at(offset)
    cache = ctx.cache.setdefault("sentence_cues", {})
    if (s, e) not in cache:
        cues = _cue_matches(_without_design_adjectives(ctx.text[s:e]))
        cache[(s, e)] = (cues, max((end - start for start, end, _, _ in cues), default=0))
    cues, longest = cache[(s, e)]
    return _nearest_role(cues, offset - s, longest)


def _phrase_role(before: str) -> str | None:
    """The role named in the noun phrase right before '(n = N)': 'Randomised patients (n=216) received ...'
    is randomized, although 'received' is nearer."""
    masked = _without_design_adjectives(before)
    phrase = re.split(r"[,;:.]|\b(?:were|was|to|received|receive|and|or)\b", masked)[-1]
    cues = _cue_matches(phrase)
    return _nearest_role(cues, len(phrase)) if cues else None
