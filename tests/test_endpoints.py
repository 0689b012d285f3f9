"""Endpoints: registry outcome tables (where the time column is) and endpoint statements in abstracts."""

import pytest

from extract.extractors.timeframes import table_candidates
from tests.conftest import extract


def _table(*rows: str, kind: str = "Primary") -> str:
    return f"- {kind} Outcome Measures\nName Time Method " + "\n".join(rows) + "\n"


# A pasted registry row is '<measure> <time frame> <description>' glued with single spaces.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Time to hospital discharge 28 days Days from randomisation to discharge", "Time to hospital discharge", "28 days"),
        # a number glued to a name is not a time: 'COVID-19', 'EQ-5D', 'AUC(0-24h)'
        ("Newborns infected with COVID-19 Day 0 Nasal swab at birth", "Newborns infected with COVID-19", "Day 0"),
        ("EQ-5D VAS score six months Health related quality of life over six months", "EQ-5D VAS score", "six months"),
        ("Rifampicin AUC(0-24h) Post-dose on day 10 of daily dosing Area under the curve", "Rifampicin AUC(0-24h)",
         "Post-dose on day 10 of daily dosing"),
        # a quantity inside the name: a threshold, a number followed by 'of', a unit used as an adjective
        ("Proportion of children who survive at least 12 months 2 years Survival status at 2 years",
         "Proportion of children who survive at least 12 months", "2 years"),
        ("Step counts in the most active 30 minutes of the day Baseline, week 12 Mean of 7 days",
         "Step counts in the most active 30 minutes of the day", "Baseline, week 12"),
        ("Viral suppression over the 48 week treatment period 48 weeks", "Viral suppression over the 48 week treatment period",
         "48 weeks"),
        # dates, ranges and lists
        ("Number of confirmed infections March 1, 2021 to June 30, 2021 Reported by the sites", "Number of confirmed infections",
         "March 1, 2021 to June 30, 2021"),
        ("Hospital admission During 1 October - 31 December 2021 Admissions for any cause", "Hospital admission",
         "During 1 October - 31 December 2021"),
        ("White cell count 3-5 Days", "White cell count", "3-5 Days"),
        ("Trough concentration 4 and12 weeks", "Trough concentration", "4 and12 weeks"),
        ("Need for oxygen Days 7, 14 and 21 Oxygen by mask or cannula", "Need for oxygen", "Days 7, 14 and 21"),
        # a lowercase qualifier stays in the column up to the description
        ("Antibody titre 2 weeks post final booster dose Geometric mean titre", "Antibody titre",
         "2 weeks post final booster dose"),
        ("Viral load Day 5 from Baseline Copies per mL", "Viral load", "Day 5 from Baseline"),
        # a time expression ending the name, then the column
        ("Change in pain score between baseline and week 6 Baseline, week 6 Visual analogue scale",
         "Change in pain score between baseline and week 6", "Baseline, week 6"),
        ("Rate of infection at Day 21 Days 1-21 after the first dose Any confirmed infection",
         "Rate of infection at Day 21", "Days 1-21 after the first dose"),
        # the description restates the measure: the column is what lies between
        ("Hand grip strength Immediately after the splint is fitted Hand grip strength was measured with a dynamometer",
         "Hand grip strength", "Immediately after the splint is fitted"),
        ("Overall survival 90 days overall survival up to day 90", "Overall survival", "90 days"),
        # the measure's own parentheses are not the column
        ("Mortality (deaths within 30 days) 6 months All-cause deaths", "Mortality (deaths within 30 days)", "6 months"),
        # a capitalised lead word starts a column that is one lowercase clause
        ("Progression-free survival From randomisation until progression or death, assessed up to 48 months PFS is the time",
         "Progression-free survival", "From randomisation until progression or death, assessed up to 48 months"),
        ("Time to Relapse From randomisation to first relapse (up to 2 years) Relapse confirmed by imaging",
         "Time to Relapse", "From randomisation to first relapse (up to 2 years)"),
        ("Change From Baseline in Diastolic Blood Pressure at Week 8 Baseline, Week 8 Office blood pressure",
         "Change From Baseline in Diastolic Blood Pressure at Week 8", "Baseline, Week 8"),
        # a time column only after the description starts: anchors alone are weak, numbers win
        ("Serum ferritin at baseline 12 weeks Ferritin in ng/mL", "Serum ferritin at baseline", "12 weeks"),
        # an anchor word that starts a compound is part of the name, not a time
        ("Number of Participants With Treatment-Emergent Adverse Events Baseline, end of treatment Graded by CTCAE v5.0",
         "Number of Participants With Treatment-Emergent Adverse Events", "Baseline, end of treatment"),
        ("Admission-free days alive 90 days Days alive and out of hospital", "Admission-free days alive", "90 days"),
        ("Screening-detected lesions At hospital discharge Lesions seen on MRI", "Screening-detected lesions", "At hospital discharge"),
        # a Title-case column capitalises its range words too
        ("Serum sodium Day 1 Through Day 14 Lowest daily value", "Serum sodium", "Day 1 Through Day 14"),
        ("Body weight Week 0 To Week 52 Weight in kilograms", "Body weight", "Week 0 To Week 52"),
        ("Walking distance Baseline And Month 6 Six-minute walk test", "Walking distance", "Baseline And Month 6"),
        # a lowercase 'post-'/'pre-' word or 'follow-up' closes the column on its own
        ("Graft function 12 months post-transplant Estimated GFR", "Graft function", "12 months post-transplant"),
        ("Nausea score 6 hours postoperatively Four-point verbal scale", "Nausea score", "6 hours postoperatively"),
        ("Return to work 1 year follow-up Self-reported", "Return to work", "1 year follow-up"),
        ("Breastfeeding rate 6 weeks postpartum Exclusive breastfeeding", "Breastfeeding rate", "6 weeks postpartum"),
        # punctuation right after a time expression: the column goes on (cells are glued by a space alone)
        ("Progression-free survival Up to 40 months; From randomisation to data cut-off 30 June 2020; median follow-up 22 months "
         "Time to progression or death", "Progression-free survival",
         "Up to 40 months; From randomisation to data cut-off 30 June 2020; median follow-up 22 months"),
        ("Trough level Day 8, Cycle 2 pre-dose; Day 1 of Cycles 3 and 6 pre-dose; 60 days after last dose Plasma level in ng/mL",
         "Trough level", "Day 8, Cycle 2 pre-dose; Day 1 of Cycles 3 and 6 pre-dose; 60 days after last dose"),
        ("Quality of life At 6 and 12 months after surgery; and yearly thereafter up to 4 years SF-36 questionnaire",
         "Quality of life", "At 6 and 12 months after surgery; and yearly thereafter up to 4 years"),
        # a name ending in a time led by a preposition, then the column right after it
        ("Change From Baseline in Diastolic Pressure at Week 16 During the run-in phase (4 weeks) Office measurement",
         "Change From Baseline in Diastolic Pressure at Week 16", "During the run-in phase (4 weeks)"),
        ("Proportion afebrile at Day 5 12 weeks of treatment and 2 weeks of follow-up Temperature below 38 C",
         "Proportion afebrile at Day 5", "12 weeks of treatment and 2 weeks of follow-up"),
        ("Rate of relapse by Month 24 Baseline until relapse or death (up to 3 years) Relapse confirmed by biopsy",
         "Rate of relapse by Month 24", "Baseline until relapse or death (up to 3 years)"),
        ("Proportion afebrile at Day 5 100 days after transplant, as of the data cut-off Temperature below 38 C",
         "Proportion afebrile at Day 5", "100 days after transplant, as of the data cut-off"),
        # ... but not a column led by 'within'/'up to', nor before a description that defines a word
        ("Serum IL-6 level within 48 hours Baseline is defined as the last value before the first dose",
         "Serum IL-6 level", "within 48 hours"),
        # a singular unit before a determiner is a time, not an adjective ('the 7 day run-in period')
        ("Overall survival 1 year the proportion of participants alive", "Overall survival", "1 year"),
        ("Proportion afebrile at Day 5 1 week the share of participants without fever", "Proportion afebrile at Day 5", "1 week"),
        # an anchor after a word that continues the name is the name's when a numbered time follows
        ("Time to Extubation Day 3, 4 hours after surgery (window 2 hours) Hours on ventilator",
         "Time to Extubation", "Day 3, 4 hours after surgery (window 2 hours)"),
        # a Title-case qualifier after a time in a Title-case name stays with it
        ("Mean Troponin at Month 3 After Randomisation Month 3 Peak value in ng/L",
         "Mean Troponin at Month 3 After Randomisation", "Month 3"),
        ("Antibody Response at Week 4 Post Vaccination 28 days Geometric mean titre",
         "Antibody Response at Week 4 Post Vaccination", "28 days"),
    ],
)
def test_time_column_of_a_registry_row(row, name, time_frame):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


