"""Results that point back to a measure named earlier.

'the difference was not significant (P)', '... at week 12 (P) and at week 24 (P)': the outcome is an
earlier one, so anaphors and parallel time points or subgroups are recognised here.
"""

from __future__ import annotations

import re

from .window import _open_paren, _strip_time_frames, _Window
from .subjects import _first_verb
from .words import _lists, _words


def _is_anaphor(text: str, span: tuple[int, int] | None) -> bool:
    """'the difference', 'these between-group differences', 'the mean difference of -0.8 mmHg', 'it':
    the outcome was named earlier."""
    if span is None:
        return False
    if _P_VALUE.fullmatch(text, *span):
        return True  # 'Fistula rates were 8% and 20%. The P value was 0.03.'
    lists = _lists()
    end = max(_strip_time_frames(text, span[0], span[1]), span[0])  # 'the mean changes from baseline to week 24'
    phrase = _ANAPHOR_TAIL.split(text[span[0] : end], maxsplit=1)[0]
    if _INTERACTION_ALONE.fullmatch(phrase):
        return True  # 'but the time x group interaction was not (P)': an interaction with no measure of its own
    if _IN_WHOM.match(phrase):
        # 'In the prespecified subgroup of women delivered by caesarean section the effect was larger': the subject after
        # a circumstance that no comma closed
        tail = _DETERMINED_TAIL.search(phrase)
        if tail is None:
            return False
        phrase = tail.group("tail")
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    words = [w for w in words if w not in lists["determiners"]]
    if words and words[0] in lists["same_as_before"]:
        # 'the corresponding figures for B', 'the respective mean (SD) changes': the measure named before (but
        # 'the corresponding effects on insulin' names its own)
        head = _SAME_AS_BEFORE_TAIL.split(phrase, maxsplit=1)[0].lower()
        return all(w in lists["same_as_before"] or w in lists["determiners"] or w in _ANAPHOR_MODIFIERS or w in lists["anaphors"]
                   or w in lists["generic_values"] for w in re.findall(r"[a-z][\w-]*", head))
    words = [w for w in words if w not in _ANAPHOR_MODIFIERS]
    return bool(words) and all(w in lists["anaphors"] for w in words)


_INTERACTION_ALONE = re.compile(
    r"(?<![\w-])(?:(?:the|this|that|a)\s+)?(?:[\w-]+\s*(?:×|x|\*|by)\s*[\w-]+\s+|[\w]+-by-[\w]+\s+)?interactions?(?:\s+(?:effects?|terms?))?\s*", re.I)
_IN_WHOM = re.compile(r"(?<![\w-])(?:in|among|within|for)\s+(?:the|this|these|those|a|an)\s", re.I)
_DETERMINED_TAIL = re.compile(r"(?<=\S)\s+(?P<tail>(?:the|this|these|such|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s*\Z", re.I)
_P_VALUE = re.compile(r"(?:(?:the|this|its|their|a)\s+)?(?:corresponding\s+|respective\s+)?p[ -]?values?", re.I)
_SAME_AS_BEFORE_TAIL = re.compile(r"(?<!\s)\s+(?:for|with|between|among|in|at)\s", re.I)


_ANAPHOR_TAIL = re.compile(r"(?<!\s)\s+(?:of\s+(?:about\s+)?[-+−~]?\d|between\b|in\s+favou?r\b|\()|(?<!\s)\s*\(", re.I)
_ANAPHOR_MODIFIERS = frozenset("no between-group mean overall observed such same treatment group statistical significant positive negative similar clear "
    "multivariate univariate multivariable favorable unfavorable favourable unfavourable all of each".split())  # 'all of these effects'


_CIRCUMSTANCE = r"(?:at|after|before|during|in|on|among|within|from|by)\s+(?:the\s+)?[\w/+.-]+(?:\s+[\w/+.-]+){0,3}?"
# The clause since the previous result is only 'and <time point or subgroup>'.
_AND_CIRCUMSTANCE = re.compile(r"(?<![\s,])[\s,]*(?:and|or|but\s+not)\s+(?P<prep>%s|[\w/+.-]+(?:\s+[\w/+.-]+)?)[\s,]*\Z" % _CIRCUMSTANCE, re.I)
_ENDS_WITH_COMPARATOR = re.compile(
    r"(?<![\w-])than(?:\s+with)?\s+(?:the\s+)?[\w/+.-]+(?:\s+[\w/+.-]+){0,2}?[\s,]*\Z", re.I)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?P<prep>[A-Za-z]+)\s+(?:(?:the|a|an)\s+)?\Z")
