"""Finding the outcome a result clause is about: the candidates of a result, in the order they are tried.

Change nouns ('a reduction in HbA1c'), the phrase before the result, the clause's subject, verb
objects and, for anaphors, the measure named earlier; the first plausible candidate wins.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...resources import load
from .anaphora import _is_anaphor
from .measures import _HEADING_WORDS, _plausible_outcome, _TRAILING_VALUE, _trim
from .objects import _existential_object, _noun_phrase, _people_object, _starts_with_object_verb, _verb_object
from .subjects import _first_verb, _lead_subject, _subject, _walk_back, _without_group
from .window import _Window
from .words import _lists, _WORD, _words


_SIGNIFICANT_BEFORE = re.compile(r"(?<![\w-])(?:significant|different)\s*$", re.I)
_WORD_NEXT = re.compile(r"(?<![ \t])[ \t]+[A-Za-z]")
_FEW_WORDS = re.compile(r"(?:\s*[A-Za-z-]+){0,2}\s*")
_SENTENCE_END = re.compile(r"[.;:](?:\s|\Z)")


# The measure a change noun's preposition takes: up to a parenthesis, punctuation, a time, a group or a verb.
_OBJECT_BODY = (
    r"(?P<object>(?:[A-Za-z]|\d+-[A-Za-z])(?:[^,;:()]|\([\w.-]{1,12}\)){1,60}?)(?=\s+\(|\s*[,;:]|(?<=\w)\((?![\w.-]{1,12}\))|\s*(?:\bfrom\b|\bat\b|\bwas\b|\bwere\b|\bbetween\b|\bwith\b|\bduring\b|\bbefore\b|\bafter\b|(?<![\w-])(?:reported|observed|seen|noted)\b|\bfor\s+(?:both|all|each|the)\b|\bin\s+(?:the|both|all|each)\b|\bvs\b|\bversus\b|\bcompared\b|$))"
)


# A change or comparison noun names the measure after its preposition: 'a reduction in HbA1c', 'the mean change
# (SD) from baseline in synovitis', 'no difference between the groups in time to rebound', 'the hazard ratio for
# death', 'a trend toward less fatigue'. 'for' only after a comparison noun ('a reduction for placebo' is an arm).
# The nouns are 'change_nouns' and 'comparison_nouns' in data/linking.json.
_CHANGE_OBJECT_BODY = (
    r"\b(?:(?P<change>%s)|(?P<compare>%s))(?:\s+\((?:SD|SE|SEM|IQR|95%%\s*CI)\))?"
    r"(?:\s+between\s+(?:the\s+)?(?:two\s+|three\s+|treatment\s+|study\s+)?(?:groups|arms))?"
    # the comparison may come between the noun and the measure: 'significant reductions compared with placebo in
    # HbA1c', 'reductions with treatment as compared to usual care in cost'
    r"(?P<versus>\s+(?:with\s+[\w-]+\s+)?(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?=\s+(?:in|of)\s))?"
    # 'differences in favour of responders were also observed on the Dependence Scale': whom it favours is no measure
    r"(?:\s+in\s+favou?r\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    # 'improvements with FCM were also seen in the 6-minute walk distance': the arm before 'were seen'
    r"(?:\s+with\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s+(?:was|were)\s+(?:also\s+)?(?:noted|observed|found|seen|detected|present)\s))?"
    r"\s+(?:from\s+baseline\s+)?(?:(?:was|were)\s+(?:also\s+)?(?:noted|observed|found|seen|detected|present)\s+(?:on(?=\s)|(?=\S)))?"
    r"(?:(?<=on)|in|of|regarding|in\s+terms\s+of|with\s+respect\s+to|(?(compare)(?:for|towards?)|(?!)))\s+(?:the\s+)?(?!favou?r\b)"
    + _OBJECT_BODY
)


# 'There was no significant difference (P = 0.4) in pain scores', 'The groups differed significantly (P = 0.002) in time
# to rescue': the result stands between a change or comparison noun (or 'differed') and the measure it takes.
_NOUN_BEFORE_RESULT_BODY = r"(?<![\w-])(?:%s|%s|differ(?:ed|s)?(?:\s+(?:significantly|statistically|significantly))?)\s*\Z"
_MEASURE_AFTER_RESULT = re.compile(
    r"(?<!\s)\s*(?:,\s*)?(?:(?:was|were)\s+(?:also\s+)?(?:found|observed|seen|noted|detected|present)\s+)?"
    r"(?:between\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups|arms)\s+)?"
    r"(?:in|regarding|in\s+terms\s+of|with\s+respect\s+to|concerning)\s+(?:the\s+)?(?!favou?r\b)" + _OBJECT_BODY,
    re.I,
)


# 'Enzalutamide was superior to placebo with respect to PSA response rate (P)', 'PG was superior to PJ in fistula rate (P)':
# the comparison's subject is an arm, what it is compared in is the measure
_COMPARED_IN = re.compile(
    r"(?<![\w-])(?:superior|inferior|non-?inferior|equivalent|better|worse|more\s+effective|less\s+effective)\s+(?:to|than)\s+"
    r"(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}?\s+(?:with\s+respect\s+to|in\s+terms\s+of|regarding|as\s+regards|for|in|on)\s+(?:the\s+)?"
    # 'for the 50% responder rate': a percentage may open the measure's name here
    + _OBJECT_BODY.replace(r"(?:[A-Za-z]|\d+-[A-Za-z])", r"(?:[A-Za-z]|\d+-[A-Za-z]|\d+(?:\.\d+)?\s?%\s+(?=[A-Za-z]))", 1),
    re.I,
)


# 'There was no association of age with pain scores (P)', 'No correlation was found between baseline BMI and weight loss
# (P)': what a factor's association is with is the measure. (Not the verb: in 'Mortality was associated with older age'
# the subject is the measure.) 'There was statistical significance in pain scores between the groups (P)': what it is in.
_ASSOCIATED_WITH = re.compile(
    r"(?<![\w-])(?:(?:associations?|correlations?|relationships?)\s+(?:(?:was|were)\s+(?:\w+\s+)?(?:found|observed|seen|noted|detected|shown)\s+)?"
    r"(?:of|for|between)\s+(?:the\s+)?[^,;:()]{1,60}?\s+(?:with|and|to)"
    r"|significance\s+(?:(?:was|were)\s+(?:not\s+)?(?:reached|found|observed|seen|noted|achieved|shown)\s+)?"
    r"(?:in|for|regarding|in\s+terms\s+of|with\s+respect\s+to))\s+(?:the\s+)?" + _OBJECT_BODY,
    re.I,
)


_PREDICTOR_ASSOCIATED = re.compile(
    r"(?<!\s)\s+(?:was|were)\s+(?:(?:not|no|also|significantly|statistically|strongly|weakly|positively|negatively|inversely|independently)\s+){0,3}"
    r"(?:associated|correlated)\s+with\s+(?:the\s+)?(?:an?\s+)?" + _OBJECT_BODY, re.I)
_PREDICTOR_MODIFIERS = frozenset("the a baseline older younger higher lower greater patient patients' participant maternal paternal "
                                 "treatment group study body mass index".split())


@lru_cache(maxsize=1)
def _predictors() -> frozenset[str]:
    return frozenset(load("linking")["predictors"])


def _is_predictor(text: str, span: tuple[int, int] | None) -> bool:
    """'age', 'baseline BMI', 'older age', 'treatment allocation': a characteristic or an exposure, not a measure."""
    if span is None:
        return False
    words = [word.lower() for word in _TOKEN.findall(text, *span)]
    return bool(words) and (words[-1] in _predictors() or " ".join(words[-3:]) == "body mass index") and all(
        word in _predictors() or word in _PREDICTOR_MODIFIERS for word in words)


def _predictor_associated(text: str, lead: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """'Age was not associated with fatigue (P)': a characteristic's association names the measure it is with."""
    if not _is_predictor(text, lead):
        return None
    match = _PREDICTOR_ASSOCIATED.match(text, lead[1], hi)
    if match is None or _is_circumstance(text, match.span("object")) or _has_verb(text, match.end(), hi):
        return None
    return match.span("object")


