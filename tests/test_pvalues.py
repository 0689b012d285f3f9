"""P-values: every notation is read, look-alikes are not, and each is linked to its outcome."""

import pytest

from extract.evaluation.adapters._pvalues import find_p_values as find_gold_p_values
from extract.evaluation.adapters._pvalues import parse_p_value as gold_p_value
from extract.numbers import repair_decimal_point
from tests.conftest import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Survival improved (91% vs 42%, P = .015).", ("=", 0.015)),
        ("Mortality was lower with the drug (p<0·001).", ("<", 0.001)),
        ("The association was strong (P=1.2×10^-5).", ("=", 1.2e-5)),
        ("The association was strong (P = 3.4 x 10(-6)).", ("=", 3.4e-6)),
        ("The association was strong (p = 2.0 × 10−8).", ("=", 2.0e-8)),
        ("The association was strong (P = 5E-4).", ("=", 5e-4)),
        ("Weight loss differed between arms with a p-value of 0.04.", ("=", 0.04)),
        ("The P value was 0.30 for the comparison of HbA1c.", ("=", 0.30)),
        ("Pain scores fell more with acupuncture (P < or = 0.05).", ("<=", 0.05)),
        ("Pain scores fell more with acupuncture (P ≤ 0.05).", ("<=", 0.05)),
        ("Pain scores fell more with acupuncture (p >= 0.2).", (">=", 0.2)),
        ("Risk rose across tertiles (P for trend = 0.02).", ("=", 0.02)),
        ("Risk rose across tertiles (P trend < 0.01).", ("<", 0.01)),
        ("Intraocular pressure fell by 5 mmHg (p < 0.0001).", ("<", 0.0001)),
        ("The difference was not significant (P > .05).", (">", 0.05)),
        ("HbA1c fell by 0.5% (P: 0.003).", ("=", 0.003)),
        # Pasted from flattened abstracts: a space after the point, a lost middle dot, a lost superscript.
        ("Readmission was less frequent (80% vs 58%; P=. 05).", ("=", 0.05)),
        ("Testosterone was lower in the treated men (P =. 006).", ("=", 0.006)),
        ("Mortality differed by region (chi-square = 6.7, P = . 01).", ("=", 0.01)),
        ("Angio-oedema was more frequent with the inhibitor (p=0 003).", ("=", 0.003)),
        ("Four variants were associated with the disease (P < 10(-8)).", ("<", 1e-8)),
        ("Four variants were associated with the disease (P<10^-5).", ("<", 1e-5)),
        ("Four variants were associated with the disease (P < 10-6).", ("<", 1e-6)),
        ("Per copy of the minor allele (P = 1.59x10(-11)).", ("=", 1.59e-11)),
    ],
)
def test_every_notation_gives_operator_and_value(sentence, expected):
    record = extract(sentence)
    assert [(p.operator, pytest.approx(p.value)) for p in record.p_values] == [expected]


@pytest.mark.parametrize("sentence, value", [("The allele was associated (P = 6.45x10(-9)).", 6.45e-9), ("Weight fell (P = 2.3 × 10^-4).", 2.3e-4)])
def test_scientific_notation_gives_the_value_as_written_not_a_float_product(sentence, value):
    # 6.45 * 10.0 ** -9 is 6.450000000000001e-09: the record would carry a digit nobody wrote.
    assert [p.value for p in extract(sentence).p_values] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients with severe chronic respiratory diseases, PaCO2 > 50mmhg, were excluded.",
        "Moderate to severe liver failure (Child-Pugh score > 12).",
        "Platelet P2Y12 reaction units were < 208 in 40% of patients.",
        "The PANSS score = 0.5 points lower at week 6.",
        "Serum phosphate (P) was 1.2 mmol/L at baseline.",
        "The odds ratio was 1.8 (95% CI 1.2 to 2.7).",
    ],
)
def test_look_alikes_are_not_p_values(sentence):
    assert extract(sentence).p_values == []


def test_a_value_above_one_is_not_a_p_value():
    assert extract("The ratio was high (P = 12).").p_values == []


