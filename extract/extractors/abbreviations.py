"""Abbreviation definitions ('cognitive behavioural therapy (CBT)'): scispacy's detector, on plain tokens.

:func:`find_abbreviations` is scispacy's ``AbbreviationDetector`` (Schwartz & Hearst's algorithm over
``<long form> (<short form>)`` and ``<short form> (<long form>)`` candidates, then every other
occurrence of an accepted short form) re-done over the ``(start, text)`` tokens of
:mod:`extract.tokenizer`, so the default pipeline needs no spaCy. It finds the same definitions as
scispacy's detector on the same tokens (checked on the development corpora; a test compares the two).

Two differences from scispacy, neither changing a result: the parenthesis candidates are found for
inner lengths 1..8 only (scispacy's ``Matcher`` pattern ``( + )`` pairs every opening parenthesis
with every later closing one, quadratic in the number of parentheses, then drops the long ones);
and detection is lazy — the pipeline runs it when an extractor first asks (only endpoint names,
some doses and some sample sizes do), since most abstracts never need it.

:func:`register_spacy_detector` keeps the spaCy component (same bounded matcher) for pipelines that
do build a spaCy ``Doc`` (pysbd sentences, an NER model).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokenizer import Token, trailing_space

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PENDING = "trial_abbreviation_detector"  # Doc.user_data key: the detector still to run on this Doc

MAX_INNER_TOKENS = 8  # scispacy's filter_matches drops longer parentheticals


def find_abbreviations(text: str, tokens: list[Token]) -> dict[str, str]:
    """Short form -> long form, in the order scispacy's detector reports them (first definition wins)."""
    orths = [orth for _, orth in tokens]
    matches = []  # scispacy's parenthesis matches, inner span only, ordered as spaCy's Matcher gives them
    opened: list[int] = []
    for i, orth in enumerate(orths):
        if orth == ")":
            matches.extend((o + 1, i) for o in opened if i - o - 1 <= MAX_INNER_TOKENS and i - o - 1 >= 1)
        if orth == "(":
            opened.append(i)
            if len(opened) > MAX_INNER_TOKENS + 1:
                opened.pop(0)
    if not matches:
        return {}
    found: dict[str, str] = {}
    seen_long: set[str] = set()
    for long_span, short_span in _candidates(text, tokens, orths, matches):
        long_span = _long_form(text, tokens, long_span, short_span)
        if long_span is None:
            continue
        long_text, short_text = _text(text, tokens, *long_span), _text(text, tokens, *short_span)
        if long_text not in seen_long and short_text not in found:
            seen_long.add(long_text)
            found[short_text] = long_text
    return found


def _text(text: str, tokens: list[Token], start: int, end: int) -> str:
    if start >= end:
        return ""
    return text[tokens[start][0] : tokens[end - 1][0] + len(tokens[end - 1][1])]


def _candidates(text: str, tokens: list[Token], orths: list[str], matches: list[tuple[int, int]]):
    """scispacy's ``filter_matches``: (long form candidate, short form candidate) token ranges."""
    for start, end in matches:
        if end - start > 8 or start == 1:
            continue
        if end - start > 3:
            short = (start - 2, start - 1)
            long = (start, end)
            if _unbalanced(orths[start:end]):
                continue
        else:
            short = (start, end)
            length = sum(len(orths[i]) for i in range(start, end))
            max_words = min(length + 5, length * 2)
            long = (max(start - max_words - 1, 0), start - 1)
        if _short_form_ok(text, tokens, orths, *short):
            yield long, short


def _unbalanced(orths: list[str]) -> bool:
    depth = 0
    for orth in orths:
        if orth == "(":
            depth += 1
        elif orth == ")":
            if depth == 0:
                return True
            depth -= 1
    return depth != 0


def _short_form_ok(text: str, tokens: list[Token], orths: list[str], start: int, end: int) -> bool:
    """scispacy's ``short_form_filter``: 2-9 characters a token, at least half letters, a letter first."""
    if not all(2 <= len(orths[i]) < 10 for i in range(start, end)):
        return False
    span = _text(text, tokens, start, end)
    if sum(c.isalpha() for c in span) / len(span) < 0.5:
        return False
    return span[0].isalpha()


def _long_form(text: str, tokens: list[Token], long: tuple[int, int], short: tuple[int, int]) -> tuple[int, int] | None:
    """scispacy's ``find_abbreviation``: the tokens of the long form, or None."""
    long_form = " ".join(tokens[i][1] for i in range(*long))
    short_form = " ".join(tokens[i][1] for i in range(*short))
    long_index = len(long_form) - 1
    short_index = len(short_form) - 1
    while short_index >= 0:
        current = short_form[short_index].lower()
        if not current.isalnum():
            short_index -= 1
            continue
        while (long_index >= 0 and long_form[long_index].lower() != current) or (
            short_index == 0 and long_index > 0 and long_form[long_index - 1].isalnum()
        ):
            long_index -= 1
        if long_index < 0:
            return None
        long_index -= 1
        short_index -= 1
    long_index += 1
    word_lengths = 0
    for i in range(*long):
        word_lengths += len(tokens[i][1]) + trailing_space(text, tokens[i])
        if word_lengths > long_index:
            return i, long[1]
    return long


# -- the spaCy component, for pipelines that build a spaCy Doc ---------------------------------------


def register_spacy_detector() -> None:
    """Register ``trial_abbreviation_detector``: scispacy's detector with the bounded matcher, lazy."""
    from scispacy.abbreviation import AbbreviationDetector
    from spacy.language import Language
    from spacy.matcher import Matcher

    if "trial_abbreviation_detector" in Language.factories:
        return

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
    """Short form -> long form for a spaCy Doc, the first definition of each short form; runs a pending
    detector once."""
    detector = doc.user_data.pop(_PENDING, None)
    if detector is not None:
        detector.detect(doc)
    abbreviations: dict[str, str] = {}
    if doc.has_extension("abbreviations"):
        for short in doc._.abbreviations:
            abbreviations.setdefault(short.text, short._.long_form.text)
    return abbreviations
