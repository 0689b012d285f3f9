"""Gold against prediction for the report, with the project's own rules: the scorer decides each item's
status (so the report never disagrees with ``evaluate``, whatever the scorer does before matching),
``match_items`` names each match's gold partner, and the scores make the summary table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..evaluation.gold import GoldDocument
from ..evaluation.matching import match_items
from ..evaluation.scorer import Scores, score
from ..models import FIELDS


@dataclass
class FieldStatus:
    """One field of one document: the status of every predicted item, its gold partner, the misses."""

    status: list[str] = field(default_factory=list)  # per predicted item: match | false | pred (field not annotated)
    partner: list[Optional[dict]] = field(default_factory=list)
    misses: list[tuple[int, dict]] = field(default_factory=list)  # (index in the gold list, gold item)


def _key(item: dict) -> tuple:
    return item.get("start"), item.get("end"), item.get("text")


def compare_document(gold: Optional[GoldDocument], record: dict) -> dict[str, FieldStatus]:
    """Statuses per field; without gold (or for a field gold does not annotate) every item is ``pred``."""
    doc_scores = score([gold], {gold.id: record}) if gold is not None else None
    out: dict[str, FieldStatus] = {}
    for name in FIELDS:
        pred = record.get(name) or []
        fs = doc_scores.fields.get(name) if doc_scores is not None and name in gold.fields else None
        if fs is None:
            out[name] = FieldStatus(["pred"] * len(pred), [None] * len(pred))
            continue
        gold_items = gold.items(name)
        false_hits = {_key(f) for f in fs.false_hits}
        partner_of = {id(p): g for g, p in match_items(name, gold_items, pred)[0]}
        gold_at = {_key(g): (i, g) for i, g in reversed(list(enumerate(gold_items)))}
        out[name] = FieldStatus(
            ["false" if _key(p) in false_hits else "match" for p in pred],
            [None if _key(p) in false_hits else partner_of.get(id(p)) for p in pred],
            [gold_at.get(_key(m), (-1, m)) for m in fs.misses],
        )
    return out


def summary_rows(scores: Scores) -> list[dict]:
    """The per-field P/R/F1 table, views included, each row with the documents that hold its errors."""
    rows = []
    for name, s in scores.fields.items():
        docs: dict[str, int] = {}
        for error in (*s.misses, *s.false_hits):
            doc = str(error.get("doc"))
            docs[doc] = docs.get(doc, 0) + 1
        rows.append({
            "field": name, "p": round(s.precision, 3), "r": round(s.recall, 3), "f1": round(s.f1, 3),
            "tp": s.tp, "fp": s.fp, "fn": s.fn, "docs": sorted(docs.items()),
        })
    return rows


def attribute_rows(scores: Scores) -> list[dict]:
    """Linked-value accuracies on matched pairs (outcome, comparison, time frame, ...)."""
    return [{"name": name, "correct": a.correct, "total": a.total, "acc": round(a.value, 3)} for name, a in scores.attributes.items()]