_ENDS_WITH_CIRCUMSTANCE = re.compile(r"(?<![\w-])%s[\s,]*\Z" % _CIRCUMSTANCE, re.I)


def _parallel_circumstance(text: str, w: "_Window", previous_start: int, previous_outcome: tuple[int, int] | None = None) -> bool:
    """'... was less frequent at day 42 (p = 0.003) and day 84 (p = 0.02)', '... in completers (P) and in
    the ITT population (P)': the result repeats the previous one's measure at another time or in another
    subgroup. Without its own preposition the item must parallel one that closed the previous result's phrase.
    When the previous measure itself followed that preposition ('improvements in HbA1c (P) and in fasting glucose
    (P)', 'a reduction in HbA1c (P) but not in body weight (P)') the item is a measure of its own."""
    match = _AND_CIRCUMSTANCE.match(text, w.since_previous, w.anchor)
    if not match:
        return False
    item = match.group("prep")
    preposition = re.match(r"(?:at|after|before|during|in|on|among|within|from|by)\s", item, re.I)
    if preposition:
        if previous_outcome is not None:
            before = _PREPOSITION_BEFORE.search(text, max(w.sent_start, previous_outcome[0] - 30), previous_outcome[0])
            paren = _open_paren(text, w.sent_start, previous_start)
            closes = paren is not None and paren >= previous_outcome[1] and bool(
                _JUST_ABBREVIATION.fullmatch(text, previous_outcome[1], paren) or _GLOSS.fullmatch(text, previous_outcome[1], paren))
            if closes and before and before.group("prep").lower() == preposition.group().strip().lower():
                return False  # but 'reductions in weight gain in completers (P) and in the ITT population (P)': a subgroup
        return True
    paren = _open_paren(text, w.sent_start, previous_start)
    if paren is None:
        return False
    # 'greater with A than with B (P) and C (P)': another comparator, the same measure
    circumstance = _ENDS_WITH_CIRCUMSTANCE.search(text, max(w.sent_start, paren - 60), paren)
    if circumstance and previous_outcome is not None and circumstance.start() < previous_outcome[0] < paren and (
            _JUST_ABBREVIATION.fullmatch(text, previous_outcome[1], paren) or _GLOSS.fullmatch(text, previous_outcome[1], paren)):
        # 'did not differ in delayed gastric emptying (P) or haemorrhage (P)': the phrase after 'in' was the previous
        # result's measure, so the item is another measure
        circumstance = None
    return bool(circumstance or _ENDS_WITH_COMPARATOR.search(text, max(w.sent_start, paren - 60), paren))


_RESPECTIVELY = re.compile(r"(?<![\w-])respectively(?![\w-])", re.I)
_RESULT_IN_LIST = re.compile(r"(?<![A-Za-z])[Pp](?:(?:[ -]?values?)?\s*(?:[<>=≤≥]|&lt;|&gt;)|[ -]?values?\s+(?=[.·]?\d))")
# 'quality of life measured with the EQ-5D (P)': how the measure was taken, between it and its result
_GLOSS = re.compile(r"(?<!\s)(?:\s+(?:measured|assessed|evaluated|rated|scored|determined|estimated|calculated))?\s+(?:with|by|using|on)\s+[^()\s][^()]{0,40}[\s,]*")
_JUST_ABBREVIATION = re.compile(r"(?:\s*\([^()\s]{1,12}\))?[\s,]*")  # 'nadir absolute neutrophil count (ANC) (...; P)'
_NUMBERS_AFTER = re.compile(r"(?<=\S)\s+\([^()]*\d[^()]*\)\s*\Z")
_JUST_COMMA = re.compile(r",?\s*")
_LIST_SEPARATOR = re.compile(r"(?<!\s)\s*,\s*(?:(?:and|or)\s+)?|(?<!\s)\s+(?:and|or)\s+", re.I)
# a parenthesis holding only two or more results: '(P = .01, P = .03)', '(p < 0.001; p = 0.02 and p = 0.04)'
_ONLY_RESULTS = re.compile(
    r"[(\[]\s*[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;){1,2}\s*\d*\.\d+(?:\s*(?:[,;]\s*(?:and\s+)?|and\s+)[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;){1,2}\s*\d*\.\d+)+\s*[)\]]")
