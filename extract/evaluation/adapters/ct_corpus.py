"""CT-Corpus (C-TrO) adapter: expert sample sizes, doses, endpoints and between-group p-values.

Why: the only public RCT-abstract gold that ties values to their relations: N per arm, a dose to
its drug, frequency and route, a between-group p-value to the outcome it tests. Gold items are
the annotated *mentions* (spans in ``original_text``, MEDLINE header included), enriched with what
the curated templates link them to. Unlinked mentions stay gold with the relation unannotated.

* sample_sizes: NumberPatientsCT / FinalNumPatientsCT (totals, ``arm`` None) and
  NumberPatientsArm / FinalNumPatientsArm (``arm`` = the arm's drugs; "" when the mention is not
  linked to a labelled arm: per-arm, label unknown). ``role`` is never annotated (C-TrO does not
  say randomized vs analysed).
* doses: every DoseValue mention (adjacent split mentions such as "0." + "005" merged); the span
  runs to a directly following unit mention. A rate in the unit ("30-150 U/day") is the dose's
  frequency, as in the record: unit "U", frequency "once daily" (unless the templates give one).
* endpoints: EndPointDescription mentions and mentions filling an endpoint description slot;
  ``kind`` is not annotated.
* p_values: PvalueDiff mentions only (``scope`` "between-group": within-group p-values are not
  gold); "NS" mentions have no value and are skipped.
The jsonl holds the curated ``_admin`` annotation of each abstract once; the ``_copy_admin``
agreement duplicates are not in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._ctro import Ctro, Mention
from extract.evaluation.adapters._ctro_vocab import (
    ROUTE_CLASSES,
    TEXT_UNIT_CLASSES,
    UNIT_CLASSES,
    normalise_frequency,
    normalise_unit_text,
    route_from_class,
    split_rate,
    unit_from_class,
)
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._numbers import parse_count
from extract.evaluation.adapters._pvalues import parse_p_value

FILE = "ctro_docs.jsonl"
SAMPLE_SIZE_SLOTS: dict[str, str | None] = {
    "NumberPatientsCT": None,
    "FinalNumPatientsCT": None,
    "NumberPatientsArm": "hasNumberPatientsArm",
    "FinalNumPatientsArm": "hasFinalNumPatientsArm",
}
"""Sample-size classes → the Arm property that links a per-arm mention to its arm (None: total)."""
UNKNOWN_ARM = ""
"""Arm of a per-arm count whose arm is unknown: not None, which the scorer reads as a total."""
DOSE_FACTS: tuple[str, ...] = ("intervention", "unit", "route", "frequency", "arm")

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:[.·]\d+)?|\d*[.·]\s?\d+|\d+"
_DOSE = re.compile(
    rf"(?P<min>at least|≥|>\s*or\s*=|>=)?\s*(?P<a>{_AMOUNT})(?:\s*[-–]\s*(?P<b>{_AMOUNT}))?\s*(?P<unit>[^\d\s]*)"
)


def _span(mention: Mention) -> dict:
    return {"start": mention.start, "end": mention.end, "text": mention.text}


def _subject(mention: Mention, prop: str) -> str | None:
    return next((node for node, p in mention.slots if p == prop), None)


def _single(values: list[str | None]) -> str | None:
    distinct = {v for v in values if v}
    return distinct.pop() if len(distinct) == 1 else None


def sample_sizes(doc: Ctro) -> list[dict]:
    items = []
    for mention in doc.mentions:
        if mention.cls not in SAMPLE_SIZE_SLOTS or not (value := parse_count(mention.text)):
            continue
        arm_prop, label = SAMPLE_SIZE_SLOTS[mention.cls], None
        if arm_prop is not None:
            arm = _subject(mention, arm_prop)
            label = (doc.arm_label(arm) if arm else None) or UNKNOWN_ARM
        items.append({"value": value, "role": None, "arm": label, **_span(mention)})
    return items


def parse_amount(text: str) -> tuple[dict, str | None] | None:
    """Amount fields of a DoseValue text, and the unit when the mention itself includes one.

    Handles "0.5", "0. 005", "1,500", "500-750" (a range), "at least 1500" / "≥1500" (a lower
    bound only) and "6 mg" / "0.25%".
    """
    match = _DOSE.fullmatch(text.strip())
    if not match:
        return None
    a, b = (float(re.sub(r"[,\s]", "", g).replace("·", ".")) if g else None for g in match.group("a", "b"))
    if b is not None:
        fields = {"amount_low": a, "amount_high": b}
    else:
        fields = {"amount_low": a} if match.group("min") else {"amount": a}
    if not all(v > 0 for v in fields.values()):
        return None
    written = match.group("unit")
    return fields, normalise_unit_text(written) if written else None


def _merged_dose_values(doc: Ctro) -> list[Mention]:
    """DoseValue mentions, with mentions that split one number ("0." + "005") joined."""
    merged: list[Mention] = []
    for m in (m for m in doc.mentions if m.cls == "DoseValue"):
        if merged and merged[-1].text.endswith((".", "·")) and not doc.text[merged[-1].end : m.start].strip():
            last = merged.pop()
            m = Mention(m.cls, last.start, m.end, doc.text[last.start : m.end], last.slots + m.slots)
        merged.append(m)
    return merged


def _unit_after(doc: Ctro, value: Mention) -> Mention | None:
    return next((m for m in doc.mentions
                 if m.start >= value.end and not doc.text[value.end : m.start].strip() and m.start - value.end <= 2
                 and (m.cls in UNIT_CLASSES or m.cls in TEXT_UNIT_CLASSES)), None)


def _medication_facts(doc: Ctro, medication: str) -> dict:
    """Drug, unit, route, frequency and arm that the templates give a medication."""
    units = [unit_from_class(m.cls, m.text) for m in doc.filler(medication, "hasDoseUnit")]
    units += [UNIT_CLASSES.get(ref) for ref in doc.refs(medication, "hasDoseUnit")]
    routes = [route_from_class(m.cls, m.text) for m in doc.filler(medication, "hasDeliveryMethod")]
    routes += [ROUTE_CLASSES.get(ref) for ref in doc.refs(medication, "hasDeliveryMethod")]
    interventions = doc.referrers(medication, "hasMedication")
    frequencies = [normalise_frequency(m.text) for i in interventions for m in doc.filler(i, "hasFrequency")]
    arms = [doc.arm_label(a) for i in interventions for a in doc.referrers(i, "hasIntervention")]
    return {"intervention": doc.drug(medication), "unit": _single(units), "route": _single(routes),
            "frequency": _single(frequencies), "arm": _single(arms)}


def doses(doc: Ctro) -> list[dict]:
    items = []
    for value in _merged_dose_values(doc):
        parsed = parse_amount(value.text)
        if parsed is None:
            continue
        amount, written_unit = parsed
        unit = _unit_after(doc, value)
        end = unit.end if unit else value.end
        medication = _subject(value, "hasDoseValue")
        facts = _medication_facts(doc, medication) if medication else dict.fromkeys(DOSE_FACTS)
        facts["unit"] = facts["unit"] or (unit_from_class(unit.cls, unit.text) if unit else written_unit)
        facts["unit"], rate = split_rate(facts["unit"])  # "U/day": U, given once daily
        facts["frequency"] = facts["frequency"] or rate
        items.append({**amount, **facts, "start": value.start, "end": end, "text": doc.text[value.start : end]})
    return items


def endpoints(doc: Ctro) -> list[dict]:
    items = []
    for mention in doc.mentions:
        endpoint = _subject(mention, "hasEndoPointDescription")
        if mention.cls != "EndPointDescription" and endpoint is None:
            continue
        points = doc.endpoint_time_points(endpoint) if endpoint else []
        items.append({"kind": None, "time_frame": points[0] if len(points) == 1 else None, **_span(mention)})
    return items


def p_values(doc: Ctro) -> list[dict]:
    items = []
    for mention in (m for m in doc.mentions if m.cls == "PvalueDiff"):
        parsed = parse_p_value(mention.text)
        if parsed is None:
            continue
        diff = _subject(mention, "hasPvalueDiff")
        outcome = comparison = None
        if diff:
            sides = [doc.refs(diff, "hasOutcome1"), doc.refs(diff, "hasOutcome2")]
            names = [doc.endpoint_name(e) for side in sides for o in side for e in doc.outcome_endpoints(o)]
            outcome = " / ".join(dict.fromkeys(n for n in names if n)) or None
            arms = [_single([doc.arm_label(a) for o in side for a in doc.outcome_arms(o)]) for side in sides]
            if all(arms) and arms[0] != arms[1]:
                comparison = f"{arms[0]} vs {arms[1]}"
        items.append({"operator": parsed[0], "value": parsed[1], "outcome": outcome,
                      "comparison": comparison, **_span(mention)})
    return items


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per abstract; split = the authors' train/validation, disease in the id."""
    for row in read_jsonl(folder / FILE):
        doc = Ctro(row)
        yield GoldDocument(
            id=f"{row['disease']}_{row['pmid']}",
            text=doc.text,
            fields=frozenset({"sample_sizes", "doses", "endpoints", "p_values"}),
            record={"sample_sizes": sample_sizes(doc), "doses": doses(doc),
                    "endpoints": endpoints(doc), "p_values": p_values(doc)},
            split=row["split"].rsplit("_", 1)[1],
            dataset="ct-corpus",
            scope={"p_values": "between-group"},
        )
