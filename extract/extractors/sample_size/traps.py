"""Counts that are not sample sizes: events, rates, comparisons and years.

"19 patients had grade 3 events", "1.5% (n = 46)", "X (n = 15) than Y (n = 6)", "between 2012 and 2013",
"45 outpatient centres": the tests every rule asks before it reads a number as a sample.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .roles import _cue_matches, _without_design_adjectives


_EVENT_IN_LABEL = re.compile(r"(?i)(?<=\w)\s+(?:%s)\b" % load("sample_size")["event_verbs"])


# 'were randomized', 'received', 'to receive': a verb that hands the sample to its arms.
# 'a randomized trial in', 'a study of': the count that follows is the study's sample. Searched in the
# 25 characters before a count only.
_STUDY_OF = re.compile(r"(?i)\b(?:trial|study|RCT)\s+(?:in|of|among|involving|enrolling)\s*$")
# 'with X (n = 15) than with Y (n = 6)': a count compared with 'than' is of events. Matched right after the first
# parenthesis; searched back from the second in a bounded window.
_THAN_NEXT = re.compile(r"(?<=[),])\s*\)?\s*than\s+(?:with\s+|in\s+)?[^.;()]{1,40}?\(\s*[nN]\s*=", re.I)
_THAN_BEFORE = re.compile(r"(?i)\([^()]*[nN]\s*=\s*\d[^()]*\)\s*than\b[^.;()]{1,40}$")
# A rate right before '(n = N)': 'was 88.4% (n = 14)', 'and 0.9% (n = 33) in the X group' (not 'bimatoprost 0.03% (n = 131)')
_RATE_BEFORE = re.compile(r"(?i)(?:\b(?:was|were|is|are|of|with|and|or|versus|vs\.?)|[:,])\s*\d+(?:\.\d+)?\s*%\s*$")
# A percentage right after the arm a count is in: the count is a share of the arm.
_PERCENT_AFTER_ARM = re.compile(r"(?<=\w)\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]")
# The people a count or rate is taken among: '418 events among ', '6.7% among the ', '(251 [7.0%] in '.
_RATE_DENOMINATOR = re.compile(r"(?i)(?<![\d.,])\d[\d.,]*\s*(?:%|\])?\s*\]?\s*(?:[a-z]+\s+){0,2}?(?:among|in|of)\s+(?:the\s+)?$")
_PERCENT_NEXT = re.compile(r"(?<=,)\s*\d+(?:\.\d+)?\s*%")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_YEAR_BEFORE = re.compile(rf"(?i)(?:\b(?:{_MONTHS})[a-z]*\.?|\b(?:in|since|from|until|till|during|through|before|after|by)|\b(?:19|20)\d\d\s*(?:and|to|-|–))\s*$")


_EVENT_WORDS = re.compile(r"(?i)\b(?:adverse|side[- ]effects?|toxicit(?:y|ies)|experienced|occurred|incidence|complications?)\b")


def _is_event_sentence(ctx: ExtractionContext, offset: int) -> bool:
    """A sentence about adverse events that names no stage: its counts are events, not the sample."""
    s, e = ctx.sentence_at(offset)
    cache = ctx.cache.setdefault("event_sentences", {})
    if (s, e) not in cache:  # once per sentence: a sentence of thousands of '(n = 1' stays linear
        sentence = ctx.text[s:e]
        cache[(s, e)] = bool(_EVENT_WORDS.search(sentence)) and not _cue_matches(_without_design_adjectives(sentence))
    return cache[(s, e)]


def _is_year(text: str, start: int, value: int | None) -> bool:
    """'between September 2012 and June 2013 were enrolled', 'trials between 1973 and 2000': a year, not a count."""
    if value is None or not 1900 <= value <= _LATEST_YEAR:
        return False  # 'in 2046 patients': trial reports do not date events decades ahead
    before = text[max(0, start - 25) : start]
    return bool(_YEAR_BEFORE.search(before[-16:])) and not _STUDY_OF.search(before)  # 'a trial in 1998 women'


# A year in a trial report is at most a few years after the report; later 'years' are counts.
_LATEST_YEAR = 2030
_SEX_SPLIT = re.compile(
    r"(?i)\(\s*\d+\s+(?:(?:men|males?|boys)\b[^()]{0,20}?\d+\s+(?:women|females?|girls)|(?:women|females?|girls)\b[^()]{0,20}?\d+\s+(?:men|males?|boys))\b"
)
_EYES_OF_PATIENTS = re.compile(r"(?<=\w)(?:[^.;]{0,120}?)\b(?:from|of|in)\s+(?:the\s+)?\d+\s+(?:patients|subjects|participants)\b", re.I)


# After a participant noun: a place or unit it qualifies ('45 outpatient centres', '12 patient visits', '27 adult
# mental health services'), the disease a case is of ('three cases of breast cancer'), or a rate ('50 patients per
# site per year'): the count is not of people. Matched at the noun's end.
_DATA = load("sample_size")
_PLACES = "|".join(_DATA["modifier_place_nouns"])
# The place noun is plural ('45 outpatient centres') or ends the phrase ('12 patient visit in ...'); one free word
# between is a modifier, never a participle that starts the noun's own clause ('patients requiring hospital admission',
# 'adults needing hospital care').
_NOUN_AS_MODIFIER = re.compile(
    r"(?i)(?<=\w)(?:(?:\s+(?!(?:at|in|from|of|and|or|to|with|across|per|who|were|was)\b)(?![\w-]+(?:ing|ed)\b)[\w/-]+)?\s+"
    rf"(?:(?:{_PLACES})(?<=s)\b|(?:{_PLACES})\b(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|are|is|had|have|in|at|of|from|across|per|with|and|or)\b))"
    rf"|\s+(?:{'|'.join(_DATA['modifier_units'])})\b"
    rf"|\s+per\s+(?:{'|'.join(_DATA['modifier_rate_units'])})\b"
    r"|(?<=cases)\s+of\s+(?!(?:these|them|whom|which|the\s+\d)\b))"
)


# Counts split over arms after an event is named, with no stage verb: events (or patients with one) by arm.
_LIST_EVENT = re.compile(
    r"(?i)\b(?:events?|cancers?|deaths?|died|recurrences?|relapses?|metastas[ie]s|infections?|fractures?|seromas?|lymph(?:o)?edema"
    r"|complications?|toxicit(?:y|ies)|developed|occurred|experienced|expected\s+cases|(?:required|needed|requested)\s+by)\b"
)
_LIST_STAGE = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|included|recruited|registered|analy[sz]ed|evaluable|received|treated|underwent|completed)\b"
)


# 'occurred in 415 (17.5%) in the X group': a count an event verb takes right before it is of patients with the
# event, whatever stage the sentence named before ('Among the 4,744 randomized patients, the primary outcome ...').
_EVENT_BEFORE = re.compile(_DATA["event_before"], re.I)
_EVENT_IN = re.compile(r"(?i)\b(?:occurred|observed|seen|reported|noted|detected|recorded|developed|experienced|died)\s+in\b")


def _counts_events(text: str, sentence_start: int, first: int) -> bool:
    """'186 developed invasive breast cancer (82 on tamoxifen and 104 on placebo)', 'The number of second
    cancers was 168 in the X arm and 190 in the control arm', 'the primary outcome occurred in 415 (17.5%) in the
    X group and 511 (21.6%) in the placebo group': the counts before their arms are events."""
    if _EVENT_BEFORE.search(text, max(sentence_start, first - 60), first):
        return True
    window = text[max(sentence_start, first - 150) : first]
    last_stage = None
    for last_stage in _LIST_STAGE.finditer(window):
        pass
    if last_stage is None:
        return bool(_LIST_EVENT.search(window))
    # ('... was reported in 97 in the X group and 121 in the Y group': the later counts of the event's list)
    return bool(_EVENT_IN.search(window, last_stage.end()))


