"""Turn a record's items, sub-spans and removed segments into marks: spans with what a reviewer reads on hover.

A mark is a plain dict (it goes into the page's JSON as is): ``f`` field, ``k`` kind (``item``, ``sub`` or
``cut``), ``s`` status (``pred``, ``match``, ``miss``, ``false``), ``a``/``b`` raw offsets, ``t`` the
text, ``title`` the normalised value in a few words, ``rows`` every other normalised value.
"""

from __future__ import annotations

from typing import Any, Optional

FIELD_LABELS: dict[str, str] = {
    "sample_sizes": "sample size",
    "doses": "dose",
    "endpoints": "endpoint",
    "p_values": "p-value",
    "trial_ids": "trial id",
    "design": "design",
}

SUB_SPANS: dict[str, tuple[str, ...]] = {
    "sample_sizes": ("arm_span", "subgroup_span"),
    "doses": ("intervention_span", "schedule_span", "route_span", "frequency_span", "arm_span", "n_administrations_span"),
    "endpoints": ("time_frame_span",),
    "p_values": ("outcome_span", "comparison_span"),
}

# Keys shown elsewhere (title, offsets) or not informative to a reviewer.
_HIDDEN = {"start", "end", "text"} | {s for subs in SUB_SPANS.values() for s in subs}


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _dose_title(item: dict) -> str:
    unit = item.get("unit") or ""
    if item.get("amount") is not None:
        amount = _number(item["amount"])
        if item.get("amount_sd") is not None:
            amount += f" ± {_number(item['amount_sd'])}"
    elif item.get("amount_low") is not None and item.get("amount_high") is None:
        amount = f"≥ {_number(item['amount_low'])}"  # an open range: a dose floor ('at least 1500 mg')
    elif item.get("amount_low") is not None:
        amount = f"{_number(item['amount_low'])}–{_number(item.get('amount_high'))}"
    else:
        return f"{item.get('level')} dose"
    return " ".join(p for p in (amount, unit, item.get("intervention") or "") if p)


def title(field: str, item: dict) -> str:
    """The normalised value in a few words: what the extractor understood the span to mean."""
    if field == "sample_sizes":
        arm = f" · arm: {item['arm']}" if item.get("arm") else f" · {item['subgroup']}" if item.get("subgroup") else " · total"
        return f"n = {item.get('value')} {item.get('role') or ''}{arm}".replace("  ", " ")
    if field == "doses":
        return _dose_title(item)
    if field == "endpoints":
        return f"{item.get('kind') or ''} · {item.get('name') or item.get('text')}".strip(" ·")
    if field == "p_values":
        value = "NS" if item.get("operator") is None else f"p {item['operator']} {_number(item.get('value'))}"
        return value + (f" · outcome: {item['outcome']}" if item.get("outcome") else "")
    if field == "trial_ids":
        return f"{item.get('registry') or ''} {item.get('id')}".strip()
    if field == "design":
        return f"{item.get('attribute')} = {item.get('value')}"
    return str(item.get("text", ""))


def rows(item: dict) -> list[list[str]]:
    """Every other set value, as [key, value] pairs in the record's key order."""
    return [[k, _number(v)] for k, v in item.items() if k not in _HIDDEN and v is not None and v != ""]


def item_mark(field: str, item: dict, status: str, index: int, gold: Optional[dict] = None) -> dict:
    """A highlighted item; ``index`` is its position in the record's (or, for a miss, the gold's) list."""
    mark = {
        "f": field, "k": "item", "s": status, "i": index,
        "a": item.get("start"), "b": item.get("end"), "t": item.get("text", ""),
        "title": title(field, item), "rows": rows(item), "subs": [],
    }
    if gold is not None:
        mark["gold"] = {"title": title(field, gold), "a": gold.get("start"), "b": gold.get("end"), "t": gold.get("text", "")}
    return mark


def sub_marks(field: str, item: dict, parent: int) -> list[dict]:
    """The item's sub-spans (an outcome, a comparison, a time frame), shown when the item is hovered."""
    out = []
    for key in SUB_SPANS.get(field, ()):
        span = item.get(key)
        if isinstance(span, dict) and span.get("start") is not None:
            name = key.removesuffix("_span").replace("_", " ")
            out.append({"f": field, "k": "sub", "s": "sub", "a": span["start"], "b": span["end"], "t": span.get("text", ""),
                        "title": name, "p": parent})
    return out


def cut_mark(segment: dict) -> dict:
    """A segment the cleaner removed, greyed out and labelled by its reason."""
    return {"f": "cleaning", "k": "cut", "s": "cut", "a": segment["start"], "b": segment["end"], "t": "", "title": segment["reason"]}
