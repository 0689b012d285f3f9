"""PHEE v2 adapter: expert Dosage / Route / Freq arguments of drug Treatments in case-report sentences.

Why: the only public gold that marks a drug's dose, route and frequency as separate spans on real
biomedical sentences, with many more routes than the RCT corpora (CT-Corpus has 22 on train and
none on validation). The sentences come from PubMed case reports, not RCT abstracts.

* **Document** = one sentence (``<PMID>_<n>``), the unit PHEE annotates: a Treatment's arguments
  all lie in its sentence, and the sentences of one abstract are not all in the data.
* **doses**: each distinct Dosage argument of an event's Treatment (events sharing one Treatment
  count once), parsed into the record's fields:
  - a number with a dose unit → ``amount`` + ``unit`` (``400 mg/day`` → 400 mg, frequency once
    daily: the record's unit is the amount of one administration, the rate is its frequency);
    ``125-500 mg daily`` → ``amount_low``/``amount_high``; several amounts in one argument
    (``reduced from 40 mg to 20 mg``) give one item each;
  - the level words the record knows (``high-dose``, ``low dosage``, ``moderate-dose``) → a
    level-only item (``level`` high / low / medium);
  - **not comparable, left out**: qualitative dosages (``overdose``, ``therapeutic doses``,
    ``standard dose``, ``higher doses``, ``large amount``), counts of doses (``seven doses``,
    ``21.9 +/- 10.9 doses``), bounds (``less than 2.5 grams``), numbers without a dose unit
    (``2``, ``1:1000``) and concentrations measured in blood (``18 and 27 microg/mL``,
    ``micromol/L``). The extractor is not asked to report those.
* ``route`` and ``frequency`` come from the same Treatment's Route and Freq arguments, normalised
  to the extractor's vocabulary (``extract/data/dose.json`` values: ``intravenous``, ``oral``,
  ``once daily``, ``every 4 hours`` …); a rate written in the dosage itself (``mg/day``,
  ``250 mg bid``, ``500 mg/8 h``) is the dose's own frequency and wins. Words that name no
  route of the vocabulary (``injection``, ``chemotherapy``, ``administration``, ``parenteral``,
  ``maternal``) and schedules that are no frequency (``on day 1``, ``the fourth cycle``,
  ``continuous``) are not annotated (None); so is a Treatment whose arguments give two different
  values.
* ``intervention``: the Treatment's Drug when it names one drug.
* **Not exhaustive** for doses: a dose of a drug that is no event's Treatment is not annotated, so
  precision is a lower bound.
* **split**: the file (``train`` / ``dev``); the official ``test`` split is held out and absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from extract.evaluation.gold import GoldDocument
from extract.evaluation.adapters._jsonl import read_jsonl

SPLIT_FILES: dict[str, str] = {"train": "phee2_train.json", "dev": "phee2_dev.json"}

UNITS: dict[str, str] = {
    "mg": "mg", "milligrams": "mg", "milligram": "mg", "g": "g", "grams": "g", "gram": "g",
    "µg": "µg", "μg": "µg", "ug": "µg", "mcg": "µg", "microg": "µg", "micrograms": "µg", "microgram": "µg",
    "ng": "ng", "iu": "IU", "ui": "IU", "u": "U", "units": "U", "unit": "U",
    "ml": "mL", "l": "L", "mmol": "mmol", "meq": "mEq",
    "drop": "drops", "drops": "drops", "tablet": "tablets", "tablets": "tablets",
    "capsule": "capsules", "capsules": "capsules", "puff": "puffs", "puffs": "puffs", "%": "%",
}
"""Amount units (lowercased) → the extractor's spelling."""
PER: dict[str, str] = {"kg": "kg", "m2": "m2", "m(2)": "m2", "m^2": "m2", "min": "min", "mn": "min", "h": "h"}
"""Denominators of a per-body-size dose or a rate: mg/kg, mg/m2, ng/kg/min."""
CONCENTRATION = re.compile(r"(?i)/\s*(?:d?l|ml|dl)\b|mol\s*/|micromol|nmol|mmol\s*/")
"""A concentration measured in blood (per litre), not an amount given."""

_NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|\.\d+"
_AMOUNT = re.compile(
    rf"(?<![\d.])(?P<a>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<b>{_NUMBER}))?\s*-?\s*"
    r"(?P<unit>[a-zµμ%]+)(?P<per>(?:\s*/\s*(?:kg|m\(2\)|m\^?2|min|mn|day|d|week|wk|\d*\s*h(?:ours?)?)(?![a-z]))*)",
    re.I,
)
_BOUND = re.compile(r"(?i)\b(?:less|more|fewer|greater)\s+than\s*$|\bup\s+to\s*$|[<>≤≥]\s*$|<\s*or\s*=\s*$")

LEVELS: dict[str, str] = {"high": "high", "low": "low", "moderate": "medium", "medium": "medium",
                          "intermediate": "medium", "middle": "medium"}
_LEVEL = re.compile(r"(?i)(?:a\s+)?(?:single\s+|very\s+)?(?P<level>high|low|moderate|medium|intermediate|middle)[- ]dos(?:e|es|age|ages)")