# 'Lost to follow-up: X group (n = 7), Y group (n = 9)', '128 were excluded (96 did not meet inclusion criteria, 32
# declined)': counts after an exclusion or a dropout, with no stage named since, are the people lost, not an arm.
_ATTRITION = re.compile(_DATA["attrition_cues"], re.I)
_STAGE_AFTER_PAREN = re.compile(
    r"(?i)(?<=\))\s*(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|included|analy[sz]ed|evaluable|treated)\b"
)


def _after_attrition(text: str, sentence_start: int, at: int) -> bool:
    """The count at ``at`` follows an exclusion or dropout cue of its sentence (within 200 characters) with no
    stage cue between them nor right after the count's parenthesis ('After excluding 14 patients, the
    remaining (X, n = 100; Y, n = 100) were analysed' is a stage)."""
    window_start = max(sentence_start, at - 200)
    last = None
    for last in _ATTRITION.finditer(text, window_start, at):
        pass
    if last is None or _LIST_STAGE.search(text, last.end(), at):
        return False
    closing = text.find(")", at, at + 120)
    return not (closing >= 0 and _STAGE_AFTER_PAREN.match(text, closing + 1))


# A cluster trial's units: '24 general practices', 'Thirty-two villages'
_CLUSTER_COUNT = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DATA['place_nouns']}|{_DATA['cluster_nouns']})\b",
    re.I,
)
_CLUSTER_END = re.compile(rf"(?i)\b(?:{_DATA['place_nouns']}|{_DATA['cluster_nouns']})\s*$")


