"""Whether a candidate phrase names a measure, and its trimmed form.

A candidate outcome loses leading comparatives and trailing link words, and is rejected when it is a
number, a study group, people or an anaphor rather than something measured.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .anaphora import _is_anaphor
from .objects import _noun_phrase
from .subjects import _NUMBER
from .window import _strip_time_frames
from .words import _lists


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    lists = _lists()
    start, end = _without_statistic(text, span)
    for bullet in _BULLET_BREAK.finditer(text, start, end):
        start = bullet.end()  # 'Key findings\n- Mean daily step count': a heading above a bullet is no part of it
    for line in _LINE_BREAK.finditer(text, start, end):
        heading = _HEADING_WORD.findall(text, start, line.start())
        if heading and all(word.lower() in _HEADING_WORDS for word in heading) and not _DIGIT.search(text, start, line.start()):
            start = line.end()  # 'Secondary outcomes\nPGIC much improved': a heading line above the measure
            while start < end and text[start].isspace():
                start += 1
    result = _TRAILING_RESULT.search(text, start, end)
    if result and result.start() > start:
        end = result.start()  # 'the risk of haemorrhage (odds ratio 0.64, 95% CI 0.51-0.80, P<0.001)': its result, read to the sentence end
    amount = _TRAILING_AMOUNT.search(text, start, end)
    if amount and amount.start() > start and not _OR_MORE.match(text, end):
        end = amount.start()  # 'adjusted mean AIRg of 15.39 mU/L min': the result's amount, not the measure
    values = _TRAILING_VALUES.search(text, start, end)
    if values and values.start() > start:
        end = values.start()  # 'fistula 8% vs 20%': the result's values, not the measure ('PASI 75' stays)
    if end > start:
        end = max(_strip_time_frames(text, start, end), start)  # 'TSAT at 6 months' -> 'TSAT': the time is not the measure
        period = _FIRST_PERIOD.search(text, start, end) or _CLOCK_TIME.search(text, start, end)
        end = period.start() if period and period.start() > start else end  # 'falls in the first year', 'IOP at 09:00 h'
        while end > start and text[end - 1].isspace():
            end -= 1
    reached = _REACHING.search(text, start, end)
    if reached and not _COUNTED.match(text, start, reached.start()) and not _time_to().search(text, start, reached.start()):
        # 'patients on the higher dose reaching PASI 90' -> 'PASI 90' (but 'the proportion achieving X' and
        # 'time to reaching target glucose' stay: only people are counted by what they reached)
        start = reached.end()
    neither = _NEITHER.match(text, start, end)
    if neither and _NOR.search(text, neither.end(), end):
        start = neither.end()  # 'Neither HbA1c nor body weight' -> 'HbA1c nor body weight'
    both = _BOTH.match(text, start, end)
    if both and _AND.search(text, both.end(), end):
        start = both.end()  # 'Both LDL and HDL cholesterol' -> 'LDL and HDL cholesterol'
    stripped = False
    while True:
        match = re.match(r"\s*([\w'-]+)\s+", text[start:end])
        if match and match.group(1).lower() in lists["determiners"] | lists["predicates"]:
            if re.match(r"\s*to\b", text[start + match.end() : end]):
                break  # 'moderate to severe hyperaemia' keeps its range
            following = re.match(r"[\w'-]+", text[start + match.end() : end])
            if match.group(1).lower() in _SEVERITIES and following and following.group().lower() not in lists["predicates"]:
                break  # 'severe hypoglycaemia' is the measure; 'a mild reduction in X' is not
            start += match.end()
            stripped = True
        elif stripped and match and match.group(1).lower() in {"in", "of"}:
            start += match.end()  # 'the decrease in pain score' -> 'pain score'
            break
        else:
            break
    while True:  # 'IOP decreases of' -> 'IOP decreases'; 'levels of sVCAM-1 dramatically' -> 'levels of sVCAM-1'
        match = _TRAILING_LINK_WORD.search(text, start, end) or _TRAILING_MODIFIER.search(text, start, end)
        if not match or match.start() <= start:
            break
        end = match.start()
    return (start, end) if end > start else None


def _without_statistic(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'IOP (mean +/- SD)' -> 'IOP', 'mean (SD) IIEF-EF score' -> 'IIEF-EF score': the statistic a value is
    given as opens or closes the phrase, it does not name the measure."""
    start, end = span
    match = _STATISTIC_AT_END.search(text, start, end)
    if match and match.start() > start:
        end = match.start()
    match = _STATISTIC.match(text, start, end)
    following = _FIRST_WORD.match(text, match.end(), end) if match else None
    # not 'mean (SD) reduction from baseline IOP': the change noun needs the measure after it
    if following and following.group(1).lower() not in _lists()["predicates"]:
        start = following.start(1)
    return start, end


