"""P-values in every notation seen in trial reports, linked to their outcome and comparison.

Notations: ``P = .015``, ``p<0·001`` (Lancet middle dot; ``p=0 001`` when a paste lost it), ``P =. 02``,
``P=1.2×10^-5``, ``p = 1.2 x 10(-5)``, ``P < 10(-8)``,
``p-value of 0.04``, ``P value was 0.3``, ``P < or = 0.05``, ``P ≤ 0.05``, ``P for trend = 0.02``, ``P-trend``,
``Ptrend``, ``P-interaction``, ``P-heterogeneity``, ``p for non-inferiority``, ``Padj``, ``P(adj)``, ``P log-rank`` (an
interaction or trend test is a p-value like any other; its label stays in the literal's text), ``P = NS``, ``P=ns``,
``(n.s.)``; a point lost to a wrong encoding (``p<0Â·0001``, ``p=0?04``, ``p<0 small middle dot0001``), ``P¼0.03`` (a
PDF's '='), ``P = 0.0 3`` (a digit split off by a PDF space). One P governing a list gives each value its own p-value
(``P = 0.04, 0.01 and 0.02, respectively``), and a pasted table's 'P' column gives one per row. ``significant`` is
what the p-value's own clause says ('significantly lower', 'no significant difference'), never the value's reading.
A bare '0' is a p-value only with '=' (``p = 0``) and when the literal ends there: ``p < 0`` is no p-value,
and a '0' running on into other characters is a literal cut short. ``P = 0.000`` is kept as written; ``P < 0.000``,
as statistics packages print a p-value that rounds to zero, is p < 0.001 (one unit of the last printed place),
with ``normalisation`` saying so. Packages print at least two places: ``P < 0.0`` (a value cut short or
mistyped) is kept as written. A P glued to letters (``PaCO2 > 50``, ``Pugh score > 12``) is not a p-value, nor is a
value above 1.
"""

from __future__ import annotations

import bisect
import re

from ..resources import load
from ..numbers import BROKEN_POINT, DECIMAL, POWER_OF_TEN, power_of_ten, repair_decimal_point, rounded_zero_bound
from .context import ExtractionContext, Item
from .linking import comparison_name, link_result, outcome_name
from .registry import register

_OPERATORS = {
    "<=": "<=", "=<": "<=", "≤": "<=", "⩽": "<=", "< or =": "<=", "<or=": "<=", "less than or equal to": "<=",
    ">=": ">=", "=>": ">=", "≥": ">=", "⩾": ">=", "> or =": ">=", ">or=": ">=",
    "<": "<", "less than": "<", "below": "<", ">": ">", "greater than": ">", "above": ">",
    "&lt;=": "<=", "&le;": "<=", "&gt;=": ">=", "&ge;": ">=", "&lt;": "<", "&gt;": ">",
    # 'P = <0.01': the '=' is the label's, the '<' the comparison ('=<' unspaced is '<=')
    "= <": "<", "= >": ">",
    # '¼' is how many publishers' PDF-to-text renders '=' ('P¼0.03')
    "=": "=", "¼": "=", ":": "=", "of": "=", "was": "=", "were": "=", "is": "=", "equal to": "=", "equals": "=",
}
_OP_ALTERNATION = "|".join(re.escape(op).replace(r"\ ", r"\s*") for op in sorted(_OPERATORS, key=len, reverse=True))

# A lost superscript or pasted power: 'P < 10(-3)', 'P<10^-5', 'P < 10-8' (p-values above 1 do not exist,
# so '10-8' after a p operator is ten to the minus eight, not a range).
BARE_POWER_OF_TEN = r"10\s*(?:\^\s*|\*\*\s*)(?:\(\s*-\s*\d{1,2}\s*\)|-\s*\d{1,2})|10\s*\(\s*-\s*\d{1,2}\s*\)|10-\d{1,2}(?!\s*%)"
_BARE_EXPONENT = re.compile(r"-\s*(\d{1,2})")

_LABELS = r"(?:log-?rank|trend|interaction|heterogeneity|non-?inferiority|superiority|equivalence|difference|diff|int|het|adj(?:usted)?)"

_GLUED_LABELS = r"(?:trend|interaction|heterogeneity|adj)"  # not 'Pint', 'Phet'

