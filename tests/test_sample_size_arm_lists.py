"""Sample sizes: arms listed with their own counts are arms, also when the first arm's label is hard to read."""

import pytest

from tests.conftest import extract


def sizes(text):
    return [(n.value, n.arm) for n in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "sentence, first, first_label",
    [
        (
            "Adults were randomised to weekly exenatide 2 mg (1 mg for the first 2 weeks) (n = 212) or placebo (n = 208) for 26 weeks.",
            212,
            "weekly exenatide 2 mg (1 mg for the first 2 weeks)",
        ),
        (
            "Women were randomly assigned to letrozole (2.5 mg daily for 5 years; n = 330) or no further therapy (n = 325).",
            330,
            "letrozole",
        ),
        (
            "Participants were allocated to aspirin plus clopidogrel, (n = 640) or aspirin plus placebo (n = 652).",
            640,
            "aspirin plus clopidogrel",
        ),
        (
            "Patients received premixed insulin (PI; 70% protamine, 30% soluble) (n = 488) versus basal insulin (BI) (n = 490).",
            488,
            "premixed insulin (PI; 70% protamine, 30% soluble)",
        ),
    ],
)
def test_the_first_arm_of_a_list_with_its_own_counts_is_an_arm(sentence, first, first_label):
    found = sizes(sentence)
    assert (first, first_label) in found
    assert (first, None) not in found


@pytest.mark.parametrize(
    "sentence, totals",
    [
        ("Median follow-up was 120 months for the first trial (N = 640 patients) and 98 months for the second trial (N = 1,210 patients).", {640, 1210}),
        ("The pooled analysis (n = 1,530) and the per-protocol analysis (n = 1,402) gave the same answer.", {1530, 1402}),
    ],
)
def test_counts_of_named_studies_listed_together_stay_totals(sentence, totals):
    assert totals <= {value for value, arm in sizes(sentence) if arm is None}
