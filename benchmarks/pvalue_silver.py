"""p-value notation coverage on Jager & Leek's 5,313 abstracts (silver: their regex's values, no spans).

The silver list comes from a simple `P = x` / `P < x` regex over top-journal abstracts, so it is a
floor of what a p-value extractor must find, not gold: its recall is informative (a silver value
trial-extract misses is a notation it does not read), its "extras" are mostly the notations the silver
regex skips (`P > .05`, `NS`, `P ≤`, ranges). Values are compared per abstract as the set of distinct
(value, inequality) pairs: the silver list repeats some abstracts' values (every value twice), so
counts are not comparable. statcheck runs on the same abstracts.

    python benchmarks/pvalue_silver.py [--data ../shared/data] [--limit N] [--misses 20]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluation.gold import GoldDocument  # noqa: E402
from extract.pipeline import PipelineSettings, build_pipeline  # noqa: E402
from extract.records import extract_text  # noqa: E402
from benchmarks.peers import statcheck_p_values  # noqa: E402

FILE = "jager-leek-pvalues/abstracts_with_extracted_pvalues.jsonl"


def _key(value: float, inequality: bool) -> tuple[float, bool]:
    return (round(value, 10), inequality)


def _predicted_keys(items: list[dict]) -> Counter:
    return Counter({_key(i["value"], i["operator"] in ("<", "<=")): 1 for i in items if i.get("value") is not None and i.get("operator") is not None})


def coverage(silver: dict[str, Counter], predicted: dict[str, Counter]) -> dict:
    found = missed = extra = 0
    for doc_id, gold in silver.items():
        pred = predicted.get(doc_id, Counter())
        both = gold & pred
        found += sum(both.values())
        missed += sum((gold - both).values())
        extra += sum((pred - both).values())
    total = found + missed
    return {"silver": total, "found": found, "recall": found / total if total else 0.0, "extra": extra}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--misses", type=int, default=0, help="print this many random missed silver values with context")
    args = parser.parse_args(argv)
    path = args.data / FILE
    if not path.exists():
        print(f"{path} not found: nothing to measure")
        return 0
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    if args.limit:
        rows = rows[: args.limit]
    silver = {str(r["pmid"]): Counter({_key(p["value"], bool(p["reported_as_inequality"])): 1 for p in r["pvalues"]}) for r in rows}
    texts = {str(r["pmid"]): r["abstract"] for r in rows}

    nlp = build_pipeline(PipelineSettings(fields=("p_values",)))
    started = time.perf_counter()
    records = {doc_id: extract_text(doc_id, text, "jager-leek", nlp) for doc_id, text in texts.items()}
    seconds = time.perf_counter() - started
    ours = {doc_id: _predicted_keys([p.model_dump() for p in rec.p_values]) for doc_id, rec in records.items()}
    results = {"trial-extract": coverage(silver, ours)}
    docs = [GoldDocument(id=doc_id, text=text, fields=frozenset({"p_values"}), dataset="jager-leek") for doc_id, text in texts.items()]
    peer = statcheck_p_values(docs)
    if peer is not None:
        results["statcheck"] = coverage(silver, {d: _predicted_keys(v["p_values"]) for d, v in peer.items()})

    print(f"{len(rows)} abstracts, {results['trial-extract']['silver']} silver p-values; trial-extract p-values only: {seconds:.1f} s")
    print("| extractor | silver found | recall | values not in silver |")
    print("|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['found']} / {r['silver']} | {r['recall']:.3f} | {r['extra']} |")

    if args.misses:
        random.seed(0)
        misses = [(d, k) for d, gold in silver.items() for k in (gold - (gold & ours.get(d, Counter()))).elements()]
        for doc_id, (value, inequality) in random.sample(misses, min(args.misses, len(misses))):
            got = sorted({(p.operator, p.value) for p in records[doc_id].p_values}, key=str)
            print(f"\n{doc_id}: silver {'<' if inequality else '='} {value}; trial-extract {got}")
            text = texts[doc_id]
            digits = f"{value}".lstrip("0")
            at = text.find(digits)
            print("   ", text[max(0, at - 120): at + 60].replace("\n", " ") if at >= 0 else "(value not in text as written)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
