"""Accuracy of trial-extract on every external dataset present, beside its peers on the same documents.

    python benchmarks/accuracy.py [--data ../shared/data] [--split report | --development] [--json scores.json]

Scores the reporting split of each dataset (CT-Corpus and Evidence Inference: their official
validation split; PHEE: its official dev split, the test split being held out; PICO, EBM-NLP,
ClinicalTrials.gov: the 'report' half of a fixed hash split), so the numbers are on data the rules
were not tuned on (tuning used 'train' / 'tune').
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peers import PEERS  # noqa: E402
from extract.evaluation.adapters import ADAPTERS, DEFAULT_FOLDERS, load_gold  # noqa: E402
from extract.evaluation.run import predict  # noqa: E402
from extract.evaluation.scorer import score  # noqa: E402

REPORT_SPLITS = {"ct-corpus": "validation", "evidence-inference": "validation", "phee": "dev"}
# The parts the rules were tuned on (``--development``): never the figures to quote, but the gap to the
# reporting split shows how much of a rule set is fitted to its development data.
DEVELOPMENT_SPLITS = {"ct-corpus": "train", "evidence-inference": "train", "phee": "train"}
PEER_FIELDS = {"naive": ("p_values", "sample_sizes"), "statcheck": ("p_values",), "quantulum3": ("doses",)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--split", default=None, help="Override the reporting split (e.g. 'tune', 'train').")
    parser.add_argument("--development", action="store_true", help="Score each dataset's development split (train / tune) instead.")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--datasets", default=",".join(ADAPTERS))
    parser.add_argument("--ner-model", default=None, help="A spaCy NER model (name or path) for the pipeline, e.g. training/ner/output/model-best.")
    args = parser.parse_args()

    rows, results = [], {}
    for kind in args.datasets.split(","):
        if not (args.data / DEFAULT_FOLDERS[kind]).is_dir():
            print(f"# {kind}: not present under {args.data}, skipped", file=sys.stderr)
            continue
        split = args.split or (DEVELOPMENT_SPLITS.get(kind, "tune") if args.development else REPORT_SPLITS.get(kind, "report"))
        docs = [d for d in load_gold(kind, args.data) if d.split == split]
        started = time.perf_counter()
        ours = score(docs, predict(docs, ner_model=args.ner_model))
        seconds = time.perf_counter() - started
        results[kind] = {"split": split, "documents": len(docs), "seconds": round(seconds, 2), "trial-extract": ours.as_dict(with_errors=False, with_intervals=True)}
        for field, s in ours.fields.items():
            rows.append((kind, split, len(docs), field, "trial-extract", s))
        for name, attr in ours.attributes.items():
            rows.append((kind, split, len(docs), name, "trial-extract (linked, accuracy)", attr))
        for peer, run in PEERS.items():
            fields = [f for f in PEER_FIELDS[peer] if any(f in d.fields for d in docs)]
            if not fields:
                continue
            predictions = run(docs)
            if predictions is None:
                print(f"# {peer}: not installed, skipped", file=sys.stderr)
                continue
            theirs = score(docs, predictions)
            results[kind][peer] = theirs.as_dict(with_errors=False)
            for field, s in theirs.fields.items():
                if field.split(".")[0] in fields:
                    rows.append((kind, split, len(docs), field, peer, s))
    # 95%: F1 by a bootstrap over documents, linked accuracy by Wilson's interval (extract/evaluation/intervals.py).
    print("| dataset | split | docs | field | system | P | R | F1 | 95% | coverage |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, split, n, field, system, s in rows:
        if hasattr(s, "f1"):
            low, high = s.f1_interval()
            print(f"| {kind} | {split} | {n} | {field} | {system} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {low:.2f}–{high:.2f} | {s.docs_found}/{s.docs_with_gold} |")
        else:
            low, high = s.interval()
            print(f"| {kind} | {split} | {n} | {field} | {system} | | | {s.value:.3f} (n={s.total}) | {low:.2f}–{high:.2f} | |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
