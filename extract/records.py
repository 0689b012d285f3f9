"""From a raw document to a validated :class:`~extract.models.DocumentRecord`."""

from __future__ import annotations

import hashlib

from typing import TYPE_CHECKING

from pydantic import ValidationError

from . import __version__
from .cleaning import CleanedText, clean
from .extractors.context import Item
from .models import ITEM_MODELS, DocumentError, DocumentRecord, RejectedItem
from .pipeline import PipelineSettings, build_pipeline, items_of
from .trial_n import choose_trial_n

if TYPE_CHECKING:
    from spacy.language import Language

# Sub-spans an item may carry, by the record key they are stored under.
_SUBSPAN_KEYS = {
    "outcome": "outcome_span",
    "comparison": "comparison_span",
    "time_frame": "time_frame_span",
    "schedule": "schedule_span",
    "arm": "arm_span",
    "subgroup": "subgroup_span",
    "intervention": "intervention_span",
    "route": "route_span",
    "frequency": "frequency_span",
    "n_administrations": "n_administrations_span",
}


def _grounded(cleaned: CleanedText, start: int, end: int, rule: str) -> dict:
    raw_start, raw_end = cleaned.span_to_raw(start, end)
    return {"start": raw_start, "end": raw_end, "text": cleaned.raw[raw_start:raw_end], "rule": rule}


def _to_dict(cleaned: CleanedText, item: Item) -> dict:
    data = _grounded(cleaned, item.start, item.end, item.rule)
    data.update(item.values)
    for name, (start, end) in item.spans.items():
        data[_SUBSPAN_KEYS[name]] = _grounded(cleaned, start, end, item.rule)
    return data


def extract_text(doc_id: str, raw: str, source: str, nlp: Language | None = None) -> DocumentRecord:
    """Clean, extract and validate one document. Invalid items go to ``rejected``, never dropped."""
    nlp = nlp or build_pipeline(PipelineSettings())
    cleaned = clean(raw)
    doc = nlp.make_doc(cleaned.text)
    doc.user_data["text"] = cleaned.text  # what doc.text would rebuild from the tokens
    doc.user_data["section_of"] = lambda offset: cleaned.section_at(cleaned.to_raw(offset))
    for _, component in nlp.pipeline:
        doc = component(doc)
    doc.user_data.pop("trial_context", None)  # it refers back to the Doc (lazy abbreviations): free both now
    fields: dict[str, list] = {name: [] for name in ITEM_MODELS}
    rejected: list[RejectedItem] = []
    context = {"raw_text": raw}
    for item in items_of(doc):
        data = _to_dict(cleaned, item)
        try:
            fields[item.field].append(ITEM_MODELS[item.field].model_validate(data, context=context))
        except ValidationError as exc:
            rejected.append(RejectedItem(field=item.field, reason=_short(exc), item=data))
    record = {
        "id": doc_id,
        "source": source,
        "pipeline_version": __version__,
        "text_length": len(raw),
        "content_sha1": hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest(),
        "cleaning": cleaned.removed,
        "sections": cleaned.sections,
        "rejected": rejected,
        **fields,
    }
    totals: dict[str, int] = {}
    for n in fields["sample_sizes"]:
        if n.arm is None:
            totals[n.role] = max(totals.get(n.role, 0), n.value)
    kept = []
    for n in fields["sample_sizes"]:
        total = totals.get(n.role)
        if n.arm is not None and total is not None and n.value > total:
            # Report the conflict and keep everything else ("arm larger than its total").
            rejected.append(RejectedItem(field="sample_sizes", reason=f"arm {n.arm!r} has n={n.value} {n.role}, more than the total {total}", item=n.model_dump()))
        else:
            kept.append(n)
    record["sample_sizes"], record["rejected"] = kept, rejected
    record["trial_n"] = choose_trial_n(kept)
    return DocumentRecord.model_validate(record, context=context)


def error_record(doc_id: str, source: str, kind: str, message: str) -> DocumentRecord:
    """The record written for a document that could not be processed."""
    return DocumentRecord(
        id=doc_id,
        source=source,
        pipeline_version=__version__,
        status="error",
        error=DocumentError(type=kind, message=message),
    )


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'item'}: {e['msg']}" for e in exc.errors())