@pytest.mark.parametrize(
    "sentence",
    ["Nausea was similar in both arms (12% vs 10%; NS).", "Nausea was similar in both arms (P = NS)."],
)
def test_not_significant_is_kept_without_a_value(sentence):
    [p] = extract(sentence).p_values
    assert (p.operator, p.value, p.significant) == (None, None, False)


@pytest.mark.parametrize(
    "sentence, outcome, comparison",
    [
        ("Treatment was associated with significantly improved overall survival (61% vs 44%, P = .01).", "overall survival", None),
        ("Statins reduced LDL cholesterol (P < 0.001) and triglycerides (P = 0.04).", "LDL cholesterol", None),
        ("Median time to wound healing was shorter in the laser arm (21 versus 35 days, p = 0.003).", "Median time to wound healing", "the laser arm"),
        ("There was a marked increase in forced expiratory volume (+210 mL, P < 0.01).", "forced expiratory volume", None),
        ("Budesonide lowered the exacerbation rate compared with placebo (rate ratio 0.7; P = 0.02).", "exacerbation rate", "placebo"),
    ],
)
def test_p_value_is_linked_to_its_outcome_and_comparison(sentence, outcome, comparison):
    p = extract(sentence).p_values[0]
    assert p.outcome == outcome
    assert p.comparison == comparison
    assert p.outcome_span is not None and p.outcome_span.text == outcome


def test_second_p_value_in_a_list_links_to_its_own_outcome():
    record = extract("Statins reduced LDL cholesterol (P < 0.001), triglycerides (P = 0.04), and time to relapse (P = .2).")
    assert [p.outcome for p in record.p_values] == ["LDL cholesterol", "triglycerides", "time to relapse"]


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Severity of macular oedema was lower in treated than untreated eyes (P = 0.004).", "Severity of macular oedema"),
        ("HbA1c fell more with sitagliptin than with placebo (P < 0.001).", "HbA1c"),
        ("There was a significant reduction in systolic blood pressure (-8 mmHg; P = 0.02).", "systolic blood pressure"),
        ("Nausea occurred in 12% and 3% of patients, respectively (P = 0.03).", "Nausea"),
    ],
)
def test_outcome_is_the_measure_not_a_group_or_a_number(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


def test_a_sentence_referring_to_the_groups_takes_the_trial_arms_as_the_comparison():
    text = "Adults were randomized to receive vitamin D or placebo for 12 months. Falls did not differ between the groups (P = 0.4)."
    [p] = extract(text).p_values
    assert p.comparison == "vitamin D or placebo"
    assert p.comparison_span.text == "vitamin D or placebo"


def test_a_sentence_naming_no_group_has_no_comparison_from_another_sentence():
    text = "Adults were randomized to receive vitamin D or placebo for 12 months. Falls were fewer (P = 0.04)."
    [p] = extract(text).p_values
    assert p.comparison is None


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Groups were similar at baseline except for higher serum creatinine in the older patients (P = 0.03).", "serum creatinine"),
        ("The primary outcome (change in FEV1 at week 12) was not met, although rescue inhaler use was lower with budesonide (P = 0.01).", "rescue inhaler use"),
    ],
)
def test_outcome_singled_out_or_in_a_new_clause(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


def test_a_value_split_after_its_decimal_point_is_read_whole():
    """'p = 0. 003' (a line break or stray space after the point) is 0.003, not a p of 0."""
    [p] = extract("Exacerbations were fewer with remediation (1 of 29 vs. 11 of 33, p = 0. 003).").p_values
    assert (p.operator, p.value) == ("=", pytest.approx(0.003))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The Lancet's middle dot after a wrong code page, a dot-like look-alike, a lost character, a text export.
        ("Relapse was rarer with the vaccine (p<0Â·0001).", ("<", 0.0001)),
        ("Relapse was rarer with the vaccine (p<0\u22c50001).", ("<", 0.0001)),
        ("Relapse was rarer with the vaccine (p<0\u2027001).", ("<", 0.001)),
        ("Relapse was rarer with the vaccine (p = 0\u2022 02).", ("=", 0.02)),
        ("Relapse was rarer with the vaccine (p = 0\u009502).", ("=", 0.02)),
        ("Relapse was rarer with the vaccine (p=0?0003).", ("=", 0.0003)),
        ("Relapse was rarer with the vaccine (p=0\ufffd041).", ("=", 0.041)),
        ("Relapse was rarer with the vaccine (p<0 small middle dot0001).", ("<", 0.0001)),
        ("Relapse was rarer with the vaccine (p = 0&middot;03).", ("=", 0.03)),
        ("Haemoglobin rose more with iron (P<0/001) than with diet alone.", ("<", 0.001)),
        ("Haemoglobin rose more with iron (p < 0 . 001 ) than with diet alone.", ("<", 0.001)),
    ],
)
def test_a_broken_decimal_point_is_read_as_the_point_it_was(sentence, expected):
    assert [(p.operator, pytest.approx(p.value)) for p in extract(sentence).p_values] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Relapse was rarer with the vaccine (p<0).",
        "Relapse was rarer with the vaccine (P < 0).",
        "Relapse was rarer with the vaccine (p<0\u00a7001).",  # an unknown character where the point was
        "Relapse was rarer with the vaccine (p=0-43), as was death.",
        "Relapse was rarer with the vaccine (p\u22640).",
    ],
)
def test_a_p_value_of_zero_from_an_inequality_or_a_cut_literal_is_not_emitted(sentence):
    assert [(p.operator, p.value) for p in extract(sentence).p_values] == []


