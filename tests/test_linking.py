"""Linking a p-value to its outcome and comparison (linear time in the sentence: benchmarks/adversarial.py)."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a person word modifying the measure is part of it, not a phrase naming people
        ("The drug significantly improved patient survival (91% vs 42%, P = .015).", "patient survival"),
        ("Participant satisfaction was higher with the app than with usual care (P = 0.02).", "Participant satisfaction"),
        # an active verb of change takes the measure as its object; the drug is its subject
        ("After 24 weeks, dapagliflozin reduced HbA(1c) by 0.6% (p < 0.001) relative to placebo.", "HbA(1c)"),
        ("Metoprolol lowered resting heart rate by 9 beats per minute (P = 0.002).", "resting heart rate"),
        # the result sits between the adverb and its verb
        ("Rosuvastatin, but not pravastatin, significantly (p < 0.05) reduced fasting triglycerides.", "fasting triglycerides"),
        # a subject naming people is not the measure: the predicate's object is
        ("Children in the zinc group had fewer diarrhoeal episodes than controls (P = 0.01).", "diarrhoeal episodes"),
        ("Significantly more patients in the inhaler group achieved asthma control at week 8 (41% vs 22%, p<0.001).", "asthma control"),
        # the subject read from the clause start, without the group it is measured in
        ("After 3 months of treatment, ferritin in the oral iron group was 48 ng/mL and 52 ng/mL in the IV group (p = 0.41).", "ferritin"),
        ("The mean operating time with technique A was 41 min and with technique B was 66 min (P < 0.001).", "mean operating time"),
        ("The time to discharge in arms 1 and 2 was 4.1 and 6.3 days, respectively (p = 0.02).", "time to discharge"),
        ("The all-cause mortality was 6.1% with heparin versus 5.9% with saline (P = 0.88).", "all-cause mortality"),
        ("The 6-minute walk distance increased by 41 m in the training arm (P = 0.01).", "6-minute walk distance"),
        ("Insulin degludec was associated with lower fasting glucose (5.8 vs 6.3 mmol/L, P = 0.01).", "fasting glucose"),
        ("There was significantly less weight gain in the exenatide-treated patients (1.1 vs 2.9 kg, p = 0.002).", "weight gain"),
        ("Sitagliptin therapy was well tolerated and had a low incidence of hypoglycaemia (2.1% vs 1.9%, P = 0.7).", "low incidence of hypoglycaemia"),
        ("Moderate to severe conjunctival hyperaemia was less frequent with bimatoprost (12% vs 19%; p=0.04).", "Moderate to severe conjunctival hyperaemia"),
        ("Stool frequency (3.1 pre versus 5.0/week post) was not different between formulas (p = 0.36).", "Stool frequency"),
    ],
)
def test_outcome_is_the_measure_the_clause_is_about(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'the difference' points back to the measure named earlier in the sentence
        ("Knee pain fell more with the brace than with physiotherapy, but the difference was not significant (P = 0.21).", "Knee pain"),
        ("Naproxen reduced morning stiffness by 20 minutes, and the difference of 12 minutes was significant (p = 0.03).", "morning stiffness"),
        # a clause without its own subject shares the sentence's
        ("Nausea was the most frequent adverse event, but did not differ between arms (14% vs 12%; P = 0.6).", "Nausea"),
        # ... or in the sentence before
        ("Timolol lowered intraocular pressure by 1.2 mm Hg more than betaxolol. The difference was significant (P = 0.01).", "intraocular pressure"),
        ("Mean ferritin rose to 61 ng/mL with oral iron and 88 ng/mL with IV iron. These differences were significant (p<0.05).", "Mean ferritin"),
    ],
)
def test_an_anaphor_or_an_elliptic_clause_takes_the_earlier_outcome(text, outcome):
    [p] = extract(text).p_values
    assert p.outcome == outcome


def test_a_result_without_its_own_measure_shares_the_previous_results_outcome():
    text = ("The difference in LDL cholesterol between the arms was -21 mg/dL (p < 0.001) in the whole cohort "
            "and -18 mg/dL (p = 0.002) in patients without diabetes.")
    assert [p.outcome for p in extract(text).p_values] == ["LDL cholesterol", "LDL cholesterol"]


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("Empagliflozin reduced HbA1c, fasting glucose, and body weight compared with placebo (all P < 0.001).", "HbA1c, fasting glucose, and body weight"),
        ("Systolic pressure, diastolic pressure and heart rate fell at week 12 (P < 0.05 for all).", "Systolic pressure, diastolic pressure and heart rate"),
    ],
)
def test_a_result_for_all_of_a_list_links_the_whole_list(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, comparison",
    [
        ("HbA1c reduction was greater with saxagliptin versus placebo (P < 0.001).", "saxagliptin versus placebo"),
        ("This was a parallel-group comparison of brimonidine-timolol versus dorzolamide-timolol (P = 0.02).", "brimonidine-timolol versus dorzolamide-timolol"),
    ],
)
def test_the_comparison_names_the_two_groups_only(sentence, comparison):
    [p] = extract(sentence).p_values
    assert p.comparison == comparison


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the p-value sits between 'significant' and the measure it qualifies
        ("The exercise arm showed a statistically significant (P < 0.001) reduction in fatigue scores.", "fatigue scores"),
        ("Patients given zinc had a significant (p = 0.01) shorter duration of diarrhoea than controls.", "duration of diarrhoea"),
        ("Seven of 30 rabbits died, with no significant (P = .41) mortality difference between the two diets.", "mortality difference"),
    ],
)
def test_a_measure_after_significant_and_its_result_is_the_outcome(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # 'in favour of X' names the winning arm, not what changed
        ("Differences in favour of bisoprolol were observed for resting heart rate (P = 0.003).", "resting heart rate"),
        ("Significant differences in favor of the app group were also seen on the Perceived Stress Scale (p=0.02).", "Perceived Stress Scale"),
    ],
)
def test_in_favour_of_names_an_arm_not_the_outcome(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, outcomes",
    [
        # 'and <another time point or subgroup>' repeats the previous result's measure
        ("Eye redness was less frequent with the preservative-free drop at week 4 (18% vs 31%; p=0.01) and week 12 (16% vs 27%; p=0.03).",
         ["Eye redness", "Eye redness"]),
        ("Bleeding was reduced with tranexamic acid in primary surgery (p = 0.002) and in revision surgery (p = 0.04).",
         ["Bleeding", "Bleeding"]),
        # a plain 'and Y' after a result without a closing time point or subgroup is a new measure
        ("Exenatide lowered fasting glucose (p < 0.001) and body weight (p = 0.01).", ["fasting glucose", "body weight"]),
    ],
)
def test_and_another_time_point_or_subgroup_keeps_the_measure(text, outcomes):
    assert [p.outcome for p in extract(text).p_values] == outcomes


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # after a comparison, 'for <measure>' just before the result names the outcome, not the arm in the subject
        ("The toric lens was significantly better than the spherical lens for uncorrected distance acuity (p = 0.004).", "uncorrected distance acuity"),
        ("Daily doses were 41 IU and 44 IU; the difference was not significant for total dose (p = 0.52).", "total dose"),
        # 'than <arm> for <measure>' is not a trailing comparison group
        ("Vision was clearer with the new lens, and it scored significantly worse than the old lens for glare (p = 0.03).", "glare"),
    ],
)
def test_for_a_measure_after_a_comparison_is_the_outcome(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # an adverb or a bare comparative closing the phrase qualifies the result, it is not the measure
        ("Serum ferritin levels dramatically increased with oral iron (210 vs 95 ng/ml, P = 0.01).", "Serum ferritin levels"),
        ("Women given counselling rated their body image more positively (MD = 2.1, 95% CI 0.4-3.8; p = 0.02).", "body image"),
        # a time point or setting that opens the clause without a comma is not part of the subject
        ("After the treatment the Karnofsky score was 89 in the trial group and 84 in the control group (P = 0.028).", "Karnofsky score"),
        ("In the lipid substudy LDL cholesterol was reduced by 7.4% (p = 0.044).", "LDL cholesterol"),
        ("After 2 months of therapy (T1) the lean mass index increased with the supplement and fell with placebo (p < 0.001).", "lean mass index"),
        # 'Results showed that X was ...': the subject of the reported clause
        ("Results showed that the rate of success in the double dose arm was higher than in the single dose arm (79% versus 69%; P = 0.29).", "rate of success"),
        # 'no difference for X between the groups'
        ("However, there was no significant difference for postoperative swelling between the two regimens (P > 0.05).", "postoperative swelling"),
    ],
)
def test_the_measure_without_circumstances_and_qualifiers(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        ("The number of family members screened was similar in both arms (P = 0.4).", "number of family members screened"),
        ("Early mobilisation shortened hospital stay (p=0.03).", "hospital stay"),
        ("During follow-up mortality was 12% and 15% (p = 0.3).", "mortality"),
    ],
)
def test_nouns_in_ly_and_plain_subjects_are_kept(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


ALLOCATION = "Patients were randomized to lixisenatide 20 µg once daily or placebo for 24 weeks. "


@pytest.mark.parametrize(
    "text, comparison",
    [
        # the sentence names one of the trial's arms: that mention, not the allocation sentence
        (ALLOCATION + "Symptomatic hypoglycaemia was more frequent with lixisenatide (3.2% vs 1.1%, P = 0.03).", "lixisenatide"),
        (ALLOCATION + "Body weight fell by 1.8 kg (p = 0.01), whereas it was stable with placebo.", "placebo"),
        # both arms named together
        (ALLOCATION + "Nausea was reported by 25% and 6% of patients on lixisenatide or placebo (P < 0.001).", "lixisenatide or placebo"),
        # 'between the groups' refers to the trial's arms, named in the allocation phrase
        (ALLOCATION + "Fasting glucose did not differ between the two groups (P = 0.31).", "lixisenatide 20 µg once daily or placebo"),
        ("Efficacy and safety of latanoprost versus timolol in open-angle glaucoma. IOP did not differ between groups (P = 0.5).", "latanoprost versus timolol"),
        # no group named or referred to: no comparison taken from another sentence
        (ALLOCATION + "Fasting glucose was 7.1 mmol/L at week 24 (P = 0.31).", None),
    ],
)
def test_the_comparison_stays_in_the_sentence_or_its_referenced_arms(text, comparison):
    [p] = extract(text).p_values
    assert p.comparison == comparison


@pytest.mark.parametrize(
    "sentence, comparison",
    [
        # the measure before 'versus' is not an arm
        ("Lixisenatide gave a significant reduction in 2-hour PPG versus placebo (LS mean difference -4.3 mmol/L, p < 0.0001).", "placebo"),
        # people stand for the arm they were given
        ("Fewer brimonidine-treated eyes progressed than timolol-treated patients (9% vs 39%, P = .001).", "timolol"),
    ],
)
def test_the_comparison_names_arms_not_measures_or_people(sentence, comparison):
    [p] = extract(sentence).p_values
    assert p.comparison == comparison


@pytest.mark.parametrize(
    "text, outcome, name",
    [
        # the outcome keeps the words of the text; outcome_name writes out the document's abbreviations
        ("Intraocular pressure (IOP) was 24 mm Hg at baseline. The mean IOP reduction was greater with bimatoprost (P = 0.01).",
         "mean IOP reduction", "mean intraocular pressure (IOP) reduction"),
        ("The forced expiratory volume in 1 second (FEV1) was measured. Trough FEV1 rose by 60 mL with tiotropium (p = 0.01).",
         "Trough FEV1", "Trough forced expiratory volume in 1 second (FEV1)"),
        # nothing defined, or the long form already there: no name
        ("HbA1c fell more with sitagliptin than with placebo (P < 0.001).", "HbA1c", None),
        ("Intraocular pressure (IOP) fell more with bimatoprost than with timolol (P = 0.01).", "Intraocular pressure (IOP)", None),
    ],
)
def test_outcome_name_writes_out_the_documents_abbreviations(text, outcome, name):
    p = extract(text).p_values[-1]
    assert (p.outcome, p.outcome_name) == (outcome, name)


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the result's numbers in their own parenthesis sit between the measure and the p-value
        ("Significant differences in favour of the drug were observed for mean fasting glucose (-1.65 mmol/l) (P < 0.001).", "mean fasting glucose"),
        ("Exercise increased waist circumference less (median change 1 (0; 3) cm) (P = 0.005).", "waist circumference"),
        # 'noted / reported in the A group' closes the phrase, it is not the measure
        ("Adverse events were mild, with only a greater frequency of flatulence noted in the acarbose group (5% vs 0.5%, p<0.05).", "frequency of flatulence"),
        ("There was no difference in weight loss, with a modest reduction in body weight reported for both groups (-1.5 vs -1.2 kg; p = 0.30).", "body weight"),
        # ... but 'self-reported' is part of the measure
        ("There was a greater improvement in self-reported ability to concentrate in the light group (p = 0.03).", "self-reported ability to concentrate"),
    ],
)
def test_numbers_and_participles_before_the_result_are_not_the_measure(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an apposition between commas names the measure
        ("The primary outcome measure, 90-day mortality, was similar between groups (49.6% vs 55.6%, P = 0.43).", "90-day mortality"),
        # 'no difference was noted in X'
        ("No significant difference was noted in mean values of PaO2 and pH during surgery between the three groups (P > 0.05).",
         "mean values of PaO2 and pH"),
        # 'These results indicate that there were no differences': the measure of the sentence before
        ("Mean systolic pressure was 126 mm Hg with the cuff and 128 mm Hg without it. "
         "These results indicate that there were no significant differences among the three groups (P = 0.32).", "Mean systolic pressure"),
        ("The data show that pain scores were lower with ketamine (p = 0.01).", "pain scores"),
    ],
)
def test_appositions_reported_clauses_and_noted_differences(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, comparison",
    [
        # arms labelling the result's numbers inside its parenthesis
        ("Ninety-day mortality was similar between groups (SLED: 49.6% vs. CVVH: 55.6%, P = 0.43).", "SLED"),
        # two subgroups are not arms when the document names its arms elsewhere
        ("Patients were randomized to glargine or NPH insulin. Hypoglycaemia was rarer with the new insulin (overall: 12% vs. 20%; overweight: 22% vs. 9%, p = 0.02).",
         None),
    ],
)
def test_arm_labels_inside_the_results_parenthesis(sentence, comparison):
    assert extract(sentence).p_values[-1].comparison == comparison


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a result in square brackets belongs to the phrase before the bracket, as one in parentheses does
        ("Metformin was associated with more hypoglycaemia [relative risk of any episode 1.24 (1.02-1.51); P=0.03].", "hypoglycaemia"),
        ("The rates of major cardiac events [5.9% (n = 5) with SES vs. 9.5% (n = 8) with PES, P = 0.37] were low.", "rates of major cardiac events"),
    ],
)
def test_a_result_in_square_brackets(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, outcome, name",
    [
        # the outcome holds a long form the document abbreviates: outcome_name adds the short form after it
        ("Intraocular pressure (IOP) was measured at 8 am. The reduction in intraocular pressure was greater with bimatoprost (P = 0.01).",
         "intraocular pressure", "intraocular pressure (IOP)"),
        ("Forced expiratory volume in 1 second (FEV1) was the primary end point. Forced expiratory volume in 1 second rose more with tiotropium (p = 0.02).",
         "Forced expiratory volume in 1 second", "Forced expiratory volume in 1 second (FEV1)"),
        ("Low density lipoprotein cholesterol (LDL-C) fell by 30%. Serum low density lipoprotein cholesterol levels were lower with atorvastatin than with diet (p = 0.003).",
         "Serum low density lipoprotein cholesterol levels", "Serum low density lipoprotein cholesterol (LDL-C) levels"),
        # no abbreviation defined in the document: no name
        ("The reduction in intraocular pressure was greater with bimatoprost (P = 0.01).", "intraocular pressure", None),
    ],
)
def test_outcome_name_adds_the_short_form_after_a_defined_long_form(text, outcome, name):
    p = extract(text).p_values[-1]
    assert (p.outcome, p.outcome_name) == (outcome, name)


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # verbs of result that are not verbs of change still end the subject
        ("Three (6%) first attempts failed in the warming group compared with 14 (28%) in the control group (P = 0.008).", "first attempts"),
        ("Eleven (22%) grafts failed with the new suture compared with 19 (38%) with the standard suture (p = 0.04).", "grafts"),
        ("Significantly more patients in the intervention group continued metformin at 12 months (86% vs 61%, p = 0.01).", "metformin"),
        # a gloss between commas explains the measure named before it
        ("Glycaemic variability, expressed as the SD of the seven-point profile, improved more in the pump group (P = 0.039).",
         "Glycaemic variability"),
        ("Pain relief, measured on a 10-point scale, was better with ketorolac than with paracetamol (p = 0.02).", "Pain relief"),
        # a section heading run into its sentence is not part of the subject
        ("RESULTS In the bisoprolol group left ventricular ejection fraction increased from 0.25 to 0.32 (P = 0.01).",
         "left ventricular ejection fraction"),
        ("RESULTS The overall response rate was higher with the combination (41% vs 23%, P = 0.002).", "overall response rate"),
    ],
)
def test_subjects_of_result_verbs_glosses_and_headings(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'all of these effects' points back like 'these effects'
        ("Serum ferritin fell by 40% with iron sucrose. All of these effects were significant compared with oral iron (P < 0.001).", "Serum ferritin"),
        ("Plasma creatinine rose by about 11% on active treatment. Both of these changes were highly significant (P < 0.0001).", "Plasma creatinine"),
        # '1- and 3-year survival' names a measure, it is not a number
        ("The 1- and 3-year overall survival rates were 82% and 61% with surgery. The differences were significant (P = 0.01).",
         "1- and 3-year overall survival rates"),
    ],
)
def test_quantified_anaphors_and_paired_year_measures(text, outcome):
    p = extract(text).p_values[-1]
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the baseline a change is measured from is not the measure
        ("Bimatoprost produced a greater intraocular pressure reduction from the untreated baseline (P < .001).", "intraocular pressure reduction"),
        ("Patients on exenatide had a larger weight loss relative to baseline (P = 0.02).", "weight loss"),
        # a severity adjective names the measure ('severe hypoglycaemia'); before a change noun it does not
        ("Severe hypoglycaemia rates were low in both groups (0.10 vs 0.03 episodes per patient-year, P = 0.17).", "Severe hypoglycaemia rates"),
        ("Moderate exacerbations were less frequent with budesonide than with placebo (P = 0.01).", "Moderate exacerbations"),
        ("There was a mild reduction in pain score with ketorolac (P = 0.04).", "pain score"),
    ],
)
def test_baselines_and_severities(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # people did something, and what they did is the measure (verb and object)
        ("Thirty of 41 patients in group 1 and 29 of 43 patients in group 2 ultimately passed stones (p = 0.96).", "passed stones"),
        ("More women in the yoga group preferred morning sessions (62% vs 40%, P = 0.02).", "preferred morning sessions"),
        ("At the end of treatment 6% more participants in the melatonin group perceived their sleep as better (p = 0.04).",
         "perceived their sleep"),
    ],
)
def test_what_people_did_is_the_measure(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a predicate or the tail of another parenthesis is not a measure; a relative pronoun does not end one
        ("The incidence of vomiting and rescue antiemetics required were significantly low in group G compared with group D; P < 0.05.",
         "incidence of vomiting and rescue antiemetics"),
        ("Hypoglycaemic events reported were significantly fewer with detemir than with NPH insulin (P = 0.01).", "Hypoglycaemic events"),
    ],
)
def test_no_predicate_or_dangling_parenthesis_as_outcome(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # 'except that' opens a clause whose subject is the measure; 'except for X' still singles out X
        ("Side effects did not differ between the groups, except that the frequency of headache was higher with nifedipine (p = 0.01).",
         "frequency of headache"),
        ("Lipid levels were comparable in both arms, except that serum triglycerides rose more with rosiglitazone (P = 0.02).", "serum triglycerides"),
        ("Baseline characteristics were similar except for age (P = 0.03).", "age"),
    ],
)
def test_except_that_opens_a_clause(sentence, outcome):
    [p] = extract(sentence).p_values
    assert p.outcome == outcome


@pytest.mark.parametrize(
    "text, comparison, name",
    [
        # an arm the sentence names by its short form is written out, and the trial's other arm joins it
        ("Patients were randomized to insulin detemir (IDet) or insulin glargine (IGla). Weight gain was smaller in the IDet group (P = 0.02).",
         "the IDet group", "insulin detemir (IDet) vs insulin glargine (IGla)"),
        ("Patients were randomly assigned to receive pioglitazone or placebo for 24 weeks. Weight gain was greater with pioglitazone (2.1 vs 0.3 kg; P < 0.001).",
         "pioglitazone", "pioglitazone vs placebo"),
        ("Children were randomised to zinc or placebo. Diarrhoea lasted 1.2 days less in the zinc arm (P = 0.002).", "the zinc arm", "zinc vs placebo"),
        # a sentence naming no arm in a two-arm trial compares the trial's arms (named in any of the usual ways) ...
        ("Outpatients with heart failure were randomized to either bisoprolol or carvedilol. Resting heart rate fell by 12 beats per minute (P = 0.03).",
         None, "bisoprolol vs carvedilol"),
        ("The 90 participants received melatonin or placebo nightly for four weeks. Sleep onset latency was shorter by 9 minutes (p = 0.04).",
         None, "melatonin vs placebo"),
        ("A comparison of brinzolamide and dorzolamide in ocular hypertension. Ocular discomfort was reported less often (p = 0.01).",
         None, "brinzolamide vs dorzolamide"),
        ("Adults were randomly allocated to one drop of either bimatoprost/timolol or latanoprost/timolol once daily. Hyperaemia scores did not differ (p = 0.38).",
         None, "bimatoprost/timolol vs latanoprost/timolol"),
        # ... but a change from baseline compares no arms
        ("Outpatients with heart failure were randomized to either bisoprolol or carvedilol. Resting heart rate fell from baseline by 12 beats per minute (P = 0.03).",
         None, None),
        # the arms' strengths are not part of their names; an aim's 'X versus Y when added to ...' names the trial's arms
        ("The aim was to compare the efficacy and safety of travoprost 0.004% versus bimatoprost 0.03% when added to the existing twice daily "
         "beta-blocker therapy of patients with glaucoma. Conjunctival hyperaemia did not differ between the groups (P = 0.04).",
         "travoprost 0.004% versus bimatoprost 0.03%", "travoprost vs bimatoprost"),
        ("Pain relief was better with ibuprofen 400 mg versus paracetamol 1000 mg (P = 0.02).", "ibuprofen 400 mg versus paracetamol",
         "ibuprofen vs paracetamol"),
        ("Patients were randomized to timolol 0.5% or betaxolol 0.25%, twice daily. Mean IOP was similar between the groups (P = 0.51).",
         "timolol 0.5% or betaxolol 0.25%", "timolol vs betaxolol"),
        # a 'versus' phrase naming an arm by the last word of its name is the comparison as written
        ("Adults were randomised 1:1 to insulin detemir or glargine. Weight gain was smaller with detemir vs glargine (2.1 vs 2.9 kg, p = 0.01).",
         "detemir vs glargine", None),
        # a 'versus' phrase stating a result is not the trial's arms
        ("Nocturnal hypoglycaemia versus glargine was the main safety outcome. Patients were randomized to detemir or glargine. HbA1c fell similarly (P = 0.4).",
         None, "detemir vs glargine"),
        # no arms known, none named: nothing
        ("Fasting glucose decreased by 1.1 mmol/L (P < 0.01).", None, None),
    ],
)
def test_comparison_name_spells_out_both_arms(text, comparison, name):
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # each number followed by the arm it was measured in: the arm nearest the result is the comparison, the name holds both
        ("Complete remission occurred in 42% with cytarabine and 30% with daunorubicin (P = 0.04).", "daunorubicin", "cytarabine vs daunorubicin"),
        ("The 2-year survival was 61% for arm A and 48% for arm B (P = 0.03).", "arm B", "arm A vs arm B"),
        ("The median survival was 9.5 months for group A versus 11.4 months for group B (P = 0.16).", "group B", "group A vs group B"),
        ("HbA1c fell by 0.8% (SD 0.9) with sitagliptin and by 0.2% (SD 1.0) with placebo (P < 0.001).", "placebo", "sitagliptin vs placebo"),
        ("Graft loss at one year was 12.1% (tacrolimus) and 19.8% (cyclosporine) (P = 0.02).", "cyclosporine", "tacrolimus vs cyclosporine"),
        # arms the numbers belong to 'respectively'
        ("Mean length of stay was 4.2 and 6.1 days in groups 1 and 2, respectively (p = 0.01).", "groups 1 and 2", "groups 1 vs 2"),
        ("Response rates were 35% and 22% for the gemcitabine and docetaxel arms, respectively (P = 0.048).",
         "gemcitabine and docetaxel arms", "gemcitabine vs docetaxel"),
        # a measure over a time span in parentheses is not an arm
        ("Pain scores fell by 2.1 points over 30 minutes (SPID) and by 3.0 points over 2 hours (TOTPAR) with the new tablet (P < 0.05).", None, None),
        # a count or statistic in brackets between the number and its arm
        ("Nausea was reported by 18.2% [27] in the exenatide group and 6.1% [9] in the placebo group (p=0.001).", "placebo group",
         "exenatide vs placebo"),
        ("Median dose was 640 mg/m (2) for pegylated doxorubicin versus 480 mg/m (2) for epirubicin (P = 0.01).", "epirubicin",
         "pegylated doxorubicin vs epirubicin"),
        # the people between the number and the arm: 'of patients who received X', 'patients in group 1', 'patients on X'
        ("Reinfarction occurred in 4 % of patients who received angioplasty and 9 % of patients who received alteplase (P = .03).",
         "alteplase", "angioplasty vs alteplase"),
        ("Healing was complete in 31 of 40 (77.5%) patients in group 1 and 22 of 41 (53.7%) patients in group 2 (p = 0.04).", "group 2",
         "group 1 vs group 2"),
        # an arm spread over two lines of a wrapped abstract
        ("Headache did not differ (12.0% [15] in the\ndapagliflozin group, 10.4% [13] in the\nplacebo group; p = 0.71).", "placebo group",
         "dapagliflozin vs placebo"),
        # ... and a verb or an adverb after the arm is not part of its name
        ("Target pressure was kept in 21 of 30 patients on timolol vs. 25 of 31 patients on bimatoprost reached the goal (P = 0.38).",
         "bimatoprost", "timolol vs bimatoprost"),
        ("Fractures healed in 20 of 24 (83%) patients in group 1 and 17 of 25 (68%) patients in group 2 eventually united (p = 0.3).", "group 2",
         "group 1 vs group 2"),
        # people named by what they were given stand for the two arms
        ("Eleven rosiglitazone recipients and 3 placebo recipients withdrew because of oedema (P = 0.02).", "placebo",
         "rosiglitazone vs placebo"),
        ("Bleeding occurred in 14 heparin recipients (6.9%) and 11 fondaparinux recipients (5.3%) (P > 0.3).", "fondaparinux",
         "heparin vs fondaparinux"),
    ],
)
def test_arms_named_after_their_numbers(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "text, outcome",
    [
        # an apposition before the copula names the measure, also where the clause follows another's parenthesis
        ("Overall, 115 patients were treated with SLED and 117 patients with CVVH (total sessions n = 877).The primary outcome, 28-day mortality, "
         "was similar between groups (SLED: 41.2% vs. CVVH: 44.0%, P = 0.61).", "28-day mortality"),
        ("Ninety children were treated with zinc and 88 with placebo (n = 178).The main end point, stool frequency, was lower with zinc (P = 0.04).",
         "stool frequency"),
        # a reporting participle before 'that' opens the clause that holds the measure
        ("The analysis is shown that after the intervention, pain score has a significant difference between the groups (P = 0.001).", "pain score"),
        # 'there were more X': X, even though 'there' alone points back
        ("There were significantly more successful intubations in the video group vs. the direct group (92% vs. 80%; p = 0.02).",
         "successful intubations"),
        # 'no effect of A on X': X
        ("Overall, there was no effect of probiotics on acute diarrhoea (8% reduction, 95% CI -2 to 17%; p = 0.09).", "acute diarrhoea"),
        # 'a better outcome' points back to the measure named before
        ("Quality of life was assessed with the SF-36 at 6 months. The exercise group had a better outcome (p = 0.03).", "Quality of life"),
    ],
)
def test_appositions_reported_clauses_existentials_and_generic_outcomes(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, name",
    [
        # the dose before an arm, several parentheses after it, 'using either X or Y' still name the trial's arms
        ("Adults with diabetes were randomly allocated to receive 40 mg simvastatin daily or matching placebo. Cancer incidence did not differ (p = 0.6).",
         "simvastatin vs matching placebo"),
        ("Women were assigned by randomisation to vaginal progesterone pessaries (200 mg nightly) (n = 120) or placebo (n = 118). "
         "Preterm birth rates were similar between the groups (P = 0.44).", "vaginal progesterone pessaries vs placebo"),
        ("Patients were randomly assigned to one of two groups intubated with the videolaryngoscope using either a rigid stylet or a malleable stylet. "
         "Intubation was faster (p = 0.01).", "rigid stylet vs malleable stylet"),
        # an allocation ratio before 'to' ('randomized in a 2:1 ratio to', 'assigned 1:1 to')
        ("Adults were randomized in a 2:1 ratio to receive dapagliflozin 10 mg once daily or placebo for 12 weeks. Body weight fell (p < 0.001).",
         "dapagliflozin vs placebo"),
        ("Children were assigned 1:1 to oral amoxicillin or placebo. Treatment failure was less frequent (P = 0.02).", "oral amoxicillin vs placebo"),
        # an arm followed by 'to' what it is added to
        ("Patients on metformin were randomized to either the addition of vildagliptin 50 mg daily or placebo to ongoing metformin. "
         "Fasting glucose decreased more (p = 0.003).", "vildagliptin vs placebo"),
    ],
)
def test_the_trials_arms_from_allocation_phrases(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a verb inside a gloss between commas is not the clause's verb
        ("The rate of remission, defined as a HAM-D score below 7 and a rating of much improved on the CGI scale, was 41% with sertraline "
         "and 22% with placebo (P = 0.003).", "rate of remission"),
        ("Clinical success, defined as resolution of fever and symptoms that improved within 72 hours, occurred in 88% and 79% of children (P = 0.04).",
         "Clinical success"),
    ],
)
def test_a_gloss_between_commas_is_skipped(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, comparison, name",
    [
        # what stands before 'versus' is the measure when it names neither of the trial's arms
        ("Patients were randomized to lixisenatide or placebo. Lixisenatide produced a greater weight loss versus placebo (-1.8 vs -0.9 kg; p = 0.01).",
         "placebo", "Lixisenatide vs placebo"),
        # 'add', a schedule or an article before an arm's name are not part of it
        ("Patients on metformin were randomized to add once-daily glargine or NPH insulin at bedtime. Nocturnal hypoglycaemia was rarer (p = 0.02).",
         None, "glargine vs NPH insulin"),
        ("Patients were randomized to a twice-daily premixed insulin (n = 40) or daily detemir (n = 41). HbA1c fell by 1.2% and 0.9% (P = 0.03).",
         None, "premixed insulin vs detemir"),
    ],
)
def test_measures_and_schedules_are_not_arms(text, comparison, name):
    p = extract(text).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # 'resulted in' / 'led to' take the measure as object, as 'reduced' does
        ("Intrathecal morphine resulted in a lower pain score than intravenous morphine (3.1 vs 4.6; P = 0.01).", "pain score"),
        ("Eight weeks of training led to a higher grip strength than stretching (P = 0.02).", "grip strength"),
        # the last change noun names a group: the change noun before it names the measure
        ("Oral zinc for ten days (20 mg per day) resulted in a 40 percent reduction in stool output, as compared with a 12 percent decrease "
         "in the placebo group (P < 0.001).", "stool output"),
    ],
)
def test_resulted_in_and_a_change_in_a_group(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # 'differences were present in X' names X, as 'were found in X' does
        ("No detectable differences were present in muscle soreness between the supplement and placebo trials (p = 0.41).", "muscle soreness"),
        ("No significant differences were found in serum ferritin at 12 weeks (P = 0.37).", "serum ferritin"),
    ],
)
def test_differences_present_in_a_measure(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the statistic a value is given as is not part of the measure's name
        ("Systolic pressure (mean +/- SD) fell from 151 +/- 12 to 138 +/- 10 mm Hg with the diuretic (P<0.01).", "Systolic pressure"),
        ("Forced vital capacity mean [SD] was higher (3.1 [0.6] vs 2.7 [0.5] L, P = 0.004) after the inhaler.", "Forced vital capacity"),
        ("Mean (SD) Oswestry disability score was 22 (9) with surgery and 31 (12) with physiotherapy (P = 0.001).", "Oswestry disability score"),
        # a time point closing the phrase says when, not what, was measured
        ("The mean number of falls in the first year was 1.2 with exercise and 2.0 without (P = 0.03).", "mean number of falls"),
        ("Serum ferritin at 6 months was higher in the iron arm (P < 0.001).", "Serum ferritin"),
    ],
)
def test_statistics_and_time_points_are_not_part_of_the_outcome(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a target right after the measure is what was counted
        ("More patients on the pump reached an HbA1c level of <7.0% (44% vs 21%; P = 0.002).", "HbA1c level of <7.0%"),
        ("The proportion of patients achieving LDL cholesterol < 100 mg/dL was higher with ezetimibe (P < 0.001).",
         "proportion of patients achieving LDL cholesterol < 100 mg/dL"),
        ("Statin therapy increased the proportion of participants with systolic pressure <=140 mm Hg compared with diet (P = 0.01).",
         "proportion of participants with systolic pressure <=140 mm Hg"),
    ],
)
def test_a_target_after_the_measure_is_part_of_it(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # a comparison noun names the measure after 'between the groups', 'for' or 'toward'
        ("There was no difference between the groups in length of hospital stay (6 vs 7 days; P = 0.4).", "length of hospital stay"),
        ("The hazard ratio for stroke was 0.71 with the anticoagulant (95% CI 0.55-0.90; P = 0.005).", "stroke"),
        ("The effect size for pain relief versus sham was 0.62 (P = 0.02).", "pain relief"),
        ("A trend was seen toward shorter time to extubation with dexmedetomidine (p = 0.07).", "time to extubation"),
        # ... also with the statistic in parentheses after it
        ("The mean change (SD) from baseline in grip strength was 2.1 (1.0) kg with training and 0.3 (1.2) kg without (P < 0.001).",
         "grip strength"),
    ],
)
def test_a_comparison_noun_names_the_measure_after_it(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a phrase naming the trial's arm after the measure is where it was measured
        ("Children were randomized to zinc or placebo. The relative risk of pneumonia for zinc was 0.8 (0.6-1.1, P = 0.21).", "pneumonia"),
        ("Adults were randomized to the app or a leaflet. Step counts with the app were higher at week 6 (P = 0.03).", "Step counts"),
    ],
)
def test_a_trailing_arm_is_not_part_of_the_outcome(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'the corresponding ...' points back to the measure named before
        ("Baseline serum phosphate was 6.1 mg/dL in both arms. The corresponding mean changes at week 12 were -1.9 and -0.4 mg/dL (P < 0.001).",
         "Baseline serum phosphate"),
        # ... and when that sentence points back itself, to the one before it
        ("After 8 weeks, sertraline lowered the HAM-D score by 11 points. The corresponding figures for placebo were 6 points. "
         "The difference of 5 points was significant (p = 0.002).", "HAM-D score"),
        # an earlier clause's comparison noun names the measure an anaphor points to
        ("There was no difference in wound infection after one week, but the difference became significant by week 4 (P = 0.01).", "wound infection"),
    ],
)
def test_corresponding_values_point_back_to_an_earlier_measure(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # ', and' opens a clause of its own when both sides have a verb
        ("Body weight was also lower with the diet (-2.1 kg, 95% CI -3.0 to -1.2), and a larger share of participants reached "
         "an LDL cholesterol of <100 mg/dL (41% vs 18%; P = .002) than with usual care.", "LDL cholesterol of <100 mg/dL"),
        # 'while' before a participle is not a new clause
        ("A greater proportion of patients reached a systolic pressure < 140 mm Hg while assigned to the combination as compared with "
         "monotherapy (62 vs. 41%; p = 0.004).", "systolic pressure < 140 mm Hg"),
        # an earlier clause's change noun is what 'no significant difference' points back to
        ("The mean change in serum urate was -2.4 mg/dL with febuxostat and -2.1 mg/dL with allopurinol, and there was no significant "
         "difference between the arms (P = 0.21).", "serum urate"),
    ],
)
def test_a_coordinated_clause_has_its_own_subject(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # people counted by what they reached or were in: that is the outcome
        ("At week 16, 44% of patients on the biologic were in remission compared with 21% on placebo (p < 0.001).", "remission"),
        ("Fewer children in the spacer arm reached a peak flow < 60% of predicted (P = 0.03).", "peak flow < 60%"),
        ("Overall, 9 (60%) of 15 children given melatonin were classified as good sleepers compared with 2 of 14 in the placebo "
         "group (P = .01).", "classified as good sleepers"),
        ("Similar proportions achieved a PASI 75 response (P = 0.4), but more patients on the higher dose reaching PASI 90 "
         "(P = 0.02).", "PASI 90"),
    ],
)
def test_people_counted_by_a_category_link_the_category(sentence, outcome):
    assert extract(sentence).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # 'a difference between the X of A and B' compares X
        ("There was no significant difference between the walking speeds of older and younger adults on the treadmill (P = 0.62).",
         "walking speeds"),
        # ... and 'before' or 'after' ends the measure a change noun names
        ("There was no difference in anxiety scores before surgery, but there was a significant difference on the day after (P = 0.004).",
         "anxiety scores"),
        ("The change in gastric emptying after a test meal was larger with erythromycin (P = 0.02).", "gastric emptying"),
    ],
)
def test_the_measure_compared_between_two_groups(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # no measure named near the result: the trial's declared primary endpoint is what it is about
        ("The primary outcome was the mean diurnal IOP at week 12. RESULTS: The 0.005% dose was more effective than the 0.0015% dose, "
         "with a difference of 1.1 mmHg (P < 0.001).", "mean diurnal IOP"),
        ("The primary end point was time to first relapse. Eighty-one patients were randomized. It was longer in the "
         "vaccine group (P = 0.03).", "time to first relapse"),
    ],
)
def test_a_result_naming_no_measure_takes_the_primary_endpoint(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


def test_a_primary_endpoint_declared_after_the_result_is_not_used():
    text = "The difference of 1.1 mmHg was significant (P < 0.001). The primary outcome was the mean diurnal IOP."
    assert extract(text).p_values[0].outcome is None


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a clock time is one word, and closing the phrase it says when the measure was taken
        ("After 3 months, mean IOP at 10:00 h was 17.1 mm Hg with drug A (n = 40) and 18.4 mm Hg with drug B (n = 41; p = 0.02).", "mean IOP"),
        # what follows 'with' is the treatment: no outcome rather than the drug
        ("Patients were randomized to A or B. It was better with the vaccine (P = 0.04).", None),
    ],
)
def test_clock_times_and_treatments_are_not_the_measure(text, outcome):
    assert extract(text).p_values[-1].outcome == outcome


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # the first arm named before its number ('for X was N'), the second after its own
        ("In stage II disease, the 5-year survival for surgery and radiotherapy was 71% compared with 45% for surgery alone (P = 0.01).",
         "surgery alone", "surgery and radiotherapy vs surgery alone"),
        ("Pain at rest with the patch was 12% versus 25% with oral morphine (P = 0.03).", "oral morphine", "patch vs oral morphine"),
        # group labels before their numbers, also after 'whereas' or a bare 'and'
        ("In group A with 60 evaluable patients, the response rate was 30% whereas in group B with 58 evaluable patients it was 41% (P = 0.2).",
         "group B", "group A vs group B"),
        ("The mean operative time for group 1 was 42 min and group 2 was 55 min (P < 0.001).", "group 2", "group 1 vs group 2"),
        ("In group A 40% of children reported no pain as compared to 75% in group B (P = 0.02).", "group B", "group A vs group B"),
        # the measure a change is of is not an arm
        ("The mean reduction for HbA1c was 0.8% versus 0.2% for placebo (P < 0.001).", "placebo", None),
    ],
)
def test_arms_named_before_their_numbers(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Patients were randomly assigned to receive either chemo-immunotherapy (group A) or chemotherapy (group B). "
         "The response rate was 61% in group A and 44% in group B (P = 0.03).", "chemo-immunotherapy (group A) vs chemotherapy (group B)"),
        ("Sixty adults were allocated into two groups: dexmedetomidine (group D) and saline (group S). "
         "Shivering occurred in 10% of group D and 37% of group S (p = 0.01).", "dexmedetomidine (group D) vs saline (group S)"),
        ("Eyes were treated with brimonidine twice a day (group 1) or with timolol twice a day (group 2). "
         "Mean pressure was 16.1 mm Hg in group 1 and 17.4 mm Hg in group 2 (p = 0.04).", "brimonidine (group 1) vs timolol (group 2)"),
        # a label the document never defines stays as written
        ("The response rate was 61% in group A and 44% in group B (P = 0.03).", "group A vs group B"),
    ],
)
def test_a_group_label_is_written_out_as_the_arm_it_stands_for(text, name):
    assert extract(text).p_values[-1].comparison_name == name


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # people receiving 'X or Y, respectively' name the two arms in the numbers' order
        ("Remission was reached by 41 and 29% of patients receiving budesonide or mesalazine, respectively (P = 0.04).",
         "mesalazine", "budesonide vs mesalazine"),
        ("Relapse occurred in 12% and 20% of those given azathioprine or placebo, respectively (P = 0.1).", "placebo", "azathioprine vs placebo"),
        # two times the numbers belong to are no arms
        ("Mean scores were 4.1 and 5.0 for the first and second visits, respectively (P = 0.2).", None, None),
    ],
)
def test_arms_given_respectively_after_or(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)
