"""The pool a trial's sample was drawn from is not its sample: the eligible people a smaller count was randomized
from ('Of the 180 eligible patients, 150 were randomized'), a parent trial a secondary analysis takes its sample
from, and the clusters of a cluster trial. And a count's own verb names its stage, whatever stage the clause
before it names ('24 practices were randomised, and 1,873 patients were enrolled')."""

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
        # the eligible pool, then a smaller stage drawn from it: the pool is screened
        (
            "Of the 180 eligible patients, 150 were randomized to receive drug A or placebo.",
            [(150, "randomized", None), (180, "screened", None)],
            (150, "randomized"),
        ),
        ("Of 412 eligible women, 306 (74%) were enrolled in the trial.", [(306, "enrolled", None), (412, "screened", None)], (306, "enrolled")),
        (
            "Of the 96 children who were eligible, 80 were subsequently randomised.",
            [(80, "randomized", None), (96, "screened", None)],
            (80, "randomized"),
        ),
        (
            "Of the 240 patients who met the inclusion criteria, 200 were included.",
            [(200, "enrolled", None), (240, "screened", None)],
            (200, "enrolled"),
        ),
        (
            "Of the 180 eligible patients, 150 were randomized and 30 declined to participate.",
            [(150, "randomized", None), (180, "screened", None)],
            (150, "randomized"),
        ),
        # counter-examples: all the eligible were randomized (the parts make up the pool), or the part is no stage
        (
            "Of the 382 eligible patients, 191 were randomised to exercise and 191 to usual care.",
            [(191, "randomized", "exercise"), (191, "randomized", "usual care"), (382, "randomized", None)],
            (382, "randomized"),
        ),
        ("Of the 180 eligible patients, 180 were randomized.", [(180, "randomized", None)], (180, "randomized")),
        ("Of the 180 eligible patients, 12 were excluded after baseline.", [(180, "enrolled", None)], (180, "enrolled")),
        ("Of the 180 randomized patients, 150 were analysed.", [(150, "analysed", None), (180, "randomized", None)], (180, "randomized")),
        # the part is one group's count: the 'pool' is the randomized total (lead's review RS8)
        ("Of the 120 participants, 40 were assigned to each of the three groups.", [(40, "randomized", "each of the three groups"), (120, "randomized", None)], (120, "randomized")),
        ("Of the 90 eligible patients, 45 were randomized to each arm.", [(45, "randomized", "each arm"), (90, "randomized", None)], (90, "randomized")),
        ("Of 150 women with pre-eclampsia, 50 were randomised into each group.", [(50, "randomized", "each group"), (150, "randomized", None)], (150, "randomized")),
        # ... but a smaller stage of the pool still makes it screened
        ("Of 200 patients, 120 were randomised to two groups.", [(120, "randomized", None), (200, "screened", None)], (120, "randomized")),
    ],
)
def test_the_eligible_pool_of_a_smaller_stage(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, value, role",
    [
        ("In total, 24 practices were randomised, and 1,873 patients were enrolled.", 1873, "enrolled"),
        ("The wards were randomly allocated; 612 patients were recruited between 2015 and 2017.", 612, "enrolled"),
        ("After randomisation of the sites, 1,240 participants were screened for eligibility.", 1240, "screened"),
        ("Of 200 screened, 120 patients were eligible and were randomised.", 120, "randomized"),
        # counter-examples: no verb of its own, or one that names no stage: the nearest cue
        ("Twelve schools were randomised, with 1,873 pupils taking part.", 1873, "randomized"),
        ("Following randomization, 250 patients were women.", 250, "randomized"),
        ("A total of 300 patients were randomized.", 300, "randomized"),
    ],
)
def test_a_counts_own_verb_names_its_stage(text, value, role):
    assert next(n.role for n in extract(text).sample_sizes if n.value == value and n.arm is None) == role


