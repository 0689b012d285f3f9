"""Gold adapters: parsing helpers on synthetic strings, and real properties of each dataset.

Dataset tests read the shared data area in place (``../shared/data`` next to the repo, or
``$TRIAL_EXTRACT_DATA``) and skip when it or a dataset folder is absent.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import get_args

import pytest

from extract.evaluation.adapters import ADAPTERS, DEFAULT_FOLDERS, load_gold
from extract.evaluation.adapters._numbers import parse_count
from extract.evaluation.adapters._pvalues import find_p_values, parse_p_value
from extract.evaluation.adapters._split import hash_split
from extract.evaluation.adapters.render_registry import render_record
from extract.evaluation.gold import GoldDocument
from extract.models import ITEM_MODELS, Operator

DATA = Path(os.environ.get("TRIAL_EXTRACT_DATA", Path(__file__).parents[1] / ".." / "shared" / "data"))

EXPECTED_DOCS = {"ebm-nlp": 169, "ct-corpus": 170, "pico": 802, "ctgov": 175}
EXPECTED_SPLITS = {
    "ebm-nlp": {"tune", "report"},
    "pico": {"tune", "report"},
    "ctgov": {"tune", "report"},
    "ct-corpus": {"train", "validation"},
    "evidence-inference": {"train", "validation"},
    "evidencemap": {"tune", "report"},
    "phee": {"train", "dev"},
    "rct-art": {"tune", "report"},
}
EXPECTED_FIELDS = {
    "ebm-nlp": {"sample_sizes"},
    "pico": {"sample_sizes", "endpoints"},
    "ct-corpus": {"sample_sizes", "doses", "endpoints", "p_values"},
    "ctgov": {"sample_sizes", "endpoints", "trial_ids", "p_values"},
    "evidence-inference": {"p_values"},
    "evidencemap": {"endpoints"},
    "phee": {"doses"},
    "rct-art": {"p_values"},
}
_CACHE: dict[str, list[GoldDocument]] = {}


def gold(kind: str) -> list[GoldDocument]:
    """The dataset's gold documents, loaded once per session; skip when the data is absent."""
    if not (DATA / DEFAULT_FOLDERS[kind]).is_dir():
        pytest.skip(f"{kind} data not found under {DATA}")
    if kind not in _CACHE:
        _CACHE[kind] = list(load_gold(kind, DATA))
    return _CACHE[kind]


# --- helpers on synthetic input ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("146", 146), ("10 576", 10576), ("1,234 adults", 1234), ("n=52.", 52),
    ("Fifty-seven", 57), ("One-hundred-twenty-four", 124), ("One hundred and six patients", 106),
    ("Two thousand three hundred", 2300), ("Nine of 10 completed", 9), ("12-93", None),
    ("women", None), ("1.5", None),
])
def test_parse_count(text: str, value: int | None) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize(("text", "parsed"), [
    ("P < 0.05", ("<", 0.05)), ("p = 0 . 03", ("=", 0.03)), ("P&lt;0.001", ("<", 0.001)),
    ("<0.001", ("<", 0.001)), ("0.03", ("=", 0.03)), ("0,001", ("=", 0.001)),
    ("P <or=.01", ("<=", 0.01)), ("p ≥ 0.2", (">=", 0.2)), ("P < 1 × 10−4", ("<", 0.0001)),
    ("p = NS", None), ("P = 2.5", None),
])
def test_parse_p_value(text: str, parsed: tuple[str, float] | None) -> None:
    assert parse_p_value(text) == parsed


def test_find_p_values_spans() -> None:
    text = "A fell (P = 0.01) and B rose (p<.001); C did not (P value > 0.2)."
    found = find_p_values(text)
    assert [text[m.start : m.end] for m in found] == ["P = 0.01", "p<.001", "P value > 0.2"]
    assert [(m.operator, m.value) for m in found] == [("=", 0.01), ("<", 0.001), (">", 0.2)]


def test_hash_split_is_deterministic_and_balanced() -> None:
    keys = [str(n) for n in range(2000)]
    first = [hash_split(k) for k in keys]
    assert first == [hash_split(k) for k in keys]
    assert set(first) == {"tune", "report"}
    assert 0.45 < first.count("tune") / len(first) < 0.55