def test_registry_row_without_a_time_column_is_kept_whole():
    [endpoint] = extract(_table("Patient satisfaction Questionnaire completed by the patient")).endpoints
    assert endpoint.text == "Patient satisfaction Questionnaire completed by the patient"
    assert endpoint.time_frame is None


def test_every_row_is_an_endpoint_of_its_table_kind():
    text = _table("Mortality 28 days Death from any cause") + _table("Length of stay 60 days Days in hospital", kind="Secondary")
    assert [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints] == [
        ("primary", "Mortality", "28 days"),
        ("secondary", "Length of stay", "60 days"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Week 24", ["Week 24"]),
        ("from baseline to Day 28", ["from baseline to Day 28"]),
        ("Through study completion, an average of 1 year", ["Through study completion, an average of 1 year"]),
        ("Randomization to 12 months post-randomization, up to May 2019", ["Randomization to 12 months post-randomization, up to May 2019"]),
        ("12 hours post-dose on day 7", ["12 hours post-dose on day 7"]),
        ("prior to hospital discharge, up to 15 ½ months", ["prior to hospital discharge, up to 15 ½ months"]),
        # a bare number before a lead word ends the name ('version 1.1')
        ("RECIST version 1.1 within 36 months", ["within 36 months"]),
        # a list led by its unit takes no second, capitalised one: that starts the description
        ("Days 7, 14 and 28 Days of hospital stay", ["Days 7, 14 and 28"]),
        ("at 6 and 12 Months", ["at 6 and 12 Months"]),
        # a visit window stays in its point
        ("Baseline, Week 12 ± 7 days and Week 24 ± 7 days", ["Baseline, Week 12 ± 7 days and Week 24 ± 7 days"]),
        ("Day 28 +/- 3 days", ["Day 28 +/- 3 days"]),
        # days before the first dose, and a pre-baseline period
        ("Day -7 to Day 28", ["Day -7 to Day 28"]),
        ("Pre-baseline (Day -14 to Day -1)", ["Pre-baseline (Day -14 to Day -1)"]),
        # a parenthesised point or anchor after a time stays in the list
        ("Visit 1 (Day 0) and Visit 4 (Day 90)", ["Visit 1 (Day 0) and Visit 4 (Day 90)"]),
        ("Baseline (Day 0), Week 4 and Week 12", ["Baseline (Day 0), Week 4 and Week 12"]),
        ("Day 0 (baseline) and Day 90", ["Day 0 (baseline) and Day 90"]),
        # ... not one that does not close, nor a parenthesis the name opened
        ("Week 12 (Day 84 Pain score", ["Week 12", "Day 84"]),
        ("Mortality (deaths within 30 days) 6 months", ["within 30 days", "6 months"]),
        # a day of a cycle is one point; Title-case range words join too
        ("Cycle 1 Day 1 through 30 days after the last dose", ["Cycle 1 Day 1 through 30 days after the last dose"]),
        ("Cycle 3 Day 15 pre-dose", ["Cycle 3 Day 15 pre-dose"]),
        ("Day 1 Through Day 28", ["Day 1 Through Day 28"]),
        ("Month 0 To Month 6", ["Month 0 To Month 6"]),
        # an anchor starting a compound is no time
        ("Treatment-Emergent Adverse Events", []),
        ("Baseline-corrected QTc", []),
        # not times: glued numbers, a lone lead word or number
        ("SARS-CoV-2 IgG", []),
        ("HbA1c 4D flow", []),
        ("up to 3", []),
    ],
)
def test_time_expressions_a_table_column_is_built_from(text, expected):
    assert [text[c.start : c.end] for c in table_candidates(text, 0, len(text))] == expected


