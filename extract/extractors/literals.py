"""Skip a regex scan when the text lacks every literal its matches must start with.

A pattern that starts with ``\\b`` (nearly all of the design and trial-id patterns) gives Python's
regex engine no literal prefix to search for, so each ``finditer`` tries every position of the text:
~30 µs per pattern on an abstract even when the pattern never matches. ``str.__contains__`` on the
literal is ~50x cheaper, and when it fails the scan cannot find anything, so the result is the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter (Unicode simple case folding).
# tests/test_literals.py checks this list against every code point.
IGNORECASE_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_SPECIAL = re.compile("[%s]" % "".join(IGNORECASE_TO_ASCII))
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _prefixes(items: list) -> tuple[str, ...] | None:
    """Literal strings one of which starts every match of the parsed sequence ``items``, or None."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    if op is _sre.LITERAL:
        literal = ""
        while i < len(items) and items[i][0] is _sre.LITERAL:
            literal += chr(items[i][1])
            i += 1
        return (literal,)
    if op is _sre.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            found = _prefixes(list(alternative))
            if found is None:
                return None
            out.extend(found)
        return tuple(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _, sub = av
        if low >= 1:
            return _prefixes(list(sub))
        inside, after = _prefixes(list(sub)), _prefixes(items[i + 1 :])  # an optional start: either
        return None if inside is None or after is None else inside + after
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _prefixes(list(sub))
    return None


@lru_cache(maxsize=None)
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased for an IGNORECASE
    pattern), or None when none can be told (then the pattern is always scanned)."""
    if pattern.flags & (re.VERBOSE | re.MULTILINE):
        return None
    literals = _prefixes(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    if literals is None or not all(literals):
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(literal.isascii() for literal in literals):
            return None  # case folding beyond ASCII is not modelled here
        literals = tuple(literal.lower() for literal in literals)
    return literals


class Probe:
    """A text to test literals against; its case-folded form is made once, on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None

    def folded(self) -> str:
        """Lower-cased, with the non-ASCII characters IGNORECASE equates to ASCII letters replaced."""
        if self._folded is None:
            text = self.text
            if not text.isascii():
                text = _SPECIAL.sub(lambda m: IGNORECASE_TO_ASCII[m.group()], text)
            self._folded = text.lower()
        return self._folded

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only when ``pattern`` cannot match the text."""
        return self.first(pattern) is not None

    def first(self, pattern: re.Pattern[str]) -> int | None:
        """Where a scan for ``pattern`` can start (no match starts before the first of its literals),
        or None when it cannot match. ``pattern.finditer(text, pos)`` still sees the characters
        before ``pos`` for ``\\b`` and look-behinds, so its matches are those of a scan from 0."""
        literals = required_literals(pattern)
        if literals is None:
            return 0
        haystack = self.folded() if pattern.flags & re.IGNORECASE else self.text
        positions = [at for at in map(haystack.find, literals) if at >= 0]
        if not positions:
            return None
        # The folded text keeps offsets unless lower-casing lengthened a character: then scan it all.
        return min(positions) if len(haystack) == len(self.text) else 0
