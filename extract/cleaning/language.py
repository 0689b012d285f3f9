"""Tell which script and which language a stretch of text is in.

Used to drop translated duplicates of an English abstract: a pasted Chinese, Japanese, Russian
or Spanish version of the same text would otherwise double-count every number in it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..resources import load

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    """Count letters per script; ideographs count as letters."""
    if text.isascii():
        letters = sum(ch.isalpha() for ch in text)
        return {"Latin": letters} if letters else {}
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _script_of(ch)
            counts[script] = counts.get(script, 0) + 1
    return counts


def dominant_script(text: str) -> str | None:
    profile = script_profile(text)
    if not profile:
        return None
    # Ideographs carry a word's worth of meaning each; weight them so a Chinese line is seen as Chinese.
    weighted = {s: n * (3 if s in {"Han", "Hiragana", "Katakana", "Hangul"} else 1) for s, n in profile.items()}
    return max(weighted, key=weighted.get)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load("stopwords").items() if not lang.startswith("_")}


def latin_language(text: str, min_words: int = 8) -> str | None:
    """Guess the language of Latin-script text from its function words; None when too short to say."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < min_words:
        return None
    scores = {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in _stopwords().items()}
    best = max(scores, key=scores.get)
    if scores[best] < 0.12:
        return None
    # Shared words (a, de, in) make close calls: prefer English unless another language clearly wins.
    if best != "en" and scores[best] < 1.5 * scores["en"]:
        return "en"
    return best


def language_of(text: str) -> str | None:
    """'en', 'es', ... for Latin script; the script name ('Han', 'Cyrillic') for other scripts."""
    script = dominant_script(text)
    if script is None:
        return None
    if script != "Latin":
        return script
    return latin_language(text)
