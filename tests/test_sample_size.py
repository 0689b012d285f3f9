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
        ("Events occurred in 23 patients in the drug group and 17 patients of the control group.",
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
        ("Participants enrolled before 2015 were eligible for the present analyses (n = 1 312).", [(1312, "enrolled", None)]),
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
