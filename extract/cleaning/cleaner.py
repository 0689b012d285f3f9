"""Remove what is not the trial report from copy-pasted text, and say what was removed and why.

Works line by line, since pasted pages keep their layout as lines: each line is kept, or removed
with a reason (web boilerplate, metadata, author list, affiliation, citation, disclaimer, figure
caption, reference list, repeated title, translated duplicate). Within a kept line, a trailing run
of sentences in another language is removed too (an appended translation on the same line).

Nothing removed runs past a heading: many pasted pages have no blank line at all, so every block
(reference list, locations, MEDLINE notes) and every mode (author list, affiliations, caption) also
ends at the next abstract, registry or site heading, and a line that opens with an abstract heading
('PARTICIPANTS: 2510 adults ...') is report text whatever else it looks like.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..models import RemovedSegment
from ..resources import load
from . import language, sections, textmap

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*")
# The pieces whose language is judged within a line: sentences, and the halves of a bilingual registry line
# ('主たる評価項目 / Primary Outcome(s)', jRCT's): the Japanese half goes, the English half stays.
# ChiCTR's 'Chinese English' lines ('卒中后吞咽障碍 Post-stroke dysphagia', '研究类型： Study type：') break where the
# script changes after a space: the Chinese half goes, the English half stays.
_PIECE_BREAK = re.compile(
    r"(?<=[.!?;])\s+|(?<=[。！？；])\s*|(?<=\s/)\s+|(?<=[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60])\s+(?=[A-Za-z])"
)
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
# How a reference entry starts: an optional number, then a surname and initials ('1. Morris PE,', '[12] Smith, J.').
# Prose that cites 'Wang et al. (2016)' in passing starts otherwise ('Compared with Smith et al., ...').
_REFERENCE_START = re.compile(
    r"^(?:\[?\d{1,3}[.)\]]?\s*)?(?:(?:van|von|de|der|den|da|di|del|dos|du|la|le) ){0,2}[A-Z][\w'’-]+,?\s+(?:[A-Z]{1,3}\b|[A-Z]\.)"
)
_PERSON_NAME = re.compile(r"^[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*,\s*[A-Z][\w.'-]*(?:[ -][A-Z][\w.'-]*)*\.?$")
_CAPTION_HEADER = re.compile(r"^(?:supplementary\s+)?(?:figure|fig\.?|table|scheme)\s*[A-Z]?\d+[A-Za-z]?\s*[.:|]?$", re.I)
_CAPTION_INLINE = re.compile(r"^(?:figure|fig\.|table)\s*\d+[A-Za-z]?\s*[.:|]\s+\S", re.I)
# A sentence that reports (a finite verb early on) is body text, not the title-like first sentence of
# a caption: PMC full texts leave a bare float label ("Figure 1") right before a results paragraph.
_REPORTING_SENTENCE = re.compile(
    r"^(?:[^.]|\.(?=\d)){0,250}?\b(?:was|were|is|are|had|has|did|showed|improved|increased|decreased|reduced|achieved|remained|differed|we)\b",
    re.I,
)
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|we|will|did|received|showed)\b", re.I)
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
    tab: bool = False  # the raw line holds a tab (folded away in ``content``): a table row
    registry: bool = False  # past a registry field heading
    indent: int = 0  # leading spaces or tabs of the raw line
    tabs: int = 0  # how many tabs the raw line holds: one in a 'key<TAB>value' row, more in a table's row
    first_tab: int = -1  # where the stripped raw line's first tab is (a table row's first cell ends there)
    prefix: int = 0  # characters of the stripped line to remove before the kept text (an export's field tag)


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = load("boilerplate")
    fields = load("registry_fields")["fields"]
    return {
        "boilerplate": re.compile("|".join(f"(?:{p})" for p in data["web_boilerplate"]), re.I),
        "metadata": re.compile(r"^(?:%s)(?:\s*[:.]\s*|\s+)\S" % "|".join(data["metadata_keys"]), re.I),
        "metadata_keyed": re.compile(r"^(?:%s)\s*[:.]" % "|".join(data["metadata_keys"]), re.I),
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
        "menu_words": frozenset(w.casefold() for w in data["menu_words"]["words"]),
        "contact_key": re.compile(
            r"^(?:%s)(?:\s*(:)\s*\S|(?=\s+\S))" % "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(data["contact_keys"], key=len, reverse=True)), re.I
        ),
        "compound_openers": frozenset(data["hyphenated_line_breaks"]["compound_openers"]),
        "hyphen_suspenders": frozenset(data["hyphenated_line_breaks"]["suspended_before"]),
        "word_endings": frozenset(data["hyphenated_line_breaks"]["word_endings"]),
        "compound_closers": frozenset(data["hyphenated_line_breaks"]["compound_closers"]),
        "degrees": frozenset(data["academic_degrees"]["degrees"]),
        "export_keep": frozenset(data["export_tags"]["keep"]),
        "export_record": frozenset(data["export_tags"]["record"]),
        "display_labels": frozenset(k.casefold() for k in data["display_fields"]["labels"]),
        "display_keep": frozenset(k.casefold() for k in data["display_fields"]["keep"]),
        "navigation_tabs": frozenset(k.casefold() for k in data["navigation_tabs"]["tabs"]),
        # Capitalised, as in an address ('Department of Medicine, Peking University First Hospital'):
        # a lower-case 'hospital' or 'lab' is running text ('prior to hospital discharge, up to 15 months').
        "institution": re.compile(
            r"(?<!\w)(?:%s)\b" % "|".join(f"{w[0].upper()}{w[1:]}|{w.upper()}" for w in data["institution_words"])
        ),
        "field_keys": {k.casefold() for k in fields},
        # Headings after which lines are a registry's fields; a group named like an abstract heading ('Results') is not one.
        "registry_keys": {k.casefold() for k in fields}
        | ({g.casefold() for g in load("registry_fields")["groups"]} - {h.casefold() for h in load("registry_fields")["abstract_headings"]}),
        "publication_types": re.compile("|".join(f"(?:{p})" for p in data["publication_types"]["patterns"]), re.I),
        "counter_value": re.compile(data["counter_values"]["pattern"]),
        "closers": _closing_headings(data),
        "heading_start": _heading_start(data),
        "participants": re.compile(
            r"(?<![\w.,-])(?:\d[\d,.]{0,12}|(?:%s)(?:[- ](?:%s))?)\s+(?:[a-z][\w-]*\s+){0,3}(?:%s)\b"
            % (_number_words(), _number_words(), "|".join(data["participant_nouns"]["words"])),
            re.I,
        ),
        "translation_summaries": frozenset(h.casefold() for h in data["translation_headings"]["summaries"]),
        "translation_section": re.compile(
            r"^(?:%s)\s*(?:[:.]|$)" % "|".join(re.escape(h) for h in sorted(data["translation_headings"]["sections"], key=len, reverse=True)),
            re.I,
        ),
        "participant_noun": re.compile(r"\b(?:%s)\b" % "|".join(data["participant_nouns"]["words"])),
        "count": re.compile(r"\d|(?<![\w-])(?:%s)\b" % _number_words(), re.I),
        **_article_rules(data["article_parts"]),
        "caption_titles": re.compile(r"(?:%s)\b" % "|".join(data["caption_titles"]["patterns"]), re.I),
        # Whole lines only (fullmatch): anchored, so a search never tries the '.{0,240}' prefix at every position.
        "furniture": re.compile("^(?:%s)" % "|".join(f"(?:{p})" for p in data["page_furniture"]["patterns"]), re.I),
        "issue_markers": [re.compile(p, re.I) for p in data["page_furniture"]["issue_markers"]],
        # One to four controls in a row, run together or split by a bar ('Open in new tabDownload slide').
        "figure_chrome": re.compile(r"^(?:(?:%s)\s*[|·•,]?\s*){1,4}" % "|".join(data["figure_chrome"]["chrome"]), re.I),
        "figure_headings": frozenset(data["figure_chrome"]["figure_headings"]),
    }


def _part_key(heading: str) -> str:
    """'Background & Aims', 'background and  aims' -> 'background and aims'."""
    return " ".join(heading.replace("&", " and ").replace("’", "'").split()).casefold()


def _article_rules(data: dict) -> dict:
    """The abstract's parts by heading, and the headings of what a journal page holds besides the abstract."""
    part_of = {_part_key(h): part for part, heads in data["abstract_parts"].items() for h in heads}
    alternatives = "|".join(
        re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\&", "(?:&|and)")
        for h in sorted({h for heads in data["abstract_parts"].values() for h in heads}, key=len, reverse=True)
    )
    return {
        "part_of": part_of,
        # A line that opens with an abstract heading ('Methods: ...', 'RESULTS Time to ...', 'Background'), or a
        # heading run in after a sentence ('... is common. Methods: We randomized ...').
        "part_start": re.compile(r"^(?:[-•*]\s*)?((?i:%s))(?:\s*[:.](?:\s|$)|\s*$|\s+(?=[A-Z0-9(]))" % alternatives),
        "part_inline": re.compile(r"(?<=[.!?)\]]\s)((?i:%s))\s*:\s" % alternatives),
        "body_openers": frozenset(h.casefold() for h in data["body_openers"]),
        "summaries": frozenset(h.casefold() for h in data["summaries"]),
        "panels": frozenset(h.casefold() for h in data["panels"]["headings"]),
        "panel_headings": frozenset(h.casefold() for h in data["panels"]["headings"] + data["panels"]["subheadings"]),
    }