RATES: dict[str, str] = {"d": "once daily", "day": "once daily", "wk": "weekly", "week": "weekly",
                         "24h": "once daily", "12h": "twice daily", "8h": "three times daily",
                         "6h": "four times daily", "4h": "every 4 hours"}
"""A rate in a unit ('/day', '/8 h') → the frequency it states."""

FREQUENCIES: tuple[tuple[str, str], ...] = (
    (r"every other day|alternate days|q\.?o\.?d\.?", "every other day"),
    (r"(?:three|3) times (?:a |per |each )?week|thrice weekly", "three times weekly"),
    (r"every (?:3|three) weeks|every 21 days|q ?3 ?w", "every 3 weeks"),
    (r"every (?:2|two) weeks|every 14 days|every other week|q ?2 ?w|biweekly|fortnightly", "every 2 weeks"),
    (r"single|once only|one dose", "single dose"),
    (r"twice (?:a |per )?(?:daily|day)|twice/day|b\.?i\.?d\.?|(?:every|q) ?12 ?h(?:ours?)?|^12 hours$", "twice daily"),
    (r"(?:three|3) times (?:a |per )?(?:daily|day)|(?:three|3) times/day|t\.?i\.?d\.?|(?:every|q) ?8 ?h(?:ours?)?", "three times daily"),
    (r"(?:four|4) times (?:a |per )?(?:daily|day)|(?:four|4) times/day|q\.?i\.?d\.?|(?:every|q) ?6 ?h(?:ours?)?", "four times daily"),
    (r"(?:every|q) ?4 ?h(?:ours?)?", "every 4 hours"),
    (r"twice (?:a |per )?week(?:ly)?", "twice weekly"),
    (r"^(?:once )?weekly$|once (?:a |per )?week|every week|q\.?w\.?", "weekly"),
    (r"monthly|once (?:a |per )?month|every (?:4|four) weeks", "monthly"),
    (r"^(?:once )?daily(?: administration)?$|once (?:a |per )?day|^(?:a|per|each|every) day$|^day$|q\.?d\.?$", "once daily"),
)
"""PHEE frequency wordings → the extractor's values; anything else is no frequency of the vocabulary."""

ROUTES: tuple[tuple[str, str | None], ...] = (
    (r"maternal|breast|in utero|transplacental", None),  # the mother's route, not the patient's
    (r"intravitreal", "intravitreal"),
    (r"intrathecal|subarachnoid", "intrathecal"),
    (r"intraventricular", "intraventricular"),
    (r"intraperitoneal", "intraperitoneal"),
    (r"intracoronary|coronary", "intracoronary"),
    (r"intra-?arterial|arter(?:y|ial)", "intra-arterial"),
    (r"epidural", "epidural"),
    (r"perineural|nerve block", "perineural"),
    (r"caudal", "caudal"),
    (r"(?:intra|endo)tracheal", "intratracheal"),
    (r"intratumou?ral", "intratumoral"),
    (r"intra-?uterine", "intrauterine"),
    (r"buccal", "buccal"),
    (r"intravesical|bladder", "intravesical"),
    (r"intravaginal|vaginal", "intravaginal"),
    (r"intra-?articular", "intra-articular"),
    (r"subconjunctival", "subconjunctival"),
    (r"intralesional", "intralesional"),
    (r"subcutaneous", "subcutaneous"),
    (r"intramuscular", "intramuscular"),
    (r"intradermal", "intradermal"),
    (r"intra-?nasal|nasal", "intranasal"),
    (r"sublingual", "sublingual"),
    (r"transdermal|patch", "transdermal"),
    (r"rectal|enema|suppositor", "rectal"),
    (r"ophthalmic|ocular|eye ?drops?|\beyes?\b", "ophthalmic"),
    (r"inhal|nebuli|aerosol|spacer|dry powder", "inhalation"),
    (r"topical|cream|ointment|lotion|\bgel\b", "topical"),
    (r"intravenous|travenous|^i\.?v\.?(?:\s|$)|\biv\b|infusion|\bvein\b", "intravenous"),
    (r"^oral|\boral\b|orally|^p\.?o\.?$|ingest|tablets?|capsules?", "oral"),
)
"""PHEE route wordings → the extractor's route values, most specific first (None: not a route of
the vocabulary). Words such as 'injection', 'administration', 'chemotherapy' match none."""


def normalise_route(text: str) -> str | None:
    """'intravitreal injection' → 'intravitreal', 'ingestion' → 'oral', 'injection' → None."""
    cleaned = " ".join(text.lower().split())
    return next((value for pattern, value in ROUTES if re.search(pattern, cleaned)), None)


def normalise_frequency(text: str) -> str | None:
    """'4 times/day' → 'four times daily', 'every 4 hours' → 'every 4 hours', 'on day 1' → None."""
    cleaned = " ".join(text.lower().replace("-", " ").split()).strip(" .,;")
    return next((value for pattern, value in FREQUENCIES if re.search(pattern, cleaned)), None)


