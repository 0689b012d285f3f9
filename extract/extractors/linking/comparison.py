"""The comparison a result states: the groups its sentence or parenthesis sets against each other.

'X versus Y', 'between X and Y', an arm after each number ('75% for A and 84% for B'), arm labels
inside the parenthesis, else the trial's arms mentioned near the result.
"""

from __future__ import annotations

import re

from ...resources import load
from ..context import ExtractionContext
from .arms import _arm_mentions, arm_names, trial_arms
from .names import _ARM_SPLIT, within_one_arm
from .window import _Window
from .words import _lists


# '75% for COPP/ABVD and 84% for BEACOPP', '9.5 months in group A versus 11.4 months in group B', '15.2% (induction)
# and 30.4% (noninduction)': each of two numbers is followed by the arm it was measured in.
_NUMBER_ARM = re.compile(
    (r"(?<![\w.,])\d[\d.,]*(?:\s*%|\s+(?P<unit>[A-Za-z/]{1,12}))?\s*"
    r"(?:\((?:SD|SE|SEM|s\.d\.)[^()]{0,20}\)\s*|[(\[][^()\[\]\d]{0,12}\d[^()\[\]]{0,24}[)\]]\s*)?"
    r"(?:(?:of\s+)?(?:the\s+)?(?P<people>patients|subjects|participants|children|infants|adults|women|men|eyes|those)\s+(?=(?:who|receiving|given|treated|in|on|with|after)\b))?"
    r"(?:(?:for|in|with|among|on|(?<=%)(?:of|after)|(?<=%\s)(?:of|after)|(?<=s\s)(?(people)after|(?!))|who\s+(?:received|were\s+given|were\s+treated\s+with)|receiving|given|treated\s+with)\s+"
    r"(?:the\s+)?(?:patients\s+(?:receiving|given|treated\s+with)\s+)?"
    r"(?P<arm>\d[\d.,]*[ \t]?(?:mg|µg|μg|mcg|ml|IU)(?:/(?:kg|day|d))?(?![\w/-])|(?!(?:first|second|third|last|both|all|each|either|week|weeks|month|months|day|days|year|years|baseline|patients|total|randomi[sz]ation|discharge|which|whom|these|them|those|their|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)"
    r"(?:\d{1,3}-(?=[A-Za-z]))?[A-Za-z][\w+/.-]*(?:(?:[ \t]*\+[ \t]*|[ \t]+)(?!(?:and|or|vs|versus|as|compared|respectively|at|in|for|with|than|whereas|while|but|was|were|had|once|twice)\b"
    r"|(?:VERBS)\b|[a-z]+(?:ed|ly)\b(?![ \t]+(?:HEADS)\b))"
    r"(?:[A-Za-z][\w+/.-]*|\d{1,2}(?![\w.,]))){0,2})"
    r"|\(\s*(?P<label>[A-Za-z][\w+/-]*(?:\s[A-Za-z][\w+/-]*)?)\s*\))").replace("HEADS", "|".join(map(re.escape, load("linking")["participle_arm_heads"])))
    .replace("VERBS", "|".join(map(re.escape, load("linking")["verbs_not_in_an_arm"]))),
    re.I,
)
# 'in group A and B, respectively', 'for the induction and noninduction groups, respectively', 'of patients receiving X or Y, respectively'
_RESPECTIVE_ARMS = re.compile(
    r"(?<![\w-])(?:in|for|with|among|receiving|given|on)[ \t]+(?:the[ \t]+)?(?P<a>[A-Za-z][\w+/.-]*(?:[ \t]+[A-Za-z0-9][\w+/.-]*)?)[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?"
    r"(?P<b>[A-Za-z0-9][\w+/.-]*(?:[ \t]+[A-Za-z][\w+/.-]*)?)[ \t]*,?[ \t]*respectively\b",
    re.I,
)


# 'for the first and second visits, respectively', 'at baseline and week 12': times, not arms
_TIMES = re.compile(r"(?:first|second|third|last|final|baseline|week|weeks|month|months|day|days|year|years|visit|visits)\b", re.I)


_JUST_AND = re.compile(r"(?<![ \t])[ \t]+and[ \t]+(?:the[ \t]+)?", re.I)


