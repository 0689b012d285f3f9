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


@pytest.mark.parametrize(
    "sentence, arms",
    [
        (
            "A total of 90 patients were treated, 30 with standard FEC, 31 with dose-dense FEC and 29 with weekly paclitaxel.",
            [(30, "standard FEC"), (31, "dose-dense FEC"), (29, "weekly paclitaxel")],
        ),
        (
            "Of the remaining 312 patients, 160 underwent axillary dissection and 152 received axillary radiotherapy according to the allocation.",
            [(160, "axillary dissection"), (152, "axillary radiotherapy")],
        ),
        (
            "Of 410 enrolled patients, 388 were evaluable: 190 received ondansetron, and 198 received palonosetron.",
            [(190, "ondansetron"), (198, "palonosetron")],
        ),
        (
            "Among 96 participants, 50 were treated with cryotherapy and 46 with laser ablation.",
            [(50, "cryotherapy"), (46, "laser ablation")],
        ),
    ],
)
def test_a_list_that_adds_up_to_the_count_before_it_gives_the_arms(sentence, arms):
    found = sizes(sentence)
    for arm in arms:
        assert arm in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty-eight patients were enrolled (22 men, 16 women; mean age 51.7 years).",
        "Of the 40 patients, 12 had CR, 20 had PR and 8 had SD.",
        "Of 131 women, 13 had osteoporosis, 50 osteopenia and 68 normal BMD.",
        "Of 120 patients, 70 completed the study and 50 withdrew.",
    ],
)
def test_a_list_of_sexes_responses_or_stages_is_no_list_of_arms(sentence):
    assert all(rule != "sample_size.summed_list" for rule in (n.rule for n in extract(sentence).sample_sizes))


@pytest.mark.parametrize(
    "sentence, total, role",
    [
        ("We randomized 94 women into the study.", 94, "randomized"),
        ("The investigators randomised 212 adults in a 2:1 fashion.", 212, "randomized"),
    ],
)
def test_a_randomized_count_is_not_read_as_a_design_phrase(sentence, total, role):
    assert (total, role) in [(n.value, n.role) for n in extract(sentence).sample_sizes if n.arm is None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ovarian cancer cases (n = 1,204) were drawn from the state registry and community controls (n = 1,480) by random dialling.",
            [(1204, "Ovarian cancer cases"), (1480, "community controls")],
        ),
        (
            "In this study, 118 patients were enrolled in the usual care group and 121 patients in the nurse-led follow-up group.",
            [(118, "usual care group"), (121, "nurse-led follow-up group")],
        ),
        (
            "At the two sites, 64 women were included in the yoga group and 60 women in the waitlist group.",
            [(64, "yoga group"), (60, "waitlist group")],
        ),
    ],
)
def test_case_control_groups_and_counts_enrolled_in_a_group(sentence, expected):
    assert sorted((v, a) for v, a in sizes(sentence) if a) == sorted(expected)


