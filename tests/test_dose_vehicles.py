"""What a drug is dissolved in is no dose of it: the strength of a diluent ('0.9% saline', 'isotonic 0.9%
solution', '5% dextrose') and its volume ('10 mL normal saline', 'diluted in 100 mL') are not read as
doses, and so cannot take the route of the drug given in them. A solution used as the treatment itself
('3% hypertonic saline', '50% dextrose', a 20 mL/kg fluid bolus) stays a dose. A Roman numeral 'IV' after
a noun that numbers things ('level IV', 'Arm IV', 'Part IV') is no intravenous route; per-minute and
per-hour infusion rates ('ng/kg/min', 'µg/kg/h') are units of their own."""

import pytest

from tests.conftest import extract


def doses(text):
    return {d.text: (d.intervention, d.route) for d in extract(text).doses if d.amount is not None or d.amount_low is not None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ropivacaine 0.2% in isotonic 0.9% solution was given epidurally.",
            {"0.2%": ("Ropivacaine", "epidural")},
        ),
        (
            "Ondansetron 4 mg diluted in 0.9% saline was given intravenously before induction.",
            {"4 mg": ("Ondansetron", "intravenous")},
        ),
        (
            "Magnesium sulfate 2 g in 100 mL 5% dextrose was infused over 20 minutes.",
            {"2 g": ("Magnesium sulfate", "intravenous")},
        ),
        ("Placebo was 0.9% NaCl solution given subcutaneously once weekly.", {}),
        ("Ketamine 0.5 mg/kg was diluted with saline 0.9% to 10 mL and given over one minute.", {"0.5 mg/kg": ("Ketamine", None)}),
        (
            "Dexamethasone 8 mg was dissolved in 20 mL sodium chloride 0.9% and injected intravenously.",
            {"8 mg": ("Dexamethasone", "intravenous")},
        ),
    ],
)
def test_a_diluent_is_no_dose(sentence, expected):
    assert doses(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a solution given as the treatment, at a strength no diluent has
        ("Hypoglycaemia was treated with 50 mL of 50% dextrose intravenously.", {"50 mL": ("dextrose", "intravenous")}),
        # a fluid given as an arm or as a placebo is a dose, named whole; only a volume a drug is put in is none
        ("Patients received 500 mL of lactated Ringer's solution before spinal anaesthesia.", {"500 mL": ("lactated Ringer's", None)}),
        ("The control group received 10 mL normal saline intravenously.", {"10 mL": ("saline", "intravenous")}),
        ("Patients with cystic fibrosis inhaled 7% saline 4 mL twice daily for 48 weeks.", {"4 mL": ("saline", "inhalation")}),
        ("Patients received 23.4% saline 30 mL as a bolus.", {"30 mL": ("saline", None)}),
        (
            "Before spinal anesthesia, parturients received a preload of 1000 mL Ringer's lactate or a coload of 1000 mL Ringer's lactate.",
            {"1000 mL": ("Ringer's lactate", None)},
        ),
        ("Group A received 5% dextrose 500 mL and group B received Ringer's lactate 500 mL during labor.", {"500 mL": ("Ringer's lactate", None)}),
        ("Patients received 1 L of 0.9% saline or 1 L of Plasma-Lyte over 1 hour.", {"1 L": ("Plasma-Lyte", None)}),
        ("Children were given a bolus of 20 mL/kg of normal saline over one hour.", {"20 mL/kg": ("saline", None)}),
        ("Patients received 3% hypertonic saline 5 mL/kg or mannitol 1 g/kg.", {"5 mL/kg": ("saline", None), "1 g/kg": ("mannitol", None)}),
        # a drug's own strength and volume, beside a diluent named elsewhere
        ("Bupivacaine 0.5% 20 mL was injected; the control group received normal saline.", {"0.5%": ("Bupivacaine", None), "20 mL": ("Bupivacaine", None)}),
        ("Timolol 0.5% eye drops were instilled twice daily.", {"0.5%": ("Timolol", "ophthalmic")}),
        ("Lidocaine 2% solution 5 mL was applied to the pharynx.", {"2%": ("Lidocaine", None), "5 mL": ("Lidocaine", None)}),
    ],
)
def test_a_solution_given_as_treatment_is_still_a_dose(sentence, expected):
    """(Doses written alike collapse to the last in ``doses``: each arm's volume is checked separately below.)"""
    found = doses(sentence)
    assert {k: v for k, v in found.items() if k in expected} == expected
    assert set(expected) <= set(found)


