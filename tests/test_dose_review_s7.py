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


@pytest.mark.parametrize(
    "sentence, amount, unit",
    [
        # a space between thousands, as European abstracts write them
        ("Children received 1 500 mg of calcium daily.", 1500.0, "mg"),
        ("Cholecalciferol 100 000 IU was given orally every 3 months.", 100000.0, "IU"),
        # a bare power of ten is 1 × 10^k, never k
        ("Patients received 10^6 cells/kg intravenously.", 1e6, "cells/kg"),
        ("Infants received Lactobacillus reuteri 10(8) CFU daily for 28 days.", 1e8, "CFU"),
        # microbes, viral vectors and titers
        ("Volunteers received 1 x 10(8) plaque-forming units intranasally on day 0.", 1e8, "PFU"),
        ("Gene therapy was given as a single intravenous infusion of 2 × 10(14) vg/kg.", 2e14, "vg/kg"),
        ("Participants received 5 × 10^10 viral particles of the vaccine intramuscularly.", 5e10, "vp"),
        ("Each capsule contained 5 billion CFU of Lactobacillus.", 5e9, "CFU"),
        ("Patients received 108 CFU of Bifidobacterium daily.", 1e8, "CFU"),  # a flattened superscript: 10⁸
        # radiation doses and infusion rates in volume
        ("Radiotherapy of 50.4 Gy in 28 fractions was delivered.", 50.4, "Gy"),
        ("Ropivacaine 0.2% was infused at 8 mL/h via the epidural catheter.", 8.0, "mL/h"),
    ],
)
def test_units_and_number_forms(sentence, amount, unit):
    assert (amount, unit) in [(d[1], d[2]) for d in doses(sentence)]


@pytest.mark.parametrize(
    "sentence, amounts",
    [
        # a number that counts something before the amount is not its thousands
        ("On day 1 500 mg of ceftriaxone was given.", [500.0]),
        ("Patients were randomly assigned to ABI-007 260 mg/m2 every 3 weeks.", [260.0]),
        # a dose in Gy measured in the patient is no dose given
        ("The mean heart dose was 4.2 Gy.", []),
        # '106' with a drug's unit is 106
        ("Patients received 106 mg of iron sucrose.", [106.0]),
    ],
)
def test_number_forms_that_must_not_be_read_as_larger(sentence, amounts):
    assert [d[1] for d in doses(sentence)] == amounts


def test_radiation_names_the_radiotherapy_and_takes_no_drugs_frequency():
    found = doses("Patients received 60 Gy of radiotherapy with concurrent cisplatin 40 mg/m2 weekly.")
    assert found == [("radiotherapy", 60.0, "Gy", None, None), ("cisplatin", 40.0, "mg/m2", "weekly", None)]


@pytest.mark.parametrize(
    "sentence, route",
    [
        ("Ropivacaine 0.2% was infused at 8 mL/h via the epidural catheter.", "epidural"),
        ("Ropivacaine 0.5% 20 mL was infused through the perineural catheter.", "perineural"),
        ("Insulin was given as a continuous subcutaneous infusion of 0.5 U/h.", "subcutaneous"),
        ("Neonates received surfactant 200 mg/kg intratracheally.", "intratracheal"),
        ("Clobetasol propionate 0.05% foam was applied once daily.", "topical"),
        ("Diclofenac 1% gel (4 g) was applied four times daily to the knee.", "topical"),
        ("Beclomethasone 200 mcg twice daily via spacer.", "inhalation"),
        # counter-examples: 'infused' alone, or another drug's route, stays intravenous
        ("Ketorolac 30 mg was infused over 15 minutes.", "intravenous"),
        ("Morphine 2 mg was given intrathecally and paracetamol 1 g was infused over 15 min.", "intravenous"),
        ("ANP infusion (10 ng/kg/min for 1 hour) and inhalation of nitric oxide were compared.", "intravenous"),
    ],
)
def test_a_named_route_beats_infused(sentence, route):
    assert doses(sentence)[-1][4] == route if "paracetamol" in sentence else doses(sentence)[0][4] == route


def test_a_form_word_is_no_drug():
    assert [d[0] for d in doses("Diclofenac 1% gel (4 g) was applied four times daily to the knee.")] == ["Diclofenac", "Diclofenac"]


@pytest.mark.parametrize(
    "sentence, drugs",
    [
        ("Enoxaparin 1 mg/kg twice daily or 1.5 mg/kg once daily.", ["Enoxaparin", "Enoxaparin"]),
        ("Oral vitamin B12 1000 µg daily versus intramuscular 1000 µg monthly.", ["vitamin B12", "vitamin B12"]),
        ("Sertraline was started at 50 mg/day and increased up to 200 mg/day as tolerated.", ["Sertraline", "Sertraline"]),
        ("Bupivacaine 0.25%, 20 mL, was injected around the femoral nerve.", ["Bupivacaine", "Bupivacaine"]),
        ("Saline placebo (group I) or IV lignocaine 0.5 mg/kg (group II) or 1 mg/kg (group III).", ["lignocaine", "lignocaine"]),
        # counter-examples: another drug, a placebo or a control between
        ("Patients received ketamine 0.5 mg/kg and the control group received 10 mL of saline.", ["ketamine", "saline"]),
        ("Oral cyclophosphamide 50 mg once daily with or without oral veliparib at 60 mg daily.", ["cyclophosphamide", None]),
        ("Anastrozole (1 mg) in combination with AZD8931 20 mg twice daily.", ["Anastrozole", None]),
        ("Patients received 0.2 mg oral clonidine or 2 mg oral midazolam.", ["clonidine", "midazolam"]),
    ],
)
def test_a_later_amount_takes_the_drug_only_across_regimen_words(sentence, drugs):
    assert [d[0] for d in doses(sentence)] == drugs


