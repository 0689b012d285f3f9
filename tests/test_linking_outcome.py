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


def outcomes(text):
    return [p.outcome for p in extract(text).p_values]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the results of one parenthesis with 'respectively' go, in order, with the items of the list before it
        ("HbA1c and fasting glucose were significantly lower with sitagliptin (P < 0.001 and P = 0.002, respectively).",
         ["HbA1c", "fasting glucose"]),
        ("Sitagliptin reduced HbA1c, fasting glucose and body weight (P<0.001, P=0.002 and P=0.04, respectively).",
         ["HbA1c", "fasting glucose", "body weight"]),
        ("Mean changes in HbA1c and FPG were -0.7% and -1.2 mmol/L (P < 0.001 and P = 0.002, respectively).", ["HbA1c", "FPG"]),
        ("Pruritus and insomnia were less frequent with the gel (12% vs 25% [P = 0.01] and 8% vs 15% [P = 0.04], respectively).",
         ["Pruritus", "insomnia"]),
    ],
)
def test_respectively_hands_each_result_its_own_list_item(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'respectively' about arms or times: one measure for all the parenthesis' results
        ("HbA1c fell with 10 mg and 20 mg of the drug (P < 0.001 and P = 0.002 for 10 mg and 20 mg, respectively).", ["HbA1c", "HbA1c"]),
        ("HbA1c fell in both groups (P < 0.001 and P = 0.002, respectively).", ["HbA1c", "HbA1c"]),
        # one-word items that may share the last item's head noun are no measures on their own
        ("Systolic and diastolic blood pressure fell with amlodipine (P = 0.01 and P = 0.03, respectively).",
         ["Systolic and diastolic blood pressure", "diastolic blood pressure"]),
    ],
)
def test_respectively_does_not_split_what_is_no_list_of_measures(text, expected):
    assert outcomes(text) == expected


