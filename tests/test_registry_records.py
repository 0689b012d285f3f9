"""Registry outcome records whose cells are labelled one a line: EU Clinical Trials Register results
('End point title' / 'End point type' / 'End point timeframe:'), classic ClinicalTrials.gov results
('1. Primary Outcome' / 'Title:' / 'Description:' / 'Time Frame:') and ChiCTR ('Outcome:' / 'Type: Primary
indicator' / 'Measure time point of outcome:'); the kind comes from the record's type cell or its heading."""

import pytest

from extract.extractors.context import ExtractionContext
from extract.extractors.registry_outcomes import _records
from tests.conftest import extract


def _endpoints(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints]


EUCTR_RESULTS = """EudraCT Number 2016-001234-56
Results information
End points
End point title
Change from baseline in HbA1c at week 26
End point description:
HbA1c measured by a central laboratory.
End point type
Primary
End point timeframe:
Baseline and week 26
End point values
Statistical analysis title
Treatment difference
End point title
Proportion of participants with HbA1c below 7%
End point description:
End point type
Secondary
End point timeframe:
Week 26
Adverse events
Timeframe for reporting adverse events:
From the first dose to 4 weeks after the last dose
"""

CTGOV_CLASSIC_RESULTS = """Study Results
Outcome Measures
1. Primary Outcome
Title: Percentage of Participants With Complete Response at Week 24
Description: Complete response was assessed by blinded central review.
Time Frame: Week 24
2. Secondary Outcome
Title: Time to Treatment Failure
Description:
Time Frame: Up to 2 years
Adverse Events
"""


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param(EUCTR_RESULTS, [("primary", "Change from baseline in HbA1c at week 26", "Baseline and week 26"),
                                     ("secondary", "Proportion of participants with HbA1c below 7%", "Week 26")], id="euctr-results"),
        pytest.param(CTGOV_CLASSIC_RESULTS, [
            ("primary", "Percentage of Participants With Complete Response at Week 24", "Week 24"),
            ("secondary", "Time to Treatment Failure", "Up to 2 years")], id="ctgov-classic-results"),
    ],
)
def test_labelled_outcome_records(page, expected):
    assert _endpoints(page) == expected


def _read(text: str) -> list[tuple[str | None, str, str | None]]:
    ctx = ExtractionContext(text=text, sentences=[])
    return [(r.kind, text[slice(*r.name)], r.time_frame and text[slice(*r.time_frame)]) for r in _records(ctx)]


def test_chictr_english_records():
    page = ("Outcomes:\nOutcome: Pain at rest\nType: Primary indicator\nMeasure time point of outcome: 24 hours after surgery\n"
            "Measure method: Numeric rating scale\nOutcome: Length of stay\nType: Secondary indicator\n"
            "Measure time point of outcome: At discharge\nMeasure method: Medical records\nCollecting sample(s) from participants:\n")
    assert _read(page) == [("primary", "Pain at rest", "24 hours after surgery"), ("secondary", "Length of stay", "At discharge")]


def test_chictr_bilingual_records_take_the_english_half():
    page = ("指标中文名： Outcome：\n疼痛评分 Pain score\n指标类型： Type：\n主要指标 Primary indicator\n"
            "测量时间点： Measure time point of outcome：\n术后第1、2天 On postoperative days 1 and 2\n")
    assert _read(page) == [("primary", "Pain score", "On postoperative days 1 and 2")]


@pytest.mark.parametrize(
    "text",
    [
        # an abstract's labelled lines: no kind cell, no outcome heading
        "Title: Effect of exercise on fatigue\nDescription: A randomised trial in 120 adults.\nTime Frame: 12 weeks\n",
        "Outcome: Mortality at 30 days was 12% in both groups.\nDesign: Randomised controlled trial.\n",
        # a type that names no outcome kind
        "Outcome: Weight loss\nType: Interventional\nTime Frame: 6 months\n",
        # 'Timeframe for reporting adverse events' is no end point's
        "Adverse events\nTimeframe for reporting adverse events:\nUp to 30 days after the last dose\n",
    ],
)
def test_no_records_without_a_kind(text):
    assert _read(text) == []


ISRCTN_TIMEPOINTS = """ISRCTN12345678
Study information
Primary outcome measure
Knee pain measured using the KOOS pain subscale
Timepoint(s): baseline, 12 weeks and 12 months
Secondary outcome measures
1. Physical function measured using the timed up-and-go test
2. Health-related quality of life measured using the EQ-5D-5L
Timepoint(s): baseline and 12 months
Overall study start date
01/03/2023
"""


def test_isrctn_timepoint_lines_time_the_outcomes_above():
    assert _endpoints(ISRCTN_TIMEPOINTS) == [
        ("primary", "Knee pain measured using the KOOS pain subscale", "baseline, 12 weeks and 12 months"),
        ("secondary", "Physical function measured using the timed up-and-go test", "baseline and 12 months"),
        ("secondary", "Health-related quality of life measured using the EQ-5D-5L", "baseline and 12 months"),
    ]


