"""P-values in every notation seen in trial reports, linked to their outcome and comparison.

Notations: ``P = .015``, ``p<0·001`` (Lancet middle dot; ``p=0 001`` when a paste lost it), ``P =. 02``,
``P=1.2×10^-5``, ``p = 1.2 x 10(-5)``, ``P < 10(-8)``,
``p-value of 0.04``, ``P value was 0.3``, ``P < or = 0.05``, ``P ≤ 0.05``, ``P for trend = 0.02``, ``P-trend``,
``Ptrend``, ``P-interaction``, ``P-heterogeneity``, ``p for non-inferiority``, ``Padj``, ``P(adj)`` (an interaction or
trend test is a p-value like any other; its label stays in the literal's text), ``P = NS``, ``P=ns``; a point lost to a wrong encoding (``p<0Â·0001``, ``p=0?04``, ``p<0 small middle dot0001``).
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
    "=": "=", ":": "=", "of": "=", "was": "=", "were": "=", "is": "=", "equal to": "=", "equals": "=",
}
_OP_ALTERNATION = "|".join(re.escape(op).replace(r"\ ", r"\s*") for op in sorted(_OPERATORS, key=len, reverse=True))

# A lost superscript or pasted power: 'P < 10(-3)', 'P<10^-5', 'P < 10-8' (p-values above 1 do not exist,
# so '10-8' after a p operator is ten to the minus eight, not a range).
BARE_POWER_OF_TEN = r"10\s*(?:\^\s*|\*\*\s*)(?:\(\s*-\s*\d{1,2}\s*\)|-\s*\d{1,2})|10\s*\(\s*-\s*\d{1,2}\s*\)|10-\d{1,2}(?!\s*%)"
_BARE_EXPONENT = re.compile(r"-\s*(\d{1,2})")

_LABELS = r"(?:trend|interaction|heterogeneity|non-?inferiority|superiority|equivalence|difference|diff|int|het|adj(?:usted)?)"

_GLUED_LABELS = r"(?:trend|interaction|heterogeneity|adj)"  # not 'Pint', 'Phet'

P_VALUE = re.compile(
    r"(?<![\w.])(?P<p>[Pp])(?P<vw>\s*-?\s*[Vv]alues?)?"
    # the statistic's label, kept in the literal's text: 'P for trend', 'P-trend', 'Ptrend', 'P(adj)', 'Padj',
    # 'P-interaction', 'p for non-inferiority'; glued to the P only as a whole word ('PaCO2' is none)
    r"(?:(?:\s*[-_]\s*|\s+|\s*\(\s*)(?:for\s+)?" + _LABELS + r"(?![A-Za-z])\s*\)?|(?<=[Pp])" + _GLUED_LABELS + r"(?![A-Za-z])|(?![A-Za-z]))"
    r"(?:\s*\(\s*(?:two|one)[-\s]?(?:sided|tailed)\s*\))?"
    r"(?:\s*(?P<op>" + _OP_ALTERNATION + r")|(?(vw)\s+|(?!)))\s*(?:(?:a|the)\s+value\s+of\s*)?"
    r"(?:(?P<bare>" + BARE_POWER_OF_TEN + r")(?![\d.]*\d)"
    r"|(?P<num>0?\.\s\d+|0\s\d{2,}(?![\d.,])|0,\d+(?![\d,])|0" + BROKEN_POINT + r"\d+|" + DECIMAL + r")(?P<pow>" + POWER_OF_TEN + r")?(?![\d.]*\d)"
    r"|(?P<ns>NS|N\.S\.|n\.s\.|ns(?![\w.])|not\s+significant))"
)
# 'NS' standing for a p-value inside a result parenthesis: '(NS)', '(12% vs 10%; NS)'.
NOT_SIGNIFICANT = re.compile(r"(?<=[(;,])\s*(?P<ns>NS|N\.S\.)\s*(?=\))")


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
        if value == 0.0 and match.group("num") == "0" and (operator != "=" or _cut_short(ctx.text, match)):
            continue
        normalisation = None
        if value == 0.0 and operator in ("<", "<=") and not match.group("pow"):
            bound = rounded_zero_bound(_number(match))
            if bound is not None:
                value, normalisation = bound, "rounded_zero"
            # else 'P < 0.0': one zero decimal is a value cut short or mistyped, not a package's rounded
            # zero; kept as written, as 'P = 0.000' is (the '0' alone, 'P < 0', was dropped above)
        end = match.end()
        items.append(_item(ctx, match.start(), end, operator, value, "p_value.notation"))
        if normalisation:
            items[-1].values["normalisation"] = normalisation
        taken.append((match.start(), end))
    starts = [s for s, _ in taken]
    for match in NOT_SIGNIFICANT.finditer(ctx.text):
        start, end = match.span("ns")
        i = bisect.bisect_right(starts, start) - 1
        if not (i >= 0 and start < taken[i][1]):
            items.append(_item(ctx, start, end, None, None, "p_value.ns"))
    items.sort(key=lambda item: item.start)
    return items


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


def _item(ctx: ExtractionContext, start: int, end: int, operator: str | None, value: float | None, rule: str) -> Item:
    values: dict = {"operator": operator, "value": value}
    if value is None:
        values["significant"] = False
    link = _registry_link(ctx, start) or link_result(ctx, start, end)
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