# Abstracts: a list inside a parenthesis belongs to the endpoint it defines, even when an inner
# bracket closes the parenthesis early and the author closes it again at the end.
@pytest.mark.parametrize(
    "sentence, name, description",
    [
        ("The primary endpoint was tolerability (infusion reactions [IRs]) within 2 hours; stroke or death within 48 hours).",
         "tolerability", "infusion reactions [IRs]) within 2 hours; stroke or death within 48 hours"),
        ("The primary outcome was bleeding (major, minor and trivial bleeds).", "bleeding", "major, minor and trivial bleeds"),
    ],
)
def test_parenthesised_list_stays_in_its_endpoint(sentence, name, description):
    [endpoint] = [e for e in extract(sentence).endpoints if e.kind == "primary"]
    assert (endpoint.text, endpoint.description) == (name, description)


def test_list_of_endpoints_inside_an_outer_parenthesis_is_still_split():
    text = "Outcomes were prespecified (the secondary endpoints were dyspnoea, fatigue and cough)."
    assert [e.text for e in extract(text).endpoints if e.kind == "secondary"] == ["dyspnoea", "fatigue", "cough"]


@pytest.mark.parametrize(
    "sentence, primary",
    [
        ("The primary outcome of the study was time to hospital discharge.", "time to hospital discharge"),
        ("The primary endpoint of this trial was failure of the graft.", "failure of the graft"),
        ("Primary outcomes after 12 weeks were serum ferritin and transferrin saturation.", "serum ferritin"),
        ("The primary endpoint following the 14-day treatment period is the proportion of culture-negative patients.",
         "proportion of culture-negative patients"),
        # an apposition names the endpoint of a results sentence
        ("The primary outcome measure, 60-day mortality, was similar in both arms.", "60-day mortality"),
        ("As the primary outcome, time to symptom resolution was shorter with the active drug.", "time to symptom resolution"),
        # objectives lose their verb
        ("The primary endpoint was to compare the mean seated blood pressure between arms.",
         "mean seated blood pressure between arms"),
    ],
)
def test_primary_endpoint_declared_with_a_qualifier_or_an_apposition(sentence, primary):
    assert [e.text for e in extract(sentence).endpoints if e.kind == "primary"][0] == primary


@pytest.mark.parametrize(
    "sentence",
    [
        "For the primary efficacy endpoint, treated subjects had better scores than controls.",
        "Results for the secondary outcome, which was reported elsewhere, are not shown.",
        "This was the primary end point, and no difference was detected between the arms.",
    ],
)
def test_a_comma_after_the_cue_is_not_always_an_apposition(sentence):
    assert extract(sentence).endpoints == []


def test_numbers_of_one_time_frame_do_not_split_an_endpoint_list():
    text = "Secondary endpoints included the mean daily IOP at 1 and 3 months and the rate of adverse events."
    assert [e.text for e in extract(text).endpoints] == ["mean daily IOP", "rate of adverse events"]


@pytest.mark.parametrize("text", ["- Primary Outcome Measures (", "The primary endpoint ()", "The primary outcome (", "Primary endpoint: ,;"])
def test_an_endpoint_cue_with_nothing_after_it_gives_no_endpoint(text):
    assert extract(text).endpoints == []


# The column is often a clause: it starts at the word that opens it and ends where the clause does.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        # a capitalised anchor, opener or lead word starts a lowercase clause
        ("Overall Survival (OS) Randomization until death from any cause, up to 4 years OS is the time to death",
         "Overall Survival (OS)", "Randomization until death from any cause, up to 4 years"),
        ("Change in nasal viral load Treatment Period of 14 days Viral RNA copies per mL",
         "Change in nasal viral load", "Treatment Period of 14 days"),
        ("Duration of Remission Until the data cut-off of 12 March 2019; median follow-up was 14.2 months Remission lasted",
         "Duration of Remission", "Until the data cut-off of 12 March 2019; median follow-up was 14.2 months"),
        ("Hearing Threshold at Primary Endpoint Date of first dose to end of follow-up, up to 36 months Audiometry at 4 kHz",
         "Hearing Threshold at Primary Endpoint", "Date of first dose to end of follow-up, up to 36 months"),
        # also when the description restates the measure
        ("Insulin sensitivity Measured at 6 hours after the infusion. Insulin sensitivity index from the clamp",
         "Insulin sensitivity", "Measured at 6 hours after the infusion."),
        ("Overall survival Median 18 months (from randomisation to 30 June 2021) Survival until death from any cause",
         "Overall survival", "Median 18 months (from randomisation to 30 June 2021)"),
        # but not a capitalised word that continues the name
        ("Change From Baseline in pain intensity at Week 12 Baseline, Week 12 Numeric rating scale",
         "Change From Baseline in pain intensity at Week 12", "Baseline, Week 12"),
        # a lowercase lead word whose short clause a comma joins to the column
        ("Trough concentration during the maintenance phase, within 24 months Sampled before dosing",
         "Trough concentration", "during the maintenance phase, within 24 months"),
        # the clause goes on after a word that needs more, a parenthesis or a unit used as an adjective
        ("Plasma trough level 24 hours post-dose on day 5 of daily dosing. Measured by LC-MS",
         "Plasma trough level", "24 hours post-dose on day 5 of daily dosing."),
        ("Plasma Concentration of Drug Y Day 1, Cycle 2, 4 hours after the infusion (Cycle = 14 days)",
         "Plasma Concentration of Drug Y", "Day 1, Cycle 2, 4 hours after the infusion (Cycle = 14 days)"),
        ("Plasma Concentration of Velotinib Day 8 pre-dose and 2 hours after the dose of Velotinib (Cycle = 21 days); Samples by LC-MS",
         "Plasma Concentration of Velotinib", "Day 8 pre-dose and 2 hours after the dose of Velotinib (Cycle = 21 days);"),
        ("Change in body weight during the 10 day lead-in period", "Change in body weight", "during the 10 day lead-in period"),
        # two time expressions side by side: the second, starting with a digit or after a full stop, is the column
        ("Mortality at Month 6 6 months All-cause death", "Mortality at Month 6", "6 months"),
        ("Symptom score at 3 and 6 Months. Weeks 12 and 24 Patient diary", "Symptom score at 3 and 6 Months.", "Weeks 12 and 24"),
        # a clause around a parenthesised time comes before a time in the description
        ("Overall Survival (OS) Randomization to death from any cause (approximately 4 years) Deaths within 90 days of the last dose",
         "Overall Survival (OS)", "Randomization to death from any cause (approximately 4 years)"),
        # a capitalised anchor after a name that has ended is the column, before a time in the description
        ("Heart Rate Variability (HRV) Baseline Recorded over 10 minutes at rest", "Heart Rate Variability (HRV)", "Baseline"),
        ("Number of hospital admissions Study completion Admissions counted over 12 months", "Number of hospital admissions",
         "Study completion"),
        # after a Title-case name too, when a sentence-case description follows
        ("Sitting Assessment Scale Baseline Incidence of falls over 12 weeks of follow-up", "Sitting Assessment Scale", "Baseline"),
        # not among the Title-case words of a name
        ("Implantable Device Baseline Programming Settings 6 months Settings read at the clinic",
         "Implantable Device Baseline Programming Settings", "6 months"),
    ],
)
def test_time_column_is_a_whole_clause(row, name, time_frame):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


