"""Arm labels: where the name of the arm a count belongs to starts and ends, and whether it names an arm.

"to either X (n = 12) or ...", "(LO, n = 403)", "40 patients in the laser group"; a label that describes
the whole sample, a study, a sex or an age is no arm, and a count before several arms is their total.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern
from ...resources import load
from ..context import ExtractionContext
from .patterns import _patterns


_LABEL_WINDOW = 400


_CLAUSE_BEFORE_ARM = re.compile(r"(?i)(?<!\S)(?:[^\s]{1,30}\s+){1,6}?(?:were|was|are|is)\s+(?:[\w-]+\s+){0,2}?(?:for|in|among|between)\s+(?:the\s+)?(?=[A-Za-z])")


def _arm_label(text: str, lo: int, paren: int) -> tuple[int, int] | None:
    """The arm label before '(n = N)': back to 'either', 'or', 'and', 'to' (not 'up to': 'glimepiride up to 6 mg'),
    'compared', a comma or a colon, keeping a short parenthesis glued to a word ('docetaxel 75 mg/m(2)'); failing
    that (a label with its own parenthesis), the last few words."""
    lo = max(lo, paren - _LABEL_WINDOW)  # a label is a few words: never rescan a whole long sentence
    match = re.match(
        r"(?s).*(?:[,;:(]|\b(?:either|or|and|(?<!up )to|vs\.?|versus|into|received|receive|receiving|[Tt]he|in|with|assigned|allocated|randomi[sz]ed|compared|comparing)\b|^)"
        r"\s*(?P<label>(?:[^,;:()]|(?<=\w)\([^(),;:]{1,12}\)){1,80}?)\s*$",
        text[lo:paren],
    )
    if match and match.group("label").strip():
        start = lo + match.start("label")
        # 'Baseline characteristics were similar for LTFC (N = 125)': the arm is what the clause is about
        clause = _CLAUSE_BEFORE_ARM.match(match.group("label"))
        return start + (clause.end() if clause else 0), lo + match.end("label")
    words = re.search(r"(?:[A-Za-z][\w+/-]*\s*(?:\([^()]{1,20}\)\s*)?){1,4}$", text[lo:paren].rstrip())
    if words:
        lead = re.match(r"(?i)(?:(?:or|and|a|an|the|either|to|of|with)\s+)*", words.group())
        return lo + words.start() + lead.end(), lo + words.end()
    return None


# Words that name arms in this document: 'randomized to brimonidine', 'the placebo group', 'latanoprost versus timolol'
_ARM_NAMES = re.compile(
    r"(?i)(?:\b(?:randomi[sz]ed|assigned|allocated)\s+to\s+(?:receive\s+)?(?:either\s+)?(?:the\s+)?|\b(?:versus|vs\.?|or|compared\s+with)\s+)(?P<a>[A-Za-z][\w-]{2,})"
    r"|(?<![\w-])(?P<b>[A-Za-z][\w-]{2,})(?=\s+(?:group|arm|versus|vs\b))"
)
_NOT_ARM_NAME = frozenset("the a an each both two three either one all this that study treatment patients placebo-controlled receive".split())


def _arm_names(ctx: ExtractionContext) -> frozenset[str]:
    if "arm_names" not in ctx.cache:
        names = {(m.group("a") or m.group("b")).lower() for m in _ARM_NAMES.finditer(ctx.text)}
        ctx.cache["arm_names"] = frozenset(names - _NOT_ARM_NAME)
    return ctx.cache["arm_names"]


def _known_arm(ctx: ExtractionContext, label: str) -> bool:
    """A label names an arm when it holds an arm word or starts with a word the document uses for an arm."""
    if re.search(r"(?i)\b(?:group|arm|cohort)\b", label) or _patterns()["arm_word"].match(label):
        return True
    first = re.match(r"[A-Za-z][\w-]*", label)
    return bool(first) and first.group().lower() in _arm_names(ctx)


def _plain_label(label: str) -> bool:
    """A label names a treatment or a group: it starts with a letter, is a few words, and is no clause."""
    return bool(re.match(r"[A-Za-z]", label)) and len(label.split()) <= 6 and not _NOT_ARM_LABEL.search(label) and not re.fullmatch(r"(?i)n|by|the|a|an|all", label.strip())


# '(n = 265 Chinese; n = 24 Malaysian)', '(White, n = 80; Black, n = 31)': who the sample is, not its arms.
_DEMOGRAPHIC = re.compile(r"(?i)(?<![A-Za-z])(?:%s)\b" % "|".join(load("sample_size")["demographic_words"]))


def _plain_arm(label: str) -> bool:
    """A treatment or group name, not a clause: a few words and no finite verb."""
    return len(label.split()) <= 8 and not _NOT_ARM_LABEL.search(label.strip())


_NOT_PAREN_ARM = re.compile(
    r"(?i)\b(?:men|women|males?|females?|boys|girls|years?|age[ds]?|mean|median|range|SD|IQR|months?|weeks?|days?|eyes?|cases|events?|deaths?|per)\b"
)
# After '(n = N)': the counted people are then allocated or compared, so the count is the whole sample's.
# Matched right after the closing parenthesis only, never searched.
_SAMPLE_THEN_ALLOCATED = re.compile(
    r"(?<=\))\s*(?:(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|included)|(?:comparing|randomi[sz]ed\s+to)\b)",
    re.I,
)
_ALLOCATION = re.compile(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|received|receive|receiving)\b")
_STAGE_WORDS = load("sample_size")
# '(RCT; N = 160)', 'eligible for the present analyses (n = 10 576)': the study's sample, not an arm.
_STUDY_LABEL = re.compile(r"(?i)\b(?:trials?|study|studies|RCT|analys[ie]s|sample|population|survey)\b")
# 'At 2-months follow-up (N = 60)', 'after one cycle of therapy (N = 89)', 'a random subsample (n = 48)', 'The recruitment
# target (n = 178)', 'the 6-month follow-up (n = 92)': a time point, a part of the sample or a plan, not an arm. The
# whole label must be one: 'nurse-led telephone follow-up (n = 120)' or 'early follow-up (n = 85)' is an arm; a label
# that opens with 'at', 'after', ... is a time only with a time word soon after ('at home (n = 41)' is a place).
_STAGE_LABEL = re.compile(
    r"(?i)^\s*(?:at|after|before|during|within|until)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:%s)(?![\w-])" % "|".join(_STAGE_WORDS["stage_time_words"])
)
_STAGE_NOUN_LABEL = re.compile(
    r"(?i)^\s*(?:(?:the|a|an|our)\s+)?(?:(?:%s)\s+)?(?:(?:%s)\s*)?(?:%s)\s*$"
    % ("|".join(_STAGE_WORDS["stage_label_modifiers"]), "|".join(_STAGE_WORDS["stage_label_times"]), "|".join(_STAGE_WORDS["stage_label_nouns"]))
)
# ... also when the label starts after the time word and is a time: 'again after the second infusion (n = 71)'
# (not a place: 'treated at the day-care unit (n = 60)').
_STAGE_BEFORE = re.compile(r"(?i)\b(?:at|after|before|during|within|until)\s+(?:the\s+)?$")
_STAGE_TIME = re.compile(r"(?i)^(?:[\w-]+\s+){0,3}?(?:%s)(?![\w-])" % "|".join(_STAGE_WORDS["stage_time_words"]))


# A follow-up of a stated length inside a label: 'patients with 6-month follow-up data excluded (n = 212)' (the
# label may start after '6-'); 'telephone follow-up' is no time point.
_TIMED_FOLLOW_UP = re.compile(r"(?i)(?:^|(?:\d|\b(?:%s))[- ])(?:weeks?|months?|years?|days?)\s+follow-?ups?\b" % "|".join(_STAGE_WORDS["number_words_for_times"]))


def _is_stage_label(label: str) -> bool:
    """A label that is a time point, a part of the sample or a plan, as a whole, or holds a timed follow-up."""
    return bool(_STAGE_LABEL.match(label) or _STAGE_NOUN_LABEL.match(label) or _TIMED_FOLLOW_UP.search(label))


# A case-control study's groups: 'Breast cancer cases (n = 3,101) ... and population controls (n = 3,471)'.
_CASES_OR_CONTROLS = re.compile(r"(?i)\b(?:cases|controls)\s*$")
_CONTROLS = re.compile(r"(?i)\bcontrols\b")
# 'balanced between arms (N = 724)', 'the exercise and control groups (n = 120)': all arms together, the total.
_ALL_ARMS = re.compile(r"(?i)\b(?:arms|groups|cohorts)\s*$")


# Labels inside '(label, n = N)' that describe the sample, not an arm: '(mean age 61, n = 40)', '(women, n = 30)'.
_NOT_INNER_ARM = re.compile(
    r"(?i)\b(?:age[ds]?|years?|mean|median|range|SD|male|female|women|men|total|overall|all|patients|participants|subjects)\b"
    r"|\b(?:trials?|study|studies|RCT|analys[ie]s|sample|population)\b"
)
_NEXT_ARM_N = re.compile(r";\s*(?P<inner>[^()=;,:\s][^()=;,:]{0,59}?)\s*[,:]\s*[nN]\s*=\s*(?P<num>" + INTEGER + r")(?![\d/])(?=\s*[;,)])")


# After '(n = N)': a further arm with its own count, '(n = 154) or placebo (n = 151)', '(n = 1,045) or daily
# glargine (GL) (n = 1,046)'. Matched at the parenthesis end only; both runs are bounded.
_NEXT_ARM_COUNT = re.compile(
    r"(?<=[),\]])\s*,?\s*(?:or|and|versus|vs\.?|compared\s+with)\s+(?:[^.;()=]|\([^()=]{0,30}\)){1,60}?[(\[]\s*[^()=;]{0,30}?[;,]?\s*[nN]\s*=\s*\d",
    re.I,
)
# Where the first arm's label starts: after 'to', 'either', 'receive', ... or a semicolon (searched in a
# bounded window; the last one outside parentheses wins).
_FIRST_ARM_CUE = re.compile(r"[;:]|\b(?:either|to|receive|receiving|received|with|versus|vs\.?|between)\b(?:\s+the\b)?", re.I)


def _first_arm_label(text: str, lo: int, paren: int) -> tuple[int, int] | None:
    """The label of the first arm of a list, which may hold parentheses and commas: back to 'to', 'either',
    'receive' or a semicolon; None when it names a study ('the B-17 trial (N = 813) and the B-24 trial ...')."""
    start = max(lo, paren - 160)
    cues = [m.end() for m in _FIRST_ARM_CUE.finditer(text, start, paren)]
    if start == lo:
        cues.insert(0, lo)
    for cue in reversed(cues):
        label = text[cue:paren]
        if label.count("(") == label.count(")") and not label.lstrip().startswith(")"):
            break
    else:
        return None
    stripped = label.strip(" \t\n,")
    if not stripped or len(stripped) > 120 or _STUDY_LABEL.search(stripped):
        return None
    begin = cue + len(label) - len(label.lstrip(" \t\n,"))
    return begin, begin + len(stripped)


def _inner_label(match: re.Match[str]) -> tuple[int, int] | None:
    """The arm named inside the parenthesis, '(LO, n = 403)', '(exenatide group, n = 121; ...)': after the
    last ';' of what precedes 'n ='; None when it describes the sample ('(mean age 61; n = 40)')."""
    start, end = match.span("inner")
    cut = match.group("inner").rfind(";")
    if cut >= 0:
        start += cut + 1
    label = match.string[start:end]
    start += len(label) - len(label.lstrip())
    if not label.strip() or _NOT_INNER_ARM.search(label):
        return None
    return start, end


_TOTAL_BEFORE = re.compile(r"(?i)\b(?:a\s+total\s+of|total(?:ly)?|overall|in\s+all,?|in\s+total,?)\s*$")
# After the arm: its own count ('(n = 85)', '(85 patients)'), or a further arm named without a count
# ('to the intervention group or to the control group').
# Both are matched at the end of an arm label: a search only starts at a word end.
_ARM_HAS_OWN_COUNT = re.compile(r"(?<=\w)(?!\w)\s*(?:\([^()]{0,40}\)\s*)?\(\s*(?:[nN]\s*=|\d+\s+[a-z])")
_ANOTHER_ARM = re.compile(r"(?<=\w)(?!\w)[^.;\d]{0,60}?\b(?:or|and|versus|vs\.?)\s+(?!\d)[^.;\d]{0,60}?\b(?:group|arm|cohort)\b", re.I)


# 'the 133 patients randomized to chemotherapy alone and the 148 patients randomized to ...': no 'were', an arm
_PARTICIPLE_ARM = re.compile(
    r"(?<=\w)\s+(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\s+(?:to\s+(?:receive\s+)?|(?!(?:in|into|at|on|between|from|by|for|after|before|during|within|and|or|the|a|an|to|were|was|with)\b))(?:the\s+)?(?P<label>[^,;:()]{1,50}?)"
    r"(?=\s*(?:[,;:()]|\b(?:and|or|vs\.?|versus|were|was|had|who|at|for|as|than|compared|whereas|while)\b|\d+(?:\.\d+)?\s*%|\.(?:\s|$)|$))",
    re.I,
)
# '10 patients (group I) randomized to cabergoline'
# One arm of a parenthesis list: '; G + Met, 158 patients)'.
_LABEL_COUNT_ITEM = re.compile(
    rf"(?<=[;(])\s*(?P<label>[A-Za-z][^;,()=]{{0,30}}?),\s*(?P<num>{INTEGER})(?!\d)\s+(?:patients|participants|subjects|women|men)\s*(?=[;)])"
)
# '54 patients (the experimental group)'
_GROUP_PAREN = re.compile(r"(?<=\w)\s*\(\s*(?:the\s+)?(?P<label>(?:group|arm|cohort)\s+[A-Z0-9]{1,4}|[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:group|arm|cohort))\s*\)", re.I)
_AND_CONTROLS = re.compile(r"(?<=\w)\s+and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?controls\b", re.I)
_RECEIVING_ARM = re.compile(
    r"(?<=\w)\s+(?:receiving|treated\s+with|given|on)\s+(?:the\s+)?(?P<label>[^,;:()\[\]]{1,40}?)(?=\s*(?:[,;:()\[\]]|\b(?:and|or|vs\.?|versus|were|was|had|who|at|for|as|than|compared|whereas|while)\b|\.(?:\s|$)|$))",
    re.I,
)
_VERB_TO_ARM = re.compile(r"(?<=\w)\s+(?:to|into)\s+(?:receive\s+)?(?:the\s+)?(?P<label>[^,;:()]{1,50}?\b(?:group|arm|cohort))\b", re.I)


# 'N of the X group': an arm's count (never 'N of the 40 patients in the X group': no number in the label).
_OF_THE_ARM = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+of\s+the\s+(?P<label>[^,;:()\d.]{{1,40}}?\b(?:group|arm))\b(?!\s*\d)",
    re.I,
)


def _total_over_arms(text: str, num_start: int, arm: re.Match[str]) -> bool:
    """'A total of 170 patients were randomly allocated to the intervention group (n = 85) and the control
    group (n = 85)', '198 participants were randomized to either the experimental group or control group':
    the count before the arms is their total, not the first arm's."""
    label = arm.group("label")
    if re.match(r"(?i)either\b", label) or re.search(r"(?i)\b(?:or|randomi[sz]ed|assigned|allocated)\b", label):
        return True
    if _TOTAL_BEFORE.search(text[max(0, num_start - 16) : num_start]):
        return True
    return bool(_ARM_HAS_OWN_COUNT.match(text, arm.end()) or _ANOTHER_ARM.match(text, arm.end()))