def routes(text):
    return {d.text: d.route for d in extract(text).doses if d.amount is not None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients in Arm IV received 20 mg of drug X by mouth.", {"20 mg": "oral"}),
        ("In Part IV of the study, volunteers took 10 mg of drug X.", {"10 mg": None}),
        ("The trial was run in a level IV neonatal intensive care unit; caffeine 20 mg/kg was given orally.", {"20 mg/kg": "oral"}),
        ("Participants with DSM-IV major depression took fluoxetine 20 mg.", {"20 mg": None}),
        ("Patients with stage III-IV disease received docetaxel 75 mg/m2.", {"75 mg/m2": None}),
        ("Patients with stage IIIb or IV cancer received pemetrexed 500 mg/m2.", {"500 mg/m2": None}),
        ("Cough was less frequent in Group III (32% vs 60%) and IV (54% vs 76%) after lignocaine 1.5 mg/kg.", {"1.5 mg/kg": None}),
        # a word the text numbers elsewhere is a label, whatever the word
        ("Cohort A took 5 mg of drug X; Cohort IV took 10 mg of drug X.", {"5 mg": None, "10 mg": None}),
        ("Group III received 1 mg/kg and Group IV received 1.5 mg/kg lidocaine.", {"1 mg/kg": None, "1.5 mg/kg": None}),
    ],
)
def test_a_roman_numeral_after_a_numbered_noun_is_no_route(sentence, expected):
    assert routes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # counter-examples: 'IV' after a drug, an amount or a verb is the route
        ("Meloxicam IV 30 mg was given once daily after surgery.", {"30 mg": "intravenous"}),
        ("Patients received dexamethasone 8 mg IV or placebo before surgery.", {"8 mg": "intravenous"}),
        ("Ketorolac 30 mg was given IV at the end of surgery.", {"30 mg": "intravenous"}),
        ("Paracetamol IV 1 g or ibuprofen 400 mg orally was given.", {"1 g": "intravenous", "400 mg": "oral"}),
        ("Patients received ondansetron 4 mg orally and IV paracetamol 1 g at the end of surgery.", {"4 mg": "oral", "1 g": "intravenous"}),
        # a verb before 'IV' is no label, though the text gives letters after it elsewhere
        ("Patients who received A or B were excluded. Patients received IV ketorolac 30 mg.", {"30 mg": "intravenous"}),
        # 'the IV group': the article numbers nothing
        ("In the IV group, paracetamol 1 g was given every 6 hours.", {"1 g": "intravenous"}),
        # a drug the text also names with a letter is still a drug ('vitamin D' is no numbered label of 'IV')
        ("Iron sucrose IV 200 mg was given monthly; oral iron 100 mg daily was the comparator.", {"200 mg": "intravenous", "100 mg": "oral"}),
    ],
)
def test_iv_after_a_drug_or_an_amount_is_still_intravenous(sentence, expected):
    assert routes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("Iloprost was infused at 1 to 2 ng/kg/min for six hours.", "ng/kg/min"),
        ("Dexmedetomidine 0.5 µg/kg/min was infused during surgery.", "µg/kg/min"),
        ("Dexmedetomidine was infused at 0.7 mcg/kg/hr until extubation.", "µg/kg/h"),
        ("Lidocaine 1.5 mg/kg/h was infused intraoperatively.", "mg/kg/h"),
        ("Heparin 10 U/kg/h was infused for 48 hours.", "U/kg/h"),
        # the exponent form of anaesthesia papers
        ("Propofol 2 mg kg-1 was given at induction.", "mg/kg"),
        ("Lidocaine was infused at 2 mg. kg-1 . h-1 during surgery.", "mg/kg/h"),
        ("Remifentanil 0.1 μg·kg−1·min−1 was infused.", "µg/kg/min"),
        ("Dexmedetomidine 0.5 µg kg(-1) h(-1) was infused until the end of surgery.", "µg/kg/h"),
        ("Mannitol 1 g/kg was infused over 20 minutes.", "g/kg"),
        # a daily rate is still the amount of one day, its rate the frequency
        ("Hydroxyurea 15 mg/kg/day was taken orally.", "mg/kg"),
    ],
)
def test_infusion_rates_keep_their_time_unit(sentence, unit):
    [dose] = [d for d in extract(sentence).doses if d.unit]
    assert dose.unit == unit


@pytest.mark.parametrize(
    "sentence, intervention",
    [
        # the drug before an 'infusion' or 'injection' word names the dose in the parenthesis
        ("We studied the effects of ANP infusion (10 ng/kg/min for 1 hour) on oxygenation.", "ANP"),
        ("Patients received a ketamine bolus (0.5 mg/kg) at induction.", "ketamine"),
        # a function word before the regimen word names none: the drug is looked for in the parenthesis
        ("Patients received the combination or monotherapy (docetaxel 100 mg/m2 every 3 weeks).", "docetaxel"),
        ("Patients continued metformin monotherapy (≥1500 mg/day) throughout the study.", "metformin"),
        # a verb after the dose names no drug
        ("Fenoldopam at 0.1 µg/kg/min did not change urine output.", None),
        # nor an adverb, and a body weight after the unit is skipped to the drug
        ("Rats in group IV received 600 mg/kg BW of curcumin by gavage.", "curcumin"),
        ("Exenatide 5 µg initially, then 10 µg twice daily, was injected subcutaneously.", "Exenatide"),
        ("Ondansetron 4 mg diluted in 0.9% saline was given intravenously.", "Ondansetron"),
        ("Remifentanil 0.1 µg/kg/min, then 0.05 µg/kg/min was infused.", "Remifentanil"),
    ],
)
def test_the_drug_of_an_infusion_rate(sentence, intervention):
    first = next(d for d in extract(sentence).doses if d.unit)
    assert first.intervention == intervention