def test_classic_registry_layout_labels_the_time_frame():
    text = (
        "Primary Outcome Measures:\n"
        "1. Time to clinical recovery [ Time Frame: From randomisation up to Day 28 ]\n"
        "Days until the patient no longer needs oxygen\n"
        "Secondary Outcome Measures:\n"
        "1. Serum IL-6 [ Time Frame: Baseline, Day 3 and Day 7 ]\n"
        "2. Length of stay in hospital 6 months after discharge\n"
    )
    assert [(e.kind, e.text, e.time_frame, e.description) for e in extract(text).endpoints] == [
        ("primary", "Time to clinical recovery", "From randomisation up to Day 28", "Days until the patient no longer needs oxygen"),
        ("secondary", "Serum IL-6", "Baseline, Day 3 and Day 7", None),
        ("secondary", "Length of stay in hospital", "6 months after discharge", None),
    ]


def test_current_registry_layout_puts_the_time_frame_last():
    text = (
        "- Primary Outcome Measures\n"
        "Outcome Measure Measure Description Time Frame\n"
        "Change in fatigue score Fatigue measured with a 10-point scale. From baseline to week 12\n"
        "Hospital readmission Readmission for any cause, counted by the sites Up to 90 days after discharge\n"
    )
    assert [(e.text, e.time_frame, e.description) for e in extract(text).endpoints] == [
        ("Change in fatigue score", "From baseline to week 12", "Fatigue measured with a 10-point scale."),
        ("Hospital readmission", "Up to 90 days after discharge", "Readmission for any cause, counted by the sites"),
    ]


def test_tabs_between_cells_say_where_each_cell_ends():
    """A row copied from the registry site keeps its tabs: the time column needs no time word and
    may read like the name ('Baseline, end of treatment'), and an empty cell is skipped."""
    text = ("- Primary Outcome Measures\nName\tTime\tMethod\n"
            "Change From Baseline in FEV1 at Week 12\tBaseline, end of treatment\tSpirometry by a blinded technician\n"
            "Patient satisfaction\tPerioperative\tFive-point Likert scale\n"
            "- Secondary Outcome Measures\nOutcome Measure\tMeasure Description\tTime Frame\n"
            "Length of stay\tDays from admission to discharge, up to 60 days\tUp to 60 days\n"
            "Pain at rest\t\tDay 1 Through Day 28\n"
            "Delirium\tConfusion Assessment Method\n"
            "Readmission\t30 days after discharge\n")
    assert [(e.kind, e.text, e.time_frame, e.description) for e in extract(text).endpoints] == [
        ("primary", "Change From Baseline in FEV1 at Week 12", "Baseline, end of treatment", "Spirometry by a blinded technician"),
        ("primary", "Patient satisfaction", "Perioperative", "Five-point Likert scale"),
        ("secondary", "Length of stay", "Up to 60 days", "Days from admission to discharge, up to 60 days"),
        ("secondary", "Pain at rest", "Day 1 Through Day 28", None),
        ("secondary", "Delirium", None, "Confusion Assessment Method"),
        ("secondary", "Readmission", "30 days after discharge", None),
    ]


def test_a_description_that_defines_a_time_word_is_not_the_column():
    [endpoint] = extract(_table("Pain at Week 12 up to 28 days Day 1 is the day of the first infusion")).endpoints
    assert endpoint.time_frame.endswith("up to 28 days")