def test_render_record_spans() -> None:
    record = {
        "nct_id": "NCT00000000", "brief_title": "A made-up trial",
        "brief_summary": "First   line\nwrapped.\n\nSecond paragraph.", "detailed_description": None,
        "study_type": "Interventional", "phase": ["Phase 2"], "allocation": "Randomized",
        "enrollment": {"count": "40", "type": "Anticipated"},
        "arms": [{"label": "A", "type": "Experimental", "description": "drug"}],
        "interventions": [{"type": "DRUG", "name": "Drug X", "description": None, "arm_labels": ["A"]}],
        "primary_outcomes": [{"measure": "Pain score", "time_frame": "Week 4", "description": None}],
        "secondary_outcomes": [],
        "result_outcomes": [{"title": "Pain score", "time_frame": "Week 4", "analyses": [
            {"groups": ["O1", "O2"], "group_titles": ["A", "B"], "p_value": "<0.001", "method": "ANOVA"}]}],
    }
    text, spans = render_record(record)
    assert "First line wrapped.\nSecond paragraph." in text
    assert "- Target Recruitment\n- 40\n" in text
    assert "Name Time Method Pain score Week 4\n" in text
    picked = {key: text[s:e] for key, (s, e) in spans.items()}
    assert picked["nct_id"] == "NCT00000000"
    assert picked["enrollment.count"] == "40"
    assert picked["primary_outcomes[0].time_frame"] == "Week 4"
    assert picked["result_outcomes[0].analyses[0].p_value"] == "<0.001"
    assert picked["result_outcomes[0].analyses[0].groups"] == "A vs B"


def test_load_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown gold kind"):
        load_gold("nope", tmp_path)
    with pytest.raises(FileNotFoundError, match="pico"):
        load_gold("pico", tmp_path)
    with pytest.raises(FileNotFoundError):
        load_gold(f"ctgov:{tmp_path / 'missing'}", tmp_path)


# --- real datasets ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(EXPECTED_DOCS))
def test_document_counts_match_source(kind: str) -> None:
    assert len(gold(kind)) == EXPECTED_DOCS[kind]


@pytest.mark.parametrize("kind", sorted(ADAPTERS))
def test_documents_are_well_formed(kind: str) -> None:
    docs = gold(kind)
    assert docs
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        assert doc.dataset == kind
        assert doc.fields == EXPECTED_FIELDS[kind]
        assert set(doc.record) <= doc.fields
        assert doc.split in EXPECTED_SPLITS[kind]
    assert {d.split for d in docs} == EXPECTED_SPLITS[kind]


NOT_ANNOTATED_PLACEHOLDERS = {"role": "enrolled", "kind": "other"}
"""Valid stand-ins for required model fields that a dataset leaves unannotated (None)."""


@pytest.mark.parametrize("kind", sorted(ADAPTERS))
def test_items_validate_against_record_models(kind: str) -> None:
    """Gold items use the record models' keys and types, and every span is the raw text slice."""
    for doc in gold(kind):
        for name, items in doc.record.items():
            for item in items:
                data = {k: NOT_ANNOTATED_PLACEHOLDERS.get(k) if v is None and k in NOT_ANNOTATED_PLACEHOLDERS else v
                        for k, v in item.items()}
                ITEM_MODELS[name].model_validate(data, context={"raw_text": doc.text})


@pytest.mark.parametrize("kind", sorted(ADAPTERS))
def test_values_in_range(kind: str) -> None:
    operators = set(get_args(Operator))
    for doc in gold(kind):
        for n in doc.items("sample_sizes"):
            assert isinstance(n["value"], int) and 0 < n["value"] < 10_000_000, (doc.id, n)
        for dose in doc.items("doses"):
            amounts = [dose.get(k) for k in ("amount", "amount_low", "amount_high") if dose.get(k) is not None]
            assert (amounts or dose.get("level")) and all(isinstance(a, float) and 0 < a < 100_000 for a in amounts), (doc.id, dose)
        for p in doc.items("p_values"):
            assert p["operator"] in operators and 0.0 <= p["value"] <= 1.0, (doc.id, p)
        for e in doc.items("endpoints"):
            assert e["kind"] in (None, "primary", "secondary") and e["text"].strip(), (doc.id, e)


@pytest.mark.parametrize("kind", ["ebm-nlp", "pico", "ctgov"])
def test_hash_split_balanced_and_repeatable(kind: str) -> None:
    docs = gold(kind)
    splits = [d.split for d in docs]
    assert splits == [d.split for d in ADAPTERS[kind](DATA / DEFAULT_FOLDERS[kind])]
    assert 0.35 < splits.count("tune") / len(splits) < 0.65


