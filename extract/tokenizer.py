"""scispacy's rule tokenizer and spaCy's sentencizer, re-done in plain Python over character offsets.

The extractors read only the text, sentence boundaries and (rarely) abbreviations, never tokens;
building a spaCy ``Doc`` for that cost ~2.5 ms an abstract (tokenizer, vocabulary, sentencizer) and
importing spaCy ~60 MB per worker, and the vocabulary grew with every new token string. Here the
same algorithm (``spacy/tokenizer.pyx``: whitespace runs, special cases, prefix/suffix/infix
rules, the special-case matcher; ``spacy/pipeline/sentencizer.pyx``) runs on the same rules,
which ``extract/data/tokenizer.json`` holds as written out from spaCy + scispacy by
:func:`rules_from_spacy` (``python -m extract.tokenizer`` rewrites it; a test checks it against the
installed versions). Tokens are ``(start, text)`` pairs. The result is the same tokens and
sentences as the spaCy pipeline (checked token by token on the development corpora).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import warnings
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from pathlib import Path

from .resources import load

CACHE_SIZE = 50_000  # distinct whitespace-separated chunks kept tokenized; cleared when full (memory stays bounded)

Token = tuple[int, str]  # (start offset, text)
_RUNS = re.compile(r"\s+|\S+")  # re's \s is str.isspace, as spaCy's split
_HAS_FINAL = itemgetter(2)
_MERGEABLE = itemgetter(3)
_ZEROS = tuple((0,) * n for n in range(16))  # shared sentencizer classes of word-only chunks


class RuleTokenizer:
    """The tokenizer spaCy builds from ``rules`` (see :func:`rules_from_spacy`), without spaCy."""

    def __init__(self, rules: dict) -> None:
        with warnings.catch_warnings():
            # scispacy's infix pattern trips a FutureWarning of Python's re module; it is harmless.
            warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
            self._prefix = re.compile(rules["prefix"]).search
            self._suffix = re.compile(rules["suffix"]).search
            self._infix = re.compile(rules["infix"]).finditer
        self.specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in rules["specials"].items()}
        self.punct_chars = frozenset(rules["punct_chars"])
        self._cache: dict[str, tuple[str, ...]] = {}
        # spaCy's special-case matcher: specials holding an affix or a space are also looked for as the
        # token sequences the affix rules alone give them, and merged back when the text matches.
        self._sequences: dict[str, list[tuple[str, ...]]] = {}
        self._merging: set[tuple[str, ...]] = set()  # the sequences a merge would change
        for string in self.specials:
            if self._prefix(string) or self._suffix(string) or " " in string or any(True for _ in self._infix(string)):
                orths = tuple(orth for _, orth in self._tokens(string, specials=False))
                self._sequences.setdefault(orths[0], []).append(orths)
                if orths != self.specials[string]:
                    self._merging.add(orths)
        self._longest = max((len(seq) for seq in self._merging), default=0)
        self._merge_orths = frozenset(orth for seq in self._merging for orth in seq)

    # -- tokens -----------------------------------------------------------------------------------

    def __call__(self, text: str) -> list[Token]:
        """The tokens of ``text``, as spaCy's ``Tokenizer.__call__`` makes them."""
        parts, summaries, offsets = self._parts(text)
        tokens: list[Token] = []
        append = tokens.append
        for start, (orths, _, _, _, lead) in zip(offsets, summaries):
            start += lead
            for orth in orths:
                append((start, orth))
                start += len(orth)
        # The special-case matcher can only change tokens inside one chunk (what it merges must read
        # as a special case, which has no whitespace), so it runs only when some chunk could need it.
        if any(map(_MERGEABLE, summaries)):
            return self._merge_specials(text, tokens)
        return tokens

    def _parts(self, text: str) -> tuple[list[str], list[tuple], list[int]]:
        """The whitespace and non-whitespace runs of ``text``, each one's summary, and their offsets."""
        parts = _RUNS.findall(text)
        summaries = list(map(self._cache.get, parts))
        if None in summaries:
            for i, summary in enumerate(summaries):
                if summary is None:
                    summaries[i] = self._summary(parts[i])
        if parts and parts[0][0] == " ":
            summaries[0] = self._describe(parts[0], 0)  # no token before it to own its first space
        offsets = [0]
        offsets.extend(accumulate(map(len, parts)))
        return parts, summaries, offsets

    def _tokens(self, text: str, specials: bool) -> list[Token]:
        """Tokens before the special-case matcher (with ``specials=False``: without special cases)."""
        out: list[Token] = []
        chunk_tokens = self._chunk if specials else self._chunk_plain
        for match in _RUNS.finditer(text):
            start, end = match.span()
            if text[start] == " " and start > 0:
                start += 1  # one space after a token is that token's trailing whitespace
                if start == end:
                    continue
            position = start
            for orth in chunk_tokens(text[start:end]):
                out.append((position, orth))
                position += len(orth)
        return out

    def _chunk(self, chunk: str) -> tuple[str, ...]:
        return self._describe(chunk, 0)[0]

    def _summary(self, part: str) -> tuple:
        """The cached :meth:`_describe` of a run (a whitespace run after a token: without its first space)."""
        cached = self._cache.get(part)
        if cached is None:
            cached = self._describe(part, 1 if part[0] == " " else 0)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[part] = cached
        return cached

    def _describe(self, part: str, lead: int) -> tuple:
        """``(tokens, classes, has_final, mergeable, lead)`` of a run: its tokens from offset ``lead``, each
        one's sentencizer class (0 word, 1 punctuation, 2 sentence-final), whether one is sentence-final,
        and whether the special-case matcher could change them."""
        chunk = part[lead:]
        if not chunk:
            return (), (), False, False, lead
        special = self.specials.get(chunk)
        if chunk.isalnum():
            # Letters and digits only: no prefix or infix rule can match (a test checks every such
            # character), no token is punctuation; only the suffix rules (units: '10mg') apply.
            orths = special if special is not None else self._split_alnum(chunk)
            return orths, _ZEROS[len(orths)] if len(orths) < len(_ZEROS) else (0,) * len(orths), False, self._mergeable(orths), lead
        orths = special if special is not None else self._split(chunk, True)
        classes = tuple(2 if orth in self.punct_chars else 1 if is_punct(orth) else 0 for orth in orths)
        return orths, classes, 2 in classes, self._mergeable(orths), lead

    def _split_alnum(self, string: str) -> tuple[str, ...]:
        """:meth:`_split` for a chunk of letters and digits (no prefixes, no infixes)."""
        table = self.specials
        suffixes: list[str] = []
        while string and string not in table:
            match = self._suffix(string)
            if not match or match.end() == match.start():
                break
            suf_len = match.end() - match.start()
            suffixes.append(string[-suf_len:])
            string = string[:-suf_len]
            if string in table:
                break
        tokens = [] if not string else list(table[string]) if string in table else [string]
        tokens.extend(reversed(suffixes))
        return tuple(tokens)

    def _mergeable(self, orths: tuple[str, ...]) -> bool:
        merging = self._merging
        if not merging or self._merge_orths.isdisjoint(orths):
            return False
        for i in range(len(orths)):
            for n in range(1, min(self._longest, len(orths) - i) + 1):
                if orths[i:i + n] in merging:
                    return True
        return False

    def _chunk_plain(self, chunk: str) -> tuple[str, ...]:
        return self._split(chunk, False)

    def _split(self, string: str, specials: bool) -> tuple[str, ...]:
        """``Tokenizer._split_affixes`` then ``_attach_tokens`` for one whitespace-free chunk."""
        table = self.specials if specials else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if string in table:
                break
            last_size = len(string)
            match = self._prefix(string)
            pre_len = match.end() - match.start() if match else 0
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in table:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            match = self._suffix(string[pre_len:])
            suf_len = match.end() - match.start() if match else 0
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in table:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = prefixes
        if string:
            if string in table:
                tokens.extend(table[string])
            else:
                tokens.extend(self._infixes(string))
        tokens.extend(reversed(suffixes))
        return tuple(tokens)

    def _infixes(self, string: str) -> list[str]:
        out: list[str] = []
        start = 0
        for match in self._infix(string):
            infix_start, infix_end = match.span()
            if infix_start == 0:
                continue
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if start < len(string):
            out.append(string[start:])
        return out

    def _merge_specials(self, text: str, tokens: list[Token]) -> list[Token]:
        """``Tokenizer._apply_special_cases``: longest matches first, then leftmost; a match is merged
        into the special's tokens only when the text it covers is that special."""
        sequences = self._sequences
        matches = []
        for i, (_, orth) in enumerate(tokens):
            candidates = sequences.get(orth)
            if candidates:
                for seq in candidates:
                    n = len(seq)
                    if i + n <= len(tokens) and all(tokens[i + k][1] == seq[k] for k in range(1, n)):
                        matches.append((i, i + n))
        if not matches:
            return tokens
        seen: set[int] = set()
        kept = []
        for start, end in sorted(set(matches), key=lambda m: (-(m[1] - m[0]), m[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        out: list[Token] = []
        position = 0
        for start, end in sorted(kept):
            out.extend(tokens[position:start])
            first = tokens[start][0]
            covered = text[first:tokens[end - 1][0] + len(tokens[end - 1][1])]
            special = self.specials.get(covered)
            if special is None:
                out.extend(tokens[start:end])
            else:
                for orth in special:
                    out.append((first, orth))
                    first += len(orth)
            position = end
        out.extend(tokens[position:])
        return out

    # -- sentences --------------------------------------------------------------------------------

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence as spaCy's sentencizer splits the tokens: a sentence starts at
        the first token that is not punctuation after a sentence-final token ('.', '?', '!', ...).

        Works on cached run summaries without listing the tokens: only the runs holding a
        sentence-final token, and those right after them, are looked at token by token. Falls back
        to the tokens when a special case could merge some."""
        parts, summaries, offsets = self._parts(text)
        if not parts:
            return []
        if any(map(_MERGEABLE, summaries)):
            return self.sentences_of(self(text))
        n = len(parts)

        def end_before(i: int) -> int:  # end of the last token before run i
            return offsets[i] if summaries[i - 1][0] else offsets[i - 1]

        starts = [offsets[0] + summaries[0][4]]
        ends: list[int] = []
        resume = 0
        for i in compress(range(n), map(_HAS_FINAL, summaries)):
            if i < resume:
                continue
            seen_period = False
            while True:
                orths, classes, _, _, lead = summaries[i]
                position = offsets[i] + lead
                for orth, kind in zip(orths, classes):
                    if kind == 2:
                        seen_period = True
                    elif seen_period and kind == 0:
                        ends.append(position if position > offsets[i] + lead else end_before(i))
                        starts.append(position)
                        seen_period = False
                    position += len(orth)
                i += 1
                if not seen_period or i == n:
                    break
            resume = i
        ends.append(end_before(n))
        return list(zip(starts, ends))

    def sentences_of(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """:meth:`sentences` from a token list."""
        if not tokens:
            return []
        punct_chars = self.punct_chars
        starts = [0]
        seen_period = False
        for i, (_, orth) in enumerate(tokens):
            if orth in punct_chars:
                seen_period = True
            elif seen_period and not is_punct(orth):
                starts.append(i)
                seen_period = False
        ends = [s - 1 for s in starts[1:]] + [len(tokens) - 1]
        return [(tokens[s][0], tokens[e][0] + len(tokens[e][1])) for s, e in zip(starts, ends)]


@lru_cache(maxsize=4096)
def is_punct(text: str) -> bool:
    """spaCy's ``is_punct``: every character is Unicode punctuation."""
    return all(unicodedata.category(char).startswith("P") for char in text)


def trailing_space(text: str, token: Token) -> bool:
    """spaCy's ``Token.whitespace_``: a single space after a token belongs to it."""
    end = token[0] + len(token[1])
    return end < len(text) and text[end] == " " and not token[1][0].isspace()


@lru_cache(maxsize=1)
def default_tokenizer() -> RuleTokenizer:
    return RuleTokenizer(load("tokenizer"))


def rules_from_spacy() -> dict:
    """The rules of the spaCy pipeline this replaces: scispacy's ``combined_rule_tokenizer`` on a blank
    English pipeline, and the sentencizer's sentence-final characters."""
    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer
    from spacy.attrs import ORTH
    from spacy.pipeline import Sentencizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        tokenizer = combined_rule_tokenizer(nlp)
    if tokenizer.token_match is not None or tokenizer.url_match is not None:
        raise ValueError("the tokenizer has a token_match/url_match, which RuleTokenizer does not implement")
    return {
        "prefix": tokenizer.prefix_search.__self__.pattern,
        "suffix": tokenizer.suffix_search.__self__.pattern,
        "infix": tokenizer.infix_finditer.__self__.pattern,
        "specials": {k: [tok[ORTH] for tok in v] for k, v in sorted(tokenizer.rules.items())},
        "punct_chars": sorted(Sentencizer.default_punct_chars),
    }


def main() -> None:
    path = Path(__file__).parent / "data" / "tokenizer.json"
    path.write_text(json.dumps(rules_from_spacy(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
