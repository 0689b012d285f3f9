"""Counts of a stage whose people are named only by the stage before: "342 of the 410 enrolled patients were
randomized", "210 patients were eligible and 156 agreed to participate".

The first count is a stage of the second's people (a part of it, but the trial's own: the randomized or consented
sample); a part that had an event ('12 of the 410 patients were excluded', '35 of the 60 patients had nausea') is no
stage and is not read here.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .roles import _cue_matches, role_of
from .traps import _is_year

_NOUNS = "|".join(load("sample_size")["participant_nouns"])
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

# '342 of the 410 enrolled patients were randomized', '248 (60%) of these 410 women were subsequently enrolled',
# 'Nineteen of the 20 patients completed treatment', '57 of a planned 120 patients had been randomised'
_STAGE_OF_TOTAL = re.compile(
    rf"(?<![\w.,/-])(?P<num>{_NUMBER}){_SHARE}\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|(?P<plan>an?\s+(?:planned|target(?:ed)?|anticipated|intended))\s+)?(?P<den>{_NUMBER})"
    r"(?P<desc>(?:\s+(?!(?:were|was|had|have|did|completed|finished|who|that|which)\b)[\w-]+){0,5}?)" + _SHARE + r"\s+(?:who\s+[^,.;()]{1,60}?\s+)?"
    rf"(?:(?:were|was|had\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|finally\s+|eventually\s+|successfully\s+)?(?P<verb>{_STAGE_VERB}|{_CONSENT})"
    r"|(?P<done>completed|finished)\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,2}?(?:study|trial|treatment|intervention|programme|program|follow-up|protocol|phase|periods?|course|therapy)\b)",
    re.I,
)
# 'recruited 40 of 64 eligible women', 'Follow-up was complete for 412 of 450 patients', 'data were available for 176
# of 200 participants': the verb before the pair is the first count's; the people named after it are the second's
_VERB_N_OF_M = re.compile(
    rf"\b(?P<verb>recruited|enrolled|randomi[sz]ed|complete\s+for|completed\s+by|available\s+for|obtained\s+for|analy[sz]ed)\s+(?P<num>{_NUMBER})\s+of\s+(?:the\s+|all\s+)?(?P<den>{_NUMBER})"
    rf"(?P<desc>(?:\s+(?!(?:were|was|who|with|in|at|from)\b)[\w-]+){{0,3}}?)\s+(?:{_NOUNS})\b",
    re.I,
)
# '156 agreed to participate', '82 (74%) of them consented', '248 patients gave written informed consent'
_CONSENTED = re.compile(
    rf"(?<![\w.,/-])(?P<num>{_NUMBER}){_SHARE}\s+(?:of\s+(?:these|them|whom|those)\s+)?(?:(?:patients|participants|subjects|women|men|parents|children|adults|people|individuals)\s+)?"
    rf"(?:\w+ly\s+)?(?P<verb>{_CONSENT})",
    re.I,
)
# After an allocation verb: one arm ('35 of the 60 patients were randomized to drug A') unless all arms are named
# ('... randomized to surgery or observation', '... to the two groups', '... to treatment', '... to study arms')
_TO_ONE_ARM = re.compile(r"(?<!\s)\s+(?:in)?to\s+(?!(?:the\s+)?(?:two|three|four|both|either|one\s+of|each|treatment|study\s+(?:treatment|drug|medication)|(?:treatment\s+|study\s+)?(?:arms|groups))\b)(?![^,.;()]{0,60}?\b(?:or|versus|vs)\b)", re.I)
# 'consented and were randomized': the stage after the consent is the count's
_THEN_RANDOMIZED = re.compile(r"(?<!\s)\s+and\s+(?:were\s+|was\s+)?(?:then\s+|subsequently\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\b", re.I)
# A count after which no one is counted: 'did not consent', 'refused to participate'
_REFUSAL_BEFORE = re.compile(r"(?i)\b(?:not|never|no|declined|refused)\s*$")


def _stage_counts(ctx: ExtractionContext, p: dict, add, taken: set[int]) -> None:
    """A stage of the people counted after it ('342 of the 410 ... were randomized', 'recruited 40 of 64 eligible
    women') and a count of those who consented ('156 agreed to participate': enrolled)."""
    text = ctx.text
    for pattern in (_STAGE_OF_TOTAL, _VERB_N_OF_M, _CONSENTED):
        for match in pattern.finditer(text):
            value = parse_integer(match.group("num"))
            before = text[max(0, match.start("num") - 25) : match.start("num")]
            if value is None or value < 3 or _is_year(text, match.start("num"), value) or re.search(r"[<>≤≥=±/]\s*$", before):
                continue
            if pattern is not _CONSENTED and match.start("den") in taken:
                continue  # '101 of 123 placebo recipients completed': an arm's denominator, read by the arm rules
            if pattern is not _VERB_N_OF_M and p["subset"].search(before):
                continue  # 'of whom 12 ... agreed'
            verb = match.group("verb") if match.group("verb") else "completed"
            if pattern is not _VERB_N_OF_M and match.group("verb") and _REFUSAL_BEFORE.search(text, max(0, match.start("verb") - 12), match.start("verb")):
                continue  # 'did not consent'
            role = role_of(verb)
            if re.match(r"(?i)complete", verb):
                role = "completed"
            elif re.match(r"(?i)(?:available|obtained)", verb):
                role = "analysed"
            if pattern is _STAGE_OF_TOTAL and role == "randomized" and _TO_ONE_ARM.match(text, match.end()):
                continue  # one arm's count, left to the arm rules
            if pattern is not _VERB_N_OF_M and _THEN_RANDOMIZED.match(text, match.end()):
                role = "randomized"
            if pattern is not _CONSENTED:
                # the people the stage was drawn from: their own words name their stage ('the 150 eligible
                # patients', 'the 410 enrolled patients', 'a planned 120'), never the stage of the part drawn from them
                den = parse_integer(match.group("den"))
                desc = match.group("desc")
                if match.re is _STAGE_OF_TOTAL and match.group("plan"):
                    den_role = "planned"
                elif re.search(r"(?i)\beligible\b", desc):
                    den_role = "screened"
                else:
                    den_role = role_of(desc) if _cue_matches(desc) else "enrolled"
                if den and den > value:
                    add(*match.span("den"), den, den_role, "sample_size.noun")
            add(*match.span("num"), value, role, "sample_size.stage_of")


# '4,922 of the 8,028 women randomly assigned in the BIG 1-98 trial', 'Of the 2,000 patients enrolled in the ATAC trial,
# 1,200 were included': a secondary analysis of a named parent trial; the parent's count is the pool its sample was drawn
# from (never 'this trial', 'the present study': the trial's own sample)
_PARENT = (
    r"(?P<pdesc>(?:\s+(?!(?:were|was|had|have|did|who|that|which)\b)[\w-]+){0,4}?\s+(?:%s)"
    # ('postmenopausal women with receptor-positive early breast cancer randomly assigned (double-blind) to the BIG 1-98 trial')
    r"(?:\s+(?:with|aged|having)\s+[^.;,()]{1,60}?)?(?:\s+who\s+(?:were|had\s+been))?"
    r"(?:\s+(?:\w+ly\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|included|recruited|treated|participating|taking\s+part)(?:\s*\([^()]{1,30}\))?)?"
    r"\s+(?:in|into|from|to|on)\s+(?!(?:this|our|the\s+(?:present|current|same|index|above|main))\b)(?:the\s+|a\s+|an\s+)?(?P<name>[^.;,()]{0,40}?)\b(?:trial|study|RCT)\b)"
    % _NOUNS
)
# The parent is named ('BIG 1-98', 'ATAC', 'Women's Health Initiative') or called so ('the parent trial'); not 'the
# Phase 3 study', 'the 12-week study'
_PARENT_NAME = re.compile(r"\b(?!(?:Phase|I{1,3}|IV|V|A|An|The)\b)[A-Z][\w'-]*|\b(?:parent|original|larger|landmark)\b")
_PART_OF_PARENT = re.compile(
    rf"(?<![\w.,/-])(?P<num>{_NUMBER}){_SHARE}\s+of\s+(?:the\s+|all\s+)?(?P<den>{_NUMBER}){_PARENT}",
    re.I,
)
_OF_PARENT = re.compile(
    rf"\bof\s+(?:the\s+|all\s+)?(?P<den>{_NUMBER}){_PARENT}\s*,\s*(?P<num>{_NUMBER}){_SHARE}\s+(?:(?:{_NOUNS})\s+)?"
    rf"(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>{_STAGE_VERB})",
    re.I,
)


def _parent_trials(ctx: ExtractionContext, add) -> None:
    """A secondary analysis' sample drawn from a named parent trial: the part is the analysis' own count (its role
    from the words before it, or its verb; never screened), the parent's count is screened (the pool)."""
    text = ctx.text
    if not re.search(r"(?i)\b(?:trial|study|RCT)\b", text):
        return
    for pattern in (_PART_OF_PARENT, _OF_PARENT):
        for match in pattern.finditer(text):
            value, den = parse_integer(match.group("num")), parse_integer(match.group("den"))
            if value is None or den is None or value < 3 or value >= den:
                continue
            if _is_year(text, match.start("num"), value) or _is_year(text, match.start("den"), den):
                continue
            if not _PARENT_NAME.search(match.group("name")):
                continue  # 'Of the 410 patients in the study, 342 were randomized': the trial's own sample
            s, _ = ctx.sentence_at(match.start())
            if pattern is _OF_PARENT:
                role = role_of(match.group("verb"))
            else:
                before = text[max(s, match.start("num") - 60) : match.start("num")]
                if re.search(r"[<>≤≥=±/]\s*$", before) or re.search(r"(?i)\b(?:of\s+whom|among|including)\b[^.;]*$", before):
                    continue
                role = role_of(before, len(before)) if _cue_matches(before) else "enrolled"
            if role in ("screened", "planned"):
                role = "enrolled"
            add(*match.span("den"), den, "screened", "sample_size.parent_trial")
            add(*match.span("num"), value, role, "sample_size.parent_trial")
