"""P-values: one P governing a list of values, pasted tables with a P column, PDF-mangled notations, and the
``significant`` flag as the sentence states it."""

import pytest

from tests.conftest import extract


def _read(sentence):
    return [(p.text, p.operator, pytest.approx(p.value) if p.value is not None else None) for p in extract(sentence).p_values]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Symptom scores on days 1, 2 and 3 were lower with nebulised saline (P = 0.04, 0.01 and 0.02, respectively).",
            [("P = 0.04", "=", 0.04), ("0.01", "=", 0.01), ("0.02", "=", 0.02)],
        ),
        ("Leak and bleeding rates were lower with the stapler (P = 0.04 and 0.01, respectively).", [("P = 0.04", "=", 0.04), ("0.01", "=", 0.01)]),
        ("Leak and bleeding rates were lower with the stapler (P values 0.04 and 0.01).", [("P values 0.04", "=", 0.04), ("0.01", "=", 0.01)]),
        ("The P values were 0.04 and 0.01 for leak and bleeding.", [("P values were 0.04", "=", 0.04), ("0.01", "=", 0.01)]),
        ("Leak and bleeding rates were lower with the stapler (P = .03 and .002, respectively).", [("P = .03", "=", 0.03), (".002", "=", 0.002)]),
        ("Pain at 6 and 12 weeks was lower with the brace (p = 0.034, <0.001).", [("p = 0.034", "=", 0.034), ("<0.001", "<", 0.001)]),
        ("Pain at 6 and 12 weeks was lower with the brace (P = 0.042, 0.029; respectively).", [("P = 0.042", "=", 0.042), ("0.029", "=", 0.029)]),
    ],
)
def test_one_p_governing_a_list_gives_each_value_its_own_p_value(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # thresholds: the '<' carries on
        ("Leak and bleeding rates were lower with the stapler (P < 0.05 and 0.01, respectively).", [("P < 0.05", "<", 0.05), ("0.01", "<", 0.01)]),
        # a computed value after a bound is that value
        ("Pain at 1 and 4 hours was lower in the study group (P≤0.001 and 0.026).", [("P≤0.001", "<=", 0.001), ("0.026", "=", 0.026)]),
    ],
)
def test_a_list_value_takes_the_first_operator_only_when_it_is_a_threshold_too(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaks were fewer with the stapler (P = 0.04, 95% CI 0.01 to 0.02).",
        "Leaks were fewer with the stapler (P = 0.04, 12 patients).",
        "Leaks were fewer with the stapler (P = 0.04, OR 0.45).",
        "Leaks were fewer with the stapler (P = 0.04), 0.5 in the other group.",
        "Leaks were fewer with the stapler (P = 0.04, 0.72 [0.60-0.85]).",
        "Leaks were fewer with the stapler (P = 0.04 and 0.5 mg/kg).",
        "Leaks were fewer with the stapler (P = 0.04, 0.3 to 0.9).",
        "Significance was tested at the P < 0.05 and 0.01 levels.",
    ],
)
def test_numbers_after_a_p_value_that_are_no_list_of_p_values(sentence):
    assert len(extract(sentence).p_values) == 1


@pytest.mark.parametrize(
    "sentence, count",
    [
        # an estimate with its own interval or its own p-value after it
        ("Deaths fell in the first 2 days (hazard ratios, 0.68; 95% CI, 0.54-0.87; P = .002 and 0.80; 95% CI, 0.71-0.90; P<.001).", 2),
        ("Risk rose with the device (1.17, 0.77 to 1.79, P = 0.46, and 0.89, 0.68 to 1.18, P = 0.42, respectively).", 2),
        ("Scores declined with age (coefficients 0.32, p=0.0087, and 0.28, p=0.0227, respectively).", 2),
        ("Event rates were higher in untreated patients (0.55, p=0.02 and 0.89, p<0.0001).", 2),
    ],
)
def test_an_estimate_after_a_p_value_is_no_list_of_p_values(sentence, count):
    assert len(extract(sentence).p_values) == count


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mortality was lower with the stapler (P = 0.0 3).", ("P = 0.0 3", "=", 0.03)),
        ("Survival was longer (HR=0.24; 95%CI, 0.16-0.36; P<0.000 1).", ("P<0.000 1", "<", 0.0001)),
        ("Mortality was lower with the stapler (P¼0.03).", ("P¼0.03", "=", 0.03)),
        ("Mortality was lower with the stapler (P ¼ 0.03).", ("P ¼ 0.03", "=", 0.03)),
    ],
)
def test_pdf_damage_inside_a_p_value(sentence, expected):
    assert _read(sentence) == [expected]


@pytest.mark.parametrize("sentence", ["Mortality was lower with the stapler (P = 0.0).", "Mortality was lower with the stapler (P = 0.00 at day 3)."])
def test_a_zero_not_followed_by_split_digits_stays_as_written(sentence):
    assert [p.value for p in extract(sentence).p_values] == [0.0]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Mortality was similar with both techniques (8% vs 9%; n.s.).", "n.s."),
        ("Mortality was similar with both techniques (8% vs 9%; N.S.).", "N.S."),
        ("Mortality was similar with both techniques (n.s.).", "n.s."),
    ],
)
def test_a_standalone_not_significant_stands_for_a_p_value(sentence, text):
    [p] = extract(sentence).p_values
    assert (p.text, p.operator, p.value, p.significant) == (text, None, None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients received normal saline (NS) as placebo.",
        "Children with nephrotic syndrome (NS) were eligible.",
        "Three groups were treated with nedocromil sodium (NS), budesonide or placebo.",
    ],
)
def test_ns_defining_an_abbreviation_is_no_p_value(sentence):
    assert extract(sentence).p_values == []


