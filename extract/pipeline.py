"""The pipeline: scispacy's tokenizer rules, spaCy's sentencizer, the abbreviation detector, then one
component per extractor.

The extractors see only the text, its sentences and (on demand) abbreviations, so the default
pipeline (:class:`RulePipeline`) builds no spaCy ``Doc``: :mod:`extract.tokenizer` gives the same
sentences from the same rules in plain Python, and :func:`~extract.extractors.abbreviations.find_abbreviations`
the same definitions. That is ~5x faster than spaCy's tokenizer + sentencizer, spaCy is never
imported (~60 MB less per worker), and no vocabulary grows with the input. Pipelines that need a
real ``Doc`` — pysbd sentences, an NER model, or ``spacy_doc=True`` (the reference the plain
pipeline is checked against) — are spaCy pipelines with components registered by
``Language.factory``; spaCy is imported only when one is built.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Callable

from . import extractors  # noqa: F401  (registers the extractors)
from .extractors.context import ExtractionContext, Item, LazyMapping
from .extractors.abbreviations import find_abbreviations
from .extractors.registry import EXTRACTORS
from .sentences import add_missed_splits, repair_doc_sentences, repair_splits
from .tokenizer import RuleTokenizer, default_tokenizer

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
    ``spacy_doc``: build spaCy Docs even where the plain pipeline gives the same result (slower).
    ``repair_sentences``: undo the sentencizer's false splits after abbreviations ('i.v. | weekly',
    'q.d. | vs. placebo') and inside pasted numbers (:mod:`extract.sentences`).
    """

    fields: tuple[str, ...] = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")
    sentences: str = "sentencizer"
    abbreviations: bool = True
    scispacy_tokenizer: bool = True
    ner_model: str | None = None
    spacy_doc: bool = False
    repair_sentences: bool = True
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def plain(self) -> bool:
        """Whether :class:`RulePipeline` can run these settings (it gives the spaCy pipeline's results)."""
        return (not self.spacy_doc and self.sentences == "sentencizer" and self.scispacy_tokenizer
                and not self.ner_model)


@lru_cache(maxsize=1)
def register_components() -> None:
    """Register the ``trial_extractor`` factory and the Doc extension with spaCy (once per process)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("trial_items"):
        Doc.set_extension("trial_items", default=None)
    Language.factory("trial_extractor", default_config={"field": "p_values"}, func=make_trial_extractor)
    Language.component("trial_sentence_repair", func=repair_doc_sentences)
    _quiet_w036()  # again: importing spaCy puts its own warning filters in front of ours


def make_trial_extractor(nlp: "Language | None", name: str, field: str) -> "TrialExtractor":
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


def context_for(doc: "Doc | PlainDoc") -> ExtractionContext:
    """Build (once per Doc) what extractors see."""
    cached = doc.user_data.get("trial_context")
    if cached is not None:
        return cached
    if isinstance(doc, PlainDoc):
        ctx = ExtractionContext(text=doc.text, sentences=doc.sentences, abbreviations=doc.abbreviations,
                                section_of=doc.user_data.get("section_of") or (lambda offset: None))
        doc.user_data["trial_context"] = ctx
        return ctx
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


class PlainDoc:
    """What the extractors need of a document, without a spaCy ``Doc``: text, sentences, abbreviations
    (found on first use) and the ``doc._.trial_items`` / ``doc.user_data`` a component reads and writes."""

    def __init__(self, text: str, tokenizer: RuleTokenizer, abbreviations: bool) -> None:
        self.text = text
        self.user_data: dict = {}
        self._ = SimpleNamespace(trial_items=None)
        self.sentences: list[tuple[int, int]] = []
        # No '(' in the text, no '(' token and no definition: the tokens are not needed.
        self.abbreviations: Mapping[str, str] = (
            LazyMapping(lambda: find_abbreviations(text, tokenizer(text))) if abbreviations and "(" in text else {}
        )

    def __len__(self) -> int:
        return len(self.text)


class RulePipeline:
    """The default pipeline without spaCy; the same interface as the part of ``Language`` the callers use
    (``make_doc``, ``pipeline``, ``pipe_names``, calling it on a text)."""

    def __init__(self, settings: PipelineSettings) -> None:
        self.settings = settings
        self.tokenizer = default_tokenizer()
        self.pipeline: list[tuple[str, Callable]] = [("sentencizer", self._sentences)]
        self.pipeline += [(f"trial_{name}", make_trial_extractor(None, f"trial_{name}", name)) for name in settings.fields]

    @property
    def pipe_names(self) -> list[str]:
        return [name for name, _ in self.pipeline]

    def make_doc(self, text: str) -> PlainDoc:
        return PlainDoc(text, self.tokenizer, self.settings.abbreviations)

    def _sentences(self, doc: PlainDoc) -> PlainDoc:
        doc.sentences = self.tokenizer.sentences(doc.text)
        if self.settings.repair_sentences:
            doc.sentences = add_missed_splits(doc.text, repair_splits(doc.text, doc.sentences))
        return doc

    def __call__(self, text: str) -> PlainDoc:
        doc = self.make_doc(text)
        for _, component in self.pipeline:
            doc = component(doc)
        return doc


@lru_cache(maxsize=4)
def build_pipeline(settings: PipelineSettings = PipelineSettings()) -> "Language | RulePipeline":
    """A ready pipeline for ``settings`` (cached: building the tokenizer takes a moment)."""
    if settings.plain:
        return RulePipeline(settings)
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
    if settings.repair_sentences:
        nlp.add_pipe("trial_sentence_repair")
    if settings.abbreviations:
        from .extractors.abbreviations import register_spacy_detector

        register_spacy_detector()
        # scispacy's detector with a bounded parenthesis matcher: same abbreviations, linear time.
        nlp.add_pipe("trial_abbreviation_detector", name="abbreviation_detector")
    for name in settings.fields:
        nlp.add_pipe("trial_extractor", name=f"trial_{name}", config={"field": name})
    return nlp


def items_of(doc: "Doc | PlainDoc") -> list[Item]:
    return list(doc._.trial_items or [])
