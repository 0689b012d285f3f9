"""Build the OUTCOME NER training / dev / evaluation DocBins from the development datasets.

    /work/venv/bin/python training/ner/build_corpus.py [--data ../shared/data] [--out training/ner/corpus]

Writes (git-ignored, never committed: the data stays in ../shared/data):

* ``train.spacy``     EBM-COMET train_bio.txt (sentences), PICO 'tune' half, EvidenceMap 'tune' half
                      (General + COVID-19, split by PMID hash as in the adapters), CT-Corpus 'train' split
                      -- OUTCOME spans only.
* ``dev.spacy``       EBM-COMET dev_bio.txt: the dev set spaCy picks ``model-best`` on.
* ``pico_report.spacy`` PICO 'report' half: evaluation only (never trained or selected on).

Every document is tokenised with the tokenizer the pipeline uses at run time (scispacy's
combined_rule_tokenizer), so the model sees the same tokens as in ``trial-extract run``. Training
documents that share a sentence with a document of an evaluation split (CT-Corpus validation,
Evidence Inference validation, PICO report, EvidenceMap report) are dropped, so the benchmark stays on unseen text.

Only OUTCOME is trained: EBM-COMET and CT-Corpus do not annotate interventions, and spaCy has no
per-label "missing" marking, so their intervention mentions would be taught as non-entities.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extract.evaluation.adapters import load_gold  # noqa: E402
from extract.evaluation.adapters._split import hash_split  # noqa: E402

LABEL = "OUTCOME"
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "%"}
NO_SPACE_AFTER = {"(", "["}


def tokenizer_nlp() -> spacy.Language:
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    return nlp


def make_doc(nlp: spacy.Language, text: str, spans: list[tuple[int, int]], stats: Counter) -> Doc:
    doc = nlp.make_doc(text)
    ents = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        span = doc.char_span(start, end, label=LABEL, alignment_mode="expand")
        if span is None or not span.text.strip():
            stats["span_unaligned"] += 1
            continue
        ents.append(span)
    kept = filter_spans(ents)
    stats["span_overlap_dropped"] += len(ents) - len(kept)
    stats["spans"] += len(kept)
    doc.ents = kept
    return doc


# ---- leakage guard --------------------------------------------------------------------------

def _norm(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.lower())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(_norm(s)) >= 40]


def evaluation_sentences(data: Path) -> set[str]:
    keys: set[str] = set()
    for kind, split in (("ct-corpus", "validation"), ("evidence-inference", "validation"), ("pico", "report")):
        for doc in load_gold(kind, data):
            if doc.split == split:
                keys.update(_norm(s) for s in _sentences(doc.text))
    for txt in sorted((data / "evidencemap-corpus").glob("*/*.txt")):
        if hash_split(txt.stem) == "report":
            keys.update(_norm(s) for s in _sentences(txt.read_text(encoding="utf-8")))
    return keys


def leaks(text: str, held_out: set[str]) -> bool:
    return any(_norm(s) in held_out for s in _sentences(text))


# ---- readers ---------------------------------------------------------------------------------

def ebm_comet(path: Path) -> list[list[tuple[str, str]]]:
    """Abstracts (lists of sentences) of (token, BIO) pairs; discontinuous pieces become separate spans."""
    abstracts: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines() + [""]
    for line in lines:
        parts = line.split()
        if not parts:
            if sentence:
                if sentence[0][0].startswith("Title:") or not abstracts:
                    abstracts.append([])
                abstracts[-1].append(sentence)
            sentence = []
            continue
        token, label = parts[0], parts[1] if len(parts) > 1 else "O"
        if re.fullmatch(r"(?:B|S\d)-outcome", label):
            label = "B"
        elif re.fullmatch(r"(?:I|E\d)-outcome", label):
            label = "I"
        else:
            label = "O"  # O, Seperator, X
        sentence.append((token, label))
    return abstracts


def detokenize(sentence: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, current = "", [], None
    for i, (token, label) in enumerate(sentence):
        if i and token not in NO_SPACE_BEFORE and sentence[i - 1][0] not in NO_SPACE_AFTER:
            text += " "
        start = len(text)
        text += token
        if label == "B" or (label == "I" and current is None):
            if current:
                spans.append(current)
            current = (start, len(text))
        elif label == "I":
            current = (current[0], len(text))
        elif current:
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return text, spans


_META = re.compile(r"^(?:Journal-Name:|Publication\s+Type:)")


def ebm_docs(nlp, path: Path, held_out: set[str], stats: Counter) -> list[Doc]:
    docs = []
    for abstract in ebm_comet(path):
        sentences = [detokenize(s) for s in abstract]
        sentences = [(t, s) for t, s in sentences if not _META.match(t)]
        if held_out and leaks(" ".join(t for t, _ in sentences), held_out):
            stats["ebm_comet_leak_dropped"] += 1
            continue
        stats["ebm_comet_abstracts"] += 1
        docs.extend(make_doc(nlp, t, s, stats) for t, s in sentences)
    return docs


def gold_docs(nlp, data: Path, kind: str, split: str, held_out: set[str], stats: Counter) -> list[Doc]:
    docs = []
    for gold in load_gold(kind, data):
        if gold.split != split:
            continue
        if held_out and leaks(gold.text, held_out):
            stats[f"{kind}_leak_dropped"] += 1
            continue
        spans = [(e["start"], e["end"]) for e in gold.items("endpoints") if e.get("start") is not None]
        stats[f"{kind}_{split}_docs"] += 1
        docs.append(make_doc(nlp, gold.text, spans, stats))
    return docs


def evidencemap_docs(nlp, folder: Path, held_out: set[str], stats: Counter) -> list[Doc]:
    docs = []
    for txt in sorted(folder.glob("*/*.txt")):
        text = txt.read_text(encoding="utf-8")
        ann = txt.with_suffix(".ann")
        if not ann.is_file() or hash_split(txt.stem) != "tune":
            continue
        if leaks(text, held_out):
            stats["evidencemap_leak_dropped"] += 1
            continue
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 3 or not cols[0].startswith("T"):
                continue
            label, *offsets = cols[1].split(" ", 1)
            if label != "Outcome" or not offsets:
                continue
            for fragment in offsets[0].split(";"):  # discontinuous: each fragment on its own
                start, end = map(int, fragment.split())
                spans.append((start, end))
        stats["evidencemap_tune_docs"] += 1
        docs.append(make_doc(nlp, text, spans, stats))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = tokenizer_nlp()
    stats: Counter = Counter()
    held_out = evaluation_sentences(args.data)
    train = ebm_docs(nlp, args.data / "ebm-comet" / "train_bio.txt", held_out, stats)
    train += gold_docs(nlp, args.data, "pico", "tune", held_out, stats)
    train += evidencemap_docs(nlp, args.data / "evidencemap-corpus", held_out, stats)
    train += gold_docs(nlp, args.data, "ct-corpus", "train", held_out, stats)
    train_stats = dict(stats)
    dev = ebm_docs(nlp, args.data / "ebm-comet" / "dev_bio.txt", set(), Counter())
    report = gold_docs(nlp, args.data, "pico", "report", set(), Counter())
    for name, docs in (("train", train), ("dev", dev), ("pico_report", report)):
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        words = sum(len(d) for d in docs)
        ents = sum(len(d.ents) for d in docs)
        print(f"{name}: {len(docs)} docs, {words} tokens, {ents} OUTCOME spans -> {args.out / (name + '.spacy')}")
    print("train sources:", ", ".join(f"{k}={v}" for k, v in sorted(train_stats.items())))


if __name__ == "__main__":
    main()
