"""Two arms set against each other by a comparative: 'lower with A than with B', 'A reduced X compared with B',
'Compared with B, A reduced X', 'A was non-inferior to B'.

Results sentences name the second arm after the marker ('than', 'compared with', 'versus', 'superior to') and the
first either in the same form before it ('with A ... than with B', 'in the A group ... than in the B group') or as
the clause's subject ('Metformin was associated with less weight gain than insulin'). A result whose parenthesis
follows one item of a list shares the list's other side: 'higher than both A (P) and B (P)', 'Both A (P) and B (P)
were superior to C'.
"""

from __future__ import annotations

import re

from typing import Callable

from .words import _lists


# The marker: the second arm follows it (never a number: 'lower than 7%', 'versus 12%' compare values).
_MARKER = re.compile(
    r"(?<![\w-])(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|in\s+comparison\s+(?:with|to)|(?:non-?)?inferior\s+to|superior\s+to)"
    r"(?=\s+(?![-−]?\.?\d)|\s+\d[\d.,]*[ \t]?(?:mg|µg|μg|mcg|g|IU)(?![\w/-]))",  # a dose is an arm: 'superior to 10 mg'
    re.I,
)
_INTRO = r"(?:(?P<intro>with|in|for|on|during|after|among|by)\s+)?"
_PEOPLE_GIVEN = (
    r"(?:(?:the\s+)?(?:(?:stable|unchanged|similar|corresponding|respective|mean|median)\s+)?(?:those|people|women|men|children|groups?|arms?|[a-z][a-z-]*s)\s+(?:receiving|given|treated\s+with|taking|in|on|within|"
    r"who\s+received|that\s+received|assigned\s+to|randomi[sz]ed\s+to|of(?=\s+the\s))\s+(?:an?\s+)?|(?:that|those)\s+(?:of|(?P<{0}>in|with|within|for|on|during|after))\s+(?:the\s+)?)?"
    # 'after consumption of an ad libitum diet': what was taken is the arm
    r"(?:(?:the\s+)?(?:consumption|intake|ingestion|use|administration)\s+of\s+(?:an?\s+|the\s+)?)?"
)
# An arm: a dose alone ('20 mg'), else a word and up to three more ('LM50/50 + Met', 'sham acupuncture', 'drug X 10 mg')
_ARM = (
    r"(?:the\s+|both\s+|either\s+)?(?P<arm>\d[\d.,]*[ \t]?(?:mg|µg|μg|mcg|g|ml|IU|U)(?:/(?:kg|day|d))?(?![\w/-])"
    # a strength and its drug: '0.05% atropine' (not '25.0% after', '10.6% of patients')
    r"|\d[\d.,]*[ \t]?%[ \t]+(?!(?:of|after|before|at|in|for|with|on|and|or|vs|versus|than|to|by|from|during|were|was|had|is|are|"
    r"patients|subjects|participants|people|women|men|children|infants|eyes|cases|respectively)(?![\w-]))[A-Za-z][\w+/-]*(?![\w/-])"

    r"|[A-Za-z][\w+/-]*(?:[ \t]*\+[ \t]*[A-Za-z0-9][\w+/-]*|[ \t]+(?!(?:and|or|at|in|for|with|on|during|after|was|were|had|is|are|but|"
    r"whereas|while|than|to|by|from|over|among|when|who|which|that|as|both|respectively|alone\s+(?:and|or)|vs|versus)\b|and[ \t]+(?=placebo\b))"
    r"[A-Za-z0-9][\w+/%.-]*){0,4})"
)
_AFTER = re.compile(r"(?<![\w.,/+-])" + _INTRO + _PEOPLE_GIVEN.format("that") + _ARM, re.I)
_TAIL = re.compile(
    r"(?<=\S)(?:[ \t]+of)?[ \t]+(?:treatment[ \t]+|therapy[ \t]+)?(?:groups?|arms?|periods?|phases?|conditions?|patients|subjects|participants|recipients|users|eyes|cohorts?|infants|children|ones?)\Z"
    r"|(?<=placebo)[ \t]+(?:treatment|therapy|administration)\Z|(?<=mg)[ \t]+doses?\Z|(?<=µg)[ \t]+doses?\Z|[.,]\Z",
    re.I,
)
# what follows a marker but is no arm: a baseline, an expectation, a time, a statistic
_NOT_AN_ARM = re.compile(
    r"(?<![\w-])(?:baseline|pre-?treatment|pre-?intervention|before|expected|normal|usual\s+levels?|previously|that|those|this|it|them|other|others|"
    r"week|weeks|month|months|day|days|year|years|visit|the\s+first|the\s+second|first|second|last|final|half|one|two|three|"
    r"mean|median|change|changes|difference|reduction|increase|decrease|values?|levels?|rates?|scores?|ci|or|rr|hr|sd|p|"
    r"results?|data|analys[ie]s|findings|we|there|it|they|trend|patients|subjects|participants|individuals|persons|people|cases|"
    r"groups?|arms?|doses?|treatments|regimens?|drugs|interventions|therapies|agents|older|younger|end-?points?|follow-?up|mid-?treatment|post-?treatment|end\s+of\s+(?:treatment|study|therapy))(?![\w-])",
    re.I,
)
_CLAUSE_OPENER = re.compile(
    r"(?:(?<!\s)\s+)?(?:(?<![\w-])[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,3}:\s*|(?-i:RESULTS?|CONCLUSIONS?|FINDINGS)\s+)?(?:,\s*)?(?:and|but|while|whereas|although|however,?)?\s*"
    r"(?:(?:at|after|in|among|during|by|over|for|on)\s+[^,;()]{1,40},\s*)?", re.I)