_FIRST_WORD = re.compile(r"(?<!\s)\s+([\w-]+)")


_STATISTIC_BODY = (
    r"(?:(?<![\w-])(?:LS\s+|least[- ]squares?\s+|adjusted\s+)?(?:mean|median)\s*)?[(\[]\s*"
    r"(?:(?:LS\s+)?(?:mean|median)\s*(?:\+/-|±|\+-|/)?\s*)?"
    r"(?:[(\[]?\s*(?:SDs?|SEM?|IQR|s\.d\.|standard\s+(?:deviation|error)(?:\s+of\s+the\s+mean)?|95\s*%\s*CI|range|%)\s*[)\]]?)?\s*[)\]]"
)
_STATISTIC = re.compile(_STATISTIC_BODY, re.I)
_STATISTIC_AT_END = re.compile(r"(?<!\s)\s*" + _STATISTIC_BODY + r"\s*\Z", re.I)


_DIGIT = re.compile(r"\d")
# 'of 5% or more', 'of 18 mmHg or less': a responder threshold, part of the measure (RO2)
_OR_MORE_BODY = r"\s+or\s+(?:less|more|greater|fewer|higher|lower|above|below|over|under)\b"
_OR_MORE = re.compile(r"(?<!\s)(?:\s*%|\s+[^\s\d()]+)?" + _OR_MORE_BODY, re.I)  # matched right after the measure
_TRAILING_AMOUNT = re.compile(
    r"(?<=[\w)])\s+of\s+(?:about\s+|approximately\s+)?[-+−]?\d[\d.,]*(?![-\w.,])(?!(?:\s*%|\s+[^\s\d()]+)?" + _OR_MORE_BODY + r")"
    r"(?:\s*%|\s+[^\s\d()]+){0,3}\s*\Z", re.I)
_LINE_BREAK = re.compile(r"\n(?=[ \t]*\S)")
_HEADING_WORD = re.compile(r"[^\W\d_]+")
_HEADING_WORDS = frozenset("primary secondary main key other outcome outcomes endpoint endpoints end point points result results finding "
                           "findings efficacy safety measures measure".split())
_BULLET_BREAK = re.compile(r"\n[ \t]*[-•*–][ \t]+(?=\w)")
_TRAILING_RESULT = re.compile(r"(?<=[\w)\]])\s*[(\[][^()\[\]]*?(?:(?<![A-Za-z])[Pp]\s*(?:[<>=≤≥]|&lt;)|\bCI\b)[^()\[\]]*[)\]]\s*\Z")
_VALUE = r"[-+]?\d+(?:[.,]\d+)?\s*%|[-+]?\d+[.,]\d+"
# a value set against another: 'fistula 8% vs 20%' (a single value may be an arm's: 'diazepam 35.7%')
_TRAILING_VALUES = re.compile(r"(?<=[A-Za-z)\]])\s+(?:%s)(?:\s*(?:vs\.?|versus)\s+(?:%s|\d+))+\s*\Z" % (_VALUE, _VALUE))
_TRAILING_VALUE = re.compile(r"(?<=[A-Za-z)\]])\s+(?:%s)\s*\Z" % _VALUE)


_CLOCK_TIME = re.compile(r"(?<=[\w)])\s+at\s+\d{1,2}[:.]\d{2}(?:\s*(?:h|hours?|hrs?|am|pm|a\.m\.|p\.m\.))?\s*\Z", re.I)
_REACHING = re.compile(r"(?<=\w)\s+(?:achieving|reaching|attaining)\s+(?:an?\s+|the\s+)?(?=\w)", re.I)


@lru_cache(maxsize=1)
def _time_to() -> re.Pattern[str]:
    """'time to', 'days until': a time to an event ('time_nouns' in data/linking.json)."""
    return re.compile(r"(?<![\w-])(?:%s)(?:\s+(?:to|until|till|before))?\s*\Z" % _lists()["time_nouns"], re.I)
_NEITHER = re.compile(r"(?<![\w-])neither\s+(?=\w)", re.I)
_BOTH = re.compile(r"(?<![\w-])both\s+(?=\w)", re.I)
_AND = re.compile(r"(?<![\w-])and(?![\w-])", re.I)
_NOR = re.compile(r"(?<![\w-])nor(?![\w-])", re.I)
_COUNTED = re.compile(r"(?<![\w-])(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:proportions?|percentages?|numbers?|share|fraction|rates?)\b", re.I)


_FIRST_PERIOD = re.compile(
    r"(?<=[\w)])\s+(?:in|during|over|within|for)\s+the\s+(?:first|last|initial|final|past|following|next)\s+(?:[\w.-]+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|year|visits?|period)\s*\Z",
    re.I,
)


