"""The stage a count belongs to, read from the cue words of its sentence: the words that name the stage of the
counted people, not a design adjective or a verb that only introduces the stage."""

import pytest

from tests.conftest import extract


def _role(text, value):
    return next(s.role for s in extract(text).sample_sizes if s.value == value and s.arm is None)


@pytest.mark.parametrize(
    "text, value, role",
    [
        # 'underwent randomization' is the randomization, not a treatment
        ("A total of 3,422 patients underwent randomization: 1,712 were assigned to the ticagrelor group and 1,710 to the clopidogrel group.", 3422, "randomized"),
        ("Of the 198 randomized participants in the study, 190 were analysed.", 198, "randomized"),
        ("Ninety-three percent of the 412 randomized patients completed the trial.", 412, "randomized"),
        ("A total of 288 patients were included in the final analysis (tenecteplase, n = 144; alteplase, n = 144).", 288, "analysed"),
        ("The intention-to-treat population included 811 patients (405 in the drug group and 406 in the placebo group).", 811, "analysed"),
        ("The analysis included 1,853 patients.", 1853, "analysed"),
        ("In all, 1,552 infants were included in the intention-to-treat analysis.", 1552, "analysed"),
    ],
)
def test_the_stage_named_by_the_phrase_of_the_count(text, value, role):
    assert _role(text, value) == role


@pytest.mark.parametrize(
    "text, value, role",
    [
        # the nearest counter-examples: a treatment undergone, a design adjective, a study population
        ("A total of 64 patients underwent surgery after neoadjuvant chemotherapy.", 64, "treated"),
        ("In this randomized, double-blind trial, we recruited 101 patients with asthma.", 101, "enrolled"),
        ("A randomized controlled trial of 240 women with gestational diabetes was conducted.", 240, "enrolled"),
        ("The study population included 811 patients from 12 centres.", 811, "enrolled"),
        ("In this randomized control study, 120 women were recruited from two centres.", 120, "enrolled"),
        ("A total of 288 patients were included in the study.", 288, "enrolled"),
    ],
)
def test_cues_that_name_another_stage_or_none(text, value, role):
    assert _role(text, value) == role


def test_a_randomized_subgroup_is_the_trials_n():
    text = "In total, 246 patients were enrolled in the cohort. A subgroup of 80 patients underwent randomization."
    assert extract(text).trial_n.value == 80


def test_a_restated_total_is_kept_once_at_its_earliest_stage():
    text = (
        "We conducted a randomized trial of 686 breast cancer patients. A total of 686 patients were randomized and "
        "686 were included in the final analysis."
    )
    totals = [s for s in extract(text).sample_sizes if s.value == 686 and s.arm is None]
    assert [s.role for s in totals] == ["randomized"]


def test_arms_of_equal_size_and_different_totals_are_all_kept():
    """The nearest counter-example: two arms of one size, and a later stage of another size."""
    text = "A total of 288 patients were randomized (tenecteplase, n = 144; alteplase, n = 144); 280 were analysed."
    sizes = extract(text).sample_sizes
    assert sorted(s.value for s in sizes if s.arm is not None) == [144, 144]
    assert {s.value for s in sizes if s.arm is None} == {288, 280}