@pytest.mark.parametrize(
    "sentence, frequencies",
    [
        # a frequency stated for one dose does not reach past 'plus' to the next drug
        ("Insulin glargine 10 U once daily at bedtime plus insulin aspart 4 U before meals.", ["once daily", None]),
        # 'as needed' is a frequency of its own, so the study drug's schedule does not reach it
        ("Patients took the study drug once daily. Patients also received furosemide 40 mg as needed.", ["as needed"]),
        ("Paracetamol 1 g PRN was allowed.", ["as needed"]),
        # a daily total divided: the division is the frequency, no count of administrations
        ("Children received intravenous ceftriaxone 80 mg/kg/day divided every 8 hours.", ["three times daily"]),
        ("Patients received oral amoxicillin 90 mg/kg/day in two divided doses for 10 days.", ["twice daily"]),
        ("Gabapentin 900 mg/day by mouth in three divided doses.", ["three times daily"]),
        # counter-example: patients divided into groups is no divided dose
        ("Patients were divided into two groups receiving 20 mg/day or 40 mg/day of X.", ["once daily", "once daily"]),
    ],
)
def test_frequency_leaks_and_divided_doses(sentence, frequencies):
    assert [d[3] for d in doses(sentence)] == frequencies


def test_a_divided_daily_total_keeps_its_daily_unit_and_no_count():
    [dose] = extract("Tacrolimus was dosed at 0.1 mg/kg/day in two divided doses.").doses
    assert (dose.intervention, dose.amount, dose.unit, dose.frequency, dose.n_administrations) == ("Tacrolimus", 0.1, "mg/kg/day", "twice daily", None)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one dose per strength of a fixed combination, each with its component; the first's span is its number
        ("Patients inhaled budesonide/formoterol 160/4.5 µg twice daily.", [("160", "budesonide", 160.0), ("4.5 µg", "formoterol", 4.5)]),
        ("Amoxicillin–clavulanate 875/125 mg twice daily for 7 days.", [("875", "Amoxicillin", 875.0), ("125 mg", "clavulanate", 125.0)]),
        ("Artemether-lumefantrine (20/120 mg) tablets were given.", [("20", "Artemether", 20.0), ("120 mg", "lumefantrine", 120.0)]),
        ("Fluticasone furoate/vilanterol 100/25 µg once daily.", [("100", "Fluticasone furoate", 100.0), ("25 µg", "vilanterol", 25.0)]),
        # a name that does not list the components: every strength is a dose of it
        ("Advair 250/50 µg was inhaled twice daily.", [("250", "Advair", 250.0), ("50 µg", "Advair", 50.0)]),
        ("Atorvastatin 10/20/40 mg once daily.", [("10", "Atorvastatin", 10.0), ("20", "Atorvastatin", 20.0), ("40 mg", "Atorvastatin", 40.0)]),
        # counter-examples: a blood pressure, a proportion
        ("Blood pressure was 120/80 mmHg at baseline.", []),
        ("Response was 22/42 in the X group.", []),
    ],
)
def test_combination_strengths(sentence, expected):
    assert [(d.text, d.intervention, d.amount) for d in extract(sentence).doses] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients received carboplatin AUC 5 and paclitaxel 175 mg/m2 every 3 weeks.", [("carboplatin", 5.0, "AUC")]),
        ("Carboplatin (AUC 6) was given on day 1 every 3 weeks.", [("Carboplatin", 6.0, "AUC")]),
        ("Weekly AUC2-carboplatin was combined with weekly paclitaxel.", [("carboplatin", 2.0, "AUC")]),
        ("Carboplatin dosed to an AUC of 5 mg/mL·min was given every 21 days.", [("Carboplatin", 5.0, "AUC")]),
        # counter-examples: a measured area under a curve
        ("The AUC above 70 mg/dl did not differ between carboplatin groups.", []),
        ("The AUC0-4h of glucose was lower with carboplatin.", []),
        ("The glucose AUC 5 hours after the meal was lower.", []),
    ],
)
def test_carboplatin_dosed_to_a_target_auc(sentence, expected):
    assert [(d.intervention, d.amount, d.unit) for d in extract(sentence).doses if d.unit == "AUC"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a unit is never the drug; a dose's range in brackets is the same drug's, not a measured spread
        ("Morphine 0.1 mg/kg (range 5–10 mg) was given intravenously.", [("0.1 mg/kg", "Morphine"), ("5–10 mg", "Morphine")]),
        ("Ferrous sulfate 325 mg (65 mg elemental iron) was given.", [("325 mg", "Ferrous sulfate"), ("65 mg", "elemental iron")]),
        # cells named by the words before them
        (
            "Participants received autologous bone marrow mononuclear cells (4 x 10(7) cells) by intracoronary injection.",
            [("4 x 10(7) cells", "autologous bone marrow mononuclear cells")],
        ),
        # counter-example: a median's range is a measured spread
        ("The median dose taken was 12 mg (range 4-20).", []),
    ],
)
def test_unit_words_ranges_and_cells(sentence, expected):
    assert [(d.text, d.intervention) for d in extract(sentence).doses] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # radiation after a drug takes no frequency of the drug's, and a boost is the radiotherapy's
        ("Cisplatin 40 mg/m2 weekly was given concurrently with 70 Gy in 35 fractions.", [("Cisplatin", "weekly"), (None, None)]),
        (
            "Whole-breast irradiation 50 Gy in 25 fractions, followed by a boost of 10 Gy, with tamoxifen 20 mg daily.",
            [("irradiation", None), ("irradiation", None), ("tamoxifen", "once daily")],
        ),
    ],
)
def test_radiation_after_a_drug(sentence, expected):
    assert [(d[0], d[3]) for d in doses(sentence)] == expected