_SEVERITIES = frozenset("severe mild moderate".split())
_TRAILING_LINK_WORD = re.compile(
    r"(?<=\S)\s+(?:of|in|for|to|with|by|at|and|or|from|than|as|which|who"
    # 'quality of life measured (with the EQ-5D)': how it was measured, cut off before
    r"|measured|assessed|evaluated|rated|scored|determined|estimated|calculated)\s*$",
    re.I,
)
# An adverb or a bare comparative ending the phrase qualifies the result ('rated it more positively',
# '24-h SBP more than'): not '... or more', and not nouns in -ly ('family', 'anomaly', 'early').
_TRAILING_MODIFIER = re.compile(
    r"(?<=[\w)\]])\s+(?!(?:early|yearly)\b)(?:[A-Za-z]+(?:al|ive|ous|ent|ant|ed|ab|ib|ful|ar|ct|st|at|ut|id|ap|ur|rt|ng|ci|ete|ate|ht)ly|(?<!\bor\s)(?:more|less|further|often))\s*$",
    re.I,
)


def _names_people(text: str, span: tuple[int, int] | None) -> bool:
    """'Patients receiving X', 'The 18 hungry subjects of the trained group', '66.7% of the patients'
    (but 'the proportion of patients reaching A1C < 7%' is a measure)."""
    if span is None:
        return False
    lists = _lists()
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w/-]*|\d[\w.,%/-]*", text[span[0] : span[1]])]
    head = [w for w in words[:6] if w not in lists["determiners"]]
    if not head or head[0] in _MEASURE_OF_PEOPLE:
        return False
    if re.fullmatch(r"[\d.,%]+", head[0]):
        return not (head[0].endswith("%") and len(head) > 1 and head[1] in _RESPONDERS)  # not 'the 50% responder rate'

    for i, word in enumerate(head[:3]):
        if word in lists["person_heads"]:
            following = head[i + 1] if i + 1 < len(head) else None
            # 'patient survival', 'participant satisfaction': the person word modifies the measure named next
            return not (following and _modified_measure(following) and following not in lists["person_heads"])
    return False


_RESPONDERS = frozenset("responder responders response".split())
_NOT_A_MEASURE_AFTER_PEOPLE = frozenset(
    "of with in on at from who whom whose that which and or to for by than as were was are is had have has did "
    "do received receive treated given taking allocated assigned randomized randomised undergoing "
    "older younger aged over under above below".split()  # 'patients older than 65 years' are people
)


def _modified_measure(word: str) -> bool:
    """A word that can be the measure after a person word used as a modifier: not a function word, a
    verb or a participle ('patients receiving', 'subjects treated with')."""
    return word not in _NOT_A_MEASURE_AFTER_PEOPLE and not word.endswith(("ing", "ed")) and word.isalpha()


_MEASURE_OF_PEOPLE = frozenset("proportion proportions percentage percentages number numbers rate rates incidence frequency share fraction ratio".split())


_JUNK_OUTCOME = re.compile(
    r"^(?:respectively|often|non-?significant|insignificant|which|both|each|all|none|neither|nobody|that|this|these|those|it|they|them|there|between|among|compared|different|differences?"
    r"|groups?|arms?|the two|two|no significant|significant|statistical|statistically|as|did|so"
    r"|of|in|for|from|with|to|by|at|on|than|when|if|because|since|after|before|whether|two-sided|one-sided|though|although|while|whereas|favou?r(?:s|ed|ing)?)\b(?![-'])"
    r"|^(?:was|were|is|are|be|been)\b"  # 'were significantly low': a predicate, not a measure
    r"|^[^(]*\)"  # 'ITT)': the end of another parenthesis
    r"|^(?:treatment|therapy|intervention|administration|supplementation|the drug|the combination|use)$"
    r"|^(?:vs\.?|versus)$"  # the word between two values
    r"|^(?:the\s+)?baseline$"  # 'no change from baseline was seen in the placebo group (P)': when, not what
    # 'and latanoprost 16.8 +/- 2.7 mmHg', 'versus -1.8 +/- 3.0 mmHg': a mean and its SD, after at most an arm's name
    r"|^(?:(?:versus|vs\.?)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}[-−]?\s?\d[\d.]*\s*(?:±|\+/-|\+/−)\s*\d[\d.]*(?:\s*[A-Za-z%/]+(?:/[A-Za-z]+)?)?\s*$"
    r"|^(?:the\s+)?comparison$|^the\s+comparisons$"  # 'the P value for the comparison between groups': no measure ('describe comparisons' may be one)
    r"|^[A-Za-z]+ly$"
    # '2- and 5-year survival', 'the 50% responder rate' are names
    r"|^\W|^\d(?![\d.,]*-?[A-Za-z])(?!-\s(?:and|or|to)\s\d)(?![\d.]*\s?%\s+(?:responders?|response)\b)",
    re.I,
)