def _parallel_arms(text: str, w: "_Window", outcome: tuple[int, int] | None = None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two arms each named right after its own number in the result's clause (or its parenthesis), or a
    pair of arms the numbers belong to 'respectively': their two spans."""
    lo, hi = w.since_previous, min(len(text), w.close + 60)
    respective = _RESPECTIVE_ARMS.search(text, lo, hi)
    if respective and _arm_like(respective.group("a")) and _arm_like(respective.group("b")) and not _TIMES.match(respective.group("a")):
        return respective.span("a"), respective.span("b")
    arms = []
    own = _P_VALUE.match(text, w.start)
    for match in _NUMBER_ARM.finditer(text, lo, w.close):
        if own and w.start <= match.start() < own.end():
            continue  # 'P < 0.001 for noninferiority': the p-value's own number, not a result measured in an arm
        key = "arm" if match.group("arm") else "label"
        if key == "label" and (match.group("unit") or "").lower() in _TIME_UNITS:
            continue  # '0-30 minutes (SPID)': a measure over a time, not an arm
        name = match.group(key).rstrip(".")
        start = match.start(key)
        if arms and _arm_like(name) and arms[-1][2].lower() == name.lower():
            # 'with exenatide once weekly and ... with exenatide twice daily': the schedule tells the arms apart
            before, after = _SCHEDULE.match(text, arms[-1][1]), _SCHEDULE.match(text, start + len(name))
            if before and after and before.group().split() != after.group().split():
                arms[-1] = (arms[-1][0], before.end(), text[arms[-1][0] : before.end()])
                arms.append((start, after.end(), text[start : after.end()]))
            continue
        if _arm_like(name):
            arms.append((start, start + len(name), name))
    arms = _people_of(text, lo, arms)
    if len(arms) == 2 and arms[0][2].lower() != arms[1][2].lower():
        return arms[0][:2], arms[1][:2]
    if len(arms) == 3 and len({_GROUP_TAIL.sub("", arm[2]).lower() for arm in arms}) == 3 and arms[2][1] <= w.anchor and _three_arms(text, arms, w):
        return arms[0][:2], arms[1][:2], arms[2][:2]  # '4% with aspirin, 3% with clopidogrel and 7% with placebo (P)': all three
    takers = [m for m in _RECIPIENTS.finditer(text, lo, w.close) if _arm_like(m.group("arm"))]
    if len(takers) != 2:
        # 'Women randomized to A and those randomized to B did not differ in X (P)': the people stand for their arms
        takers = [m for m in _ASSIGNED.finditer(text, lo, w.anchor) if _arm_like(m.group("arm"))]
    if len(takers) == 2 and takers[0].group("arm").lower() != takers[1].group("arm").lower():
        return takers[0].span("arm"), takers[1].span("arm")
    return _arms_before_numbers(text, lo, w.close, arms, outcome)


def _three_arms(text: str, arms: list[tuple[int, int, str]], w: "_Window") -> bool:
    """'4% with aspirin, 3% with clopidogrel and 7% with placebo (P)': three arms each after its number in the same
    form; not subgroups ('12% for luminal A, 8% for luminal B and ...': 'for' only before a group word) nor a result
    whose parenthesis names its own pair ('(intervention vs control, P < .001)')."""
    intros = {_INTRO_WORD.search(text, max(w.since_previous, start - 16), start).group().lower() if _INTRO_WORD.search(
        text, max(w.since_previous, start - 16), start) else "" for start, _, _ in arms}
    if len(intros) != 1 or "" in intros or _PAIR_WORD.search(text, w.anchor, w.start):
        return False
    return intros != {"for"} or all(_GROUP_AFTER.match(text, end) for _, end, _ in arms)


def _people_of(text: str, lo: int, arms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The arms after '% of' only where they name people ('3.1% of vaccinated participants and 5.6% of controls'), not a
    measure's share ('3.7% of weight', '15.0% of left ventricular mass') nor a lone adverb ('36% of the conservatively')."""
    if any(_OF_BEFORE.search(text, lo, arm[0]) for arm in arms) and not any(_PEOPLE_AFTER.search(text, arm[0], arm[1] + 14) for arm in arms):
        arms = [arm for arm in arms if not _OF_BEFORE.search(text, lo, arm[0])]
    return [arm for arm in arms if not (_OF_BEFORE.search(text, lo, arm[0]) and _ADVERB.fullmatch(arm[2]))]


_ADVERB = re.compile(r"(?<![A-Za-z])[A-Za-z]+ly(?![A-Za-z])", re.I)  # (fullmatch; the lookarounds keep a search linear)
_OF_BEFORE = re.compile(r"(?<![\w-])of\s+(?:the\s+)?\Z", re.I)
_PEOPLE_AFTER = re.compile(
    r"(?<![\w-])(?:controls|patients|subjects|participants|recipients|users|women|men|children|infants|adults|eyes|groups?|arms?|cohorts?)(?![\w-])", re.I)
_INTRO_WORD = re.compile(r"(?<![\w-])(?:for|in|with|among|on|receiving|given)(?=\s+(?:the\s+)?\S*\Z)", re.I)
_PAIR_WORD = re.compile(r"(?<![\w-])(?:vs\.?|versus|compared)(?![\w-])", re.I)
_GROUP_AFTER = re.compile(r"(?<!\s)\s+(?:groups?|arms?)\b", re.I)
_GROUP_TAIL = re.compile(r"(?<!\s)\s+(?:groups?|arms?)\Z", re.I)


_SCHEDULE = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:once|twice|three[ \t]+times|every[ \t]+other)[ \t]+(?:a[ \t]+)?(?:daily|weekly|monthly|nightly|day|week|month|night)|daily|weekly|monthly|nightly)(?![\w-])",
    re.I,
)


