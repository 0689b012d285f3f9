"""Endpoint names: abbreviations written out in `name` (the span `text` as written), generic nouns
that name no outcome, and a period the name ends in that is its time frame."""

import pytest

from tests.conftest import extract


def _endpoints(text):
    return [(e.kind, e.text, e.name, e.time_frame) for e in extract(text).endpoints]


@pytest.mark.parametrize(
    "text, span, name",
    [
        ("Antibiotic-associated diarrhoea (AAD) is common. The primary outcome was the incidence of AAD during treatment.",
         "incidence of AAD", "incidence of antibiotic-associated diarrhoea (AAD)"),
        ("Depression was rated with the Montgomery-Asberg Depression Rating Scale (MADRS). "
         "The primary outcome was the change in the MADRS score from baseline to week 6.",
         "MADRS score", "Montgomery-Asberg Depression Rating Scale (MADRS) score"),
        # a long form that opened its sentence is lower-cased inside the name
        ("Intraocular pressure (IOP) was lowered. The primary endpoint was mean IOP reduction at week 12.",
         "mean IOP reduction", "mean intraocular pressure (IOP) reduction"),
        # several abbreviations, each written out once
        ("Patients with low-density lipoprotein cholesterol (LDL-C) above target and bone mineral density (BMD) loss were "
         "included. Secondary endpoints were the change in LDL-C and the BMD Z-score, and LDL-C goal attainment.",
         "LDL-C goal attainment", "low-density lipoprotein cholesterol (LDL-C) goal attainment"),
    ],
)
def test_abbreviations_inside_a_name_are_written_out(text, span, name):
    got = {e.text: e.name for e in extract(text).endpoints}
    assert got[span] == name


@pytest.mark.parametrize(
    "text, span",
    [
        # the name spells the long form already
        ("The secondary endpoint was the proportion of patients reaching an intraocular pressure (IOP) below 18 mmHg.",
         "proportion of patients reaching an intraocular pressure (IOP) below 18 mmHg"),
        # an abbreviation the document never defines stays as written
        ("The primary outcome was the change in HbA1c from baseline to week 26.", "HbA1c"),
        # a long form cut short by the detector (fewer words than the short form's capitals less one) is not used
        ("Women with aromatase inhibitor-associated arthralgia (AIA) were enrolled. The primary outcome was development of AIA.",
         "development of AIA"),
    ],
)
def test_a_name_that_needs_no_writing_out_stays(text, span):
    got = {e.text: e.name for e in extract(text).endpoints}
    assert got[span] == span


def test_a_whole_abbreviated_name_is_its_long_form():
    text = "Time to clinical improvement (TTCI) was recorded. The primary endpoint was TTCI."
    assert ("primary", "TTCI", "Time to clinical improvement", None) in _endpoints(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adults with asthma were randomised to budesonide or placebo. Outcomes were assessed at baseline, 6 and 12 months.",
        "All outcomes were measured at baseline, 3 months and 12 months after surgery.",
        "Data were collected at baseline and six months after baseline.",
        "Primary and secondary endpoints were analysed by intention to treat.",
        "Study variables were recorded at baseline and 3, 6 and 12 months.",
        "These parameters were measured at baseline and after 7 days.",
    ],
)
def test_generic_nouns_are_no_endpoints(text):
    assert _endpoints(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named outcome in the same place is still listed
        ("Pain, function and quality of life were assessed at baseline, 6 and 12 months.",
         [("other", "Pain", "Pain", "at baseline, 6 and 12 months"), ("other", "function", "function", "at baseline, 6 and 12 months"),
          ("other", "quality of life", "quality of life", "at baseline, 6 and 12 months")]),
        ("Functional outcome and mortality were assessed at 90 days.",
         [("other", "Functional outcome", "Functional outcome", "at 90 days"), ("other", "mortality", "mortality", "at 90 days")]),
        ("Laboratory parameters were recorded daily.", [("other", "Laboratory parameters", "Laboratory parameters", None)]),
    ],
)
def test_named_outcomes_beside_the_generic_ones_stay(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text, span, time_frame",
    [
        ("The primary outcome was the incidence of acute kidney injury during hospitalization.",
         "incidence of acute kidney injury", "during hospitalization"),
        ("The primary endpoint was all-cause mortality during the follow-up period.", "all-cause mortality", "during the follow-up period"),
        ("The secondary outcome was the need for rescue analgesia over the study period, up to 48 hours.",
         "need for rescue analgesia", "over the study period, up to 48 hours"),
        ("The primary outcome was the number of hypoglycaemic episodes during pregnancy.",
         "number of hypoglycaemic episodes", "during pregnancy"),
        ("The primary outcome was the length of stay in intensive care throughout the ICU stay.",
         "length of stay in intensive care", "throughout the ICU stay"),
    ],
)
def test_a_period_the_name_ends_in_is_its_time_frame(text, span, time_frame):
    got = {e.text: e.time_frame for e in extract(text).endpoints}
    assert got == {span: time_frame}


@pytest.mark.parametrize(
    "text, span",
    [
        # a period the name goes on after, or a noun that is no period
        ("The primary outcome was satisfaction with labour analgesia.", "satisfaction with labour analgesia"),
        ("The primary outcome was the number of women delivering during labour induction with oxytocin.",
         "number of women delivering during labour induction with oxytocin"),
        ("The primary outcome was the rate of pregnancy during the study.", "rate of pregnancy"),
    ],
)
def test_no_period_time_frame_inside_a_name(text, span):
    got = [e.text for e in extract(text).endpoints]
    assert got[0] == span


