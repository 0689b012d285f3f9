"""The arms of a cluster trial counted twice in one parenthesis: '(42 homes, 2 701 residents)'.

The people are the arm's size; the clusters are the units randomised, neither a total of people nor an arm's
size. A parenthesis with no arm before it ('24 practices (1,200 patients)') is left to the other rules.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .labels import _arm_label, _NOT_ARM_LABEL, _STUDY_LABEL, _plain_arm
from .roles import _role_at
from .traps import _after_attrition, _CLUSTER_END, _is_event_sentence

_DATA = load("sample_size")
_NOUNS = "|".join(_DATA["participant_nouns"])
_CLUSTERS = rf"(?:{_DATA['place_nouns']}|{_DATA['cluster_nouns']})"
_NUMBER = rf"(?:(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)"
# '(42 homes, 2 701 residents)', '(12 practices; 1,204 patients)', '(1,204 patients in 12 practices)',
# '(2 701 residents, 42 homes)'
_CLUSTER_PAREN = re.compile(
    rf"\(\s*(?:(?P<c>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_CLUSTERS}\s*[,;]\s*(?:and\s+)?(?P<num>{INTEGER})(?!\d)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})"
    rf"|(?P<num2>{INTEGER})(?!\d)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\s*(?:[,;]\s*(?:and\s+)?|\s+(?:in|from|at|of)\s+)(?P<c2>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_CLUSTERS})"
    r"\s*\)",
    re.I,
)


def _cluster_parens(ctx: ExtractionContext, add, taken: set[int]) -> None:
    """'randomised to the intervention (42 homes, 2 701 residents) or control (40 homes, 2 610 residents)': each
    arm's people; the cluster counts are no count of people for any rule (``taken``)."""
    text = ctx.text
    if "(" not in text:
        return
    for match in _CLUSTER_PAREN.finditer(text):
        num, clusters = ("num", "c") if match.group("num") else ("num2", "c2")
        taken.add(match.start(clusters))
        value = parse_integer(match.group(num))
        s, _ = ctx.sentence_at(match.start())
        if value is None or _is_event_sentence(ctx, match.start()) or _after_attrition(text, s, match.start()):
            continue
        arm = _arm_label(text, s, match.start())
        label = text[arm[0] : arm[1]] if arm else ""
        if not arm or _CLUSTER_END.search(label) or _STUDY_LABEL.search(label) or _NOT_ARM_LABEL.search(label) or not _plain_arm(label):
            continue  # '24 practices (12 practices, 1,200 patients)': no arm named, a total for the other rules
        add(*match.span(num), value, _role_at(ctx, match.start(num)), "sample_size.cluster_arm", arm)
