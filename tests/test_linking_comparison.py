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
        # two active arms: which one a role stands for is not known; the comparison as written says it all (no name)
        ("Children were randomized to amoxicillin or azithromycin. Cure was more frequent in the experimental group (P = 0.01).",
         None),
        ("Patients were randomized to standard-dose or high-dose vitamin D. Falls were fewer in the intervention group (P = 0.03).",
         None),
        # a drug in a vehicle is no control arm
        ("Patients were randomized to hypertonic saline or mannitol. ICP fell more in the experimental group (P = 0.03).", None),
        # no trial arms found
        ("Cure was more frequent in the intervention group (P = 0.01).", None),
        # a control arm with something added is the active arm
        ("Patients were randomized to telemonitoring or usual care. Admissions were fewer in the intervention group (P = 0.03).",
         "telemonitoring vs usual care"),
        ("Infants were randomized to probiotics or no probiotics. Sepsis was less frequent in the treated group (P = 0.03).",
         "probiotics vs no probiotics"),
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


_BETWEEN_GROUPS = "\nResults: Body weight did not differ between groups (P = 0.6)."


@pytest.mark.parametrize(
    "allocation, comparison, name",
    [
        # who was randomized may take many words, a ratio in parentheses, or 'one of two groups:'
        ("We randomized 200 adults with type 2 diabetes to sitagliptin or placebo.", "sitagliptin or placebo", "sitagliptin vs placebo"),
        ("We randomly assigned 412 patients with inadequately controlled diabetes to linagliptin or placebo.",
         "linagliptin or placebo", "linagliptin vs placebo"),
        ("Patients were randomized (1:1) to receive sitagliptin or placebo.", "sitagliptin or placebo", "sitagliptin vs placebo"),
        ("Patients were randomly assigned to one of two groups: yoga or stretching.", "yoga or stretching", "yoga vs stretching"),
        # each arm with its dose and schedule: the name without them
        ("Patients were randomized to prednisone 50 mg daily for 7 days or placebo.",
         "prednisone 50 mg daily for 7 days or placebo", "prednisone vs placebo"),
        ("Patients were randomized to receive either sitagliptin 100 mg once daily for 24 weeks or placebo.",
         "sitagliptin 100 mg once daily for 24 weeks or placebo", "sitagliptin vs placebo"),
        # each arm's count before its verb
        ("A total of 200 patients were enrolled; 102 received sitagliptin and 98 received placebo.",
         "sitagliptin and 98 received placebo", "sitagliptin vs placebo"),
        # when and how an arm was given is not its name
        ("Patients were randomized to atorvastatin 40 mg/day or placebo starting 7 days before surgery.",
         "atorvastatin 40 mg/day or placebo", "atorvastatin vs placebo"),
        ("Patients were randomized to HFNO or SOT delivered through a face mask.", "HFNO or SOT", "HFNO vs SOT"),
        ("Women were randomly assigned to open treatment with metformin (n=363) or insulin (n=370).",
         "metformin (n=363) or insulin", "metformin vs insulin"),
        ("Patients were randomized to ropivacaine or placebo infiltration of the wound.",
         "ropivacaine or placebo infiltration of the wound", "ropivacaine vs placebo infiltration"),
    ],
)
def test_the_trials_arms_from_long_allocation_sentences(allocation, comparison, name):
    p = extract("Methods: " + allocation + _BETWEEN_GROUPS).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "allocation",
    [
        # 'to' before a study verb or inside who was randomized, and arms named by what they share, are no allocation
        "A randomized trial was designed to evaluate the safety of sitagliptin or placebo in older adults.",
        "Women were randomly assigned to a 6-week stress reduction program designed to self-regulate arousal to stressful circumstances or symptoms.",
        "Clinics were randomly assigned to standard protocols or the same protocols plus a garment.",
        "Patients were randomly assigned after stratification to receive daily sessions of both lower extremities or to the control group.",
    ],
)
def test_no_trial_arms_from_sentences_that_allocate_none(allocation):
    p = extract("Methods: " + allocation + _BETWEEN_GROUPS).p_values[-1]
    assert p.comparison is None and p.comparison_name is None


_SITAGLIPTIN = "Methods: We randomized 200 adults with type 2 diabetes to sitagliptin or placebo for 24 weeks.\nResults: "


@pytest.mark.parametrize(
    "result",
    [
        "There was no significant difference in heart rate between the two groups (P = 0.45).",
        "There were no differences in heart rate between groups (P = 0.45).",
        "There was no difference in serum potassium between the groups (P = 0.45).",
    ],
)
def test_a_difference_between_the_groups_compares_the_trials_arms(result):
    p = extract(_SITAGLIPTIN + result).p_values[-1]
    assert (p.comparison, p.comparison_name) == ("sitagliptin or placebo", "sitagliptin vs placebo")


