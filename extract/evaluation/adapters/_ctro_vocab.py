"""Normalisation of C-TrO dose units, delivery methods and frequencies to the record vocabulary.

Why: C-TrO encodes units and routes as ontology classes (``Microgram``, ``Int_Unit``,
``Eyedrops``) or as free-text instances (``BioAndMedicalUnit_70119`` = "units"), and frequencies
as raw text ("b.i.d.", "once-daily"). The record models want short lowercase forms ("mcg", "iu",
"ophthalmic", "twice daily") so that gold and extractions compare.
"""

from __future__ import annotations

import re

UNIT_CLASSES: dict[str, str] = {
    "mg": "mg",
    "Gram": "g",
    "Microgram": "mcg",
    "Int_Unit": "iu",
    "IntUnit_per_Kg": "iu/kg",
    "Percentage": "%",
}
"""Unit classes used for doses; other unit classes in the corpus measure outcomes (mmol/l, mmHg)."""
FREE_UNIT_CLASSES: frozenset[str] = frozenset({"BioAndMedicalUnit", "ConcentrationUnit"})
"""Unit classes whose meaning is only in the mention text ("microg/ml", "units", "U/day")."""
UNIT_PARTS: dict[str, str] = {
    "microg": "mcg", "µg": "mcg", "μg": "mcg", "ug": "mcg",
    "units": "iu", "unit": "iu", "u": "iu", "iu": "iu", "d": "day",
}

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
    "daily once": "once daily", "every evening": "once daily", "once each evening": "once daily",
    "qam": "once daily",
    "twice daily": "twice daily", "bid": "twice daily", "twice a day": "twice daily",
    "twice/day": "twice daily", "twice each day": "twice daily",
    "three times daily": "three times daily", "tid": "three times daily",
    "3 times daily": "three times daily", "3 times/day": "three times daily",
    "3 times a day": "three times daily", "three daily": "three times daily",
    "weekly": "weekly", "once weekly": "weekly", "qw": "weekly",
}


def unit_from_class(cls: str, text: str) -> str | None:
    """Normalised unit of a unit class, reading the mention text for free-text unit classes."""
    if cls in UNIT_CLASSES:
        return UNIT_CLASSES[cls]
    if cls in FREE_UNIT_CLASSES:
        parts = re.sub(r"\s+", "", text.lower()).split("/")
        return "/".join(UNIT_PARTS.get(p, p) for p in parts)
    return None


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