def test_respectively_does_not_take_the_predicate_into_the_last_item():
    text = ("Patient-reported impact of constipation and diarrhoea on quality of life was significantly lower in the "
            "experimental group (p = 0.036 and p = 0.038, respectively).")
    assert all("lower" not in outcome for outcome in outcomes(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # each item of a list with its own result is a measure when the first result's measure stood in the same place
        ("Significant improvements were seen in HbA1c (P < 0.001) and in fasting glucose (P = 0.002).", ["HbA1c", "fasting glucose"]),
        ("Dapagliflozin produced a reduction in HbA1c (P < 0.001) but not in body weight (P = 0.6).", ["HbA1c", "body weight"]),
        ("Improvements with FCM were also seen in the distance on the 6-minute walk test (P<0.001) and in quality of life (P<0.001).",
         ["distance on the 6-minute walk test", "quality of life"]),
        ("No differences were found in nadir neutrophil count (ANC) (P = 0.84) or in time to ANC recovery (P = 0.06).",
         ["nadir neutrophil count", "time to ANC recovery"]),
    ],
)
def test_a_listed_measure_with_its_own_result(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ... but a subgroup or time point after the measure keeps the measure
        ("Reductions in weight gain were seen with detemir in completers (3.0 vs 3.9 kg, p=0.01) and in the intention-to-treat "
         "population (2.7 vs 3.5 kg, p=0.03).", ["weight gain", "weight gain"]),
        ("HbA1c fell more with sitagliptin at week 12 (P = 0.01) and at week 24 (P = 0.03).", ["HbA1c", "HbA1c"]),
        # another comparator after 'than' keeps the measure
        ("HbA1c was lower with sitagliptin than with placebo (P < 0.001) and glipizide (P = 0.02).", ["HbA1c", "HbA1c"]),
        # a second result in the same parenthesis shares the first one's measure
        ("Median weight change was -0.9% in the INT+ group (p = 0.075; p = 0.067 vs. control).",
         ["Median weight change", "Median weight change"]),
    ],
)
def test_a_subgroup_time_point_or_comparator_keeps_the_measure(text, expected):
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'including' singles out a member of the list named before
        ("No differences were found in secondary outcomes, including length of ICU stay (p=0.59).", "length of ICU stay"),
        ("There were no differences in adverse events, in particular nausea (P = 0.3).", "nausea"),
        # 'except for' may single out a subgroup: the measure stays
        ("There was no significant difference in PFS between the two arms, except for stage I disease (HR 0.87; P = 0.027).", "PFS"),
    ],
)
def test_a_member_singled_out_of_a_list(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'superior to B for X', 'did not differ in X': X is the measure, not the arms
        ("The 150-mg dose was superior to the 25-mg dose for PASI 90 (P = 0.01).", "PASI 90"),
        ("Tiotropium and indacaterol did not differ significantly in exacerbation rate (p=0.37).", "exacerbation rate"),
        # counter-examples: no 'for'/'in' measure after them
        ("Pain scores did not differ between groups (P = 0.4).", "Pain scores"),
        ("The groups did not differ in age (P = 0.6).", "age"),
    ],
)
def test_what_arms_are_compared_for_or_differ_in(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a result that names the primary endpoint by its cue words is about the endpoint the trial declared
        ("The primary end point was a composite of death, myocardial infarction, or stroke. The primary end point occurred in 9.1% "
         "of the ticagrelor group and 10.2% of the clopidogrel group (p=0.01).", "composite of death, myocardial infarction, or stroke"),
        ("The primary outcome was a favourable outcome on the Glasgow Outcome Scale at 6 months. Fewer patients in the VEM group had "
         "a favourable outcome than in the UC group (30% vs 45%, p=0.004).", "favourable outcome on the Glasgow Outcome Scale"),
        # counter-examples: nothing declared, or only a secondary endpoint
        ("The primary end point occurred in 9.1% of the ticagrelor group and 10.2% of the clopidogrel group (p=0.01).", "primary end point"),
        ("The secondary end point was mortality. The primary end point occurred in 9.1% of the ticagrelor group and 10.2% of the "
         "clopidogrel group (p=0.01).", "primary end point"),
    ],
)
def test_the_primary_endpoint_named_by_its_cue_words(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, index, outcome",
    [
        # a result between 'significant' and its change noun: the measure the change noun takes after it
        ("Non-HDL-C fell by 10% (P<0.001). Significant (P < 0.05) reductions in Lp-PLA2 were observed with both doses.", 1, "Lp-PLA2"),
        ("There were also significant (P < 0.001) reductions in 2-h post-meal glucose and fasting plasma glucose.", 0, "2-h post-meal glucose"),
        ("The yoga group showed a statistically significant (P < 0.001) reduction in aggression and significant (P < 0.001) "
         "enhancement in self-esteem.", 0, "aggression"),
    ],
)
def test_a_change_noun_after_its_result(text, index, outcome):
    assert extract(text).p_values[index].outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a label before a colon followed only by the result's numbers names the measure
        ("HbA1c: -0.7% vs -0.1%, P < 0.001.", "HbA1c"),
        ("Body weight: 2.1 kg versus 0.4 kg (P = 0.01).", "Body weight"),
    ],
)
def test_a_label_before_a_colon(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, label",
    [
        # not a statistic's label, nor a heading followed by a sentence of its own
        ("The mean difference in IOP was -1.2 mmHg (95% confidence interval. CI: -1.8 to -0.5; P < 0.001).", "CI"),
        ("Results: pain fell in both groups (P = 0.2).", "Results"),
    ],
)
def test_a_statistic_or_heading_before_a_colon_is_no_label(text, label):
    assert outcome_of_last(text) != label


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'from' after a noun that takes its measure with it does not end the outcome phrase
        ("MI (5.8% vs 6.9%, p=0.005) and death from vascular causes (4.0% vs 5.1%, p=0.001) were also reduced.",
         "death from vascular causes"),
        ("Freedom from angina was more frequent with PCI (72% vs 65%, P = 0.02).", "Freedom from angina"),
        # ... any other 'from' still does: a baseline or a starting value
        ("HbA1c changed from 8.1% to 7.2% (P < 0.001).", "HbA1c"),
        ("Pain improved from baseline (P = 0.01).", "Pain"),
    ],
)
def test_from_inside_a_measure_name(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # who 'had no effect' is the treatment: the effect is on the measure named before, or on none named
        ("Zinc reduced the incidence of diarrhoea in older children. Among children younger than 12 months, zinc had no "
         "significant effect (P = 0.41).", "incidence of diarrhoea"),
        ("Among children younger than 12 months, zinc had no significant effect (P = 0.41).", None),
        # ... the effect's own measure, or a subject that 'had improved', still counts
        ("Exercise had a significant effect on fatigue (P = 0.01).", "fatigue"),
        ("Sleep quality had improved with zolpidem (P = 0.01).", "Sleep quality"),
    ],
)
def test_the_subject_that_has_an_effect_is_the_treatment(text, outcome):
    assert outcome_of_last(text) == outcome


def outcomes_of(text):
    return [p.outcome for p in extract(text).p_values]