def _closing_headings(data: dict) -> frozenset[str]:
    """Headings that end any block or mode: a registry field or group, an abstract heading, a site's section."""
    registry = load("registry_fields")
    heads = [*registry["fields"], *registry["groups"], *registry["abstract_headings"]]
    heads += data["heading_starts"]["headings"] + data["closing_headings"]["headings"]
    return frozenset(h.casefold() for h in heads)


def _heading_start(data: dict) -> re.Pattern[str]:
    """A line opening with an abstract heading: 'Methods: 60 patients ...', 'Abstract Treatment of ...', 'Design'."""
    heads = sorted({*load("registry_fields")["abstract_headings"], *data["heading_starts"]["headings"]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in heads)
    return re.compile(r"^(?:[-•*]\s*)?(?i:%s)(?:\s*[:.](?:\s|$)|\s*$|\s+(?=[A-Z0-9(]))" % alternatives)


@lru_cache(maxsize=1)
def _number_words() -> str:
    """'twenty|thirty|...|one' as a regex alternation: counts are written out too ('Forty-two healthy volunteers')."""
    words = (w for table in ("units", "tens", "scales") for w in load("number_words")[table])
    return "|".join(sorted(words, key=len, reverse=True))


def _split_lines(raw: str) -> list[_Line]:
    lines, pos = [], 0
    folded = textmap.fold_characters(raw)
    for chunk in raw.splitlines(keepends=True):
        line = _Line(pos, pos + len(chunk), folded[pos : pos + len(chunk)].strip(), tab="\t" in chunk)
        line.indent = len(chunk) - len(chunk.lstrip(" \t")) if chunk[:1] in " \t" else 0
        if line.tab:
            line.first_tab, line.tabs = chunk.strip().find("\t"), chunk.count("\t")
        lines.append(line)
        pos += len(chunk)
    return lines


# 'A Phase 2, Multi-Center Study of ...': a trial's title names a centre but is no address.
_STUDY_TITLE = re.compile(r"\b(?:phase\s+(?:[0-4]|I{1,3}V?|IV)\b|(?:study|trial) (?:of|to|in|on|comparing)\b)", re.I)


# A results table row with a number cell ('| Hospital admissions, n (%) | 9 (8.0) | 18 (16.5) | <0.05 |') is no address,
# nor a result line with a p-value or two numbers compared ('Hospital stay (days): 12 vs 15, P = 0.02').
_TABLE_ROW = re.compile(
    r"(?:\||\t)[ ]*(?:[<>≤≥][ ]*)?\d[\d.,]*[ ]*(?:[|\t(±]|$)"
    r"|(?<![\w.])[Pp][ ]?[<=>≤≥][ ]?0?[.·]\d|\d[ ]+(?:vs\.?|versus)[ ]+\d"
)


def _is_tab_table_row(line: _Line) -> bool:
    """A tab-separated row of three or more cells with a number ('Hospital admissions, n (%)<TAB>9 (8.0)<TAB>...')."""
    return line.tabs >= 2 and any(c.isdigit() for c in line.content)


def _is_affiliation(text: str) -> bool:
    rules = _rules()
    # The cheap tests first: most report lines are long, and the institution pattern scans the whole line.
    return (
        "," in text
        and len(text) < 300
        and not _TABLE_ROW.search(text)
        and bool(rules["institution"].search(text))
        and not _VERBISH.search(text)
        and not _STUDY_TITLE.search(text)
    )


def _heading_key(text: str) -> str:
    return re.sub(r"^[-•*]\s*", "", text).rstrip(":").strip().casefold()


_COUNT_SUFFIX = re.compile(r"(?<!\s)\s*\(\d{1,5}\)$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.)\s+")  # on the case-folded key


def _is_closing_heading(text: str, key: str, rules: dict) -> bool:
    """A heading that ends any block or mode: a registry field, an abstract heading ('Abstract', '2. Methods',
    'Enrollment (Actual)'), or a line that opens with an abstract heading ('Methods: 60 patients ...')."""
    return (
        key in rules["closers"]
        or (key[:1].isdigit() or key[:1] in "ivx") and _SECTION_NUMBER.sub("", key) in rules["closers"]
        or bool(rules["heading_start"].match(text))
    )


def _is_report_prose(text: str, min_length: int) -> bool:
    """A line of the report itself (a paragraph), not a reference entry or a caption's title."""
    return (
        len(text) >= min_length
        and bool(_REPORTING_SENTENCE.match(text))
        and "et al" not in text
        and "doi" not in text.casefold()
        and not _is_citation_line(text)
    )


# A block that runs to the end of the text ends only at a line this long that reads as the report:
# reference entries and captions are shorter, or cite.
_PROSE_CLOSES_BLOCK_TO_END = 400
_PROSE_CLOSES_BLOCK = 150


def _classify(lines: list[_Line]) -> None:
    """Set ``reason`` on every line that is not trial-report content.

    Blocks and modes end at a heading (:func:`_is_closing_heading`) as well as at a blank line: many pasted
    pages have no blank line at all, and a block that ended only there removed the whole report."""
    rules = _rules()
    block: str | None = None
    block_has_content = False
    mode: str | None = None  # 'authors', 'affiliations', 'caption', 'disclaimer', 'next-value'
    previous_removed = False  # a bare number after a removed line is a counter widget's value
    registry = False  # past a registry field heading: rows there are fields, never a free-form address
    tabs = _navigation_tabs(lines, rules)
    # Lists of other papers follow the paper: one named above the abstract's last opening heading is a tab or a
    # sidebar, and as a block it would take the paper's own title ('Related Articles' over the title).
    abstract_at: int | None = None  # found when a list's heading is met: most pages have none
    for index, line in enumerate(lines):
        text = line.content
        if not text:
            if mode in {"caption", "caption-first", "summary-caption", "disclaimer", "authors", "affiliations"}:  # one paragraph each
                mode = None
            if block and block not in rules["blocks_to_end"] and block_has_content:
                block = None
            continue
        if _is_page_furniture(text, rules):
            # A PDF's per-page line, wherever the page broke: the text around it goes on as if it were not there.
            line.reason = _FURNITURE
            continue
        if mode == "disclaimer-heading":
            mode = "disclaimer"  # the heading's paragraph, even after a blank line
        key = _heading_key(text)
        line.registry = registry
        heading = _is_closing_heading(text, key, rules)
        block_key = _COUNT_SUFFIX.sub("", key) if key.endswith(")") else key  # 'References (42)', 'Cited by (15)'
        if index in tabs:
            block, line.reason, previous_removed = None, "web boilerplate", True
            continue
        if block_key in rules["blocks"] and rules["blocks"][block_key] == "related articles":
            if abstract_at is None:
                abstract_at = max((i for i, l in enumerate(lines) if l.content and _opens_abstract(l.content, rules)), default=-1)
            if index < abstract_at:
                block, line.reason, previous_removed = None, "web boilerplate", True
                continue
        if block_key in rules["blocks"]:
            block, block_has_content = rules["blocks"][block_key], False
        elif block and (
            heading
            # A registry's 'key<TAB>value' row ('Secondary study IDs\tUMIN000041234') after a site's note block.
            or line.tab and block not in rules["blocks_to_end"]
            or _is_report_prose(
                text, _PROSE_CLOSES_BLOCK_TO_END if block in rules["blocks_to_end"] else _PROSE_CLOSES_BLOCK
            )
        ):
            block = None
        elif block:
            block_has_content = True
        if block:
            line.reason, previous_removed = block, True
            continue
        if key in rules["figure_headings"] and _next_is_chrome(lines, index, rules):
            # a figure under a summary's name; its caption may report results ('In 6,120 patients, X reduced events
            # (P = 0.002)') and goes whole when a heading or a blank line closes it within a few lines
            mode = "summary-caption" if _caption_closes_soon(lines, index, rules) else "caption"
            line.reason, previous_removed = "figure caption", True
            continue
        if heading and not _metadata_unless_prose(text, rules):
            # An abstract or registry heading is report text, and ends any author list, address or caption.
            mode = None
            registry = registry or key in rules["registry_keys"]
            previous_removed = False
            continue
        if mode == "summary-caption":
            line.reason = "figure caption"
            continue
        if mode in {"caption-first", "caption"} and (_REPORTING_SENTENCE.match(text) or key in rules["summaries"]):
            mode = None  # the label had no caption, or its caption ended: this line is the report's own text
        if mode == "next-value":
            line.reason, mode = "metadata", None
        elif mode in {"caption-first", "table-caption-first"}:  # the caption, or the next bare label
            line.reason = "figure caption"
            if _CAPTION_HEADER.match(text):
                mode = "table-caption-first" if _is_table_label(text) else "caption-first"
            else:
                # A table's rows after its one-line title are the table, and hold results.
                mode = "caption" if mode == "caption-first" else None
        elif mode == "caption" and line.tab:
            mode = None  # a table row: the table's content
        elif mode == "caption" or mode == "disclaimer":
            line.reason = "figure caption" if mode == "caption" else "disclaimer"
        elif rules["author_key"].match(text) and (mode is None) and len(text) < 200 and not _VERBISH.search(text):
            line.reason, mode = "author list", "authors"
        elif mode == "authors" and _PERSON_NAME.match(text):
            line.reason = "author list"
        elif _is_author_list_line(text, min_items=1 if mode == "authors" else 3) or (
            not registry and (_is_name_list_line(text) or _is_degree_author_line(text, rules))
        ):
            line.reason, mode = "author list", "authors"
        elif rules["affiliation_key"].match(text) and not _VERBISH.search(text):
            line.reason, mode = "affiliation", "affiliations"
        elif (mode == "affiliations" and _continues_affiliations(text, rules)) or (
            not registry and _is_affiliation(text) and not _is_tab_table_row(line)
        ):
            line.reason = "affiliation"
        else:
            mode = None
        registry = registry or key in rules["registry_keys"]
        if line.reason:
            previous_removed = True
            continue
        if rules["counter_value"].fullmatch(text):
            if previous_removed:
                line.reason = "web boilerplate"  # a counter widget's value ('Web of Science®', '0')
        elif rules["boilerplate"].fullmatch(text) or rules["figure_chrome"].fullmatch(text) or _is_menu_line(text, rules):
            line.reason = "web boilerplate"
        elif previous_removed and rules["publication_types"].fullmatch(text):
            line.reason = "web boilerplate"
        elif key in rules["next_line_keys"]:
            line.reason, mode = "metadata", "next-value"
        elif _is_contact(text, line, rules):
            line.reason = "contact details"
        elif _is_metadata(text, rules):
            line.reason = "metadata"
        elif _is_citation_line(text):
            line.reason = "citation"
        elif key in rules["disclaimers"]:
            line.reason, mode = "disclaimer", "disclaimer-heading"
        elif _CAPTION_HEADER.match(text):
            line.reason, mode = "figure caption", "table-caption-first" if _is_table_label(text) else "caption-first"
        elif _CAPTION_INLINE.match(text):
            line.reason = "figure caption"
        elif _is_unlabelled_caption(text, rules):
            # 'Figure. Change in monthly migraine days over 24 weeks' over its legend: the legend's lines go too.
            line.reason = "figure caption"
            mode = "caption" if text[:3].casefold() == "fig" else mode
        previous_removed = line.reason is not None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LONGEST_ISSUE_LINE = 200
_LONGEST_FURNITURE = 1000


def _is_page_furniture(text: str, rules: dict) -> bool:
    """A line a journal's PDF prints on every page (boilerplate.json 'page_furniture'): a download watermark, or a
    running header or footer naming the issue: with a year, no verb, no count of participants, a volume or issue
    number or a DOI, and a second issue mark ('BJA Paediatric Anaesthesia | 2023 | Vol 33 | 512',
    'QJM, 2023, Vol. 116, No. 5, 389-396'). 'Tidal volume 6 ml/kg in 2019' is no issue line (a lower-case 'volume')."""
    if len(text) > _LONGEST_FURNITURE:
        return False
    if rules["furniture"].fullmatch(text):
        # 'Downloaded for analysis in 2020, the records of 1,200 patients ...' is the report's.
        return not rules["participants"].search(text)
    if len(text) > _LONGEST_ISSUE_LINE or not _YEAR.search(text) or _VERBISH.search(text) or rules["participants"].search(text):
        return False
    if _is_citation_line(text) or _is_metadata(text, rules):
        return False  # a citation ('1. Diabetologia. 2008 Mar;51(3):408-16.'), a 'DOI: 10.1055/s-2003-39080' line: removed as one
    found = [bool(marker.search(text)) for marker in rules["issue_markers"]]
    return any(found[:5]) and sum(found) >= 2


def _next_is_chrome(lines: list[_Line], index: int, rules: dict) -> bool:
    """The next non-blank line is a figure's controls ('Open in new tabDownload slide')."""
    for line in lines[index + 1 : index + 4]:
        if line.content:
            return bool(rules["figure_chrome"].fullmatch(line.content))
    return False


_SUMMARY_CAPTION_LINES = 3


def _caption_closes_soon(lines: list[_Line], index: int, rules: dict) -> bool:
    """After a summary-named figure's controls, at most three caption lines and then a heading or a blank line:
    the caption can be removed whole without running into the report."""
    seen = 0
    for line in lines[index + 1 : index + 2 + _SUMMARY_CAPTION_LINES + 1]:
        text = line.content
        if not text:
            return seen > 0
        if rules["figure_chrome"].fullmatch(text):
            continue
        if _is_closing_heading(text, _heading_key(text), rules):
            return seen > 0
        seen += 1
    return False


_TAB_RUN = 3  # tab-like lines in a row that are a navigation bar wherever they stand
_CONTENT_LINE = 40  # a kept line this long, before a tab, is the report (the title at least): the tab is a real block


def _navigation_tabs(lines: list[_Line], rules: dict) -> set[int]:
    """Indexes of block headings that are a page's navigation tabs, not blocks: PubMed's 'Page navigation'
    ('Title & authors / Abstract / Similar articles / Cited by / Publication types / ...') and Europe PMC's
    or Wiley's tabs ('Abstract / Free full text / Citations & impact / Similar Articles') name the page's tail
    blocks at its top. Read as blocks, 'Similar articles' removed the title and everything up to the next heading.
    A block heading is a tab when it stands among other tab-like lines (block headings, abstract headings,
    tab names): three or more in a row anywhere, or two before any line of the report. A real tail block
    ('Similar articles' over its entries) has entries, not tabs, after it; PubMed's 'LinkOut - more resources' over
    'Full Text Sources' after the report is two in a row and still a block."""
    runs: list[list[int]] = []
    previous_tab_like = False
    for index, line in enumerate(lines):
        if not line.content:
            continue
        key = _heading_key(line.content)
        key = _COUNT_SUFFIX.sub("", key) if key.endswith(")") else key
        tab_like = (
            key in rules["blocks"] or key in rules["navigation_tabs"] or key in rules["closers"]
        ) and len(key) <= 40
        if tab_like:
            if not previous_tab_like:
                runs.append([])
            runs[-1].append(index)
        previous_tab_like = tab_like
    tabs: set[int] = set()
    first_content = next(
        (i for i, line in enumerate(lines) if len(line.content) >= _CONTENT_LINE and not rules["boilerplate"].fullmatch(line.content)),
        len(lines),
    )
    for run in runs:
        if len(run) >= 2 and run[-1] < first_content:
            pass  # tabs above the report
        elif len(run) >= _TAB_RUN:
            run = run[:-1]  # a navigation bar after the report: its last heading may still open the page's tail
        else:
            continue
        tabs.update(i for i in run if _block_key(lines[i].content) in rules["blocks"] or _block_key(lines[i].content) in rules["navigation_tabs"])
    return tabs


def _block_key(text: str) -> str:
    key = _heading_key(text)
    return _COUNT_SUFFIX.sub("", key) if key.endswith(")") else key


# A field of a bibliographic export: MEDLINE ('PMID- 35678901', 'TI  - Apixaban ...'), RIS ('TY  - JOUR', 'N2  - ...'),
# Ovid's and Embase's tagged displays ('AU - Garcia L.'). Continuation lines are indented.
_EXPORT_TAG = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,3}-(?: |$)")
_EXPORT_MIN_TAGS = 4  # tagged lines (of three or more tags) that make a text an export, not a list with dashes


