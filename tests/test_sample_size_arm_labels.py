"""Sample sizes: where an arm's label starts and ends. The label names the treatment or the group, not its dose
alone, not the clause around it and not the proportion it is counted in."""

import pytest

from tests.conftest import extract


def arms(text):
    return [(n.value, n.arm) for n in extract(text).sample_sizes if n.arm is not None and n.arm_named and n.role != "subgroup"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a dose inside the parenthesis belongs to the arm named before it
        ("This 24-week open-label study compared vildagliptin (50 mg twice daily, n = 64) and gliclazide (80 mg daily, n = 62) in older adults.",
         [(64, "vildagliptin"), (62, "gliclazide")]),
        ("Patients were randomly assigned to either standard-dose EC (90 and 600 mg/m2, respectively; n = 212) or TC (75 and 600 mg/m2, respectively; n = 208).",
         [(212, "standard-dose EC"), (208, "TC")]),
        # 'up to' is part of the dose, not the start of the label
        ("Adults were randomized to linagliptin 5 mg once daily (n = 220) or glipizide up to 20 mg once daily (n = 218) for 52 weeks.",
         [(220, "linagliptin 5 mg once daily"), (218, "glipizide up to 20 mg once daily")]),
        # a short parenthesis glued to a unit stays in the label
        ("Women were randomly assigned to receive either paclitaxel 175 mg/m(2) (n = 301) or nab-paclitaxel 260 mg/m(2) (n = 299).",
         [(301, "paclitaxel 175 mg/m(2)"), (299, "nab-paclitaxel 260 mg/m(2)")]),
        # a leading 'The' and a clause before the arm are not the arm's name
        ("The intervention group (n = 58) attended weekly sessions and the control group (n = 61) received leaflets.",
         [(58, "intervention group"), (61, "control group")]),
        ("RESULTS: Baseline characteristics were similar for BTFC (N = 88; mean IOP, 24.1 mmHg) and LTFC (N = 90; mean IOP, 24.3 mmHg).",
         [(88, "BTFC"), (90, "LTFC")]),
    ],
)
def test_the_arm_named_before_its_count(sentence, expected):
    assert arms(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the words of a comparison end the arm
        ("Mortality was 8.1% among the 402 women assigned to weekly dosing as compared with 7.9% among the 398 women assigned to monthly dosing.",
         [(402, "weekly dosing"), (398, "monthly dosing")]),
        ("Success was 68% (52/76) with dorzolamide and 66% (49/74) with brinzolamide as adjunctive therapy.",
         [(76, "dorzolamide"), (74, "brinzolamide")]),
        # the arm after a proportion in a parenthesis, or what its patients were treated with
        ("Relapse was 4% (six of 150 patients) for arm-A chemotherapy and 7% (ten of 148 patients) for arm-B chemotherapy.",
         [(150, "arm-A chemotherapy"), (148, "arm-B chemotherapy")]),
        ("Fractures occurred in 9% (18 of 201) of zoledronate-treated patients and 14% (27 of 199) of placebo-treated patients.",
         [(201, "zoledronate"), (199, "placebo")]),
        ("Pain resolved in 12 (30%) of 40 patients given ice, compared with 20 (51%) of 39 patients who underwent early mobilisation.",
         [(40, "ice"), (39, "early mobilisation")]),
        # one group named right before its proportion, or an abbreviation
        ("More patients in the CBT group (n: 21/40; 52.5%) than in the usual care group (n: 11/38; 28.9%) were abstinent.",
         [(40, "CBT group"), (38, "usual care group")]),
    ],
)
def test_the_arm_of_a_compared_proportion(sentence, expected):
    assert arms(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an outcome before the proportions is no arm
        "Significantly more patients reported itching or burning eyes (31 of 60, 51.7% vs. 17 of 58, 29.3%; P = 0.01).",
        # all arms together before a proportion are no one arm
        "Response did not differ between the ketamine and the placebo groups (11/24; 46% versus 9/23; 39%, respectively).",
        # 'underwent' without 'who' is the event of the count, not its arm
        "Of 300 eyes, 101/150 treated eyes and 45/150 untreated eyes underwent laser surgery.",
    ],
)
def test_no_arm_is_read_from_an_outcome_or_from_all_arms(sentence):
    assert arms(sentence) == []


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Of the 240 patients randomized to the two groups, 118 completed the study.", 240),
        ("A total of 96 participants were assigned to both arms in a 1:1 ratio.", 96),
    ],
)
def test_a_count_assigned_to_all_arms_is_their_total(sentence, total):
    record = extract(sentence)
    assert [n.value for n in record.sample_sizes if n.arm is not None] == []
    assert record.trial_n.value == total
