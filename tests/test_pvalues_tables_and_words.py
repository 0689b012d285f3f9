"""P-values: tables pasted with tabs, footnote letters glued to P, 'the P value for <measure> was x', and the
``significant`` flag from 'statistical significance' wordings and elliptical 'but not ...' clauses."""

import pytest

from tests.conftest import extract

TAB_TABLE = (
    "Table 2\tOutcomes at 6 months\n"
    "Outcome\tYoga (n = 41)\tEducation (n = 40)\tP value\n"
    "Neck pain (VAS)\t2.8 (1.9)\t4.0 (2.2)\t0.008\n"
    "Neck Disability Index\t11.4 (6.1)\t13.0 (7.3)\t0.29\n"
    "Hospital visits, n (%)\t3 (7.3)\t9 (22.5)\t<0.05\n"
    "Both programmes were well attended.\n"
)


def test_a_tab_separated_table_gives_a_p_value_per_row_of_its_p_column():
    found = [(p.text, p.operator, p.value, p.outcome) for p in extract(TAB_TABLE).p_values]
    assert found == [
        ("0.008", "=", 0.008, "Neck pain (VAS)"),
        ("0.29", "=", 0.29, "Neck Disability Index"),
        ("<0.05", "<", 0.05, "Hospital visits"),
    ]


def test_a_tab_table_headed_p_alone_is_read_too():
    text = "Outcome\tLaser\tSham\tP\nWound closure, %\t64\t41\t0.02\n"
    assert [(p.text, p.outcome) for p in extract(text).p_values] == [("0.02", "Wound closure")]


def test_a_pipe_table_row_naming_a_hospital_is_no_affiliation():
    text = (
        "| Outcome | Telemonitoring (n = 90) | Usual care (n = 88) | P |\n"
        "|---|---|---|---|\n"
        "| Weight, kg | 81 ± 12 | 83 ± 13 | 0.31 |\n"
        "| Hospital readmissions, n (%) | 11 (12.2) | 21 (23.9) | <0.05 |\n"
    )
    assert [p.text for p in extract(text).p_values] == ["0.31", "<0.05"]


@pytest.mark.parametrize(
    "text",
    [
        "Outcome\tYoga\tEducation\tOR\nNeck pain\t2.8\t4.0\t0.45\n",  # another statistic
        "Patient\tCa\tP\nA\t2.3\t0.9\n",  # three cells: a phosphate column
        "Outcome\tYoga\tEducation\tP value\nNeck pain\t2.8\t0.45\n",  # a row of another shape
        "Outcome\tYoga\tEducation\tP value\nNeck pain\t2.8\t4.0\t12\n",  # no p-value
    ],
)
def test_a_tab_table_without_a_p_column_or_a_p_value_in_it_gives_none(text):
    assert extract(text).p_values == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Data are mean ± SD. aP < 0.05 vs baseline; bP < 0.01 vs placebo; cP = 0.003 vs the 10 mg group.",
            [("P < 0.05", "<", 0.05), ("P < 0.01", "<", 0.01), ("P = 0.003", "=", 0.003)],
        ),
        ("dP < 0.001 compared with week 0.", [("P < 0.001", "<", 0.001)]),
        ("*P < 0.05 and †P < 0.01 vs sham.", [("P < 0.05", "<", 0.05), ("P < 0.01", "<", 0.01)]),
    ],
)
def test_a_footnote_letter_glued_to_p_is_no_part_of_it(sentence, expected):
    assert [(p.text, p.operator, pytest.approx(p.value)) for p in extract(sentence).p_values] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mean arterial pressure was kept above 65 mmHg; the MAP < 0.5 of baseline was never seen.",
        "The ratio gP < 0.05 was not used.",  # not a footnote letter
        "Blood viscosity was 3.2 cP in both groups.",
        "IgAP < 0.05 units.",
        "A rise of aP of 0.3 was seen.",  # a letter glued to P takes a sign, not a word
    ],
)
def test_letters_glued_to_p_elsewhere_give_no_p_value(sentence):
    assert extract(sentence).p_values == []


@pytest.mark.parametrize(
    "sentence, text, outcome",
    [
        ("The unadjusted P value for grip strength was 0.04, which did not survive correction.",
         "P value for grip strength was 0.04", "grip strength"),
        ("The two-sided p-value for the main secondary endpoint, change in FEV1, was 0.018.",
         "p-value for the main secondary endpoint, change in FEV1, was 0.018", "change in FEV1"),
        ("The P-value for 6-minute walk distance was less than 0.001.",
         "P-value for 6-minute walk distance was less than 0.001", "6-minute walk distance"),
    ],
)
def test_a_p_value_for_a_named_measure_is_read_with_its_measure(sentence, text, outcome):
    [p] = extract(sentence).p_values
    assert (p.text, p.outcome) == (text, outcome)


