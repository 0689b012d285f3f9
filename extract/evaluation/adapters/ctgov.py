"""ClinicalTrials.gov adapter: registry records rendered as page text, with their structured gold.

Why: registry records state enrollment, outcome measures with time frames, the trial id and (for
records with results) analysed p-values as structured fields: exact gold with no annotator noise.
Each record is rendered (``render_registry``) and every gold item points at its rendered span.

* sample_sizes: the enrollment count, role "planned" (ANTICIPATED / ESTIMATED) or "enrolled"
  (ACTUAL), arm None. Counts of 0 or missing give no item.
* endpoints: every primary / secondary outcome measure (``kind``), span = the measure, with its
  time frame and description.
* trial_ids: every occurrence of the record's own NCT id in the rendered text.
* p_values: analyses with a p-value, outcome = the result outcome title, comparison = the compared
  group titles joined " vs " (group ids when the source has no titles).
Numbers inside free text (e.g. "A maximum of 73 patients" in a description) are not gold, so an
extractor that finds them lowers precision without being wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._ctgov_groups import with_group_titles
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._pvalues import parse_p_value
from extract.evaluation.adapters._split import hash_split
from extract.evaluation.adapters.render_registry import Span, render_record

FILE = "ctgov_structured.jsonl"
REGISTRY = "NCT"
"""Registry name as the trial-id extractor spells it (``extract/data/trial_ids.json``)."""
ROLES: dict[str, str] = {"ANTICIPATED": "planned", "ESTIMATED": "planned", "ACTUAL": "enrolled"}
FIELDS: frozenset[str] = frozenset({"sample_sizes", "endpoints", "trial_ids", "p_values"})


def _span(text: str, span: Span) -> dict:
    return {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]}


def _sample_sizes(record: dict, text: str, spans: dict[str, Span]) -> list[dict]:
    enrollment = record.get("enrollment") or {}
    if "enrollment.count" not in spans or not int(enrollment["count"]) > 0:
        return []
    role = ROLES.get((enrollment.get("type") or "").upper())
    return [{"value": int(enrollment["count"]), "role": role, "arm": None, **_span(text, spans["enrollment.count"])}]


def _endpoints(record: dict, text: str, spans: dict[str, Span]) -> list[dict]:
    items = []
    for kind in ("primary", "secondary"):
        for n in range(len(record.get(f"{kind}_outcomes") or [])):
            key = f"{kind}_outcomes[{n}]"
            if f"{key}.measure" not in spans:
                continue
            time_span, description = spans.get(f"{key}.time_frame"), spans.get(f"{key}.description")
            items.append({
                "kind": kind,
                "time_frame": text[time_span[0] : time_span[1]] if time_span else None,
                "time_frame_span": _span(text, time_span) if time_span else None,
                "description": text[description[0] : description[1]] if description else None,
                **_span(text, spans[f"{key}.measure"]),
            })
    return items


def _trial_ids(nct_id: str, text: str) -> list[dict]:
    items, start = [], text.find(nct_id)
    while start >= 0:
        items.append({"registry": REGISTRY, "id": nct_id, **_span(text, (start, start + len(nct_id)))})
        start = text.find(nct_id, start + 1)
    return items


def _p_values(record: dict, text: str, spans: dict[str, Span]) -> list[dict]:
    items = []
    for n, outcome in enumerate(record.get("result_outcomes") or []):
        for m, analysis in enumerate(outcome["analyses"]):
            key = f"result_outcomes[{n}].analyses[{m}]"
            parsed = parse_p_value(analysis.get("p_value") or "")
            if parsed is None or f"{key}.p_value" not in spans:
                continue
            groups = spans[f"{key}.groups"]
            items.append({"operator": parsed[0], "value": parsed[1], "outcome": outcome["title"],
                          "comparison": text[groups[0] : groups[1]], **_span(text, spans[f"{key}.p_value"])})
    return items


def gold_document(record: dict, folder: Path) -> GoldDocument:
    """Render one record and collect its gold."""
    record = with_group_titles(record, folder)
    text, spans = render_record(record)
    return GoldDocument(
        id=record["nct_id"],
        text=text,
        fields=FIELDS,
        record={
            "sample_sizes": _sample_sizes(record, text, spans),
            "endpoints": _endpoints(record, text, spans),
            "trial_ids": _trial_ids(record["nct_id"], text),
            "p_values": _p_values(record, text, spans),
        },
        split=hash_split(record["nct_id"]),
        dataset="ctgov",
    )


def load(folder: Path) -> Iterator[GoldDocument]:
    """One rendered gold document per registry record, split tune/report by NCT id."""
    for record in read_jsonl(folder / FILE):
        yield gold_document(record, folder)
