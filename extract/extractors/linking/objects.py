"""The measure a verb or noun takes after it: 'reduced HbA1c by 0.7%', 'there was less weight gain'.

When the measure follows a verb of change, an existential 'there was' or a result, the subject is not
the outcome; these rules read the noun phrase after it.
"""

from __future__ import annotations

import re

from .words import _lists, _words


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
        if (_PURE_NUMBER.fullmatch(words[i][2]) and not _scored(words, i, first)) or (i > first and words[i][2].lower() in lists["copulas"]):
            break
        i += 1
    return (words[first][0], words[i - 1][1]) if i > first else None


def _starts_with_object_verb(text: str, offset: int) -> bool:
    """'significantly (p < 0.001) reduced HbA1c by 0.6%': the result sits before its verb."""
    match = re.match(r"\s*(\w+)", text[offset : offset + 40])
    return bool(match) and match.group(1).lower() in _lists()["object_verbs"]


def _scored(words: list[tuple[int, int, str, int]], i: int, first: int) -> bool:
    """'ACR 50', 'PASI 75', 'ASAS 20': a response threshold named by a number after an upper-case index."""
    return i > first and _THRESHOLD_NUMBER.fullmatch(words[i][2]) is not None and _INDEX.fullmatch(words[i - 1][2]) is not None


_THRESHOLD_NUMBER = re.compile(r"\d{2,3}")
_INDEX = re.compile(r"[A-Z]{3,6}")


_VERB_PARTICLES = frozenset({("associated", "with"), ("resulted", "in"), ("led", "to")})
_BE = frozenset("was were is are".split())
_PURE_NUMBER = re.compile(r"[-+]?\d[\d.,]*")
_VERB_OBJECT_END = frozenset(
    "by from to than in at after with compared versus vs relative between during over for among when while without "
    "following before across throughout until since "
    "within on as but and or whereas although which that who".split()
)


def _composite_or(words: list[tuple[int, int, str, int]], i: int, first: int) -> bool:
    """'the rate of stroke or systemic embolism', 'the risk of death or hospitalization': an 'or' right after 'of <event>'
    joins the events of one composite measure."""
    return (words[i][2].lower() == "or" and first <= i - 2 and words[i - 2][2].lower() == "of" and i + 1 < len(words)
            and words[i + 1][2][:1].isalpha() and words[i + 1][2].lower() not in _NOT_AN_EVENT)


_NOT_AN_EVENT = frozenset("the a an in at with without for by to from than placebo".split())


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
    while i < len(words) and (words[i][2].lower() not in _VERB_OBJECT_END or words[i][2].lower() in joiners or _composite_or(words, i, first)) and (
        words[i][2] not in ",;:[" or words[i][3] > 0 or words[i][2] in joiners
    ):
        if words[i][3] == 0 and words[i][2] == "(" and text[words[i][0] - 1].isspace() and i + 1 < len(words) and words[i + 1][2][:1].isdigit():
            break  # '(33.2 vs 26.7%': the result's numbers
        if words[i][3] == 0 and _PURE_NUMBER.fullmatch(words[i][2]) and i > first and not _scored(words, i, first):
            break
        if (words[i][3] == 0 and i > first and words[i][2].lower() in _BE and not any(w[2].lower() == "whose" for w in words[first:i])
                and not (i - 1 > first and words[i - 1][2].lower() in lists["person_heads"])):
            # 'showed pneumothorax was less frequent': the object ends where its own verb starts ('whose X was' goes on,
            # and so does a clause about people: 'reduced the number of days patients were hospitalized')
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
        following = words[i + 1][2].lower() if i + 1 < len(words) else ""
        if low in lists["person_heads"]:
            people = True
        elif people and (low in lists["criterion_participles"] or (low in {"was", "were"} and following in {"at", "in"})):
            # 'more patients reaching A1C <6.5%', '38% of patients were at goal', 'were in remission': what they
            # reached or were in is what was counted
            begin = i + 2 if low in {"was", "were"} else i + 1
            return _noun_phrase(text, words[begin][0], hi) if begin < len(words) else None
        elif people and len(low) > 4 and low.endswith("ed") and low not in _NOT_PEOPLE_VERBS and low not in lists["predicates"]:
            before = words[i - 1][2].lower() if i else ""
            if before in {"was", "were"} and following == "as" and i + 2 < len(words):
                # '8 of 14 patients were categorized as responders': the category is what was counted
                phrase = _noun_phrase(text, words[i + 2][0], hi)
                return (start, phrase[1]) if phrase else None
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
