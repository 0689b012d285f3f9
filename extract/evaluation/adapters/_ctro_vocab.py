"""Normalisation of C-TrO dose units, delivery methods and frequencies to the record vocabulary.

Why: C-TrO encodes units and routes as ontology classes (``Microgram``, ``Eyedrops``) or as
free-text instances (``BioAndMedicalUnit_70119`` = "units"), and frequencies as raw text
("b.i.d.", "once-daily"). Gold must use the values the extractors emit (``extract/data/dose.json``:
"µg", "IU", "U", "mL", "ophthalmic", "twice daily", ...) so that gold and extractions compare.
"""

from __future__ import annotations

import re

UNIT_CLASSES: dict[str, str] = {
    "mg": "mg",
    "Gram": "g",
    "Microgram": "µg",
    "Percentage": "%",
}
"""Dose unit classes with one meaning. Other unit classes in the corpus measure outcomes."""
TEXT_UNIT_CLASSES: frozenset[str] = frozenset({"Int_Unit", "IntUnit_per_Kg", "BioAndMedicalUnit", "ConcentrationUnit"})
"""Unit classes read from the mention text: Int_Unit covers both "IU" and "U", the free-text
classes hold anything ("microg/ml", "units", "U/day")."""
UNIT_PARTS: dict[str, str] = {
    "mg": "mg", "g": "g", "kg": "kg", "ml": "mL", "l": "L", "%": "%",
    "microg": "µg", "µg": "µg", "μg": "µg", "ug": "µg", "mcg": "µg",
    "iu": "IU", "u": "U", "unit": "U", "units": "U", "d": "day", "day": "day", "wk": "week", "week": "week",
}
"""Parts of a written unit (split at "/"), lowercased, → the extractor's spelling."""

ROUTE_CLASSES: dict[str, str] = {
    "Eyedrops": "ophthalmic",
    "Oral": "oral",
    "IntramuscularInjection": "intramuscular",
    "SubcutaneousInjection": "subcutaneous",
    "Subcutaneous": "subcutaneous",
    "Topic": "topical",
}
ROUTE_TEXTS: dict[str, str] = {
    "topical": "topical",
    "ophthalmic solution": "ophthalmic",
    "instillation": "ophthalmic",  # every free-text DeliveryMethod instance is a glaucoma eye drop
}

FREQUENCIES: dict[str, str] = {
    "once daily": "once daily", "daily": "once daily", "qd": "once daily", "od": "once daily",
    "once a day": "once daily", "every day": "once daily", "one daily": "once daily",
    "daily once": "once daily", "qam": "once daily", "day": "once daily", "a day": "once daily",
    "d": "once daily",
    "every evening": "once daily at bedtime", "once each evening": "once daily at bedtime",
    "twice daily": "twice daily", "bid": "twice daily", "twice a day": "twice daily",
    "twice/day": "twice daily", "twice each day": "twice daily",
    "three times daily": "three times daily", "tid": "three times daily",
    "3 times daily": "three times daily", "3 times/day": "three times daily",
    "3 times a day": "three times daily", "three daily": "three times daily",
    "weekly": "weekly", "once weekly": "weekly", "qw": "weekly",
}
"""Frequency wordings of the corpus → the extractor's values ("day" comes from "mg/day", which
the extractor also reads as once daily; "every evening" is its "once daily at bedtime")."""


def normalise_unit_text(text: str) -> str:
    """"microg/ml" → "µg/mL", "U/day" → "U/day", "IU kg" → "IU/kg", "units" → "U"."""
    parts = re.sub(r"\s+", "/", text.strip()).lower().split("/")
    return "/".join(UNIT_PARTS.get(p, p) for p in parts if p)


RATE_PARTS: dict[str, str] = {"day": "once daily", "week": "weekly"}
"""A rate written into a unit ("U/day") → the frequency it states."""


def split_rate(unit: str | None) -> tuple[str | None, str | None]:
    """"U/day" → ("U", "once daily"), "mg/kg/day" → ("mg/kg", "once daily"), "mg" → ("mg", None).

    Why: a record's unit is the amount of one administration and a rate is its frequency
    (``extract/models.py``; README *The record*: "1,500 mg/day" → mg, once daily). Gold that kept
    "U/day" as a unit could never match the extractor's "U" with frequency "once daily".
    """
    if not unit or "/" not in unit:
        return unit, None
    head, _, last = unit.rpartition("/")
    return (head, RATE_PARTS[last]) if last in RATE_PARTS and head else (unit, None)


def unit_from_class(cls: str, text: str) -> str | None:
    """Normalised unit of a unit mention: from its class, or from its text for text unit classes."""
    if cls in UNIT_CLASSES:
        return UNIT_CLASSES[cls]
    return normalise_unit_text(text) if cls in TEXT_UNIT_CLASSES else None


def route_from_class(cls: str, text: str) -> str:
    """Normalised route of a delivery-method class or free-text instance."""
    if cls in ROUTE_CLASSES:
        return ROUTE_CLASSES[cls]
    cleaned = " ".join(text.lower().split())
    return ROUTE_TEXTS.get(cleaned, cleaned)


def normalise_frequency(text: str) -> str:
    """"b.i.d." → "twice daily", "Once-weekly" → "weekly"; unknown wording is only cleaned."""
    cleaned = re.sub(r"(?<=[a-z])-\s*", " ", text.lower())
    cleaned = " ".join(re.sub(r"(?<=\b[a-z])\.", "", cleaned).split())
    return FREQUENCIES.get(cleaned, cleaned)
