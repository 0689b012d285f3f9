"""The trial-level sample size: the one number a reader asks for, "how many patients were in the trial?"."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

# A registry's Enrollment field first (its final count before its target); then the largest total of the first role present in this order
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
        # A registry's Enrollment field is the authoritative number; the final enrolment beats the target
        # (ISRCTN 'Target number of participants' then 'Total final enrolment', as ClinicalTrials.gov's Actual
        # beats Estimated), whichever is written first.
        final = [n for n in registry if _get(n, "role") != "planned"]
        return (final or registry)[0]
    # Within the first role present, a total that its arms add up to ('412 patients were randomly assigned to
    # exercise (n = 205) or usual care (n = 207)') is the trial's own; larger totals of that role beside it are a
    # parent trial or a pooled cohort. The arms do not promote a later stage over an earlier one that is larger
    # ('248 patients were randomized, and 231 completed the trial (117 ... and 114 ...)' is 248), but an earlier
    # stage smaller than a confirmed later one is no stage of the same people ('Forty-two hypertensives underwent
    # ...; 21 were randomized to X and 21 to Y ... achieved in 18 patients' is 42, not 18).
    summed = _arm_sums(sample_sizes)
    confirmed = [n for n in totals if _get(n, "value") in summed]
    # Nobody is randomized without being enrolled first: an enrolled or randomized total smaller than one of the
    # trial's randomized arms is a part of the sample ('Sixty-one patients were allocated to A and 68 to B. ... For
    # the 62 patients with measurable disease, ...'), never the trial's n. (One arm, not a sum: arms of two lists
    # stand side by side, 'randomized to ED (n=266) or EDC (n=270); 93 were further randomized to X (n=44) ...'.)
    floor = max((_get(n, "value") for n in sample_sizes if _get(n, "arm") is not None and _get(n, "role") == "randomized" and _get(n, "value")), default=0)
    totals = [n for n in totals if _get(n, "role") not in _BEFORE_ARMS or _get(n, "value") >= floor] or totals
    for role in ROLE_PRIORITY:
        same = [n for n in totals if _get(n, "role") == role]
        if not same:
            continue
        best = max(same, key=lambda n: _get(n, "value"))
        own = [n for n in same if n in confirmed]
        if own:
            return max(own, key=lambda n: _get(n, "value"))
        larger = [n for n in confirmed if _get(n, "value") > _get(best, "value") and _get(n, "role") in ROLE_PRIORITY]
        if larger:
            return min(larger, key=lambda n: (ROLE_PRIORITY.index(_get(n, "role")), -_get(n, "value")))
        return best
    return max(totals, key=lambda n: _get(n, "value")) if totals else None


# Arms listed together lie close to each other; further apart they are arms of different statements.
_ARM_GAP = 250


# The stages every randomized participant went through.
_BEFORE_ARMS = ("randomized", "enrolled")


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
