"""Remove what is not the trial report from copy-pasted text, and say what was removed and why.

Works line by line, since pasted pages keep their layout as lines: each line is kept, or removed
with a reason (web boilerplate, metadata, author list, affiliation, citation, disclaimer, figure
caption, reference list, repeated title, translated duplicate). Within a kept line, a trailing run
of sentences in another language is removed too (an appended translation on the same line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..models import RemovedSegment
from ..resources import load
from . import language, sections, textmap

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*")
_CITATION = re.compile(
    r"^.{0,160}?\b(?:19|20)\d{2}\b(?:\s+\w{3,9})?(?:\s+\d{1,2})?\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[\w.-]+"
)
# 'Hong J(1)', "O'Neill EA(2)", 'Muehlen-Bartmer I', 'Herrera Marmolejo M', 'Caracas Portilla NA'.
_AUTHOR_ITEM = re.compile(
    r"(?<![\w'’])(?:(?:van|von|de|der|den|da|di|del|dos|du|la|le) ){0,2}[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,3} [A-Z]{1,4}(?:\(\d{1,2}(?:,\d{1,2})*\))?"
)
_AUTHOR_KEY = re.compile(r"^(?:Collaborators|Authors?|Investigators)\s*:\s*")
_AFFILIATION_MARKER = re.compile(r"\(\d{1,2}(?:,\d{1,2})*\)")
_LONGEST_REFERENCE = 1000  # characters: longer lines are paragraphs, whatever they cite
_ET_AL_CITATION = re.compile(r"^.{1,120}\bet al\.?.{0,120}\b(?:19|20)\d{2}\b.{0,20}$")
_PERSON_NAME = re.compile(r"^[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*,\s*[A-Z][\w.'-]*(?:[ -][A-Z][\w.'-]*)*\.?$")
_CAPTION_HEADER = re.compile(r"^(?:supplementary\s+)?(?:figure|fig\.?|table|scheme)\s*[A-Z]?\d+[A-Za-z]?\s*[.:|]?$", re.I)
_CAPTION_INLINE = re.compile(r"^(?:figure|fig\.|table)\s*\d+[A-Za-z]?\s*[.:|]\s+\S", re.I)
# A sentence that reports (a finite verb early on) is body text, not the title-like first sentence of
# a caption: PMC full texts leave a bare float label ("Figure 1") right before a results paragraph.
_REPORTING_SENTENCE = re.compile(
    r"^(?:[^.]|\.(?=\d)){0,250}?\b(?:was|were|is|are|had|has|did|showed|improved|increased|decreased|reduced|achieved|remained|differed|we)\b",
    re.I,
)
_VERBISH = re.compile(
    r"\b(?:was|were|is|are|be|been|has|have|had|we|received|randomi[sz]ed|showed|did|will|compared|treated|patients)\b",
    re.I,
)


@dataclass
class _Line:
    start: int  # raw offset of the first character
    end: int  # raw offset after the line break
    content: str  # stripped, folded text
    reason: str | None = None


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = load("boilerplate")
    fields = load("registry_fields")["fields"]
    return {
        "boilerplate": re.compile("|".join(f"(?:{p})" for p in data["web_boilerplate"]), re.I),
        "metadata": re.compile(r"^(?:%s)(?:\s*[:.]\s*|\s+)\S" % "|".join(data["metadata_keys"]), re.I),
        "metadata_colon": re.compile(r"^(?:%s)\s*:" % "|".join(data["metadata_keys_colon"]), re.I),
        "metadata_colon_unless_prose": re.compile(
            r"^(?:%s)\s*:\s*" % "|".join(data["metadata_keys_colon_unless_prose"]["keys"]), re.I
        ),
        "next_line_keys": {k.casefold() for k in data["value_on_next_line_keys"]},
        "author_key": re.compile(r"^(?:%s)\b\s*:?\s*" % "|".join(data["author_keys"]), re.I),
        "affiliation_key": re.compile(r"^(?:%s)\b\s*:?\s*\S" % "|".join(data["affiliation_keys"]), re.I),
        "disclaimers": {h.casefold() for h in data["disclaimer_headings"]},
        "blocks": {h.casefold(): reason for reason, heads in data["block_starts"].items() for h in heads},
        "blocks_to_end": frozenset(data["blocks_to_end"]),
        # Capitalised, as in an address ('Department of Medicine, Peking University First Hospital'):
        # a lower-case 'hospital' or 'lab' is running text ('prior to hospital discharge, up to 15 months').
        "institution": re.compile(
            r"(?<!\w)(?:%s)\b" % "|".join(f"{w[0].upper()}{w[1:]}|{w.upper()}" for w in data["institution_words"])
        ),
        "field_keys": {k.casefold() for k in fields},
    }


def _split_lines(raw: str) -> list[_Line]:
    lines, pos = [], 0
    folded = textmap.fold_characters(raw)
    for chunk in raw.splitlines(keepends=True):
        lines.append(_Line(pos, pos + len(chunk), folded[pos : pos + len(chunk)].strip()))
        pos += len(chunk)
    return lines


# 'A Phase 2, Multi-Center Study of ...': a trial's title names a centre but is no address.
_STUDY_TITLE = re.compile(r"\b(?:phase\s+(?:[0-4]|I{1,3}V?|IV)\b|(?:study|trial) (?:of|to|in|on|comparing)\b)", re.I)


def _is_affiliation(text: str) -> bool:
    rules = _rules()
    # The cheap tests first: most report lines are long, and the institution pattern scans the whole line.
    return (
        "," in text
        and len(text) < 300
        and bool(rules["institution"].search(text))
        and not _VERBISH.search(text)
        and not _STUDY_TITLE.search(text)
    )


def _heading_key(text: str) -> str:
    return re.sub(r"^[-•*]\s*", "", text).rstrip(":").strip().casefold()


def _classify(lines: list[_Line]) -> None:
    """Set ``reason`` on every line that is not trial-report content."""
    rules = _rules()
    block: str | None = None
    block_has_content = False
    mode: str | None = None  # 'authors', 'affiliations', 'caption', 'disclaimer', 'next-value'
    previous_content = ""
    registry = False  # past a registry field heading: rows there are fields, never a free-form address
    for line in lines:
        text = line.content
        if not text:
            if mode in {"caption", "caption-first", "disclaimer", "authors"}:  # an author list is one paragraph
                mode = None
            if block and block not in rules["blocks_to_end"] and block_has_content:
                block = None
            continue
        if mode == "disclaimer-heading":
            mode = "disclaimer"  # the heading's paragraph, even after a blank line
        key = _heading_key(text)
        if key in rules["blocks"]:
            block, block_has_content = rules["blocks"][key], False
        elif block:
            block_has_content = True
        if block:
            line.reason = block
            continue
        if mode == "caption-first" and _REPORTING_SENTENCE.match(text):
            mode = None  # the label had no caption: this line is the report's own text
        if mode == "next-value":
            line.reason, mode = "metadata", None
        elif mode == "caption-first":  # the caption, or the next bare label
            line.reason, mode = "figure caption", "caption-first" if _CAPTION_HEADER.match(text) else "caption"
        elif mode == "caption" or mode == "disclaimer":
            line.reason = "figure caption" if mode == "caption" else "disclaimer"
        elif rules["author_key"].match(text) and (mode is None) and len(text) < 200 and not _VERBISH.search(text):
            line.reason, mode = "author list", "authors"
        elif mode == "authors" and _PERSON_NAME.match(text):
            line.reason = "author list"
        elif _is_author_list_line(text, min_items=1 if mode == "authors" else 3):
            line.reason, mode = "author list", "authors"
        elif rules["affiliation_key"].match(text) and not _VERBISH.search(text):
            line.reason, mode = "affiliation", "affiliations"
        elif (mode == "affiliations" and not rules["metadata"].match(text)) or (not registry and _is_affiliation(text)):
            line.reason = "affiliation"
        else:
            mode = None
        registry = registry or key in rules["field_keys"]
        if line.reason:
            previous_content = text
            continue
        if text.isdigit() and _heading_key(previous_content) in rules["field_keys"]:
            pass  # the value of a registry field such as "Target Recruitment"
        elif rules["boilerplate"].fullmatch(text):
            line.reason = "web boilerplate"
        elif key in rules["next_line_keys"]:
            line.reason, mode = "metadata", "next-value"
        elif rules["metadata"].match(text) or rules["metadata_colon"].match(text) or _metadata_unless_prose(text, rules):
            line.reason = "metadata"
        elif _is_citation_line(text):
            line.reason = "citation"
        elif key in rules["disclaimers"]:
            line.reason, mode = "disclaimer", "disclaimer-heading"
        elif _CAPTION_HEADER.match(text):
            line.reason, mode = "figure caption", "caption-first"
        elif _CAPTION_INLINE.match(text):
            line.reason = "figure caption"
        previous_content = text


def _metadata_unless_prose(text: str, rules: dict) -> bool:
    """'Subjects: Cardiology; Clinical trials' is a repository's metadata; 'SUBJECTS: Sixty women undergoing
    caesarean section were randomized.' is a structured abstract's section and holds the sample."""
    key = rules["metadata_colon_unless_prose"].match(text)
    if not key:
        return False
    value = text[key.end():]
    is_sentence = len(value.split()) >= 5 and value.rstrip().endswith(".") and not any(c in value for c in ";>")
    return not is_sentence


def _is_author_list_line(text: str, min_items: int = 3) -> bool:
    """PubMed's author and collaborator lines, wrapped anywhere: 'Hong J(1), Zhang Y, Lai S, Lv A, Su Q, Zou'
    — at least three 'Surname INITIALS' items (one on a line that continues the list) and nothing else but a
    cut item at either end."""
    if any(ch.isdigit() for ch in _AFFILIATION_MARKER.sub("", text)):
        return False
    parts = [part.strip() for part in _AUTHOR_KEY.sub("", text, count=1).split(",")]
    parts[-1] = parts[-1].rstrip(".;").strip()
    not_surnames = _not_surnames()
    full = sum(1 for part in parts if _AUTHOR_ITEM.fullmatch(part) and part.split(" ", 1)[0] not in not_surnames)
    return full >= min_items and full >= len(parts) - 2


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that make 'Arm A, Arm B, Arm C' look like an author list."""
    return frozenset(load("boilerplate")["not_surnames"])


