"""Outcome linking: which measure a p-value is about, for the ways results sentences are commonly written.
Each rule comes with the nearest sentences where it must not fire."""

import pytest

from tests.conftest import extract


def outcome_of_last(text):
    return extract(text).p_values[-1].outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a gerund noun after 'while' opens a clause of its own even when its verb comes a few words later
        ("Nausea was similar in both arms, while vomiting rates in the cisplatin arm were higher (P = 0.03).", "vomiting rates"),
        ("Pain at rest did not differ, while bleeding episodes after surgery were fewer with tranexamic acid (P = 0.01).",
         "bleeding episodes"),
        ("Cough scores improved in both groups, while wheezing frequency decreased more with budesonide (P = 0.04).", "wheezing frequency"),
    ],
)
def test_a_gerund_subject_after_while_starts_a_clause_even_when_its_verb_is_a_few_words_on(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a participle and its object after 'while' still continue the clause
        ("Fewer patients had a relapse while receiving azathioprine (P = 0.02).", "relapse"),
        ("Weight gain was smaller while taking the lower dose of olanzapine (P = 0.04).", "Weight gain"),
    ],
)
def test_a_participle_after_while_still_continues_the_clause(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # the comparison may stand between a change noun and the measure it names
        ("Sitagliptin was associated with significant reductions compared with placebo in HbA1c (-0.7%; P < 0.001).", "HbA1c"),
        ("There were significant reductions with treatment as compared to usual care in hospital costs (P = 0.01).", "hospital costs"),
        ("Exercise produced a greater increase versus stretching in peak oxygen uptake (P = 0.03).", "peak oxygen uptake"),
    ],
)
def test_a_comparison_between_the_change_noun_and_its_measure(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, not_outcome",
    [
        # ... but what follows a comparison is no measure when no 'in/of' + measure comes after it
        ("A decrease versus baseline of 2.1 kg was seen in the diet group (P = 0.02).", "diet group"),
        ("An increase compared with the control group of 12 points was seen in the exercise arm (P = 0.04).", "exercise arm"),
    ],
)
def test_a_comparison_after_a_change_noun_does_not_name_a_group_as_the_measure(text, not_outcome):
    assert outcome_of_last(text) != not_outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a change noun inside another's object names the measure itself
        ("The difference in adjusted mean change in FEV1 between the groups was 120 mL (P = 0.01).", "FEV1"),
        ("Budesonide gave significant reductions versus placebo in mean changes from baseline of symptom scores (P < 0.001).",
         "symptom scores"),
    ],
)
def test_a_change_noun_inside_another_change_nouns_object(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a word ending in 'p' before ':' and a number is no earlier p-value ('group: 1,200', 'step: 2')
        ("Hospital costs were lower with telemonitoring (difference per group: 1,200 euros; 95% CI 300 to 2,100; P = 0.01).",
         "Hospital costs"),
        ("Fewer patients developed a palpable seroma in the drain group: 10 in the drain group versus 28 in the control group (P = 0.001).",
         "palpable seroma"),
        # ... while a real earlier p-value still closes the previous result
        ("Pain fell more with ibuprofen (P = 0.01), and function improved more with ibuprofen (P = 0.02).", "function"),
    ],
)
def test_a_word_ending_in_p_is_no_earlier_p_value(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # the object of 'showed' / 'reduced' ends where its own verb 'was/were' starts
        ("Pathologic examination showed the resected tissue weight was slightly larger with the new technique (P = 0.37).",
         "resected tissue weight"),
        ("Imaging showed pneumothorax was less frequent with the new technique (P = 0.04).", "pneumothorax"),
        # ... not inside a 'whose' clause, and an object without a verb of its own is unchanged
        ("Vitamin D increased the proportion of patients whose serum level was above target (P = 0.02).",
         "proportion of patients whose serum level was above target"),
        ("Metformin reduced HbA1c by 0.7% (P < 0.001).", "HbA1c"),
    ],
)
def test_a_verbs_object_ends_at_its_own_be_verb(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # whom a difference favours is no measure; the measure follows ('observed on', 'for')
        ("Differences in favour of the active arm were also observed on the Barthel index (P = 0.02).", "Barthel index"),
        ("There was a significant difference in favor of budesonide for nocturnal symptoms (P = 0.01).", "nocturnal symptoms"),
        ("Significant differences were found on the physical component score (P = 0.03).", "physical component score"),
    ],
)
def test_what_a_difference_is_observed_on(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, not_outcome",
    [
        # 'on' names a measure only after 'was/were observed': 'a reduction on placebo' is an arm
        ("Pain scores showed a greater reduction on placebo than expected (P = 0.2).", "placebo than expected"),
        ("There was a difference in favour of the combination group (P = 0.04).", "combination group"),
    ],
)
def test_on_and_in_favour_of_do_not_make_an_arm_the_measure(text, not_outcome):
    assert outcome_of_last(text) != not_outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'more often' / 'less often' says how the result went, not what was measured
        ("The combination achieved blood pressure control more often than monotherapy (P = 0.01).", "blood pressure control"),
    ],
)
def test_more_often_is_no_part_of_the_measure(text, outcome):
    assert outcome_of_last(text) == outcome


def test_often_alone_is_no_measure():
    assert outcome_of_last("Patients on the new inhaler used rescue medication less often than controls (P = 0.03).") != "often"


@pytest.mark.parametrize(
    "text, outcome",
    [
        # after 'although/but' with a subject of its own, the earlier clause's 'There was no difference' does not make
        # the result point back
        ("There was no difference between the two drugs in preventing atrial flutter, although amiodarone significantly "
         "delayed the onset of atrial fibrillation (P = 0.026).", "onset of atrial fibrillation"),
        # ... a clause without a subject of its own still points back
        ("Sleep quality improved with exercise (P = 0.01). At 12 months, differences were still observed but statistically "
         "non-significant (mean difference = -5.9, P = 0.20).", "Sleep quality"),
        ("Fatigue was lower with exercise, but the difference was not significant (P = 0.3).", "Fatigue"),
        # 'non-significant' is no measure
        ("The intervention was associated with a non-significant 46% reduced odds of death (OR 0.54, 95% CI 0.14-2.05, P = 0.37).",
         "odds of death"),
    ],
)
def test_a_turned_clause_with_its_own_subject_does_not_point_back(text, outcome):
    assert outcome_of_last(text) == outcome
