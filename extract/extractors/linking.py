"""Link a result (a p-value) to the outcome and the comparison its sentence names.

Rules, from reading results sentences across trial abstracts:

* a p-value in parentheses belongs to the phrase just before the parenthesis
  ("improved patient survival (91% vs 42%, P = .015)");
* walking back from there, the outcome phrase ends at a boundary word (a verb, "in", "and", a comma)
  and loses comparatives and articles ("a shorter hospital stay" -> "hospital stay");
* a trailing group phrase ("in the experimental arm", "compared with placebo") is the comparison;
* when nothing but a predicate is left ("was also shorter"), the outcome is the clause's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext
from .ner_outcomes import prefer_outcome
from .timeframes import TIME_FRAME

_WORD = re.compile(r"[\w][\w/+\-.']*[\w]|[\w]|[,;:()\[\]]")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str] | re.Pattern[str]]:
    data = load("linking")
    groups = "|".join(data["group_words"])
    return {
        "boundaries": frozenset(data["boundaries"]),
        "predicates": frozenset(data["predicates"]),
        "determiners": frozenset(data["determiners"]),
        "copulas": frozenset(data["copulas"]),
        "group_nouns": frozenset(data["group_words"]),
        "verbs": frozenset(data["verbs"]),
        "object_verbs": frozenset(data["object_verbs"]),
        "person_heads": frozenset(data["person_heads"]),
        "anaphors": frozenset(data["anaphors"]),
        "group_inside": re.compile(
            r"(?<!\s)\s+(?:in|with|for|among|on|of|by)\s+(?:the\s+|both\s+|all\s+|each\s+)?(?:[\w/+-]+\s+){0,4}?(?:%s)\b"
            r"|(?<!\s)\s+(?:in|with|for|on)\s+(?:the\s+)?[a-z][\w-]*\s+(?-i:[A-D]|[1-4])\b" % groups,
            re.I,
        ),
        "group_tail": re.compile(
            r"(?:\b(?:in|among|for)\s+(?P<group>(?:(?:the|both|all|each)\s+)?(?:[\w/+-]+\s+){0,5}?(?:%s)\b"
            r"(?:\s+(?:treated\s+with|receiving|given|who\s+received)\s+[\w/+-]+)?)"
            r"|\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?P<other>(?:the\s+)?[\w/+-]+(?:\s+(?!for\s)[\w/+-]+){0,3}?))\s*[,;]?\s*$"
            % groups,
            re.I,
        ),
        "pair": re.compile(
            r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+and\s+(?:the\s+)?(?P<b>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            r"|(?<![\w/+-])(?P<a2>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:versus|vs\.?)\s+(?:the\s+)?(?P<b2>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            % (groups, groups),
            re.I,
        ),
    }


# How far before a p-value its outcome and comparison are looked for. Across 3,300 p-values of the
# development and reporting splits the farthest sentence start was 596 characters before its p-value;
# the bound keeps a sentence with thousands of p-values (no full stop) linear instead of quadratic.
LOOK_BACK = 1000


def _look_back_start(text: str, sent_start: int, start: int) -> int:
    """The sentence start, or in a longer sentence the first word start within LOOK_BACK of ``start``."""
    floor = start - LOOK_BACK
    if floor <= sent_start:
        return sent_start
    space = text.find(" ", floor, start)
    return space + 1 if space != -1 else floor


def _open_paren(text: str, lo: int, pos: int) -> int | None:
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """The unclosed '[' before ``pos`` (a result in square brackets may hold parentheses: '[5.9% (n = 5)')."""
    opening = text.rfind("[", lo, pos)
    return opening if opening != -1 and text.find("]", opening, pos) == -1 else None


def _clause_start(text: str, lo: int, anchor: int) -> int:
    """Start of the result clause: after the previous result parenthesis, ';' or sentence start."""
    cut = lo
    for match in re.finditer(r"\)|;|\.\s", text[lo:anchor]):
        cut = lo + match.end()
    return cut


def _strip_tail_group(text: str, lo: int, hi: int) -> tuple[int, tuple[int, int] | None]:
    """Remove a trailing group phrase from text[lo:hi]; return the new end and the group's span."""
    match = _lists()["group_tail"].search(text[lo:hi])
    if not match:
        return hi, None
    group = match.span("group") if match.group("group") else match.span("other")
    return lo + match.start(), (lo + group[0], lo + group[1])


_NOTED = re.compile(r"(?<=[\w)\]])\s+(?:(?:was|were)\s+)?(?:noted|observed|seen|found|reported|recorded|detected)\s*\Z", re.I)


def _skip_numbers_in_parentheses(text: str, lo: int, hi: int) -> int:
    """'mean FPG (-1.65 mmol/l) (P < 0.001)': the phrase ends before the result's numbers."""
    while hi > lo and text[hi - 1] in ")]":
        opening = _open_paren(text, lo, hi - 1) if text[hi - 1] == ")" else text.rfind("[", lo, hi - 1)
        if opening is None or opening <= lo or opening < hi - 80 or not re.search(r"\d", text[opening:hi]) or _PRIOR_RESULT.search(text, opening, hi):
            break
        hi = opening
        while hi > lo and text[hi - 1] in " ,;:":
            hi -= 1
    return hi


def _strip_time_frames(text: str, lo: int, hi: int) -> int:
    """Drop trailing time frames and the baseline a change is measured from ('a greater IOP reduction
    from the untreated baseline' -> 'a greater IOP reduction')."""
    while True:
        chunk = text[lo:hi].rstrip(" ,")
        baseline = _FROM_BASELINE.search(text, lo, lo + len(chunk))
        if baseline and baseline.start() > lo:
            hi = baseline.start()
            continue
        match = None
        for m in TIME_FRAME.finditer(chunk):
            if m.end() == len(chunk):
                match = m
        if not match or match.start() == 0:
            return lo + len(chunk)
        hi = lo + match.start()


_FROM_BASELINE = re.compile(
    r"(?<=\S)\s+(?:from|over|versus|vs\.?|relative\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:baseline|pretreatment|pre-treatment)(?:\s+(?:values?|levels?|visit))?\Z",
    re.I,
)


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
            break
        start = w_start
    if start is None:
        return None
    end = words[-1][1]
    return (start, end) if end > start else None


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
    for i in range(copula_at - 1, -1, -1):
        if words[i][2] in {",", ";", ":"} or words[i][2].lower() in {"although", "though", "while", "whereas", "but", "and", "that"}:
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


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str, int]]:
    """Words and punctuation of text[lo:hi] as (start, end, word, parenthesis depth)."""
    out = []
    depth = 0
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if word in "([":
            out.append((m.start(), m.end(), word, depth))
            depth += 1
            continue
        if word in ")]":
            depth = max(0, depth - 1)
        out.append((m.start(), m.end(), word, depth))
    return out


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
    match = _lists()["group_inside"].search(text, span[0], span[1])
    return (span[0], match.start()) if match and match.start() > span[0] else span


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
        return True
    for i, word in enumerate(head[:3]):
        if word in lists["person_heads"]:
            following = head[i + 1] if i + 1 < len(head) else None
            # 'patient survival', 'participant satisfaction': the person word modifies the measure named next
            return not (following and _modified_measure(following) and following not in lists["person_heads"])
    return False