def _counts_clusters(ctx: ExtractionContext, at: int, value: int, arms: tuple[int, ...] = (2, 3, 4)) -> bool:
    """A bare count per arm that splits the sentence's count of clusters ('24 practices (1,200 patients) were
    randomized, 12 to each arm'): two to four arms of it (``arms``; 1 for a list's sum) make the clusters' number."""
    s, e = ctx.sentence_at(at)
    cache = ctx.cache.setdefault("cluster_counts", {})
    if (s, e) not in cache:
        cache[(s, e)] = {parse_integer(m.group("num")) for m in _CLUSTER_COUNT.finditer(ctx.text, s, e)} - {None}
    return any(value * k in cache[(s, e)] for k in arms)


# A count per unit that is not an arm: 'Each practice recruited 15 patients', '3 patients were treated at each dose
# level': neither a total nor an arm's size. Searched in bounded windows before and after the count.
_UNITS = r"(?:participating\s+)?(?:site|centre|center|practice|cluster|village|school|hospital|ward|clinic|team|household|class|classroom|physician|surgeon|investigator|practitioner|GP|country|(?:dose\s+)?level|step|period|sequence)"
_EACH_UNIT_BEFORE = re.compile(rf"(?i)\beach\s+{_UNITS}(?:\s+(?:\w+\s+){{1,3}}?|\s*,\s*)$")  # ('At each dose level, 3 patients')
_EACH_UNIT_AFTER = re.compile(rf"(?i)^[^.;,()]{{0,40}}?\b(?:at|in|from|per|for)\s+each\s+{_UNITS}\b")


