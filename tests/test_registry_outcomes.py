"""Registry pages' field-labelled outcome blocks (WHO ICTRP, jRCT, UMIN-CTR, PACTR, EU CTIS, CTRI, IRCT, DRKS,
CENTRAL records): every outcome of a block is an endpoint with its own time point, and the page's later
fields never are."""

import pytest

from tests.conftest import extract


def _endpoints(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints]


ICTRP = (
    "Main ID:\tKCT0006543\n"
    "Date of registration:\t02/03/2022\n"
    "Public title:\tMagnesium sulfate for pain after laparoscopic cholecystectomy\n"
    "Target sample size:\t96\n"
    "Recruitment status:\tCompleted\n"
    "Study type:\tInterventional\n"
    "Intervention(s)\n"
    "Magnesium sulfate 50 mg/kg intravenously over 15 minutes\n"
    "Primary Outcome(s)\n"
    "Pain score on a numeric rating scale [Time Frame: 24 hours after surgery]\n"
    "Secondary Outcome(s)\n"
    "Cumulative fentanyl consumption [Time Frame: 48 hours after surgery]\n"
    "Incidence of shivering [Time Frame: in the recovery room]\n"
    "Secondary ID(s)\n"
    "SNUH-2021-118\n"
    "Source(s) of Monetary Support\n"
    "Seoul National University Hospital\n"
)

ICTRP_JOINED = (
    "Main ID:\tIRCT20200107046012N2\n"
    "Target sample size:\t80\n"
    "Recruitment status:\tRecruitment complete\n"
    "Primary Outcome(s)\n"
    "Serum ferritin. Timepoint: Before and 12 weeks after the start of the intervention. Method of measurement: ELISA.\n"
    "Secondary Outcome(s)\n"
    "Hemoglobin. Timepoint: 12 weeks. Method of measurement: Cell counter.;Fatigue score. Timepoint: Weeks 4 and 12. "
    "Method of measurement: FACIT-F questionnaire.\n"
    "Secondary ID(s)\n"
    "Source(s) of Monetary Support\n"
    "Mashhad University of Medical Sciences\n"
)

JRCT = (
    "jRCT ID\tjRCTs051210077\n"
    "Target sample size\t150\n"
    "Actual enrollment\t148\n"
    "Study type\tInterventional\n"
    "Primary Outcome(s)\tIncidence of postoperative nausea and vomiting within 24 hours after surgery\n"
    "Secondary Outcome(s)\t1. Time to first flatus\n"
    "2. Rescue antiemetic use within 24 hours after surgery\n"
    "Inclusion criteria\tAdults scheduled for laparoscopic gynecologic surgery\n"
    "Exclusion criteria\tPregnancy\n"
)

UMIN = (
    "Unique ID issued by UMIN\tUMIN000045120\n"
    "Public title\tProbiotics for antibiotic-associated diarrhea in older inpatients\n"
    "Assessment\n"
    "Primary outcomes\tIncidence of diarrhea within 14 days\n"
    "Key secondary outcomes\tStool frequency per day during hospitalization, Clostridioides difficile toxin positivity at day 14\n"
    "Base\n"
    "Study type\tInterventional\n"
    "Target sample size\t210\n"
)

PACTR = (
    "Public title\tMass drug administration for malaria in schoolchildren\n"
    "Trial Status: Completed\n"
    "Recruitment status\tCompleted\n"
    "OUTCOMES\n"
    "Type of outcome\tOutcome\tTimepoint(s) at which outcome measured\n"
    "Primary Outcome\tPCR-confirmed malaria parasitaemia\t12 weeks\n"
    "Secondary Outcome\tAnaemia (haemoglobin below 11 g/dL)\tWeek 12\n"
    "RECRUITMENT CENTRES\n"
    "Name of recruitment centre\tStreet address\tCity\n"
    "Ethics approval\n"
)

CTIS = (
    "EU CT number\t2023-505678-33-00\n"
    "Main objective\tTo show that drug X reduces seizure frequency.\n"
    "Primary end point(s)\n"
    "1. Percentage change in monthly seizure frequency from baseline\n"
    "Secondary end point(s)\n"
    "1. Proportion of participants with a 50% or greater reduction in seizure frequency\n"
    "2. Seizure-free days per month\n"
    "Timepoint(s) of evaluation of this end point\n"
    "Week 16\n"
    "Overall trial information\n"
    "Planned number of subjects worldwide\t320\n"
)

