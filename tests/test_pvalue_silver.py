"""Every p-value a plain `P = x` / `P < x` regex finds in 500 real top-journal abstracts (Jager & Leek's silver
list) is found by trial-extract too, with the same value and the same kind of operator.

Reads ``../shared/data/jager-leek-pvalues`` (or ``$TRIAL_EXTRACT_DATA``); skips when it is absent.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.pvalue_silver import FILE, _key, _predicted_keys, coverage
from extract.pipeline import PipelineSettings, build_pipeline
from extract.records import extract_text

DATA = Path(os.environ.get("TRIAL_EXTRACT_DATA", Path(__file__).parents[1] / ".." / "shared" / "data"))


def test_silver_p_values_of_500_abstracts_are_all_found():
    path = DATA / FILE
    if not path.exists():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(500), lines)]
    nlp = build_pipeline(PipelineSettings(fields=("p_values",)))
    silver = {r["pmid"]: Counter({_key(p["value"], bool(p["reported_as_inequality"])): 1 for p in r["pvalues"]}) for r in rows}
    ours = {r["pmid"]: _predicted_keys([p.model_dump() for p in extract_text(r["pmid"], r["abstract"], "jager-leek", nlp).p_values]) for r in rows}
    result = coverage(silver, ours)
    assert result["silver"] > 1000
    assert result["recall"] >= 0.995, result
