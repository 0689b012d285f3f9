"""Sample sizes: the count, its role and its arm; numbers that are not participant counts are left alone."""

import pytest

from tests.conftest import extract


def sizes(text):
    return [(n.value, n.role, n.arm) for n in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A total of 248 patients were randomized to dapagliflozin or placebo.", [(248, "randomized", None)]),
        ("We enrolled 60 consecutive adults with type 2 diabetes.", [(60, "enrolled", None)]),
        ("Ninety-three women were recruited from three clinics.", [(93, "enrolled", None)]),
        ("In this randomized, open-label trial, we recruited 75 children with asthma.", [(75, "enrolled", None)]),
        ("Of 412 patients screened, 300 were randomly assigned.", [(412, "screened", None), (300, "randomized", None)]),
        ("Between 2010 and 2012, 96 women were enrolled, and 87 were evaluable.", [(96, "enrolled", None), (87, "analysed", None)]),
        ("Women with bone metastases (N = 228) were randomly assigned.", [(228, "randomized", None)]),
        ("In total, 1,204 participants were included in the analysis.", [(1204, "analysed", None)]),
        ("The trial will recruit 520 participants over two years.", [(520, "planned", None)]),
        ("One hundred and twelve subjects completed the study.", [(112, "completed", None)]),
        ("The study assessed efficacy in twenty patients with gout.", [(20, "enrolled", None)]),
    ],
)
def test_totals_with_their_role(sentence, expected):
    assert sizes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Patients were randomized to either metformin (n = 40) or the placebo group (n = 38).",
            [(40, "randomized", "metformin"), (38, "randomized", "placebo group")],
        ),
        (
            "Eighty patients were randomized 1:1 to laser therapy (n = 40) or sham (n = 40).",
            [(80, "randomized", None), (40, "randomized", "laser therapy"), (40, "randomized", "sham")],
        ),
        (
            "In all, 98 patients received either insulin glargine (n = 50) or NPH insulin (n = 48).",
            [(98, "treated", None), (50, "treated", "insulin glargine"), (48, "treated", "NPH insulin")],
        ),
    ],
)
def test_per_arm_counts_carry_their_arm_label(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Of 120 patients, 60 were randomized to yoga and 60 to usual care.",
            [(120, "randomized", None), (60, "randomized", "yoga"), (60, "randomized", "usual care")],
        ),
        (
            "In total, 540 patients enrolled (271 received lapatinib-capecitabine, and 269 received trastuzumab-capecitabine).",
            [(540, "enrolled", None), (271, "treated", "lapatinib-capecitabine"), (269, "treated", "trastuzumab-capecitabine")],
        ),
        (
            "Sixty-nine (49.3%) were assigned to patent blue and 71 (50.7%) to methylene blue.",
            [(69, "randomized", "patent blue"), (71, "randomized", "methylene blue")],
        ),
        (
            "Of these, 80 participants (38 intervention, 42 control) completed follow-up.",
            [(80, "completed", None), (38, "completed", "intervention"), (42, "completed", "control")],
        ),
        ("Control dyads (n = 63) received usual care.", [(63, "treated", "Control dyads")]),
        ("Patients (n = 449) were randomly assigned to docetaxel or paclitaxel.", [(449, "randomized", None)]),
        ("They were randomized to lumpectomy only (LO, n = 403) or lumpectomy plus radiotherapy (LRT, n = 410).",
         [(403, "randomized", "lumpectomy only"), (410, "randomized", "lumpectomy plus radiotherapy")]),
        ("Forty-one patients were randomized to arm A and 29 patients to arm B.",
         [(41, "randomized", "arm A"), (29, "randomized", "arm B")]),
        ("Each arm of the trial consisted of 30 patients.", [(30, "enrolled", "Each arm")]),
        ("Outcomes were assessed in 23 patients in the drug group and 17 patients of the control group.",
         [(23, "enrolled", "drug group"), (17, "enrolled", "control group")]),
        ("There were 42 patients in the experimental group and 36 patients in the control group.",
         [(42, "enrolled", "experimental group"), (36, "enrolled", "control group")]),
    ],
)
def test_arms_listed_in_running_text(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients aged 18-70 years old were eligible.",
        "Participants received 500 mg metformin twice daily for 12 weeks.",
        "Mortality at 28 days was 8.3% (1/12).",
        "There are more than 3 million patients worldwide.",
        "HbA1c fell by 0.9% (P = 0.01) after 24 weeks.",
        "Absolute neutrophil count < 500 cells/mm3.",
        "A 3 + 3 dose-escalation design was used across 3 groups.",
        "Mortality was 0% among 5 patients with COVID-19.",
        "Fifty-six patients assigned to drug A died during follow-up.",
        "Neuropathy occurred in 40.7% (11 patients).",
    ],
)
def test_numbers_that_are_not_sample_sizes(sentence):
    assert sizes(sentence) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- Target Recruitment\n- 120\n", [(120, "planned", None)]),
        ("Enrollment: 64 (Actual)\n", [(64, "enrolled", None)]),
        ("Estimated Enrollment: 300\n", [(300, "planned", None)]),
        # ClinicalTrials.gov's current site and ISRCTN put the value on its own line under the label
        ("Enrollment (Actual)\n201\n", [(201, "enrolled", None)]),
        ("Enrollment (Estimated)\n300\n", [(300, "planned", None)]),
        ("Target number of participants\n320\nTotal final enrolment\n274\n", [(320, "planned", None), (274, "enrolled", None)]),
    ],
)
def test_registry_enrollment_fields(text, expected):
    assert sizes(text) == expected