def test_field_item_counts_are_substantial() -> None:
    """Guards against a silent format change emptying a field (counts measured in README.md)."""
    minimum = {("ebm-nlp", "sample_sizes"): 140, ("pico", "sample_sizes"): 2000,
               ("pico", "endpoints"): 4500, ("ct-corpus", "sample_sizes"): 300,
               ("ct-corpus", "doses"): 350, ("ct-corpus", "p_values"): 330,
               ("ct-corpus", "endpoints"): 900, ("ctgov", "endpoints"): 900,
               ("ctgov", "p_values"): 150, ("evidence-inference", "p_values"): 800}
    for (kind, field), low in minimum.items():
        assert sum(len(d.items(field)) for d in gold(kind)) >= low, (kind, field)


def test_ctgov_gold_matches_registry_fields() -> None:
    for doc in gold("ctgov"):
        assert [t["id"] for t in doc.items("trial_ids")] == [doc.id]
        assert all(n["role"] in ("planned", "enrolled") for n in doc.items("sample_sizes"))
        assert all(p["comparison"] and p["outcome"] for p in doc.items("p_values"))


def test_ct_corpus_scope_and_arms() -> None:
    """Totals have arm None, per-arm counts a label or "" (per-arm, label unknown)."""
    docs = gold("ct-corpus")
    assert all(d.scope == {"p_values": "between-group"} for d in docs)
    arms = [n["arm"] for d in docs for n in d.items("sample_sizes")]
    assert any(arms) and None in arms and "" in arms


def test_ebm_nlp_leaves_arm_unannotated() -> None:
    """No arm key at all: the scorer reads ``arm: None`` as a total."""
    assert not any("arm" in n for d in gold("ebm-nlp") for n in d.items("sample_sizes"))


def test_pico_arms_are_generic() -> None:
    arms = {n["arm"] for d in gold("pico") for n in d.items("sample_sizes")}
    assert arms == {None, "intervention", "control"}


def test_evidencemap_primary_endpoints_follow_a_primary_cue_in_their_sentence():
    docs = [d for d in gold("evidencemap") if d.fields]
    assert 40 <= len(docs) <= 80
    for doc in docs:
        for item in doc.items("endpoints"):
            assert doc.text[item["start"] : item["end"]] == item["text"]
            sentence_start = max(doc.text.rfind(". ", 0, item["start"]), 0)
            assert "primary" in doc.text[sentence_start : item["start"]].lower()


@pytest.mark.parametrize("kind", sorted(EXPECTED_SPLITS))
def test_cleaning_never_removes_text_an_expert_annotated(kind):
    # Every gold item of every dataset lies in text the cleaner keeps: a cleaning rule that removes a
    # whole abstract as 'affiliation' or a results row as a 'repeated title' fails here, on real pages.
    from extract.cleaning import clean

    removed_gold = []
    for doc in gold(kind):
        segments = [(r.start, r.end, r.reason) for r in clean(doc.text).removed]
        for field in doc.fields:
            for item in doc.items(field):
                start = item.get("start")
                hit = next((reason for a, b, reason in segments if start is not None and a <= start < b), None)
                if hit:
                    removed_gold.append((doc.id, field, hit, doc.text[start : item.get("end", start)]))
    assert removed_gold == []


def test_cleaning_keeps_every_full_text_sentence_that_reports_a_trial_item():
    # CONSORT-TM's 50 full-text articles: no sentence labelled with a CONSORT item (methods, results,
    # registration, ...) lies in removed text. Funding statements (item 25) are removed as disclaimers on
    # purpose. It failed when a bare float label ("Figure 1", no caption) swallowed a results section.
    from extract.cleaning import clean
    from extract.evaluation.adapters.consort_tm import articles

    folder = DATA / "consort-tm"
    if not (folder / "50_XML").is_dir():
        pytest.skip("consort-tm not present")
    removed = []
    for article in articles(folder):
        segments = [(r.start, r.end, r.reason) for r in clean(article.text).removed]
        for (start, end), items in zip(article.sentences, article.items):
            if items - {"25"}:
                hit = next((reason for a, b, reason in segments if a < end and start < b), None)
                if hit:
                    removed.append((article.id, sorted(items), hit, article.text[start:end][:60]))
    assert len(list(articles(folder))) == 50
    assert removed == []
