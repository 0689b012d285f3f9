"""Sample sizes: a split by sex of a count stated before it ('42 patients, including 16 males and 26 females') is
recorded as two counts of role ``subgroup``, ``arm`` null, ``subgroup`` the sex as written. They are parts of the
sample, never the trial's total nor an arm: the trial n, the arm-within-total check and the scorer's total, arm
and trial-n views leave them out, while a gold that marks every participant number (EBM-NLP) scores them."""

import pytest

from extract.evaluation.gold import GoldDocument
from extract.evaluation.scorer import score
from extract.trial_n import choose_trial_n
from tests.conftest import extract


def subgroups(record):
    return [(n.value, n.subgroup) for n in record.sample_sizes if n.role == "subgroup"]


@pytest.mark.parametrize(
    "sentence, total, expected",
    [
        ("Forty-two outpatients with migraine, including 16 males and 26 females, were randomized.", 42, [(16, "males"), (26, "females")]),
        ("Of the 318 patients, 171 (53.8%) were female and 147 (46.2%) were male.", 318, [(171, "female"), (147, "male")]),
        ("Ninety volunteers (38 men, 52 women) were enrolled in the feeding study.", 90, [(38, "men"), (52, "women")]),
        ("Twelve healthy subjects (seven female and five male subjects) received both formulations.", 12, [(7, "female"), (5, "male")]),
        ("The 48 children, 25 boys and 23 girls, were randomly assigned to the two diets.", 48, [(25, "boys"), (23, "girls")]),
    ],
)
def test_a_split_by_sex_of_a_stated_count_gives_two_subgroups(sentence, total, expected):
    record = extract(sentence)
    assert subgroups(record) == expected
    for n in record.sample_sizes:
        if n.role == "subgroup":
            assert n.arm is None and n.arm_span is None
            assert n.text == sentence[n.start : n.end]
            assert n.subgroup_span.text == sentence[n.subgroup_span.start : n.subgroup_span.end] == n.subgroup
            assert n.rule == "sample_size.sex_split"
    assert record.trial_n.value == total and record.trial_n.role != "subgroup"


def test_two_subgroups_of_the_same_size_are_both_kept():
    record = extract("Of the 60 patients analysed, 30 were men and 30 were women.")
    assert subgroups(record) == [(30, "men"), (30, "women")]
    assert record.trial_n.value == 60


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 80 patients, four men and two women discontinued treatment because of nausea.",
        "Among 150 participants, serious adverse events occurred in 5 men and 3 women.",
    ],
)
def test_events_counted_by_sex_are_not_subgroups(sentence):
    assert subgroups(extract(sentence)) == []


def test_a_split_that_is_the_only_statement_of_the_sample_is_no_subgroup():
    record = extract("Forty men and 38 women were randomized to the two diets.")
    assert subgroups(record) == []
    assert record.trial_n.value == 40


def test_arms_larger_than_a_subgroup_are_kept():
    record = extract("Sixty adults, including 18 men and 42 women, were randomized to acupuncture (n = 30) or sham acupuncture (n = 30).")
    assert subgroups(record) == [(18, "men"), (42, "women")]
    assert sorted(n.value for n in record.sample_sizes if n.arm) == [30, 30]
    assert record.rejected == []
    assert record.trial_n.value == 60


@pytest.mark.parametrize(
    "items, value",
    [
        ([{"value": 42, "role": "enrolled", "arm": None}, {"value": 260, "role": "subgroup", "arm": None, "subgroup": "women"}], 42),
        ([{"value": 26, "role": "subgroup", "arm": None}, {"value": 16, "role": "subgroup", "arm": None}], None),
        ([{"value": 30, "role": "subgroup", "arm": None, "start": 0}, {"value": 15, "role": "randomized", "arm": "A", "start": 5},
          {"value": 15, "role": "randomized", "arm": "B", "start": 9}, {"value": 90, "role": "randomized", "arm": None, "start": 40}], 90),
    ],
)
def test_the_trial_n_is_never_a_subgroup(items, value):
    chosen = choose_trial_n(items)
    assert (chosen and chosen["value"]) == value


TEXT = "Of the 42 patients randomized, 16 were male and 26 were female."
PREDICTED = {"d": {"sample_sizes": [
    {"value": 42, "role": "randomized", "arm": None, "start": 7, "end": 9},
    {"value": 16, "role": "subgroup", "arm": None, "subgroup": "male", "start": 31, "end": 33},
    {"value": 26, "role": "subgroup", "arm": None, "subgroup": "female", "start": 48, "end": 50},
]}}


def test_a_gold_of_every_participant_number_scores_subgroups():
    # EBM-NLP-like: numbers only, no role, no arm key.
    gold = GoldDocument(id="d", text=TEXT, fields=frozenset({"sample_sizes"}), values_only=frozenset({"sample_sizes"}),
                        record={"sample_sizes": [{"value": v, "role": None} for v in (42, 16, 26)]})
    fs = score([gold], PREDICTED).fields["sample_sizes"]
    assert (fs.tp, fs.fp, fs.fn) == (3, 0, 0)


def test_a_gold_of_totals_and_arms_leaves_subgroups_out_of_every_view():
    # PICO-like: a total and arms; subgroups are neither, so they are no false hits and never the trial n.
    gold = GoldDocument(id="d", text=TEXT, fields=frozenset({"sample_sizes"}),
                        record={"sample_sizes": [{"value": 42, "role": None, "arm": None}, {"value": 21, "role": None, "arm": "control"}]})
    fields = score([gold], PREDICTED).fields
    assert (fields["sample_sizes"].tp, fields["sample_sizes"].fp) == (1, 0)
    assert (fields["sample_sizes.total"].tp, fields["sample_sizes.total"].fp) == (1, 0)
    assert (fields["sample_sizes.arm"].tp, fields["sample_sizes.arm"].fp, fields["sample_sizes.arm"].fn) == (0, 0, 1)
    assert fields["sample_sizes.trial_n"].tp == 1


@pytest.mark.parametrize(
    "sentence, stage_count",
    [
        ("Of 200 patients assessed for eligibility, 62 men and 58 women were randomized.", 62),
        ("Of the 350 women and men screened, 90 men and 85 women were enrolled in the trial.", 90),
        ("We approached 412 families; 37 boys and 41 girls took part in the trial.", 37),
    ],
)
def test_a_split_of_a_later_stage_is_no_subgroup_of_the_count_before_it(sentence, stage_count):
    """The two counts split the sample of the sentence's stage, not the count stated earlier: they are not
    a breakdown of it (62 + 58 is not 200), so they stay with the other rules."""
    record = extract(sentence)
    assert subgroups(record) == []
    assert stage_count in [n.value for n in record.sample_sizes]