def _mark_export_tags(lines: list[_Line]) -> None:
    """In a bibliographic export, keep the title and abstract fields (without their tags) and remove every other
    field — authors, journal, dates, identifiers, MeSH terms, keywords — with its continuation lines. The
    report's own lines never start with a capitalised 2-4 character tag and ' - ' four times over."""
    keep = _rules()["export_keep"]
    tags = [m.group(1) for line in lines if not line.indent and (m := _EXPORT_TAG.match(line.content))]
    rules = _rules()
    if len(tags) < _EXPORT_MIN_TAGS or len(set(tags)) < 3:
        return
    # A glossary ('BMI - body mass index', 'HR - hazard ratio', ...) has no record tags around a title or abstract.
    if not (keep & set(tags) - {"SI"} and rules["export_record"] & set(tags)):
        return
    keeping: bool | None = None  # the field in force: its continuation lines follow its fate
    for line in lines:
        match = _EXPORT_TAG.match(line.content)
        if match and line.indent == 0:
            keeping = match.group(1) in keep
            if keeping:
                if line.reason is None:
                    line.prefix = match.end()
            else:
                line.reason = line.reason or "metadata"
        elif line.content and line.indent and keeping is not None:
            if not keeping:
                line.reason = line.reason or "metadata"
        elif line.content:
            keeping = None


