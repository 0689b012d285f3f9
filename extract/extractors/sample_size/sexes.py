"""The sample split by sex: "16 males and 26 females", "nine female and three male subjects",
"255 (54.4%) were female and 214 (45.6%) were male", "(35 men, 45 women)".

A breakdown of a count already stated is neither a total nor an arm (a meta-analyst's sample size is the
42, not the 16 and the 26), but it is a count a reader wants: both counts of such a split are items of role
``subgroup``, ``arm`` null, ``subgroup`` the sex as written ("males", "women"). They are recorded before any
other rule runs, so that they are treated alike: before, "including 16 males and 26 females" dropped the first
and kept the second, and "(35 men, 45 women)" gave two totals beside the 80 they split. A split of an arm's
count ("One group (n = 10; 4 men and 6 women)") carries that arm. A split that is the only statement of the
sample ("40 men and 38 women were randomized") is recorded as subgroups too: its first count is no total (the
sample is their sum, which the text does not write). Events counted by sex ("4 men and 2 women discontinued")
are set aside, not recorded. The sex words are data (``sex_words`` in ``data/sample_size.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from typing import Callable

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext

@lru_cache(maxsize=1)
def _male() -> re.Pattern[str]:
    return re.compile(r"(?i)(?:%s)" % "|".join(load("sample_size")["sex_words"]["male"]))


@lru_cache(maxsize=1)
def _sex_pair() -> re.Pattern[str]:
    words = load("sample_size")
    number = rf"(?:{INTEGER})(?!\d)(?![.,]\d)|{number_word_pattern()}"
    share = r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
    sex = r"(?:%s)\b" % "|".join(words["sex_words"]["male"] + words["sex_words"]["female"])
    noun = r"(?:\s+(?:%s))?" % "|".join(words["sex_split_nouns"])
    return re.compile(
        rf"(?<![\w.,/=-])(?P<num1>{number}){share}\s+(?:were\s+|was\s+)?(?P<sex1>{sex}){noun}"
        rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?P<num2>{number}){share}\s+(?:were\s+|was\s+)?(?P<sex2>{sex})",
        re.I,
    )


@lru_cache(maxsize=1)
def _stated_count() -> re.Pattern[str]:
    """The count a split breaks down, in the same sentence before it: '42 patients ..., including', 'Of the 469
    patients,', 'Fifty-six patients (', 'One group (n = 10;'. Searched in a bounded window."""
    nouns = "|".join(load("sample_size")["participant_nouns"])
    number = rf"(?:\d[\d,]*|{number_word_pattern()})"
    return re.compile(rf"(?i)(?<![\w.,/-]){number}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b|\b[nN]\s*=\s*\d")


def _sex_splits(ctx: ExtractionContext, p: dict, taken: set[int], add: Callable[..., None]) -> list[tuple[int, int]]:
    """Record both counts of a split by sex as subgroups (``add``, the extractor's recorder); mark the counts of
    events by sex as taken. Either way no later rule reads them as totals or arms. Returns (subgroup start,
    start of the count it splits) pairs: a subgroup of an arm's count takes that arm once the arms are known."""
    text = ctx.text
    parts: list[tuple[int, int]] = []
    for match in _sex_pair().finditer(text):
        if bool(_male().fullmatch(match.group("sex1"))) == bool(_male().fullmatch(match.group("sex2"))):
            continue  # 'women and women': not a split
        s, _ = ctx.sentence_at(match.start())
        events = p["event_after"].match(text, match.end()) or p["event_before"].search(text, max(s, match.start() - 25), match.start())
        if not events:
            whole = _stated_count_at(text, max(s, match.start() - 120), match.start(),
                                     parse_integer(match.group("num1")) + parse_integer(match.group("num2")))
            for i in ("1", "2"):
                add(*match.span(f"num{i}"), parse_integer(match.group(f"num{i}")), "subgroup", "sample_size.sex_split", subgroup=match.span(f"sex{i}"))
                if whole is not None:
                    parts.append((match.start(f"num{i}"), whole))
        taken.update((match.start("num1"), match.start("num2")))  # events by sex ('4 men and 2 women discontinued') too
    return parts


@lru_cache(maxsize=1)
def _any_count() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w.,/-])(?:\d[\d,]*|{number_word_pattern()})")


def _stated_count_at(text: str, start: int, end: int, split_sum: int) -> int | None:
    """Where text[start:end] states the count the split adds up to: '42 patients ..., including 16 males and
    26 females' is a split of the 42; 'Of 200 patients screened, 62 men and 58 women were randomized' splits
    the randomized sample, not the 200 (None: the split is still no total, but of no count written)."""
    if not _stated_count().search(text, start, end):
        return None
    at = None
    for found in _any_count().finditer(text, start, end):
        try:
            if parse_integer(found.group()) == split_sum:
                at = found.start()  # the nearest: '(n = 30; 15 men, 15 women) or sham (n = 30; 14 men, 16 women)'
        except ValueError:
            continue
    return at
