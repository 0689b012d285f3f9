"""Records: grounded spans, validation, the schema file, and the seed corpus against its gold set."""

import json

import pytest

from extract.evaluation.run import load_gold_folder
from extract.evaluation.scorer import score
from extract.models import FIELDS, DocumentRecord
from extract.schema import SCHEMA_FILE, render
from tests.conftest import CORPUS, GOLD, ROOT, extract


def test_schema_file_is_generated_from_the_models():
    assert (ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8") == render(), (
        "schemas/ is stale: run `trial-extract schema`"
    )


def test_every_item_of_the_corpus_points_to_its_raw_characters(corpus_records):
    for doc_id, (raw, record) in corpus_records.items():
        for name in FIELDS:
            for item in getattr(record, name):
                assert raw[item.start : item.end] == item.text, (doc_id, name, item)
                for sub in ("outcome_span", "comparison_span", "time_frame_span", "schedule_span", "arm_span", "intervention_span"):
                    span = getattr(item, sub, None)
                    if span is not None:
                        assert raw[span.start : span.end] == span.text
        # The record validates against its own raw text.
        DocumentRecord.model_validate(record.model_dump(), context={"raw_text": raw})


def test_removed_segments_and_sections_lie_inside_the_text(corpus_records):
    for raw, record in corpus_records.values():
        for seg in [*record.cleaning, *record.sections]:
            assert 0 <= seg.start < seg.end <= len(raw)


def test_p_values_in_figure_captions_and_translations_are_not_counted_twice(corpus_records):
    for raw, record in corpus_records.values():
        values = [(p.operator, p.value) for p in record.p_values]
        removed = [(s.start, s.end) for s in record.cleaning]
        assert not any(s <= p.start < e for p in record.p_values for s, e in removed)
        assert len(values) == len(record.p_values)


@pytest.mark.parametrize("field", ["sample_sizes", "doses", "p_values", "trial_ids", "endpoints"])
def test_seed_corpus_matches_its_gold_set_exactly(corpus_records, field):
    gold = list(load_gold_folder(GOLD, CORPUS))
    predictions = {doc_id: record.model_dump(mode="json") for doc_id, (_, record) in corpus_records.items()}
    scores = score(gold, predictions).fields[field]
    assert (scores.fn, scores.fp) == (0, 0), {"misses": scores.misses, "false_hits": scores.false_hits}


def test_gold_files_validate_against_their_texts():
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (CORPUS / f"{path.stem}.txt").read_text(encoding="utf-8")
        DocumentRecord.model_validate({**gold, "source": "gold", "pipeline_version": "gold"}, context={"raw_text": raw})


def test_an_item_whose_text_is_not_the_raw_slice_fails_validation():
    with pytest.raises(ValueError, match="not the raw slice"):
        DocumentRecord.model_validate(
            {"id": "x", "source": "s", "pipeline_version": "v",
             "trial_ids": [{"start": 0, "end": 3, "text": "NCT", "registry": "NCT", "id": "NCT1"}]},
            context={"raw_text": "ABCDEF"},
        )


@pytest.mark.parametrize(
    "item, message",
    [
        ({"start": 0, "end": 5, "text": "P = 2", "operator": "=", "value": 2.0}, "less than or equal to 1"),
        ({"start": 0, "end": 5, "text": "P = 2", "operator": "=", "value": -0.1}, "greater than or equal to 0"),
    ],
)
def test_p_values_outside_0_1_are_invalid(item, message):
    from extract.models import PValue

    with pytest.raises(ValueError, match=message):
        PValue.model_validate(item)


@pytest.mark.parametrize(
    "item, message",
    [
        ({"start": 4, "end": 4, "text": "", "kind": "primary"}, "at least 1 character"),
        ({"start": 4, "end": 7, "text": "   ", "kind": "primary"}, "should match pattern"),
        ({"start": 4, "end": 4, "text": "pain", "kind": "secondary"}, "is empty"),
    ],
)
def test_an_endpoint_without_characters_is_invalid(item, message):
    from extract.models import Endpoint

    with pytest.raises(ValueError, match=message):
        Endpoint.model_validate(item)


def test_an_endpoint_with_its_words_is_valid():
    from extract.models import Endpoint

    raw = "The primary outcome was pain at 24 h."
    item = Endpoint.model_validate({"start": 24, "end": 28, "text": "pain", "kind": "primary"}, context={"raw_text": raw})
    assert raw[item.start:item.end] == item.text


def test_abbreviated_outcome_in_a_registry_table_is_expanded():
    text = "- Primary Outcome Measures\nName Time Method TTCI up to 28 days Time to Clinical improvement\n"
    [endpoint] = extract(text).endpoints
    assert (endpoint.text, endpoint.name, endpoint.time_frame) == ("TTCI", "Time to Clinical improvement", "up to 28 days")


def test_abbreviation_defined_in_the_abstract_expands_a_table_row():
    text = (
        "The primary outcome was the patient global impression of change (PGIC) at week 12.\n"
        "- Secondary Outcome Measures\nName Time Method PGIC week 24 rated by the patient\n"
    )
    names = [e.name for e in extract(text).endpoints if e.kind == "secondary"]
    assert names == ["patient global impression of change"]


@pytest.mark.parametrize(
    "text, value, role",
    [
        ("We screened 410 patients; 240 were randomized to drug or placebo and 228 completed the study.", 240, "randomized"),
        ("A total of 96 adults were enrolled; 90 were analysed (45 per arm).", 96, "enrolled"),
        ("The trial will recruit 300 participants. Treatment lasts 12 weeks.", 300, "planned"),
        ("Blood pressure fell by 12 mmHg with the drug (P < 0.001).", None, None),
    ],
)
def test_the_record_names_its_trial_level_n_and_where_it_was_read(text, value, role):
    record = extract(text)
    if value is None:
        assert record.trial_n is None
    else:
        assert (record.trial_n.value, record.trial_n.role) == (value, role)
        assert text[record.trial_n.start : record.trial_n.end] == record.trial_n.text
        assert record.trial_n in record.sample_sizes  # one of the record's own totals, not a new number
