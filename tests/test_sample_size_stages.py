"""Sample sizes across the stages of a trial and the parts of a sample that are not arms: a stage drawn from the
count after it ('342 of the 410 enrolled patients were randomized'), consent ('156 agreed to participate'), the
eligible ('210 patients were eligible': screened), arms listed with a colon ('Group A: 25 patients'), people lost
per arm ('4 patients in each group withdrew'), cluster trials ('24 practices ..., 12 to each arm') and strata of
the sample ('responders (n = 35)', 'children aged 2-5 years (n = 40)')."""

import pytest

from tests.conftest import extract


def sizes(text):
    return sorted((n.value, n.role, n.arm) for n in extract(text).sample_sizes)


def trial_n(text):
    record = extract(text)
    return record.trial_n and (record.trial_n.value, record.trial_n.role)


@pytest.mark.parametrize(
    "text, expected, n",
    [
        (
            "342 of the 410 enrolled patients were randomized to surgery or observation.",
            [(342, "randomized", None), (410, "enrolled", None)],
            (342, "randomized"),
        ),
        (
            "Overall, 120 of the 150 eligible patients were randomized.",
            [(120, "randomized", None), (150, "screened", None)],
            (120, "randomized"),
        ),
        (
            "Sixty of the 75 screened women were randomly assigned to the two study groups.",
            [(60, "randomized", None), (75, "screened", None)],
            (60, "randomized"),
        ),
        (
            "In the second phase, 88 (73%) of these 120 volunteers were subsequently enrolled.",
            [(88, "enrolled", None), (120, "enrolled", None)],
            (120, "enrolled"),
        ),
    ],
)
def test_a_stage_drawn_from_the_count_after_it(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part with an event, not a stage: only the people it was drawn from
        ("Twelve of the 410 enrolled patients were excluded after randomization.", []),
        ("Of those treated, 35 of the 60 patients had nausea.", []),
        # one arm's count, left to the arm rules: the 60 are the randomized total
        ("35 of the 60 patients were randomized to drug A.", [(60, "randomized", None)]),
        # a refusal counts nobody
        ("Of 410 patients screened, 300 were eligible, and 26 did not consent.", [(300, "screened", None), (410, "screened", None)]),
    ],
)
def test_parts_that_are_no_stage(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, expected, n",
    [
        (
            "In total, 210 patients were eligible and 156 agreed to participate.",
            [(156, "enrolled", None), (210, "screened", None)],
            (156, "enrolled"),
        ),
        (
            "Of 500 women approached, 320 were eligible and 248 (78%) gave written informed consent.",
            [(248, "enrolled", None), (320, "screened", None), (500, "screened", None)],
            (248, "enrolled"),
        ),
        (
            # the eligible pool is screened, as in 'N of the M eligible patients'
            "Of the 320 eligible women, 248 consented and were randomized to yoga or usual care.",
            [(248, "randomized", None), (320, "screened", None)],
            (248, "randomized"),
        ),
        ("Forty-one parents agreed to take part in the interviews.", [(41, "enrolled", None)], (41, "enrolled")),
    ],
)
def test_consent_enrols_and_eligibility_screens(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, role",
    [
        # eligible for the analysis: the analysed set
        ("A total of 3729 women were eligible for analysis.", "analysed"),
        ("Participants enrolled before 2015 were eligible for the present analyses (n = 1 312).", "analysed"),
        # eligible, then a stage in the same clause: that stage
        ("The 60 patients were eligible and were randomized.", "randomized"),
        ("Sixty patients who were eligible were enrolled.", "enrolled"),
        ("In 2008, 5477 women who were eligible for screening but had not attended were included in the study.", "enrolled"),
        # eligible in a relative clause, a stage in the next: eligible
        ("Of the 207 consecutive patients who were potentially eligible for the study, 134 women were enrolled.", "screened"),
    ],
)
def test_the_role_of_eligible_counts(text, role):
    first = extract(text).sample_sizes[0]
    assert first.role == role


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Group A: 25 patients, Group B: 25 patients.", [(25, "Group A"), (25, "Group B")]),
        ("Patients were allocated as follows. Group A: 25 patients; Group B: 27 patients.", [(25, "Group A"), (27, "Group B")]),
        ("Intervention group: n = 40; control group: n = 38.", [(38, "control group"), (40, "Intervention group")]),
        ("Arm 1: 60 participants and Arm 2: 58 participants.", [(58, "Arm 2"), (60, "Arm 1")]),
    ],
)
def test_arms_listed_with_a_colon(text, expected):
    assert sorted((n.value, n.arm) for n in extract(text).sample_sizes) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adverse events: Group A: 5 patients, Group B: 7 patients.",
        "Lost to follow-up: intervention group: 6, control group: 4.",
        "Treatment group: 25% responded.",
        "Time to onset in the placebo group: 12 days.",
    ],
)
def test_colon_lists_that_are_no_arms(text):
    assert [n for n in extract(text).sample_sizes if n.arm] == []
    assert extract(text).trial_n is None