# Abstracts: a list of outcomes states its time frame once, for every outcome in it.
@pytest.mark.parametrize(
    "sentence, names, time_frame",
    [
        # after the verb that says the outcomes were measured
        ("Visual acuity and macular thickness were measured at baseline, week 4, week 8, and month 6 of follow-up.",
         ["Visual acuity", "macular thickness"], "at baseline, week 4, week 8, and month 6"),
        ("Serum potassium was recorded at baseline, and after 1 week and 2 months of treatment.",
         ["Serum potassium"], "at baseline, and after 1 week and 2 months of treatment"),
        ("Change in fasting insulin was assessed at the end of 16 weeks.", ["fasting insulin"], "at the end of 16 weeks"),
        ("Bone density was evaluated 2 hours after the first tablet, at 3, 6, 9, and 12 months of treatment.",
         ["Bone density"], "at 3, 6, 9, and 12 months of treatment"),
        ("Pain relief, sleep quality and daytime function were compared at months 2 and 4.",
         ["Pain relief", "sleep quality", "daytime function"], "at months 2 and 4"),
        # before the list, as an opening phrase: a time, not an outcome
        ("At week 48, body weight, blood pressure and adverse events were documented.",
         ["body weight", "blood pressure", "adverse events"], "At week 48"),
    ],
)
def test_a_measured_list_shares_the_time_frame_it_states_once(sentence, names, time_frame):
    endpoints = extract(sentence).endpoints
    assert [e.text for e in endpoints] == names
    assert {e.time_frame for e in endpoints} == {time_frame}


@pytest.mark.parametrize(
    "sentence, names, time_frame",
    [
        ("MAIN OUTCOME MEASURES: Changes from baseline in LDL cholesterol and triglycerides at Week 12.",
         ["Changes from baseline in LDL cholesterol", "triglycerides"], "at Week 12"),
        ("The secondary endpoints were ulcer healing, recurrence and amputation within 6 months.",
         ["ulcer healing", "recurrence", "amputation"], "within 6 months"),
    ],
)
def test_a_time_frame_that_ends_a_declared_list_is_every_items(sentence, names, time_frame):
    endpoints = extract(sentence).endpoints
    assert [e.text for e in endpoints] == names
    assert [e.time_frame for e in endpoints] == [time_frame] * len(names)


def test_an_item_keeps_its_own_time_frame_in_a_shared_list():
    text = "Secondary endpoints were relapse at 6 months and mortality at 12 months."
    assert [(e.text, e.time_frame) for e in extract(text).endpoints] == [("relapse", "at 6 months"), ("mortality", "at 12 months")]


@pytest.mark.parametrize(
    "text, time_frame",
    [
        ("measured at months 1 and 3", "at months 1 and 3"),
        ("measured at 2, 4, 8, and 12 weeks", "at 2, 4, 8, and 12 weeks"),
        ("measured at the end of 24 weeks", "at the end of 24 weeks"),
        ("measured on days 7, 14 and 28", "on days 7, 14 and 28"),  # 'on' leads a numbered point
        ("measured on postoperative days 1-5", "on postoperative days 1-5"),
        ("measured on treatment", None),  # ... but no event: 'on treatment', 'on admission' are states
    ],
)
def test_running_text_time_frames(text, time_frame):
    from extract.extractors.timeframes import ENDPOINT_TIME_FRAME as TIME_FRAME

    match = TIME_FRAME.search(text)
    assert (match.group() if match else None) == time_frame


@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        # a list ends where the sentence declares endpoints of another kind
        ("The primary endpoint was relapse at 12 months; secondary endpoints included mortality and AEs.",
         [("primary", "relapse"), ("secondary", "mortality"), ("secondary", "AEs")]),
        # not inside a parenthesis that only labels an item
        ("Main outcome measures were fatigue (primary outcome), sleep quality and mood.",
         [("primary", "fatigue"), ("primary", "sleep quality"), ("primary", "mood")]),
        # a two-letter abbreviation names an outcome too
        ("The primary endpoint was PFS; secondary endpoints included OS and toxicity.",
         [("primary", "PFS"), ("secondary", "OS"), ("secondary", "toxicity")]),
    ],
)
def test_a_declared_list_ends_where_the_next_declaration_starts(sentence, endpoints):
    assert [(e.kind, e.text) for e in extract(sentence).endpoints] == endpoints


@pytest.mark.parametrize(
    "sentence, name, time_frame",
    [
        # a parenthesis glued to a word, or an abbreviation the name goes on after, is the name's
        ("The primary endpoint was the change in HbA(1c) at 26 weeks.", "HbA(1c)", "at 26 weeks"),
        ("The primary outcome was the 6-minute walk distance (6MWD) change from baseline to week 16.",
         "6-minute walk distance (6MWD) change", "from baseline to week 16"),
        # numbers of one time frame stay together after ', and'
        ("The secondary outcome was the pain score at 0, 6, and 12 weeks.", "pain score", "at 0, 6, and 12 weeks"),
    ],
)
def test_the_name_keeps_its_own_parentheses(sentence, name, time_frame):
    [endpoint] = extract(sentence).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


# A description may open with a time ('Week 12 values minus ...'): a capitalised point followed by a
# lowercase word that cannot continue a time is the description's, not the column's.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Seated blood pressure 28 days Week 4 readings minus baseline readings", "Seated blood pressure", "28 days"),
        ("Serum creatinine at baseline and 6 months Month 6 values compared with baseline", "Serum creatinine",
         "at baseline and 6 months"),
        ("Graft survival 3 years post implant Year 3 status from the registry", "Graft survival", "3 years post implant"),
        ("Antibody titre 1 month post second dose Day 28 titres over baseline titres", "Antibody titre", "1 month post second dose"),
        # a determiner starts a lowercase description after the column
        ("Fever clearance at Day 3 Day 14 the proportion without fever", "Fever clearance at Day 3", "Day 14"),
    ],
)
def test_a_description_that_opens_with_a_time(row, name, time_frame):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


# A lowercase description after a column that ends in a qualifier: a determiner right after a noun
# starts another phrase, the description.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Reintubation 72 hours after extubation the number of patients reintubated", "Reintubation", "72 hours after extubation"),
        ("Adverse events up to 28 days after the last infusion of study drug a participant may report several events",
         "Adverse events", "up to 28 days after the last infusion of study drug"),
        ("Rejection episodes 12 months post-transplant the proportion with biopsy-proven rejection", "Rejection episodes",
         "12 months post-transplant"),
        # a determiner after a word that needs more stays in the column
        ("Wound healing 30 days after the operation", "Wound healing", "30 days after the operation"),
    ],
)
def test_a_lowercase_description_after_a_qualified_column(row, name, time_frame):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


