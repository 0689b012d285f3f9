"""'N patients in each group': the size of every arm, never the trial's total."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "text, value",
    [
        ("Thirty patients were allocated to each group.", 30),
        ("The study included 30 patients in each of the two arms.", 30),
        ("In total, 40 were assigned to each of the three groups.", 40),
        ("Patients were randomized into three equal groups (n = 20 each).", 20),
        ("Patients received one of three doses (10 mg, 20 mg or 40 mg; n = 32 per dose group).", 32),
        ("We enrolled 3 groups of 30 patients.", 30),
        ("Patients were divided into two groups of 30 each.", 30),
        ("The trial had three arms of 200 each.", 200),
    ],
)
def test_a_count_of_each_arm_is_an_arm_count(text, value):
    record = extract(text)
    counts = [s for s in record.sample_sizes if s.value == value]
    assert counts and all(s.arm is not None for s in counts)
    assert record.trial_n is None


@pytest.mark.parametrize(
    "text, value",
    [
        # the nearest counter-examples: a total split into groups of unequal size, groups of the whole sample
        ("Patients were divided into two groups of 30 and 32 patients.", 30),
        ("A total of 60 patients were allocated to two groups.", 60),
        ("Sixty patients were randomized into two equal groups.", 60),
    ],
)
def test_a_total_split_into_groups_is_not_an_arm_count(text, value):
    assert not any(s.value == value and s.arm is not None and "each" in s.arm for s in extract(text).sample_sizes)
    assert not any(s.value == value and s.arm in ("two groups", "3 groups") for s in extract(text).sample_sizes)


@pytest.mark.parametrize(
    "text, value, role",
    [
        ("Eight hundred patients were randomised, of whom 776 (97%) were analysed.", 776, "analysed"),
        ("Of 400 randomised patients, 380 (95%) were included in the analysis.", 380, "analysed"),
        ("Of 1,250 patients screened, 612 (49%) were randomly assigned.", 612, "randomized"),
    ],
)
def test_a_stage_with_its_share_of_the_stage_before_is_kept(text, value, role):
    assert any(s.value == value and s.role == role and s.arm is None for s in extract(text).sample_sizes)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Of the 120 patients, 45 (37.5%) were treated with rescue steroids.", 45),
        ("Of 4,821 women approached, 1,332 (28%) were eligible.", 1332),
    ],
)
def test_a_share_that_is_no_stage_is_not_a_total(text, value):
    assert not any(s.value == value for s in extract(text).sample_sizes)