# A label that starts with a participant noun or a role verb, or holds a finite verb, is a clause, not an arm.
_NOT_ARM_LABEL = re.compile(
    r"(?i)^(?:and|or|patients?|participants?|subjects?|enrolled|included|recruited|randomi[sz]ed|completed|analy[sz]ed|treated|received|were|was|had|who|with|aged|of|eligible)\b"
    r"|\b(?:have|has|had|been|were|was|are|is)\b"
)


# A label that is a stratum of the sample, not an arm: its response ('responders (n = 35) and non-responders
# (n = 25)'), or its age ('children aged 2-5 years (n = 40) and 6-11 years (n = 38)'). An age needs its word in the
# label, or a range or bound in a sentence that speaks of age before it: '6 months (n = 200) or 12 months (n = 198)'
# of a drug are arms of durations.
_STRATUM_NOUN = re.compile(r"(?i)\b(?:%s)\s*$" % "|".join(load("sample_size")["stratum_nouns"]))
_AGE_SPAN = r"(?:(?:[<>≤≥]\s*=?\s*|(?:under|over|older\s+than|younger\s+than|at\s+least|less\s+than|more\s+than)\s+)\d+|\d+\s*(?:[-–]|to)\s*\d+|\d+\s*(?:years?|yrs?)?\s*(?:and|or)\s+(?:older|over|above|younger|under))"
_AGED_LABEL = re.compile(
    rf"(?i)(?:\baged?\s+(?:{_AGE_SPAN}|\d+)\s*(?:years?|yrs?|months?)?|\b(?:{_AGE_SPAN}|\d+)\s*(?:years?|yrs?|months?)\s*(?:old|of\s+age)|(?<!\d)\d+\s*-?\s*to\s*\d+-year-olds)\s*$"
)
_AGE_RANGE_LABEL = re.compile(rf"(?i)^\s*(?:{_AGE_SPAN})\s*(?:years?|yrs?|months?)?\s*(?:old|of\s+age)?\s*$")
_AGE_CUE = re.compile(r"(?i)\b(?:aged?|age\s+(?:groups?|strata|bands?|categories)|by\s+age)\b")