def _is_citation_line(text: str) -> bool:
    """A reference-list entry or a journal citation line, not prose that cites a paper in passing
    ("... in the ovary (Am J Epidemiol 1989;130:904-10). Galactose ..."): an open parenthesis before the
    citation makes it inline, and a reference entry is never a paragraph's length."""
    if len(text) >= _LONGEST_REFERENCE:
        return False
    match = _CITATION.match(text)
    if match:
        before = text[: match.end()]
        return before.count("(") <= before.count(")") or before.lstrip().startswith("(")
    return bool(_ET_AL_CITATION.match(text)) and len(text) < 250


# A line that reports a result is content however often it repeats: registry results repeat the same
# 'Comparison Groups A vs B P-Value 0.0004 Method Log Rank' row under different outcomes.
_RESULT_LINE = re.compile(r"(?<![\w.])[Pp](?:-?\s*[Vv]alues?)?\s*[<=>≤≥]|(?<![\w.])P-?\s*Value\b|^(?:Comparison Groups|Time Frame)\b")


def _mark_repeats(lines: list[_Line]) -> None:
    seen: set[str] = set()
    for line in lines:
        if line.reason or len(line.content) < 25 or _RESULT_LINE.search(line.content):
            continue
        norm = re.sub(r"\W+", " ", line.content).casefold().strip()
        if norm in seen:
            line.reason = "repeated title"
        seen.add(norm)


