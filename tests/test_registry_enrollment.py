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


def _registry_arms(text: str) -> list[tuple[str, int, str | None]]:
    return [(s.role, s.value, s.arm) for s in extract(text).sample_sizes if s.rule == "sample_size.registry"]


@pytest.mark.parametrize(
    "page, counts, trial_n",
    [
        # isrctn.com puts the counts in its Eligibility section, between the inclusion and the exclusion criteria
        pytest.param("Eligibility\nParticipant inclusion criteria\n1. Aged 18 years or over\n2. Scheduled for knee replacement\n"
                     "Participant type(s)\nPatient\nAge group\nAdult\nSex\nBoth\nTarget number of participants\n180\n"
                     "Total final enrolment\n171\nKey exclusion criteria\n1. Revision surgery\n",
                     [("planned", 180), ("enrolled", 171)], 171, id="isrctn-under-eligibility"),
        pytest.param("Overall study end date\n30/09/2025\nEligibility\nTarget sample size at registration\n500\n"
                     "Total final enrolment\n463\nKey inclusion criteria\nAdults with asthma\n",
                     [("planned", 500), ("enrolled", 463)], 463, id="isrctn-2024-label"),
        # ANZCTR: a 'Sample size' group with its sub-labels, the number under each
        pytest.param("Recruitment\nRecruitment status\nCompleted\nSample size\nTarget\n120\nAccrual to date\n\nFinal\n117\n"
                     "Recruitment in Australia\n", [("planned", 120), ("enrolled", 117)], 117, id="anzctr-target-final"),
        pytest.param("Recruitment status\nRecruiting\nSample size\nTarget\n64\nAccrual to date\n21\nFinal\n\n"
                     "Recruitment in Australia\n", [("planned", 64)], 64, id="anzctr-recruiting-no-final"),
        pytest.param("Recruitment status\nCompleted\nTarget sample size\n250\nActual sample size\n238\nRecruitment outside Australia\n",
                     [("planned", 250), ("enrolled", 238)], 238, id="anzctr-older-actual"),
        # EudraCT protocol page: the whole trial's count, not one member state's
        pytest.param("F.4 Planned number of subjects to be included\nF.4.1 In the member state 45\nF.4.2 For a multinational trial\n"
                     "F.4.2.1 In the EEA 210\nF.4.2.2 In the whole clinical trial 480\nF.5 Plans for treatment\n",
                     [("planned", 480)], 480, id="euctr-whole-trial"),
        pytest.param("F.4 Planned number of subjects to be included\nF.4.1 In the member state 36\nF.4.2 For a multinational trial\n"
                     "F.5 Plans for treatment\n", [("planned", 36)], 36, id="euctr-one-member-state"),
        # classic ClinicalTrials.gov: the field's own role, whatever the status and allocation lines beside it say
        pytest.param("Recruitment Status : Completed\nStudy Type  :  Interventional  (Clinical Trial)\n"
                     "Actual Enrollment  :  612 participants\nAllocation:  Randomized\nIntervention Model:  Parallel Assignment\n",
                     [("enrolled", 612)], 612, id="ctgov-classic-actual"),
    ],
)
def test_registry_enrollment_fields_in_any_section(page, counts, trial_n):
    record = extract(page)
    assert _registry(page) == counts
    assert record.trial_n is not None and (record.trial_n.value, record.trial_n.role) == (trial_n, counts[-1][0])


def test_chictr_group_sample_sizes_are_the_arms_and_the_total_is_the_trials():
    page = ("Study design: Parallel\nInterventions:\nGroup: Acupuncture group\nSample size: 45\nIntervention: Acupuncture\n"
            "Group: Sham group\nSample size: 45\nIntervention: Sham acupuncture\nTotal sample size : 90\nOutcomes:\n")
    assert _registry_arms(page) == [("planned", 45, "Acupuncture group"), ("planned", 45, "Sham group"), ("planned", 90, None)]
    assert extract(page).trial_n.value == 90


def test_chictr_bilingual_group_names_after_the_chinese():
    page = ("干预措施： Interventions：\n组别： Group：\n试验组 Experimental group\n样本量： Sample size：\n30\n"
            "组别： Group：\n对照组 Control group\n样本量： Sample size：\n30\n")
    assert [(v, a) for _, v, a in _registry_arms(page)] == [(30, "Experimental group"), (30, "Control group")]


@pytest.mark.parametrize(
    "text",
    [
        # abstracts and protocols: a sentence, not a field
        "Sample size: a sample of 120 patients gives 80% power to detect a 15% difference.",
        "The target sample size was reached in 2019, and the final analysis included all patients.",
        "In the whole clinical trial 12 patients withdrew.",
        # a section heading 'Sample size' followed by prose, not by ANZCTR's sub-labels
        "Sample size\nTargeting a difference of 5 points, 64 patients per group were needed.",
    ],
)
def test_no_registry_count_in_prose(text):
    assert _registry(text) == []


@pytest.mark.parametrize(
    "text, role, value",
    [
        # review RG1: a 'Sample size' heading over a sentence is the sentence's, whose verb names the stage
        ("Methods: Randomised trial of exercise.\nSample size: 96 patients were randomised (48 per arm) and 90 completed follow-up.",
         "randomized", 96),
        ("Participants: Adults with knee pain.\nSample size\n212 participants were randomised to exercise or usual care.", "randomized", 212),
        ("Study Design: Randomised controlled trial.\nTotal sample size: 240 patients were randomised.", "randomized", 240),
    ],
)
def test_a_sentence_under_a_sample_size_heading_is_no_field(text, role, value):
    assert _registry(text) == []
    assert (role, value) in [(s.role, s.value) for s in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Enrollment: 120 (Actual)\n", [("enrolled", 120)]),
        ("Actual Enrollment  :  939 participants\n", [("enrolled", 939)]),
        ("Target sample size: 60\n", [("planned", 60)]),
        ("Sample size：60\n", [("planned", 60)]),
    ],
)
def test_a_field_value_with_its_noun_or_status_is_a_field(text, counts):
    assert _registry(text) == counts
