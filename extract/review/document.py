"""One document of the report: its text cut into pieces and the marks that style them."""

from __future__ import annotations

from typing import Optional

from ..models import FIELDS
from .compare import FieldStatus
from .marks import cut_mark, item_mark, sub_marks
from .segments import lanes, segment
from .sources import SourceText

STATUSES = ("pred", "match", "miss", "false")


def _marks(record: dict, statuses: dict[str, FieldStatus]) -> list[dict]:
    marks: list[dict] = []
    for name in FIELDS:
        fs = statuses[name]
        items = record.get(name) or []
        entries = [(item, fs.status[i], i, fs.partner[i]) for i, item in enumerate(items)]
        entries += [(gold, "miss", i, None) for i, gold in fs.misses]
        for item, status, index, partner in entries:
            parent = len(marks)
            marks.append(item_mark(name, item, status, index, partner))
            subs = sub_marks(name, item, parent)
            marks[parent]["subs"] = list(range(len(marks), len(marks) + len(subs)))
            marks.extend(subs)
    marks.extend(cut_mark(seg) for seg in record.get("cleaning") or [])
    return marks


def _has_span(mark: dict) -> bool:
    return isinstance(mark.get("a"), int) and isinstance(mark.get("b"), int)


def document_payload(record: dict, source: SourceText, statuses: dict[str, FieldStatus], has_gold: bool) -> dict:
    """Everything the page needs to render the document on demand."""
    marks = _marks(record, statuses)
    items = [i for i, m in enumerate(marks) if m["k"] == "item" and _has_span(m)]
    for i, lane in zip(items, lanes([(marks[i]["a"], marks[i]["b"]) for i in items])):
        marks[i]["lane"] = lane
    counts = {name: dict.fromkeys(STATUSES, 0) for name in FIELDS}
    for m in marks:
        if m["k"] == "item":
            counts[m["f"]][m["s"]] += 1
    pieces: Optional[list] = None
    if source.text is not None:
        spans = [(m["a"], m["b"]) if _has_span(m) else (0, 0) for m in marks]
        pieces = segment(source.text, spans)
    error = record.get("error") or None
    return {
        "id": str(record.get("id")), "source": record.get("source") or "", "status": record.get("status", "ok"),
        "error": f"{error.get('type')}: {error.get('message')}" if isinstance(error, dict) else None,
        "note": source.note, "gold": has_gold, "pieces": pieces, "marks": marks, "counts": counts,
        "rejected": len(record.get("rejected") or []),
    }
