"""Optional help from a trained OUTCOME NER model (``PipelineSettings.ner_model``, ``--ner-model``).

Without a model ``ctx.entities`` is empty and nothing here runs: the rules alone decide, byte for
byte. With one (trained by ``training/ner/``), its OUTCOME mentions are used

* by p-value linking (``linking.link_result``): the OUTCOME mention nearest before the result's
  p-value (or its parenthesis) in the same sentence is the outcome; the rules' candidate stays when
  the sentence has no mention there. (Preferring a rule candidate that overlaps a mention, or
  falling back to the mention only when no candidate is plausible, scored lower on the tuning
  splits: 0.546-0.550 vs 0.562 on CT-Corpus train, 0.601-0.612 vs 0.606 on Evidence Inference train.)
* by endpoint detection (``endpoints.find_endpoints``, abstracts only): each distinct mention the
  rules did not report becomes an endpoint of kind ``other`` (rule ``endpoint.ner``).
"""

from __future__ import annotations

from .context import ExtractionContext

OUTCOME_LABELS = frozenset({"OUTCOME"})


def outcome_mentions(ctx: ExtractionContext, lo: int, hi: int) -> list[tuple[int, int]]:
    """OUTCOME mentions lying in text[lo:hi] (clean offsets), in order."""
    return [(s, e) for s, e, label in ctx.entities if label in OUTCOME_LABELS and s >= lo and e <= hi]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prefer_outcome(ctx: ExtractionContext, link: dict, sent_start: int, anchor: int) -> None:
    """Set ``link["outcome"]`` to the OUTCOME mention nearest before ``anchor`` in the sentence."""
    mentions = outcome_mentions(ctx, sent_start, anchor)
    if mentions:
        link["outcome"] = mentions[-1]


def add_endpoints(ctx: ExtractionContext, kept: list) -> list:
    """The rule endpoints of an abstract plus the OUTCOME mentions they miss, as kind "other"
    (rule ``endpoint.ner``). A mention overlapping a rule endpoint, or repeating one already kept
    (60% of its words, as in the rules' own de-duplication), is skipped."""
    from .endpoints import _outcome, _tokens

    text = ctx.text
    out = list(kept)
    seen = [_tokens(text[i.start : i.end]) for i in kept]
    for start, end in outcome_mentions(ctx, 0, len(text)):
        if any(_overlaps((start, end), (i.start, i.end)) for i in kept):
            continue
        tokens = _tokens(text[start:end])
        if any(len(tokens & other) >= 0.6 * max(1, len(tokens)) for other in seen):
            continue
        item = _outcome(ctx, start, end, "other", "endpoint.ner")
        if item:
            out.append(item)
            seen.append(tokens)
    return sorted(out, key=lambda i: i.start)
