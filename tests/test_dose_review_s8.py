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