_NOT_A_MEASURE_AFTER_PEOPLE = frozenset(
    "of with in on at from who whom whose that which and or to for by than as were was are is had have has did "
    "do received receive treated given taking allocated assigned randomized randomised undergoing".split()
)


def _modified_measure(word: str) -> bool:
    """A word that can be the measure after a person word used as a modifier: not a function word, a
    verb or a participle ('patients receiving', 'subjects treated with')."""
    return word not in _NOT_A_MEASURE_AFTER_PEOPLE and not word.endswith(("ing", "ed")) and word.isalpha()


_MEASURE_OF_PEOPLE = frozenset("proportion proportions percentage percentages number numbers rate rates incidence frequency share fraction".split())


def _is_anaphor(text: str, span: tuple[int, int] | None) -> bool:
    """'the difference', 'these between-group differences', 'the mean difference of -0.8 mmHg', 'it':
    the outcome was named earlier."""
    if span is None:
        return False
    lists = _lists()
    phrase = _ANAPHOR_TAIL.split(text[span[0] : span[1]], maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    words = [w for w in words if w not in lists["determiners"] and w not in _ANAPHOR_MODIFIERS]
    return bool(words) and all(w in lists["anaphors"] for w in words)


_ANAPHOR_TAIL = re.compile(r"(?<!\s)\s+(?:of\s+(?:about\s+)?[-+−~]?\d|between\b|in\s+favou?r\b|\()|(?<!\s)\s*\(", re.I)
_ANAPHOR_MODIFIERS = frozenset("between-group mean overall observed such same treatment group statistical significant positive negative similar clear "
    "multivariate univariate multivariable favorable unfavorable favourable unfavourable all of each".split())  # 'all of these effects'


def _existential_object(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase after 'there was/were' in text[lo:hi], without its leading comparatives."""
    match = re.match(r"\s*(?:was|were|is|are|had\s+been|has\s+been)\b", text[lo : min(hi, lo + 20)])
    if not match:
        return None
    effect = _EFFECT_ON.match(text, lo + match.end(), hi)
    if effect:  # 'there was no effect of prebiotics on diarrhoea': the measure is what the effect is on
        return _noun_phrase(text, effect.end(), hi)
    return _noun_phrase(text, lo + match.end(), hi)


_EFFECT_ON = re.compile(r"(?<!\s)\s+(?:[\w-]+\s+){0,3}?(?:effects?|impact|influence)\s+of\s+[^,;:()]{1,80}?\s+on\s+(?=\w)", re.I)


_SIGNIFICANT_BEFORE = re.compile(r"(?<![\w-])(?:significant|different)\s*$", re.I)
_WORD_NEXT = re.compile(r"(?<![ \t])[ \t]+[A-Za-z]")
_SENTENCE_END = re.compile(r"[.;:]\s")


def _noun_phrase(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening text[lo:hi], without its leading comparatives ('less weight gain',
    'a reduction in pain' -> 'pain'): up to a preposition, a verb of the clause, punctuation or a number."""
    lists = _lists()
    words = _words(text, lo, hi)
    i = 0
    skip = lists["determiners"] | lists["predicates"] | {"no", "any", "fewer", "more", "less"}
    while i < len(words) and (words[i][2].lower() in skip or words[i][2].lower().endswith("ly")):
        i += 1
    if 0 < i < len(words) and words[i][2].lower() in {"in", "of"}:
        i += 1  # 'reduction in aggression'
    first = i
    while i < len(words) and words[i][2].lower() not in _VERB_OBJECT_END and words[i][2] not in ",;:([":
        if _PURE_NUMBER.fullmatch(words[i][2]) or (i > first and words[i][2].lower() in lists["copulas"]):
            break
        i += 1
    return (words[first][0], words[i - 1][1]) if i > first else None


def _starts_with_object_verb(text: str, offset: int) -> bool:
    """'significantly (p < 0.001) reduced HbA1c by 0.6%': the result sits before its verb."""
    match = re.match(r"\s*(\w+)", text[offset : offset + 40])
    return bool(match) and match.group(1).lower() in _lists()["object_verbs"]


_VERB_PARTICLES = frozenset({("associated", "with"), ("resulted", "in"), ("led", "to")})
_PURE_NUMBER = re.compile(r"[-+]?\d[\d.,]*")
_VERB_OBJECT_END = frozenset(
    "by from to than in at after with compared versus vs relative between during over for among when while without "
    "following before across throughout until since "
    "within on as but and or whereas although which that who".split()
)


def _verb_object(text: str, lo: int, hi: int, last: bool = True, several: bool = False) -> tuple[int, int] | None:
    """The measure a verb of change or possession takes: 'reduced HbA(1c) by 0.74%', 'had lower
    glucose levels than', 'achieved ASAS40 at week 12'. The last such verb before ``hi`` (or the first
    after ``lo`` with ``last=False``); with ``several``, the whole list it takes ('reduced HbA1c, FPG and
    2-h PPG (all P < 0.001)')."""
    lists = _lists()
    words = _words(text, lo, hi)
    verbs = [i for i, w in enumerate(words) if w[3] == 0 and w[2].lower() in lists["object_verbs"]]
    if not verbs:
        return None
    i = verbs[-1] if last else verbs[0]
    i += 1
    if i < len(words) and (words[i - 1][2].lower(), words[i][2].lower()) in _VERB_PARTICLES:
        i += 1  # 'associated with X', 'resulted in X', 'led to X'
    skip = lists["determiners"] | lists["predicates"] | {"no", "any", "fewer", "more", "less", "greater", "higher", "lower", "better", "worse", "their", "his", "her", "only"}
    while i < len(words) and (words[i][2].lower() in skip or words[i][2].lower().endswith("ly")):
        i += 1
    first = i
    joiners = {",", "and", "or"} if several else set()
    while i < len(words) and (words[i][2].lower() not in _VERB_OBJECT_END or words[i][2].lower() in joiners) and (
        words[i][2] not in ",;:[" or words[i][3] > 0 or words[i][2] in joiners
    ):
        if words[i][3] == 0 and words[i][2] == "(" and text[words[i][0] - 1].isspace() and i + 1 < len(words) and words[i + 1][2][:1].isdigit():
            break  # '(33.2 vs 26.7%': the result's numbers
        if words[i][3] == 0 and _PURE_NUMBER.fullmatch(words[i][2]) and i > first:
            break
        i += 1
    while i > first and words[i - 1][2].lower() in joiners:
        i -= 1
    if i <= first:
        return None
    end = words[i - 1][1]
    if words[i - 1][2] == "(":
        end = words[i - 2][1] if i - 2 >= first else None
    return (words[first][0], end) if end else None


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    lists = _lists()
    start, end = span
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


_SEVERITIES = frozenset("severe mild moderate".split())
_TRAILING_LINK_WORD = re.compile(r"(?<=\S)\s+(?:of|in|for|to|with|by|at|and|or|from|than|as|which|who)\s*$", re.I)
# An adverb or a bare comparative ending the phrase qualifies the result ('rated it more positively',
# '24-h SBP more than'): not '... or more', and not nouns in -ly ('family', 'anomaly', 'early').
_TRAILING_MODIFIER = re.compile(
    r"(?<=[\w)\]])\s+(?!(?:early|yearly)\b)(?:[A-Za-z]+(?:al|ive|ous|ent|ant|ed|ab|ib|ful|ar|ct|st|at|ut|id|ap|ur|rt|ng|ci|ete|ate|ht)ly|(?<!\bor\s)(?:more|less|further))\s*$",
    re.I,
)


_PRIOR_RESULT = re.compile(r"[Pp]\s*(?:[<>=≤≥:]|&lt;|&gt;)\s*\.?\d[\d.]*\s*[)\]]?")
_CHANGE_OBJECT = re.compile(
    r"\b(?:reduction|reductions|decrease|decreases|increase|increases|improvement|improvements|change|changes|difference|differences|decline|rise|fall|gain|loss)\s+(?:from\s+baseline\s+)?(?:(?:was|were)\s+(?:noted|observed|found|seen|detected|present)\s+)?(?:in|of|regarding|in\s+terms\s+of|with\s+respect\s+to|(?<=difference\s)for|(?<=differences\s)for)\s+(?:the\s+)?(?!favou?r\b)(?P<object>(?:[A-Za-z]|\d+-[A-Za-z])(?:[^,;:()]|\([\w.-]{1,12}\)){1,60}?)(?=\s+\(|\s*[,;:]|(?<=\w)\((?![\w.-]{1,12}\))|\s*(?:\bfrom\b|\bat\b|\bwas\b|\bwere\b|\bbetween\b|\bwith\b|(?<![\w-])(?:reported|observed|seen|noted)\b|\bfor\s+(?:both|all|each|the)\b|\bin\s+(?:the|both|all|each)\b|\bvs\b|\bversus\b|\bcompared\b|$))",
    re.I,
)
_JUNK_OUTCOME = re.compile(
    r"^(?:respectively|which|both|each|all|that|this|these|those|it|they|them|there|between|different|differences?"
    r"|groups?|arms?|the two|two|no significant|significant|statistical|statistically|as|did|so"
    r"|of|in|for|from|with|to|by|at|on|than|when|if|because|since|after|before|whether|two-sided|one-sided|though|although|while|whereas|favou?r(?:s|ed|ing)?)\b(?![-'])"
    r"|^(?:was|were|is|are|be|been)\b"  # 'were significantly low': a predicate, not a measure
    r"|^[^(]*\)"  # 'ITT)': the end of another parenthesis
    r"|^(?:treatment|therapy|intervention|administration|supplementation|the drug|the combination|use)$"
    r"|^[A-Za-z]+ly$"
    r"|^\W|^\d(?![\d.,]*-?[A-Za-z])(?!-\s(?:and|or|to)\s\d)",  # '2- and 5-year survival' is a name
    re.I,
)


_NUMBER = re.compile(r"(?<![A-Za-z\d])[-+]?\d[\d.,]*(?![\d.,]*[A-Za-z])")

_SINGLED_OUT = re.compile(r"\b(?:except(?:\s+for)?(?!\s+that\b)|apart\s+from|other\s+than|including|in\s+particular|particularly|especially|notably|such\s+as)\b", re.I)


def _plausible_outcome(text: str, span: tuple[int, int] | None) -> bool:
    """An outcome names a measure: not a number, not 'respectively', not a study group."""
    if span is None or span[1] - span[0] < 2:
        return False
    phrase = text[span[0] : span[1]].strip()
    words = re.findall(r"[A-Za-z][\w/-]*", phrase)
    if not words or _JUNK_OUTCOME.search(phrase):
        return False
    digits = sum(len(number) for number in _NUMBER.findall(phrase))  # 'ASAS40', '2-h PPG' are names
    if digits > 0.3 * len(phrase):
        return False
    last = words[-1].lower()
    if last in _TREATMENT_HEADS and not re.search(r"\b(?:of|to|with|for|in|after|on)\b", phrase, re.I):
        return False  # 'Vildagliptin therapy', 'the fixed combination'
    if last in _lists()["group_nouns"] and not (last == "control" and len(words) > 1 and words[-2].lower() not in _NOT_A_MEASURE_OF_CONTROL):
        return False  # 'the placebo group'; but 'asthma control' is a measure
    return not _names_people(text, span) and not _is_anaphor(text, span)


_TREATMENT_HEADS = frozenset("therapy therapies treatment treatments regimen regimens monotherapy combination intervention interventions".split())
_NOT_A_MEASURE_OF_CONTROL = frozenset("the a placebo usual standard active sham vehicle healthy matched untreated".split())


def link_result(ctx: ExtractionContext, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Spans of the outcome and comparison of the result at text[start:end] (clean offsets).

    Outcome candidates, first plausible wins: the object of a change noun in the result's clause
    ('a reduction in HbA1c'), the phrase just before the result's parenthesis, and the subject of the
    clause since the previous result in the sentence.
    """
    text = ctx.text
    window = _Window.at(ctx, start)
    link: dict[str, tuple[int, int]] = {}
    previous = ctx.cache.get("previous_outcome")
    if previous and window.sent_start <= previous[0] < start and _parallel_circumstance(text, window, previous[0]):
        link["outcome"] = previous[1]  # '... at week 12 (P = 0.01) and at week 24 (P = 0.03)': the same measure
    for _, candidate in ([] if link else outcome_candidates(text, window)):
        trimmed = _trim(text, candidate) if candidate else None
        if _plausible_outcome(text, trimmed):
            link["outcome"] = trimmed
            break
    # '..., -0.7% (p < 0.001) in the overall population and -0.6% (p < 0.001) in the subgroup': a result
    # whose own clause names no measure shares the outcome of the previous result of its sentence.
    if "outcome" not in link and previous and window.sent_start <= previous[0] < start:
        link["outcome"] = previous[1]
    if "outcome" in link:
        ctx.cache["previous_outcome"] = (start, link["outcome"])
    if ctx.entities:  # an NER model is loaded: its OUTCOME mention before the result wins
        prefer_outcome(ctx, link, window.sent_start, window.anchor)
    group = window.group if window.group and not _GENERIC_GROUPS.fullmatch(text, *window.group) else None
    comparison = _measure_versus_arm(ctx, _comparison(text, window.sent_start, window.anchor, link.get("outcome")))
    parallel = _parallel_arms(text, window) if comparison is None else None
    if parallel:  # the arm nearest the result is the comparison as written; comparison_name names both
        link["comparison_arms"] = parallel
        joined = _JUST_AND.fullmatch(text, parallel[0][1], parallel[1][0])
        comparison = (parallel[0][0], parallel[1][1]) if joined else parallel[1]  # 'in groups 1 and 2, respectively' 
    comparison = comparison or group or _labelled_arms(ctx, window) or _arm_mention(ctx, window)
    if comparison:
        link["comparison"] = _arm_only(text, comparison)
    return link


# '75% for COPP/ABVD and 84% for BEACOPP', '9.5 months in group A versus 11.4 months in group B', '15.2% (induction)
# and 30.4% (noninduction)': each of two numbers is followed by the arm it was measured in.
_NUMBER_ARM = re.compile(
    r"(?<![\w.,])\d[\d.,]*(?:[ \t]*%|[ \t]+(?P<unit>[A-Za-z/]{1,12}))?[ \t]*(?:\((?:SD|SE|SEM|s\.d\.)[^()]{0,20}\)[ \t]*)?"
    r"(?:(?:for|in|with|among|on)[ \t]+(?:the[ \t]+)?(?:patients[ \t]+(?:receiving|given|treated[ \t]+with)[ \t]+)?"
    r"(?P<arm>(?!(?:first|second|third|last|both|all|each|either|week|weeks|month|months|day|days|year|years|baseline|patients|total)\b)"
    r"[A-Za-z][\w+/.-]*(?:[ \t]+(?!(?:and|or|vs|versus|compared|respectively|at|in|for|with|than|whereas|while|but|was|were)\b)[A-Za-z][\w+/.-]*){0,2})"
    r"|\([ \t]*(?P<label>[A-Za-z][\w+/-]*(?:[ \t][A-Za-z][\w+/-]*)?)[ \t]*\))",
    re.I,
)
# 'in group A and B, respectively', 'for the induction and noninduction groups, respectively'
_RESPECTIVE_ARMS = re.compile(
    r"(?<![\w-])(?:in|for|with|among)[ \t]+(?:the[ \t]+)?(?P<a>[A-Za-z][\w+/.-]*(?:[ \t]+[A-Za-z0-9][\w+/.-]*)?)[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"(?P<b>[A-Za-z0-9][\w+/.-]*(?:[ \t]+[A-Za-z][\w+/.-]*)?)[ \t]*,?[ \t]*respectively\b",
    re.I,
)


_JUST_AND = re.compile(r"(?<![ \t])[ \t]+and[ \t]+(?:the[ \t]+)?", re.I)


def _parallel_arms(text: str, w: "_Window") -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two arms each named right after its own number in the result's clause (or its parenthesis), or a
    pair of arms the numbers belong to 'respectively': their two spans."""
    lo, hi = w.since_previous, min(len(text), w.close + 60)
    respective = _RESPECTIVE_ARMS.search(text, lo, hi)
    if respective and _arm_like(respective.group("a")) and _arm_like(respective.group("b")):
        return respective.span("a"), respective.span("b")
    arms = []
    for match in _NUMBER_ARM.finditer(text, lo, w.close):
        key = "arm" if match.group("arm") else "label"
        if key == "label" and (match.group("unit") or "").lower() in _TIME_UNITS:
            continue  # '0-30 minutes (SPID)': a measure over a time, not an arm
        name = match.group(key).rstrip(".")
        if _arm_like(name) and not (arms and arms[-1][2].lower() == name.lower()):
            arms.append((match.start(key), match.start(key) + len(name), name))
    if len(arms) == 2 and arms[0][2].lower() != arms[1][2].lower():
        return arms[0][:2], arms[1][:2]
    return None


def _arm_like(name: str) -> bool:
    """Not a statistic ('SD', '95% CI', 'n = 20'), a unit or a measure word."""
    words = name.lower().split()
    return bool(words) and words[0] not in _NOT_AN_ARM_LABEL and words[0] not in _NOT_AN_ARM_WORD_AFTER_NUMBER and not any(
        w.lower() in _lists()["predicates"] for w in name.split() if not (len(w) == 1 and w.isupper()))  # 'arm A' is not 'a' 


_TIME_UNITS = frozenset("s sec seconds min mins minutes h hr hrs hours d days wk wks weeks mo months y yr yrs years".split())
_NOT_AN_ARM_WORD_AFTER_NUMBER = frozenset(
    "ci sem iqr vs versus mm mmhg kg mg ml min h hours minutes seconds days weeks months years points cases episodes events patients "
    "subjects participants eyes of to and or p pts ns women men children infants".split()
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
    def names_arm(part: str) -> bool:
        return any(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(name.lower()), part) for name in names)
    return (split.end(), span[1]) if not names_arm(first) and names_arm(second) else span


_TREATED_TAIL = re.compile(r"(?<=\w)(?:-treated|-receiving|\s+recipients)?(?:\s+(?:patients|subjects|participants|eyes|users))?\s*\Z", re.I)


def _arm_only(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'timolol-treated patients' -> 'timolol': the people stand for the arm they were given."""
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


_NOT_AN_ARM_LABEL = frozenset("difference mean median ci or rr hr ratio range sd se iqr n p week day month year baseline overall total all".split())


# 'both groups', 'the two arms': the trial's arms, named elsewhere.
_GENERIC_GROUPS = re.compile(r"(?:the\s+|both\s+|all\s+|each\s+|either\s+)?(?:two\s+|three\s+|treatment\s+|study\s+|other\s+)?(?:groups?|arms?)", re.I)
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
    names = _arm_mentions(ctx)
    if names is None:
        return None
    sent_start, sent_end = ctx.sentence_at(w.start)
    lo, hi = w.sent_start, min(sent_end, w.close + 200)
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
    if _GROUPS_REFERENCED.search(ctx.text, lo, hi):
        return trial_arms(ctx)
    return None


_ARMS_JOINED = re.compile(
    r"(?<!\s)(?:\s{1,3}[\w-]{1,12}){0,2}?\s{1,3}(?:or|and|versus|vs\.?|compared\s{1,3}(?:with|to)|than(?:\s{1,3}with)?)(?:\s{1,3}(?:with|the))?\s{1,3}", re.I
)


def _arm_mentions(ctx: ExtractionContext) -> re.Pattern[str] | None:
    """A pattern matching the names of the document's arms: the allocation phrase's two arms and the
    words that name a group elsewhere ('the IDet group', 'versus glargine'). Cached per document."""
    if "link_arm_mentions" not in ctx.cache:
        names = {name.lower() for name in arm_names(ctx)}
        for match in _ARM_WORD.finditer(ctx.text):
            word = (match.group("before") or match.group("after")).lower()
            if word not in _NOT_AN_ARM_WORD and word not in _lists()["determiners"] and not _NOT_AN_ARM_NAME.fullmatch(word):
                names.add(word)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        ctx.cache["link_arm_mentions"] = re.compile(r"(?<![\w-])(?:%s)(?![\w])" % alternatives, re.I) if names else None
    return ctx.cache["link_arm_mentions"]


_ARM_WORD = re.compile(
    r"(?<![\w/+-])(?P<before>[A-Za-z][\w/+-]{2,})\s+(?:groups?|arms?)\b"
    r"|\b(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?P<after>[A-Za-z][\w/+-]{2,})(?![\w/+-])",
    re.I,
)
_NOT_AN_ARM_WORD = frozenset(
    "treatment treatments study both two three four each all either other age control-group between within across "
    "intervention experimental active comparator baseline treated patients subjects participants those which this that "
    "for in with among on of to by from at than and or between vs versus".split()
)


def arm_names(ctx: ExtractionContext) -> tuple[str, ...]:
    """The names of the trial's two arms from its allocation phrase, without dose or schedule
    ('lixisenatide 20 µg once daily or placebo' -> 'lixisenatide', 'placebo'). Cached per document."""
    if "link_arm_names" not in ctx.cache:
        found = _allocation(ctx)
        ctx.cache["link_arm_names"] = _names_of(found) if found else ()
    return ctx.cache["link_arm_names"]


def _names_of(found: re.Match[str]) -> tuple[str, ...]:
    """The two arm names of an allocation match; () unless there are two different ones, neither
    holding a word that states a result ('placebo had greater reductions', 'nocturnal hypoglycaemia')."""
    names = []
    for key in ("a", "b"):
        words: list[str] = []
        for word in found.group(key).split():
            low = word.lower().strip("(),.")
            if low in _BEFORE_AN_ARM_NAME or low in _lists()["determiners"]:
                words = []  # 'efficacy and safety of latanoprost' -> 'latanoprost'
                continue
            if not words and (low in _BEFORE_A_NAMED_ARM or _COUNT_WORD.fullmatch(word) or _DOSE_WORD.fullmatch(low)):
                continue  # 'one drop of either X', 'two tablets of Y', '40 mg simvastatin', 'add once-daily glargine'
            if word[:1].isdigit() or low in _NOT_IN_AN_ARM_NAME or word.startswith("(") or word in _SECTION_HEADINGS or _COUNT_WORD.fullmatch(word):
                break
            words.append(word.strip(",."))
            if word.endswith(".") and word[:-1].isalpha() and len(word) > 3:
                break  # 'or a malleable stylet. Intubation was ...': the sentence ends
        name = " ".join(words)
        if len(name) > 2 and not _NOT_AN_ARM_NAME.fullmatch(name):
            names.append(name)
    if len(names) != 2 or names[0].lower() == names[1].lower() or any(len(name.split()) > 4 for name in names):
        return ()
    lists = _lists()
    if any(w in lists["predicates"] or w in _RESULT_WORDS for name in names for w in name.lower().split()):
        return ()
    return tuple(names)


_NOT_IN_AN_ARM_NAME = frozenset(
    "once twice daily once-daily twice-daily weekly for at in with plus given administered orally intravenously group groups arm arms "
    "tablets tablet capsules injection injections mg µg mcg g ml iu units therapy therapies treatment combination combinations fixed "
    "fixed-combination fc tid bid qd added adjunct alone was were is are as when while type which that who nightly each every morning evening".split()
)
_BEFORE_AN_ARM_NAME = frozenset("of to and with addition trial study comparison effect effects efficacy safety".split())
_NOT_AN_ARM_NAME = re.compile(r"(?i)epub|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|randomi[sz]ed|patients|subjects|participants")


def outcome_name(ctx: ExtractionContext, span: tuple[int, int]) -> str | None:
    """The outcome with the document's abbreviations written out, each kept after its long form
    ('mean IOP reduction' -> 'mean intraocular pressure (IOP) reduction'), and a long form the document
    abbreviates followed by its short form ('intraocular pressure reduction' -> 'intraocular pressure
    (IOP) reduction'): reports name a measure by either. None when the outcome holds neither. The
    detector runs only when the outcome holds a word that looks like an abbreviation or the last word
    of a definition in the document ('pressure (IOP)')."""
    return _written_out(ctx, ctx.text[span[0] : span[1]])


def _written_out(ctx: ExtractionContext, phrase: str) -> str | None:
    """``phrase`` with the document's abbreviations written out (see :func:`outcome_name`); None when unchanged."""
    short_like = _ABBREVIATION_LIKE.search(phrase) is not None
    defined_ends = _definition_ends(ctx)
    long_like = bool(defined_ends) and any(w.lower() in defined_ends for w in _PLAIN_WORD.findall(phrase))
    if not short_like and not long_like:
        return None
    abbreviations = ctx.abbreviations
    named, changed = phrase, False
    if short_like:
        out, last = [], 0
        for match in _ABBREVIATION_LIKE.finditer(phrase):
            short = match.group()
            long = abbreviations.get(short)
            if not long or long.lower() in phrase.lower():
                continue  # 'intraocular pressure (IOP)' already says both
            if match.start() > 0 and long[:1].isupper() and not any(c.isupper() for c in long[1:]):
                long = long[0].lower() + long[1:]  # 'Intraocular pressure' opened its sentence
            out.append(phrase[last : match.start()] + f"{long} ({short})")
            last, changed = match.end(), True
        named = "".join(out) + phrase[last:]
    if long_like:
        for short, long in abbreviations.items():
            if len(long) < 4 or re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(short), named):
                continue  # written already (or by the loop above)
            found = re.search(r"(?<![\w-])%s(?![\w-])" % r"\s+".join(map(re.escape, long.split())), named, re.I)
            if found:
                named = f"{named[: found.end()]} ({short}){named[found.end() :]}"
                changed = True
    return named if changed else None


def _definition_ends(ctx: ExtractionContext) -> frozenset[str]:
    """Lower-cased words written right before a parenthesised abbreviation ('pressure' of 'intraocular
    pressure (IOP)'): a cheap test, once per document, of whether an outcome may hold a defined long form."""
    if "definition_ends" not in ctx.cache:
        ends = set()
        for match in _DEFINITION.finditer(ctx.text):
            ends.add(match.group("end").lower())
        ctx.cache["definition_ends"] = frozenset(ends)
    return ctx.cache["definition_ends"]


_PLAIN_WORD = re.compile(r"[A-Za-z][\w-]*")
_DEFINITION = re.compile(r"(?<![\w-])(?P<end>[A-Za-z][\w-]{0,40})\s?[(\[]\s?(?=[\w-]{0,12}?[A-Z])[A-Za-z0-9][\w-]{0,11}\s?[)\],;]")


# A word with two capitals, or a capital and a digit: 'IOP', 'HbA1c', 'FEV1', 'LDL-C'.
_ABBREVIATION_LIKE = re.compile(r"(?<![\w-])(?=[\w-]{0,12}?[A-Z][\w-]{0,12}?[A-Z0-9])[A-Za-z0-9][\w-]{1,12}(?![\w-])")


_CIRCUMSTANCE = r"(?:at|after|before|during|in|on|among|within|from|by)\s+(?:the\s+)?[\w/+.-]+(?:\s+[\w/+.-]+){0,3}?"
# The clause since the previous result is only 'and <time point or subgroup>'.
_AND_CIRCUMSTANCE = re.compile(r"(?<![\s,])[\s,]*(?:and|or|but\s+not)\s+(?P<prep>%s|[\w/+.-]+(?:\s+[\w/+.-]+)?)[\s,]*\Z" % _CIRCUMSTANCE, re.I)
_ENDS_WITH_CIRCUMSTANCE = re.compile(r"(?<![\w-])%s[\s,]*\Z" % _CIRCUMSTANCE, re.I)


def _parallel_circumstance(text: str, w: "_Window", previous_start: int) -> bool:
    """'... was less frequent at day 42 (p = 0.003) and day 84 (p = 0.02)', '... in completers (P) and in
    the ITT population (P)': the result repeats the previous one's measure at another time or in another
    subgroup. Without its own preposition the item must parallel one that closed the previous result's phrase."""
    match = _AND_CIRCUMSTANCE.match(text, w.since_previous, w.anchor)
    if not match:
        return False
    item = match.group("prep")
    if re.match(r"(?:at|after|before|during|in|on|among|within|from|by)\s", item, re.I):
        return True
    paren = _open_paren(text, w.sent_start, previous_start)
    if paren is None:
        return False
    return bool(_ENDS_WITH_CIRCUMSTANCE.search(text, max(w.sent_start, paren - 60), paren))


@dataclass
class _Window:
    """Where a result's outcome is looked for (clean offsets)."""

    start: int  # the p-value
    sent_start: int  # its sentence start, at most LOOK_BACK before it
    anchor: int  # the result's open parenthesis, else the p-value
    lo: int  # the result clause: after the previous result parenthesis or ';'
    hi: int  # end of the phrase before the anchor, without a trailing group phrase or time frame
    group: tuple[int, int] | None  # that trailing group phrase ('in the laser arm', 'than placebo')
    since_previous: int  # after the previous p-value of the sentence
    close: int  # after the result: past its closing parenthesis when it has one
    several: bool  # the result holds for a list: '(all P < 0.05)', '(P < 0.05 for both)'
    previous: tuple[int, int] | None  # the sentence before, when the result's clause opens its sentence

    @classmethod
    def at(cls, ctx: ExtractionContext, start: int) -> "_Window":
        text = ctx.text
        sent_start = _look_back_start(text, ctx.sentence_at(start)[0], start)
        paren = _open_paren(text, sent_start, start)
        bracket = _open_bracket(text, sent_start, start)
        if bracket is not None and (paren is None or bracket > paren):
            paren = bracket  # '[mean 6.1 kg vs. 7.6 kg; P = 0.02]': the result in square brackets
        anchor = paren if paren is not None else start
        hi = anchor
        while hi > sent_start and text[hi - 1] in " ,;:":
            hi -= 1
        hi = _skip_numbers_in_parentheses(text, sent_start, hi)
        lo = _clause_start(text, sent_start, hi)
        hi, group = _strip_tail_group(text, lo, hi)
        hi = _strip_time_frames(text, lo, hi)
        noted = _NOTED.search(text, lo, hi)
        if noted and noted.start() > lo:  # 'a greater frequency of flatulence noted in the A group'
            hi, group = _strip_tail_group(text, lo, noted.start())[0], group
        since_previous = sent_start
        for prior in _PRIOR_RESULT.finditer(text, sent_start, start):
            since_previous = prior.end()
        close = start
        if paren is not None:
            found = text.find(")", start, start + 200)
            close = found + 1 if found != -1 else start
        several = bool(_FOR_SEVERAL.search(text, anchor, close + 12 if paren is not None else start + 30))
        previous = None
        if sent_start == ctx.sentence_at(start)[0] and since_previous == sent_start and sent_start > 0:
            before = ctx.sentence_at(sent_start - 1)
            if before[1] <= sent_start and before != (0, len(text)):
                previous = (_look_back_start(text, before[0], before[1]), before[1])
        return cls(start, sent_start, anchor, lo, hi, group, since_previous, close, several, previous)


_WITH_CLAUSE = re.compile(r"(?<=\w),\s+with\s+(?:only\s+)?(?:a|an|the|no|more|less|fewer|greater|higher|lower|significantly|slightly)\s", re.I)
_FOR_BEFORE = re.compile(r"(?<![\w-])for\s+\Z", re.I)
_COMPARED = re.compile(r"(?<![\w-])than(?![\w-])|(?<![\w-])(?:significant|different)\s+for\s+\Z", re.I)
_FOR_SEVERAL = re.compile(r"\b(?:all|both|each)\b", re.I)


def outcome_candidates(text: str, w: _Window, sentence: tuple[int, int] | None = None) -> list[tuple[str, tuple[int, int] | None]]:
    """Named outcome candidates of a result, in the order they are tried."""
    change = None
    clause_lo = w.since_previous
    for turn in re.finditer(r",?\s+(?:although|though|while|whereas|but|however|yet|except\s+that)\b", text[w.since_previous : w.anchor], re.I):
        clause_lo = w.since_previous + turn.end()  # a new clause: earlier change nouns belong to another result
    for match in _CHANGE_OBJECT.finditer(text, clause_lo, w.anchor):
        # the last change noun's object, unless it names a group ('... as compared with a 14% decrease in the placebo group')
        if change is None or _plausible_outcome(text, _trim(text, match.span("object"))):
            change = match.span("object")
    walked = _walk_back(text, w.lo, w.hi)
    subject = _subject(text, w.since_previous, w.hi)
    clause_subject = _subject(text, w.lo, w.hi)
    lead_span, lead_verb = _lead_subject(text, clause_lo, w.hi, w.several)
    lead = _without_group(text, lead_span)
    verb_object = _verb_object(text, clause_lo, w.hi, several=w.several)
    # 'Sitagliptin reduced HbA1c by 0.7% (P)': an active verb of change takes the measure as its object.
    lead_object = _verb_object(text, lead_verb, w.hi, last=False, several=w.several) if lead_verb is not None else None
    after = _verb_object(text, w.close, min(len(text), w.close + 200), last=False) if _starts_with_object_verb(text, w.close) else None
    if after is None and _SIGNIFICANT_BEFORE.search(text, max(w.lo, w.anchor - 40), w.anchor) and _WORD_NEXT.match(text, w.close):
        # 'showed a statistically significant (P < 0.001) reduction in aggression': the measure follows the result
        stop = _SENTENCE_END.search(text, w.close, min(len(text), w.close + 200))
        after = _noun_phrase(text, w.close, stop.start() if stop else min(len(text), w.close + 200))
    # 'A was better than B for visual acuity (P)', 'the difference was not significant for total dose (P)':
    # after a comparison, 'for <measure>' just before the result names the outcome.
    for_object = walked if walked and _FOR_BEFORE.search(text, max(clause_lo, walked[0] - 6), walked[0]) and _COMPARED.search(
        text, clause_lo, walked[0]) else None
    earlier: list[tuple[str, tuple[int, int] | None]] = []
    existential = None
    if lead and text[lead[0] : lead[1]].lower() == "there" and lead_verb is None:
        # 'There was significantly less weight gain in A (P)': the noun phrase after the verb.
        existential = _without_group(text, _existential_object(text, lead[1], w.hi))
        earlier.append(("existential", existential))
    if (existential is None and (_is_anaphor(text, lead) or _is_anaphor(text, subject) or _is_anaphor(text, lead_object))) or _is_anaphor(
            text, existential):
        # 'X was lower with A, but the difference was not significant (P)': X, named before.
        earlier_span, earlier_verb = _lead_subject(text, w.sent_start, clause_lo)
        before_span, before_verb = _lead_subject(text, w.previous[0], w.previous[1]) if w.previous else (None, None)
        earlier = [
            ("earlier_object", _verb_object(text, earlier_verb, clause_lo, last=False) if earlier_verb is not None else None),
            ("earlier_subject", _without_group(text, earlier_span)),
            ("earlier_last_object", _verb_object(text, w.sent_start, clause_lo)),
            # 'Latanoprost reduced IOP by 1.6 mm Hg more than timolol. These differences were significant (P)'
            ("previous_object", _verb_object(text, before_verb, w.previous[1], last=False) if before_verb is not None else None),
            ("previous_subject", _without_group(text, before_span)),
        ]
    # The clause's subject is usually the outcome ('X was lower in A than B (P)'), unless the
    # predicate singles out another measure: 'were balanced except for X (P)', '..., including X (P)'.
    if _SINGLED_OUT.search(text[w.since_previous : w.hi]):
        return [("change", change), ("walked", walked), ("subject", subject), ("clause_subject", clause_subject)]
    # 'Adverse events were mild, with only a greater frequency of flatulence in A (P)': the result
    # belongs to the phrase after ', with', not to the main clause's subject.
    with_clause = _WITH_CLAUSE.search(text, clause_lo, w.hi)
    if with_clause and walked and walked[0] >= with_clause.end() and not _is_anaphor(text, walked):
        return [("walked", walked), ("change", change), ("lead", lead)]
    # 'X was the most common event, but did not differ between groups (P)': the sentence's subject.
    main = _without_group(text, _lead_subject(text, w.since_previous, w.hi, w.several)[0]) if clause_lo > w.since_previous else None
    first_word = _WORD.search(text, clause_lo, w.hi) if clause_lo > w.since_previous else None
    if first_word and first_word.group().lower() in _lists()["verbs"] | {"not", "also", "significantly"}:
        # '..., but did not reach significance (P)': the new clause has no subject of its own.
        return [("for_object", for_object), ("main_subject", main), ("change", change), ("after", after), ("lead_object", lead_object),
                ("verb_object", verb_object), ("walked", walked)]
    return [("for_object", for_object), ("change", change), ("after", after), ("lead_object", lead_object), ("lead", lead), ("subject", subject), *earlier,
            ("verb_object", verb_object), ("walked", walked), ("clause_subject", clause_subject), ("main_subject", main),
            ("people_object", _people_object(text, clause_lo, w.hi))]


def _people_object(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """'40 of 43 patients in group 2 ultimately passed stones (P)', 'more participants in the valerian group
    perceived their sleep as better (P)': people did something, and what they did is the measure. The
    first past-tense verb after a word naming people takes its object, verb and all."""
    lists = _lists()
    words = _words(text, lo, hi)
    people = False
    for i, (start, _, word, depth) in enumerate(words):
        low = word.lower()
        if depth:
            continue
        if low in lists["person_heads"]:
            people = True
        elif people and len(low) > 4 and low.endswith("ed") and low not in _NOT_PEOPLE_VERBS and low not in lists["predicates"]:
            before = words[i - 1][2].lower() if i else ""
            if before in _BEFORE_PARTICIPLE:
                return None  # 'patients who were treated', 'had been randomised'
            phrase = _noun_phrase(text, words[i + 1][0], hi) if i + 1 < len(words) else None
            if phrase is None:
                return None
            # a verb of change or possession is not part of the measure ('showed a benefit' -> 'benefit')
            return (phrase[0] if low in lists["object_verbs"] else start), phrase[1]
    return None


_NOT_PEOPLE_VERBS = frozenset(
    "treated randomized randomised assigned allocated enrolled included excluded exposed compared aged based related followed "
    "analysed analyzed evaluated assessed measured studied recruited selected matched stratified scheduled undergoing admitted "
    "diagnosed infected affected defined reported observed".split()
)
_BEFORE_PARTICIPLE = frozenset("who was were be been being is are had has have that which whom".split())


# An arm starts a word (not after a letter or digit, nor after one and a joiner): starting again inside
# a long word or digit run rescanned it to its end from every position (quadratic; _TITLE_VERSUS
# searches the whole document). The first letter or digit of a word is still a start ('α-blocker').
_ARM = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9][+/-])(?:the\s+)?(?P<{0}>[A-Za-z0-9][\w+/-]*(?:\s+(?!or\b|and\b|versus\b|vs\b)[\w+/().%-]+){{0,5}}?)"
_ALLOCATION = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\s+(?:\w+\s+){0,4}?to\s+(?:receive\s+|either\s+|one\s+of\s+)*"
    + _ARM.format("a") + r"\s*(?:\([^()]*\)\s*){0,2},?\s+(?:or|versus|vs\.?)\s+(?:to\s+)?(?:receive\s+)?" + _ARM.format("b")
    + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bat\b|\bonce\b|\btwice\b|\bdaily\b|\b(?:tid|bid|qd)\b|\bgroups?\b|\barms?\b|$))",
    re.I,
)
_TITLE_VERSUS = re.compile(
    _ARM.format("a") + r"\s+(?:versus|vs\.?|compared\s+with|compared\s+to)\s+" + _ARM.format("b") + r"(?=\s*(?:[,.;:(]|\bin\b|\bfor\b|\bon\b|\bamong\b|$))",
    re.I,
)


