"""Doses in sentences reviewers wrote: longer schedules ('every 8 weeks', 'once yearly', 'b.d.'), caps and
increments that are no dose ('(maximum 25 mg)', 'increased by 100 mg'), and a route or frequency that one
named drug's own sentence states, which is not another named drug's."""

import pytest

from tests.conftest import extract


def doses(text):
    return [(d.intervention, d.amount, d.unit, d.frequency, d.route) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence, frequency",
    [
        ("Patients received aflibercept 2 mg every 8 weeks.", "every 8 weeks"),
        ("Zoledronic acid 4 mg was given every 6 months.", "every 6 months"),
        ("Zoledronic acid 5 mg was infused once yearly for 3 years.", "yearly"),
        ("Ustekinumab 90 mg every 12 weeks was continued.", "every 12 weeks"),
        ("Denosumab 60 mg was injected every 3 months.", "every 3 months"),
        ("Prednisolone 5 mg b.d. was prescribed.", "twice daily"),
        ("Metformin 500 mg BD was prescribed.", "twice daily"),
        ("Cholecalciferol 60,000 IU per month was given.", "monthly"),
    ],
)
def test_longer_schedules_are_named(sentence, frequency):
    [dose] = doses(sentence)
    assert dose[3] == frequency


@pytest.mark.parametrize(
    "sentence",
    [
        # 'annual' of a visit is no schedule; 'bd' in lower case after no amount is no 'BD'
        "Patients had annual follow-up visits; aspirin 100 mg was taken.",
        "Aspirin 100 mg was taken; the bd group was followed for a year.",
    ],
)
def test_words_like_schedules_are_not_schedules(sentence):
    assert [d[3] for d in doses(sentence)] == [None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Intravenous tenecteplase 0.25 mg/kg (maximum 25 mg) was given.", [("tenecteplase", 0.25, "mg/kg")]),
        ("Paracetamol 15 mg/kg every 6 hours (max 2 g/day) was given.", [("Paracetamol", 15.0, "mg/kg")]),
        ("Ondansetron 0.15 mg/kg (max 8 mg) was given.", [("Ondansetron", 0.15, "mg/kg")]),
        ("Sertraline 50 mg was given; the dose was increased by 50 mg every 2 weeks.", [("Sertraline", 50.0, "mg")]),
        ("Patients needing more than 2 g of paracetamol per day were excluded.", []),
        # counter-examples: the dose itself stays
        ("Patients took aspirin 100 mg daily up to a maximum dose of 300 mg.", [("aspirin", 100.0, "mg")]),
        ("Maximal analgesia was reached with morphine 10 mg.", [("morphine", 10.0, "mg")]),
    ],
)
def test_a_cap_or_an_increment_is_no_dose(sentence, expected):
    assert [d[:3] for d in doses(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # another named drug's own route or frequency stays its own
        (
            "Women received a single dose of misoprostol 600 µg orally. The comparison group received oxytocin 10 IU.",
            [("misoprostol", "single dose", "oral"), ("oxytocin", None, None)],
        ),
        (
            "Patients received ondansetron 4 mg intravenously. Postoperatively, metoclopramide 10 mg was given.",
            [("ondansetron", None, "intravenous"), ("metoclopramide", None, None)],
        ),
        # counter-examples: a sentence stating the schedule for all, and a dose naming no drug
        (
            "Patients received latanoprost 0.005% or timolol 0.5%. Both solutions were instilled once daily.",
            [("latanoprost", "once daily", "ophthalmic"), ("timolol", "once daily", "ophthalmic")],
        ),
        (
            "Gabapentin 300 mg was taken orally. Hot flashes fell at a dose of 900 mg/day.",
            [("Gabapentin", "once daily", "oral"), (None, "once daily", "oral")],
        ),
    ],
)
def test_a_route_stated_for_one_drug_does_not_reach_another(sentence, expected):
    assert [(d.intervention, d.frequency, d.route) for d in extract(sentence).doses if d.amount is not None] == expected