_RECORD_NUMBER = re.compile(r"<\d{1,5}>")


def _mark_display_fields(lines: list[_Line]) -> None:
    """Ovid's 'Complete Reference' display: a field label on its own line ('Author', 'Institution', 'Language'),
    its value indented on the lines after it. With three or more such labels, the fields other than the title
    and the abstract go, labels, values and the record number ('<1>') alike."""
    rules = _rules()
    labels, keep = rules["display_labels"], rules["display_keep"]
    found = [
        i for i, line in enumerate(lines[:-1])
        if not line.indent and _heading_key(line.content) in labels and lines[i + 1].indent and lines[i + 1].content
    ]
    if len(found) < _DISPLAY_MIN_LABELS:
        return
    keeping: bool | None = None
    for line in lines:
        if not line.content:
            continue
        key = _heading_key(line.content)
        if not line.indent and key in labels:
            keeping = key in keep
            if not keeping:
                line.reason = "metadata"
        elif line.indent and keeping is not None:
            if not keeping:
                line.reason = "metadata"
        elif not line.indent and _RECORD_NUMBER.fullmatch(line.content):
            line.reason, keeping = "metadata", None
        else:
            keeping = None


_DISPLAY_MIN_LABELS = 3


_MENU_SEPARATOR = re.compile(r"\s*[|>›»]\s*|\s{2,}")
_MENU_ITEM_WORDS = 5
_LONGEST_MENU = 200


def _is_menu_line(text: str, rules: dict) -> bool:
    """A site's navigation bar, breadcrumb or footer pasted as one line: 'Home | Advanced Search | Search Tips |
    Contact us', 'Impressum  Datenschutz  Barrierefreiheit', 'Search for clinical trials > Trial details',
    'Privacy Policy | Terms of use | © 2021 PACTR'. Short items, none with a digit or a sentence's full stop,
    and menu words among them: a table's header ('Outcome   Arm A   Arm B') or a row of values has none."""
    if len(text) > _LONGEST_MENU or not _MENU_SEPARATOR.search(text):
        return False
    items = [item for item in _MENU_SEPARATOR.split(text) if item]
    if len(items) < 2:
        return False
    menu = rules["menu_words"]
    hits = 0
    for item in items:
        key = item.strip().casefold().rstrip(":")
        if "©" in item or key.startswith("copyright"):
            hits += 1
            continue
        if len(key.split()) > _MENU_ITEM_WORDS or any(ch.isdigit() for ch in key) or key.endswith("."):
            return False
        hits += key in menu
    separated_by_bars = "|" in text
    return hits >= 2 or (separated_by_bars and len(items) >= 3 and hits >= 1)


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b")
_LONGEST_CONTACT_ROW = 300


def _is_contact(text: str, line: _Line, rules: dict) -> bool:
    """A registry's contact field: 'Telephone:\t+66 2 201 1000', 'Zip code\t545-8585', 'Street address: Darabad',
    'Name of lead principal investigator\tHiroshi Tanaka' (key, then a colon or the row's only tab, then the
    value: a table's header 'Name\tTime\tMethod' has more cells), or a
    table row that holds an e-mail address ('Dr P Raghunathan\tAIIMS\tNew Delhi\tpriya.r@aiims.edu').
    Person names and street addresses are no part of the report, and read as endpoints or arms."""
    if len(text) > _LONGEST_CONTACT_ROW:
        return False
    match = rules["contact_key"].match(text)
    if match and (match.group(1) or line.tabs == 1 and not text[match.end() : line.first_tab].strip()):
        # A colon after the key, or the tab that ends the row's first cell; a name with a number is no person's
        # ('Name: Semaglutide 2.4 mg', an intervention's).
        return not ("name" in match.group(0).casefold() and any(ch.isdigit() for ch in text))
    return line.tab and bool(_EMAIL.search(text)) and not _RESULT_LINE.search(text)


# A figure's label without its number ('Figure. Change in ...', Neurology's and JAMA's single figures).
_CAPTION_UNNUMBERED = re.compile(r"^(?i:figure|fig\.)\s*[.:|]\s+(?=[A-Z])")


def _is_unlabelled_caption(text: str, rules: dict) -> bool:
    """A figure's caption without 'Figure N': 'Figure. Change in ...', or a legend opening like one ('Kaplan-Meier
    curves for ...', 'Forest plot of ...'); not a sentence that reports ('Kaplan-Meier curves showed ...')."""
    match = _CAPTION_UNNUMBERED.match(text) or rules["caption_titles"].match(text)
    return bool(match) and not _REPORTING_SENTENCE.match(text[match.end() if _CAPTION_UNNUMBERED.match(text) else 0 :])


def _is_table_label(text: str) -> bool:
    return text[:5].casefold() == "table"


def _continues_affiliations(text: str, rules: dict) -> bool:
    """A further address after an 'Affiliation' key: a short comma-separated line with no verb
    ('Natl Ind Base Stem Cell Engn Prod, Tianjin, Peoples R China'); anything else ends the list."""
    return "," in text and len(text) < 300 and not _VERBISH.search(text) and not _is_metadata(text, rules)


_OUTCOME_KIND = re.compile(r"type\s*[:：]\s*(?:primary|secondary|other|exploratory|main)\b", re.I)


def _is_metadata(text: str, rules: dict) -> bool:
    """A repository's or journal's metadata line ('Issue Date 10-Feb-2021', 'Keywords: asthma; children'),
    unless its value reports (a verb) or counts participants ('Type: randomized, ..., 240 participants')."""
    if _OUTCOME_KIND.match(text):
        return False  # ChiCTR's outcome cell under 'Outcome:' ('Type: Primary indicator'), not a record's type
    keyed = rules["metadata"].match(text)
    if keyed and not rules["metadata_keyed"].match(text) and _FINITE_VERB.search(text):
        return False  # 'Indexed to body surface area, cyclophosphamide 750 mg/m2 was given ...'
    if not (keyed or rules["metadata_colon"].match(text) or _metadata_unless_prose(text, rules)):
        return False
    return not rules["participants"].search(text)


