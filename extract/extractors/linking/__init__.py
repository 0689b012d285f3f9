"""Link a result (a p-value) to the outcome and the comparison its sentence names.

Rules, from reading results sentences across trial abstracts:

* a p-value in parentheses belongs to the phrase just before the parenthesis
  ("improved patient survival (91% vs 42%, P = .015)");
* walking back from there, the outcome phrase ends at a boundary word (a verb, "in", "and", a comma)
  and loses comparatives and articles ("a shorter hospital stay" -> "hospital stay");
* a trailing group phrase ("in the experimental arm", "compared with placebo") is the comparison;
* when nothing but a predicate is left ("was also shorter"), the outcome is the clause's subject.

This package holds the public entry points; the rules live in small modules, one job each:
``window`` (where a result's outcome is looked for), ``words`` (the word lists and tokens),
``subjects`` and ``objects`` (clause grammar), ``measures`` (is a phrase a measure), ``anaphora``
(earlier measures), ``outcome`` (the candidates in order), ``arms`` (the trial's arms),
``comparison`` (the groups a result compares) and ``names`` (names with abbreviations written out).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import load
from ..context import ExtractionContext
from ..endpoints import declared_endpoints
from ..ner_outcomes import prefer_outcome
from .against import against_pair
from .anaphora import _list_items, _parallel_circumstance, _respective, _same_parenthesis, _single_item
from .arms import _arm_mentions, arm_names, trial_arms
from .comparison import (
    _against_number_arm,
    _arm_mention,
    _arm_only,
    _comparison,
    _GENERIC_GROUPS,
    _JUST_AND,
    _labelled_arms,
    _measure_versus_arm,
    _named_numbers,
    _parallel_arms,
    _with_and_without,
    between_named_groups,
)
from .measures import _plausible_outcome, _trim, _with_criterion, _with_threshold
from .names import _ARM_SPLIT, _written_out, comparison_name, outcome_name, within_one_arm
from .outcome import is_threshold, outcome_candidates
from .window import LOOK_BACK, _Window
from .words import _lists

__all__ = ["LOOK_BACK", "arm_names", "comparison_name", "link_result", "outcome_candidates", "outcome_name", "trial_arms"]


def _without_arm(text: str, span: tuple[int, int] | None, arms: re.Pattern[str] | None) -> tuple[int, int] | None:
    """'the relative risk of admission for EDGE' -> 'the relative risk of admission': a trailing phrase naming one
    of the trial's arms says where the measure was taken, not what was measured."""
    if span is None or arms is None:
        return span
    for match in _ARM_TAIL.finditer(text, span[0], span[1]):
        named = arms.match(text, match.end(), span[1])
        if not named:
            continue
        grouped = _GROUP_WORD.fullmatch(text, named.end(), span[1])
        # 'pain with exercise' is a measure under a condition; 'step counts with the app', 'in the exercise group' are where
        if (named.end() == span[1] or grouped) and (match.group("where") or match.group("the") or match.group("people") or grouped):
            return span[0], match.start()
    return span


_ARM_TAIL = re.compile(
    r"(?<=[\w)])\s+(?:(?P<where>for|in|among)|with|on|by)\s+(?P<the>the\s+)?(?P<people>patients\s+(?:receiving|given|on)\s+)?(?=\w)", re.I)
_GROUP_WORD = re.compile(r"(?<=[\w)])\s+(?:groups?|arms?)", re.I)


_COMPOSITE = re.compile(r"(?<![\w-])(?:(?:the|a|an)\s+)?composite\b", re.I)
# 'The primary end point occurred in 9.1% ...', 'The primary outcome was X': the words that name the endpoint, not it
_PRIMARY_CUE = re.compile(r"(?<![\w-])(?:(?:the|a|an|our|this)\s+)?(?:primary|main)\s+(?:(?:efficacy|composite)\s+)?(?:outcome|end\s*-?\s*point)(?:\s+(?:measure|variable))?", re.I)
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:who|that|which)\s+\Z", re.I)
_LINK_WORD = re.compile(r"(?<![\w-])(?:was|were|is|are|defined\s+as)\s+(?=\w)", re.I)


