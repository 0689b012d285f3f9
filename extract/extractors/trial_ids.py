"""Trial registry identifiers (NCT, EudraCT, ISRCTN, ChiCTR, ...): one item per distinct id."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext, Item
from .literals import Probe
from .registry import register


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(p)) for name, p in load("trial_ids").items() if not name.startswith("_")]


@register("trial_ids")
def find_trial_ids(ctx: ExtractionContext) -> list[Item]:
    seen: set[tuple[str, str]] = set()
    items = []
    probe = Probe(ctx.text)
    for registry, pattern in _patterns():
        first = probe.first(pattern)
        if first is None:
            continue  # no 'NCT', 'ISRCTN', ... in the text: the scan would find nothing
        for match in pattern.finditer(ctx.text, first):
            normalised = re.sub(r"\s+", "", match.group())
            if registry == "EudraCT" and not re.search(r"eudra|EU\s*CTR|clinicaltrialsregister", ctx.text, re.I):
                continue  # the YYYY-NNNNNN-NN shape alone is too common to trust
            if (registry, normalised) in seen:
                continue
            seen.add((registry, normalised))
            items.append(Item("trial_ids", match.start(), match.end(), f"trial_id.{registry}", {"registry": registry, "id": normalised}))
    return sorted(items, key=lambda i: i.start)