P_VALUE = re.compile(
    # a table footnote's letter may be glued to its P: 'aP < 0.05 vs baseline; bP < 0.01' (only one letter
    # a-f, before a capital P and its sign)
    r"(?:(?<![\w.])|(?<=(?<![\w.])[a-fᵃᵇᶜᵈᵉᶠ])(?=P\s*[<=>≤≥]))(?P<p>[Pp](?:s(?=\s*[<>≤≥]))?)(?P<vw>\s*-?\s*[Vv]alues?)?"
    # the statistic's label, kept in the literal's text: 'P for trend', 'P-trend', 'Ptrend', 'P(adj)', 'Padj',
    # 'P-interaction', 'p for non-inferiority'; glued to the P only as a whole word ('PaCO2' is none)
    r"(?:(?:\s*[-_]\s*|\s+|\s*\(\s*)(?:for\s+)?" + _LABELS + r"(?![A-Za-z])\s*\)?|(?<=[Pp])" + _GLUED_LABELS + r"(?![A-Za-z])|(?![A-Za-z]))"
    r"(?:\s*\(\s*(?:two|one)[-\s]?(?:sided|tailed)\s*\))?"
    r"(?:\s*(?P<op>" + _OP_ALTERNATION + r")|(?(vw)\s+|(?!)))\s*(?:(?:a|the)\s+value\s+of\s*)?"
    r"(?:(?P<bare>" + BARE_POWER_OF_TEN + r")(?![\d.]*\d)"
    r"|(?P<num>0?\.\s\d+|0\s\d{2,}(?![\d.,])|0,\d+(?![\d,])|0" + BROKEN_POINT + r"\d+|" + DECIMAL + r")(?P<pow>" + POWER_OF_TEN + r")?(?![\d.]*\d)"
    r"|(?P<ns>NS|N\.S\.|n\.s\.|ns(?![\w.])|not\s+significant))"
)
# The measure named between 'P value' and its number: 'the P value for Trail Making Test B was 0.03', 'the p-value for
# the key secondary endpoint, change in HAQ-DI, was 0.011'. The measure holds no sentence or clause punctuation and
# no sign, and is at most 80 characters.
_VALUE_FOR = re.compile(
    r"(?<![\w.])[Pp][- ]?[Vv]alues?\s+for\s+(?P<what>[^\s.;:()\[\]<>=≤≥][^.;:()\[\]<>=≤≥\n]{0,80}?)\s*,?\s+(?:was|were|is)\s+"
    r"(?:(?P<op>[<>]=?|[≤≥]|less\s+than|greater\s+than)\s*)?(?P<num>0?\.\d+|1\.0+)(?![\d.]*\d)"
)
# ... and the next measure's value elided after it: '..., and for the Brief Fatigue Inventory it was 0.09'.
_VALUE_FOR_NEXT = re.compile(  # matched right after a value; the lookbehind keeps a search linear
    r"(?<!\s)\s*(?:,\s*)?(?:and|while|whereas|but)\s+for\s+(?P<what>[^\s.;:()\[\]<>=≤≥][^.;:()\[\]<>=≤≥\n]{0,80}?)\s*,?\s+"
    r"(?:(?:it|this|that)\s+)?(?:was|were|is)\s+(?:(?P<op>[<>]=?|[≤≥]|less\s+than|greater\s+than)\s*)?"
    r"(?P<num>0?\.\d+|1\.0+)(?![\d.]*\d)"
)
# ... unless it names the test and not the measure ('the P value for the difference between groups was 0.04'),
# and without a generic head before the measure's own name ('the key secondary endpoint, change in HAQ-DI')
_TEST_NOT_MEASURE = re.compile(
    r"(?<![\w-])(?:comparisons?|differences?|effects?|tests?|associations?|interactions?|trends?|heterogeneity"
    r"|between|overall|models?|analys[ie]s|boundary)(?![\w-])|^(?:the\s+)?(?:treatment|group)\b",
    re.I,
)
_GENERIC_HEAD = re.compile(r"\A[^,]{0,80}?\b(?:end-?\s?points?|outcomes?|measures?),\s*(?=\S)", re.I)

