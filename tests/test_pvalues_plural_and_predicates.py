"""P-values: the APA plural 'Ps < .05', a second measure's value elided after 'the P value for X was ...', and
``significant`` stated by the predicate of a clause whose subject carries the p-values."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Participants in the mindfulness arm reported less stress and better sleep at 8 weeks (Ps < .05).",
         [("<", 0.05)]),
        ("Reaction times were faster after caffeine than after placebo, ps < .01.", [("<", 0.01)]),
        ("Both subscales improved with training (ps > .10 for the control condition).", [(">", 0.1)]),
    ],
)
def test_the_plural_ps_before_an_operator_is_a_p_value(text, expected):
    assert [(p.operator, p.value) for p in extract(text).p_values] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patients with reps < 5 per set were excluded.",
        "Caps < 0.5 mm were trimmed.",
        "Steps > 0.5 m were counted as strides.",
    ],
)
def test_a_word_ending_in_ps_before_a_sign_is_no_p_value(text):
    assert extract(text).p_values == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The P value for pain at rest was 0.03, and for pain on movement it was 0.41.",
         [(0.03, "pain at rest"), (0.41, "pain on movement")]),
        ("The p-value for HbA1c was 0.008 and for fasting glucose was 0.12, whereas for body weight it was 0.77.",
         [(0.008, "HbA1c"), (0.12, "fasting glucose"), (0.77, "body weight")]),
    ],
)
def test_an_elided_second_p_value_for_another_measure_is_read_with_its_measure(text, expected):
    assert [(p.value, p.outcome) for p in extract(text).p_values] == expected


def test_an_elided_clause_without_a_value_adds_nothing():
    text = "The P value for pain was 0.03, and for 12 patients it was not computed."
    assert [p.value for p in extract(text).p_values] == [0.03]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Changes in LDL cholesterol (P = 0.38) and triglycerides (P = 0.22) did not differ significantly "
         "between the diets.", [False, False]),
        ("Differences in role functioning (adjusted p = 0.07) and cognitive functioning (adjusted p = 0.52) "
         "were not statistically significant.", [False, False]),
        ("Grip strength (p=0·12) and gait speed (p=0·31) showed no significant differences between groups.",
         [False, False]),
        ("Pain (P = 0.02) and nausea (P = 0.01) were significantly lower with dexamethasone.", [True, True]),
    ],
)
def test_a_predicate_after_the_subject_list_states_the_significance_of_its_p_values(text, expected):
    assert [p.significant for p in extract(text).p_values] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the p-value's own clause has its verb before it: the later clause is about another measure
        "Pain was lower with dexamethasone (P = 0.02) and nausea did not differ significantly.",
        "Pain scores (P = 0.02) were lower, and nausea was not significantly different.",
        # a threshold, and a clinical judgement, state no test result
        "Pain (P = 0.03) was considered significant at the 5% level.",
        "Nausea (P = 0.04) was clinically significant.",
        # another clause after a semicolon
        "HbA1c (P = 0.01) and weight (P = 0.20) are shown in Table 2; differences were not significant.",
    ],
)
def test_no_significance_is_taken_from_a_predicate_the_p_value_is_not_the_subject_of(text):
    assert extract(text).p_values[0].significant is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Neither systolic (P = 0.61) nor diastolic blood pressure (P = 0.48) differed significantly between arms.",
         [False, False]),
        ("The differences in HbA1c (0.6%, p < 0.01) and fasting glucose (1.2 mmol/l, p < 0.05) levels between the "
         "two groups at 6 months were significant.", [True, True]),
    ],
)
def test_the_subject_may_open_with_neither_or_close_with_where_it_was_measured(text, expected):
    assert [p.significant for p in extract(text).p_values] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Results with two-sided P values of .05 or less were considered statistically significant.",
        "Two-sided P values of 0.05 or lower were statistically significant.",
        "In HER2-negative tumours, expression of 31 genes associated with relapse (p < 0.005), including KRT5 and "
        "MKI67, which were the most significant.",
    ],
)
def test_a_threshold_or_a_relative_clause_after_the_p_value_states_nothing_about_it(text):
    assert extract(text).p_values[0].significant is None
