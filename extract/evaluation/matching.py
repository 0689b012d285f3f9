"""When does a predicted item match a gold item? One rule per field, stated in the README.

* sample_sizes: the same value; the same role when gold has one; both totals or both per-arm.
  Both sides are first reduced to distinct (value, role, total-or-arm) per document.
* doses: the same amount (relative tolerance 1e-6) and unit; ranges by low and high; level-only doses by level.
* endpoints: the same kind when gold has one, and a relaxed text match of the outcome.
* p_values: the same operator and value ('NS' matches 'NS').
* trial_ids: the same registry and id; design: the same attribute and value.

The relaxed text match: lower-cased word tokens without function words, plural -s folded ('weeks',
'week'); two phrases match when one's tokens contain the other's, or their Jaccard overlap is at
least 0.5. Registry time frames are also scored exactly (``time_frame_exact``).
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable

_FUNCTION_WORDS = frozenset(
    "the a an of in on at to for and or with by from was were is are be this that these those its their "
    "patients patient group groups".split()
)


def _singular(token: str) -> str:
    """'weeks' -> 'week', 'IOPs' -> 'iop': number is not what a reader would call a different outcome."""
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")) else token


def tokens(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(_singular(t) for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _FUNCTION_WORDS)


_CONTROL_ARM = re.compile(
    r"\b(?:control|controls|placebo|sham|usual care|standard care|standard of care|observation|no treatment|untreated|waitlist|wait-list|vehicle)\b",
    re.I,
)


def arm_label_match(gold: str | None, pred: str | None) -> bool:
    """Arm labels: where the gold names only the arm's kind ('intervention' / 'control', as PICO does),
    a predicted drug or group name is compared by kind; otherwise by the relaxed text match."""
    kind = (gold or "").strip().lower()
    if kind in ("intervention", "control") and pred:
        return ("control" if _CONTROL_ARM.search(pred) else "intervention") == kind
    return relaxed_text_match(gold, pred)


def exact_text_match(gold: str | None, pred: str | None) -> bool:
    """The same text up to case, runs of spaces and punctuation at either end."""
    def norm(text: str | None) -> str:
        return re.sub(r"\s+", " ", (text or "").lower()).strip(" .,;:()[]")
    return bool(norm(gold)) and norm(gold) == norm(pred)


def relaxed_text_match(gold: str | None, pred: str | None, threshold: float = 0.5) -> bool:
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False
    if g <= p or p <= g:
        return True
    return len(g & p) / len(g | p) >= threshold


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _sample_size(g: dict, p: dict) -> bool:
    if g.get("value") != p.get("value"):
        return False
    if g.get("role") is not None and g.get("role") != p.get("role"):
        return False
    if "arm" in g and (g["arm"] is None) != (p.get("arm") is None):
        return False
    return True


def _normal_unit(unit: str | None) -> str | None:
    return unit.replace("μ", "µ").replace("mcg", "µg").lower() if unit else unit


def _dose(g: dict, p: dict) -> bool:
    if g.get("amount") is None and g.get("amount_low") is not None:
        same_range = _close(g.get("amount_low"), p.get("amount_low")) and _close(g.get("amount_high"), p.get("amount_high"))
        unit_ok = g.get("unit") is None or _normal_unit(g.get("unit")) == _normal_unit(p.get("unit"))
        return same_range and unit_ok
    if g.get("amount") is None:
        return p.get("amount") is None and g.get("level") is not None and g.get("level") == p.get("level")
    if not _close(g.get("amount"), p.get("amount")):
        return False
    return g.get("unit") is None or _normal_unit(g.get("unit")) == _normal_unit(p.get("unit"))


def _endpoint(g: dict, p: dict) -> bool:
    if g.get("kind") is not None and g.get("kind") != p.get("kind"):
        return False
    gold_texts = [g.get("text"), g.get("name")]
    return any(relaxed_text_match(gt, pt) for gt in gold_texts if gt for pt in (p.get("text"), p.get("name")) if pt)


def _p_value(g: dict, p: dict) -> bool:
    return g.get("operator") == p.get("operator") and _close(g.get("value"), p.get("value"))


def _trial_id(g: dict, p: dict) -> bool:
    return str(g.get("id", "")).upper().replace(" ", "") == str(p.get("id", "")).upper().replace(" ", "")


def _design(g: dict, p: dict) -> bool:
    return g.get("attribute") == p.get("attribute") and str(g.get("value")).lower() == str(p.get("value")).lower()


MATCHERS: dict[str, Callable[[dict, dict], bool]] = {
    "sample_sizes": _sample_size,
    "doses": _dose,
    "endpoints": _endpoint,
    "p_values": _p_value,
    "trial_ids": _trial_id,
    "design": _design,
}


def match_items(field: str, gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching; among candidates the nearest by span wins. Returns (pairs, misses, false hits)."""
    matcher = MATCHERS[field]
    unused = list(range(len(pred)))
    pairs: list[tuple[dict, dict]] = []
    misses: list[dict] = []
    for g in gold:
        candidates = [i for i in unused if matcher(g, pred[i])]
        if not candidates:
            misses.append(g)
            continue
        best = min(candidates, key=lambda i: _distance(g, pred[i]))
        unused.remove(best)
        pairs.append((g, pred[best]))
    return pairs, misses, [pred[i] for i in unused]


def _distance(g: dict, p: dict) -> Any:
    if g.get("start") is None or p.get("start") is None:
        return 0
    return abs(g["start"] - p["start"])
