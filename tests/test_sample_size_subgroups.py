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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Forty men and 38 women were randomized to the two diets.", [(40, "men"), (38, "women")]),
        ("In a crossover design, nine female and three male healthy volunteers ingested both formulations.", [(9, "female"), (3, "male")]),
        ("A total of 40 males and 40 females were randomly assigned to four dose groups.", [(40, "males"), (40, "females")]),
        ("We enrolled 1 man and 5 women with chronic urticaria.", [(1, "man"), (5, "women")]),
    ],
)
def test_a_split_that_is_the_only_statement_of_the_sample_gives_subgroups_and_no_total(sentence, expected):
    """The sample is the sum, which the text does not write: the first count is no total (it was the trial n)."""
    record = extract(sentence)
    assert subgroups(record) == expected
    assert [n.value for n in record.sample_sizes if n.role != "subgroup" and n.arm is None] == []
    assert record.trial_n is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("One group (n = 10; 4 men and 6 women) trained on a bicycle, while the other group (n = 12; 5 men and 7 women) did not.",
         [(4, "men", "One group"), (6, "women", "One group"), (5, "men", "other group"), (7, "women", "other group")]),
        ("Patients were randomized to acupuncture (n = 30; 15 men, 15 women) or sham acupuncture (n = 30; 14 men, 16 women).",
         [(15, "men", "acupuncture"), (15, "women", "acupuncture"), (14, "men", "sham acupuncture"), (16, "women", "sham acupuncture")]),
        ("The experimental group (n = 42) had 16 males and 26 females, and the control group (n = 36) had 14 males and 22 females.",
         [(16, "males", "experimental group"), (26, "females", "experimental group"), (14, "males", "control group"), (22, "females", "control group")]),
    ],
)
def test_a_split_of_an_arm_count_carries_the_arm(sentence, expected):
    record = extract(sentence)
    assert [(n.value, n.subgroup, n.arm) for n in record.sample_sizes if n.role == "subgroup"] == expected
    for n in record.sample_sizes:
        if n.role == "subgroup":
            assert n.arm_span.text == sentence[n.arm_span.start : n.arm_span.end] == n.arm


@pytest.mark.parametrize(
    "sentence",
    [
        # the split adds up to the whole sample, not to an arm
        "Sixty adults (28 men and 32 women) were randomized to acupuncture (n = 30) or sham acupuncture (n = 30).",
        # the count it splits is a total
        "Of the 318 patients randomized to the two groups, 171 were female and 147 were male.",
    ],
)
def test_a_split_of_a_total_carries_no_arm(sentence):
    record = extract(sentence)
    assert subgroups(record) and all(n.arm is None for n in record.sample_sizes if n.role == "subgroup")


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
def test_a_split_of_a_later_stage_is_no_total_of_its_own(sentence, stage_count):
    """The two counts split the sample of the sentence's stage, not the count stated earlier (62 + 58 is not
    200): subgroups of a sample the text does not count, neither totals nor parts of the count before."""
    record = extract(sentence)
    assert stage_count in [value for value, _ in subgroups(record)]
    assert stage_count not in [n.value for n in record.sample_sizes if n.role != "subgroup"]
    assert all(n.arm is None for n in record.sample_sizes)