def volumes(text):
    return [(d.intervention, d.amount, d.unit, d.route) for d in extract(text).doses if d.unit in ("mL", "L")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Infants were randomized to nebulized 3% saline (4 mL) or 0.9% saline (4 mL) every 8 hours.",
            [("saline", 4.0, "mL", "inhalation"), ("saline", 4.0, "mL", "inhalation")],
        ),
        (
            "Infants received nebulized 3% hypertonic saline 4 mL or 0.9% saline 4 mL every 8 hours.",
            [("saline", 4.0, "mL", "inhalation"), ("saline", 4.0, "mL", "inhalation")],
        ),
        (
            "Patients were randomized to receive 2 L of lactated Ringer's solution or 2 L of normal saline over 2 hours.",
            [("lactated Ringer's", 2.0, "L", None), ("saline", 2.0, "L", None)],
        ),
        (
            "Patients received 1 L of 0.9% saline or 1 L of Plasma-Lyte over 1 hour.",
            [("saline", 1.0, "L", None), ("Plasma-Lyte", 1.0, "L", None)],
        ),
        (
            "Group A received 5% dextrose 500 mL and group B received Ringer's lactate 500 mL during labor.",
            [("dextrose", 500.0, "mL", None), ("Ringer's lactate", 500.0, "mL", None)],
        ),
        # counter-examples: the volume a drug is put in stays no dose
        ("Ketamine 0.5 mg/kg was diluted in 100 mL 0.9% saline and infused over 10 minutes.", []),
        ("Magnesium sulfate 4 g in 100 mL normal saline was infused over 20 minutes.", []),
        ("Oxytocin 10 IU was made up to 20 mL with normal saline.", []),
    ],
)
def test_every_fluid_arm_keeps_its_volume(sentence, expected):
    assert volumes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a 'III' a clause back ('phase III', 'ASA I-III', 'stage III', 'class III') enumerates nothing: 'IV' is the route
        ("In this phase III trial, patients were randomized to oral ibuprofen 400 mg or IV paracetamol 1 g.", {"400 mg": "oral", "1 g": "intravenous"}),
        (
            "Ninety ASA I-III patients were randomized to receive either oral paracetamol 500 mg or IV paracetamol 1 g before induction.",
            {"500 mg": "oral", "1 g": "intravenous"},
        ),
        (
            "In this phase III, double-blind trial, 400 women were randomized to oral misoprostol 600 µg or IV oxytocin 10 IU.",
            {"600 µg": "oral", "10 IU": "intravenous"},
        ),
        (
            "Patients with stage III colon cancer received oxaliplatin 85 mg/m2 and IV leucovorin 400 mg/m2 every 2 weeks.",
            {"85 mg/m2": None, "400 mg/m2": "intravenous"},
        ),
        (
            "Eligible patients (ASA I-III) received ondansetron 4 mg, or IV granisetron 1 mg at the end of surgery.",
            {"4 mg": None, "1 mg": "intravenous"},
        ),
        ("In this phase III trial, patients received pantoprazole 40 mg orally and IV pantoprazole 80 mg.", {"40 mg": "oral", "80 mg": "intravenous"}),
        ("Patients had class III obesity. They received cefazolin 2 g or IV vancomycin 15 mg/kg.", {"2 g": None, "15 mg/kg": "intravenous"}),
        # counter-examples: a real series of numerals
        ("Patients with stage III or IV cancer received oral capecitabine 1000 mg/m2.", {"1000 mg/m2": "oral"}),
        ("Patients in Group III (n = 20) and IV (n = 20) received ketamine 0.5 mg/kg orally.", {"0.5 mg/kg": "oral"}),
    ],
)
def test_iv_after_an_unrelated_numeral_is_the_route(sentence, expected):
    assert routes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an article or an adjective before 'infusion (' names no drug
        ("Patients received magnesium sulfate 4 g followed by an infusion (1 g/h) for 24 hours.", {"4 g": "magnesium sulfate", "1 g/h": "infusion"}),
        ("Patients received a continuous infusion (0.5 mg/kg/h) of ketamine during surgery.", {"0.5 mg/kg/h": "ketamine"}),
        ("Children received IVIG 2 g/kg over 2 days.", {"2 g/kg": "IVIG"}),
        # counter-example: a drug before 'infusion (' is still the drug
        ("Patients received a remifentanil infusion (0.1 µg/kg/min) during surgery.", {"0.1 µg/kg/min": "remifentanil"}),
    ],
)
def test_a_word_of_how_a_dose_is_given_names_no_drug(sentence, expected):
    assert {d.text: d.intervention for d in extract(sentence).doses if d.amount is not None} == expected