CTRI = (
    "Type of Trial \tInterventional\n"
    "Inclusion Criteria\n"
    "Age From \t18.00 Year(s)\n"
    "Exclusion Criteria\n"
    "Details \tPregnancy\n"
    "Primary Outcome\n"
    "Outcome \tTimePoints\n"
    "Time to first analgesic request \t24 hours postoperatively\n"
    "Secondary Outcome\n"
    "Outcome \tTimePoints\n"
    "Total tramadol consumption \t24 hours\n"
    "Target Sample Size \tTotal Sample Size=\"70\"\n"
    "Sample Size from India=\"70\"\n"
    "Phase of Trial \tPhase 4\n"
    "Brief Summary \tSeventy patients will be randomized to the block or to no block.\n"
    "Page 2 of 3\n"
)

IRCT = (
    "Trial design\n"
    "Phase: 2-3\n"
    "Sample size: Target sample size: 60\n"
    "Primary outcomes\n"
    "1\n"
    "Description: Hot flash frequency\n"
    "Timepoint: Baseline and weeks 4 and 8\n"
    "Method of measurement: Daily diary\n"
    "Secondary outcomes\n"
    "1\n"
    "Description: Sleep quality\n"
    "Timepoint: Baseline and week 8\n"
    "Method of measurement: Pittsburgh Sleep Quality Index\n"
    "Recruitment centers\n"
    "1\n"
    "Recruitment center Name: Imam Reza Hospital\n"
    "City: Mashhad\n"
    "Postal code: 9137913316\n"
)

DRKS = (
    "DRKS-ID: DRKS00027811\n"
    "Endpoints\n"
    "Primary outcome: Pain intensity (NRS) at rest 24 hours after surgery\n"
    "Secondary outcome: Opioid consumption within 48 hours; patient satisfaction at discharge; chronic pain at 3 months\n"
    "Study Design\n"
    "Purpose: Treatment\n"
    "Phase: IV\n"
    "Recruitment\n"
    "Target Sample Size: 140\n"
    "Additional Inclusion Criteria: Elective knee arthroplasty; written informed consent\n"
    "Exclusion criteria: Chronic opioid use; allergy to local anaesthetics\n"
)

CENTRAL = (
    "Identifiers: CTRI/2022/01/039456\n"
    "Abstract\n"
    "INTERVENTION1: Ondansetron: 4 mg intravenously at induction\n"
    "PRIMARY OUTCOME: Incidence of spinal-induced hypotensionTimepoint: Every 2 min for 20 min after spinal anaesthesia\n"
    "SECONDARY OUTCOME: Phenylephrine requirementTimepoint: 20 min after spinal anaesthesia\n"
    "Incidence of bradycardiaTimepoint: 20 min after spinal anaesthesia\n"
    "INCLUSION CRITERIA: ASA I-II parturients for elective caesarean section\n"
    "EXCLUSION CRITERIA: Pre-eclampsia\n"
    "Target Sample Size: 100\n"
)


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param(ICTRP, [
            ("primary", "Pain score on a numeric rating scale", "24 hours after surgery"),
            ("secondary", "Cumulative fentanyl consumption", "48 hours after surgery"),
            ("secondary", "Incidence of shivering", "in the recovery room"),
        ], id="ictrp-time-frame-brackets"),
        pytest.param(ICTRP_JOINED, [
            ("primary", "Serum ferritin", "Before and 12 weeks after the start of the intervention"),
            ("secondary", "Hemoglobin", "12 weeks"),
            ("secondary", "Fatigue score", "Weeks 4 and 12"),
        ], id="ictrp-timepoint-cells-joined-by-semicolon"),
        pytest.param(JRCT, [
            ("primary", "Incidence of postoperative nausea and vomiting", "within 24 hours after surgery"),
            ("secondary", "Time to first flatus", None),
            ("secondary", "Rescue antiemetic use", "within 24 hours after surgery"),
        ], id="jrct-label-tab-value-numbered"),
        pytest.param(UMIN, [
            ("primary", "Incidence of diarrhea", "within 14 days"),
            ("secondary", "Stool frequency per day", "during hospitalization"),
            ("secondary", "Clostridioides difficile toxin positivity", "at day 14"),
        ], id="umin-comma-list"),
        pytest.param(PACTR, [
            ("primary", "PCR-confirmed malaria parasitaemia", "12 weeks"),
            ("secondary", "Anaemia", "Week 12"),  # the parenthesis: its description
        ], id="pactr-outcome-rows"),
        pytest.param(CTIS, [
            ("primary", "Percentage change in monthly seizure frequency from baseline", None),
            ("secondary", "Proportion of participants with a 50% or greater reduction in seizure frequency", "Week 16"),
            ("secondary", "Seizure-free days per month", "Week 16"),
        ], id="ctis-end-points-and-timepoint-field"),
        pytest.param(CTRI, [
            ("primary", "Time to first analgesic request", "24 hours postoperatively"),
            ("secondary", "Total tramadol consumption", "24 hours"),
        ], id="ctri-outcome-timepoints-table-ends-at-next-field"),
        pytest.param(IRCT, [
            ("primary", "Hot flash frequency", "Baseline and weeks 4 and 8"),
            ("secondary", "Sleep quality", "Baseline and week 8"),
        ], id="irct-description-timepoint-cells"),
        pytest.param(DRKS, [
            ("primary", "Pain intensity (NRS) at rest", "24 hours after surgery"),
            ("secondary", "Opioid consumption", "within 48 hours"),
            ("secondary", "patient satisfaction", "at discharge"),
            ("secondary", "chronic pain", "at 3 months"),
        ], id="drks-semicolon-list-then-fields"),
        pytest.param(CENTRAL, [
            ("primary", "Incidence of spinal-induced hypotension", "Every 2 min for 20 min after spinal anaesthesia"),
            ("secondary", "Phenylephrine requirement", "20 min after spinal anaesthesia"),
            ("secondary", "Incidence of bradycardia", "20 min after spinal anaesthesia"),
        ], id="central-glued-timepoint"),
    ],
)
def test_registry_outcome_blocks(page, expected):
    assert _endpoints(page) == expected


