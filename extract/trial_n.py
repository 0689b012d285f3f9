"""The trial-level sample size: the one number a reader asks for, "how many patients were in the trial?"."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

# A registry's Enrollment field first; then the largest total of the first role present in this order
# (a 'subgroup' count is never a candidate).
ROLE_PRIORITY = ("randomized", "enrolled", "treated", "analysed", "completed", "planned", "screened")


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)


def choose_trial_n(sample_sizes: Sequence[Any]) -> Optional[Any]:
    """The registry's enrollment, else the largest randomized total, else enrolled, treated, ...; None
    when no total is stated. Works on records' items and on plain dicts (the scorer's peers)."""
    # A subgroup ('16 males and 26 females' of 42) is a part of a total, never one.
    totals = [n for n in sample_sizes if _get(n, "arm") is None and _get(n, "value") and _get(n, "role") != "subgroup"]
    registry = [n for n in totals if _get(n, "rule") == "sample_size.registry"]
    if registry:
        return registry[0]  # a registry's Enrollment field is the authoritative number
    # A total that its arms add up to ('528 patients were randomly assigned between trastuzumab (n = 260) and
    # observation (n = 268)') is the trial's own; larger totals beside it are a parent trial or a pooled cohort.
    summed = _arm_sums(sample_sizes)
    confirmed = [n for n in totals if _get(n, "value") in summed]
    for role in ROLE_PRIORITY if confirmed else ():
        same = [n for n in confirmed if _get(n, "role") == role]
        if same:
            return max(same, key=lambda n: _get(n, "value"))
    for role in ROLE_PRIORITY:
        same = [n for n in totals if _get(n, "role") == role]
        if same:
            return max(same, key=lambda n: _get(n, "value"))
    return max(totals, key=lambda n: _get(n, "value")) if totals else None


# Arms listed together lie close to each other; further apart they are arms of different statements.
_ARM_GAP = 250


def _arm_sums(sample_sizes: Sequence[Any]) -> set[int]:
    """The sums of two or three arm counts that follow one another in the text (one statement's arms)."""
    arms = sorted(
        ((_get(n, "start") or 0, _get(n, "value")) for n in sample_sizes if _get(n, "arm") is not None and _get(n, "value")),
    )
    sums: set[int] = set()
    for i in range(len(arms)):
        total = arms[i][1]
        for j in range(i + 1, min(i + 3, len(arms))):
            if arms[j][0] - arms[j - 1][0] > _ARM_GAP:
                break
            total += arms[j][1]
            sums.add(total)
    return sums