def test_evidencemap_gold_outcomes_after_a_secondary_cue_are_secondary():
    from extract.evaluation.adapters.evidencemap import _primary_endpoints

    text = "The primary outcome was pain at rest; secondary outcomes were sleep and mood. Pain fell."
    spans = [(text.find(w), text.find(w) + len(w), w) for w in ("pain at rest", "sleep", "mood", "Pain")]
    assert [(i["text"], i["kind"]) for i in _primary_endpoints(text, spans)] == [
        ("pain at rest", "primary"), ("sleep", "secondary"), ("mood", "secondary")]


# The registry's usual row: a name that ends in its own time, then that time as the column
# ('... at Week 12 Week 12 percentage of ...'). The column restates the name's point (same number
# and unit), so it is the time frame and the lowercase text after it the description.
@pytest.mark.parametrize(
    "row, name, time_frame, description",
    [
        ("Percentage of Participants With ACR20 Response at Week 12 Week 12 percentage of participants achieving ACR20",
         "Percentage of Participants With ACR20 Response at Week 12", "Week 12", "percentage of participants achieving ACR20"),
        ("Overall Survival at 2 Years Year 2 percentage of participants alive",
         "Overall Survival at 2 Years", "Year 2", "percentage of participants alive"),
        ("Mortality at 28 days Day 28 number of deaths from any cause",
         "Mortality at 28 days", "Day 28", "number of deaths from any cause"),
        ("Change in HbA1c from baseline to Week 24 Week 24 change from baseline",
         "Change in HbA1c from baseline to Week 24", "Week 24", "change from baseline"),
        # variants of our own
        ("Proportion of Participants With PASI 75 by Week 16 Week 16 participants with a 75% PASI improvement",
         "Proportion of Participants With PASI 75 by Week 16", "Week 16", "participants with a 75% PASI improvement"),
        ("Change in body weight from baseline to 6 months Month 6 weight change in kilograms",
         "Change in body weight from baseline to 6 months", "Month 6", "weight change in kilograms"),
    ],
)
def test_a_name_that_ends_in_its_own_time(row, name, time_frame, description):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame, endpoint.description) == (name, time_frame, description)


# Points that differ, or a list of points, still let a capitalised time open the description.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Mortality at 28 days Day 90 deaths counted from the registry", "Mortality", "at 28 days"),
        ("Serum potassium at baseline and 3 months Month 3 values minus baseline values", "Serum potassium",
         "at baseline and 3 months"),
    ],
)
def test_a_different_point_after_the_name_still_opens_the_description(row, name, time_frame):
    [endpoint] = extract(_table(row)).endpoints
    assert (endpoint.text, endpoint.time_frame) == (name, time_frame)


# A number glued to a name ('FEV1', 'vitamin B12', 'IL-6') is no time frame's number: the list
# splits there, while standalone numbers of one time frame stay together.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("Secondary outcomes included FEV1, and 6-minute walk distance.", ["FEV1", "6-minute walk distance"]),
        ("Secondary outcomes included serum IL-6, and 6-minute walk distance at 12 weeks.",
         ["serum IL-6", "6-minute walk distance"]),
        ("Secondary outcomes included vitamin B12, and 25-hydroxyvitamin D levels.",
         ["vitamin B12", "25-hydroxyvitamin D levels"]),
        ("Secondary endpoints included HbA1c, and 2-hour postprandial glucose.", ["HbA1c", "2-hour postprandial glucose"]),
        ("Secondary endpoints were the CD4 count, and 6-month viral suppression.", ["CD4 count", "6-month viral suppression"]),
        ("Secondary endpoints included pain scores at days 7, 14, and 28 and the rate of reoperation.",
         ["pain scores", "rate of reoperation"]),
    ],
)
def test_a_number_glued_to_a_name_is_no_time_frame_number(sentence, endpoints):
    assert [e.text for e in extract(sentence).endpoints] == endpoints


# A part of an endpoint list that qualifies the endpoint before it, or names no outcome, is no endpoint.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("The primary outcome was arm volume, which was measured by water displacement.", ["arm volume"]),
        ("The primary endpoint was clinical status on day 14, assessed on a 7-point ordinal scale.", ["clinical status"]),
        ("The primary outcome was smoking abstinence, confirmed biochemically by exhaled carbon monoxide.", ["smoking abstinence"]),
        ("The primary outcome was time to recovery or discharge, whichever came first.", ["time to recovery or discharge"]),
        ("The primary outcome was the cure rate after the completion of therapy and follow-up.", ["cure rate after the completion of therapy"]),
        ("The primary immunogenicity outcome was the neutralising antibody titre.", ["neutralising antibody titre"]),
    ],
)
def test_a_qualifying_clause_in_an_endpoint_list_is_no_endpoint(sentence, endpoints):
    assert [e.text for e in extract(sentence).endpoints if e.kind == "primary"] == endpoints


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the prespecified secondary end points were statistically significant.",
        "In this randomized trial, the efficacy and safety of drug X were evaluated.",
        "A total of 90 questionnaires was analyzed.",
        "On each study day, spirometric indices and vital signs were measured at 5 and 60 minutes.",
    ],
)
def test_scene_setting_and_predicates_are_no_endpoints(sentence):
    texts = [e.text for e in extract(sentence).endpoints]
    assert not any(t.startswith(("In this", "On each", "total of", "statistically")) for t in texts)


# Counter-examples: an endpoint that merely starts like a qualifier word stays.
@pytest.mark.parametrize(
    "sentence, endpoint",
    [
        ("The primary outcome was baseline-adjusted HbA1c.", "baseline-adjusted HbA1c"),
        ("Secondary outcomes were weight, waist circumference and estimated glomerular filtration rate.", "estimated glomerular filtration rate"),
        ("In-hospital mortality, length of stay and readmission were recorded.", "In-hospital mortality"),
    ],
)
def test_an_endpoint_that_starts_like_a_qualifier_stays(sentence, endpoint):
    assert endpoint in [e.text for e in extract(sentence).endpoints]


