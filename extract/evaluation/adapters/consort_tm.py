"""CONSORT-TM reader: 50 full-text RCT articles whose sentences carry CONSORT checklist items.

Why: every other corpus is an abstract or a registry record; CONSORT-TM is the only *full-text*
input (title, abstract, body with float labels, back matter), so it tests cleaning where it is most
likely to go wrong — no sentence that reports a trial item may be removed. It has no values (only
sentence labels), so it is not a gold adapter of ``evaluate``: a record holds each value once, and
most labelled sentences hold no number, so sentence-level scores of the extractors would measure the
labels, not the extraction (tried: 0.2-0.4 F1 on every field, with misses such as "Figure 2
Patients' disposition." labelled 13a).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    items: tuple[frozenset[str], ...]  # the CONSORT items of each sentence ('6a', '13a', ...)


def read_article(path: Path) -> Article:
    """One ``50_XML/PMC*.xml`` file (sentence offsets index the unescaped ``<text>``)."""
    root = ET.parse(path).getroot()
    spans, items = [], []
    for sentence in root.iter("sentence"):
        start, end = (int(x) for x in sentence.get("charOffset", "0-0").split("-"))
        spans.append((start, end))
        items.append(frozenset(i.strip() for i in (sentence.get("selection") or "").split(",") if i.strip()))
    return Article(root.get("id", path.stem), root.findtext("text") or "", tuple(spans), tuple(items))


def articles(folder: Path) -> Iterator[Article]:
    for path in sorted((folder / "50_XML").glob("*.xml")):
        yield read_article(path)
