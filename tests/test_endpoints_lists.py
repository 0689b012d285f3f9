"""Endpoint lists: which items share a time frame the list states once, qualifiers that are no
endpoints, and the cue words that open a list."""

import pytest

from tests.conftest import extract


def _frames(text):
    return [(e.text, e.time_frame) for e in extract(text).endpoints]


@pytest.mark.parametrize(
    "text, expected",
    [
        # items that carry their own times: a later item's time is not the earlier ones'
        ("Secondary outcomes were need for invasive mechanical ventilation by day 28, length of hospital stay, and "
         "hyperglycaemia requiring new insulin within 7 days.",
         [("need for invasive mechanical ventilation", "by day 28"), ("length of hospital stay", None),
          ("hyperglycaemia requiring new insulin", "within 7 days")]),
        # a time on an item in the middle is that item's
        ("Secondary endpoints were overall survival (OS), objective response rate at 24 weeks, and grade 3-4 toxicity.",
         [("overall survival", None), ("objective response rate", "at 24 weeks"), ("grade 3-4 toxicity", None)]),
        ("Secondary outcomes were length of hospital stay; 30-day mortality; opioid consumption during the first 48 hours.",
         [("length of hospital stay", None), ("30-day mortality", "30-day"), ("opioid consumption", "during the first 48 hours")]),
    ],
)
def test_a_time_an_item_carries_is_not_shared_across_commas(text, expected):
    assert _frames(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time stated once after the whole list
        ("Secondary endpoints were HbA1c, body weight and fasting glucose at week 24.",
         [("HbA1c", "at week 24"), ("body weight", "at week 24"), ("fasting glucose", "at week 24")]),
        ("Secondary endpoints were time to recovery and all-cause mortality at 28 days.",
         [("time to recovery", "at 28 days"), ("all-cause mortality", "at 28 days")]),
        # across a bare 'and', next to an item with its own time
        ("Secondary endpoints were HbA1c and body weight at week 12, and lipids at week 24.",
         [("HbA1c", "at week 12"), ("body weight", "at week 12"), ("lipids", "at week 24")]),
        # a qualifier's time is the item's before it
        ("The primary efficacy endpoint was change in FEV1, measured at week 12.", [("FEV1", "at week 12")]),
    ],
)
def test_a_time_stated_once_for_the_list_is_shared(text, expected):
    assert _frames(text) == expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("The primary endpoint was progression-free survival, assessed every 9 weeks.", ["progression-free survival"]),
        ("The primary outcome was pain intensity, measured until discharge.", ["pain intensity"]),
        ("The primary outcome was the rate of relapse, assessed up to 2 years.", ["rate of relapse"]),
    ],
)
def test_an_assessment_schedule_is_no_endpoint(text, names):
    assert [e.text for e in extract(text).endpoints] == names


@pytest.mark.parametrize(
    "text, kind, names",
    [
        ("The coprimary end points were the percentage change in body weight and weight reduction of at least 5% from baseline to week 68.",
         "primary", ["percentage change in body weight", "weight reduction of at least 5%"]),
        ("Co-primary endpoints were OS and ORR at week 12.", "primary", ["OS", "ORR"]),
    ],
)
def test_co_primary_cues(text, kind, names):
    got = extract(text).endpoints
    assert [e.text for e in got] == names and {e.kind for e in got} == {kind}
