"""Arms listed with a colon: "Group A: 25 patients, Group B: 25 patients", "Intervention group: n = 40; control
group: n = 38".

Each item is an arm's count; read as a plain '25 patients' both would be one total stated twice. The label must
name an arm ('group', 'arm', 'cohort'); a study, a whole sample or a time point before the colon is no arm, and a
list after an exclusion or of events ('Withdrawals: group A: 3 patients') counts no arm's size.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .labels import _ALL_ARMS, _is_stage_label, _STUDY_LABEL
from .roles import _role_at
from .traps import _after_attrition, _is_event_sentence

_DATA = load("sample_size")
_NOUNS = "|".join(_DATA["participant_nouns"])
_ARM_WORDS = _DATA["arm_words"]
# The label's words: not a preposition or article ('in the placebo group: ...' is the label 'placebo group').
_WORD = r"(?!(?:in|the|of|to|and|or|with|for|by|from|at|on|each|both|all|per)\b)[A-Za-z][\w+/-]*"
_COLON_ARM = re.compile(
    rf"(?<![\w/+-])(?P<label>(?:{_ARM_WORDS})\s+(?:[A-Z]|\d{{1,2}}|I{{1,3}}|IV)\b|(?:{_WORD}\s+){{1,3}}(?:{_ARM_WORDS})\b)"
    rf"\s*:\s*(?:[nN]\s*=\s*)?(?P<num>{INTEGER})(?!\d)(?![.,]\d)(?:\s+(?:{_NOUNS})\b)?"
    # the item ends there: not '25% responded', '25 mg', '25 patients had nausea'
    r"(?=\s*(?:[,;)]|\.(?:\s|$)|\band\b|$))",
    re.I,
)


def _colon_arms(ctx: ExtractionContext, add, taken: set[int]) -> None:
    """'Group A: 25 patients, Group B: 25 patients': each an arm's count; listed after an exclusion or in a
    sentence of events, people lost or with an event, and no other rule reads them as totals."""
    text = ctx.text
    if ":" not in text:
        return
    for match in _COLON_ARM.finditer(text):
        value = parse_integer(match.group("num"))
        label = match.group("label")
        if value is None or value < 3 or _STUDY_LABEL.search(label) or _ALL_ARMS.search(label) or _is_stage_label(label):
            continue
        s, _ = ctx.sentence_at(match.start())
        if _after_attrition(text, s, match.start()) or _is_event_sentence(ctx, match.start()):
            taken.add(match.start("num"))
            continue
        add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.colon_arm", match.span("label"))
