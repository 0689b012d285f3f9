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