@pytest.mark.parametrize(
    "text, outcome",
    [
        # the result may interrupt a change or comparison noun and the measure it takes
        ("There was no significant difference (P = 0.4) in pain scores between the groups.", "pain scores"),
        ("There was no statistical difference (p>0.05) between the studied groups regarding the frequency of headache.",
         "frequency of headache"),
        ("No significant difference (p = 0.31) was found in the length of stay.", "length of stay"),
        ("The groups differed significantly (P = 0.002) in time to first rescue medication.", "time to first rescue medication"),
        ("A non-significant decrease (-16%, P = .07) in fatigue was observed.", "fatigue"),
    ],
)
def test_the_measure_after_a_result_that_interrupts_its_change_noun(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # ... but what follows is no measure when it says when, in whom or in which group
        ("Pain scores showed a significant difference (P = 0.01) in the first 24 hours.", "Pain scores"),
        ("Pain scores showed a significant difference (P = 0.01) in the intention-to-treat population.", "Pain scores"),
        ("Heart rate showed a significant decrease (P < 0.01) in patients given esmolol.", "Heart rate"),
        ("There was a significant reduction in pain (P < 0.01) in the treated group.", "pain"),
        # and a result after its measure keeps it
        ("Fatigue (P = 0.03) in the yoga group was lower.", "Fatigue"),
    ],
)
def test_what_follows_a_result_is_no_measure_when_it_is_a_time_a_population_or_a_group(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        # a parenthesis of bare results after a list goes with its items in order, as with 'respectively'
        ("Anxiety and depression scores were lower in the yoga group (P = .01, P = .03).", ["Anxiety", "depression scores"]),
        ("Heart rate and systolic pressure were lower after esmolol (P = .002, P = .01).", ["Heart rate", "systolic pressure"]),
        ("In the surgery group, pain, swelling and trismus were less severe (P = 0.01, P = 0.02 and P = 0.03).",
         ["pain", "swelling", "trismus"]),
        # a comma list read from its last items still hands each result its own item
        ("FEV1, FVC and PEF improved with tiotropium (p = 0.001, p = 0.02 and p = 0.04, respectively).", ["FEV1", "FVC", "PEF"]),
        ("Creatinine, urea and potassium were lower with the drug (P = 0.01, P = 0.02 and P = 0.03, respectively).",
         ["Creatinine", "urea", "potassium"]),
        ("Compared with placebo, weight, waist circumference and BMI decreased (P = 0.01, P = 0.02 and P = 0.03, respectively).",
         ["weight", "waist circumference", "BMI"]),
        ("After 12 weeks, FEV1 and FVC improved (P = 0.01 and P = 0.02, respectively).", ["FEV1", "FVC"]),
    ],
)
def test_bare_results_after_a_list_go_with_its_items_in_order(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ... one measure: every result of the parenthesis is about it (times, doses or arms differ)
        ("HbA1c fell at 12 and 24 weeks (P = .01, P = .02).", ["HbA1c", "HbA1c"]),
        ("HbA1c fell with 10 mg and 20 mg of the drug (P = 0.01, P = 0.02).", ["HbA1c", "HbA1c"]),
        # ... an adjective list shares its head noun
        ("Systolic and diastolic blood pressure fell with amlodipine (P = 0.01, P = 0.03).",
         ["Systolic and diastolic blood pressure", "diastolic blood pressure"]),
        # ... results with their own words are no bare list
        ("Pain and stiffness improved (P = 0.01 at week 4, P = 0.02 at week 8).", ["Pain and stiffness", "Pain and stiffness"]),
    ],
)
def test_bare_results_after_one_measure_share_it(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a plural anaphor points back to the whole list named before it
        ("Triglycerides, total cholesterol and LDL-C were decreased in the statin group (-30%, -20% and -25%, respectively), "
         "and these changes were similar to those of the control group (P > 0.05).", "Triglycerides, total cholesterol and LDL-C"),
        ("Pain, stiffness and function improved in both groups, but the differences between groups were not significant (P = 0.3).",
         "Pain, stiffness and function"),
        # ... a singular one to the one measure
        ("After 12 weeks, HbA1c fell by 0.8%, but the difference was not significant (P = 0.2).", "HbA1c"),
    ],
)
def test_a_plural_anaphor_points_back_to_the_whole_list(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'both X and Y': the pair is the measure, not 'both'
        ("Both LDL cholesterol and HDL cholesterol were improved with niacin (P < 0.001 for both).", "LDL cholesterol and HDL cholesterol"),
        # ... 'both groups' is no measure
        ("Both groups improved in pain scores (P = 0.01).", "pain scores"),
        ("Pain improved in both groups and in all subgroups (P = 0.01).", "Pain"),
    ],
)
def test_both_before_a_pair_of_measures(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a table row pasted as text: a few words, then only the result's numbers and units
        ("Pain at 24 h 3.1 ± 1.2 vs 4.0 ± 1.5 p=0.02", "Pain"),
        ("Time to first flatus (h) 38 ± 10 vs 52 ± 14, p < 0.001", "Time to first flatus"),
        ("Blood loss, mL 210 (150-300) 320 (240-410) P = 0.004", "Blood loss"),
        # ... not a heading
        ("Results 12 vs 15 p = 0.3", None),
    ],
)
def test_a_table_row_pasted_as_text(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a label before a colon opening the sentence, then values (arms may name them) and no verb
        ("Emergence of resistance: 3 vs 9 patients, P = 0.07.", "Emergence of resistance"),
        ("Pain scores at 1 week: 1.5 (antibiotics) versus 2.8 (surgery), P = .01.", "Pain scores"),
        ("Berg Balance Scale: RAGT 8.1 ± 4.2, CPT 6.9 ± 3.8, P = 0.23.", "Berg Balance Scale"),
        ("Sustained response: fidaxomicin 74.6%, vancomycin 64.1%; p=0.006.", "Sustained response"),
        ("Pain: lower with ketamine (3.1 vs 4.2; P = 0.01).", "Pain"),
        # ... not a comparison, a time, a generic label, a heading or a sentence with a verb
        ("PG vs PJ: fistula 8% vs 20% (P = 0.03).", "fistula"),
        ("At 12 weeks: HbA1c 7.1% vs 7.5% (P = 0.02).", "HbA1c"),
        ("Primary outcome: HbA1c 7.1% vs 7.5% (P = 0.02).", "HbA1c"),
        ("Results: pain was lower with ketamine (P = 0.01).", "pain"),
        ("Glargine doses were lower than detemir doses: 43.5 vs 76.5 units/day (P < 0.001).", "Glargine doses"),
    ],
)
def test_a_label_before_a_colon_with_the_values_after_it(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # values set against each other are the result, not part of the measure
        ("Mortality 12% vs 15%, P = 0.3", "Mortality"),
        # ... but a number inside a name stays, and a single value after a word may be an arm's
        ("More patients reached ACR 50 with tofacitinib (P < 0.001).", "ACR 50"),
        ("Overall adequate sedation midazolam 64.7%, diazepam 35.7% (P = 0.21).", None),
    ],
)
def test_values_set_against_each_other_are_no_part_of_the_measure(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'in X (P) or Y (P)': the phrase after 'in' was a measure, so the next item is another measure
        ("The groups did not differ in delayed gastric emptying (P = 0.71) or postpancreatectomy haemorrhage (P = 0.33).",
         ["delayed gastric emptying", "postpancreatectomy haemorrhage"]),
        ("There was no significant difference in quality of life measured with the EQ-5D (P=0.31) or in health-care costs (P=0.52).",
         ["quality of life", "health-care costs"]),
        # ... but after a measure and its time or meal, the next item is another time of the same measure
        ("Glargine gave a greater reduction in insulin release after lunch (p = 0.08) and dinner (p = 0.04).",
         ["insulin release", "insulin release"]),
        ("Pain was less frequent at day 42 (p = 0.003) and day 84 (p = 0.02).", ["Pain", "Pain"]),
        # 'p value =' and 'P-value <' are results like 'P =' ('P = .71' and the list after it)
        ("There were no differences in delayed gastric emptying (p value = 0.71), postpancreatectomy haemorrhage (p value = 0.33) "
         "or 90-day mortality (p value = 1.00).", ["delayed gastric emptying", "postpancreatectomy haemorrhage", "90-day mortality"]),
        # a one-word arm label before each result of one parenthesis: the same measure
        ("Reaction time was prolonged after both drugs versus pre-drug values (ketamine P = 0.002; midazolam P = 0.03).",
         ["Reaction time", "Reaction time"]),
    ],
)
def test_coordinated_results_each_with_its_own_measure_or_the_same(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'A was superior to B in / with respect to X': the subject is an arm, X is the measure
        ("Enzalutamide was superior to placebo with respect to PSA response rate (54% vs. 2%, P<0.001) and time to PSA "
         "progression (8.3 vs. 3.0 months; P<0.001).", ["PSA response rate", "time to PSA progression"]),
        ("PG was superior to PJ in fistula rate (P = 0.02).", ["fistula rate"]),
        ("Apixaban was non-inferior to warfarin for the prevention of stroke (HR 0.79; P < 0.001).", ["prevention of stroke"]),
        # ... not when what follows is a time or people, nor a measure compared between arms
        # (then neither side of 'A was better than B' is the measure: one named earlier is, else none)
        ("Ropivacaine was better than bupivacaine in the first 12 hours (P = 0.01).", [None]),
        ("Pain was lower with ropivacaine than with bupivacaine in the elderly (P = 0.01).", ["Pain"]),
    ],
)
def test_the_measure_an_arm_is_compared_in(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an anaphor after ';' points to the clause before it in the same sentence, even when its verb is not a listed one
        ("Response was faster with esketamine (p=0.04). Dissociative symptoms peaked at 40 minutes and resolved by 2 hours; "
         "they were more frequent than with placebo (P<0.001).", "Dissociative symptoms"),
        ("Pain fell in both groups; the difference was not significant (P = 0.3).", "Pain"),
        # ... with no clause before it, the previous sentence
        ("Weight fell more with diet. The difference was not significant (P = 0.3).", "Weight"),
    ],
)
def test_an_anaphor_after_a_semicolon_points_to_the_clause_before(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an earlier result of the same parenthesis, a measure with its own values is the next result's measure
        ("Blood loss was lower with the tourniquet (difference 1870 mL, P < 0.0001; transfusion rates of 7% and 79%, P = 0.0003).",
         ["Blood loss", "transfusion rates"]),
        ("Response and disease control rate (DCR) improved (ORR: 64% vs 33%, P < 0.001; DCR: 92% vs 75%, P < 0.001).",
         ["Response and disease control rate (DCR)", "DCR"]),
        # ... an arm's or subgroup's name before its values is none
        ("Leptin concentrations decreased significantly (LCD: 35.3%, P = 0.004; LFD: 30.0%, P = 0.01).",
         ["Leptin concentrations", "Leptin concentrations"]),
        ("HbA1c fell more with A (P = 0.01 for 10 mg; P = 0.02 for 20 mg).", ["HbA1c", "HbA1c"]),
    ],
)
def test_a_measure_with_its_own_values_inside_a_parenthesis_of_results(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'differences in X were found for Y (P)': the item it was found for
        ("Significant differences in adverse events were found for cytomegalovirus infection (32.5% vs. 19.0%, P=0.009).",
         ["cytomegalovirus infection"]),
        ("In the MOD subgroup, significant benefits were observed for cognition (P = 0.008) and function (P = 0.04).",
         ["cognition", "function"]),
        # ... not a group
        ("No differences in pain were found for the placebo group (P = 0.4).", ["pain"]),
    ],
)
def test_what_a_difference_was_found_for(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause whose verb is left out names its own measure before its values
        ("Pruritus occurred in 58% and 34% of women, respectively (P = 0.006), and nausea in 22% and 18% (P = 0.55).",
         ["Pruritus", "nausea"]),
        ("Bodily pain improved with both doses (P < 0.05), and social functioning with 20 mg (P < 0.05).",
         ["Bodily pain", "social functioning"]),
        # ... not a time, a negation or a comparative
        ("The change in IOP was higher at 10:00 am (P = 0.013) and 12:00 pm (P = 0.01), but not at 8:00 am (P = 0.4).",
         ["IOP", "IOP", "IOP"]),
        ("Self-efficacy was higher at 3 months (p < .01) and borderline significantly higher at 5 months (p = .05).",
         ["Self-efficacy", "Self-efficacy"]),
    ],
)
def test_a_clause_with_its_verb_left_out_names_its_own_measure(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an interaction is found for the measure
        ("There was a significant group-by-time interaction for fistula rate (P = 0.02).", "fistula rate"),
        ("A condition x time interaction for focus was observed (p = 0.03).", "focus"),
        # a sentence that is only its result is about the measure of the sentence before
        ("Fistula rates were 8% and 20%. The P value was 0.03.", "Fistula rates"),
        ("Fistula rates were 8% and 20%. (P = 0.03).", "Fistula rates"),
        # ... not a significance threshold
        ("Fistula rates were 8% and 20%. P < 0.05 was considered significant.", None),
    ],
)
def test_interactions_and_results_standing_alone(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        # review regressions: people described by age are no measure; labels of arms are none
        ("Surgery was superior to conservative treatment in patients older than 65 years (P = 0.02).", [None]),
        ("Benefits were observed for patients older than 65 years (P = 0.03).", ["Benefits"]),
        ("Weight loss was similar between low-carbohydrate diet (LCD) and low-fat diet (LFD) groups (LCD: 5.3 kg, P = 0.01; "
         "LFD: 3.1 kg, P = 0.2).", ["Weight loss", "Weight loss"]),
        ("Drug A: 45%, Drug B: 30%; p=0.02.", [None]),
        ("Remission: infliximab 40%, placebo 20%; p=0.01.", ["Remission"]),
    ],
)
def test_people_by_age_and_arm_labels_are_no_measure(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'A was superior to B (P)': both sides are arms; the measure is the one named before, in the sentence or the one before
        ("Anastomotic leak was recorded in all patients. Pancreaticogastrostomy was superior to pancreaticojejunostomy (P = 0.01).",
         ["Anastomotic leak"]),
        ("Nivolumab was superior to docetaxel (HR 0.59; P < 0.001).", [None]),
        ("The primary outcome was recurrence at 2 years. Mesh repair was not inferior to suture repair (P = 0.003).", ["recurrence"]),
        # ... but the measure it is compared in stays, and a measure compared with 'that of' is no arm
        ("Mesh repair was superior to suture repair in recurrence rate (P = 0.02).", ["recurrence rate"]),
        ("The high dose was superior to the low dose for the 50% responder rate (P = 0.03).", ["50% responder rate"]),
        ("Pain relief with ketorolac was superior to that with paracetamol (P = 0.01).", ["Pain relief with ketorolac"]),
        ("Response rates were superior to placebo (P = 0.01).", ["Response rates"]),
    ],
)
def test_a_comparison_of_two_arms_takes_the_measure_named_before(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the values of one P list go with the items of the list, in order, like separate P's
        ("Wound infection and seroma rates were 4% vs 11% and 6% vs 14% (P = 0.03 and 0.02, respectively).",
         ["Wound infection", "seroma rates"]),
        ("Nausea, vomiting and dizziness were less frequent with ondansetron (P = 0.01, 0.04 and 0.02, respectively).",
         ["Nausea", "vomiting", "dizziness"]),
        ("Nausea, vomiting and dizziness were less frequent with ondansetron (p values 0.01, 0.04 and 0.02, respectively).",
         ["Nausea", "vomiting", "dizziness"]),
        # ... one measure with its values for arms or times keeps the one measure
        ("Pain scores were lower with ropivacaine and bupivacaine than with saline (P = 0.01 and 0.03, respectively).",
         ["Pain scores", "Pain scores"]),
    ],
)
def test_the_values_of_a_p_list_go_with_the_items_in_order(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'no difference between A and B (P)' and 'no difference was observed with B (P)' continue the measure named before
        ("Sedation scores were higher with midazolam than with placebo (P = 0.003) but no difference between propofol and placebo "
         "(P = 0.38) or between midazolam and propofol (P = 0.21).", ["Sedation scores", "Sedation scores", "Sedation scores"]),
        ("Smokers had higher fibrinogen levels with aspirin than non-smokers (P = 0.002), whereas no difference was observed with "
         "warfarin (P = .44).", ["fibrinogen levels", "fibrinogen levels"]),
        # ... a negated difference that names its measure keeps it
        ("Blood loss was lower in group A (P = 0.01). No significant difference was found between the groups regarding operating "
         "time (P = 0.16).", ["Blood loss", "operating time"]),
        ("Pain was lower after block A (P = 0.02). No significant differences were found in nausea between the groups (P = 0.4).",
         ["Pain", "nausea"]),
    ],
)
def test_a_negated_difference_between_arms_continues_the_measure_named_before(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure 'of the X group' loses the group even after a rate word (people counted are kept)
        ("The total effective rate of the treatment group was 91.2%, higher than that of the control group (75.0%), the difference "
         "was statistically significant (P<0.05).", ["total effective rate"]),
        ("The consumption of rescue analgesic in group A was less than that of group B, there was statistical significance (P<0.01).",
         ["consumption of rescue analgesic"]),
        ("The proportion of patients achieving remission was higher with infliximab (P = 0.01).", ["proportion of patients achieving remission"]),
        # an interaction with no measure of its own, and a subject after an unclosed circumstance
        ("The effect of time on anxiety score was significant (P < .001) but the group x time interaction was not (P = .31).",
         ["effect of time on anxiety score", "effect of time on anxiety score"]),
        ("Aspirin reduced the risk of pre-eclampsia (OR 0.62, 95% CI 0.45-0.87; P = 0.004). In the subgroup of women with chronic "
         "hypertension the effect was smaller (OR 0.81; P = 0.3).", ["risk of pre-eclampsia", "risk of pre-eclampsia"]),
        # 'With the increase of X, Y increased (P)': Y is the measure
        ("With the increase of the remifentanil dose, the incidence of hypotension increased (P for trend = 0.01).",
         ["incidence of hypotension"]),
        # a bullet's label, and a heading above a bullet
        ("Key results\n- Daily step count rose by 1,200 steps with the app (P < .001).\n- Sedentary time: -30 min/day vs -5 min/day "
         "(P = .02).", ["Daily step count", "Sedentary time"]),
        # a significance level is no result
        ("The primary outcome was pain. With Bonferroni correction for three comparisons, P < 0.017 was considered significant.", [None]),
    ],
)
def test_group_tails_interactions_bullets_and_thresholds(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'or' right after 'of <event>' joins the events of one composite measure
        ("Compared with placebo, ticagrelor reduced the rate of death or myocardial infarction (9.8% vs 11.7%; P < 0.001).",
         ["rate of death or myocardial infarction"]),
        ("The incidence of nausea or vomiting was lower with ondansetron (P = 0.01).", ["incidence of nausea or vomiting"]),
        # ... not an 'or' between two measures' own phrases, nor a line-wrapped number
        ("There was a lower rate of infection or in hospital mortality (P = 0.02).", ["rate of infection"]),
        # a crossover's order or period having no effect is its own result; a drug having none points back
        ("Sleep efficiency was higher on melatonin (P = .02). Treatment order had no significant effect (P = .61).",
         ["Sleep efficiency", "Treatment order"]),
        ("Wheeze scores were lower with drug A (P = 0.01). Among infants, zinc had no significant effect (P = 0.4).",
         ["Wheeze scores", "Wheeze scores"]),
        # a heading line above a result line is no part of its measure
        ("Primary outcome\nTime to first relapse: 14.2 vs 9.8 months; P = 0.01.", ["Time to first relapse"]),
        # 'The X of A (..) and B (..) had no significant difference (P)'
        ("The complication rate of the study group (5.0%) and the control group (7.5%) had no significant difference (P>0.05).",
         ["complication rate"]),
        ("Results: With the increase of the propofol dose, the incidence of apnoea increased (P for trend = 0.02).",
         ["incidence of apnoea"]),
    ],
)
def test_composites_design_factors_and_headings(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subordinate clause opening the sentence is not the result's clause
        ("While there was no change in lipid levels, exercise capacity improved with metformin (P = 0.03).", ["exercise capacity"]),
        ("Although no reduction in pain was seen, function improved more with physiotherapy (P = 0.04).", ["function"]),
        # 'The most common X was Y (P)': Y
        ("The most common adverse event was headache (12% vs 8%, P = 0.3).", ["headache"]),
        ("The most frequent complication was wound infection (P = 0.2).", ["wound infection"]),
        # ... not 'The most common reason for ...' without a measure after the copula
        ("The most common side effect, nausea, was more frequent with A (P = 0.01).", ["nausea"]),
        # 'the ratio of patients whose X' counts people; an amount after 'of' is the result
        ("The ratio of patients whose pain had decreased by half was higher with A (p = 0.03).",
         ["ratio of patients whose pain"]),
        ("An increase from baseline in mean insulin secretion of 12.4 pmol/min was seen with A versus placebo (P = 0.02).",
         ["mean insulin secretion"]),
        # people 'among those receiving X' are no measure: the previous result's measure
        ("Blood flow rose 30% (P < .001) among eyes on latanoprost and 18% (P = .03) among those receiving timolol.",
         ["Blood flow", "Blood flow"]),
        # 'a greater X reduction (P)': the named measure's change
        ("Latanoprost gave a lower mean IOP (P < .001) and a greater IOP reduction from baseline (P = .01).",
         ["mean IOP", "IOP reduction"]),
    ],
)
def test_subordinate_clauses_most_common_and_amounts(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        # the p-value's own phrase names the measure it was computed for
        ("The P value for pain scores between groups was 0.03.", "pain scores"),
        ("The p-value for the difference in HbA1c between the arms was 0.01.", "HbA1c"),
        ("The p-value for comparison of wound infection rates was 0.04.", "wound infection rates"),
    ],
)
def test_a_p_value_for_a_measure_names_it(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text",
    [
        # a test's name after 'P for' is no measure
        "Pain scores fell more with the higher dose (P for trend = 0.03).",
        "Pain scores were lower with ketamine than with placebo (P for non-inferiority < 0.001).",
        "Pain scores fell more with ketamine (P value for interaction 0.03).",
    ],
)
def test_a_p_value_for_a_test_keeps_the_clause_measure(text):
    assert outcome_of_last(text) == "Pain scores"


