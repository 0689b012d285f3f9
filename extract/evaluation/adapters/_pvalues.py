"""P-value parsing for gold construction: "P < 0.05", "p=.03", "P&lt;0.001", "<0.001", "0,001".

Gold sources give p-values as free text (evidence sentences, MEDLINE abstracts that still carry
HTML entities, registry strings); the adapters need the operator, the value and, in free text, the
exact span of each expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.numbers import rounded_zero_bound

OPERATORS: dict[str, str] = {
    "<": "<", ">": ">", "=": "=", "==": "=",
    "<=": "<=", "=<": "<=", "≤": "<=", "<or=": "<=", "&lt;": "<", "&lt;=": "<=",
    ">=": ">=", "=>": ">=", "≥": ">=", ">or=": ">=", "&gt;": ">", "&gt;=": ">=",
}

_OP = r"(?P<op>&lt;\s*=?|&gt;\s*=?|[<>]\s*or\s*=|[<>]\s*=?|=\s*[<>]?|=|≤|≥)"
_NUM = (
    r"(?P<num>(?:\d+\s?[.·]\s?\d+|0[/?\ufffd]\d+|[.·]\s?\d+|0,\d+|\d+)"
    r"(?:\s*[x×]\s*10\s*\^?\s*\(?[-−–]\s*\d+\)?|\s*[eE]\s*[-−–]\s*\d+)?"
    r"|10\s*\^?\s*\(?[-−–]\s*\d+\)?)"
)
_LABEL = r"\b[Pp](?:\s*-?\s*values?)?\s*:?\s*"
_IN_TEXT = re.compile(_LABEL + _OP + r"\s*" + _NUM)
_ALONE = re.compile(r"[^\w<>=≤≥&]*(?:" + _LABEL + r")?(?:" + _OP + r"\s*)?" + _NUM + r"\W*")


@dataclass(frozen=True)
class PMatch:
    start: int
    end: int
    operator: str
    value: float


def _to_float(number: str) -> float:
    compact = re.sub(r"\s", "", number).replace("·", ".").replace("−", "-").replace("–", "-")
    # '0,05' (decimal comma); '0/001', '0?001' (a middle dot mistyped or lost to an encoding): not p < 0
    compact = re.sub(r"^0[,/?\ufffd]", "0.", compact)
    power = re.fullmatch(r"(.*?)[x×]?10\^?\(?(-\d+)\)?", compact)
    if power and not re.search(r"[eE]", compact):
        mantissa = float(power.group(1)) if power.group(1) else 1.0
        return mantissa * 10 ** int(power.group(2))
    return float(compact)


def _operator(raw: str | None) -> str:
    if raw and re.fullmatch(r"=\s+[<>]", raw):
        return raw[-1]  # 'P = <0.01': the '=' is the label's, the '<' the comparison (as the extractor reads it)
    return OPERATORS[re.sub(r"\s", "", raw)] if raw else "="


def _parsed(raw_operator: str | None, number: str) -> tuple[str, float] | None:
    """Operator and value in [0, 1], as the extractor reads them: 'P < 0.000' (a package's rounded zero)
    is p < 0.001; 'P < 0.0' (one zero decimal) is kept as written; 'P < 0' bounds nothing (None), nor
    does a value above 1."""
    operator, value = _operator(raw_operator), _to_float(number)
    if value == 0.0 and operator in ("<", "<="):
        literal = re.sub(r"^0[,/?\ufffd]", "0.", re.sub(r"\s", "", number).replace("·", "."))
        bound = rounded_zero_bound(literal)
        if bound:
            return operator, bound
        return (operator, value) if re.fullmatch(r"0?[.,]0", literal) else None
    return (operator, value) if 0.0 <= value <= 1.0 else None


def parse_p_value(text: str) -> tuple[str, float] | None:
    """Operator and value of a text that is one p-value expression, or None (e.g. "NS", "P > 1")."""
    match = _ALONE.fullmatch(text.strip())
    if not match:
        return None
    return _parsed(match.group("op"), match.group("num"))


def find_p_values(text: str) -> list[PMatch]:
    """Every "P <op> <number>" expression in free text with a value in [0, 1]."""
    found = []
    for match in _IN_TEXT.finditer(text):
        parsed = _parsed(match.group("op"), match.group("num"))
        if parsed:
            found.append(PMatch(match.start(), match.end(), *parsed))
    return found