def _metadata_unless_prose(text: str, rules: dict) -> bool:
    """'Subjects: Cardiology; Clinical trials' is a repository's metadata; 'SUBJECTS: Sixty women undergoing
    caesarean section were randomized.', 'SUBJECTS: 120 patients with COPD; 60 per arm.' and 'Subjects: Forty-two
    healthy volunteers' are a structured abstract's section and hold the sample: a sentence, a count or a
    (lower-case) participant noun."""
    key = rules["metadata_colon_unless_prose"].match(text)
    if not key:
        return False
    value = text[key.end():]
    is_sentence = len(value.split()) >= 5 and value.rstrip().endswith(".") and not any(c in value for c in ";>")
    return not (is_sentence or rules["count"].search(value) or rules["participant_noun"].search(value))


# An affiliation mark after a 'Surname INITIALS' item, spaced: 'Nguyen TH 1,', 'Le PA 1, 2' (at the item's end).
_SPACED_MARK = re.compile(r"(?<=[A-Z]) \d{1,2}(?:, ?\d{1,2}(?![\w.]))*(?=\s*,|\s*$)")


def _is_author_list_line(text: str, min_items: int = 3) -> bool:
    """PubMed's author and collaborator lines, wrapped anywhere: 'Hong J(1), Zhang Y, Lai S, Lv A, Su Q, Zou'
    — at least three 'Surname INITIALS' items (one on a line that continues the list) and nothing else but a
    cut item at either end. Europe PMC writes the marks spaced ('Nguyen TH 1, Tran VM 2, Le PA 1')."""
    if " " in text and any(ch.isdigit() for ch in text):
        text = _SPACED_MARK.sub("", text)
    if any(ch.isdigit() for ch in _AFFILIATION_MARKER.sub("", text)):
        return False
    parts = [part.strip() for part in _AUTHOR_KEY.sub("", text, count=1).split(",")]
    parts[-1] = parts[-1].rstrip(".;").strip()
    not_surnames = _not_surnames()
    full = sum(1 for part in parts if _AUTHOR_ITEM.fullmatch(part) and part.split(" ", 1)[0] not in not_surnames)
    return full >= min_items and full >= len(parts) - 2


# 'Heike A Bischoff-Ferrari', 'B. C. Jones', 'Paul Wong', 'Maria van der Berg': given names or initials, then a surname.
_FORWARD_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\.?\s+){1,3}(?:(?:van|von|de|der|den|da|di|del|dos|du|la|le)\s+){0,2}[A-Z][\w'’-]+"
)
_NAME_MARKER = re.compile(r"[a-z'’]\s?,?\s?[\d*†‡]")  # 'Smith,1', 'Wong1', 'Bischoff-Ferrari 1 2'
_MARKS = re.compile(r"[\d*†‡§]+")
_LIST_SEPARATOR = re.compile(r"[,;&]|\band\b")
_INITIAL = re.compile(r"(?<![\w'’-])[A-Z]\.?\s")


def _is_name_list_line(text: str) -> bool:
    """Author lines in the other layouts: PubMed's 'Heike A Bischoff-Ferrari 1 2 , Bess Dawson-Hughes 3 , ...',
    PMC's 'John Smith,1 Mary Lee,2 and Paul Wong1', 'A. Smith, B. C. Jones, and D. E. F. Brown', Web of
    Science's 'Haake, Michael; Mueller, Hans-Helge; ...'. Every item is a name; and the names carry affiliation
    marks, or initials, or come as 'Surname, Given' pairs: a list of title-case terms ('Breast Cancer, Lung
    Cancer, Colorectal Cancer') has none of these."""
    if len(text) > 2000 or "," not in text and ";" not in text or _VERBISH.search(text):
        return False
    not_surnames = _not_surnames()
    if ";" in text:
        items = [item.strip().rstrip(".") for item in text.split(";") if item.strip()]
        return len(items) >= 3 and all(
            _PERSON_NAME.match(item) and item.split(",", 1)[0].split()[-1] not in not_surnames for item in items
        )
    items = [item.strip() for item in _LIST_SEPARATOR.split(_MARKS.sub(" ", text).strip().rstrip("."))]
    items = [item for item in items if item]
    if len(items) < 3 or not all(_FORWARD_NAME.fullmatch(item) for item in items):
        return False
    if any(word in not_surnames for item in items for word in item.split()):
        return False
    return len(_NAME_MARKER.findall(text)) >= 2 or all(_INITIAL.search(item + " ") for item in items)


_DEGREE_ITEM = re.compile(r"[,;]|\s{2,}|\s&\s|\band\b")
_DEGREE_MARKS = re.compile(r"(?<=[A-Za-z)])[\d*†‡§,]+(?=[\s;,]|$)")  # affiliation marks after a name or degree: 'MD1;'