def test_p_values_for_a_list_of_measures_take_one_measure_each():
    found = extract("The p-values for pain, fatigue and sleep quality were 0.02, 0.31 and 0.04.").p_values
    assert [(p.value, p.outcome) for p in found] == [(0.02, "pain"), (0.31, "fatigue"), (0.04, "sleep quality")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The P value for the difference between groups was 0.04.",  # names the test, not the measure
        "The P value for the comparison of the two doses was 0.2.",
        "The stopping boundary P value for the interim analysis was .01.",
    ],
)
def test_a_p_value_for_a_test_leaves_the_measure_to_the_linker(sentence):
    [p] = extract(sentence).p_values
    assert p.outcome is None or not any(w in p.outcome for w in ("difference", "comparison", "analysis"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The P value for grip strength was not reported.",
        "The P value for grip strength was 1.4 in the log scale.",  # no p-value above 1
        "The P value for grip strength was corrected; 0.04 was the raw value.",
    ],
)
def test_a_p_value_for_a_measure_without_a_value_gives_none(sentence):
    assert extract(sentence).p_values == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Blood loss in group A was less than in group B, there was statistical significance (P<0.01).", [True]),
        ("The VAS of the two groups differed after treatment, the difference had statistical significance (P=0.02).", [True]),
        ("There was no statistical difference in the rate of hypotension between the two groups (P>0.05).", [False]),
        ("There was no statistical significance in the incidence of pruritus (P = 0.41).", [False]),
        ("The two groups were statistically different in operative time (P = 0.03).", [True]),
        ("Pain remained significantly lower at week 6 (P = 0.004) but not at week 24 (P = 0.38).", [True, False]),
        ("The effect of time was significant (P < .001) but the group × time interaction was not (P = .41).", [True, False]),
        ("Scores improved significantly for anxiety (P = 0.01) and for depression (P = 0.02), but not for stress (P = 0.26).",
         [True, True, False]),
        ("HbA1c was significantly reduced (P = 0.01), whereas fasting glucose was not (P = 0.12).", [True, False]),
        ("Grip strength was significant at 12 weeks (P = 0.02).", [True]),
    ],
)
def test_significant_from_statistical_wordings_and_elliptical_clauses(sentence, expected):
    assert [p.significant for p in extract(sentence).p_values] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # thresholds, whatever the wording
        ("Statistical significance was assumed at P < 0.05.", [None]),
        ("Statistical significance was set at p<0.05 (two-sided).", [None]),
        ("Differences were considered significant at the 5% level (P < 0.05).", [None]),
        ("Results were significant at P < 0.05.", [None]),
        # an elliptical clause with nothing stated before it, or after a negative statement
        ("Pain was lower with ketamine (P = 0.03) but not nausea (P = 0.4).", [None, None]),
        ("Pain did not differ significantly at 6 h (P = 0.2) but was lower at 24 h (P = 0.01).", [False, None]),
        ("The decrease was not significant at week 4 (P = 0.3) but was at week 12 (P = 0.01).", [False, None]),
        ("Differences were considered statistically significant at a p-value < 0.05.", [None]),
        # the ellipsis reaches its own p-value only, and not a comparison of the two groups
        ("Fatigue fell significantly with yoga (p = 0.01), but not with stretching (p = 0.44), with a trend between "
         "the groups (p = 0.08).", [True, False, None]),
        ("Step count rose significantly in the coached group, but not in the control group (+1,900 vs +200 steps, "
         "P < 0.001).", [None]),
        # one p-value for the stated clause and its ellipsis: not the ellipsis's evidence (review RP1)
        ("Significant differences were found for pain but not for nausea (P = 0.02).", [None]),
        # a 'but not' inside the clause is no ellipsis
        ("Telmisartan, but not losartan, significantly reduced fructosamine (p < 0.05).", [True]),
        # 'clinically significant' states no test
        ("Weight loss was clinically significant (P = 0.01) but not in men (P = 0.09).", [None, None]),
    ],
)
def test_significant_stays_null_or_keeps_its_own_clause(sentence, expected):
    assert [p.significant for p in extract(sentence).p_values] == expected


@pytest.mark.parametrize(
    "line, outcome",
    [
        ("Hospital stay (days): 12 vs 15, P = 0.02", "Hospital stay"),
        ("Hospital readmissions, n: 4 vs 11, P = 0.04", "Hospital readmissions"),
    ],
)
def test_a_result_line_naming_a_hospital_is_no_affiliation(line, outcome):
    [p] = extract(line).p_values
    assert p.outcome is not None and p.outcome.startswith(outcome)