@pytest.mark.parametrize(
    "page, not_endpoints",
    [
        (CTRI, ("Outcome", "TimePoints", "Target Sample Size", "Phase of Trial", "Brief Summary", "Page 2 of 3", "Primary Outcome")),
        (IRCT, ("Timepoint:", "Method of measurement", "Recruitment centers", "City", "Postal code", "Primary outcomes")),
        (DRKS, ("written informed consent", "allergy to local anaesthetics", "Study Design", "Purpose")),
        (CENTRAL, ("INCLUSION CRITERIA", "Pre-eclampsia", "Target Sample Size")),
        (CTIS, ("Overall trial information", "Planned number")),
        (UMIN, ("Base", "Study type")),
    ],
)
def test_later_fields_are_not_endpoints(page, not_endpoints):
    texts = [text for _, text, _ in _endpoints(page)]
    assert not any(word in text for text in texts for word in not_endpoints), texts


# Counter-examples: the abstract rules and the ClinicalTrials.gov table reader keep these documents.
ABSTRACT = (
    "Background: Postoperative nausea is common.\n"
    "Methods: We randomly assigned 120 women to dexamethasone or placebo.\n"
    "Primary outcome: incidence of nausea within 24 hours after surgery.\n"
    "Results: Nausea occurred in 18% versus 35% (P = 0.03).\n"
)
ABSTRACT_SENTENCE = (
    "Methods: In this randomized trial, 240 adults received drug A or placebo. The primary outcome was "
    "the change in HbA1c from baseline to week 24. Secondary outcomes included body weight at week 24."
)
CTGOV = (
    "Primary Outcome Measures\n"
    "Outcome Measure\tMeasure Description\tTime Frame\n"
    "Change in HbA1c\tChange from baseline in glycated haemoglobin\tBaseline and week 26\n"
    "Secondary Outcome Measures\n"
    "Outcome Measure\tMeasure Description\tTime Frame\n"
    "Body weight\tChange from baseline in body weight\tBaseline and week 26\n"
    "Eligibility Criteria\n"
    "Inclusion Criteria:\n"
    "Type 2 diabetes\n"
)


@pytest.mark.parametrize("text", [ABSTRACT, ABSTRACT_SENTENCE, CTGOV], ids=["structured-abstract", "abstract-sentence", "ctgov-table"])
def test_not_a_registry_block(text, monkeypatch):
    """Without the registry reader the same endpoints come out: it claims none of these documents."""
    from extract.extractors import registry_outcomes

    with_reader = _endpoints(text)
    monkeypatch.setattr(registry_outcomes, "_blocks", lambda ctx: [])
    assert _endpoints(text) == with_reader
    assert with_reader  # the other rules do find them


def test_shared_label_needs_a_registry_page():
    """'Primary outcome:' opens a block only where the page has registry fields (an abstract uses it too)."""
    from extract.extractors.registry_outcomes import _blocks
    from extract.extractors.context import ExtractionContext

    assert _blocks(ExtractionContext(text=ABSTRACT, sentences=[])) == []
    assert len(_blocks(ExtractionContext(text=DRKS, sentences=[]))) == 2