def test_arm_larger_than_its_total_is_reported_not_written():
    record = extract("Twenty patients were randomized to drug A (n = 30) or drug B (n = 10).")
    assert all(n.value <= 20 for n in record.sample_sizes if n.arm)
    assert record.rejected, "the conflict must be reported"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Forty-eight overweight and obese men with type 2 diabetes participated in the study.", [(48, "enrolled", None)]),
        ("The trial recruited 64 inactive, postmenopausal women.", [(64, "enrolled", None)]),
        ("A double-blind crossover study was performed in 31 type 2 diabetic subjects.", [(31, "enrolled", None)]),
        ("The safety population comprised 212 patients (55.2% men; mean age, 61 years).", [(212, "enrolled", None)]),
        ("This single-blind randomised controlled trial (RCT; N = 240) compares text messages with usual care.", [(240, "enrolled", None)]),
        ("Participants enrolled before 2015 were eligible for the present analyses (n = 1 312).", [(1312, "analysed", None)]),
    ],
)
def test_totals_with_coordinated_modifiers_and_descriptions(sentence, expected):
    assert sizes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A total of 120 patients were randomly allocated to the exercise group (n = 60) and the control group (n = 58).",
            [(120, "randomized", None), (60, "randomized", "exercise group"), (58, "randomized", "control group")],
        ),
        ("In all, 96 participants were randomized to either the intervention group or the usual care group.", [(96, "randomized", None)]),
        ("Ninety women were randomized to the yoga group or to the wait-list group.", [(90, "randomized", None)]),
        (
            "Women with early breast cancer were randomised to exemestane (n = 52) or anastrozole (n = 50).",
            [(52, "randomized", "exemestane"), (50, "randomized", "anastrozole")],
        ),
        (
            "Patients were randomised to timolol 0.5% (n = 44) or brinzolamide 1% (n = 46).",
            [(44, "randomized", "timolol 0.5%"), (46, "randomized", "brinzolamide 1%")],
        ),
        (
            "The safety set received study drug for 12 weeks (sitagliptin, n = 88; placebo, n = 90).",
            [(88, "treated", "sitagliptin"), (90, "treated", "placebo")],
        ),
        (
            "Per-protocol analyses were performed (mean age, 58 years; drug A, n = 30; drug B, n = 31).",
            [(30, "analysed", "drug A"), (31, "analysed", "drug B")],
        ),
        (
            "PARTICIPANTS: 150 (insulin group, n = 76; diet group, n = 74) adults with type 2 diabetes.",
            [(150, "enrolled", None), (76, "enrolled", "insulin group"), (74, "enrolled", "diet group")],
        ),
    ],
)
def test_arms_and_the_total_they_split(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Blood samples were taken 30 days after the patients started treatment.",
        "Patients seen between March 2011 and June 2013 were enrolled.",
        "Records of patients treated in four trials between 1980 and 1999 were included.",
        "All except ten patients completed the study.",
        "In the insulin group, 35% (n = 21) of patients reported hypoglycaemia.",
        "The trial ran in twelve European countries, enrolling adult patients.",
        "Each GP read one of four vignettes describing a healthy patient.",
    ],
)
def test_more_numbers_that_are_not_sample_sizes(sentence):
    assert sizes(sentence) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patients were randomised to brimonidine or latanoprost. The target was reached by 40 of 51 brimonidine patients and 38 of 50 latanoprost patients.",
            [(51, "analysed", "brimonidine"), (50, "analysed", "latanoprost")],
        ),
        (
            "Women were randomized to anastrozole or placebo. A response was seen in 18% (11/62) of patients treated with anastrozole and in 9% (5/58) of patients treated with placebo.",
            [(62, "analysed", "anastrozole"), (58, "analysed", "placebo")],
        ),
        (
            "This trial compared brimonidine versus timolol. Success was 68% (72/106) with brimonidine and 65% (66/101) with timolol.",
            [(106, "analysed", "brimonidine"), (101, "analysed", "timolol")],
        ),
        (
            "Wound infection occurred in three (3%) of the 96 patients in the cefazolin group, as did 6 (7%) of the 88 patients in the placebo group.",
            [(96, "analysed", "cefazolin group"), (88, "analysed", "placebo group")],
        ),
    ],
)
def test_denominators_of_per_arm_results_are_arm_counts(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mortality at 28 days was 8.3% (1/12).",
        "Grade 3 neutropenia occurred in 12 of 40 patients with prior chemotherapy.",
    ],
)
def test_denominators_without_a_named_arm_are_left_alone(text):
    assert [n for n in sizes(text) if n[1] == "analysed"] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "After a median follow-up of 5 years, 1850 women (letrozole 924, placebo 926) were analysed.",
            [(1850, "analysed", None), (924, "analysed", "letrozole"), (926, "analysed", "placebo")],
        ),
        (
            "Of 702 patients screened, 611 were randomly assigned (control, 305; metformin, 306).",
            [(702, "screened", None), (611, "randomized", None), (305, "randomized", "control"), (306, "randomized", "metformin")],
        ),
        (
            "Forty-one women were randomized (20 neoadjuvant therapy and 21 adjuvant therapy).",
            [(41, "randomized", None), (20, "randomized", "neoadjuvant therapy"), (21, "randomized", "adjuvant therapy")],
        ),
        (
            "Of 480 women enrolled, 320 (median age, 58 years) were randomized to the ribociclib arm and 160 to the placebo arm.",
            [(480, "enrolled", None), (320, "randomized", "ribociclib arm"), (160, "randomized", "placebo arm")],
        ),
    ],
)
def test_parenthesised_arm_lists_that_add_up_to_the_count_before(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 20 distant recurrences (9 early and 11 late).",
        "Thirty patients (17 male, 13 female) were enrolled.",
    ],
)
def test_parentheses_that_are_not_arms(sentence):
    assert all(arm is None for _, _, arm in sizes(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Outcomes of the 140 patients randomized to letrozole alone and the 152 patients randomized to letrozole plus goserelin were similar.",
            [(140, "randomized", "letrozole alone"), (152, "randomized", "letrozole plus goserelin")],
        ),
        (
            "In the decision aid group, 31.5% of 211 women made an informed choice, compared with 9.8% of 204 women in the control group.",
            [(211, "analysed", "decision aid group"), (204, "analysed", "control group")],
        ),
        ("Randomised patients (n = 318) received four cycles of chemotherapy.", [(318, "randomized", None)]),
        ("We studied 96 breast cancer stage I-III patients undergoing mastectomy.", [(96, "enrolled", None)]),
        ("Twenty-seven radiologists completed the training programme.", [(27, "completed", None)]),
    ],
)
def test_participle_arms_percent_denominators_and_roles_of_the_noun_phrase(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Late lymphoedema presented in 14 patients.",
        "The trial was stopped after liver toxicity was reported in 4 patients receiving the combination.",
        "After 40 months, 65 patients (21 deaths) had relapsed or died.",
    ],
)
def test_patients_with_an_event_are_not_the_sample(sentence):
    assert [n for n in sizes(sentence) if n[2] is None] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The sample was randomly divided into 2 groups each of 22 patients.", [(22, "randomized", "groups each")]),
        ("We randomly assigned 150 patients each to the sitagliptin and placebo groups.", [(150, "randomized", "each")]),
        (
            "Twelve patients (group A) were randomized to exenatide and 11 patients (group B) to placebo.",
            [(12, "randomized", "group A"), (11, "randomized", "group B")],
        ),
        ("Sixty eyes (30 in each group) from 30 patients were included.", [(30, "enrolled", None), (30, "enrolled", "each group")]),
    ],
)
def test_each_arm_group_labels_and_eyes_of_patients(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Four patients were discontinued because of side effects.",
        "Three additional patients treated with timolol showed the same change.",
        "The most common adverse event was conjunctival hyperaemia (n = 4).",
    ],
)
def test_discontinuations_and_adverse_event_counts_are_not_the_sample(sentence):
    assert sizes(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The study enrolled 812 incident cases and 905 population controls.", [(812, "enrolled", "cases"), (905, "enrolled", "controls")]),
        ("Serum from 140 patients and 35 control subjects was assayed.", [(140, "enrolled", None), (35, "enrolled", "control")]),
        ("Comparing 31 experimental and 29 control patients, pain scores did not differ.", [(31, "enrolled", "experimental"), (29, "enrolled", "control patients")]),
        (
            "Patients were randomized to HDEC or SDEC. In 118 patients allocated HDEC 90% of the planned dose was given.",
            [(118, "randomized", "HDEC")],
        ),
        (
            "Women were randomized to letrozole or tamoxifen; there were 352 events among 2,463 women receiving letrozole and 418 among 2,459 women receiving tamoxifen.",
            [(2463, "randomized", "letrozole"), (2459, "randomized", "tamoxifen")],
        ),
        (
            "In all, 96 women completed the study: 43 women received 1500 mg/d, and 53 women received 1000 mg/d.",
            [(96, "completed", None), (43, "treated", "1500 mg/d"), (53, "treated", "1000 mg/d")],
        ),
        ("We enrolled 300 patients receiving adjuvant chemotherapy.", [(300, "enrolled", None)]),
    ],
)
def test_case_control_groups_control_subjects_and_arms_named_by_their_treatment(sentence, expected):
    assert sorted(sizes(sentence), key=lambda t: (t[2] is not None, t[0])) == sorted(expected, key=lambda t: (t[2] is not None, t[0]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Exercise may help breast cancer survivors (BCS). We conducted a randomized trial in 64 BCS (mean age, 52 years).",
            [(64, "enrolled", None)],
        ),
        (
            "Fifty-two postmenopausal BCS were randomized to yoga or wait-list. Breast cancer survivors (BCS) often report fatigue.",
            [(52, "randomized", None)],
        ),
        ("Outcomes were measured by 12 MRI scans in patients with COPD.", []),
    ],
)
def test_counts_of_an_abbreviated_participant_noun(text, expected):
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Sedentary men aged 40 to 65 years (n = 212) were randomly assigned to yoga or usual care.", 212),
        ("Adults starting dialysis (N = 148) were randomized to an app or to printed advice.", 148),
        ("Family doctors in two regions (n = 530) were allocated to one of four vignettes.", 530),
    ],
)
def test_a_described_sample_counted_before_its_allocation_is_the_total(sentence, total):
    assert (total, "randomized", None) in sizes(sentence)