@pytest.mark.parametrize(
    "text",
    [
        "Fifty patients were randomized. Four patients in each group were excluded from the analysis.",
        "Of 120 randomized patients, 4 patients in each group withdrew.",
        "Eight patients were lost to follow-up (4 in each group), leaving the rest for analysis.",
        "Ten patients dropped out, five in each group.",
    ],
)
def test_people_lost_in_each_group_are_no_arm_size(text):
    assert [n for n in extract(text).sample_sizes if n.arm] == []


@pytest.mark.parametrize(
    "text, arm",
    [
        ("Sixty patients were randomized, 30 in each group.", 30),
        ("Thirty patients in each group completed the study.", 30),
        ("Forty patients were assigned to each group and analysed.", 40),
    ],
)
def test_each_group_counts_without_a_loss_stay_arms(text, arm):
    assert [n.value for n in extract(text).sample_sizes if n.arm] == [arm]


@pytest.mark.parametrize(
    "text, expected, n",
    [
        ("A total of 24 practices (1,200 patients) were randomized, 12 to each arm.", [(1200, "randomized", None)], 1200),
        (
            "Twenty-four general practices were randomized, 12 to each arm, and 1,200 patients were recruited.",
            [(1200, "enrolled", None)],
            1200,
        ),
        ("We randomized 40 schools, 20 in each group, enrolling 3,000 children.", [(3000, "enrolled", None)], 3000),
        ("Eighteen wards were randomized: 9 to the intervention group and 9 to the control group.", [], None),
    ],
)
def test_cluster_counts_per_arm_are_no_people(text, expected, n):
    assert sizes(text) == expected
    record = extract(text)
    assert (record.trial_n.value if record.trial_n else None) == n


@pytest.mark.parametrize(
    "text, expected",
    [
        # people per arm in a multicentre trial: the centres are not what the arms split
        ("Sixty patients from 12 centres were randomized, 30 to each arm.", [(30, "randomized", "each arm"), (60, "randomized", None)]),
        (
            "Eighteen patients were randomized: 9 to the intervention group and 9 to the control group.",
            [(9, "randomized", "control group"), (9, "randomized", "intervention group"), (18, "randomized", None)],
        ),
        (
            "Patients from 18 wards were randomized: 40 to the intervention group and 42 to the control group.",
            [(40, "randomized", "intervention group"), (42, "randomized", "control group")],
        ),
    ],
)
def test_people_per_arm_beside_a_count_of_sites_stay_arms(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Patients were classified as responders (n = 35) or non-responders (n = 25) after 8 weeks.", [(35, "responders"), (25, "non-responders")]),
        ("The cohort (responders, n = 35; non-responders, n = 25) was followed for a year.", [(35, "responders"), (25, "non-responders")]),
        (
            "We randomized 78 children to montelukast or placebo; children aged 2-5 years (n = 40) and 6-11 years (n = 38) were analysed separately.",
            [(40, "aged 2-5 years"), (38, "6-11 years")],
        ),
        (
            "Seventy-eight children were randomized to montelukast (n = 39) or placebo (n = 39). Results were stratified by age: "
            "2-5 years (n = 40) and 6-11 years (n = 38).",
            [(40, "2-5 years"), (38, "6-11 years")],
        ),
        ("Sixty patients were randomized to drug (n = 30) or placebo (n = 30); partial responders (n = 12) continued.", [(12, "partial responders")]),
    ],
)
def test_strata_of_the_sample_are_subgroups_not_arms(text, parts):
    record = extract(text)
    assert [(n.value, n.subgroup) for n in record.sample_sizes if n.role == "subgroup"] == parts
    assert all(n.arm is None for n in record.sample_sizes if n.role == "subgroup")
    assert record.trial_n is None or record.trial_n.role != "subgroup"