def _primary_endpoint(ctx: ExtractionContext) -> tuple[int, int] | None:
    """The span of the first primary endpoint the document declares, if it names a measure (cached)."""
    if "link_primary_endpoint" not in ctx.cache:
        found = None
        declared = declared_endpoints(ctx)
        for index, item in enumerate(declared):
            if item.values.get("kind") == "primary":
                # 'primary efficacy variable was diurnal IOP' -> 'diurnal IOP'; the first link word only: 'the proportion
                # of patients who were relapse-free' keeps its own 'were'
                link_word = _LINK_WORD.search(ctx.text, item.start, item.end)
                before = _RELATIVE_BEFORE.search(ctx.text, max(item.start, link_word.start() - 8), link_word.start()) if link_word else None
                start = link_word.end() if link_word and not before else item.start
                end = item.end
                if _COMPOSITE.match(ctx.text, start, end):
                    # 'a composite of death, myocardial infarction, or stroke': the composite, all its parts
                    sentence = ctx.sentence_at(item.start)
                    for part in declared[index + 1 :]:
                        if part.values.get("kind") != "primary" or part.start >= sentence[1]:
                            break
                        end = part.end
                span = _trim(ctx.text, (start, end))
                found = span if _plausible_outcome(ctx.text, span) else None
                break
        ctx.cache["link_primary_endpoint"] = found
    return ctx.cache["link_primary_endpoint"]


@lru_cache(maxsize=1)
def _not_about_the_endpoint() -> re.Pattern[str]:
    phrases = sorted(load("linking")["not_about_the_endpoint"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases), re.I)


def _about_something_else(ctx: ExtractionContext, window: _Window) -> bool:
    """'Of the 200 randomized, 110 were women (P)', 'The groups were balanced at baseline. No differences were found
    (P)': a result about the sample, its balance, withdrawals or harms is not about the primary endpoint. The sentence
    before counts when the result's own sentence points back ('it', 'the difference')."""
    cue = _not_about_the_endpoint()
    text = ctx.text
    if cue.search(text, window.sent_start, window.close):
        return True
    if window.previous is None:
        return False
    anaphors = _lists()["anaphors"]
    points_back = any(word.lower() in anaphors for word in re.findall(r"[A-Za-z]+", text[window.sent_start : window.anchor]))
    return points_back and bool(cue.search(text, *window.previous))


def _known_arm(ctx: ExtractionContext, arms: re.Pattern[str] | None):
    """Whether a name mentions one of the document's arms (by its name or its name's last word: 'Exercise' for
    'supervised exercise'); None when the document names no arms."""
    names = arm_names(ctx)
    if len(names) != 2:
        return None  # the words after 'versus' alone are no list of the trial's arms
    words = {word for name in names for word in name.lower().split() if len(word) > 3}

    def known(name: str) -> bool:
        if arms and arms.search(name) or any(w.lower() in words for w in name.split()):
            return True
        written = _written_out(ctx, name)  # 'LM75/25' for 'lispro mix 75/25 (LM75/25)'
        return bool(written) and any(w.lower() in words for w in written.split())
    return known


def _continues(text: str, window: _Window, arms: re.Pattern[str] | None) -> bool:
    """Whether the result's clause (since the previous result of its sentence) only adds a measure: no verb, no
    arm, no comparison of its own ('and a 20% reduction in IOP from baseline (P)')."""
    clause = text[window.since_previous : window.anchor]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    return bool(words) and not words & (_lists()["verbs"] | _CLAUSE_WORDS) and not (arms and arms.search(clause))


