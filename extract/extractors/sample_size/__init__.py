"""Sample sizes: how many participants, at which stage (role), in which arm.

Patterns, from reading methods and results sentences across trial abstracts and registries:

* ``N <participants>`` with up to a few modifiers: "101 severe COVID-19 patients", "Twenty-four subjects";
* ``<arm label> (n = N)``: per-arm counts, "to either UC-MSC treatment (n = 12) or the control group (n = 12)";
* ``n = N`` / ``N = N`` alone, and "A total of N";
* registry fields: "Target Recruitment: 18", "Enrollment: 120 (Actual)".

The role comes from cue words in the clause (randomized, enrolled, received, analysed, ...); ages,
doses, durations, percentages and subgroup counts ("among 5 patients") are not sample sizes.

The rules live in small modules of this package: the pattern table (``patterns``), roles from cue words
(``roles``), arm labels (``labels``), arms in parentheses (``parens``), in proportions (``proportions``) and
in lists (``lists``), abbreviated nouns (``abbreviated_nouns``), arms listed with a colon (``colon_arms``), stages of a stated count (``stages``), registry fields (``registry_fields``), and the
counts that are not sample sizes (``traps``). This module runs them in order in :func:`find_sample_sizes`,
the registered "sample_sizes" extractor.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ...trial_n import ROLE_PRIORITY
from ..context import ExtractionContext, Item
from ..registry import register
from .patterns import _patterns, count_value

# Every name of the former single module is importable from here (tests import private helpers too);
# find_sample_sizes uses most of them.
from .roles import (  # noqa: F401
    _cue_matches,
    _DESIGN_ADJECTIVE,
    _nearest_role,
    _phrase_role,
    _role_at,
    role_of,
    _without_design_adjectives,
)
from .traps import (  # noqa: F401
    _after_attrition,
    _CLUSTER_END,
    _counts_clusters,
    _EACH_UNIT_AFTER,
    _EACH_UNIT_BEFORE,
    _counts_events,
    _not_this_trials_sample,
    _EVENT_IN_LABEL,
    _EVENT_WORDS,
    _EYES_OF_PATIENTS,
    _is_event_sentence,
    _is_year,
    _LATEST_YEAR,
    _LIST_EVENT,
    _LIST_STAGE,
    _MONTHS,
    _NOUN_AS_MODIFIER,
    _PERCENT_AFTER_ARM,
    _PERCENT_NEXT,
    _RATE_BEFORE,
    _RATE_DENOMINATOR,
    _SEX_SPLIT,
    _STUDY_OF,
    _THAN_BEFORE,
    _THAN_NEXT,
    _YEAR_BEFORE,
)
from .labels import (  # noqa: F401
    _ALL_ARMS,
    _ALLOCATION,
    _AND_CONTROLS,
    _ANOTHER_ARM,
    _ARM_HAS_OWN_COUNT,
    _arm_label,
    _ARM_NAMES,
    _arm_names,
    _CASES_OR_CONTROLS,
    _CONTROLS,
    _DEMOGRAPHIC,
    _FIRST_ARM_CUE,
    _first_arm_label,
    _GROUP_PAREN,
    _inner_label,
    _known_arm,
    _LABEL_COUNT_ITEM,
    _LABEL_WINDOW,
    _NEXT_ARM_COUNT,
    _NEXT_ARM_N,
    _NOT_ARM_LABEL,
    _NOT_ARM_NAME,
    _NOT_INNER_ARM,
    _NOT_PAREN_ARM,
    _OF_THE_ARM,
    _PARTICIPLE_ARM,
    _plain_arm,
    _plain_label,
    _RECEIVING_ARM,
    _SAMPLE_THEN_ALLOCATED,
    _is_stage_label,
    _stratum,
    _STAGE_BEFORE,
    _STAGE_LABEL,
    _STAGE_TIME,
    _STUDY_LABEL,
    _TOTAL_BEFORE,
    _total_over_arms,
    _VERB_TO_ARM,
)
from .proportions import (  # noqa: F401
    _COMPARED,
    _compared_fractions,
    _DATE_BEFORE,
    _DENOMINATOR_OF,
    _denominator_of_matches,
    _DENOMINATOR_PAREN,
    _denominators,
    _fraction_label,
    _fractions,
    _LABEL_AFTER,
    _LABEL_BEFORE,
    _LABEL_END,
    _LABEL_VERB,
    _PAIR_GAP,
    _PERCENT_PAREN,
    _SCALE_BEFORE,
    _SENTENCE_STOP,
    _SLASH_FRACTION,
)
from .parens import (  # noqa: F401
    _BARE_PAREN_PAIR,
    _bare_paren_pairs,
    _COUNT_BEFORE,
    _N_ITEM,
    _N_PAREN,
    _paren_arms,
    _PAREN_ITEM,
    _PAREN_LIST,
    _paren_n_lists,
)
from .lists import (  # noqa: F401
    _ARM_PAIR,
    _GIVING,
    _LIST_ITEM,
    _list_labels,
    _LIST_MAX,
    _LIST_NUMBER,
    _LIST_SEPARATOR,
    _LIST_TOTAL,
    _listed_arms,
    _PAIR_NOUN,
    _RECEIVING_PAIR,
    _groups_of,
    _receiving_pairs,
    _RESPECTIVE_COUNTS,
    _respective_counts,
    _summed_lists,
    _VERB_IN_LABEL,
    _EVENTS_IN_ARM,
)
from .abbreviated_nouns import _ABBREVIATED_NOUN, _abbreviated_nouns  # noqa: F401
from .registry_fields import _registry_counts  # noqa: F401
from .sexes import _sex_pair, _sex_splits  # noqa: F401
from .stages import _parent_trials, _stage_counts, _TO_ONE_ARM  # noqa: F401
from .colon_arms import _colon_arms  # noqa: F401
from .clusters import _cluster_parens  # noqa: F401


# A singular time unit right before a number makes it a time point ('day 7', 'week 12', 'visit 3'), unless the unit
# is itself a length ('after 1 year 150 patients').
_TIME_POINT_BEFORE = re.compile(r"(?i)\b(?:day|week|month|year|visit|cycle|hour|session)\s*$")
_TIME_LENGTH_BEFORE = re.compile(r"(?i)(?:\d|\b(?:one|a|an|each|every|per|first|second|third|last|next|this|that))\s*-?\s*(?:day|week|month|year|visit|cycle|hour|session)\s*$")
# A parenthesis that describes the sample: its age or its sex ('(mean age 6.1 years; 247 girls)').
_SAMPLE_DESCRIPTION = re.compile(r"(?i)\b(?:(?:mean|median)\s+age|aged?\b|boys|girls|women|men|males?|females?)\b")


# 'Primary outcome data were available for 498 children': the analysed sample
_AVAILABLE_FOR = re.compile(r"(?i)\b(?:data\s+(?:were|was)\s+(?:\w+ly\s+)?available|available\s+for\s+(?:the\s+)?analys[ie]s)\s+(?:for|in|from)\s*$")
_PART_OF_BEFORE = re.compile(r"(?i)(?:\d|\b(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand))\s*(?:\([^()]{0,20}\)\s*)?of\s+(?:the\s+|these\s+|all\s+)?$")
_RATE_WORD_BEFORE = re.compile(r"(?i)\b(?:mean|median|average|ratio|rate|NNT|needed\s+to\s+(?:treat|harm))\b[^.;]{0,20}$")
_EXCLUDED_SECTIONS = {"eligibility criteria", "age", "sex", "status"}
# 'Of 150 patients assessed, 120 were eligible': the count the eligible were drawn from
_POOL_BEFORE = re.compile(
    rf"\bof\s+(?:the\s+|these\s+|all\s+)?(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+[^,;.()\d]{{0,60}},\s*$", re.I
)
# 'Of the 320 eligible women, 248 consented ...', 'Of the 180 eligible patients, 150 were randomized', 'Of 180 patients who
# met the inclusion criteria, 150 were enrolled': the eligible pool a later stage was drawn from (screened). Only when the
# later count is smaller and no other count of the sentence makes up the rest ('Of 382 eligible patients, 191 were
# randomised to A and 191 to B': all of them; see :func:`_eligible_pools`).
_PARTICIPANTS = "|".join(load("sample_size")["participant_nouns"])
_ELIGIBLE_POOL = re.compile(
    rf"\bof\s+(?:the\s+|these\s+|all\s+)?(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:eligible\s+(?:{_PARTICIPANTS})|(?:{_PARTICIPANTS})\s+(?:who\s+(?:were|was)\s+|(?:found|deemed|judged|considered)\s+)(?:\w+ly\s+)?eligible"
    rf"|(?:{_PARTICIPANTS})\s+(?:who\s+)?(?:met|meeting|fulfilled|fulfilling)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?criteria)\s*,"
    rf"\s*(?P<part>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\([^()]{{0,20}}\))?\s+(?:of\s+(?:them|these)\s+)?(?:(?:{_PARTICIPANTS})\s+)?"
    r"(?:consented|agreed|gave|provided|(?:were|was)\s+(?:then\s+|subsequently\s+|\w+ly\s+)?(?:randomi|randomly|enrolled|included|recruited|allocated|assigned))",
    re.I,
)
# 'Of 1,113 women with severe pre-eclampsia, 1,028 were randomized', 'Of the 131 women assessed, 94 were randomised': the
# people a stage was drawn from, described by anything but a stage of their own (read in :func:`_eligible_pools`)
_POOL_OF = re.compile(
    rf"\bof\s+(?:the\s+|these\s+|all\s+)?(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?P<desc>(?:\s+(?:[^\s\d,;.()][^\s,;.()]*|\d[^\s,;.()]*?[-–/A-Za-z][^\s,;.()]*)){{1,8}}?)\s*,"
    rf"\s*(?P<part>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\([^()]{{0,20}}\))?\s+(?:of\s+(?:them|these)\s+)?(?:(?:{_PARTICIPANTS})\s+)?"
    r"(?:were|was)\s+(?:then\s+|subsequently\s+|\w+ly\s+)?(?:randomi|randomly|enrolled|included|recruited|allocated|assigned)\w*"
    r"(?!\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}analys)",  # ('498 were included in the ITT analysis': a later stage)
    re.I,
)
# 'Of the 120 participants, 40 were assigned to each of the three groups': the part is one group's count, so the
# 'pool' is the randomized total itself
_TO_EACH_GROUP = re.compile(
    r"(?<!\s)[^.;,()]{0,30}?\b(?:(?:in)?to|in)\s+(?:each|every)\b|(?<!\s)\s+(?:each|per\s+(?:arm|group))\b", re.I
)
_LOST_AFTER = re.compile(r"(?<![\s])[^.;,()]{0,40}?(?:%s|\b(?:did|were|was|could)\s+not\b)" % load("sample_size")["attrition_cues"], re.I)
_ANY_COUNT = re.compile(rf"(?<![\w.,/-])(?:(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)", re.I)
# 'were eligible and were randomised', '... and gave consent', '...; all were randomised': a stage of the same
# people after 'eligible' (not '... and 156 agreed': another count)
_ELIGIBLE_THEN = re.compile(  # (?<!\s) and one optional comma: '\s*,?\s*' split a run of spaces every way (cubic in a search)
    r"(?<!\s)\s*(?:,\s*)?(?:and|;\s*all)\s+(?P<stage>(?:were\s+|was\s+)?(?:then\s+|subsequently\s+|\w+ly\s+)?"
    r"(?:randomi|randomly|enrolled|included|recruited|allocated|assigned|gave|provided|consented|agreed)[^.;]{0,80})",
    re.I,
)


_EACH_ARM_CUE = re.compile(r"\b(?:each|per\s+(?:treatment\s+|dose\s+|study\s+)?(?:arm|group)|in\s+both|(?:arms|groups)\s+of)\b", re.I)
# Words every match of a costly pattern holds: the pattern (number words at every word start) is run only
# around them, not over the whole text.
_OF_THE_ARM_CUE = re.compile(r"(?i)\bof\s+the\b[^.;]{0,40}?\b(?:group|arm)\b")
_COMPLETED_CUE = re.compile(r"(?i)\b(?:completed|finished)\b")


def _near_cues(text: str, pattern: re.Pattern[str], cue: re.Pattern[str], before: int, after: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` that lie in a window around a match of ``cue`` (each once, in order)."""
    found: dict[int, re.Match[str]] = {}
    for c in cue.finditer(text):
        for match in pattern.finditer(text, max(0, c.start() - before), min(len(text), c.end() + after)):
            found.setdefault(match.start(), match)
    return [found[k] for k in sorted(found)]


