"""Counts of a stage whose people are named only by the stage before: "342 of the 410 enrolled patients were
randomized", "210 patients were eligible and 156 agreed to participate".

The first count is a stage of the second's people (a part of it, but the trial's own: the randomized or consented
sample); a part that had an event ('12 of the 410 patients were excluded', '35 of the 60 patients had nausea') is no
stage and is not read here.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ..context import ExtractionContext
from .roles import _cue_matches, role_of
from .traps import _is_year

_NUMBER = rf"(?:(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)"
_SHARE = r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
# The verbs of a stage (the role is read from them); 'agreed to participate', 'consented' enrol.
_STAGE_VERB = (
    r"(?:randomly\s+(?:assigned|allocated)|randomi[sz]ed|allocated|enrolled|recruited|included\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?analys[ie]s"
    r"|included|analy[sz]ed|evaluable|consented)\b"
)
_CONSENT = (
    r"(?:agreed\s+to\s+(?:participate|take\s+part|join|enrol+|be\s+(?:randomi[sz]ed|enrolled|included))"
    r"|consented|gave\s+(?:their\s+)?(?:written\s+)?(?:informed\s+)?consent|provided\s+(?:written\s+)?(?:informed\s+)?consent)\b"
)

# '342 of the 410 enrolled patients were randomized', '248 (60%) of these 410 women were subsequently enrolled'
_STAGE_OF_TOTAL = re.compile(
    rf"(?<![\w.,/-])(?P<num>{_NUMBER}){_SHARE}\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?P<den>{_NUMBER})"
    r"(?P<desc>(?:\s+(?!(?:were|was|had|have|did)\b)[\w-]+){0,5}?)\s+(?:who\s+[^,.;()]{1,60}?\s+)?"
    rf"(?:were|was)\s+(?:then\s+|subsequently\s+|finally\s+|eventually\s+|successfully\s+)?(?P<verb>{_STAGE_VERB}|{_CONSENT})",
    re.I,
)
# '156 agreed to participate', '82 (74%) of them consented', '248 patients gave written informed consent'
_CONSENTED = re.compile(
    rf"(?<![\w.,/-])(?P<num>{_NUMBER}){_SHARE}\s+(?:of\s+(?:these|them|whom|those)\s+)?(?:(?:patients|participants|subjects|women|men|parents|children|adults|people|individuals)\s+)?"
    rf"(?:\w+ly\s+)?(?P<verb>{_CONSENT})",
    re.I,
)
# After an allocation verb: one arm ('35 of the 60 patients were randomized to drug A') unless all arms are named
# ('... randomized to surgery or observation', '... to the two groups')
_TO_ONE_ARM = re.compile(r"(?<!\s)\s+(?:in)?to\s+(?!(?:the\s+)?(?:two|three|four|both|either|one\s+of|each)\b)(?![^,.;()]{0,60}?\b(?:or|versus|vs)\b)", re.I)
# 'consented and were randomized': the stage after the consent is the count's
_THEN_RANDOMIZED = re.compile(r"(?<!\s)\s+and\s+(?:were\s+|was\s+)?(?:then\s+|subsequently\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\b", re.I)
# A count after which no one is counted: 'did not consent', 'refused to participate'
_REFUSAL_BEFORE = re.compile(r"(?i)\b(?:not|never|no|declined|refused)\s*$")


def _stage_counts(ctx: ExtractionContext, p: dict, add) -> None:
    """A stage of the people counted after it ('342 of the 410 ... were randomized') and a count of those who
    consented ('156 agreed to participate': enrolled)."""
    text = ctx.text
    for pattern in (_STAGE_OF_TOTAL, _CONSENTED):
        for match in pattern.finditer(text):
            value = parse_integer(match.group("num"))
            before = text[max(0, match.start() - 25) : match.start()]
            if value is None or value < 3 or _is_year(text, match.start(), value) or re.search(r"[<>≤≥=±/]\s*$", before):
                continue
            if p["subset"].search(before) or _REFUSAL_BEFORE.search(text, max(0, match.start("verb") - 12), match.start("verb")):
                continue  # 'of whom 12 ... agreed', 'did not consent'
            role = role_of(match.group("verb"))
            if role == "randomized" and _TO_ONE_ARM.match(text, match.end()):
                continue  # one arm's count, left to the arm rules
            if _THEN_RANDOMIZED.match(text, match.end()):
                role = "randomized"
            if match.re is _STAGE_OF_TOTAL:
                # the people the stage was drawn from: their own words name their stage ('the 150 eligible
                # patients', 'the 410 enrolled patients'), never the stage of the part drawn from them
                den = parse_integer(match.group("den"))
                desc = match.group("desc")
                den_role = "screened" if re.search(r"(?i)\beligible\b", desc) else role_of(desc) if _cue_matches(desc) else "enrolled"
                if den and den > value:
                    add(*match.span("den"), den, den_role, "sample_size.noun")
            add(*match.span("num"), value, role, "sample_size.stage_of")