_FRONTED = frozenset(("", "and", "but", "as"))
# a dose is one word of a subject: 'ondansetron 8 mg reduced ...' names the 8 mg arm of a dose-ranging trial
_SUBJECT_DOSE = r"(?<![\w.,])\d[\d.,]*[ \t]?(?:mg|µg|μg|mcg|g|ml|mL|IU|U)(?:/(?:kg|day|d|h|ml))?(?![\w/-])"
_SUBJECT_WORD = re.compile(_SUBJECT_DOSE + r"|[A-Za-z0-9][\w+/%.-]*|\+")
_IS_DOSE = re.compile(_SUBJECT_DOSE)
_GROUP_END = re.compile(r"(?:groups?|arms?|patients|subjects|participants|recipients|users|eyes|controls|cohorts?)\Z", re.I)
_LIST_ITEM = re.compile(r"(?:(?<![\s)\],;])[\s)\],;]+|(?<![\w-]))(?:(?:and|or)\s+)?(?P<both>(?:both|either)\s+)?(?:(?:to|versus|vs\.?)\s+)?(?:with\s+|the\s+)?(?P<item>(?!(?:at|after|before|during|in|on|for|from|to|by|of|with)\b)[A-Za-z0-9][\w+/%.-]*(?:[ \t]+[A-Za-z0-9][\w+/%.-]*){0,3})\s*\Z", re.I)
_NOT_AN_ARM_START = re.compile(
    r"(?<![\w-])(?:women|men|patients|subjects|participants|children|infants|individuals|persons|those|these|this|that|their|its|his|her|"
    r"all|each|both|either|other|only|about|approximately|nearly|almost|there|it|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?![\w-])", re.I)
_BASELINE = re.compile(r"(?<![\w-])(?:baseline|pre-?treatment|pre-?intervention|pre-?operative)(?![\w-])", re.I)
_NOT_A_SUBJECT_WORD = re.compile(r"(?<![\w-])(?:analys[ie]s|results?|data|findings|trend|effects?|evaluation|study|trial)(?![\w-])", re.I)
_GROUP_LABEL_AFTER = re.compile(r"(?<![ \t])[ \t]+(?P<label>(?-i:[A-Z]{1,2}|[IVX]{1,4})|\d{1,2})(?![\w-])")
_LEAD = re.compile(r"(?<![\w-])(?:(?:both|either|only)\s+(?:the\s+)?)+", re.I)
# '..., whereas naltrexone did not (P)': the clause's own arm against the earlier comparison's other side
_DID_NOT = re.compile(
    r"(?<![\w-])(?:whereas|while|but|and)\s+(?:the\s+)?(?P<item>[A-Za-z][\w+/-]*(?:[ \t]+[A-Za-z0-9][\w+/-]*){0,2})\s+"
    r"(?:did|was|were|had|could|does)\s+not(?:\s+[a-z]+)?\s*\Z", re.I)
_PUNCTUATION = re.compile(r"[,;:()\[\]]")
_BOTH = re.compile(r"(?<![\w-])(?:both|either)\s+", re.I)


def _stops() -> frozenset[str]:
    lists = _lists()
    return lists["boundaries"] | lists["predicates"] | lists["verbs"] | lists["object_verbs"] | _MEASURE_WORDS


