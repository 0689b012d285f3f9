"""Linking a p-value to its outcome and comparison: what the link is, and that it stays linear in the sentence."""

import time

from extract.extractors.context import ExtractionContext
from extract.extractors.pvalues import find_p_values


def _link_time_per_p_value(unit: str, kb: int) -> float:
    text = unit * (kb * 1000 // len(unit))
    ctx = ExtractionContext(text=text, sentences=[(0, len(text))])  # one sentence, no full stop
    began = time.process_time()
    items = find_p_values(ctx)
    return (time.process_time() - began) / len(items)


def test_a_sentence_of_thousands_of_p_values_is_linked_in_linear_time():
    """Each p-value looks back a bounded window, not the whole sentence (was quadratic: 50 kB took seconds)."""
    unit = "12 patients (n = 5) received 10 mg (P < .05), "
    small = min(_link_time_per_p_value(unit, 4) for _ in range(2))
    large = min(_link_time_per_p_value(unit, 32) for _ in range(2))
    assert large < 3 * small  # quadratic growth would be about 8x per p-value