def _is_degree_author_line(text: str, rules: dict) -> bool:
    """An author line that gives each name with its degrees and nothing else: 'Prof Anna K Lindqvist, MD  Marco
    Rossi, PhD  Wei Zhang, MD  et al.', 'Li Wang, MD1; Hui Chen, PhD2; Xiaoming Liu, MD, PhD1; et al'. Two or more
    degrees, every other item a name of capitalised words, no verb and no number but affiliation marks: 'MD' as a
    mean difference comes with its value ('MD -2.1, 95% CI ...')."""
    if len(text) > 600 or _VERBISH.search(text):
        return False
    plain = _DEGREE_MARKS.sub(lambda m: m.group().replace(",", ", ").strip("0123456789*†‡§"), text)
    if any(ch.isdigit() for ch in plain):
        return False
    items = [item.strip().rstrip(".") for item in _DEGREE_ITEM.split(plain) if item and item.strip()]
    items = [item for item in items if item.casefold() not in {"et al", "et al."}]
    degrees = sum(1 for item in items if item in rules["degrees"])
    names = [item for item in items if item not in rules["degrees"]]
    return degrees >= 2 and len(names) >= 2 and all(_FORWARD_NAME.fullmatch(item) for item in names)


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that make 'Arm A, Arm B, Arm C' look like an author list."""
    return frozenset(load("boilerplate")["not_surnames"])


# PubMed's 'Giacomo Lanzoni et al. Stem Cells Transl Med. 2021 May.' (no verb: 'Following Smith et al. (2016),
# 120 patients received ...' is prose).
_FORWARD_ET_AL = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\s+et al\b")


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
    return (
        len(text) < 250
        and bool(_REFERENCE_START.match(text) or _FORWARD_ET_AL.match(text) and not _VERBISH.search(text))
        and bool(_ET_AL_CITATION.match(text))
    )


# A line that reports a result is content however often it repeats: registry results repeat the same
# 'Comparison Groups A vs B P-Value 0.0004 Method Log Rank' row under different outcomes.
_RESULT_LINE = re.compile(r"(?<![\w.])[Pp](?:-?\s*[Vv]alues?)?\s*[<=>≤≥]|(?<![\w.])P-?\s*Value\b|^(?:Comparison Groups|Time Frame)\b")
# ... and so is a registry label repeated under each of its fields: EU CTIS writes 'Timepoint(s) of evaluation
# of this end point' under every end point (the endpoint reader needs each to know which time is whose)
_REPEATED_LABEL = re.compile(r"(?:[A-Z]\.\d+(?:\.\d+)*\.?\s+)?Time\s*points?(?:\(s\))?\s+of\s+evaluation\s+of\s+this\s+end\s*-?\s*point\s*:?", re.I)


def _mark_repeats(lines: list[_Line]) -> None:
    """A line seen before is a repeated title. Not a table row (a tab), nor a short registry line with a number
    that is no sentence: a results page repeats an outcome's title ('Change From Baseline in HbA1c at Week 40')
    above its results, and the row 'Overall Number of Participants Analyzed 301 302' under every outcome."""
    seen: set[str] = set()
    after_label = False  # the line before ends with a colon: this one is a field's value ('Measure time point:' / 'Week 4')
    for line in lines:
        if not line.content:
            continue
        value, after_label = after_label, line.content.endswith((":", "："))
        if line.reason or len(line.content) < 25 or _RESULT_LINE.search(line.content) or line.tab or _REPEATED_LABEL.fullmatch(line.content.strip()):
            continue
        if after_label or value and len(line.content) < 200 and not line.content.endswith("."):
            continue  # a registry's field label, repeated under every outcome, and the short value under it
        if line.registry and len(line.content) < 200 and not line.content.endswith(".") and any(ch.isdigit() for ch in line.content):
            continue  # an outcome's title over its results; a repeated paragraph or sentence is still a repeat
        norm = re.sub(r"\W+", " ", line.content).casefold().strip()
        if norm in seen:
            line.reason = "repeated title"
        seen.add(norm)


def _language(piece: str, memo: dict[str, str | None]) -> str | None:
    """``language.language_of``, once per sentence: the main-language count and the search for foreign
    runs see the same sentences (the latter with their trailing space, which no language test reads)."""
    key = piece.rstrip()
    if key not in memo:
        lang = language.language_of(key)
        if lang is not None and lang != "en" and len(lang) == 2:
            # The function words of a name ('Centre Hospitalier Universitaire de la Réunion et de la
            # Guadeloupe', 'Hospital Universitario de la Princesa') are no evidence of a translation.
            lang = language.language_of(_NAME_CHAIN.sub(" ", key))
        memo[key] = lang
    return memo[key]


# A proper name of capitalised words joined by a name's particles ('de la', 'et de la', 'y del'); not German's
# capitalised nouns joined by its function words ('Patienten in die Gruppe mit Atorvastatin').
_NAME_CHAIN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:de|la|le|les|des|du|del|della|di|da|do|dos|das|y|e|et|el|los|las|van|von)\s+){0,3}[A-Z][\w'’-]*)+"
)


_ENGLISH_REPORT_LETTERS = 100


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
    # The extractors read English: when English is a real part of the page (a fifth of it, or a couple of
    # sentences: a short English abstract beside a longer Spanish one), it is the report and the rest is a
    # translation, however long the translation is.
    english = letters.get("en", 0)
    if english >= 0.2 * sum(letters.values()) or english >= _ENGLISH_REPORT_LETTERS:
        return "en"
    return max(letters, key=letters.get)


def _mark_translated_blocks(lines: list[_Line], memo: dict[str, str | None]) -> None:
    """An English report's appended translation, line by line: after its heading ('Zusammenfassung', 'Resumen'),
    every line that is not English, short ones too ('Ziel: Vergleich zweier Dosen.', 'Ergebnisse: ... (p=0,006).'),
    which the sentence-level test leaves (too few words to tell), and any line opening with a translated section
    heading ('Resultados:', 'Palavras-chave:'). The block ends at an English line or an English heading."""
    rules = _rules()
    block = False
    for line in lines:
        text = line.content
        if line.reason or not text:
            continue
        key = _heading_key(text)
        if key in rules["translation_summaries"]:
            line.reason, block = "translated duplicate", True
            continue
        section = rules["translation_section"].match(text)
        if not (block or section):
            continue
        if _is_closing_heading(text, key, rules):
            block = False
            continue
        lang = _language(text, memo)
        if lang == "en" and not (block and section):
            # In the block, a line under a translated heading is the translation whatever its words say: a
            # results line is mostly numbers ('Ergebnisse: ... 4,1 vs. 4,5 (p = 0,09) ...'), too few function
            # words to tell its language.
            block = False
            continue
        line.reason = f"translated duplicate ({lang})" if lang else "translated duplicate"
        block = True


def _foreign_runs(line: _Line, main: str, english_numbers: Callable[[], set[str]], memo: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """Ranges (relative to the stripped line) of runs of sentences in another language than ``main``."""
    text = line.content
    runs: list[tuple[int, int, str]] = []
    pos = 0
    pieces = []
    for match in _PIECE_BREAK.finditer(text):
        if match.end() > pos:
            pieces.append((pos, match.end()))
            pos = match.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    whole = _foreign_line(text, pieces, main, memo)
    if whole:
        pieces = []
        runs.append((0, len(text), whole))
    current: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # pieces with no language of their own (numbers, URLs)
    rules = _rules()
    for start, end in pieces:
        lang = _language(text[start:end], memo)
        if main == "en" and lang in {None, "en"} and _opens_translation(text[start:end], rules) and not _reads_english(text[start:end]):
            lang = "?"  # 'Resumo Fundamento: A hipertensão ...', 'Objetivo: Avaliar ...': a translation's heading
        if lang is None:
            pending.append((start, end, ""))
        elif lang != main and lang != "en":  # English is what the extractors read: never a translation
            if current:
                current.extend(pending)
            current.append((start, end, lang))
            pending = []
        else:
            if current:
                runs.append(_merge(current))
            current, pending = [], []
    if current:
        runs.append(_merge(current + _same_script(text, current, pending)))
    out = []
    for start, end, lang in runs:
        chunk = text[start:end]
        letters = language.letter_count(chunk)
        latin = language.dominant_script(chunk) == "Latin"
        if latin and len(chunk.split()) < 12 or letters < 1:
            continue  # a short foreign phrase (a name, a Latin term) is not a translation
        shared = set(_NUMBER.findall(chunk)) & english_numbers()
        duplicate = len(shared) >= 2 or (not latin and letters >= 40)
        if lang:
            reason = f"translated duplicate ({lang})" if duplicate else f"non-English text ({lang})"
        else:
            reason = "translated duplicate" if duplicate else "non-English text"
        out.append((start, end, reason))
    return out


_FOREIGN_LINE_WORDS = 12  # words a line needs before its language as a whole is judged
_NEUTRAL_LETTERS = 10  # a sentence with fewer letters and no function word is a value, in no language


def _foreign_line(text: str, pieces: list[tuple[int, int]], main: str, memo: dict[str, str | None]) -> str | None:
    """The language of a whole line of an English report that is a translation, though each of its sentences
    is too short to tell ('Se aleatorizaron 240 adultos a vitamina D o placebo. Las caídas fueron menos
    frecuentes (p = 0,03).'): the line as a whole reads as another language, and every sentence of it has a
    function word of that language and no more English ones (an English sentence beside a translation on one
    line, 'Conclusion: Acupuncture reduced pain.', keeps the line to the sentence-by-sentence test)."""
    if main != "en" or len(text.split()) < _FOREIGN_LINE_WORDS:
        return None
    lang = _language(text, memo)
    if lang is None or lang == "en" or len(lang) != 2:
        return None
    for start, end in pieces:
        piece = text[start:end]
        counts = language.function_word_counts(piece)
        if counts.get(lang, 0) == 0 and language.letter_count(piece) < _NEUTRAL_LETTERS:
            continue  # a bare number or value: '(p=0,01).'
        if counts.get("en", 0) > counts.get(lang, 0) or counts.get(lang, 0) == 0:
            return None
    return lang


def _reads_english(piece: str) -> bool:
    """More English function words than words of any other language: 'Resultados: 240 patients were randomized
    to the drug or placebo.' is English under a foreign heading."""
    counts = language.function_word_counts(piece)
    english = counts.pop("en", 0)
    return english > max(counts.values(), default=0)


def _opens_translation(piece: str, rules: dict) -> bool:
    """A sentence that opens with a translation's heading: a summary's ('Resumo', 'Zusammenfassung') or a
    section's ('Objetivo:', 'Ergebnisse:')."""
    head = piece.lstrip()
    first = head.split(None, 1)[0].rstrip(":.").casefold() if head else ""
    return first in rules["translation_summaries"] or bool(rules["translation_section"].match(head))


def _same_script(text: str, run: list[tuple[int, int, str]], pending: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The language-less pieces after a run that still belong to it: up to the first one written in another
    script only ('主たる評価項目 / ' is Japanese, the 'Primary Outcome(s)' after it is not, though too short to
    tell; 'NCT 编号:NCT04615429 ...' mixes both and stays with the Chinese run)."""
    script = language.dominant_script(text[run[0][0] : run[-1][1]])
    out = []
    for piece in pending:
        chunk = text[piece[0] : piece[1]]
        profile = language.script_profile(chunk)
        if script not in profile and sum(profile.values()) >= _OTHER_SCRIPT_LETTERS:
            break  # not a letter of the run's script: the line's other half
        out.append(piece)
    return out


_OTHER_SCRIPT_LETTERS = 3


def _merge(run: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    langs = [lang for _, _, lang in run if lang and lang != "?"]
    if not langs:
        return run[0][0], run[-1][1], ""
    # Ties go to the language seen first: iterating a set of strings would follow PYTHONHASHSEED,
    # so two runs (or two worker processes) could name a different language for the same text.
    return run[0][0], run[-1][1], max(dict.fromkeys(langs), key=langs.count)


# A body heading alone on its line, after a section number ('1. Introduction', '1 | INTRODUCTION', 'I. INTRODUCTION'),
# or before a second column's text ('Introduction      lidocaine has analgesic ...', a two-column PDF's first line).
_BODY_HEADING = re.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s*\|?\s*)?([A-Za-z][A-Za-z &,']{2,40}?)(?:\s*$|\s{3,}(?=\S))")


def _parts(text: str, rules: dict) -> list[str]:
    """The abstract parts whose headings open this line or are run in within it."""
    found = []
    match = rules["part_start"].match(text)
    if match:
        found.append(rules["part_of"].get(_part_key(match.group(1))))
    if len(text) > 40:
        found += [rules["part_of"].get(_part_key(m.group(1))) for m in rules["part_inline"].finditer(text)]
    return [part for part in found if part]


def _mark_article_parts(lines: list[_Line]) -> None:
    """Remove what a journal page holds besides its abstract, once the page shows it has one.

    The abstract is complete when a kept line has opened its methods part and a later one its end (results,
    conclusions, registration, keywords), or when an abstract of a paragraph or more under its heading is followed
    by its keywords line (MDPI's unstructured abstracts). After that, a line that is only an article-body heading
    ('1. Introduction', 'Background' again, 'Peer Review reports') opens the body: on a page that holds only its
    start (a web page's or a PDF's first page: no methods or results heading follows), it is removed to the end of
    the text, since its counts and p-values are cited studies' ('In a previous study of 64 patients ...'); a full
    text keeps its body, introduction and discussion too (CONSORT items 2a, 20-22), with the trial's own methods.
    A panel on other studies after the abstract ('Research in context') goes up to the next heading. A summary block that
    restates the abstract (Highlights, Graphical abstract, Lay summary, TLDR, Key points) goes up to the next
    heading when the abstract's own heading follows it: after the abstract, or on a page where it is the only summary,
    it may be all the report there is ('Highlights' closing an abstract stays). A registry page has no article body."""
    if any(line.registry for line in lines):
        return
    rules = _rules()
    seen: set[str] = set()
    complete = False
    summary = False  # inside a summary block being removed
    kept = [i for i, line in enumerate(lines) if line.content and not line.reason]
    # Where the abstract's own headings are (its start: abstract, summary, background or methods part).
    last_opening = max((i for i in kept if _opens_abstract(lines[i].content, rules)), default=-1)
    opened, prose = False, 0  # an abstract heading seen; letters of kept text since
    panel = False  # inside a panel on other studies ('Research in context')
    for position, index in enumerate(kept):
        line = lines[index]
        text = line.content
        key = _heading_key(text)
        if not complete and opened and prose >= _UNSTRUCTURED_ABSTRACT and _between(lines, kept, position, _KEYWORDS):
            complete = True  # an unstructured abstract closed by its keywords line (removed as metadata)
        if key in rules["summaries"]:
            if index < last_opening:
                summary = True
                line.reason = "summary block"
            continue
        parts = _parts(text, rules)
        if summary:
            if (parts and parts[0] != "end" and rules["part_start"].match(text)) or (
                _is_closing_heading(text, key, rules) and not parts
            ):
                summary = False
            else:
                line.reason = "summary block"
                continue
        if panel:
            if _is_closing_heading(text, key, rules) and key not in rules["panel_headings"]:
                panel = False
            else:
                line.reason = "article body"
                continue
        if complete and key in rules["panels"]:
            panel, line.reason = True, "article body"
            continue
        if complete and _opens_body(text, seen, rules):
            if any(_body_section(lines[rest].content, rules) for rest in kept[position + 1 :]):
                return  # a full text: its introduction and discussion belong to the report of the trial
            for rest in kept[position:]:
                lines[rest].reason = "article body"
            return
        if complete and _between(lines, kept, position, _CITING_COUNTER):
            for rest in kept[position:]:  # the papers that cite this one ('42 Citations' over their titles)
                lines[rest].reason = "reference list"
            return
        for part in parts:
            if part == "end" and "methods" in seen:
                complete = True
            seen.add(part)
        if opened:
            prose += len(text)
        opened = opened or bool(parts) or key == "abstract"


_UNSTRUCTURED_ABSTRACT = 300  # characters of kept text after 'Abstract' before its keywords line: a whole abstract
_KEYWORDS = re.compile(r"^key\s?words?\b", re.I)


# A citing-papers counter over the list of papers that cite this one ('42 Citations', 'Cited by (15)', 'Citations 12').
_CITING_COUNTER = re.compile(r"^(?:\d[\d,]*\s+(?:citations?|citing articles)|(?:citations?|cited by|citing articles)\s*[:(]?\s*\d[\d,]*\)?)$", re.I)


def _between(lines: list[_Line], kept: list[int], position: int, pattern: re.Pattern[str]) -> bool:
    """A removed line just before this kept line matches: a keywords line ('Keywords: autism; probiotics', removed
    as metadata), a citing-papers counter."""
    start = kept[position - 1] + 1 if position else 0
    return any(pattern.match(lines[i].content) for i in range(start, kept[position]))


def _body_section(text: str, rules: dict) -> str | None:
    """The part of the article a heading line opens: 'methods' ('2. Materials & Methods', 'METHODS', 'Study design'),
    'results', 'discussion'; None for any other line."""
    match = _BODY_HEADING.match(text)
    if not match:
        return None
    key = _part_key(match.group(1))
    if key == "discussion" or key.startswith("discussion and") or key == "general discussion":
        return "discussion"
    part = rules["part_of"].get(key)
    if part == "methods":
        return "methods"
    return "results" if key in {"results", "findings"} or key.startswith("results and") else None



def _opens_abstract(text: str, rules: dict) -> bool:
    key = _heading_key(text)
    if key in {"abstract", "summary"} or key.startswith("abstract "):
        return True
    match = rules["part_start"].match(text)
    return bool(match) and rules["part_of"].get(_part_key(match.group(1))) in {"background", "objective", "methods"}


def _opens_body(text: str, seen: set[str], rules: dict) -> bool:
    """A line that is only an article-body heading, after the abstract: 'Background' only when the abstract had
    its own background part (else it may still be the abstract's first heading)."""
    match = _BODY_HEADING.match(text)
    if not match:
        return False
    key = match.group(1).strip().casefold()
    if key not in rules["body_openers"]:
        return False
    return key != "background" or "background" in seen


def clean(raw: str) -> textmap.CleanedText:
    """Clean a raw document; see the module docstring."""
    lines = _split_lines(raw)
    _classify(lines)
    _mark_article_parts(lines)
    _mark_export_tags(lines)
    _mark_display_fields(lines)
    _mark_repeats(lines)
    memo: dict[str, str | None] = {}
    main = _main_language(lines, memo) or "en"
    if main == "en":
        _mark_translated_blocks(lines, memo)

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
        if line.prefix:
            cursor = line.start + lead + line.prefix
            removed.append(RemovedSegment(start=line.start, end=cursor, reason="metadata"))
        for start, end, reason in _foreign_runs(line, main, english_numbers, memo) if line.content else []:
            start, end = line.start + lead + start, line.start + lead + end
            kept.append((cursor, start))
            removed.append(RemovedSegment(start=start, end=end, reason=reason))
            cursor = end
        kept.append((cursor, line.end))
    kept = _cut_symbol_runs(raw, kept, removed)
    if "-\n" in raw or "-\r\n" in raw:
        kept = _join_hyphenated_breaks(raw, kept, removed)
    cleaned = textmap.build(raw, kept, _merge_removed(removed))
    _join_page_breaks(cleaned, lines)
    cleaned.sections = sections.find_sections(cleaned)
    _keep_cell_tabs(cleaned)
    return cleaned


_FURNITURE = "page header or footer"
_PAGE_BREAKERS = frozenset({_FURNITURE, "citation"})  # lines that only a page break puts inside a sentence
_PAGE_LINES = _PAGE_BREAKERS | {"web boilerplate", "metadata"}  # what a PDF's page margin holds besides
_SENTENCE_END = re.compile(r"[.!?:;]['\")\]]?$")
_CONTINUES = re.compile(r"^(?:[a-z0-9(\[]|[-+±×/,%])")


def _join_page_breaks(cleaned: textmap.CleanedText, lines: list[_Line]) -> None:
    """Where a page header or footer stood inside a sentence ('... and 27 of' / <footer> / '100 given placebo'),
    the line break before it becomes a space (same length: no offset moves), so the sentence reads as the
    journal printed it: a drug and its dose, or 'N of M', on the two sides of a page break are one phrase again."""
    if not any(line.reason in _PAGE_BREAKERS for line in lines):
        return
    text = list(cleaned.text)
    changed = False
    previous: _Line | None = None  # the last kept line with text
    furniture = False  # a page header, footer or citation line removed since it
    for line in lines:
        if line.reason in _PAGE_LINES:
            furniture = furniture or line.reason in _PAGE_BREAKERS  # a copyright line alone is no page break
            continue
        if not line.content:
            continue  # a blank line next to the footer: the break goes on
        if line.reason:
            previous, furniture = None, False  # an author list or a caption between: not one sentence
            continue
        if furniture and previous is not None and not _SENTENCE_END.search(previous.content) and _CONTINUES.match(line.content):
            for raw_offset in range(previous.end - 2, previous.end):
                if cleaned.raw[raw_offset] in "\r\n":
                    clean_offset = _clean_offset(cleaned, raw_offset)
                    if clean_offset is not None and text[clean_offset] in "\r\n":
                        text[clean_offset], changed = " ", True
        previous, furniture = line, False
    if changed:
        cleaned.text = "".join(text)


def _clean_offset(cleaned: textmap.CleanedText, raw_offset: int) -> int | None:
    """The cleaned offset of a kept raw character (None when it was removed)."""
    for clean_start, raw_start, length in cleaned.pieces:
        if raw_start <= raw_offset < raw_start + length:
            return clean_start + raw_offset - raw_start
    return None


# Sections whose rows are table rows: a tab in them is a cell boundary.
_CELL_SECTIONS = frozenset({"primary outcome measures", "secondary outcome measures", "other outcome measures"})


def _keep_cell_tabs(cleaned: textmap.CleanedText) -> None:
    """Keep the tabs of a registry outcome table (elsewhere they are folded to spaces): a row copied
    from the registry site is '<measure>\t<time frame>\t<description>', and the tab is the only
    sign of where a cell ends — folded, the row is three cells glued by single spaces."""
    if "\t" not in cleaned.raw:
        return
    ranges = [(s.start, s.end) for s in cleaned.sections if s.name in _CELL_SECTIONS] + _p_column_tables(cleaned.raw)
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


# A pasted results table whose last column is a p-value ('Outcome<TAB>Drug (n = 60)<TAB>Placebo (n = 58)<TAB>P value'):
# its tabs are its cell boundaries, which the p-value reader needs to tell a row's label from its values.
_P_COLUMN_HEADER = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}\t[ ]*[Pp](?:[- ][Vv]alues?)?[ ]*\r?$", re.M)


def _p_column_tables(raw: str) -> list[tuple[int, int]]:
    """The raw (start, end) of each tab table under a 'P' column header: the header and the lines after it
    with as many tabs."""
    ranges = []
    for header in _P_COLUMN_HEADER.finditer(raw):
        tabs, end = header.group().count("\t"), header.end()
        while end < len(raw):
            stop = raw.find("\n", end + 1)
            stop = len(raw) if stop < 0 else stop
            if raw.count("\t", end + 1, stop) != tabs:
                break
            end = stop
        ranges.append((header.start(), end))
    return ranges


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


# A word broken at the end of a line, as PDF text is ('random-\nized', 'Sec-\n  ondary'): lower-case letters on both sides.
_HYPHEN_BREAK = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-(\r?\n[ \t]*)([a-z]+)")


_WORD_RUN = re.compile(r"[A-Za-z]+")
_HYPHEN_PAIR = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-(?=([A-Za-z]+))")


_COMPOUND_FIRST = 4  # letters before a compound closer's break: 're-\nlated', 'in-\nduced' are words split in two


def _join_hyphenated_breaks(raw: str, kept: list[tuple[int, int]], removed: list[RemovedSegment]) -> list[tuple[int, int]]:
    """Join a word that a line break split ('random-\nized' reads 'randomized'): the hyphen and the break are
    cut out of the kept text as a removed segment, so every offset still maps to the raw text, and a span that
    covers the word covers 'random-\nized' in the raw text. A compound broken at its own hyphen keeps the
    hyphen ('placebo-\ncontrolled' reads 'placebo-controlled'): its first part is a word that opens compounds,
    or the document writes the compound with a hyphen elsewhere and never as one word. A suspended hyphen
    ('pre-\nand post-treatment') is left as it is. The document's own spelling decides first, then the list of
    compound openers ('placebo', 'double', 'follow'), unless the rest is a word ending ('follow-\ning'), or a compound's usual second word ('opioid-\nsparing')."""
    rules = _rules()
    cuts: list[tuple[int, int]] = []
    spellings: tuple[set[str], set[str]] | None = None  # the document's words and hyphenated pairs, once
    for match in _HYPHEN_BREAK.finditer(raw):
        first, second = match.group(1), match.group(3)
        if second in rules["hyphen_suspenders"]:
            continue
        hyphen = match.start(2) - 1
        if not (_is_kept(kept, hyphen) and _is_kept(kept, match.start(3))):
            continue
        if spellings is None:
            spellings = set(_WORD_RUN.findall(raw)), {a + "-" + b for a, b in _HYPHEN_PAIR.findall(raw)}
        joined, compound = first + second, f"{first}-{second}"
        if joined in spellings[0]:
            hyphenated = False
        elif compound in spellings[1]:
            hyphenated = True
        else:
            hyphenated = (first.casefold() in rules["compound_openers"] and second not in rules["word_endings"]) or (
                len(first) >= _COMPOUND_FIRST and second in rules["compound_closers"]
            )
        if hyphenated:
            cuts.append((match.start(2), match.end(2)))  # the break only
        else:
            cuts.append((hyphen, match.end(2)))  # the hyphen and the break
    for cut_start, cut_end in cuts:
        removed.append(RemovedSegment(start=cut_start, end=cut_end, reason="hyphenated line break"))
    return _subtract(kept, cuts) if cuts else kept


def _subtract(kept: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kept ranges minus the cuts (both sorted; a cut may span the end of one range and the start of the next)."""
    out: list[tuple[int, int]] = []
    j = 0
    for start, end in kept:
        cursor = start
        while j < len(cuts) and cuts[j][1] <= cursor:
            j += 1
        k = j
        while k < len(cuts) and cuts[k][0] < end:
            cut_start, cut_end = cuts[k]
            if cut_start > cursor:
                out.append((cursor, cut_start))
            cursor = max(cursor, cut_end)
            if cut_end > end:
                break
            k += 1
        if cursor < end:
            out.append((cursor, end))
    return out


def _is_kept(kept: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(kept, (offset, float("inf"))) - 1
    return i >= 0 and kept[i][0] <= offset < kept[i][1]


def _merge_removed(removed: list[RemovedSegment]) -> list[RemovedSegment]:
    """Join adjacent segments removed for the same reason, so a reference list is one segment."""
    merged: list[RemovedSegment] = []
    for seg in sorted(removed, key=lambda s: s.start):
        if merged and merged[-1].reason == seg.reason and merged[-1].end == seg.start:
            merged[-1] = RemovedSegment(start=merged[-1].start, end=seg.end, reason=seg.reason)
        else:
            merged.append(seg)
    return merged