@pytest.mark.parametrize(
    "text, total",
    [
        ("Fifty-eight breast cancer patients were included in the study. In the intervention group, arm exercises started on day 1.", 58),
        ("Ninety adults were enrolled in the trial. Participants in the control group received leaflets.", 90),
    ],
)
def test_an_arm_label_never_runs_over_the_end_of_a_sentence(text, total):
    assert (total, None) in sizes(text)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Women were randomized to usual care (no supervised sessions; 52 patients), moderate exercise (two sessions per week; 50 patients) or intensive exercise (four sessions per week; 49 patients).",
            [(52, "usual care"), (50, "moderate exercise"), (49, "intensive exercise")],
        ),
        (
            "Patients were allocated to low-dose aspirin (75 mg daily; 210 patients) or placebo (matching tablets; 205 patients).",
            [(210, "low-dose aspirin"), (205, "placebo")],
        ),
    ],
)
def test_an_arm_count_after_the_arm_description_in_its_parenthesis(sentence, expected):
    assert sorted((v, a) for v, a in sizes(sentence) if a) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, subgroup",
    [
        ("Most patients (58 patients receiving pegfilgrastim [91%]; 49 patients receiving filgrastim [84%]) recovered by day 10.", 58),
        ("Relapses were rare: 4 cases in the radiotherapy group (2.0%) and 9 in the observation group.", 4),
        ("Grade 3 neuropathy affected 12 women on weekly paclitaxel (9.5%).", 12),
    ],
)
def test_a_count_whose_arm_is_followed_by_a_percentage_is_a_subgroup(sentence, subgroup):
    assert subgroup not in [v for v, _ in sizes(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Thirty-eight patients were given pioglitazone, and 41 patients were given placebo.",
            [(38, "pioglitazone"), (41, "placebo")],
        ),
        (
            "In the first centre, 25 children were administered oral midazolam and 27 children were administered intranasal dexmedetomidine.",
            [(25, "oral midazolam"), (27, "intranasal dexmedetomidine")],
        ),
        (
            "Sixty women were treated with letrozole and 58 women were treated with clomiphene citrate.",
            [(60, "letrozole"), (58, "clomiphene citrate")],
        ),
    ],
)
def test_arms_listed_with_a_verb_of_giving(sentence, expected):
    assert sorted((v, a) for v, a in sizes(sentence) if a) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ninety women were randomised (n = 46, yoga; n = 44, wait-list).", {46: "yoga", 44: "wait-list"}),
        ("Outcomes were analysed in 73 completers (n = 37 Aloe; n = 36 aqueous cream).", {37: "Aloe", 36: "aqueous cream"}),
        ("Saliva samples were available for 58 women (MBSR n=30; Control n=28).", {30: "MBSR", 28: "Control"}),
        ("Participants began walking on day 2 (early group = 33) or after discharge (delayed group = 35).", {33: "early group", 35: "delayed group"}),
        ("The study enrolled 150 couples (ACT: n = 76; usual care: n = 74).", {76: "ACT", 74: "usual care"}),
    ],
)
def test_arms_counted_with_n_inside_one_parenthesis(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert all(found.get(value) == label for value, label in expected.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "In all, 212 adults took part (n = 150 Chinese; n = 40 Malay; n = 22 Indian).",
        "Of the 120 patients enrolled (female, n = 71; male, n = 49), most had stage II disease.",
        "Injection-site reactions were rare (gel, n = 2; cream, n = 1).",
        "Adverse events were mild (gel, n = 4; cream, n = 6) and resolved without treatment.",
        "The trial randomised 98 patients (aged <65 years, n = 60; aged >=65 years, n = 38).",
    ],
)
def test_a_parenthesis_that_breaks_the_sample_down_gives_no_arms(sentence):
    assert not [n for n in extract(sentence).sample_sizes if n.arm is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sixty women with a median age of 52 years (TA 31 patients, TC 29 patients) were enrolled.", {31: "TA", 29: "TC"}),
        ("Of the 88 women, 80 completed the study (AC-T, 41 patients; TC, 39 patients).", {41: "AC-T", 39: "TC"}),
        ("A total of 300 men were randomized (98 placebo, 101 finasteride 1 mg, and 101 finasteride 5 mg).", {98: "placebo", 101: "finasteride 5 mg"}),
    ],
)
def test_a_parenthesis_that_splits_the_count_before_it_into_named_arms(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert all(found.get(value) == label for value, label in expected.items())


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Women were randomized to daily zoledronate infusion (112) or observation (109) after surgery.", {112: "daily zoledronate infusion", 109: "observation"}),
        ("Children were allocated to the reading programme (57) and the usual lessons (61) by school.", {57: "reading programme", 61: "usual lessons"}),
    ],
)
def test_arms_of_an_allocation_each_with_a_bare_count(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "As shown by Smith (1998) and Jones (2001), patients randomized to surgery fared better.",
        "Scores on the anxiety scale (12) and the depression scale (15) were similar at baseline.",
    ],
)
def test_bare_counts_in_parentheses_outside_an_allocation_are_no_arms(sentence):
    assert not [n for n in extract(sentence).sample_sizes if n.arm is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Of 260 women enrolled, 121 patients treated with letrozole and 119 who received anastrozole were evaluable.", {121: "letrozole", 119: "anastrozole"}),
        ("The per-protocol set included 88 participants receiving the app and 90 receiving printed leaflets, as planned.", {88: "app", 90: "printed leaflets"}),
    ],
)
def test_two_counts_each_with_what_it_was_given_are_arms(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert found == expected


def test_two_counts_with_their_treatment_and_an_event_are_events():
    sentence = "Headache was reported by 14 patients receiving the drug and 6 receiving placebo had no symptoms."
    assert not [n for n in extract(sentence).sample_sizes if n.arm is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The yoga and stretching groups consisted of 34 and 31 patients, respectively.", {34: "yoga", 31: "stretching"}),
        ("Samples were available for 212 and 207 women in the letrozole and placebo arm, respectively.", {212: "letrozole", 207: "placebo"}),
        ("Of 120 women, 101 completed treatment (n=52 and n=49 for the cream group and gel group, respectively).", {52: "cream", 49: "gel"}),
    ],
)
def test_counts_given_respectively_for_two_arms_named_together(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert all(found.get(value) == label for value, label in expected.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients received doxorubicin and cyclophosphamide (60 and 600 mg/m2, respectively) in both arms.",
        "Median times to progression were 6 and 12 months in the standard and intensive groups, respectively.",
    ],
)
def test_doses_and_durations_given_respectively_are_not_arm_counts(sentence):
    assert not [n for n in extract(sentence).sample_sizes if n.arm is not None]


