"""Endpoint cues beyond 'The primary endpoint was X': a kind tagged in brackets after the endpoint, a
heading without a colon, safety and efficacy outcome lists, composites, and results that only
look like declarations."""

import pytest

from tests.conftest import extract


def _endpoints(text):
    return [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Overall survival (primary endpoint) was longer with drug A than with placebo.",
         [("primary", "Overall survival", None)]),
        ("Fasting glucose (primary endpoint) and body weight (secondary endpoint) were measured at week 12.",
         [("primary", "Fasting glucose", "at week 12"), ("secondary", "body weight", "at week 12")]),
        ("Efficacy was assessed by the change from baseline to week 12 in the Psoriasis Area and Severity Index (PASI) score "
         "(primary endpoint) and the proportion of patients achieving PASI 75 at week 12 (key secondary endpoint).",
         [("other", "Efficacy", "from baseline to week 12"),
          ("primary", "Psoriasis Area and Severity Index (PASI) score", "from baseline to week 12"),
          ("secondary", "proportion of patients achieving PASI 75", "at week 12")]),
        ("In this trial, the rate of major bleeding at 30 days (the primary outcome) was 2.1% versus 3.4%.",
         [("primary", "rate of major bleeding", "at 30 days")]),
        ("Patients given drug A had longer progression-free survival (primary end point) than those given placebo.",
         [("primary", "progression-free survival", None)]),
        ("Infiltration reduced early pain but did not decrease chronic pain at 3 months (primary endpoint).",
         [("primary", "chronic pain", "at 3 months")]),
        ("The study assessed the effect of a telephone coaching programme on weight loss (primary outcome), quality of life and fatigue.",
         [("primary", "weight loss", None)]),
        ("At week 24, the least squares mean (95% CI) change from baseline in HbA1c (primary end point) was -0.5%.",
         [("primary", "change from baseline in HbA1c", None)]),
    ],
)
def test_a_kind_tagged_in_brackets_names_the_endpoint_before_it(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The trial (primary endpoint not met) was stopped early.",  # the tag says more than the kind
        "Results for the primary endpoint (Table 2) are shown.",  # a reference, not the endpoint
        "Results for the primary endpoint (12) are shown.",
        "Renal safety parameters (e.g. eGFR, blood urea nitrogen) were similar.",  # safety: only with a verb or colon
    ],
)
def test_brackets_that_tag_no_endpoint(text):
    assert [e.text for e in extract(text).endpoints if e.rule == "endpoint.declared"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Setting Two hospitals.\nMain outcome measures\nMortality at 30 days, length of stay, and readmission.\nResults\nMortality was 5%.",
         [("primary", "Mortality", "at 30 days"), ("primary", "length of stay", None), ("primary", "readmission", None)]),
        ("Main outcome measures\nAll-cause mortality at 90 days\nQuality of life (EQ-5D)\nLength of hospital stay\nResults\nMortality fell.",
         [("primary", "All-cause mortality", "at 90 days"), ("primary", "Quality of life", None), ("primary", "Length of hospital stay", None)]),
        ("MAIN OUTCOMES AND MEASURES Change in pain score at 24 hours and opioid consumption.\nRESULTS Pain fell.",
         [("primary", "pain score", "at 24 hours"), ("primary", "opioid consumption", None)]),
        # the next line declares its own
        ("Main Outcomes and Measures\nThe primary outcome was pain at 24 hours.", [("primary", "pain", "at 24 hours")]),
        # a line of running text after the list is no item
        ("Main outcome measures\nMortality at 30 days\nWe enrolled 300 patients and followed them for a year.",
         [("primary", "Mortality", "at 30 days")]),
    ],
)
def test_a_heading_without_a_colon_introduces_the_list_after_it(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The main outcome of interest in this study, which is described elsewhere, is not reported here.",
        "The main outcome\nwas not reported.",
    ],
)
def test_a_cue_that_opens_a_sentence_is_no_heading(text):
    assert [e.text for e in extract(text).endpoints] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Safety outcomes included vomiting within 30 minutes of administration.",
         [("other", "vomiting", "within 30 minutes of administration")]),
        ("Safety outcomes included adverse events and serious adverse events.",
         [("other", "adverse events", None), ("other", "serious adverse events", None)]),
        ("Safety endpoints were adverse events, laboratory abnormalities and vital signs.",
         [("other", "adverse events", None), ("other", "laboratory abnormalities", None), ("other", "vital signs", None)]),
        ("The primary outcome was postpartum haemorrhage within 24 hours after delivery.",
         [("primary", "postpartum haemorrhage", "within 24 hours after delivery")]),
    ],
)
def test_safety_outcome_lists(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Secondary outcomes were similar in both groups.",
        "Safety outcomes were comparable between the arms.",
        "The primary endpoint was not met.",
        "The primary efficacy and safety endpoints were met.",
        "Efficacy outcomes were significantly better with drug A.",
        "Secondary endpoints are shown in Table 2.",
        "Safety parameters were also recorded.",
        "The primary outcome was measured at 6 months.",
    ],
)
def test_a_result_is_no_declaration(text):
    assert [e.text for e in extract(text).endpoints if e.rule == "endpoint.declared"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The primary endpoint was a composite of death, myocardial infarction, or stroke at 1 year.",
         [("primary", "composite of death, myocardial infarction, or stroke", "at 1 year")]),
        ("The primary outcome was a composite of death or MI, and secondary outcomes were bleeding and stroke.",
         [("primary", "composite of death or MI", None), ("secondary", "bleeding", None), ("secondary", "stroke", None)]),
        # the composite ends at its 'or' / 'and': the items after it are endpoints of their own
        ("The primary outcome was a composite of death or reinfarction, length of stay, and readmission.",
         [("primary", "composite of death or reinfarction", None), ("primary", "length of stay", None), ("primary", "readmission", None)]),
        ("Secondary end points were a composite end point of cardiovascular death, MI and stroke, all-cause mortality, and major bleeding.",
         [("secondary", "composite end point of cardiovascular death, MI and stroke", None), ("secondary", "all-cause mortality", None),
          ("secondary", "major bleeding", None)]),
    ],
)
def test_a_composite_is_one_endpoint(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The primary endpoint of the trial was the 30-day rate of treatment failure, and the main secondary endpoint was clinical "
         "response on day 3.", [("primary", "30-day rate of treatment failure"), ("secondary", "clinical response")]),
        ("The main outcome was pain at 24 hours.", [("primary", "pain")]),
    ],
)
def test_main_before_a_kind_is_no_endpoint(text, expected):
    assert [(e.kind, e.text) for e in extract(text).endpoints] == expected


