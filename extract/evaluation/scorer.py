"""Per-field precision, recall and F1 of predicted records against gold documents."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import FIELDS
from ..trial_n import choose_trial_n
from .gold import GoldDocument
from .intervals import bootstrap_f1, wilson
from .matching import arm_label_match, exact_text_match, match_items, relaxed_text_match


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    docs_with_gold: int = 0
    docs_found: int = 0  # documents with gold for the field where at least one item was predicted
    misses: list[dict] = field(default_factory=list)
    false_hits: list[dict] = field(default_factory=list)
    per_document: dict[str, list[int]] = field(default_factory=dict)  # doc id -> [tp, fp, fn], for intervals

    def count(self, doc_id: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add one document's true positives, false positives and misses."""
        self.tp += tp
        self.fp += fp
        self.fn += fn
        counts = self.per_document.setdefault(doc_id, [0, 0, 0])
        counts[0] += tp
        counts[1] += fp
        counts[2] += fn

    def f1_interval(self, resamples: int = 1000) -> tuple[float, float]:
        """95% bootstrap interval of F1 over documents (see :mod:`.intervals`)."""
        return bootstrap_f1([tuple(c) for c in self.per_document.values()], resamples)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, with_errors: bool = True, with_intervals: bool = False) -> dict:
        out = {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "coverage": f"{self.docs_found}/{self.docs_with_gold}",
        }
        if with_intervals:
            out["f1_95"] = [round(x, 4) for x in self.f1_interval()]
        if with_errors:
            out["misses"], out["false_hits"] = self.misses, self.false_hits
        return out


