"""The subject of a result's clause: who or what the sentence says something about.

'Hb in the HIP group was ...', 'The primary outcome, 90-day mortality, was similar': the measure is
usually the clause's subject, read from the clause start or walked back from the result.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import load
from .words import _lists, _WORD, _words


@lru_cache(maxsize=1)
def _from_heads() -> frozenset[str]:
    return frozenset(load("linking")["from_heads"])


def _walk_back(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The outcome phrase ending at ``hi``: walk back over words until a boundary."""
    lists = _lists()
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(text[lo:hi])]
    start = None
    for i in range(len(words) - 1, -1, -1):
        w_start, _, word = words[i]
        low = word.lower()
        if low in ",;:()[]" or low in lists["boundaries"] or low in lists["predicates"]:
            if low in {"of", "to"}:
                continue
            if (i == len(words) - 1 and low in _CHANGE_HEADS and i > 0 and _measure_word(words[i - 1][2], lists)
                    and not _OF_OR_IN_NEXT.match(text, hi)):
                start = w_start  # 'a greater intraocular pressure reduction (P)': the change of a named measure
                continue
            if low == "or" and i >= 2 and words[i - 2][2].lower() == "of" and words[i - 1][2][:1].isalpha():
                continue  # 'the rate of stroke or systemic embolism': the events of one composite measure
            if low == "from" and i > 0 and words[i - 1][2].lower() in _from_heads():
                continue  # 'death from vascular causes', 'freedom from angina'
            break
        start = w_start
    if start is None:
        return None
    end = words[-1][1]
    return (start, end) if end > start else None


_CHANGE_HEADS = frozenset("increase decrease reduction improvement change".split())


def _measure_word(word: str, lists: dict) -> bool:
    """A word that can name what changed ('IOP reduction'), not a size or a kind of change ('a modest reduction')."""
    low = word.lower()
    return (word[:1].isalnum() and low not in lists["boundaries"] and low not in lists["predicates"] and low not in _SIZE_WORDS
            and not low.endswith(("ly", "al", "ive", "ant", "ent")))


_SIZE_WORDS = frozenset("of to from modest small slight large substantial minor major mean median average overall relative absolute "
                        "greatest smallest largest maximal maximum minimal minimum net total further any".split())
_OF_OR_IN_NEXT = re.compile(r"(?<!\s)\s*(?:in|of)\s", re.I)  # matched right after a word