def test_the_group_is_the_last_in_phrase_before_the_result():
    p = extract(_SITAGLIPTIN + "Analysis showed an improvement in fasting glucose in the sitagliptin group (P < 0.01).").p_values[-1]
    assert (p.outcome, p.comparison) == ("fasting glucose", "the sitagliptin group")


@pytest.mark.parametrize(
    "result, names",
    [
        # a change within one arm: the arm alone, not 'A vs B'
        ("HbA1c decreased from 8.1% to 7.4% with sitagliptin (P < 0.001) and from 8.0% to 7.9% with placebo (P = 0.52).", [None, None]),
        ("In the placebo group, fasting glucose increased from 7.9 +/- 1.2 to 8.3 +/- 1.4 mmol/l, p < 0.05.", [None]),
        ("Within-group analysis showed a significant improvement in fasting glucose in the sitagliptin group (P < 0.01).", ["sitagliptin"]),
        # against the other arm or with both arms' changes: both arms
        ("The change from baseline in HbA1c was greater with sitagliptin (P < 0.001).", ["sitagliptin vs placebo"]),
        ("The placebo-adjusted change from baseline in HbA1c with sitagliptin was -0.7% (P < 0.001).", ["sitagliptin vs placebo"]),
        ("HbA1c decreased from 8.6 to 7.2 and 7.3% (NS) with sitagliptin and placebo, respectively.", ["sitagliptin vs placebo"]),
        ("HbA1c fell by 0.7% with sitagliptin and by 0.1% with placebo (P < 0.001).", ["sitagliptin vs placebo"]),
    ],
)
def test_a_change_within_one_arm_is_not_named_against_the_other(result, names):
    assert [p.comparison_name for p in extract(_SITAGLIPTIN + result).p_values] == names


def test_both_groups_improving_from_baseline_compare_no_arms():
    p = extract(_SITAGLIPTIN + "Both groups improved significantly from baseline (P < 0.05 for both).").p_values[-1]
    assert p.comparison is None and p.comparison_name is None


def test_an_arm_is_not_the_arm_that_goes_without_it():
    text = ("Methods: Patients were randomized to continuous positive airway pressure (CPAP; n = 98) or no CPAP (control; n = 96).\n"
            "Results: Sleepiness scores improved more in the CPAP group (P < .001).")
    assert extract(text).p_values[-1].comparison_name == "CPAP vs no CPAP"


_KETAMINE = "Methods: Patients undergoing laparoscopic cholecystectomy were randomly assigned to ketamine or saline.\nResults: "


@pytest.mark.parametrize(
    "result, comparison, name",
    [
        # the scale, time or state after the number set against the result's is no arm
        ("Pain scores at 24 hours were lower with ketamine, 3.1 versus 4.5 on the VAS (P = 0.01).", "ketamine", "ketamine vs saline"),
        ("Pain was lower with ketamine than saline, 2.0 compared with 3.5 on the visual analogue scale (P < 0.001).",
         "ketamine than saline", "ketamine vs saline"),
        ("Pain was 3.2 at discharge compared with 5.1 on entry (P < 0.001).", None, "ketamine vs saline"),
        ("Nausea occurred in 30% compared with 20% with grade 2 toxicity (P = 0.04).", None, "ketamine vs saline"),
        ("Recovery was 45% vs 30% with stable disease (P = 0.04).", None, "ketamine vs saline"),
        # numbers compared are no groups
        ("Drain output at 24 h was 210 mL versus 455 mL (P < .001).", None, "ketamine vs saline"),
        ("Wound infection occurred in 1 vs 4 patients (p = 0.37).", None, "ketamine vs saline"),
    ],
)
def test_no_arm_from_scales_states_or_numbers(result, comparison, name):
    p = extract(_KETAMINE + result).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "text, name",
    [
        # the schedule tells two arms of one drug apart
        ("Patients were randomized to exenatide once weekly or exenatide twice daily. HbA1c < 7% was achieved by 77% with "
         "exenatide once weekly and 61% with exenatide twice daily (P = 0.0039).", "exenatide once weekly vs exenatide twice daily"),
        # the clause's verb after an arm is not its name, even before a noun that may follow a participle in a name
        ("Preterm infants were randomized to nasal CPAP or nasal IPPV. Overall, 12% on CPAP needed ventilation compared with 5% on "
         "IPPV (P = 0.04).", "CPAP vs IPPV"),
        ("Adults were randomized to metformin or placebo. Overall, 8% on placebo discontinued treatment compared with 3% on "
         "metformin (P = 0.04).", "placebo vs metformin"),
        ("Adults were randomized to metformin or placebo. Overall, 85% in the metformin group completed treatment compared with "
         "80% in the placebo group (P = 0.04).", "metformin vs placebo"),
        # 'as compared with' splits two arms
        ("Bleeding occurred in 10% of the patients in the restrictive group as compared with 16% of the patients in the liberal "
         "group (P=0.01).", "restrictive vs liberal"),
    ],
)
def test_arms_after_numbers_with_schedules_and_verbs(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text, comparison",
    [
        # a three-arm trial: each p-value compares the pair of its own part of the parenthesis
        ("Visual acuity improved more with aflibercept (aflibercept vs bevacizumab, P<0.001; aflibercept vs ranibizumab, P=0.03; "
         "ranibizumab vs bevacizumab, P=0.12).", ["aflibercept vs bevacizumab", "aflibercept vs ranibizumab", "ranibizumab vs bevacizumab"]),
        ("Visual acuity improved more with aflibercept (P<0.001 for aflibercept vs bevacizumab).", ["aflibercept vs bevacizumab"]),
        # 'not group M' names no arm 'not'
        ("Pain was lower in group MT than in group T (P = 0.004) but not group M (P = 0.31).", ["group T", None]),
    ],
)
def test_the_pair_in_the_results_own_segment(text, comparison):
    assert [p.comparison for p in extract(text).p_values] == comparison