def _rate(per: str) -> tuple[str, str | None]:
    """Split a unit's denominators into the per-body-size part and the frequency of a rate."""
    body, frequency = [], None
    for part in (p.strip().lower() for p in per.split("/") if p.strip()):
        compact = re.sub(r"(?<=\d)hours?$", "h", part.replace(" ", ""))
        if compact in RATES or re.fullmatch(r"\d+h", compact):
            frequency = RATES.get(compact)  # '/72 h' states no frequency of the vocabulary
        else:
            body.append(PER.get(compact, compact))
    return "".join(f"/{b}" for b in body), frequency


def parse_dosage(text: str) -> list[dict]:
    """Amount fields of a Dosage text, one dict per amount, with its span in ``text`` and the
    frequency its unit states ('400 mg/day' → once daily). Empty when nothing is comparable."""
    if CONCENTRATION.search(text):
        return []
    found = []
    for match in _AMOUNT.finditer(text):
        unit = UNITS.get(match.group("unit").lower())
        if unit is None or _BOUND.search(text[: match.start()]):
            continue
        if re.match(r"\s*(?:doses?|times)\b", text[match.end():], re.I):
            continue
        per, frequency = _rate(match.group("per"))
        a, b = (float(g.replace(",", "")) if g else None for g in match.group("a", "b"))
        amount = {"amount_low": a, "amount_high": b} if b is not None else {"amount": a}
        if not all(v > 0 for v in amount.values()):
            continue
        if text[: match.start()].rstrip().lower().endswith(" in") and found:
            continue  # '1.25 mg in 0.1 ml': the volume the dose is given in
        found.append({**amount, "unit": unit + per, "frequency": frequency,
                      "start": match.start(), "end": match.end()})
    if len(found) == 1 and found[0]["frequency"] is None:
        rest = text[found[0]["end"]:]
        found[0]["frequency"] = normalise_frequency(rest) if rest.strip() else None
    return found


def parse_level(text: str) -> str | None:
    """'high-dose' → 'high', 'Low dosages' → 'low'; 'overdose', 'higher doses' → None."""
    match = _LEVEL.fullmatch(" ".join(text.split()))
    return LEVELS[match.group("level").lower()] if match else None


def _single(values: list[str | None]) -> str | None:
    distinct = {v for v in values if v}
    return distinct.pop() if len(distinct) == 1 else None


def _arguments(treatment: dict, name: str) -> list[tuple[int, str]]:
    """(start, text) of each argument ``name`` of a Treatment; a discontinuous one joined by spaces."""
    argument = treatment.get(name) or {}
    return [(starts[0], " ".join(texts)) for texts, starts in zip(argument.get("text", []), argument.get("start", []))
            if texts and starts]


def doses(row: dict) -> list[dict]:
    """Gold doses of one PHEE sentence: one item per comparable Dosage argument (see the module doc)."""
    text = row["context"]
    by_span: dict[tuple[int, int, str], dict] = {}
    facts: dict[tuple[int, int, str], dict[str, list]] = {}
    for annotation in row.get("annotations", []):
        for event in annotation.get("events", []):
            treatment = event.get("Treatment") or {}
            routes = [normalise_route(t) for _, t in _arguments(treatment, "Route")]
            frequencies = [normalise_frequency(t) for _, t in _arguments(treatment, "Freq")]
            drugs = [t for _, t in _arguments(treatment, "Drug")]
            for start, dosage in _arguments(treatment, "Dosage"):
                if text[start : start + len(dosage)] != dosage:
                    continue  # a discontinuous argument: its pieces are not one slice of the text
                items = [{**d, "start": start + d["start"], "end": start + d["end"]} for d in parse_dosage(dosage)]
                if not items and (level := parse_level(dosage)):
                    items = [{"amount": None, "level": level, "frequency": None, "start": start, "end": start + len(dosage)}]
                for item in items:
                    key = (item["start"], item["end"], item.get("unit") or item.get("level"))
                    by_span[key] = item
                    seen = facts.setdefault(key, {"route": [], "frequency": [], "drug": []})
                    seen["route"] += routes
                    seen["frequency"] += frequencies
                    seen["drug"].append(drugs[0] if len(drugs) == 1 else None)
    out = []
    for key, item in sorted(by_span.items()):
        seen = facts[key]
        drugs = {d.lower() for d in seen["drug"] if d}
        out.append({
            **{k: v for k, v in item.items() if k not in ("frequency", "start", "end")},
            "route": _single(seen["route"]),
            "frequency": item["frequency"] or _single(seen["frequency"]),
            "intervention": next(d for d in seen["drug"] if d) if len(drugs) == 1 else None,
            "start": item["start"], "end": item["end"], "text": text[item["start"] : item["end"]],
        })
    return out


def load(folder: Path) -> Iterator[GoldDocument]:
    """One gold document per sentence of the train and dev files (the test file is held out)."""
    for split, name in SPLIT_FILES.items():
        path = folder / name
        if not path.is_file():
            continue
        for row in read_jsonl(path):
            yield GoldDocument(
                id=row["id"],
                text=row["context"],
                fields=frozenset({"doses"}),
                record={"doses": doses(row)},
                split=split,
                dataset="phee",
            )
