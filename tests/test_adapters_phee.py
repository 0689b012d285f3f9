"""PHEE adapter: how Dosage / Route / Freq arguments become gold doses.

The parsing tests use sentences written for these tests in the style of case reports (no dataset
text). The dataset tests read ``phee-dosage`` in place and skip when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.evaluation.adapters import DEFAULT_FOLDERS, load_gold
from extract.evaluation.adapters.phee import doses, normalise_frequency, normalise_route, parse_dosage, parse_level
from extract.models import Dose

DATA = Path(os.environ.get("TRIAL_EXTRACT_DATA", Path(__file__).parents[1] / ".." / "shared" / "data"))


@pytest.mark.parametrize(("dosage", "expected"), [
    ("12 mg", [{"amount": 12.0, "unit": "mg", "frequency": None}]),
    ("750 mg/day", [{"amount": 750.0, "unit": "mg", "frequency": "once daily"}]),
    ("0.5 g/d", [{"amount": 0.5, "unit": "g", "frequency": "once daily"}]),
    ("120-mg/day", [{"amount": 120.0, "unit": "mg", "frequency": "once daily"}]),
    ("25 mg/week", [{"amount": 25.0, "unit": "mg", "frequency": "weekly"}]),
    ("250 mg/12 h", [{"amount": 250.0, "unit": "mg", "frequency": "twice daily"}]),
    ("50 mg tid", [{"amount": 50.0, "unit": "mg", "frequency": "three times daily"}]),
    ("60 mg/m(2)", [{"amount": 60.0, "unit": "mg/m2", "frequency": None}]),
    ("300 mg/m2/day", [{"amount": 300.0, "unit": "mg/m2", "frequency": "once daily"}]),
    ("3 g/m2", [{"amount": 3.0, "unit": "g/m2", "frequency": None}]),
    ("2.0 microg/kg", [{"amount": 2.0, "unit": "µg/kg", "frequency": None}]),
    ("10 UI", [{"amount": 10.0, "unit": "IU", "frequency": None}]),
    ("2,000 mg", [{"amount": 2000.0, "unit": "mg", "frequency": None}]),
    ("50-200 mg daily", [{"amount_low": 50.0, "amount_high": 200.0, "unit": "mg", "frequency": "once daily"}]),
    ("range 100 to 600 mg", [{"amount_low": 100.0, "amount_high": 600.0, "unit": "mg", "frequency": None}]),
    ("2 mg in 0.05 ml", [{"amount": 2.0, "unit": "mg", "frequency": None}]),
    ("increased from 10 mg to 30 mg", [{"amount": 10.0, "unit": "mg", "frequency": None},
                                       {"amount": 30.0, "unit": "mg", "frequency": None}]),
])
def test_numeric_dosages_give_amount_unit_and_their_own_rate(dosage: str, expected: list[dict]) -> None:
    parsed = [{k: v for k, v in d.items() if k not in ("start", "end")} for d in parse_dosage(dosage)]
    assert parsed == expected


@pytest.mark.parametrize("dosage", [
    "overdose", "therapeutic doses", "higher doses", "three doses", "12.5 +/- 3.1 doses",
    "less than 3 grams", "less than 50 U", "4", "1:500", "35 and 60 micromol/L", "12 and 20 microg/mL",
])
def test_non_comparable_dosages_give_no_amount(dosage: str) -> None:
    assert parse_dosage(dosage) == []


@pytest.mark.parametrize(("dosage", "level"), [
    ("high-dose", "high"), ("High dose", "high"), ("low dosage", "low"), ("Low dosages", "low"),
    ("moderate-dose", "medium"), ("overdose", None), ("higher doses", None), ("standard dose", None),
])
def test_level_words(dosage: str, level: str | None) -> None:
    assert parse_level(dosage) == level


@pytest.mark.parametrize(("route", "value"), [
    ("intravenous", "intravenous"), ("i.v.", "intravenous"), ("continuous infusion", "intravenous"),
    ("ingestion", "oral"), ("Orally", "oral"), ("po", "oral"), ("sublingual ingestion", "sublingual"),
    ("intravitreal injection", "intravitreal"), ("intrathecally", "intrathecal"),
    ("subcutaneous injection", "subcutaneous"), ("cream", "topical"), ("enema", "rectal"),
    ("inhaled", "inhalation"), ("eye drops", "ophthalmic"), ("intra-arterial injection", "intra-arterial"),
    ("injection", None), ("chemotherapy", None), ("administration", None), ("parenteral", None),
    ("maternal ingestion", None),
    ("intracoronary infusion", "intracoronary"), ("epidural infusion", "epidural"), ("caudal block", "caudal"),
    ("perineural injection", "perineural"), ("endotracheal", "intratracheal"), ("intratumoral injection", "intratumoral"),
    ("buccal", "buccal"), ("intrauterine infusion", "intrauterine"),
])
def test_routes_are_normalised_to_the_extractor_vocabulary(route: str, value: str | None) -> None:
    assert normalise_route(route) == value


@pytest.mark.parametrize(("frequency", "value"), [
    ("daily", "once daily"), ("once a day", "once daily"), ("per day", "once daily"),
    ("twice daily", "twice daily"), ("every 12 hours", "twice daily"), ("4 times/day", "four times daily"),
    ("three times a day", "three times daily"), ("every 4 hours", "every 4 hours"), ("Weekly", "weekly"),
    ("monthly", "monthly"), ("a single dose", "single dose"), ("every other day", "every other day"),
    ("every 21 days", "every 3 weeks"), ("three times a week", "three times weekly"),
    ("on day 1", None), ("the third cycle", None), ("continuous", None), ("5 days per week", None),
])
def test_frequencies_are_normalised_to_the_extractor_vocabulary(frequency: str, value: str | None) -> None:
    assert normalise_frequency(frequency) == value


def _argument(text: str, sentence: str) -> dict:
    return {"text": [[text]], "start": [[sentence.index(text)]], "entity_id": ["T1"]}


def test_a_treatment_gives_its_dose_route_and_frequency_once() -> None:
    sentence = "A 60-year-old man developed ataxia after taking oral lithium 900 mg daily for a month."
    treatment = {"Drug": _argument("lithium", sentence), "Route": _argument("oral", sentence),
                 "Dosage": _argument("900 mg", sentence), "Freq": _argument("daily", sentence)}
    event = {"event_type": "Adverse_event", "Treatment": treatment}
    row = {"id": "1_1", "context": sentence, "annotations": [{"events": [event, event]}]}
    [dose] = doses(row)
    assert (dose["amount"], dose["unit"], dose["route"], dose["frequency"], dose["intervention"]) == (
        900.0, "mg", "oral", "once daily", "lithium")
    assert sentence[dose["start"] : dose["end"]] == dose["text"] == "900 mg"
    Dose.model_validate(dose, context={"raw_text": sentence})


def test_a_level_dosage_is_a_level_only_dose() -> None:
    sentence = "Encephalopathy followed high-dose intravenous methotrexate."
    treatment = {"Drug": _argument("methotrexate", sentence), "Route": _argument("intravenous", sentence),
                 "Dosage": _argument("high-dose", sentence)}
    row = {"id": "2_1", "context": sentence, "annotations": [{"events": [{"Treatment": treatment}]}]}
    [dose] = doses(row)
    assert (dose["amount"], dose["level"], dose["route"]) == (None, "high", "intravenous")


# --- the dataset (skipped when absent) ---------------------------------------------------------

@pytest.fixture(scope="module")
def phee_docs():
    if not (DATA / DEFAULT_FOLDERS["phee"]).is_dir():
        pytest.skip(f"phee data not found under {DATA}")
    return list(load_gold("phee", DATA))


def test_dataset_splits_and_counts(phee_docs) -> None:
    """train 2,897 and dev 961 sentences (SOURCE.md); the held-out test split is absent."""
    counts = {s: sum(d.split == s for d in phee_docs) for s in ("train", "dev")}
    assert counts == {"train": 2897, "dev": 961}
    assert all(d.fields == {"doses"} and d.dataset == "phee" for d in phee_docs)


def test_dataset_doses_are_substantial_and_grounded(phee_docs) -> None:
    items = [(d, i) for d in phee_docs for i in d.items("doses")]
    amounts = [i for _, i in items if i.get("unit")]
    assert len(amounts) >= 140 and sum(1 for _, i in items if i.get("level")) >= 70
    assert sum(1 for _, i in items if i.get("route")) >= 30
    assert sum(1 for _, i in items if i.get("frequency")) >= 80
    for doc, item in items:
        assert doc.text[item["start"] : item["end"]] == item["text"]
        assert item.get("unit") is None or "/day" not in item["unit"]  # the rate is the frequency
