"""Doses: amounts in every pasted notation, normalised units, schedule, route; thresholds are not doses."""

import pytest

from tests.conftest import extract


def doses(text):
    return [d for d in extract(text).doses if d.amount is not None or d.amount_low is not None]


@pytest.mark.parametrize(
    "sentence, amount, unit",
    [
        ("Patients received metformin 500 mg twice daily.", 500, "mg"),
        ("Ketamine 0.5 mg/kg was given intravenously over 40 minutes.", 0.5, "mg/kg"),
        ("Each patient received 1 × 10^6 cells/kg of bone marrow MSCs.", 1e6, "cells/kg"),
        ("Each patient received 2x10(6) cells/kg on day 1.", 2e6, "cells/kg"),
        ("They received either UC-MSCs (4 x 10(7) cells per infusion) or placebo.", 4e7, "cells"),
        ("Subjects received 150 ± 30 × 106 UC-MSCs by infusion.", 1.5e8, "cells"),
        ("Cholecalciferol 50,000 IU was given weekly.", 50000, "IU"),
        ("Insulin glargine 10 units was started at bedtime.", 10, "U"),
        ("Vitamin D 1000 IU/day for 6 months.", 1000, "IU"),
        ("Latanoprost 0.005% eye drops once daily in the evening.", 0.005, "%"),
        ("Dexamethasone 6 mg orally once daily for 10 days.", 6, "mg"),
        ("Tranexamic acid 1 g i.v. over 10 minutes.", 1, "g"),
        ("Fluticasone 250 mcg inhaled twice daily.", 250, "µg"),
        ("Cyclophosphamide 750 mg/m2 every 3 weeks.", 750, "mg/m2"),
    ],
)
def test_amount_and_unit(sentence, amount, unit):
    [dose] = doses(sentence)
    assert dose.amount == pytest.approx(amount)
    assert dose.unit == unit


def test_plus_minus_with_lost_superscript_scales_both_mean_and_sd():
    [dose] = doses("Subjects received 150 ± 30 × 106 UC-MSCs by infusion.")
    assert (dose.amount, dose.amount_sd) == (pytest.approx(1.5e8), pytest.approx(3e7))


@pytest.mark.parametrize(
    "sentence, amount, sd",
    [
        ("Each patient received 1.1 × 10^6 cells/kg.", 1100000.0, None),
        ("Subjects received 5.1 x 10(5) cells/kg on day 1.", 510000.0, None),
        ("Subjects received 2.2 ± 0.3 × 10^7 cells by infusion.", 22000000.0, 3000000.0),
    ],
)
def test_scaled_amounts_carry_the_digits_as_written(sentence, amount, sd):
    # 1.1 * 10.0 ** 6 is 1100000.0000000002: read through the decimal string, the record holds what was written.
    [dose] = doses(sentence)
    assert (dose.amount, dose.amount_sd) == (amount, sd)


def test_range():
    [dose] = doses("Methotrexate was titrated from 7.5-25 mg weekly.")
    assert (dose.amount, dose.amount_low, dose.amount_high, dose.unit, dose.frequency) == (None, 7.5, 25, "mg", "weekly")


@pytest.mark.parametrize(
    "sentence, amount, intervention",
    [
        ("Patients received timolol 0.5% twice daily.", 0.5, "timolol"),
        ("They used either 0.005% latanoprost once daily or placebo.", 0.005, "latanoprost"),
        ("Brinzolamide 1% was equivalent to placebo.", 1.0, "Brinzolamide"),
        ("Pilocarpine 2% eye drops were instilled.", 2.0, "Pilocarpine"),
    ],
)
def test_percent_strength_of_a_preparation_is_a_dose(sentence, amount, intervention):
    [dose] = doses(sentence)
    assert (dose.amount, dose.unit, dose.intervention) == (amount, "%", intervention)


@pytest.mark.parametrize(
    "sentence",
    ["HbA1c fell from 7.9% to 7.1%.", "Response rate was 45% with drug A.", "Glycated hemoglobin 7.0% at entry."],
)
def test_percent_outcomes_are_not_doses(sentence):
    assert doses(sentence) == []


def test_a_daily_amount_keeps_its_unit_and_moves_the_rate_to_frequency():
    [dose] = doses("Patients continued metformin (1,500-2,000 mg/day) throughout.")
    assert (dose.amount_low, dose.amount_high, dose.unit, dose.frequency) == (1500, 2000, "mg", "once daily")


