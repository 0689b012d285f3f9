"""Link a result (a p-value) to the outcome and the comparison its sentence names.

Rules, from reading results sentences across trial abstracts:

* a p-value in parentheses belongs to the phrase just before the parenthesis
  ("improved patient survival (91% vs 42%, P = .015)");
* walking back from there, the outcome phrase ends at a boundary word (a verb, "in", "and", a comma)
  and loses comparatives and articles ("a shorter hospital stay" -> "hospital stay");
* a trailing group phrase ("in the experimental arm", "compared with placebo") is the comparison;
* when nothing but a predicate is left ("was also shorter"), the outcome is the clause's subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext
from .ner_outcomes import prefer_outcome
from .timeframes import TIME_FRAME

_WORD = re.compile(r"[\w][\w/+\-.']*[\w]|[\w]|[,;:()\[\]]")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str] | re.Pattern[str]]:
    data = load("linking")
    groups = "|".join(data["group_words"])
    return {
        "boundaries": frozenset(data["boundaries"]),
        "predicates": frozenset(data["predicates"]),
        "determiners": frozenset(data["determiners"]),
        "copulas": frozenset(data["copulas"]),
        "group_nouns": frozenset(data["group_words"]),
        "group_tail": re.compile(
            r"(?:\b(?:in|among|for)\s+(?P<group>(?:(?:the|both|all|each)\s+)?(?:[\w/+-]+\s+){0,5}?(?:%s)\b"
            r"(?:\s+(?:treated\s+with|receiving|given|who\s+received)\s+[\w/+-]+)?)"
            r"|\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?P<other>(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}?))\s*[,;]?\s*$"
            % groups,
            re.I,
        ),
        "pair": re.compile(
            r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+and\s+(?:the\s+)?(?P<b>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            r"|(?<![\w/+-])(?P<a2>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:versus|vs\.?)\s+(?:the\s+)?(?P<b2>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            % (groups, groups),
            re.I,
        ),
    }


# How far before a p-value its outcome and comparison are looked for. Across 3,300 p-values of the
# development and reporting splits the farthest sentence start was 596 characters before its p-value;
# the bound keeps a sentence with thousands of p-values (no full stop) linear instead of quadratic.
LOOK_BACK = 1000


def _look_back_start(text: str, sent_start: int, start: int) -> int:
    """The sentence start, or in a longer sentence the first word start within LOOK_BACK of ``start``."""
    floor = start - LOOK_BACK
    if floor <= sent_start:
        return sent_start
    space = text.find(" ", floor, start)
    return space + 1 if space != -1 else floor


def _open_paren(text: str, lo: int, pos: int) -> int | None:
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _clause_start(text: str, lo: int, anchor: int) -> int:
    """Start of the result clause: after the previous result parenthesis, ';' or sentence start."""
    cut = lo
    for match in re.finditer(r"\)|;|\.\s", text[lo:anchor]):
        cut = lo + match.end()
    return cut


def _strip_tail_group(text: str, lo: int, hi: int) -> tuple[int, tuple[int, int] | None]:
    """Remove a trailing group phrase from text[lo:hi]; return the new end and the group's span."""
    match = _lists()["group_tail"].search(text[lo:hi])
    if not match:
        return hi, None
    group = match.span("group") if match.group("group") else match.span("other")
    return lo + match.start(), (lo + group[0], lo + group[1])


def _strip_time_frames(text: str, lo: int, hi: int) -> int:
    while True:
        chunk = text[lo:hi].rstrip(" ,")
        match = None
        for m in TIME_FRAME.finditer(chunk):
            if m.end() == len(chunk):
                match = m
        if not match or match.start() == 0:
            return lo + len(chunk)
        hi = lo + match.start()


