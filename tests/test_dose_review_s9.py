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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 'a <amount> <route> dose / infusion / bolus of DRUG'
        ("Within an hour of a 2 g intravenous infusion of cefazolin, he developed a rash.", [("cefazolin", 2.0)]),
        ("Contacts received a single 600 mg oral dose of rifampicin.", [("rifampicin", 600.0)]),
        ("She received a 1 g intravenous bolus of methylprednisolone daily for 3 days.", [("methylprednisolone", 1.0)]),
        ("Spinal anaesthesia used 12 mg of 0.5% hyperbaric bupivacaine.", [("bupivacaine", 12.0)]),
        ("Infants received 0.5 mL of the pneumococcal conjugate vaccine.", [("pneumococcal conjugate vaccine", 0.5)]),
        # the subject of a giving verb after an opening phrase, or after a route word
        ("In the escalation phase, ABX-101 was given orally once daily at 400 mg.", [("ABX-101", 400.0)]),
        ("Intravenous insulin was infused at 0.1 U/kg/h until ketosis resolved.", [("insulin", 0.1)]),
        ("The AAV9 vector was infused once at a dose of 2 × 10^14 vg/kg.", [("AAV9 vector", 2e14)]),
        # 'DRUG loading dose of', 'DRUG patches delivering', esters and extracts named whole
        ("Patients received a ketamine loading dose of 0.5 mg/kg.", [("ketamine", 0.5)]),
        ("Transdermal fentanyl patches delivering 25 µg/h were applied every 72 hours.", [("fentanyl", 25.0)]),
        ("Patients received haloperidol decanoate 100 mg monthly.", [("haloperidol decanoate", 100.0)]),
        ("Participants took ginger root extract 250 mg twice daily.", [("ginger root extract", 250.0)]),
        # counterexamples: no drug named
        ("Patients received 10 mg of the study drug.", [(None, 10.0)]),
        ("Patients received a loading dose of 10 mg.", [(None, 10.0)]),
        ("Following the amendment, the drug was given at a flat dose of 240 mg.", [(None, 240.0)]),
        ("In this trial, all participants were given 10 mg daily.", [(None, 10.0)]),
    ],
)
def test_drug_named_around_the_amount(sentence, expected):
    assert [(d.intervention, d.amount) for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the count inside one dose's words is that dose's; the next step of the regimen takes the drug, not the count
        (
            "Ocrelizumab was given as two 300 mg infusions 14 days apart and then as a single 600 mg infusion every 24 weeks.",
            [("Ocrelizumab", 300.0, 2), ("Ocrelizumab", 600.0, None)],
        ),
        # a count of something no dose here names
        (
            "Patients received fludarabine 30 mg/m2/day and cyclophosphamide 500 mg/m2/day for 3 days, followed by a single infusion of CAR T cells.",
            [("fludarabine", 30.0, None), ("cyclophosphamide", 500.0, None)],
        ),
        ("Patients received ondansetron 4 mg and dexamethasone 8 mg, two doses of each.", [("ondansetron", 4.0, 2), ("dexamethasone", 8.0, 2)]),
        # arms and dose levels are no administrations
        ("Patients were allocated to two treatment groups of dexamethasone 8 mg or placebo.", [("dexamethasone", 8.0, None)]),
        ("XY-101 was given at three dose levels: 0.3 mg/kg, 1 mg/kg and 3 mg/kg.", [("XY-101", 0.3, None), ("XY-101", 1.0, None), ("XY-101", 3.0, None)]),
        # 'the single dose group' is given one
        ("In the single dose group, 50 mg/m2 of methotrexate was given on day 0.", [("methotrexate", 50.0, 1)]),
        # counterexample: 'a single' after another drug's dose does not make it that drug's
        (
            "Compared with daily injections of filgrastim 5 µg/kg/d, a single 100 µg/kg injection of pegfilgrastim was as effective.",
            [("filgrastim", 5.0, None), ("pegfilgrastim", 100.0, None)],
        ),
    ],
)
def test_counts_and_steps(sentence, expected):
    assert [(d.intervention, d.amount, d.n_administrations) for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Spinal anaesthesia was performed with bupivacaine 10 mg plus fentanyl 25 µg.", ["intrathecal", "intrathecal"]),
        ("Labour epidural analgesia was maintained with 0.1% ropivacaine.", ["epidural"]),
        # counterexample: analgesia named, another route stated for the dose
        ("Patients with epidural analgesia received paracetamol 1 g orally.", ["oral"]),
    ],
)
def test_neuraxial_technique_gives_the_route(sentence, expected):
    assert [d.route for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nusinersen 12 mg was given intrathecally every 4 months.", [(12.0, "every 4 months")]),
        ("Ocrelizumab 600 mg was infused every 24 weeks.", [(600.0, "every 24 weeks")]),
        # a cap of a patient-controlled pump is no dose
        ("Morphine PCA was set to a 1 mg bolus with a 4-hour limit of 20 mg.", [(1.0, None)]),
    ],
)
def test_long_intervals_and_caps(sentence, expected):
    assert [(d.amount, d.frequency) for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # review regression RD1: a gapped clause shares the verb's route
        ("Norepinephrine was infused at 0.1 µg/kg/min, and phenylephrine at 50 µg/min.", [("Norepinephrine", "intravenous"), ("phenylephrine", "intravenous")]),
        # counterexamples: its own route; another sentence
        ("Morphine was given intravenously at 5 mg, and paracetamol at 1 g orally.", [("Morphine", "intravenous"), ("paracetamol", "oral")]),
        ("Norepinephrine was infused at 0.1 µg/kg/min. Phenylephrine at 50 µg/min was used as rescue.", [("Norepinephrine", "intravenous"), ("Phenylephrine", None)]),
    ],
)
def test_gapped_clause_shares_the_route(sentence, expected):
    assert [(d.intervention, d.route) for d in extract(sentence).doses] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a frequency leading the drug wins over the cycle length in its bracket
        ("Weekly paclitaxel (80 mg/m2 on days 1, 8 and 15 of a 28-day cycle) was given.", [("paclitaxel", "weekly")]),
        # counterexample: no leading frequency, the cycle is the frequency read
        ("Patients received docetaxel 75 mg/m2 on day 1 of a 21-day cycle.", [("docetaxel", "every 3 weeks")]),
        # a regimen's acronym before a bracket: each listed drug names its own amount
        (
            "Patients received FLOT (docetaxel 50 mg/m2, oxaliplatin 85 mg/m2 and fluorouracil 2600 mg/m2, every 2 weeks).",
            [("docetaxel", "every 2 weeks"), ("oxaliplatin", "every 2 weeks"), ("fluorouracil", "every 2 weeks")],
        ),
        # counterexample: no drug named inside the bracket, the acronym as before
        ("Patients received IVIG (2 g/kg) over two days.", [("IVIG", None)]),
        # a target exposure written out
        (
            "Carboplatin at an area under the curve (AUC) of 5 and paclitaxel 175 mg/m2 were given every 3 weeks.",
            [("Carboplatin", "every 3 weeks"), ("paclitaxel", "every 3 weeks")],
        ),
    ],
)
def test_regimens_in_brackets(sentence, expected):
    assert [(d.intervention, d.frequency) for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a route word no dose holds goes to the nearest dose without one of its own
        (
            "Sublingual buprenorphine 8 mg daily was replaced by a monthly subcutaneous injection of extended-release buprenorphine 300 mg.",
            [(8.0, "sublingual"), (300.0, "subcutaneous")],
        ),
        # counterexample: one route for a list, as before
        ("Patients received oral anastrozole 1 mg or letrozole 2.5 mg daily.", [(1.0, "oral"), (2.5, "oral")]),
    ],
)
def test_route_to_the_nearest_dose_without_one(sentence, expected):
    assert [(d.amount, d.route) for d in extract(sentence).doses] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Blood loss was lower with TXA (median 300 mL vs 600 mL, P < 0.001).",
        "Drain output was smaller after the block (mean 120 mL vs 210 mL; P = 0.01).",
    ],
)
def test_a_summary_statistic_of_a_measured_volume_is_no_dose(text):
    assert extract(text).doses == []


def test_a_cumulative_total_is_never_the_drug_s_name():
    text = "Isotretinoin 0.5 mg/kg/day was taken orally until a cumulative dose of 120 mg/kg was reached."
    assert all(d.intervention != "cumulative" for d in extract(text).doses)