def _subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause in text[lo:hi]: from its start to the first copula."""
    lists = _lists()
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(text[lo:hi])]
    # Start after a subordinator or comma that opens the clause holding the verb.
    copulas = [i for i, w in enumerate(words) if w[2].lower() in lists["copulas"] and i > 0]
    copula_at = copulas[-1] if copulas else None
    if copula_at is None or copula_at == 0:
        return None
    first = 0
    between = False  # 'the difference between A and B was': that 'and' joins the pair, not two clauses
    for i in range(copula_at - 1, -1, -1):
        if words[i][2] in {",", ";", ":"}:
            break
        if words[i][2].lower() == "between":
            between = True
            break
    for i in range(copula_at - 1, -1, -1):
        low = words[i][2].lower()
        if low == "and" and between:
            continue
        if low == "between":
            between = False
        if words[i][2] in {",", ";", ":"} or low in {"although", "though", "while", "whereas", "but", "and", "that"}:
            first = i + 1
            break
    if first == copula_at and first >= 3 and words[first - 1][2] == ",":
        # 'The primary outcome measure, 90-day mortality, was similar': the apposition names the measure
        begin = first - 2
        while begin > 0 and words[begin - 1][2] not in {",", ";", ":"}:
            begin -= 1
        if begin > 0 and words[begin - 1][2] == "," and first - 1 - begin <= 6 and words[begin][2].lower() not in _GLOSS_OPENERS:
            return words[begin][0], words[first - 2][1]
    while first < copula_at and words[first][2].lower() in lists["determiners"]:
        first += 1
    if first >= copula_at:
        return None
    return words[first][0], words[copula_at - 1][1]


def _first_verb(words: list[tuple[int, int, str, int]], verbs: frozenset[str]) -> int | None:
    """The first verb; after an article or a preposition the word is an adjective ('with improved disability')."""
    gloss = None  # where a gloss between commas opened: 'The rate of response, defined as a rating of much improved, was'
    for i, (_, _, word, depth) in enumerate(words):
        before = words[i - 1][2] if i > 0 else ""
        if depth == 0 and word == "," and i + 1 < len(words) and words[i + 1][2].lower() in _GLOSS_OPENERS:
            gloss = i + 1
            continue
        if gloss is not None:
            if depth == 0 and word == "," and i > gloss + 2:
                gloss = None
            continue
        if i > 0 and depth == 0 and word.lower() in verbs and (before.lower() not in _BEFORE_ADJECTIVE or before == "A"):
            return i  # 'drug A had': A is a label, not the article
    return None


_BEFORE_ADJECTIVE = frozenset("with of the a an in for by to no any and or without".split())


def _lead_subject(text: str, lo: int, hi: int, several: bool = False) -> tuple[tuple[int, int] | None, int | None]:
    """The subject read from the clause start: the words before its first verb, after any leading
    phrase set off by a comma ('After 6 months, Hb in the HIP group was ...' -> 'Hb in the HIP group').
    With ``several`` (the result is for all of a list: 'X, Y and Z decreased (P < .05 for all)') the
    subject extends over the list. Also the verb's start, when it is a verb that takes the measure as object."""
    lists = _lists()
    words = _words(text, lo, hi)
    verb = _first_verb(words, lists["verbs"])
    if verb is None:
        return None, None
    if verb + 1 < len(words) and words[verb + 1][2].lower() == "that" and words[verb + 1][1] < hi:
        return _lead_subject(text, words[verb + 1][1], hi, several)  # 'Results showed that X was ...'
    if verb + 2 < len(words) and words[verb + 2][2].lower() == "that" and words[verb + 1][2].lower() in _REPORTING_PARTICIPLES:
        return _lead_subject(text, words[verb + 2][1], hi, several)  # 'It was found that X was ...', 'The results are shown that ...'
    object_verb = words[verb][0] if words[verb][2].lower() in lists["object_verbs"] else None
    for j in range(verb + 1, min(verb + 4, len(words))):  # 'X was (significantly) associated with Y'
        if words[j][2].lower() == "associated":
            object_verb = words[j][0]
            break
        if not words[j][2].lower().endswith("ly"):
            break
    first = 0
    for i in range(verb - 1, -1, -1):
        if words[i][3] == 0 and words[i][2] in {",", ";", ":"}:
            first = i + 1
            break
    if first == verb and first >= 3 and words[first - 1][2] == ",":
        # 'The primary outcome, 90-day mortality, was similar': the apposition names the measure
        begin = first - 2
        while begin > 0 and not (words[begin - 1][3] == 0 and words[begin - 1][2] in {",", ";", ":"}):
            begin -= 1
        if begin > 0 and words[begin - 1][2] == "," and first - 1 - begin <= 6 and words[begin][2].lower() not in _GLOSS_OPENERS:
            first, verb = begin, first - 1
        elif words[begin][2].lower() in _GLOSS_OPENERS:
            # 'The rate of response, defined as a 25% decrease in the score, was 69%': the gloss explains the
            # measure named before it
            end = begin - 1
            while end > 0 and not (words[end - 1][3] == 0 and words[end - 1][2] in {",", ";", ":"}):
                end -= 1
            if begin - 1 > end:
                first, verb = end, begin - 1
    while several and first >= 2 and words[first - 1][2] == ",":
        begin = first - 2  # the list item before this comma
        while begin > 0 and not (words[begin - 1][3] == 0 and words[begin - 1][2] in {",", ";", ":"}):
            begin -= 1
        item = [w[2].lower() for w in words[begin : first - 1]]
        if not item or item[0] in _NOT_A_LIST_ITEM or any(w in lists["verbs"] for w in item):
            break
        first = begin
    for i in range(verb - 1, first - 1, -1):
        if words[i][3] == 0 and words[i][2].lower() == "that":
            first = i + 1  # 'These results indicate that X was ...'
            break
    while first < verb and words[first][2] in _SECTION_HEADINGS:
        first += 1  # 'RESULTS In the metoprolol group ...': a heading run into its sentence
    if first + 2 < verb and _COUNT_WORD.fullmatch(words[first][2]) and words[first + 1][2] == "(":
        closing = next((i for i in range(first + 2, verb) if words[i][2] == ")" and words[i][3] == words[first][3]), None)
        if closing is not None and "%" in text[words[first + 1][0] : words[closing][1]]:
            first = closing + 1  # 'Three (6%) first attempts failed': the count is the result
    circumstance = _LEADING_CIRCUMSTANCE.match(text, words[first][0], words[verb][0]) if first < verb else None
    if circumstance:  # 'After the treatment the KPS was ...', 'In the lipid study LDL cholesterol fell ...'
        while first < verb and words[first][0] < circumstance.end():
            first += 1
    while first < verb and (words[first][2].lower() in lists["determiners"] or words[first][2].lower() in {"and", "but", "while", "whereas", "although"}):
        first += 1
    last = verb - 1
    while last >= first and words[last][2].lower() in {"also", "not", "significantly", "statistically", "both", "all", "each", "all", "then"}:
        last -= 1
    if last > first and words[last][2] in ")]":
        opening = max((i for i in range(first, last) if words[i][2] in "([" and words[i][3] == words[last][3]), default=None)
        if opening is not None and opening > first and text[words[opening][0] - 1].isspace() and len(_NUMBER.findall(text, words[opening][0], words[last][1])) >= 2:
            # 'defecation frequency (NF: 3.5 versus 5.6/week)': the numbers are the result
            end = words[opening][0]
            while end > words[first][0] and text[end - 1].isspace():
                end -= 1
            return (words[first][0], end), object_verb
    if last < first:
        return None, object_verb
    return (words[first][0], words[last][1]), object_verb