@pytest.mark.parametrize(
    "sentence", ["Both arms improved equally (p = 0.000).", "Costs fell by $0.43 (p=0) in the first year."]
)
def test_a_p_value_written_as_zero_with_equals_is_kept_as_written(sentence):
    assert [(p.operator, p.value) for p in extract(sentence).p_values] == [("=", 0.0)]


@pytest.mark.parametrize(
    "sentence, expected, written",
    [
        ("Pain fell in both arms (P < 0.000).", ("<", 0.001), "P < 0.000"),
        ("Walking distance rose with cilostazol (p<.000).", ("<", 0.001), "p<.000"),
        ("Both scales improved after training (P ≤ 0.00).", ("<=", 0.01), "P ≤ 0.00"),
        ("Troponin peaked earlier in the statin arm (p < 0·0000).", ("<", 0.0001), "p < 0·0000"),
        ("Serum urate fell with febuxostat (P<0,000), not with placebo.", ("<", 0.001), "P<0,000"),
    ],
)
def test_a_zero_printed_with_decimals_after_less_than_is_one_unit_of_its_last_place(sentence, expected, written):
    """'P < 0.000' is how a statistics package prints a p that rounds to zero at three places: p < 0.001,
    flagged as normalised, its span still the characters as printed (never p < 0)."""
    [p] = extract(sentence).p_values
    assert ((p.operator, p.value), p.normalisation, p.text) == (expected, "rounded_zero", written)


@pytest.mark.parametrize(
    "sentence, written",
    [
        ("Nausea was rarer with the patch (P < 0.0).", "P < 0.0"),
        ("Blood loss was lower after tranexamic acid (p<.0) than after placebo.", "p<.0"),
        ("The drop in systolic pressure was larger with the combination (P ≤ 0,0).", "P ≤ 0,0"),
    ],
)
def test_one_zero_decimal_is_no_rounded_zero_and_is_kept_as_written(sentence, written):
    """Packages print a p that rounds to zero with two or more places; 'P < 0.0' is a value cut short or
    mistyped ('P < 0.05'), so p < 0.1 would be a bound nobody wrote: the value stays as printed."""
    [p] = extract(sentence).p_values
    assert (p.value, p.normalisation, p.text) == (0.0, None, written)