def test_the_p_value_for_the_comparison_names_no_measure():
    assert outcome_of_last("The P value for the comparison between groups was 0.03.") is None


@pytest.mark.parametrize(
    "text, outcome",
    [
        # what a factor's association or correlation is with is the measure
        ("There was no association for age with pain scores (P = 0.4).", "pain scores"),
        ("There was no association of baseline BMI with weight loss (P = 0.31).", "weight loss"),
        ("No correlation was found between baseline HbA1c and weight loss (P = 0.2).", "weight loss"),
        # what the significance was found in
        ("There was statistical significance in pain scores between the groups (P < 0.05).", "pain scores"),
        ("Statistical significance was not reached for time to discharge (P = 0.09).", "time to discharge"),
    ],
)
def test_an_association_or_significance_names_the_measure_after_it(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an association inside the subject is no predicate
        ("Pain scores associated with movement were lower with ketamine than with placebo (P = 0.02).",
         "Pain scores associated with movement"),
    ],
)
def test_an_association_inside_the_subject_keeps_the_subject(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text",
    [
        # an analysis set is whom the result holds for, never its measure
        "The difference reached statistical significance in the per-protocol population (P = 0.04).",
        "There was no significant difference in the intention to treat population (P = 0.10).",
    ],
)
def test_an_analysis_set_is_no_outcome(text):
    assert outcome_of_last(text) is None


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a measure named with its analysis in brackets, or an analysis that is a measure, stays
        ("Four-year event-free survival (intention-to-treat analysis) was 60% with A and 44% with B (P = 0.001).",
         "Four-year event-free survival (intention-to-treat analysis)"),
        ("Gait analysis scores improved more with training (P = 0.01).", "Gait analysis scores"),
    ],
)
def test_a_measure_with_its_analysis_stays(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a passive clause's gapped second half names its own measure before 'by'
        ("Hospital admissions with severe malaria were reduced by 41% (p = 0.012), and deaths from malaria by 50% (p = 0.38).",
         "deaths from malaria"),
        ("Blood loss was reduced by 30% (P = 0.01), and transfusion needs by 45% (P = 0.02).", "transfusion needs"),
    ],
)
def test_a_gapped_passive_clause_names_its_measure_before_by(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # after an active verb the item before 'by' is an arm: the measure is the verb's object
        ("Latanoprost reduced intraocular pressure by 6.1 mm Hg (P < 0.001) and unoprostone by 4.2 mm Hg (P < 0.001).",
         "intraocular pressure"),
        ("HbA1c fell by 1.1% with metformin (P < 0.001), and by 0.5% with placebo (P = 0.02).", "HbA1c"),
    ],
)
def test_after_an_active_verb_the_item_before_by_is_an_arm(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'baseline' and a mean with its SD are no measures: the clause before names it
        ("Stool frequency fell from baseline with the probiotic (P < 0.001), whereas no change from baseline was seen in the "
         "placebo group (P = 0.47).", "Stool frequency"),
        ("At 10 am the PTFC group had an IOP of 15.9 +/- 2.3 mmHg and latanoprost 16.8 +/- 2.7 mmHg (P = 0.02).", "IOP"),
    ],
)
def test_baseline_or_a_mean_and_its_sd_is_no_measure(text, outcome):
    assert outcome_of_last(text) == outcome


