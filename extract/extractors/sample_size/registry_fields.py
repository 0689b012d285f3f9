"""Registry fields: "Target Recruitment: 18", "Enrollment: 120 (Actual)".

The role comes from the key, and from "Actual" / "Anticipated" after the number.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, parse_integer
from ..context import ExtractionContext
from .patterns import _patterns


def _registry_counts(ctx: ExtractionContext, add) -> None:
    """'Target Recruitment' / 'Enrollment' fields: the number on the same or the next line."""
    keys = "|".join(re.escape(k) for k in _patterns()["registry_keys"])
    # [^\S\n]*, not \s*: from every line start \s* ran through all following blank lines (10 kB of
    # newlines took 3 s); the key is found from its own line's start with the same groups.
    pattern = re.compile(rf"^[-•*]?[^\S\n]*(?P<key>{keys})\s*:?\s*(?:\n\s*[-•*]?\s*)?(?P<num>{INTEGER})\b(?P<rest>[^\n]*)", re.I | re.M)
    for match in pattern.finditer(ctx.text):
        role = _patterns()["registry_keys"][match.group("key").lower()]
        rest = match.group("rest").lower()
        if "actual" in rest:
            role = "enrolled"
        elif "anticipated" in rest or "estimated" in rest:
            role = "planned"
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.registry")