@pytest.mark.parametrize(
    "sentence, endpoint",
    [
        ("The primary outcome was measured resting energy expenditure.", "measured resting energy expenditure"),
        ("Secondary outcomes were calculated LDL cholesterol and triglycerides.", "calculated LDL cholesterol"),
    ],
)
def test_a_participle_used_as_an_adjective_starts_an_endpoint(sentence, endpoint):
    assert endpoint in [e.text for e in extract(sentence).endpoints]


def test_a_time_frame_after_a_dropped_qualifier_is_still_the_endpoints():
    sentence = "The primary outcome was steroid sparing, defined as stopping steroids without a flare at week 36."
    [endpoint] = [e for e in extract(sentence).endpoints if e.kind == "primary"]
    assert (endpoint.text, endpoint.time_frame) == ("steroid sparing", "at week 36")


# A relative clause after the sentence's subject measures that subject; after a clause it does not.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("Serum ferritin, which was measured at baseline and week 12, increased in the iron group.",
         [("Serum ferritin", "at baseline and week 12")]),
        ("Heart rate and blood pressure, which were measured every 5 minutes, did not differ.",
         [("Heart rate", None), ("blood pressure", None)]),
        ("Glycated haemoglobin, which was measured at week 24, fell in both arms.", [("Glycated haemoglobin", "at week 24")]),
        ("Serum ferritin , which was measured at week 12 , increased.", [("Serum ferritin", "at week 12")]),
    ],
)
def test_a_subject_a_relative_clause_measures_is_an_endpoint(sentence, endpoints):
    assert [(e.text, e.time_frame) for e in extract(sentence).endpoints] == endpoints


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment reduced pain, which was measured using a visual analogue scale.",
        "Pain that was assessed at rest did not change.",
        "The study enrolled 40 adults, who were assessed at baseline and week 12.",
    ],
)
def test_a_relative_clause_after_a_clause_lists_nothing(sentence):
    assert extract(sentence).endpoints == []


def test_a_relative_clause_after_a_declared_endpoint_adds_no_measured_one():
    eps = extract("The primary outcome was neutralising antibody response at day 14 , "
                  "which was measured by a plaque reduction test.").endpoints
    assert [(e.kind, e.text) for e in eps] == [("primary", "neutralising antibody response")]


# 'X, measured at T' keeps T as X's time frame (the qualifying part itself is no endpoint).
@pytest.mark.parametrize(
    "sentence, endpoint, time_frame",
    [
        ("The primary efficacy endpoint was change in FEV1, measured at week 12.", "FEV1", "at week 12"),
        ("The primary outcome was the Oswestry Disability Index, assessed at 12 months.", "Oswestry Disability Index", "at 12 months"),
        ("The primary endpoint was pain intensity, assessed at 24 hours after surgery.", "pain intensity", "at 24 hours after surgery"),
        ("The primary outcome was remission, defined as a HAM-D score of 7 or less at week 8.", "remission", "at week 8"),
    ],
)
def test_a_measured_qualifier_gives_its_time_frame(sentence, endpoint, time_frame):
    [e] = extract(sentence).endpoints
    assert (e.text, e.time_frame) == (endpoint, time_frame)


def test_a_qualified_item_in_a_list_keeps_its_time_frame_and_the_next_item_stays():
    eps = extract("Secondary outcomes were mortality, evaluated at 90 days, and length of stay.").endpoints
    assert [(e.text, e.time_frame) for e in eps] == [("mortality", "at 90 days"), ("length of stay", None)]


# 'and' inside a capitalised instrument name, or inside a range of times, does not split the endpoint.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("The primary outcome was the Hospital Anxiety and Depression Scale (HADS) score at 6 months.",
         [("Hospital Anxiety and Depression Scale (HADS) score", "at 6 months")]),
        ("The primary outcome measure was the Western Ontario and McMaster Universities Osteoarthritis Index (WOMAC) pain "
         "subscale at 6 months.", [("Western Ontario and McMaster Universities Osteoarthritis Index (WOMAC) pain subscale", "at 6 months")]),
        ("The primary outcome was the Eczema Area and Severity Index (EASI) score at week 16.",
         [("Eczema Area and Severity Index (EASI) score", "at week 16")]),
        ("The primary outcome was change in FEV1 between baseline and week 12.", [("FEV1", "between baseline and week 12")]),
    ],
)
def test_an_and_inside_a_name_or_a_range_does_not_split(sentence, endpoints):
    assert [(e.text, e.time_frame) for e in extract(sentence).endpoints] == endpoints


# Counter-examples: capitalised endpoints that are not one instrument still split.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("Secondary outcomes were Overall Survival and Progression-Free Survival.", ["Overall Survival", "Progression-Free Survival"]),
        ("Secondary outcomes were the Beck Depression Inventory and Quality of Life scores.",
         ["Beck Depression Inventory", "Quality of Life scores"]),
        ("Secondary outcomes were the difference between groups in pain and the change in weight.",
         ["difference between groups in pain", "weight"]),
    ],
)
def test_a_list_of_capitalised_endpoints_still_splits(sentence, endpoints):
    assert [e.text for e in extract(sentence).endpoints] == endpoints


# A list part that is only a time, or the rest of a qualifier, is no endpoint: it is the time
# frame of the endpoint before it.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("The primary outcome was the incidence of diarrhoea, defined as three or more loose stools per day, "
         "during treatment and up to 2 weeks after.", [("incidence of diarrhoea", "during treatment and up to 2 weeks after")]),
        ("The primary outcome was the proportion of responders, defined as a reduction of at least 50% in pain, at week 4.",
         [("proportion of responders", "at week 4")]),
        ("Exploratory outcomes were depressive symptoms (PHQ-9) and anxiety (GAD-7), measured at baseline, 8 weeks and 6 months.",
         [("depressive symptoms", "at baseline, 8 weeks and 6 months"), ("anxiety", "at baseline, 8 weeks and 6 months")]),
        ("The primary outcome was the rate of wound infection within 30 days, as defined by the Centers for Disease "
         "Control and Prevention criteria.", [("rate of wound infection", "within 30 days")]),
        ("The primary outcome was the incidence of delirium, assessed twice daily with the CAM-ICU.", [("incidence of delirium", None)]),
        ("The primary outcome was the rate of treatment success, with a non-inferiority margin of 10%.",
         [("rate of treatment success", None)]),
        ("The primary outcome was HbA1c at baseline and at week 12.", [("HbA1c", "at baseline and at week 12")]),
    ],
)
def test_a_time_or_qualifier_part_is_the_time_frame_of_the_endpoint_before(sentence, endpoints):
    assert [(e.text, e.time_frame) for e in extract(sentence).endpoints] == endpoints


