"""RCT-ART adapter: a p-value takes the outcome and arms of the measures written before it."""

from pathlib import Path

import pytest

from extract.evaluation.adapters import rct_art
from tests.test_adapters import DATA


def _row(text: str, spans: dict[str, tuple[str, str]], relations: list[tuple[str, str, str]]) -> dict:
    """A Prodigy-style row: spans by name (label, text), relations (label, head name, child name)."""
    found = {}
    for name, (label, words) in spans.items():
        start = text.index(words)
        found[name] = {"start": start, "end": start + len(words), "label": label}
    return {"pmid": "1", "text": text, "spans": list(found.values()),
            "relations": [{"label": label, "head": found[h], "child": found[c]} for label, h, c in relations]}


def test_a_p_value_takes_the_outcome_and_arms_of_the_measures_before_it():
    text = "Pain fell by 3.1 points with ketamine and 1.2 points with morphine ( P < 0.01 ) ; nausea was 12 % vs 30 % ( P = 0.2 ) ."
    row = _row(text, {
        "pain": ("OC", "Pain"), "m1": ("MEAS", "3.1 points"), "m2": ("MEAS", "1.2 points"),
        "ket": ("INTV", "ketamine"), "mor": ("INTV", "morphine"), "nausea": ("OC", "nausea"), "m3": ("MEAS", "12 %"),
    }, [("OC_RES", "pain", "m1"), ("OC_RES", "pain", "m2"), ("A1_RES", "ket", "m1"), ("A2_RES", "mor", "m2"),
        ("OC_RES", "nausea", "m3")])
    first, second = rct_art.p_value_items(row)
    assert (first["operator"], first["value"], first["outcome"], first["comparison"]) == ("<", 0.01, "Pain", "ketamine vs morphine")
    assert first["text"] == "P < 0.01"
    # the measure before the second p-value names its outcome but no arms: no comparison
    assert (second["outcome"], second["comparison"]) == ("nausea", None)


def test_a_p_value_before_any_measure_has_no_outcome():
    row = _row("Differences were significant ( P = 0.03 ) for pain , 3 vs 5 .", {"pain": ("OC", "pain"), "m": ("MEAS", "3")},
               [("OC_RES", "pain", "m")])
    [item] = rct_art.p_value_items(row)
    assert item["outcome"] is None and item["comparison"] is None


def test_dataset_counts_and_splits():
    folder = DATA / "rct-art-results"
    if not folder.is_dir():
        pytest.skip("rct-art data not found")
    docs = list(rct_art.load(Path(folder)))
    assert len(docs) == 144 and {d.split for d in docs} == {"tune", "report"}
    assert sum(len(d.items("p_values")) for d in docs) == 191
    for doc in docs:
        for item in doc.items("p_values"):
            assert doc.text[item["start"] : item["end"]] == item["text"]
