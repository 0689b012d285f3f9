"""Listed-day schedules ('on days 1, 8 and 15') belong to the dose whose clause states them, not to every
dose of the sentence: a premedication, a rescue dose or another arm's drug beside it keeps none."""

import pytest

from tests.conftest import extract


def schedules(text):
    """Each dose's (text, (schedule, n_administrations)), in the order of the text: a list, so two doses
    written alike ('25 mg/m2' of two drugs) are both checked rather than one hiding the other."""
    doses = sorted((d for d in extract(text).doses if d.amount is not None), key=lambda d: d.start)
    return [(d.text, (d.schedule, d.n_administrations)) for d in doses]


def as_list(expected):
    return list(expected.items()) if isinstance(expected, dict) else expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the schedule after a dose is that dose's; a premedication or rescue dose beside it keeps none
        (
            "Cyclophosphamide 750 mg/m2 was infused on days 1, 8 and 15, and ondansetron 8 mg was given as premedication.",
            {"750 mg/m2": ("on days 1, 8 and 15", 3), "8 mg": (None, None)},
        ),
        (
            "Ondansetron 8 mg was given before each infusion of cisplatin 75 mg/m2 on days 1 and 8.",
            {"8 mg": (None, None), "75 mg/m2": ("on days 1 and 8", 2)},
        ),
        (
            "Methotrexate 3 g/m2 was given on days 1 and 15, with leucovorin rescue 15 mg every 6 hours.",
            {"3 g/m2": ("on days 1 and 15", 2), "15 mg": (None, None)},
        ),
        (
            "Dexamethasone 20 mg and ondansetron 8 mg were given before paclitaxel 80 mg/m2 on days 1, 8 and 15.",
            {"20 mg": (None, None), "8 mg": (None, None), "80 mg/m2": ("on days 1, 8 and 15", 3)},
        ),
        # another arm's drug with its own day keeps it
        (
            "Arm A received docetaxel 75 mg/m2 on day 1 and arm B received gemcitabine 1000 mg/m2 on days 1 and 8.",
            {"75 mg/m2": (None, None), "1000 mg/m2": ("on days 1 and 8", 2)},
        ),
        # a schedule that opens the sentence goes to the doses of its clause, not to the next clause's
        (
            "On days 1, 4, 8 and 11, bortezomib 1.3 mg/m2 was injected, and dexamethasone 20 mg was taken daily.",
            {"1.3 mg/m2": ("On days 1, 4, 8 and 11", 4), "20 mg": (None, None)},
        ),
        (
            "On days 2 and 3, patients took either prednisolone 25 mg twice daily or domperidone 10 mg once daily.",
            {"25 mg": ("On days 2 and 3", 2), "10 mg": ("On days 2 and 3", 2)},
        ),
        # doses listed together share the schedule stated after the list
        (
            "Gemcitabine 1000 mg/m2 and cisplatin 25 mg/m2 were given on days 1 and 8 of each cycle.",
            {"1000 mg/m2": ("on days 1 and 8", 2), "25 mg/m2": ("on days 1 and 8", 2)},
        ),
        # a schedule after a parenthesis goes to the nearest dose, not across a semicolon
        (
            "Paracetamol 1 g was allowed as rescue medication; MSCs (1 × 10^6 cells/kg) were infused on days 0, 3 and 6.",
            {"1 g": (None, None), "1 × 10^6 cells/kg": ("on days 0, 3 and 6", 3)},
        ),
        (
            "Pioglitazone (30 or 45 mg) was taken at weeks 0, 4 and 8 together with metformin 500 mg.",
            {"30": ("at weeks 0, 4 and 8", 3), "45 mg": ("at weeks 0, 4 and 8", 3), "500 mg": (None, None)},
        ),
        # the next dose's amount is not a listed day ('day 1 and 6.6 mg' is no schedule)
        (
            "Prednisone was given as 12 mg on day 1 and 6 mg on days 2, 3 and 4.",
            {"12 mg": (None, None), "6 mg": ("on days 2, 3 and 4", 3)},
        ),
    ],
)
def test_a_listed_day_schedule_belongs_to_its_own_dose(sentence, expected):
    assert schedules(sentence) == as_list(expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the amounts in brackets
        (
            "Patients received gemcitabine (1000 mg/m2) and cisplatin (25 mg/m2) on days 1 and 8 every 3 weeks.",
            {"1000 mg/m2": ("on days 1 and 8", 2), "25 mg/m2": ("on days 1 and 8", 2)},
        ),
        (
            "The regimen was docetaxel (60 mg/m2) plus oxaliplatin (85 mg/m2) on days 1 and 15 of a 28-day cycle.",
            {"60 mg/m2": ("on days 1 and 15", 2), "85 mg/m2": ("on days 1 and 15", 2)},
        ),
        # a name that opens with digits
        (
            "Patients received epirubicin 100 mg/m2 and 5-fluorouracil 600 mg/m2 on days 1 and 8.",
            {"100 mg/m2": ("on days 1 and 8", 2), "600 mg/m2": ("on days 1 and 8", 2)},
        ),
        (
            "Leucovorin 20 mg/m2 and 5-FU 425 mg/m2 were given on days 1, 2 and 3.",
            {"20 mg/m2": ("on days 1, 2 and 3", 3), "425 mg/m2": ("on days 1, 2 and 3", 3)},
        ),
        # a route or a frequency of the first dose before the coordinator
        (
            "Gemcitabine 1000 mg/m2 intravenously and cisplatin 25 mg/m2 intravenously were given on days 1 and 8.",
            {"1000 mg/m2": ("on days 1 and 8", 2), "25 mg/m2": ("on days 1 and 8", 2)},
        ),
        (
            "Vinorelbine 25 mg/m2 i.v. and carboplatin 300 mg/m2 were administered on days 1 and 8.",
            {"25 mg/m2": ("on days 1 and 8", 2), "300 mg/m2": ("on days 1 and 8", 2)},
        ),
        # two doses written alike are two doses
        (
            "Oxaliplatin 85 mg/m2 and irinotecan 85 mg/m2 were infused on days 1 and 15.",
            [("85 mg/m2", ("on days 1 and 15", 2)), ("85 mg/m2", ("on days 1 and 15", 2))],
        ),
        (
            "Cisplatin 25 mg/m2 was given as premedication, and gemcitabine 25 mg/m2 on days 1 and 8.",
            [("25 mg/m2", (None, None)), ("25 mg/m2", ("on days 1 and 8", 2))],
        ),
    ],
)
def test_doses_listed_together_share_the_schedule_after_them(sentence, expected):
    assert schedules(sentence) == as_list(expected)


def test_a_schedule_points_to_its_words_and_its_count_to_the_days():
    text = "Gemcitabine 1000 mg/m2 was infused on days 1, 8 and 15 with granisetron 3 mg before each infusion."
    gemcitabine, granisetron = extract(text).doses
    assert (gemcitabine.schedule_span.text, gemcitabine.n_administrations_span.text) == ("on days 1, 8 and 15", "1, 8 and 15")
    assert (granisetron.schedule, granisetron.schedule_span, granisetron.n_administrations) == (None, None, None)
