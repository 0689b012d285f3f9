"""The trial-level sample size: the one number a reader asks for, "how many patients were in the trial?"."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

# A registry's Enrollment field first; then the largest total of the first role present in this order.
ROLE_PRIORITY = ("randomized", "enrolled", "treated", "analysed", "completed", "planned", "screened")


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)


def choose_trial_n(sample_sizes: Sequence[Any]) -> Optional[Any]:
    """The registry's enrollment, else the largest randomized total, else enrolled, treated, ...; None
    when no total is stated. Works on records' items and on plain dicts (the scorer's peers)."""
    totals = [n for n in sample_sizes if _get(n, "arm") is None and _get(n, "value")]
    registry = [n for n in totals if _get(n, "rule") == "sample_size.registry"]
    if registry:
        return registry[0]  # a registry's Enrollment field is the authoritative number
    for role in ROLE_PRIORITY:
        same = [n for n in totals if _get(n, "role") == role]
        if same:
            return max(same, key=lambda n: _get(n, "value"))
    return max(totals, key=lambda n: _get(n, "value")) if totals else None