# 'The 183 participants received metformin or placebo', 'a comparison of latanoprost and dorzolamide', 'to compare
# insulin glargine and human NPH insulin added to ...': the trial's arms where no allocation phrase names them.
_COMPARED_ARMS = re.compile(
    r"\b(?:received|comparison\s+of|(?:to|we)\s+compare|comparing|(?:receiving|using|with)(?=\s+either\b))\s+(?:either\s+)?" + _ARM.format("a")
    + r"\s*(?:\([^()]*\)\s*)?,?\s+(?:or|and|versus|vs\.?|with)\s+(?:either\s+)?" + _ARM.format("b")
    + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bon\b|\bat\b|\badded\b|\bonce\b|\btwice\b|\bdaily\b|\b(?:tid|bid|qd)\b|\bgroups?\b|$))",
    re.I,
)


def trial_arms(ctx: ExtractionContext) -> tuple[int, int] | None:
    """The span naming the trial's two arms: the allocation sentence ('randomized to X or Y'), else a
    'X versus Y' phrase (titles often carry it). Cached per document."""
    if "trial_arms" not in ctx.cache:
        found = _allocation(ctx)
        names = arm_names(ctx)
        start = found.start("a") + (found.group("a").find(names[0]) if names else 0) if found else None
        ctx.cache["trial_arms"] = (start, found.end("b")) if found and start is not None and start >= found.start("a") else None
    return ctx.cache["trial_arms"]


