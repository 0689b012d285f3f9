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


# A measured endpoint that names a declared one again is that endpoint (its time frame goes to it), not a second one.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The primary outcome, time to first exacerbation, was analysed over 52 weeks.",
         [("primary", "time to first exacerbation", "over 52 weeks")]),
        ("The primary outcome was pain. Pain was measured at 6 and 24 hours.", [("primary", "pain", "at 6 and 24 hours")]),
        ("The primary outcome was pain at 24 hours. Pain was also measured at 6 hours.", [("primary", "pain", "at 24 hours")]),
        # counter-example: another outcome measured stays an endpoint of its own
        ("The primary outcome was pain. Nausea was measured at 6 hours.", [("primary", "pain", None), ("other", "Nausea", "at 6 hours")]),
    ],
)
def test_a_measured_restatement_is_the_declared_endpoint(text, expected):
    assert _endpoints(text) == expected


def _row(row: str) -> tuple[str, str | None]:
    [endpoint] = extract(f"- Primary Outcome Measures\nName Time Method {row}\n").endpoints
    return endpoint.text, endpoint.time_frame


# Registry time columns: the times of a day after a colon, and ClinicalTrials.gov's template clause in either case.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Cmax Day 1: pre-dose, 0.5, 1, 2, 4 and 8 hours post-dose Maximum observed concentration.", "Cmax",
         "Day 1: pre-dose, 0.5, 1, 2, 4 and 8 hours post-dose"),
        ("Tmax Days 1 and 14: pre-dose and 1, 2 and 4 hours post-dose Time to maximum concentration.", "Tmax",
         "Days 1 and 14: pre-dose and 1, 2 and 4 hours post-dose"),
        ("Length of stay participants will be followed for the duration of hospital stay, an expected average of 5 days Days in hospital.",
         "Length of stay", "participants will be followed for the duration of hospital stay, an expected average of 5 days"),
        ("Recurrence Participants were followed for the duration of hospital stay, an expected average of 5 days Recurrence of symptoms.",
         "Recurrence", "Participants were followed for the duration of hospital stay, an expected average of 5 days"),
    ],
)
def test_registry_time_columns(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# Counter-examples: a colon after a name's time, or a sentence about participants in the description, is no column.
@pytest.mark.parametrize(
    "row, name, time_frame",
    [
        ("Response at Week 12 Week 12 Week 12: proportion of responders by investigator.", "Response at Week 12", "Week 12"),
        ("Adherence 6 months Participants were asked to record doses in a diary.", "Adherence", "6 months"),
    ],
)
def test_registry_time_columns_counter_examples(row, name, time_frame):
    assert _row(row) == (name, time_frame)


# A time the sentence opens with is the declared endpoint's; 'between' with its unit or point word said once.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At 12 months, the primary outcome was freedom from reintervention.", [("primary", "freedom from reintervention", "At 12 months")]),
        ("At week 24, the primary endpoint was remission.", [("primary", "remission", "At week 24")]),
        ("The primary outcome was major bleeding between 1 and 12 months.", [("primary", "major bleeding", "between 1 and 12 months")]),
        ("The primary outcome was relapse between months 6 and 12.", [("primary", "relapse", "between months 6 and 12")]),
        # counter-examples: a year, or a number of people, is no time frame
        ("In 2019, the primary outcome was mortality.", [("primary", "mortality", None)]),
        ("The primary outcome was the difference between 1 and 2 doses.", [("primary", "difference between 1 and 2 doses", None)]),
    ],
)
def test_fronted_and_between_time_frames(sentence, expected):
    assert _endpoints(sentence) == expected


# A clause after the endpoint that only says when it was assessed ('; it was measured at ...', ', evaluated 4 weeks
# after ...') is no endpoint: its time is the endpoint's.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The primary outcome was the bone density of the hip; it was measured at 12 and 24 months.",
         [("primary", "bone density of the hip", "at 12 and 24 months")]),
        ("The primary outcomes were pain and function; both were assessed at 6 weeks.",
         [("primary", "pain", "at 6 weeks"), ("primary", "function", "at 6 weeks")]),
        ("The main outcome was spasticity measured with the Tardieu scale, evaluated 4 weeks after the last injection.",
         [("primary", "spasticity measured with the Tardieu scale", "4 weeks after the last injection")]),
        # counter-example: a list of outcomes as the subject of 'were assessed' stays a list of endpoints
        ("Pain, function and sleep were assessed at 6 weeks.",
         [("other", "Pain", "at 6 weeks"), ("other", "function", "at 6 weeks"), ("other", "sleep", "at 6 weeks")]),
    ],
)
def test_an_assessment_clause_is_the_endpoints_time(sentence, expected):
    assert _endpoints(sentence) == expected


def test_an_on_time_stays_in_a_p_values_outcome():
    """'on postoperative day 1' is an endpoint's time frame, but the p-value linker's outcome keeps it as written
    (review regression on 904b298: the linker strips trailing time frames with the running-text pattern)."""
    [p] = extract("Pain scores on postoperative day 1 were lower after LA than after OA (3.2 vs 4.6, P = 0.001).").p_values
    assert p.outcome == "Pain scores on postoperative day 1"


# An endpoint named before its cue with an article or 'one of': 'X was a secondary outcome', 'X constituted the primary outcome'.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Readmission within 28 days was a secondary outcome.", [("secondary", "Readmission", "within 28 days")]),
        ("Quality of life was one of the secondary outcomes.", [("secondary", "Quality of life", None)]),
        ("Mortality at 90 days constituted the primary outcome.", [("primary", "Mortality", "at 90 days")]),
        # counter-examples: a pronoun or an existential subject names no endpoint
        ("This was a secondary outcome.", []),
        ("There was a secondary outcome.", []),
    ],
)
def test_an_endpoint_named_before_an_indefinite_cue(sentence, expected):
    assert _endpoints(sentence) == expected


# A definition's own list ('defined as A and B') names no endpoints; an endpoint after ', and' still is one.
@pytest.mark.parametrize(
    "sentence, names",
    [
        ("The primary endpoint was clinical cure, defined as resolution of fever and cough.", ["clinical cure"]),
        ("The primary endpoint was clinical cure, defined as resolution of fever, cough and dyspnoea.", ["clinical cure"]),
        ("The primary endpoints were clinical cure, defined as resolution of symptoms, and mortality at 28 days.",
         ["clinical cure", "mortality"]),
        ("The primary outcome was pain, measured by VAS, and function.", ["pain", "function"]),
    ],
)
def test_a_definitions_list_names_no_endpoints(sentence, names):
    assert [e.text for e in extract(sentence).endpoints] == names


def test_a_declaration_worded_as_a_definition_keeps_its_list():
    """Counter-example: 'was defined as A and B' declares the endpoints; it qualifies no endpoint before it."""
    assert [e.text for e in extract("Primary outcome was defined as the weight and body mass index.").endpoints
            if e.kind == "primary"] == ["body mass index"]