@pytest.mark.parametrize(
    "sentence, total, arms",
    [
        (
            "From March 2005 to June 2009, 640 patients were randomly assigned to receive surgery (n = 321) or observation (n = 319).",
            640,
            [(321, "surgery"), (319, "observation")],
        ),
        (
            "Four hundred ten women were randomized to AC (n = 204) or TC (n = 206).",
            410,
            [(204, "AC"), (206, "TC")],
        ),
    ],
)
def test_a_count_allocated_to_arms_with_their_own_counts_is_their_total(sentence, total, arms):
    found = sizes(sentence)
    assert (total, "randomized", None) in found
    assert [(v, a) for v, _, a in found if a is not None] == arms
    assert not any(v in (2005, 2009) for v, _, _ in found)


@pytest.mark.parametrize(
    "sentence, denominator",
    [
        ("At 5 years, 41 (6%) of 702 patients in the surgery arm had a local recurrence.", 702),
        ("Nausea was reported by 12% of the 250 women who took the higher dose.", 250),
    ],
)
def test_the_denominator_of_a_percentage_is_not_the_sample(sentence, denominator):
    assert denominator not in [v for v, _, a in sizes(sentence) if a is None]


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("A placebo-controlled randomized trial in 3,120 older women showed fewer fractures with the drug.", 3120),
        ("A pilot study of 85 patients reported a benefit of early mobilisation.", 85),
    ],
)
def test_the_sample_of_a_named_study_counts_whatever_the_study_showed(sentence, total):
    assert total in [v for v, _, a in sizes(sentence) if a is None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Twenty-nine women finished the programme, 15 of the yoga group and fourteen of the control group.", {15: "yoga group", 14: "control group"}),
        ("Mean weight loss was 4.1 kg in 118 patients assessed in the orlistat group and 1.9 kg in 121 patients assessed in the placebo group.", {118: "orlistat group", 121: "placebo group"}),
        ("Patients were randomized to drug A plus metformin ( N=96) or drug B plus metformin ( N=94).", {96: "drug A plus metformin", 94: "drug B plus metformin"}),
        ("In all, 90 patients completed the trial, 46 in the 0.1% cream group and 44 in the 0.05% cream group.", {44: "0.05% cream group"}),
    ],
)
def test_arm_counts_written_around_the_arm_name(sentence, expected):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert all((found.get(value) or "").endswith(label) for value, label in expected.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "Eight of the placebo group had headache during the first week.",
        "The Ki-67 index fell from 41 to 18.5% in the letrozole arm (P = 0.01).",
        "Seven of the 40 patients in the placebo group withdrew consent.",
    ],
)
def test_counts_around_an_arm_that_are_not_its_size(sentence):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert not {v for v in found if v in (8, 41, 7)}


@pytest.mark.parametrize(
    "sentence, value, label",
    [
        ("Nine hundred women (450 per group) completed the first year.", 450, "per group"),
        ("Twenty-four patients were enrolled (12 patients per treatment group; mean age 58 years).", 12, "per treatment group"),
        ("Patients were randomized to drug or matching placebo (n = 150 in both) for 12 weeks.", 150, "in both"),
        ("Mesh fixation with glue was used in 61 patients (the glue group) and sutures in 63 patients (the suture group).", 63, "suture group"),
        ("In all, 204 adults took part (mean age, 61 years; app + coaching, 103 patients; coaching alone, 101 patients).", 101, "coaching alone"),
    ],
)
def test_an_arm_count_with_its_arm_in_a_parenthesis_or_shared_by_every_arm(sentence, value, label):
    found = {n.value: n.arm for n in extract(sentence).sample_sizes if n.arm is not None}
    assert found.get(value) == label


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty adults were enrolled (22 men, 18 women; mean age 44 years).",
        "The sample (31 females and 29 males) was recruited from two schools.",
    ],
)
def test_a_parenthesis_that_splits_the_sample_by_sex_gives_no_arm(sentence):
    assert not [n for n in extract(sentence).sample_sizes if n.arm is not None]