# Counter-examples: an endpoint that starts with a time word, or a list of endpoints after a time, stays.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("Secondary outcomes were mortality at 90 days, length of stay and 6-month functional outcome.",
         ["mortality", "length of stay", "6-month functional outcome"]),
        ("Secondary outcomes were pain, defined as a score above 3, and weight at 12 weeks.", ["pain", "weight"]),
    ],
)
def test_endpoints_around_time_parts_stay(sentence, endpoints):
    assert [e.text for e in extract(sentence).endpoints] == endpoints


# A qualifier between the cue and its verb is no apposition: its time frame is the endpoint's.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("The primary endpoint, assessed at 12 months, was target lesion revascularization.",
         [("target lesion revascularization", "at 12 months")]),
        ("The primary outcome, 90-day mortality, was similar between groups.", [("90-day mortality", "90-day")]),
    ],
)
def test_a_qualifier_after_the_cue_is_no_apposition(sentence, endpoints):
    assert [(e.text, e.time_frame) for e in extract(sentence).endpoints] == endpoints


# An endpoint named before its cue, and an efficacy 'variable'.
@pytest.mark.parametrize(
    "sentence, endpoints",
    [
        ("Change in the MADRS score 24 hours after infusion was the primary outcome.", [("MADRS score", "24 hours after infusion")]),
        ("Mortality at 28 days was the primary endpoint of the trial.", [("Mortality", "at 28 days")]),
        ("The primary efficacy variable was the time to first relapse over 52 weeks of treatment.",
         [("time to first relapse", "over 52 weeks of treatment")]),
        ("The primary outcome was SVR 12 weeks after the end of therapy.", [("SVR", "12 weeks after the end of therapy")]),
    ],
)
def test_an_endpoint_before_its_cue_or_after_a_variable_cue(sentence, endpoints):
    assert [(e.text, e.time_frame) for e in extract(sentence).endpoints] == endpoints


# Counter-examples: a pronoun or a clause before 'was the primary outcome' names no endpoint.
@pytest.mark.parametrize(
    "sentence",
    [
        "This was the primary outcome.",
        "Pain was reduced, which was the primary outcome.",
        "Patients who completed the 12-week programme were the primary outcome population.",
        "Pain was reduced, which was the primary outcome, and nausea was rare.",
    ],
)
def test_no_endpoint_before_a_cue_that_a_clause_precedes(sentence):
    assert extract(sentence).endpoints == []


# A time the name opens with is its time frame; a unit of the measure is not.
@pytest.mark.parametrize(
    "sentence, endpoint, time_frame",
    [
        ("The primary end point was 30-day all-cause mortality.", "30-day all-cause mortality", "30-day"),
        ("The primary outcome was the 12-week change in the HAM-D score.", "12-week change in the HAM-D score", "12-week"),
        ("The primary outcome was 6-minute walk distance at 12 weeks.", "6-minute walk distance", "at 12 weeks"),
        ("The primary outcome was 24-hour urinary protein excretion.", "24-hour urinary protein excretion", None),
    ],
)
def test_a_time_the_name_opens_with(sentence, endpoint, time_frame):
    [e] = extract(sentence).endpoints
    assert (e.text, e.time_frame) == (endpoint, time_frame)


# Registry pastes with a cell a line: 'Description:' / 'Time Frame:' lines, or the header cells one a line.
def test_labelled_cell_lines_belong_to_the_row_above():
    text = ("Primary Outcome Measures\nChange in Body Weight\nDescription: Percent change in body weight from baseline.\n"
            "Time Frame: Baseline to Week 68\n\nSecondary Outcome Measures\nChange in Waist Circumference\n"
            "Time Frame: Baseline to Week 68\n")
    eps = extract(text).endpoints
    assert [(e.kind, e.text, e.time_frame) for e in eps] == [
        ("primary", "Change in Body Weight", "Baseline to Week 68"),
        ("secondary", "Change in Waist Circumference", "Baseline to Week 68"),
    ]
    assert all(e.end > e.start for e in eps)


def test_header_cells_one_a_line_are_no_endpoints():
    text = ("Primary Outcome Measures\nOutcome Measure\nMeasure Description\nTime Frame\nChange in Body Weight\n"
            "Percent change in body weight from baseline.\nBaseline to Week 68\n")
    assert [(e.text, e.time_frame) for e in extract(text).endpoints] == [("Change in Body Weight", "Baseline to Week 68")]


def test_a_description_line_after_an_unnumbered_bracket_row_is_no_endpoint():
    text = ("Primary Outcome Measures:\nChange in body weight (%) [ Time Frame: Baseline (week 0), week 68 ]\n"
            "Relative change from baseline in body weight.\nProportion of participants with 5% weight loss [ Time Frame: At week 68 ]\n")
    assert [(e.text, e.time_frame) for e in extract(text).endpoints] == [
        ("Change in body weight (%)", "Baseline (week 0), week 68"),
        ("Proportion of participants with 5% weight loss", "At week 68"),
    ]


def test_a_time_inside_a_name_is_not_shared_with_the_items_before_it():
    eps = extract("Secondary outcomes were duration of hospital stay, length of ICU stay and 28-day mortality.").endpoints
    assert [(e.text, e.time_frame) for e in eps] == [
        ("duration of hospital stay", None), ("length of ICU stay", None), ("28-day mortality", "28-day")]