@pytest.mark.parametrize(
    "text, comparison, name",
    [
        # roles or labels in the allocation sentence give way to the title's arms
        ("Metformin versus placebo for weight gain in adolescents: a randomized trial.\nMethods: Patients were randomly assigned to "
         "intervention and control groups.\nResults: BMI differed between the groups (P = 0.03).", "Metformin versus placebo",
         "Metformin vs placebo"),
        ("Dexmedetomidine versus midazolam for sedation: a randomized trial.\nMethods: Patients were randomly divided into two groups: "
         "G1 and G2.\nResults: Heart rate differed between the groups (P = 0.03).", "Dexmedetomidine versus midazolam",
         "Dexmedetomidine vs midazolam"),
        # groups for a subgroup analysis are no arms
        ("Ketamine versus placebo for depression: a randomized trial.\nMethods: Patients were further divided according to age and "
         "sex groups for subgroup analysis.\nResults: Scores differed between the groups (P = 0.03).", "Ketamine versus placebo",
         "Ketamine vs placebo"),
        # an adverb's participle stays in the arm; whom the arm was given to does not
        ("Methods: Adults were randomized to a newly developed smartphone app or usual care.\nResults: HbA1c differed between the "
         "groups (P = 0.03).", "newly developed smartphone app or usual care", "newly developed smartphone app vs usual care"),
        ("Methods: Adults were randomized to a text-message intervention or usual care among adults with diabetes, stratified by "
         "site.\nResults: HbA1c differed between the groups (P = 0.03).", "text-message intervention or usual care",
         "text-message intervention vs usual care"),
        # a Methods sentence comparing an outcome with a test names no arms
        ("Methods: The primary outcome was compared with the Mann-Whitney U test.\nResults: HbA1c differed between the groups "
         "(P = 0.03).", None, None),
        # 'low- and high-dose groups'
        ("Methods: Adults were randomized to low- and high-dose groups.\nResults: HbA1c differed between the groups (P = 0.03).",
         "low- and high-dose", "low-dose vs high-dose"),
    ],
)
def test_allocation_phrases_and_titles(text, comparison, name):
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


def test_an_allocation_with_or_without_a_drug():
    text = ("Methods: Women were randomized to standard postsurgical treatment with or without capecitabine.\n"
            "Results: Survival did not differ between groups (P = 0.4).")
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (
        "standard postsurgical treatment with or without capecitabine", "with capecitabine vs without capecitabine")


# --- Two arms set against each other by a comparative ('than', 'compared with', 'superior to') -----------------------

