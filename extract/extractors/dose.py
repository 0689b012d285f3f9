"""Doses: amount (with ranges, ±, and pasted scientific notation), unit, intervention, schedule, route.

Forms handled: "500 mg twice daily", "0.5-1.0 mg/kg", "1 × 10^6 cells/kg", "4 x 10(7) cells per
infusion", "100 ± 20 × 106 UC-MSCs" (a lost superscript: × 10^6), and dose levels without an amount
("high dose", "middle-dose group"). Lab thresholds ("CD4 < 200 cells/mm3") and eligibility criteria
are not doses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import DECIMAL, POWER_OF_TEN, number_word_pattern, parse_number_words, power_of_ten
from ..resources import load
from .context import ExtractionContext, Item
from .registry import register

_EXCLUDED_SECTIONS = {"eligibility criteria", "age", "sex", "status", "target recruitment"}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("dose")
    units = sorted(data["units"].items(), key=lambda kv: len(kv[0]), reverse=True)
    unit_alt = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(units))
    amount = (
        rf"(?P<amount>\d{{1,3}}(?:,\d{{3}})+(?![\d.])|{DECIMAL})"
        rf"(?:\s*(?:±|\+/-|\+-)\s*(?P<sd>{DECIMAL})|\s*(?:-|to)\s*(?P<high>{DECIMAL}))?"
        rf"(?P<pow>{POWER_OF_TEN})?"
    )
    return {
        "units": [unit for _, unit in units],
        "dose": re.compile(
            rf"(?<![\w.]){amount}\s*(?:(?:{unit_alt})(?!\w)(?!\s*/\s*(?:kg|m\^?2)\b)|(?P<cells>{data['cell_products']})(?P<perkg>\s*(?:/|per)\s*kg)?)",
            re.I,
        ),
        "concentration": re.compile(rf"^\s*(?:{data['concentration_units']})", re.I),
        "routes": [(re.compile(p, re.I), v) for p, v in data["routes"].items()],
        "frequencies": [(re.compile(p, re.I), v) for p, v in data["frequencies"].items()],
        "level": re.compile(
            r"\b(?P<phrase>(?i:(?P<level>%s)[- ]doses?))\b(?:\s+(?i:group|arm|cohort)\b)?(?:\s+(?P<drug>[A-Za-z][\w-]*[A-Z][\w-]*))?"
            % "|".join(f"(?P<l{i}>{p})" for i, p in enumerate(data["levels"])),
        ),
        "glued_type": re.compile(r"(?<=[a-z0-9])(?:%s)$" % "|".join(data["registry_intervention_types"])),
        "levels": list(data["levels"].values()),
        "count": re.compile(
            rf"\b(?P<n>\d+|{number_word_pattern()}|single|once|twice)\s+(?:[\w-]+\s+){{0,2}}?(?:{data['administration_nouns']})\b",
            re.I,
        ),
        "schedule": re.compile(
            r"\b(?:on|at)?\s*(?:days?|weeks?)\s+(?P<list>\d+(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:days?\s+)?\d+)+)", re.I
        ),
    }


def _unit_of(match: re.Match[str]) -> str:
    p = _patterns()
    if match.group("cells"):
        return "cells/kg" if match.group("perkg") else "cells"
    for i, unit in enumerate(p["units"]):
        if match.group(f"u{i}"):
            return unit
    raise AssertionError("a unit group matched")


def _scaled(text: str | None, factor: float) -> float | None:
    return None if text is None else float(text) * factor


def _first(patterns: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    best = None
    for pattern, value in patterns:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), value)
    return best[1] if best else None


def _count(text: str) -> int | None:
    match = _patterns()["count"].search(text)
    if not match:
        return None
    word = match.group("n").lower()
    if word.isdigit():
        return int(word)
    return {"single": 1, "once": 1, "twice": 2}.get(word) or parse_number_words(word)


def _intervention(ctx: ExtractionContext, match: re.Match[str], sent: tuple[int, int]) -> tuple[int, int] | None:
    text = ctx.text
    if match.group("cells") and not re.fullmatch(r"(?i)[\w\s+]*cells", match.group("cells")):
        return match.span("cells")  # '100 × 10^6 UC-MSCs': the product names itself
    before = text[sent[0] : match.start()]
    paren = before.rfind("(")
    if paren != -1 and ")" not in before[paren:]:
        name = re.search(r"([A-Za-z][\w/+-]*)\s*$", before[:paren])
        if name:
            return sent[0] + name.start(1), sent[0] + name.end(1)
    after = re.match(r"\s*(?:of\s+)?(?P<name>[A-Za-z][\w/+-]*[A-Za-z0-9])", text[match.end() : sent[1]])
    if after and after.group("name").lower() not in {"per", "daily", "once", "twice", "every", "for", "and", "or", "in", "at", "on", "was", "were", "the", "a"}:
        return match.end() + after.start("name"), match.end() + after.end("name")
    name = re.search(r"\b([A-Za-z][\w/+-]*[a-z][\w/+-]*)\s*$", before)
    if name and name.group(1).lower() not in {"of", "with", "to", "and", "or", "received", "receive", "either", "the", "a", "at", "dose", "doses"}:
        return sent[0] + name.start(1), sent[0] + name.end(1)
    return None


@register("doses")
def find_doses(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items: list[Item] = []
    for match in p["dose"].finditer(text):
        if ctx.section_of(match.start()) in _EXCLUDED_SECTIONS:
            continue
        if re.search(r"[<>≤≥]\s*$|[<>]=?\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # a threshold, not an amount
        if p["concentration"].match(text[match.end() : match.end() + 12]):
            continue
        factor = 10.0 ** power_of_ten(match.group("pow")) if match.group("pow") else 1.0
        values: dict = {
            "amount": float(match.group("amount").replace(",", "")) * factor,
            "amount_sd": _scaled(match.group("sd"), factor),
            "amount_low": None,
            "amount_high": None,
            "unit": _unit_of(match),
        }
        if match.group("high"):
            values["amount_low"], values["amount_high"] = values["amount"], _scaled(match.group("high"), factor)
        if values["unit"] == "%" and not re.search(r"\b(?:cream|gel|solution|ointment|drops?|eye|topical)\b", text[match.end() : match.end() + 30], re.I):
            continue  # a percentage is a dose only as a strength of a preparation
        sent = ctx.sentence_at(match.start())
        sentence = text[sent[0] : sent[1]]
        spans: dict[str, tuple[int, int]] = {}
        intervention = _intervention(ctx, match, sent)
        if intervention:
            spans["intervention"] = intervention
            values["intervention"] = text[intervention[0] : intervention[1]]
        values["route"] = _first(p["routes"], sentence)
        values["frequency"] = _first(p["frequencies"], text[match.end() : sent[1]])
        schedule = p["schedule"].search(sentence)
        if schedule:
            spans["schedule"] = (sent[0] + schedule.start(), sent[0] + schedule.end())
            values["schedule"] = schedule.group().strip()
        values["n_administrations"] = _count(sentence) or (len(re.findall(r"\d+", schedule.group("list"))) if schedule else None)
        items.append(Item("doses", match.start(), match.end(), "dose.amount", values, spans))
    items.extend(_levels(ctx))
    return sorted(items, key=lambda i: i.start)


def _levels(ctx: ExtractionContext) -> list[Item]:
    """One item per dose level ('high dose', 'middle-dose group') named in the document."""
    p = _patterns()
    seen: set[str] = set()
    items = []
    for match in p["level"].finditer(ctx.text):
        if ctx.section_of(match.start()) in _EXCLUDED_SECTIONS:
            continue
        level = next(p["levels"][i] for i in range(len(p["levels"])) if match.group(f"l{i}"))
        if level in seen:
            continue
        seen.add(level)
        end = match.end("phrase")
        values = {"amount": None, "level": level}
        spans = {}
        if match.group("drug"):
            # Registry lists paste as 'high dose hMSC-ExosBiological: ...': drop the glued type label.
            drug = p["glued_type"].sub("", match.group("drug"))
            start = match.start("drug")
            spans["intervention"] = (start, start + len(drug))
            values["intervention"] = drug
        items.append(Item("doses", match.start(), end, "dose.level", values, spans))
    return items
