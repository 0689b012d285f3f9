"""A route word belongs to the dose whose own words state it, else to the nearest dose of its sentence,
shared along a tight list ('A 10 mg and B 20 mg orally') and from the front of a clause ('Intravenous X
5 mg or Y 10 mg'); not to every dose of the sentence (another drug's inhaler, a premedication)."""

import pytest

from tests.conftest import extract


def routes(text):
    return {d.text: d.route for d in extract(text).doses if d.amount is not None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # each drug keeps the route of its own clause
        (
            "Patients received methylprednisolone 40 mg i.v. and salbutamol 200 µg by inhaler every 6 hours.",
            {"40 mg": "intravenous", "200 µg": "inhalation"},
        ),
        # a route in one clause is not a premedication's of another clause (in a text that names more than
        # one route: a route the whole text states alone is every dose's, as below)
        (
            "Ondansetron 8 mg was given as premedication; docetaxel 75 mg/m2 was then infused over 1 hour. "
            "Prednisolone 5 mg tablets were taken twice daily.",
            {"8 mg": None, "75 mg/m2": "intravenous", "5 mg": "oral"},
        ),
        (
            "Paracetamol 1 g was allowed as rescue medication; insulin glargine 10 U was injected subcutaneously at bedtime. "
            "Metformin 500 mg was taken orally twice daily.",
            {"1 g": None, "10 U": "subcutaneous", "500 mg": "oral"},
        ),
        # a route word far from the doses goes to the nearest one, not across a semicolon
        (
            "Dexamethasone 8 mg was given at induction; by the intrathecal route, morphine 100 µg was injected. "
            "Ketorolac 30 mg was given intravenously at the end of surgery.",
            {"8 mg": None, "100 µg": "intrathecal", "30 mg": "intravenous"},
        ),
    ],
)
def test_a_route_belongs_to_its_own_dose(sentence, expected):
    assert routes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # doses listed tightly share the route stated after the list
        (
            "Patients took metformin 500 mg and sitagliptin 50 mg orally twice daily.",
            {"500 mg": "oral", "50 mg": "oral"},
        ),
        (
            "Gemcitabine 1000 mg/m2 and cisplatin 25 mg/m2 were infused on days 1 and 8.",
            {"1000 mg/m2": "intravenous", "25 mg/m2": "intravenous"},
        ),
        (
            "Participants received either sitagliptin 100 mg once daily or glimepiride 2 mg once daily, orally.",
            {"100 mg": "oral", "2 mg": "oral"},
        ),
        # a route that opens the sentence reaches every dose of its clause
        (
            "Intravenous ketamine 0.5 mg/kg or midazolam 0.05 mg/kg was given before induction.",
            {"0.5 mg/kg": "intravenous", "0.05 mg/kg": "intravenous"},
        ),
        (
            "Patients received oral prednisolone 25 mg twice daily or domperidone 10 mg three times daily.",
            {"25 mg": "oral", "10 mg": "oral"},
        ),
        # amounts listed before another share its route
        (
            "Exenatide was injected subcutaneously at doses of 5 or 10 µg twice daily.",
            {"5": "subcutaneous", "10 µg": "subcutaneous"},
        ),
        # a route stated once for the whole trial still reaches every dose without one
        (
            "Patients were randomised to fentanyl 1 µg/kg or remifentanil 0.5 µg/kg. All study drugs were given intravenously.",
            {"1 µg/kg": "intravenous", "0.5 µg/kg": "intravenous"},
        ),
    ],
)
def test_a_route_still_reaches_every_dose_it_applies_to(sentence, expected):
    assert routes(sentence) == expected


def test_a_placed_route_points_to_its_own_words():
    text = (
        "Ondansetron 4 mg was given at the end of surgery; after that, by the subcutaneous route, enoxaparin 40 mg daily. "
        "Paracetamol 1 g was taken orally every 6 hours."
    )
    ondansetron, enoxaparin, _ = (d for d in extract(text).doses if d.amount is not None)
    assert ondansetron.route is None
    assert (enoxaparin.route, enoxaparin.route_span.text) == ("subcutaneous", "subcutaneous")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a Roman numeral after a group, stage, grade or class word is no intravenous route
        (
            "Rats in group IV received 600 mg/kg of the extract. Controls were given saline orally.",
            {"600 mg/kg": "oral"},
        ),
        (
            # (aspirin's own 'orally' is not the document's route: drug X has none)
            "Patients with stage IV disease received 5 mg of drug X. Aspirin 100 mg was taken orally.",
            {"5 mg": None, "100 mg": "oral"},
        ),
        ("Patients with NYHA class IV heart failure received furosemide 40 mg twice daily by mouth.", {"40 mg": "oral"}),
        # still a route where it is one
        ("Meloxicam IV 30 mg was given once daily after surgery.", {"30 mg": "intravenous"}),
        # the words before a drug stop at its sentence: the previous sentence's route is not its own
        (
            "The first dose was given p.o. Ketamine 5 mg was then given i.m. to every child.",
            {"5 mg": "intramuscular"},
        ),
    ],
)
def test_route_words_that_are_not_this_doses(sentence, expected):
    assert routes(sentence) == expected
