"""The optional OUTCOME NER hook: inert without a model, and what its mentions change when present."""

from __future__ import annotations

from unittest import mock

import pytest

from extract.extractors.context import ExtractionContext
from extract.extractors.endpoints import find_endpoints
from extract.extractors.linking import link_result
from extract.pipeline import PipelineSettings, build_pipeline, context_for
from tests.conftest import extract

SENTENCES = [
    "Compared with placebo, patients on drug A had fewer hospital admissions and a lower HbA1c at week 24 (P = 0.01).",
    "Mean intraocular pressure fell by 5 mmHg with latanoprost versus timolol (p < 0.001).",
    "The primary endpoint was the change in 6-minute walk distance at week 12; dyspnoea scores did not differ (P = 0.4).",
    "Overall survival was longer in the chemotherapy arm than with observation alone (hazard ratio 0.7, P = .02).",
]


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _context(text: str, entities=()) -> ExtractionContext:
    return ExtractionContext(text=text, sentences=[(0, len(text))], entities=list(entities))


@pytest.mark.parametrize("text", SENTENCES)
def test_hook_is_not_called_without_a_model(text):
    with mock.patch("extract.extractors.linking.prefer_outcome", side_effect=AssertionError("called")), \
         mock.patch("extract.extractors.endpoints.add_endpoints", side_effect=AssertionError("called")):
        record = extract(text)
    assert record.p_values


def test_default_pipeline_has_no_entities():
    nlp = build_pipeline(PipelineSettings())
    doc = nlp(SENTENCES[0])
    assert "ner" not in nlp.pipe_names and context_for(doc).entities == []


def test_the_outcome_mention_nearest_before_the_result_is_the_outcome():
    text = SENTENCES[0]
    p = text.index("(P") + 1
    # Rules alone: the measure, not the people ("patients on drug A" is not an outcome).
    assert text[slice(*link_result(_context(text), p, p + 8)["outcome"])] == "hospital admissions"
    mentions = [(*_span(text, "hospital admissions"), "OUTCOME"), (*_span(text, "HbA1c"), "OUTCOME")]
    assert text[slice(*link_result(_context(text, mentions), p, p + 8)["outcome"])] == "HbA1c"
    assert text[slice(*link_result(_context(text, mentions[:1]), p, p + 8)["outcome"])] == "hospital admissions"


def test_each_result_of_a_sentence_gets_its_own_mention():
    text = "Pain fell with the drug (P = 0.01) and sleep quality improved (P = 0.03)."
    mentions = [(*_span(text, "Pain"), "OUTCOME"), (*_span(text, "sleep quality"), "OUTCOME")]
    ctx = _context(text, mentions)
    first, second = text.index("P = 0.01"), text.index("P = 0.03")
    assert text[slice(*link_result(ctx, first, first + 8)["outcome"])] == "Pain"
    assert text[slice(*link_result(ctx, second, second + 8)["outcome"])] == "sleep quality"


def test_other_labels_and_mentions_after_the_result_are_ignored():
    text = SENTENCES[1]
    p = text.index("(p") + 1
    rules = link_result(_context(text), p, p + 9)
    assert link_result(_context(text, [(*_span(text, "latanoprost"), "INTERVENTION")]), p, p + 9) == rules
    later = text + " Visual acuity was unchanged."
    assert link_result(_context(later, [(*_span(later, "Visual acuity"), "OUTCOME")]), p, p + 9) == rules


def test_endpoints_gain_the_mentions_the_rules_missed_once():
    text = "Dyspnoea improved with the drug. Dyspnoea and exercise capacity were better at week 12."
    entities = [(*_span(text, "Dyspnoea"), "OUTCOME"), (*_span(text[33:], "Dyspnoea"), "OUTCOME")]
    entities[1] = (entities[1][0] + 33, entities[1][1] + 33, "OUTCOME")
    entities.append((*_span(text, "exercise capacity"), "OUTCOME"))
    rules = find_endpoints(_context(text))
    found = find_endpoints(_context(text, entities))
    added = [text[i.start : i.end] for i in found if i.rule == "endpoint.ner"]
    assert not [i for i in rules if i.rule == "endpoint.ner"]
    assert added.count("Dyspnoea") == 1 and "exercise capacity" in added
    assert all(i.values["kind"] == "other" for i in found if i.rule == "endpoint.ner")
