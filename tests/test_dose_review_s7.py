"""Doses in sentences written for the seventh review: quantities measured in the patients are no doses
given ('Mean blood loss was 350 mL'), while the doses next to them stay."""

import pytest

from tests.conftest import extract


def doses(text):
    return [(d.intervention, d.amount, d.unit, d.frequency, d.route) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mean blood loss was 350 mL in the tranexamic acid group and 520 mL in the placebo group.",
        "Median intraoperative blood loss was 410 mL (IQR 250-600) versus 560 mL.",
        "The cumulative dose of morphine at 24 h was 12.4 mg in group A and 28.6 mg in group B.",
        "The mean total fentanyl consumption during the first day was 215 µg with dexmedetomidine and 340 µg with saline.",
        "Daily protein intake was 85 g per day in both groups.",
        "The median dose of dexamethasone actually taken was 8 mg.",
        "Median urine output were 1.9 L and 2.3 L on day 2.",
        "Average opioid requirements were 18 mg in the block group versus 31 mg in the sham group.",
    ],
)
def test_a_measured_quantity_is_no_dose(sentence):
    assert doses(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a giving verb after the measured lead starts a new statement
        ("The mean age was 54 years and patients received aspirin 100 mg daily.", [("aspirin", 100.0, "mg")]),
        # the clause ends at a semicolon or a full stop
        ("Median follow-up was 12 months; patients received rituximab 375 mg/m2 weekly.", [("rituximab", 375.0, "mg/m2")]),
        ("Tranexamic acid 1 g was given; mean blood loss was 350 mL.", [("Tranexamic acid", 1.0, "g")]),
        # the drug named right before the amount makes it that drug's dose
        ("Mean HbA1c was 8.1% in patients on metformin 1000 mg twice daily.", [("metformin", 1000.0, "mg")]),
        # a fluid given is a dose; 'a mean of' after 'received' is not read as a result
        ("Patients received 2 L of normal saline over 2 hours.", [("saline", 2.0, "L")]),
        ("The dose of atorvastatin was 40 mg.", [("atorvastatin", 40.0, "mg")]),
        # amounts compared as conditions ('higher with 1500 mg') are the doses given
        ("Fat excretion was higher with 1500 mg than with 500 mg calcium per day.", [(None, 1500.0, "mg"), ("calcium", 500.0, "mg")]),
    ],
)
def test_a_dose_beside_a_measured_quantity_stays(sentence, expected):
    assert [d[:3] for d in doses(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the next step of one drug's regimen is that drug's dose; a loading dose keeps no later frequency
        ("IVIG 1 g/kg loading dose, then 0.5 g/kg daily for 3 days.", [("IVIG", 1.0, None), ("IVIG", 0.5, "once daily")]),
        ("Magnesium sulfate 4 g loading dose followed by 1 g/h maintenance.", [("Magnesium sulfate", 4.0, None), ("Magnesium sulfate", 1.0, None)]),
        ("Aspirin 300 mg on day 1, then 75 mg daily thereafter.", [("Aspirin", 300.0, None), ("Aspirin", 75.0, "once daily")]),
        ("Sertraline 50 mg daily for one week, thereafter 100 mg daily.", [("Sertraline", 50.0, "once daily"), ("Sertraline", 100.0, "once daily")]),
        (
            "Vancomycin was given as a 25 mg/kg loading dose and a maintenance dose of 15 mg/kg every 12 hours.",
            [("Vancomycin", 25.0, None), ("Vancomycin", 15.0, "twice daily")],
        ),
        # counter-examples: another drug named after 'then' keeps its own name; a new sentence starts afresh
        ("Aspirin 300 mg on day 1, then clopidogrel 75 mg daily.", [("Aspirin", 300.0, None), ("clopidogrel", 75.0, "once daily")]),
        ("Patients received paracetamol 1 g. Then ibuprofen 400 mg was given.", [("paracetamol", 1.0, None), ("ibuprofen", 400.0, None)]),
    ],
)
def test_the_next_step_of_a_regimen_is_the_same_drug(sentence, expected):
    assert [(d[0], d[1], d[3]) for d in doses(sentence)] == expected


def test_a_frequency_after_then_without_an_amount_is_the_doses():
    [dose] = doses("Fulvestrant 500 mg was injected on days 1, 15 and 29, then monthly.")
    assert dose[3] == "monthly"
