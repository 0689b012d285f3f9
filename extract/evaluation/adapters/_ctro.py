"""Navigation of one CT-Corpus document: C-TrO template nodes plus the mentions that fill them.

Why: CT-Corpus values live in slot-filling templates (Arm → Intervention → Medication, Outcome →
Endpoint, DiffBetweenGroups → Outcome1/2) whose literals are *tokenized* text ("0 . 75"). The
entity mentions carry the same values with offsets into the original abstract and say which
template slot they fill (their ``instances`` RDF). Joining the two gives source-grounded gold with
its relations (a p-value's outcome, a dose's drug and arm).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

_SLOT = re.compile(r"<http://ctro/data#([^>]+)>\s+<http://ctro/data#([^>]+)>")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Mention:
    """An annotated entity, located in the original text."""

    cls: str
    start: int
    end: int
    text: str
    slots: tuple[tuple[str, str], ...]
    """The (node, property) template slots the mention fills."""


def humanize(class_name: str) -> str:
    """Readable name of a C-TrO class or instance: "InsulinGlargine_123" → "insulin glargine"."""
    words = _CAMEL.sub(" ", re.sub(r"_\d+$", "", class_name)).replace("_", " ").split()
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words)


class Ctro:
    """Template graph of one document with the mentions linked to each (node, property) slot."""

    def __init__(self, row: dict) -> None:
        self.text: str = row["original_text"]
        self.nodes: dict[str, dict] = row["template_nodes"]
        self.mentions: list[Mention] = []
        self._slots: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for entity in sorted(row["entities"], key=lambda e: (e["orig_start"], e["orig_end"])):
            start, end = entity["orig_start"], entity["orig_end"]
            slots = tuple(dict.fromkeys(_SLOT.findall(entity["instances"])))
            mention = Mention(entity["class"], start, end, self.text[start:end], slots)
            self.mentions.append(mention)
            for slot in slots:
                self._slots[slot].append(mention)

    def filler(self, node: str, prop: str) -> list[Mention]:
        """Mentions that fill ``node.prop``, in text order."""
        return self._slots.get((node, prop), [])

    def props(self, node: str, prop: str) -> list:
        """Raw values of ``node.prop``: literals (tokenized text) or {"ref": node} dicts."""
        return self.nodes.get(node, {}).get("props", {}).get(prop, [])

    def refs(self, node: str, prop: str) -> list[str]:
        return [v["ref"] for v in self.props(node, prop) if isinstance(v, dict)]

    def referrers(self, node: str, prop: str) -> list[str]:
        """Nodes whose ``prop`` points at ``node``."""
        return [name for name in self.nodes if node in self.refs(name, prop)]

    def named(self, node: str, prop: str) -> str | None:
        """Text naming the value of ``node.prop``: its first mention, else the humanized class."""
        mentions = self.filler(node, prop)
        if mentions:
            return " ".join(mentions[0].text.split())
        refs = self.refs(node, prop)
        return humanize(refs[0]) if refs else None

    def drug(self, medication: str) -> str | None:
        return self.named(medication, "hasDrug")

    def arm_label(self, arm: str) -> str | None:
        """The arm's drugs joined with " + " (C-TrO arms have no label of their own)."""
        drugs = [self.drug(m) for i in self.refs(arm, "hasIntervention") for m in self.refs(i, "hasMedication")]
        names = list(dict.fromkeys(d for d in drugs if d))
        return " + ".join(names) or None

    def endpoint_name(self, endpoint: str) -> str | None:
        return self.named(endpoint, "hasEndoPointDescription")

    def outcome_endpoints(self, outcome: str) -> list[str]:
        return self.refs(outcome, "hasEndpoint")

    def outcome_arms(self, outcome: str) -> list[str]:
        return self.referrers(outcome, "hasOutcome") + self.referrers(outcome, "hasAdverseEffect")

    def endpoint_time_points(self, endpoint: str) -> list[str]:
        """Distinct time points of the outcomes measured on ``endpoint``."""
        points = []
        for outcome in self.referrers(endpoint, "hasEndpoint"):
            mentions = self.filler(outcome, "hasTimePoint")
            points += [" ".join(m.text.split()) for m in mentions] or self.props(outcome, "hasTimePoint")
        return list(dict.fromkeys(points))