@dataclass
class Accuracy:
    """Accuracy of a secondary value on matched pairs (e.g. the outcome a p-value is linked to)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def interval(self) -> tuple[float, float]:
        """95% Wilson interval of the accuracy."""
        return wilson(self.correct, self.total)

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4),
                "accuracy_95": [round(x, 4) for x in self.interval()]}


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    documents: int = 0
    missing_predictions: list[str] = field(default_factory=list)

    def as_dict(self, with_errors: bool = True, with_intervals: bool = False) -> dict:
        return {
            "documents": self.documents,
            "missing_predictions": self.missing_predictions,
            "fields": {name: s.as_dict(with_errors, with_intervals) for name, s in self.fields.items()},
            "attributes": {name: a.as_dict() for name, a in self.attributes.items()},
        }


# Secondary values checked on matched pairs: (field, attribute, reported name, comparison).
_ATTRIBUTES = (
    ("p_values", "outcome", "outcome", relaxed_text_match),
    # The same link, crediting the outcome either as written or with the document's abbreviations
    # written out (``outcome_name``): corpora name the outcome in full ('intraocular pressure') where
    # the sentence abbreviates it ('IOP'). Reported next to the strict row, never instead of it.
    ("p_values", "outcome", "outcome_or_name", relaxed_text_match),
    ("p_values", "comparison", "comparison", relaxed_text_match),
    # Likewise the comparison as written or as ``comparison_name`` ('A vs B', abbreviations written out,
    # an arm the sentence leaves implicit taken from the trial's two arms). Beside the strict row.
    ("p_values", "comparison", "comparison_or_name", relaxed_text_match),
    ("endpoints", "time_frame", "time_frame", relaxed_text_match),
    # The relaxed match lets a short time frame inside a long one pass ('up to 60 months'); this
    # stricter view asks for the same text, up to case, spacing and surrounding punctuation.
    ("endpoints", "time_frame", "time_frame_exact", exact_text_match),
    ("sample_sizes", "arm", "arm", arm_label_match),
    ("doses", "frequency", "frequency", lambda g, p: (g or "").lower() == (p or "").lower()),
    ("doses", "route", "route", lambda g, p: (g or "").lower() == (p or "").lower()),
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])|\n+")


def _in_gold_sentences(text: str, gold_items: list[dict], pred_items: list[dict]) -> list[dict]:
    """Predictions that lie in a sentence holding a gold item: where a dataset annotates only some
    p-values (between-group ones, or those of annotated evidence), this view measures notation
    extraction without counting the unannotated sentences against precision."""
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]
    def sentence(offset: int) -> int:
        return bisect.bisect_right(bounds, offset) - 1
    annotated = {sentence(g["start"]) for g in gold_items if g.get("start") is not None}
    return [p for p in pred_items if p.get("start") is not None and sentence(p["start"]) in annotated]


def _distinct_counts(items: list[dict], values_only: bool = False) -> list[dict]:
    """Sample sizes are compared as sets of distinct counts per document: a record holds each
    (value, role, total-or-arm) once, while corpora such as PICO mark every repetition. Against a
    gold that marks only numbers (``values_only``), each distinct value counts once."""
    seen: set[tuple] = set()
    out = []
    for item in items:
        key = (item.get("value"),) if values_only else (item.get("value"), item.get("role"), item.get("arm") is None, "arm" in item, item.get("subgroup"))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


SUBGROUP = "subgroup"  # the role of a part of a stated count: never a total nor an arm


def _subset(name: str, items: list[dict], gold_items: list[dict]) -> dict[str, list[dict]]:
    """Views scored separately: total vs per-arm sample sizes, where gold annotates arms at all. A subgroup
    (a part of a stated count, '16 males and 26 females') is neither."""
    if name != "sample_sizes" or not any("arm" in g for g in gold_items):
        return {}
    return {
        "sample_sizes.total": [i for i in items if i.get("arm") is None and i.get("role") != SUBGROUP],
        "sample_sizes.arm": [i for i in items if i.get("arm") is not None and i.get("role") != SUBGROUP],
    }


def _scored_counts(gold: GoldDocument, gold_items: list[dict], pred_items: list[dict]) -> list[dict]:
    """The predicted sample sizes a gold scores: subgroups only where it marks them, i.e. where it marks every
    participant number (``values_only``, EBM-NLP) or has subgroups of its own; PICO, CT-Corpus and registries
    mark totals and arms only, so a subgroup is no false hit there."""
    if "sample_sizes" in gold.values_only or any(g.get("role") == SUBGROUP for g in gold_items):
        return pred_items
    return [p for p in pred_items if p.get("role") != SUBGROUP]


def _score_trial_n(scores: Scores, doc_id: str, gold_items: list[dict], pred_items: list[dict], pred_trial_n: dict | None = None) -> None:
    """Document level: is the predicted trial n one of the gold totals?"""
    fs = scores.fields.setdefault("sample_sizes.trial_n", FieldScore())
    gold_totals = {g["value"] for g in gold_items if g.get("arm") is None and g.get("value") and g.get("role") != SUBGROUP}
    # The record's own trial_n; peers' predictions do not carry one, so the same rule picks it from their counts.
    chosen = pred_trial_n if pred_trial_n is not None else choose_trial_n(pred_items)
    if not gold_totals:
        # 'No sample size stated': right when we report no total either.
        none_stated = scores.attributes.setdefault("sample_sizes.no_n_stated", Accuracy())
        none_stated.total += 1
        none_stated.correct += chosen is None
    if gold_totals:
        fs.docs_with_gold += 1
        fs.docs_found += chosen is not None
    right = chosen is not None and chosen["value"] in gold_totals
    wrong = chosen is not None and not right
    missed = bool(gold_totals) and not right
    fs.count(doc_id, tp=int(right), fp=int(wrong), fn=int(missed))
    if wrong:
        fs.false_hits.append({"doc": doc_id, **_brief(chosen)})
    if missed:
        fs.misses.append({"doc": doc_id, "value": sorted(gold_totals)})


def _score_primary_found(scores: Scores, doc_id: str, gold_items: list[dict], pred_items: list[dict]) -> None:
    """Document level: in an abstract that states a primary endpoint, is one of ours a gold one?"""
    fs = scores.fields.setdefault("endpoints.primary_found", FieldScore())
    gold_primary = [g for g in gold_items if g.get("kind") == "primary"]
    ours = [p for p in pred_items if p.get("kind") == "primary"]
    fs.docs_with_gold += 1
    fs.docs_found += bool(ours)
    pairs, _, _ = match_items("endpoints", gold_primary, ours)
    if pairs:
        fs.count(doc_id, tp=1)
        return
    fs.count(doc_id, fn=1)
    fs.misses.append({"doc": doc_id, "text": "; ".join(g.get("text", "") for g in gold_primary)})
    if ours:
        fs.count(doc_id, fp=1)
        fs.false_hits.append({"doc": doc_id, "text": "; ".join(p.get("text", "") for p in ours)})


def score(gold_docs: list[GoldDocument], predictions: dict[str, dict]) -> Scores:
    """Score predicted records (by document id) against gold documents."""
    scores = Scores()
    for gold in gold_docs:
        scores.documents += 1
        pred = predictions.get(gold.id)
        if pred is None:
            scores.missing_predictions.append(gold.id)
            pred = {}
        for name in FIELDS:
            if name not in gold.fields:
                continue
            g_items, p_items = gold.items(name), pred.get(name, [])
            if name == "sample_sizes":
                p_items = _scored_counts(gold, g_items, p_items)
                g_items, p_items = _distinct_counts(g_items), _distinct_counts(p_items, name in gold.values_only)
            views = {name: (g_items, p_items)}
            if gold.scope.get(name) and gold.text:
                views[f"{name}.in_annotated_sentences"] = (g_items, _in_gold_sentences(gold.text, g_items, p_items))
            pred_views = _subset(name, p_items, g_items)
            for view, g_view in _subset(name, g_items, g_items).items():
                views[view] = (g_view, pred_views[view])
            for view, (gv, pv) in views.items():
                _score_view(scores, view, name, gold.id, gv, pv)
            if name == "sample_sizes" and any("arm" in g for g in g_items):
                _score_trial_n(scores, gold.id, g_items, p_items, pred.get("trial_n"))
            if name == "endpoints" and any(g.get("kind") == "primary" for g in g_items):
                _score_primary_found(scores, gold.id, g_items, p_items)
    return scores


def _score_view(scores: Scores, view: str, name: str, doc_id: str, gold_items: list[dict], pred_items: list[dict]) -> None:
    fs = scores.fields.setdefault(view, FieldScore())
    pairs, misses, false_hits = match_items(name, gold_items, pred_items)
    fs.count(doc_id, tp=len(pairs), fp=len(false_hits), fn=len(misses))
    if gold_items:
        fs.docs_with_gold += 1
        fs.docs_found += bool(pred_items)
    fs.misses.extend({"doc": doc_id, **_brief(m)} for m in misses)
    fs.false_hits.extend({"doc": doc_id, **_brief(f)} for f in false_hits)
    if view != name:
        return
    for g, p in pairs:
        for field_name, attribute, label, same in _ATTRIBUTES:
            if field_name == name and g.get(attribute):
                acc = scores.attributes.setdefault(f"{name}.{label}", Accuracy())
                acc.total += 1
                predicted = [p.get(attribute)] + ([p.get(f"{attribute}_name")] if label.endswith("_or_name") else [])
                if attribute == "arm" and p.get("arm_named") is False:
                    predicted = [None]  # the count's own text stands for an arm the sentence does not name: no label
                acc.correct += any(bool(same(g.get(attribute), value)) for value in predicted)


def _brief(item: dict) -> dict:
    keep = ("text", "start", "end", "value", "role", "arm", "amount", "unit", "level", "kind", "name", "operator", "outcome", "registry", "id", "attribute")
    return {k: item[k] for k in keep if item.get(k) is not None}
