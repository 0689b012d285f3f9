"""Doses: route and frequency as case reports and trial abstracts write them, and the units they come with.

Sentences are written for these tests in the style of PubMed case reports and RCT abstracts.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract


def amounts(text: str) -> list:
    return [d for d in extract(text).doses if d.amount is not None or d.amount_low is not None]


def levels(text: str) -> list:
    return [d for d in extract(text).doses if d.level is not None]


@pytest.mark.parametrize(("sentence", "amount", "unit"), [
    ("Both arms received docetaxel 75 mg/m(2) on day 1 of each cycle.", 75, "mg/m2"),
    ("Acute renal failure developed after intravenous methotrexate 5 g/m2.", 5, "g/m2"),
    ("Bradycardia resolved after glycopyrrolate (5.0 microg/kg) was given.", 5, "µg/kg"),
    ("An anaphylactic reaction followed a challenge with 100 UI of calcitonin.", 100, "IU"),
])
def test_units_of_chemotherapy_and_european_reports(sentence: str, amount: float, unit: str) -> None:
    [dose] = amounts(sentence)
    assert (dose.amount, dose.unit) == (amount, unit)


@pytest.mark.parametrize(("sentence", "frequency"), [
    ("Arm B received ixabepilone 40 mg/m2 q3w until progression.", "every 3 weeks"),
    ("Docetaxel 75 mg/m2 was given every 21 days for six cycles.", "every 3 weeks"),
    ("Doxorubicin 60 mg/m2 was repeated every 28 days.", "monthly"),
    ("Bevacizumab 10 mg/kg was given q2w with paclitaxel.", "every 2 weeks"),
    ("Patients took prednisolone 20 mg every other day.", "every other day"),
    ("Iron sucrose 200 mg was infused three times a week during dialysis.", "three times weekly"),
    ("Levothyroxine 50 µg was taken every morning before breakfast.", "once daily"),
    ("Denosumab was given subcutaneously every 4 weeks (60 mg) for a year.", "monthly"),
])
def test_cycle_lengths_and_weekly_schedules(sentence: str, frequency: str) -> None:
    [dose] = amounts(sentence)
    assert dose.frequency == frequency


@pytest.mark.parametrize(("sentence", "frequency", "words"), [
    ("She developed a rash on amoxicillin (500 mg/8 h) for bronchitis.", "three times daily", "/8 h"),
    ("Methylprednisolone was tapered to 20 mg q6h for asthma.", "four times daily", "q6h"),
    ("The syrup was prescribed as 30 mL every 4 hours for diarrhoea.", "every 4 hours", "every 4 hours"),
    ("The dose of rosiglitazone was raised to 8 mg twice/day.", "twice daily", "twice/day"),
    ("Cytarabine 100 mg/m2/d was given for 7 days.", "once daily", "/d"),
    ("Hydroxyurea 20 mg/kg/day was started.", "once daily", "/day"),
])
def test_rates_written_as_case_reports_write_them(sentence: str, frequency: str, words: str) -> None:
    [dose] = amounts(sentence)
    assert dose.frequency == frequency
    assert dose.frequency_span.text == words
    assert dose.unit in ("mg", "mL", "mg/m2", "mg/kg")  # the rate is the frequency, not part of the unit


@pytest.mark.parametrize(("sentence", "route"), [
    ("Seizures followed the ingestion of 12 g of bupropion.", "oral"),
    ("Patients with metastatic colorectal cancer received irinotecan 180 mg/m2 intravenously.", "intravenous"),
    ("Cisplatin 100 mg/m2 was given intraperitoneally after surgery.", "intraperitoneal"),
    ("Growth slowed on fluticasone 500 µg twice daily as a dry powder.", "inhalation"),
    ("A retention enema of 1 g mesalazine was used nightly.", "rectal"),
])
def test_routes_of_case_reports(sentence: str, route: str) -> None:
    [dose] = amounts(sentence)
    assert dose.route == route


@pytest.mark.parametrize(("sentence", "route", "words"), [
    # an infusion is intravenous only when no other route qualifies it
    ("Heifers received 4 ml of autologous plasma by intrauterine infusion after breeding.", "intrauterine", "intrauterine"),
    ("Bupivacaine 0.25% 10 ml was injected epidurally at the L3-L4 level.", "epidural", "epidurally"),
    ("Mothers were randomized to epidural ropivacaine 15 ml or intravenous fentanyl 50 µg.", "epidural", "epidural"),
    ("She applied metronidazole 0.75% vaginal gel nightly for five nights.", "intravaginal", "vaginal"),
    ("Triamcinolone 10 mg was injected intralesionally into each keloid.", "intralesional", "intralesionally"),
    ("Ranibizumab 0.5 mg was given by subconjunctival injection.", "subconjunctival", "subconjunctival"),
    # a bare 'vaginally' is as unambiguous as 'orally'
    ("Misoprostol 25 µg was inserted vaginally every 4 hours.", "intravaginal", "vaginally"),
    ("Dinoprostone 3 mg was placed vaginally in the posterior fornix.", "intravaginal", "vaginally"),
    # epidural analgesia given with a drug is that drug's route
    ("Labour pain was treated with epidural analgesia with ropivacaine 0.1% 10 ml.", "epidural", "epidural"),
    ("Bupivacaine 0.125% 8 ml was given hourly through the epidural catheter.", "epidural", "through the epidural"),
    ("Levonorgestrel 52 mg was released from an intrauterine system over five years.", "intrauterine", "intrauterine"),
])
def test_routes_other_than_the_common_ones(sentence: str, route: str, words: str) -> None:
    dose = amounts(sentence)[0]
    assert (dose.route, dose.route_span.text) == (route, words)


@pytest.mark.parametrize("sentence", [
    "Women with intrauterine growth restriction took aspirin 100 mg daily.",
    "An epidural haematoma followed enoxaparin 40 mg given the evening before.",
    # a procedure or a device named by the route word gives no route to the doses of its sentence
    "Women undergoing intrauterine insemination received letrozole 2.5 mg daily from day 3.",
    "Before intrauterine insemination, clomiphene 100 mg was taken for five days.",
    "Copper intrauterine device users were randomized to ibuprofen 400 mg or placebo.",
    # the epidural of a labour, an anaesthesia, a catheter or a fever is no route of another drug
    "Women who requested epidural analgesia received ondansetron 4 mg before delivery.",
    "After epidural anaesthesia, patients were given paracetamol 1 g every 6 hours.",
    "Mothers with epidural fever received cefazolin 2 g.",
    "An epidural catheter was placed and metoclopramide 10 mg was given for nausea.",
])
def test_a_route_word_naming_a_condition_is_no_route(sentence: str) -> None:
    assert all(dose.route is None for dose in amounts(sentence))


@pytest.mark.parametrize("sentence", [
    "Gabapentin 600 mg reduced temporal summation of pain.",
    "Fracture risk at the femoral neck was lower with alendronate 70 mg weekly.",
    "A behavioral programme was offered to patients taking sertraline 50 mg.",
])
def test_a_word_containing_a_route_is_no_route(sentence: str) -> None:
    [dose] = amounts(sentence)
    assert dose.route is None


@pytest.mark.parametrize("sentence", [
    "Lung toxicity occurred with bleomycin at cumulative doses of less than 100 U.",
    "Creatinine clearance fell to 25 ml/min during gentamicin therapy.",
    "Urinary sodium was 40 mEq/liter on admission.",
])
def test_caps_flows_and_concentrations_are_no_doses(sentence: str) -> None:
    assert amounts(sentence) == []


def test_the_volume_a_dose_is_given_in_is_no_second_dose() -> None:
    [dose] = amounts("Vision fell three days after intravitreal bevacizumab (1.25 mg in 0.05 ml).")
    assert (dose.amount, dose.unit, dose.route) == (1.25, "mg", "intravitreal")


@pytest.mark.parametrize(("sentence", "level", "route"), [
    ("Renal failure followed high-dose intravenous mannitol.", "high", "intravenous"),
    ("Necrosis developed after peripheral intravenous administration of low-dose vasopressin.", "low", "intravenous"),
    ("Pneumonitis was seen in a man on chronic low-dosage amiodarone.", "low", None),
    ("Oral high-dose dexamethasone was continued for a week.", "high", "oral"),
])
def test_dose_levels_carry_their_route(sentence: str, level: str, route: str | None) -> None:
    [dose] = levels(sentence)
    assert (dose.level, dose.route) == (level, route)


def test_a_strength_in_an_eye_disease_trial_is_an_eye_drop() -> None:
    text = ("Timolol 0.5% versus brimonidine 0.2% in patients with elevated intraocular pressure. "
            "Patients were randomized to timolol 0.5% or brimonidine 0.2% for 12 weeks.")
    doses = amounts(text)
    assert len(doses) == 4 and {d.route for d in doses} == {"ophthalmic"}
    assert {d.route_span.text for d in doses} == {"intraocular pressure"}  # the words it was read from


def test_a_strength_elsewhere_keeps_no_route() -> None:
    [dose] = amounts("Patients were randomized to chlorhexidine 0.12% or placebo before surgery.")
    assert dose.route is None


def test_a_schedule_before_a_parenthesis_of_amounts_is_theirs_and_no_other_schedules() -> None:
    text = "Denosumab was given subcutaneously every 4 weeks (30 or 120 mg) or every 12 weeks (60 or 180 mg)."
    doses = amounts(text)
    assert [(d.amount, d.frequency) for d in doses] == [(30, "monthly"), (120, "monthly"), (60, "every 12 weeks"), (180, "every 12 weeks")]  # (a schedule the vocabulary now names)
    assert all(d.intervention != "weeks" for d in doses)  # a time word before '(' names no drug


@pytest.mark.parametrize(("sentence", "frequency", "words"), [
    ("Gemcitabine 1000 mg/m2 was given on days 1 and 8 of a 21-day cycle.", "every 3 weeks", "21-day cycle"),
    ("Cisplatin 75 mg/m2 was infused on day 1 of each 21 day cycle.", "every 3 weeks", "21 day cycle"),
    ("Temozolomide 150 mg/m2 was taken on days 1-5 of 28-day cycles.", "monthly", "28-day cycles"),
    ("Oxaliplatin 85 mg/m2 was given in 2-week cycles until progression.", "every 2 weeks", "2-week cycles"),
    ("Epirubicin 90 mg/m2 was given three-weekly for six courses.", "every 3 weeks", "three-weekly"),
    ("Goserelin 10.8 mg was injected in four-week cycles.", "monthly", "four-week cycles"),
])
def test_a_cycle_length_is_how_often_the_cycle_repeats(sentence: str, frequency: str, words: str) -> None:
    [dose] = amounts(sentence)
    assert dose.frequency == frequency
    assert dose.frequency_span.text == words


@pytest.mark.parametrize("sentence", [
    "Amitriptyline 25 mg was taken at night for neuropathic pain.",
    "Melatonin 3 mg nocte improved sleep onset.",
    "Quetiapine 50 mg every night was added to lithium.",
])
def test_a_dose_taken_at_night_is_once_daily_at_bedtime(sentence: str) -> None:
    [dose] = amounts(sentence)
    assert dose.frequency == "once daily at bedtime"


@pytest.mark.parametrize(("sentence", "drug"), [
    ("Patients received metformin 500 mg q12h for 12 weeks.", "metformin"),
    ("Pembrolizumab 200 mg Q3W was continued for two years.", "Pembrolizumab"),
    ("The dose was raised to 1000 mg bid.", None),
    ("Each patient received a 500 mg dose of cefazolin before incision.", "cefazolin"),
    ("Zoledronic acid 4 mg was infused every 4 weeks.", "Zoledronic acid"),
    ("A single 10 mg dose on day 1 was followed by placebo.", None),
])
def test_a_schedule_word_or_the_word_dose_names_no_drug(sentence: str, drug: str | None) -> None:
    [dose] = amounts(sentence)
    assert dose.intervention == drug


@pytest.mark.parametrize(("sentence", "count"), [
    ("Ranibizumab 0.5 mg intravitreal injections were given monthly.", None),  # not '5 ... injections'
    ("A single 10 mg dose was given before surgery.", 1),
    ("Patients received three injections of 40 mg triamcinolone.", 3),
    ("A 20 mg dose of the vaccine adjuvant was given.", None),  # the amount, not a count of doses
])
def test_the_amount_is_not_a_count_of_administrations(sentence: str, count: int | None) -> None:
    [dose] = amounts(sentence)
    assert dose.n_administrations == count


def test_the_subarachnoid_space_is_the_intrathecal_route() -> None:
    [dose] = amounts("Paraplegia followed the injection of 5 mg of morphine into the lumbar subarachnoid space.")
    assert dose.route == "intrathecal"


def test_a_strength_pasted_with_a_space_after_its_point_is_whole_with_its_frequency() -> None:
    [first, second] = amounts("Patients were randomised to either latanoprost, 0. 005% once daily, or timolol, 0.5% twice daily.")
    assert (first.amount, first.unit, first.intervention, first.frequency) == (0.005, "%", "latanoprost", "once daily")
    assert (second.amount, second.frequency) == (0.5, "twice daily")


@pytest.mark.parametrize(("sentence", "drug"), [
    ("Brimonidine purite 0.1% was compared with brinzolamide 1% as adjunctive therapy.", "Brimonidine"),
    ("Travoprost ophthalmic 0.004% was instilled once a day.", "Travoprost"),
])
def test_a_formulation_word_between_the_drug_and_its_strength(sentence: str, drug: str) -> None:
    assert amounts(sentence)[0].intervention == drug


@pytest.mark.parametrize(("sentence", "schedule", "frequency"), [
    ("Capecitabine 1000 mg/m2 was taken twice daily on days 1-14 every 3 weeks.", "on days 1-14", "twice daily"),
    ("Temozolomide 150 mg/m2 was taken on days 1 to 5 of 28-day cycles.", "on days 1 to 5", "monthly"),
    ("Etoposide 100 mg/m2 days 1-3 of each cycle was given with cisplatin.", "days 1-3", None),
])
def test_a_run_of_days_is_the_schedule_and_counts_no_administrations(sentence: str, schedule: str, frequency: str | None) -> None:
    dose = amounts(sentence)[0]
    assert (dose.schedule, dose.frequency, dose.n_administrations) == (schedule, frequency, None)
    assert dose.schedule_span.text == schedule


def test_listed_days_still_count_their_administrations() -> None:
    [dose] = amounts("Gemcitabine 1000 mg/m2 was given on days 1 and 8 of a 21-day cycle.")
    assert (dose.schedule, dose.n_administrations, dose.frequency) == ("on days 1 and 8", 2, "every 3 weeks")


def test_a_run_of_days_belongs_to_the_dose_whose_clause_gives_it() -> None:
    text = "Patients received lapatinib 1,250 mg per day; and capecitabine 2,000 mg/m2 per day on days 1 to 14 every 21 days."
    lapatinib, capecitabine = amounts(text)
    assert (lapatinib.schedule, capecitabine.schedule) == (None, "on days 1 to 14")


def test_two_formulations_of_one_drug_keep_their_own_frequencies() -> None:
    text = ("Timolol 0.5% gel versus timolol 0.5% solution in glaucoma. Patients were randomized to "
            "timolol 0.5% gel once daily in the morning or timolol 0.5% solution twice daily for 12 weeks.")
    gel, solution, *_ = amounts(text)
    assert (gel.frequency, solution.frequency) == ("once daily", "twice daily")


def test_without_a_formulation_word_a_drug_takes_the_frequency_the_text_gives_it() -> None:
    text = "Brimonidine 0.2% versus timolol 0.5%. Patients instilled brimonidine 0.2% twice daily or timolol 0.5% once daily."
    brimonidine, timolol, *_ = amounts(text)
    assert (brimonidine.frequency, timolol.frequency) == ("twice daily", "once daily")


@pytest.mark.parametrize(("sentence", "drug"), [
    ("The vehicle was formulated with 1% alginic acid.", "alginic acid"),
    ("Patients received tranexamic acid 1 g intravenously before incision.", "tranexamic acid"),
    ("A 2% salicylic acid cream was applied twice daily.", "salicylic acid"),
])
def test_a_named_acid_is_the_drug(sentence: str, drug: str) -> None:
    [dose] = amounts(sentence)
    assert dose.intervention == drug


@pytest.mark.parametrize("sentence", [
    "Hypoglycaemia was uncommon in both groups (lixisenatide 3.4% and placebo 1.2%).",
    "Fewer patients had an exacerbation (tiotropium 9.5%; placebo 17.9%; p = 0.01).",
    "Flow-mediated dilation barely changed (sitagliptin, 5.6 to 5.7%; glimepiride, 5.6 to 6.0%).",
])
def test_a_percentage_beside_a_placebo_s_or_as_a_change_is_a_result_not_a_strength(sentence: str) -> None:
    assert amounts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Patients received timolol 0.5% or placebo twice daily.",
    "Brimonidine 0.2% was compared with placebo in ocular hypertension.",
    "Patients were randomized to latanoprost 0.005% or placebo (vehicle) once daily.",
])
def test_a_strength_compared_with_placebo_is_still_a_strength(sentence: str) -> None:
    [dose] = amounts(sentence)
    assert dose.unit == "%"