# 'brimonidine 0.12% (n = 60), 0.2% (n = 58) or placebo (n = 61)': a strength that labels an arm of a list, the arm
# before it counted the same way; a rate's count ('1.5% (n = 46), 2.0% (n = 60) in the placebo group') is followed by
# the people it is among.
_ARM_COUNT_BEFORE_STRENGTH = re.compile(r"[(\[]\s*[nN]\s*=\s*\d[\d,]*\s*[)\]]\s*,\s*(?:(?:or|and)\s+)?\d+(?:\.\d+)?\s*%\s*$")
_RATE_AMONG_AFTER = re.compile(r"(?i)(?:(?<!\s)\s+)?(?:,\s*)?(?:in|among|of|for|with|at|on)\b")  # linear in a search too


def _strength_arm(ctx: ExtractionContext, match: re.Match[str]) -> bool:
    """A percentage before '(n = N)' that is the strength naming an arm of an allocation's list, not a rate."""
    text = ctx.text
    s, _ = ctx.sentence_at(match.start())
    if not _ARM_COUNT_BEFORE_STRENGTH.search(text, max(s, match.start() - 40), match.start()):
        return False
    if _RATE_AMONG_AFTER.match(text, match.end()):
        return False
    return bool(_ALLOCATION.search(text, max(s, match.start() - _LABEL_WINDOW), match.start()))


