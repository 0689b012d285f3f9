"""Sample sizes: arm lists in less common shapes (strengths as labels, shares after each count, hyphenated
combinations), the treated stage, pools described by a date range, categories of a measure. Each rule has the
nearest sentences where it must not fire."""

import pytest

from tests.conftest import extract


def sizes(text):
    return [(n.value, n.role, n.arm) for n in extract(text).sample_sizes]


def trial_n(text):
    n = extract(text).trial_n
    return n and (n.value, n.role)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a strength that names an arm of a list, after an arm counted the same way
        (
            "Eyes were randomized to timolol 0.25% (n=44), 0.5% (n=46) or vehicle (n=45).",
            [(44, "randomized", "timolol 0.25%"), (46, "randomized", "0.5%"), (45, "randomized", "vehicle")],
        ),
        # the first strength of a list inside the parenthesis after a time point
        (
            "In all, 301 children completed the 1-year visit (0.02%, n=101; 0.01%, n=99; 0.005%, n=101).",
            [(301, "completed", None), (101, "completed", "0.02%"), (99, "completed", "0.01%"), (101, "completed", "0.005%")],
        ),
    ],
)
def test_strengths_label_arms_of_a_list(text, expected):
    assert sorted(sizes(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # rates with their counts, followed by the people they are among: no arms
        "After randomization to X or Y, nausea was reported by 12% (n=14), 9% (n=10) in the placebo group.",
        "Patients were randomized to X or Y; the response rate was 45% (n=27), 30% (n=18) among responders.",
    ],
)
def test_rates_with_counts_are_no_arms(text):
    assert not [s for s in sizes(text) if s[2] in ("9%", "30%")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Four hundred and twelve adults were randomised (ledipasvir-sofosbuvir, 206; sofosbuvir-velpatasvir, 206).",
            [(412, "randomized", None), (206, "randomized", "ledipasvir-sofosbuvir"), (206, "randomized", "sofosbuvir-velpatasvir")],
        ),
        (
            "We randomly assigned 240 patients [intravenous, 118 (49.2%); oral, 122 (50.8%)].",
            [(240, "randomized", None), (118, "randomized", "intravenous"), (122, "randomized", "oral")],
        ),
        (
            "Of 500 patients randomised (rivaroxaban, 251 [50%]; warfarin, 249 [50%]), 480 completed the study.",
            [(500, "randomized", None), (251, "randomized", "rivaroxaban"), (249, "randomized", "warfarin"), (480, "completed", None)],
        ),
    ],
)
def test_arm_lists_with_combinations_and_shares(text, expected):
    assert sorted(sizes(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # shares that do not add up to a count before: events, not arms
        "Adverse events occurred in 90 patients [nausea, 40 (44%); headache, 30 (33%)].",
        "Of 500 patients randomised, 480 completed the study (rivaroxaban, 101 [40%]; warfarin, 99 [38%]).",
    ],
)
def test_lists_with_shares_that_are_not_arms(text):
    assert not [s for s in sizes(text) if s[2] in ("nausea", "headache", "rivaroxaban", "warfarin")]


@pytest.mark.parametrize(
    "text, expected, n",
    [
        (
            "A total of 64 patients started treatment and 58 were evaluable for response.",
            [(64, "treated", None), (58, "analysed", None)],
            (64, "treated"),
        ),
        (
            "Forty patients were enrolled; 38 received at least one dose and 35 were evaluable.",
            [(40, "enrolled", None), (38, "treated", None), (35, "analysed", None)],
            (40, "enrolled"),
        ),
    ],
)
def test_the_treated_stage(text, expected, n):
    assert sorted(sizes(text), key=str) == sorted(expected, key=str)
    assert trial_n(text) == n


def test_an_arm_that_started_treatment_is_left_to_the_arm_rules():
    assert (40, "treated", None) not in sizes("In the placebo group, 40 started treatment and 38 completed it.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Of 210 women with preterm labour admitted during 2016-2018, 180 were randomly assigned to nifedipine or atosiban.",
            [(210, "screened", None), (180, "randomized", None)],
        ),
        # counter-example: a stage of the pool's own
        (
            "Of the 210 enrolled women, 180 were randomly assigned to nifedipine or atosiban.",
            [(210, "enrolled", None), (180, "randomized", None)],
        ),
    ],
)
def test_a_pool_described_with_a_date_range(text, expected):
    assert sorted(sizes(text), key=str) == sorted(expected, key=str)


def test_categories_of_a_measure_are_subgroups():
    found = extract(
        "Outcomes were compared by baseline eGFR categories: below 45 ml/min (n = 812), 45 to 60 ml/min (n = 1,250) "
        "and above 60 ml/min (n = 2,004)."
    ).sample_sizes
    assert [(s.value, s.role, s.arm) for s in found] == [(812, "subgroup", None), (1250, "subgroup", None), (2004, "subgroup", None)]
    assert [s.subgroup for s in found] == ["below 45 ml/min", "45 to 60 ml/min", "above 60 ml/min"]


@pytest.mark.parametrize(
    "text",
    [
        # dose levels are arms, and a category word after the allocation changes nothing
        "Patients were randomized to three dose levels: 10 mg (n = 40), 20 mg (n = 41) or 40 mg (n = 39).",
        "Patients were randomized to fluocinolone 0.19 mg (n = 40) or 0.5 mg (n = 41) within each subgroup.",
    ],
)
def test_dose_arms_are_no_categories(text):
    assert all(s[1] == "randomized" and s[2] for s in sizes(text))