_RESULTS_HEADING = re.compile(r"(?<![A-Za-z])(?:RESULTS?\b|Results?:)")


def _allocation(ctx: ExtractionContext) -> re.Match[str] | None:
    if "link_allocation" not in ctx.cache:
        found = None
        for pattern in (_ALLOCATION, _TITLE_VERSUS, _COMPARED_ARMS):
            # an allocation or 'compare' phrase may come again; 'X versus Y' is the title's only before the results
            results = _RESULTS_HEADING.search(ctx.text)
            matches = pattern.finditer(ctx.text) if pattern is not _TITLE_VERSUS else filter(
                None, [pattern.search(ctx.text, 0, results.start() if results else len(ctx.text))])
            found = next((m for m in matches if _names_of(m)), None)
            if found:
                break
        ctx.cache["link_allocation"] = found
    return ctx.cache["link_allocation"]


_BEFORE_A_NAMED_ARM = frozenset("either add adding added once twice daily once-daily twice-daily weekly bedtime nightly".split())
_DOSE_WORD = re.compile(r"[\d.,/%-]+|[\d.,]*(?:mg|µg|μg|mcg|g|kg|ml|l|iu|units?|mmol|%)(?:/(?:kg|day|d|m2))?")
_RESULT_WORDS = frozenset("had has have was were is are significantly greater lower higher reductions reduction hypoglycaemia hypoglycemia "
                          "gain mortality ratio mean incidence comparisons".split())


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


