"""EvidenceMap (Weng Lab): expert Outcome spans in RCT abstracts, as endpoint gold for *declared*
primary endpoints.

EvidenceMap marks every outcome mention, while trial-extract reports the endpoints an abstract
declares ("The primary outcome was ..."). So the gold kept here is narrow and exact: in each
sentence that declares a primary outcome or end point, the Outcome spans that follow the cue are
the primary endpoints (``kind`` "primary") — up to a later cue of another kind in the same sentence
('The primary outcome was X; secondary outcomes were Y and Z'), whose Outcome spans take that kind
(Y is a declared secondary endpoint, not a primary one). Documents with no such sentence are not yielded. Split: the sha1 tune/report halves (no official split).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.adapters._split import hash_split
from extract.evaluation.gold import GoldDocument

_PRIMARY_CUE = re.compile(r"\bprimary\s+(?:efficacy\s+|safety\s+)?(?:end\s*-?\s*points?|outcomes?(?:\s+measures?)?)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])|\n+")


def _outcome_spans(ann: Path) -> list[tuple[int, int, str]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].startswith("T"):
            continue
        label, *offsets = parts[1].replace(";", " ").split()
        if label != "Outcome" or len(offsets) < 2:
            continue
        spans.append((int(offsets[0]), int(offsets[-1]), parts[2]))
    return spans


_OTHER_CUE = re.compile(
    r"\b(?P<kind>secondary|tertiary|exploratory|other)\s+(?:efficacy\s+|safety\s+)?(?:end\s*-?\s*points?|outcomes?(?:\s+measures?)?)\b", re.I)
_OTHER_KINDS = {"secondary": "secondary", "tertiary": "other", "exploratory": "other", "other": "other"}


def _primary_endpoints(text: str, outcomes: list[tuple[int, int, str]]) -> list[dict]:
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    items = []
    for lo, hi in zip(bounds, bounds[1:]):
        cue = _PRIMARY_CUE.search(text, lo, hi)
        if not cue:
            continue
        later = [(m.start(), _OTHER_KINDS[m.group("kind").lower()]) for m in _OTHER_CUE.finditer(text, cue.end(), hi)]
        for start, end, span_text in outcomes:
            if cue.end() <= start < hi and text[start:end] == span_text:
                kind = next((k for at, k in reversed(later) if at < start), "primary")
                items.append({"kind": kind, "text": span_text, "start": start, "end": end})
    return items


def load(folder: Path) -> Iterator[GoldDocument]:
    for sub in ("General", "COVID-19"):
        for txt in sorted((folder / sub).glob("*.txt")):
            ann = txt.with_suffix(".ann")
            if not ann.is_file():
                continue
            text = txt.read_text(encoding="utf-8")
            items = _primary_endpoints(text, _outcome_spans(ann))
            if not items:
                continue  # no declared primary endpoint: nothing this gold can say
            yield GoldDocument(
                id=f"{sub}/{txt.stem}",
                text=text,
                fields=frozenset({"endpoints"}),
                record={"endpoints": items},
                split=hash_split(txt.stem),
                dataset="evidencemap",
                scope={"endpoints": "declared-primary"},
            )
