"""Design facts: randomised, blinding, control, phase, allocation ratio, centres.

One item per (attribute, value), at its first mention. Mentions of other trials ("future randomized
trials", "our phase 1 data", "a phase 3 trial is required") and eligibility criteria are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext, Item
from .literals import Probe
from .registry import register

_EXCLUDED_SECTIONS = {"eligibility criteria"}
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str], str]], re.Pattern[str], re.Pattern[str]]:
    data = load("design")
    rules = [
        (attribute, re.compile(pattern, re.I), value)
        for attribute, pairs in data.items()
        if not attribute.startswith("_")
        for pattern, value in pairs
    ]
    return rules, re.compile(data["_not_this_trial_before"], re.I), re.compile(data["_not_this_trial_after"], re.I)


def _normalise_phase(value: str) -> str:
    parts = re.split(r"\s*/\s*", value)
    out = []
    for part in parts:
        match = re.fullmatch(r"(I{1,3}V?|IV|[1-4])([abAB]?)", part)
        if match:
            out.append(_ROMAN.get(match.group(1).upper(), match.group(1)) + match.group(2).lower())
    return "/".join(out) or value


@register("design")
def find_design(ctx: ExtractionContext) -> list[Item]:
    rules, before_other, after_other = _patterns()
    text = ctx.text
    probe = Probe(text)
    found: dict[tuple[str, str], Item] = {}
    for attribute, pattern, template in rules:
        first = probe.first(pattern)
        if first is None:
            continue  # most design words are absent from most abstracts: a substring test says so cheaply
        for match in pattern.finditer(text, first):
            if ctx.section_of(match.start()) in _EXCLUDED_SECTIONS:
                continue
            sent_start, sent_end = ctx.sentence_at(match.start())
            if before_other.search(text[sent_start : match.start()]) or after_other.search(text[match.end() : sent_end]):
                continue
            if "v" in pattern.groupindex and match.group("v"):
                start, end = match.span("v")
                value = re.sub(r"\s+", "", match.group("v"))
            else:
                start, end = match.span()
                value = template
            if attribute == "phase":
                start, end = match.span()
                value = _normalise_phase(value)
            key = (attribute, value)
            if key not in found or found[key].start > start:
                found[key] = Item("design", start, end, f"design.{attribute}", {"attribute": attribute, "value": value})
            if "v" not in pattern.groupindex:
                break  # one value per pattern, and later matches start later: none can replace this one
    return sorted(found.values(), key=lambda i: i.start)
