"""Time frames of abstract endpoints in the shapes running text uses: a numbered point after 'on', ranges,
ages in weeks, named periods, and a time stated in a sentence of its own after the endpoints."""

import pytest

from tests.conftest import extract


def _endpoints(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints]


@pytest.mark.parametrize(
    "sentence, name, time_frame",
    [
        ("The primary outcome was the incidence of delirium on postoperative days 1-5.", "incidence of delirium", "on postoperative days 1-5"),
        ("The primary outcome was pain intensity on days 1 to 3 after surgery.", "pain intensity", "on days 1 to 3"),
        ("The primary endpoint was clinical status on day 14.", "clinical status", "on day 14"),
        ("The primary endpoint was the number of migraine days over weeks 9 through 12.", "number of migraine days", "over weeks 9 through 12"),
        ("The primary outcome was bronchopulmonary dysplasia at 36 weeks' postmenstrual age.", "bronchopulmonary dysplasia",
         "at 36 weeks' postmenstrual age"),
        ("The primary outcome was serum ferritin at 37-39 weeks of pregnancy.", "serum ferritin", "at 37-39 weeks of pregnancy"),
        ("The primary endpoint was grade 3 neutropenia during the 28-day treatment period.", "grade 3 neutropenia",
         "during the 28-day treatment period"),
        ("The primary outcome was respiratory infection over the 12-month follow-up period.", "respiratory infection",
         "over the 12-month follow-up period"),
        ("The secondary outcome was death or myocardial infarction over the same period.", "death or myocardial infarction",
         "over the same period"),
    ],
)
def test_running_text_time_shapes(sentence, name, time_frame):
    [(_, text, frame)] = _endpoints(sentence)
    assert (text, frame) == (name, time_frame)


# Counter-examples: 'on' before no numbered point, and a period that the name goes on after, are no time frames.
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The primary outcome was the rate of relapse on treatment.", "rate of relapse on treatment"),
        ("The primary outcome was weight gain on admission.", "weight gain on admission"),
        ("The primary outcome was the effect of music on pain.", "effect of music on pain"),
    ],
)
def test_on_without_a_numbered_point_stays_in_the_name(sentence, name):
    [(_, text, frame)] = _endpoints(sentence)
    assert (text, frame) == (name, None)


# A sentence that only says when the assessments took place times the endpoints of the sentence(s) before it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The primary outcome was postoperative pain. Assessments took place at 6, 12 and 24 hours.",
         [("primary", "postoperative pain", "at 6, 12 and 24 hours")]),
        ("The primary outcome was peak oxygen uptake. Secondary outcomes were quality of life and body weight. "
         "All outcome measures were collected at baseline, after the 12-week programme and at 6 months by trained staff.",
         [("primary", "peak oxygen uptake", "at baseline, after the 12-week programme and at 6 months"),
          ("secondary", "quality of life", "at baseline, after the 12-week programme and at 6 months"),
          ("secondary", "body weight", "at baseline, after the 12-week programme and at 6 months")]),
        ("The primary endpoint was clinical cure. It was assessed at the test-of-cure visit, 7 to 14 days after the last dose.",
         [("primary", "clinical cure", "at the test-of-cure visit, 7 to 14 days after the last dose")]),
    ],
)
def test_a_timing_sentence_times_the_endpoints_before_it(text, expected):
    assert _endpoints(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the endpoint has its own time: the timing sentence is not about it
        ("The primary outcome was pain at 24 hours. Assessments were performed at 6 and 12 hours as well.",
         [("primary", "pain", "at 24 hours")]),
        # no time in the clause: who or where is no time frame
        ("The primary outcome was pain. Assessments were performed by a blinded nurse.", [("primary", "pain", None)]),
        ("The primary outcome was pain. Assessments were performed at the outpatient clinic.", [("primary", "pain", None)]),
        # a sentence in between without an endpoint breaks the link
        ("The primary outcome was pain. Patients were randomised by computer. Assessments took place at 6 hours.",
         [("primary", "pain", None)]),
        # a subject that is no assessment ('Patients were assessed at ...') is not a timing statement
        ("The primary outcome was pain. Patients were seen at 6 weeks.", [("primary", "pain", None)]),
    ],
)
def test_a_timing_sentence_counter_examples(text, expected):
    assert _endpoints(text) == expected
