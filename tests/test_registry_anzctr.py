"""Endpoints: ANZCTR's outcome layout (a label line per cell, the cell's text under it). Pastes and cases written by E, read by registry_outcomes."""

import pytest

from tests.conftest import extract

# a pasted ANZCTR page: ids after each label, 'Query!' after each cell, the next heading without a blank line
_CURRENT = """Registration number
ACTRN12624000111222
Outcomes
Primary outcome [1]
334455
0
Proportion of patients receiving a red blood cell transfusion. Transfusion data come from the blood bank records.
Query!
Assessment method [1]
334455
0
Data linkage with hospital transfusion records
Query!
Timepoint [1]
334455
0
From surgery until hospital discharge, up to 30 days
Query!
Secondary outcome [1]
401122
0
Change in haemoglobin concentration
Query!
Timepoint [1]
401122
0
Baseline (pre-treatment) and on the day of surgery
Query!
Eligibility
Key inclusion criteria
Adults scheduled for elective surgery.
"""

# an older paste: the ids on the label line
_OLDER = """Outcomes
Primary outcome [1] 301122 0
Knee pain intensity on a 0-10 numerical rating scale
Timepoint [1] 301122 0
Baseline, 6 weeks and 12 weeks (primary timepoint) post-randomisation
Secondary outcome [1] 301123 0
Physical function assessed with a validated questionnaire
Timepoint [1] 301123 0
12 weeks post-randomisation
Secondary outcome [2] 301124 0
30-day readmission
Timepoint [2] 301124 0
30 days after discharge
Eligibility
Key inclusion criteria
"""

# cells on the label line, after a colon, a tab or a space
_INLINE = """Primary outcome [1]: Time to first exacerbation requiring oral corticosteroids
Timepoint [1]: 52 weeks after randomisation
Secondary outcome [1]\tNumber of days off work or school
Timepoint [1]\tOver the 52-week study period
Secondary outcome [2] 6-minute walk distance
Timepoint [2] Weeks 0, 12 and 24
"""


@pytest.mark.parametrize(
    "page, expected",
    [
        (_CURRENT, [("primary", "Proportion of patients receiving a red blood cell transfusion",
                     "From surgery until hospital discharge, up to 30 days"),
                    ("secondary", "Change in haemoglobin concentration", "Baseline (pre-treatment) and on the day of surgery")]),
        (_OLDER, [("primary", "Knee pain intensity on a 0-10 numerical rating scale",
                   "Baseline, 6 weeks and 12 weeks (primary timepoint) post-randomisation"),
                  ("secondary", "Physical function assessed with a validated questionnaire", "12 weeks post-randomisation"),
                  ("secondary", "30-day readmission", "30 days after discharge")]),
        (_INLINE, [("primary", "Time to first exacerbation requiring oral corticosteroids", "52 weeks after randomisation"),
                   ("secondary", "Number of days off work or school", "Over the 52-week study period"),
                   ("secondary", "6-minute walk distance", "Weeks 0, 12 and 24")]),
    ],
)
def test_anzctr_outcome_cells(page, expected):
    got = [(e.kind, e.text, e.time_frame) for e in extract(page).endpoints]
    assert got == expected


def test_anzctr_description_and_assessment_method():
    first, second = extract(_CURRENT).endpoints
    assert first.description == "Transfusion data come from the blood bank records."  # the cell's sentences after the first
    assert second.description is None


@pytest.mark.parametrize(
    "text",
    [
        # a label must open its line and be followed by a cell, not by a sentence going on
        "Primary outcome [1] was not reached in the original cohort.\n",
        "Results were consistent with the primary outcome [1] reported earlier.\n",
        # a time point label alone, with no outcome label, is no endpoint
        "Timepoint [1]\n12 weeks\n",
    ],
)
def test_no_anzctr_endpoint_outside_the_layout(text):
    assert [e.rule for e in extract(text).endpoints if e.rule == "endpoint.registry_numbered"] == []
