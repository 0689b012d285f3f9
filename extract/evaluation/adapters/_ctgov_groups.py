"""Titles of the result groups that registry statistical analyses compare.

Why: ``ctgov_structured.jsonl`` keeps only group ids ("O1", "OG000") in its analyses; the
readable titles ("Placebo", "Repaglinide") are in the source record it was built from. Only the
legacy XML and API v2 JSON sources carry analyses (the classic-API records have none).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

OutcomeGroups = tuple[str, dict[str, str]]


def outcome_groups(source: Path) -> list[OutcomeGroups]:
    """(outcome title, group id → group title) per results outcome, in source order."""
    if source.suffix == ".xml":
        root = ET.parse(source).getroot()
        return [(o.findtext("title") or "", {g.get("group_id", ""): g.findtext("title") or ""
                                              for g in o.findall("group_list/group")})
                for o in root.findall("clinical_results/outcome_list/outcome")]
    data = json.loads(source.read_text(encoding="utf-8"))
    measures = data.get("resultsSection", {}).get("outcomeMeasuresModule", {}).get("outcomeMeasures", [])
    return [(m.get("title", ""), {g["id"]: g["title"] for g in m.get("groups", [])}) for m in measures]


def with_group_titles(record: dict, folder: Path) -> dict:
    """A copy of ``record`` whose analyses carry ``group_titles`` when the source names them."""
    outcomes = record.get("result_outcomes") or []
    if not any(a.get("p_value") for o in outcomes for a in o["analyses"]):
        return record
    sources = outcome_groups(folder / record["source_file"])
    titled = []
    for n, outcome in enumerate(outcomes):
        title, groups = sources[n] if n < len(sources) else ("", {})
        known = title == outcome["title"]
        analyses = [{**a, "group_titles": [groups[g] for g in a["groups"]]}
                    if known and all(g in groups for g in a["groups"]) else a for a in outcome["analyses"]]
        titled.append({**outcome, "analyses": analyses})
    return {**record, "result_outcomes": titled}
