"""RCT-ART adapter: p-values of RCT result sentences, linked to the outcome and arms the sentence names.

Why: RCT-ART marks, in result sentences of RCT abstracts (EBM-NLP PMIDs), the intervention of each
arm (INTV), the outcome (OC) and each measured value (MEAS), and relates each measure to its arm
(``A1_RES``, ``A2_RES``) and its outcome (``OC_RES``). It does not mark p-values, but a p-value
reports the comparison of the measures just before it, so the relations give the p-value's outcome
and compared arms on sentences no other gold covers.

* **Document** = one sentence (``<PMID>_<n>``, n counting the PMID's sentences in file order): the
  sentences of one abstract are not all in the data and are not contiguous text. Rows without a
  PMID are left out (their split could not follow the abstract).
* **p_values**: every p-value expression of the sentence (``_pvalues.find_p_values``), with operator,
  value and span. The sentences are exhaustive for p-values: all of a sentence's p-values are gold.
* ``outcome``: the OC related to the last MEAS that ends before the p-value (the measures a p-value
  compares come before it); None when that measure has no outcome relation or no MEAS precedes.
* ``comparison``: ``"<arm 1> vs <arm 2>"`` from the A1_RES / A2_RES heads of the measures of that
  outcome, when both arms are named and differ; else None.
* **split**: ``tune`` / ``report`` by the sha1 of the PMID (``_split.hash_split``): rules are tuned
  on ``tune`` only.
* The text is Prodigy's tokenised form: punctuation stands apart (``( P < 0.01 )``,
  ``RESULTS In the ...`` without the heading's colon).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._jsonl import read_jsonl
from extract.evaluation.adapters._pvalues import find_p_values
from extract.evaluation.adapters._split import hash_split

FILE = "gold_result_sentences.jsonl"


def p_value_items(row: dict) -> list[dict]:
    """Gold p-values of one RCT-ART sentence, each with the outcome and arms of the measures before it."""
    text = row["text"]
    measures = sorted((s["start"], s["end"]) for s in row.get("spans", []) if s["label"] == "MEAS")
    outcome_of: dict[tuple[int, int], str] = {}
    arms_of: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
    for relation in row.get("relations", []):
        measure = (relation["child"]["start"], relation["child"]["end"])
        head = text[relation["head"]["start"] : relation["head"]["end"]]
        if relation["label"] == "OC_RES":
            outcome_of[measure] = head
        elif relation["label"] in ("A1_RES", "A2_RES"):
            arms_of[measure][relation["label"]] = head
    items = []
    for match in find_p_values(text):
        before = [m for m in measures if m[1] <= match.start]
        outcome = outcome_of.get(before[-1]) if before else None
        arms: dict[str, str] = {}
        for measure, named in arms_of.items():
            if outcome and outcome_of.get(measure) == outcome:
                arms.update(named)
        two = len(arms) == 2 and arms["A1_RES"].lower() != arms["A2_RES"].lower()
        items.append({"operator": match.operator, "value": match.value, "outcome": outcome,
                      "comparison": f"{arms['A1_RES']} vs {arms['A2_RES']}" if two else None,
                      "start": match.start, "end": match.end, "text": text[match.start : match.end]})
    return items


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per sentence with at least one p-value; split by the sha1 of its PMID."""
    counts: dict[str, int] = defaultdict(int)
    for row in read_jsonl(folder / FILE):
        pmid = row.get("pmid")
        if not pmid:
            continue
        counts[pmid] += 1
        items = p_value_items(row)
        if items:
            yield GoldDocument(
                id=f"{pmid}_{counts[pmid]}",
                text=row["text"],
                fields=frozenset({"p_values"}),
                record={"p_values": items},
                split=hash_split(pmid),
                dataset="rct-art",
            )