def test_a_clinicaltrials_gov_table_with_a_timepoint_word_stays_with_its_reader():
    page = ("Primary Outcome Measures\nOutcome Measure\tMeasure Description\tTime Frame\n"
            "Change in Knee Pain\tTimepoints: see protocol.\tBaseline, Week 12\n")
    assert [(k, tf) for k, _, tf in _endpoints(page)] == [("primary", "Baseline, Week 12")]


@pytest.mark.parametrize(
    "page, expected",
    [
        # cards: each cell under its column's name (the new site's narrow view)
        pytest.param("Primary Outcome Measures\nOutcome Measure\nChange From Baseline in Mayo Score\nMeasure Description\n"
                     "Mayo score ranges from 0 to 12.\nTime Frame\nBaseline, Week 12\nSecondary Outcome Measures\nOutcome Measure\n"
                     "Clinical Remission\nTime Frame\nWeek 12\nCollaborators and Investigators\nSponsor\n",
                     [("primary", "Change From Baseline in Mayo Score", "Baseline, Week 12"), ("secondary", "Clinical Remission", "Week 12")],
                     id="cards"),
        # a description cell copied over two lines
        pytest.param("Primary Outcome Measures\nOutcome Measure\tMeasure Description\tTime Frame\n"
                     "Change From Baseline in ADAS-Cog13\tThe ADAS-Cog13 has 13 items.\nScores range from 0 to 85.\tBaseline, Week 76\n"
                     "Secondary Outcome Measures\nOutcome Measure\tMeasure Description\tTime Frame\n"
                     "Number of Participants With Adverse Events\tAny adverse event.\tUp to Week 80\n",
                     [("primary", "Change From Baseline in ADAS-Cog13", "Baseline, Week 76"),
                      ("secondary", "Number of Participants With Adverse Events", "Up to Week 80")], id="tab-description-over-two-lines"),
        # newline-separated cells, one row without a description
        pytest.param("Secondary Outcome Measures\nOutcome Measure\nMeasure Description\nTime Frame\nStroke\n6 months\n"
                     "Major bleeding\nISTH definition.\n6 months\nQuality of life (EQ-5D)\nIndex 0-1.\nBaseline and 6 months\n"
                     "Collaborators and Investigators\n",
                     [("secondary", "Stroke", "6 months"), ("secondary", "Major bleeding", "6 months"),
                      ("secondary", "Quality of life (EQ-5D)", "Baseline and 6 months")], id="newline-row-without-description"),
    ],
)
def test_clinicaltrials_gov_table_layouts(page, expected):
    assert _endpoints(page) == expected


def test_isrctn_timepoints_with_an_amended_outcome_keep_the_current_one():
    page = ("ISRCTN87654321\nPrimary outcome measure\nCurrent primary outcome measure as of 12/01/2024:\n"
            "Falls recorded in a monthly diary over 12 months\nPrevious primary outcome measure:\n"
            "Balance measured using the Berg Balance Scale at 6 months\nTimepoint(s): 12 months\n"
            "Secondary outcome measures\n1. Fear of falling measured using the FES-I\nTimepoint(s): baseline and 12 months\n"
            "Overall study start date\n01/02/2023\n")
    found = _endpoints(page)
    assert [k for k, _, _ in found] == ["primary", "secondary"]
    assert not any("Berg" in name for _, name, _ in found)
    assert found[1][2] == "baseline and 12 months"


def test_newline_table_with_a_blank_description_line():
    page = ("Secondary Outcome Measures\nOutcome Measure\nMeasure Description\nTime Frame\nStroke\n\n6 months\n"
            "Major bleeding\nISTH definition.\n6 months\nCollaborators and Investigators\n")
    assert _endpoints(page) == [("secondary", "Stroke", "6 months"), ("secondary", "Major bleeding", "6 months")]


@pytest.mark.parametrize(
    "cell, time_frame",
    [
        ("The primary endpoint will be evaluated at the end of induction (after 2 cycles).", "at the end of induction (after 2 cycles)"),
        ("Primary endpoint is assessed at week 24.", "at week 24"),
        # a time cell that is only a time keeps all of it
        ("At the end of induction", "At the end of induction"),
    ],
)
def test_euctr_time_point_cell_written_as_a_sentence(cell, time_frame):
    page = ("EudraCT Number: 2019-001234-56\nE.5.1 Primary end point(s)\nComplete remission rate\n"
            f"E.5.1.1 Timepoint(s) of evaluation of this end point\n{cell}\nE.5.2 Secondary end point(s)\n")
    assert [(k, tf) for k, _, tf in _endpoints(page)] == [("primary", time_frame)]
