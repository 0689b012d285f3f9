"""95% intervals for the accuracy figures: the reporting splits are small (57 linked p-values, 33
CT-Corpus abstracts), so a figure without its uncertainty invites reading noise as progress.

* :func:`wilson` — score interval of a proportion (linked-value accuracy, treating items as
  independent; items of one document are not, so the interval is somewhat too narrow).
* :func:`bootstrap_f1` — percentile bootstrap of a pooled F1 over *documents* (each resample draws
  documents with replacement and pools their true/false positives and misses), which keeps the
  items of one document together.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence


def wilson(correct: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of ``correct / total`` (``(0, 1)`` when there is nothing to count)."""
    if total <= 0:
        return (0.0, 1.0)
    p = correct / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bootstrap_f1(per_document: Sequence[tuple[int, int, int]], resamples: int = 1000, seed: int = 0,
                 level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the pooled F1 when documents are resampled with replacement."""
    if not per_document:
        return (0.0, 1.0)
    rng = random.Random(seed)
    n = len(per_document)
    values = []
    for _ in range(resamples):
        tp = fp = fn = 0
        for a, b, c in rng.choices(per_document, k=n):
            tp += a
            fp += b
            fn += c
        values.append(f1_of(tp, fp, fn))
    values.sort()
    tail = (1 - level) / 2
    return (values[int(tail * (resamples - 1))], values[int(math.ceil((1 - tail) * (resamples - 1)))])