@pytest.mark.parametrize(
    "text, arms",
    [
        # durations after an allocation are arms, even after an age cue
        ("Patients aged 40-75 years were randomized to clopidogrel for 6 months (n = 200) or 12 months (n = 198).", [200, 198]),
        ("Patients aged 18-70 years were randomized to imatinib for 1-2 years (n = 200) or 3-5 years (n = 198).", [200, 198]),
        ("Older adults (aged 65 years or older, n = 120) received the high-dose vaccine (n = 60) or standard dose (n = 60).", [60, 60]),
    ],
)
def test_arms_beside_ages_stay_arms(text, arms):
    record = extract(text)
    assert [n.value for n in record.sample_sizes if n.arm] == arms
    assert not [n for n in record.sample_sizes if n.role == "subgroup"]


@pytest.mark.parametrize(
    "text, expected, n",
    [
        ("Follow-up was complete for 412 of 450 patients (91.6%).", [(412, "completed", None), (450, "enrolled", None)], (450, "enrolled")),
        ("This feasibility study recruited 40 of 64 eligible women.", [(40, "enrolled", None), (64, "screened", None)], (40, "enrolled")),
        (
            "The trial was stopped after 57 of a planned 120 patients had been randomised.",
            [(57, "randomized", None), (120, "planned", None)],
            (57, "randomized"),
        ),
        ("Nineteen of the 20 patients completed treatment.", [(19, "completed", None), (20, "enrolled", None)], (20, "enrolled")),
        ("Seventeen of 24 patients (71%) completed the dose-escalation phase.", [(17, "completed", None), (24, "enrolled", None)], (24, "enrolled")),
        ("Data were available for 176 of 200 participants at one year.", [(176, "analysed", None), (200, "enrolled", None)], (200, "enrolled")),
    ],
)
def test_n_of_m_where_the_verb_is_the_first_counts(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative clause is the second count's: no stage of the first
        ("In the extension study, 156 of the 180 patients who completed the core trial continued treatment.", [(180, "completed", None)]),
        # per-arm denominators stay with the arm rules
        (
            "112 of 138 exenatide recipients and 101 of 123 placebo recipients completed the study.",
            None,
        ),
    ],
)
def test_n_of_m_counterexamples(text, expected):
    got = sizes(text)
    if expected is None:
        assert not [v for v, role, arm in got if arm is None and v in (101, 112)]
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The target sample size was 1 200 participants; recruitment stopped early after 812 had been randomised.", (812, "randomized")),
        ("Ninety-nine patients were randomized, of whom 92 completed the study.", (92, "completed")),
        ("Twenty participants were enrolled in the pilot, of whom 18 (90%) completed the 8-week programme.", (18, "completed")),
        ("Thirty-two adults were randomised to the two sequences; 28 completed both periods and were analysed.", (28, "completed")),
    ],
)
def test_a_later_stage_in_the_same_sentence_is_read(text, expected):
    assert expected in [(n.value, n.role) for n in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "text",
    [
        "Of whom 12 had been treated before.",
        "All except ten patients completed the study.",
    ],
)
def test_histories_and_exceptions_are_no_stage(text):
    assert extract(text).sample_sizes == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Assuming a dropout rate of 15%, we calculated that 396 patients were needed.", 396),
        ("In this pilot randomised trial, we aimed to recruit 60 participants over 12 months.", 60),
        ("A total of 280 patients (140 per group) were required.", 280),
    ],
)
def test_planned_sizes(text, value):
    assert trial_n(text) == (value, "planned")


def test_an_aim_to_study_is_no_plan_of_a_size():
    text = "This pilot trial aimed to investigate the effect of electrostimulation in 30 patients admitted for heart failure."
    assert trial_n(text) == (30, "enrolled")


@pytest.mark.parametrize(
    "text",
    [
        "Three patients per cohort were treated in the escalation phase.",
        "In the dose-escalation phase, 3 patients were treated at each dose level.",
        "Each practice recruited 15 patients.",
        "Thirty clusters with an average of 25 patients per cluster were planned.",
    ],
)
def test_counts_per_unit_are_neither_totals_nor_arms(text):
    assert extract(text).sample_sizes == []


