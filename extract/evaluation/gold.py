"""The gold-document form every gold source (``gold/`` folder or an external dataset adapter) produces.

A gold item is a plain dict with the same keys as the record models (``extract.models``). External
datasets do not annotate everything, so:

* ``fields`` lists the record fields the source annotates; only those are scored for the document.
* A key that is missing or ``None`` in a gold item means "not annotated", and the scorer does not
  compare it (e.g. EBM-NLP sample sizes carry no ``role``). Spans (``start``/``end``) are optional.
* ``values_only`` lists fields whose gold marks numbers without saying what they count (EBM-NLP's
  sample-size spans): a record's counts are then compared as distinct values, so one number the
  record reports under two roles ("120 randomized", "120 analysed") is one prediction, not two.
* ``scope`` narrows a field further where a dataset annotates only some items of it, e.g.
  ``{"p_values": "between-group"}``; adapters document what their scope means.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GoldDocument:
    id: str
    text: str
    fields: frozenset[str]
    record: dict[str, list[dict]] = field(default_factory=dict)
    split: str = "all"
    dataset: str = "gold"
    scope: dict[str, str] = field(default_factory=dict)
    values_only: frozenset[str] = frozenset()

    def items(self, name: str) -> list[dict]:
        return self.record.get(name, [])
