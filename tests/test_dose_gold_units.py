"""Gold units follow the record's unit semantics: the unit of one administration, a rate is the frequency.

A record's ``unit`` is what one administration is measured in ('mg', 'mg/kg', 'U'); how often it
is given is ``frequency`` (README *The record*: '1,500 mg/day' → mg, once daily). Gold adapters
must read a rate written into a unit the same way, or the gold can never match the extractor.
"""

from __future__ import annotations

import pytest

from extract.evaluation.adapters._ctro_vocab import normalise_unit_text, split_rate
from extract.evaluation.matching import MATCHERS
from tests.conftest import extract


@pytest.mark.parametrize(("written", "unit", "frequency"), [
    ("U/day", "U", "once daily"),
    ("units/d", "U", "once daily"),
    ("IU kg", "IU/kg", None),
    ("mg/kg/day", "mg/kg", "once daily"),
    ("mg/week", "mg", "weekly"),
    ("microg/ml", "µg/mL", None),
    ("mg", "mg", None),
])
def test_a_rate_in_a_gold_unit_becomes_the_frequency(written: str, unit: str, frequency: str | None) -> None:
    assert split_rate(normalise_unit_text(written)) == (unit, frequency)


@pytest.mark.parametrize("sentence", [
    "Patients on stable insulin therapy (30-150 U/day) were randomized.",
    "Basal insulin was titrated to 40 units/day.",
])
def test_the_extractor_and_the_gold_agree_on_a_daily_unit(sentence: str) -> None:
    """What the extractor reports for 'N U/day' is what the gold says: U, once daily."""
    [dose] = [d.model_dump() for d in extract(sentence).doses if d.unit]
    assert dose["unit"] == "U" and dose["frequency"] == "once daily"
    written = sentence[dose["end"] :].split()[0].rstrip(").")  # '/day' after the unit the extractor read
    unit, frequency = split_rate(normalise_unit_text(dose["text"].split()[-1] + written))
    gold = {k: dose[k] for k in ("amount", "amount_low", "amount_high")} | {"unit": unit}
    assert MATCHERS["doses"](gold, dose) and frequency == dose["frequency"]