def _walk_back(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The outcome phrase ending at ``hi``: walk back over words until a boundary."""
    lists = _lists()
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(text[lo:hi])]
    start = None
    for i in range(len(words) - 1, -1, -1):
        w_start, _, word = words[i]
        low = word.lower()
        if low in ",;:()[]" or low in lists["boundaries"] or low in lists["predicates"]:
            if low in {"of", "to"}:
                continue
            break
        start = w_start
    if start is None:
        return None
    end = words[-1][1]
    return (start, end) if end > start else None


def _subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause in text[lo:hi]: from its start to the first copula."""
    lists = _lists()
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(text[lo:hi])]
    # Start after a subordinator or comma that opens the clause holding the verb.
    copulas = [i for i, w in enumerate(words) if w[2].lower() in lists["copulas"] and i > 0]
    copula_at = copulas[-1] if copulas else None
    if copula_at is None or copula_at == 0:
        return None
    first = 0
    for i in range(copula_at - 1, -1, -1):
        if words[i][2] in {",", ";", ":"} or words[i][2].lower() in {"although", "while", "whereas", "but", "and"}:
            first = i + 1
            break
    while first < copula_at and words[first][2].lower() in lists["determiners"]:
        first += 1
    if first >= copula_at:
        return None
    return words[first][0], words[copula_at - 1][1]


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    lists = _lists()
    start, end = span
    while True:
        match = re.match(r"\s*([\w'-]+)\s+", text[start:end])
        if match and match.group(1).lower() in lists["determiners"] | lists["predicates"]:
            start += match.end()
        else:
            break
    return (start, end) if end > start else None


_PRIOR_RESULT = re.compile(r"[Pp]\s*(?:[<>=≤≥:]|&lt;|&gt;)\s*\.?\d[\d.]*\s*[)\]]?")
_CHANGE_OBJECT = re.compile(
    r"\b(?:reduction|reductions|decrease|decreases|increase|increases|improvement|improvements|change|changes|difference|differences|decline|rise|fall|gain|loss)\s+(?:from\s+baseline\s+)?(?:in|of)\s+(?:the\s+)?(?P<object>[A-Za-z][^,;:()]{1,60}?)(?=\s*(?:[,;:(]|\bfrom\b|\bat\b|\bwas\b|\bwere\b|\bbetween\b|\bwith\b|\bin\s+(?:the|both|all|each)\b|\bvs\b|\bversus\b|\bcompared\b|$))",
    re.I,
)
_JUNK_OUTCOME = re.compile(
    r"^(?:respectively|which|both|each|all|that|this|these|those|it|they|them|there|between|different|differences?"
    r"|groups?|arms?|the two|two|no significant|significant|statistically)\b"
    r"|^(?:treatment|therapy|intervention|administration|supplementation|the drug|the combination|use)$|^[\W\d]",
    re.I,
)


_SINGLED_OUT = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|including|in\s+particular|particularly|especially|notably|such\s+as)\b", re.I)


def _plausible_outcome(text: str, span: tuple[int, int] | None) -> bool:
    """An outcome names a measure: not a number, not 'respectively', not a study group."""
    if span is None or span[1] - span[0] < 2:
        return False
    phrase = text[span[0] : span[1]].strip()
    words = re.findall(r"[A-Za-z][\w/-]*", phrase)
    if not words or _JUNK_OUTCOME.search(phrase):
        return False
    digits = sum(ch.isdigit() for ch in phrase)
    if digits > 0.3 * len(phrase):
        return False
    last = words[-1].lower()
    return last not in _lists()["group_nouns"]