@pytest.mark.parametrize(
    "sentence, frequency, route",
    [
        ("Patients received metformin 500 mg twice daily by mouth.", "twice daily", "oral"),
        ("Ketamine 0.5 mg/kg was given intravenously.", None, "intravenous"),
        ("Dexamethasone 6 mg orally once daily for 10 days.", "once daily", "oral"),
        ("Fluticasone 250 mcg inhaled twice daily.", "twice daily", "inhalation"),
        ("Enoxaparin 40 mg subcutaneously once daily.", "once daily", "subcutaneous"),
        ("Semaglutide 1 mg subcutaneous once weekly.", "weekly", "subcutaneous"),
        ("Amoxicillin 500 mg three times daily for 7 days.", "three times daily", None),
    ],
)
def test_frequency_and_route(sentence, frequency, route):
    [dose] = doses(sentence)
    assert (dose.frequency, dose.route) == (frequency, route)


def test_schedule_and_number_of_administrations():
    [dose] = doses("The treatment group received two intravenous infusions (at day 0 and 3) of 1 × 10^6 cells/kg.")
    assert (dose.n_administrations, dose.schedule, dose.route) == (2, "at day 0 and 3", "intravenous")
    [dose] = doses("Patients received 5 mg/kg infliximab on days 0, 14 and 42.")
    assert dose.n_administrations == 3 and dose.intervention == "infliximab"


@pytest.mark.parametrize(
    "text",
    [
        "HIV infection (CD4 < 200 cells / mm3).",
        "Absolute neutrophil count < 500 / mm3.",
        "Fasting glucose > 126 mg/dL at screening.",
        "Mean arterial pressure was 85 mmHg.",
        "HbA1c fell from 63 mmol/mol to 46 mmol/mol.",
        "Insulin dosage changed (-3.7 units/day; P = 0.012).",
        "HbA1c fell by 1.2% at week 24.",
        "Lymphoedema was defined as a ≥200 ml increase in arm volume.",
        "The minimal important difference was ≥0.5 units on a 7 point scale.",
        "Responses were seen with capecitabine (8.7%; 95% CI 1.1-29.0).",
        "Antibody titres were above 0.5 IU ml (-1) in all subjects.",
    ],
)
def test_thresholds_results_titres_and_lab_values_are_not_doses(text):
    assert doses(text) == []


def test_eligibility_criteria_hold_no_doses():
    text = "Recruitment & Eligibility\n- Inclusion Criteria\n- Tidal volume of 6 ml/kg predicted body weight;\n"
    assert doses(text) == []


@pytest.mark.parametrize(
    "sentence, levels",
    [
        ("Efficacy was best in the middle dose group.", ["medium"]),
        ("Patients were assigned to low-dose or high-dose aspirin.", ["low", "high"]),
    ],
)
def test_dose_levels_without_amounts(sentence, levels):
    record = extract(sentence)
    assert [d.level for d in record.doses if d.amount is None] == levels


@pytest.mark.parametrize(
    "sentence, frequency",
    [
        ("Patients received sitagliptin 100 mg or matching placebo once daily for 24 weeks.", "once daily"),
        ("They were given once-daily linagliptin 5 mg added to metformin.", "once daily"),
        ("The trial compared twice daily timolol 0.5% with latanoprost.", "twice daily"),
        ("Acarbose 100 mg 3 times/day was added.", "three times daily"),
        ("Vildagliptin (50 mg once or twice daily as per label) was added.", "once or twice daily"),
        ("Latanoprost 0.005% given every evening lowered pressure.", "once daily at bedtime"),
    ],
)
def test_frequency_in_its_common_positions(sentence, frequency):
    [dose] = doses(sentence)
    assert dose.frequency == frequency


def test_a_dose_without_frequency_takes_the_one_given_for_its_drug_elsewhere():
    text = "Latanoprost 0.005% versus timolol 0.5% in glaucoma. Patients used latanoprost once daily or timolol twice daily."
    by_drug = {d.intervention.lower(): d.frequency for d in doses(text)}
    assert by_drug == {"latanoprost": "once daily", "timolol": "twice daily"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients on metformin (up to a maximum dose of 2000 mg) were eligible.",
        "Mean daily detemir dose was higher (0.78 U/kg) than glargine.",
        "Average increases in insulin dosage with exenatide and placebo were 12 U/d and 18 U/d.",
    ],
)
def test_caps_and_measured_doses_are_not_doses_given(sentence):
    assert doses(sentence) == []


