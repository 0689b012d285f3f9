"""Sample sizes: the denominators of proportions compared between arms are the arms' sizes, whether or not
the arm is named next to them; proportions that are not a comparison (dates, grades, one sample's
outcomes) give no arm."""

import pytest

from tests.conftest import extract


def arms(text):
    return {n.value: n.arm for n in extract(text).sample_sizes if n.arm is not None}


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Relief of nausea was reported by 31/48 (64.6%) vs 19/45 (42.2%) participants (p = 0.03).", {48, 45}),
        ("Wound complications were less frequent (7/66 versus 15/63, P = 0.04).", {66, 63}),
        ("Of those who stayed on treatment, 9 (15%) of 60 relapsed, compared with 21 (34%) of 62 who stopped.", {60, 62}),
        ("Hospital admission was needed by 44 (21%) of 210 patients and 61 (29%) of 208 patients, respectively.", {210, 208}),
        ("Full recovery was seen in fourteen of 39 patients whereas only six of 41 recovered without the splint.", {39, 41}),
        ("The response rate was 40% (18 of 45) than 22% (10 of 46) in the earlier cohort.", {45, 46}),
        ("More patients stopped treatment on the combination (11/57 vs. 3/55) because of rash.", {57, 55}),
        ("No infection was seen after the short course (0/44) compared with the long course (5/47).", {44, 47}),
    ],
)
def test_both_denominators_of_a_compared_pair_are_arms(sentence, values):
    assert values <= set(arms(sentence))


@pytest.mark.parametrize(
    "sentence, value, label",
    [
        ("Pain resolved in 12/30 patients treated with acupuncture and 5/31 patients treated with sham needling.", 30, "acupuncture"),
        ("Seroma formed in 6/52 in the drain group and 14/50 in the no-drain group.", 50, "no-drain group"),
        ("Cure rates were 80% (40/50) for amoxicillin and 62% (31/48) for azithromycin.", 50, "amoxicillin"),
        ("Grade 2 rash occurred in 3 of 44 patients receiving cream A compared with 9 of 47 patients receiving cream B.", 47, "cream B"),
    ],
)
def test_the_arm_written_next_to_a_proportion_is_its_label(sentence, value, label):
    assert arms(sentence).get(value) == label


def test_an_unlabelled_proportion_stands_for_its_arm():
    sentence = "Mood improved more often with the programme: 22/40 (55%) vs 11/38 (29%) (p = 0.02)."
    found = arms(sentence)
    assert found.get(40) == "22/40" and found.get(38) == "11/38"


@pytest.mark.parametrize(
    "sentence, unnamed, named",
    [
        # no arm written next to either proportion: both are flagged
        ("Mood improved more often with the programme: 22/40 (55%) vs 11/38 (29%) (p = 0.02).", {40, 38}, set()),
        ("Dry mouth was common (17 of 35 compared with 9 of 36, P = 0.04).", {35, 36}, set()),
        # an arm written next to each: both are named
        ("Pain resolved in 12/30 patients treated with acupuncture and 5/31 patients treated with sham needling.", set(), {30, 31}),
        ("Cure rates were 80% (40/50) for amoxicillin and 62% (31/48) for azithromycin.", set(), {50, 48}),
    ],
)
def test_an_arm_the_sentence_does_not_name_is_flagged(sentence, unnamed, named):
    found = {n.value: n for n in extract(sentence).sample_sizes if n.arm is not None}
    assert {v for v, n in found.items() if not n.arm_named} == unnamed
    assert named <= {v for v, n in found.items() if n.arm_named}
    for v in unnamed:  # the flagged arm is the count's own proportion, which holds the count
        assert found[v].arm_span.start <= found[v].start < found[v].end <= found[v].arm_span.end


@pytest.mark.parametrize(
    "sentence",
    [
        "Fever was present in 14/52 patients at admission.",  # one proportion, no comparison
        "Fever was present in 14/52 patients. Rash and itching were seen in 6/49.",  # a full stop ends a comparison
        "Between 03/95 and 11/98, 120 women were enrolled in the trial.",  # months and years
        "Patients were enrolled from 10/2004 to 06/2007 at six centres.",
        "Grade 3/4 neutropenia (12.5% vs 4.1%) and grade 2/3 fatigue were more common with the combination.",
        "Prevalence of anaemia, obesity and hypertension was 8% (16/200), 31% (62/200) and 44% (88/200), respectively.",
    ],
)
def test_other_proportions_give_no_arm(sentence):
    assert not arms(sentence)


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Any fracture was reported in 1,204/4,410 women vs 1,320/4,398 women (p = 0.01).", {4410, 4398}),
        ("Pain was absent at baseline in about half (48% [2,113/4,402] with drug A; 47% [2,050/4,361] with drug B).", {4402, 4361}),
    ],
)
def test_a_numerator_with_thousands_separators_still_makes_a_proportion(sentence, values):
    assert values <= set(arms(sentence))