TABLE = (
    "METHODS: Forty-eight patients were randomized to pregabalin or duloxetine.\n"
    "RESULTS:\n"
    "Outcome | Pregabalin | Duloxetine | P\n"
    "Pain score change | −2.1 | −2.6 | 0.21\n"
    "Sleep interference | −1.9 | −1.2 | <0.001\n"
    "Dizziness, n (%) | 9 (38) | 3 (13) | 0.047*\n"
    "Withdrawals | 2 | 3 | NS\n"
    "Both drugs were well tolerated."
)


def test_a_bare_value_under_a_p_column_is_a_p_value_of_its_row():
    found = [(p.text, p.operator, p.value, p.outcome, p.comparison) for p in extract(TABLE).p_values]
    assert found == [
        ("0.21", "=", 0.21, "Pain score change", "Pregabalin | Duloxetine"),
        ("<0.001", "<", 0.001, "Sleep interference", "Pregabalin | Duloxetine"),
        ("0.047", "=", 0.047, "Dizziness", "Pregabalin | Duloxetine"),
        ("NS", None, None, "Withdrawals", "Pregabalin | Duloxetine"),
    ]


def test_a_p_value_written_out_in_a_p_column_takes_its_row_as_outcome():
    [p] = extract("Outcome | Stapler | Suture | P\nAnastomotic leak, % | 8 | 20 | P = 0.02\n").p_values
    assert (p.text, p.outcome) == ("P = 0.02", "Anastomotic leak")


@pytest.mark.parametrize(
    "text",
    [
        "Patient | Ca | P\nA | 2.3 | 0.9\n",  # three cells: a phosphate column
        "Outcome | Stapler | Suture | OR\nLeak | 8 | 20 | 0.45\n",  # another statistic
        "Outcome | Stapler | Suture | P\nLeak | 8 | 20 | 12\n",  # no p-value
        "Outcome | Stapler | Suture | P\nLeak | 8 | 0.45\n",  # a row of another shape
        "Outcome | Stapler | Suture | P\n\nThe leak rate was 0.45 in both arms.\n",
    ],
)
def test_a_table_without_a_p_column_or_a_p_value_in_it_gives_none(text):
    assert extract(text).p_values == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Leaks were significantly less frequent with the stapler (P = 0.03).", [True]),
        ("The stapler significantly reduced leaks (P = 0.03), bleeding (P = 0.04) and mortality (P = 0.02).", [True, True, True]),
        ("Significant improvements were seen in pain (P = 0.01) and function (P = 0.02).", [True, True]),
        ("The difference reached statistical significance (P = 0.04).", [True]),
        ("Leak and bleeding rates were significantly lower with the stapler (P = 0.04 and 0.01, respectively).", [True, True]),
        ("UC-MSCs significantly reduced lesion volume compared with placebo (median difference: -15%; 95% CI -30%, -0.4%; P = 0.043).", [True]),
        ("Telmisartan, but not losartan, significantly (p < 0.05) reduced fructosamine.", [True]),
        ("Leaks were not significantly different between the arms (P = 0.21).", [False]),
        ("There was no significant difference in leaks (P = 0.21).", [False]),
        ("Mortality did not differ significantly between groups (P = 0.45).", [False]),
        ("Leaks showed a non-significant trend towards reduction with the stapler (P = 0.07).", [False]),
        ("The difference did not reach statistical significance (P = 0.07).", [False]),
    ],
)
def test_significant_is_what_the_sentence_says(sentence, expected):
    assert [p.significant for p in extract(sentence).p_values] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the word is about another clause
        ("Leaks were fewer with the stapler (P = 0.03), but the difference in bleeding was not significant (P = 0.3).", [None, False]),
        ("Leaks were significantly fewer with the stapler (P = 0.01), and mortality was similar (P = 0.40).", [True, None]),
        ("The primary endpoint was not statistically significant, although an improvement was seen with the stapler (5 vs 0, p = 0.033).", [None]),
        # never inferred from the value
        ("Leaks were fewer with the stapler (P = 0.03).", [None]),
        # a threshold, not a result
        ("Differences were considered significant at P < 0.05.", [None]),
        ("A two-sided P < 0.05 was considered statistically significant.", [None]),
        # not a test's significance, or hedged
        ("Patients with clinically significant bleeding had higher mortality (P = 0.03).", [None]),
        ("Group A had a marginally significant increase in diastolic pressure (P = 0.053).", [None]),
    ],
)
def test_significant_stays_null_when_the_sentence_does_not_say_it_of_this_p_value(sentence, expected):
    assert [p.significant for p in extract(sentence).p_values] == expected


@pytest.mark.parametrize("sentence", ["Survival was longer with the stapler (P log-rank = 0.021).", "Survival was longer with the stapler (log-rank P = 0.021)."])
def test_a_log_rank_label_on_either_side_of_the_p(sentence):
    assert [(p.operator, p.value) for p in extract(sentence).p_values] == [("=", 0.021)]
