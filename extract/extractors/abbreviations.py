"""scispacy's abbreviation detector with its parenthesis matcher bounded, so its time stays linear.

scispacy matches ``( <one or more tokens> )`` over the whole document and keeps only the matches
with at most 8 tokens inside (``filter_matches``). A Matcher pattern with ``"OP": "+"`` finds
every pairing of an opening parenthesis with every later closing one first: quadratic in the
number of parentheses (8 kB of "12 (34%) " took 1.3 s, 8 kB of "() " 10 s). Here the pattern is
one alternative per inner length 1..8, which yields exactly the matches scispacy keeps; the rest
of the detector (Schwartz & Hearst's algorithm, the global matcher) is scispacy's own. On 1,673
documents of the accuracy datasets both find the same 12,486 abbreviations.

Detection is lazy: as a pipeline component it only marks the Doc, and :func:`abbreviations_of` runs
it when an extractor first asks (only endpoint names are looked up), since it cost ~16% of the
pipeline's time on abstracts that mostly never need it. The Doc is not changed by the extractors, so
the abbreviations found later are the ones found in place.
"""

from __future__ import annotations

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

_PENDING = "trial_abbreviation_detector"  # Doc.user_data key: the detector still to run on this Doc

MAX_INNER_TOKENS = 8  # scispacy's filter_matches drops longer parentheticals


@Language.factory("trial_abbreviation_detector")
class BoundedAbbreviationDetector(AbbreviationDetector):
    def __init__(self, nlp: Language, name: str = "trial_abbreviation_detector", make_serializable: bool = False) -> None:
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add(
            "parenthesis",
            [[{"ORTH": "("}, *([{}] * inner), {"ORTH": ")"}] for inner in range(1, MAX_INNER_TOKENS + 1)],
        )

    def __call__(self, doc: Doc) -> Doc:
        """Mark the Doc for detection on demand (see :func:`abbreviations_of`)."""
        doc.user_data[_PENDING] = self
        return doc

    def detect(self, doc: Doc) -> Doc:
        """scispacy's detection proper: sets ``doc._.abbreviations``."""
        return super().__call__(doc)


def abbreviations_of(doc: Doc) -> dict[str, str]:
    """Short form -> long form, the first definition of each short form; runs a pending detector once."""
    detector = doc.user_data.pop(_PENDING, None)
    if detector is not None:
        detector.detect(doc)
    abbreviations: dict[str, str] = {}
    if doc.has_extension("abbreviations"):
        for short in doc._.abbreviations:
            abbreviations.setdefault(short.text, short._.long_form.text)
    return abbreviations