def test_a_measure_ending_in_its_own_mean_and_sd_stays():
    text = "The diurnal curve of the untreated IOP of 26.0 +/- 3.4 decreased to 17.8 on A and 17.2 mmHg on B (P = 0.31)."
    assert "IOP" in outcome_of_last(text)


@pytest.mark.parametrize(
    "text, outcomes",
    [
        # a sentence of only p-values goes, value by value, with the clauses of the sentence before
        ("Viral clearance by day 7 was achieved in 68% and 52%, and median time to recovery was 4 versus 6 days. "
         "The corresponding P values were 0.03 and 0.01.", ["Viral clearance", "median time to recovery"]),
        ("Pain scores were 3.1 and 4.2, and nausea occurred in 10% and 22%; vomiting was rare in both arms. "
         "The P values were 0.01, 0.04 and 0.5, respectively.", ["Pain scores", "nausea", "vomiting"]),
    ],
)
def test_listed_p_values_go_with_the_clauses_before_in_order(text, outcomes):
    assert [p.outcome for p in extract(text).p_values] == outcomes


def test_listed_p_values_need_as_many_clauses():
    # one clause, two values: no clause-by-clause reading
    ps = extract("Pain scores were 3.1 with A and 4.2 with B at weeks 4 and 8. The P values were 0.01 and 0.04.").p_values
    assert ps[-1].outcome == "Pain scores"


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a patient characteristic's association names the measure it is associated with
        ("Age was not associated with fatigue (beta = 0.02, SE 0.03, p = 0.48).", "fatigue"),
        ("Baseline BMI was significantly associated with weight loss (P = 0.01).", "weight loss"),
        # with a measure as the subject, the subject stays, even when a characteristic is the object
        ("Mortality was associated with older age (P = 0.01).", "Mortality"),
        ("Treatment failure was associated with smoking (P = 0.01).", "Treatment failure"),
    ],
)
def test_an_association_with_a_characteristic(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'showed a similar pattern': the shape of a result is no measure
        ("Axial elongation showed a similar concentration-dependent pattern (P for trend = .004).", "Axial elongation"),
        # but a pattern shown by a group is one
        ("The melatonin group showed a better sleep pattern (P = 0.02).", "sleep pattern"),
    ],
)
def test_a_pattern_shown_by_a_measure_is_no_measure(text, outcome):
    assert outcome_of_last(text) == outcome