def link_result(ctx: ExtractionContext, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Spans of the outcome and comparison of the result at text[start:end] (clean offsets).

    Outcome candidates, first plausible wins: the object of a change noun in the result's clause
    ('a reduction in HbA1c'), the phrase just before the result's parenthesis, and the subject of the
    clause since the previous result in the sentence.
    """
    text = ctx.text
    sent_start = _look_back_start(text, ctx.sentence_at(start)[0], start)
    paren = _open_paren(text, sent_start, start)
    anchor = paren if paren is not None else start
    lo = _clause_start(text, sent_start, anchor)
    hi = anchor
    while hi > lo and text[hi - 1] in " ,;:":
        hi -= 1
    hi, group = _strip_tail_group(text, lo, hi)
    hi = _strip_time_frames(text, lo, hi)
    since_previous = sent_start
    for prior in _PRIOR_RESULT.finditer(text, sent_start, start):
        since_previous = prior.end()
    change = None
    clause_lo = since_previous
    for turn in re.finditer(r",?\s+(?:although|though|while|whereas|but)\b", text[since_previous:anchor]):
        clause_lo = since_previous + turn.end()  # a new clause: earlier change nouns belong to another result
    for match in _CHANGE_OBJECT.finditer(text, clause_lo, anchor):
        change = match.span("object")
    walked = _walk_back(text, lo, hi)
    subject = _subject(text, since_previous, hi)
    # The clause's subject is usually the outcome ('X was lower in A than B (P)'), unless the
    # predicate singles out another measure: 'were balanced except for X (P)', '..., including X (P)'.
    if _SINGLED_OUT.search(text[since_previous:hi]):
        candidates = [change, walked, subject, _subject(text, lo, hi)]
    else:
        candidates = [change, subject, walked, _subject(text, lo, hi)]
    link: dict[str, tuple[int, int]] = {}
    for candidate in candidates:
        trimmed = _trim(text, candidate) if candidate else None
        if _plausible_outcome(text, trimmed):
            link["outcome"] = trimmed
            break
    if ctx.entities:  # an NER model is loaded: its OUTCOME mention before the result wins
        prefer_outcome(ctx, link, sent_start, anchor)
    comparison = _comparison(text, sent_start, anchor) or group
    if comparison:
        link["comparison"] = comparison
    else:
        arms = trial_arms(ctx)
        if arms:
            link["comparison"] = arms  # the sentence names no groups: the trial's own two arms
    return link


# An arm starts a word (not after a letter or digit, nor after one and a joiner): starting again inside
# a long word or digit run rescanned it to its end from every position (quadratic; _TITLE_VERSUS
# searches the whole document). The first letter or digit of a word is still a start ('α-blocker').
_ARM = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9][+/-])(?:the\s+)?(?P<{0}>[A-Za-z0-9][\w+/-]*(?:\s+(?!or\b|and\b|versus\b|vs\b)[\w+/().-]+){{0,5}}?)"
_ALLOCATION = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\s+(?:\w+\s+){0,4}?to\s+(?:receive\s+|either\s+|one\s+of\s+)*"
    + _ARM.format("a") + r"\s*(?:\([^()]*\)\s*)?,?\s+(?:or|versus|vs\.?)\s+(?:to\s+)?(?:receive\s+)?" + _ARM.format("b")
    + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bat\b|\bonce\b|\btwice\b|\bdaily\b|\bgroups?\b|\barms?\b|$))",
    re.I,
)
_TITLE_VERSUS = re.compile(
    _ARM.format("a") + r"\s+(?:versus|vs\.?|compared\s+with|compared\s+to)\s+" + _ARM.format("b") + r"(?=\s*(?:[,.;:(]|\bin\b|\bfor\b|\bon\b|\bamong\b|$))",
    re.I,
)


def trial_arms(ctx: ExtractionContext) -> tuple[int, int] | None:
    """The span naming the trial's two arms: the allocation sentence ('randomized to X or Y'), else a
    'X versus Y' phrase (titles often carry it). Cached per document."""
    if "trial_arms" not in ctx.cache:
        found = _ALLOCATION.search(ctx.text) or _TITLE_VERSUS.search(ctx.text)
        ctx.cache["trial_arms"] = (found.start("a"), found.end("b")) if found else None
    return ctx.cache["trial_arms"]


def _comparison(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """'X versus Y' / 'between X and Y' naming two groups (not two numbers) in text[lo:hi]."""
    best = None
    for match in _lists()["pair"].finditer(text[lo:hi]):
        a_name, b_name = ("a", "b") if match.group("a") else ("a2", "b2")
        a, b = match.group(a_name), match.group(b_name)
        if re.search(r"\d", a.split()[-1]) or re.search(r"^\d", b):
            continue
        best = (lo + match.start(a_name), lo + match.end(b_name))
    return best
