"""Doses: amount (with ranges, ±, and pasted scientific notation), unit, intervention, schedule, route.

Forms handled: "500 mg twice daily", "0.5-1.0 mg/kg", "1 × 10^6 cells/kg", "4 x 10(7) cells per
infusion", "100 ± 20 × 106 UC-MSCs" (a lost superscript: × 10^6), and dose levels without an amount
("high dose", "middle-dose group"). Lab thresholds ("CD4 < 200 cells/mm3") and eligibility criteria
are not doses.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from ..numbers import DECIMAL, POWER_OF_TEN, number_word_pattern, parse_number_words, power_of_ten
from ..resources import load
from .context import ExtractionContext, Item
from .registry import register

_EXCLUDED_SECTIONS = {"eligibility criteria", "age", "sex", "status", "target recruitment"}
# How far from an amount its drug name, parenthesis and frequency are looked for: a few clauses. Windows
# keep the work per amount bounded, so a sentence with thousands of amounts stays linear.
_WINDOW = 300


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("dose")
    units = sorted(data["units"].items(), key=lambda kv: len(kv[0]), reverse=True)
    unit_alt = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(units))
    # (?!\d): a number is all its digits; backing off into a long digit run let the cell-product
    # alternative rescan the rest of the run from every length (quadratic on 10 kB of digits).
    # '0. 005%': a space after the point, as flattened abstracts paste it (as for p-values).
    # '1 500 mg', '100 000 IU': a space (or a thin space) between thousands, as European abstracts write them;
    # not after a word that numbers something ('day 1 500 mg', 'group 2 500 mg', 'n = 3 500 mg')
    not_after = "".join(f"(?<!{re.escape(word)}\\s)" for word in data["space_thousands_not_after"])
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d.])|{not_after}(?<![-/])[1-9]\d{{0,2}}(?:[ \u2009\u202f]\d{{3}})+(?![\d.,])|0\.\s(?=\d)\d+|{DECIMAL})(?!\d)"
    # The cell product below starts with [\w+-]* twice over: on a long run such as '1-1-1-…' (every '1'
    # an amount, every '-1' a range) it rescanned the run in nested loops (2 kB took 39 s). Its word is
    # bounded first: at most 40 word characters, as every real product name ('hUC-MSC-Exos') is.
    # '10^9 CFU', '10(8) cells', '10⁶ TCID50': a power of ten with no number before it is 1 × 10^k, never k
    bare = r"(?P<bare>10(?:\s*(?:\^|\*\*)\s*(?P<bexp>\d{1,2})(?![\d.])|\s*\(\s*(?P<bexp2>\d{1,2})\s*\)|(?P<bsup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})))"
    # 'Ten milligrams of X', 'fifty micrograms': a number in words, only before a unit spelt out
    words = rf"(?P<words>{number_word_pattern()})(?=\s+(?:milligrams?|micrograms?|grams?|millilit(?:er|re)s?|international\s+units?)\b)"
    amount = (
        rf"(?:{bare}|{words}|(?P<amount>{number})"
        rf"(?:\s*(?:±|\+/-|\+-)\s*(?P<sd>{number})|\s*(?:-|to)\s*(?P<high>{number}))?"
        rf"(?P<pow>{POWER_OF_TEN})?)"
        # '5 billion CFU', '3 million IU'
        r"(?P<scale>\s+(?:billion|million)\b)?"
    )
    return {
        "units": [unit for _, unit in units],
        "dose": re.compile(
            rf"(?<![\w.]){amount}\s*-?\s*(?:(?:{unit_alt})(?!\w)(?!\s*/\s*(?:kg|m\^?2)\b)|(?P<kgfirst>(?:/|per)\s*kg\s+)?(?=[\w+-]{{0,40}}(?![\w+-]))(?P<cells>{data['cell_products']})(?P<perkg>\s*(?:/|per)\s*kg)?)",
            re.I,
        ),
        "eye_condition": re.compile(data["eye_condition"], re.I),
        "interval": re.compile(data["interval"], re.I),
        # 'every 4 weeks (30 mg)', 'patients (10 mg/kg)': a time or a count word before the parenthesis names no drug
        "not_drug_before_paren": re.compile(rf"(?:{data['not_list_words']})", re.I),
        "volume_units": frozenset(data["volume_units"]),
        "volume_rate": re.compile(data["volume_rate"], re.I),
        # '1.25 mg in 0.05 ml', '2 mg/0.05 mL': an amount with its unit, then the volume it is given in
        "vehicle": re.compile(
            r"(?<=\d)\s*(?:-\s*)?(?:%s)(?!\w)\s*(?:in|/)\s*$" % "|".join(f"(?:{pattern})" for pattern, _ in units), re.I
        ),
        "threshold": re.compile(rf"(?:{data['threshold_words']})\s*$", re.I),
        "floor": re.compile(rf"(?:{data['floor_words']})\s*$", re.I),
        "floor_units": frozenset(data["floor_units"]),
        "dose_as_outcome": re.compile(data["dose_as_outcome"], re.I),
        "measured_lead": re.compile(data["measured_lead"], re.I),
        "measured_direct": re.compile(data["measured_direct"], re.I),
        "titer_units": frozenset(data["titer_units"]),
        # 'carboplatin AUC 5', 'AUC = 6 mg/mL·min', 'AUC2-carboplatin'; not 'AUC above 70', 'AUC0-4h'
        "auc": re.compile(
            r"(?<![\w-])AUC\s*(?:(?<=\(AUC)\)\s*)?(?:of\s*|=\s*|:\s*)?(?P<n>\d{1,2}(?:\.\d)?)(?:\s*mg\s*/\s*m[lL]\s*(?:[·.x×*/]|per)?\s*min(?:ute)?)?(?![\w.:-]*\d)(?![-–]?\d)(?!\s*(?:h\b|hours?|mg\s*/\s*d[lL]))"
        ),
        "auc_drug": re.compile(rf"(?<![\w-])(?:{data['auc_drugs']})(?![\w-])", re.I),
        "auc_drug_at": re.compile(rf"(?<=[\s(-])(?:{data['auc_drugs']})(?![\w-])", re.I),  # right after 'AUC2-'; matched in place
        "continuation_words": frozenset(data["continuation_words"]),
        "radiation_units": frozenset(data["radiation_units"]),
        "radiation_words": re.compile(data["radiation_words"], re.I),
        "measured_after": re.compile(data["measured_after"], re.I),
        "salts": frozenset(data["salts"]),
        "drug_word": re.compile(rf"^[A-Za-z][a-z-]{{3,}}{data['drug_stems']}$"),
        "not_drugs": frozenset(data["not_drugs"]),
        "not_drug_word": re.compile(rf"(?<![A-Za-z-])(?:{data['not_drug_words']})(?![A-Za-z])", re.I),
        "compound_names": re.compile(rf"(?<![\w-])(?:{data['compound_names']})(?![\w-])", re.I),
        # 'Metformin was started at', 'The dose of atorvastatin was', 'Insulin glargine was initiated at'
        "subject": re.compile(
            rf"(?<![\w-])(?:(?:the\s+)?(?:daily\s+|starting\s+|initial\s+)?dos(?:e|age)\s+of\s+)?(?P<name>(?:{data['compound_names']})|[A-Za-z][\w-]{{2,40}})\s+(?:was|were)\b",
            re.I,
        ),
        "not_subjects": frozenset(data["not_subjects"]),
        # 'ABX-101 was given', 'The AAV9 vector was infused once', 'heparin was given as': a drug given, with a
        # code name before its noun
        "given_subject": re.compile(
            rf"(?<![\w-])(?:(?P<code>[A-Za-z]{{0,12}}[A-Z][\w-]{{0,12}}\d[\w-]{{0,12}})\s+)?(?P<name>(?:{data['compound_names']})|[A-Za-z][\w-]{{2,40}})\s+(?:was|were)\s+"
            r"(?:(?:[a-z]+ly|once|then|also|first)\s+){0,2}(?:given|administered|infused|injected|started|initiated|delivered|dosed|continued|commenced|restarted)\b",
            re.I,
        ),
        "concentration": re.compile(rf"^\s*(?:{data['concentration_units']})", re.I),
        "routes": [(re.compile(p, re.I), v) for p, v in data["routes"].items()],
        "giving": re.compile(data["giving"], re.I),
        "leading_frequency": re.compile(
            r"(?:once|twice|thrice|three\s+times|four\s+times)[-\s]+(?:a\s+)?(?:daily|day|weekly)\s+(?:(?:morning|evening|nightly)\s+)?(?P<word>[A-Za-z][\w-]{0,40})",
            re.I,
        ),
        "listed": re.compile(
            rf"(?:\(|:|\b(?!(?:{data['not_list_words']})\b)[A-Za-z]+)\s*(?P<nums>(?<![\w.])(?:{DECIMAL})(?:\s*,\s*(?:{DECIMAL})){{0,5}})\s*,?\s*(?:or|and)\s+$",
            re.I,
        ),
        # 'the high-dose group received', 'Arm B:', 'group 2 (n = 12) was given' … before the amount
        "arm_before": re.compile(
            rf"(?<![\w%.+-])(?:the\s+)?(?P<arm>(?:[\w%.+-]{{1,40}}\s+){{0,3}}?(?:{data['arm_words']})(?:\s+(?:[A-Z]|\d+)\b)?|(?:{data['arm_words']})\s+(?:[A-Z]|\d+)\b)"
            rf"\s*(?:\(n\s*=\s*\d+\)\s*)?(?:{data['arm_verbs']}|:)",
            re.I,
        ),
        # 'in the 0.25% levobunolol group': the amount names its arm
        "arm_after": re.compile(rf"(?<![\w%.+-])[\w%.+-]{{1,40}}(?:\s+[\w%.+-]{{1,40}}){{0,2}}?\s+(?:{data['arm_words']})\b", re.I),
        "drug_class": re.compile(rf"(?<![\s-])[\s-]{{0,3}}(?:{data['drug_classes']})", re.I),
        "frequencies": [(re.compile(p, re.I), v) for p, v in data["frequencies"].items()],
        "level": re.compile(
            r"\b(?P<phrase>(?i:(?P<level>%s)[- ]dos(?:es?|ages?)))\b(?:\s+(?i:group|arm|cohort)\b)?(?:\s+(?P<drug>[A-Za-z][\w-]*[A-Z][\w-]*))?"
            % "|".join(f"(?P<l{i}>{p})" for i, p in enumerate(data["levels"])),
        ),
        "glued_type": re.compile(r"(?<=[a-z0-9])(?:%s)$" % "|".join(data["registry_intervention_types"])),
        "levels": list(data["levels"].values()),
        # 'IV' as a token (a route or a Roman numeral), the word before it and a series of numerals around it
        "iv": re.compile(r"(?<![\w.])IV(?![\w])"),
        "word_before_iv": re.compile(r"(?<![\w-])(?P<word>[A-Za-z][A-Za-z]{0,30})(?P<joint>-|\)?\s{1,3})$"),
        "numbered_noun": re.compile(rf"(?:{data['numbered_nouns']})", re.I),
        # 'III-IV', 'IIIb or IV', 'Group III (32% vs 60%) and IV (...)': a numeral right before, perhaps with its
        # bracket; not any 'III' a clause back ('phase III trial ... or IV paracetamol')
        "series_before": re.compile(
            rf"(?<![\w.])(?:{data['roman_numerals']})[a-cA-C]?\s*(?:\([^()]{{0,60}}\)\s*)?(?:[-–/]|,?\s*\b(?:or|and|to|through)\b|,)\s*$"
        ),
        "series_after": re.compile(rf"(?<=IV)\s*(?:[-–/]|\b(?:or|and|to|through)\b)\s*(?:{data['roman_numerals']})[a-cA-C]?(?![\w.])"),
        # a word followed by a numeral other than 'IV' or by a capital letter: 'Group III', 'Arm B', 'stages II'
        "numbered_word": re.compile(rf"(?<![\w-])(?P<word>[A-Za-z]{{2,30}})\s+(?:{data['roman_numerals']}|[A-H])(?![\w.])"),
        "vehicles": [(re.compile(pattern, re.I), tuple(strengths)) for pattern, strengths in data["vehicles"].items()],
        # a vehicle named right after an amount ('0.9% saline', '100 mL of 5% dextrose', '10 mL normal saline')
        "vehicle_after": re.compile(
            rf"(?<=[%A-Za-zµμ])\s*(?:of\s+)?(?:(?P<strength>{DECIMAL})\s*%\s*)?(?:(?:{data['isotonic_words']}|sterile)\s+)?(?P<vehicle>{'|'.join(data['vehicles'])})(?!\w)",
            re.I,
        ),
        # ... or right before it ('saline 0.9%', 'normal saline (20 mL)'), not a stronger one ('hypertonic saline 5 mL')
        "vehicle_before": re.compile(rf"(?<![\w-])(?<!hypertonic\s)(?:{'|'.join(data['vehicles'])})\s*(?:[(,]\s*)?$", re.I),
        # the words that put a drug in a fluid, right before its volume: 'X 10 mg in 100 mL', 'with 10 mL'
        "put_in": re.compile(r"(?<![\w-])(?:in|into)\s+(?:a\s+)?(?:total\s+)?(?:volume\s+of\s+)?(?:[(,]\s*)?$", re.I),
        # a fluid named right before its volume: 'Ringer's lactate 500 mL', 'normal saline (20 mL)'
        "fluid_before": re.compile(rf"(?<![\w-])(?P<vehicle>{'|'.join(data['vehicles'])})\s*(?:[(,]\s*)?$", re.I),
        "isotonic_before": re.compile(rf"(?<![\w-])(?:{data['isotonic_words']})\s*(?:[(,]\s*)?$", re.I),
        "diluted_to": re.compile(
            rf"(?<![\w-])(?:{data['dilution_words']})(?:[^.;]|\.(?=\d)){{0,60}}\b(?:to|in|into|with)\s+(?:a\s+)?(?:total\s+)?(?:volume\s+of\s+)?$", re.I
        ),
        "count": re.compile(
            rf"(?<![\d.,])(?<!=)(?<!=\s)\b(?P<n>\d{{1,3}}(?!\d)|{number_word_pattern()}|single|once|twice)\s+(?:[\w-]+\s+){{0,2}}?(?:{data['administration_nouns']})\b(?!-)(?!\s+(?:levels?|escalation|finding|regimens?)\b)(?P<group>\s+(?:groups?|arms?|cohorts?)\b)?",
            re.I,
        ),
        # 'on days 1, 8 and 15', 'at months 0, 1 and 6', 'at 0, 1 and 6 months'
        "schedule": re.compile(
            r"\b(?:(?:on|at)\s+)?(?:days?|weeks?|months?)\s+(?P<list>\d+(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:days?\s+|months?\s+)?\d+)+)"
            r"|\bat\s+(?P<after>\d{1,2}(?:\s*(?:,|and|&)\s*(?:and\s+)?\d{1,2})+)\s+(?:days|weeks|months)\b",
            re.I,
        ),
        # 'on days 1-14', 'days 1 to 5 of each cycle': a run of days, in the dose's own clause (how many doses
        # it makes depends on the frequency, so it counts none)
        "concomitant": re.compile(rf"(?<![\w-])(?:{data['concomitant_words']})(?![\w-])", re.I),
        "assessed_at": re.compile(rf"(?<![\w-])(?:{data['assessment_words']})\b[^,;()]{{0,30}}$", re.I),
        "day_range": re.compile(
            r"\b(?:on\s+days?\s+(?P<on>\d{1,3}\s*(?:-|to|through)\s*\d{1,3})\b|days?\s+(?P<of>\d{1,3}\s*(?:-|to|through)\s*\d{1,3})(?=\s+(?:of|every|each|in)\b))",
            re.I,
        ),
    }


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _exponent(match: re.Match[str]) -> int:
    """The power of ten an amount is written with: '× 10^6', a bare '10^9' or '10⁶', '5 billion'."""
    if match.group("bare"):
        exponent = int(match.group("bexp") or match.group("bexp2") or match.group("bsup").translate(_SUPERSCRIPTS))
    else:
        exponent = power_of_ten(match.group("pow")) if match.group("pow") else 0
    scale = (match.group("scale") or "").strip().lower()
    return exponent + {"billion": 9, "million": 6}.get(scale, 0)


def _mantissa(match: re.Match[str]) -> str:
    """The number an amount's power of ten multiplies: '1' for a bare '10^9'."""
    if match.group("words"):
        return str(parse_number_words(match.group("words")) or 0)
    return "1" if match.group("bare") else match.group("amount")