def test_treatments_that_did_not_differ_point_back_to_the_measure():
    text = ("Tear break-up time was longer with cyclosporine than with artificial tears (P = 0.006) and with diquafosol than with "
            "artificial tears (P = 0.03); cyclosporine and diquafosol did not differ (P = 1.00).")
    assert outcome_of_last(text) == "Tear break-up time"


@pytest.mark.parametrize(
    "text, outcome",
    [
        # measures that did not differ are the measure, even after a sentence naming one of them
        ("Pain was less frequent with ketamine than with placebo (P = 0.01); nausea and vomiting did not differ (P = 0.4).",
         "nausea and vomiting"),
        ("Patients with nausea were given ondansetron. Nausea and vomiting did not differ (P = 0.4).", "Nausea and vomiting"),
    ],
)
def test_measures_that_did_not_differ_stay(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcomes",
    [
        # results attached to a list of arms: the verb after the list takes the measure
        ("Compared with vehicle, both clascoterone (P < .001) and tretinoin (P = .002) reduced inflammatory lesions.",
         ["inflammatory lesions", "inflammatory lesions"]),
        # or, when the arms are compared with another, the sentence before names it
        ("Weight loss increased with dose (P for trend < 0.001). Both 1.0 mg (P = 0.002) and 2.4 mg (P < 0.001) were "
         "superior to placebo.", ["Weight loss", "Weight loss", "Weight loss"]),
    ],
)
def test_results_attached_to_a_list_of_arms(text, outcomes):
    assert [p.outcome for p in extract(text).p_values] == outcomes


