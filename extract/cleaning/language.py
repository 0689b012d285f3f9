"""Tell which script and which language a stretch of text is in.

Used to drop translated duplicates of an English abstract: a pasted Chinese, Japanese, Russian
or Spanish version of the same text would otherwise double-count every number in it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import repeat

from ..resources import load

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]+")  # _WORD on lower-cased ASCII text, twice as fast
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _ascii_letters(text: str) -> int:
    data = text.encode("ascii", "ignore")
    return len(data) - len(data.translate(None, _ASCII_LETTERS))


def letter_count(text: str) -> int:
    """``sum(ch.isalpha() for ch in text)``, with the ASCII letters (nearly all of them) counted in C."""
    if text.isascii():
        return _ascii_letters(text)
    return _ascii_letters(text) + sum(ch.isalpha() for ch in _NON_ASCII.findall(text))


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "Other"
    head = name.split(" ", 1)[0]
    if head in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO"}:
        return "Han" if head == "CJK" else head.title()
    if head in {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", "DEVANAGARI"}:
        return head.title()
    return "Other"


def script_profile(text: str) -> dict[str, int]:
    """Count letters per script; ideographs count as letters. Scripts come in the order of their first
    letter in the text (``dominant_script`` breaks ties by it)."""
    if text.isascii():
        letters = _ascii_letters(text)
        return {"Latin": letters} if letters else {}
    # Only the non-ASCII characters are looked at one by one; ASCII letters are all Latin.
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for match in _NON_ASCII.finditer(text):
        ch = match.group()
        if ch.isalpha():
            script = _script_of(ch)
            if script not in counts:
                counts[script], first[script] = 0, match.start()
            counts[script] += 1
    ascii_letters = _ascii_letters(text)
    if ascii_letters:
        position = _ASCII_LETTER.search(text).start()
        counts["Latin"] = counts.get("Latin", 0) + ascii_letters
        first["Latin"] = min(first.get("Latin", position), position)
    return {script: counts[script] for script in sorted(counts, key=first.__getitem__)}


_IDEOGRAPHIC = frozenset({"Han", "Hiragana", "Katakana", "Hangul"})


def dominant_script(text: str) -> str | None:
    return _dominant(script_profile(text))


def _dominant(profile: dict[str, int]) -> str | None:
    if not profile:
        return None
    # Ideographs carry a word's worth of meaning each; weight them so a Chinese line is seen as Chinese.
    weighted = {s: n * (3 if s in _IDEOGRAPHIC else 1) for s, n in profile.items()}
    return max(weighted, key=weighted.get)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load("stopwords").items() if not lang.startswith("_")}


_FIELD = 32  # bits per language in a packed count: a piece of text has far fewer than 2**32 words


@lru_cache(maxsize=1)
def _stopword_index() -> tuple[tuple[str, ...], dict[str, int]]:
    """The languages in order, and for each function word the languages that list it as one packed
    integer (bit field ``i`` counts language ``i``): adding the integers of all words counts every
    language at once, in C (``sum(map(...))``), instead of one look-up per word and language."""
    languages = tuple(_stopwords())
    index: dict[str, int] = {}
    for i, lang in enumerate(languages):
        for word in _stopwords()[lang]:
            index[word] = index.get(word, 0) + (1 << (_FIELD * i))
    return languages, index


def latin_language(text: str, min_words: int = 8) -> str | None:
    """Guess the language of Latin-script text from its function words; None when too short to say."""
    # Lower-casing first is the same as lower-casing each word for ASCII (not for all of Unicode: 'İ').
    words = _ASCII_WORD.findall(text.lower()) if text.isascii() else list(map(str.lower, _WORD.findall(text)))
    if len(words) < min_words:
        return None
    languages, index = _stopword_index()
    packed = sum(map(index.get, words, repeat(0, len(words))))
    mask = (1 << _FIELD) - 1
    scores = {lang: ((packed >> (_FIELD * i)) & mask) / len(words) for i, lang in enumerate(languages)}
    best = max(scores, key=scores.get)
    if scores[best] < 0.12:
        return None
    # Shared words (a, de, in) make close calls: prefer English unless another language clearly wins.
    if best != "en" and scores[best] < 1.5 * scores["en"]:
        return "en"
    # One foreign word said many times is English with a loan word ("per day ... per liter", "aspirin
    # plus ... plus", "met our criteria"); a translation uses several of its language's function words,
    # in lower case: all-capital words are abbreviations ("LOS" length of stay, "SE" standard error), and
    # single letters are initials or pieces of "i.e.", "e.g." as often as words ("y", "e", "i").
    if best != "en":
        lowercase = {word.lower() for word in _WORD.findall(text) if len(word) > 1 and not word.isupper()}
        if len(_foreign_words(best) & lowercase) < 2:
            return "en" if scores["en"] else None
    return best


def function_word_counts(text: str) -> dict[str, int]:
    """How many of the text's words are function words of each language (a word may count for several)."""
    words = _ASCII_WORD.findall(text.lower()) if text.isascii() else list(map(str.lower, _WORD.findall(text)))
    languages, index = _stopword_index()
    packed = sum(map(index.get, words, repeat(0, len(words))))
    mask = (1 << _FIELD) - 1
    return {lang: (packed >> (_FIELD * i)) & mask for i, lang in enumerate(languages)}


@lru_cache(maxsize=None)
def _foreign_words(lang: str) -> frozenset[str]:
    """The function words of ``lang`` that are not English words: the evidence a sentence is in ``lang``."""
    return _stopwords()[lang] - _stopwords()["en"] - frozenset(load("stopwords")["_also_english"])


MIN_ALPHABETIC_LETTERS = 4  # fewer letters of Greek, Cyrillic, ... are symbols: 'μg', 'ηp2', 'κ = 0.8'


def language_of(text: str) -> str | None:
    """'en', 'es', ... for Latin script; the script name ('Han', 'Cyrillic') for other scripts."""
    profile = script_profile(text)
    script = _dominant(profile)
    if script is None:
        return None
    if script != "Latin":
        if script in _IDEOGRAPHIC or profile[script] >= MIN_ALPHABETIC_LETTERS:
            return script
        return latin_language(text) if "Latin" in profile else None
    return latin_language(text)