# words that end an arm's name: the comparison, a statistic or a time follows ('placebo comparison of mean scores')
_MEASURE_WORDS = frozenset(
    "than vs versus compared relative comparison mean median difference differences ratio scores score levels at after before "
    "favour favor regarding concerning".split()
)


def _arm_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The arm of an _AFTER match without its group word ('the placebo group' -> 'placebo'), None for no arm."""
    start, end = match.span("arm")
    words = list(re.finditer(r"\S+", text[start:end]))
    stops = _stops()
    if words and words[0].group().lower().strip(",.") in stops:
        return None  # 'with less weight gain': a measure, not an arm
    for i, word in enumerate(words):
        if i and word.group().lower().strip(",.") in stops and not (len(word.group()) == 1 and word.group().isupper()):  # 'drug A'
            end = start + words[i - 1].end()
            break
    while True:
        number = re.search(r"(?<=\S)\s+[-−]?\d[\d.,]*\Z", text[start:end])  # 'the controls 51 (36%)': a count, not the name
        if not number or re.search(r"(?i)(?:mg|µg|μg|mcg|ml|IU|g)\Z", text[start:end]):
            break
        end = start + number.start()
    tail = _tail_start(text, start, end)
    if tail > start:
        end = tail
    name = text[start:end].strip()
    if not name or _NOT_AN_ARM.fullmatch(name) or _NOT_AN_ARM.match(name) and len(name.split()) == 1 or name.lower() in stops:
        return None
    if _NOT_AN_ARM_START.match(name) or _BASELINE.search(name):
        return None  # 'those without p53', 'only 0.5% of 197 women', 'their baseline levels': people, counts or a baseline
    return start, start + len(name)


_PEOPLE_PREFIX = re.compile(
    r"(?<![\w-])(?:[A-Za-z][\w-]*\s+)?(?:those|people|children|women|men|[a-z][a-z-]*s)\s+(?:receiving|given|treated\s+with|taking|in|on|within|"
    r"who\s+received|assigned\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?", re.I)


def _tail_start(text: str, start: int, end: int) -> int:
    """Where the words after an arm's name begin ('placebo group', 'ultrasound group of patients'); ``end`` if none."""
    while True:
        tail = _TAIL.search(text, start, end)
        if not tail or tail.start() <= start:
            return end
        end = tail.start()


def _subject(text: str, lo: int, hi: int, known: "Callable[[str], bool] | None" = None) -> tuple[int, int] | None:
    """The clause's subject when it names a group ('The intervention group', 'LM75/25 patients', 'Metformin'): the
    words of its first comma-separated part that opens with neither a preposition, an adverb nor a number ('At 24
    weeks, ...', 'Postoperatively, ...') up to its verb. A measure ('HbA1c was lower', 'BMD increased,') is none."""
    heading = _HEADING.match(text, lo, hi)
    start = heading.end() if heading else lo
    skipped = False
    for part in _PART.finditer(text, start, hi):
        if _NOT_A_SUBJECT_START.match(part.group()):
            skipped = True
            continue
        if skipped and part.end() < hi and text[part.end()] == "," and not _VERB_IN.search(part.group()):
            continue  # 'In the phase 2, open-label, PALOMA-1 trial, A prolonged ...': a part with no verb
        return _subject_of(text, part.start(), hi, known)
    return None


# a part of the clause that opens with a preposition, a participle, an adverb, a number or a conjunction is no subject
_VERB_IN = re.compile(r"(?<![\w-])(?:was|were|had|has|have|showed|[a-z]+ed)(?![\w-])")
_PART = re.compile(r"(?:[^,;:.]|\.(?!\s))+")
_NOT_A_SUBJECT_START = re.compile(
    r"(?:(?<!\s)\s+)?(?:(?:and|but|while|whereas|although|however|thus|moreover|furthermore|overall)\b\s*)*"
    r"(?:\Z|(?:at|after|in|among|during|by|over|for|on|using|with|following|within|across|throughout|from|before|until|compared|"
    r"relative|as|when|if|of|to|between|versus|vs|respectively)\b|(?<![\w-])[\w-]+ly\b|[-−\d(\[])", re.I)
_HEADING = re.compile(r"(?:(?<!\s)\s+)?(?<![A-Za-z])(?:[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,3}:|(?:RESULTS?|CONCLUSIONS?|FINDINGS|METHODS|OBJECTIVES?|BACKGROUND)\b)\s*")
# 'BMD obviously increased,', 'fasting glucose fell (': the subject is what changed, a measure
_CHANGED = re.compile(
    r"(?<!\s)\s*(?:(?<![\w-])[\w-]+ly\s+)?(?:(?:was|were)\s+)?(?:increased|decreased|improved|reduced|fell|rose|declined|dropped|changed|worsened|"
    r"lower|higher|greater|smaller|shorter|longer|similar|better|worse|seemed|appeared|remained)(?:\s+(?:significantly|markedly|more|less))?\s*(?:[,;(]|and\b|by\b|from\b|to\b|in\b|at\b|with\b|\Z)",
    re.I)