def _plausible_outcome(text: str, span: tuple[int, int] | None) -> bool:
    """An outcome names a measure: not a number, not 'respectively', not a study group."""
    if span is None or span[1] - span[0] < 2:
        return False
    phrase = text[span[0] : span[1]].strip()
    words = re.findall(r"[A-Za-z][\w/-]*", phrase)
    if not words or _JUNK_OUTCOME.search(phrase):
        return False
    # 'ASAS40', '2-h PPG', 'ACR 50' are names
    digits = sum(len(number) for number in _NUMBER.findall(_INDEX_NUMBER.sub(r"\1", phrase)))
    if digits > 0.3 * len(phrase):
        return False
    last = words[-1].lower()
    if last in _TREATMENT_HEADS and not re.search(r"\b(?:of|to|with|for|in|after|on)\b", phrase, re.I):
        return False  # 'Vildagliptin therapy', 'the fixed combination'
    if last in _lists()["group_nouns"] and not (last == "control" and len(words) > 1 and words[-2].lower() not in _NOT_A_MEASURE_OF_CONTROL):
        return False  # 'the placebo group'; but 'asthma control' is a measure
    return not _names_people(text, span) and not _is_anaphor(text, span)


_INDEX_NUMBER = re.compile(r"(?<=[A-Z]{3})\s+(\d{2,3})(?!\d)")
_TREATMENT_HEADS = frozenset("therapy therapies treatment treatments regimen regimens monotherapy combination intervention interventions".split())
_NOT_A_MEASURE_OF_CONTROL = frozenset("the a placebo usual standard active sham vehicle healthy matched untreated".split())


def _with_threshold(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'patients achieving HbA1c <7%', 'an HbA1c level of < 7.0%', 'IOP <= 18 mm Hg': a target or cut-off
    right after the measure is part of what was counted (a phrase cut at the number gets it back)."""
    match = _THRESHOLD.match(text, span[1], min(len(text), span[1] + 40))
    return (span[0], match.end()) if match else span


_THRESHOLD = re.compile(
    r"(?<=[\w)])(?:\s+of)?\s*(?:<|>|≤|≥|&lt;|&gt;|=<|>=|<=|(?:<|>)\s*or\s*=)\s*=?\s*\d+(?:[.,]\d+)?"
    r"(?:\s*(?:%|mm\s?Hg|(?:mg|mmol|µmol|μmol|g|ng|pg|U|IU|mEq)/(?:dl|l|mol|kg|m2|24\s?h)|kg/m2|kg|cm|bpm|points?)(?![\w/]))?"
    r"|(?<=\d)%",
    re.I,
)


def _with_criterion(text: str, span: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """'the proportion of participants' + 'with systolic pressure <=140 mm Hg': people counted are counted by
    what they had or reached; the phrase runs on over that criterion (up to ``hi``)."""
    if span is None:
        return None
    counted = _PEOPLE_COUNTED.search(text, span[0], span[1])
    after = span[1]
    if not counted or counted.group("people").lower() not in _lists()["person_heads"]:
        # 'the number of patients treated with NPH insulin who reported nocturnal hypoglycaemia': past the treatment
        counted = _PEOPLE_TREATED.search(text, span[0], span[1])
        treatment = _TREATMENT_THEN_WHO.match(text, span[1], hi) if counted else None
        if treatment is None:
            return span
        after = treatment.end()
    if counted.group("people").lower() not in _lists()["person_heads"]:
        return span
    criterion = _CRITERION.match(text, after, hi)
    phrase = _noun_phrase(text, criterion.end(), hi) if criterion else None
    return (span[0], phrase[1]) if phrase else span


_PEOPLE_COUNTED = re.compile(
    r"(?<![\w-])(?:proportions?|percentages?|numbers?|share|fraction|rates?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<people>[\w-]+)\s*\Z", re.I)
_PEOPLE_TREATED = re.compile(
    r"(?<![\w-])(?:proportions?|percentages?|numbers?|share|fraction|rates?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<people>[\w-]+)\s+"
    r"(?:treated|receiving|given|taking|randomi[sz]ed|assigned|allocated)\s*\Z", re.I)
_TREATMENT_THEN_WHO = re.compile(r"(?<!\s)(?:\s+(?:with|to|on))?(?:\s+[\w/+.-]+){1,4}?(?=\s+who\s)", re.I)
_CRITERION = re.compile(
    r"(?<!\s)\s+(?:with|who\s+(?:had|achieved|reached|attained|experienced|reported)|achieving|reaching|attaining|having|experiencing|reporting)"
    r"\s+(?:an?\s+|the\s+|at\s+least\s+)?(?=\w)",  # 'who reported at least one episode of X'
    re.I,
)