_NOT_AGE_CUE_TO_LABEL = re.compile(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|received|receive|given|treated|for)\b")


# 'according to baseline UACR categories: less than 30 mg/g (n = 1,328), 30 to 300 mg/g (n = 1,864) and more than
# 300 mg/g (n = 3,417)': categories of a measure (a bound or a range of values), parts of the sample a post hoc
# analysis compares, not arms
_CATEGORY_CUE = re.compile(
    r"(?i)\b(?:categor(?:y|ies)|strata|stratified\s+(?:by|according\s+to)|subgroups?|tertiles?|quartiles?|quintiles?"
    r"|according\s+to\s+(?:their\s+)?(?:baseline|pre-?treatment)|by\s+baseline)\b"
)
_VALUE_LABEL = re.compile(
    r"(?i)^\s*(?:(?:(?:less|more|greater|fewer|lower|higher)\s+than|under|over|above|below|at\s+least|up\s+to|[<>≤≥]\s*=?)\s*)?\d[\d.,]*\s*"
    r"(?:(?:to|[-–])\s*\d[\d.,]*\s*)?(?:%|[a-zµμ]{1,6}(?:/[a-zµμ0-9.]{1,8})*(?:\s+or\s+(?:more|less|higher|lower|above|below))?)?\s*$"
)
_RANGE_BEFORE = re.compile(r"\d[\d.,]{0,15}\s*(?:to|[-–])\s*$")  # bounded: a search over a digit run stays linear


