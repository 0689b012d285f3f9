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
