"""The trial-level n: among the totals of a document, the one its arms add up to is the trial's own; a larger
parent trial, pooled cohort or historical series beside it is not."""

import pytest

from extract.trial_n import choose_trial_n
from tests.conftest import extract


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "The PACE trial randomized 2890 women to chemotherapy schedules. In this substudy, 412 patients were "
            "randomly assigned to exercise (n = 205) or usual care (n = 207).",
            412,
        ),
        (
            "Of 5120 women randomized in the parent trial, 318 were randomized to the bone substudy: 160 to "
            "zoledronate and 158 to observation.",
            318,
        ),
        (
            "Outcomes were compared with 1250 historical controls randomized in two earlier trials. In our trial, "
            "A total of 96 patients were randomized (48 to laser, 48 to sham).",
            96,
        ),
    ],
)
def test_the_total_its_arms_add_up_to_is_the_trials_n(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("We screened 410 patients; 240 were randomized to drug (n = 120) or placebo (n = 120) and 228 completed.", 240),
        ("A total of 600 patients were randomized. The drug group (n = 150) and the placebo group (n = 148) were analysed at one site.", 600),
    ],
)
def test_without_a_larger_total_of_the_same_role_the_rule_is_unchanged(text, value):
    assert extract(text).trial_n.value == value


def test_arms_far_apart_are_not_summed():
    items = [
        {"value": 300, "role": "randomized", "arm": None, "start": 0},
        {"value": 100, "role": "randomized", "arm": "A", "start": 10},
        {"value": 60, "role": "randomized", "arm": None, "start": 20},
        {"value": 40, "role": "randomized", "arm": "B", "start": 900},  # another statement's arm
    ]
    assert choose_trial_n(items)["value"] == 300


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Two hundred and forty-eight patients were randomized, and 231 completed the trial (117 in the "
            "intervention group and 114 in the control group).",
            248,
        ),
        ("One hundred patients were randomized to either A or B; 98 completed the study (A, n = 49; B, n = 49).", 100),
        (
            "Methods: One hundred and twenty patients were randomly assigned to two groups. Results: Data were "
            "analysed for 114 patients (58 in group I and 56 in group II).",
            120,
        ),
    ],
)
def test_arms_of_a_later_stage_do_not_promote_its_total_over_the_randomized_one(text, value):
    assert extract(text).trial_n.value == value


def test_arms_still_choose_among_totals_of_one_stage():
    """The nearest counter-example: both totals randomized, the arms name the trial's own."""
    text = (
        "Of 3100 patients randomized in the main trial, 240 were randomized to the imaging substudy "
        "(121 to drug and 119 to placebo) and 231 completed it."
    )
    assert extract(text).trial_n.value == 240


@pytest.mark.parametrize(
    "text, value",
    [
        # an earlier stage smaller than the confirmed total is not the same people: an event, an excluded few
        (
            "Forty-two hypertensive patients underwent echocardiography. Twenty-one were randomized to verapamil and 21 "
            "to atenolol. Blood pressure control was achieved with verapamil alone in 18 patients.",
            42,
        ),
        (
            "Participants: eighty healthy volunteers. Intervention: vitamin C 2 g daily (n = 40) or no supplement "
            "(n = 40). The researchers recruited 80 participants, and 40 were randomized to receive vitamin C.",
            80,
        ),
    ],
)
def test_a_smaller_earlier_stage_does_not_override_the_total_its_arms_confirm(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        # ISRCTN: the target first, the final enrolment after it; the final count is the trial's n
        ("Target number of participants\n320\nTotal final enrolment\n274\n", 274),
        ("Total final enrolment: 274\nTarget number of participants: 320\n", 274),
        # ClinicalTrials.gov: Actual beats Estimated in either order
        ("Enrollment (Estimated)\n300\nEnrollment (Actual)\n212\n", 212),
        # only a target: it is the n (no final count yet)
        ("Target number of participants\n320\nTotal final enrolment\nNot provided at time of registration\n", 320),
        ("Estimated Enrollment: 300\n", 300),
    ],
)
def test_a_registrys_final_enrolment_beats_its_target(text, value):
    assert extract(text).trial_n.value == value
