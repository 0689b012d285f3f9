"""PICO Corpus (breast cancer) adapter: total / intervention-arm / control-arm counts, outcomes.

Why: the best public gold for *per-arm* participant counts. Arms are given only by the label
prefix, so ``arm`` is the generic "intervention" or "control", never the drug name; a trial with
more than two arms cannot be told apart. ``role`` is not annotated. Outcome spans have no
primary/secondary kind. Spans whose text does not match the document, or that end inside a word
(truncated annotations such as "Two thousand eight hundred sixtee"), are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._numbers import parse_count
from extract.evaluation.adapters._split import hash_split

FILE = "pico_corpus.jsonl"
PARTICIPANT_ARMS: dict[str, str | None] = {
    "total-participants": None,
    "intervention-participants": "intervention",
    "control-participants": "control",
}
OUTCOME_LABELS: frozenset[str] = frozenset({"outcome", "outcome-Measure"})


def _well_formed(text: str, entity: dict) -> bool:
    start, end = entity["start"], entity["end"]
    cut_word = end < len(text) and text[end - 1].isalpha() and text[end].isalpha()
    return text[start:end] == entity["text"] and not cut_word


def gold_record(row: dict) -> dict[str, list[dict]]:
    """Sample sizes and endpoints of one abstract; offsets index ``text``."""
    text = row["text"]
    record: dict[str, list[dict]] = {"sample_sizes": [], "endpoints": []}
    for entity in sorted(row["entities"], key=lambda e: e["start"]):
        if not _well_formed(text, entity):
            continue
        span = {"start": entity["start"], "end": entity["end"], "text": entity["text"]}
        label = entity["label"]
        if label in PARTICIPANT_ARMS and (value := parse_count(entity["text"])):
            record["sample_sizes"].append({"value": value, "role": None, "arm": PARTICIPANT_ARMS[label], **span})
        elif label in OUTCOME_LABELS:
            record["endpoints"].append({"kind": None, **span})
    return record


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per abstract, split tune/report by PMID."""
    for row in read_jsonl(folder / FILE):
        yield GoldDocument(
            id=row["pmid"],
            text=row["text"],
            fields=frozenset({"sample_sizes", "endpoints"}),
            record=gold_record(row),
            split=hash_split(row["pmid"]),
            dataset="pico",
        )
