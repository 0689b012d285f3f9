"""Doses in sentences written for the ninth session's review: a count of administrations belongs to the dose
it counts, a drug is named whole past the words of its form, its container or its additive, the oral step of
a switch is oral, and a target exposure shares its regimen's cycle. Each rule with the nearest sentences where
it must not fire."""

import pytest

from tests.conftest import extract


def doses(text):
    return [(d.intervention, d.amount, d.unit, d.n_administrations) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a cap in brackets after one drug is that drug's, not the other arm's
        (
            "Patients were randomized to ceftriaxone 2 g once daily (maximum 7 doses) or ertapenem 1 g once daily.",
            [("ceftriaxone", 2.0, "g", 7), ("ertapenem", 1.0, "g", None)],
        ),
        (
            "Women received oral misoprostol 25 µg every 2 hours (maximum 8 doses) or a dinoprostone 10 mg vaginal insert.",
            [("misoprostol", 25.0, "µg", 8), ("dinoprostone", 10.0, "mg", None)],
        ),
        # a leading count reaches its clause, not the next step after 'followed by'
        (
            "Patients received a single preoperative dose of cefazolin 2 g intravenously, followed by oral cefadroxil 500 mg twice daily.",
            [("cefazolin", 2.0, "g", 1), ("cefadroxil", 500.0, "mg", None)],
        ),
        (
            "Patients received single doses of dexamethasone 8 mg at induction with either granisetron 1 mg or ondansetron 4 mg.",
            [("dexamethasone", 8.0, "mg", 1), ("granisetron", 1.0, "mg", 1), ("ondansetron", 4.0, "mg", 1)],
        ),
        (
            "Participants received a single dose of ondansetron 8 mg intravenously and dexamethasone 4 mg intravenously.",
            [("ondansetron", 8.0, "mg", 1), ("dexamethasone", 4.0, "mg", 1)],
        ),
        # counterexample: one dose, as before
        ("Children received two doses of oseltamivir 30 mg.", [("oseltamivir", 30.0, "mg", 2)]),
        # the course count of another arm's regimen
        (
            "Patients received tamoxifen 20 mg/day for 2 years or six courses of doxorubicin 40 mg/m2.",
            [("tamoxifen", 20.0, "mg", None), ("doxorubicin", 40.0, "mg/m2", 6)],
        ),
    ],
)
def test_count_of_administrations_is_the_counted_doses(sentence, expected):
    assert doses(sentence) == expected


@pytest.mark.parametrize(
    "sentence, drug",
    [
        ("Participants received vitamin D3 supplementation 2000 IU daily for 12 months.", "vitamin D3"),
        ("Children were given vitamin A supplementation 200 000 IU every 6 months.", "vitamin A"),
        ("Patients received peginterferon alfa-2a 180 µg subcutaneously weekly.", "peginterferon alfa-2a"),
        ("Anaemia was treated with darbepoetin alfa 200 µg every 2 weeks.", "darbepoetin alfa"),
        ("Patients received interferon beta-1a 30 µg intramuscularly once a week.", "interferon beta-1a"),
        ("Patients received pemetrexed 500 mg/m2 every 21 days.", "pemetrexed"),
        ("Hypotension was treated with phenylephrine at 50 µg/min.", "phenylephrine"),
        ("Sedation was maintained with propofol at a rate of 4 mg/kg/h.", "propofol"),
        ("Anaesthesia was obtained with one 1.8 mL cartridge of 4% articaine with epinephrine 1:100,000.", "articaine"),
        ("Patients received 2% lidocaine with 1:80,000 epinephrine (1.8 mL).", "lidocaine"),
        ("Patients received 2×106/kg CD34+ cells.", "CD34+ cells"),
    ],
)
def test_drug_named_whole(sentence, drug):
    found = [d for d in extract(sentence).doses if d.amount is not None]
    assert found and found[-1].intervention == drug


@pytest.mark.parametrize(
    "sentence, drug",
    [
        # 'at' after a word that is no drug: no name, as before
        ("Patients at 10 mg were compared with those at 20 mg.", None),
        ("Treatment began at 10 mg daily.", None),
        # an additive's own dose stays its own
        ("Patients received epinephrine 1 mg intravenously.", "epinephrine"),
        # a plain number per kilogram before 'cells' is no cell dose
        ("The count was 20 /kg cells.", "absent"),
    ],
)
def test_drug_counterexamples(sentence, drug):
    found = [d for d in extract(sentence).doses if d.amount is not None]
    if drug == "absent":
        assert found == []
    else:
        assert found and found[0].intervention == drug


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Patients received ceftriaxone 1 g intravenously once daily, with an intravenous-to-oral switch to amoxicillin 500 mg three times daily.",
            [("ceftriaxone", "intravenous"), ("amoxicillin", "oral")],
        ),
        ("An early IV to oral switch to levofloxacin 500 mg once daily was allowed.", [("levofloxacin", "oral")]),
        # counterexample: an intravenous dose with no switch
        ("Patients received ciprofloxacin 400 mg intravenously twice daily.", [("ciprofloxacin", "intravenous")]),
    ],
)
def test_oral_step_of_a_switch(sentence, expected):
    assert [(d.intervention, d.route) for d in extract(sentence).doses] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Patients received carboplatin AUC 5 plus pemetrexed 500 mg/m2 every 21 days.",
            [("carboplatin", "every 3 weeks"), ("pemetrexed", "every 3 weeks")],
        ),
        # counterexample: a later step's schedule is not the target dose's
        (
            "Patients received carboplatin AUC 5 on day 1, then pemetrexed 500 mg/m2 every 21 days as maintenance.",
            [("carboplatin", None), ("pemetrexed", "every 3 weeks")],
        ),
        (
            "Loading dose: 4 g magnesium sulfate IV, then 1 g/h for 24 hours.",
            [("magnesium sulfate", None), ("magnesium sulfate", None)],
        ),
    ],
)
def test_regimen_shared(sentence, expected):
    assert [(d.intervention, d.frequency) for d in extract(sentence).doses] == expected