_ARMS_BEFORE_RESPECTIVELY = re.compile(r"(?<![\w-])(?:for|in|with|among|between)\s", re.I)


def _respective(text: str, w: "_Window", start: int) -> list[int] | None:
    """'HbA1c and FPG were lower (P < 0.001 and P = 0.002, respectively)': where the parenthesis' results start, when
    the results of one parenthesis go, in order, with a list before it; else None. A
    parenthesis that names what its results go with ('for 10 mg and 20 mg, respectively') is about arms, not measures."""
    if w.anchor == start or w.close <= start:
        return None
    respectively = _RESPECTIVELY.search(text, w.anchor, min(len(text), w.close + 16))
    if respectively is None and _ONLY_RESULTS.fullmatch(text, w.anchor, w.close):
        # 'Anxiety and depression scores were lower (P = .01, P = .03)': a parenthesis of bare results after a list
        # goes with it in order, as with 'respectively'
        return [m.start() for m in _RESULT_IN_LIST.finditer(text, w.anchor, w.close)]
    if respectively is None or (respectively.start() >= w.close and not _JUST_COMMA.fullmatch(text, w.close, respectively.start())):
        return None  # inside the parenthesis, or just after it: '(P < 0.001 and P = 0.002), respectively'
    results, last_end = _results_in(text, w.anchor, w.close)
    if len(results) < 2 or start not in results:
        return None
    if _ARMS_BEFORE_RESPECTIVELY.search(text, last_end, min(respectively.start(), w.close)):
        return None
    return results


def _results_in(text: str, lo: int, hi: int) -> tuple[list[int], int]:
    """Where the results in text[lo:hi] start, with the further values of a list one P governs ('P = 0.02 and 0.04':
    two results, as the p-value extractor reads them), and where the last one ends."""
    from ..pvalues import P_VALUE, _list_values  # the p-value extractor imports this package; import late

    results: list[int] = []
    last_end = lo
    for match in _RESULT_IN_LIST.finditer(text, lo, hi):
        results.append(match.start())
        last_end = match.end()
        literal = P_VALUE.match(text, match.start(), hi)
        if literal is None:
            continue
        last_end = literal.end()
        for follow in _list_values(text, literal.end()):
            if follow.end() > hi:
                break
            results.append(follow.start("value"))
            last_end = follow.end()
    return results, last_end


def _list_items(text: str, outcome: tuple[int, int], w: "_Window", count: int) -> list[tuple[int, int]] | None:
    """The ``count`` items of the list the outcome names or opens ('HbA1c and fasting glucose'; 'HbA1c' of 'reduced
    HbA1c, fasting glucose and body weight'), or None when it does not split into that many. The list is in the
    result's own clause, and what follows the outcome up to the result is only more items (no verb, no result)."""
    from .measures import _plausible_outcome, _trim  # measures imports this module's neighbours; import late

    if outcome[0] < w.since_previous:
        return None  # an earlier result's measure ('... at one week (P) and at four weeks (P, P, respectively)')
    lists = _lists()
    spans = [(outcome[0], outcome[1]), (outcome[0], w.hi)]
    for begin in _items_before(text, max(w.since_previous, w.lo, outcome[0] - 200), outcome[0], count - 1):
        # 'FEV1, FVC and PEF improved (P, P and P, respectively)': the outcome read as 'FVC and PEF' ends a comma list
        spans += [(begin, outcome[1]), (begin, w.hi)]
    for lo, end in spans:
        if end < outcome[1] or end - lo > 300:
            continue
        following = _words(text, outcome[1], end)
        if end > outcome[1] and (_first_verb(following, lists["verbs"] | lists["copulas"]) is not None
                                 or (following and following[0][2].lower() in lists["verbs"] | lists["copulas"])  # 'HbA1c fell with A and B'
                                 or _RESULT_IN_LIST.search(text, outcome[1], end) or _COMPARES.search(text, outcome[1], end)):
            continue
        items, pos = [], lo
        for sep in _LIST_SEPARATOR.finditer(text, lo, end):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, end))
        if len(items) != count:
            continue
        # 'the lower incidence (60 vs. 87%) and severity of coughing': an item's own numbers are not part of it
        trimmed = [_trim(text, (lo_, _own_numbers.start() if (_own_numbers := _NUMBERS_AFTER.search(text, lo_, hi_)) else hi_))
                   for lo_, hi_ in items]
        if all(_plausible_outcome(text, item) for item in trimmed):
            # 'systolic and diastolic blood pressure (P, P, respectively)': the whole list is the measure of each result
            # but the last, whose item names its measure in full
            return [_trim(text, (lo, end))] * (count - 1) + trimmed[-1:] if _shares_a_head(text, trimmed) else trimmed
    if _RESPECTIVELY.search(text, w.anchor, min(len(text), w.close + 16)) is None:
        return [outcome] * count  # bare results after one measure ('HbA1c fell at 12 and 24 weeks (P = .01, P = .02)')
    following = _words(text, outcome[1], w.hi)
    if _single_item(text, outcome) and following and (following[0][2].lower() in lists["verbs"] | lists["copulas"]
                                                      or _COMPARES.search(text, outcome[1], w.hi)):
        # 'Pain scores were lower with A and B than with C (P, P, respectively)': the list is in the predicate (arms or
        # times), so every result is about the one measure its subject names
        return [outcome] * count
    return None


