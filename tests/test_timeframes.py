"""Time frames of registry outcome rows in the many ways registries write them: where the time column
of a pasted row '<measure> <time frame> <description>' ends and the description starts."""

import pytest

from tests.conftest import extract


def _row(row: str) -> tuple[str, str | None]:
    [endpoint] = extract(f"- Primary Outcome Measures\nName Time Method {row}\n").endpoints
    return endpoint.text, endpoint.time_frame


# A description that states the measure's purpose ('to evaluate ...') is not part of the column.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Overall survival 18 months to evaluate the survival of treated patients", "Overall survival", "18 months"),
        ("Seroconversion rate 3 months after the last vaccination to assess the immune response",
         "Seroconversion rate", "3 months after the last vaccination"),
        ("Graft function 6 months post-transplant to determine kidney function", "Graft function", "6 months post-transplant"),
        ("Pain score Baseline through Week 52 to measure pain with a numeric scale", "Pain score", "Baseline through Week 52"),
        ("Viral load Every 6 weeks until disease progression (up to 3 years) to monitor viral replication",
         "Viral load", "Every 6 weeks until disease progression (up to 3 years)"),
    ],
)
def test_a_purpose_after_the_column_starts_the_description(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# ... but 'to' that leads to a time or an event is the column's own.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Change in weight From baseline to week 24 Weight in kilograms", "Change in weight", "From baseline to week 24"),
        ("Length of stay From admission to discharge, up to 30 days Days in hospital", "Length of stay",
         "From admission to discharge, up to 30 days"),
        ("Time to recovery Randomisation to Day 28 Days until recovery", "Time to recovery", "Randomisation to Day 28"),
    ],
)
def test_a_column_keeps_its_own_to(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A singular unit after 'one' is a time, not an adjective: a lowercase description may follow it.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Pain intensity 1 month pain scored from 0 to 10 by the patient", "Pain intensity", "1 month"),
        ("Hospital admissions Through study completion, an average of 1 year number of admissions for any cause",
         "Hospital admissions", "Through study completion, an average of 1 year"),
        ("Quality of life one year questionnaire completed at home", "Quality of life", "one year"),
    ],
)
def test_a_singular_unit_after_one_ends_the_column(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: a singular unit after another number still reads as an adjective of what follows.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Viral suppression over the 48 week treatment period 48 weeks", "Viral suppression over the 48 week treatment period", "48 weeks"),
        ("Change in body weight during the 10 day lead-in period", "Change in body weight", "during the 10 day lead-in period"),
    ],
)
def test_a_singular_unit_after_another_number_goes_on(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A word that closes the column alone ('post-discharge'), or the event a qualifier leads to, ends it
# before a lowercase description.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Readmission 30 days post-discharge number of unplanned readmissions", "Readmission", "30 days post-discharge"),
        ("Neonatal jaundice 48 hours after birth serum bilirubin above the threshold", "Neonatal jaundice", "48 hours after birth"),
        ("Symptom score 12 months post enrollment mean change in score", "Symptom score", "12 months post enrollment"),
        ("Readmission 30 days post-discharge Week 12 values minus baseline values", "Readmission", "30 days post-discharge"),
    ],
)
def test_a_closed_qualifier_ends_before_a_lowercase_description(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: the qualifier goes on over its own list, a preposition or a one-word tail.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Change in knowledge Baseline survey, 2-week post-intervention survey, and 2-month post-intervention survey Knowledge index",
         "Change in knowledge", "Baseline survey, 2-week post-intervention survey, and 2-month post-intervention survey"),
        ("Antibody titre 2 weeks post final booster dose Geometric mean titre", "Antibody titre", "2 weeks post final booster dose"),
        ("Antibody titre 28 days post dose administration", "Antibody titre", "28 days post dose administration"),
        ("Wound infection 30 days after surgery in the outpatient clinic", "Wound infection", "30 days after surgery in the outpatient clinic"),
        ("Graft function 12 months post-transplant Estimated GFR", "Graft function", "12 months post-transplant"),
    ],
)
def test_a_qualifier_goes_on_over_its_own_words(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A point or anchor in parentheses after a time stays in the column's list.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Overall survival Visit 1 (Day 0) and Visit 4 (Day 90) Survival status", "Overall survival", "Visit 1 (Day 0) and Visit 4 (Day 90)"),
        ("Number of Participants With Treatment-Emergent Adverse Events Baseline (Day 0), Week 4 and Week 12 Graded by CTCAE",
         "Number of Participants With Treatment-Emergent Adverse Events", "Baseline (Day 0), Week 4 and Week 12"),
        ("Serum ferritin Day 0 (baseline) and Day 90 Ferritin in ng/mL", "Serum ferritin", "Day 0 (baseline) and Day 90"),
        ("Body weight Week 24 (end of treatment) Weight in kilograms", "Body weight", "Week 24 (end of treatment)"),
    ],
)
def test_a_parenthesised_point_stays_in_the_list(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: the name's own parenthesis, and a parenthesis holding no time.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Mortality (deaths within 30 days) 6 months All-cause deaths", "Mortality (deaths within 30 days)", "6 months"),
        ("Pain intensity (NRS) Week 12 Numeric rating scale", "Pain intensity (NRS)", "Week 12"),
    ],
)
def test_a_parenthesis_without_a_time_is_not_joined(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Around an operation: 'preoperatively', 'post-operative' are times beside another time; a day
# may be counted from the operation ('postoperative day 1').
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Serum cortisol Preoperatively and 24 hours postoperatively Morning cortisol", "Serum cortisol",
         "Preoperatively and 24 hours postoperatively"),
        ("Troponin Pre-operative and 24 hours post-operative High-sensitivity assay", "Troponin", "Pre-operative and 24 hours post-operative"),
        ("Pain at rest postoperative day 1 Numeric rating scale", "Pain at rest", "postoperative day 1"),
        ("Opioid consumption Postoperative day 1 to day 3 Morphine equivalents", "Opioid consumption", "Postoperative day 1 to day 3"),
    ],
)
def test_times_around_an_operation(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: alone, such a word belongs to the name.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Incidence of postoperative nausea and vomiting 24 hours Nausea scored by nurses", "Incidence of postoperative nausea and vomiting", "24 hours"),
        ("Postoperative delirium 7 days Confusion Assessment Method", "Postoperative delirium", "7 days"),
    ],
)
def test_an_operation_word_alone_is_the_names(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# An event that a capitalised lead word opens is a column ('At delivery', 'During the procedure').
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Mode of delivery At delivery Vaginal or caesarean birth", "Mode of delivery", "At delivery"),
        ("Patient comfort During the procedure Comfort on a 0-10 scale", "Patient comfort", "During the procedure"),
        ("Anxiety score Immediately after the procedure State anxiety inventory", "Anxiety score", "Immediately after the procedure"),
    ],
)
def test_an_event_opened_by_a_capitalised_lead_is_a_column(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: a lowercase lead before an event is the name's, a numbered time is the column.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Complications after surgery 30 days Clavien-Dindo grade", "Complications after surgery", "30 days"),
        ("Pain during the procedure 10 minutes Pain on a visual analogue scale", "Pain during the procedure", "10 minutes"),
    ],
)
def test_an_event_inside_the_name_is_not_the_column(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A Title-case point right after a column, followed by lowercase words, opens the description.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Patient comfort During the procedure Week 12 values minus baseline values", "Patient comfort", "During the procedure"),
        ("Length of stay From admission to discharge Day 1 is the day of admission", "Length of stay", "From admission to discharge"),
        # counter-example: the name ends in the point the column restates
        ("Mortality at 28 days Day 28 number of deaths", "Mortality at 28 days", "Day 28"),
    ],
)
def test_a_point_after_a_column_opens_the_description(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A name that ends in its own time ('HbA1c at Week 24'): a lowercase lead word after it starts the
# column ('up to 8 weeks'), and a Title-case range word joins only a capitalised far end.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("HbA1c at Week 24 up to 8 weeks Number of participants who died.", "HbA1c at Week 24", "up to 8 weeks"),
        ("HbA1c at Week 24 Through study completion, an average of 1 year Number of participants who died.",
         "HbA1c at Week 24", "Through study completion, an average of 1 year"),
        # counter-examples: a range and a repeat schedule stay whole
        ("Body weight Baseline up to Week 52 Weight in kilograms", "Body weight", "Baseline up to Week 52"),
        ("Viral load every 3 months up to 2 years Copies per mL", "Viral load", "every 3 months up to 2 years"),
        ("Serum sodium Day 1 Through Day 14 Lowest daily value", "Serum sodium", "Day 1 Through Day 14"),
    ],
)
def test_a_name_time_and_the_column_after_it(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A Title-case point followed by an abbreviation opens the description when it states another point.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("28-day mortality 12 weeks Week 24 HbA1c minus baseline HbA1c.", "28-day mortality", "12 weeks"),
        ("Patient comfort During the procedure Week 12 LDL-C minus baseline LDL-C", "Patient comfort", "During the procedure"),
        # counter-example: the same point the name ends in is the column
        ("Antibodies by ELISA up to study day 56 Day 56 SARS-CoV-2 specific antibodies", "Antibodies by ELISA up to study day 56", "Day 56"),
    ],
)
def test_a_point_before_an_abbreviation(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A column that states the change it times: 'Change from baseline at week 12'.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Pain score Change from baseline at week 12 Numeric rating scale", "Pain score", "Change from baseline at week 12"),
        ("HbA1c at Week 24 Change from baseline to week 24 Glycated haemoglobin", "HbA1c at Week 24", "Change from baseline to week 24"),
        # counter-examples: the change is the name's
        ("Mean Change From Baseline to Week 12 Week 12 HbA1c in percent", "Mean Change From Baseline to Week 12", "Week 12"),
        ("LDL-C Percent Change from baseline to week 12 Week 12 Calculated LDL-C", "LDL-C Percent Change from baseline to week 12", "Week 12"),
        ("Mean Change From Baseline at Week 12 Baseline, Week 12 HbA1c", "Mean Change From Baseline at Week 12", "Baseline, Week 12"),
    ],
)
def test_a_column_that_states_a_change(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A hyphen or an article makes a singular unit after 'one' an adjective again: the period goes on.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Change in body weight during the 1-week run-in period", "Change in body weight", "during the 1-week run-in period"),
        ("Adherence Over the 1-week run-in period Pill count", "Adherence", "Over the 1-week run-in period"),
        ("Steps per day During the 1-week monitoring period Accelerometer counts", "Steps per day",
         "During the 1-week monitoring period"),
        ("Sleep duration Over a 1 week period Actigraphy", "Sleep duration", "Over a 1 week period"),
    ],
)
def test_a_hyphenated_or_determined_singular_unit_is_an_adjective(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Times that each carry their own post-/pre- word, joined by a space, are one list; so is a point
# after a post- word that no lowercase description follows.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Plasma concentration Cycle 1 Day 1 post-infusion Cycle 2 Day 1 pre-infusion Drug levels", "Plasma concentration",
         "Cycle 1 Day 1 post-infusion Cycle 2 Day 1 pre-infusion"),
        ("Antibody titre Day 0 pre-vaccination Day 28 post-vaccination GMT", "Antibody titre",
         "Day 0 pre-vaccination Day 28 post-vaccination"),
        ("Immunogenicity Day 1 pre-vaccination Day 29 GMT", "Immunogenicity", "Day 1 pre-vaccination Day 29"),
        ("Pain score 2 hours post-operatively Day 1 Numeric rating scale", "Pain score", "2 hours post-operatively Day 1"),
    ],
)
def test_times_with_their_own_post_words_are_one_column(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: a point that a lowercase description follows (perhaps after an abbreviation)
# still opens the description after a post- word.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Readmission 30 days post-discharge Week 12 values minus baseline values", "Readmission", "30 days post-discharge"),
        ("Glycaemic control 6 months post-transplant Week 24 HbA1c minus baseline HbA1c", "Glycaemic control",
         "6 months post-transplant"),
    ],
)
def test_a_described_point_after_a_post_word_is_the_description(row, name, time_frame):
    assert _row(row) == (name, time_frame)