_POINTS_BACK = re.compile(r"(?:th(?:e|is|ese)\s+)?(?:differences?|effects?)\b(?:\s+in\s+[^()]{0,60}?)?\s+(?:was|were|remained|did)\b", re.I)
_CLAUSE_WORDS = frozenset("than versus vs compared relative whereas while but however within".split())


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
    respective = _respective(text, window, start)
    if start in ctx.cache.get("respective_items", {}):
        link["outcome"] = ctx.cache["respective_items"][start]  # '(P < 0.001 and P = 0.002, respectively)'
    elif previous and window.sent_start <= previous[0] < start and (
            _parallel_circumstance(text, window, previous[0], previous[1]) or (not respective and _same_parenthesis(text, window, previous[0]))):
        link["outcome"] = previous[1]  # '... at week 12 (P = 0.01) and at week 24 (P = 0.03)': the same measure
    arms = _arm_mentions(ctx)
    for _, candidate in ([] if link else outcome_candidates(text, window)):
        trimmed = _with_criterion(text, _without_arm(text, _trim(text, candidate), arms), window.anchor) if candidate else None
        if _plausible_outcome(text, trimmed):
            link["outcome"] = _with_threshold(text, trimmed)
            break
    # '..., -0.7% (p < 0.001) in the overall population and -0.6% (p < 0.001) in the subgroup': a result
    # whose own clause names no measure shares the outcome of the previous result of its sentence.
    if "outcome" not in link and previous and window.sent_start <= previous[0] < start:
        link["outcome"] = previous[1]
    if "outcome" not in link:
        # 'The difference of 1.4 mmHg was significant (P)' with no measure named nearby: the trial's declared
        # primary endpoint ('Main outcome measure: diurnal IOP') is what its results are about
        primary = _primary_endpoint(ctx)
        if primary and primary[1] <= window.sent_start and not _about_something_else(ctx, window) and not is_threshold(text, start):
            link["outcome"] = primary
    if "outcome" in link and _PRIMARY_CUE.fullmatch(text, *link["outcome"]):
        primary = _primary_endpoint(ctx)
        if primary and not (primary[0] >= link["outcome"][0] and primary[1] <= link["outcome"][1]):
            link["outcome"] = primary  # 'The primary end point occurred in 9.1% ... (P)': the endpoint the trial declared
    if respective and respective[0] == start and "outcome" in link:
        # 'HbA1c and fasting glucose were lower (P < 0.001 and P = 0.002, respectively)': one item each, in order
        items = _list_items(text, link["outcome"], window, len(respective))
        if items:
            ctx.cache["respective_items"] = dict(zip(respective, items))
            link["outcome"] = items[0]
        elif _single_item(text, (link["outcome"][0], max(link["outcome"][1], window.hi))):  # 'HbA1c fell in both groups (P < 0.001 and P = 0.002, respectively)'
            ctx.cache["respective_items"] = dict.fromkeys(respective, link["outcome"])
    if "outcome" in link:
        ctx.cache["previous_outcome"] = (start, link["outcome"])
    if ctx.entities:  # an NER model is loaded: its OUTCOME mention before the result wins
        prefer_outcome(ctx, link, window.sent_start, window.anchor)
    group = window.group if window.group and not _GENERIC_GROUPS.fullmatch(text, *window.group) else None
    if group and "outcome" in link and link["outcome"][0] <= group[0] and group[1] <= link["outcome"][1]:
        group = None  # 'Action Research Arm Test scores': a word of the measure's name, not a group
    comparison = _measure_versus_arm(ctx, _comparison(text, window.sent_start, window.anchor, link.get("outcome")))
    if comparison and comparison[1] <= window.since_previous and within_one_arm(text, window.since_previous, start) \
            and arms is not None and arms.search(text, window.since_previous, start):
        comparison = None  # 'A improved X vs B (P), and within A, Y fell from baseline (P)': the pair was the first result's
    parallel = _parallel_arms(text, window, link.get("outcome")) if comparison is None else None
    named = _named_numbers(ctx, window) if comparison is None and not parallel else None
    if named:  # '(ESPB 12.3 mg versus control 24.7 mg, P)': the first label as written, comparison_name names both
        link["comparison_arms"], comparison = named, named[0]
    against = None
    if not parallel and (comparison is None or not _ARM_SPLIT.search(text, *comparison)):
        # 'lower with A than with B', 'Compared with B, A reduced X', 'higher than both A (P) and B (P)'
        against = against_pair(text, start, window.sent_start, window.since_previous, window.anchor, window.close,
                               ctx.sentence_at(start)[1], link.get("outcome"), _known_arm(ctx, arms))
        earlier = ctx.cache.get("previous_against")
        if against:
            ctx.cache["previous_against"] = (window.sent_start, against)
        elif earlier and earlier[0] == window.sent_start < window.since_previous and _continues(text, window, arms):
            against = earlier[1]  # '... more likely than B to achieve X (P) and a 20% reduction in Y (P)': the same two arms
    if parallel:  # the arm nearest the result is the comparison as written; comparison_name names both
        link["comparison_arms"] = parallel
        joined = _JUST_AND.fullmatch(text, parallel[0][1], parallel[1][0])
        comparison = (parallel[0][0], parallel[1][1]) if joined and len(parallel) == 2 else parallel[-1]  # 'in groups 1 and 2, respectively'
    comparison = (comparison or group or _labelled_arms(ctx, window) or _with_and_without(text, window)
                  or _against_number_arm(text, window) or _arm_mention(ctx, window))
    if comparison is None and against is None and window.previous and _POINTS_BACK.match(text, window.sent_start, window.anchor):
        # 'Mortality was lower in group A than in group B. The difference was significant (P)': the previous sentence's pair
        prev_start, prev_end = window.previous
        stop = prev_end - 1 if text[prev_end - 1 : prev_end] == "." else prev_end
        against = against_pair(text, stop, prev_start, prev_start, stop, stop, prev_end, None, _known_arm(ctx, arms))
    if comparison is None and against is None and trial_arms(ctx) is None and not within_one_arm(text, window.since_previous, start):
        named = between_named_groups(ctx, window)  # 'between two groups' where only 'group A' and 'group B' name them
        if named:
            comparison, link["comparison_arms"] = named
    if against:  # the phrase as written stays the comparison; comparison_name names both arms
        link["comparison_arms"] = against
        if comparison and not any(a < comparison[1] and comparison[0] < b for a, b in against):
            comparison = None  # 'Ketamine was superior to placebo in women (P)': the trailing phrase names whom, not an arm
        comparison = comparison or against[-1]
    segment = _SEGMENT_END.search(text, start, window.close) if window.close > start else None
    own_end = segment.start() if segment else max(window.close, start)
    if comparison and not against and _own_baseline(text, window.since_previous, start, own_end) \
            and within_one_arm(text, window.since_previous, own_end):
        # '(all P < 0.001 vs baseline)', 'Compared with baseline, X improved in both the A group and the B group (all P)': each
        # arm against its own baseline, whatever arms the sentence lists
        comparison = None
        link.pop("comparison_arms", None)
        link["within_arm"] = True
    if comparison and not against and not parallel and _ONE_ARM.fullmatch(text, *comparison) and within_one_arm(text, window.since_previous, start) \
            and _each_arm_changes(ctx, start) and not _BETWEEN_ESTIMATE.search(text, window.anchor, window.close):
        # 'HbA1c fell from 8.4% to 7.3% in the A group (P) and from 8.3% to 7.9% in the B group (P)': each p-value tests a
        # change within its arm, no comparison (one p-value for the changes of both arms is the test between them)
        comparison = None
        link["within_arm"] = True  # nor the trial's arms for a name
    if (_TREND_OR_INTERACTION.search(text, start, end) or _TREND_BEFORE.search(text, max(window.anchor, start - 30), start)) \
            and any(a < window.since_previous for a, b in [*([comparison] if comparison else []), *link.get("comparison_arms", ())]) \
            and not (_continues(text, window, arms) and not _ACROSS_SUBGROUPS.search(text, window.since_previous, window.anchor)):
        # 'the effect grew with age (P for trend = 0.04)', '(P = 0.40; P for interaction = 0.04)': a test across doses or
        # subgroups takes no pair from another clause, only one written in its own parenthesis
        comparison = None
        link.pop("comparison_arms", None)
    if comparison:
        link["comparison"] = _arm_only(text, comparison)
    return link