@pytest.mark.parametrize("sentence", ["Costs fell (P = 0.000).", "Costs fell (P < 0.001).", "Costs fell (p > 0.05)."])
def test_a_value_as_written_carries_no_normalisation(sentence):
    [p] = extract(sentence).p_values
    assert p.normalisation is None


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("P = <0.01", ("<", 0.01)),
        ("p = > 0.05", (">", 0.05)),
        ("P =< 0.05", ("<=", 0.05)),
        ("P < 0.000", ("<", 0.001)),
        ("p<.00", ("<", 0.01)),
        ("P < 0.0", ("<", 0.0)),
        ("P = 0.000", ("=", 0.0)),
        ("P ≤ 0.001", ("<=", 0.001)),
    ],
)
def test_the_gold_readers_and_the_extractor_read_a_notation_alike(expression, expected):
    """The adapters build gold with their own reader: both must give the writer's p, or a correct
    extraction is scored as a miss and a false hit."""
    sentence = f"Vomiting was less frequent with the new antiemetic ({expression})."
    [p] = extract(sentence).p_values
    [gold] = find_gold_p_values(sentence)
    assert (p.operator, p.value) == (gold.operator, gold.value) == expected
    assert gold_p_value(expression) == expected


@pytest.mark.parametrize("expression", ["P < 0", "p<0", "P = 1.5", "p ≤ 0"])
def test_the_gold_readers_build_no_p_value_the_extractor_would_not(expression):
    assert gold_p_value(expression) is None
    assert extract(f"Vomiting was less frequent ({expression}).").p_values == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Heart rate rose less with nalbuphine (P = <0.01).", ("<", 0.01)),
        ("Heart rate rose less with nalbuphine (P = > 0.05).", (">", 0.05)),
        ("Heart rate rose less with nalbuphine (P =< 0.01).", ("<=", 0.01)),
    ],
)
def test_an_equals_sign_before_a_comparison_is_the_label_s(sentence, expected):
    assert [(p.operator, p.value) for p in extract(sentence).p_values] == [expected]


@pytest.mark.parametrize(
    "literal, repaired",
    [
        ("0 small middle dot0001", "0.0001"),
        ("0Â·0001", "0.0001"),
        ("0?03", "0.03"),
        ("0/001", "0.001"),
        ("0\u2027 05", "0.05"),
        ("0 . 001", "0.001"),
        ("0.05", "0.05"),
    ],
)
def test_a_broken_decimal_point_is_repaired_in_the_literal(literal, repaired):
    assert repair_decimal_point(literal) == repaired


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a trend, interaction, heterogeneity or adjusted test is a p-value; its label stays in the text
        ("The risk of fracture rose with the dose (P-trend < 0.01).", ("P-trend < 0.01", "<", 0.01)),
        ("The risk of fracture rose with the dose (Ptrend<0.001).", ("Ptrend<0.001", "<", 0.001)),
        ("The risk of fracture rose with the dose (p-trend=0.01).", ("p-trend=0.01", "=", 0.01)),
        ("The benefit of the drug differed by sex (P-interaction = 0.04).", ("P-interaction = 0.04", "=", 0.04)),
        ("The benefit of the drug differed by sex (Pinteraction = 0.04).", ("Pinteraction = 0.04", "=", 0.04)),
        ("Trials were consistent (P-heterogeneity = 0.32).", ("P-heterogeneity = 0.32", "=", 0.32)),
        ("Apixaban was non-inferior to warfarin (p for non-inferiority <0.001).", ("p for non-inferiority <0.001", "<", 0.001)),
        ("Apixaban was superior to warfarin (P for superiority = 0.02).", ("P for superiority = 0.02", "=", 0.02)),
        ("Pain scores were lower after correction (P(adj) = 0.03).", ("P(adj) = 0.03", "=", 0.03)),
        ("Pain scores were lower after correction (Padj = 0.03).", ("Padj = 0.03", "=", 0.03)),
        ("Pain scores did not differ (P=ns).", ("P=ns", None, None)),
    ],
)
def test_a_labelled_p_value_is_read_with_its_label(sentence, expected):
    assert [(p.text, p.operator, p.value) for p in extract(sentence).p_values] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arterial blood gases showed PaCO2 > 0.5 kPa above baseline.",
        "One Pint = 0.5 of the volume in the old units.",
        "The Ptrendy index = 0.3 was recorded.",
        "Patients with a Pugh score = 0.5 were excluded.",
    ],
)
def test_a_word_glued_to_p_is_no_label(sentence):
    assert extract(sentence).p_values == []