def test_a_change_whose_time_comes_first_is_named_by_what_changes():
    assert _endpoints("The primary endpoint was the change from baseline to week 12 in HbA1c.") == [
        ("primary", "HbA1c", "from baseline to week 12")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inverted declaration goes on after ', and': the next one's subject starts there
        ("Weight loss was the primary outcome, and blood pressure was secondary.", [("primary", "Weight loss")]),
        ("Quality of recovery at 24 hours was the primary end point, and postoperative nausea and vomiting, pain scores and time to "
         "discharge were secondary end points.",
         [("primary", "Quality of recovery"), ("secondary", "postoperative nausea and vomiting"), ("secondary", "pain scores"),
          ("secondary", "time to discharge")]),
    ],
)
def test_inverted_declarations_joined_by_and(text, expected):
    assert [(e.kind, e.text) for e in extract(text).endpoints] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Main outcome measures Neck Disability Index at 12 months. Secondary outcomes were pain intensity and global perceived effect.",
         [("primary", "Neck Disability Index", "at 12 months"), ("secondary", "pain intensity", None),
          ("secondary", "global perceived effect", None)]),
        ("Main outcome(s): Preterm birth. Secondary outcomes were neonatal death and NICU admission.",
         [("primary", "Preterm birth", None), ("secondary", "neonatal death", None), ("secondary", "NICU admission", None)]),
        ("OUTCOME MEASURES: Total blood loss on postoperative day 3 (primary); transfusion rate, drain output at 24 hours, and "
         "thromboembolic events within 90 days (secondary).",
         [("primary", "Total blood loss", "on postoperative day 3"), ("secondary", "transfusion rate", None),
          ("secondary", "drain output", "at 24 hours"), ("secondary", "thromboembolic events", "within 90 days")]),
        ("Outcome measures: pain and function.", [("other", "pain", None), ("other", "function", None)]),
        ("Main outcome: ability to walk at 4 weeks after surgery.\nOther outcomes: delirium, length of hospital stay, and "
         "30-day readmission.",
         [("primary", "ability to walk", "at 4 weeks after surgery"), ("other", "delirium", None), ("other", "length of hospital stay", None),
          ("other", "30-day readmission", "30-day")]),
        ("The first primary outcome was a composite of death, stroke, or hospitalization; the second primary outcome was the number "
         "of nights spent in hospital per year.",
         [("primary", "composite of death, stroke, or hospitalization", None), ("primary", "number of nights spent in hospital per year", None)]),
    ],
)
def test_headings_tags_and_ordinals_give_the_kind(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text",
    ["No other outcomes differed.", "Other outcomes were similar between groups.", "Any other outcomes were not analysed."],
)
def test_other_outcomes_that_are_results(text):
    assert [e.text for e in extract(text).endpoints if e.rule == "endpoint.declared"] == []