_TREND_OR_INTERACTION = re.compile(r"(?<![\w-])(?:for|of)[ \t]+(?:linear[ \t]+)?(?:trend|interaction|heterogeneity)(?![\w-])", re.I)
# '..., and quality of life (p for trend = 0.05)': an item of the previous result's list keeps its pair; 'with no
# heterogeneity across subgroups (P for interaction)' is a test of its own
_ACROSS_SUBGROUPS = re.compile(r"(?<![\w-])(?:trends?|interactions?|heterogeneity|subgroups?|dose|doses|age|sex)(?![\w-])", re.I)
_TREND_BEFORE = re.compile(r"(?<![\w-])(?:trend|interaction|heterogeneity)[ \t]*,?[ \t]*\Z", re.I)


def _each_arm_changes(ctx: ExtractionContext, start: int) -> bool:
    """Whether the result's sentence gives two changes from a value to a value, each with its own p-value."""
    sent_start, sent_end = ctx.sentence_at(start)
    changes = [m.start() for m in _FROM_TO.finditer(ctx.text, sent_start, sent_end)]
    results = [m.start() for m in _P_AT.finditer(ctx.text, sent_start, sent_end)]
    if len(changes) < 2 or len(results) < 2:
        return False
    # a p-value between the two changes: 'from A to B in X (P) and from C to D in Y (P)'
    return any(changes[0] < p < changes[-1] for p in results)


# 'improved median TTP from 7.0 to 9.8 months (HR 0.65; P)': an estimate between arms makes the change the arms' difference
_BETWEEN_ESTIMATE = re.compile(r"(?<![\w-])(?:HR|OR|RR|IRR|hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|difference|between[- ]groups?)(?![\w-])", re.I)
_FROM_TO = re.compile(r"(?<![\w-])from[ \t]+[-−]?\.?\d[^;()]{0,60}?[ \t]to[ \t]+[-−]?\.?\d", re.I)
_P_AT = re.compile(r"(?<![A-Za-z])[Pp][ \t]*(?:[<>=≤≥]|&lt;|&gt;)")
_SEGMENT_END = re.compile(r"[;)\]]")  # a result's own part of its parenthesis ends at ';' or the bracket
def _own_baseline(text: str, since_previous: int, start: int, end: int) -> bool:
    """Whether a 'vs baseline' in the result's stretch is this p-value's: not one written right after an earlier
    p-value ('aP < 0.05 vs baseline; bP < 0.01 vs control group': the second has a control group)."""
    for found in _BASELINE_COMPARATOR.finditer(text, since_previous, end):
        if found.start() >= start or not _P_VALUE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            return True
    return False


_P_VALUE_BEFORE = re.compile(r"[Pp][ \t]*(?:[<>=≤≥]|&lt;|&gt;)[ \t]*[\d.·]+[ \t]*\Z")
_BASELINE_COMPARATOR = re.compile(
    r"(?<![\w-])(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?(?:baseline|pre-?treatment|pre-?intervention)(?![\w-])", re.I)
_ONE_ARM = re.compile(r"(?:(?!\s(?:and|or|vs\.?|versus|than|compared)\s)[^;])*", re.I)