def comparison_name(ctx: ExtractionContext, link: dict[str, tuple], start: int) -> str | None:
    """The arms a result compares, written out as 'A vs B' with the document's abbreviations expanded
    ('the LTFC group' -> 'latanoprost/timolol fixed combination (LTFC) vs ...'). Reports name an arm by
    its short form or leave the other arm implicit, where readers (and annotators) spell both out: a
    single arm of the trial's two gains the other one, and a result whose sentence names no arm (nor a
    baseline) in a two-arm trial compares the trial's arms. None when that adds nothing to ``comparison``."""
    text = ctx.text
    span = link.get("comparison")
    if link.get("comparison_arms"):
        arms = [_arms_of(text[a:b])[0] if _arms_of(text[a:b]) else text[a:b] for a, b in link["comparison_arms"]]
    else:
        arms = _arms_of(text[span[0] : span[1]]) if span else []
    trial = arm_names(ctx)
    if len(arms) == 1 and len(trial) == 2:
        other = _other_arm(ctx, arms[0], trial)
        if other:
            arms.append(other)
    if span is None and len(trial) == 2:
        sent_start = _look_back_start(text, ctx.sentence_at(start)[0], start)
        if not _AGAINST_BASELINE.search(text, sent_start, min(len(text), start + 40)):
            arms = list(trial)
    if not arms:
        return None
    name = " vs ".join(_written_out(ctx, arm) or arm for arm in arms)
    return None if span and name == text[span[0] : span[1]] else name


