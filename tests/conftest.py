"""Shared helpers: run the real pipeline on a text and look at the record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.models import DocumentRecord
from extract.pipeline import PipelineSettings, build_pipeline
from extract.records import extract_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
DATA = Path(os.environ.get("TRIAL_EXTRACT_DATA", ROOT.parent / "shared" / "data"))


def extract(text: str) -> DocumentRecord:
    return extract_text("t", text, "test", build_pipeline(PipelineSettings()))


def corpus_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_records() -> dict[str, tuple[str, DocumentRecord]]:
    return {doc_id: (raw, extract_text(doc_id, raw, doc_id, build_pipeline(PipelineSettings()))) for doc_id, raw in corpus_texts()}