@pytest.mark.parametrize(
    "sentence, names",
    [
        # the first arm in the same form as the second
        ("The odds of remission were higher with vedolizumab than with adalimumab (31.3% vs 22.5%; P = 0.006).",
         ["vedolizumab vs adalimumab"]),
        ("Fewer patients in the ropivacaine group required rescue analgesia than in the bupivacaine group (12% vs 30%, P = 0.03).",
         ["ropivacaine vs bupivacaine"]),
        ("Hospital stay was shorter for laparoscopic than for open surgery (3 vs 5 days; P < 0.001).", ["laparoscopic vs open surgery"]),
        ("Endothelial function improved after consumption of a walnut diet compared with that after consumption of a control diet "
         "(P = 0.04).", ["walnut diet vs control diet"]),
        # crossover periods and dose levels
        ("Sleep latency was shorter during the active period than during the placebo period (P = 0.01).", ["active vs placebo"]),
        ("Pain fell more with 20 mg than with placebo (P = 0.002).", ["20 mg vs placebo"]),
        ("Response was greater with drug X 20 mg than with drug X 10 mg (P = 0.04).", ["drug X 20 mg vs drug X 10 mg"]),
        # the first arm is the clause's subject, also people named by what they were given
        ("Metformin was associated with less weight gain than insulin (P < 0.001).", ["Metformin vs insulin"]),
        ("Patients receiving LM50/50 + Met had lower HbA1c than those receiving glargine + Met (P = 0.02).",
         ["LM50/50 + Met vs glargine + Met"]),
        ("Children given zinc had fewer episodes of diarrhoea than those given placebo (P = 0.01).", ["zinc vs placebo"]),
        ("Mothers in the experimental group had a better experience than mothers in the control group (P = 0.02).",
         ["experimental vs control"]),
        ("Ticagrelor, as compared with clopidogrel, reduced the rate of death (9.8% vs. 11.7%; P < 0.001).", ["Ticagrelor vs clopidogrel"]),
        # a fronted 'Compared with B,'
        ("Compared with standard care, telemonitoring reduced readmissions (HR 0.72; P = 0.02).", ["telemonitoring vs standard care"]),
        # each item of a list with its own p-value against the shared other side
        ("Quality of life with CBT was better than both usual care (P = 0.01) and medication alone (P = 0.04).",
         ["CBT vs usual care", "CBT vs medication alone"]),
        ("Bleeding was more frequent with clopidogrel than with both aspirin (P = 0.02) and placebo (P < 0.001).",
         ["clopidogrel vs aspirin", "clopidogrel vs placebo"]),
        ("Both drug A (P = 0.01) and drug B (P = 0.02) reduced pain compared with placebo.", ["drug A vs placebo", "drug B vs placebo"]),
        ("Compared with placebo, aspirin and clopidogrel reduced stroke by 20% and 25%, respectively (P = 0.03 and P = 0.01).",
         ["aspirin vs placebo", "clopidogrel vs placebo"]),
        # a clause without a subject of its own; a clause that only adds a measure keeps the pair
        ("Aspirin reduced stroke compared with placebo (P = 0.03) but not compared with clopidogrel (P = 0.40).",
         ["Aspirin vs placebo", "Aspirin vs clopidogrel"]),
        ("Patients treated with drug A were more likely than patients treated with drug B to reach the target (P = 0.03) and a 20% "
         "reduction in pain (P = 0.04).", ["drug A vs drug B", "drug A vs drug B"]),
        # three arms each after its number
        ("Stroke occurred in 4% with aspirin, 3% with clopidogrel and 7% with placebo (P = 0.01).", ["aspirin vs clopidogrel vs placebo"]),
    ],
)
def test_both_arms_of_a_comparative(sentence, names):
    assert [p.comparison_name for p in extract(sentence).p_values] == names


@pytest.mark.parametrize(
    "result, names",
    [
        ("HbA1c fell more with sitagliptin than with placebo (P < 0.001).", ["sitagliptin vs placebo"]),
        ("In women, HbA1c fell more with sitagliptin than placebo (P = 0.03).", ["sitagliptin vs placebo"]),
        ("The intervention group had lower fasting glucose than controls (P = 0.04).", ["sitagliptin vs placebo"]),
        # the measure before 'compared with' or the fronted phrase is no arm
        ("Compared with placebo, HbA1c was lower with sitagliptin (P < 0.001).", ["sitagliptin vs placebo"]),
        ("Stress decreased in the sitagliptin group compared with the placebo group (P = 0.02).", ["sitagliptin vs placebo"]),
        # a later clause about a change within one arm is not the earlier pair's
        ("Sitagliptin improved HbA1c versus placebo (P < 0.001), and within the sitagliptin group, fasting glucose fell from "
         "baseline (P = 0.02).", ["Sitagliptin vs placebo", None]),
    ],
)
def test_comparatives_in_a_trial_with_known_arms(result, names):
    assert [p.comparison_name for p in extract(_SITAGLIPTIN + result).p_values] == names


@pytest.mark.parametrize(
    "sentence, not_an_arm",
    [
        # a measure, an analysis, a trend, a place, people without what they were given, a baseline: no first arm
        ("Improvement in pain was greater than in the placebo group (P = 0.01).", "pain"),
        ("Post hoc analysis revealed a larger effect in the exercise group compared to the control group (P = 0.03).", "analysis"),
        ("A trend towards more sepsis was seen compared to the control arm (P = 0.06).", "trend"),
        ("In Hamburg, more certificates were submitted by the reminder group compared to the control group (P = 0.04).", "Hamburg"),
        ("Opioid use was lower in patients with a block compared with patients who did not receive a block (P < 0.001).", "patients"),
        ("Women with the variant had shorter survival than those without the variant (P = 0.002).", "those"),
        ("Fat area decreased in the rosehip group compared with their baseline levels (P < 0.01).", "baseline"),
        ("The scores improved in both groups compared with baseline values (P < 0.01).", "baseline"),
    ],
)
def test_no_pair_from_measures_people_or_baselines(sentence, not_an_arm):
    p = extract(sentence).p_values[-1]
    assert not_an_arm.lower() not in (p.comparison_name or "").lower()


