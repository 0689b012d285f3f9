"""ClinicalTrials.gov records (API v2 JSON, classic API JSON, legacy XML) as registry page text.

Why page text: the extractors read text; each study is mapped to the flat registry form
(:mod:`extract.formats.ctgov`) and rendered as the page a user would paste
(:mod:`extract.formats.registry_page`), the layout of ``corpus/004_*.txt``. The id is the NCT id.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Iterator

import defusedxml
from defusedxml.ElementTree import fromstring

from ..formats.ctgov import from_api_classic, from_api_v2, from_legacy_xml
from ..formats.registry_page import render_record
from .base import Input, InputDocument, InputError, decode


def _document(flat: dict, source: str, fallback_id: str) -> Input:
    nct_id = flat.get("nct_id") or fallback_id
    if not (flat.get("brief_title") or flat.get("brief_summary") or flat.get("primary_outcomes")):
        return InputError(nct_id, source, "ctgov", "the study has no title, summary or outcome to render")
    text, _ = render_record(flat)
    return InputDocument(nct_id, text, source)


def _studies(data: object) -> Iterator[tuple[str, dict]]:
    """(format, study) for every study of a v2 or classic response, a single study or a list of them."""
    if isinstance(data, list):
        for item in data:
            yield from _studies(item)
    elif isinstance(data, dict):
        if "protocolSection" in data:
            yield "v2", data
        elif isinstance(data.get("studies"), list):  # API v2 /studies page
            yield from _studies(data["studies"])
        elif "FullStudiesResponse" in data:
            yield from _studies(data["FullStudiesResponse"].get("FullStudies") or [])
        elif isinstance(data.get("Study"), dict):
            yield "classic", data["Study"]
        elif "ProtocolSection" in data:
            yield "classic", data
        else:
            raise ValueError("no ClinicalTrials.gov study in the JSON (expected protocolSection, studies, "
                             "FullStudiesResponse or Study)")


def read_ctgov_json(data: bytes, source: str, stem: str) -> Iterator[Input]:
    """Every study of a ClinicalTrials.gov JSON file (API v2 or classic)."""
    try:
        studies = list(_studies(json.loads(decode(data))))
    except (UnicodeDecodeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        yield InputError(stem, source, "json", str(exc))
        return
    except RecursionError:  # '[[[[...' nested deeper than the parser's stack
        yield InputError(stem, source, "json", "JSON nested too deeply to parse")
        return
    if not studies:  # 0, "text", [], {"studies": []}: a file with nothing to extract is said, not skipped
        yield InputError(stem, source, "ctgov", "no ClinicalTrials.gov study in the JSON file")
        return
    for n, (kind, study) in enumerate(studies, start=1):
        where = source if len(studies) == 1 else f"{source}#{n}"
        try:
            flat = from_api_v2(study) if kind == "v2" else from_api_classic(study)
        except (AttributeError, TypeError) as exc:  # a field of an unexpected shape
            yield InputError(f"{stem}#{n}", where, "ctgov", f"unexpected structure: {exc}")
            continue
        yield _document(flat, where, stem if len(studies) == 1 else f"{stem}#{n}")


def read_ctgov_xml(data: bytes, source: str, stem: str) -> Iterator[Input]:
    """One legacy ``<clinical_study>`` XML record (parsed with entity expansion refused)."""
    try:
        root = fromstring(data)
    except (ET.ParseError, defusedxml.DefusedXmlException) as exc:
        kind = "unsafe_xml" if isinstance(exc, defusedxml.DefusedXmlException) else "xml"
        yield InputError(stem, source, kind, f"{type(exc).__name__}: {exc}")
        return
    if root.tag != "clinical_study":
        yield InputError(stem, source, "ctgov", f"not a ClinicalTrials.gov record: the root element is <{root.tag}>")
        return
    yield _document(from_legacy_xml(root), source, stem)