def _unit_of(match: re.Match[str]) -> str:
    p = _patterns()
    if match.group("cells"):
        return "cells/kg" if match.group("perkg") or match.group("kgfirst") else "cells"
    for i, unit in enumerate(p["units"]):
        if match.group(f"u{i}"):
            return unit
    raise AssertionError("a unit group matched")


def _scaled(text: str | None, exponent: int) -> float | None:
    """The number times ten to ``exponent``, read through its decimal string: 1.1 × 10^6 is 1100000.0,
    where 1.1 * 10.0 ** 6 would give 1100000.0000000002, a digit nobody wrote."""
    return None if text is None else float(f"{_digits(text)}e{exponent}")


def _digits(text: str) -> str:
    """A number as written without its thousands commas and pasted spaces: '1,500' -> '1500', '0. 005' -> '0.005'."""
    return text.replace(",", "").replace(" ", "")


Found = tuple[str, tuple[int, int]]
"""A normalised value and the span of the words it was read from (offsets into the text)."""
T = TypeVar("T")  # what a sentence says of one of its doses: a listed-day schedule, a route


def _first(patterns: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    found = _first_at(patterns, text)
    return found[0] if found else None


def _first_at(
    patterns: list[tuple[re.Pattern[str], str]], text: str, offset: int = 0, skip: frozenset[int] = frozenset()
) -> Found | None:
    """The leftmost pattern's value and where it matched: ``text`` starts at ``offset`` of the document.
    A match starting at a document offset in ``skip`` (a Roman numeral 'IV', not a route) does not count."""
    best = None
    for pattern, value in patterns:
        match = next((m for m in pattern.finditer(text) if offset + m.start() not in skip), None) if skip else pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match.end(), value)
    return (best[2], (offset + best[0], offset + best[1])) if best else None


def _all_at(
    patterns: list[tuple[re.Pattern[str], str]], text: str, offset: int = 0, skip: frozenset[int] = frozenset()
) -> tuple[Found, ...]:
    """Every pattern's value where it matched, leftmost-longest ('twice-daily' is not also 'daily')."""
    mentions = sorted(
        (m.start(), -m.end(), value) for pattern, value in patterns for m in pattern.finditer(text) if offset + m.start() not in skip
    )
    found, taken = [], -1
    for start, minus_end, value in mentions:
        if start >= taken:
            taken = -minus_end
            found.append((value, (offset + start, offset + taken)))
    return tuple(found)


_DIVIDED = re.compile(
    r"(?i)(?<=[\w)])(?![A-Za-z])\s*,?\s*(?:[A-Za-z]+\s+){0,3}?(?:(?:divided|split)\s+(?:into\s+)?|in\s+(?=\S+\s+(?:equally\s+)?divided\s+doses))"
    r"(?:(?P<n>two|three|four|2|3|4)\s+(?:equally\s+)?(?:divided\s+|equal\s+|daily\s+)?doses\b)?"
)
_DIVISIONS = {"two": "twice daily", "2": "twice daily", "three": "three times daily", "3": "three times daily", "four": "four times daily", "4": "four times daily"}


def _divided(text: str, start: int, end: int) -> Found | None:
    """The frequency of a daily total divided right after it: 'divided every 8 hours', 'divided twice daily',
    'in two divided doses' (None: not divided)."""
    match = _DIVIDED.match(text, start, end)
    if not match or match.end() == start:
        return None
    if match.group("n"):
        return _DIVISIONS[match.group("n").lower()], match.span("n")
    return _first_at(_patterns()["frequencies"], text[match.end() : min(end, match.end() + 30)], match.end())


def _count(text: str) -> tuple[int, tuple[int, int]] | None:
    """The number of administrations a text states ('three injections', 'twice') and its words' span."""
    p = _patterns()
    # Not an amount: in 'a 10 mg dose' the number is how much, not how many times.
    # nor a daily total's division: 'in two divided doses' is a frequency
    match = next(
        (
            m
            for m in p["count"].finditer(text)
            if not p["dose"].match(text, m.start())
            and "divided" not in text[max(0, m.start() - 20) : m.end()].lower()
            # 'two treatment groups', 'three dose cohorts' count arms; 'the single dose group' is given one
            and (not m.group("group") or m.group("n").lower() in ("single", "once"))
        ),
        None,
    )
    if not match:
        return None
    word = match.group("n").lower()
    value = int(word) if word.isdigit() else {"single": 1, "once": 1, "twice": 2}.get(word) or parse_number_words(word)
    span = (match.start(), match.start("group")) if match.group("group") else match.span()
    return (value, span) if value else None  # '0 doses' says nothing: the schedule may count them


def _is_vehicle(text: str, match: re.Match[str]) -> bool:
    """Whether an amount is the strength or the volume of a diluent, not a dose of a drug: '0.9% saline',
    'isotonic 0.9% solution', 'saline 0.9%', '5% dextrose', '10 mL normal saline', 'diluted in 100 mL'.
    A strength a vehicle is not given at ('3% hypertonic saline', '50% dextrose') is a treatment's dose;
    so is a volume per kilogram ('20 mL/kg normal saline', a fluid bolus)."""
    p = _patterns()
    unit = _unit_of(match)
    if unit not in ("%", *p["volume_units"]) or match.group("high") or match.group("pow") or match.group("bare"):
        return False
    before = text[max(0, match.start() - 80) : match.start()]
    after = p["vehicle_after"].match(text, match.end(), min(len(text), match.end() + 60))
    if unit == "%":
        amount = float(_digits(match.group("amount")))
        if after and not after.group("strength"):
            return _strength_of_vehicle(after.group("vehicle"), amount)
        vehicle = p["vehicle_before"].search(before)
        if vehicle:
            return _strength_of_vehicle(vehicle.group().rstrip(" (,"), amount)
        # 'isotonic 0.9% solution': the adjective says it is a diluent whatever is named
        return bool(p["isotonic_before"].search(before))
    # A volume is a diluent's only when a drug is put in it ('X 10 mg in 100 mL 0.9% saline', 'diluted in
    # 100 mL', 'made up to 20 mL with saline'); a fluid given as an arm ('a preload of 1000 mL Ringer's
    # lactate', '7% saline 4 mL', '2 L of normal saline') or a saline placebo's volume is a dose.
    if p["diluted_to"].search(before):
        return True
    return bool((after or p["vehicle_before"].search(before)) and p["put_in"].search(before))


# a count of patients allocated: 'Seventeen patients were randomized to', '40 were assigned to'
_ALLOCATED_TO = re.compile(
    rf"(?i)\b(?:\d{{1,4}}|{number_word_pattern()})\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to\b"
)


def _count_to(text: str, match: re.Match[str]) -> bool:
    """Whether 'N to M mg' is a count of patients and their dose after an allocation ('Seventeen patients were
    randomized to 50 mg X, and 16 to 100 mg Y'): a whole number right after ', and' / 'and', the sentence
    allocating a count of patients before it (not 'Patients were randomized to X, and 500 to 1000 mg ...')."""
    amount = match.group("amount") or ""
    if not amount.isdigit() or not re.fullmatch(r"\s*to\s*", text[match.end("amount") : match.start("high")]):
        return False
    before = text[max(0, match.start() - 200) : match.start()]
    before = re.split(r"[.;]\s", before)[-1]
    return bool(re.search(r"(?:,|\band)\s*$", before) and _ALLOCATED_TO.search(before))


def _strength_of_vehicle(name: str, amount: float) -> bool:
    """Whether ``amount`` (%) is a strength the vehicle ``name`` is used at as a diluent (saline 0.9%, dextrose 5%)."""
    for pattern, strengths in _patterns()["vehicles"]:
        if pattern.fullmatch(name.strip()):
            return amount in strengths
    return False


def _roman_numerals(text: str) -> frozenset[int]:
    """Where 'IV' is a Roman numeral, not the intravenous route: after a noun that numbers things ('stage IV',
    'Arm IV', 'level IV'), after a word the text numbers elsewhere with another numeral or a letter ('Group
    III ... Group IV', 'Part A ... Part IV'), joined by a hyphen to its word ('DSM-IV'), or in a series of
    numerals ('stage III-IV', 'IIIb or IV', 'IV/V'). 'meloxicam IV 30 mg', 'given IV' stay routes."""
    p = _patterns()
    found: set[int] = set()
    numbered: set[str] | None = None  # the words the text numbers, read once and only when it has an 'IV'
    for iv in p["iv"].finditer(text):
        start = iv.start()
        before = text[max(0, start - 100) : start]
        if (
            p["series_before"].search(before)
            or p["series_after"].match(text, iv.end())
        ):
            found.add(start)
            continue
        word = p["word_before_iv"].search(before)
        if not word:
            continue
        name = word.group("word")
        if word.group("joint") == "-" or p["numbered_noun"].fullmatch(name):
            found.add(start)
            continue
        if numbered is None:
            numbered = {m.group("word").lower().removesuffix("s") for m in p["numbered_word"].finditer(text)}
        if _label_word(name) and name.lower().removesuffix("s") in numbered:
            found.add(start)
    return frozenset(found)


def _label_word(word: str) -> bool:
    """Whether a word can be a label the text numbers ('Cohort', 'ASA'): not a short lower-case word (a
    unit, 'to'), a function word ('and IV' after 'III') nor a verb form ('received IV ketorolac' where
    'patients who received A or B' numbers nothing)."""
    lower = word.lower()
    return (len(word) >= 3 or word.isupper()) and lower not in _NOT_NUMBERED and not lower.endswith(("ed", "ing"))


_NOT_NUMBERED = frozenset("and or to the an as by via of in on at with for from was were is are than plus versus vs given".split())


_SHORT_FORM = re.compile(r"(?<=[A-Za-z])\s*\(\s*(?P<short>[A-Z][A-Za-z0-9-]{1,9})\s*\)\s*$")
_CELLS_OF = re.compile(r"(?<!\s)\s*of\s+(?P<cells>(?:[\w+-]{1,30}\s+){1,4}?cells)\b", re.I)