# 'NS' standing for a p-value inside a result parenthesis: '(NS)', '(12% vs 10%; NS)', '(n.s.)'.
NOT_SIGNIFICANT = re.compile(r"(?<=[(;,])\s*(?P<ns>NS|N\.S\.|n\.s\.)\s*(?=\))")
# ... unless the parenthesis defines an abbreviation: 'normal saline (NS)', 'nephrotic syndrome (NS)'.
_NS_DEFINED = re.compile(r"\b[Nn][\w-]*[\s-]+[Ss][\w-]*\s*\($")

# One P governing a list of values: 'P = 0.04, 0.01 and 0.02, respectively', 'P values 0.04 and 0.01',
# '(P = .03 and .002)'. Each further value is a p-value of its own, with the first one's operator unless it
# carries its own ('P = 0.04 and <0.001'). Only a value in [0, 1] written with a point, ending where a list
# item ends: '95% CI 0.01 to 0.02', '12 patients', 'OR 0.45', '0.5 mg/kg' and '0.72 [0.60-0.85]' stop the list.
_LIST_NEXT = re.compile(
    r"(?<=\d)(?=[\s,])(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?P<value>(?P<op>[<>]=?|[≤≥])?\s*(?P<num>0?[.·]\d+|1\.0+)(?!\d))"
    r"(?=\s*(?:[,;)\]]|(?:and|or|respectively|for)\b|$)|\.(?!\d))"
)
# ... and ends before a value that is an estimate with its own interval or p-value: 'P = .002 and 0.80; 95% CI,
# 0.71-0.90; P<.001', '(0.32, p=0.0087, and 0.28, p=0.0227)', 'P = 0.46, and 0.89, 0.68 to 1.18, P = 0.42'.
_ESTIMATE_AFTER = re.compile(
    r"(?<=\d)(?![\d.·])\s*(?:[,;]\s*)?(?:[(\[]\s*)?(?:[Pp]\s*(?:[<=>≤≥]|-?\s*values?\b)|(?:\d+\s*%\s*)?(?:CI|confidence)\b"
    r"|[-−]?(?:\d+(?:[.·]\d+)?|[.·]\d+)\s*(?:to|-|–|−)\s*[-−]?[.·]?\d)"
)
# A '<' carries to the list's further values only when they are thresholds too ('P < 0.05 and 0.01'); a value
# like 0.026 in 'P ≤ 0.001 and 0.026' is a p-value as computed.
_THRESHOLD_VALUE = re.compile(r"0?[.·]0*[15]0*$")
# A digit split off by a PDF space: 'P = 0.0 3' is 0.03, not p = 0.
_SPLIT_DIGITS = re.compile(r"[ \u00a0](?P<digits>\d{1,4})(?=[)\]};,]|\s|$|\.(?!\d))")


def _normalise_operator(raw: str) -> str:
    key = re.sub(r"\s+", " ", raw.strip().lower())
    if key in _OPERATORS:
        return _OPERATORS[key]
    for candidate, op in _OPERATORS.items():
        if re.sub(r"\s+", "", candidate) == re.sub(r"\s+", "", key):
            return op
    return "="


def parse_p_value(match: re.Match[str]) -> tuple[str | None, float | None]:
    """(operator, value) of a P_VALUE match; (None, None) for 'NS'."""
    if match.groupdict().get("ns"):
        return None, None
    if match.group("bare"):
        value = float(f"1e-{_BARE_EXPONENT.search(match.group('bare')).group(1)}")
    else:
        number = _number(match)
        # Through the decimal string, so 6.45 x 10(-9) is 6.45e-09 and not 6.450000000000001e-09.
        value = float(f"{number}e{power_of_ten(match.group('pow'))}") if match.group("pow") else float(number)
    return _normalise_operator(match.group("op") or "="), value


def _number(match: re.Match[str]) -> str:
    """The number of a P_VALUE match as a decimal string, its point repaired."""
    number = repair_decimal_point(match.group("num")).replace(",", ".")
    # '0. 003' and 'P =. 02' (a space after the point), '0 003' (Lancet's middle dot lost in a paste).
    return re.sub(r"^0\s(?=\d)", "0.", number).replace(" ", "")


# What may follow a whole literal: a space, the end, closing punctuation, or a full stop ending the sentence.
_LITERAL_END = re.compile(r"$|[\s)\]};,]|\.(?!\d)")


def _cut_short(text: str, match: re.Match[str]) -> bool:
    """Whether a p-value read as 0 is the start of a longer literal the pattern could not read
    ('p=0 x 04', 'p=0-43', '0' then an unknown character): no value was written there."""
    return not _LITERAL_END.match(text, match.end())