def _subject_of(text: str, start: int, hi: int, known: "Callable[[str], bool] | None") -> tuple[int, int] | None:
    while start < hi and text[start] in " \t\n":
        start += 1
    people = _PEOPLE_PREFIX.match(text, start, hi)
    start = people.end() if people else start  # 'Patients receiving LM50/50 + Met had ...'
    lead = _LEAD.match(text, start, hi)
    start = lead.end() if lead else start  # 'both low-dose and high-dose X reduced ...', 'Only the high dose lowered ...'
    if re.match(r"(?:an?|one)\s", text[start:hi], re.I) or _NOT_AN_ARM_START.match(text, start, hi):
        return None  # 'A trend towards ...', 'A significantly higher proportion ...': no arm is introduced so
    stops = _stops()
    words = []
    joined = False
    for word in _SUBJECT_WORD.finditer(text, start, hi):
        low = word.group().lower()
        if low == "and" and words and not joined:
            joined = True  # 'Ondansetron and metoclopramide both reduced ...'
            continue
        if (low in stops and low not in ("the",) and not (len(word.group()) == 1 and word.group().isupper()) or words and _PUNCTUATION.search(text, words[-1].end(), word.start())
                or words and (low.endswith("ly") or low[:1].isdigit() and not _IS_DOSE.fullmatch(word.group()) or (low.endswith("ed") and word.group().islower()))):
            break  # its verb: 'Epi-CH injection allowed dissection', 'BMD obviously increased'
        words.append(word)
        if _GROUP_END.fullmatch(word.group()):
            label = _GROUP_LABEL_AFTER.match(text, word.end(), hi)
            if label:
                words.append(label)  # 'Group E had a lower heart rate than group L': the group's label names it
            break  # 'participants in the exercise group walked faster': the subject ends at its head
    while words and words[-1].group().lower() in ("both", "each", "all", "also"):
        words = words[:-1]
    if not words or len(words) > 6 or words[-1].end() >= hi:
        return None
    if _CHANGED.match(text, words[-1].end(), hi) and not _GROUP_END.fullmatch(words[-1].group()):
        return None
    while words and words[0].group().lower() in ("the", "both", "all"):
        words = words[1:]
    if not words:
        return None
    span = words[0].start(), words[-1].end()
    tail = _tail_start(text, *span)
    cut = tail < span[1]
    if tail > span[0]:
        span = span[0], tail
    name = text[span[0] : span[1]]
    if _NOT_A_SUBJECT_WORD.search(name):
        return None  # 'Post hoc analysis revealed ...', 'Their evaluation found ...'
    if _NOT_AN_ARM.match(name) and not _LABEL.match(name) or re.match(r"\d", name) and not re.match(r"\d[\d.,]*[ \t]?(?:mg|µg|μg|mcg|g|ml|IU)(?![\w-])", name):
        return None
    if known is not None and not known(name) and not cut and not _ROLE.fullmatch(name):
        return None  # 'Stress decreased ...' in a trial whose arms are known: a measure, not an arm
    return span


_ROLE = re.compile(r"(?:intervention|experimental|treatment|treated|active|control|controls|comparison|comparator|placebo|sham|usual\s+care)", re.I)


