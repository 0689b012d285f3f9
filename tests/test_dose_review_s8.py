"""Doses in sentences written for the eighth review: a route and a frequency stated once for a list of doses
in one noun phrase ('1 mg oral anastrozole or 2.5 mg letrozole daily') reach every dose of the list, and no
further (another clause, another time, a dose with a route of its own)."""

import pytest

from tests.conftest import extract


def doses(text):
    return [(d.intervention, d.amount, d.frequency, d.route) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Patients received 1 mg oral anastrozole or 2.5 mg letrozole daily.",
            [("anastrozole", 1.0, "once daily", "oral"), ("letrozole", 2.5, "once daily", "oral")],
        ),
        (
            "Women were randomised to 1 mg oral anastrozole and 2.5 mg letrozole daily for 5 years.",
            [("anastrozole", 1.0, "once daily", "oral"), ("letrozole", 2.5, "once daily", "oral")],
        ),
        (
            "Participants took 20 mg oral famotidine or 150 mg ranitidine twice daily.",
            [("famotidine", 20.0, "twice daily", "oral"), ("ranitidine", 150.0, "twice daily", "oral")],
        ),
        # the drug before its amount, as before
        (
            "Patients received oral anastrozole 1 mg or letrozole 2.5 mg daily.",
            [("anastrozole", 1.0, "once daily", "oral"), ("letrozole", 2.5, "once daily", "oral")],
        ),
    ],
)
def test_route_and_frequency_shared_across_a_list(sentence, expected):
    assert doses(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the frequency of the second dose only: the first states its own, or another time stands between
        (
            "Patients received 1 mg oral anastrozole daily or 2.5 mg letrozole.",
            [("anastrozole", 1.0, "once daily", "oral"), ("letrozole", 2.5, None, "oral")],
        ),
        (
            "Patients received 1 mg oral anastrozole and, after surgery, 2.5 mg letrozole daily.",
            [("anastrozole", 1.0, None, "oral"), ("letrozole", 2.5, "once daily", None)],
        ),
        # the second dose has its own route: a regimen of its own, the frequency is not shared
        (
            "Patients received 10 mg oral prednisolone or 4 mg intravenous dexamethasone daily.",
            [("prednisolone", 10.0, None, "oral"), ("dexamethasone", 4.0, "once daily", "intravenous")],
        ),
        # another clause or sentence
        (
            "Patients received 1 mg oral anastrozole or 2.5 mg letrozole; 20 mg tamoxifen was given daily.",
            [("anastrozole", 1.0, None, "oral"), ("letrozole", 2.5, None, "oral"), ("tamoxifen", 20.0, "once daily", None)],
        ),
        (
            "Patients received 4 mg intravenous ondansetron, followed by 1 g paracetamol after surgery.",
            [("ondansetron", 4.0, None, "intravenous"), ("paracetamol", 1.0, None, None)],
        ),
        (
            "Patients received 1 mg oral anastrozole. Letrozole 2.5 mg was given daily.",
            [("anastrozole", 1.0, None, "oral"), ("Letrozole", 2.5, "once daily", None)],
        ),
    ],
)
def test_route_and_frequency_not_shared_beyond_the_list(sentence, expected):
    assert doses(sentence) == expected


def described(text):
    return [(d.text, d.intervention, d.amount, d.unit, d.frequency) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an amount in words, before a unit spelt out
        ("Ten milligrams of dexamethasone was given intravenously.", [("Ten milligrams", "dexamethasone", 10.0, "mg", None)]),
        ("Fifty micrograms of fentanyl was given intrathecally.", [("Fifty micrograms", "fentanyl", 50.0, "µg", None)]),
        ("Patients received 500 milligrams of metformin twice daily.", [("500 milligrams", "metformin", 500.0, "mg", "twice daily")]),
        ("Patients received 10 milligrams per kilogram of tranexamic acid.", [("10 milligrams per kilogram", "tranexamic acid", 10.0, "mg/kg", None)]),
        # a bracket restating the dose: the frequency after it is the dose's too; 'elemental iron' is named whole
        (
            "Ferrous sulfate 325 mg (65 mg elemental iron) was given twice daily.",
            [("325 mg", "Ferrous sulfate", 325.0, "mg", "twice daily"), ("65 mg", "elemental iron", 65.0, "mg", "twice daily")],
        ),
        # a power of ten flattened by cleaning, for cells, vector genomes, units per m2 and copies
        ("Patients received a median of 5.2 × 106 CD34+ cells/kg.", [("5.2 × 106 CD34+ cells/kg", "CD34+ cells", 5200000.0, "cells/kg", None)]),
        ("Patients received 2 × 106 cells/kg of autologous CD34+ cells.", [("2 × 106 cells/kg", "autologous CD34+ cells", 2000000.0, "cells/kg", None)]),
        ("Patients received 3 × 1013 vector genome copies per kilogram.", [("3 × 1013 vector genome copies per kilogram", None, 3e13, "vg/kg", None)]),
        (
            "Patients received 2.5 × 106 IU/m2 interferon three times weekly.",
            [("2.5 × 106 IU/m2", "interferon", 2500000.0, "IU/m2", "three times weekly")],
        ),
        # 'of the plasmid' names what the copies are of (session 9: 'of the' before the drug after an amount)
        ("Patients received 1.5 × 108 copies of the plasmid.", [("1.5 × 108 copies", "plasmid", 150000000.0, "copies", None)]),
        (
            "Patients were given 5 × 109 CFU/day of Lactobacillus rhamnosus GG.",
            [("5 × 109 CFU", "Lactobacillus", 5e9, "CFU", "once daily")],
        ),
    ],
)
def test_amounts_written_in_words_units_and_powers(sentence, expected):
    assert described(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # counter-examples: a number word before a count or a unit abbreviation is no amount; copies without a power
        # of ten count alleles; a marker's number is no cell count
        "Two hundred and twelve patients were randomized.",
        "Ten patients received the study drug.",
        "Carriers of 2 copies of the APOE4 allele were excluded.",
        "Proliferation was reflected by a reduction of Ki-67 positive cells.",
    ],
)
def test_no_amount(sentence):
    assert described(sentence) == []


