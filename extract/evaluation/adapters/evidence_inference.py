"""Evidence Inference 2.0 adapter: p-values inside doctor-marked evidence sentences.

Why: each annotation names an outcome and the compared arms (the prompt) and marks the evidence
text that answers it, usually the result sentence with its p-value. That links a p-value to its
outcome and comparison, which no other public gold does at this scale.

Gold = every p-value expression inside an evidence text that occurs verbatim in the abstract
(rows whose evidence comes from the full text are dropped, and so are rows whose evidence the
verifying doctor rejected, ``Valid Reasoning`` False). p-values outside evidence texts are
not annotated, so precision can only be measured within the evidence sentences
(``scope = {"p_values": "evidence-sentences"}``). ``outcome``/``comparison`` are set only when
every evidence text that covers the p-value and holds no other p-value names the same prompt
outcome and arms; otherwise they are left unannotated (None).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._pvalues import find_p_values

ABSTRACTS = "abstracts.jsonl"
ANNOTATIONS = "v2_annotations_joined_abstracts.jsonl"
SPLIT_FILES: dict[str, str] = {
    "train": "splits/ev2_train_article_ids.txt",
    "validation": "splits/ev2_validation_article_ids.txt",
}


def article_splits(folder: Path) -> dict[str, str]:
    """PMCID ("PMC123") → "train" / "validation" from the official ev2 split files."""
    splits = {}
    for split, name in SPLIT_FILES.items():
        for article_id in (folder / name).read_text(encoding="utf-8").split():
            splits[f"PMC{article_id}"] = split
    return splits


def p_value_items(abstract: str, rows: list[dict]) -> list[dict]:
    """Gold p-values of one abstract from its annotation rows."""
    links: dict[tuple[int, int], set[tuple[str, str]]] = defaultdict(set)
    found: dict[tuple[int, int], dict] = {}
    for row in rows:
        offset = abstract.find(row["evidence_text"])
        if offset < 0 or not row["evidence_text"].strip() or row["valid_reasoning"] == "False":
            continue
        matches = find_p_values(row["evidence_text"])
        for match in matches:
            key = (offset + match.start, offset + match.end)
            found[key] = {"operator": match.operator, "value": match.value}
            if len(matches) == 1:
                links[key].add((row["outcome"].strip(), f"{row['intervention'].strip()} vs {row['comparator'].strip()}"))
    items = []
    for (start, end), parsed in sorted(found.items()):
        outcome, comparison = next(iter(links[(start, end)])) if len(links[(start, end)]) == 1 else (None, None)
        items.append({**parsed, "outcome": outcome, "comparison": comparison,
                      "start": start, "end": end, "text": abstract[start:end]})
    return items


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per ev2 abstract with at least one p-value in a verbatim evidence text."""
    rows_by_article: dict[str, list[dict]] = defaultdict(list)
    for row in read_jsonl(folder / ANNOTATIONS):
        rows_by_article[row["pmcid"]].append(row)
    splits = article_splits(folder)
    for article in read_jsonl(folder / ABSTRACTS):
        pmcid = article["pmcid"]
        items = p_value_items(article["abstract_text"], rows_by_article.get(pmcid, []))
        if items and pmcid in splits:
            yield GoldDocument(
                id=pmcid,
                text=article["abstract_text"],
                fields=frozenset({"p_values"}),
                record={"p_values": items},
                split=splits[pmcid],
                dataset="evidence-inference",
                scope={"p_values": "evidence-sentences"},
            )