@pytest.mark.parametrize(
    "text",
    [
        "OUTCOME MEASURES: Anxiety and depression scales were completed before surgery and at 1 year.",
        "OUTCOME: A validated questionnaire was used to measure parental stress and parent satisfaction.",
    ],
)
def test_an_outcome_heading_before_a_sentence_gives_no_list(text):
    assert [e.text for e in extract(text).endpoints if e.rule == "endpoint.declared"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The primary safety outcome was major, disabling, or life-threatening bleeding.", ["major, disabling, or life-threatening bleeding"]),
        ("Secondary endpoints were major bleeding and major adverse cardiac and cerebrovascular events.",
         ["major bleeding", "major adverse cardiac and cerebrovascular events"]),
        ("Secondary outcomes included days alive and out of hospital at 90 days, and quality of life.",
         ["days alive and out of hospital", "quality of life"]),
        ("The co-primary endpoints were the incidence of hand, foot and mouth disease and the seroconversion rate.",
         ["incidence of hand, foot and mouth disease", "seroconversion rate"]),
        ("Secondary outcomes were systolic and diastolic blood pressure, heart rate, and weight.",
         ["systolic and diastolic blood pressure", "heart rate", "weight"]),
        ("Secondary outcomes were postoperative nausea and vomiting and pain.", ["postoperative nausea and vomiting", "pain"]),
        # counter-examples: nouns are separate endpoints; an adjective before a noun does not join the next item
        ("Secondary outcomes were severe pain and nausea.", ["severe pain", "nausea"]),
        ("Secondary outcomes were pain, nausea, and vomiting.", ["pain", "nausea", "vomiting"]),
        ("Secondary outcomes were total, LDL and HDL cholesterol.", ["total", "LDL", "HDL cholesterol"]),
    ],
)
def test_one_name_with_a_comma_or_and(text, expected):
    assert [e.text for e in extract(text).endpoints] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secondary outcomes included ventilator-free days at day 28 and 1-year mortality.",
         [("ventilator-free days", "at day 28"), ("1-year mortality", "1-year")]),
        ("The primary outcome was pain at days 1, 2 and 3.", [("pain", "at days 1, 2 and 3")]),
        ("The primary outcome was receipt of an influenza vaccine within 3 months of the first message.",
         [("receipt of an influenza vaccine", "within 3 months of the first message")]),
        ("The primary outcome was oral mucositis up to 7 weeks after the start of chemoradiotherapy.",
         [("oral mucositis", "up to 7 weeks after the start of chemoradiotherapy")]),
        ("Secondary outcomes included receipt of a vaccine by December 31 and completion of a wellness visit.",
         [("receipt of a vaccine", "by December 31"), ("completion of a wellness visit", None)]),
        ("The co-primary endpoint was the seroconversion rate 28 days after the second dose.",
         [("seroconversion rate", "28 days after the second dose")]),
        ("The primary outcome was time to death from any cause, censored at 90 days.", [("time to death from any cause", "at 90 days")]),
    ],
)
def test_time_frames_that_end_in_their_event_or_a_date(text, expected):
    assert [(e.text, e.time_frame) for e in extract(text).endpoints] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MAIN OUTCOMES AND MEASURES: Incidence of delirium during the first 5 postoperative days.",
         [("primary", "Incidence of delirium", "during the first 5 postoperative days")]),
        ("Main Outcome and Measure: Pain at 24 hours.", [("primary", "Pain", "at 24 hours")]),
        ("Main outcome measures Knee injury and osteoarthritis outcome score (KOOS4) at 24 months.",
         [("primary", "Knee injury and osteoarthritis outcome score", "at 24 months")]),
        ("Main outcome measures Knee injury and Osteoarthritis Outcome Score at 12 months.",
         [("primary", "Knee injury and Osteoarthritis Outcome Score", "at 12 months")]),
        # counter-examples: a list of two outcomes, one of them a score
        ("Secondary outcomes were Mortality and Quality of Life Score.",
         [("secondary", "Mortality", None), ("secondary", "Quality of Life Score", None)]),
        ("Secondary outcomes were Pain and the anxiety score.", [("secondary", "Pain", None), ("secondary", "anxiety score", None)]),
    ],
)
def test_jama_headings_and_instruments_with_and(text, expected):
    assert _endpoints(text) == expected