def arm_counts(text):
    return {(n.value, n.arm) for n in extract(text).sample_sizes if n.arm is not None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The control group consisting of 52 patients received usual care, and the yoga group consisting of 49 patients "
         "attended weekly classes.", {(52, "control group"), (49, "yoga group")}),
        ("A comparison group of 118 women who declined screening was followed for five years.", {(118, "comparison group")}),
        ("Patients were split into two groups. The first group of twenty-five patients chewed gum after surgery.", {(25, "first group")}),
        ("The placebo arm comprised 64 participants and was stopped early.", {(64, "placebo arm")}),
        # a group beside the randomised arms, not the whole sample
        ("Patients were randomized to trastuzumab (n = 117) or observation (n = 118). A parallel cohort of 99 patients "
         "with HER2-negative disease received the same chemotherapy.", {(117, "trastuzumab"), (118, "observation"), (99, "parallel cohort")}),
    ],
)
def test_a_named_group_of_n_people_is_an_arm(sentence, expected):
    assert expected <= arm_counts(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("The trial enrolled a small group of 40 women with lymphoedema.", 40),
        ("Outcomes were analysed in the whole cohort of 1,260 patients with node-positive disease.", 1260),
        ("This was a study of a large homogeneous group of 350 survivors.", 350),
        ("Interview themes were checked with a focus group of 12 women before 140 women were enrolled in the trial.", 140),
    ],
)
def test_a_group_that_describes_the_whole_sample_stays_a_total(sentence, total):
    record = extract(sentence)
    assert not arm_counts(sentence) and record.trial_n is not None and record.trial_n.value == total


@pytest.mark.parametrize(
    "sentence",
    [
        # dates, times of day, time points and places listed like arms
        "The first trial was closed in 2003 after 4.1 years of follow-up, and the second was closed in 2005 after 6.3 years.",
        "Blood pressure was measured at 8 AM, 12 AM and 6 PM on each visit day.",
        "The endpoint was the change from baseline to month 6 in mean diastolic pressure and to week 12 in weight.",
        "Patients came from 48 hospitals in France and 12 French-speaking centres.",
        # events by arm whose verb follows a strength
        "Six patients on brimonidine 0.2% and 19 on timolol 0.5% withdrew from the study.",
        "During follow-up there were 64 recurrences in the radiotherapy group and 81 in the observation group.",
        "There were 9 deaths in the surgery arm and 14 in the radiotherapy arm.",
        "There were 31 serious infections in the steroid group and 17 in the placebo group.",
        # an event in each group, or one or two patients
        "Two patients in each group developed a wound infection.",
        "Fever occurred in one child in each arm.",
    ],
)
def test_dates_times_places_and_events_listed_by_arm_are_no_arms(sentence):
    assert not arm_counts(sentence)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Tissue was collected whenever possible, and again after the second infusion (n = 71).", 71),
        ("At the 6-month follow-up (n = 92) depressive symptoms were assessed again.", 92),
        ("Gene expression was measured in a random subsample (n = 40) of the cohort.", 40),
        ("The recruitment target (n = 240) was reached after three years.", 240),
        ("In a sensitivity analysis, patients with 6-month follow-up data excluded (n = 212) were analysed again.", 212),
    ],
)
def test_time_points_parts_of_the_sample_and_targets_are_no_arms(sentence, value):
    assert value in {n.value for n in extract(sentence).sample_sizes if n.arm is None}
    assert not arm_counts(sentence)