def _intervention(ctx: ExtractionContext, match: re.Match[str], sent: tuple[int, int]) -> tuple[int, int] | None:
    text = ctx.text
    if match.group("cells") and not re.fullmatch(r"(?i)cells", match.group("cells")):
        # '100 × 10^6 UC-MSCs', '5 × 10^6 CD34+ cells/kg', '10^8 mononuclear cells': the product names itself
        return match.span("cells")
    lo = max(sent[0], match.start() - _WINDOW)
    before = text[lo : match.start()]
    if _unit_of(match) in ("cells", "cells/kg"):
        # '2 × 10^6 cells/kg of autologous CD34+ cells': the cells named after the amount, whole
        of = _CELLS_OF.match(text, match.end(), min(sent[1], match.end() + 120))
        if of:
            return of.span("cells")
    if _unit_of(match) in _patterns()["volume_units"]:
        # a fluid given as an arm is named whole: '1000 mL Ringer's lactate', 'Ringer's lactate 500 mL'
        fluid = _patterns()["vehicle_after"].match(text, match.end(), min(sent[1], match.end() + 60))
        if fluid:
            return fluid.span("vehicle")
        fluid = _patterns()["fluid_before"].search(text, max(sent[0], match.start() - 40), match.start())
        if fluid:
            return fluid.span("vehicle")
        # '4% articaine with 1:100,000 epinephrine (1.8 mL)': the volume is the anaesthetic solution's, not its additive's
        solution = _WITH_ADDITIVE.search(text, max(sent[0], match.start() - 80), match.start())
        if solution and not _not_a_name(solution.group("drug")):
            return solution.span("drug")
        # 'one 1.8 mL cartridge of 4% articaine', '2 mL vial of X': the drug in the container
        container = _CONTAINER_OF.match(text, match.end(), min(sent[1], match.end() + 60))
        if container and not _not_a_name(container.group("drug")):
            return container.span("drug")
    drug = _drug_next_to(text, match)
    if drug:
        return drug
    paren = before.rfind("(")
    if paren != -1 and ")" not in before[paren:] and _REGIMEN_BEFORE.search(before, 0, paren) and (
        (listed := _LISTED_DRUG.search(before, paren)) and not _not_a_name(listed.group(1)) and listed.group(1).lower() not in _patterns()["not_drugs"]
    ):
        return lo + listed.start(1), lo + listed.end(1)  # 'FLOT (docetaxel 50 mg/m2, oxaliplatin 85 mg/m2, ...)': each its own drug
    if paren != -1 and ")" not in before[paren:]:
        # 'metformin monotherapy (≥1500 mg/day)', 'ANP infusion (10 ng/kg/min)': the drug, not the regimen
        # or administration word after it
        name = re.search(
            r"([A-Za-z][\w/+-]*)(?P<strip>\s+(?i:mono)?therapy|\s+regimen|\s+treatment|\s+(?P<given>(?i:infusion|injection|bolus)))?\s*$",
            before[:paren],
        )
        if name and name.group("given") and _not_a_name(name.group(1)):
            # 'a continuous infusion (0.5 mg/kg/h) of ketamine': the drug after the bracket; 'an infusion
            # (1 g/h)': the administration word, as before
            of = re.match(r"[^()]{0,40}\)\s*of\s+(?P<drug>[A-Za-z][\w-]*[A-Za-z0-9])", text[match.end() : min(sent[1], match.end() + 60)])
            if of and not _not_a_name(of.group("drug")):
                return match.end() + of.start("drug"), match.end() + of.end("drug")
            return lo + name.start("given"), lo + name.end("given")
        if name and (
            _not_a_name(name.group(1))
            or (name.group("strip") and any(r.fullmatch(name.group(1)) for r, _ in _patterns()["routes"]))
        ):
            # 'or monotherapy (docetaxel 100 mg/m2)': no drug before the parenthesis, looked for elsewhere;
            # 'an intravenous bolus (1.5 mg/kg)': the administration word, as before
            name = re.search(r"([A-Za-z][\w/+-]*)\s*$", before[:paren]) if name.group("given") else None
        if name and not _patterns()["not_drug_before_paren"].fullmatch(name.group(1)):
            if name.group(1).lower() == "cells":
                # 'bone marrow mononuclear cells (4 x 10(7) cells)': the cells are named by the words before
                words = re.search(r"(?:[A-Za-z][\w+-]*\s+){0,4}$", before[: name.start(1)])
                first = words.start() + next((w.start() for w in re.finditer(r"[A-Za-z][\w+-]*", words.group()) if not _not_a_name(w.group())), len(words.group()))
                return lo + first, lo + name.end(1)
            return lo + name.start(1), lo + name.end(1)
    # '600 mg/kg BW of Immuforte': the body weight the amount is per, then the drug
    after = re.match(r"\s*\)?\s*(?:\(\s*[nN]\s*=\s*\d+\s*\)\s*)?(?:(?:/|per\s)\s*(?:day|d)\s+)?(?:(?i:oral|intravenous|subcutaneous|intramuscular|intravitreal|inhaled|nebuli[sz]ed|intranasal|sublingual|intrathecal|epidural)\s+(?=(?i:dos|infus|inject|bolus)))?(?:(?i:dos(?:es?|ages?))\s+|(?i:infusions?|injections?|bolus(?:es)?)\s+(?=of\s))?(?:(?:BW|b\.w\.|(?i:body\s+weight))\s+)?(?:of\s+(?:the\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?(?:(?i:hyperbaric|isobaric|plain|preservative-free)\s+)?)?(?:(?i:normal|isotonic|physiological)\s+)?(?:(?i:oral|intravenous|subcutaneous|intramuscular|inhaled|nebuli[sz]ed|topical|intranasal|sublingual|buccal|vaginal|rectal|intrathecal|epidural)\s+(?=[A-Za-z][\w/+-]*[A-Za-z0-9]))?(?P<name>[A-Za-z][\w/+-]*[A-Za-z0-9])", text[match.end() : min(sent[1], match.end() + _WINDOW)])
    if (
        after
        and not re.match(r"(?i)(?:per|daily|once|twice|every|for|and|or|of|in|at|on|was|were|is|are|did|does|do|had|has|have|can|could|may|might|will|would|should|the|a|each|weekly|three|four|dos(?:es?|ages?)|[a-z]+ly)\b", after.group("name"))
        and not _is_schedule_word(after.group("name"))  # '500 mg q12h', '10 mg bid': the schedule, not a drug
        # '4 mg before delivery', '25 mg/m2 intravenously': a time or a route, not a drug
        and not re.fullmatch(r"(?i)before|after|during|prior|until|within|with|via|by|as|to|from|into|then|dilut\w*|dissolv\w*|mixed|study|assigned|allocated|trial|investigational", after.group("name"))
        and not any(pattern.fullmatch(after.group("name")) for pattern, _ in _patterns()["routes"])
        and not _not_a_name(after.group("name"))  # 'IVIG 2 g/kg over 2 days'
    ):
        start, end = match.end() + after.start("name"), match.end() + after.end("name")
        # '0.5 mL of the recombinant zoster vaccine': a vaccine named by the words before the word 'vaccine'
        vaccine = _VACCINE_HEAD.match(text, end, min(sent[1], end + 40))
        return start, vaccine.end() if vaccine else end
    # a word with a lower-case letter, or an acronym of four letters or more ('IVIG 2 g/kg')
    # ('Olaparib tablets 300 mg', 'Amikacin liposome inhalation suspension 590 mg': the drug before its form)
    # 'tranexamic acid (TXA) 1 g', 'icosapent ethyl (IPE) 4 g': the drug before its short form in brackets, named
    # by the whole long form the text defines
    short = _SHORT_FORM.search(before)
    if short:
        long = ctx.abbreviations.get(short.group("short"), "")
        if long and before[: short.start()].lower().endswith(long.lower()):
            return lo + short.start() - len(long), lo + short.start()
        before = before[: short.start()]
    name = re.search(rf"\b([A-Za-z][\w/+-]*[a-z][\w/+-]*|[A-Z]{{4,}})(?:\s+(?i:{_FORM_WORDS}))*(?:(?<=[a-z])\s+(?:delivering|releasing|containing))?\s*$", before)
    if not name or name.group(1).lower() in ("at", "of"):
        # 'phenylephrine at 50 µg/min', 'propofol at a rate of 4 mg/kg/h': a drug-name stem, then 'at'
        name = _AT_DOSE.search(before)
        if name and (name.group(1).lower() in _patterns()["not_drugs"] or not _patterns()["drug_word"].match(name.group(1).lower())):
            name = None
        # 'a dexmedetomidine loading dose of 1 µg/kg', 'a ketamine bolus of 0.5 mg/kg': the drug names the dose
        named = _DOSE_OF.search(before) if name is None else None
        if named and _drug_like(named.group(1)):
            return lo + named.start(1), lo + named.end(1)
    if name and name.group(1).lower() not in {"of", "with", "to", "and", "or", "received", "receive", "given", "administered", "either", "the", "a", "at", "dose", "doses", "single",
        "by", "this", "that", "than", "versus", "vs", "plus", "from", "for", "in", "on", "as",
        "one", "two", "three", "four", "five", "six", "was", "were", "is", "are", "then", "took", "take", "takes", "taking", "solution", "solutions"} and not _not_a_name(name.group(1)):
        return lo + name.start(1), lo + name.end(1)
    return None


# a regimen's acronym before a bracket listing its drugs ('FLOT (', 'R-CHOP (', 'FOLFOX6 ('), and a drug named
# right before an amount inside it
_REGIMEN_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9-]{2,12}\s*$")
_LISTED_DRUG = re.compile(r"(?:\(|,|\band|\bplus)\s*([a-z][a-z-]{4,40})\s+$", re.I)
_ADDITIVE = r"(?:epinephrine|adrenaline)(?:\s+1\s*:\s*\d[\d,]{2,8})?"
_WITH_ADDITIVE = re.compile(
    rf"(?i)(?<![\w-])(?P<drug>[a-z][a-z-]{{3,40}})\s+(?:\d+(?:\.\d+)?\s*%\s+)?with\s+(?:1\s*:\s*\d[\d,]{{2,8}}\s+)?{_ADDITIVE}\s*[(,]?\s*$"
)
_CONTAINER_OF = re.compile(
    r"(?i)(?<!\s)\s*(?:cartridges?|carpules?|vials?|ampoules?|ampules?|syringes?)\s+(?:of\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?(?P<drug>[a-z][a-z-]{2,40}[a-z])"
)
_VACCINE_HEAD = re.compile(r"(?<![\s-])(?:\s+[A-Za-z][\w-]{0,30}){0,2}?\s+vaccines?\b", re.I)
_DOSE_OF = re.compile(
    r"(?<![\w-])(?!(?i:flat|test|usual|recommended|planned|target|mean|median)\s)([A-Za-z][\w-]{2,40})\s+(?:(?:loading|maintenance|starting|initial|single|daily|fixed|flat|test)\s+)?(?:dose|bolus|infusion|injection)\s+of\s+$"
)
_AT_DOSE = re.compile(r"\b([A-Za-z][a-z-]{3,40})\s+at\s+(?:(?:a|an)\s+(?:(?:daily|initial|starting|fixed|constant)\s+)?(?:dose|rate)\s+of\s+)?$")
_FORM_WORDS = r"(?-i:MR|XR|SR|ER|CR|XL|DR)|supplementation|supplements?|tablets?|capsules?|liposomes?|liposomal|inhalation|suspension|solution|injection|infusion|bolus|sachets?|syrup|gel|cream|spray|patch(?:es)?|extended-release|sustained-release|film-coated"


# only words of a preparation after a compound name, up to a name read as the drug ('vitamin D3 supplementation')
_FORM_AFTER = re.compile(rf"(?<!\s)(?:\s+(?i:{_FORM_WORDS}))+")


def _not_a_name(word: str) -> bool:
    """Whether a word cannot name a drug: a function word, an adverb, a verb form, or a word of how or when
    a dose is given ('continuous', 'loading', 'then', 'over', 'tablets'; data 'not_drug_words')."""
    lower = word.lower()
    return (
        lower in _FUNCTION_WORDS
        or bool(_UNIT_WORD.fullmatch(word))  # '325 mg (65 mg elemental iron)': a unit names no drug
        or bool(_patterns()["not_drug_word"].fullmatch(lower))
        or _is_schedule_word(word)
        or any(pattern.fullmatch(word) for pattern, _ in _patterns()["routes"])
    )


_UNIT_WORD = re.compile(r"(?i)(?:[mµμn]?g|mcg|kg|m?l|i?u|units?|mmol|meq)(?:/(?:kg|m2|day|d|h|min))*")


def _is_schedule_word(word: str) -> bool:
    """Whether a word is a frequency or an interval ('q12h', 'b.i.d', 'Q3W', 'qd'), which names no drug."""
    p = _patterns()
    return bool(p["interval"].fullmatch(word) or any(pattern.fullmatch(word) for pattern, _ in p["frequencies"]))