EUDRACT = (
    "E.4 Principal exclusion criteria\n"
    "Type 1 diabetes\n"
    "E.5 End points\n"
    "E.5.1 Primary end point(s)\n"
    "Change from baseline in HbA1c\n"
    "E.5.1.1 Timepoint(s) of evaluation of this end point\n"
    "Week 26\n"
    "E.5.2 Secondary end point(s)\n"
    "1. Change from baseline in fasting plasma glucose\n"
    "2. Number of hypoglycaemic episodes\n"
    "E.5.2.1 Timepoint(s) of evaluation of this end point\n"
    "Week 26\n"
    "E.6 and E.7 Scope of the trial\n"
    "E.6.1 Diagnosis\tNo\n"
)


def test_eudract_coded_fields():
    """EU CTR's coded fields: the timepoint field is the time frame of the end points above it; the next code ends the block."""
    assert _endpoints(EUDRACT) == [
        ("primary", "Change from baseline in HbA1c", "Week 26"),
        ("secondary", "Change from baseline in fasting plasma glucose", "Week 26"),
        ("secondary", "Number of hypoglycaemic episodes", "Week 26"),
    ]


def test_a_clinicaltrials_gov_page_is_left_to_its_table_reader():
    """A page with ClinicalTrials.gov's table headings keeps its table rows, even with an 'Other outcome(s)' line."""
    from extract.extractors.context import ExtractionContext
    from extract.extractors.registry_outcomes import _blocks

    page = CTGOV + "Other outcome(s)\nPatient satisfaction\n"
    assert _blocks(ExtractionContext(text=page, sentences=[])) == []


# Protocol abstracts write registry-like headings ('Inclusion criteria:', 'Eligibility criteria:'): not a registry page,
# and an outcome heading followed by a sentence is the sentence reader's (review regressions G1, G2).
PROTOCOL_ABSTRACT = (
    "Effect of lidocaine on postoperative ileus: protocol for a randomised controlled trial\n"
    "Background: Ileus delays discharge after bowel surgery.\n"
    "Methods: This is a double-blind randomised trial.\n"
    "Inclusion criteria: adults aged 18-80 years undergoing colectomy.\n"
    "Exclusion criteria: allergy to local anaesthetics, heart block.\n"
    "Primary outcome: The primary outcome is time to first stool measured in hours.\n"
    "Secondary outcomes: Secondary outcomes are nausea, opioid use and length of stay.\n"
    "Trial registration: ISRCTN99887766.\n"
)
CRITERIA_ABSTRACT = (
    "Background: Delirium is common.\n"
    "Methods: Randomised trial in surgical wards.\n"
    "Eligibility criteria: patients aged 70 years or older.\n"
    "Exclusion criteria: dementia.\n"
    "Primary outcome: incidence of delirium within 5 days.\n"
    "Secondary outcome: falls and pressure ulcers.\n"
    "Results: 300 patients were randomised.\n"
)


@pytest.mark.parametrize("text", [PROTOCOL_ABSTRACT, CRITERIA_ABSTRACT], ids=["sentence-values", "criteria-headings"])
def test_protocol_abstracts_are_not_registry_pages(text):
    from extract.extractors.context import ExtractionContext
    from extract.extractors.registry_outcomes import _blocks

    assert _blocks(ExtractionContext(text=text, sentences=[])) == []
    assert all(e.rule != "endpoint.registry_field" for e in extract(text).endpoints)


# A Trials structured protocol summary ('Trial design:', 'Trial Status:', 'Sex:', 'Age:' headings) is no registry page
# (review regression G3): its outcome lines stay with the sentence reader, lists split.
SPIRIT_SUMMARY = (
    "Objectives: To assess whether exercise reduces falls in older adults.\n"
    "Trial design: Parallel-group randomised controlled trial.\n"
    "Participants: Adults aged 70 years or older.\n"
    "Sex: Both\n"
    "Age: 70 years or older\n"
    "Primary outcome: The number of falls over 12 months.\n"
    "Secondary outcomes: Fractures, hospital admissions and quality of life.\n"
    "Trial Status: Recruitment started in March 2022.\n"
    "Trial registration: ISRCTN11223344.\n"
)


def test_protocol_summary_is_not_a_registry_page():
    endpoints = extract(SPIRIT_SUMMARY).endpoints
    assert all(e.rule != "endpoint.registry_field" for e in endpoints)
    assert [e.text for e in endpoints if e.kind == "secondary"] == ["Fractures", "hospital admissions", "quality of life"]