@register("p_values")
def find_p_values(ctx: ExtractionContext) -> list[Item]:
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for match in P_VALUE.finditer(ctx.text):
        operator, value = parse_p_value(match)
        if value is not None and not 0.0 <= value <= 1.0:
            continue
        end = match.end()
        number = _number(match) if match.group("num") else None
        if value == 0.0 and number and "." in number and not match.group("pow"):
            split = _SPLIT_DIGITS.match(ctx.text, end)
            if split:  # 'P = 0.0 3': the digits after the space belong to the number
                number += split.group("digits")
                value, end = float(number), split.end()
        if value == 0.0 and match.group("num") == "0" and (operator != "=" or _cut_short(ctx.text, match)):
            continue
        _add(ctx, items, match.start(), end, operator, value, number, match.group("pow"), "p_value.notation")
        taken.append((match.start(), end))
        if number is None or match.group("pow") or end != match.end():
            continue
        _add_list(ctx, items, taken, _list_values(ctx.text, end), operator)
    for match in _VALUE_FOR.finditer(ctx.text) if "alue" in ctx.text else ():
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        operator = _normalise_operator(match.group("op")) if match.group("op") else "="
        follows = _list_values(ctx.text, end)
        links = _measure_links(ctx, match, 1 + len(follows))
        _add(ctx, items, start, end, operator, float(match.group("num")), match.group("num"), None, "p_value.for",
             links[0])
        taken.append((start, end))
        _add_list(ctx, items, taken, follows, operator, links[1:])
        at = end
        while not follows and (following := _VALUE_FOR_NEXT.match(ctx.text, at)) is not None:
            at = following.end()
            operator = _normalise_operator(following.group("op")) if following.group("op") else "="
            # the elided clause shares the first one's comparison; it names its own measure
            link = _measure_links(ctx, following, 1)[0]
            if link is not None and links[0] is not None:
                link = {**links[0], "outcome": link["outcome"]}
            _add(ctx, items, following.start("what"), at, operator, float(following.group("num")),
                 following.group("num"), None, "p_value.for", link)
            taken.append((following.start("what"), at))
    for _, link, cell in _table_rows(ctx):
        if cell is None:
            continue  # a cell that writes 'P = 0.02' is read above
        start, end = cell.span("value")
        if cell.group("ns"):
            items.append(_item(ctx, start, end, None, None, "p_value.table", link))
        else:
            op = _normalise_operator(cell.group("op")) if cell.group("op") else "="
            _add(ctx, items, start, end, op, float(cell.group("num")), cell.group("num"), None, "p_value.table", link)
        taken.append((start, end))
    taken.sort()
    starts = [s for s, _ in taken]
    for match in NOT_SIGNIFICANT.finditer(ctx.text):
        start, end = match.span("ns")
        if _NS_DEFINED.search(ctx.text, max(0, match.start() - 60), match.start()):
            continue
        i = bisect.bisect_right(starts, start) - 1
        if not (i >= 0 and start < taken[i][1]):
            items.append(_item(ctx, start, end, None, None, "p_value.ns"))
    items.sort(key=lambda item: item.start)
    _mark_significance(ctx, items)
    return items


