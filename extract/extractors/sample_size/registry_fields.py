"""Registry fields: "Target Recruitment: 18", "Enrollment: 120 (Actual)", "Final Sample Size: 301".

The role comes from the key, and from "Actual" / "Anticipated" after the number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...numbers import INTEGER, parse_integer
from ..context import ExtractionContext
from .patterns import _patterns


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A registry key at a line's start, perhaps a second key after it ('Sample size: Target sample size: 120',
    CTRI's 'Target Sample Size<TAB>Total Sample Size="600"'), then the number, perhaps quoted
    ('Final Enrollment numbers achieved (Total)= "584"')."""
    names = sorted(_patterns()["registry_keys"], key=len, reverse=True)  # 'target sample size' before 'sample size'
    keys = "|".join(re.escape(k).replace(r"\ ", r"[^\S\n]+") for k in names)
    # [^\S\n]*, not \s*: from every line start \s* ran through all following blank lines (10 kB of
    # newlines took 3 s); the key is found from its own line's start with the same groups.
    return re.compile(
        rf"^[-•*]?[^\S\n]*(?P<key>{keys})(?:(?:[^\S\n]*[:=])?[^\S\n]*(?P<key2>{keys}))?\s*[:=]?\s*(?:\n\s*[-•*]?\s*)?\"?"
        rf"(?P<num>{INTEGER})\b(?P<rest>[^\n]*)",
        re.I | re.M,
    )


def _registry_counts(ctx: ExtractionContext, add) -> None:
    """'Target Recruitment' / 'Enrollment' fields: the number on the same or the next line."""
    for match in _pattern().finditer(ctx.text):
        key = match.group("key2") or match.group("key")
        role = _patterns()["registry_keys"][re.sub(r"\s+", " ", key).lower()]
        rest = match.group("rest").lower()
        if "actual" in rest:
            role = "enrolled"
        elif "anticipated" in rest or "estimated" in rest:
            role = "planned"
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.registry")