def against_pair(text: str, start: int, sent_start: int, since_previous: int, anchor: int, close: int, sent_end: int,
                 outcome: tuple[int, int] | None, arms: Callable[[str], bool] | None = None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two arms a comparative sets against each other for the result whose parenthesis opens at ``anchor``:
    (first, second) spans, or None. ``arms`` (whether a name is one of the document's arms; None when unknown) vets
    subjects and pairs: 'Stress decreased in the intervention group compared with controls' names no arm by its subject."""
    pair = _against_pair(text, start, sent_start, since_previous, anchor, close, sent_end, outcome, arms)
    return pair if pair and _names_an_arm(text, pair, arms) else None


def _against_pair(text: str, start: int, sent_start: int, since_previous: int, anchor: int, close: int, sent_end: int,
                 outcome: tuple[int, int] | None, arms: Callable[[str], bool] | None = None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two arms a comparative sets against each other for the result whose parenthesis opens at ``anchor``:
    (first, second) spans, or None. ``arms`` (the document's arm names) vets a clause subject: 'Stress decreased
    in the intervention group compared with controls' names no arm by its subject."""
    def outside(span: tuple[int, int] | None) -> bool:
        return span is not None and not (outcome and outcome[0] <= span[0] < outcome[1] and not (span[0] > outcome[0] and span[1] == outcome[1]))

    def different(first: tuple[int, int], second: tuple[int, int]) -> bool:
        return text[first[0] : first[1]].lower() != text[second[0] : second[1]].lower()

    if since_previous > anchor:
        # '(P = 0.03 and P = 0.01)': the second p-value of a parenthesis reads the clause before it like the first
        since_previous = sent_start
        for prior in _PRIOR_RESULT.finditer(text, sent_start, anchor):
            since_previous = prior.end()
    # 'Both A (P) and B (P) were superior to C', 'A (P) and B (P) reduced X compared with C': the item before the
    # parenthesis against what follows the marker later in the sentence
    item = _LIST_ITEM.search(text, since_previous, anchor)
    later_item = item and _only_item(text, since_previous, item) and since_previous > sent_start
    if item and (item.group("both") or later_item and (arms is not None and arms(item.group("item")) or _BOTH.search(text, sent_start, item.start()))):
        later = _MARKER.search(text, close, min(sent_end, close + 160))
        if later and not re.search(r"[;.]\s", text[close : later.start()]) and not _MARKER.search(text, since_previous, anchor):
            after = _AFTER.match(text, _skip_space(text, later.end()))
            head = _AFTER.match(text, item.start("item"))
            first = _arm_span(text, head) if head else None
            second = _arm_span(text, after) if after else None
            if first and second and outside(first) and different(first, second):
                return first, second
    marker = None
    for marker in _MARKER.finditer(text, sent_start, anchor):
        pass
    if marker is None:
        return _marker_after(text, sent_start, close, sent_end, outcome, arms)
    after = _AFTER.match(text, _skip_space(text, marker.end()))
    if not after:
        return None
    intro = after.group("intro") or after.group("that")  # 'compared with that after consumption of ...': as 'after'
    did_not = _DID_NOT.search(text, since_previous, anchor) if marker.end() <= since_previous else None
    if did_not and text[since_previous : did_not.start()].strip(" \t\n),;"):
        did_not = None
    if did_not:
        head = _AFTER.match(text, did_not.start("item"))
        first, second = (_arm_span(text, head) if head else None), _arm_span(text, after)
        return (first, second) if first and second and different(first, second) else None
    if marker.end() <= since_previous and _is_fronted(text, sent_start, marker):
        # 'Compared with placebo, progression was slower with A (P) and B (P) but not with C (P)': each later item against
        # the fronted arm
        lo = since_previous
        while lo < anchor and text[lo] in " \t\n)],;":
            lo += 1
        item = _FRONTED_ITEM.fullmatch(text, lo, anchor)
        head = _AFTER.match(text, item.start("item")) if item else None
        first = _arm_span(text, head) if head and not text[head.end() : anchor].strip() else None
        second = _arm_span(text, after)
        return (first, second) if first and second and outside(first) and different(first, second) else None
    if marker.end() <= since_previous:
        # 'higher than both A (P = ..) and B (P = ..)': the later items of the list after the marker
        item = _LIST_ITEM.search(text, since_previous, anchor)
        # a ';' inside a result's parenthesis ('than with B (11%; P = 0.02) and C (...)') ends no clause
        if not item or not _only_item(text, since_previous, item) or _outside_parentheses(text, marker.end(), anchor, _STOP):
            return None
        listed = _arm_span(text, after)
        if listed is None or not _OWN_RESULT.match(text, listed[1], since_previous):
            return None  # the first item after the marker carries its own result: 'than both A (P = ..) and B (P = ..)'
        item = _LIST_ITEM.search(text, since_previous, anchor)
        head = _AFTER.match(text, item.start("item"))
        second = _arm_span(text, head) if head else None
        lo = _previous_clause_start(text, sent_start, marker.start())
        first = _first_arm(text, lo, marker, intro, outcome, arms, second)
        return (first, second) if first and second and outside(first) and different(first, second) else None
    second = _arm_span(text, after)
    if second is None or second[1] > anchor:
        return None
    lo = since_previous
    opener = _CLAUSE_OPENER.match(text, lo, marker.start())
    if marker.group().lower() != "than" and text[opener.end() if opener else lo : marker.start()].strip(" \t\n,").lower() in _FRONTED:
        # 'Compared with placebo, sitagliptin reduced ...': the subject after the fronted phrase
        comma = text.find(",", second[1], anchor)
        # 'Compared with placebo, progression was slower with 0.05% atropine (P)': the arm right before the result
        first = _arm_before(text, comma + 1, anchor) if comma != -1 else None
        first = first or (_subject(text, comma + 1, anchor, arms) if comma != -1 else None)
        if first is None or not outside(first):
            # 'Compared with the control group, the expression of Bcl-2 was up-regulated in the Epi-CH group (P)'
            found = [_arm_span(text, m) for m in _INTRO_BEFORE["in"].finditer(text, comma + 1, anchor)] if comma != -1 else []
            first = next((f for f in reversed(found) if outside(f) and (_GROUP_NEXT.match(text, f[1]) or arms and arms(text[f[0] : f[1]]))), None)
        first = _one_of(text, first, start, sent_end)
        return (first, second) if first and outside(first) and different(first, second) else None
    first = _first_arm(text, lo, marker, intro, outcome, arms, second)
    if _NO_SUBJECT.fullmatch(text, lo, marker.start()):
        # 'A reduced X compared with B (P) but not compared with C (P)', 'higher with A than with B (P) and than with C (P)':
        # the first arm of the clause before, found before its own marker
        earlier = None
        for earlier in _MARKER.finditer(text, sent_start, lo):
            pass
        if earlier is not None:
            previous_after = _AFTER.match(text, _skip_space(text, earlier.end()))
            previous_intro = previous_after.group("intro") or previous_after.group("that") if previous_after else None
            first = _first_arm(text, _previous_clause_start(text, sent_start, earlier.start()), earlier, previous_intro, outcome, arms,
                               _arm_span(text, previous_after) if previous_after else None) or first
    first = _one_of(text, first, start, sent_end)
    if first and outside(first) and different(first, second):
        return first, second
    return None


def _is_fronted(text: str, sent_start: int, marker: re.Match[str]) -> bool:
    """Whether the marker opens its sentence ('Compared with placebo, ...'): its arm is set against the sentence's others."""
    if marker.group().lower() == "than":
        return False
    opener = _CLAUSE_OPENER.match(text, sent_start, marker.start())
    return text[opener.end() if opener else sent_start : marker.start()].strip(" \t\n,").lower() in _FRONTED


# ') and 0.025% atropine (', ') but not with 0.01% atropine (', '), and tretinoin (': a later item of the list, alone
_FRONTED_ITEM = re.compile(
    r"(?<![\w-])(?:(?:and|or|but)\s+)?(?:not\s+)?(?:(?:with|after|for|in)\s+)?(?P<item>(?=[A-Za-z0-9])[^()\s,;][^(),;]{0,60}?)\s*", re.I)


def _arm_before(text: str, lo: int, anchor: int) -> tuple[int, int] | None:
    """The arm of a 'with A' / 'after A' phrase that ends right before the result's parenthesis, None if there is none."""
    for form in ("with", "after"):
        found = None
        for found in _INTRO_BEFORE[form].finditer(text, lo, anchor):
            pass
        if found and not text[found.end() : anchor].strip():
            return _arm_span(text, found)
    return None


_OWN_RESULT = re.compile(r"(?<!\s)\s*[(\[][^()\[\]]{0,40}?(?<![A-Za-z])[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)")
_PRIOR_RESULT = re.compile(r"(?<![A-Za-z])[Pp]\s*(?:[<>=≤≥:]|&lt;|&gt;)\s*\.?\d[\d.]*\s*[)\]]?")
_STOP = re.compile(r"[;.]\s")
_NO_SUBJECT = re.compile(
    r"(?<![\s,])[\s,)\]]*(?:but|and|or|while|whereas)?\s*(?:not|also|only|significantly|none)?\s*"
    r"(?:(?<![\w-])(?:more|less|better|worse|greater|lower|higher|longer|shorter|faster|slower)\s*)?\Z", re.I)  # ', but not more than C'

_AND = re.compile(r"(?<=\w)\s+and\s+(?=\w)", re.I)
_RESPECTIVELY = re.compile(r"(?<![\w-])respectively(?![\w-])", re.I)


def _marker_after(text: str, sent_start: int, close: int, sent_end: int, outcome: tuple[int, int] | None,
                  arms: Callable[[str], bool] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Patients in the A group had lower X (P), fewer Y (P) and lower Z (P) than those in the B group.': the marker and
    the second arm close the sentence after all its results; the first arm is the sentence's (its subject or its 'in A')."""
    later = _MARKER.search(text, close, min(sent_end, close + 400))
    if later is None or _outside_parentheses(text, close, later.start(), _CLAUSE_BREAK):
        return None
    after = _AFTER.match(text, _skip_space(text, later.end()))
    second = _arm_span(text, after) if after else None
    if second is None or not _SENTENCE_CLOSE.match(text, after.end()):
        return None
    intro = after.group("intro") or after.group("that")
    first = _first_arm(text, sent_start, later, intro, outcome, arms, second)
    if first is None or first[1] > close or not (_GROUP_NEXT.match(text, first[1]) or _GROUP_NEXT.match(text, second[1]) or arms and arms(text[first[0] : first[1]])):
        return None  # the first arm is named before the result ('Patients in A had lower X (P) ...'), as a group or a known arm
    return (first, second) if text[first[0] : first[1]].lower() != text[second[0] : second[1]].lower() else None


_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|(?<![\w-])(?:whereas|while|but|although|which|who)(?![\w-])", re.I)
_SENTENCE_CLOSE = re.compile(r"\s*(?:(?:groups?|arms?)\s*)?(?:\([^()]{0,80}\)\s*)?(?:[.;]|\Z)", re.I)


def _outside_parentheses(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` occurs in text[lo:hi] outside parentheses ('(11% vs 19%; P = 0.02)' holds its own ';')."""
    depth, start = 0, lo
    for i in range(lo, hi):
        char = text[i]
        if char in "([":
            if depth == 0 and pattern.search(text, start, i):
                return True
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
            start = i + 1
    return depth == 0 and bool(pattern.search(text, start, hi))


def _one_of(text: str, first: tuple[int, int] | None, start: int, sent_end: int) -> tuple[int, int] | None:
    """'Aspirin and clopidogrel reduced stroke compared with placebo (P = 0.03 and P = 0.01, respectively)': the
    arm of the list whose place the result's p-value takes."""
    if first is None:
        return None
    joint = _AND.search(text, *first)
    if not joint or not _RESPECTIVELY.search(text, first[1], sent_end):
        return first
    index = len(_PRIOR_RESULT.findall(text, first[1], start))
    listed = _P_VALUES_OF.search(text, first[1], start) if index == 0 else None
    if listed:  # '(P values of 0.02 and 0.04, respectively)': the values before this one in the list
        index = len(_LISTED_VALUE.findall(text, listed.end(), start))
    return None if index > 1 else ((first[0], joint.start()) if index == 0 else (joint.end(), first[1]))


_P_VALUES_OF = re.compile(r"\([ \t]*[Pp][- ]?values?(?:[ \t]+(?:of|were))?[ \t:=]*(?=[<≤]?[ \t]*\d*\.\d)(?=[^()]*\Z)")
_LISTED_VALUE = re.compile(r"(?<![\w.])\d*\.\d+")


def _names_an_arm(text: str, pair: tuple[tuple[int, int], tuple[int, int]], known: Callable[[str], bool] | None) -> bool:
    """In a trial whose arms are known, one side of a pair must name one of them, a role or a group ('more frequent in
    African-American than in Caucasian patients' compares subgroups)."""
    if known is None:
        return True
    for a, b in pair:
        name = text[a:b]
        if known(name) or _ROLE.search(name) or _GROUP_NEXT.match(text, b):
            return True
    return False


def _only_item(text: str, since_previous: int, item: re.Match[str]) -> bool:
    """Whether the clause since the previous result holds the list item alone: ') and placebo ('."""
    return not text[since_previous : item.start()].strip(" \t\n)],;")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _previous_clause_start(text: str, sent_start: int, pos: int) -> int:
    cut = sent_start
    for match in re.finditer(r";|\)\s*,", text[sent_start:pos]):
        cut = sent_start + match.end()
    return cut


_INTRO_BEFORE = {intro: re.compile(r"(?<![\w-])%s\s+" % intro + _PEOPLE_GIVEN.format("that") + _ARM, re.I)
                 for intro in ("with", "in", "for", "on", "during", "after", "among", "by")}


def _first_arm(text: str, lo: int, marker: re.Match[str], intro: str | None, outcome: tuple[int, int] | None,
               arms: Callable[[str], bool] | None, second: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The arm before the marker: in the same form as the second ('with A ... than with B'), right before the marker
    ('in the intervention group compared with controls', 'when group C was compared with'), else the clause's subject."""
    def usable(span: tuple[int, int] | None) -> bool:
        return span is not None and not (outcome and outcome[0] <= span[0] < outcome[1])

    def grouped(match: re.Match[str], span: tuple[int, int] | None, parallel: bool = False) -> bool:
        """A group named as one ('in the ESP group') or a known arm: 'for nasotracheal intubation' is neither."""
        # 'in implanted than non-implanted eyes': the second arm's group word stands for both
        return span is not None and (bool(_GROUP_NEXT.match(text, span[1]) or _LABEL.match(text, span[0], span[1])) or arms is not None and arms(text[span[0] : span[1]])
                                     or parallel and second is not None and bool(_GROUP_NEXT.match(text, second[1])))

    compared = _WAS_COMPARED.search(text, lo, marker.start()) if marker.group().lower().startswith("compared") else None
    if compared:
        span = _arm_span(text, _AFTER.match(text, compared.start("arm")))
        if usable(span):
            return span  # 'significant when group C was compared with group B'
    adjacent = _ADJACENT.search(text, lo, marker.start())
    if adjacent and not intro:
        head = _AFTER.match(text, adjacent.start("arm"))
        span = _arm_span(text, head) if head else None
        if usable(span) and grouped(head, span, parallel=True):
            return span  # 'Stress decreased in the intervention group compared with controls'
    if not intro:
        owner = None
        for owner in _OF_GROUP.finditer(text, lo, marker.start()):
            pass
        span = (owner.start("arm"), _tail_start(text, *owner.span("arm"))) if owner else None
        if usable(span):
            return span  # 'The VAS score of group A was lower than group B', 'the rate of the observation group ... than that of control group'
        subject = _subject(text, lo, marker.start(), arms)
        if usable(subject):
            return subject  # 'Metformin was associated with less weight gain than insulin'
    for form in ([intro] if intro else ["with", "in"]):
        found = None
        for match in _INTRO_BEFORE[form.lower()].finditer(text, lo, marker.start()):
            span = _arm_span(text, match)
            if not intro and form == "in" and not grouped(match, span):
                continue  # 'In Hamburg, ...', 'no difference in weight loss versus placebo': not a group
            # 'Quality of life with CBT was better than ...': an outcome read with its arm still ends in it
            if usable(span) or span and form.lower() == "with" and outcome and outcome[0] < span[0] and span[1] == outcome[1]:
                found = span
        if found:
            return found  # 'lower with A than with B'; 'In women, HbA1c fell more with A than B'
    return _subject(text, lo, marker.start(), arms) if intro else None


_LABEL = re.compile(r"(?<![\w-])(?:groups?|arms?)\s+\w", re.I)
_GROUP_NEXT = re.compile(
    r"(?<!\s)\s+(?:treatment\s+)?(?:groups?|arms?|cohorts?|patients|subjects|participants|recipients|users|eyes|children|infants)(?![\w-])", re.I)
_WAS_COMPARED = re.compile(
    r"(?:\A|(?<=[\s,]))(?=[A-Za-z])(?:(?:when|where|if|after|and|but|while)\s+)?(?P<arm>(?:the\s+)?[A-Za-z][\w+/-]*(?:[ \t]+[A-Za-z0-9][\w+/-]*){0,2})[ \t]+(?:was|were)[ \t]+(?:\w+ly[ \t]+)?\Z",
    re.I)


# 'the VAS score of group A', 'the cure rate of the observation group': the measure's owner, a group by its label or group word
_OF_GROUP = re.compile(
    r"(?<![\w-])of\s+(?:the\s+)?(?P<arm>(?:group|arm)\s+(?-i:[A-Z]{1,3}|[IVX]{1,4}|\d{1,2})(?![\w-])"
    r"|(?!(?:the|each|both|all|two|three|either)\b)[A-Za-z][\w+/-]*(?:[ \t]+[A-Za-z][\w+/-]*){0,3}?[ \t]+(?-i:group|arm)(?![\w-]))",
    re.I,
)


# an arm phrase ending right before the marker: 'in the intervention group compared with', 'with A, as compared with'
_ADJACENT = re.compile(
    r"(?<![\w-])(?:with|in|for|among|on|favou?r\s+of)\s+(?P<arm>" + _PEOPLE_GIVEN.format("that") + r"(?:the\s+)?[A-Za-z][\w+/-]*(?:[ \t]+[A-Za-z0-9][\w+/-]*){0,3})"
    r"[\s,]*(?:\([^()]{0,40}\)[\s,]*)?(?:as\s+)?\Z",
    re.I,
)