def test_undefined_short_forms_are_the_trial_arms_they_abbreviate():
    text = ("Methods: Patients were randomized to lispro mix 75/25 or glargine (GL).\n"
            "Results: LM75/25 patients had lower A1C than GL patients (7.2 vs 7.3%, P = 0.005).")
    assert extract(text).p_values[-1].comparison_name == "lispro mix vs glargine (GL)"


def test_a_short_form_not_spelt_by_the_trial_arm_stays():
    text = ("Methods: Patients were randomized to latanoprost or timolol 0.5% and dorzolamide 2% (TDFC).\n"
            "Results: A bitter taste was more frequent with TDFC than with latanoprost (P = 0.009).")
    assert "timolol vs" not in (extract(text).p_values[-1].comparison_name or "")


@pytest.mark.parametrize(
    "sentence",
    [
        # three numbers in a parenthesis that names its own pair, or subgroups after 'for'
        "The rate was 57% for the control group, 68% for the mail group, and 72% for the e-mail group (e-mail vs mail, P = .24).",
        "The incidence was 4.5% for luminal A, 7.9% for luminal B and 16.9% for HER-2 enriched tumors (P < 0.01).",
    ],
)
def test_three_numbers_that_are_not_three_arms(sentence):
    assert (extract(sentence).p_values[-1].comparison_name or "").count(" vs ") < 2


@pytest.mark.parametrize(
    "text, name",
    [
        # 'The difference ...' opening the next sentence tests the pair the sentence before set against each other
        ("Mortality was lower in group A than in group B. The difference was significant (P = 0.02).", "group A vs group B"),
        ("Pain scores were lower in group A than in group B. The difference in nausea was not significant (P = 0.21).",
         "group A vs group B"),
        # no pair before: nothing to carry
        ("Mortality was lower in group A. The difference was significant (P = 0.02).", None),
    ],
)
def test_the_difference_in_the_next_sentence_keeps_the_pair(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # 'X% of A and Y% of B', 'X% after A and Y% after B', 'in X% of those treated with B'
        ("Shingles developed in 1.8% of vaccinated adults and 4.9% of unvaccinated controls (hazard ratio 0.37; P < .001).",
         "unvaccinated controls", "vaccinated adults vs unvaccinated controls"),
        ("Five-year overall survival was 74.1% after robotic and 72.8% after open gastrectomy (hazard ratio 0.97; P = 0.03 for non-inferiority).",
         "open gastrectomy", "robotic vs open gastrectomy"),
        ("Clearance was achieved in 91% of patients treated with ledipasvir and in 83% of those treated with ribavirin (P = 0.04).",
         "ribavirin", "ledipasvir vs ribavirin"),
        # the p-value's own number followed by 'for noninferiority' names no third arm
        ("The exacerbation rate was 31.2% with inhaled budesonide and 27.4% with montelukast (difference 3.8 points; 95% CI -1.0 to 8.6; "
         "P = 0.01 for noninferiority).", "montelukast", "inhaled budesonide vs montelukast"),
    ],
)
def test_arms_after_each_number_of_a_result_pair(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence",
    [
        # people, times and what follows a count are no arms
        "Smoking cessation at 6 months was reported by 21% of women and 18% of men (P = 0.3).",
        "Pain was reduced by 30% after 6 weeks and 45% after 12 weeks of treatment (P = 0.02).",
        "Readmission occurred in 12% after surgery and 9% after discharge (P = 0.2).",
        "Relapse was seen in 40% of responders and 20% of nonresponders (P = 0.04).",
        "Hb was 117 g/L after 6 months of treatment and 113 g/L after 12 months of follow-up (P = 0.37).",
    ],
)
def test_no_arm_pair_from_people_or_times_after_numbers(sentence):
    p = extract(sentence).p_values[-1]
    assert p.comparison is None and p.comparison_name is None


