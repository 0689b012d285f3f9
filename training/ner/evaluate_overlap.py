"""Entity P/R/F1 of the NER model on a DocBin, exact (as ``spacy evaluate``) and by overlap (a
predicted span counts when it shares a token with a gold span of the same label, one-to-one).

    python training/ner/evaluate_overlap.py training/ner/output/model-best training/ner/corpus/pico_report.spacy
"""

from __future__ import annotations

import sys

import spacy
from spacy.tokens import DocBin


def main(model: str, path: str) -> None:
    nlp = spacy.load(model)
    gold_docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    exact = [0, 0, 0]  # tp, pred, gold
    overlap = [0, 0, 0]
    for gold, pred in zip(gold_docs, nlp.pipe(_bare(g) for g in gold_docs)):
        g = {(e.start, e.end, e.label_) for e in gold.ents}
        p = {(e.start, e.end, e.label_) for e in pred.ents}
        exact[0] += len(g & p)
        for counts in (exact, overlap):
            counts[1] += len(p)
            counts[2] += len(g)
        unused = sorted(g)
        for ps, pe, pl in sorted(p):
            hit = next((x for x in unused if x[2] == pl and x[0] < pe and ps < x[1]), None)
            if hit:
                unused.remove(hit)
                overlap[0] += 1
    for name, (tp, n_pred, n_gold) in (("exact", exact), ("overlap", overlap)):
        precision, recall = tp / max(1, n_pred), tp / max(1, n_gold)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{name:8s} P={precision:.3f} R={recall:.3f} F1={f1:.3f}  (pred {n_pred}, gold {n_gold})")


def _bare(doc):  # the gold tokens, without the gold entities
    from spacy.tokens import Doc

    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


if __name__ == "__main__":
    main(*sys.argv[1:3])