@register("doses")
def find_doses(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items: list[Item] = []
    matches = list(p["dose"].finditer(text))
    sources: list[str | None] = []  # per item: where its frequency was read ('unit', 'after', 'before')
    numerals = _roman_numerals(text)  # 'stage IV', 'Arm IV': where 'IV' is no route
    scans = _SentenceScans(ctx, [m.start() for m in matches], numerals)
    scopes: list[_Scope] = []  # per item: its sentence's schedules, the one in its own clause, its listing dose
    # Concentrations that the text gives as a drug's strength somewhere ('latanoprost 50 microg/ml'):
    # their other mentions are doses too. Not percentages, which are as often results.
    strengths = {
        (unit, float(_digits(m.group("amount"))))
        for m in matches
        if (unit := _unit_of(m)) in ("mg/mL", "µg/mL") and not m.group("pow") and not m.group("bare") and _is_strength(text, m)
    }
    for match in matches:
        if ctx.section_of(match.start()) in _EXCLUDED_SECTIONS:
            continue
        floor = p["floor"].search(text[max(0, match.start() - 30) : match.start()])
        if not floor and re.search(r"[<>≤≥]\s*$|[<>]=?\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # a threshold, not an amount
        if p["concentration"].match(text[match.end() : match.end() + 12]):
            continue
        if _unit_of(match) in p["volume_units"] and (
            p["volume_rate"].match(text, match.end()) or p["vehicle"].search(text, max(0, match.start() - 16), match.start())
        ):
            continue  # 'clearance 4 to 10 ml/min' is a flow; '1.25 mg in 0.05 ml' is the volume the dose is given in
        if _is_vehicle(text, match):
            continue  # '0.9% saline', '10 mL normal saline', 'diluted in 100 mL': what the drug is given in, not a dose
        if not floor and p["threshold"].search(text[max(0, match.start() - 30) : match.start()]):
            continue  # 'up to a maximum of 2000 mg', '< 4 mg': a cap, not a dose given
        sent = ctx.sentence_at(match.start())
        if sent[1] < match.end():  # 'latanoprost, 0. | 005% once daily': a false split inside the amount
            sent = (sent[0], ctx.sentence_at(match.end() - 1)[1])
        if scans.measured(sent, match.start()):
            continue  # 'Mean daily detemir dose was higher (0.78 U/kg ...)': a measured result
        exponent = _exponent(match)
        values: dict = {
            "amount": _scaled(_mantissa(match), exponent),
            "amount_sd": _scaled(match.group("sd"), exponent),
            "amount_low": None,
            "amount_high": None,
            "unit": _unit_of(match),
        }
        if values["unit"] in ("cells", "cells/kg", "copies") and re.search(r"[A-Za-z]-$", text[max(0, match.start() - 2) : match.start()]):
            continue  # 'Ki-67 positive cells', 'CD-34 cells': a marker's number, not an amount
        if match.group("kgfirst") and not exponent:
            continue  # '2 × 10^6/kg CD34+ cells' is a cell dose; a plain '20/kg cells' is a count of something
        if values["unit"] == "copies" and not exponent:
            continue  # 'two copies of the allele': a count, not a dose; '1.5 × 10^8 copies' is one
        if values["unit"] in p["titer_units"] and not exponent and re.fullmatch(r"10(?:[1-9]|1[0-5])", match.group("amount") or ""):
            # '108 CFU', '106 TCID50': a titer's superscript flattened by cleaning ('10⁸'); nobody gives 108 CFU
            values["amount"] = _scaled("1", int(match.group("amount")[2:]))
        start = match.start()
        if match.group("high") and _count_to(text, match):
            # 'randomized to 50 mg vildagliptin twice daily, and 16 to 100 mg sitagliptin': 16 patients, 100 mg
            values["amount"], start = _scaled(match.group("high"), exponent), match.start("high")
        elif match.group("high"):
            low, high = values["amount"], _scaled(match.group("high"), exponent)
            values.update(amount=None, amount_low=low, amount_high=high)
        elif floor:
            # 'metformin (≥1500 mg/day)', 'at least 1500 mg daily': a background dose with a floor,
            # an open range with no upper end.
            values.update(amount=None, amount_sd=None, amount_low=values["amount"])
        if any(isinstance(v, float) and not math.isfinite(v) for v in values.values()):
            continue  # hundreds of digits overflow to inf: not an amount, and JSON has no Infinity
        if values["unit"] in ("%", "mg/mL", "µg/mL") and not _is_strength(text, match):
            if (values["unit"], values["amount"]) not in strengths:
                continue  # 'the 50 microg/ml dose' counts only once the text gave it as a drug's strength
        if re.search(r"(?:^|[^\w+/])[-+]\s*$|\bvs\.?\s*$", text[max(0, match.start() - 6) : match.start()]):
            continue  # a change (-3.7 units/day) or a compared result, not a dose given
        spans: dict[str, tuple[int, int]] = {}
        rate = _rate_span(match)
        divided = _divided(text, match.end(), sent[1]) if values["unit"].endswith("/day") or rate else None
        if divided:
            # '80 mg/kg/day divided every 8 hours', '90 mg/kg/day in two divided doses': the amount is the daily
            # total (the unit says so) and the division is the frequency
            values["unit"] = values["unit"].removesuffix("/day") + "/day"
            values["frequency"], spans["frequency"] = divided
        elif values["unit"].endswith("/day") or rate:
            # 'mg/day', 'mg/kg/day' are amounts given once daily: keep the unit of one administration,
            # move the rate to frequency.
            values["unit"] = values["unit"].removesuffix("/day")
            values["frequency"] = "once daily"
            spans["frequency"] = rate or _unit_span(match)
        intervention = _whole_name(text, _with_salt(text, _intervention(ctx, match, sent)), match, sent)
        if _unit_of(match) in p["radiation_units"]:
            # '60 Gy in 30 fractions', '50 Gy axillary nodal irradiation': the radiotherapy it is a dose of
            intervention = _radiation(text, match, sent) or intervention
        combination = _combination(text, match, sent) if not match.group("bare") and not match.group("high") and not match.group("words") else None
        if combination:
            intervention = combination[-1][1] or intervention  # 'budesonide/formoterol 160/4.5 µg': 4.5 µg is formoterol's
        if _measured(text, match, sent, intervention):
            continue  # 'Mean blood loss was 350 mL', 'the cumulative dose of morphine was 12.4 mg': a measured result
        if floor and not (
            values["unit"] in p["floor_units"]
            and intervention
            and (
                values.get("frequency")  # '(≥1500 mg/day)'
                or re.match(r"\s*(?:daily|/\s*d\b|per\s+day|a\s+day)", text[match.end() : match.end() + 12], re.I)
                or p["drug_word"].match(text[intervention[0] : intervention[1]].lower())
            )
        ):
            continue  # '≥200 ml increase', '≥0.5 units on a scale': a threshold, not a drug's daily dose floor
        if intervention:
            spans["intervention"] = intervention
            values["intervention"] = text[intervention[0] : intervention[1]]
        facts = scans.facts(sent)
        clause = _own_clause(text, match.end(), sent[1], restated=True)
        window_start = max(sent[0], match.start() - _WINDOW)
        window = text[window_start : match.start()]
        paren = window_start + window.rfind("(") if window.rfind("(") > window.rfind(")") else None
        if paren is not None:
            clause = clause.split(")")[0]  # 'X (… 800 mg) with daily Y': the parenthesis closes the dose's clause
        drug_start = intervention[0] if intervention and intervention[0] < match.start() else match.start()
        # The dose's own words ('oral sitagliptin 50 mg', '5 mg orally'); a route elsewhere in the sentence
        # is placed once all its doses are known (_place_routes).
        # 'oxaliplatin 85 mg/m2 and IV leucovorin 400 mg/m2': a route leading the next drug is that drug's
        leading = _LEADING_ROUTE.search(clause)
        route = (
            _word_before(text, drug_start, p["routes"], sent[0], numerals)
            or _first_at(p["routes"], clause[: leading.start()] if leading else clause, match.end(), numerals)
            or (_word_before(text, paren, p["routes"], sent[0], numerals) if paren is not None else None)  # 'given s.c. every 4 weeks (60 mg)'
        )
        _set(values, spans, "route", route)
        source = "unit" if values.get("frequency") else None
        for where, found in (
            ("after", lambda: _first_at(p["frequencies"], clause, match.end())),
            ("before", lambda: _frequency_before(text, drug_start)),
            ("before", lambda: _frequency_before(text, match.start())),  # 'given twice daily: 200 mg, 400 mg'
            # 'administered every 4 weeks (30, 120 or 180 mg)': the parenthesis gives the amounts of the schedule before it
            ("before", lambda: _frequency_before(text, paren) if paren is not None else None),
        ):
            if source is None and (value := found()):
                _set(values, spans, "frequency", value)
                source = where
        values.setdefault("frequency", None)
        if source == "after" and "cycle" in text[spans["frequency"][0] : spans["frequency"][1]].lower():
            # 'Weekly paclitaxel (80 mg/m2 on days 1, 8 and 15 of a 28-day cycle)': the frequency leading the drug is
            # how often it is given; the cycle is how long a course lasts
            lead = _frequency_before(text, drug_start, sent[0])
            if lead:
                _set(values, spans, "frequency", lead)
                source = "before"
        if values["unit"] in p["radiation_units"] and source != "after":
            # '... weekly was given with 70 Gy in 35 fractions': radiation takes no frequency but its own clause's
            _set(values, spans, "frequency", None)
            source = None
        sources.append(source)
        arm = _arm(text, match, sent)
        if arm:
            spans["arm"] = arm
            values["arm"] = text[arm[0] : arm[1]]
        # Listed days are the dose's own when they stand in its clause ('cyclophosphamide 750 mg/m2 on days 1
        # and 8'), not every dose's of the sentence (a premedication or rescue dose beside it).
        own = next((s for s in facts.schedules if match.end() <= s.span[0] < match.end() + len(clause)), None)
        if own:
            _set(values, spans, "schedule", (own.text, own.span))
        elif days := p["day_range"].search(clause):  # a run of days is the dose's own: only in its clause
            spans["schedule"] = (match.end() + days.start(), match.end() + days.end())
            values["schedule"] = days.group()
        _set(values, spans, "n_administrations", facts.n_administrations)
        items.append(Item("doses", start, match.end(), "dose.amount", values, spans))
        scopes.append(_Scope(sent, facts.schedules, own, None, facts.routes, route))
        owner = len(items) - 1
        for (start, end), drug in (combination or [])[:-1]:
            # each strength of a fixed combination is a dose of its own component ('160/4.5 µg': 160 µg budesonide)
            component = {**values, "amount": _scaled(text[start:end], exponent), "amount_sd": None}
            component_spans = dict(spans)
            if drug:
                component["intervention"], component_spans["intervention"] = text[drug[0] : drug[1]], drug
            items.append(Item("doses", start, end, "dose.combination", component, component_spans))
            sources.append(sources[-1])
            scopes.append(_Scope(sent, facts.schedules, own, owner, facts.routes, route))
        if combination:
            continue
        if values["amount"] is not None and not match.group("sd") and not match.group("bare") and not match.group("words"):
            for start, end, amount in _listed_amounts(text, sent[0], match.start()):
                # 'pioglitazone (30 or 45 mg/d)': the amounts listed before share the unit
                items.append(Item("doses", start, end, "dose.listed_amount", {**values, "amount": float(f"{amount * 10.0**exponent:.12g}")}, dict(spans)))
                sources.append(sources[-1])
                scopes.append(_Scope(sent, facts.schedules, own, owner, facts.routes, route))
    _share_drug_in_lists(text, items)
    openers = _share_drug_in_sequences(text, items)
    _place_counts(text, items, scopes)
    _place_schedules(text, items, scopes)
    _place_routes(text, items, scopes)
    _share_gapped_routes(text, items)
    _share_in_coordinations(text, items, sources)
    _inherit_frequencies(ctx, items, openers)
    _inherit_routes(items)
    _document_wide(ctx, items, numerals, openers)
    _eye_drop_strengths(ctx, items)
    _route_of_infusions(ctx, items, numerals)
    items.extend(_share_with_targets(text, _auc_doses(ctx), items))
    items.extend(_levels(ctx, numerals))
    return sorted(items, key=lambda i: i.start)


@dataclass(frozen=True)
class _Scope:
    """Where a dose item stands: its sentence, the sentence's listed-day schedules, the one in the dose's
    own clause, (for an amount listed before another, '30 or 45 mg') the index of the dose it shares, the
    sentence's route words and the one the dose's own words state."""

    sentence: tuple[int, int]
    schedules: tuple[_Schedule, ...]
    own: _Schedule | None
    owner: int | None
    routes: tuple[Found, ...] = ()
    own_route: Found | None = None


# Only a coordinator and a drug name between two amounts, the amounts perhaps in brackets: 'gemcitabine
# 1000 mg/m2 and cisplatin 25 mg/m2', 'gemcitabine (1000 mg/m2) and cisplatin (25 mg/m2)', '... and
# 5-fluorouracil 600 mg/m2' (after a route or frequency of the first: '1000 mg/m2 intravenously and')
# ('8 mg of ondansetron or 1 mg of granisetron': the drug after the first amount, then the coordinator)
_COORDINATED = re.compile(
    r"\s*\)?\s*(?:,\s*)?(?:(?:and|or|plus|\+|&)\s+)?(?:(?:\d{1,3}-)?[A-Za-z][\w-]{0,40}\s*){0,2}(?:(?<=\s)(?:and|or)\s+)?\(?", re.I
)
_GAP = re.compile(r"\s*\)?\s*")


def _place_schedules(text: str, items: list[Item], scopes: list[_Scope]) -> None:
    """Give each listed-day schedule of a sentence to the doses it belongs to. One in a dose's own clause
    is that dose's (set already). One that no clause holds goes to the nearest dose (fewest characters
    between, no semicolon or line break): 'On days 1, 8 and 15, bortezomib 1.3 mg/m2', 'bortezomib
    (1.3 mg/m2) on days 1 and 4'. Doses coordinated with that dose share it ('gemcitabine 1000 mg/m2 and
    cisplatin 25 mg/m2 on days 1 and 8'), and one that opens the doses reaches the others of its clause
    ('On days 2 and 3, X 4 mg twice daily or Y 80 mg once daily'); other doses of the sentence do not (a
    premedication, a rescue dose). The number of administrations, when no word counts them, is the
    number of days listed."""
    chosen: dict[int, _Schedule] = {i: scope.own for i, scope in enumerate(scopes) if scope.owner is None and scope.own}
    for members in _by_sentence(items, scopes):
        _scope_mentions(
            text, items, members, scopes[members[0]].schedules, chosen, lambda s: s.span, lambda i: bool(items[i].values.get("schedule"))
        )
    for i, scope in enumerate(scopes):
        schedule = chosen.get(i if scope.owner is None else scope.owner)
        if schedule is None:
            continue
        values, spans = items[i].values, items[i].spans
        _set(values, spans, "schedule", (schedule.text, schedule.span))
        if not values.get("n_administrations"):
            _set(values, spans, "n_administrations", (schedule.days, schedule.days_span))


# right after a count's words: the drug it counts follows ('a single dose of cefazolin 2 g', 'two injections of X')
_COUNT_OF = re.compile(r"(?<!\s)\s*(?:of|with)\b", re.I)


_COUNT_OF_THESE = re.compile(r"(?<!\s)\s*(?:of|with)\s+(?:each|it|them|both|these|this|the\s+same|the\s+(?:study\s+)?drugs?)\b", re.I)


def _place_counts(text: str, items: list[Item], scopes: list[_Scope]) -> None:
    """Give a sentence's counted administrations ('(maximum 7 doses)', 'a single dose of X') to the dose it
    counts, not to every dose of the sentence: the dose after it when it leads that dose ('a single dose of
    cefazolin 2 g ... or cefadroxil 500 mg') or opens the sentence's doses, else the dose right before it
    ('ceftriaxone 2 g once daily (maximum 7 doses) or ertapenem 1 g'). Doses listed tightly with it ('a single
    dose of A 8 mg and B 4 mg'), the doses of a leading count's clause ('four courses of A 600 mg/m2 in
    combination with B 60 mg/m2'; not past 'followed by') and doses of the same drug (or of no named drug, when the counted one names
    none) keep it: 'two injections of 10 µg or 20 µg of X'."""
    for members in _by_sentence(items, scopes):
        counted = [i for i in members if items[i].values.get("n_administrations") and "n_administrations" in items[i].spans]
        if len(counted) < 2:
            continue
        where = items[counted[0]].spans["n_administrations"]
        if any(items[i].spans["n_administrations"] != where for i in counted):
            continue
        after = [i for i in counted if items[i].start >= where[1]]
        before = [i for i in counted if items[i].end <= where[0]]
        inside = [i for i in counted if where[0] <= items[i].start and items[i].end <= where[1]]
        leads = bool(after) and (not before or _COUNT_OF.match(text, where[1]) is not None)
        if inside:
            owner, leads = inside[0], False  # 'two 300 mg infusions 14 days apart, then a single 600 mg infusion'
            key = None  # the count is of that dose alone, not of the same drug's later steps
        elif leads:
            owner = after[0]
        elif _COUNT_OF.match(text, where[1]) and not _COUNT_OF_THESE.match(text, where[1]):
            # '… for 3 days, followed by a single infusion of CAR T cells': it counts something no dose here names
            for i in counted:
                _set(items[i].values, items[i].spans, "n_administrations", None)
            continue
        elif before:
            owner = before[-1]
        else:
            continue  # the count's words overlap an amount: nothing to say which dose it counts
        if not inside:
            key = _drug_key(items[owner]) or (items[owner].values.get("intervention") or "").lower()
        # a tight list with the counted dose shares its count ('a single dose of ondansetron 8 mg and
        # dexamethasone 4 mg'; not '..., followed by oral cefadroxil 500 mg')
        k = counted.index(owner)
        listed = {owner}
        for step in (-1, 1):
            j = k
            while 0 <= j + step < len(counted):
                a, b = sorted((counted[j], counted[j + step]), key=lambda i: items[i].start)
                if not _coordinated(text, items[a], items[b]):
                    break
                j += step
                listed.add(counted[j])
        if leads:  # 'single doses of X 8 mg at induction with either Y 1 mg, Z 4 mg or saline 2 ml': its clause's doses
            for a, b in zip(counted[k:], counted[k + 1 :]):
                if not _same_clause(text, items[a], items[b]):
                    break
                listed.add(b)
        for i in counted:
            other = _drug_key(items[i]) or (items[i].values.get("intervention") or "").lower()
            if i not in listed and other != key:
                _set(items[i].values, items[i].spans, "n_administrations", None)
        for i, scope in enumerate(scopes):  # an amount listed before a dose ('30 or 45 mg') follows its dose
            if scope.owner is not None and scope.owner in counted and not items[scope.owner].values.get("n_administrations"):
                _set(items[i].values, items[i].spans, "n_administrations", None)


def _place_routes(text: str, items: list[Item], scopes: list[_Scope]) -> None:
    """Give each route word of a sentence to the doses it belongs to, as listed-day schedules are given:
    one in a dose's own words is that dose's ('methylprednisolone 40 mg i.v.'); one that no dose's words
    hold goes to the nearest dose (no semicolon or line break between); doses listed tightly with a dose
    share its route stated after the list ('A 10 mg and B 20 mg orally'), and one stated before the doses
    reaches the others of its clause ('Intravenous X 5 mg or Y 10 mg'). Not every dose of the sentence: a
    route word of another drug's clause ('... and salbutamol 200 µg by inhaler') is not a premedication's."""
    chosen: dict[int, Found] = {i: scope.own_route for i, scope in enumerate(scopes) if scope.owner is None and scope.own_route}
    for members in _by_sentence(items, scopes):
        _scope_mentions(text, items, members, scopes[members[0]].routes, chosen, lambda r: r[1], lambda i: False)
    for i, scope in enumerate(scopes):
        route = chosen.get(i if scope.owner is None else scope.owner)
        if route is not None:
            _set(items[i].values, items[i].spans, "route", route)


# a gapped clause after a dose given 'at' an amount: ', and phenylephrine at 50 µg/min' (the verb left out)
_GAPPED = re.compile(r"(?<![\w-])(?:was|were)\s+[a-z]+\s+at\s*$", re.I)
_GAP_AFTER = re.compile(r"(?<!\s)[^;.\n]{0,60}?,\s*(?:and|or|while|whereas)\s+[A-Za-z][\w-]{2,40}\s+at\s*$", re.I)


def _share_gapped_routes(text: str, items: list[Item]) -> None:
    """A dose in a gapped clause shares the route of the clause it leaves its verb to: 'Norepinephrine was
    infused at 0.1 µg/kg/min, and phenylephrine at 50 µg/min' (both intravenous)."""
    for a, b in zip(items, items[1:]):
        if b.values.get("route") or not a.values.get("route") or a.end > b.start:
            continue
        if _GAPPED.search(text, max(0, a.start - 40), a.start) and _GAP_AFTER.fullmatch(text, a.end, b.start):
            _set(b.values, b.spans, "route", _found(a, "route"))


def _by_sentence(items: list[Item], scopes: list[_Scope]) -> list[list[int]]:
    """The indices of the doses of each sentence (not amounts listed before another), in text order."""
    main = sorted((i for i, scope in enumerate(scopes) if scope.owner is None), key=lambda i: items[i].start)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in main:
        by_sentence.setdefault(scopes[i].sentence, []).append(i)
    return list(by_sentence.values())


def _scope_mentions(
    text: str,
    items: list[Item],
    members: list[int],
    mentions: Sequence[T],
    chosen: dict[int, T],
    span: Callable[[T], tuple[int, int]],
    has_own: Callable[[int], bool],
) -> None:
    """Place the words of one sentence that say something of a dose (a schedule, a route) on the doses
    they belong to, in ``chosen`` (which already holds each dose's own): a mention no dose holds goes to
    the nearest dose (fewest characters between, no semicolon or line break); a mention after a tight
    list reaches the list's earlier doses, and one before the doses reaches the others of its clause.
    ``has_own`` tells a dose that has its own value of another kind (a run of days) and takes none."""
    held = [span(m) for i in members if (m := chosen.get(i)) is not None]
    starts = [items[i].start for i in members]
    for mention in mentions:
        where = span(mention)
        if any(where[0] < end and start < where[1] for start, end in held):
            continue
        k = bisect.bisect_left(starts, where[1])  # the first dose after it; the one before is k - 1
        gaps = [
            (gap, -items[i].start, i)
            for i, gap in (
                (members[k], items[members[k]].start - where[1]) if k < len(members) else (None, 0),
                (members[k - 1], where[0] - items[members[k - 1]].end) if k > 0 else (None, 0),
            )
            if i is not None and gap >= 0 and not re.search(r"[;\n]", text[where[1] : items[i].start] + text[items[i].end : where[0]])
        ]
        # the nearest dose that holds no mention of its own: 'Sublingual X 8 mg daily was replaced by a monthly
        # subcutaneous injection of X 300 mg' (the nearer 8 mg has its own route)
        target = next((i for _, _, i in sorted(gaps) if i not in chosen and not has_own(i)), None)
        if target is not None:
            chosen[target] = mention
    for k in range(len(members) - 2, -1, -1):  # backwards: a mention after the list reaches its first dose
        a, b = members[k], members[k + 1]
        if a not in chosen and b in chosen and span(chosen[b])[0] >= items[b].end and _coordinated(text, items[a], items[b]):
            chosen[a] = chosen[b]
    for k in range(1, len(members)):  # forwards: a mention before the doses reaches those of its clause
        a, b = members[k - 1], members[k]
        where = span(chosen[a]) if a in chosen else None
        # before the dose, or leading its drug named after the amount ('1 mg oral anastrozole or 2.5 mg letrozole')
        leads = where is not None and (where[1] <= items[a].start or items[a].end <= where[0] and where[1] <= _lead_end(items[a]))
        if b not in chosen and leads and _same_clause(text, items[a], items[b]):
            if not has_own(b):
                chosen[b] = chosen[a]


# Where a new clause starts: 'X 1.3 mg/m2 was injected, and Y 20 mg was taken daily'
_NEW_CLAUSE = re.compile(r"[;\n]|\.(?!\d)|,\s*(?:and|but|while|whereas|then)\b|\b(?:followed\s+by|after|before|then|compared\s+(?:with|to))\b", re.I)


# a coordinator, then a route word right before a name: 'and IV leucovorin', 'or oral ibuprofen'
_LEADING_ROUTE = re.compile(
    r"\b(?:and|or|plus|versus|vs\.?)\s+(?=(?:IV|i\.v\.|intravenous|oral|subcutaneous|s\.c\.|intramuscular|i\.m\.|sublingual|intranasal|topical|inhaled|nebuli[sz]ed)\s+[A-Za-z])"
)


def _same_clause(text: str, a: Item, b: Item) -> bool:
    """Whether two doses stand in one clause ('On days 2 and 3, patients received X 4 mg twice daily or Y
    80 mg once daily'): no semicolon, full stop, or ', and' / 'followed by' / 'before' between them."""
    return a.end <= b.start and b.start - a.end <= _WINDOW and not _NEW_CLAUSE.search(text, a.end, b.start)


def _coordinated(text: str, a: Item, b: Item) -> bool:
    """Whether two amounts are listed together: only a coordinator and a name stand between them, after
    at most a route and a frequency of the first ('1000 mg/m2 intravenously and cisplatin 25 mg/m2')."""
    if a.end > b.start:
        return False
    p, pos = _patterns(), a.end
    for _ in range(2):
        gap = _GAP.match(text, pos, b.start)
        word = next(
            (m for pattern, _ in (*p["routes"], *p["frequencies"]) if (m := pattern.match(text, gap.end(), b.start)) and m.end() > gap.end()),
            None,
        )
        if word is None:
            break
        pos = word.end()
    return _COORDINATED.fullmatch(text, pos, b.start) is not None


# between two amounts of one drug named after the last: '2.5 mg versus 5 mg of apixaban', '4 mg (n = 45) or
# 8 mg (n = 44) of dexamethasone', 'low-dose (1 mg) and high-dose (4 mg) colchicine'
_LISTED_BEFORE = re.compile(r"(?<!\s)\s*\)?\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:or|and|to|versus|vs\.?)?\s*(?:[a-z]{1,12}-dose\s*)?\(?\s*", re.I)


def _share_drug_in_lists(text: str, items: list[Item]) -> None:
    """An amount with no drug, listed right before another amount whose drug is named after it, is a dose of
    that drug: '2.5 mg versus 5 mg of apixaban'. Backwards, so a longer list ('1, 2 or 4 mg of X') shares too."""
    for i in range(len(items) - 2, -1, -1):
        a, b = items[i], items[i + 1]
        drug = b.spans.get("intervention")
        if a.values.get("intervention") or not drug or drug[0] < b.end or a.end > b.start:
            continue
        if _LISTED_BEFORE.fullmatch(text, a.end, b.start):
            a.values["intervention"], a.spans["intervention"] = b.values["intervention"], drug


# between a dose and the next step of the same drug's regimen: '1 g/kg loading dose, then 0.5 g/kg daily', '4 g
# followed by 1 g/h', '50 mg daily for one week, thereafter 100 mg daily', 'and a maintenance dose of'
_SEQUENCE = re.compile(r"(?i)\b(?:then|thereafter|subsequently|followed\s+by|maintenance)\b")


def _share_drug_in_sequences(text: str, items: list[Item]) -> set[int]:
    """An amount with no drug of its own after a dose of a named drug in the same sentence, with no other
    drug, placebo or control named between, is a dose of that drug: the next step of a regimen ('IVIG 1 g/kg
    loading dose, then 0.5 g/kg daily', 'Magnesium sulfate 4 g followed by 1 g/h'), an alternative or a
    titration ('Enoxaparin 1 mg/kg twice daily or 1.5 mg/kg once daily', 'started at 50 mg/day and increased
    up to 200 mg/day'), or the volume or rate of a strength ('Ropivacaine 0.2% was infused at 8 mL/h').
    Returns the ids of the doses that open a sequence ('then', 'followed by', 'maintenance') with no
    frequency of their own (a loading dose): the frequency of a later step is not theirs."""
    p = _patterns()
    openers: set[int] = set()
    ordered = sorted(items, key=lambda i: i.start)
    for a, b in zip(ordered, ordered[1:]):
        drug = a.spans.get("intervention")
        if b.values.get("intervention") or not drug or a.end > b.start or b.start - a.end > 100:
            continue
        between = text[a.end : b.start]
        if re.search(r";|\.(?!\d)|\n", between) or _OTHER_ARM.search(between):
            continue
        # only words of a regimen's steps, times, frequencies and routes between: 'aspirin 300 mg, then clopidogrel
        # 75 mg', '(A, 500 mg/m2, B, 40 mg/m2)', 'X 1 mg with Y at 60 mg' name another drug
        plain = between
        if a.end <= drug[0] and drug[1] <= b.start:  # '4 g magnesium sulfate IV, then 1 g/h': the first dose's own drug
            plain = plain[: drug[0] - a.end] + " " * (drug[1] - drug[0]) + plain[drug[1] - a.end :]
        for found in (*_all_at(p["frequencies"], between), *_all_at(p["routes"], between)):
            start, end = found[1]
            plain = plain[:start] + " " * (end - start) + plain[end:]
        # 'two 300 mg infusions 14 days apart and then as a single 600 mg infusion'; not 'compared with X 5 µg/kg/d,
        # a single 100 µg/kg injection … of Y'
        allowed = p["continuation_words"] | ({"single"} if _SEQUENCE.search(between) else set())
        if any(w.lower() not in allowed for w in re.findall(r"[A-Za-z]+", plain)):
            continue
        b.values["intervention"], b.spans["intervention"] = a.values["intervention"], drug
        if _SEQUENCE.search(between) and not a.values.get("frequency"):
            openers.add(id(a))
    return openers


# another arm or a comparator between two amounts: the second is not the first one's drug
_OTHER_ARM = re.compile(r"(?i)\b(?:placebo|control|controls|saline|sham|vehicle|comparator|whereas|while|respectively)\b")


def _set(values: dict, spans: dict[str, tuple[int, int]], name: str, found: tuple | None) -> None:
    """Set a value together with the span of the words it came from (or neither)."""
    if found is None:
        values[name] = None
        spans.pop(name, None)
    else:
        values[name], spans[name] = found


def _unit_span(match: re.Match[str]) -> tuple[int, int]:
    if match.group("cells"):
        return match.span("cells")
    return next(match.span(f"u{i}") for i in range(len(_patterns()["units"])) if match.group(f"u{i}"))


def _rate_span(match: re.Match[str]) -> tuple[int, int] | None:
    """Where a unit says a daily rate: '/day' of 'mg/day' or 'mg/kg/day', 'per d' of 'mg per d' (None: no rate)."""
    unit = _unit_span(match)
    rate = re.search(r"(?:/|\bper\b)\s*d(?:ay)?$", match.string[unit[0] : unit[1]], re.I)
    return (unit[0] + rate.start(), unit[1]) if rate else None


@dataclass(frozen=True)
class _Schedule:
    """Listed days or weeks ('on days 1, 8 and 15'), with its span and the span of the numbers it lists."""

    text: str
    span: tuple[int, int]
    days: int
    days_span: tuple[int, int]


@dataclass(frozen=True)
class _SentenceFacts:
    """What a sentence says: a counted number of administrations ('two infusions'), which holds for all of
    its doses, and its route words and listed-day schedules, each of which belongs to the doses of its
    own clause (_place_routes, _place_schedules)."""

    routes: tuple[Found, ...]
    schedules: tuple[_Schedule, ...]
    n_administrations: tuple[int, tuple[int, int]] | None


class _SentenceScans:
    """Sentence-wide searches done once per sentence, not once per amount: one sentence with
    thousands of amounts (a pasted table without full stops) made every amount re-scan it (quadratic)."""

    def __init__(self, ctx: ExtractionContext, starts: list[int], numerals: frozenset[int] = frozenset()) -> None:
        self.ctx = ctx
        self.numerals = numerals
        self.starts = starts  # every amount's start, sorted
        self._facts: dict[tuple[int, int], _SentenceFacts] = {}
        self._measured_from: dict[tuple[int, int], float] = {}

    def facts(self, sent: tuple[int, int]) -> _SentenceFacts:
        if sent not in self._facts:
            p = _patterns()
            sentence = self.ctx.text[sent[0] : sent[1]]
            count = _count(sentence)
            if count:
                count = count[0], (sent[0] + count[1][0], sent[0] + count[1][1])
            schedules = tuple(
                _Schedule(
                    m.group(),
                    (sent[0] + m.start(), sent[0] + m.end()),
                    len(re.findall(r"\d+", m.group("list") or m.group("after"))),  # 'on days 0, 3 and 6': as many administrations as days
                    (sent[0] + m.start("list" if m.group("list") else "after"), sent[0] + m.end("list" if m.group("list") else "after")),
                )
                for m in p["schedule"].finditer(sentence)
                # 'outcomes were assessed at months 3 and 6': times of assessment, not of dosing
                if not p["assessed_at"].search(sentence, max(0, m.start() - 50), m.start())
                # not 'on day 1 and 6.6 mg on days 2 and 3': the last number listed is the next dose's amount
                if bisect.bisect_left(self.starts, sent[0] + m.start()) == bisect.bisect_left(self.starts, sent[0] + m.end())
            )
            self._facts[sent] = _SentenceFacts(
                routes=_all_at(p["routes"], sentence, sent[0], self.numerals), schedules=schedules, n_administrations=count
            )
        return self._facts[sent]

    def measured(self, sent: tuple[int, int], start: int) -> bool:
        """Whether the sentence reads as a measured dose ('mean dose was higher') before ``start``.

        The text before an amount only grows along the sentence, so the answer flips at most once:
        the first amount where it holds is found by bisection over the sentence's amounts."""
        if sent not in self._measured_from:
            pattern = _patterns()["dose_as_outcome"]
            sentence = self.ctx.text[sent[0] : sent[1]]
            lo = bisect.bisect_left(self.starts, sent[0])
            hi = bisect.bisect_left(self.starts, sent[1])
            first: float = math.inf
            while lo < hi:
                mid = (lo + hi) // 2
                if pattern.search(sentence, 0, self.starts[mid] - sent[0]):
                    first, hi = self.starts[mid], mid
                else:
                    lo = mid + 1
            self._measured_from[sent] = first
        return start >= self._measured_from[sent]


# 'budesonide/formoterol 160/4.5 µg', 'amoxicillin-clavulanate 875/125 mg', 'Artemether-lumefantrine (20/120 mg)':
# the strengths before the last, each followed by a slash
_STRENGTHS_BEFORE = re.compile(r"(?<![\w./])(?:\d+(?:\.\d+)?\s*/\s*){1,3}$")
# the name of the combination before its strengths: two (or three) components joined by '/', '-', '–', '+' or 'and'
_COMPONENTS = re.compile(
    r"(?<![\w-])(?P<names>[A-Za-z][A-Za-z]{2,40}(?:\s*(?:/|–|\+|-|\s+and\s+)\s*[A-Za-z][A-Za-z]{2,40}){1,2})\s*(?:\(\s*|,\s*)?$"
)


def _combination(text: str, match: re.Match[str], sent: tuple[int, int]) -> list[tuple[tuple[int, int], tuple[int, int] | None]] | None:
    """The strengths of a fixed combination written with slashes, each with the span of its number and of its
    component's name: 'budesonide/formoterol 160/4.5 µg' gives 160 (budesonide) and 4.5 (formoterol). When the
    name does not list as many components ('Advair 250/50 µg', 'atorvastatin 10/20/40 mg'), every number is a
    dose of the name before them (None: no name). None when no slash-listed number stands before the amount."""
    before = _STRENGTHS_BEFORE.search(text, max(sent[0], match.start() - 40), match.start())
    if not before:
        return None
    numbers = [(before.start() + m.start(), before.start() + m.end()) for m in re.finditer(r"\d+(?:\.\d+)?", before.group())]
    numbers.append(match.span("amount"))
    lo = max(sent[0], before.start() - 80)
    named = _COMPONENTS.search(text, lo, before.start())
    if named:
        parts = [(named.start("names") + m.start(), named.start("names") + m.end()) for m in re.finditer(r"[A-Za-z]{3,41}", named.group("names")) if m.group().lower() != "and"]
        if len(parts) == len(numbers):
            # a component named in two words: 'Fluticasone furoate/vilanterol'
            compounds = {m.end(): m.start() for m in _patterns()["compound_names"].finditer(text, lo, before.start())}
            parts = [(compounds.get(end, start), end) for start, end in parts]
            return list(zip(numbers, parts))
        whole: tuple[int, int] | None = named.span("names")
    else:
        word = re.search(r"([A-Za-z][\w-]{2,40})\s*[(,]?\s*$", text[lo : before.start()])
        whole = (lo + word.start(1), lo + word.end(1)) if word and not _not_a_name(word.group(1)) else None
    return [(number, whole) for number in numbers]


def _radiation(text: str, match: re.Match[str], sent: tuple[int, int]) -> tuple[int, int] | None:
    """The radiotherapy words nearest a dose in Gy in its sentence ('Radiotherapy of 50.4 Gy', '60 Gy of IMRT')."""
    pattern = _patterns()["radiation_words"]
    before = list(pattern.finditer(text, max(sent[0], match.start() - 120), match.start()))
    after = pattern.search(text, match.end(), min(sent[1], match.end() + 60))
    candidates = [(match.start() - m.end(), m.span()) for m in before[-1:]] + ([(after.start() - match.end(), after.span())] if after else [])
    return min(candidates)[1] if candidates else None


def _measured(text: str, match: re.Match[str], sent: tuple[int, int], drug: tuple[int, int] | None) -> bool:
    """Whether an amount is a quantity measured in the patients, not a dose given: its own clause opens with
    a summary statistic or a measured quantity and a copula ('Mean blood loss was 350 mL', 'The cumulative
    dose of morphine at 24 h was 12.4 mg in group A and 28.6 mg in group B', 'Protein intake was 85 g per
    day'), or a spread follows it ('350 mL (IQR 200-500)'). Only the clause's words up to the amount are
    read (bounded: linear), and a verb of giving after the lead ends it ('Mean age was 54 years and
    patients received 2 L of saline')."""
    p = _patterns()
    if p["measured_after"].match(text, match.end(), min(sent[1], match.end() + 30)):
        return True
    lead = p["measured_lead"].search(text, max(sent[0], match.start() - 180), match.start())
    if p["measured_direct"].search(text, max(sent[0], match.start() - 120), match.start()):
        return True  # 'mean birth weight 912 g', 'a non-inferiority margin of 10 µg', 'Total magnesium received was 16 g'
    if lead is None:
        return False
    # 'Mean HbA1c was 8.1% in patients on metformin 1000 mg': the dose's drug named right before the amount,
    # after the copula, makes it that drug's dose again
    copula = max((m.end() for m in re.finditer(r"(?i)\b(?:was|were)\b", lead.group())), default=0)
    named = drug is not None and lead.start() + copula <= drug[0] and re.fullmatch(r"[\s(]*", text[drug[1] : match.start()])
    # 'Fat excretion was higher with 1500 mg compared to 500 mg calcium': amounts compared as conditions
    condition = re.search(r"(?i)\b(?:with|on)\s+(?:a\s+)?(?:dose\s+of\s+)?\d", text[lead.start() + copula : match.end()])
    return not (named or condition)


def _arm(text: str, match: re.Match[str], sent: tuple[int, int]) -> tuple[int, int] | None:
    """The arm the sentence gives the dose to: 'in the 0.25% levobunolol group' (the amount in the
    arm's name), 'the high-dose group received 20 mg/kg', 'Arm B: 10 mg'. The label is as written,
    without the article, as for sample sizes."""
    p = _patterns()
    lo = max(sent[0], match.start() - 4)
    if re.search(r"(?i)\bthe\s+$", text[lo : match.start()]):
        after = p["arm_after"].match(text, match.start(), min(sent[1], match.start() + 80))
        if after and not re.search(r"[;,()]|\b(?:and|or|vs|versus)\b", after.group()):
            return match.start(), after.end()
    lo = max(sent[0], match.start() - 150)
    found = None
    for arm in p["arm_before"].finditer(text, lo, match.start()):
        found = arm
    if found and not re.search(r"[;]|\b(?:and|or|vs|versus|while|whereas)\s+(?:the\s+)?\w+\s+(?:group|arm)\b", text[found.end() : match.start()]):
        start, end = found.span("arm")
        lead = re.match(r"(?i)(?:(?:and|or|in|of|to|the|while|whereas|but|then|patients|subjects)\s+)*", text[start:end])
        return start + lead.end(), end
    return None


def _listed_amounts(text: str, lo: int, start: int) -> list[tuple[int, int, float]]:
    """Bare numbers listed just before an amount with a unit ('30 or 45 mg', '15, 30 or 45 mg'), after a
    parenthesis, a colon or a word that is not a time or a count ('week 12 or 24 mg' is no list)."""
    lead = _patterns()["listed"].search(text, max(lo, start - 40), start)
    if not lead:
        return []
    base = lead.start("nums")
    return [
        (base + m.start(), base + m.end(), float(m.group()))
        for m in re.finditer(rf"(?<![\d.])(?:{DECIMAL})", lead.group("nums"))
    ]


_CLAUSE_STOP = re.compile(
    r"\b(?:or|versus|vs\.?)\s+(?!(?:a\s+|the\s+|matching\s+|identical\s+)?placebo\b|twice\b|once\b|thrice\b|three\s+times|\d+\s+times)|;"
)
# the next amount ('1 g/kg loading dose, then 0.5 g/kg daily'; not '500 mg days 1, 15, 29, then monthly')
_NEXT_AMOUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|mg|µg|μg|mcg|ng|g\b|IU|U\b|units|mL\b|ml\b|L\b|mmol|mEq)")


# the opening of a bracket right after an amount, up to the amount in it that restates the dose
_RESTATED = re.compile(r"(?<!\s)\s*\((?:[^()\d;]{0,20}\s)?(?=\d)")


def _own_clause(text: str, start: int, end: int, amounts: bool = True, restated: bool = False) -> str:
    """The text after an amount up to where another arm's dose begins: ';', the next amount, or
    'or'/'versus' naming another drug ('… or placebo once daily' keeps the frequency for both). With
    ``amounts`` False an amount does not end it (a dose level's own amount: 'a high dose of X (2 g/m2 every 12 hours)');
    with ``restated`` an amount in a bracket right after the dose's does not ('325 mg (65 mg elemental iron) daily')."""
    end = min(end, start + _WINDOW)
    stop = _CLAUSE_STOP.search(text, start, end)
    blank = None
    if amounts:
        amount = _NEXT_AMOUNT.search(text, start, stop.start() if stop else end)
        # 'Ferrous sulfate 325 mg (65 mg elemental iron) twice daily': an amount in a bracket right after the dose
        # restates it; the clause goes on after the bracket
        bracket = _RESTATED.match(text, start, amount.start() + 1) if amount and restated else None
        close = text.find(")", amount.end(), end) if bracket else -1
        if close != -1 and "(" not in text[amount.end() : close] and (not stop or stop.start() > close):
            blank = (bracket.end() - start - 1, close + 1 - start)
            amount = _NEXT_AMOUNT.search(text, close, stop.start() if stop else end)
        stop = amount or stop
    stop_at = stop.start() - start if stop else None
    clause = text[start : start + stop_at] if stop_at is not None else text[start:end]
    if blank:
        clause = clause[: blank[0]] + " " * (blank[1] - blank[0]) + clause[blank[1] :]
    # '… or once daily latanoprost 0.005%', '… and twice daily timolol': a frequency that leads the next
    # drug belongs to it ('… or twice daily' at the end still belongs to this dose).
    p = _patterns()
    for joint in re.finditer(r"\b(?:and|or|versus|vs\.?|plus)\s+", clause):
        lead = p["leading_frequency"].match(clause, joint.end())
        if lead and p["drug_word"].match(lead.group("word").lower()) and lead.group("word").lower() not in p["not_drugs"]:
            return clause[: joint.start()]
    return clause


def _frequency_before(text: str, start: int, floor: int = 0) -> Found | None:
    """'once-daily sitagliptin 100 mg', 'twice daily timolol 0.5%': a frequency just before the drug (in its sentence,
    which starts at ``floor``)."""
    return _word_before(text, start, _patterns()["frequencies"], floor)


def _word_before(
    text: str, start: int, patterns: list[tuple[re.Pattern[str], str]], floor: int = 0, skip: frozenset[int] = frozenset()
) -> Found | None:
    """A frequency or route in the words just before a drug, back to the previous 'and', 'or' or comma
    (and not before ``floor``, the start of the drug's sentence: 'given p.o. Ketamine 5 mg ... i.m.')."""
    window = text[max(0, floor, start - 40) : start]
    # 'insulin glargine 10 U once daily plus insulin aspart 4 U': not past a coordinator of another dose
    # nor past a sentence's end ('take the study drug once daily. Patients also received furosemide 40 mg'; not
    # the point of 'b.i.d.')
    lo = start - len(re.split(r"\b(?:and|or|plus|versus|vs|then|with|followed\s+by)\b|[,;(]|(?<![\s.][A-Za-z])\.(?=\s+[A-Z])", window)[-1])
    # searched in place, not in a cut-out window, so that a lookbehind sees the words before ('stage IV')
    found = [
        (m.start(), m.end(), value)
        for pattern, value in patterns
        if (m := next((m for m in pattern.finditer(text, lo, start) if m.start() not in skip), None))
    ]
    if not found:
        return None
    begin, end, value = min(found, key=lambda f: f[0])  # the leftmost; on a tie the first pattern, as _first_at
    return value, (begin, end)


def _share_in_coordinations(text: str, items: list[Item], sources: list[str | None]) -> None:
    """Doses listed together share the frequency stated once for the list: 'bimatoprost 0.03% or
    travoprost 0.004% once daily' (after the last), 'once-daily levobunolol 0.25% and timolol 0.25%'
    (before the first). Two doses are listed together when only a few words, and no full stop,
    semicolon or frequency of their own, stand between them."""
    p = _patterns()

    def together(a: Item, b: Item) -> bool:
        # '1 mg oral anastrozole or 2.5 mg letrozole daily': the first dose's route and drug after its amount are
        # its own words, not words between the two; the second's route before its drug is its own ('or 4 mg
        # intravenous dexamethasone daily' states a regimen of its own)
        start = _own_end(a)
        if start > b.start:
            return False
        between = text[start : b.start] + " " + text[b.end : _lead_end(b)]
        return (
            len(between) <= 60
            and not re.search(r";|\.(?!\d)|\n\s*\n", between)
            and not _SEQUENCE.search(between)  # '300 mg on day 1, then 75 mg daily': the next step's frequency
            # '60 Gy in 30 fractions with concurrent cisplatin 40 mg/m2 weekly': radiation takes no drug's frequency
            and (a.values.get("unit") in p["radiation_units"]) == (b.values.get("unit") in p["radiation_units"])
            and _first(p["frequencies"], between) is None
            and not p["interval"].search(between)  # '(30 or 120 mg) or every 12 weeks (60 mg)': another schedule
            # 'intravenous X (1000 mg) or oral Y 200 mg three times daily': the second drug's own route
            and _first(p["routes"], between) is None
        )

    def bracketed(before: Item, item: Item) -> bool:
        """Whether the item's frequency stands inside a bracket opened after the dose before it ('X (7.5 mg/kg,
        day 1) and Y (1000 mg/m2 twice daily, days 1-14)'; not '(A 500 mg/m2, B 100 mg/m2 every 3 weeks)')."""
        span = item.spans.get("frequency")
        if not span or span[0] < item.end:
            return False
        opened = text.rfind("(", before.end, item.start)
        return opened != -1 and ")" not in text[opened : item.start] and ")" not in text[item.end : span[0]]

    for i in range(len(items) - 2, -1, -1):  # backwards: a frequency after the list reaches its first dose
        if (
            sources[i] is None
            and sources[i + 1] in ("after", "shared-after")
            and together(items[i], items[i + 1])
            and not bracketed(items[i], items[i + 1])
            and not _TIMING.search(text, _own_end(items[i]), items[i + 1].start)  # 'X 1 mg and, after surgery, Y 2.5 mg daily'
        ):
            _set(items[i].values, items[i].spans, "frequency", _found(items[i + 1], "frequency"))
            sources[i] = "shared-after"
    for i in range(1, len(items)):
        if sources[i] is None and sources[i - 1] in ("before", "shared-before") and together(items[i - 1], items[i]):
            _set(items[i].values, items[i].spans, "frequency", _found(items[i - 1], "frequency"))
            sources[i] = "shared-before"


# a time of its own between two doses: the frequency after the second is not the first's
_TIMING = re.compile(r"(?i)\b(?:after|before|during|following|prior\s+to)\b")


def _drug_after(item: Item) -> tuple[int, int] | None:
    """The span of a dose's drug named after its amount within a few words ('1 mg oral anastrozole'), else None."""
    drug = item.spans.get("intervention")
    return drug if drug and drug[0] >= item.end and drug[0] - item.end <= 40 else None


def _own_end(item: Item) -> int:
    """Where a dose's own words end: after its drug when the drug follows the amount ('1 mg oral anastrozole')."""
    drug = _drug_after(item)
    return drug[1] if drug else item.end


def _lead_end(item: Item) -> int:
    """Where the words between a dose's amount and its drug named after it end ('2.5 mg [oral] letrozole')."""
    drug = _drug_after(item)
    return drug[0] if drug else item.end


def _found(item: Item, name: str) -> Found | None:
    """An item's value with its span, to hand on to another dose: the span stays where the words are."""
    value = item.values.get(name)
    return (value, item.spans[name]) if value else None


_GENERIC_HEADS = ("vitamin", "botulinum", "omega-3", "fish")  # named by the whole compound: 'vitamin c'
_CLASS_HEADS = ("insulin", "iron", "ferric", "ferrous")  # named by the word after: 'glargine', 'sucrose'


def _name_key(drug: str) -> str:
    """The word a drug is known by across the document: its first ('brimonidine tartrate'), or for a
    compound name the distinguishing part ('insulin glargine' -> 'glargine', 'vitamin D3' whole), so that
    vitamin D3's schedule is not vitamin C's nor insulin glargine's insulin aspart's."""
    words = drug.lower().split()
    if len(words) > 1 and words[0] in _GENERIC_HEADS:
        return " ".join(words)
    if len(words) > 1 and words[0] in _CLASS_HEADS:
        return words[-1]
    return words[0] if words else ""


def _inherit_routes(items: list[Item]) -> None:
    """A dose without a route takes the one another dose of the same drug has in the document."""
    routes: dict[str, Found] = {}
    for item in items:
        drug, route = item.values.get("intervention"), item.values.get("route")
        if drug and route:
            routes.setdefault(_name_key(drug), _found(item, "route"))
    for item in items:
        drug = item.values.get("intervention")
        if drug and not item.values.get("route"):
            _set(item.values, item.spans, "route", routes.get(_name_key(drug)))


def _inherit_frequencies(ctx: ExtractionContext, items: list[Item], openers: set[int] = frozenset()) -> None:
    """A dose whose own clause gives no frequency takes the one the document gives for the same
    intervention elsewhere ('latanoprost 0.005%' in the title, 'latanoprost once daily' in methods)."""
    p = _patterns()
    found: dict[str, Found | None] = {}  # per drug name: many doses of one drug search the text once
    # per drug name and the word after it: 'carteolol alginate once daily' vs 'carteolol solution twice daily'
    by_form: dict[tuple[str, str], Found] = {}
    for item in items:  # another dose of the same drug that states its frequency
        drug, frequency = item.values.get("intervention"), item.values.get("frequency")
        if drug and frequency:
            found.setdefault(_name_key(drug), _found(item, "frequency"))
            form = _form_word(ctx.text, item)
            if form:
                by_form.setdefault((_name_key(drug), form), _found(item, "frequency"))
    for item in items:
        drug = item.values.get("intervention")
        if item.values.get("frequency") or not drug or len(drug) < 4 or id(item) in openers:
            continue  # a loading dose does not take the frequency of the steps after it
        name = _name_key(drug)
        form = _form_word(ctx.text, item)
        if form and (name, form) in by_form:  # the same drug in the same formulation, where the text has two
            _set(item.values, item.spans, "frequency", by_form[(name, form)])
            continue
        if name not in found:
            found[name] = None
            # The drug named without an amount, or by its abbreviation ('once-daily TRAV or BIM').
            # Only a drug name followed by a parenthesised short form ('travoprost 0.004% (TRAV)') can have
            # an abbreviation: without one, the detector (a tenth of the pipeline's time) is not run.
            defined = re.search(rf"\b{re.escape(name)}[^()]{{0,80}}\(\s*[A-Za-z][\w./-]{{0,9}}\s*[,;)]", ctx.text, re.I)
            short = [s for s, long in ctx.abbreviations.items() if long.split() and long.split()[0].lower() == name] if defined else []
            names = "|".join(re.escape(n) for n in [name, *short])
            for mention in re.finditer(rf"\b(?:{names})\b", ctx.text, re.I):
                window = _own_clause(ctx.text, mention.end(), min(len(ctx.text), mention.end() + 60))
                found[name] = _first_at(p["frequencies"], window, mention.end()) or _listed_after_frequency(ctx.text, mention.start())
                if found[name]:
                    break
        if found[name]:
            _set(item.values, item.spans, "frequency", found[name])


def _form_word(text: str, item: Item) -> str | None:
    """The word right after a dose's drug name and amount when it says which preparation ('1% carteolol
    alginate', '1% carteolol solution', 'timolol 0.5% gel'): lower-cased, or None when a number, a frequency or a function word follows."""
    span = item.spans.get("intervention")
    if not span:
        return None
    after = max(span[1], item.end)  # 'carteolol 1% alginate' and '1% carteolol alginate' alike
    word = re.match(r"\s+([A-Za-z]{3,})\b", text[after : after + 30])
    if not word or _is_schedule_word(word.group(1)) or word.group(1).lower() in _FUNCTION_WORDS:
        return None
    return word.group(1).lower()


_FUNCTION_WORDS = frozenset(
    "and or the with for was were given once twice daily three four every per versus plus alone group arm "
    "patients eyes eye each both than from into that which who had has have are".split()
)


def _listed_after_frequency(text: str, start: int) -> Found | None:
    """'twice-daily BBFC', 'once-daily TRAV or BIM': a frequency before a drug or a short list of drugs."""
    window = re.split(r"[.;]\s", text[max(0, start - 40) : start])[-1]
    match = re.search(r"(?P<f>\S+(?:[\s-]\S+){0,2})[\s-]+(?:[\w+-]+\s+(?:or|and|\+|plus|vs\.?|versus)\s+)?$", window)
    return _first_at(_patterns()["frequencies"], match.group("f"), start - len(window) + match.start("f")) if match else None


def _document_wide(
    ctx: ExtractionContext, items: list[Item], numerals: frozenset[int] = frozenset(), openers: set[int] = frozenset()
) -> None:
    """A dose still without a frequency or route takes the document's when it states only one:
    'Both ophthalmic solutions were instilled once a day' gives every eye drop of the abstract its
    frequency and route. Only sentences about giving a treatment count, and a route word that names
    a drug class ('oral antidiabetic agents') is no route."""
    if not items or all(i.values.get("frequency") and i.values.get("route") for i in items):
        return
    p = _patterns()
    # A route or frequency some dose's own words state is that dose's drug's, not another drug's: 'misoprostol
    # 600 µg orally. ... oxytocin 10 IU' does not make oxytocin oral (a dose naming no drug, or the same
    # drug, may still take it: 'Gabapentin ... 900 mg/day orally ... at a dose of 300 mg/day').
    # Only a named drug's (a drug-name stem) own sentence's words count, and only against another named drug.
    claimed: dict[tuple[int, int], set[str]] = {}
    for item in items:
        sent = ctx.sentence_at(item.start)
        for name in ("frequency", "route"):
            span = item.spans.get(name)
            if span and sent[0] <= span[0] and span[1] <= sent[1]:
                claimed.setdefault(span, set()).add(_drug_key(item))
    # Each value the document states, with where it is first stated: an item that takes it points there.
    frequencies: dict[str, tuple[int, int]] = {}
    routes: dict[str, tuple[int, int]] = {}
    for start, end in ctx.sentences or [(0, len(ctx.text))]:
        if ctx.section_of(start) in _EXCLUDED_SECTIONS:
            continue
        sentence = ctx.text[start:end]
        if not p["giving"].search(sentence):
            continue
        for patterns, found in ((p["frequencies"], frequencies), (p["routes"], routes)):
            mentions = sorted(
                (m.start(), -m.end(), value)
                for pattern, value in patterns
                for m in pattern.finditer(sentence)
                if start + m.start() not in numerals
            )
            taken = -1
            for start_, minus_end, value in mentions:  # leftmost-longest: 'twice-daily' is not also 'daily'
                if start_ < taken:
                    continue
                taken = -minus_end
                if not (patterns is p["routes"] and p["drug_class"].match(sentence, taken)):
                    found.setdefault(value, (start + start_, start + taken))
        for interval in p["interval"].finditer(sentence):
            if _first(p["frequencies"], interval.group()) is None:
                # 'every 12 weeks': a schedule the vocabulary cannot name is still a second schedule
                frequencies.setdefault("", (start + interval.start(), start + interval.end()))
    for name, found in (("frequency", frequencies), ("route", routes)):
        if len(found) == 1 and next(iter(found)):
            [(value, span)] = found.items()
            owners = claimed.get(span, set())
            for item in items:
                if name == "frequency" and (id(item) in openers or item.values.get("unit") in p["radiation_units"]):
                    continue  # a loading dose: the schedule is its drug's later steps'
                sent = ctx.sentence_at(item.start)
                if not sent[0] <= span[0] < sent[1] and p["concomitant"].search(ctx.text, max(sent[0], item.start - 40), item.start):
                    continue  # 'take the study drug once daily. Patients also received furosemide 40 mg': another medicine
                if not item.values.get(name) and (not owners or "" in owners or _drug_key(item) in owners | {""}):
                    _set(item.values, item.spans, name, (value, span))


def _drug_key(item: Item) -> str:
    """A dose's drug as compared across the document: its first word, lower-cased ('misoprostol', 'oxytocin');
    '' when it names none or a word that may not be a drug ('group', 'receiving', 'vitamin', 'doses')."""
    p = _patterns()
    drug = item.values.get("intervention") or ""
    word = _name_key(drug) if drug.split() else ""
    named = len(word) >= 4 and word not in p["not_drugs"] and not word.endswith(("ing", "ed", "s")) and not _not_a_name(word)
    return word if named else ""


_INFUSED = re.compile(r"(?i)infus(?:ions?|ed)")


def _route_of_infusions(ctx: ExtractionContext, items: list[Item], numerals: frozenset[int] = frozenset()) -> None:
    """'infused' / 'infusion' says intravenous only when no other route is named beside it: 'Ropivacaine 0.2%
    was infused via the epidural catheter', 'a continuous subcutaneous insulin infusion', 'infused through the
    perineural catheter' give the named route (the nearest within a few words of the same sentence)."""
    p = _patterns()
    # a route some dose's own words state is that dose's: 'Morphine 2 mg was given intrathecally and paracetamol 1 g was infused'
    owned = {span for item in items if item.values.get("route") != "intravenous" and (span := item.spans.get("route"))}
    routes_at = [(item.start, item.spans.get("route")) for item in items]
    for item in items:
        span = item.spans.get("route")
        if item.values.get("route") != "intravenous" or not span or not _INFUSED.fullmatch(ctx.text[span[0] : span[1]]):
            continue
        sent = ctx.sentence_at(span[0])
        lo, hi = max(sent[0], span[0] - 80), min(sent[1], span[1] + 80)
        others = [
            (min(abs(where[0] - span[1]), abs(span[0] - where[1])), value, where)
            for value, where in _all_at(p["routes"], ctx.text[lo:hi], lo, numerals)
            if value not in ("intravenous", "oral")
            and where not in owned
            # in the infusion's own words: not another drug's ('ANP infusion (...) and of inhalation of NO')
            and not re.search(r"[;,]|\b(?:and|or|versus|vs|plus|with|while|whereas)\b", ctx.text[min(where[1], span[1]) : max(where[0], span[0])])
            # no dose of another statement between the infusion word and the route named ('was infused at 8 mL/h
            # via the epidural catheter': the rate shares the infusion word)
            and not any(min(where[1], span[1]) <= start < max(where[0], span[0]) and other != span for start, other in routes_at)
        ]
        if others:
            _, value, where = min(others)
            _set(item.values, item.spans, "route", (value, where))


def _eye_drop_strengths(ctx: ExtractionContext, items: list[Item]) -> None:
    """A strength in percent with no route stated, in a text about an eye condition ('bimatoprost
    0.03% versus latanoprost 0.005% in patients with elevated intraocular pressure'), is an eye drop:
    route ophthalmic, its span the words naming the eye condition it was read from."""
    pending = [i for i in items if i.values.get("unit") == "%" and not i.values.get("route")]
    if not pending:
        return
    condition = _patterns()["eye_condition"].search(ctx.text)
    if condition:
        for item in pending:
            _set(item.values, item.spans, "route", ("ophthalmic", condition.span()))


def _with_salt(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'brimonidine tartrate': a salt word names the drug together with the word before it (not a function
    word: '500 mg of calcium' is 'calcium'); 'calcium carbonate': and a salt word after the drug."""
    if span is None:
        return span
    salts = _patterns()["salts"]
    if text[span[0] : span[1]].lower() in salts:
        before = re.search(r"([A-Za-z][\w-]*)\s+$", text[max(0, span[0] - 30) : span[0]])
        # not a unit: '500 mg calcium' is 'calcium'
        if before and not _not_a_name(before.group(1)) and not re.fullmatch(r"(?i)[mµμn]?g|mcg|kg|m?l|i?u|units?|mmol|meq", before.group(1)):
            span = (span[0] - len(before.group(0)), span[1])
    after = re.match(r"\s+([A-Za-z]+)\b", text[span[1] : span[1] + 30])
    if after and after.group(1).lower() in salts and after.group(1).lower() != "acid" or after and after.group(1).lower() == "acid":
        span = (span[0], span[1] + after.end())
    return span


_CHANGED_TO = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z][\w-]{2,40})\s+(?:was|were)\s+(?:reduced|increased|decreased|titrated|escalated|tapered|started|initiated|restarted)"
    r"\s+(?:(?:up|down|back)\s+)?(?:to|at)\s+(?:a\s+(?:daily\s+)?dose\s+of\s+)?$",
    re.I,
)
_HEADING = re.compile(r"[A-Z][A-Z ]{2,30}:\s*")


def _whole_name(text: str, span: tuple[int, int] | None, match: re.Match[str], sent: tuple[int, int]) -> tuple[int, int] | None:
    """A drug named in more than one word is named whole ('vitamin D3', 'insulin glargine', 'iron sucrose',
    'ferric carboxymaltose', 'botulinum toxin A'; data 'compound_names'); with no name beside the amount, a
    compound name right before it ('Vitamin D3 2000 IU'). Then, with still none, the drug the sentence opens
    with as its subject ('Metformin was started at 500 mg', 'The dose of atorvastatin was 40 mg')."""
    p = _patterns()
    lo, hi = max(sent[0], match.start() - 60), min(sent[1], match.end() + 60)
    for compound in p["compound_names"].finditer(text, lo, hi):
        if span and compound.start() <= span[1] and span[0] <= compound.end():
            return min(span[0], compound.start()), max(span[1], compound.end())
        if span and _FORM_AFTER.fullmatch(text, compound.end(), span[1]):
            return compound.span()  # 'vitamin D3 supplementation 2000 IU': the drug, not the word of its form
        if not span and (
            (compound.end() <= match.start() and re.fullmatch(r"\s*\(?\s*", text[compound.end() : match.start()]))
            or (compound.start() >= match.end() and re.fullmatch(r"\s*(?:of\s+)?", text[match.end() : compound.start()]))
        ):
            return compound.span()
    if span:
        return span
    opening = sent[0] + len(text[sent[0] : match.start()]) - len(text[sent[0] : match.start()].lstrip())
    heading = _HEADING.match(text, opening, match.start())  # 'METHODS: Dexmedetomidine was given as ...'
    opening = heading.end() if heading else opening
    subject = p["subject"].match(text, opening, match.start())
    if subject is None:
        # 'Because of toxicity, lenvatinib was reduced to 10 mg': the subject of a clause changing the dose, right before it
        subject = _CHANGED_TO.search(text, max(opening, match.start() - 80), match.start())
    if subject and not re.search(r"[;]", text[subject.end() : match.start()]) and not p["dose"].search(text, subject.end(), match.start()):
        if _drug_like(subject.group("name")):
            return subject.span("name")
    # 'In the dose-escalation phase, ABX-101 was given orally … at 50 mg', 'Intravenous insulin was infused at
    # 0.1 U/kg/h': the subject of a giving verb later in the sentence, with no other amount between
    given = None
    for given in p["given_subject"].finditer(text, max(opening, match.start() - 200), match.start()):
        pass
    if given and not re.search(r"[;]", text[given.end() : match.start()]) and not p["dose"].search(text, given.end(), match.start()):
        if _drug_like(given.group("name")):
            return given.start("code") if given.group("code") else given.start("name"), given.end("name")
    return None


def _drug_like(name: str) -> bool:
    """Whether a sentence's subject may be a drug: a compound name or a word that is not a noun of a property,
    an event or a plural ('Tolerability', 'Randomization', 'Data', 'Patients'), nor a function word."""
    p = _patterns()
    first = name.split()[0].lower()
    drug_like = len(name.split()) > 1 or (
        first not in p["not_drugs"]
        and (p["drug_word"].match(first) or not re.search(r"(?:ity|ion|ment|ness|ance|ence|ure|ics|ata|ies|sis|s)$", first))
    )
    return drug_like and not _not_a_name(first) and first not in p["not_subjects"]


def _drug_next_to(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """A word with a drug-name stem just before or after the amount ('timolol 0.5%', '0.5% timolol')."""
    p = _patterns()
    lo = max(0, match.start() - 40)
    # A word, not its hyphen or the digits after one: '0.2% brimonidine-0.5% timolol' pairs each drug with its strength.
    # 'latanoprost (50 microg/ml …)'; not 'capecitabine (8.7%; 95% CI …)', a result
    paren = "" if match.group().endswith("%") else "("
    before = re.search(rf"([A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*)-?\s*[,{paren}]?\s*$", text[lo : match.start()])
    of = "" if match.group().endswith("%") else r"(?:of\s+)?"  # '3.1% of bimatoprost patients' is a proportion
    after = re.match(rf"\s*{of}([A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*)", text[match.end() : match.end() + 40])
    candidates = []
    if before:
        candidates.append((lo + before.start(1), lo + before.end(1)))
    if after:
        candidates.append((match.end() + after.start(1), match.end() + after.end(1)))
        if before and text[match.start() - 1] == "-":
            candidates.reverse()  # 'brimonidine-0.5% timolol': the hyphen joins two drug-strength pairs
    # 'brimonidine purite 0.1%', 'carteolol alginate 1%': the drug, then a word for its formulation
    second = re.search(
        r"([A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*)\s+(?!(?:and|or|vs|versus|with|to|of|than|plus|in|by|from|at|for|on|as|per|was|were|is|are|the|daily|once|twice)\b)(?P<form>[a-z]{3,})\s*$",
        text[lo : match.start()],
    )
    if second and second.group("form") not in p["salts"]:  # 'loxoprofen sodium 68.1 mg' is named with its salt
        candidates.append((lo + second.start(1), lo + second.end(1)))
    for start, end in candidates:
        word = text[start:end].lower()
        if word not in p["not_drugs"] and p["drug_word"].match(word) and not p["not_drug_word"].fullmatch(word):
            return start, end
        if re.match(r"\s+acid\b", text[end : end + 6], re.I) and len(word) > 3:
            return start, end + 5  # '1% alginic acid', '2% salicylic acid': a named acid
        if word == "acid" and (named := re.search(r"([A-Za-z]{4,})\s+$", text[max(0, start - 30) : start])):
            return start - len(named.group(0)), end  # 'tranexamic acid 1 g'
    return None


def _is_strength(text: str, match: re.Match[str]) -> bool:
    """A percentage is a dose only as a preparation's strength: 'timolol 0.5%', '2% eye drops', '0.5% timolol'."""
    p = _patterns()
    # 'atropine 0.05%, 0.025% or 0.01% eye drops': the strengths listed before the preparation word too
    if re.match(r"(?:\s*,?\s*(?:(?:or|and)\s+)?\d+(?:\.\d+)?\s*%){0,4}\s*(?:[\w-]+\s+){0,2}?(?:eye\s*drops?|cream|gel|solution|ointment|ophthalmic|drops?|suspension|spray|lotion)\b", text[match.end() : match.end() + 40], re.I):
        return True
    small = not match.group().endswith("%") or float(_digits(_mantissa(match))) <= 10
    if match.group().endswith("%") and (match.group("high") or _beside_placebo_value(text, match)):
        return False  # 'sitagliptin, 5.6 to 6.0%', 'lixisenatide 3.4% and placebo 1.2%': results, not strengths
    return small and _drug_next_to(text, match) is not None


# 'placebo 1.2%', 'placebo, 5.6%': a placebo has no strength, so a percentage next to it is a result
_PLACEBO_VALUE = re.compile(r"(?i)\bplacebo\s*[,:]?\s*\d+(?:\.\d+)?\s*%")


def _beside_placebo_value(text: str, match: re.Match[str]) -> bool:
    """Whether a placebo's percentage stands in the same few words as this one ('drug 3.4% and placebo 1.2%')."""
    lo, hi = max(0, match.start() - 40), min(len(text), match.end() + 40)
    window = re.split(r"[.;]\s", text[lo:hi])
    return any(_PLACEBO_VALUE.search(part) for part in window)


_AUC_GAP = re.compile(
    r"[\s(,:]*(?:(?:at|dosed\s+(?:at|to)|targeting)\s+(?:an\s+|a\s+)?(?:target\s+)?)?(?:area\s+under\s+the\s+(?:concentration[- ]time\s+)?curve\s*\(\s*)?"
)


def _auc_doses(ctx: ExtractionContext) -> list[Item]:
    """Carboplatin dosed to a target exposure: 'carboplatin AUC 5', 'carboplatin (AUC 6) every 3 weeks',
    'Weekly AUC2-carboplatin'. The amount is the target area under the curve (unit 'AUC', mg/mL·min); only
    next to a drug dosed this way (data 'auc_drugs'), so a measured AUC ('AUC above 70') is none."""
    p = _patterns()
    items = []
    for match in p["auc"].finditer(ctx.text):
        if ctx.section_of(match.start()) in _EXCLUDED_SECTIONS:
            continue
        sent = ctx.sentence_at(match.start())
        before = list(p["auc_drug"].finditer(ctx.text, max(sent[0], match.start() - 60), match.start()))
        after = p["auc_drug_at"].match(ctx.text, match.end() + len(re.match(r"[\s)(-]*(?:dosed\s+)?", ctx.text[match.end() : match.end() + 12]).group()))
        # 'carboplatin AUC 5', 'carboplatin at an area under the curve (AUC) of 5'
        drug = before[-1] if before and _AUC_GAP.fullmatch(ctx.text, before[-1].end(), match.start()) else after
        if not drug:
            continue
        values: dict = {"amount": float(match.group("n")), "unit": "AUC", "intervention": drug.group()}
        spans: dict[str, tuple[int, int]] = {"intervention": drug.span()}
        frequency = _first_at(p["frequencies"], _own_clause(ctx.text, match.end(), sent[1]), match.end()) or _frequency_before(
            ctx.text, min(match.start(), drug.start())
        )
        _set(values, spans, "frequency", frequency)
        items.append(Item("doses", match.start(), match.end(), "dose.auc", values, spans))
    return items


def _share_with_targets(text: str, targets: list[Item], doses: list[Item]) -> list[Item]:
    """A target-exposure dose listed tightly before a dose whose frequency follows it shares that frequency:
    'carboplatin AUC 5 plus pemetrexed 500 mg/m2 every 21 days' (the regimen's cycle)."""
    for target in targets:
        if target.values.get("frequency"):
            continue
        after = next((d for d in doses if d.start >= target.end), None)
        span = after.spans.get("frequency") if after else None
        if span and span[0] >= after.end and after.start - target.end <= 60 and _coordinated(text, target, after):
            _set(target.values, target.spans, "frequency", _found(after, "frequency"))
    return targets


def _levels(ctx: ExtractionContext, numerals: frozenset[int] = frozenset()) -> list[Item]:
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
        spans: dict[str, tuple[int, int]] = {}
        sent = ctx.sentence_at(match.start())
        clause = re.split(r"[,;(]", ctx.text[end : min(sent[1], end + 40)])[0]
        # 'intravenous high-dose methotrexate', 'high-dose intravenous mannitol', else the sentence's route
        route = (
            _word_before(ctx.text, match.start(), p["routes"], skip=numerals)
            or _first_at(p["routes"], clause, end, numerals)
            or _first_at(p["routes"], ctx.text[sent[0] : sent[1]], sent[0], numerals)
        )
        _set(values, spans, "route", route)
        _set(values, spans, "frequency", _first_at(p["frequencies"], _own_clause(ctx.text, end, sent[1], amounts=False), end))
        if match.group("drug"):
            # Registry lists paste as 'high dose hMSC-ExosBiological: ...': drop the glued type label.
            drug = p["glued_type"].sub("", match.group("drug"))
            start = match.start("drug")
            spans["intervention"] = (start, start + len(drug))
            values["intervention"] = drug
        items.append(Item("doses", match.start(), end, "dose.level", values, spans))
    return items
