"""Build the review report: read the records, find their texts, compare with gold, write the page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from ..evaluation.gold import GoldDocument
from ..evaluation.run import load_gold
from ..evaluation.scorer import score
from .compare import attribute_rows, compare_document, summary_rows
from .document import document_payload
from .page import render_page
from .sources import SourceResolver, SourceText


@dataclass(frozen=True)
class ReportSummary:
    documents: int
    without_text: int
    gold_documents: int

    def line(self) -> str:
        gold = f", {self.gold_documents} with gold" if self.gold_documents else ""
        missing = f", {self.without_text} without their source text" if self.without_text else ""
        return f"{self.documents} documents{gold}{missing}"


def read_records(path: Path) -> Iterator[dict]:
    """Records of a results JSONL; a broken line becomes an error record, so the report still opens."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                record = {"id": f"line-{number}", "status": "error", "error": {"type": "json", "message": exc.msg}}
            if isinstance(record, dict):
                record.setdefault("source", f"{path}:{number}")
                yield record


def build_report(
    results: Path,
    out: Path,
    gold: Optional[str] = None,
    corpus: Optional[Path] = None,
    data_root: Path = Path("../shared/data"),
    page_size: int = 20,
    split: Optional[str] = None,
) -> ReportSummary:
    """Write the report for ``results`` to ``out``; with ``gold``, items are marked match / miss / false hit.
    As in ``evaluate``, every gold document (of ``split``, when given) is scored, predicted or not."""
    records = list(read_records(results))
    gold_docs: list[GoldDocument] = load_gold(gold, data_root, corpus) if gold else []
    gold_docs = [g for g in gold_docs if split is None or g.split == split]
    gold_by_id = {g.id: g for g in gold_docs}
    resolver = SourceResolver(corpus, base=results.parent)
    seen: set[str] = set()
    docs = []
    for record in records:
        doc_id = str(record.get("id"))
        seen.add(doc_id)
        g = gold_by_id.get(doc_id)
        source = resolver.resolve(record, fallback=g.text if g else None)
        if record.get("status") == "error" and source.text is None:
            source = SourceText(None)  # the record's own error says why there is no text
        docs.append(document_payload(record, source, compare_document(g, record), g is not None))
    for g in gold_docs:  # gold documents with no prediction: every gold item is a miss
        if g.id not in seen:
            empty = {"id": g.id, "source": "", "status": "ok", "text_length": len(g.text)}
            text = SourceText(g.text) if g.text else SourceText(None, "no prediction and no text for this gold document")
            payload = document_payload(empty, text, compare_document(g, empty), True)
            payload["error"] = "no prediction for this gold document"
            docs.append(payload)
    scores = score(gold_docs, {str(r.get("id")): r for r in records}) if gold_docs else None
    gold_name = (Path(gold).name if Path(gold).is_dir() else gold) if gold else ""
    meta = f"{len(records)} records from {results.name}" + (
        f" · gold: {gold_name}{f' ({split})' if split else ''}, {len(gold_docs)} documents" if gold else "")
    data = {
        "meta": meta, "gold": bool(gold_docs), "gold_name": gold_name, "page_size": page_size, "docs": docs,
        "summary": summary_rows(scores) if scores else None, "attributes": attribute_rows(scores) if scores else [],
    }
    out.write_text(render_page(data, f"trial-extract review · {results.name}"), encoding="utf-8")
    return ReportSummary(len(docs), sum(d["pieces"] is None for d in docs), len(gold_docs))