def test_a_count_of_groups_is_no_arm_name():
    assert sizes("Ninety patients were allocated into three groups of 30.") == [(90, "randomized", None), (30, "randomized", "groups")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("A total of 180 women were enrolled and randomized 1:1 to letrozole or anastrozole.", 180),
        ("We recruited 2,030 adult smokers from 12 clinics and randomly assigned them to varenicline or placebo.", 2030),
        ("Of 90 women approached, 52 consented (response rate 58%) and were randomised to yoga or usual care.", 52),
        ("In all, 410 patients gave consent; these were randomly assigned to early or delayed surgery.", 410),
    ],
)
def test_the_same_people_then_randomized_are_randomized(text, value):
    assert (value, "randomized", None) in sizes(text)


@pytest.mark.parametrize(
    "text, value",
    [
        # another count between: two stages
        ("A total of 180 women were enrolled and 150 were randomized to letrozole or anastrozole.", 180),
        ("We recruited 240 patients; 30 were excluded and the rest were randomised.", 240),
    ],
)
def test_an_enrolled_count_before_another_stage_stays_enrolled(text, value):
    assert (value, "enrolled", None) in sizes(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We screened 640 patients, of whom 410 were eligible and 300 randomised: 150 to early surgery and 150 to casting.",
            [(640, "screened", None), (410, "screened", None), (300, "randomized", None), (150, "randomized", "early surgery"), (150, "randomized", "casting")],
        ),
        # counter-example: the elided count with its arm is an arm
        (
            "Of 300 patients, 150 were randomized to early surgery and 150 randomized to casting.",
            [(300, "randomized", None), (150, "randomized", "early surgery"), (150, "randomized", "casting")],
        ),
    ],
)
def test_the_elided_next_stage_of_a_chain(text, expected):
    assert sorted(set(sizes(text)), key=str) == sorted(set(expected), key=str)


def test_a_date_after_the_verb_is_no_arm():
    found = sizes("Of 2,100 patients screened, 1,500 were randomized between 2018 and 2020, 750 to drug A and 750 to placebo.")
    assert (1500, "randomized", None) in found
    assert not [s for s in found if s[2] and "2018" in s[2]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of 2 400 participants (mean age 61 years), 2 310 (96.3%) completed the trial.", (2400, "enrolled", None)),
        ("Of 520 participants, 498 were included in the modified intention-to-treat analysis.", (520, "enrolled", None)),
        # the pool's own stage stands
        ("Of the 138 treated patients, 120 completed the trial.", (138, "treated", None)),
    ],
)
def test_the_pool_of_a_later_stage(text, expected):
    assert expected in sizes(text)


def test_included_in_a_named_analysis_is_analysed():
    assert (498, "analysed", None) in sizes("Of 520 randomised women, 498 were included in the modified intention-to-treat analysis.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Primary outcome data were available for 431 (92%).", (431, "analysed")),
        ("Follow-up data were obtained for 1,204 pupils (87%).", (1204, "analysed")),
        ("Nine participants withdrew, leaving 96 for analysis.", (96, "analysed")),
        ("At 6 months, 212 (88%) participants provided outcome data.", (212, "analysed")),
        ("Of 300 eligible women, 262 (87.3%) returned the final questionnaire.", (262, "analysed")),
        ("Sixty-one patients (94%) were reassessed at 12 weeks.", (61, "analysed")),
        ("Of 518 assessed for eligibility, 120 were excluded and 398 were randomised.", (518, "screened")),
    ],
)
def test_consort_stage_phrases(text, expected):
    assert expected + (None,) in sizes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Data were collected from 12 centres in 5 countries.",
        "All patients provided written informed consent.",
        "Blood samples were available for 40 in the placebo group.",
    ],
)
def test_stage_phrases_without_a_count_of_the_sample(text):
    assert not [s for s in sizes(text) if s[1] == "analysed" and s[2] is None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ctDNA was analysed in 96 of the 120 treated patients.", (120, "treated", None)),
        ("A total of 1,204 of the 1,500 randomized patients (80.3%) completed the final questionnaire.", (1500, "randomized", None)),
    ],
)
def test_the_whole_of_a_part_keeps_the_stage_its_phrase_names(text, expected):
    assert expected in sizes(text)


@pytest.mark.parametrize(
    "text, role",
    [
        # a treatment history is no stage
        ("Two hundred insulin-treated patients were randomized to A or B.", "randomized"),
        ("In all, 150 previously treated patients were randomly assigned to A or B.", "randomized"),
    ],
)
def test_a_treatment_history_is_no_stage(text, role):
    assert sizes(text)[0][1] == role


def test_an_event_share_of_a_whole_is_no_sample():
    assert sizes("Nausea occurred in 40 of the 200 patients (20%).") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Women were randomly assigned to tamoxifen alone (1,230), tamoxifen plus OFS (1,224) or exemestane plus OFS (1,226).",
            [(1230, "randomized", "tamoxifen alone"), (1224, "randomized", "tamoxifen plus OFS"), (1226, "randomized", "exemestane plus OFS")],
        ),
        # counter-example: years of citations
        ("As Smith (1998), Jones (2001) and Lee (2004) showed, patients were randomized.", []),
    ],
)
def test_three_arms_with_bare_counts(text, expected):
    assert sizes(text) == expected
