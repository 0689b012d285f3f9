"""Peer extractors run on the same documents as trial-extract: a naive baseline, statcheck, quantulum3.

Each returns predicted records (by document id) in trial-extract's record form, so the same scorer
compares them. statcheck and quantulum3 are optional: a peer that is not installed is skipped.
"""

from __future__ import annotations

import re
from typing import Callable

from extract.evaluation.gold import GoldDocument

_NAIVE_P = re.compile(r"\b[Pp]\s*([<>=])\s*(0?\.\d+)")
_NAIVE_N = re.compile(r"\b[nN]\s*=\s*(\d+)|\b(\d+)\s+(?:patients|participants|subjects|women|men|children|adults)\b")


def naive(docs: list[GoldDocument]) -> dict[str, dict]:
    """The obvious regexes: 'P [<=>] x', and the first 'n = N' / 'N patients' as the trial's n."""
    out = {}
    for doc in docs:
        ps = [{"operator": m.group(1), "value": float(m.group(2)), "start": m.start(), "end": m.end()} for m in _NAIVE_P.finditer(doc.text)]
        first = _NAIVE_N.search(doc.text)
        sizes = [{"value": int(first.group(1) or first.group(2)), "role": None, "arm": None}] if first else []
        out[doc.id] = {"p_values": ps, "sample_sizes": sizes}
    return out


def statcheck_p_values(docs: list[GoldDocument]) -> dict[str, dict] | None:
    """statcheck's own p-value pattern (RGX_P_NS) and parser over each abstract."""
    try:
        from statcheck.helpers_parse_stats import extract_p_value
        from statcheck.regex import RGX_P_NS
    except Exception:  # noqa: BLE001 - an optional peer
        return None
    out = {}
    for doc in docs:
        items = []
        for raw in re.finditer(RGX_P_NS, doc.text, re.I):
            try:
                frame = extract_p_value(raw.group())
            except Exception:  # noqa: BLE001 - statcheck raises on notations it cannot parse
                continue
            for comp, value in zip(frame["p_comp"], frame["p_value"]):
                span = {"start": raw.start(), "end": raw.end()}
                if comp == "ns":
                    items.append({"operator": None, "value": None, **span})
                else:
                    items.append({"operator": str(comp).replace("≤", "<=").replace("≥", ">="), "value": float(value), **span})
        out[doc.id] = {"p_values": items}
    return out


_QUANTULUM_UNITS = {
    "milligram": "mg", "gram": "g", "microgram": "µg", "nanogram": "ng", "millilitre": "mL", "litre": "L",
    "percentage": "%", "international unit": "IU", "milligram per kilogram": "mg/kg", "millimole": "mmol",
}


def quantulum_doses(docs: list[GoldDocument]) -> dict[str, dict] | None:
    """quantulum3's quantity parser (rule mode): every quantity with a dose-like unit."""
    try:
        import quantulum3.classifier as classifier

        classifier.USE_CLF = False  # its stored classifier breaks with current scikit-learn
        from quantulum3 import parser
    except Exception:  # noqa: BLE001 - an optional peer
        return None
    out = {}
    for doc in docs:
        items = []
        for quantity in parser.parse(doc.text):
            unit = _QUANTULUM_UNITS.get(quantity.unit.name)
            if unit:
                items.append({"amount": float(quantity.value), "unit": unit})
        out[doc.id] = {"doses": items}
    return out


PEERS: dict[str, Callable[[list[GoldDocument]], dict[str, dict] | None]] = {
    "naive": naive,
    "statcheck": statcheck_p_values,
    "quantulum3": quantulum_doses,
}