# 'the p-values for pain, fatigue and sleep were 0.02, 0.31 and 0.04': one measure per value
_MEASURE_SEPARATOR = re.compile(r"(?<!\s)(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _measure_links(ctx: ExtractionContext, match: re.Match[str], count: int) -> list[dict | None]:
    """The links of the ``count`` values of a 'P value(s) for <measure> was x': the measure named there (one
    per value when a list names as many), the comparison as the sentence gives it; None (the linker decides)
    when the words name the test ('for the difference between groups') or a list names another number."""
    start, end = match.span("what")
    if _TEST_NOT_MEASURE.search(ctx.text[start:end]):
        return [None] * count
    head = _GENERIC_HEAD.match(ctx.text[start:end])
    start = start + head.end() if head else start
    spans = [(start, end)]
    if count > 1:
        spans, at = [], start
        for separator in _MEASURE_SEPARATOR.finditer(ctx.text, start, end):
            spans.append((at, separator.start()))
            at = separator.end()
        spans.append((at, end))
        if len(spans) != count:
            return [None] * count
    links = []
    for span in spans:
        link = dict(link_result(ctx, match.start(), match.end()))
        link["outcome"] = span
        links.append(link)
    return links


def _list_values(text: str, end: int) -> list[re.Match[str]]:
    """The further values of a list governed by one P, each starting where the last one ended."""
    found = []
    while (follow := _LIST_NEXT.match(text, end)) is not None and not _ESTIMATE_AFTER.match(text, follow.end()):
        found.append(follow)
        end = follow.end()
    return found


def _add_list(ctx: ExtractionContext, items: list[Item], taken: list[tuple[int, int]], follows: list[re.Match[str]],
              operator: str, links: list[dict | None] | None = None) -> None:
    """A p-value for each further value of a list governed by one P with ``operator``."""
    for k, follow in enumerate(follows):
        own, number = follow.group("op"), follow.group("num").replace("·", ".")
        carried = operator if operator == "=" or _THRESHOLD_VALUE.match(number) else "="
        _add(ctx, items, *follow.span("value"), _normalise_operator(own) if own else carried, float(number), number,
             None, "p_value.list", links[k] if links else None)
        taken.append(follow.span("value"))


def _add(ctx: ExtractionContext, items: list[Item], start: int, end: int, operator: str | None,
         value: float | None, number: str | None, power: str | None, rule: str, link: dict | None = None) -> None:
    normalisation = None
    if value == 0.0 and operator in ("<", "<=") and not power and number:
        bound = rounded_zero_bound(number)
        if bound is not None:
            value, normalisation = bound, "rounded_zero"
        # else 'P < 0.0': one zero decimal is a value cut short or mistyped, not a package's rounded
        # zero; kept as written, as 'P = 0.000' is (the '0' alone, 'P < 0', was dropped above)
    items.append(_item(ctx, start, end, operator, value, rule, link))
    if normalisation:
        items[-1].values["normalisation"] = normalisation


def _words(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(load("p_values")["significance"][key], key=len, reverse=True))


# A statement of (non-)significance: 'significantly lower', 'no significant difference', 'non-significant trend',
# 'did not reach statistical significance'. Negated within the three words before it.
_SIGNIFICANCE = re.compile(
    r"(?<![\w-])(?:(?P<negative>" + _words("negative_words") + r")|(?P<word>" + _words("words") + r")"
    r"|(?:" + _words("reached") + r")\s+(?:(?P<none>no)\s+|(?:any|an?)\s+)?(?:(?:the\s+)?(?:level\s+of\s+)?statistical(?:ly)?\s+)?"
    r"significance)(?![\w-])",
    re.I,
)
# the negation within three words before it, with no punctuation between ('Telmisartan, but not losartan,
# significantly reduced' is no negation)
_NEGATED = re.compile(r"(?<![\w-])(?:" + _words("negations") + r")(?![\w-])(?:\s+[\w-]+){0,3}\s*$", re.I)
# 'clinically significant bleeding' is no test result; 'marginally significant', 'a trend towards significantly
# lower' state neither way
_NOT_STATISTICAL = re.compile(
    r"(?<![\w-])(?:" + _words("not_statistical") + r"|(?:" + _words("hedges") + r")(?:\s+[\w-]+)?)\s+$", re.I
)
_CLAUSE_BREAK = re.compile(r";|(?<![\w-])(?:" + _words("clause_breaks") + r")(?![\w-])", re.I)
_CLAUSE_VERB = re.compile(r"(?<![\w-])(?:" + _words("clause_verbs") + r")(?![\w-])", re.I)
# ... and 'at' before a level ('significant at P < 0.05', 'at the 5% level', 'at alpha = 0.05'), not before a time
# ('remained significant at week 4 (P = 0.008)')
_THRESHOLD = re.compile(
    r"(?<![\w-])(?:" + _words("thresholds") + r")(?![\w-])|^\s*(?:" + _words("threshold_starts") + r")(?![\w-])"
    r"|^\s*at\s+(?:(?:the|an?)\s+)?(?:[Pp](?:[\s-]*values?)?(?![\w-])|α|alpha\b|[<≤]|0?\.\d|\d+(?:\.\d+)?\s*%|levels?\b|(?:two|one)[- ]?(?:sided|tailed))",
    re.I,
)
# An elliptical clause after a clause break that denies what the clause before it stated: 'remained significant at
# week 4 (P = 0.008) but not at week 12 (P = 0.21)', '... was significant (P < .001) but the interaction was not
# (P = .27)', 'significant for A (P = 0.002), but not for B (P = 0.34)'.
_ELLIPTICAL_NOT = re.compile(
    r"^\s*(?:,\s*)?(?:" + _words("elliptical_negations") + r")(?![\w-])"
    r"|(?<![\w-])(?:" + _words("auxiliaries") + r")\s+(?:" + _words("elliptical_negations") + r")(?:\s*[(\[,])?\s*$",
    re.I,
)


def _mark_significance(ctx: ExtractionContext, items: list[Item]) -> None:
    """``significant`` as the p-value's own sentence states it: true after 'significantly lower' (one
    'significantly' governing a list covers each p-value of it), false after 'not significantly different' or
    'no significant difference', null otherwise: it is never inferred from the value, nor taken from a
    statement about another outcome (another clause: 'but', 'although', ';', or a new verb after the last
    p-value) or from a threshold ('considered significant at P < 0.05')."""
    starts = [item.start for item in items]
    for k, item in enumerate(items):
        if item.values.get("value") is None:
            continue  # 'NS' is false already
        sentence_start, _ = ctx.sentence_at(item.start)
        scope = max(sentence_start, item.start - 400)
        # a ';' inside the p-value's own parenthesis ('(difference: -15%; 95% CI ...; P = 0.04)') ends no clause
        opening = ctx.text.rfind("(", scope, item.start)
        inside = opening if opening >= 0 and ctx.text.find(")", opening, item.start) < 0 else item.start
        clause_start = scope
        for brk in _CLAUSE_BREAK.finditer(ctx.text, scope, inside):
            scope = brk.end()
        found = None
        for found in _SIGNIFICANCE.finditer(ctx.text, scope, item.start):
            pass
        if found is None and scope > clause_start and _ELLIPTICAL_NOT.search(ctx.text[scope:inside]):
            # only the ellipsis's own p-value ('but not B (P = 0.58), with a trend ... (P = 0.06)' leaves the
            # second), and not a comparison of the two ('but not in the control group (+22% vs +3%, P < 0.001)')
            # and only when the stated clause has its own p-value ('found for pain but not for nausea (P = 0.02)':
            # one p-value for both, the ellipsis is not its evidence)
            if k > 0 and clause_start <= items[k - 1].start and items[k - 1].end <= scope \
                    and not _COMPARED.search(ctx.text, inside, item.start) \
                    and _stated_before(ctx, clause_start, scope):
                item.values["significant"] = False
            continue
        if found is None:
            verdict = _predicate_after(ctx, scope, item, items)
            if verdict is not None:
                item.values["significant"] = verdict
            continue
        if _THRESHOLD.search(ctx.text[found.end() : item.end]):
            continue
        if found.group("word") and _NOT_STATISTICAL.search(ctx.text, max(0, found.start() - 40), found.start()):
            continue
        # every p-value between the word and this one must be followed by no new clause ('..., and Y was similar')
        between = items[bisect.bisect_left(starts, found.end()) : k]
        if any(_CLAUSE_VERB.search(ctx.text, other.end, item.start) for other in between):
            continue
        negated = bool(found.group("negative") or found.group("none")) or bool(_NEGATED.search(ctx.text, max(scope, found.start() - 40), found.start()))
        item.values["significant"] = not negated


_COMPARED = re.compile(r"(?<![\w-])(?:vs|versus|compared)(?![\w-])", re.I)


# A p-value inside the subject of a clause that states (non-)significance after it: 'Changes in LDL (P = 0.44) and
# glucose (P = 0.19) did not differ significantly', 'Pain (P = 0.02) and nausea (P = 0.01) were significantly
# lower'. The predicate's verb comes first, at most 40 characters and no punctuation before the word: 'did not
# differ significantly', 'were not statistically significant', 'showed no significant differences'.
def _predicate_after(ctx: ExtractionContext, scope: int, item: Item, items: list[Item]) -> bool | None:
    """``significant`` from a predicate after the p-value when the p-value sits in the clause's subject (no verb
    between the clause start and it); None when the clause says nothing after it, or the p-value is not in
    its subject ('Pain was lower (P = 0.02) and nausea did not differ significantly')."""
    if _CLAUSE_VERB.search(ctx.text, scope, item.start) or _SIGNIFICANCE.search(ctx.text, scope, item.start):
        return None
    _, sentence_end = ctx.sentence_at(item.start)
    end = min(sentence_end, item.end + 300)
    brk = _CLAUSE_BREAK.search(ctx.text, item.end, end)
    if brk is not None:
        end = brk.start()
    verb = _CLAUSE_VERB.search(ctx.text, item.end, end)
    if verb is None:
        return None
    # between the p-value and the verb: the subject list's further items ('and Y (P = 0.19)') and a short tail
    # naming where it was measured ('levels between the groups at 3 months'), no relative clause, no threshold
    # ('P values of .05 or less were significant')
    last_p = max((other.end for other in items if item.end <= other.start and other.end <= verb.start()),
                 default=item.end)
    tail = ctx.text[last_p : verb.start()]
    if len(tail) > 80 or "," in tail.strip(" )]") or _SUBJECT_TAIL_STOP.search(tail):
        return None
    found = _SIGNIFICANCE.search(ctx.text, verb.start(), min(end, verb.end() + 40))
    if found is None or _THRESHOLD.search(ctx.text, verb.start(), found.start()) \
            or re.search(r"[,;:()\[\]]", ctx.text[verb.end() : found.start()]):
        return None
    if found.group("word") and _NOT_STATISTICAL.search(ctx.text, max(verb.start(), found.start() - 40), found.start()):
        return None
    negated = bool(found.group("negative") or found.group("none")) or bool(
        _NEGATED.search(ctx.text, verb.start(), found.start())
    )
    # 'neither X (P = 0.80) nor Y (P = 0.98) were significant'
    return not (negated or _NEITHER.search(ctx.text, scope, item.start))


_SUBJECT_TAIL_STOP = re.compile(r"(?<![\w-])(?:which|that|who|whom|whose|including|such\s+as|or\s+(?:less|lower|below|smaller|greater|more|above))(?![\w-])", re.I)
_NEITHER = re.compile(r"(?<![\w-])neither(?![\w-])", re.I)


def _stated_before(ctx: ExtractionContext, start: int, end: int) -> bool:
    """Whether the clause before an elliptical 'but not ...' (text[start:end], up to its break) states a
    significance, not negated and no threshold, that the ellipsis denies."""
    found = None
    for found in _SIGNIFICANCE.finditer(ctx.text, start, end):
        pass
    if found is None or found.group("negative") or found.group("none"):
        return False
    if found.group("word") and _NOT_STATISTICAL.search(ctx.text, max(0, found.start() - 40), found.start()):
        return False
    return not _NEGATED.search(ctx.text, max(start, found.start() - 40), found.start())


# A pasted table whose last column is the p-value: a header line 'Outcome | Drug A | Drug B | P' (cells split by
# '|', or by tabs in a table copied from a word processor or spreadsheet: the cleaning keeps the tabs of a table
# under a 'P' column; at least four cells: a three-cell 'Patient | Ca | P' is a phosphate column), then rows of as
# many cells whose last cell is a bare p-value ('0.21', '<0.001', '0.04*') or 'NS'. The row's first cell is its
# outcome, the header's middle cells the arms compared. (A space-aligned table cannot be told from prose.)
_TABLE_HEADER = re.compile(r"(?<=[|\t])[ \t]*(?:P|p)(?:[- ](?:[Vv]alues?|VALUES?))?[ \t]*\|?[ \t]*$", re.M)
_TABLE_CELL_VALUE = re.compile(
    r"(?P<value>(?P<op>[<>≤]\s?)?(?P<num>0?\.\d+|1\.0+)|(?P<ns>NS|N\.S\.|n\.s\.))\**[ \t]*\|?[ \t]*$"
)
# 'Dizziness, n (%)' is the outcome 'Dizziness'
_CELL_STATISTIC = re.compile(r",\s*(?:n\b|%|mean\b|median\b|no\.)|\((?:n\b|%)", re.I)


def _cells(line: str, offset: int, separator: str = "|") -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell of a table line, stripped, as text offsets."""
    spans, at = [], 0
    for cell in line.split(separator):
        lead = len(cell) - len(cell.lstrip())
        if cell.strip():
            spans.append((offset + at + lead, offset + at + len(cell.rstrip())))
        at += len(cell) + 1
    return spans


def _table_rows(ctx: ExtractionContext) -> list[tuple[tuple[int, int], dict, re.Match[str] | None]]:
    """(last cell, link, bare value) of each row under a 'P' column header: the value is None when the
    cell is no bare p-value (it may hold 'P = 0.02', read by P_VALUE, which then takes the row's link).
    Each line is read once: a header's rows end at the first line of another shape."""
    if "table_rows" in ctx.cache:
        return ctx.cache["table_rows"]
    text, rows, resume = ctx.text, [], 0
    for header in _TABLE_HEADER.finditer(text) if "|" in text or "\t" in text else ():
        if header.start() < resume:
            continue
        line_start = text.rfind("\n", 0, header.start()) + 1
        separator = "|" if "|" in text[line_start : header.end()] else "\t"
        head = _cells(text[line_start : header.end()], line_start, separator)
        if len(head) < 4:
            continue
        arms = head[1:-1]
        at = header.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            cells = _cells(text[at:end], at, separator)
            if separator not in text[at:end] or len(cells) != len(head):
                break
            name = cells[0]
            trim = _CELL_STATISTIC.search(text, name[0], name[1])
            if trim and text[name[0] : trim.start()].strip():
                name = (name[0], name[0] + len(text[name[0] : trim.start()].rstrip()))
            link = {"outcome": name, "comparison": (arms[0][0], arms[-1][1]), "comparison_arms": arms}
            rows.append((cells[-1], link, _TABLE_CELL_VALUE.match(text, cells[-1][0], end)))
            at = end + 1
        resume = at
    ctx.cache["table_rows"] = rows
    return rows


def _table_link(ctx: ExtractionContext, start: int) -> dict | None:
    """The link of a table row whose last cell holds ``start``."""
    rows = _table_rows(ctx)
    if not rows:
        return None
    if "table_row_starts" not in ctx.cache:
        ctx.cache["table_row_starts"] = [cell[0] for cell, _, _ in rows]
    i = bisect.bisect_right(ctx.cache["table_row_starts"], start) - 1
    return rows[i][1] if i >= 0 and start < rows[i][0][1] else None


# A registry results table row: 'Comparison Groups A vs B P-Value 0.03 Method ...' under '- <outcome title>'.
_REGISTRY_ROW = re.compile(r"^Comparison Groups\s+(?P<groups>.+?)\s+P-?\s*[Vv]alue\b", re.M)
_REGISTRY_TITLE = re.compile(r"^[-•*]\s+(?P<title>\S.*)$", re.M)


def _registry_link(ctx: ExtractionContext, start: int) -> dict[str, tuple[int, int]] | None:
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    row = _REGISTRY_ROW.match(ctx.text, line_start, len(ctx.text) if line_end == -1 else line_end)
    if not row:
        return None
    link = {"comparison": row.span("groups")}
    title = _last_title_before(ctx, line_start)
    if title:
        link["outcome"] = title
    return link


def _last_title_before(ctx: ExtractionContext, offset: int) -> tuple[int, int] | None:
    """The last '- <outcome title>' line ending before ``offset``: titles are found once per document
    (searching from the start for every row was quadratic in a long results section)."""
    if "registry_titles" not in ctx.cache:
        spans = [m.span("title") for m in _REGISTRY_TITLE.finditer(ctx.text)]
        ctx.cache["registry_titles"] = (spans, [end for _, end in spans])
    spans, ends = ctx.cache["registry_titles"]
    i = bisect.bisect_right(ends, offset) - 1
    return spans[i] if i >= 0 else None


def _item(ctx: ExtractionContext, start: int, end: int, operator: str | None, value: float | None, rule: str,
          link: dict | None = None) -> Item:
    values: dict = {"operator": operator, "value": value}
    if value is None:
        values["significant"] = False
    link = link or _registry_link(ctx, start) or _table_link(ctx, start) or link_result(ctx, start, end)
    spans = {}
    for name in ("outcome", "comparison"):
        span = link.get(name)
        if span:
            spans[name] = span
            values[name] = ctx.text[span[0] : span[1]]
    if "outcome" in spans:
        name = outcome_name(ctx, spans["outcome"])
        if name:
            values["outcome_name"] = name
    compared = comparison_name(ctx, link, start)
    if compared:
        values["comparison_name"] = compared
    return Item(field="p_values", start=start, end=end, rule=rule, values=values, spans=spans)