@pytest.mark.parametrize(
    "sentence, low, intervention",
    [
        ("Patients on metformin (at least 1500 mg daily) were eligible.", 1500, "metformin"),
        ("Adults on stable metformin monotherapy (≥1500 mg/day) were randomised.", 1500, "metformin"),
        ("Patients on glimepiride (>or=4 mg/day) plus metformin were included.", 4, "glimepiride"),
    ],
)
def test_a_background_dose_with_a_floor_is_an_open_range(sentence, low, intervention):
    [dose] = doses(sentence)
    assert (dose.amount, dose.amount_low, dose.amount_high, dose.unit, dose.intervention) == (None, low, None, "mg", intervention)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fixed combinations of 0.2% brimonidine-0.5% timolol were compared.", [(0.2, "brimonidine"), (0.5, "timolol")]),
        ("Hyperaemia occurred in 3.1% of bimatoprost and 1.5% of travoprost patients.", []),
        ("Eyes received latanoprost 50 microg/ml once daily.", [(50, "latanoprost")]),
    ],
)
def test_strengths_pair_with_their_own_drug(sentence, expected):
    assert [(d.amount, d.intervention) for d in doses(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, frequencies",
    [
        ("Patients were randomized to receive either bimatoprost 0.03% or travoprost 0.004% once daily.", ["once daily", "once daily"]),
        ("We evaluated once-daily levobunolol 0.25% and timolol 0.25% in glaucoma.", ["once daily", "once daily"]),
        ("Eyes received latanoprost 0.005% once daily and brimonidine 0.2% twice daily.", ["once daily", "twice daily"]),
        ("Patients receive the study drug (given orally twice daily: 200 mg, 400 mg) with daily 250 mg gefitinib.", ["twice daily", "twice daily", "once daily"]),
        ("Eyes received twice daily timolol 0.5% or once daily evening latanoprost 0.005% and twice daily timolol 0.5%.", ["twice daily", "once daily", "twice daily"]),
    ],
)
def test_doses_listed_together_share_the_frequency_stated_once(sentence, frequencies):
    assert [d.frequency for d in doses(sentence)] == frequencies


def test_a_frequency_given_for_an_abbreviated_drug_list_reaches_its_doses():
    text = (
        "Travoprost 0.004% (TRAV) versus bimatoprost 0.01% (BIM) in glaucoma. "
        "Patients were randomized 1:1 to receive once-daily TRAV or BIM for 6 weeks."
    )
    assert [d.frequency for d in doses(text)] == ["once daily", "once daily"]


def test_the_only_frequency_and_route_of_a_document_reach_doses_without_their_own():
    text = (
        "Tafluprost 0.0015% versus placebo in normal-tension glaucoma. "
        "Both ophthalmic solutions were instilled once a day in the morning for 4 weeks."
    )
    [dose] = doses(text)
    assert (dose.frequency, dose.route) == ("once daily", "ophthalmic")


def test_a_drug_class_is_no_route_and_each_drug_keeps_its_own_frequency():
    text = (
        "Insulin glargine 10 units versus sitagliptin 100 mg. Patients on oral antidiabetic agents were "
        "treated with sitagliptin once daily or glargine titrated twice weekly."
    )
    by_drug = {d.intervention: (d.frequency, d.route) for d in doses(text)}
    assert by_drug == {"Insulin glargine": ("twice weekly", None), "sitagliptin": ("once daily", None)}


@pytest.mark.parametrize(
    "sentence, route",
    [
        ("Patients received lixisenatide via subcutaneous injection or once-daily oral sitagliptin 50 mg.", "oral"),
        ("Group 2 received 8 mg dexamethasone IV and diclofenac (50 mg orally) after surgery.", "oral"),
        ("Timolol 0.5% eyedrops were given twice daily.", "ophthalmic"),
    ],
)
def test_the_route_next_to_a_dose_wins_over_the_sentence(sentence, route):
    assert doses(sentence)[-1].route == route


@pytest.mark.parametrize(
    "sentence, arms",
    [
        ("Subjects in the MSC treatment group received two infusions of 1 × 10^6 cells/kg.", ["MSC treatment group"]),
        ("The high-dose group (n = 12) received 20 mg/kg and the low-dose group received 5 mg/kg.", ["high-dose group", "low-dose group"]),
        ("Arm B: nivolumab 240 mg every 2 weeks.", ["Arm B"]),
        ("Pressure fell most in the 0.25% levobunolol group.", ["0.25% levobunolol group"]),
        ("Patients received metformin 500 mg twice daily.", [None]),
    ],
)
def test_the_arm_is_filled_when_the_sentence_names_it(sentence, arms):
    assert [d.arm for d in doses(sentence)] == arms


@pytest.mark.parametrize(
    "sentence, amounts",
    [
        ("Patients on pioglitazone (30 or 45 mg/d) were randomized.", [30, 45]),
        ("Patients received elobixibat (5, 10, or 15 mg) or placebo once daily.", [5, 10, 15]),
        ("Doses were changed at week 12 or 24 mg of drug were added.", [24]),
    ],
)
def test_bare_amounts_listed_before_a_unit_share_it(sentence, amounts):
    assert [d.amount for d in doses(sentence)] == amounts
    assert {d.unit for d in doses(sentence)} == {"mg"}


def test_a_concentration_given_as_a_strength_once_is_a_dose_in_its_other_mentions():
    text = "Eyes received latanoprost (50 microg/ml once daily). The 50 microg/ml dose lowered pressure most."
    assert [d.amount for d in doses(text)] == [50, 50]


# Every value points to the characters it came from: route, frequency, arm and number of administrations
# carry the span of their words, wherever the extractor found them (the dose's clause, the words before the
# drug, another dose of a list or of the same drug, the document's only frequency or route).

def _span_text(dose, name):
    span = getattr(dose, f"{name}_span")
    return None if span is None else span.text


@pytest.mark.parametrize(
    "text, index, name, value, span_text",
    [
        # the dose's own clause
        ("Patients received metformin 500 mg twice daily by mouth.", 0, "frequency", "twice daily", "twice daily"),
        ("Patients received metformin 500 mg twice daily by mouth.", 0, "route", "oral", "by mouth"),
        ("Dexamethasone 6 mg orally once daily for 10 days.", 0, "route", "oral", "orally"),
        # a rate in the unit: 'mg/day' is once daily, read from '/day'
        ("Patients continued metformin (1,500-2,000 mg/day) throughout.", 0, "frequency", "once daily", "/day"),
        ("Patients on pioglitazone (30 or 45 mg/d) were randomized.", 0, "frequency", "once daily", "/d"),
        # the words before the drug
        ("Patients received lixisenatide via subcutaneous injection or once-daily oral sitagliptin 50 mg.", 0, "route", "oral", "oral"),
        ("Patients received lixisenatide via subcutaneous injection or once-daily oral sitagliptin 50 mg.", 0, "frequency", "once daily", "once-daily"),
        ("Patients receive the study drug (given orally twice daily: 200 mg, 400 mg).", 0, "frequency", "twice daily", "twice daily"),
        # the sentence
        ("The treatment group received two intravenous infusions (at day 0 and 3) of 1 × 10^6 cells/kg.", 0, "route", "intravenous", "intravenous"),
        # shared along a list: after the last dose, before the first
        ("Patients were randomized to receive either bimatoprost 0.03% or travoprost 0.004% once daily.", 0, "frequency", "once daily", "once daily"),
        ("We evaluated once-daily levobunolol 0.25% and timolol 0.25% in glaucoma.", 1, "frequency", "once daily", "once-daily"),
        # inherited from the drug named elsewhere, in another sentence
        ("Latanoprost 0.005% versus timolol 0.5% in glaucoma. Patients used latanoprost once daily or timolol twice daily.", 0, "frequency", "once daily", "once daily"),
        ("Travoprost 0.004% (TRAV) versus bimatoprost 0.01% (BIM) in glaucoma. "
         "Patients were randomized 1:1 to receive once-daily TRAV or BIM for 6 weeks.", 1, "frequency", "once daily", "once-daily"),
        # inherited from another dose of the same drug
        ("Dexamethasone 6 mg orally was given on day 1. Dexamethasone 4 mg was given on day 2.", 1, "route", "oral", "orally"),
        ("Dexamethasone 6 mg twice daily was given first, then dexamethasone 4 mg for three more days.", 1, "frequency", "twice daily", "twice daily"),
        # the document's only frequency and route
        ("Tafluprost 0.0015% versus placebo in normal-tension glaucoma. "
         "Both ophthalmic solutions were instilled once a day in the morning for 4 weeks.", 0, "frequency", "once daily", "once a day"),
        ("Tafluprost 0.0015% versus placebo in normal-tension glaucoma. "
         "Both ophthalmic solutions were instilled once a day in the morning for 4 weeks.", 0, "route", "ophthalmic", "ophthalmic"),
        # arms
        ("Subjects in the MSC treatment group received two infusions of 1 × 10^6 cells/kg.", 0, "arm", "MSC treatment group", "MSC treatment group"),
        ("Arm B: nivolumab 240 mg every 2 weeks.", 0, "arm", "Arm B", "Arm B"),
        ("The high-dose group (n = 12) received 20 mg/kg and the low-dose group received 5 mg/kg.", 1, "arm", "low-dose group", "low-dose group"),
        # number of administrations: counted words, or the days of a schedule
        ("The treatment group received two intravenous infusions (at day 0 and 3) of 1 × 10^6 cells/kg.", 0, "n_administrations", 2, "two intravenous infusions"),
        ("Patients received 5 mg/kg infliximab on days 0, 14 and 42.", 0, "n_administrations", 3, "0, 14 and 42"),
    ],
)
def test_each_value_points_to_its_words(text, index, name, value, span_text):
    dose = doses(text)[index]
    assert getattr(dose, name) == value
    assert _span_text(dose, name) == span_text


@pytest.mark.parametrize(
    "text",
    [
        "Patients received metformin 500 mg twice daily by mouth.",
        "Latanoprost 0.005% versus timolol 0.5% in glaucoma. Patients used latanoprost once daily or timolol twice daily.",
        "Tafluprost 0.0015% versus placebo in glaucoma. Both ophthalmic solutions were instilled once a day for 4 weeks.",
        "Eyes received twice daily timolol 0.5% or once daily evening latanoprost 0.005% and twice daily timolol 0.5%.",
        "The high-dose group (n = 12) received 20 mg/kg and the low-dose group received 5 mg/kg.",
        "Patients received 5 mg/kg infliximab on days 0, 14 and 42.",
        "Ketamine 0.5 mg/kg was given intravenously.",
    ],
)
def test_a_value_has_a_span_exactly_when_it_is_set_and_the_span_is_the_raw_slice(text):
    for dose in extract(text).doses:
        for name in ("route", "frequency", "arm", "n_administrations"):
            span = getattr(dose, f"{name}_span")
            assert (getattr(dose, name) is None) == (span is None), (name, dose)
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_spans_point_into_the_raw_text_when_the_cleaner_removed_characters_before_them():
    raw = (
        "Copyright 2020 Elsevier Ltd. All rights reserved.\nDOI: 10.1016/j.x.2020.01.001\n"
        "Dexamethasone 6 mg orally once daily. Later, dexamethasone 4 mg was given."
    )
    record = extract(raw)
    assert record.cleaning  # the lines before the doses are cut: clean offsets are not raw offsets
    for dose in record.doses:
        for span in (dose.route_span, dose.frequency_span):
            assert span is not None and raw[span.start : span.end] == span.text
    assert [d.route_span.text for d in record.doses] == ["orally", "orally"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Women who requested epidural analgesia received ondansetron 4 mg before delivery.", ["ondansetron"]),
        ("Patients took tramadol 50 mg after surgery and at night.", ["tramadol"]),
        (
            "Gemcitabine 1000 mg/m2 intravenously and cisplatin 25 mg/m2 intravenously were given on days 1 and 8.",
            ["Gemcitabine", "cisplatin"],
        ),
        ("The children were given dexmedetomidine 1 µg/kg intranasally before induction.", ["dexmedetomidine"]),
    ],
)
def test_a_time_or_route_word_after_the_amount_names_no_drug(sentence, expected):
    """'4 mg before delivery', '25 mg/m2 intravenously': when the drug before the amount is not a known
    stem, the word after it is read as the drug only if it is no preposition of time and no route."""
    assert [d.intervention for d in doses(sentence)] == expected
