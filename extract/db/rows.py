"""A :class:`DocumentRecord` as rows of the relational schema (pure: no database here)."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Optional

from ..models import DocumentRecord
from . import schema
from .timepoints import time_points

Row = dict[str, Any]


def record_sha1(record: DocumentRecord) -> str:
    """A fingerprint of everything the record says: equal fingerprints need no reload."""
    canonical = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def document_row(record: DocumentRecord, raw: Optional[str], cleaned: Optional[str]) -> Row:
    return {
        "id": record.id,
        "source": record.source,
        "pipeline_version": record.pipeline_version,
        "status": record.status,
        "error_type": record.error.type if record.error else None,
        "error_message": record.error.message if record.error else None,
        "text_length": record.text_length,
        "content_sha1": record.content_sha1,
        "record_sha1": record_sha1(record),
        "n_rejected": len(record.rejected),
        "trial_n": record.trial_n.value if record.trial_n else None,
        "trial_n_role": record.trial_n.role if record.trial_n else None,
        "trial_n_start": record.trial_n.start if record.trial_n else None,
        "trial_n_end": record.trial_n.end if record.trial_n else None,
        "raw_text": raw,
        "cleaned_text": cleaned,
    }


def _span(item: Any) -> Row:
    return {"span_start": item.start, "span_end": item.end, "text": item.text, "rule": item.rule}


def _sub(name: str, span: Any) -> Row:
    return {f"{name}_start": span.start if span else None, f"{name}_end": span.end if span else None}


_DOSE_SUBSPANS = ("intervention_span", "schedule_span", "route_span", "frequency_span", "arm_span", "n_administrations_span")


def item_rows(record: DocumentRecord) -> dict[str, list[Row]]:
    """Rows for every child table, keyed by table name, in the record's order."""
    key = record.id
    rows: dict[str, list[Row]] = {table.name: [] for table in schema.ITEM_TABLES}
    for i, n in enumerate(record.sample_sizes):
        rows["sample_sizes"].append(
            {"document_id": key, "ordinal": i, **_span(n), "value": n.value, "role": n.role, "arm": n.arm, **_sub("arm", n.arm_span),
             "arm_named": n.arm_named, "subgroup": n.subgroup, **_sub("subgroup", n.subgroup_span)}
        )
    for i, d in enumerate(record.doses):
        values = d.model_dump(exclude={"start", "end", "text", "rule", *_DOSE_SUBSPANS})
        subs = {k: v for name in _DOSE_SUBSPANS for k, v in _sub(name.removesuffix("_span"), getattr(d, name)).items()}
        rows["doses"].append({"document_id": key, "ordinal": i, **_span(d), **values, **subs})
    for i, e in enumerate(record.endpoints):
        rows["endpoints"].append(
            {"document_id": key, "ordinal": i, **_span(e), "kind": e.kind, "name": e.name, "time_frame": e.time_frame,
             **_sub("time_frame", e.time_frame_span), "description": e.description}
        )
        rows["endpoint_time_points"].extend(_time_point_rows(key, i, e))
    for i, p in enumerate(record.p_values):
        rows["p_values"].append(
            {"document_id": key, "ordinal": i, **_span(p), "operator": p.operator, "value": p.value, "significant": p.significant,
             "outcome": p.outcome, **_sub("outcome", p.outcome_span), "outcome_name": p.outcome_name, "comparison": p.comparison, **_sub("comparison", p.comparison_span),
             "comparison_name": p.comparison_name, "normalisation": p.normalisation}
        )
    for i, t in enumerate(record.trial_ids):
        rows["trial_ids"].append({"document_id": key, "ordinal": i, **_span(t), "registry": t.registry, "registry_id": t.id})
    for i, f in enumerate(record.design):
        rows["design"].append({"document_id": key, "ordinal": i, **_span(f), "attribute": f.attribute, "value": f.value})
    for i, s in enumerate(record.cleaning):
        rows["removed_segments"].append({"document_id": key, "ordinal": i, "span_start": s.start, "span_end": s.end, "reason": s.reason})
    for i, s in enumerate(record.sections):
        rows["sections"].append({"document_id": key, "ordinal": i, "name": s.name, "span_start": s.start, "span_end": s.end})
    for i, r in enumerate(record.rejected):
        rows["rejected_items"].append(
            {"document_id": key, "ordinal": i, "field": r.field, "reason": r.reason, "item": json.dumps(r.item, ensure_ascii=False, sort_keys=True)}
        )
    return rows


def _time_point_rows(key: str, endpoint_ordinal: int, endpoint: Any) -> list[Row]:
    span = endpoint.time_frame_span
    if span is None:
        return []
    return [
        {"document_id": key, "endpoint_ordinal": endpoint_ordinal, "ordinal": j, "span_start": span.start + p.start,
         "span_end": span.start + p.end, "text": span.text[p.start : p.end], "amount": p.amount, "unit": p.unit, "days": p.days}
        for j, p in enumerate(time_points(span.text))
    ]
