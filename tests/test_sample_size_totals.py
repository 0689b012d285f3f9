"""Sample sizes: totals that look like something else — a count in the range of years, a number word
hyphenated to its noun, a count of all arms together."""

import pytest

from tests.conftest import extract


def sizes(text):
    return [(n.value, n.arm) for n in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("This phase 3 study compared denosumab with zoledronic acid in 2046 patients with bone metastases.", 2046),
        ("Questionnaires were mailed to 2210 women after surgery.", 2210),
        ("We conducted a randomized trial in 1998 women with early breast cancer.", 1998),
        ("A multicentre study of 1906 adults with type 2 diabetes was undertaken.", 1906),
    ],
)
def test_a_count_in_the_range_of_years_is_a_count_where_no_date_is_meant(sentence, total):
    assert (total, None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Between March 2008 and June 2012 patients were recruited at three centres.",
        "In 2012 patients were recruited at 15 centres.",
        "From 1995 to 2003 women were followed for recurrence.",
    ],
)
def test_years_stay_years(sentence):
    assert not [value for value, _ in sizes(sentence) if value >= 1900]


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Forty-women with primary breast cancer undergoing mastectomy were randomized.", 40),
        ("Sixty-patients scheduled for elective surgery were enrolled.", 60),
        ("Twenty-four-subjects with mild asthma completed the study.", 24),
    ],
)
def test_a_number_word_hyphenated_to_its_noun(sentence, total):
    assert (total, None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Baseline characteristics were well balanced between arms (N = 724).", 724),
        ("Adherence was high in the exercise and control groups (n = 120).", 120),
        ("Demographics were similar across the three cohorts (n = 310).", 310),
    ],
)
def test_a_count_of_all_arms_together_is_the_total(sentence, total):
    assert (total, None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients were recruited from 38 outpatient centres in Germany and Austria.",
        "Data were abstracted from 214 patient charts at the two hospitals.",
        "Two cases of endometrial cancer and four cases of stroke were reported during follow-up.",
    ],
)
def test_a_participant_noun_that_qualifies_something_else_is_no_count_of_people(sentence):
    assert extract(sentence).sample_sizes == []


def test_cases_counted_as_the_sample_stay_a_count():
    assert (174, None) in sizes("A retrospective review of 174 cases was performed at one centre.")


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Of the 120 women randomized, 104 completed the study.", 104),
        ("Of the 52 patients recruited to the pilot, 41 (78.8%) completed all study requirements.", 41),
        ("A total of 30 adults were enrolled, 24 of whom completed the trial.", 24),
        ("Sixty-one participants finished the 12-week programme.", 61),
    ],
)
def test_a_count_that_completed_the_study_is_a_completed_total(sentence, value):
    found = [(n.value, n.role) for n in extract(sentence).sample_sizes if n.arm is None]
    assert (value, "completed") in found


def test_an_arms_completers_are_not_a_total():
    sentence = "In the placebo group, 38 completed the study."
    assert (38, None) not in sizes(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Thirty-six hypertensives aged 65 years or older were studied.", 36),
        ("We recruited 48 insulin-treated diabetics from two clinics.", 48),
        ("Blood from 25 healthy donors served as a reference.", 25),
    ],
)
def test_people_named_by_their_condition_are_counted(sentence, total):
    assert (total, None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("A total of 64 were randomly assigned to the two schedules.", 64),
        ("A total of 212 adults with persistent asthma were enrolled.", 212),
        ("A total of 88 (92%) participants completed the 6-month visit.", 88),
        ("In all, 57 were included in the final analysis.", 57),
        ("A total of 140 entered the run-in period.", 140),
        ("A total of 96 took part in both sessions.", 96),
    ],
)
def test_a_total_of_people_is_a_total(sentence, total):
    assert (total, None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence, unwanted",
    [
        ("Clusters were selected from a total of 30 districts.", 30),
        ("Outcomes were similar in all three dimensions of quality of life.", 3),
        ("Patients chose to receive totally two or three courses of chemotherapy.", 2),
        ("A total of 120 of the 300 eligible women received the booster.", 120),
    ],
)
def test_a_total_of_something_other_than_people_is_no_sample_size(sentence, unwanted):
    assert unwanted not in [value for value, _ in sizes(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients received colloid A (N.=41) or colloid B (N.=43) during surgery.", {41, 43}),
        ("Families in the coaching arm (n = 120 families) were compared with the usual-care arm (n = 118 families).", {120, 118}),
    ],
)
def test_arm_counts_in_n_dot_notation_or_with_any_participant_noun_are_arms(sentence, expected):
    assert expected <= {value for value, arm in sizes(sentence) if arm is not None}


@pytest.mark.parametrize(
    "sentence, split",
    [
        ("The 60 children, including 33 boys and 27 girls, were randomized.", (33, 27)),
        ("Of the 212 patients, 120 (56.6%) were women and 92 (43.4%) were men.", (120, 92)),
        ("Forty adults (18 men, 22 women; mean age 47 years) were enrolled.", (18, 22)),
        ("There were 35 patients in the exercise group, including 15 males and 20 females.", (15, 20)),
    ],
)
def test_a_split_by_sex_of_a_stated_count_is_neither_a_total_nor_an_arm(sentence, split):
    # They are subgroups (tests/test_sample_size_subgroups.py), never totals or arms.
    found = extract(sentence).sample_sizes
    assert not [n for n in found if n.value in split and n.role != "subgroup"]
    assert sorted(n.value for n in found if n.role == "subgroup") == sorted(split)


@pytest.mark.parametrize(
    "sentence",
    [
        "Four men and two women discontinued treatment because of nausea.",
        "Serious adverse events occurred in 5 men and 3 women.",
    ],
)
def test_events_counted_by_sex_are_not_a_split_of_the_sample(sentence):
    assert not [value for value, _ in sizes(sentence) if value in (2, 3, 4, 5)]


def test_a_split_by_sex_that_is_the_only_statement_of_the_sample_stays():
    assert (40, None) in sizes("Forty men and 38 women were randomized to the two diets.")


@pytest.mark.parametrize(
    "sentence, total, unwanted",
    [
        ("Eight hundred twelve (94%) patients received all planned cycles.", None, 800),
        ("Three hundred forty-one women were randomized.", 341, 300),
        ("Two hundred and five BRCA2 mutation carriers were enrolled.", 205, 200),
    ],
)
def test_a_number_word_is_read_whole(sentence, total, unwanted):
    found = [value for value, _ in sizes(sentence)]
    assert unwanted not in found
    if total is not None:
        assert total in found
