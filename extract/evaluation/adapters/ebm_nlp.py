"""EBM-NLP adapter: crowd "sample size" spans inside the Participants element.

Why: it is the only public span gold that marks *every* mention of a participant number in an
abstract, so it measures sample-size recall on real text. It does not say which n a number is
(randomized, analysed, ...) nor which arm it belongs to: ``role`` is None and the ``arm`` key is
left out (the scorer reads ``arm: None`` as "a total", an absent key as "not annotated").
Values are parsed from the span text; spans without a number (e.g. "women") are skipped. The field
is ``values_only``: predictions are compared as distinct numbers, as the gold marks them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._numbers import parse_count
from extract.evaluation.adapters._split import hash_split

FILE = "dev_crowd_participants_hier.jsonl"
LABEL = "sample_size"


def sample_size_items(row: dict) -> list[dict]:
    """Gold sample sizes of one EBM-NLP row; spans index ``text_detok``."""
    text = row["text_detok"]
    items = []
    for span in row["participants_hier_spans"]:
        if span["label"] != LABEL:
            continue
        start, end = span["char_start"], span["char_end"]
        value = parse_count(text[start:end])
        if value:
            items.append({"value": value, "role": None, "start": start, "end": end, "text": text[start:end]})
    return items


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per abstract, split tune/report by PMID (the data has one split)."""
    for row in read_jsonl(folder / FILE):
        yield GoldDocument(
            id=row["pmid"],
            text=row["text_detok"],
            fields=frozenset({"sample_sizes"}),
            record={"sample_sizes": sample_size_items(row)},
            split=hash_split(row["pmid"]),
            dataset="ebm-nlp",
            values_only=frozenset({"sample_sizes"}),
        )