# what compares arms, not a list of measures: 'lower incidence of X in patients receiving A than in those receiving B or C'
_COMPARES = re.compile(r"(?<![\w-])(?:than|versus|vs|compared|receiving|given|treated)(?![\w-])", re.I)


def _items_before(text: str, lo: int, pos: int, most: int) -> list[int]:
    """Starts of up to ``most`` comma items just before ``pos`` ('FEV1, ' of 'FEV1, FVC and PEF'), nearest first; an
    item with a verb or a parenthesis ends the list."""
    lists = _lists()
    starts: list[int] = []
    while len(starts) < most:
        comma = _COMMA_BEFORE.search(text, lo, pos)
        if comma is None:
            break
        begin = max(text.rfind(",", lo, comma.start()) + 1, lo)
        item = text[begin : comma.start()]
        if not item.strip() or len(item) > 60 or any(c in item for c in ";:()[]") or _first_verb(
                _words(text, begin - 1 if begin > lo else begin, comma.start()), lists["verbs"] | lists["copulas"]) is not None:
            break
        pos = begin
        while pos < comma.start() and text[pos].isspace():
            pos += 1
        starts.append(pos)
    return starts


_COMMA_BEFORE = re.compile(r"(?<=\w),\s*\Z")


def _single_item(text: str, outcome: tuple[int, int]) -> bool:
    """The outcome names one measure, no list: its results' 'respectively' is about arms or times."""
    return _LIST_SEPARATOR.search(text, *outcome) is None


def _shares_a_head(text: str, items: list[tuple[int, int]]) -> bool:
    """'systolic and diastolic blood pressure', 'ocular or systemic AEs': an adjective alone before a longer last item
    shares its head noun, so the items are no measures on their own ('incidence and severity of cough' are)."""
    if len(text[items[-1][0] : items[-1][1]].split()) < 2:
        return False
    return any(_ADJECTIVE.fullmatch(text, lo, hi) for lo, hi in items[:-1])


_ADJECTIVE = re.compile(r"(?<![A-Za-z-])[A-Za-z-]+(?:ic|al|ar|ive|ous|ory|ary)")  # 'systolic', 'ocular', 'nocturnal', 'respiratory'


# Nothing but 'and' between a result and the previous one of its parenthesis: '(P < 0.001 and P = 0.002 for 10 mg and
# 20 mg, respectively)', '(P = 0.03, P = 0.04)'
# '(ketamine P = 0.002; midazolam P = 0.03)', '(RAGT: P < 0.001; CPT: P = 0.004)': a one-word label of the arm may open it
_ONLY_JOINED = re.compile(r"[\s,;]*(?:(?:and|or)\s*)?(?:(?<=[\s,;(])(?!and\b|or\b|for\b|in\b|at\b)[A-Za-z][\w-]*:?\s*)?")


def _same_parenthesis(text: str, w: "_Window", previous_start: int) -> bool:
    """The result follows the previous one inside the same parenthesis, with nothing of its own between them: the
    same measure, for another arm or time."""
    return w.anchor < previous_start < w.start and w.since_previous > w.anchor and bool(_ONLY_JOINED.fullmatch(text, w.since_previous, w.start))
