"""Load gold (a folder or a dataset adapter), get predictions, score them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..models import FIELDS
from .gold import GoldDocument
from .scorer import Scores, score


def load_gold_folder(folder: Path, corpus: Path | None = None) -> Iterator[GoldDocument]:
    """``gold/<id>.json`` records; the raw text from ``corpus/<id>.txt`` when it is there."""
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        doc_id = str(record.get("id") or path.stem)
        text_path = (corpus or folder) / f"{doc_id}.txt"
        text = text_path.read_text(encoding="utf-8") if text_path.is_file() else ""
        yield GoldDocument(
            id=doc_id, text=text, fields=frozenset(FIELDS), record={f: record.get(f, []) for f in FIELDS}, dataset=folder.name
        )


def load_gold(spec: str, data_root: Path, corpus: Path | None = None) -> list[GoldDocument]:
    path = Path(spec)
    if path.is_dir():
        return list(load_gold_folder(path, corpus))
    from .adapters import load_gold as load_dataset

    return list(load_dataset(spec, data_root))


def read_predictions(path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                out[str(record["id"])] = record
    return out


def predict(docs: Iterable[GoldDocument], fields: tuple[str, ...] | None = None, ner_model: str | None = None) -> dict[str, dict]:
    """Run the pipeline on the gold documents' own texts (with an NER model when ``ner_model`` is given)."""
    from ..pipeline import PipelineSettings, build_pipeline
    from ..records import extract_text

    settings = PipelineSettings(fields=fields or PipelineSettings().fields, ner_model=ner_model)
    nlp = build_pipeline(settings)
    return {doc.id: extract_text(doc.id, doc.text, doc.dataset, nlp).model_dump(mode="json") for doc in docs}


def evaluate(spec: str, pred: Path | None, split: str | None, data_root: Path, corpus: Path | None = None) -> Scores:
    docs = [d for d in load_gold(spec, data_root, corpus) if split is None or d.split == split]
    if not docs:
        raise ValueError(f"no gold documents for {spec!r}" + (f" in split {split!r}" if split else ""))
    predictions = read_predictions(pred) if pred else predict(docs)
    return score(docs, predictions)
