"""Counts after an exclusion or a dropout are the people lost, not arms: the CONSORT flow's exclusions,
withdrawals and losses to follow-up."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "text, lost",
    [
        (
            "Of 532 assessed for eligibility, 128 were excluded (96 did not meet inclusion criteria, 32 declined to "
            "participate), and 404 were randomised.",
            {96, 32},
        ),
        ("Of 300 screened, 58 were excluded (41 ineligible, 17 declined), and 242 were randomised.", {41, 17}),
        (
            "A total of 180 patients were randomized. Lost to follow-up: intervention group (n = 7), control group (n = 9).",
            {7, 9},
        ),
        (
            "Reasons for exclusion were: not meeting inclusion criteria (n = 34), declined to participate (n = 21), "
            "other reasons (n = 5).",
            {34, 21, 5},
        ),
        ("Patients withdrew for personal reasons (drug, n = 6; placebo, n = 8).", {6, 8}),
    ],
)
def test_counts_of_the_people_lost_are_no_sample_sizes(text, lost):
    assert not {s.value for s in extract(text).sample_sizes} & lost


@pytest.mark.parametrize(
    "text, arms",
    [
        # the nearest counter-examples: a stage named after the exclusion, or right after the counts
        ("After 20 patients were excluded, 180 were randomized to drug (n = 90) or placebo (n = 90).", {90}),
        (
            "After excluding 14 patients with protocol deviations, the remaining patients (drug, n = 100; placebo, "
            "n = 98) were analysed.",
            {100, 98},
        ),
        ("Patients who discontinued treatment were included in the analysis: drug (n = 88) and placebo (n = 90).", {88, 90}),
    ],
)
def test_arms_counted_after_a_stage_are_kept(text, arms):
    assert arms <= {s.value for s in extract(text).sample_sizes if s.arm is not None}


@pytest.mark.parametrize(
    "text, value",
    [
        ("The per-protocol analysis was performed after excluding 14 patients with protocol deviations.", 14),
        ("The number needed to treat was 12 patients.", 12),
    ],
)
def test_people_left_out_or_a_number_needed_to_treat_are_no_total(text, value):
    assert not any(s.value == value for s in extract(text).sample_sizes)


def test_a_sample_after_including_is_kept():
    """The nearest counter-example: 'including' names a part, the total before it stays."""
    assert any(s.value == 240 for s in extract("A total of 240 patients, including 20 children, were randomized.").sample_sizes)


def test_a_group_defined_by_stopping_a_drug_is_an_arm():
    text = (
        "We compared 3967 women who continued raloxifene for 8 years (RLX-C, n = 2280), discontinued raloxifene after "
        "4 years (RLX-D, n = 401), or took placebo (n = 1286)."
    )
    assert 1286 in {s.value for s in extract(text).sample_sizes if s.arm is not None}