_REPORTING_PARTICIPLES = frozenset("shown found observed noted demonstrated seen revealed reported concluded established".split())
_GLOSS_OPENERS = frozenset("defined expressed measured assessed calculated evaluated determined estimated ie i.e. i.e namely".split())
_SECTION_HEADINGS = frozenset("RESULTS RESULT FINDINGS CONCLUSIONS CONCLUSION OUTCOMES".split())
_COUNT_WORD = re.compile(
    r"\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?"
)


# A time point or setting opening the clause without a comma: it ends at a number, a time unit or a
# study noun that no further part of the circumstance ('of therapy', 'weeks', '(T1)') follows.
_LEADING_CIRCUMSTANCE = re.compile(
    r"(?:in|at|after|during|over|by|within|following|before|throughout|on)\s+(?:[\w/.+-]+\s+){0,6}?"
    r"(?:\d[\w.,/-]*|weeks?|months?|days?|years?|hours?|baseline|treatment|therapy|study|substudy|sub-study|trial|analysis|population|phase|"
    r"period|follow-up|intervention|surgery|group|arm|cohort|subgroup|end|visit)(?:\s*\([^()]{1,20}\))?"
    r"(?!\s*\(|\s+(?:of|in|with|on|at|for|from|to|and|or|weeks?|months?|days?|years?|hours?|h|min|mo|wk)\b|\s+\d|[\w/.+-])\s*,?\s+(?=\w)",
    re.I,
)


_NOT_A_LIST_ITEM = frozenset(
    "after at in during over compared with among for by from on before since within results however overall moreover "
    "furthermore additionally also although while when whereas thus therefore finally similarly".split()
)


def _without_group(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Hb in the HIP group' -> 'Hb': a phrase loses the study group it is measured in."""
    if span is None:
        return None
    for match in _lists()["group_inside"].finditer(text, span[0], span[1]):
        if match.start() <= span[0]:
            continue
        if _OF_PEOPLE.match(text, match.start()) and _MEASURE_OF_PEOPLE.search(text, span[0], match.start()) and any(
                word.lower() in _lists()["person_heads"] and word.lower() not in _GROUP_HEADS for word in _PERSON_WORD.findall(text, *match.span())):
            continue  # 'the proportion of patients achieving X' counts people: it is the measure ('the rate of the control group' is not)
        return span[0], match.start()
    return span


_PERSON_WORD = re.compile(r"[A-Za-z]+")
_GROUP_HEADS = frozenset("group groups arm arms cohort cohorts".split())
_OF_PEOPLE = re.compile(r"(?<!\s)\s+of\b", re.I)
_MEASURE_OF_PEOPLE = re.compile(r"(?<![\w-])(?:proportions?|percentages?|numbers?|share|fraction|rates?|ratios?)\s*\Z", re.I)


_NUMBER = re.compile(r"(?<![A-Za-z\d])[-+]?\d[\d.,]*(?![\d.,]*[A-Za-z])")
