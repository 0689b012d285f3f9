"""The trial-level n is this trial's: counts of other studies' people (cited, pooled or reported cases) and parts
of the sample smaller than one of its randomized arms are never it."""

import pytest

from tests.conftest import extract


def totals(text):
    return sorted(n.value for n in extract(text).sample_sizes if n.arm is None)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("We included 9 randomised trials. Trials enrolled between 60 and 1,150 participants.", 1150),
        ("Sample sizes ranged from 24 to 640 patients, and most trials were at high risk of bias.", 640),
        ("Most trials were small; the largest randomised 2,304 women.", 2304),
        ("Pain was reduced at 6 weeks (SMD -0.41, 95% CI -0.62 to -0.20; 7 trials, 1,208 participants; low-certainty evidence).", 1208),
        ("A previous meta-analysis of 11 trials (4,530 patients) found no survival benefit.", 4530),
        ("Recurrence rates were lower than previously reported rates in 1,130 women treated without radiotherapy.", 1130),
        ("To our knowledge, fewer than 20 such cases have been reported.", 20),
        ("Fewer than 40 patients have been reported worldwide.", 40),
        ("An earlier study of 85 patients reported a benefit of early mobilisation.", 85),
        ("To our knowledge, fewer than 30 patients have previously been described with this syndrome.", 30),
    ],
)
def test_counts_of_other_studies_people_are_no_sample(text, gone):
    assert gone not in totals(text)
    trial_n = extract(text).trial_n
    assert trial_n is None or trial_n.value != gone


@pytest.mark.parametrize(
    "text, value",
    [
        # this trial's own counts beside the same words
        ("Building on our previous trial, we randomized 240 patients to exercise or usual care.", 240),
        ("This trial enrolled 1,150 participants between 2015 and 2018.", 1150),
        ("Between 2009 and 2012, 640 patients were randomized to the two arms.", 640),
        ("The largest subgroup comprised patients with stage II disease; in total, 412 patients were randomized.", 412),
        ("A total of 36 patients were enrolled, and the results of the first 12 cases were reported at a meeting.", 36),
        ("Results of this trial in 1,130 women were previously reported; we now report 10-year outcomes.", 1130),
    ],
)
def test_this_trials_counts_beside_those_words_stay(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Sixty-one patients were allocated to drug A and 68 to drug B. Out of 127 analysable patients, a response "
            "occurred in 40%. For the 62 patients with measurable disease, clinical benefit rates were similar.",
            127,
        ),
        (
            "Patients were randomly assigned to surgery (n = 150) or radiotherapy (n = 148). Among the 96 patients "
            "with nodal disease, survival was similar. In total, 290 patients were analysed.",
            290,
        ),
    ],
)
def test_a_total_smaller_than_a_randomized_arm_is_a_part_of_the_sample(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        # a later stage may be smaller than an arm; an enrolled total as large as the arms stays
        ("In total, 300 patients were enrolled and randomized to drug (n = 150) or placebo (n = 150).", 300),
        # with no other total the smaller one is kept rather than none
        ("Patients were randomly assigned to surgery (n = 150) or radiotherapy (n = 148). Among the 96 patients with nodal disease, survival was similar.", 96),
    ],
)
def test_the_arm_floor_keeps_the_trials_own_totals(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, gone, value",
    [
        ("Nine CD patients received 1,000 IU/day and eleven CD patients received 5,000 IU/day.", 1000, None),
        ("Adults whose CD4 count was below 200 were enrolled in the substudy.", 200, None),
        ("Forty adults with CD4 counts higher than 500 were randomized to continuous or interrupted therapy.", 500, 40),
        ("Thirty-six women with a platelet count above 150 were randomly assigned to the two regimens.", 150, 36),
        ("A total of 90 adults with a systolic pressure > 160 were enrolled.", 160, 90),
    ],
)
def test_amounts_and_thresholds_are_no_sample(text, gone, value):
    assert gone not in totals(text)
    if value is not None:
        assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("More than 400 patients were randomized to early or delayed surgery.", 400),
        ("Over 1,200 women were enrolled at 30 sites.", 1200),
        ("In total, 250 participants (48% women) were randomized.", 250),
    ],
)
def test_approximate_counts_stay(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text",
    [
        "We included 19 RCTs (n = 3,877). Most were small; the largest randomised 804 participants.",
        "We included 12 randomised trials with 3,456 participants.",
        "Nine randomized controlled trials involving 2,210 women met the inclusion criteria.",
        "Individual data from 4 trials (n = 1,450) were pooled.",
    ],
)
def test_the_people_of_the_trials_a_review_counts_are_no_sample(text):
    # a review's pooled count is other studies' people: no sample size and no trial_n
    assert totals(text) == []
    assert extract(text).trial_n is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("A randomized trial of 300 patients compared early and delayed surgery.", 300),
        ("In this trial, 24 centres enrolled 1,200 patients.", 1200),
        ("The trial randomised 640 women (n = 320 per group).", 640),
    ],
)
def test_a_trial_in_the_singular_counts_its_own_people(text, value):
    assert extract(text).trial_n.value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("A previous analysis of this trial in 1,240 patients showed a benefit at 5 years.", 1240),
        ("We describe a recent series of 45 patients treated at our centre.", 45),
        ("A total of 120 U.S. adults were randomized to the two programmes.", 120),
    ],
)
def test_the_nearest_words_that_still_count_this_trials_people(text, value):
    assert extract(text).trial_n.value == value
