"""Linking a p-value to the comparison it states: how trial reports name their arms."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # an -ed word inside an arm's name when a formulation noun follows it
        ("Pain relief was complete in 45% with oxycodone and 30% with morphine sustained release (P = 0.02).",
         "morphine sustained release", "oxycodone vs morphine sustained release"),
        ("Pain relief was complete in 45% with morphine sustained release and 30% with oxycodone (P = 0.02).",
         "oxycodone", "morphine sustained release vs oxycodone"),
        ("IOP fell by 8.1 mmHg with the fixed combination and 6.9 mmHg with latanoprost modified release (P = 0.03).",
         "latanoprost modified release", "fixed combination vs latanoprost modified release"),
        # two drugs joined by '+' or 'plus' name one arm
        ("The mean insulin dose was 0.7 U/kg in the glargine + metformin group and 0.6 U/kg in the NPH + metformin group (P < 0.001).",
         "NPH + metformin group", "glargine + metformin vs NPH + metformin"),
        ("Relief occurred in 45% with morphine plus naloxone and 30% with morphine alone (P = 0.02).",
         "morphine alone", "morphine plus naloxone vs morphine alone"),
    ],
)
def test_an_arm_after_its_number_keeps_its_whole_name(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # an -ed word followed by anything but a formulation noun is the clause's verb, not part of the arm
        ("Target pressure was kept in 21 of 30 patients on timolol vs. 25 of 31 patients on bimatoprost reached the goal (P = 0.38).",
         "bimatoprost", "timolol vs bimatoprost"),
        ("Pain fell by 30% in group A and 12% in group B decreased slowly (P = 0.02).", "group B", "group A vs group B"),
        ("Healing occurred in 40% in placebo treated eyes and 60% in timolol treated eyes (P = 0.01).", "timolol", "placebo vs timolol"),
        ("Relief was reported in 45% with morphine released early and 30% with oxycodone (P = 0.02).", "oxycodone", "morphine vs oxycodone"),
        # a schedule after the arm is not part of its name
        ("HbA1c fell by 1.1% with exenatide twice daily and 0.4% with placebo (p < 0.01).", "placebo", "exenatide vs placebo"),
        ("HbA1c fell by 1.1% with placebo and 0.4% with insulin once weekly (p < 0.01).", "insulin", "placebo vs insulin"),
    ],
)
def test_verbs_adverbs_and_schedules_after_an_arm_are_not_its_name(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "text, name",
    [
        # the two arms listed after the number of groups
        ("A total of 90 patients were randomly allocated into two groups: ketamine (group K) and saline (group S). "
         "Shivering was less frequent (P = 0.01).", "ketamine vs saline"),
        ("Sixty children were divided into 2 groups (n = 30 each): oral midazolam and oral ketamine. Anxiety scores were lower (P = 0.02).",
         "oral midazolam vs oral ketamine"),
        # 'into' as well as 'to'; a two-letter short form is an arm's name
        ("Nurses were randomly allocated into the training group or the waiting list group. Knowledge scores rose (P = 0.03).",
         "training vs waiting list"),
        ("Infants were randomized to HF (n = 20) or a standard formula (n = 18). Stool frequency rose (P = 0.04).", "HF vs standard formula"),
        # two arms joined by 'and' before a plural group word
        ("Women were randomly assigned to exercise and control groups. Pain scores fell (P = 0.01).", "exercise vs control"),
        # the subject of 'was compared with' and its object
        ("BACKGROUND: Spinal anaesthesia was compared with general anaesthesia in 80 hip fractures. Delirium was rarer (P = 0.04).",
         "Spinal anaesthesia vs general anaesthesia"),
        # what the people took, not the verb saying they took it
        ("Adults were randomly divided into two groups, either consuming 30 g of walnuts or olive oil daily. LDL fell (P = 0.02).",
         "walnuts vs olive oil"),
    ],
)
def test_the_trials_arms_from_group_lists_and_comparisons(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text",
    [
        # groups that are not arms, data compared with a reference, a crossover's second sequence
        "Patients were divided into two groups: those with diabetes and those without. Pain scores fell (P = 0.01).",
        "Patient data were compared to 24 healthy subjects. Cortisol was higher (P = 0.01).",
        "Treatment lasted 7 weeks. The treatment group was compared with a control group. Scores improved (P = 0.01).",
        "Subjects were assigned to either placebo (8 weeks) followed by zinc or the reverse. Scores improved (P = 0.01).",
        "The aim was to compare the clinical effectiveness and side effects of laser therapy. Scores improved (P = 0.01).",
        "Patients were randomized to the morning and evening sessions of the clinic. Scores improved (P = 0.01).",
    ],
)
def test_no_trial_arms_from_phrases_that_name_none(text):
    assert extract(text).p_values[-1].comparison_name is None


@pytest.mark.parametrize(
    "text, name",
    [
        # the count and the verb before each listed arm are not its name
        ("Sixty patients were randomized in two groups: 30 received risperidone and 30 received olanzapine. Weight gain was larger (P = 0.01).",
         "risperidone vs olanzapine"),
    ],
)
def test_counts_and_verbs_before_listed_arms(text, name):
    assert extract(text).p_values[-1].comparison_name == name


def test_a_comparison_in_people_names_no_arms():
    text = "Comparison of different inhaled treatments in subjects with mild asthma. Symptom scores improved (P = 0.01)."
    assert extract(text).p_values[-1].comparison_name is None


@pytest.mark.parametrize(
    "text, comparison, name",
    [
        # a short form in parentheses stays whole in the name; a group label in parentheses is not part of it
        ("Students were randomly allocated into Experimental group (EG) or Control Group (CG). Scores rose between the two groups (P = 0.01).",
         "Experimental group (EG) or Control", "Experimental group (EG) vs Control"),
        ("Patients were randomly allocated into two groups: ketamine (group K) and saline (group S). Shivering differed between groups (P = 0.01).",
         "ketamine (group K) and saline", "ketamine vs saline"),
        # the clause's verb after the second arm ends it
        ("METHODS: Yoga was compared to usual care in 80 women. Yoga compared to usual care experienced less stress (P = 0.01).",
         "Yoga compared to usual care", "Yoga vs usual care"),
    ],
)
def test_parentheses_labels_and_verbs_in_arm_names(text, comparison, name):
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "text, name",
    [
        # an arm named by its role is the trial's arm of that role when one of the two arms is a control
        ("Children were randomized to probiotic yogurt or placebo. Infections were fewer in the intervention group (P = 0.01).",
         "probiotic yogurt vs placebo"),
        ("Children were randomized to probiotic yogurt or placebo. Infections were more frequent in the control group (P = 0.01).",
         "placebo vs probiotic yogurt"),
        ("Adults were randomly assigned to a walking programme or usual care. Fitness was better in the intervention group than the "
         "control group (P = 0.02).", "walking programme vs usual care"),
    ],
)
def test_arms_named_by_their_role(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text, name",
    [
        # two active arms: which one a role stands for is not known, the role stays as written
        ("Children were randomized to amoxicillin or azithromycin. Cure was more frequent in the experimental group (P = 0.01).",
         "experimental"),
        # no trial arms found
        ("Cure was more frequent in the intervention group (P = 0.01).", "intervention"),
    ],
)
def test_roles_stay_as_written_without_one_control_arm(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # the number the result is set against, followed by its arm
        ("Sertraline was associated with a mean weight gain of 2.1 kg, as compared with 0.6 kg with placebo (P < 0.001).", "placebo", None),
        ("Weight rose by 2.1 +/- 1.9 kg, compared with 0.6 +/- 1.2 kg with the standard regimen (P < 0.001).", "standard regimen", None),
        # one treatment given or not
        ("The platelet nadir was similar with and without priming (166 vs 151, P = 0.2).", "with and without priming",
         "with priming vs without priming"),
    ],
)
def test_arms_after_the_number_compared_and_with_or_without(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence",
    [
        # a time or a baseline after the number compared, a bare 'group', a statistic label
        "The mean IOP was 15.2 mmHg, compared with 17.1 mmHg at baseline (P = 0.01).",
        "Response was 40% versus 22% in the first year (P = 0.01).",
        "Adverse effects occurred in 4%, versus 23% in the group treated with the syrup plus antibiotics (P = 0.02).",
        "Pain was lower (mean, 2.1 vs median, 3.4, P = 0.01).",
        # a list of subgroups, each with its count, is not two arms
        "Recurrences differed by lesion (DCIS, 12% vs DH, 5%, P = 0.03).",
    ],
)
def test_no_arm_from_times_baselines_groups_or_statistics(sentence):
    assert extract(sentence).p_values[-1].comparison is None


def test_the_number_compared_in_a_subgroup_names_no_arm():
    sentence = "The median Ki-67 index fell by 2.1%, versus 1.5% in DCIS (P = 0.04)."
    assert extract(sentence).p_values[-1].comparison is None