def drugs(text):
    return [(d.text, d.intervention) for d in extract(text).doses if d.amount is not None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a function word, a verb, an adverb or a word of how a dose is given names no drug
        ("The trial compared 2.5 mg versus 5 mg of apixaban twice daily.", [("2.5 mg", "apixaban"), ("5 mg", "apixaban")]),
        ("Tranexamic acid 1 g was given, and a second 1 g dose if bleeding continued.", [("1 g", "Tranexamic acid"), ("1 g", "Tranexamic acid")]),
        ("Olaparib tablets 300 mg twice daily were given.", [("300 mg", "Olaparib")]),
        ("Amikacin liposome inhalation suspension 590 mg once daily was added.", [("590 mg", "Amikacin")]),
        ("Patients received 4 mg (n = 45) or 8 mg (n = 44) of dexamethasone.", [("4 mg", "dexamethasone"), ("8 mg", "dexamethasone")]),
        ("Tapentadol 50 mg was given and the dose was titrated upward to 100 mg.", [("50 mg", "Tapentadol"), ("100 mg", None)]),
        # a name in more than one word is kept whole
        ("Patients received iron sucrose 200 mg or ferric carboxymaltose 1000 mg.", [("200 mg", "iron sucrose"), ("1000 mg", "ferric carboxymaltose")]),
        ("Fluticasone propionate 250 µg twice daily was inhaled.", [("250 µg", "Fluticasone propionate")]),
        ("Athletes took creatine monohydrate 5 g daily.", [("5 g", "creatine monohydrate")]),
        ("Vitamin D3 2000 IU daily or vitamin C 500 mg was given.", [("2000 IU", "Vitamin D3"), ("500 mg", "vitamin C")]),
        ("Insulin glargine 10 U once daily was started.", [("10 U", "Insulin glargine")]),
        ("Women took 500 mg of calcium carbonate daily.", [("500 mg", "calcium carbonate")]),
        ("Botulinum toxin A 100 U was injected.", [("100 U", "Botulinum toxin A")]),
        # the drug that opens the sentence as its subject
        ("Metformin was started at 500 mg twice daily.", [("500 mg", "Metformin")]),
        ("Vitamin D3 was given orally at a dose of 50,000 IU weekly.", [("50,000 IU", "Vitamin D3")]),
        ("The dose of atorvastatin was 40 mg.", [("40 mg", "atorvastatin")]),
        ("Norepinephrine was infused at 0.1 µg/kg/min.", [("0.1 µg/kg/min", "Norepinephrine")]),
        # counter-examples: a subject that is no drug
        ("Patients were given 5 mg at bedtime.", [("5 mg", None)]),
        ("Tolerability was good at 500 mg.", [("500 mg", None)]),
    ],
)
def test_the_drug_of_a_dose_is_a_drug_name(sentence, expected):
    assert drugs(sentence) == expected


def test_vitamin_d3_s_schedule_is_not_vitamin_c_s():
    assert [(d.intervention, d.frequency) for d in extract("Vitamin D3 2000 IU daily or vitamin C 500 mg was given.").doses] == [
        ("Vitamin D3", "once daily"),
        ("vitamin C", None),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a schedule inside one drug's bracket is that drug's alone
        (
            "Bevacizumab (7.5 mg/kg, day 1) was combined with oxaliplatin (130 mg/m2, day 1) and capecitabine (1000 mg/m2 twice daily, days 1-14).",
            [("Bevacizumab", None), ("oxaliplatin", None), ("capecitabine", "twice daily")],
        ),
        # a drug with its own route word between is another arm: the schedule after it is not shared back
        (
            "Patients received intravenous ferric carboxymaltose (1000 mg) or oral ferrous sulfate 200 mg three times daily.",
            [("ferric carboxymaltose", None), ("ferrous sulfate", "three times daily")],
        ),
        # counter-examples: a schedule after a plain list is shared
        ("Patients received bimatoprost 0.03% or travoprost 0.004% once daily.", [("bimatoprost", "once daily"), ("travoprost", "once daily")]),
        (
            "Gemcitabine (1000 mg/m2) and cisplatin (25 mg/m2) were given weekly.",
            [("Gemcitabine", "weekly"), ("cisplatin", "weekly")],
        ),
    ],
)
def test_a_schedule_is_shared_only_along_a_plain_list(sentence, expected):
    assert [(d.intervention, d.frequency) for d in extract(sentence).doses if d.amount is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 'compared with' opens the comparator's clause: the first arm's route does not reach it
        ("Sublingual buprenorphine 8-16 mg daily was compared with methadone 60-120 mg daily.", [("buprenorphine", "sublingual"), ("methadone", None)]),
        # counter-example: a route before a plain list reaches the list
        ("Patients received intravenous ondansetron 4 mg or granisetron 1 mg.", [("ondansetron", "intravenous"), ("granisetron", "intravenous")]),
    ],
)
def test_a_route_before_the_doses_stops_at_the_comparator(sentence, expected):
    assert [(d.intervention, d.route) for d in extract(sentence).doses if d.level is None] == expected
