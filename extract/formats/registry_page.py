"""Render a structured ClinicalTrials.gov record as the registry page text a user would paste.

Why: registry gold comes as structured fields, but the extractor reads text. Rendering the fields
into the page layout of the registry seed document (corpus/004_*.txt: title line, "- Section"
headers, the "Arm && Interventions" table flattened to one line, outcome tables with a
"Name Time Method" header) gives realistic input whose every gold value has a known span.

The layout, in order (sections without data are left out):

    <brief title>
    - Interventions / - <Type>: <name><Type>: <name>...   (glued together, as a web copy does)
    - Registration Number / - <NCT id>
    - Brief Summary / <paragraphs>
    - Detailed Description / <paragraphs>
    Recruitment & Eligibility
    - Target Recruitment (anticipated/estimated) or - Enrollment (actual) / - <count>
    Study & Design
    - Study Type / - Phase / - Allocation, each followed by its value line
    - Arm && Interventions / Group Intervention Description <label> <interventions> <description> ...
    - Primary Outcome Measures / Name Time Method <measure> <time frame> <description>, one per line
    - Secondary Outcome Measures (likewise)
    Study Results (only when an analysis has a p-value)
    - <outcome title> / Time Frame <time frame>
    Comparison Groups <group> vs <group> P-Value <p> Method <method>

Free text is whitespace-normalised: paragraphs (blank-line separated) become single lines.
"""

from __future__ import annotations

import re

Span = tuple[int, int]
TARGET_TYPES: frozenset[str] = frozenset({"ANTICIPATED", "ESTIMATED"})


def inline(text: str | None) -> str:
    """Collapse all whitespace: registry XML hard-wraps lines."""
    return " ".join((text or "").split())


def paragraphs(text: str | None) -> str:
    """One line per blank-line separated paragraph."""
    return "\n".join(p for p in (inline(block) for block in re.split(r"\n\s*\n", text or "")) if p)


def _label(value: str) -> str:
    return value.title() if value.isupper() else value


def _phase(phase: str | list[str] | None) -> str:
    return ", ".join(phase) if isinstance(phase, list) else (phase or "")


class _Page:
    """Text under construction that remembers where each keyed piece landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: dict[str, Span] = {}

    def add(self, text: str, key: str | None = None) -> None:
        if key is not None:
            self.spans[key] = (self.length, self.length + len(text))
        self.parts.append(text)
        self.length += len(text)

    def pieces(self, pieces: list[tuple[str, str | None]], sep: str = " ") -> None:
        """Non-empty pieces joined by ``sep``, each keyed piece recorded."""
        kept = [(text, key) for text, key in pieces if text]
        for n, (text, key) in enumerate(kept):
            self.add(sep if n else "")
            self.add(text, key)

    def field(self, header: str, value: str, key: str | None = None) -> None:
        if value:
            self.add(f"- {header}\n- ")
            self.add(value, key)
            self.add("\n")


def _outcomes(page: _Page, header: str, outcomes: list[dict], prefix: str) -> None:
    if not outcomes:
        return
    page.add(f"- {header}\nName Time Method ")
    for n, outcome in enumerate(outcomes):
        key = f"{prefix}[{n}]"
        page.pieces([(inline(outcome.get("measure")), f"{key}.measure"),
                     (inline(outcome.get("time_frame")), f"{key}.time_frame"),
                     (inline(outcome.get("description")), f"{key}.description")])
        page.add("\n")


def _arms(page: _Page, record: dict) -> None:
    if not record.get("arms"):
        return
    page.add("- Arm && Interventions\nGroup Intervention Description ")
    for n, arm in enumerate(record["arms"]):
        names = [inline(i["name"]) for i in record.get("interventions") or [] if arm["label"] in (i.get("arm_labels") or [])]
        page.add(" " if n else "")
        page.pieces([(inline(arm["label"]), f"arms[{n}].label"), (" ".join(names), None),
                     (inline(arm.get("description")), None)])
    page.add("\n")


def _results(page: _Page, record: dict) -> None:
    outcomes = [(n, o) for n, o in enumerate(record.get("result_outcomes") or [])
                if any(a.get("p_value") for a in o["analyses"])]
    if not outcomes:
        return
    page.add("Study Results\n")
    for n, outcome in outcomes:
        key = f"result_outcomes[{n}]"
        page.add("- ")
        page.add(inline(outcome["title"]), f"{key}.title")
        page.add("\n")
        if outcome.get("time_frame"):
            page.add(f"Time Frame {inline(outcome['time_frame'])}\n")
        for m, analysis in enumerate(outcome["analyses"]):
            if not analysis.get("p_value"):
                continue
            groups = " vs ".join(analysis.get("group_titles") or analysis["groups"])
            page.add("Comparison Groups ")
            page.add(inline(groups), f"{key}.analyses[{m}].groups")
            page.add(" P-Value ")
            page.add(inline(analysis["p_value"]), f"{key}.analyses[{m}].p_value")
            page.add(f" Method {inline(analysis.get('method'))}\n" if analysis.get("method") else "\n")


def render_record(record: dict) -> tuple[str, dict[str, Span]]:
    """Page text of a ``ctgov_structured.jsonl`` record and the span of each rendered gold field.

    Span keys: ``nct_id``, ``enrollment.count``, ``primary_outcomes[i].measure`` /
    ``.time_frame`` / ``.description`` (and ``secondary_outcomes``), ``arms[i].label``,
    ``result_outcomes[i].title``, ``result_outcomes[i].analyses[j].p_value`` / ``.groups``.
    Analyses may carry ``group_titles`` (the compared groups' titles) to print instead of ids.
    """
    page = _Page()
    page.add(inline(record["brief_title"]) + "\n")
    interventions = "".join(f"{_label(i['type'])}: {inline(i['name'])}" for i in record.get("interventions") or [])
    page.field("Interventions", interventions)
    page.field("Registration Number", record["nct_id"], "nct_id")
    for header, key in (("Brief Summary", "brief_summary"), ("Detailed Description", "detailed_description")):
        if record.get(key):
            page.add(f"- {header}\n{paragraphs(record[key])}\n")
    enrollment = record.get("enrollment") or {}
    if enrollment.get("count") is not None:
        page.add("Recruitment & Eligibility\n")
        header = "Target Recruitment" if (enrollment.get("type") or "").upper() in TARGET_TYPES else "Enrollment"
        page.field(header, str(enrollment["count"]), "enrollment.count")
    page.add("Study & Design\n")
    page.field("Study Type", (record.get("study_type") or "").upper())
    page.field("Phase", _phase(record.get("phase")))
    page.field("Allocation", record.get("allocation") or "")
    _arms(page, record)
    _outcomes(page, "Primary Outcome Measures", record.get("primary_outcomes") or [], "primary_outcomes")
    _outcomes(page, "Secondary Outcome Measures", record.get("secondary_outcomes") or [], "secondary_outcomes")
    _results(page, record)
    return "".join(page.parts), page.spans
