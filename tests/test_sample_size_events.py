"""Sample sizes: counts split over arms that are events, or the counts behind a rate, are not arm sizes."""

import pytest

from tests.conftest import extract


def arms(text):
    return [(n.value, n.arm) for n in extract(text).sample_sizes if n.arm is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of local recurrences was 41 in the radiotherapy arm and 63 in the observation arm.",
        "During follow-up, 152 developed a second cancer (70 on raloxifene and 82 on placebo; HR 0.85).",
        "Wound infections occurred in 18 patients in the drain group and 25 patients in the no-drain group.",
        "Of these 120 fractures, 96 were vertebral (40 on denosumab and 56 on placebo).",
        "There were 210 deaths in the intervention group and 231 in the comparison group.",
    ],
)
def test_events_counted_by_arm_are_not_arm_sizes(sentence):
    assert arms(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no difference in the rate of fractures in TRIAL-A: 2.1% (n = 64) in the placebo group and 2.4% (n = 71) in the active group.",
        "The mean reduction was 61.5% (n = 18) for patients receiving the combination, compared with 40.2% (n = 15) for chemotherapy alone.",
        "Grade 3 rash (n = 14, 2.3%) and grade 3 fatigue (n = 11, 1.8%) were uncommon.",
        "More patients were satisfied in the wire group (n = 61, 85%) than in the seed group (n = 49, 70%).",
    ],
)
def test_the_count_behind_a_rate_is_no_arm_size(sentence):
    assert arms(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients were randomized to bimatoprost 0.01% (n = 186) or latanoprost 0.005% (n = 182).", [(186, "bimatoprost 0.01%"), (182, "latanoprost 0.005%")]),
        ("Of 300 randomized patients, 151 were assigned to the exercise group and 149 to the control group.", [(151, "exercise group"), (149, "control group")]),
    ],
)
def test_arm_sizes_next_to_strengths_and_allocations_stay(sentence, expected):
    assert sorted(arms(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Itching was more frequent with the cream (n = 14) than with the ointment (n = 5; P = 0.02).",
        "Local pain was reported more often after injection A (n = 11) than after injection B (n = 3).",
        "Three patients on the gel and 19 on the spray did not finish the study (P = 0.001).",
        "Twelve women in the yoga group and 30 in the waiting-list group reported back pain at 6 months.",
    ],
)
def test_counts_compared_with_than_or_followed_by_an_event_are_events(sentence):
    assert arms(sentence) == []


def test_arms_listed_before_their_stage_stay_arms():
    sentence = "Forty-one patients on the gel and 39 on the spray were randomized at four centres."
    assert {41, 39} <= {value for value, _ in arms(sentence)}


def totals(text):
    return [n.value for n in extract(text).sample_sizes if n.arm is None]


@pytest.mark.parametrize(
    "sentence, events",
    [
        ("Grade 2 neuropathy was experienced in 14 patients after the second cycle.", 14),
        ("Nodal involvement was documented in 52 women at surgery.", 52),
        ("A causal link with the study drug was probable in nine patients.", 9),
        ("Complete remission was achieved in 21 patients.", 21),
        ("Hepatic metastases were found in 17 patients at restaging.", 17),
    ],
)
def test_a_result_stated_in_n_patients_is_an_event_count(sentence, events):
    assert events not in totals(sentence)


@pytest.mark.parametrize(
    "sentence, events",
    [
        ("After four cycles the ejection fraction was below 50% in six patients.", 6),
        ("The ejection fraction dropped under 45% in eight women during trastuzumab.", 8),
        ("Tumour shrinkage of more than 30% in 23 patients was confirmed by MRI.", 23),
    ],
)
def test_a_threshold_crossed_in_n_patients_is_an_event_count(sentence, events):
    assert events not in totals(sentence)


@pytest.mark.parametrize(
    "sentence, events",
    [
        ("Five patients (three in each arm) withdrew consent before week 4.", 5),
        ("Nine insulin recipients and 2 placebo recipients discontinued because of nausea.", 9),
        ("Twenty-two women overall preferred the new applicator.", 22),
        ("Seven participants subsequently withdrew from the programme.", 7),
    ],
)
def test_an_event_verb_after_a_parenthesis_a_coordinated_count_or_an_adverb_is_the_counts_event(sentence, events):
    assert events not in totals(sentence)