_AGAINST_BASELINE = re.compile(r"(?<![\w-])(?:baseline|pre-?treatment|pre-?operative(?:ly)?|before\s+treatment)(?![\w-])", re.I)
_ARM_SPLIT = re.compile(r"(?<!\s)\s+(?:versus|vs\.?|v\.?|compared\s+(?:with|to)|than(?:\s+with)?|and\s+with|or\s+with)\s+", re.I)
_ARM_JOIN = re.compile(r"(?<!\s)\s+(?:and|or)\s+", re.I)
_ARM_LEAD = re.compile(r"^(?:(?:in|with|for|among|on|between|by|the|both|all|each|either)\s+)+", re.I)
_ARM_TAIL = re.compile(
    r"(?<![\s-])(?:-treated|-receiving)?(?:\s+(?:treatment\s+)?(?:groups?|arms?|patients|subjects|participants|recipients|eyes|users|cohorts?)){1,2}\s*$"
    r"|(?<![\s-])(?:-treated|-receiving)\s*$",
    re.I,
)


_NUMBERS_IN_PARENTHESES = re.compile(r"(?<!\s)\s*\([^()]*[\d=][^()]*\)")


def _arms_of(phrase: str) -> list[str]:
    """The arms a comparison phrase names: 'the IDet group versus glargine' -> ['IDet', 'glargine']."""
    phrase = " ".join(phrase.split()).strip(" ,;:.")
    parts = _ARM_SPLIT.split(phrase)
    if len(parts) == 1:
        joined = _ARM_JOIN.split(phrase)
        parts = joined if len(joined) == 2 else parts
    arms = []
    for part in parts:
        part = _NUMBERS_IN_PARENTHESES.sub("", part)  # '(200 mg nightly) (n = 120)'; '(IDet)' stays
        part = _ARM_TAIL.sub("", _ARM_LEAD.sub("", part.strip(" ,;:.()"))).strip(" ,;:.")
        if part and part.lower() not in _NOT_AN_ARM_WORD:
            arms.append(part)
    return arms


def _other_arm(ctx: ExtractionContext, arm: str, trial: tuple[str, ...]) -> str | None:
    """The trial arm that ``arm`` is not, when ``arm`` names one of the two (also by an abbreviation the
    document defines, or by the group label 'group A' ... none then)."""
    written = (_written_out(ctx, arm) or arm).lower()
    hits = [i for i, name in enumerate(trial) if name.lower() in written or written in name.lower()]
    return trial[1 - hits[0]] if len(hits) == 1 else None