def _associated_with(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    match = None
    for match in _ASSOCIATED_WITH.finditer(text, lo, hi):
        pass
    if match is None or _is_circumstance(text, match.span("object")) or _has_verb(text, match.end(), hi):
        return None  # 'Pain scores associated with movement were lower with A (P)': the association is no predicate
    span = match.span("object")
    verb = _PAST_VERB_AT_END.search(text, *span)  # 'correlations of the index with intake measures ranged from'
    return (span[0], verb.start()) if verb and verb.start() > span[0] else span


def _compared_in(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    match = _COMPARED_IN.search(text, lo, hi)
    if match is None or _is_circumstance(text, match.span("object")):
        return None  # 'superior to placebo in the first 12 weeks'
    return match.span("object")


@lru_cache(maxsize=1)
def _noun_before_result() -> re.Pattern[str]:
    lists = _lists()
    return re.compile(_NOUN_BEFORE_RESULT_BODY % (lists["change_nouns"], lists["comparison_nouns"]), re.I)


def _measure_after_result(text: str, w: _Window) -> tuple[int, int] | None:
    """The measure a change noun takes after the result that interrupts it ('no difference (P = 0.4) in pain scores')."""
    if w.anchor == w.start or not _noun_before_result().search(text, max(w.lo, w.anchor - 60), w.hi):
        return None
    stop = _SENTENCE_END.search(text, w.close, min(len(text), w.close + 200))
    match = _MEASURE_AFTER_RESULT.match(text, w.close, stop.start() if stop else min(len(text), w.close + 200))
    if match is None or _is_circumstance(text, match.span("object")):
        return None
    return match.span("object")


@lru_cache(maxsize=1)
def _change_object() -> re.Pattern[str]:
    lists = _lists()
    return re.compile(_CHANGE_OBJECT_BODY % (lists["change_nouns"], lists["comparison_nouns"]), re.I)


def _change_objects(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Change nouns and their objects in text[lo:hi], also one inside another's object ('reductions vs placebo in
    adjusted mean changes from baseline of HbA1c': the inner change names the measure). An inner one counts only
    after modifiers of a change ('adjusted mean'), not inside a measure's name ('blood loss in the first 24 hours',
    'loss of response', 'time to loss of ambulation'); an object that says when or in whom is none ('a reduction
    compared with placebo in the first 12 weeks')."""
    pattern = _change_object()
    pos = lo
    outer = None
    while (match := pattern.search(text, pos, hi)) is not None:
        pos = match.start("object")
        if outer is not None and match.start() < outer[1] and not (
                _CHANGE_MODIFIERS.fullmatch(text, outer[0], match.start()) and _INNER_CHANGES.fullmatch(match.group("change") or match.group("compare"))):
            continue
        if _is_circumstance(text, match.span("object")) or (match.group("versus") and _is_bare(text, match.span("object"))):
            continue
        outer = match.span("object")
        yield match


# what may stand before a change noun inside another's object: 'in adjusted mean changes from baseline of HbA1c', 'toward
# a less-pronounced increase in X'; not a preposition ('rate of change in FEV1', 'time to loss of ambulation')
_CHANGE_MODIFIERS = re.compile(r"(?<![\w-])(?:(?!(?:of|to|in|for|on|with|at|by|from)\s)[\w-]+\s+){0,3}", re.I)
_INNER_CHANGES = re.compile(r"(?:changes?|differences?|reductions?|decreases?|increases?|improvements?)", re.I)


@lru_cache(maxsize=1)
def _circumstances() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load("linking")
    return (frozenset(data["circumstance_heads"]), frozenset(data["circumstance_openers"]), frozenset(data["circumstance_times"]),
            frozenset(data["bare_measures"]))


def _is_bare(text: str, span: tuple[int, int]) -> bool:
    """'the annual rate': a measure word without what it measures."""
    words = [w.lower() for w in _TOKEN.findall(text, *span) if w.lower() not in ("the", "a", "an")]
    return all(w in _circumstances()[3] for w in words)


def _is_circumstance(text: str, span: tuple[int, int]) -> bool:
    """'the intention-to-treat population', 'the per-protocol analysis', 'the subgroup with baseline HbA1c of 9% or more',
    'the first 12 weeks', 'postoperative days 1 and 2', 'day 3': when, in whom or in which analysis, not what."""
    heads, openers, times, _ = _circumstances()
    words = [w.lower() for w in _TOKEN.findall(text, *span)]
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    if not words:
        return False
    if words[0] in heads or words[-1] in heads:
        return True
    rest = words[1:] if words[0] in openers else words
    while rest and rest[0][:1].isdigit() and words[0] in openers:
        rest = rest[1:]  # 'the first 3 months'
    if not rest or rest[0] not in times:
        return False
    # an opener before the time word ('the second year'), or a number after it ('day 3', 'days 1 and 2'): a time
    return words[0] in openers or (len(rest) > 1 and rest[1][:1].isdigit())


_TOKEN = re.compile(r"[\w-]+")


# a difference 'between A and B' compares arms (a correlation or an association 'between X and Y' relates measures)
_SECOND_GROUP = re.compile(
    r"(?<![\w-])(?:(?:differ\w*\s+(?:[\w-]+\s+){0,5}?|(?:or|nor|but)\s+)between\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}?\s+(?:and|vs\.?|versus)"
    r"|between\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}?\s+(?:vs\.?|versus)|than\s+(?:in|with|among|on|after|for))\s+(?:the\s+)?\Z",
    re.I)
_TREATED_WITH = re.compile(r"(?<![\w-])(?:with|receiving|using)\s+(?:the\s+)?\Z", re.I)
# the verb after 'while' + -ing word must be the clause's own, not a relative clause's ('while remaining unchanged in
# patients who were randomized to placebo')
_TURN_BODY = r"(?<![\s,]),?\s+(?:although|though|while(?!\s+\w+(?:ed|ing)\s+(?!(?:(?!(?:who|which|that|whom|whose)\s)[\w-]+\s+){0,6}?(?:%s)\b))|whereas|but|however|yet|except\s+that)\b"


@lru_cache(maxsize=1)
def _turn() -> re.Pattern[str]:
    """'while' before a participle continues the clause ('while assigned to the combination', 'while receiving
    metformin'); before a gerund noun and its verb, within a few words, it turns to a clause of its own ('while bleeding
    was more frequent', 'while wheezing decreased', 'while vomiting rates in group A were higher')."""
    lists = _lists()
    verbs = "|".join(sorted(lists["verbs"] | lists["copulas"], key=len, reverse=True))
    return re.compile(_TURN_BODY % verbs, re.I)
# 'Regarding edema volume, no difference was found between the groups (P)': the measure the clause is about, set before it
_TOPIC = re.compile(
    r"(?:(?<!\s)\s+)?(?<![\w-])(?:regarding|concerning|as\s+(?:for|regards)|with\s+(?:regard|respect)\s+to|in\s+terms\s+of)\s+(?:the\s+)?"
    r"(?P<topic>[A-Za-z][^,;:()]{0,60}?)\s*,", re.I)


def _topic(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    match = _TOPIC.match(text, lo, hi)
    return match.span("topic") if match else None


_NEGATED = re.compile(r"(?<![\w-])(?:there\s+(?:was|were)\s+)?no\s", re.I)
_LEADING_CONCESSION = re.compile(r"(?:(?<!\s)\s+)?(?<![\w-])(?:while|although|though|whereas)\s[^,;()]{3,120}?,\s+(?=\w)", re.I)
_CHANGE_INTRO = re.compile(
    r"(?:(?<!\s)\s+)?(?<![\w-])(?:[A-Z][A-Za-z]{2,20}:\s+)?(?:with|along\s+with)\s+(?:the\s+)?(?:increas\w*|decreas\w*|ris(?:e|ing)|prolong\w*|extension|elevation|reduction|progression)"
    r"\s+(?:of|in)\s+[^,;()]{1,60},\s*(?=\w)", re.I)
_SEMICOLON_CLAUSE = re.compile(r"(?<=[\w)\]%]);\s+(?=\w)")
_RESULT_ANAPHORS = frozenset({"this", "these", "that", "which", "such"})
_AND_CLAUSE = re.compile(r"(?<=[\w)\]%]),\s+and\s+(?=\w)", re.I)


def _has_verb(text: str, lo: int, hi: int) -> bool:
    return lo < hi and _first_verb(_words(text, lo, hi), _lists()["verbs"]) is not None


def _last_change(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The object of the last change or comparison noun in text[lo:hi] ('no difference in pain scores')."""
    found = None
    for match in _change_objects(text, lo, hi):
        found = match.span("object")
    return found or _measure_between(text, lo, hi)


# 'no difference between the reading rates of boys and girls': the measure is what is compared of the two.
_BETWEEN_MEASURE = re.compile(
    r"\bdifferences?\s+between\s+(?:the\s+)?(?P<object>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+of\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:and|versus|vs\.?)\s",
    re.I,
)


def _measure_between(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    match = _BETWEEN_MEASURE.search(text, lo, hi)
    if match and _plausible_outcome(text, _trim(text, match.span("object"))):
        return match.span("object")
    return None


_SINGLED_OUT = re.compile(r"\b(?:except(?:\s+for)?(?!\s+that\b)|apart\s+from|other\s+than|including|in\s+particular|particularly|especially|notably|such\s+as)\b", re.I)


# the items of a list named before ('secondary outcomes, including X'); 'except for stage I' may be a subgroup
_NON_SPACE = re.compile(r"\S")
_MEMBERS = re.compile(r"including|in\s+particular|particularly|especially|notably|such\s+as", re.I)
_WITH_CLAUSE = re.compile(r"(?<=\w),\s+with\s+(?:only\s+)?(?:a|an|the|no|more|less|fewer|greater|higher|lower|significantly|slightly)\s", re.I)
_FOR_BEFORE = re.compile(r"(?<![\w-])for\s+\Z", re.I)
_COMPARED = re.compile(r"(?<![\w-])(?:than|(?:superior|inferior|non-?inferior|equivalent)\s+to)(?![\w-])|(?<![\w-])(?:significant|different)\s+for\s+\Z", re.I)
# 'Tiotropium and indacaterol did not differ significantly in exacerbation rate (P)': what they differ in is the measure
_DIFFER_IN = re.compile(r"(?<![\w-])differ(?:ed|s)?\s+(?:\w+ly\s+)?(?:in|for|regarding|in\s+terms\s+of|with\s+respect\s+to)\s+(?:the\s+)?\Z", re.I)


def _opens_a_subject(word: str) -> bool:
    """'..., but patients reported ...' opens a subject of its own; '..., but statistically non-significant' and
    '..., but did not reach significance' do not."""
    low = word.lower()
    lists = _lists()
    return not (low.endswith("ly") or low in lists["predicates"] or low in lists["verbs"] or low in lists["copulas"] or low in _NO_SUBJECT)


# '..., but still significant', '..., although at week 24 only', '..., but thereafter not': no subject of its own
_NO_SUBJECT = frozenset("not no non-significant nonsignificant insignificant significant still thereafter then again even only "
                        "somewhat slightly at in on after before during by from within over until".split())


def outcome_candidates(text: str, w: _Window, sentence: tuple[int, int] | None = None) -> list[tuple[str, tuple[int, int] | None]]:
    """Named outcome candidates of a result, in the order they are tried."""
    listed = _listed_results(text, w)
    if listed:
        return [("listed", listed)]
    if w.previous is not None and _BARE_P_VALUE.fullmatch(text, w.since_previous, w.anchor) and _P_THEN_END.match(text, w.start):
        # 'Fistula rates were 8% and 20%. The P value was 0.03.': the sentence is only its result; the measure is the one before
        before_span, _ = _lead_subject(text, *w.previous)
        return [("previous_change", _last_change(text, *w.previous)), ("previous_subject", _without_group(text, before_span))]
    if is_threshold(text, w.start):
        return []  # 'With Bonferroni adjustment for three comparisons, P < 0.0167 was considered significant': a threshold
    inner = _inner_measure(text, w)
    found_for = _found_for(text, w)
    candidates = [("p_value_for", _p_value_for(text, w)), ("inner", inner), ("gapped", _gapped(text, w)), ("found_for", found_for),
                  ("interaction", _interaction(text, w)), *_candidates(text, w), *_after_arm_list(text, w)]
    # 'The difference reached significance in the per-protocol population (P)': an analysis set or a subgroup is whom
    # the result holds for, never its measure
    return [(name, None if span and _names_an_analysis(text, span) else span) for name, span in candidates]


# 'both clascoterone (P < .001) and tretinoin (P = .002) reduced inflammatory lesions', 'Both 1.0 mg (P = 0.002) and 2.4 mg
# (P < 0.001) were superior to placebo': results attached to the items of a short list (arms) before the clause's verb
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w-])(?:(?P<both>both|either)\s+)?[\w.%/+-]+(?:\s+[\w.%/+-]+){0,2}\s*\Z", re.I)
_MORE_ITEMS = re.compile(r"(?:(?<!\s)\s*(?:,\s*)?(?:and|or)\s+(?:[^(),;.]|\.(?=\d)){1,40}?\s*\([^()]{1,80}\))*")
_SUPERIOR_AFTER = re.compile(
    r"(?<!\s)\s+(?:were|was)\s+(?:(?:both|all|each|significantly|statistically|also)\s+)*(?:(?:superior|inferior|non-?inferior)\s+to|(?:better|worse|more\s+effective)\s+than)\s",
    re.I)


def _after_arm_list(text: str, w: _Window) -> list[tuple[str, tuple[int, int] | None]]:
    """The measure of a result attached to a list item: the object of the verb after the list, or, when the list's items
    are compared with another ('were superior to placebo'), the measure of the sentence before."""
    if w.anchor == w.start:
        return []
    item = _LIST_ITEM_BEFORE.search(text, max(w.since_previous, w.lo), w.anchor)
    if item is None or item.start() > max(w.since_previous, w.lo) + 30:
        return []
    more = _MORE_ITEMS.match(text, w.close)
    if not (item.group("both") or more.end() > w.close):
        return []
    pos = more.end()
    if _starts_with_object_verb(text, pos):
        return [("after_list", _verb_object(text, pos, min(len(text), pos + 200), last=False))]
    if _SUPERIOR_AFTER.match(text, pos) and w.previous is not None:
        return [("previous_change", _last_change(text, *w.previous)), ("previous_subject", _without_group(text, _lead_subject(text, *w.previous)[0]))]
    return []


def _names_an_analysis(text: str, span: tuple[int, int]) -> bool:
    named = _ANALYSIS_NAME.match(text, span[0])
    if named and named.end() >= span[1]:
        return True  # 'no difference in the intention to treat (P) or per protocol population (P)' (or a phrase cut at 'to')
    words = [word.lower() for word in _TOKEN.findall(text, *span)]
    if not words or words[-1] not in _circumstances()[0] or "(" in text[span[0] : span[1]]:
        return False  # 'event-free survival (intention-to-treat analysis)': the measure, its analysis in brackets
    # 'gait analysis', 'cost analysis' are measures; 'the per-protocol analysis' is a set of patients
    return words[-1] not in ("analysis", "analyses") or (len(words) > 1 and words[-2] in _ANALYSIS_SETS)


_ANALYSIS_NAME = re.compile(r"(?:the\s+)?(?:intention[\s-]to[\s-]treat|per[\s-]protocol|ITT|PP)", re.I)
_ANALYSIS_SETS = frozenset("per-protocol intention-to-treat itt mitt pp fas completers completer sensitivity subgroup interim "
                           "post-hoc hoc adjusted unadjusted multivariate multivariable univariate primary secondary".split())


# 'The P value for pain scores between groups was 0.03', 'the p-value for the difference in HbA1c was 0.01': the
# p-value's own phrase names the measure; not a test's name ('P for trend', 'P for interaction', 'P for non-inferiority')
_P_VALUE_FOR = re.compile(
    r"[Pp](?:[ -]?values?)?\s+for\s+(?:the\s+)?(?:(?:between-group\s+|overall\s+|mean\s+)?(?:%s|%s|comparisons?)\s+(?:in|of|for)\s+(?:the\s+)?)?"
    r"(?!(?:linear\s+|a\s+)?(?:trend|interaction|heterogeneity|linearity|non-?inferiority|superiority|equivalence|difference|comparison)s?\b)"
)


@lru_cache(maxsize=1)
def _p_value_for_pattern() -> re.Pattern[str]:
    lists = _lists()
    return re.compile(_P_VALUE_FOR.pattern % (lists["change_nouns"], lists["comparison_nouns"]) + _OBJECT_BODY, re.I)


def _p_value_for(text: str, w: _Window) -> tuple[int, int] | None:
    match = _p_value_for_pattern().match(text, w.start)
    if match is None or _is_circumstance(text, match.span("object")):
        return None
    return match.span("object")


# 'X was 68% vs 52%, and Y was 4 vs 6 days. The corresponding P values were 0.03 and 0.01.': a sentence of only p-values
# goes, value by value, with the measures the clauses of the sentence before are about
_LISTED_VALUE = r"(?:(?:[<>=≤≥]|&lt;|&gt;)\s*)?\d*[.·]\d+"
_LISTED_RESULTS = re.compile(
    r"(?:(?<!\s)\s+)?(?:(?:the|their)\s+)?(?:(?:corresponding|respective)\s+)?[Pp][ -]?values\s+(?:were|are)\s+"
    r"(?:%s(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,5}%s(?:\s*,\s*respectively)?\s*\.?" % (_LISTED_VALUE, _LISTED_VALUE), re.I)
# starts only where a value can (not inside a run of digits): a search over a long run stays linear
_A_LISTED_VALUE = re.compile(r"(?:(?:[<>=≤≥]|&lt;|&gt;)\s*)?(?<![\d.·])\d*[.·]\d+")
_CLAUSE_BREAK = re.compile(r"(?<=[\w)\]%])(?:,\s+(?:and|while|whereas|but)|;)\s+(?=\w)", re.I)


def _listed_results(text: str, w: _Window) -> tuple[int, int] | None:
    if w.previous is None:
        return None
    match = _LISTED_RESULTS.match(text, w.sent_start)
    if match is None or not match.start() <= w.start < match.end() or text[match.end() : match.end() + 1].strip() not in ("", "\n"):
        return None
    values = [m.start() for m in _A_LISTED_VALUE.finditer(text, match.start(), match.end())]
    index = sum(1 for start in values if start < w.start)
    lo, hi = w.previous
    starts = [lo] + [brk.end() for brk in _CLAUSE_BREAK.finditer(text, lo, hi)]
    bounds = [(a, b) for a, b in zip(starts, starts[1:] + [hi])]
    if len(bounds) != len(values) or not all(_has_verb(text, a, b) for a, b in bounds):
        return None
    subject = _without_group(text, _lead_subject(text, *bounds[index])[0])
    return subject if _plausible_outcome(text, subject) else None


_THRESHOLD_STATEMENT = re.compile(
    r"[Pp](?:[ -]?values?)?\s*(?:[<>=≤≥]|&lt;|&gt;){1,2}\s*\.?\d[\d.]*(?:\s*\([^()]{0,30}\))?\s+(?:was|were|is|are)\s+"
    r"(?:(?:considered|regarded|taken|accepted|deemed|defined)(?:\s+as)?\s+(?:to\s+be\s+|to\s+indicate\s+|as\s+)?(?:statistically\s+)?significan|set\b)", re.I)
def is_threshold(text: str, start: int) -> bool:
    """'P < 0.05 was considered significant': the p-value at ``start`` states the significance level, no result."""
    return _THRESHOLD_STATEMENT.match(text, start) is not None


_P_THEN_END = re.compile(r"[Pp](?:[ -]?values?)?\s*(?:(?:was|were|of)\s*|(?:[<>=≤≥]|&lt;|&gt;){1,2}\s*)\.?\d[\d.]*\s*[)\]]?\s*(?:[.;](?!\d)|\Z)")
_BARE_P_VALUE = re.compile(r"\s*(?:(?:the|this|its|their|a)\s+)?(?:(?:corresponding|respective)\s+)?", re.I)


# 'Pruritus occurred in 58% and 34% of women (P = 0.006), and nausea in 22% and 18% (P = 0.55)': a clause whose verb is
# left out names its own measure before its values
_GAPPED = re.compile(
    r"(?<![\s,;])[\s,;]*(?:and|while|whereas|but)\s+(?P<measure>[A-Za-z][\w-]*(?:\s+(?!in\b|for\b|of\b|with\b|at\b)[A-Za-z][\w-]*){0,3})"
    r"\s+(?:in|for|with|at|(?P<by>by))\s+[-+]?\d", re.I)  # '..., and deaths from malaria by 50% (P)'
_PASSIVE_BY = re.compile(r"(?<![\w-])(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s", re.I)


def _gapped(text: str, w: _Window) -> tuple[int, int] | None:
    if w.since_previous == w.sent_start:
        return None
    lo = w.since_previous
    while lo > w.sent_start and text[lo - 1] in " \t\n,;":
        lo -= 1  # the previous result may end with the space after it
    match = _GAPPED.match(text, lo, w.anchor)
    if match is None or _has_verb(text, match.start("measure"), match.end("measure")):
        return None
    if match.group("by") and not _PASSIVE_BY.search(text, w.sent_start, lo):
        return None  # 'A reduced IOP by 6.1 mm Hg (P) and B by 4.2 mm Hg (P)': after an active verb the item is an arm
    predicates = _lists()["predicates"]
    words = [word.lower() for word in _TOKEN.findall(text, *match.span("measure"))]
    if words[0] in _NO_SUBJECT or any(word in predicates or word.endswith("ly") for word in words):
        # ('deaths from malaria by 50%': a preposition inside the measure is part of it)
        return None  # 'but not at 8:00 am (P)', 'and borderline significantly higher self-efficacy at 5 months (P)'
    return match.span("measure")


# 'a significant group-by-time interaction for fistula rate (P)': what the interaction is found for
_INTERACTION = re.compile(r"(?<![\w-])interactions?\s+(?:for|on|in)\s+(?:the\s+)?" + _OBJECT_BODY, re.I)


def _interaction(text: str, w: _Window) -> tuple[int, int] | None:
    match = None
    for match in _INTERACTION.finditer(text, w.since_previous, w.hi):
        pass
    if match is None or _is_circumstance(text, match.span("object")):
        return None
    return match.span("object")


# '(difference 1870 mL, P < 0.0001; transfusion rates of 7% and 79%, P = 0.0003)': after an earlier result of the same
# parenthesis, a measure and its own values
_INNER_VALUES = re.compile(r"\d[\d.,]*\s*%?[^\d]{0,20}\d")
_RESULT_OPENING = re.compile(r"[\s,;]*")
_ENDS_WITH_OF = re.compile(r"(?<=\w)\s+of\Z", re.I)
_LINKED_VALUES = re.compile(r"(?<=[\w)\]])\s+(?:of|was|were|is|are)\s", re.I)
_COLON = re.compile(r"(?<!\s)\s*:")
_ARM_AFTER = re.compile(r"(?<!\s)(?:\s+[\w-]+){0,2}?\s+(?:groups?|arms?)\b", re.I)


def _inner_measure(text: str, w: _Window) -> tuple[int, int] | None:
    if not (w.anchor < w.since_previous < w.start) or not _INNER_VALUES.search(text, w.since_previous, w.start):
        return None
    lo = _RESULT_OPENING.match(text, w.since_previous, w.start).end()
    phrase = _noun_phrase(text, lo, w.start)
    if phrase is None or phrase[0] != lo or not _INNER_VALUES.search(text, phrase[1], w.start):
        return None  # '(P = 0.01 for pain; P = 0.02 for function)': no measure opens the part
    if _ENDS_WITH_OF.search(text, *phrase) or _LINKED_VALUES.match(text, phrase[1], w.start):
        return phrase
    if _COLON.match(text, phrase[1], w.start):
        # 'disease control rate (DCR) (ORR: ..., P; DCR: ..., P)': a label is a measure when the clause named it as an
        # abbreviation; else it may be an arm or a subgroup ('(LCD: 35.3%, P = 0.004; LFD: 30.0%, P = 0.01)')
        label = text[phrase[0] : phrase[1]].strip()
        defined = text.find("(%s)" % label, w.sent_start, w.anchor)
        if defined == -1 or _ARM_AFTER.match(text, defined + len(label) + 2, w.anchor):
            return None  # 'low-fat diet (LFD) groups (LCD: 5.3 kg, P; LFD: 3.1 kg, P)': the abbreviation names an arm
        return phrase
    return None  # '(ketamine 12 vs 15 ms, P; midazolam 14 vs 15 ms, P)': an arm's name right before its values


# 'Significant differences in the incidence of adverse events were found for CMV infection (P)': the item the
# difference was found for is the result's measure
_FOUND_FOR = re.compile(r"(?<![\w-])(?:was|were)\s+(?:also\s+)?(?:found|observed|seen|noted|detected|shown)\s+for\s+(?:the\s+)?\Z", re.I)


def _found_for(text: str, w: _Window) -> tuple[int, int] | None:
    walked = _walk_back(text, w.lo, w.hi)
    if walked and _FOUND_FOR.search(text, max(w.lo, walked[0] - 40), walked[0]):
        return walked
    return None


def _candidates(text: str, w: _Window) -> list[tuple[str, tuple[int, int] | None]]:
    change = None
    clause_lo = w.since_previous
    for turn in _turn().finditer(text, w.since_previous, w.anchor):
        clause_lo = turn.end()  # a new clause: earlier change nouns belong to another result
    concession = _LEADING_CONCESSION.match(text, clause_lo, w.anchor)
    if concession and _has_verb(text, concession.end(), w.hi):
        clause_lo = concession.end()  # 'While there was no change in lipids, cardiovascular function improved (P)'
    intro = _CHANGE_INTRO.match(text, clause_lo, w.anchor)
    if intro:
        clause_lo = intro.end()  # 'With the increase of the dose, the incidence of bradycardia increased': what changed with what
    for joined in _SEMICOLON_CLAUSE.finditer(text, clause_lo, w.anchor):
        # 'one major episode occurred in each group; 20% and 9% of patients experienced minor episodes (P)': a clause of its own
        first = text[joined.end() : joined.end() + 30].split(" ", 1)[0]
        if _has_verb(text, clause_lo, joined.start()) and _has_verb(text, joined.end(), w.hi) and _opens_a_subject(first) \
                and first.lower() not in _RESULT_ANAPHORS:  # '...; this was significant (P)': the result before
            clause_lo = joined.end()
    for joined in _AND_CLAUSE.finditer(text, clause_lo, w.anchor):
        # 'X fell with A (-0.9 mmol/L), and a higher proportion achieved Y (P)': a clause of its own after ', and'
        if _has_verb(text, clause_lo, joined.start()) and _has_verb(text, joined.end(), w.hi):
            clause_lo = joined.end()
    for match in _change_objects(text, clause_lo, w.anchor):
        # the last change noun's object, unless it names a group ('... as compared with a 14% decrease in the placebo group')
        if change is None or _plausible_outcome(text, _trim(text, match.span("object"))):
            change = match.span("object")
    if change is None:
        change = _measure_between(text, clause_lo, w.anchor)
    walked = _walk_back(text, w.lo, w.hi)
    if walked and w.group and text[w.group[0]].isdigit():
        # 'HbA1c 7.1% vs 7.5%': the comparison cut off was a value, so the value before it is the result's, not the measure's
        value = _TRAILING_VALUE.search(text, *walked)
        walked = (walked[0], value.start()) if value and value.start() > walked[0] else walked
    if walked and (_TREATED_WITH.search(text, max(w.lo, walked[0] - 20), walked[0]) or _SECOND_GROUP.search(text, max(w.sent_start, walked[0] - 140), walked[0])):
        # 'was longer with the vaccine (P)': what follows 'with' is the treatment, not the measure; so is the second of
        # 'between lidocaine and saline (P)' or 'than in usual care (P)'
        walked = None
    subject = _subject(text, w.since_previous, w.hi)
    clause_subject = _subject(text, w.lo, w.hi)
    lead_span, lead_verb = _lead_subject(text, clause_lo, w.hi, w.several)
    lead = _without_group(text, lead_span)
    verb_object = _verb_object(text, clause_lo, w.hi, several=w.several)
    # 'Sitagliptin reduced HbA1c by 0.7% (P)': an active verb of change takes the measure as its object.
    lead_object = _verb_object(text, lead_verb, w.hi, last=False, several=w.several) if lead_verb is not None else None
    if lead_object and _is_predictor(text, lead_object) and _ASSOCIATED_VERB.search(text, lead[1] if lead else w.lo, lead_object[0]):
        lead_object = None  # 'Mortality was associated with older age (P)': the subject is the measure, the object its predictor
    if lead_object and _SHAPE_HEAD.search(text, *lead_object) and _plausible_outcome(text, lead):
        lead_object = None  # 'Axial elongation showed a similar dose-dependent pattern (P)': the shape of a result, not a measure
    after = _verb_object(text, w.close, min(len(text), w.close + 200), last=False) if _starts_with_object_verb(text, w.close) else None
    if after is None and _SIGNIFICANT_BEFORE.search(text, max(w.lo, w.anchor - 40), w.anchor) and _WORD_NEXT.match(text, w.close):
        # 'showed a statistically significant (P < 0.001) reduction in aggression': the measure follows the result
        stop = _SENTENCE_END.search(text, w.close, min(len(text), w.close + 200))
        stop_at = stop.start() if stop else min(len(text), w.close + 200)
        following = next(_change_objects(text, w.close, stop_at), None)
        if following and _FEW_WORDS.fullmatch(text, w.close, following.start()):
            # 'Significant (P < 0.05) reductions in Lp-PLA2 were observed': the noun phrase the change noun takes
            after = _noun_phrase(text, following.start("object"), stop_at)
        else:
            after = _noun_phrase(text, w.close, stop_at)
    # 'A was better than B for visual acuity (P)', 'the difference was not significant for total dose (P)':
    # after a comparison, 'for <measure>' just before the result names the outcome.
    for_object = None
    if walked and ((_FOR_BEFORE.search(text, max(clause_lo, walked[0] - 6), walked[0]) and _COMPARED.search(text, clause_lo, walked[0]))
                   or _DIFFER_IN.search(text, max(clause_lo, walked[0] - 40), walked[0])):
        for_object = walked
    earlier: list[tuple[str, tuple[int, int] | None]] = []
    existential = None
    if lead and text[lead[0] : lead[1]].lower() == "there" and lead_verb is None:
        # 'There was significantly less weight gain in A (P)': the noun phrase after the verb.
        existential = _without_group(text, _existential_object(text, lead[1], w.hi))
        earlier.append(("existential", existential))
    # a subject that ends before the result's own clause began ('There was no difference in X, but patients reported
    # more dryness (P)') belongs to the clause before: it does not make this result point back
    opening = _WORD.search(text, clause_lo, w.hi) if clause_lo > w.since_previous else None
    own_subject = subject
    if subject is not None and opening is not None and subject[1] <= clause_lo and _opens_a_subject(opening.group()):
        own_subject = None
    # 'PG was superior to PJ (P)': the subject and what it is compared to are arms; the measure is named earlier
    arms_compared = _arms_compared(text, lead, w.anchor) or _arms_alike(text, lead, w.anchor, w.sent_start)
    if arms_compared or (existential is None and (_is_anaphor(text, lead) or _is_anaphor(text, own_subject) or _is_anaphor(text, lead_object))) or _is_anaphor(
            text, existential):
        # 'X was lower with A, but the difference was not significant (P)': X, named before.
        # 'X, Y and Z fell (..., respectively), and these changes were similar (P)': a plural anaphor takes the whole list
        plural = any(_is_plural_anaphor(text, span) for span in (lead, own_subject))
        # 'Dissociative symptoms peaked at 40 minutes; they were more frequent than with placebo (P)': the clause before
        # the ';' holds what the anaphor points to
        pointer = own_subject or lead
        named_until = w.lo if clause_lo < w.lo and pointer is not None and w.lo <= pointer[0] else clause_lo
        earlier_span, earlier_verb = _lead_subject(text, w.sent_start, named_until, w.several or plural)
        earlier = [
            # 'There was no difference in pain at rest, but the difference was significant on movement (P)'
            ("earlier_change", _last_change(text, w.sent_start, named_until)),
            ("earlier_object", _verb_object(text, earlier_verb, named_until, last=False) if earlier_verb is not None else None),
            ("earlier_subject", _without_group(text, earlier_span)),
            ("earlier_last_object", _verb_object(text, w.sent_start, named_until)),
            # a clause whose verb is not a listed one ('Dissociative symptoms peaked at 40 minutes; they were ...'): its opening
            ("earlier_opening", _opening(text, w.sent_start, named_until) if named_until > w.sent_start else None),
        ]
        # 'Latanoprost reduced IOP by 1.6 mm Hg more than timolol. These differences were significant (P)'; when that
        # sentence points back itself ('The corresponding figures for B were ...'), the one before it
        for name, sentence in (("previous", w.previous), ("before_previous", w.before_previous)):
            if sentence is None:
                break
            before_span, before_verb = _lead_subject(text, sentence[0], sentence[1])
            earlier += [
                (name + "_change", _last_change(text, sentence[0], sentence[1])),
                (name + "_object", _verb_object(text, before_verb, sentence[1], last=False) if before_verb is not None else None),
                (name + "_subject", _without_group(text, before_span)),
            ]
            if not _is_anaphor(text, before_span):
                break
    # The clause's subject is usually the outcome ('X was lower in A than B (P)'), unless the
    # predicate singles out another measure: 'were balanced except for X (P)', '..., including X (P)'.
    singled = _SINGLED_OUT.search(text, w.since_previous, w.hi)
    if singled:
        if change and walked and change[1] <= singled.start() <= walked[0] < walked[1] and _MEMBERS.fullmatch(singled.group()):
            # 'No differences were found in secondary outcomes, including length of stay (P)': the item singled out
            # ('in particular nausea': the walk back stops at 'in', not at the cue)
            first = _NON_SPACE.search(text, max(walked[0], singled.end()), walked[1])
            member = (first.start(), walked[1]) if first else walked
            return [("member", member), ("change", change), ("subject", subject), ("clause_subject", clause_subject)]
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
    candidates = [("colon_label", _colon_label(text, w)), ("compared_in", _compared_in(text, clause_lo, w.hi)), ("for_object", for_object), ("measure_after", _measure_after_result(text, w)), ("change", change), ("associated", _associated_with(text, clause_lo, w.anchor)),
                  ("predictor", _predictor_associated(text, lead, w.anchor)), ("after", after), ("lead_object", lead_object), ("lead", lead), ("subject", subject),
                  ("topic", _topic(text, w.since_previous, w.anchor)), *earlier, ("verb_object", verb_object), ("walked", walked), ("clause_subject", clause_subject), ("main_subject", main),
                  ("people_object", _people_object(text, clause_lo, w.hi)), ("label", _label(text, w))]
    if earlier and any(span and _NEGATED.match(text, *span) for span in (lead, own_subject)):
        # 'no significant differences were found between the two regarding overall behaviour (P)': a negated difference
        # points back only when nothing after it names the measure ('whereas no difference was observed with B (P)')
        named = {name for name, _ in earlier}
        candidates = [c for c in candidates if c[0] not in named]
        at = next(i for i, c in enumerate(candidates) if c[0] == "walked") + 1
        candidates[at:at] = earlier
    if lead and walked and walked[0] >= lead[1] and _MOST_COMMON.match(text, *lead):
        candidates.insert(0, ("most_common", walked))  # 'The most common adverse event was hyperaemia (P)': the event named
    if arms_compared:
        candidates = [(name, span) for name, span in candidates
                      if not (span and (any(lo <= span[0] and span[1] <= hi for lo, hi in arms_compared) or _is_circumstance(text, span)))]
        # 'HI2 was more effective than HI1 as measured by pain relief scores (P)': what the comparison was measured by
        measured = _MEASURED_BY.search(text, arms_compared[0][1], w.hi)
        if measured and not _is_circumstance(text, measured.span("object")):
            candidates.insert(0, ("measured_by", measured.span("object")))
    if lead and lead_object and _EFFECT.fullmatch(text, *lead_object) and not _DESIGN_FACTOR.fullmatch(text, *lead):
        # (a crossover's order, period or carry-over having no effect is itself the result: 'Treatment order had no effect')
        # 'Among children younger than 12 months, zinc had no significant effect (P)': who has an effect is the treatment;
        # the effect is on the measure named before
        candidates = [(name, span) for name, span in candidates if not (span and lead[0] <= span[0] and span[1] <= lead[1])]
    return candidates


# 'was superior to', 'proved better than', 'outperformed': a comparison of two treatments when neither side names a
# measure ('PG was superior to PJ'); 'that of' / 'those in' after it points to a measure ('Survival with A was superior
# to that with B')
_SUPERIOR_TO = re.compile(
    r"(?<!\s)\s+(?:(?:was|were|is|are|proved|appeared|seemed|remained)\s+)?(?:(?:significantly|statistically|clearly|also|not|no)\s+)*"
    r"(?:(?:superior|inferior|non-?inferior|equivalent)\s+to|(?:better|worse|more\s+effective|less\s+effective)\s+than|outperformed)"
    r"\s+(?!that\b|those\b)(?:the\s+)?(?P<other>[\w/+-]+(?:\s+(?!in\b|for\b|on\b|with\b|at\b|regarding\b|as\b|and\b)[\w/+-]+){0,3}?)"
    r"(?=\s*(?:\(|\[|,|;|\.|$|\s(?:in|for|on|with|at|regarding|as|and)\b))",
    re.I,
)
_MEASURED_BY = re.compile(
    r"(?<![\w-])(?:as\s+)?(?:measured|assessed|evaluated|judged|rated|indicated)\s+(?:by|with|on|using)\s+(?:the\s+)?" + _OBJECT_BODY, re.I)
_NAMES_A_MEASURE = re.compile(r"(?<![\w-])(?:of|in|with|at|for|on|to)(?![\w-])", re.I)


def _arms_compared(text: str, lead: tuple[int, int] | None, anchor: int) -> list[tuple[int, int]] | None:
    """The span of 'A was superior to B' when both sides are short names with no measure in them (at most
    four words, no preposition, no measure word): what the result compares is treatments, not a measure."""
    if lead is None:
        return None
    match = _SUPERIOR_TO.match(text, lead[1], anchor)
    if match is None:
        return None
    bare = _circumstances()[3]
    for lo, hi in (lead, match.span("other")):
        words = [word.lower() for word in _TOKEN.findall(text, lo, hi)]
        if not words or len(words) > 4 or _NAMES_A_MEASURE.search(text, lo, hi) or any(
                word in bare or word in _MEASURE_HEADS for word in words):
            return None
    return [(lead[0], match.end("other"))]


_ALIKE = re.compile(  # matched right after the subject; the lookbehind keeps a search linear
    r"(?<!\s)\s+(?:did\s+not\s+(?:significantly\s+)?differ|(?:was|were)\s+(?:not\s+)?(?:significantly\s+)?(?:similar|comparable|equivalent|not\s+different))\b",
    re.I)


def _arms_alike(text: str, lead: tuple[int, int] | None, anchor: int, sent_start: int) -> list[tuple[int, int]] | None:
    """'...; cyclosporine and diquafosol did not differ (P)': a subject listing short names that the text before gave as
    treatments ('with cyclosporine 0.05% than with artificial tears') compares arms; the measure is named earlier."""
    if lead is None or not _ALIKE.match(text, lead[1], anchor):
        return None
    items = [item for item in _LIST_SPLIT.split(text[lead[0] : lead[1]]) if item.strip()]
    if len(items) < 2:
        return None
    bare = _circumstances()[3]
    before = text[max(0, sent_start - 600) : lead[0]]
    for item in items:
        words = [word.lower() for word in _TOKEN.findall(item)]
        if not words or len(words) > 3 or any(word in bare or word in _MEASURE_HEADS for word in words):
            return None
        if not re.search(r"(?<![\w-])(?:with|than|versus|vs\.?|to|on|receiving)\s+(?:the\s+)?%s(?![\w-])" % re.escape(item.strip()), before, re.I):
            return None  # not given as a treatment before: 'Nausea and vomiting did not differ (P)' are measures
    return [lead]


_LIST_SPLIT = re.compile(r"(?<!\s)\s*,\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+", re.I)


_MEASURE_HEADS = frozenset("score scores level levels time times survival response responses outcome outcomes efficacy value values "
                           "control relief reduction reductions improvement improvements change changes effect effects".split())


def _opening(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a clause, without the past-tense verb after it ('Dissociative symptoms peaked')."""
    phrase = _noun_phrase(text, lo, hi)
    if phrase is None:
        return None
    verb = _PAST_VERB_AT_END.search(text, *phrase)
    return (phrase[0], verb.start()) if verb else phrase


_ASSOCIATED_VERB = re.compile(r"(?<![\w-])(?:associated|correlated)\s+with\s", re.I)
_SHAPE_HEAD = re.compile(r"(?<![\w-])(?:pattern|patterns|profile|profiles|direction|course)\s*\Z", re.I)
_PAST_VERB_AT_END = re.compile(r"(?<=\w)\s+[a-z]+ed\Z")


def _is_plural_anaphor(text: str, span: tuple[int, int] | None) -> bool:
    """'these changes', 'they', 'both differences': an anaphor that points back to more than one measure."""
    if not _is_anaphor(text, span):
        return False
    words = [w.lower() for w in _TOKEN.findall(text, *span)]
    return any(w in _PLURAL_POINTERS for w in words) or (bool(words) and words[-1].endswith("s") and words[-1] != "analysis")


_PLURAL_POINTERS = frozenset("these those they both all".split())


_MOST_COMMON = re.compile(r"(?<![\w-])(?:the\s+)?(?:most\s+(?:common|frequent|frequently\s+\w+)|commonest)\s", re.I)
_DESIGN_FACTOR = re.compile(r"(?<![\w-])(?:(?:treatment|sequence|period|study)\s+)?(?:order|period|sequence|carry-?over)(?:\s+effects?)?", re.I)
_EFFECT = re.compile(r"(?:effects?|impact|influence|benefit)", re.I)


_LABEL = re.compile(r"(?<![^\s])(?P<label>[A-Za-z][^:;()\n]{0,60}?)\s*:\s")
_WORDY = re.compile(r"(?<![A-Za-z])(?!versus|mmol|mmHg)[A-Za-z]{4,}")


def _label(text: str, w: _Window) -> tuple[int, int] | None:
    """'HbA1c: -0.7% vs -0.1%, P < 0.001': a label before a colon, followed only by the result's numbers."""
    if w.since_previous != w.sent_start:
        return None
    match = _LABEL.match(text, w.sent_start, w.anchor)
    if match is None:
        return _row_label(text, w)
    if _WORDY.search(text, match.end(), w.anchor):
        return None
    label = " ".join(match.group("label").lower().split())
    if label in _headings() or label.removeprefix("95% ") in _STATISTICS:
        return None  # 'Results: P < 0.05 for all', 'CI: -1.8 to -0.5; P < 0.001': a heading or a statistic
    return match.span("label")


def _colon_label(text: str, w: _Window) -> tuple[int, int] | None:
    """'Sustained response: fidaxomicin 74.6%, vancomycin 64.1%; p=0.006', 'Berg Balance Scale: RAGT 8.1 ± 4.2, CPT 6.9 ±
    3.8, P = 0.23': a label before a colon opening the sentence, then values (arms may name them) and no verb; not a heading,
    a statistic, a comparison ('PG vs PJ:'), a time ('At 12 weeks:') or a generic label ('Primary outcome:')."""
    if w.since_previous != w.sent_start:
        return None
    lo = w.sent_start
    while lo < w.anchor and text[lo].isspace():
        lo += 1  # the sentence may start with the line break before a bullet
    heading = _HEADING_LINE.match(text, lo, w.anchor)
    if heading and all(word.lower() in _HEADING_WORDS for word in heading.group("words").split()):
        lo = heading.end()  # 'Secondary outcomes\nPGIC much improved: 42% vs 27%; P value: 0.02': a heading line above it
    match = _LOOSE_LABEL.match(text, lo, w.anchor)
    if match is None or not _NUMBER_AFTER.search(text, match.end(), max(w.anchor, w.start)) or ":" in text[match.end() : w.anchor]:
        return None  # 'Drug A: 45%, Drug B: 30%; p=0.02': labels of the arms' values, no measure
    lists = _lists()
    after = [m.group().lower() for m in _WORDY.finditer(text, match.end(), w.anchor)]
    if len(after) > 4 or any(word in lists["verbs"] or word in lists["copulas"] for word in after):
        return None
    span = match.span("label")
    words = [word.lower() for word in _TOKEN.findall(text, *span)]
    if any(word in lists["verbs"] or word in lists["copulas"] for word in words):
        return None  # 'Glargine doses were lower than detemir doses: 43.5 vs 76.5': a sentence, not a label
    label = " ".join(words)
    if (label in _headings() or label.removeprefix("95% ") in _STATISTICS or any(word in _NOT_A_LABEL for word in words)
            or all(word in _GENERIC_LABELS for word in words) or _is_circumstance(text, span) or words[0] in _LABEL_OPENERS):
        return None
    return span


_HEADING_LINE = re.compile(r"(?<![A-Za-z])(?P<words>[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})[ \t]*:?[ \t]*\n\s*(?=\S)")
_LOOSE_LABEL = re.compile(r"(?<![^\s])(?:[-•*–][ \t]+)?(?P<label>[A-Za-z][^:;()\n]{0,60}?)(?:\s*\([^()\n]{1,15}\))?\s*:\s")
_NUMBER_AFTER = re.compile(r"\d")
_NOT_A_LABEL = frozenset("vs vs. versus compared".split())
_GENERIC_LABELS = frozenset("primary secondary main key outcome outcomes endpoint endpoints end point points result results efficacy safety "
                            "overall finding findings".split())
_LABEL_OPENERS = frozenset("at in after during by within over on from among for with".split())


def _row_label(text: str, w: _Window) -> tuple[int, int] | None:
    """'Pain at 24 h 3.1 ± 1.2 vs 4.0 ± 1.5 p=0.02', 'Blood loss, mL 210 (150-300) 320 (240-410) P = 0.004': a table row
    pasted as text, a few words without a verb and then only the result's numbers and units."""
    words = list(_WORDY.finditer(text, w.sent_start, w.anchor))
    if not words or len(words) > 8 or len(_ROW_NUMBER.findall(text, words[-1].end(), w.anchor)) < 2:
        return None
    lists = _lists()
    if any(m.group().lower() in lists["verbs"] or m.group().lower() in lists["copulas"] or m.group().lower() in _ROW_STOP for m in words):
        return None
    label = " ".join(text[w.sent_start : words[-1].end()].lower().split())
    if label in _headings() or not _ROW_LABEL_START.match(text, w.sent_start):
        return None
    return w.sent_start, words[-1].end()


_ROW_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
_ROW_LABEL_START = re.compile(r"[A-Za-z]")
# words of a sentence, not of a row label
_ROW_STOP = frozenset("than with were was compared versus between respectively".split())


_STATISTICS = frozenset("ci sd se sem iqr hr or rr range mean median difference estimate".split())


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(load("registry_fields")["abstract_headings"])
