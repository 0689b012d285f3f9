"""Registry enrollment fields beyond ClinicalTrials.gov / ISRCTN: the planned and the final count of each
registry's own labels, and the final count as the trial's size."""

import pytest

from tests.conftest import extract


def _registry(text: str) -> list[tuple[str, int]]:
    return [(s.role, s.value) for s in extract(text).sample_sizes if s.rule == "sample_size.registry"]


@pytest.mark.parametrize(
    "page, counts, trial_n",
    [
        pytest.param("Recruitment period and number of participants\nPlanned study start date: 2022/01/10\n"
                     "Target Sample Size: 260\nFinal Sample Size: 244\nInclusion Criteria\nGender: All\n",
                     [("planned", 260), ("enrolled", 244)], 244, id="drks-final-sample-size"),
        pytest.param("Trial design\nPhase: 3\nSample size: Target sample size: 90\nActual sample size reached: 86\nTitle\n",
                     [("planned", 90), ("enrolled", 86)], 86, id="irct-nested-and-actual"),
        pytest.param("Anticipated date of last follow up\t31/12/2023\n"
                     "Anticipated target sample size (number of participants)\t400\n"
                     "Actual target sample size (number of participants)\t388\nRecruitment status\tCompleted\n",
                     [("planned", 400), ("enrolled", 388)], 388, id="pactr-anticipated-and-actual"),
        pytest.param("Population\nAge range\t18-64 years\nPlanned number of subjects worldwide\t1200\nProducts\n",
                     [("planned", 1200)], 1200, id="ctis-worldwide"),
        pytest.param("Secondary Outcome\nOutcome \tTimePoints\nPain score \t24 hours\n"
                     "Target Sample Size \tTotal Sample Size=\"150\"\nSample Size from India=\"150\"\n"
                     "Final Enrollment numbers achieved (Total)= \"142\"\nFinal Enrollment numbers achieved (India)=\"142\"\n"
                     "Phase of Trial \tPhase 3\n",
                     [("planned", 150), ("enrolled", 142)], 142, id="ctri-quoted-total"),
        pytest.param("Result\nNumber of participants that the trial has enrolled\t64\nResults\tNo difference was found.\n",
                     [("enrolled", 64)], 64, id="umin-enrolled"),
    ],
)
def test_registry_enrollment_labels(page, counts, trial_n):
    record = extract(page)
    assert _registry(page) == counts
    assert record.trial_n is not None and record.trial_n.value == trial_n


@pytest.mark.parametrize(
    "page",
    [
        # CTRI before completion: no number in the final field
        "Target Sample Size \tTotal Sample Size=\"60\"\n"
        "Final Enrollment numbers achieved (Total)= \"Applicable only for Completed/Terminated trials\"\n",
        # a part of the sample: EEA subjects, India's share
        "Planned number of subjects in EEA\t300\nPlanned number of subjects worldwide\t60\n",
    ],
    ids=["ctri-not-yet-final", "ctis-eea-is-a-part"],
)
def test_no_final_count_where_the_field_has_none(page):
    assert all(role == "planned" for role, _ in _registry(page))
    assert 300 not in [v for _, v in _registry(page)]


@pytest.mark.parametrize(
    "text",
    [
        # prose: the sample size of a power statement is not a registry field
        "A sample size of 120 patients was needed to detect a difference of 10 points with 80% power.",
        "The final sample size was 96 after exclusions.",
        "Total sample size calculations assumed a dropout rate of 10%.",
    ],
)
def test_prose_is_no_registry_field(text):
    assert _registry(text) == []