@pytest.mark.parametrize(
    "sentence, name",
    [
        # the measure's owner in the subject ('the X of group A') against the group after 'than'
        ("Results: The pain score of group B was higher than group C at 2 h and 6 h after surgery (P<0.05).", "group B vs group C"),
        ("Results: After treatment, the cure rate of the research group was 90.0%, which was higher than that of reference group (70.0%), "
         "the difference was significant (P<0.05).", "research vs reference"),
        ("Results: The improvement of experiment group was more marked than control group (P<0.05).", "experiment vs control"),
    ],
)
def test_the_group_owning_the_measure_is_the_first_arm(sentence, name):
    assert extract(sentence).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence",
    [
        # an 'of' phrase that names no group is the measure's own
        "Results: The rate of adverse events was lower than in the placebo group (P = 0.03).",
        "Results: The number of patients with nausea was higher than in the placebo group (P = 0.03).",
    ],
)
def test_an_of_phrase_naming_no_group_is_no_arm(sentence):
    assert extract(sentence).p_values[-1].comparison_name == "placebo"


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a share of the planned total or of a measure before the arms' own numbers is no arm
        ("At the interim, 210 deaths (75% of the planned 280 at the final analysis) were observed, with a median OS of 41.2 months for "
         "ribociclib plus letrozole and 33.9 months for placebo plus letrozole (HR 0.78; P = .02).", "ribociclib plus letrozole vs placebo plus letrozole"),
        # a capitalised 'Group' of a proper name ('Radiation Therapy Oncology Group') owns no measure as an arm
        ("The time to grade 2 toxicity of Radiation Therapy Oncology Group was prolonged with gel as compared to placebo (35 vs. 29 days, p = 0.01).",
         "gel vs placebo"),
        # 'the members of the A group than the members of the B group'
        ("It took more time for the members of the English group than the members of the French group to build a query (194 vs 128 s; p < 0.01).",
         "English vs French"),
    ],
)
def test_shares_and_proper_names_are_no_arms(sentence, name):
    assert extract(sentence).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence, names",
    [
        # the second arm closes the sentence after all its results; the first is the sentence's subject group
        ("Results: Participants in the early surgery group had shorter hospital stays (6 vs 9 days; P = 0.01), fewer readmissions "
         "(4% vs 11%; P = 0.03) and lower costs (P = 0.04) than those in the late surgery group.", ["early surgery vs late surgery"] * 3),
        ("Results: Men in the exercise group had a larger gain in VO2max (3.1 vs 0.4 mL/kg/min; P = 0.002) and a lower resting heart rate "
         "(P = 0.04) than men in the control group.", ["exercise vs control"] * 2),
    ],
)
def test_the_second_arm_after_all_the_results(sentence, names):
    assert [p.comparison_name for p in extract(sentence).p_values] == names


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparative in another sentence or clause, or against no group, is not the result's
        "Results: Patients in the ketamine group had lower pain scores (P = 0.01). Opioid use was higher than in the saline group.",
        "Results: Pain fell in the ketamine group (P = 0.01), whereas it was higher than before in the saline group.",
        "Results: Mortality in the ketamine group was 11% (P = 0.02), which was lower than expected.",
    ],
)
def test_no_second_arm_from_a_later_clause(sentence):
    assert extract(sentence).p_values[0].comparison_name in (None, "ketamine")


@pytest.mark.parametrize(
    "sentence",
    [
        # each arm's change from baseline with its own p-value: within-arm tests, no comparison, no name
        "Results: Fasting glucose fell from 9.1 mmol/L at baseline to 7.6 mmol/L at week 26 in the dapagliflozin group (P < 0.001) "
        "and from 9.0 to 8.8 mmol/L in the placebo group (P = 0.12).",
        "Results: In the tai chi group, the BBS score rose from 41.3 ± 5.2 at baseline to 47.9 ± 4.8 at week 16 (p < 0.001), whereas in the "
        "control group it changed from 40.8 ± 5.5 to 41.6 ± 5.0 (p = 0.30).",
    ],
)
def test_each_arms_own_change_compares_no_arms(sentence):
    assert [(p.comparison, p.comparison_name) for p in extract(sentence).p_values] == [(None, None), (None, None)]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # one p-value for both arms' changes, a comparative, or an estimate between arms: the arms are compared
        ("Results: Fasting glucose fell from 9.1 to 7.6 mmol/L with dapagliflozin and from 9.0 to 8.8 mmol/L with placebo (P < 0.001).",
         "dapagliflozin vs placebo"),
        ("Results: Fasting glucose fell more in the dapagliflozin group than in the placebo group (P < 0.001).", "dapagliflozin vs placebo"),
    ],
)
def test_changes_set_against_each_other_keep_the_pair(sentence, name):
    assert extract(sentence).p_values[-1].comparison_name == name


def test_a_change_with_a_between_arm_estimate_is_no_within_arm_test():
    text = ("Patients were randomized to capecitabine or observation. Capecitabine improved median PFS from 7.0 to 9.8 months "
            "(hazard ratio 0.65; P = .001) in the capecitabine group and response from 26% to 35% (P = .008).")
    assert extract(text).p_values[0].comparison == "Capecitabine"


@pytest.mark.parametrize(
    "sentence",
    [
        # '% of' before a measure or a lone adverb names no arm (review regressions)
        "Infarct size at 3 months was 14.2% vs 15.0% of left ventricular mass (p=0.41).",
        "Recovery at 8 weeks was reported by 81% of the surgical patients compared with 36% of the conservatively treated patients (P < 0.001).",
    ],
)
def test_a_share_of_a_measure_or_an_adverb_is_no_arm(sentence):
    assert extract(sentence).p_values[-1].comparison is None


def test_a_population_after_the_pair_is_not_the_comparison():
    p = extract("Ketamine was superior to placebo in women (P = 0.01).").p_values[-1]
    assert (p.comparison, p.comparison_name) == ("placebo", "Ketamine vs placebo")