def test_a_list_of_measures_with_their_results_keeps_each():
    ps = extract("HbA1c (P < 0.001) and fasting glucose (P = 0.002) improved with metformin.").p_values
    assert [p.outcome for p in ps] == ["HbA1c", "fasting glucose"]


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a clause after ';' with its own subject and verb names its own measure
        ("During maintenance, one major hypoglycaemic episode occurred in each group; 20% and 9% of patients experienced "
         "minor hypoglycaemic episodes in the A and B groups, respectively (P = 0.012).", "minor hypoglycaemic episodes"),
        ("Nausea was common in both arms; vomiting occurred in 10% vs 20% (P = 0.03).", "vomiting"),
    ],
)
def test_a_clause_after_a_semicolon_names_its_own_measure(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an anaphor after ';' still points back
        ("Dissociative symptoms peaked at 40 minutes; they were more frequent than with placebo (P = 0.01).", "Dissociative symptoms"),
        ("Pain scores fell in both arms; the difference was significant at week 4 (P = 0.02).", "Pain scores"),
    ],
)
def test_an_anaphor_after_a_semicolon_still_points_back(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # people counted are counted by what they reported, past the treatment they were given
        ("A significant difference was observed in the number of patients treated with NPH insulin who reported at least one "
         "episode of nocturnal hypoglycaemia compared with those treated with glargine (24% vs 12%, P = 0.002).",
         "number of patients treated with NPH insulin who reported at least one episode of nocturnal hypoglycaemia"),
        ("The proportion of patients with at least one relapse was lower with A (20% vs 35%, P = 0.02).",
         "proportion of patients with at least one relapse"),
    ],
)
def test_people_counted_by_what_they_reported(text, outcome):
    assert outcome_of_last(text) == outcome


def test_people_counted_by_their_treatment_alone_stay():
    assert outcome_of_last("The proportion of patients treated with metformin was higher (45% vs 30%, P = 0.01).") == \
        "proportion of patients treated with metformin"


@pytest.mark.parametrize(
    "text, outcome",
    [
        ("The programme improved medication adherence; this was significant (P = 0.02).", "medication adherence"),
        ("Exercise lowered resting heart rate; these changes were significant (P < 0.01).", "resting heart rate"),
    ],
)
def test_a_demonstrative_after_a_semicolon_points_back_to_the_result_before(text, outcome):
    assert extract(text).p_values[0].outcome == outcome