@pytest.mark.parametrize(
    "sentence, total",
    [
        ("Sixty patients (mean age 58 years) were randomized.", 60),
        ("We enrolled 45 patients and 40 healthy controls.", 45),
    ],
)
def test_a_count_before_a_description_or_its_controls_stays(sentence, total):
    assert total in totals(sentence)


def trial_n(text):
    chosen = extract(text).trial_n
    return chosen.value if chosen else None


@pytest.mark.parametrize(
    "sentence, n",
    [
        # the second count's relative clause holds the verb: no event of the first count
        ("Sixty patients and 30 healthy controls who had normal spirometry were enrolled.", 60),
        ("We enrolled 60 patients and 30 volunteers who had no history of asthma.", 60),
        ("Forty-two children and 20 siblings that had no atopy were recruited.", 42),
        # a description of the sample, then its stage
        ("Sixty patients and 30 controls reported their symptoms daily and were randomized.", 60),
        ("Sixty patients (mean age 54 years) had total knee arthroplasty and were randomized.", 60),
        ("Sixty patients (30 per group) had knee osteoarthritis and were randomized.", 60),
        ("Eighty women had stage I breast cancer and were enrolled.", 80),
    ],
)
def test_a_verb_of_the_second_counts_clause_or_a_description_before_the_stage_is_no_event(sentence, n):
    assert trial_n(sentence) == n


@pytest.mark.parametrize(
    "sentence, events",
    [
        # positive controls: the coordinated count's own verb right after its noun, or an event with no stage after it
        ("Thirteen vaccine recipients and 2 placebo recipients discontinued because of fever.", 13),
        ("Eleven patients and 4 controls reported headache on the first day.", 11),
        ("Sixty patients (mean age 54 years) had total knee arthroplasty in 2015.", 60),
    ],
)
def test_a_coordinated_counts_own_verb_is_still_the_event(sentence, events):
    assert events not in totals(sentence)
    assert trial_n(sentence) is None


def test_a_long_coordination_of_number_words_stays_fast():
    import time

    text = "and one " * 2000 + "."
    start = time.perf_counter()
    extract(text)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    "sentence, n",
    [
        # data found in people say whom the analysis has, not what was found in them
        ("Follow-up data were found in 150 patients.", 150),
        ("Complete outcome data were found in 98 women at one year.", 98),
    ],
)
def test_data_found_in_n_patients_is_the_sample(sentence, n):
    assert n in totals(sentence)


def test_a_finding_found_in_n_patients_is_still_an_event_positive_control():
    assert 17 not in totals("Bone metastases were found in 17 patients at restaging.")
    assert 40 in totals("Bone metastases were found in 17 of the 40 patients enrolled.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the 3,210 randomized patients, the primary outcome occurred in 288 (17.9%) in the apixaban group and 341 (21.3%) in the warfarin group.",
        "In the 1,040 enrolled women, preterm birth was observed in 61 (11.8%) in the progesterone arm and 79 (15.1%) in the placebo arm.",
        "Of 812 randomized children, wheezing was reported in 97 in the probiotic group and 121 in the placebo group.",
    ],
)
def test_counts_an_event_verb_takes_after_a_stage_are_events(sentence):
    # the stage word earlier in the sentence names the denominators' people, not these counts
    assert arms(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Of 1,208 patients screened, 960 were randomized, 482 to apixaban and 478 to warfarin.", [(482, "apixaban"), (478, "warfarin")]),
        ("Among the 960 randomized patients, 482 were in the apixaban group and 478 in the warfarin group.", [(482, "apixaban group"), (478, "warfarin group")]),
        ("Recruitment took place in 14 centres where stroke care was reported in registries, and 480 were assigned to apixaban and 476 to warfarin.", [(480, "apixaban"), (476, "warfarin")]),
    ],
)
def test_allocations_beside_an_event_stay_arms(sentence, expected):
    assert sorted(arms(sentence)) == sorted(expected)
