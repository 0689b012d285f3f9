"""The word lists the linking rules read (``extract/data/linking.json``) and how they cut text into words.

One place loads the lists and compiles the group phrases built from them, so every rule module reads
the same words the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import load


_WORD = re.compile(r"[\w](?:[\w/+\-.']|(?<=\d):(?=\d))*[\w]|[\w]|[,;:()\[\]]")


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of ``phrases``, longest first, a space standing for any whitespace."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str] | re.Pattern[str] | str]:
    data = load("linking")
    groups = "|".join(data["group_words"])
    return {
        "boundaries": frozenset(data["boundaries"]),
        "predicates": frozenset(data["predicates"]),
        "determiners": frozenset(data["determiners"]),
        "copulas": frozenset(data["copulas"]),
        "group_nouns": frozenset(data["group_words"]),
        "verbs": frozenset(data["verbs"]),
        "object_verbs": frozenset(data["object_verbs"]),
        "person_heads": frozenset(data["person_heads"]),
        "anaphors": frozenset(data["anaphors"]),
        "same_as_before": frozenset(data["same_as_before"]),
        "generic_values": frozenset(data["generic_values"]),
        "criterion_participles": frozenset(data["criterion_participles"]),
        "change_nouns": _alternation(data["change_nouns"]),
        "comparison_nouns": _alternation(data["comparison_nouns"]),
        "time_nouns": _alternation(data["time_nouns"]),
        "group_inside": re.compile(
            # the words before the group word hold no preposition of their own: 'of rescue analgesic in group A' is cut at 'in'
            r"(?<!\s)\s+(?:in|with|for|among|on|of|by)\s+(?:the\s+|both\s+|all\s+|each\s+)?(?:(?!(?:in|with|for|among|on|of|by)\s)[\w/+-]+\s+){0,4}?(?:%s)\b"
            # 'in group 2', 'with arm B'; not a time ('on day 3', 'at week 2')
            r"|(?<!\s)\s+(?:in|with|for|on)\s+(?:the\s+)?(?!(?:days?|weeks?|months?|years?|hours?|visits?|cycles?|sessions?|periods?)\s)[a-z][\w-]*\s+(?-i:[A-D]|[1-4])\b" % groups,
            re.I,
        ),
        "group_tail": re.compile(
            # 'in heart rate between the two groups', 'in flexibility in the yoga group': the phrase is cut where it was (the
            # lookahead), the group is the last 'in'/'between' one's
            r"(?:\b(?:in|among|for)\s+(?=(?:(?:the|both|all|each)\s+)?(?:[\w/+-]+\s+){0,5}?(?:%s)\b(?:\s+(?:treated\s+with|receiving|given|who\s+received)\s+[\w/+-]+)?\s*[,;]?\s*$)"
            r"(?:(?:(?!(?:than|versus|vs|compared|and|or)\s)[\w/+-]+\s+){1,4}?(?:in|between)\s+)?(?P<group>(?:(?:the|both|all|each)\s+)?(?:[\w/+-]+\s+){0,5}?(?:%s)\b"
            r"(?:\s+(?:treated\s+with|receiving|given|who\s+received)\s+[\w/+-]+)?)"
            r"|\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?P<other>(?:the\s+)?[\w/+-]+(?:\s+(?!for\s)[\w/+-]+){0,3}?))\s*[,;]?\s*$"
            % (groups, groups),
            re.I,
        ),
        "pair": re.compile(
            r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+and\s+(?:the\s+)?(?P<b>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            r"|(?<![\w/+-])(?P<a2>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:versus|vs\.?)\s+(?:the\s+)?(?P<b2>[A-Za-z][\w/+-]*(?:\s+(?:%s))?)"
            % (groups, groups),
            re.I,
        ),
    }


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str, int]]:
    """Words and punctuation of text[lo:hi] as (start, end, word, parenthesis depth)."""
    out = []
    depth = 0
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if word in "([":
            out.append((m.start(), m.end(), word, depth))
            depth += 1
            continue
        if word in ")]":
            depth = max(0, depth - 1)
        out.append((m.start(), m.end(), word, depth))
    return out