# 'for RT and CHOP was 86%', 'In group A the response rate was 26% whereas in group B ...', 'for group 1 was 4.7 min and
# group 2 was 9.1 min': an arm named before the number measured in it. A label ('group B', 'arm 2') may follow 'and' or
# stand anywhere in the clause; a name must be followed by the verb and the number ('with the patch was 12%').
_ARM_FIRST = re.compile(
    r"(?<![\w-])(?:(?:for|with|in|among|on)\s+(?:the\s+)?(?P<name>[A-Za-z][\w+/-]*(?:[ \t]+(?:and|plus|\+)[ \t]+[A-Za-z][\w+/-]*|[ \t]+[A-Za-z][\w+/-]*)?"
    r"(?:[ \t]+(?:group|arm))?)[ \t]*,?[ \t]*(?:was|were)[ \t]+(?:about[ \t]+|only[ \t]+)?[-−]?\d"
    r"|(?:for|with|in|of|among|on|and|whereas|while|versus|vs\.?)\s+(?:the\s+)?(?P<label>(?:group|arm)\s+(?-i:[A-Z]{1,3}|[IVX]{1,4}|\d{1,2})(?![\w-])))",
    re.I,
)


_OF_A_CHANGE = re.compile(r"(?<![\w-])(?:reduction|change|increase|decrease|improvement|difference|rise|fall|decline)s?\s*\Z", re.I)