def _row_time_frame(name, time_frame, description):
    page = "Study Title\n- Primary Outcome Measures\nName Time Method " + " ".join(x for x in (name, time_frame, description) if x) + "\n"
    endpoints = extract(page).endpoints
    return [(e.text, e.time_frame) for e in endpoints]


@pytest.mark.parametrize(
    "name, time_frame, description",
    [
        # a hyphenated count before a noun is the name's ('Six-minute Walk'), not the time column
        ("Change in Six-minute Walk Distance", "Baseline and 6 months", None),
        ("Change in 6-minute Walk Distance", "Baseline and 24 weeks", "Walk test."),
        ("Mortality", "12-month follow-up", "All-cause death."),
        # a closing 'whichever comes first' is the column's
        ("Incidence of Acute Kidney Injury", "Within 7 days after surgery or until hospital discharge, whichever comes first", "KDIGO criteria."),
        # an anchor's period, and the end of an intervention
        ("Symptom Score", "Daily during the 14-day treatment period", "Diary card."),
        ("Number of Participants Who Completed the Program", "End of intervention (12 weeks)", None),
        ("Time to Recurrence", "From randomization until recurrence or death, whichever came first, assessed up to 100 months", "By imaging."),
    ],
)
def test_registry_time_columns_read_exactly(name, time_frame, description):
    assert _row_time_frame(name, time_frame, description) == [(name, time_frame)]


@pytest.mark.parametrize(
    "name, time_frame, description",
    [
        # a hyphenated time column before a sentence-case description is still the column
        ("All-cause Mortality", "30-day", "All-cause death from any cause."),
        ("Overall Survival", "1-year", "The proportion of participants alive."),
    ],
)
def test_a_hyphenated_time_column_before_its_description(name, time_frame, description):
    assert _row_time_frame(name, time_frame, description) == [(name, time_frame)]


def test_a_measured_subject_does_not_run_back_over_a_heading_or_title():
    text = ("Chlorhexidine bathing in general medical wards: a cluster randomised trial\n\nMethods: Daily chlorhexidine bathing was "
            "compared with soap-and-water bathing in 14 wards. Hospital-acquired bloodstream infection was the primary outcome.")
    endpoints = extract(text).endpoints
    assert ("primary", "Hospital-acquired bloodstream infection") in [(e.kind, e.text) for e in endpoints]
    assert not [e.text for e in endpoints if "\n" in e.text or "Methods" in e.text]


@pytest.mark.parametrize(
    "text, expected",
    [
        # outcomes compared between groups are still measured outcomes
        ("Pain and nausea were compared between groups at 24 hours.", [("Pain", "at 24 hours"), ("nausea", "at 24 hours")]),
        ("Methods: Serum ferritin was measured at baseline and week 12.", [("Serum ferritin", "at baseline and week 12")]),
    ],
)
def test_measured_outcomes_after_a_heading(text, expected):
    assert [(e.text, e.time_frame) for e in extract(text).endpoints] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Muscle mass was measured with dual-energy X-ray absorptiometry.", ["Muscle mass"]),
        ("Intraocular pressure was assessed with Goldmann tonometry at 8 AM.", ["Intraocular pressure"]),
    ],
)
def test_measured_with_an_instrument_is_still_measured(text, expected):
    assert [e.text for e in extract(text).endpoints] == expected