@pytest.mark.parametrize(
    "sentence, schedule",
    [
        ("Participants received 20 µg hepatitis B vaccine intramuscularly at months 0, 1 and 6.", "at months 0, 1 and 6"),
        ("Participants received 0.5 mL HPV vaccine at 0, 2, and 6 months.", "at 0, 2, and 6 months"),
        ("Bortezomib 1.3 mg/m2 was given on days 1, 4, 8 and 11.", "on days 1, 4, 8 and 11"),
        # counter-examples: times of assessment, not of dosing
        ("Patients received 100 mg drug X and outcomes were assessed at months 3 and 6.", None),
        ("Patients received 100 mg drug X, with blood samples collected on days 1, 8 and 15.", None),
    ],
)
def test_listed_months_are_a_schedule(sentence, schedule):
    assert extract(sentence).doses[0].schedule == schedule


@pytest.mark.parametrize(
    "sentence, frequency",
    [
        # a frequency stated for the study drug does not reach another medicine the text adds
        ("Patients were instructed to take the study drug once daily. Patients also received furosemide 40 mg.", None),
        ("Patients were instructed to take the study drug once daily. Rescue paracetamol 500 mg was allowed.", None),
        ("Patients were instructed to take the study drug once daily. Patients also received furosemide 40 mg as needed.", "as needed"),
        # counter-examples: the study drug is the dose named
        ("Patients received sitagliptin 100 mg. The study drug was taken once daily.", "once daily"),
        ("Sitagliptin 100 mg or placebo was added to metformin. The study drug was taken once daily.", "once daily"),
    ],
)
def test_study_drug_frequency(sentence, frequency):
    assert extract(sentence).doses[0].frequency == frequency


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # review findings: frequencies
        ("Women received oral misoprostol solution 25 ug every 2 hours (maximum 8 doses).", [("misoprostol", 25.0, "every 2 hours", "oral")]),
        ("Melatonin 3 mg was taken orally 30 minutes before bedtime for 4 weeks.", [("Melatonin", 3.0, "once daily at bedtime", "oral")]),
        (
            "Aspirin 150 mg at bedtime versus 75 mg in the morning.",
            [("Aspirin", 150.0, "once daily at bedtime", None), ("Aspirin", 75.0, "once daily", None)],
        ),
        # a release word is no drug; a short form in brackets or a release tag stands between drug and amount
        ("Patients received extended-release metformin 1000 mg once daily.", [("metformin", 1000.0, "once daily", None)]),
        ("Patients received prolonged-release melatonin 3 mg at bedtime.", [("melatonin", 3.0, "once daily at bedtime", None)]),
        ("Patients were randomized to tranexamic acid (TXA) 1 g intravenously at induction.", [("tranexamic acid", 1.0, None, "intravenous")]),
        ("Patients were randomized to trimetazidine MR 35 mg twice daily or placebo.", [("trimetazidine", 35.0, "twice daily", None)]),
        ("METHODS: Dexmedetomidine was given as a loading dose of 0.4 ug/kg over 10 minutes.", [("Dexmedetomidine", 0.4, None, None)]),
        # spinal anaesthesia with a drug is intrathecal
        (
            "Patients received spinal anaesthesia with hyperbaric bupivacaine 10 mg and fentanyl 25 ug.",
            [("bupivacaine", 10.0, None, "intrathecal"), ("fentanyl", 25.0, None, "intrathecal")],
        ),
        # every strength of a list before the preparation word
        (
            "Children were randomly assigned to atropine 0.05%, 0.025% or 0.01% eye drops nightly.",
            [("atropine", 0.05, "once daily at bedtime", "ophthalmic"), ("atropine", 0.025, "once daily at bedtime", "ophthalmic"), ("atropine", 0.01, "once daily at bedtime", "ophthalmic")],
        ),
        # counter-examples: 'in the morning' as a time of measurement; a rate over two hours is no frequency
        ("Intraocular pressure was measured in the morning. Timolol 0.5% was given.", [("Timolol", 0.5, None, "ophthalmic")]),
        ("Streptokinase 1500000 U/2 hours was infused.", [("Streptokinase", 1500000.0, None, "intravenous")]),
        # a mixture's composition before a suspension is no list of strengths
        ("Patients received 50% insulin lispro protamine suspension and 50% lispro.", []),
    ],
)
def test_review_findings(sentence, expected):
    assert doses(sentence) == expected