def _arms_before_numbers(text: str, lo: int, hi: int, after: list[tuple[int, int, str]], outcome: tuple[int, int] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two arms of the clause text[lo:hi], each named before its number (or one before and one after):
    'the survival for RT and CHOP was 86% compared with 20% for RT alone'. A name inside the result's
    change is the measure ('the reduction for HbA1c was 0.8%'), not an arm."""
    found = list(after)
    for match in _ARM_FIRST.finditer(text, lo, hi):
        key = "name" if match.group("name") else "label"
        start, end = match.span(key)
        name = match.group(key)
        if not _arm_like(name) or name.split()[0].lower() in _NOT_AN_ARM or (key == "name" and _OF_A_CHANGE.search(text, lo, match.start())):
            continue
        if any(s < end and start < e for s, e, _ in found):
            continue
        found.append((start, end, name))
    if len(found) != 2 or len(after) == 2:
        return None
    found.sort()
    first, second = found
    if first[2].lower() == second[2].lower():
        return None
    return first[:2], second[:2]


# 'Thirteen exenatide recipients and 1 placebo recipient', 'in timolol-treated eyes and in unoprostone-treated eyes':
# the people named by what they were given stand for the two arms.
_RECIPIENTS = re.compile(
    r"(?<![\w/+-])(?P<arm>[A-Za-z][\w+/]*(?:-[A-Za-z0-9][\w+/]*)*?)(?:\s+recipients?|-treated\s+(?:patients|subjects|participants|eyes))\b", re.I
)


_ASSIGNED = re.compile(
    r"(?<![\w-])(?:those|patients|women|men|children|infants|participants|subjects|individuals|people)\s+(?:who\s+were\s+)?"
    r"(?:randomi[sz]ed|assigned|allocated)\s+to\s+(?:receive\s+)?(?:the\s+|an?\s+)?"
    r"(?P<arm>[A-Za-z][\w+/-]*(?:[ \t]+(?!(?:and|or|did|do|were|was|had|have|has|showed|reported|groups?|arms?|than|versus|vs|compared|"
    r"at|in|for|during|on|by|with|from|after|over|until|within|before|to|who|which|whereas|while|but)\b|(?-i:[a-z]+ed)\b|(?:VERBS)\b)"
    r"[A-Za-z0-9][\w+/-]*){0,3})".replace("VERBS", "|".join(map(re.escape, load("linking")["verbs_not_in_an_arm"]))), re.I)


def _arm_like(name: str) -> bool:
    """Not a statistic ('SD', '95% CI', 'n = 20'), a unit, a measure word or a bare 'group'."""
    words = name.lower().split()
    if name.lower() in ("group", "groups", "arm", "arms"):
        return False  # 'in the group treated with ...': which group is said after
    return bool(words) and words[0] not in _NOT_AN_ARM_LABEL and words[0] not in _NOT_AN_ARM_WORD_AFTER_NUMBER and not any(
        w.lower() in _lists()["predicates"] for w in name.split() if not (len(w) == 1 and w.isupper()))  # 'arm A' is not 'a' 


_TIME_UNITS = frozenset("s sec seconds min mins minutes h hr hrs hours d days wk wks weeks mo months y yr yrs years".split())
_NOT_AN_ARM_WORD_AFTER_NUMBER = frozenset(
    "ci sem iqr vs versus mm mmhg kg mg ml min h hours minutes seconds days weeks months years points cases episodes events patients "
    "subjects participants eyes of to and or p pts ns women men children infants responders nonresponders non-responders".split()
)


def _measure_versus_arm(ctx: ExtractionContext, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'a greater weight loss versus placebo' in a trial of lixisenatide versus placebo: what stands before
    'versus' is the measure, not an arm, when it names neither of the trial's arms and what follows names one."""
    names = arm_names(ctx)
    if span is None or len(names) != 2:
        return span
    split = _ARM_SPLIT.search(ctx.text, span[0], span[1])
    if not split or _ARM_SPLIT.search(ctx.text, split.end(), span[1]):
        return span
    first, second = ctx.text[span[0] : split.start()].lower(), ctx.text[split.end() : span[1]].lower()
    def names_arm(part: str) -> bool:  # the whole name or its last word ('detemir' for 'insulin detemir')
        return any(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(word), part)
                   for name in names for word in {name.lower(), name.lower().split()[-1]})
    return (split.end(), span[1]) if not names_arm(first) and names_arm(second) else span


_TREATED_TAIL = re.compile(r"(?<=\w)(?:-treated|-receiving|\s+recipients)?(?:\s+(?:patients|subjects|participants|eyes|users))?\s*\Z", re.I)


# '455 mL', '1 vs 4 children', '4 eyes': numbers compared, not groups
_NUMBERS_ONLY = re.compile(
    r"(?:[-−+]?\d[\d.,]*(?:[ \t]*(?:%|[A-Za-z/]{1,12}))?(?:\s+(?:vs\.?|versus|and|or|to)\s+[-−+]?\d[\d.,]*(?:[ \t]*(?:%|[A-Za-z/]{1,12}))?)?"
    r"(?:\s+(?:patients|subjects|participants|children|infants|women|men|eyes|cases))?)",
    re.I,
)