@pytest.mark.parametrize(
    "text, n",
    [
        ("120 patients were recruited at 12 sites.", 120),
        ("Twenty patients were enrolled at a single site.", 20),
    ],
)
def test_counts_at_sites_stay_totals(text, n):
    assert trial_n(text)[0] == n


@pytest.mark.parametrize(
    "text, n",
    [
        ("We randomly assigned 20 clusters to intervention and 20 to control; 3,102 women gave birth during the study period.", 3102),
        ("We randomly assigned 48 schools (12 480 pupils) to the intervention or control condition.", 12480),
        ("Villages (n = 40) and residents (n = 6 000) were included.", 6000),
        ("A total of 120 eyes of 60 patients with glaucoma were randomised.", 60),
        ("In a factorial trial, 9,297 patients were randomised to ramipril or placebo.", 9297),
        ("Among 628 randomized children (mean age 6.1 years; 247 girls), 611 (97%) completed the trial.", 628),
    ],
)
def test_units_and_descriptions_are_no_arms(text, n):
    record = extract(text)
    assert record.trial_n.value == n
    assert [x for x in record.sample_sizes if x.arm] == []


@pytest.mark.parametrize(
    "text, arms",
    [
        ("We randomly assigned 60 to placebo or 58 to drug.", [(60, "placebo"), (58, "drug")]),
        ("Patients were randomized to control (<75 minutes per week; 41 patients) or exercise (150 minutes per week; 40 patients).", [(41, "control"), (40, "exercise")]),
        ("Thirty-two parents completed all measures (17 control, 15 intervention).", [(17, "control"), (15, "intervention")]),
        ("186 developed invasive cancer (82 on tamoxifen and 104 on placebo).", []),
    ],
)
def test_arm_lists_beside_these_rules(text, arms):
    assert [(n.value, n.arm) for n in extract(text).sample_sizes if n.arm] == arms


@pytest.mark.parametrize(
    "text, expected, n",
    [
        # 'eligible', then a stage of the same people in the same clause: that stage is the count's
        (
            "Of 200 screened patients, 120 were eligible and were randomised.",
            [(120, "randomized", None), (200, "screened", None)],
            (120, "randomized"),
        ),
        ("A total of 96 patients were eligible; all were randomised.", [(96, "randomized", None)], (96, "randomized")),
        ("Ninety-six patients were eligible and gave consent.", [(96, "enrolled", None)], (96, "enrolled")),
        (
            "Of 150 patients assessed, 120 were eligible and were enrolled.",
            [(120, "enrolled", None), (150, "screened", None)],
            (120, "enrolled"),
        ),
        ("In all, 88 children were eligible and included in the study.", [(88, "enrolled", None)], (88, "enrolled")),
        (
            "Of 150 patients assessed, 120 were eligible and randomly assigned to drug or placebo.",
            [(120, "randomized", None), (150, "screened", None)],
            (120, "randomized"),
        ),
        # consent, then randomisation: randomized
        ("Eligible patients (n = 120) gave informed consent and were randomised.", [(120, "randomized", None)], (120, "randomized")),
        ("120 patients gave written informed consent and were randomized.", [(120, "randomized", None)], (120, "randomized")),
        # counter-examples: another count after 'and' has its own stage; 'eligible' alone stays screened
        (
            "Of 120 patients screened, 80 were eligible and 64 were randomized.",
            [(64, "randomized", None), (80, "screened", None), (120, "screened", None)],
            (64, "randomized"),
        ),
        ("Of 410 screened, 342 were eligible.", [(342, "screened", None)], (342, "screened")),
        ("Of 300 women approached, 210 were eligible, and 26 did not consent.", [(210, "screened", None), (300, "screened", None)], (300, "screened")),
        ("Ninety-six patients were eligible for the analysis and gave consent.", [(96, "analysed", None)], (96, "analysed")),
        ("Sixty-two patients gave written informed consent before any study procedure.", [(62, "enrolled", None)], (62, "enrolled")),
        # the eligible pool is screened only when a consent is drawn from it: here all of them were randomised
        (
            "Of 240 eligible women, 120 + 120 women were randomised to exercise or usual care.",
            [(120, "randomized", None), (240, "randomized", None)],
            (240, "randomized"),
        ),
    ],
)
def test_eligible_then_a_later_stage(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n