@pytest.mark.parametrize(
    "text, expected, n",
    [
        # a secondary analysis of a named parent trial: the parent's count is the pool (screened)
        (
            "We included 4,922 of the 8,028 women randomly assigned in the BIG 1-98 trial.",
            [(4922, "enrolled", None), (8028, "screened", None)],
            (4922, "enrolled"),
        ),
        (
            "This secondary analysis included 1,200 of the 2,000 patients enrolled in the ATAC trial.",
            [(1200, "analysed", None), (2000, "screened", None)],
            (1200, "analysed"),
        ),
        (
            "Of the 2,000 patients enrolled in the parent trial, 1,200 were included in this analysis.",
            [(1200, "enrolled", None), (2000, "screened", None)],
            (1200, "enrolled"),
        ),
    ],
)
def test_a_parent_trial_is_the_pool_of_a_secondary_analysis(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text",
    [
        # the trial's own sample ('the study', 'this trial', 'the Phase 3 study', 'the 12-week study'): no parent
        "Of the 410 patients in the study, 342 were randomized.",
        "Tumour samples were available for 4,922 of the 8,028 women enrolled in this trial.",
        "Of the 410 patients in the Phase 3 study, 342 were randomised.",
        "Of the 410 patients in the 12-week study, 342 were randomised.",
        "We studied 120 of the 300 patients enrolled at 12 sites in the study.",
    ],
)
def test_the_trials_own_sample_is_no_parent(text):
    assert not [n for n in extract(text).sample_sizes if n.rule == "sample_size.parent_trial"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # each arm's people; the clusters are no count of people
        (
            "Forty-two nursing homes were randomized to the intervention (42 homes, 2 701 residents) or control (40 homes, 2 610 residents).",
            [(2610, "randomized", "control"), (2701, "randomized", "intervention")],
        ),
        (
            "We randomised 84 practices to a pharmacist-led review (42 practices; 1,204 patients) or usual care (42 practices; 1,188 patients).",
            [(1188, "randomized", "usual care"), (1204, "randomized", "a pharmacist-led review")],
        ),
        (
            "Outcomes were compared between the intervention arm (1,204 patients in 42 practices) and the control arm (1,188 patients in 40 practices).",
            [(1188, "enrolled", "control arm"), (1204, "enrolled", "intervention arm")],
        ),
        # counter-examples: no arm before the parenthesis: the people are a total
        ("Eighty-two nursing homes were randomized (82 homes, 5 311 residents).", [(5311, "randomized", None)]),
        ("Twenty-four practices (24 practices, 1,873 patients) took part.", [(1873, "enrolled", None)]),
    ],
)
def test_a_cluster_arm_counts_its_people(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a thousands point before a participant noun (European style)
        ("A total of 1.024 patients were randomized to receive either drug A or placebo.", [(1024, "randomized", None)]),
        ("We enrolled 12.500 women in 30 centres.", [(12500, "enrolled", None)]),
        # counter-examples: a decimal, a rate, a leading zero
        ("The rate was 1.5 patients per ward.", []),
        ("The mean was 1.250 patients per nurse.", []),
        ("The ratio was 0.125 patients per bed.", []),
    ],
)
def test_a_thousands_point_in_a_count_of_people(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, n",
    [
        # 'n = N' with its own verb: that verb's stage, not the screening named before it
        ("Of 300 patients screened, n = 120 were randomized.", (120, "randomized")),
        ("Of 143 people assessed for eligibility, N=60 were randomised (supervised N=30; home N=30).", (60, "randomized")),
        # the size of a trial to come is no count of this one
        ("Conclusions: A definitive trial is feasible; it would need 312 participants to detect a 1-point difference.", None),
        ("A future trial will need to recruit 380 participants.", None),
        ("A definitive trial would require 420 patients.", None),
        # counter-examples: this trial's own plan, and a larger trial that is this one
        ("Methods: A sample of 120 patients would be needed to detect a difference of 10%.", (120, "planned")),
        ("The trial was designed to recruit 400 patients.", (400, "planned")),
        ("In a larger trial, 400 patients were randomized.", (400, "randomized")),
        ("Background: Further studies in larger samples are needed. Methods: We randomized 400 patients.", (400, "randomized")),
    ],
)
def test_the_stage_and_the_trial_a_count_belongs_to(text, n):
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text",
    [
        # patients with an event or a dose change, and rates: no sample
        "Falls occurred in 48 and 51 patients, respectively.",
        "The dose was escalated in 38 patients.",
        "Grade 3 hypertension occurred in 7 patients; lenvatinib was reduced to 10 mg in 11 patients.",
        "This study showed that a daily pill improved liver scarring in about one in five people.",
        "Autism spectrum disorder affects about 1 in 100 children.",
    ],
)
def test_events_and_rates_are_no_sample(text):
    assert sizes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One hundred and eighty-four participants (86.8%) completed the trial.", [(184, "completed", None)]),
        ("Primary outcome data were available for 498 children (94.5%).", [(498, "analysed", None)]),
        ("Outcome data were available for 221 patients.", [(221, "analysed", None)]),
        ("Sixty parturients scheduled for elective caesarean delivery were randomly allocated to receive X or Y.", [(60, "randomized", None)]),
        ("Forty-two dogs were randomly assigned to fluralaner or placebo.", [(42, "randomized", None)]),
        ("Sixteen semi-professional footballers completed the study.", [(16, "completed", None)]),
        (
            "Eighty patients were randomized (ketamine n=40, midazolam n=40).",
            [(40, "randomized", "ketamine"), (40, "randomized", "midazolam"), (80, "randomized", None)],
        ),
        (
            "Ninety patients were randomized into two groups of 45 to receive dexmedetomidine or fentanyl.",
            [(45, "randomized", "groups"), (90, "randomized", None)],
        ),
        # counter-examples: an event with its share; two groups of different sizes
        ("Twelve patients (10%) had nausea.", []),
        ("Patients were divided into two groups of 15 and 16 patients.", [(16, "enrolled", None)]),
    ],
)
def test_stage_counts_arms_and_nouns(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parent trial's people described at length, then where they were randomized
        (
            "Four thousand nine hundred twenty-two of the 8,028 postmenopausal women with receptor-positive early breast cancer "
            "randomly assigned (double-blind) to the BIG 1-98 trial were assigned to 5 years of therapy.",
            [(4922, "enrolled", None), (8028, "screened", None)],
        ),
        # an arm's count in square brackets
        ("Patients were randomized to colesevelam [n = 26] or placebo [n = 28].", [(26, "randomized", "colesevelam"), (28, "randomized", "placebo")]),
        # counter-examples: events by grade in brackets; one or two patients with an event by arm
        ("In the exenatide group, 40% of patients experienced nausea (mostly mild [n = 21] or moderate [n = 19]).", []),
        ("Severe hypoglycaemia was rare with sitagliptin (n = 2) and placebo (n = 1).", []),
    ],
)
def test_parents_brackets_and_tiny_arms(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, expected, n",
    [
        # review regressions RS1-RS3: the own verb is not the count's when its phrase names its stage or a part is taken of it
        (
            "After a 4-week run-in, 342 of the 410 enrolled participants were randomly assigned to treatment.",
            [(342, "randomized", None), (410, "enrolled", None)],
            (342, "randomized"),
        ),
        ("At each dose level, 3 patients were enrolled; in total 24 patients were treated.", [(24, "treated", None)], (24, "treated")),
        ("All 64 randomized patients were included in the intention-to-treat analysis.", [(64, "randomized", None)], (64, "randomized")),
        ("In total, 628 randomized children were analysed.", [(628, "randomized", None)], (628, "randomized")),
        # counter-example: one arm of the part is left to the arm rules
        ("35 of the 60 patients were randomized to drug A.", [(60, "randomized", None)], (60, "randomized")),
    ],
)
def test_review_regressions_of_the_own_verb(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, expected",
    [
        # any description of the people a smaller stage was drawn from makes them the pool
        (
            "Of 1,113 women with severe pre-eclampsia, 1,028 were randomized: 514 to magnesium and 514 to placebo.",
            [(514, "randomized", "magnesium"), (514, "randomized", "placebo"), (1028, "randomized", None), (1113, "screened", None)],
        ),
        ("Of 200 patients approached in the clinic, 150 were enrolled.", [(150, "enrolled", None), (200, "screened", None)]),
        # counter-examples: the pool's own stage, one arm of all of them, all of them in arms
        ("Of the 410 enrolled patients, 342 were randomized.", [(342, "randomized", None), (410, "enrolled", None)]),
        ("Of the 60 patients, 30 were randomized to drug A.", [(30, "randomized", None), (60, "randomized", None)]),
        (
            "Of the 60 patients, 30 were randomized to drug A and 30 to drug B.",
            [(30, "randomized", "drug A"), (30, "randomized", "drug B"), (60, "randomized", None)],
        ),
    ],
)
def test_a_described_pool_of_a_smaller_stage(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review regressions RS5/RS6: 'required by N' is an event; '<participants> with <condition> (n = N)' is the sample
        ("Rescue analgesia was required by 3 cats in the robenacoxib group and 4 in the meloxicam group.", []),
        ("Rescue medication was required by 12 patients.", []),
        (
            "Dogs with generalised demodicosis (n = 16) were treated with fluralaner. A further 8 dogs received moxidectin.",
            [(8, "treated", None), (16, "treated", None)],
        ),
        # counter-example: a power calculation's requirement is planned
        ("A sample of 120 patients was required to detect a difference of 10%.", [(120, "planned", None)]),
    ],
)
def test_review_regressions_of_new_nouns(text, expected):
    assert sizes(text) == expected