def _arm_only(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """'timolol-treated patients' -> 'timolol': the people stand for the arm they were given. None for numbers
    ('210 mL versus 455 mL', '1 vs 4 children'): they compare no named group."""
    if _NUMBERS_ONLY.fullmatch(text, span[0], span[1]):
        return None
    match = _TREATED_TAIL.search(text, span[0], span[1])
    return (span[0], match.start()) if match and match.start() > span[0] and match.end() > match.start() else span


# 'SLED: 49.6% vs. CVVH: 55.6%', 'insulin glargine: -0.42%, NPH insulin: -0.11%': arms labelling the result's numbers.
_ARM_LABEL = re.compile(r"(?<![\w/+-])(?P<label>[A-Za-z][\w/+-]*(?:[ \t][A-Za-z][\w/+-]*){0,2}):[ \t]*[-−+]?[ \t]?\d")


def _labelled_arms(ctx: ExtractionContext, w: "_Window") -> tuple[int, int] | None:
    """The first of two arm labels inside the result's parenthesis ('(SLED: 49.6% vs. CVVH: 55.6%, P = 0.43)');
    where the document's arms are known, a label must name one ('overall: 12%, overweight: 22%' are subgroups)."""
    if w.anchor == w.start:
        return None
    labels = [m for m in _ARM_LABEL.finditer(ctx.text, w.anchor, w.start) if m.group("label").lower() not in _NOT_AN_ARM_LABEL]
    if len(labels) < 2 or labels[0].group("label").lower() == labels[1].group("label").lower():
        return None
    arms = _arm_mentions(ctx)
    if arms is not None and not any(arms.search(m.group("label")) for m in labels[:2]):
        return None
    return labels[0].span("label")


# '(ESPB 12.3 ± 6.1 mg versus control 24.7 ± 9.8 mg, P < 0.001)', '(SLED: 49.6% vs. CVVH: 55.6%; P = 0.43)': each arm names its number
_NAME_NUMBER = r"(?P<%s>[A-Za-z][\w/+-]*(?:[ \t][A-Za-z][\w/+-]*){0,2}):?[ \t]+[-−]?\d[\d.,]*"
_NAMED_NUMBERS = re.compile(
    r"(?:(?<=[(\[])|(?<=[;,][ \t]))" + _NAME_NUMBER % "a" + r"(?:[ \t]?(?:±|\+/-)[ \t]?[\d.,]+)?(?:[ \t]?(?:%|[A-Za-z/]{1,8}(?![\w/])))?"
    r"[ \t]+(?:versus|vs\.?|and|compared[ \t]+(?:with|to))[ \t]+" + _NAME_NUMBER % "b", re.I)


_SUBGROUPS = frozenset("men women males females boys girls children adults infants smokers nonsmokers non-smokers overall total".split())


def _named_numbers(ctx: ExtractionContext, w: "_Window") -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two arms that name the numbers set against each other inside the result's parenthesis; where the document's
    arms are known, one of them must name one ('(week 4: 12%, week 12: 20%)' are times, 'mean 12 vs 20' no arms)."""
    if w.anchor == w.start:
        return None
    found = _NAMED_NUMBERS.search(ctx.text, w.anchor, w.start)
    if found is None or any(found.group(k).lower().split()[0] in _NOT_AN_ARM_LABEL | _SUBGROUPS or _TIMES.match(found.group(k)) for k in "ab"):
        return None
    if found.group("a").lower() == found.group("b").lower():
        return None
    arms = _arm_mentions(ctx)
    if arms is not None and not (arms.search(found.group("a")) or arms.search(found.group("b"))):
        return None
    return found.span("a"), found.span("b")


_NOT_AN_ARM_LABEL = frozenset("difference mean median ci or rr hr ratio range sd se iqr n p week day month year baseline overall total all".split())


# 'both groups', 'the two arms': the trial's arms, named elsewhere.
_GENERIC_GROUPS = re.compile(
    r"(?:the\s+|both\s+|all\s+|each\s+|either\s+)?(?:(?:two|three|2|3)\s+(?:[\w-]+\s+)?|treatment\s+|study\s+|other\s+)?(?:groups?|arms?)", re.I
)  # 'the two exercise groups', 'the 2 treatment groups' too
_GROUPS_REFERENCED = re.compile(
    r"(?<![\w-])(?:between|among|across|in|for)\s+(?:the\s+|both\s+|all\s+)?(?:two\s+|three\s+|treatment\s+|study\s+|intervention\s+)?"
    r"(?:groups|arms|treatments|regimens)\b|(?<![\w-])between[- ]groups?\b|(?<![\w-])(?:both|either)\s+(?:groups|arms|treatments)\b",
    re.I,
)


def _arm_mention(ctx: ExtractionContext, w: "_Window") -> tuple[int, int] | None:
    """A comparison the sentence names only through the trial's arms: both arm names close together
    ('with glargine or detemir'), else the arm named nearest the result ('more hypoglycaemia with
    metformin'); when the sentence refers to the groups only ('between the two groups'), the
    allocation phrase that names them. Never words of another sentence otherwise."""
    own = _own_pair(ctx.text, w)
    if own:
        return own
    names = _arm_mentions(ctx)
    if names is None:
        return None
    sent_start, sent_end = ctx.sentence_at(w.start)
    lo, hi = w.sent_start, min(sent_end, w.close + 200)
    if w.since_previous > w.sent_start and within_one_arm(ctx.text, w.since_previous, w.start) and names.search(ctx.text, w.since_previous, w.start):
        lo = w.since_previous  # '..., and within the acupuncture group pain fell from baseline (P)': this clause's arm only
    mentions = [(m.start(), m.end(), m.group().lower()) for m in names.finditer(ctx.text, lo, hi)]
    for (a0, a1, a_name), (b0, b1, b_name) in zip(mentions, mentions[1:]):
        if a_name != b_name and b0 - a1 <= 30 and _ARMS_JOINED.fullmatch(ctx.text, a1, b0):
            return a0, b1  # 'glargine or detemir', 'liraglutide versus metformin'
    before = [m for m in mentions if m[1] <= w.anchor]
    if before:
        return before[-1][:2]
    after = [m for m in mentions if m[0] >= w.close]
    if after:
        return after[0][:2]
    if _GROUPS_REFERENCED.search(ctx.text, lo, hi) and not within_one_arm(ctx.text, w.since_previous, w.start):
        return trial_arms(ctx)  # not 'both groups improved from baseline': each group against itself
    return None


def _own_pair(text: str, w: "_Window") -> tuple[int, int] | None:
    """The pair written in the result's own part of its parenthesis: '(aflibercept vs bevacizumab, P<0.001;
    aflibercept vs ranibizumab, P=0.03)', '(P<0.001 for aflibercept vs bevacizumab)' — in a trial of three
    arms each p-value compares its own two."""
    if w.anchor == w.start:
        return None
    lo = max(w.anchor + 1, w.since_previous)
    before = _comparison(text, lo, w.start)
    if before and _NOTHING_ELSE.fullmatch(text, lo, before[0]) and _NOTHING_ELSE.fullmatch(text, before[1], w.start):
        return before  # '(aflibercept vs bevacizumab, P<0.001; ...': the segment is the pair and its p-value
    value = _P_VALUE.match(text, w.start)
    stop = _SEGMENT_END.search(text, w.start, w.close)
    hi = stop.start() if stop else w.close
    after = _comparison(text, value.end(), hi) if value else None
    if after and _NOTHING_ELSE.fullmatch(text, value.end(), after[0]) and _NOTHING_ELSE.fullmatch(text, after[1], hi):
        return after  # '(P<0.001 for aflibercept vs bevacizumab)'
    return None


_SEGMENT_END = re.compile(r"[;)]")
_NOTHING_ELSE = re.compile(r"[\s,;:]*(?:for[ \t]+|comparing[ \t]+)?(?:the[ \t]+)?", re.I)
_P_VALUE = re.compile(r"[Pp][ \t]*(?:[<>=≤≥]|&lt;|&gt;)[ \t]*[\d.]+")
_ARMS_JOINED = re.compile(
    r"(?<!\s)(?:\s{1,3}[\w-]{1,12}){0,2}?\s{1,3}(?:or|and|versus|vs\.?|compared\s{1,3}(?:with|to)|than(?:\s{1,3}with)?)(?:\s{1,3}(?:with|the))?\s{1,3}", re.I
)


def _comparison(text: str, lo: int, hi: int, outcome: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """'X versus Y' / 'between X and Y' naming two groups (not two numbers) in text[lo:hi]. When X is
    the result's measure ('a reduction in 2-h PPG versus placebo'), Y alone."""
    best = None
    for match in _lists()["pair"].finditer(text[lo:hi]):
        a_name, b_name = ("a", "b") if match.group("a") else ("a2", "b2")
        a, b = match.group(a_name), match.group(b_name)
        if re.search(r"\d", a.split()[-1]) or re.search(r"^\d", b):
            continue
        a_start = _arm_start(text, lo + match.start(a_name), lo + match.end(a_name))
        if a_start is None or b.lower() in _lists()["boundaries"] or b.lower() in _NOT_AN_ARM:
            continue
        if outcome and outcome[0] <= a_start and lo + match.end(a_name) <= outcome[1] and not _OF_ARM.search(text, outcome[0], a_start):
            best = (lo + match.start(b_name), lo + match.end(b_name))
            continue
        best = (a_start, lo + match.end(b_name))
    return best


_OF_ARM = re.compile(r"\b(?:comparison|effects?|efficacy|safety|addition|use)\s+of\s+(?:the\s+)?\Z", re.I)
_NOT_AN_ARM = frozenset(
    "study trial comparison efficacy safety tolerability effect effects durability analysis mean median change "
    "difference differences greater higher lower less more significant significantly respectively".split()
)


def _arm_start(text: str, start: int, end: int) -> int | None:
    """Where the first group of 'X versus Y' starts: after the last word that cannot be part of an arm's
    name ('was greater with saxagliptin versus placebo' -> 'saxagliptin versus placebo')."""
    lists = _lists()
    words = list(re.finditer(r"[\w/+().-]+", text[start:end]))
    keep = 0
    for i, word in enumerate(words):
        low = word.group().lower().strip("().")
        if low in lists["boundaries"] or low in lists["predicates"] or low in lists["determiners"] or low in _NOT_AN_ARM or low in {"of", "to", "versus", "vs"}:
            keep = i + 1
    if keep >= len(words):
        return None
    return start + words[keep].start()


# 'weight gain of 2.7 kg, as compared with 0.8 kg with placebo', 'a rate of 12% versus 20% in the control group': the number
# set against the result's is followed by the arm it was measured in.
_AGAINST_NUMBER_ARM = re.compile(
    r"(?<![\w-])(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:that\s+of\s+|those\s+of\s+)?(?=[-−]?\d)", re.I
)


_NUMBER_ONLY = re.compile(r"(?:[\d.,]{0,12}[ \t]{0,3}(?:\+/-|±)[ \t]{0,3})?")  # '0.8+/-2.2 kg with placebo': the mean before its spread


_WHERE = re.compile(r"(?<![\w-])(?:in|for|among)\s+(?:the\s+)?\Z", re.I)
_ON = re.compile(r"(?<![\w-])on\s+(?:the\s+|a\s+)?\Z", re.I)
_STATES = frozenset(load("linking")["states_after_a_number"])


def _against_number_arm(text: str, w: "_Window") -> tuple[int, int] | None:
    """The arm named after the number a result is compared against, when it is the only arm named after a number
    in the result's clause."""
    lo = w.since_previous
    against = None
    for against in _AGAINST_NUMBER_ARM.finditer(text, lo, w.close):
        pass
    if against is None:
        return None
    found = [m for m in _NUMBER_ARM.finditer(text, lo, w.close) if m.group("arm") and _arm_like(m.group("arm").rstrip("."))]
    kept = {arm[0] for arm in _people_of(text, lo, [(m.start("arm"), m.end("arm"), m.group("arm")) for m in found])}
    arms = [m for m in found if m.start("arm") in kept]
    if len(arms) != 1 or arms[0].start() < against.end() or not _NUMBER_ONLY.fullmatch(text, against.end(), arms[0].start()):
        return None
    if _WHERE.search(text, arms[0].start(), arms[0].start("arm")):
        return None  # '15% in DCIS', '20% for women': where or among whom, not with what
    name = arms[0].group("arm").rstrip(".")
    if _ON.search(text, arms[0].start(), arms[0].start("arm")) or re.search(r"\d", name) or name.lower().split()[-1] in _STATES:
        return None  # '3.1 versus 4.5 on the VAS', '8.1% on entry': the scale or time; 'with grade 4 toxicity': a state
    return arms[0].start("arm"), arms[0].start("arm") + len(name)


# 'similar with and without priming': the two arms are one treatment given or not.
_WITH_AND_WITHOUT = re.compile(r"(?<![\w-])with\s+and\s+without\s+[A-Za-z][\w+/-]*(?:[ \t]+(?!(?:and|or|in|at|for|was|were)\b)[A-Za-z][\w+/-]*)?", re.I)


def _with_and_without(text: str, w: "_Window") -> tuple[int, int] | None:
    """'with and without X' in the result's clause, as written."""
    found = _WITH_AND_WITHOUT.search(text, w.since_previous, w.close)
    return found.span() if found else None


# 'group A', 'the observation group': how a report without an allocation phrase names its groups
_GROUP_NAME = re.compile(
    r"(?<![\w-])(?:(?P<label>(?-i:[Gg]roup)\s+(?-i:[A-Z]{1,2}|[IVX]{1,4}|\d{1,2}))(?![\w-])|(?P<word>[A-Za-z][\w-]{1,30}(?:[ \t]+[A-Za-z][\w-]{1,30})?)\s+group(?!s?[\w-])(?!\s+(?-i:[A-Z]{1,2}|[IVX]{1,4}|\d{1,2})(?![\w-])))", re.I)
_NOT_A_GROUP_NAME = frozenset(
    "the a an two three four both each all either same age this that one per whole entire different respective other every "
    "any which our their its in of and or to with for between among study".split())
_CLAUSE_WORDS = frozenset("than versus vs compared whereas while who which".split())
_BETWEEN_GROUPS = re.compile(
    r"(?<![\w-])(?:between|among)\s+(?:the\s+)?(?P<groups>(?:two|2|both)\s+groups|groups)(?![\w-])"
    r"|(?<![\w-])(?P<adjective>between-groups?)(?=\s+(?:differences?|comparisons?)(?![\w-]))", re.I)  # 'the between-group difference'


def _group_names(ctx: ExtractionContext) -> list[tuple[int, int, str]]:
    """Every 'group A' / 'observation group' of the document: (start, end, lower-cased name). Cached per document."""
    if "link_group_names" not in ctx.cache:
        found = []
        lists = _lists()
        for match in _GROUP_NAME.finditer(ctx.text):
            start = match.start()
            if match.group("word"):  # 'the aloe vera group' -> 'aloe vera group'; 'than control group' -> 'control group'
                for word in re.finditer(r"\S+", match.group("word")):
                    low = word.group().lower()
                    if low not in _NOT_A_GROUP_NAME and low not in lists["boundaries"] and low not in lists["predicates"] and low not in lists["determiners"] and low not in _CLAUSE_WORDS:
                        break
                    start = match.start() + word.end()
                if start >= match.end("word"):
                    continue
                while ctx.text[start] in " \t":
                    start += 1
            found.append((start, match.end(), " ".join(ctx.text[start : match.end()].lower().split())))
        ctx.cache["link_group_names"] = found
    return ctx.cache["link_group_names"]


def between_named_groups(ctx: ExtractionContext, w: "_Window") -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
    """'no difference ... between (the) two groups (P)' in a report that names exactly two groups before the result ('group
    A' and 'group B', 'the observation group' and 'the control group') and no allocation phrase: the phrase and the
    first mention of each group."""
    phrase = _BETWEEN_GROUPS.search(ctx.text, w.since_previous, w.close)
    if phrase is None:
        return None
    first: dict[str, tuple[int, int]] = {}
    for start, end, name in _group_names(ctx):
        if start >= w.start:
            break
        first.setdefault(name, (start, end))
    if len(first) != 2:
        return None
    return phrase.span("groups" if phrase.group("groups") else "adjective"), tuple(sorted(first.values()))
