"""The spaCy pipeline: scispacy's tokenizer and abbreviation detector, then one component per extractor.

Components are registered with ``Language.factory`` so a pipeline is configuration: which fields,
which sentence splitter, whether a scispacy NER model adds entity mentions. spaCy is imported (and the
components registered) when a pipeline is first built, not when this module is: the parent process of
``--workers N`` only reads and writes, and leaving spaCy out of it saves ~60 MB of its memory.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import lru_cache

from typing import TYPE_CHECKING

from . import extractors  # noqa: F401  (registers the extractors)
from .extractors.context import ExtractionContext, Item, LazyMapping
from .extractors.registry import EXTRACTORS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc



def _quiet_w036() -> None:
    # scispacy's abbreviation detector warns on every Doc that its (unused) global matcher is empty.
    warnings.filterwarnings("ignore", message=r"\[W036\]", category=UserWarning)


_quiet_w036()


@dataclass(frozen=True)
class PipelineSettings:
    """How to build the pipeline.

    ``sentences``: "sentencizer" (spaCy's rule splitter, fast) or "pysbd" (scispacy's pysbd
    splitter: better on abbreviations, ~10x slower). ``ner_model``: name or path of a spaCy model
    (e.g. "en_core_sci_sm", or the OUTCOME model trained by ``training/ner/``:
    "training/ner/output/model-best"); its entities reach the extractors as ``ctx.entities``, and
    OUTCOME mentions steer p-value linking and add endpoints (``extractors/ner_outcomes.py``).
    """

    fields: tuple[str, ...] = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")
    sentences: str = "sentencizer"
    abbreviations: bool = True
    scispacy_tokenizer: bool = True
    ner_model: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@lru_cache(maxsize=1)
def register_components() -> None:
    """Register the ``trial_extractor`` factory and the Doc extension with spaCy (once per process)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("trial_items"):
        Doc.set_extension("trial_items", default=None)
    Language.factory("trial_extractor", default_config={"field": "p_values"}, func=make_trial_extractor)
    _quiet_w036()  # again: importing spaCy puts its own warning filters in front of ours


def make_trial_extractor(nlp: Language, name: str, field: str) -> "TrialExtractor":
    if field not in EXTRACTORS:
        raise ValueError(f"no extractor registered for field {field!r}; known: {sorted(EXTRACTORS)}")
    return TrialExtractor(field)


class TrialExtractor:
    """Runs one registered extractor and appends its items to ``doc._.trial_items``."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.extract = EXTRACTORS[field]

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_for(doc)
        items = doc._.trial_items if doc._.trial_items is not None else []
        items.extend(self.extract(ctx))
        doc._.trial_items = items
        return doc


def context_for(doc: Doc) -> ExtractionContext:
    """Build (once per Doc) what extractors see."""
    cached = doc.user_data.get("trial_context")
    if cached is not None:
        return cached
    from .extractors.abbreviations import abbreviations_of

    abbreviations = LazyMapping(lambda: abbreviations_of(doc))
    sentences = sentence_spans(doc) if doc.has_annotation("SENT_START") else []
    section_of = doc.user_data.get("section_of") or (lambda offset: None)
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc.ents else []
    # doc.text joins every token's text again (~0.1 ms an abstract); the caller may hand over the string it tokenized.
    text = doc.user_data.get("text")
    if text is None:
        text = doc.text
    ctx = ExtractionContext(text=text, sentences=sentences, abbreviations=abbreviations, section_of=section_of, entities=entities)
    doc.user_data["trial_context"] = ctx
    return ctx


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of each sentence, as ``doc.sents`` gives them, read from the Doc's arrays:
    iterating ``doc.sents`` creates a Span and Token objects per sentence."""
    if len(doc) == 0:
        return []
    if "sents" in doc.user_hooks:
        return [(s.start_char, s.end_char) for s in doc.sents]
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START

    columns = doc.to_array([IDX, SENT_START, LENGTH]).astype(numpy.int64)
    starts = numpy.flatnonzero(columns[1:, 1] == 1) + 1
    lasts = numpy.append(starts - 1, len(doc) - 1)  # each sentence's last token
    starts = numpy.insert(starts, 0, 0)
    ends = columns[lasts, 0] + columns[lasts, 2]
    return list(zip(columns[starts, 0].tolist(), ends.tolist()))


@lru_cache(maxsize=4)
def build_pipeline(settings: PipelineSettings = PipelineSettings()) -> Language:
    """A ready pipeline for ``settings`` (cached: building the tokenizer takes a moment)."""
    import spacy

    register_components()
    if settings.ner_model:
        nlp = spacy.load(settings.ner_model, exclude=["parser", "lemmatizer"])
    else:
        nlp = spacy.blank("en")
    if settings.scispacy_tokenizer:
        from scispacy.custom_tokenizer import combined_rule_tokenizer

        with warnings.catch_warnings():
            # scispacy's infix pattern trips a FutureWarning of Python's re module; it is harmless.
            warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
            nlp.tokenizer = combined_rule_tokenizer(nlp)
    if settings.sentences == "pysbd":
        import scispacy.custom_sentence_segmenter  # noqa: F401  (registers pysbd_sentencizer)

        nlp.add_pipe("pysbd_sentencizer", first=True)
    elif not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", first=True)
    if settings.abbreviations:
        from .extractors import abbreviations  # noqa: F401  (registers trial_abbreviation_detector)

        # scispacy's detector with a bounded parenthesis matcher: same abbreviations, linear time.
        nlp.add_pipe("trial_abbreviation_detector", name="abbreviation_detector")
    for name in settings.fields:
        nlp.add_pipe("trial_extractor", name=f"trial_{name}", config={"field": name})
    return nlp


def items_of(doc: Doc) -> list[Item]:
    return list(doc._.trial_items or [])