def _stratum(text: str, sentence_start: int, label: tuple[int, int]) -> tuple[int, int] | None:
    """The words naming a stratum of the sample (by response or age) at the end of the label of a count, or None
    when the label names an arm. An age range alone is a stratum only after an age cue with no allocation between
    ('Patients aged 18-70 years were randomized to X for 1-2 years (n = 200) or 3-5 years (n = 198)' are arms)."""
    words = text[label[0] : label[1]]
    found = _STRATUM_NOUN.search(words) or _AGED_LABEL.search(words)
    if found:
        return (label[0] + found.start(), label[0] + len(words.rstrip()))
    if _VALUE_LABEL.match(words) and re.search(r"[A-Za-z%]", words):
        cue = None
        for cue in _CATEGORY_CUE.finditer(text, max(sentence_start, label[0] - 200), label[0]):
            pass
        if cue is not None and not _NOT_AGE_CUE_TO_LABEL.search(text, cue.end(), label[0]):
            start = label[0] + len(words) - len(words.lstrip())
            before = _RANGE_BEFORE.search(text, max(sentence_start, start - 20), start)
            return (before.start() if before else start, label[0] + len(words.rstrip()))
    if not _AGE_RANGE_LABEL.match(words):
        return None
    cue = None
    for cue in _AGE_CUE.finditer(text, max(sentence_start, label[0] - 200), label[0]):
        pass
    if cue is None or _NOT_AGE_CUE_TO_LABEL.search(text, cue.end(), label[0]):
        return None
    return (label[0] + len(words) - len(words.lstrip()), label[0] + len(words.rstrip()))