def test_an_abbreviation_written_earlier_in_the_name_is_not_written_out_later():
    text = ("Chronic obstructive pulmonary disease (COPD) patients were enrolled. The primary outcome was "
            "COPD-specific health status measured with a questionnaire for COPD.")
    got = {e.text: e.name for e in extract(text).endpoints}
    assert got == {"COPD-specific health status measured with a questionnaire for COPD":
                   "COPD-specific health status measured with a questionnaire for COPD"}


@pytest.mark.parametrize(
    "text, span, time_frame",
    [
        ("The primary outcome was morphine consumption in 24 hours.", "morphine consumption", "in 24 hours"),
        ("The primary outcome was the incidence of PONV in the first 24 hours after surgery.", "incidence of PONV",
         "in the first 24 hours after surgery"),
        ("The primary endpoint was the number of patients who died in the first week.", "number of patients who died",
         "in the first week"),
        ("Primary outcome: 6-minute walk distance at the end of rehabilitation (week 3).", "6-minute walk distance",
         "at the end of rehabilitation (week 3)"),
        ("The primary endpoint was cardiovascular death or hospitalization for heart failure over a median of 12 months.",
         "cardiovascular death or hospitalization for heart failure", "over a median of 12 months"),
        ("Primary outcome: incidence of postoperative delirium assessed twice daily during the first 5 postoperative days.",
         "incidence of postoperative delirium assessed twice daily", "during the first 5 postoperative days"),
    ],
)
def test_a_time_frame_the_name_ends_in_without_a_running_text_lead(text, span, time_frame):
    got = {e.text: e.time_frame for e in extract(text).endpoints}
    assert got == {span: time_frame}


@pytest.mark.parametrize(
    "text, span",
    [
        # a number of units inside the name, not at its end, or no unit at all
        ("The primary outcome was the change in 6-minute walk distance.", "6-minute walk distance"),
        ("The primary outcome was the number of patients with a reduction in 2 dimensions of pain.",
         "number of patients with a reduction in 2 dimensions of pain"),
        ("The primary outcome was the proportion of patients in the first quartile of adherence.",
         "proportion of patients in the first quartile of adherence"),
    ],
)
def test_no_ending_time_frame_inside_a_name(text, span):
    got = {e.text: e.time_frame for e in extract(text).endpoints}
    assert got == {span: None}


def _row(row):
    return extract("- Primary Outcome Measures\nName Time Method " + row + "\n").endpoints


@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        # a Title-case time the name ends in, restated in lower case as the column
        ("Changes of Carotid Arterial Stiffness at Baseline and After 12 Months at baseline and after 12 months Measured by ultrasound.",
         "Changes of Carotid Arterial Stiffness at Baseline and After 12 Months", "at baseline and after 12 months"),
        ("Change From Baseline in Body Weight at Week 24 at week 24 Weight in kg.", "Change From Baseline in Body Weight at Week 24",
         "at week 24"),
        ("Serum Ferritin at Week 12 Week 12 Measured centrally.", "Serum Ferritin at Week 12", "Week 12"),
    ],
)
def test_a_time_the_name_ends_in_and_the_column_restating_it(row, name, time_frame):
    (endpoint,) = _row(row)
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


@pytest.mark.parametrize(
    "column",
    [
        "12 months 12 months after randomisation",  # no lead word: a column its description repeats
        "at Week 24 at week 52",  # two different times
        "Up to 5 years up to 5 years after surgery",  # not the same time
    ],
)
def test_no_restated_split_without_the_same_time_after_a_lead_word(column):
    from extract.extractors.endpoints import _restated_half

    text = "Body weight " + column
    frame = (len("Body weight "), len(text))
    assert _restated_half(text, frame) == frame


def test_a_description_after_the_columns_sentence_end_has_no_leading_point():
    (endpoint,) = _row("Pain intensity Baseline and 12 weeks. Measured at each visit. Numeric rating scale 0-10.")
    assert (endpoint.text, endpoint.time_frame, endpoint.description) == (
        "Pain intensity", "Baseline and 12 weeks", "Measured at each visit. Numeric rating scale 0-10.")


@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        # a time inside the name that its abbreviation follows is the name's
        ("Area Under the Curve From Time 0 to 24 Hours (AUC0-24) Day 1 and Day 14 Plasma concentrations.",
         "Area Under the Curve From Time 0 to 24 Hours (AUC0-24)", "Day 1 and Day 14"),
        ("Area Under the Curve From Time 0 to 24 Hours (AUC0-24) six months Number of participants who died.",
         "Area Under the Curve From Time 0 to 24 Hours (AUC0-24)", "six months"),
        # labelled times of one column stay one column
        ("Blood pressure Baseline (V1), Week 12 (V4) and Week 24 (V6) Seated office measurement.", "Blood pressure",
         "Baseline (V1), Week 12 (V4) and Week 24 (V6)"),
    ],
)
def test_a_time_the_names_abbreviation_follows(row, name, time_frame):
    (endpoint,) = _row(row)
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


def test_labelled_times_joined_by_and_are_kept_as_candidates():
    from extract.extractors.endpoints import _without_abbreviated
    from extract.extractors.timeframes import table_candidates

    text = "Trough concentration Day 1 (D1) and Day 14 (D14) Measured before dosing."
    candidates = table_candidates(text, 0, len(text))
    assert _without_abbreviated(text, candidates) == candidates


@pytest.mark.parametrize(
    "text, span",
    [
        # a duration that defines the measure, and a labour that is the setting, stay in the name
        ("The primary outcome was walking distance in 6 minutes.", "walking distance in 6 minutes"),
        ("The primary outcome was pain during labour.", "pain during labour"),
    ],
)
def test_a_duration_or_setting_that_defines_the_measure_stays_in_the_name(text, span):
    got = {e.text: e.time_frame for e in extract(text).endpoints}
    assert got == {span: None}
