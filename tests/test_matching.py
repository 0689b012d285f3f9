"""The scorer's matching rules, as the README states them."""

import pytest

from extract.evaluation.matching import arm_label_match, exact_text_match, relaxed_text_match


@pytest.mark.parametrize(
    "gold, pred",
    [
        ("24 weeks", "week 24"),  # unit number folded: the same time point
        ("intraocular pressure (IOP)", "IOPs"),
        ("Change in HbA1c from baseline", "HbA1c"),  # one side's words inside the other's
        ("2 months", "2 month"),
    ],
)
def test_relaxed_match_accepts_the_same_phrase_in_other_words(gold, pred):
    assert relaxed_text_match(gold, pred)


@pytest.mark.parametrize(
    "gold, pred",
    [
        ("overall survival", "progression-free survival at 12 months"),
        ("24 weeks", "12 weeks"),
        ("pain", None),
        ("", "pain"),
        ("status", "stat"),  # -s is folded only as a plural, not off 'status'
    ],
)
def test_relaxed_match_rejects_other_phrases(gold, pred):
    assert not relaxed_text_match(gold, pred)


@pytest.mark.parametrize(
    "gold, pred, same",
    [
        ("Up to 24 weeks", "up to  24 weeks.", True),
        ("(Baseline, Day 28)", "Baseline, Day 28", True),
        ("From randomization until death, up to 60 months", "up to 60 months", False),
        ("Day 28", "Day 29", False),
        ("", "", False),
    ],
)
def test_exact_time_frame_match_ignores_only_case_spacing_and_edge_punctuation(gold, pred, same):
    assert exact_text_match(gold, pred) is same


@pytest.mark.parametrize(
    "gold, pred, same",
    [
        ("control", "placebo group", True),  # gold names only the arm's kind (PICO)
        ("control", "usual care", True),
        ("intervention", "tamoxifen", True),
        ("intervention", "placebo", False),
        ("control", "exercise group", False),
        ("latanoprost", "latanoprost group", True),  # a named arm: relaxed text match
        ("latanoprost", "timolol", False),
    ],
)
def test_arm_labels_are_compared_by_kind_where_the_gold_gives_only_the_kind(gold, pred, same):
    assert arm_label_match(gold, pred) is same


def _p_value_link_scores(predicted: dict) -> dict:
    from extract.evaluation.gold import GoldDocument
    from extract.evaluation.scorer import score

    text = "Mean IOP reduction was larger with timolol (P = 0.01)."
    start = text.index("P = 0.01")
    gold_item = {"operator": "=", "value": 0.01, "start": start, "end": start + 8, "outcome": "intraocular pressure reduction"}
    gold = [GoldDocument(id="d", text=text, fields=frozenset({"p_values"}), record={"p_values": [gold_item]})]
    pred = {"d": {"p_values": [{"operator": "=", "value": 0.01, "start": start, "end": start + 8, **predicted}]}}
    return score(gold, pred).attributes


@pytest.mark.parametrize(
    "predicted, strict, either",
    [
        ({"outcome": "Mean IOP reduction", "outcome_name": "Mean intraocular pressure (IOP) reduction"}, 0, 1),
        ({"outcome": "intraocular pressure reduction", "outcome_name": None}, 1, 1),
        ({"outcome": "heart rate", "outcome_name": None}, 0, 0),
    ],
)
def test_p_value_outcome_is_credited_as_written_or_with_abbreviations_written_out(predicted, strict, either):
    attributes = _p_value_link_scores(predicted)
    assert attributes["p_values.outcome"].correct == strict
    assert attributes["p_values.outcome_or_name"].correct == either


@pytest.mark.parametrize("values_only,false_hits", [(True, 0), (False, 1)])
def test_a_number_level_gold_counts_one_number_under_two_roles_once(values_only, false_hits):
    from extract.evaluation.gold import GoldDocument
    from extract.evaluation.scorer import score

    text = "We randomized 120 patients; all 120 were analysed, and 40 were women."
    gold = GoldDocument(id="d", text=text, fields=frozenset({"sample_sizes"}),
                        record={"sample_sizes": [{"value": 120, "role": None, "start": 14, "end": 17}]},
                        values_only=frozenset({"sample_sizes"}) if values_only else frozenset())
    predicted = {"d": {"sample_sizes": [
        {"value": 120, "role": "randomized", "arm": None, "start": 14, "end": 17},
        {"value": 120, "role": "analysed", "arm": None, "start": 32, "end": 35},
    ]}}
    scores = score([gold], predicted).fields["sample_sizes"]
    assert (scores.tp, scores.fp) == (1, false_hits)


@pytest.mark.parametrize(
    "predicted, strict, either",
    [
        ({"comparison": "the LTFC group", "comparison_name": "latanoprost/timolol fixed combination (LTFC) vs travoprost/timolol"}, 0, 1),
        ({"comparison": "travoprost/timolol versus latanoprost/timolol", "comparison_name": None}, 1, 1),
        ({"comparison": "baseline", "comparison_name": None}, 0, 0),
    ],
)
def test_p_value_comparison_is_credited_as_written_or_as_named(predicted, strict, either):
    from extract.evaluation.gold import GoldDocument
    from extract.evaluation.scorer import score

    text = "Mean IOP was lower in the LTFC group (P = 0.01)."
    start = text.index("P = 0.01")
    gold_item = {"operator": "=", "value": 0.01, "start": start, "end": start + 8, "comparison": "latanoprost/timolol vs travoprost/timolol"}
    gold = [GoldDocument(id="d", text=text, fields=frozenset({"p_values"}), record={"p_values": [gold_item]})]
    pred = {"d": {"p_values": [{"operator": "=", "value": 0.01, "start": start, "end": start + 8, **predicted}]}}
    attributes = score(gold, pred).attributes
    assert attributes["p_values.comparison"].correct == strict
    assert attributes["p_values.comparison_or_name"].correct == either


@pytest.mark.parametrize("arm_named, correct", [(True, 1), (False, 0)])
def test_an_unnamed_arm_gets_no_credit_for_its_label(arm_named, correct):
    # An arm labelled with its own proportion ('15/40') names no arm: it is not compared by kind.
    from extract.evaluation.gold import GoldDocument
    from extract.evaluation.scorer import score

    text = "Nausea was less frequent: 7/41 (17%) vs 15/40 (38%)."
    start = text.index("40 (")
    gold = [GoldDocument(id="d", text=text, fields=frozenset({"sample_sizes"}),
                         record={"sample_sizes": [{"value": 40, "role": None, "arm": "intervention", "start": start, "end": start + 2}]})]
    pred = {"d": {"sample_sizes": [{"value": 40, "role": "analysed", "arm": "15/40", "arm_named": arm_named, "start": start, "end": start + 2}]}}
    scores = score(gold, pred)
    assert scores.fields["sample_sizes.arm"].tp == 1
    assert scores.attributes["sample_sizes.arm"].correct == correct