@register("sample_sizes")
def find_sample_sizes(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    found: list[Item] = []
    taken: set[int] = set()

    def add(
        start: int, end: int, value: int | None, role: str, rule: str, arm: tuple[int, int] | None = None, arm_named: bool = True,
        subgroup: tuple[int, int] | None = None,
    ) -> None:
        """Record a count once per position; ``arm_named=False`` where ``arm`` is the count's own text
        because its sentence names no arm; ``subgroup`` is the words naming the part of the sample counted."""
        if value is None or value <= 0 or start in taken:
            return
        section = ctx.section_of(start)
        if section in _EXCLUDED_SECTIONS:
            return
        taken.add(start)
        if _not_this_trials_sample(text, start, end):
            return  # 'Trials enrolled between 40 and 812 patients', 'received 2,000 IU daily', 'CD4 counts above 350'
        values = {"value": value, "role": role, "arm": text[arm[0] : arm[1]] if arm else None}
        if arm and not arm_named:
            values["arm_named"] = False
        if subgroup:
            values["subgroup"] = text[subgroup[0] : subgroup[1]]
        spans = {"arm": arm} if arm else {}
        if subgroup:
            spans["subgroup"] = subgroup
        found.append(Item("sample_sizes", start, end, rule, values, spans))

    _registry_counts(ctx, found, taken)  # first: a registry field's number is its field's, in any section
    sex_parts = _sex_splits(ctx, p, taken, add)  # first: "16 males and 26 females" are subgroups, no rule reads them as totals or arms
    _paren_n_lists(ctx, add, taken)
    _cluster_parens(ctx, add, taken)  # before the nouns: '(42 homes, 2 701 residents)' after an arm is the arm's people
    _colon_arms(ctx, add, taken)
    _bare_paren_pairs(ctx, add)
    for match in p["arm_count"].finditer(text):
        s, _ = ctx.sentence_at(match.start())
        if re.search(r"%\s*$", text[max(0, match.start() - 3) : match.start()]) and re.match(r"\s*of\b", text[match.end() :]):
            continue  # '40% (n = 48) of patients had nausea': an event count ('bimatoprost 0.03% (n = 131)' is an arm)
        if _RATE_BEFORE.search(text, max(0, match.start() - 40), match.start()) and not _strength_arm(ctx, match) or (
            text[match.end() - 1] == "," and _PERCENT_NEXT.match(text, match.end())
        ):
            taken.add(match.start("num"))  # no other rule reads it as a total either
            continue  # 'in FIT: 1.5% (n = 46) in the placebo group', '(n = 22, 1.6%)': the count of a rate, not of an arm
        if _after_attrition(text, s, match.start()):
            taken.add(match.start("num"))
            continue  # 'Lost to follow-up: intervention group (n = 7), control group (n = 9)': people lost, not arms
        if (parse_integer(match.group("num")) or 0) < 3:
            taken.add(match.start("num"))
            continue  # 'low with sitagliptin (n = 2) and placebo (n = 1)': patients with an event, no arm of a trial
        if text[match.start()] == "[" and _counts_events(text, s, match.start()):
            taken.add(match.start("num"))
            continue  # 'experienced nausea (mostly mild [n = 21] or moderate [n = 19])': events by grade
        if _THAN_NEXT.match(text, match.end()) or _THAN_BEFORE.search(text, max(s, match.start() - 60), match.start()):
            taken.add(match.start("num"))
            continue  # 'more hyperaemia with X (n = 15) than Y (n = 6)': events compared between arms, not the arms' sizes
        arm = _arm_label(text, s, match.start())
        if match.group("inner"):
            inner = _inner_label(match)
            # '(LO, n = 403)' after 'lumpectomy only': the name before the parenthesis, not its abbreviation
            abbreviation = inner and ";" not in match.group("inner") and re.fullmatch(r"[A-Z][A-Za-z0-9/+-]{0,7}", text[inner[0] : inner[1]])
            # 'sitagliptin (100 mg daily, n = 80)', 'TC (75 and 600 mg/m2, respectively; n = 506)': the dose of the arm
            # named before the parenthesis
            strength = inner and re.match(r"(?i)(?:up\s+to\s+|\d)", text[inner[0] : inner[1]])
            if not ((abbreviation or strength) and arm and not p["participant_noun"].search(text[arm[0] : arm[1]])):
                arm = inner
        whole_sample = re.search(
            rf"\b(?:{_PARTICIPANTS})\s+(?:with|who|diagnosed|having|undergoing|aged|at)\b[^,;()]*$",  # ('Dogs with generalised demodicosis (n = 16)')
            text[max(s, match.start() - _LABEL_WINDOW) : match.start()],  # bounded: linear on long sentences
            re.I,
        )
        if whole_sample and _ALLOCATION.search(whole_sample.group()):
            whole_sample = None  # 'women with X were randomised to drug A (n = 16)': the count is the arm's
        if arm and _SAMPLE_THEN_ALLOCATED.match(text, match.end()) and not p["arm_word"].search(text[arm[0] : arm[1]]):
            arm = None  # 'women aged 50 to 74 years (n = 320) were randomized to ...': the sample before its allocation
        def no_arm(arm: tuple[int, int]) -> bool:
            """A study ('the B-17 trial'), a time point ('At the 6-month follow-up'), all arms together."""
            label = text[arm[0] : arm[1]]
            return bool(
                _STUDY_LABEL.search(label)
                or _is_stage_label(label)
                or _STAGE_BEFORE.search(text, max(s, arm[0] - 16), arm[0]) and _STAGE_TIME.match(label)
                or _ALL_ARMS.search(label)
            )

        case_group = arm and _CASES_OR_CONTROLS.search(text[arm[0] : arm[1]]) and _CONTROLS.search(text, s, ctx.sentence_at(match.start())[1])
        if arm and not case_group and (
            no_arm(arm)
            or (whole_sample or p["participant_noun"].search(text[arm[0] : arm[1]])) and not p["arm_word"].search(text[arm[0] : arm[1]])
        ):
            arm = None  # 'Patients (n = 449)': the whole sample, not an arm ('Control dyads (n = 63)' is one)
        if match.group("inner") and text[match.end() - 1] == ";" and re.match(r"\d", match.group("inner").strip()) and _inner_label(match):
            arm = _inner_label(match)  # '(0.05%, n = 130; 0.025%, n = 125)': the first strength of a list of arms, as the others
        if arm is None and _NEXT_ARM_COUNT.match(text, match.end() + (text[match.end() : match.end() + 1] == ")")):
            # 'taspoglutide 20 mg (10 mg for 4 weeks) (n = 154) or placebo (n = 151)': the first of a list of arms,
            # although its label holds a parenthesis or a comma; never a study or a time point
            arm = _first_arm_label(text, s, match.start())
            if arm and no_arm(arm):
                arm = None
        if _is_event_sentence(ctx, match.start()) and not (arm and _known_arm(ctx, text[arm[0] : arm[1]])):
            continue  # 'The most common adverse event was ocular hyperaemia (n = 3)'
        if arm and _CLUSTER_END.search(text, arm[0], arm[1]):
            taken.add(match.start("num"))
            continue  # 'Villages (n = 40) and residents (n = 6 000)': a count of clusters, not of people
        label = arm or (match.group("inner") and _inner_label(match)) or None
        stratum = label and _stratum(text, s, label)
        if stratum:
            # 'responders (n = 35) and non-responders (n = 25)', 'children aged 2-5 years (n = 40)': a part of the sample
            add(*match.span("num"), parse_integer(match.group("num")), "subgroup", "sample_size.stratum", subgroup=stratum)
            continue
        role = _phrase_role(text[max(s, match.start() - 40) : match.start()]) or _role_at(ctx, match.start("num"))
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.arm_n" if arm else "sample_size.n_equals", arm)
    for match in _NEXT_ARM_N.finditer(text):
        # '(saxagliptin, n = 129; placebo, n = 128)': the arms after the first in one parenthesis
        s, _ = ctx.sentence_at(match.start())
        if text.rfind("(", s, match.start()) <= text.rfind(")", s, match.start()):
            continue
        if _after_attrition(text, s, match.start()):
            continue
        label = match.span("inner")
        stratum = _stratum(text, s, label)
        if stratum:
            add(*match.span("num"), parse_integer(match.group("num")), "subgroup", "sample_size.stratum", subgroup=stratum)
            continue  # '(responders, n = 35; non-responders, n = 25)'
        arm = None if _NOT_INNER_ARM.search(match.group("inner")) else label
        if _is_event_sentence(ctx, match.start()) and not (arm and _known_arm(ctx, match.group("inner"))):
            continue  # as for the first arm of the parenthesis: 'Adverse events were mild (gel, n = 4; cream, n = 6)'
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_n" if arm else "sample_size.n_equals", arm)
    _summed_lists(ctx, p, add)
    _respective_counts(ctx, p, add)
    for listed, s_start in _clauses_of_lists(ctx, p):
        if len(listed) >= 2 and any(_event_label(m.group("label")) for m in listed):
            # ('35 on pilocarpine 2% did not complete the study': a verb after any character)
            taken.update(m.start("num") for m in listed)  # events by arm: no other rule reads them as arms or totals
            continue
        if len(listed) >= 2 and not any(p["participant_noun"].search(m.group()) for m in listed) and _counts_clusters(
            ctx, listed[0].start(), sum(parse_integer(m.group("num")) or 0 for m in listed), (1,)
        ):
            taken.update(m.start("num") for m in listed)  # 'Eighteen wards were randomized: 9 to X and 9 to Y': clusters
            continue
        if any(_STAGE_IN_LIST.match(m.group("label")) for m in listed):
            continue  # '38 received at least one dose and 35 were evaluable': stages of one sample, no arms
        if len(listed) >= 2 and not _counts_events(text, s_start, listed[0].start()):
            # ('4 patients on X and 35 on Y did not complete the study', '... and 106 in the Y group reported AEs': events by arm)
            for m in listed:
                label = m.span("label")
                if text[label[0] : label[1]].lower().startswith("the "):
                    label = (label[0] + 4, label[1])
                verb = (m.group("verb") or "").lower()
                role = "randomized" if re.search(r"assigned|allocated|randomi", verb) else "treated" if re.match(r"received|given|administered|treated", verb) else _role_at(ctx, m.start("num"))
                if _DATE_LABEL.match(text, label[0], label[1]):
                    # '4,744 were randomized between 2019 and 2021, 2,373 to X and 2,371 to Y': when, not an arm
                    add(*m.span("num"), parse_integer(m.group("num")), role, "sample_size.bare_verb")
                    continue
                add(*m.span("num"), parse_integer(m.group("num")), role, "sample_size.listed_arm", label)
    # Every alternative of 'each_arm' holds the word 'each': a plain scan for it first skips the costly
    # pattern on most abstracts.
    for match in p["each_arm"].finditer(text) if _EACH_ARM_CUE.search(text) else ():
        num, label = next((f"num{i}", f"label{i}") for i in ("", "2", "3", "4", "5", "6") if match.group(f"num{i}"))
        if (parse_integer(match.group(num)) or 0) < 3:
            continue  # 'Two patients in each group died', '(two in each group) withdrew': events, not arms
        if p["event_after"].match(text, match.end()) or _after_attrition(text, ctx.sentence_at(match.start())[0], match.start()):
            taken.add(match.start(num))  # no other rule reads it as an arm either
            continue  # 'Four patients in each group were excluded', 'Withdrawals: 5 per group': people lost, no arm's size
        if not p["participant_noun"].search(match.group()) and _counts_clusters(ctx, match.start(num), parse_integer(match.group(num))):
            taken.add(match.start(num))
            continue  # '24 practices (1,200 patients) were randomized, 12 to each arm': clusters per arm, not people
        add(*match.span(num), parse_integer(match.group(num)), _role_at(ctx, match.start(num)), "sample_size.each_arm", match.span(label))
    for match in p["paren_count"].finditer(text):
        if re.search(r"%\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # '40.7% (11 patients)': an event count
        if _SEX_SPLIT.match(text, match.start()):
            continue  # '(22 men, 16 women; ...)': the sample by sex, not an arm
        s, _ = ctx.sentence_at(match.start())
        label = _arm_label(text, s, match.start())
        if label and _CLUSTER_END.search(text, label[0], label[1]):
            label = None  # '24 practices (1,200 patients)': the people of the clusters, a total
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_paren", label)
    labelled = [m for m in _LABEL_COUNT_ITEM.finditer(text) if _plain_arm(m.group("label")) and not _DEMOGRAPHIC.search(m.group("label"))]
    for first, second in zip(labelled, labelled[1:]):
        # '(...; LM50/50 + Met, 157 patients; G + Met, 158 patients)': arms one after the other in one parenthesis
        if first.end() == second.start() - 1 and text[first.end()] == ";":
            for m in (first, second):
                add(*m.span("num"), parse_integer(m.group("num")), _role_at(ctx, m.start("num")), "sample_size.arm_paren", m.span("label"))
    for match in p["paren_last_count"].finditer(text):
        s, _ = ctx.sentence_at(match.start())
        opening = text.rfind("(", s, match.start())
        if opening < 0 or text.find(")", opening, match.start()) >= 0 or match.start() - opening > 80:
            continue
        if _SAMPLE_DESCRIPTION.search(text, opening, match.end()):
            taken.add(match.start("num"))
            continue  # '(mean age 6.1 years; 247 girls)': a description of the sample, no arm's count nor a total
        label = _arm_label(text, s, opening)
        if label and (_known_arm(ctx, text[label[0] : label[1]]) or _ALLOCATION.search(text, max(s, label[0] - 200), label[0])):
            add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_paren", label)
    for match in re.finditer(rf"(?<![\w.,])(?P<num>{INTEGER})(?=\s+(?:were\s+)?(?:in|to|on)\s+(?:the\s+)?(?:(?:group|arm)\s+[A-Z0-9]\b|[^,;:()]{{1,50}}?\b(?:group|arm)\b))", text):
        # A bare count before its arm: 'and 38 in the placebo arm', 'randomized 214 to X and 221 to Y'.
        value = parse_integer(match.group("num"))
        before = text[max(0, match.start() - 12) : match.start()]
        if value is None or value < 3 or re.search(r"[%/]|\bof\s*$", before):
            continue
        if _counts_clusters(ctx, match.start("num"), value):
            continue  # '24 villages were randomized, 12 to each arm': clusters per arm
        if _counts_events(text, ctx.sentence_at(match.start())[0], match.start()):
            continue  # 'The number of second cancers was 168 in the X arm and 190 in the control arm'
        if p["event_after"].match(text, match.end()):
            continue  # '... and 106 in the Y group reported ocular adverse events'
        arm = p["in_arm"].match(text, match.end())
        if arm and re.match(r"\d[\d.]*\s*%\s+(?:in|on)\b", arm.group("label")):
            continue  # 'decreased from 55 to 22.5% in the control arm': a value, not a count
        if arm and not _total_over_arms(text, match.start("num"), arm):
            add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.count_in_arm", arm.span("label"))
    for match in _near_cues(text, _OF_THE_ARM, _OF_THE_ARM_CUE, 50, 0):
        # 'Twenty-one subjects completed the study, 12 of the metformin group and nine of the placebo group'
        value = parse_integer(match.group("num"))
        if value is None or value < 3 or re.search(r"[%/]\s*$|\)\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue
        if _counts_events(text, ctx.sentence_at(match.start())[0], match.start()) or p["event_after"].match(text, match.end()):
            continue  # '8 of the placebo group had nausea'
        add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.count_in_arm", match.span("label"))
    _receiving_pairs(ctx, p, add)
    _groups_of(ctx, p, add)
    _paren_arms(ctx, add)
    _denominators(ctx, p, add)
    _compared_fractions(ctx, p, add)
    _parent_trials(ctx, add)  # before the stages: '4,922 of the 8,028 women randomized in the BIG 1-98 trial'
    _stage_counts(ctx, p, add, taken)  # before the nouns: 'of the 410 enrolled patients' is no randomized count
    for match in p["noun_count"].finditer(text):
        before = text[max(0, match.start() - 25) : match.start()]
        if match.group("num")[0].isalpha() and re.search(r"\d\s*$", before):
            continue
        if p["subset"].search(before) or re.search(r"[<>≤≥=±]\s*$|\bage[ds]?\s*$|/\s*$|%\s*\(\s*$|(?i:\b(?:one|a|\d+)\s+(?:in|out\s+of)\s*$)", before):
            # ('one in five people', '1 in 100 children': a rate)
            continue
        if p["not_count"].match(text, match.end("num")):
            continue  # '30 days after the patients started', '12 months among women'
        if _TIME_POINT_BEFORE.search(before) and not _TIME_LENGTH_BEFORE.search(before):
            continue  # 'at day 7\nInclusion criteria Patients ...': a time point, not a count ('after 1 year 150 patients' is one)
        value = count_value(match.group("num"))
        if "." in match.group("num") and _RATE_WORD_BEFORE.search(before):
            continue  # 'a mean of 1.250 patients per nurse': a value, not a count
        if _is_year(text, match.start("num"), value):
            continue
        available = _AVAILABLE_FOR.search(before)
        # ('1,689 of the 2,044 randomized patients (82.6%) completed ...': the share is the part's, the whole is a stage)
        whole_of_part = _PART_OF_BEFORE.search(before) and stage_cue_in(match.group("mods"))
        if value is None or value < 3 or p["percent_after"].match(text[match.end() : match.end() + 20]) and not available and not whole_of_part:
            continue  # 'one patient', '22 cases (51.2%)': events and subgroups ('data were available for 498 children (94.5%)')
        if _another_trial(ctx, match.start()):
            continue  # 'A definitive trial would need 312 participants': the size of a trial to come, not this one's
        if p["event_after"].match(text, match.end()) and not _STUDY_OF.search(before):
            continue  # ('a randomized trial in 4,560 women showed ...': the study's sample, whatever it showed)
        if _EACH_UNIT_BEFORE.search(text, max(0, match.start() - 50), match.start()) or _EACH_UNIT_AFTER.match(text[match.end() : match.end() + 70]):
            taken.add(match.start("num"))
            continue  # 'Each practice recruited 15 patients', '3 patients were treated at each dose level': per unit
        if re.search(r"(?i)\b(?:additional|other|further)\b", match.group("mods")):
            continue  # 'Three additional patients treated with latanoprost were suspects'
        if _NOUN_AS_MODIFIER.match(text, match.end()):
            continue  # '45 outpatient centres', 'three cases of breast cancer': the noun qualifies what is counted
        if match.group("noun").lower().startswith("eye") and _EYES_OF_PATIENTS.match(text, match.end()):
            continue  # '53 eyes (28 in the latanoprost group ...) from 28 patients': the patients are the sample
        # the count's own verb, unless its phrase names its stage ('All 64 randomized patients were included in the ITT
        # analysis') or it is the whole a part is taken of ('342 of the 410 enrolled participants were randomly assigned')
        stage_mods = [c for c in _cue_matches(match.group("mods")) if c[3] != "planned"]  # ('1524 target patients have been screened')
        own = None if stage_mods or _PART_OF_BEFORE.search(before) else _own_verb_role(ctx, match.end())
        role = "analysed" if available else own or _role_at(ctx, match.start("num"))
        if not available and not stage_mods and _TREATED_MODS.fullmatch(match.group("mods").strip()):
            role = "treated"  # 'in 112 of the 138 treated patients': the phrase names its stage
        arm = p["in_arm"].match(text, match.end()) or _PARTICIPLE_ARM.match(text, match.end()) or _GROUP_PAREN.match(text, match.end())
        receiving = None if arm else _RECEIVING_ARM.match(text, match.end())
        if (arm or receiving) and _PERCENT_AFTER_ARM.match(text, (arm or receiving).end()):
            taken.add(match.start("num"))
            continue  # '67 patients receiving darbepoetin alfa [93%]', '3 cases in the X group (1.5%)': a subgroup of the arm
        if receiving and _known_arm(ctx, receiving.group("label")):
            arm = receiving  # '418 events among 2,459 women receiving tamoxifen'
        if not arm and match.group("noun").lower() == "cases" and _AND_CONTROLS.match(text, match.end()):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", match.span("noun"))
            continue  # '1,006 incident cases and 1,370 controls': a case-control study's two groups
        if not arm and match.group("noun").lower() in ("control", "controls"):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", match.span("noun"))
            continue  # '1,370 controls': the comparison group
        if not arm and re.search(r"(?i)\bcontrols?\b", match.group("mods")):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", (match.end("mods") - len(match.group("mods").lstrip()), match.end("mods")))
            continue  # '50 control subjects'
        if p["event_before"].search(before):
            continue  # 'Chronic lymphedema presented in 13 patients', 'had occurred in 123 patients in the X group': events
        if arm and _counts_events(text, ctx.sentence_at(match.start())[0], match.start()) and not _RATE_DENOMINATOR.search(before):
            continue  # 'Wound infections occurred in 18 patients in the X group and 25 patients in the Y group'
            # ('418 events among 2,459 women receiving X', '6.7% among the 612 women assigned to X': the arm's size)
        if arm and not re.search(r"\b(?:each|both|all|two|three)\b", arm.group("label"), re.I) and not _total_over_arms(text, match.start("num"), arm):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", arm.span("label"))
        else:
            add(*match.span("num"), value, role, "sample_size.noun")
    _abbreviated_nouns(ctx, p, add)
    for match in p["bare_verb"].finditer(text):
        value = parse_integer(match.group("num"))
        if re.search(r"[<>≤≥=±/]\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # 'pain intensity ≥ 4 were randomized': a threshold
        if _is_year(text, match.start(), value):
            continue  # 'between September 2012 and June 2013 were enrolled'
        if re.search(r"(?i)\b(?:had|have)\s+been\b", match.group()) and not re.match(r"(?i)randomly|randomi|enrolled|included|recruited|allocated|registered", match.group("verb")):
            continue  # '12 had been treated before': a history, not a stage ('after 812 had been randomised' is one)
        if match.group("pct") and not re.match(r"(?i)randomly|randomi|enrolled|included|evaluable|analy|available|assessable|allocated", match.group("verb")):
            continue  # '45 (12%) were treated with steroids', '1,332 (28%) were eligible': a share, not a stage
        if value is not None and value >= 3:
            role = role_of(match.group())
            then = _ELIGIBLE_THEN.match(text, match.end()) if match.group("verb").lower() == "eligible" else None
            if then:
                role = role_of(then.group("stage"))  # '120 were eligible and were randomised': the later stage is the count's
            if match.group("verb").lower() == "eligible":
                lo = max(ctx.sentence_at(match.start())[0], match.start() - 100)
                pool = _POOL_BEFORE.search(text[lo : match.start()])
                if pool:
                    # 'Of 150 patients assessed, 120 were eligible ...': the 150 were screened for eligibility
                    _mark_screened(found, lo + pool.start("num"))
            # '446 (median age, 59 years) were randomized to the abemaciclib plus fulvestrant arm': an arm
            arm = _VERB_TO_ARM.match(text, match.end())
            if arm and not _total_over_arms(text, match.start("num"), arm):
                add(*match.span("num"), value, role, "sample_size.bare_verb_arm", arm.span("label"))
            else:
                add(*match.span("num"), value, role, "sample_size.bare_verb")
    for match in _near_cues(text, _COMPLETED_COUNT, _COMPLETED_CUE, 80, 60):
        # '97 completed the study', '27 (69.2%) completed all study requirements', '13 of whom completed the trial'
        value = parse_integer(match.group("num"))
        before = text[max(0, match.start() - 40) : match.start()]
        if value is None or value < 3 or re.search(r"[<>≤≥=±/]\s*$", before) or _is_year(text, match.start(), value):
            continue
        if p["subset"].search(before[-25:]) and not re.search(r"(?i)\bof\s+(?:whom|these|them)\s*,?\s*$", before):
            continue  # 'All except ten patients completed the study' ('..., of whom 92 completed the study' is a stage)
        if re.search(r"(?i)\b(?:group|arm|cohort)\s*,?\s*$|\b(?:in|on)\s+(?:the\s+)?[^,.;]{1,30}?\s*,\s*$", before):
            continue  # 'In the placebo group, 12 completed the study': the arm's, left to the arm rules
        add(*match.span("num"), value, "completed", "sample_size.bare_verb")
    for match in _near_cues(text, _CHAIN_COUNT, _CHAIN_CUE, 20, 120):
        value = parse_integer(match.group("num"))
        if value is None or value < 3 or _is_year(text, match.start("num"), value):
            continue
        add(*match.span("num"), value, role_of(match.group("verb")), "sample_size.bare_verb")
    for pattern, stage in _STAGE_PHRASES if _STAGE_PHRASE_CUE.search(text) else ():
        for match in _near_cues(text, pattern, _STAGE_PHRASE_CUE, 140, 100):
            value = parse_integer(match.group("num"))
            if value is None or value < 3 or _is_year(text, match.start("num"), value):
                continue
            before = text[max(0, match.start("num") - 30) : match.start("num")]
            if re.search(r"[<>≤≥=±/]\s*$|%\s*\(\s*$", before):
                continue
            if stage == "analysed" and re.match(r"(?i)\s+(?:for|in|on)\s+(?:the\s+)?[^,.;]{1,30}?\b(?:group|arm)\b", text[match.end() : match.end() + 50]):
                continue  # 'data were available for 40 in the placebo group': the arm's, left to the arm rules
            add(*match.span("num"), value, stage, "sample_size.stage_phrase")
    for match in _near_cues(text, _TREATED_COUNT, _TREATED_CUE, 80, 60):
        value = parse_integer(match.group("num"))
        before = text[max(0, match.start() - 40) : match.start()]
        if value is None or value < 3 or re.search(r"[<>≤≥=±/]\s*$", before) or _is_year(text, match.start(), value):
            continue
        if re.search(r"(?i)\b(?:group|arm|cohort)\s*,?\s*$|\b(?:in|on)\s+(?:the\s+)?[^,.;]{1,30}?\s*,\s*$", before):
            continue  # 'In the placebo group, 40 started treatment': the arm's, left to the arm rules
        add(*match.span("num"), value, "treated", "sample_size.bare_verb")
    for match in p["total_of"].finditer(text):
        after = text[match.end() : match.end() + 15]
        if p["not_count"].match(after):
            continue
        eyes = re.match(r"\s+(?:[\w-]+\s+)?eyes\b", text[match.end() : match.end() + 30])
        if eyes and _EYES_OF_PATIENTS.match(text, match.end() + eyes.end()):
            continue  # 'A total of 120 eyes of 60 patients': the patients are the sample
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.total_of")
    for match in p["bare_count"].finditer(text):
        after = text[match.end() : match.end() + 15]
        if p["not_count"].match(after) or re.search(r"%\s*[(\[]\s*$", text[max(0, match.start() - 4) : match.start()]):
            continue
        if _is_event_sentence(ctx, match.start()):
            continue
        # 'Of 300 patients screened, n = 120 were randomized': the count's own verb
        role = _own_verb_role(ctx, match.end()) or _role_at(ctx, match.start("num"))
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.n_equals")
    _subgroups_take_arms(found, sex_parts)
    _eligible_pools(ctx, found)
    _later_stages(ctx, found)
    return _dedupe(found)


# The passive verb right after a count's noun phrase: 'and 1,873 patients were enrolled'.
_OWN_VERB = re.compile(r"(?<![\s])(?:\s*\([^()]{0,80}\))?\s+(?P<aux>(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+){0,2})(?P<verb>[\w-]+)")


def _own_verb_role(ctx: ExtractionContext, end: int) -> str | None:
    """The role named by the count's own verb ('24 practices were randomised, and 1,873 patients were enrolled': the
    patients enrolled, although 'randomised' is nearer); None when the verb names no stage."""
    own = _OWN_VERB.match(ctx.text, end)
    if not own:
        return None
    if own.group("verb").lower() == "eligible":
        then = _ELIGIBLE_THEN.match(ctx.text, own.end())
        if then:
            return role_of(then.group("stage"))  # '120 patients were eligible and were randomised'
    _, sentence_end = ctx.sentence_at(end)
    clause = ctx.text[own.start("aux") : min(sentence_end, own.start("aux") + 200)]
    cues = _cue_matches(_without_design_adjectives(clause))
    verb_end = own.end("verb") - own.start("aux")
    first = [c for c in cues if c[0] < verb_end]
    return _nearest_role(first, 0) if first else None


# A trial to come ('a definitive trial would need 312 participants', 'a future trial will need to recruit 380'): searched
# back from a count over its sentence (bounded window)
_FUTURE_TRIAL = re.compile(
    r"(?i)\b(?:(?:future|definitive|larger|subsequent|full[- ]scale|confirmatory|further|adequately\s+powered)\s+(?:[\w-]+\s+){0,2}?(?:trials?|studies|study|RCTs?)"
    r"|(?:would|will|should)\s+(?:(?:therefore|thus|then)\s+)?(?:need|require)|(?:would|will)\s+be\s+(?:needed|required))\b"
)
_MODAL = re.compile(r"(?i)\b(?:would|will|should|could|need|needs|require|requires)\b")


def _another_trial(ctx: ExtractionContext, at: int) -> bool:
    """A count of a trial to come: a future / definitive trial and a modal before it in its sentence, or 'would need'
    in the conclusions ('A sample of 120 patients would be needed' in the methods is this trial's plan)."""
    s, _ = ctx.sentence_at(at)
    lo = max(s, at - 150)
    for found in _FUTURE_TRIAL.finditer(ctx.text, lo, at):
        if not re.match(r"(?i)(?:would|will|should)", found.group()):
            if _MODAL.search(ctx.text, found.start(), at):
                return True
        elif "conclusion" in (ctx.section_of(at) or "").lower():
            return True
    return False


def _pool_matches(text: str) -> list[re.Match[str]]:
    """The matches of both pool patterns, each pool once (the eligible one first)."""
    seen: set[int] = set()
    out = []
    for pattern in (_ELIGIBLE_POOL, _POOL_OF):
        for match in pattern.finditer(text):
            if match.start("num") not in seen:
                seen.add(match.start("num"))
                out.append(match)
    return out


def _eligible_pools(ctx: ExtractionContext, found: list[Item]) -> None:
    """'Of the 320 eligible women, 248 consented and were randomized': the 320 are screened. Not when the part
    is not smaller, or another count of its sentence makes up the pool with it (two arms of all the eligible)."""
    text = ctx.text
    for match in _pool_matches(text):
        pool, part = parse_integer(match.group("num")), parse_integer(match.group("part"))
        if pool is None or part is None or part >= pool:
            continue
        if match.re is _POOL_OF:
            desc = match.group("desc")
            if not re.search(r"(?i)\b(?:%s)\b" % _PARTICIPANTS, desc) or any(c[3] != "screened" for c in _cue_matches(desc)):
                continue  # 'Of the 410 enrolled patients, 342 were randomized': the pool's own stage stands
            if _TO_ONE_ARM.match(text, match.end()):
                continue  # 'Of the 60 patients, 30 were randomized to drug A': one arm of all of them
        if _TO_EACH_GROUP.match(text, match.end()):
            continue
        _, end = ctx.sentence_at(match.start())
        others = [
            parse_integer(m.group())
            for m in _ANY_COUNT.finditer(text, match.end(), end)
            if not _LOST_AFTER.match(text, m.end())  # '150 were randomized and 30 declined': the rest is lost, not an arm
        ]
        if any(part + (v or 0) == pool for v in others):
            continue
        _mark_screened(found, match.start("num"))


def stage_cue_in(words: str) -> bool:
    """The words name a stage of the trial ('randomized', 'enrolled', 'treated'), not a plan."""
    return bool(_TREATED_MODS.fullmatch(words.strip())) or any(c[3] != "planned" for c in _cue_matches(words))


# 'the 138 treated patients': the treated stage ('insulin-treated', 'previously treated' patients are a history)
_TREATED_MODS = re.compile(r"(?i)(?:all\s+)?treated")


def _later_stages(ctx: ExtractionContext, found: list[Item]) -> None:
    """A total's role from the stage the same people reach next ('180 women were enrolled and randomized' is
    randomized), and a pool's role that a later stage's verb gave it ('Of 500 participants, 480 completed the
    trial': the 500 are the sample, enrolled)."""
    text = ctx.text
    by_start = {i.start: i for i in found if i.values["arm"] is None and i.rule != "sample_size.registry" and not i.values.get("subgroup")}
    if not by_start:
        return
    for item in by_start.values():
        if item.values["role"] != "enrolled":
            continue
        _, end = ctx.sentence_at(item.start)
        if _THEN_RANDOMIZED.match(text, item.end, end):
            item.values["role"] = "randomized"
    if "of " not in text.lower():
        return
    for match in _POOL_OF_LATER.finditer(text):
        item = by_start.get(match.start("num"))
        if item is None or item.values["role"] not in ("completed", "analysed", "treated"):
            continue
        desc = match.group("desc")
        # 'Of the 138 treated patients, 120 completed': the pool's own stage, from its own words
        own = "treated" if re.search(r"(?i)\btreated\b", desc) else role_of(desc) if _cue_matches(desc) else "enrolled"
        item.values["role"] = own


def _mark_screened(found: list[Item], start: int) -> None:
    """The total at ``start`` is the pool a later stage was drawn from for its eligibility: screened, whatever
    stage the sentence names after it."""
    for item in found:
        if item.start == start and item.values["arm"] is None:
            item.values["role"] = "screened"


def _subgroups_take_arms(found: list[Item], parts: list[tuple[int, int]]) -> None:
    """A split of an arm's count is a subgroup of that arm: 'One group (n = 10; 4 men and 6 women)' gives 4 men and
    6 women of 'One group' (``parts``: subgroup start, start of the count it splits)."""
    if not parts:
        return
    at = {item.start: item for item in found}
    for part, whole in parts:
        sub, arm = at.get(part), at.get(whole)
        if sub and arm and arm.values["arm"] and arm.values.get("arm_named", True):
            sub.values["arm"] = arm.values["arm"]
            sub.spans["arm"] = arm.spans["arm"]


# A count whose verb says it completed the study, its noun elided or generic.
_DATE_LABEL = re.compile(
    rf"(?i)(?:between|from|in|during|since|until|by|after|before)\s+(?:(?:{_MONTHS})[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d\b"
)
# '180 women were enrolled and randomized', '40 consented (...) and were randomised', '600 provided consent; these
# were randomly assigned', 'We recruited 2,030 smokers ... and randomly assigned them': the same people, then
# randomized (no other count between: '180 were enrolled and 150 randomized' is two stages)
_THEN_RANDOMIZED = re.compile(
    r"(?:(?!\b(?:and|or)\s+\d|,\s*\d|\b(?:\d[\d,]{0,12}\s+)?(?:were|was)\s+(?:excluded|withdrawn|lost))[^.;]){0,100}?"
    r"(?:\band|;\s*(?:these|they|all(?:\s+of\s+them)?))\s+(?:were\s+|was\s+)?(?:then\s+|subsequently\s+|later\s+)?"
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\b",
    re.I,
)
# 'Of 10 001 participants (mean age 66 years), 9 812 (98.1%) completed the trial': the pool of a later stage with no
# stage of its own is the sample (enrolled), not a completed or analysed count
_POOL_OF_LATER = re.compile(
    rf"\bof\s+(?:the\s+|these\s+|all\s+)?(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?P<desc>(?:\s+[^\s\d,;.()][^\s,;.()]*){{1,8}}?)"
    rf"(?:\s*\([^()]{{0,80}}\))?\s*,\s*(?:(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\([^()]{{0,20}}\))?\s+(?:(?:{_PARTICIPANTS})\s+)?"
    r"(?:(?:were|was)\s+(?:\w+ly\s+)?)?(?:completed|finished|analy[sz]ed|evaluable|assessable|received|included\s+in)\b",
    re.I,
)
# 'we screened 780 patients, of whom 402 were eligible and 360 randomised: ...': the next stage of a chain, its noun
# and verb elided ('and 360 randomised to X' is an arm, left to the list rules)
_CHAIN_COUNT = re.compile(
    rf"\b(?:of\s+whom|were|was)\s[^.;]{{0,80}}?\band\s+(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s+"
    r"(?:were\s+)?(?P<verb>randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled|analy[sz]ed|included)\b(?!\s+(?:to|in|into|with|on|at)\b)",
    re.I,
)
_CHAIN_CUE = re.compile(r"(?i)\bof\s+whom\b|\b(?:were|was)\s+(?:\w+ly\s+)?(?:eligible|screened|assessed|enrolled|approached|randomi[sz]ed|consented)\b")
# CONSORT stage phrases whose count has no noun or whose verb the role table lacks: 'Primary outcome data were
# available for 812 (90%)', 'leaving 108 for analysis', '548 (85%) participants provided outcome data', 'Of 412
# assessed for eligibility, ...' (each with its role; the count may carry its share of the stage before)
_NUM = rf"(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)"
_SHARE_AFTER = r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
_STAGE_NOUN = r"(?:\s+(?:[\w-]+\s+)?(?:%s))?" % _PARTICIPANTS
_STAGE_PHRASES = (
    (
        re.compile(
            rf"\b(?:data\s+(?:were|was)\s+(?:\w+ly\s+)?(?:available|obtained|collected)\s+(?:for|from|on)|leaving)\s+{_NUM}{_SHARE_AFTER}{_STAGE_NOUN}"
            r"(?=\s*[(\[.,;:)]|\s*$|\s+(?:for|in|at|and|who|with|of\s+(?:them|these|whom))\b)",  # ('from 12 centres': no people)
            re.I,
        ),
        "analysed",
    ),
    (
        re.compile(rf"(?<![\w.,/-]){_NUM}{_SHARE_AFTER}{_STAGE_NOUN}{_SHARE_AFTER}\s+(?:(?:provided|contributed|returned)\s+(?:[\w-]+\s+){{0,3}}?(?:data|questionnaires?)|were\s+reassessed)\b", re.I),
        "analysed",
    ),
    (
        re.compile(rf"(?<![\w.,/-]){_NUM}{_STAGE_NOUN}\s+(?:were\s+)?(?:assessed|screened|evaluated)\s+for\s+eligibility\b", re.I),
        "screened",
    ),
)
_STAGE_PHRASE_CUE = re.compile(r"(?i)\b(?:data\s+(?:were|was)|leaving|provided|contributed|returned|reassessed|for\s+eligibility)\b")
# A listed 'label' that is a stage of the whole sample: '38 received at least one dose and 35 were evaluable'
_STAGE_IN_LIST = re.compile(
    r"(?i)(?:the\s+)?(?:at\s+least\s+(?:one|a\s+single)\s+(?:dose|cycle|infusion|injection)|evaluable|assessable|analy[sz]ed|eligible)\b"
)
# '26 received at least one dose', '89 started treatment', 'and 41 (93%) began study treatment': the treated stage of a count
# whose noun is elided (an arm's own treatment, 'received tamoxifen', is left to the arm rules)
_TREATED_COUNT = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
    r"(?:\s+of\s+(?:these|them|whom)|\s+(?:patients|participants|subjects|women|men|children|adults))?\s+(?:(?:had\s+)?(?:actually\s+)?)"
    r"(?:received\s+at\s+least\s+one\s+(?:dose|cycle|infusion|injection)|(?:started|began|commenced|initiated)\s+(?:the\s+)?(?:study\s+|allocated\s+|assigned\s+)?(?:treatment|therapy|medication))\b",
    re.I,
)
_TREATED_CUE = re.compile(r"(?i)\b(?:at\s+least\s+one\s+(?:dose|cycle|infusion|injection)|(?:started|began|commenced|initiated)\b)")


_COMPLETED_COUNT = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
    # ('184 participants (86.8%) completed the trial': the share after the noun)
    r"(?:\s+of\s+(?:these|them|whom)|\s+(?:patients|participants|subjects|women|men|children|adults|infants)(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?)?\s+(?:\w+ly\s+)?(?:completed|finished)\s+(?:the\s+|all\s+|both\s+)?"
    r"(?:study|trial|treatment|intervention|programme|program|follow-up|protocol|assessments?|questionnaires?|six-month|\d+-(?:week|month|year)|\w+\s+(?:study|trial|requirements|assessments?)"
    # 'completed both periods', 'completed all three treatment phases', '14 completed both.'
    r"|(?:(?:two|three|four|\d)\s+)?(?:[\w-]+\s+)?(?:periods|phases|sessions|visits|cycles)|(?<=both)(?=\s*[.;,)]))\b",
    re.I,
)


def _event_label(label: str) -> bool:
    """A listed label that counts events, not people: '35 on Y 2% did not complete', '118 cancers in the X group'."""
    return bool(_LIST_EVENT.match(label) or _EVENT_IN_LABEL.search(label) or _VERB_IN_LABEL.search(label) or _EVENTS_IN_ARM.match(label))


def _clauses_of_lists(ctx: ExtractionContext, p: dict) -> list[tuple[list[re.Match[str]], int]]:
    """The listed arms of each sentence, split at a semicolon before a clause of events: '115 receiving X and 58
    receiving Y; 31 patients whose disease progressed ...' is a list of arms, then a clause of its own (its events do
    not make the arms events). A semicolon inside a parenthesis, or before more arms, does not split: 'Participants
    (42 received acupuncture; 40 received sham acupuncture) completed ...'."""
    text = ctx.text
    out = []
    for s_start, s_end in ctx.sentences or [(0, len(text))]:
        listed = _listed_arms(p, text, s_start, s_end)
        events_from = [False] * (len(listed) + 1)  # an event label at this item or later
        for k in range(len(listed) - 1, -1, -1):
            events_from[k] = events_from[k + 1] or _event_label(listed[k].group("label"))
        run: list[re.Match[str]] = []
        depth, seen = 0, s_start  # parenthesis depth at `seen`
        for k, m in enumerate(listed):
            if run:
                at = text.rfind(";", run[-1].end(), m.start())
                if at >= 0:
                    depth += text.count("(", seen, at) - text.count(")", seen, at)
                    seen = at
                    if depth <= 0 and events_from[k]:
                        out.append((run, s_start))
                        run = []
            run.append(m)
        out.append((run, s_start))
    return out


def _dedupe(items: list[Item]) -> list[Item]:
    """One item per (value, role, arm, subgroup), at its first mention; and one total per value: 'a trial of 686
    patients ... 686 patients were included in the final analyses' restates one sample, kept at its earliest stage
    (randomized before enrolled before analysed, as :data:`extract.trial_n.ROLE_PRIORITY` orders them)."""
    seen: set[tuple] = set()
    out = []
    totals: dict[int, int] = {}  # value -> index in out of the total kept
    for item in sorted(items, key=lambda i: i.start):
        key = (item.values["value"], item.values["role"], (item.values["arm"] or "").lower() or None, (item.values.get("subgroup") or "").lower())
        if key in seen:
            continue
        seen.add(key)
        if item.values["arm"] is None and not item.values.get("subgroup") and item.values["role"] in ROLE_PRIORITY:
            kept = totals.get(item.values["value"])
            if kept is not None:
                # a registry's Enrollment field is the sample's own statement: it replaces the summary's mention
                registry = [i.rule == "sample_size.registry" for i in (item, out[kept])]
                if registry == [True, False] or (registry != [False, True] and ROLE_PRIORITY.index(item.values["role"]) < ROLE_PRIORITY.index(out[kept].values["role"])):
                    out[kept] = item
                continue
            totals[item.values["value"]] = len(out)
        out.append(item)
    return sorted(out, key=lambda i: i.start)