def test_infusion_rate_per_minute():
    assert [(d.amount, d.unit) for d in extract("Norepinephrine was infused at 0.1 ug/kg/min, and phenylephrine at 50 ug/min.").doses] == [
        (0.1, "µg/kg/min"),
        (50.0, "µg/min"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # measured quantities, margins and ratios are no doses
        "Mean gestational age was 26.8 weeks and mean birth weight 912 g.",
        "Total magnesium received was 16 g and 28 g, respectively.",
        "A sample size of 150 per group gives 90% power to detect a difference of 200 mL.",
        "The primary outcome was sufentanil consumption, with a non-inferiority margin of 10 ug.",
        "Muscle creatine, estimated by urinary creatinine excretion of 1.9 g/day, rose after loading.",
        "UACR categories: less than 30 mg/g (n = 1,328), 30 to 300 mg/g (n = 1,864).",
    ],
)
def test_measured_is_no_dose(sentence):
    assert doses(sentence) == []


@pytest.mark.parametrize(
    "sentence, n",
    [
        # a count of administrations, not a participant count, a strain number or 'n = 3'
        ("We randomly allocated 80 outpatients with treatment-resistant depression to minocycline 100 mg twice daily or placebo.", None),
        ("Infants were randomised to L reuteri DSM 17938 at a dose of 1 x 10^8 CFU once daily for 90 days.", None),
        ("Cohort 1 (n = 3) received 3 x 10^6 cells/kg as a single infusion.", 1),
        ("Patients received two injections of 10 mg octreotide.", 2),
        ("Patients received 2 doses of 40 mg methylprednisolone.", 2),
    ],
)
def test_count_of_administrations(sentence, n):
    assert extract(sentence).doses[0].n_administrations == n


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # review regression RD1: an adverb after the amount names no drug
        ("IPE 4 g/day also significantly (p < 0.01) reduced non-HDL-C.", [(None, 4.0, "once daily", None)]),
        ("Patients were given 5 × 109 CFU/day of Lactobacillus rhamnosus GG.", [("Lactobacillus", 5e9, "once daily", None)]),
        # 'N to M mg' after an allocation of a count of patients: N patients, M mg
        (
            "Seventeen patients were randomized to 50 mg vildagliptin twice daily, and 16 to 100 mg sitagliptin once daily.",
            [("vildagliptin", 50.0, "twice daily", None), ("sitagliptin", 100.0, "once daily", None)],
        ),
    ],
)
def test_review_regressions_and_counts(sentence, expected):
    assert doses(sentence) == expected


def test_a_range_after_an_allocation_without_a_count_stays_a_range():
    [dose] = extract("Patients were randomized to metformin, and 500 to 1000 mg was given daily.").doses
    assert (dose.amount_low, dose.amount_high) == (500.0, 1000.0)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the next steps of a regimen name its drug ('maintenance dose of either ... (high dose) or ...'); the
        # loading dose takes none of their frequency
        (
            "All infants received a loading dose of caffeine citrate 20 mg/kg intravenously, followed by a maintenance dose of "
            "either 20 mg/kg/day (high dose) or 5 mg/kg/day (standard dose).",
            [
                ("caffeine citrate", 20.0, None, "intravenous"),
                ("caffeine citrate", 20.0, "once daily", "intravenous"),
                ("caffeine citrate", 5.0, "once daily", "intravenous"),
            ],
        ),
        # the subject of a clause changing the dose
        ("Because of toxicity, lenvatinib was reduced to 10 mg in 11 patients.", [("lenvatinib", 10.0, None, None)]),
        # counter-examples: no drug as subject
        ("Patients were randomized to metformin or placebo; the dose was increased to 2000 mg daily.", [(None, 2000.0, "once daily", None)]),
        ("Treatment was started at 10 mg and increased weekly.", [(None, 10.0, "weekly", None)]),
    ],
)
def test_regimen_steps_and_changed_doses(sentence, expected):
    assert doses(sentence) == expected


def test_a_defined_short_form_in_brackets_names_the_whole_long_form():
    # review regression RD2: not the long form's last word
    text = "Patients were randomised to icosapent ethyl (IPE) 4 g/day, IPE 2 g/day, or placebo. IPE 4 g/day also significantly reduced TG."
    assert extract(text).doses[0].intervention == "icosapent ethyl"