@pytest.mark.parametrize(
    "text, name",
    [
        # 'between (the) two groups' where the report names its two groups only by label or group word
        ("Results: The VAS score of group A was lower than group B (P<0.05). There was no statistical difference in the incidence of "
         "nausea between two groups (P>0.05).", "group A vs group B"),
        ("Results: The cure rate of the observation group was higher than that of the control group (P<0.05). Before treatment, "
         "there were no differences of symptom scores between the two groups (P>0.05).", "observation vs control"),
    ],
)
def test_between_the_groups_the_report_names(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text",
    [
        # one named group, or a change within each group, is no pair
        "Results: Pain was lower in the ketamine group (P = 0.01). In the age group over 65 there was no difference in nausea "
        "between the two groups (P = 0.40).",
        "Results: Pain was lower in group A than in group B (P = 0.01). Nausea fell from baseline in both groups (P < 0.01).",
    ],
)
def test_no_pair_of_named_groups_without_two_groups_or_between(text):
    assert extract(text).p_values[-1].comparison_name is None


def test_a_second_than_shares_the_first_arm():
    text = "Results: At week 8, pain decreased more with pregabalin than with duloxetine (P = 0.01) and than with placebo (P < 0.001)."
    assert [p.comparison_name for p in extract(text).p_values] == ["pregabalin vs duloxetine", "pregabalin vs placebo"]


@pytest.mark.parametrize(
    "text, names",
    [
        # dose levels of one drug are arms of their own: the strength stays in the name
        ("Adults were randomized to placebo, granisetron 1 mg or granisetron 3 mg. Compared with placebo, granisetron 1 mg and "
         "granisetron 3 mg reduced vomiting during the first day (P values of 0.03 and 0.01, respectively).",
         ["granisetron 1 mg vs placebo", "granisetron 3 mg vs placebo"]),
        ("Compared with saline, clonidine 1 µg/kg and 2 µg/kg shortened recovery (P = 0.04 and P = 0.002, respectively).",
         ["clonidine 1 µg/kg vs saline", "2 µg/kg vs saline"]),
        ("Compared with placebo, itching was less with 1% cream (P = .01) and 0.5% cream (P = .03) but not with 0.1% cream (P = .40).",
         ["1% cream vs placebo", "0.5% cream vs placebo", "0.1% cream vs placebo"]),
        # a lone strength after 'superior to' is an arm
        ("The 40 mg dose was superior to 20 mg (P = 0.02).", ["40 mg vs 20 mg"]),
    ],
)
def test_dose_levels_are_arms(text, names):
    assert [p.comparison_name for p in extract(text).p_values] == names


@pytest.mark.parametrize(
    "text, name",
    [
        # one strength in a two-arm trial: the drug names the arm
        ("Patients were randomized to sitagliptin 100 mg or placebo. Compared with placebo, sitagliptin 100 mg lowered HbA1c (P < 0.001).",
         "sitagliptin vs placebo"),
        # strengths listed in the allocation only: 'X 1 mg/kg and 1.5 mg/kg' is one side of the comparison
        ("Compared to group I, lidocaine 1 mg/kg and 1.5 mg/kg reduced cough (P = 0.01).", "lidocaine 1 mg/kg and 1.5 mg/kg vs group I"),
    ],
)
def test_a_strength_is_kept_only_where_the_document_has_several(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text",
    [
        # a number after 'than' / 'of' is a value or a share, never an arm
        "The rate was 70.0% in the control group, significantly higher than that of 20.0% after two cycles (P = 0.001).",
        "LDL cholesterol was lower than 100 mg/dL in 40% of patients (P = 0.01).",
        # the later items of a fronted comparison that name a measure, not an arm
        "Compared with placebo, liraglutide reduced HbA1c (P < 0.001) and body weight (P = 0.002).",
    ],
)
def test_numbers_and_measures_are_no_arms(text):
    for p in extract(text).p_values:
        assert not p.comparison_name or not any(w in p.comparison_name for w in ("20.0%", "100 mg", "body weight", "HbA1c"))


