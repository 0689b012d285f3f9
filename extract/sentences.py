"""Undo the sentencizer's false splits after abbreviations and inside pasted numbers, and add the
splits it misses after a one-letter time unit ('every 4 h. Median ...').

spaCy's sentencizer (and :meth:`extract.tokenizer.RuleTokenizer.sentences`, which reproduces it)
ends a sentence at every sentence-final token, so '80 mg/m2 i.v. weekly', '0.5% b.i.d. were enrolled',
'10 mg q.d. vs. placebo' and a pasted 'P = 0. 99' are each cut in two, and an extractor that reads one
sentence loses the half that holds the schedule, the comparison or the value. A split is undone only
where the second part cannot begin a sentence: it starts with a lower-case word after a dosing or
unit abbreviation, follows a word that never ends a sentence ('vs.', 'e.g.'), or continues a number
broken after its decimal point. Splits across a blank line are kept. The tokenizer keeps 'h.' and 'd.'
whole, so a sentence ending with such a unit after a number is split there when a capital or a line
break follows. The word lists are data
(``extract/data/sentences.json``); :class:`PipelineSettings` ``repair_sentences`` switches this off.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .resources import load

if TYPE_CHECKING:
    from spacy.tokens import Doc

Span = tuple[int, int]
_LAST_WORD = re.compile(r"\S+$")


@lru_cache(maxsize=1)
def _missed_split() -> re.Pattern:
    data = load("sentences")
    return re.compile("%s|%s|%s" % (data["missed_split_after"], data["missed_split_after_label"], data["missed_split_after_heading"]))


def add_missed_splits(text: str, sentences: list[Span]) -> list[Span]:
    """``sentences`` split after a one-letter time unit that ends a sentence ('every 4 h. Median ...') or a
    one-letter arm label ('... than in Group B. The difference ...'): the tokenizer keeps 'h.' and 'B.' whole,
    so the sentencizer never sees their full stop; and after a run-in heading that opens a line without a
    colon ('Interventions Esketamine 0.2 mg/kg ...'), which no full stop ends at all."""
    pattern = _missed_split()
    out: list[Span] = []
    for start, end in sentences:
        for match in pattern.finditer(text, start, end):
            # as spaCy does: one space trails the last token, any other whitespace opens the next sentence
            after = match.end()
            following = after + 1 if text[after] == " " and not text[after + 1 : after + 2].isspace() else after
            if following >= end:
                break
            out.append((start, match.end()))
            start = following
        out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str], re.Pattern, str, re.Pattern, re.Pattern]:
    data = load("sentences")
    return (frozenset(data["never_final"]), frozenset(data["before_lowercase"]),
            re.compile(data["dotted_abbreviation"]), data["opening_brackets"],
            re.compile(data["split_decimal_before"]), re.compile(data["split_decimal_after"]))


def is_false_split(text: str, first: Span, second: Span) -> bool:
    """Whether the boundary between two consecutive sentences is a false split."""
    never_final, before_lowercase, dotted, brackets, decimal_before, decimal_after = _rules()
    gap = text[first[1]:second[0]]
    if gap.count("\n") > 1 or first[1] <= first[0] or second[1] <= second[0]:
        return False
    head = text[first[0]:first[1]]
    tail = text[second[0]:second[1]]
    last = _LAST_WORD.search(head)
    if last is None:
        return False
    word = last.group().lstrip(brackets)
    if word == "." and head[:-1].endswith(" "):  # tokenised text: 'q.d .', 'i.v .'
        before = _LAST_WORD.search(head[:-1].rstrip())
        word = (before.group().lstrip(brackets) + ".") if before else word
    if word in never_final:
        return True
    if tail[:1].islower() and tail[:1].isascii() and (word in before_lowercase or dotted.match(word)):
        return True
    if gap.strip() == "" and _spaced_decimal(head, tail):
        return True
    return bool(decimal_before.search(head) and decimal_after.match(tail) and gap.strip() == "")


@lru_cache(maxsize=1)
def _spaced_decimal_rules() -> tuple[re.Pattern, re.Pattern]:
    data = load("sentences")
    return re.compile(data["spaced_decimal_before"]), re.compile(data["spaced_decimal_after"])


def _spaced_decimal(head: str, tail: str) -> bool:
    """A number of tokenised text, split at its spaced decimal point: 'was 17 . | 1 % vs 9 . | 8 %'."""
    before, after = _spaced_decimal_rules()
    return bool(before.search(head) and after.match(tail))


def repair_splits(text: str, sentences: list[Span]) -> list[Span]:
    """``sentences`` with each false split merged into the sentence before it."""
    if len(sentences) < 2:
        return sentences
    repaired = [sentences[0]]
    for sentence in sentences[1:]:
        if is_false_split(text, repaired[-1], sentence):
            repaired[-1] = (repaired[-1][0], sentence[1])
        else:
            repaired.append(sentence)
    return repaired


def repair_doc_sentences(doc: "Doc") -> "Doc":
    """The spaCy component: clears ``is_sent_start`` on the first token of each false split."""
    from .pipeline import sentence_spans

    sentences = sentence_spans(doc)
    text = doc.text
    kept = {start for start, _ in add_missed_splits(text, repair_splits(text, sentences))}
    starts = {start for start, _ in sentences}
    if kept != starts:
        for token in doc:
            if token.idx in starts - kept:
                token.is_sent_start = False
            elif token.idx in kept - starts:
                token.is_sent_start = True
    return doc