# Counts of other studies' people: what a trial report cites or a review pools, never this trial's sample.
# Searched in the 100 characters before a count (within its clause) and matched right after it.
_OTHER_STUDIES_BEFORE = re.compile(
    # 'Trials enrolled between 40 and 812 patients', 'the largest randomised 1,210 participants', 'sample sizes ranged from 20 to 400'
    r"(?i)(?:\b(?:trials|studies|RCTs)\s+(?:[\w-]+\s+){0,2}?(?:enrolled|randomi[sz]ed|included|recruited|involved|ranged)\s+(?:from|between)\s+(?:\d[\d,]*\s+(?:and|to)\s+)?"
    r"|\bsample\s+sizes?\s+(?:ranged|varied)\s+(?:from|between)\s+(?:\d[\d,]*\s+(?:and|to)\s+)?"
    r"|\bthe\s+(?:largest|smallest|biggest)(?:\s+(?:trial|study|RCT))?\s+(?:[\w-]+\s+){0,2}?(?:enrolled|randomi[sz]ed|included|recruited|involved|had)\s+"
    # '(RR 0.86, 95% CI 0.76 to 0.97; 9 trials, 3,101 participants)': the trials pooled for one estimate
    r"|(?<![\w.,])\d+\s+(?:randomi[sz]ed\s+)?(?:trials|studies|RCTs)\s*[,;]\s*(?:[nN]\s*=\s*)?"
    # 'We included 27 RCTs (n = 4,912)', '12 randomised trials with 3,456 participants': the people of the trials counted
    rf"|(?<![\w.,-])(?:\d+|{number_word_pattern()})\s+(?:(?:randomi[sz]ed|controlled|clinical|eligible|published|primary)\s+){{0,3}}(?:trials|studies|RCTs)\s*"
    r"(?:\(\s*(?:[nN]\s*=\s*)?|(?:with|including|involving|enrolling|totalling|totaling|comprising|of)\s+(?:a\s+total\s+of\s+)?)"
    # 'A previous meta-analysis of 8 trials (2,134 patients)', 'previously reported rates in 1,031 patients', 'a prior
    # trial in 400 women': the count a cited study's words take ('our previous trial, we randomized 200' is ours)
    r"|(?:\bpreviously\s+(?:reported|published|described)|\b(?:a|an|the|in|one)\s+(?:previous|prior|earlier|published)\s+(?:[\w-]+\s+){0,2}?"
    # (not when the words between name this trial: 'a previous analysis of this trial's 1,200 patients')
    r"(?:trials?|stud(?:y|ies)|meta-analys[ie]s|analys[ie]s|reports?|series|reviews?))\b(?:(?!\b(?:this|our|present|same|current)\b)[^.;()]){0,80}?(?:\b(?:of|in|with|among|including|involving|enrolling)\s+(?:a\s+total\s+of\s+)?|\(\s*(?:[nN]\s*=\s*)?))$"
)
# 'fewer than 10 such cases have been reported', 'only 25 patients have previously been described'
_REPORTED_CASES_AFTER = re.compile(
    r"(?i)(?<=\w)\s+(?:[\w-]+\s+){0,2}?(?:cases|patients)\s+(?:have|has|had)\s+(?:previously\s+|so\s+far\s+)?been\s+(?:previously\s+)?(?:reported|described|published)\b"
)


def _counts_other_studies(text: str, start: int, end: int) -> bool:
    """The count at ``start``-``end`` is of other studies' people (cited or pooled), not of this trial."""
    clause = max(text.rfind(".", max(0, start - 100), start), text.rfind(";", max(0, start - 100), start))
    window_start = max(0, start - 100, clause + 1 if clause >= 0 else 0)
    if _OTHER_STUDIES_BEFORE.search(text, window_start, start):
        return True
    return bool(_REPORTED_CASES_AFTER.match(text, end))


# A number with a unit right after it is an amount ('received 2,000 IU/daily', '1,000 mg'), and one after a
# comparison a threshold ('CD4 counts higher than 400 were randomized', 'above 350'): neither counts people
# ('more than 400 patients', 'over 400', 'fewer than 40' are counts).
_UNIT_AFTER = re.compile(r"(?<=\w)\s*(?:IU|mg|µg|μg|mcg|ng|g|kg|mL|ml|mmol|µmol|μmol|nmol|units?|mmHg|cm|mm|%)(?![A-Za-z])")
_THRESHOLD_BEFORE = re.compile(r"(?i)(?:\b(?:higher|lower|greater|less)\s+than|\b(?:above|below|exceeding)|[<>≤≥])\s*$")


def _not_this_trials_sample(text: str, start: int, end: int) -> bool:
    """The number at ``start``-``end`` counts no people of this trial: another study's, an amount or a threshold."""
    if _UNIT_AFTER.match(text, end) or _THRESHOLD_BEFORE.search(text, max(0, start - 20), start):
        return True
    return _counts_other_studies(text, start, end)