@pytest.mark.parametrize(
    "text, name",
    [
        # the people randomised to each arm stand for it
        ("Men randomized to open repair and those randomized to laparoscopic repair did not differ in recurrence (P = 0.52).",
         "open repair vs laparoscopic repair"),
        # the arm's name ends at its verb or a preposition
        ("Fewer patients assigned to CBT completed the programme, compared with patients assigned to usual care (P = 0.01).",
         "CBT vs usual care"),
        ("Nausea was reported by 40 (21%) of 190 patients assigned to propofol and 61 (32%) of 188 patients allocated to sevoflurane "
         "at 24 hours (p=0.02).", "propofol vs sevoflurane"),
        # each arm named after its number, also after 'of eyes' / 'of infants'
        ("Success was 64% of eyes after trabeculectomy and 49% after tube shunt surgery (P = 0.03).", "trabeculectomy vs tube shunt surgery"),
        ("Malaria occurred in 4.1% of infants in the chemoprevention group and 9.8% in the control group (p = 0.002).", "chemoprevention vs control"),
        ("The response rate was 61% with 7-day therapy and 58% with 14-day therapy (P = 0.21).", "7-day therapy vs 14-day therapy"),
        # each arm names its number inside the parenthesis
        ("Morphine use was lower after the block (TAP 10.2 ± 4.1 mg versus sham 21.5 ± 7.3 mg, P < 0.001).", "TAP vs sham"),
        # a group named by its label as the subject
        ("Group D had a lower pain score than group S at 2 h (P = 0.01).", "Group D vs group S"),
    ],
)
def test_both_arms_in_parallel_subject_and_parenthesis_shapes(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text",
    [
        "Pain fell (men 12.3 vs women 24.7, P < 0.001).",
        "Pain fell (week 4 12.3 vs week 12 24.7, P < 0.001).",
        "Pain was 3.1 after 2 weeks and 2.0 after 6 weeks (P = 0.03).",
        "Patients randomized to metformin had lower HbA1c (P = 0.01).",
    ],
)
def test_subgroups_times_and_one_arm_are_no_pair(text):
    assert extract(text).p_values[-1].comparison_name is None


@pytest.mark.parametrize(
    "text, name",
    [
        # 'the between-group difference' in a report that names its two groups only as 'the X group'
        ("Results: Within the melatonin group, sleep latency fell from baseline (P < 0.001), but not in the placebo group (P = 0.38). "
         "The between-group difference in sleep latency at week 8 was significant (P = 0.01).", "melatonin vs placebo"),
    ],
)
def test_the_between_group_difference_names_both_groups(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "text",
    [
        # each arm against its own baseline, whatever arms the sentence lists
        "Patients received dorzolamide, brinzolamide or timolol. IOP fell by 5.1 mmHg with dorzolamide, 4.8 mmHg with brinzolamide "
        "and 5.9 mmHg with timolol (all P < 0.001 vs baseline).",
        "Compared with baseline, acne lesions decreased significantly in both the adapalene plus laser group and the laser-alone group "
        "at week 12 (all P < 0.001).",
        # a group word inside a measure's name names no group
        "Box and Block Test and Wolf Motor Function Arm Test scores (p = 0.21) did not differ.",
    ],
)
def test_within_group_results_and_measure_names_give_no_comparison(text):
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (None, None)


def test_a_baseline_in_another_result_of_the_parenthesis_keeps_the_pair():
    text = "HbA1c fell more with exenatide than with placebo (P = 0.002; change vs baseline P < 0.001 in both)."
    assert extract(text).p_values[0].comparison_name == "exenatide vs placebo"


@pytest.mark.parametrize(
    "text, names",
    [
        # 'but not more than C': the subject of the clause before against the new arm
        ("Dorzolamide lowered IOP more than timolol (mean difference 1.1 mmHg; P = .02), but not more than brinzolamide (P = .31).",
         ["Dorzolamide vs timolol", "Dorzolamide vs brinzolamide"]),
        # a ';' inside the first item's parenthesis ends no clause
        ("Headache was more frequent with sumatriptan (21%) than with rizatriptan (9%; P = 0.01) and eletriptan (14%; P = 0.20).",
         ["sumatriptan vs rizatriptan", "sumatriptan vs eletriptan"]),
    ],
)
def test_a_later_item_of_a_three_arm_comparison(text, names):
    assert [p.comparison_name for p in extract(text).p_values] == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a test across doses or subgroups takes no pair from another clause
        ("Nausea fell more with ginger than with placebo (P = 0.01), and the effect grew with the dose (P for trend = 0.03).",
         ["ginger vs placebo", None]),
        ("Stroke was rarer with apixaban than with warfarin (HR 0.79; P = 0.01), with no heterogeneity across subgroups "
         "(P for interaction = 0.42).", ["apixaban vs warfarin", None]),
        # one written in its own clause stays, and so does a later item of the same list
        ("Stroke was rarer with apixaban than with warfarin (interaction P = 0.42).", ["apixaban vs warfarin"]),
        ("Scores favoured the coaching group compared to the control group for anxiety (p = 0.02) and sleep quality "
         "(p for trend = 0.06).", ["coaching vs control", "coaching vs control"]),
    ],
)
def test_trend_and_interaction_p_values_take_no_pair_from_another_clause(text, names):
    assert [p.comparison_name for p in extract(text).p_values] == names


def test_a_vs_baseline_written_after_an_earlier_p_value_is_that_one_s():
    # the footnote's second letter is tested against the control group, whatever the first one said
    text = "Values are mean ± SD. aP < 0.05 vs baseline; bP < 0.01 vs control group."
    assert extract(text).p_values[1].comparison == "control"