def test_a_list_of_arms_ends_at_a_semicolon():
    # the clause after the semicolon counts events; the arms before it stay arms
    sentence = ("Analysis included 86 women in the massage group and 84 in the control group; 12 women in the control group "
                "reported a fall.")
    assert {(86, "massage group"), (84, "control group")} <= arm_counts(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("We studied a heterogeneous group of 45 patients with refractory epilepsy.", 45),
        ("The study included a population-based cohort of 5120 women.", 5120),
        ("We followed a multicenter cohort of 312 children with asthma.", 312),
        ("An unselected group of 80 patients was enrolled.", 80),
        ("The patient group consisted of 120 patients.", 120),
        ("Outcomes were compared with an external control cohort of 150 patients.", 150),
        ("We enrolled a consecutive group of 64 patients with stroke.", 64),
        ("The study sample comprised an unselected group of 91 patients with asthma.", 91),
    ],
)
def test_a_group_of_n_people_without_an_arm_name_is_the_whole_sample(sentence, total):
    # only an arm word ('control group of') or an ordinal ('the second group of') names one arm
    record = extract(sentence)
    assert not arm_counts(sentence) and record.trial_n is not None and record.trial_n.value == total


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients were randomized to nurse-led telephone follow-up (n = 120) or standard hospital follow-up (n = 118).",
         {(120, "nurse-led telephone follow-up"), (118, "standard hospital follow-up")}),
        ("Patients were randomized to early follow-up (n = 85) or late follow-up (n = 80).", {(85, "early follow-up"), (80, "late follow-up")}),
        ("Women were allocated to structured GP follow-up (n = 150) or routine oncologist follow-up (n = 146).",
         {(150, "structured GP follow-up"), (146, "routine oncologist follow-up")}),
        ("Patients were treated at the day-care unit (n = 60) or in hospital (n = 58).", {(60, "day-care unit"), (58, "hospital")}),
        ("Children were seen in the school clinic (n = 44) or at home (n = 41).", {(44, "school clinic"), (41, "at home")}),
    ],
)
def test_an_arm_named_after_its_follow_up_or_its_place_is_no_time_point(sentence, expected):
    assert arm_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Participants (42 received acupuncture; 40 received sham acupuncture) completed the questionnaires.",
         {(42, "acupuncture"), (40, "sham acupuncture")}),
        ("Children (55 received zinc; 53 received placebo) were followed for six months.", {(55, "zinc"), (53, "placebo")}),
        ("Mothers (61 were assigned to home visits; 59 were assigned to usual care) completed the survey.",
         {(61, "home visits"), (59, "usual care")}),
    ],
)
def test_a_semicolon_between_listed_arms_does_not_end_the_list(sentence, expected):
    assert expected <= arm_counts(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Overall, 1200 pupils took part (612 in intervention schools and 588 in control schools).",
         {(612, "intervention schools"), (588, "control schools")}),
        ("Ninety-eight patients were randomized, 50 to the intervention wards and 48 to usual care wards.",
         {(50, "intervention wards"), (48, "usual care wards")}),
        ("In total, 1450 patients were registered, 730 in intervention practices and 720 in control practices.",
         {(730, "intervention practices"), (720, "control practices")}),
    ],
)
def test_arms_of_a_cluster_trial_named_by_their_places_are_arms(sentence, expected):
    assert expected <= arm_counts(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Of the 300 women, 150 were randomized to surgery for displaced fractures in the hip and 150 to conservative care.",
         {(150, "surgery for displaced fractures in the hip"), (150, "conservative care")}),
        ("Of 210 patients, 104 were assigned to fixation of fractures in the elderly and 106 to casting.",
         {(104, "fixation of fractures in the elderly"), (106, "casting")}),
        ("Of 160 patients, 80 were randomised to prophylaxis against infections in the ICU and 80 to no prophylaxis.",
         {(80, "prophylaxis against infections in the ICU"), (80, "no prophylaxis")}),
    ],
)
def test_an_event_noun_inside_an_arm_label_does_not_make_the_list_events(sentence, expected):
    # events are counted right after the number ('118 invasive breast cancers in the X group'), not inside a treatment
    assert expected <= arm_counts(sentence)