def _language(piece: str, memo: dict[str, str | None]) -> str | None:
    """``language.language_of``, once per sentence: the main-language count and the search for foreign
    runs see the same sentences (the latter with their trailing space, which no language test reads)."""
    key = piece.rstrip()
    if key not in memo:
        memo[key] = language.language_of(key)
    return memo[key]


def _main_language(lines: list[_Line], memo: dict[str, str | None]) -> str | None:
    """The report's language, from letters counted sentence by sentence (function-word ratios vary
    with how technical a sentence is, so the whole text's ratio is not reliable)."""
    letters: dict[str, int] = {}
    for line in lines:
        if line.reason:
            continue
        for piece in _SENTENCE_BREAK.split(line.content):
            lang = _language(piece, memo)
            if lang:
                letters[lang] = letters.get(lang, 0) + language.letter_count(piece)
    if not letters:
        return None
    # The extractors read English: when English is a real part of the page, it is the report and
    # the rest is a translation, however long the translation is.
    if letters.get("en", 0) >= 0.2 * sum(letters.values()):
        return "en"
    return max(letters, key=letters.get)


def _foreign_runs(line: _Line, main: str, english_numbers: Callable[[], set[str]], memo: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """Ranges (relative to the stripped line) of runs of sentences in another language than ``main``."""
    text = line.content
    runs: list[tuple[int, int, str]] = []
    pos = 0
    pieces = []
    for match in _SENTENCE_BREAK.finditer(text):
        if match.end() > pos:
            pieces.append((pos, match.end()))
            pos = match.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    current: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # pieces with no language of their own (numbers, URLs)
    for start, end in pieces:
        lang = _language(text[start:end], memo)
        if lang is None:
            pending.append((start, end, ""))
        elif lang != main:
            if current:
                current.extend(pending)
            current.append((start, end, lang))
            pending = []
        else:
            if current:
                runs.append(_merge(current))
            current, pending = [], []
    if current:
        runs.append(_merge(current + pending))
    out = []
    for start, end, lang in runs:
        chunk = text[start:end]
        letters = language.letter_count(chunk)
        latin = language.dominant_script(chunk) == "Latin"
        if latin and len(chunk.split()) < 12 or letters < 1:
            continue  # a short foreign phrase (a name, a Latin term) is not a translation
        shared = set(_NUMBER.findall(chunk)) & english_numbers()
        duplicate = len(shared) >= 2 or (not latin and letters >= 40)
        reason = f"translated duplicate ({lang})" if duplicate else f"non-English text ({lang})"
        out.append((start, end, reason))
    return out


def _merge(run: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    langs = [lang for _, _, lang in run if lang]
    # Ties go to the language seen first: iterating a set of strings would follow PYTHONHASHSEED,
    # so two runs (or two worker processes) could name a different language for the same text.
    return run[0][0], run[-1][1], max(dict.fromkeys(langs), key=langs.count)


def clean(raw: str) -> textmap.CleanedText:
    """Clean a raw document; see the module docstring."""
    lines = _split_lines(raw)
    _classify(lines)
    _mark_repeats(lines)
    memo: dict[str, str | None] = {}
    main = _main_language(lines, memo) or "en"

    @lru_cache(maxsize=1)
    def english_numbers() -> set[str]:  # only needed when a line has a foreign run
        return set(_NUMBER.findall(" ".join(l.content for l in lines if not l.reason)))

    removed: list[RemovedSegment] = []
    kept: list[tuple[int, int]] = []
    for line in lines:
        if line.reason:
            removed.append(RemovedSegment(start=line.start, end=line.end, reason=line.reason))
            continue
        cursor = line.start
        raw_line = raw[line.start : line.end]
        lead = len(raw_line) - len(raw_line.lstrip())
        for start, end, reason in _foreign_runs(line, main, english_numbers, memo) if line.content else []:
            start, end = line.start + lead + start, line.start + lead + end
            kept.append((cursor, start))
            removed.append(RemovedSegment(start=start, end=end, reason=reason))
            cursor = end
        kept.append((cursor, line.end))
    kept = _cut_symbol_runs(raw, kept, removed)
    cleaned = textmap.build(raw, kept, _merge_removed(removed))
    cleaned.sections = sections.find_sections(cleaned)
    _keep_cell_tabs(cleaned)
    return cleaned


# Sections whose rows are table rows: a tab in them is a cell boundary.
_CELL_SECTIONS = frozenset({"primary outcome measures", "secondary outcome measures", "other outcome measures"})


def _keep_cell_tabs(cleaned: textmap.CleanedText) -> None:
    """Keep the tabs of a registry outcome table (elsewhere they are folded to spaces): a row copied
    from the registry site is '<measure>\t<time frame>\t<description>', and the tab is the only
    sign of where a cell ends — folded, the row is three cells glued by single spaces."""
    if "\t" not in cleaned.raw:
        return
    ranges = [(s.start, s.end) for s in cleaned.sections if s.name in _CELL_SECTIONS]
    chars: list[str] | None = None
    for clean_start, raw_start, length in cleaned.pieces:
        for lo, hi in ranges:
            tab = cleaned.raw.find("\t", max(lo, raw_start), min(hi, raw_start + length))
            while tab >= 0:
                chars = chars if chars is not None else list(cleaned.text)
                chars[clean_start + tab - raw_start] = "\t"
                tab = cleaned.raw.find("\t", tab + 1, min(hi, raw_start + length))
    if chars is not None:
        cleaned.text = "".join(chars)


# 32 or more symbols in a row, with no letter, digit or space: a rule line ('=====', '+-----+') or junk,
# never report text. spaCy's tokenizer strips a token's affixes one character at a time, scanning the
# rest of the token each time, so such a run cost quadratic time (8 kB of '(' or '=' took 5 s).
_SYMBOL_RUN = re.compile(r"(?:[^\w\s]|_){32,}")
# The same runs, faster (one character class, no alternation): on ASCII text the class spelled out
# (every ASCII character that is neither \w nor \s, '_' included), else '[^\w\s]' on the text with
# '_' replaced by '-' (same length, and '-' is in the class just as '_' is in _SYMBOL_RUN's).
_SYMBOL_RUN_ASCII = re.compile(r"[\x00-\x08\x0e-\x1b!-/:-@\[-`{-\x7f]{32,}")
_SYMBOL_RUN_NO_UNDERSCORE = re.compile(r"[^\w\s]{32,}")


def _cut_symbol_runs(raw: str, kept: list[tuple[int, int]], removed: list[RemovedSegment]) -> list[tuple[int, int]]:
    """Cut every symbol run out of the kept ranges (as a removed segment, 'symbol run')."""
    if raw.isascii():
        haystack, pattern = raw, _SYMBOL_RUN_ASCII
    else:
        haystack, pattern = raw.replace("_", "-"), _SYMBOL_RUN_NO_UNDERSCORE
    out: list[tuple[int, int]] = []
    for start, end in kept:
        cursor = start
        for match in pattern.finditer(haystack, start, end):
            out.append((cursor, match.start()))
            removed.append(RemovedSegment(start=match.start(), end=match.end(), reason="symbol run"))
            cursor = match.end()
        out.append((cursor, end))
    return out


def _merge_removed(removed: list[RemovedSegment]) -> list[RemovedSegment]:
    """Join adjacent segments removed for the same reason, so a reference list is one segment."""
    merged: list[RemovedSegment] = []
    for seg in sorted(removed, key=lambda s: s.start):
        if merged and merged[-1].reason == seg.reason and merged[-1].end == seg.start:
            merged[-1] = RemovedSegment(start=merged[-1].start, end=seg.end, reason=seg.reason)
        else:
            merged.append(seg)
    return merged