# EU CTIS / EudraCT: one 'Timepoint(s) of evaluation of this end point' field for several end points; numbered
# times go to the end points of the same numbers ('2. and 3.' to both), unnumbered lines are one time frame.
_CTIS_HEAD = "EU CT number\t2024-512345-10-00\nMain objective\tTo show that drug Y reduces attacks.\n"


@pytest.mark.parametrize(
    "block, expected",
    [
        pytest.param(
            "Secondary end point(s)\n1. Attack-free days per month\n2. Time to first attack\n3. Adverse events\n"
            "Timepoint(s) of evaluation of this end point\n1. Week 24\n2. and 3. Throughout the 24-week treatment period\n",
            [("secondary", "Attack-free days per month", "Week 24"),
             ("secondary", "Time to first attack", "Throughout the 24-week treatment period"),
             ("secondary", "Adverse events", "Throughout the 24-week treatment period")], id="numbered-times"),
        pytest.param(
            "Primary end point(s)\n1. Change in monthly attack rate from baseline\n"
            "Timepoint(s) of evaluation of this end point\nBaseline\nWeek 24\n",
            [("primary", "Change in monthly attack rate from baseline", "Baseline\nWeek 24")], id="times-on-two-lines"),
        pytest.param(
            "Secondary end point(s)\n1. Attack-free days per month\nTimepoint(s) of evaluation of this end point\nWeek 24\n"
            "2. Adverse events\nTimepoint(s) of evaluation of this end point\nUp to 28 weeks\n",
            [("secondary", "Attack-free days per month", "Week 24"), ("secondary", "Adverse events", "Up to 28 weeks")],
            id="a-time-field-per-end-point"),
        pytest.param(
            "Secondary end point(s)\t1. Attack-free days per month 2. Adverse events\n"
            "Timepoint(s) of evaluation of this end point\t1. Week 24 2. Up to 28 weeks\n",
            [("secondary", "Attack-free days per month", "Week 24"), ("secondary", "Adverse events", "Up to 28 weeks")],
            id="numbered-on-one-line"),
    ],
)
def test_ctis_time_point_fields(block, expected):
    assert _endpoints(_CTIS_HEAD + block + "Overall trial information\nPlanned number of subjects worldwide\t300\n") == expected


def test_ctis_a_numbered_outcome_after_a_time_is_an_outcome():
    """Counter-example: after an unnumbered time, '2. Adverse events' is the next end point, not more time."""
    block = ("Secondary end point(s)\n1. Attack-free days per month\nTimepoint(s) of evaluation of this end point\nWeek 24\n"
             "2. Adverse events\n")
    assert _endpoints(_CTIS_HEAD + block + "Overall trial information\n") == [
        ("secondary", "Attack-free days per month", "Week 24"), ("secondary", "Adverse events", None)]


# ISRCTN: the '(s)' labels, the amended-field layout (the superseded outcome is not the trial's) and the page's
# next fields after the last outcome (not endpoints).
ISRCTN_PAGE = (
    "ISRCTN12345678\n"
    "Physiotherapy after knee replacement\n"
    "Study information\n"
    "Primary outcome measure\n"
    "Current primary outcome measure as of 01/02/2023:\n"
    "Knee function measured using the Oxford Knee Score at 12 weeks\n"
    "Previous primary outcome measure:\n"
    "Walking speed measured using the 10-metre walk test at 6 weeks\n"
    "Secondary outcome measures\n"
    "1. Pain measured using a numeric rating scale at 6 and 12 weeks\n"
    "Overall study start date\n"
    "01/03/2022\n"
    "Participant information\n"
    "Target number of participants\n"
    "180\n"
)


def test_isrctn_amended_outcomes_and_following_fields():
    assert _endpoints(ISRCTN_PAGE) == [
        ("primary", "Knee function measured using the Oxford Knee Score", "at 12 weeks"),
        ("secondary", "Pain measured using a numeric rating scale", "at 6 and 12 weeks"),
    ]


def test_isrctn_outcome_measure_s_labels():
    page = ("ISRCTN87654321\nStudy information\nPrimary outcome measure(s)\n"
            "1. Falls measured using monthly diaries over the 12-month follow-up period\n"
            "Secondary outcome measure(s)\n1. Fractures measured using hospital records at 12 months\n"
            "Overall study end date\n31/12/2025\nEligibility\nTarget sample size at registration\n500\n")
    assert _endpoints(page) == [
        ("primary", "Falls measured using monthly diaries", "over the 12-month follow-up period"),
        ("secondary", "Fractures measured using hospital records", "at 12 months"),
    ]
