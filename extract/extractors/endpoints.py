"""Endpoints (primary / secondary / other) with their time frames, from abstracts and registry tables.

Abstract forms: "The primary endpoint was X from baseline to day 28", "The primary endpoint (X from
baseline to day 7, ...) was not met", "Secondary endpoints included X and Y", "X, Y and Z were
recorded", "with 28-day follow-up to assess X and Y". Registry outcome tables: one row per line,
"<name> <time frame> <description>". Abbreviated names are expanded from the document's own
definitions (scispacy) or from the row's description ("TTCI ... Time to Clinical improvement").
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from ..resources import load
from .context import ExtractionContext, Item
from .registry import register
from .registry_outcomes import registry_outcomes
from .ner_outcomes import add_endpoints
from .timeframes import ENDING_FRAME, PERIOD_FRAME, ENDPOINT_TIME_FRAME as TIME_FRAME, TableCandidate, after_threshold, table_atoms as _table_atoms, table_candidates, table_tail

_TABLE_SECTIONS = {"primary outcome measures": "primary", "secondary outcome measures": "secondary", "other outcome measures": "other"}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("endpoints")
    return {
        "kinds": data["kinds"],
        "declared": re.compile(data["declared"], re.I),
        "declared_link": re.compile(data["declared_link"], re.I),
        "declared_predicate": re.compile(data["declared_predicate"], re.I),
        # a name whose comma or 'and' separates no endpoints ('nausea and vomiting', 'days alive and out of hospital')
        "fixed": re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(data["list_fixed_names"]), re.I),
        # adjectives of one noun ('major, disabling, or life-threatening bleeding', 'cardiac and cerebrovascular events')
        "adjectives": re.compile(r"(?:%s)" % "|".join(data["list_adjectives"]), re.I),
        # a line that opens the abstract's next section ('Results', 'CONCLUSIONS: ...', 'Results The ...')
        "section": re.compile(r"(?<![\w-])(?:[-•*]\s*)?(?:%s)(?:\s*[:.]|\s*$|\s+(?=(?-i:[A-Z])))" % data["section_headings"], re.I),
        "declared_qualifier": re.compile(data["declared_qualifier"], re.I),
        "declared_apposition": re.compile(data["declared_apposition"], re.I),
        "measured": re.compile(data["measured"], re.I),
        "follow_up": re.compile(data["follow_up"], re.I),
        "timing": re.compile(data["timing_statement"], re.I),
        "drop": re.compile(r"^(?:(?:%s)\s+)+" % "|".join(data["drop_words"]), re.I),
        "header": re.compile(data["table_headers"]),
        "section_line": re.compile(data["table_section_line"], re.I),
        "marker": re.compile(data["table_time_marker"], re.I),
        "numbered": re.compile(data["table_numbered"]),
        "continuation": frozenset(data["table_continuation"]),
        "name_time": re.compile(data["table_name_time"]),
        "definition": re.compile(data["table_definition"]),
        "determiners": frozenset(data["table_determiners"]),
        # 'to evaluate ...' opens a description: the time column ends before it
        "modifier": re.compile(r"(?<![\w-])" + data["list_modifiers"], re.I),
        "not_outcome": re.compile(r"(?<![\w-])" + data["list_not_outcomes"], re.I),
        "purpose": re.compile(r"(?<![\w-])to\s+(?:%s)\b" % "|".join(data["table_purpose_verbs"]), re.I),
        "instrument": re.compile(r"(?:%s)\b" % "|".join(data["instrument_nouns"])),
    }


_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|as well as)\s+|;\s*")
# a standalone number right before a separator (the ',' of ', and' already passed), not one glued to letters or a hyphen
# a number that starts the next item ('at day 28 and 1-year mortality'), not one of the same time
_NUMBER_ADJECTIVE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[-–](?:day|week|month|year|hour)s?\s+(?!follow|visit|time|point|assessment)[a-z]", re.I)
_NUMBER_BEFORE = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?[ ,]{0,3}$")


def _split_list(text: str, start: int, end: int, outer: int = 0) -> list[tuple[int, int, int]]:
    """Split text[start:end] at commas, 'and', 'as well as' outside parentheses — including a
    parenthesis closed late: 'safety (adverse events [AEs]) within 6 hours; death within 24
    hours)' is one endpoint, its list inside the parenthesis. ``outer`` brackets were opened
    before the phrase (their closers in it are not late). Each part comes with the number of
    brackets still open before it."""
    parts, depth, cursor, i, opened = [], 0, start, start, outer
    late = _late_close(text, start, end, outer)
    p = _patterns()
    fixed = [m.span() for m in p["fixed"].finditer(text, start, end)] if "and" in text[start:end] else []
    while i < end:
        ch = text[i]
        depth += ch in "([" and 1 or 0
        depth -= ch in ")]" and 1 or 0
        if depth <= 0 and i >= late:
            sep = _SEPARATOR.match(text, i, end)
            # 'at 1 and 3 months', 'days 7, 14, and 28': numbers of one time frame, not two endpoints;
            # a number glued to a name ('FEV1, and 6-minute walk distance', 'vitamin B12') is no such number
            between_numbers = sep and i > start and _NUMBER_BEFORE.search(text, max(start, i - 20), i) and text[sep.end() : sep.end() + 1].isdigit() \
                and not _NUMBER_ADJECTIVE.match(text, sep.end(), end)
            if sep and sep.end() > i and (any(a < i < b for a, b in fixed) or _adjectives_of_one_noun(text, cursor, i, sep.end(), end)):
                i = sep.end()
                continue
            composite = _COMPOSITE.search(text, cursor, i) if sep else None
            if composite and not _CONJUNCTION.search(text, composite.end(), i):
                i = sep.end()  # 'a composite of death, myocardial infarction, or stroke': one endpoint, to its 'or'/'and'
                continue
            if sep and sep.end() > i and not between_numbers and not _joins_a_name(text, i, sep.end(), end):
                parts.append((cursor, i, opened))
                opened = max(0, outer + depth)
                cursor = sep.end()
                i = cursor
                continue
        i += 1
    parts.append((cursor, end, opened))
    return [(s, e, o) for s, e, o in parts if e > s]


_WORD_BEFORE = re.compile(r"(?<![\w-])[\w-]+$")
_WORD_AFTER = re.compile(r"[\w-]+")


def _adjectives_of_one_noun(text: str, cursor: int, i: int, after: int, end: int) -> bool:
    """Whether the separator at text[i:after] joins adjectives of one noun: the part before it is
    adjectives only ('major, disabling, or life-threatening bleeding'), or an 'and'/'or' stands
    between two adjectives ('major adverse cardiac and cerebrovascular events', 'systolic and
    diastolic blood pressure'); not 'severe pain and nausea'."""
    adjective = _patterns()["adjectives"]
    part = _WORD_AFTER.findall(text, cursor, i)
    word = _WORD_AFTER.match(text, after, end)
    if part and len(part) <= 3 and all(adjective.fullmatch(w) for w in part):
        return bool(word and adjective.fullmatch(word.group()))
    if "," in text[i:after]:
        return False
    before = _WORD_BEFORE.search(text, cursor, i)
    nxt = _WORD_AFTER.match(text, _skip_space(text, word.end()), end) if word else None
    return bool(before and word and nxt and len(text[cursor:i].split()) > 1 and adjective.fullmatch(before.group())
                and adjective.fullmatch(word.group()) and text[word.end():nxt.start()].strip() == "")


_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|or)(?![\w-])", re.I)
_COMPOSITE = re.compile(r"(?<![\w-])(?:composite|combination)\s+(?:(?:end\s*-?\s*points?|outcomes?|of\s+outcomes)\s+)?(?:of|including|comprising)\s", re.I)


# two capitalised words before a bare 'and', and the capitalised words after it
_TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Z])[\w'-]*\s+[A-Z][\w'-]*$")
_TITLE_AFTER = re.compile(r"(?<![\w'-])([A-Z])[\w'-]*(?:\s+[A-Z][\w'-]*){1,5}")
_BETWEEN = re.compile(r"(?<![\w-])between\s+(?:the\s+)?[\w-]+(?:\s+\d+)?$", re.I)


def _joins_a_name(text: str, i: int, after: int, end: int) -> bool:
    """Whether the 'and' at text[i:after] is inside one name, not between two endpoints: a range
    ('between baseline and week 12'), or a capitalised instrument name ('Hospital Anxiety and
    Depression Scale', 'Psoriasis Area and Severity Index (PASI)'), whose words after 'and' end in
    an instrument noun or an abbreviation spelling both sides; not 'Overall Survival and
    Progression-Free Survival'."""
    if text[i:after].strip() != "and":
        return False
    if _BETWEEN.search(text, max(0, i - 30), i) and TIME_FRAME.match(text, i - len(_BETWEEN.search(text, max(0, i - 30), i).group()), min(end, after + 30)):
        return True
    if _instrument_with_and(text, i, after, end):
        return True
    before = _TITLE_BEFORE.search(text, max(0, i - 60), i)
    title = _TITLE_AFTER.match(text, after, end) if before else None
    if title is None:
        return False
    if _patterns()["instrument"].match(text, title.end() - len(title.group().split()[-1])):
        return True
    abbreviation = re.match(r"\s*\(([A-Z][A-Z-]{2,9})", text[title.end() : end])
    return bool(abbreviation and abbreviation.group(1).startswith(before.group(1)) and title.group(1) in abbreviation.group(1)[1:])


_NAME_OPENING = re.compile(r"(?<![\w'-])([A-Z])[\w'-]*(?:\s+[a-z][\w'-]*){0,2}$")
# only matched where a word starts (after 'and '): the lookbehind keeps a search from trying every position of a run
_INSTRUMENT_TAIL = re.compile(r"(?<![\w'-])(?:[\w'-]+\s+){0,4}?((?i:score|scale|index|questionnaire|inventory|profile|survey|test|checklist|battery))\b"
                              r"(?:\s*\(([A-Z][A-Za-z0-9-]{1,11})\))?")


def _instrument_with_and(text: str, i: int, after: int, end: int) -> bool:
    """An instrument whose name holds 'and' but capitalises only its first word ('Knee injury and
    osteoarthritis outcome score (KOOS)') or only the words after it ('Knee injury and Osteoarthritis
    Outcome Score'): a capitalised opening, and after 'and' a short run ending in an instrument noun
    that is capitalised or followed by an abbreviation of the whole name."""
    opening = _NAME_OPENING.search(text, max(0, i - 40), i)
    tail = _INSTRUMENT_TAIL.match(text, after, end) if opening else None
    if tail is None:
        return False
    short = tail.group(2)
    if short and short[0] == opening.group(1):
        return True
    return tail.group(1)[0].isupper() and text[after].isupper() and len(opening.group().split()) > 1  # not 'Mortality and Quality of Life Score'


def _late_close(text: str, start: int, end: int, outer: int = 0) -> int:
    """The last closing bracket in text[start:end] that no opener in it matches, beyond the
    ``outer`` ones that close brackets opened before the phrase: everything before it is inside a
    parenthesis (an inner bracket closed it early). ``start`` when there is none."""
    depth, unmatched, late = 0, 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth:
                depth -= 1
            else:
                unmatched += 1
                late = i if unmatched > outer else late
    return late


def _opened_before(ctx: ExtractionContext, start: int) -> int:
    """Brackets opened, and not closed, in the sentence before ``start``."""
    sent_start, _ = ctx.sentence_at(start)
    text = ctx.text
    return max(0, text.count("(", sent_start, start) + text.count("[", sent_start, start)
               - text.count(")", sent_start, start) - text.count("]", sent_start, start))


def _outcome(ctx: ExtractionContext, start: int, end: int, kind: str, rule: str, time_frame: tuple[int, int] | None = None,
             outer: int | None = None) -> Item | None:
    """An endpoint item from a phrase: split off a trailing time frame and a parenthetical definition."""
    text = ctx.text
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    drop = _patterns()["drop"].match(text[start:end])
    if drop:
        start += drop.end()
    spans: dict[str, tuple[int, int]] = {}
    values: dict = {"kind": kind}
    if outer is None:  # brackets opened before the phrase in its sentence; only a closer in it can need them
        outer = _opened_before(ctx, start) if text.count(")", start, end) + text.count("]", start, end) else 0
    if outer and text[end - 1 : end] == ")" and text.count("(", start, end) < text.count(")", start, end):
        end -= 1  # '(... were dyspnoea, fatigue and cough)': the closer of a parenthesis opened before
        while end > start and text[end - 1] in " .,;:":
            end -= 1
    late = _late_close(text, start, end, outer)
    # a time frame the phrase ends in whose lead word TIME_FRAME does not take: 'in the first 24 hours after surgery'
    ending = _ending_frame(text, start, end, late)
    # a period the phrase ends in holds any time inside it: 'over the 12-month follow-up period'
    whole = None if ending else _ending_period(text, start, end, late)
    for match in TIME_FRAME.finditer(text, start, ending[0] if ending else end):
        if whole and match.start() >= whole[0]:
            break
        if match.start() > start and match.start() >= late:
            spans["time_frame"] = (match.start(), ending[1] if ending else match.end())
            inner = _CHANGE_OVER.fullmatch(text, start, match.start()) and _CHANGE_IN.match(text, match.end(), end)
            if inner:  # 'the change from baseline to week 12 in HbA1c': the time inside, the name after it
                start = inner.end()
                break
            end = match.start()
            break
    else:
        if ending:
            spans["time_frame"] = ending
            end = ending[0]
    period = _ending_period(text, start, end, late)
    if period:  # 'incidence of AKI during hospitalization', '... during the study period, up to 28 days'
        spans["time_frame"] = (period[0], spans["time_frame"][1] if "time_frame" in spans else period[1])
        end = period[0]
    paren = text.find("(", start, end)
    # a parenthesis inside the name: glued to a word ('HbA(1c)'), or an abbreviation the name goes
    # on after ('2-hour (2-h) postprandial glucose')
    while paren > start:
        close = _matching_paren(text, paren, end)
        glued = text[paren - 1].isalnum()
        if close >= end or not (glued or _ABBREVIATION.fullmatch(text, paren + 1, close) and text[close + 1 : end].strip(" .,;:")):
            break
        paren = text.find("(", close, end)
    if paren > start:
        close = text.rfind(")", paren, max(end, paren))
        inner = text[paren + 1 : close if close > paren else end].strip()
        if inner and not re.fullmatch(r"[A-Z0-9][\w-]{0,9}", inner):
            values["description"] = inner
        end = paren
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    short = re.fullmatch(r"[A-Z]{2}", text[start:end])  # 'OS', 'BP': an abbreviation names an outcome
    if not short and (end - start < 3 or not re.search(r"[A-Za-z]{3}", text[start:end])):
        return None
    if time_frame and "time_frame" not in spans:
        spans["time_frame"] = time_frame
    # a declared endpoint's opening time ('30-day all-cause mortality'), not a measured sample's ('3-day diet records')
    leading = _LEADING_TIME.match(text, start, end) if rule == "endpoint.declared" else None
    if leading and "time_frame" not in spans:  # '30-day all-cause mortality', '12-week change in HAM-D'
        spans["time_frame"] = leading.span(1)
    if "time_frame" in spans:
        values["time_frame"] = text[slice(*spans["time_frame"])]
    values["name"] = _expand(ctx, text[start:end], values.get("description"))
    return Item("endpoints", start, end, rule, values, spans)


# a change whose time comes before what changes: 'change from baseline to week 12 in the PASI score'
_CHANGE_OVER = re.compile(r"(?<![\w-])(?:(?:mean|absolute|relative|percent(?:age)?)\s+)?(?:changes?|reductions?|improvements?|increases?|decreases?)\s+", re.I)
_CHANGE_IN = re.compile(r"(?<!\s)\s+(?:in|of)\s+(?:the\s+)?(?=\S{2})")


def _ending_period(text: str, start: int, end: int, late: int) -> tuple[int, int] | None:
    """A period the phrase ends in ('... during hospitalization', '... over the follow-up period'),
    after a word of the name and outside its parentheses; not one a phrase goes on after
    ('bleeding during surgery requiring transfusion')."""
    phrase = text[start:end].lower()
    if not any(lead in phrase for lead in ("during", "throughout", "over", "duration")):
        return None
    hi = end
    while hi > start and text[hi - 1] in " .,;:":
        hi -= 1
    for match in PERIOD_FRAME.finditer(text, start, hi):
        if match.start() > start and match.start() >= late and match.end() == hi:
            return match.span()
    return None


def _ending_frame(text: str, start: int, end: int, late: int) -> tuple[int, int] | None:
    """A time frame the phrase ends in that running text's TIME_FRAME does not take ('... in 24
    hours', '... in the first 24 hours after surgery', '... over a median of 12 months', '... at the
    end of rehabilitation (week 3)'); looked for in the phrase's last 80 characters only."""
    hi = end
    while hi > start and text[hi - 1] in " .,;:":
        hi -= 1
    lo = max(start, hi - 80)
    for match in ENDING_FRAME.finditer(text, lo, hi):
        if match.start() > start and match.start() >= late and match.end() == hi and re.search(r"[A-Za-z]{3}", text[start : match.start()]):
            return match.start(), hi
    return None


_ABBREVIATION = re.compile(r"[A-Za-z0-9][\w-]{0,9}")
# a time the name opens with, as an adjective of the outcome ('28-day mortality'), not a unit of
# what is measured ('6-minute walk distance', '24-hour urine protein')
_LEADING_TIME = re.compile(r"(?<![\w-])(?:the\s+)?((?:\d+|one|two|three|six|twelve)-(?:day|week|month|year))\s+(?!follow)[a-z]", re.I)


def _expand(ctx: ExtractionContext, name: str, description: str | None) -> str:
    """Expand an abbreviated outcome name using the document's definitions or the row's description
    ('TTCI' -> 'Time to Clinical improvement'); in a longer name, each abbreviation the document
    defines is written out before it ('change in MADRS score' -> 'change in Montgomery-Asberg
    Depression Rating Scale (MADRS) score'), unless the name spells the long form already."""
    if not re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]{1,9}", name) or sum(c.isupper() for c in name) < 2:
        return _written_out(ctx, name)
    if name in ctx.abbreviations:
        return ctx.abbreviations[name]
    letters = [c.lower() for c in name if c.isalpha()]
    for source in filter(None, [description, ctx.text]):
        words = re.findall(r"[A-Za-z][\w-]*", source)
        for i in range(len(words) - len(letters) + 1):
            window = words[i : i + len(letters)]
            if all(w[0].lower() == l and not w.isupper() for w, l in zip(window, letters)):
                return " ".join(window)
    return name


# a word with two capitals, or a capital and a digit ('IOP', 'HbA1c', 'FEV1', 'HAM-D'), not one glued to a hyphenated word
_INNER_ABBREVIATION = re.compile(r"(?<![\w-])(?=[\w-]{0,12}?[A-Z][\w-]{0,12}?[A-Z0-9])[A-Za-z0-9][\w-]{1,12}(?![\w-])")


def _written_out(ctx: ExtractionContext, name: str) -> str:
    """``name`` with the abbreviations the document defines written out, each kept after its long
    form, once; the detector runs only for a name that holds a word shaped like an abbreviation."""
    if not _INNER_ABBREVIATION.search(name):
        return name
    out, last, lowered, done = [], 0, name.lower(), set()
    for match in _INNER_ABBREVIATION.finditer(name):
        short = match.group()
        long = ctx.abbreviations.get(short)
        # a long form with fewer words than the short form's capitals less one is a cut definition
        # ('aromatase inhibitor-associated arthralgia (AIA)' read as 'arthralgia'): not written out
        if not long or short in done or name.find(short) < match.start() or long.lower() in lowered or short in long \
                or len(re.findall(r"[^\s-]+", long)) < sum(c.isupper() for c in short) - 1:
            continue
        done.add(short)
        if match.start() > 0 and long[:1].isupper() and not any(c.isupper() for c in long[1:]):
            long = long[0].lower() + long[1:]  # 'Intraocular pressure' opened its sentence
        out.append(name[last : match.start()] + f"{long} ({short})")
        last = match.end()
    return "".join(out) + name[last:]


def declared_endpoints(ctx: ExtractionContext) -> list[Item]:
    """Endpoints the text declares ('The primary outcome was X'), in order; p-value linking falls back on them."""
    p = _patterns()
    text = ctx.text
    items: list[Item] = []
    for cue in p["declared"].finditer(text):
        kind = p["kinds"][re.sub(r"\s+", " ", cue.group("kind").lower())]
        sent_start, sent_end = ctx.sentence_at(cue.start())
        rest = cue.end()
        loose = cue.group("kind").lower() in ("safety", "efficacy", "other")  # 'Safety outcomes included X', not '... safety parameters (e.g. X)'
        tagged = None if loose else _tagged(ctx, cue, kind, sent_start)
        if tagged is not None:  # 'Overall survival (primary endpoint) was longer ...'
            items.extend(tagged)
            continue
        if loose and not p["declared_link"].match(text, rest, sent_end):
            continue
        if text.startswith("(", _skip_space(text, rest)) and not _REFERENCE.match(text, _skip_space(text, rest) + 1):
            open_at = _skip_space(text, rest)
            close = _matching_paren(text, open_at, sent_end)
            parts = _split_list(text, open_at + 1, close)
            item = _outcome(ctx, *parts[0][:2], kind, "endpoint.declared", outer=parts[0][2]) if parts else None
            items.extend([item] if item else [])
            continue
        apposition = p["declared_apposition"].match(text, rest, sent_end)
        shared = None
        if apposition and p["modifier"].match(text, *apposition.span("outcome")):
            # a qualifier, not an apposition: 'The primary endpoint, assessed at 12 months, was X'
            shared = next(TIME_FRAME.finditer(text, *apposition.span("outcome")), None)
            shared = shared.span() if shared else None
            rest, apposition = len(text[: apposition.end()].rstrip()), None
        if apposition:  # 'The primary outcome, 90-day mortality, was similar between groups'
            item = _outcome(ctx, *apposition.span("outcome"), kind, "endpoint.declared")
            items.extend([item] if item else [])
            continue
        link = p["declared_link"].match(text, rest, sent_end)
        qualifier = None if link else p["declared_qualifier"].match(text, rest, sent_end)
        if qualifier:  # 'The primary outcome of the study was X', '... after 16 weeks were X'
            link = p["declared_link"].match(text, qualifier.end(), sent_end)
        if not link:
            headed = _heading_list(ctx, cue, kind)
            if headed is not None:  # 'Main outcome measures' on a line of its own, or run in: 'Main outcome measures Pain at ...'
                items.extend(headed)
                continue
            items.extend(_declared_before(ctx, cue, kind, sent_start, sent_end))
            continue
        if ":" not in link.group() and p["declared_predicate"].match(text, link.end(), sent_end):
            continue  # a result, not a declaration: 'Secondary outcomes were similar', '... are shown in Table 2'
        list_end = _next_declaration(ctx, link.end(), sent_end)
        parts = _split_list(text, link.end(), list_end, _opened_before(ctx, link.end()))
        if shared is None:  # a time the sentence opens with: 'At 12 months, the primary outcome was X'
            fronted = TIME_FRAME.match(text, _skip_space(text, sent_start), cue.start())
            if fronted and _FRONTED_GAP.fullmatch(text, fronted.end(), cue.start()):
                shared = fronted.span()
        items.extend(_list_outcomes(ctx, parts, kind, "endpoint.declared", shared))
    for heading in _OUTCOME_HEADING.finditer(text):  # 'OUTCOME MEASURES: X (primary); Y and Z (secondary).'
        sent_end = ctx.sentence_at(heading.end())[1] if heading.end() < len(text) else len(text)
        line_end = text.find("\n", heading.end())
        end = min(sent_end, line_end if line_end > heading.end() else len(text))
        if _CLAUSE_VERB.search(text, heading.end(), end) or p["measured"].search(text, heading.end(), end):
            continue  # a sentence, which the other rules read ('OUTCOME MEASURES: Pain was assessed with ...')
        parts = _split_list(text, heading.end(), _next_declaration(ctx, heading.end(), end))
        items.extend(_list_outcomes(ctx, parts, "other", "endpoint.declared"))
    return items


# a heading that names no kind; the items' kinds come from their tags ('(primary)'), else other
_OUTCOME_HEADING = re.compile(r"(?:^|(?<=\n))[ \t]*(?:outcome\s+measures?|outcomes?(?:\s+and\s+measures?)?)[ \t]*:[ \t]*(?=\S)", re.I)


_HEADING_END = re.compile(r"(?<!\s)(?:\s+and\s+measures?)?(?:[ \t]*\r?\n[ \t]*(?=\S)|[ \t]+(?=(?-i:[A-Z0-9])))", re.I)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?$")
_HEADING_LINES = 12


def _heading_list(ctx: ExtractionContext, cue: re.Match[str], kind: str) -> list[Item] | None:
    """The endpoints a heading without a colon introduces ('Main outcome measures' and the list on the
    next lines, one item a line or one sentence; or run in: 'MAIN OUTCOMES AND MEASURES Change in pain
    ...'); None when the cue opens no line or is no heading; [] when the next line declares its own
    ('The primary outcome was ...')."""
    p, text = _patterns(), ctx.text
    head = _HEADING_END.match(text, cue.end())
    if head is None or not _LINE_START.search(text, max(0, cue.start() - 8), cue.start() + len(cue.group()) - len(cue.group().lstrip())):
        return None
    run_in = "\n" not in head.group()
    parts: list[tuple[int, int, int]] = []
    pos = head.end()
    for n in range(1 if run_in else _HEADING_LINES):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        lo, hi = pos, line_end
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi <= lo or (n or not run_in) and p["section"].match(text, lo, hi):
            break
        if n == 0 and p["declared"].match(text, lo, hi):
            return []  # 'Main outcome measures\nThe primary outcome was ...': that sentence declares its own
        sentence_end = ctx.sentence_at(lo)[1]
        if n and (hi - lo > 100 or _CLAUSE_VERB.search(text, lo, hi) or sentence_end < hi):
            break  # a line of running text, not a list item
        hi = min(hi, sentence_end) if sentence_end > lo else hi
        parts += _split_list(text, lo, hi)
        if text[lo:hi].rstrip().endswith(".") or line_end >= len(text):
            break  # a sentence: the list is over
        pos = line_end + 1
    return _list_outcomes(ctx, parts, kind, "endpoint.declared")


# what ends the phrase a '(primary endpoint)' tag follows: a clause's verb ('was assessed by', 'had
# longer'), a colon or semicolon, or the tag before it ('X (primary endpoint) and Y (secondary endpoint)')
_TAG_OPEN = re.compile(r"\(\s*(?:the\s+)?$")
_TAG_CLOSE = re.compile(r"(?<!\s)\s*\)")
_EFFECT_OF = re.compile(r"(?<![\w-])(?:the\s+)?(?:effects?|impacts?|influence)\s+of\s", re.I)
_ON = re.compile(r"(?<=\s)on\s+(?:the\s+)?(?=\w)")
_TAG_JOIN = re.compile(r"(?<![\w-])(?:(?:and|or|as\s+well\s+as)\s+)?(?:(?:on|in|of|for|about|including|especially|particularly)\s+)?", re.I)
_TAG_CUT = re.compile(r"[:;]\s*|\((?:SD|SE|SEM|s\.d\.|(?:95\s*%\s*)?CI|IQR|range)\)\s*|(?<![\w-])(?:(?:with\s+respect\s+to|in\s+terms\s+of|regarding|concerning|whether|that|than)\s+|"
                      r"to\s+(?:analy[sz]e|assess|evaluate|determine|compare|examine|investigate|measure|test|show|demonstrate)\s+|"
                      r"(?:did|does|do|could|would|may|might|can|will)\s+(?:not\s+)?[a-z]+\s+|"
                      r"(?:reduce|improve|increase|decrease|prolong|shorten|affect|lower|raise|prevent)[sd]?\s+|(?:was|were|is|are|be|been|has|have|had|showed|achieved|reached)\s+(?:\w+ly\s+)?"
                      r"(?:[a-z]+ed\s+)?(?:(?:by|with|using|as|in|through|via|from|on)\s+)?"
                      r"(?:(?:a\s+|an\s+)?(?:longer|shorter|higher|lower|greater|better|worse|more|less|fewer|similar|significantly)\s+)*|(?:measured|assessed|evaluated|recorded|compared|examined|"
                      r"analy[sz]ed|determined|defined|quantified|estimated|calculated|included?|includes|comprised|consisted\s+of|showed|"
                      r"found|observed|reported|using|used|improved|reduced|increased|decreased)(?:\s+(?:by|with|using|as|in|through|via|from|on))?\s+)", re.I)


def _past_join(text: str, i: int, hi: int) -> int:
    """Past the separator and the linking words a tagged endpoint's phrase opens with ('and the ...', ', on ...')."""
    while i < hi and (text[i].isspace() or text[i] == ","):
        i += 1
    join = _TAG_JOIN.match(text, i, hi)
    return join.end() if join else i


def _tagged(ctx: ExtractionContext, cue: re.Match[str], kind: str, sent_start: int) -> list[Item] | None:
    """The endpoint a kind tagged in brackets after it names ('Overall survival (primary endpoint) was
    longer', '... the PASI score (primary endpoint) and the proportion achieving PASI 75 (key secondary
    endpoint)'): the last item of the phrase before the bracket, back to a clause's verb or the tag
    before; None when the cue is no such tag."""
    text = ctx.text
    opener = _TAG_OPEN.search(text, max(sent_start, cue.start() - 8), cue.start() + len(cue.group()) - len(cue.group().lstrip()))
    close = _TAG_CLOSE.match(text, cue.end())
    if opener is None or close is None:
        return None
    lo, hi = sent_start, opener.start()
    heading = re.match(r"[A-Z][A-Za-z ]{0,40}:\s*", text[lo:hi])
    lo += heading.end() if heading else 0
    for cut in _TAG_CUT.finditer(text, lo, hi):
        if cut.end() < hi:
            lo = cut.end()
    for before in _patterns()["declared"].finditer(text, lo, hi):  # the tag before ends its own endpoint
        close_before = _TAG_CLOSE.match(text, before.end())
        if close_before and _TAG_OPEN.search(text, max(lo, before.start() - 8), before.start() + len(before.group()) - len(before.group().lstrip())):
            lo = close_before.end()
    lo = _past_join(text, lo, hi)
    parts = _split_list(text, lo, hi)
    if not parts:
        return []
    last = _past_join(text, parts[-1][0], hi)  # '..., on weight loss (primary outcome)'
    if _EFFECT_OF.match(text, last, hi):  # 'the effect of coaching on weight loss (primary outcome)': what it acts on
        on = [m.end() for m in _ON.finditer(text, last, hi)]
        last = on[-1] if on else last
    item = _outcome(ctx, last, parts[-1][1], kind, "endpoint.declared")
    return [item] if item else []


_REFERENCE = re.compile(r"(?<!\s)\s*(?:(?:see\s+)?(?:Table|Fig(?:ure)?|Supplementa(?:l|ry)|Appendix)\b|(?:ref\.?\s*)?(?<![\d,-])\d+(?:\s*[,-]\s*\d+)*\s*\))", re.I)  # '(Table 2)', '(12)'
# a qualifier that defines the endpoint before it, and the parts a definition's own list goes on with
_IN_DEFINITION = re.compile(r"(?:as\s+)?defined\s+(?:as|by)\s", re.I)
_FRONTED_GAP = re.compile(r",\s*(?:the\s+)?", re.I)
_INVERTED = re.compile(r"(?<![\w-])(?:was|were|is|are|constituted|served\s+as)\s+(?:also\s+)?(?:the\s+|our\s+|an?\s+|one\s+of\s+(?:the\s+)?)?$", re.I)
_INVERTED_END = re.compile(r"(?<!\s)\s*(?:(?:of|in)\s+(?:the|this|our)\s+(?:study|trial)\s*)?(?:[.;]|$|,\s*(?:and|while|whereas)\s)")
# after an inverted declaration, the next one's subject starts: 'X was the primary end point, and Y and Z were secondary end points'
_INVERTED_NEXT = re.compile(r"(?<!\s)\s*(?:[;,]\s*)(?:(?:and|while|whereas)\s+)?")
_NOT_A_SUBJECT = re.compile(r"(?:this|that|it|these|those|which|what|there)$", re.I)


def _declared_before(ctx: ExtractionContext, cue: re.Match[str], kind: str, sent_start: int, sent_end: int) -> list[Item]:
    """Endpoints named before their cue: 'Change in the MADRS score 24 hours after infusion was the
    primary outcome.' The sentence up to the verb must be a noun phrase (no verb of its own, not a
    pronoun) and the cue must end the sentence."""
    text = ctx.text
    verb = _INVERTED.search(text, max(sent_start, cue.start() - 20), cue.start() + len(cue.group()) - len(cue.group().lstrip()))
    if verb is None or _INVERTED_END.match(text, cue.end(), sent_end) is None:
        return []
    head_start = sent_start
    heading = re.match(r"[A-Z][A-Za-z ]{0,40}:\s*", text[sent_start : verb.start()])
    if heading:  # 'Methods: ...'
        head_start += heading.end()
    for before in _patterns()["declared"].finditer(text, head_start, verb.start()):
        after = _INVERTED_NEXT.match(text, before.end(), verb.start())
        if after and _INVERTED.search(text, max(head_start, before.start() - 20), before.start() + len(before.group()) - len(before.group().lstrip())):
            head_start = after.end()  # the declaration before ends there
    head = text[head_start : verb.start()]
    if not head.strip() or len(head.split()) > 25 or _CLAUSE_VERB.search(head) or _NOT_A_SUBJECT.fullmatch(head.strip()):
        return []
    return _list_outcomes(ctx, _split_list(text, head_start, verb.start()), kind, "endpoint.declared")


def _next_declaration(ctx: ExtractionContext, start: int, end: int) -> int:
    """Where a declared list ends: at a declaration of more endpoints in the same sentence ('...;
    secondary endpoints included ...'), outside brackets ('X (primary outcome), Y and Z' goes
    on); else at ``end``."""
    p, text = _patterns(), ctx.text
    for cue in p["declared"].finditer(text, start, end):
        depth = text.count("(", start, cue.start()) + text.count("[", start, cue.start())
        depth -= text.count(")", start, cue.start()) + text.count("]", start, cue.start())
        if depth <= 0 and p["declared_link"].match(text, cue.end(), end):
            return cue.start()
    return end


def _list_outcomes(ctx: ExtractionContext, parts: list[tuple[int, int, int]], kind: str, rule: str,
                   time_frame: tuple[int, int] | None = None) -> list[Item]:
    """The endpoints of one list, sharing the time frame the list states once: a leading one ('At
    week 24, HbA1c, weight and lipids were assessed') is no endpoint but every item's; one that
    follows an item ('HbA1c and fasting glucose at week 24') is also the earlier items' before it
    that have none of their own; else ``time_frame`` (stated after the verb: '... were measured at months 1
    and 3')."""
    text = ctx.text
    if parts:
        lo, hi = parts[0][0], parts[0][1]
        while hi > lo and text[hi - 1] in " .,;:":
            hi -= 1
        lead = TIME_FRAME.match(text, lo, hi)
        if lead and lead.end() == hi and len(parts) > 1:
            time_frame, parts = lead.span(), parts[1:]
    # a part that qualifies the one before it is no endpoint, but a time frame it ends in is still
    # the list's ('X, defined as Y at week 36')
    keep = [_endpoint_part(text, s, e, n == 0) for n, (s, e, _) in enumerate(parts)]
    # a part that is only a time ('X, defined as ..., at week 4'; '..., measured at baseline, 8 weeks
    # and 6 months') is the time frame of the endpoint before it, as is the rest of a capitalised
    # name a dropped qualifier cites ('as defined by the Centers for Disease Control and Prevention
    # criteria'; not 'defined as being alive and free from ventilation', which is the definition's)
    timed = [False] * len(parts)
    defining = [False] * len(parts)
    for n in range(1, len(parts)):
        s, e, _ = parts[n]
        after_dropped = not keep[n - 1]
        if _time_part(text, s, e, bare=after_dropped):
            keep[n], timed[n] = False, True
        elif (after_dropped and not timed[n - 1] and text[parts[n - 1][1] : s].strip() == "and"
              and _TITLE_BEFORE.search(text, max(0, parts[n - 1][1] - 60), parts[n - 1][1]) and text[_skip_space(text, s)].isupper()):
            keep[n] = False  # a capitalised name the qualifier cites goes on ('... Disease Control and Prevention criteria')
        elif after_dropped and not timed[n - 1] and (defining[n - 1] or n > 1 and _IN_DEFINITION.match(text, _skip_space(text, parts[n - 1][0])) is not None) \
                and text[parts[n - 1][1] : s].strip() in ("and", "or", ","):
            # the rest of a definition's own list ('defined as resolution of fever and cough'); not a new
            # endpoint after ', and' ('X, defined as Y, and mortality at 28 days')
            keep[n], defining[n] = False, True
    built_all = [_outcome(ctx, s, e, kind, rule, time_frame=time_frame, outer=opened) for s, e, opened in parts]
    for n in range(1, len(parts)):
        if timed[n] and not timed[n - 1]:
            last = n
            while last + 1 < len(parts) and timed[last + 1]:
                last += 1
            owner = next((k for k in range(n - 1, -1, -1) if keep[k] and built_all[k]), None)
            if owner is None:
                continue
            lo, hi = _phrase(text, parts[n][0], parts[last][1])
            qualifier = built_all[n - 1] if not keep[n - 1] and not timed[n - 1] else None
            own = qualifier.spans.get("time_frame") if qualifier else None
            # bare times go on with the qualifier's time ('measured at baseline, 8 weeks and 6 months')
            span = (own[0], hi) if own and own[0] > parts[n - 1][0] and _BARE_TIME.match(text, lo) else (lo, hi)
            # a time the endpoint ends in goes on with them: 'IOP at baseline and at months 1 and 3'
            ended = built_all[owner].spans.get("time_frame")
            if owner == n - 1 and ended and ended[0] > parts[owner][0] and ended[1] >= _phrase(text, *parts[owner][:2])[1]:
                span = (ended[0], hi)
            built_all[owner].spans["time_frame"] = span
            built_all[owner].values["time_frame"] = text[slice(*span)]
            for k in range(owner + 1, last + 1):  # the parts between give it no other time frame
                if built_all[k]:
                    built_all[k].spans.pop("time_frame", None)
    _share_following(text, parts, built_all, keep, time_frame)
    _tagged_kinds(text, parts, built_all, keep)
    return [item for item, k in zip(built_all, keep) if item and k]


_KIND_TAG = re.compile(r"\(\s*(?P<kind>co-?primary|primary|key\s+secondary|secondary|tertiary|exploratory)(?:\s+(?:outcomes?|end\s*-?\s*points?))?\s*\)\W*$", re.I)


def _tagged_kinds(text: str, parts: list[tuple[int, int, int]], built: list[Item | None], keep: list[bool]) -> None:
    """A kind in brackets after a list's item is that item's, and the items' before it back to the
    last tag or semicolon ('Main outcome measures: BMI z score at 15 months (primary); waist
    circumference and body fat at 15 and 24 months (secondary).')."""
    kinds = _patterns()["kinds"]
    first = 0
    for n, (s, e, _) in enumerate(parts):
        tag = _KIND_TAG.search(text, s, e)
        if tag:
            kind = kinds[re.sub(r"\s+", " ", tag.group("kind").lower())]
            for k in range(first, n + 1):
                if built[k] and keep[k]:
                    built[k].values["kind"] = kind
                    if built[k].values.get("description", "").lower() == tag.group().strip("() .;,").lower():
                        del built[k].values["description"]
            first = n + 1
        elif ";" in text[e : parts[n + 1][0]] if n + 1 < len(parts) else False:
            first = n + 1


def _share_following(text: str, parts: list[tuple[int, int, int]], built: list[Item | None], keep: list[bool],
                     time_frame: tuple[int, int] | None) -> None:
    """Give an item's own time frame to the items before it that have none, where the list states
    it once: across a bare 'and' / 'or' ('A and B at 18 weeks, and C at 30 weeks'), or from the
    last item when no other item has a time of its own ('HbA1c, weight and lipids at week 24'); not
    across a comma to a list whose items carry their own times ('need for ventilation by day 28,
    length of stay, and hyperglycaemia within 7 days'), nor from an item in the middle ('overall
    survival, response rate at 24 weeks, and toxicity')."""
    present = [n for n, item in enumerate(built) if item]
    listed = [n for n in present if keep[n]]

    def own(n: int) -> tuple[int, int] | None:
        span = built[n].spans.get("time_frame")
        return span if span and span != time_frame else None

    timed = [n for n in listed if own(n)]
    following, linked, qualifier = None, False, False
    for pos in range(len(present) - 1, -1, -1):
        n = present[pos]
        span = own(n)
        if not keep[n]:  # a qualifier's time is the item's before it ('X, measured at week 12')
            following, qualifier = span or following, bool(span) or qualifier
            continue
        if span:
            inside = span[0] < built[n].end  # a time inside the name is its own ('28-day mortality'), not the list's
            following = None if inside else span
            linked = not inside and (n == listed[-1] and timed == [n])
        elif following and (linked or qualifier or text[parts[n][1] : parts[present[pos + 1]][0]].strip() in ("and", "or")):
            built[n].spans["time_frame"] = following
            built[n].values["time_frame"] = text[slice(*following)]
        else:
            following = None
        qualifier = False


_BARE_TIME = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?|one|two|three|four|six|twelve)[\s-]*(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
                        r"|(?<![\w-])(?:day|week|month|year|visit)\s*\d+\b", re.I)


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the spaces and punctuation around it."""
    start = _skip_space(text, start)
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return start, end


def _time_part(text: str, start: int, end: int, bare: bool) -> bool:
    """A list part that is a time only: one led by its preposition ('at week 4', 'during treatment',
    'up to 2 weeks after', perhaps one word after it), or after a dropped qualifier (``bare``) a
    bare time ('8 weeks', 'week 12', 'and 6 months')."""
    lo, hi = _phrase(text, start, end)
    if lo >= hi:
        return False
    frame = TIME_FRAME.match(text, lo, hi)
    if frame is None and bare:
        frame = _BARE_TIME.match(text, lo, hi)
    return frame is not None and len(text[frame.end() : hi].split()) <= 1


_SENTENCE_ADVERBIAL = re.compile(r"(?<![\w-])(?-i:In|On|At|During|For|Within|Over|Across|Among)\s+(?:this|these|the|each|every|all|both|our)\s")


_PERIOD_PART = re.compile(r"(?<![\w-])(?:in|during|over|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:period|phase|stage)(?:\s*\([^()]*\))?", re.I)


def _endpoint_part(text: str, start: int, end: int, first: bool) -> bool:
    """Whether a part of a list can name an endpoint: not a clause that qualifies the part before it
    ('which was measured by ...', 'assessed on a 7-point scale'), not a word that is no outcome
    ('follow-up', 'statistically significant', 'a total of 90 sets') and, first in its sentence, not
    an adverbial that sets the scene ('In this randomized trial, X and Y were evaluated')."""
    p = _patterns()
    start = _skip_space(text, start)
    phrase = text[start:end].strip(" .,;:")
    if p["modifier"].match(phrase) or p["not_outcome"].fullmatch(phrase):
        return False
    if not first and _PERIOD_PART.fullmatch(phrase):  # '... in the acute period and in the delayed period (days 2-5)'
        return False
    return not (first and _SENTENCE_ADVERBIAL.match(phrase))


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def _matching_paren(text: str, open_at: int, limit: int) -> int:
    depth = 0
    for i in range(open_at, limit):
        depth += text[i] == "("
        depth -= text[i] == ")"
        if depth == 0:
            return i
    return limit


def _measured(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    items = []
    for verb in p["measured"].finditer(text):
        sent_start, _ = ctx.sentence_at(verb.start())
        for opening in _SUBJECT_OPENING.finditer(text, sent_start, verb.start()):
            sent_start = opening.end()  # a title and a 'Methods:' heading glued to the sentence
        subject = text[sent_start : verb.start()]
        if re.search(r"\b(?:patients|participants|subjects|we|they|groups?)\b", subject, re.I) or ctx.section_of(sent_start) in _TABLE_SECTIONS:
            continue
        if _PRONOUN_SUBJECT.search(subject):  # '...; it was measured at 12 months', '...; both were assessed': the list's
            continue
        relative = _RELATIVE.search(subject)
        if relative:
            # a relative clause: 'X, which was measured by ...' lists X only when X is the sentence's
            # subject ('Serum ferritin, which was measured at baseline and week 12, increased'), not
            # a noun a clause before it declares or acts on ('The primary outcome was HbA1c, which ...')
            head = subject[: relative.start()].rstrip()
            if not head.endswith(",") or len(head.split()) > 10 or _CLAUSE_VERB.search(head):
                continue
            verb_start = sent_start + len(head) - 1
        else:
            verb_start = verb.start()
        parts = _split_list(text, sent_start, verb_start)
        items.extend(_list_outcomes(ctx, parts, "other", "endpoint.measured", _time_after(text, verb.end(), ctx.sentence_at(verb.start())[1])))
    for cue in p["follow_up"].finditer(text):
        _, sent_end = ctx.sentence_at(cue.start())
        frame = re.search(r"\d+[- ](?:day|week|month|year)s?\s+follow-?up\s*$", text[max(0, cue.start() - 25) : cue.start() + 10])
        tf = (cue.start() - 25 + frame.start(), cue.start() + len("follow-up")) if frame and cue.start() >= 25 else None
        tf_match = re.search(r"\d+[- ](?:day|week|month|year)s?\s+follow-?up", text[max(0, cue.start() - 25) : cue.end()])
        if tf_match:
            base = max(0, cue.start() - 25)
            tf = (base + tf_match.start(), base + tf_match.end())
        for s, e, opened in _split_list(text, cue.end(), sent_end, _opened_before(ctx, cue.end())):
            item = _outcome(ctx, s, e, "other", "endpoint.follow_up", time_frame=tf, outer=opened)
            if item:
                items.append(item)
    return items


# the last blank line or section heading before a subject, where the sentence splitter left them in
_SUBJECT_OPENING = re.compile(r"\n[ \t]*\n\s*(?:[A-Z][A-Za-z ]{0,40}:\s*)?|(?<![^\n])[A-Z][A-Za-z ]{0,40}:[ \t]*")
_RELATIVE = re.compile(r"(?<![\w-])(?:which|that|who)\s+$", re.I)
_PRONOUN_SUBJECT = re.compile(r"(?<![\w-])(?:it|this|these|both)\s+(?:(?:also|then|all)\s+)?$", re.I)
# a verb that makes the words before a relative pronoun a clause rather than a noun phrase
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|be|been|has|have|had|did|does|showed|found|observed|received|underwent|"
                          r"reduced|increased|decreased|improved|lowered|raised|compared|included|enrolled)\b|[a-z]ed\s+(?:the|a|an|by|with|to|in)\b", re.I)
_TIME_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")


def _time_after(text: str, start: int, end: int, window: int = 80) -> tuple[int, int] | None:
    """The time frame a 'measured' verb is followed by ('was measured at baseline, week 2, week 4,
    and month 3', 'were recorded at baseline, and after 2 weeks and 3 months of treatment', 'was
    assessed at the end of 24 weeks'): the first time expression within ``window`` characters of
    the clause, with those joined to it by commas and 'and'."""
    first = next(iter(TIME_FRAME.finditer(text, start, min(end, start + window + _WINDOW))), None)
    if first is None or first.start() - start > window or re.search(r"[;:]", text[start : first.start()]):
        return None
    span, limit = first.span(), min(end, first.end() + _WINDOW)
    for _ in range(8):
        nxt = TIME_FRAME.match(text, _TIME_GAP.match(text, span[1], limit).end(), limit)
        if nxt is None or nxt.start() == span[1]:
            break
        span = (span[0], nxt.end())
    return span


def _registry_table(ctx: ExtractionContext) -> list[Item]:
    """One endpoint per row of a registry's outcome tables, in the layouts a paste gives: cells
    glued with single spaces ('<measure> <time frame> <description>', the column found by
    :func:`_row_time_frame`; '<measure> <description> <time frame>' after a header line 'Outcome
    Measure Measure Description Time Frame', as the current registry site orders them), or the
    classic 'N. <measure> [ Time Frame: <time frame> ]' with the description on the next line.
    Where the cells are separated by tabs (kept by the cleaning step in these sections), the tabs
    say where each cell ends (:func:`_tab_cells`)."""
    p = _patterns()
    text = ctx.text
    items: list[Item] = []
    pos, time_last, explicit = 0, False, False
    cycle: list[str] = []  # the header cells given one a line ('o'utcome, 'm'easure description, 't'ime frame)
    cycle_at: int | None = None
    closed: str | None = None  # a section whose rows a page field or a superseded block ended
    fields = _page_fields()
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        kind = _TABLE_SECTIONS.get(ctx.section_of(line_start) or "")
        body = line.rstrip("\r\n")
        if kind and kind != closed:
            label = body.strip().rstrip(":").strip()
            if fields["revision"].fullmatch(body.strip()):
                continue  # ISRCTN: 'Current primary outcome measure as of 05/09/2023:' over the current rows
            if fields["superseded"].fullmatch(body.strip()) or re.sub(r"\s+", " ", label).casefold() in fields["labels"]:
                closed = kind  # 'Previous primary outcome measure:' (no longer the trial's), or the page's next field
                continue
        if not kind or not body.strip() or p["section_line"].match(body):
            closed = None if kind != closed else closed
            continue
        if kind == closed:
            continue
        header = p["header"].match(body)
        if header and not body[header.end() :].strip():  # a header line alone: is the time column last?
            time_last = bool(re.search(r"Description\s+Time\s+Frame\s*$", body))
            continue
        cell = _HEADER_CELL.fullmatch(body.strip())
        if cell:  # one header cell a line: the cells that follow come one a line in the same order
            cycle = cycle + [cell.group(1)[0].lower()] if cycle_at is None else [cell.group(1)[0].lower()]
            cycle_at = None
            continue
        if len(cycle) > 1:
            cycle_at = 0 if cycle_at is None else (cycle_at + 1) % len(cycle)
            role = cycle[cycle_at]
            if role != "o" and items:  # the description or time cell of the row the name line opened
                lo, hi = _trimmed(text, line_start, line_start + len(body))
                if role == "t" and table_candidates(text, lo, hi):
                    items[-1].spans["time_frame"] = (lo, hi)
                    items[-1].values["time_frame"] = text[lo:hi]
                elif role != "t":
                    items[-1].values["description"] = text[lo:hi]
                continue
        label = _CELL_LABEL.match(body)
        if label and items:  # 'Description: ...' / 'Time Frame: ...' lines of the row above
            lo, hi = _trimmed(text, line_start + label.end(), line_start + len(body))
            if label.group(1).lower().startswith("time"):
                if hi > lo and "time_frame" not in items[-1].spans:
                    items[-1].spans["time_frame"] = (lo, hi)
                    items[-1].values["time_frame"] = text[lo:hi]
            else:
                items[-1].values["description"] = text[lo:hi] or None
            continue
        start = line_start + (header.end() if header else 0)
        end = line_start + len(body)
        while start < end and text[start] in " \t":
            start += 1
        numbered = p["numbered"].match(text, start, end)
        marker = p["marker"].search(text, start, end)
        if explicit and not marker and not numbered and items:  # the classic layout's description line
            items[-1].values.setdefault("description", None)
            items[-1].values["description"] = items[-1].values["description"] or body.strip()
            continue
        explicit = marker is not None  # a description line may follow, numbered row or not
        start = numbered.end() if numbered else start
        cells = None if marker else _tab_cells(text, start, end, time_last)
        if cells:
            name_end, frame, description = cells
        elif marker:
            close = text.find("]", marker.end(), end)
            frame = _trimmed(text, marker.end(), close if close >= 0 else end)
            name_end, description = marker.start(), text[close + 1 : end].strip() if close >= 0 else ""
        else:
            frame = (time_last and _trailing_column(text, start, end)) or _row_time_frame(text, start, end)
            frame = frame and _restated_half(text, frame)
            # the column's sentence end is no part of the description ('Baseline and 12 weeks. Measured at each visit.')
            name_end, description = (frame[0], text[frame[1] : end].strip().lstrip(".;, ")) if frame else (end, "")
            if frame and time_last and frame[1] == end:  # '<measure> <description> <time frame>'
                name_end, description = _name_before_description(text, start, frame[0])
        while name_end > start and text[name_end - 1] in " \t":
            name_end -= 1
        values: dict = {"kind": kind}
        if name_end <= start or not re.search(r"[A-Za-z]", text[start:name_end]):
            continue  # no name: no endpoint (a time cell alone)
        if frame and frame[1] > frame[0]:
            values["time_frame"] = text[frame[0] : frame[1]]
            values["description"] = description or None
            values["name"] = _expand(ctx, text[start:name_end], values["description"])
            items.append(Item("endpoints", start, name_end, "endpoint.registry_table", values, {"time_frame": frame}))
        else:
            values["name"] = text[start:name_end].strip()
            if cells and description:  # two tab cells, the second no time: the description
                values["description"] = description
            items.append(Item("endpoints", start, name_end, "endpoint.registry_table", values))
    return items


@lru_cache(maxsize=1)
def _page_fields() -> dict:
    """Registry fields that end an outcome table when alone on a line ('Overall study start date',
    'Collaborators and Investigators'), and ISRCTN's revision labels."""
    data = load("registry_fields")
    spec = data["outcome_fields"]
    labels = {k.casefold() for k in list(data["fields"]) + list(data["groups"]) + spec["ends"] + spec["evidence"]}
    labels -= {k.casefold() for k in list(spec["labels"]) + spec["table_labels"]} | set(_TABLE_SECTIONS)
    labels -= {k for k in labels if "outcome" in k}
    return {"labels": frozenset(labels), "revision": re.compile(spec["revision"], re.I), "superseded": re.compile(spec["superseded"], re.I)}


# a header cell alone on its line, and a row's cell written on its own line under its label
_HEADER_CELL = re.compile(r"(Outcome Measure|Measure Description|Time Frame)s?:?")
_CELL_LABEL = re.compile(r"(?<!\s)\s*(Description|Time Frame|Measure Description)\s*:\s*")


def _tab_cells(text: str, start: int, end: int, time_last: bool) -> tuple[int, tuple[int, int] | None, str] | None:
    """A row whose cells are separated by tabs: (end of the measure, time column, description).
    Three cells are placed by the header's order ('Name Time Method', or '... Description Time
    Frame'); of two, the second is the time column when it holds a time expression, else the
    description. None when the row has no tab."""
    if "\t" not in text[start:end]:
        return None
    spans, cursor = [], start
    for cell in text[start:end].split("\t"):
        lo, hi = _trimmed(text, cursor, cursor + len(cell))
        if hi > lo:
            spans.append((lo, hi))
        cursor += len(cell) + 1
    if len(spans) < 2:
        return None
    name, rest = spans[0], spans[1:]
    if len(rest) >= 2:
        time = rest[-1] if time_last else rest[0]
    else:
        time = rest[0] if _table_atoms(text, *rest[0]) else None
    description = " ".join(text[lo:hi] for lo, hi in rest if (lo, hi) != time)
    return name[1], time, description


def _trailing_column(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The time column that ends the row, with the clause that opens it ('... Proportion of
    patients admitted From randomisation to discharge, up to 28 days')."""
    letter = re.search(r"[A-Za-z]", text[start:end])
    if letter is None:
        return None
    last = [c for c in table_candidates(text, start, end) if c.start > start + letter.start()][-1:]
    if not last or text[last[0].end : end].strip(" .,;:)"):
        return None
    chosen = _lead_in(text, start + letter.start(), (last[0].start, end))
    # a column that starts with a capital after a lowercase word: not inside the description
    return chosen


def _name_before_description(text: str, start: int, column: int) -> tuple[int, str]:
    """Where the measure ends when the description follows it: at the description restating the
    measure's first words, else at the last sentence end or capitalised word after a lowercase
    one; the description is the rest up to the column."""
    words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", text[start:column])]
    cut = None
    for i in range(1, len(words)):
        if len(words) > 1 and words[i][1].lower() == words[0][1].lower() and i + 1 < len(words) and words[i + 1][1].lower() == words[1][1].lower():
            cut = words[i][0]
            break
    if cut is None:
        for i in range(1, len(words)):
            prev, word = words[i - 1][1], words[i][1]
            if word[:1].isupper() and (prev[-1:] in ".:;" or prev[:1].islower()):
                cut = words[i][0]
                break
    if cut is None:
        return column, ""
    return cut, text[cut:column].strip()


_NAME_LEAD = re.compile(r"(?:at|by|on|to|through|until)\s+", re.I)


def _restated_half(text: str, frame: tuple[int, int]) -> tuple[int, int]:
    """The column's second half when its first half is the same time led by a word of the name
    ('Carotid Stiffness at Baseline and After 12 Months at baseline and after 12 months'): the
    name keeps the first. '12 months 12 months after ...' stays (a column its description repeats)."""
    lo, hi = frame
    if hi - lo > 2 * _WINDOW:
        return frame
    seg = text[lo:hi]
    for gap in re.finditer(r"\s+", seg):
        left, right = seg[: gap.start()], seg[gap.end() :]
        if abs(len(left) - len(right)) > 9 or not _NAME_LEAD.match(left):
            continue  # only a time the name leads to ('... at Week 24'), not a column its description repeats
        left, right = (_NAME_LEAD.sub("", w, count=1) if _NAME_LEAD.match(w) else w for w in (left, right))
        if re.sub(r"\s+", " ", left).lower() == re.sub(r"\s+", " ", right).lower():
            return lo + gap.end(), hi
    return frame


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


_WINDOW = 300  # characters a boundary or a restated name is looked for in (bounded work per candidate)


def _row_time_frame(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The row's time column. A pasted row glues '<measure> <time frame> <description>' with single
    spaces, so the column is chosen by what surrounds it. Where the description restates the
    measure ('Overall survival 60 days Overall survival up to day 60'), the column is what lies
    between. Otherwise it is the first time expression after a word of the name, outside the
    name's parentheses and thresholds ('at least 12 months'), that ends at a boundary: the row's
    end, a capitalised word, or a lowercase word that cannot continue the name. A numbered point or
    a date wins over an anchor alone ('Baseline'). Of two such expressions side by side, a
    second one starting with a capital starts the column ('... between baseline and week 8
    Baseline, week 8 The ...'): the first ends the name."""
    letter = re.search(r"[A-Za-z]", text[start:end])
    if letter is None:
        return None
    candidates = [c for c in table_candidates(text, start, end) if c.start > start + letter.start()]
    candidates = _without_abbreviated(text, candidates)
    restated = _restated_column(text, start, end, candidates)
    if restated:
        return restated
    balanced = text.count("(", start, end) <= text.count(")", start, end)
    found: dict[str, list[tuple[int, int]]] = {"strong": [], "weak": [], "open": [], "parenthesised": []}
    bounded: dict[int, tuple[int, int, bool]] = {}
    depth, counted = 0, start
    for cand in candidates:
        depth += text.count("(", counted, cand.start) - text.count(")", counted, cand.start)
        counted = cand.start
        if after_threshold(text, max(start, cand.start - 40), cand.start):
            continue
        if balanced and depth > 0:
            found["parenthesised"].append((cand.start, cand.end))
            continue
        boundary = _boundary(text, cand, end)
        if boundary is not None:
            after = text[boundary:end].lstrip(" ")
            strong = cand.strong or (not after[:1].islower() and not _openers()["allowed"].match(after)
                                     and _capitalised_column(text, start + letter.start(), cand.start, after))
            found["strong" if strong else "weak"].append((cand.start, boundary))
            bounded[cand.start] = (cand.start, boundary, strong)
        elif cand.strong:
            found["open"].append((cand.start, cand.end))
    # 'From randomization to treatment failure (up to 3 years)': a parenthesis inside a column
    # that a capitalised lead word starts, before an anchor alone ('Time to Treatment Failure').
    found["led"] = [c for c in found["parenthesised"] if _lead_in(text, start + letter.start(), c) != c][:1]
    # a Title-case point right after a column that ends at it opens the description ('At delivery
    # Week 12 values minus baseline values'), unless it restates the point the name ends in
    ends = {b[1]: b for b in bounded.values()}
    found["strong"] = [c for c in found["strong"] if not _describes_after(text, c, end, ends)]
    columns = sorted(found["led"] + found["strong"] + found["weak"] + found["open"])
    found["strong"] = [c for c in found["strong"] if not _ends_name(text, start + letter.start(), c, columns)]
    # An anchor after a word that continues the name is the name's ('Change in Baseline Haemoglobin',
    # 'Time to Discharge') when a numbered time follows, even one the row does not bound.
    continuation = _patterns()["continuation"]
    found["late"] = [c for c in found["weak"] if found["open"] and text[max(start, c[0] - 30) : c[0]].split()[-1:] in ([w] for w in continuation)]
    found["weak"] = [c for c in found["weak"] if c not in found["late"]]
    led_first = found["led"] and (not found["strong"] or found["led"][0][0] < found["strong"][0][0])
    for key in ("led", "strong", "weak", "open", "late", "parenthesised") if led_first else ("strong", "led", "weak", "open", "late", "parenthesised"):
        if found[key]:
            chosen = found[key][0]
            while key != "open":
                following = _next_bounded(text, chosen[1], bounded)
                if following is None or (key == "strong" and not following[2]) or not text[following[0]].isupper() and not text[following[0]].isdigit():
                    break
                # restating the point of a time the name ends in ('... from baseline to Week 24 Week 24 change ...')
                if _opens_description(text, following, end, chosen if _ends_in_time(text, chosen) else None):
                    break
                # an abbreviation after a different point: '... 12 weeks Week 24 HbA1c minus baseline HbA1c'
                if _opens_description(text, following, end, chosen, abbreviation=True):
                    break
                # a column that a post-/pre- word closes goes on: '2 hours post-operatively Day 1'
                chosen = (chosen[0], following[1]) if _POST_WORD_END.search(text, chosen[0], chosen[1]) and not _ends_in_time(text, chosen) else following[:2]
            if key in ("led", "parenthesised"):
                close = text.find(")", chosen[1], min(end, chosen[1] + _WINDOW))
                chosen = (chosen[0], close + 1 if close >= 0 and not text[chosen[1] : close].strip() else chosen[1])
            column = _lead_in(text, start + letter.start(), (chosen[0], _clause_end(text, chosen[1], end)))
            return _resumed(text, start + letter.start(), column[0], candidates), _continued(text, column[1], end)
    return None


_POST_WORD_END = re.compile(r"(?<![\w-])(?:post|pre)-[a-z]+$")
# the name's abbreviation right after a time inside it: '... From Time 0 to 24 Hours (AUC0-24)'
_ABBREVIATED_AFTER = re.compile(r" ?\((?=[\w.,-]{0,15}[A-Z])[A-Za-z][\w.,-]{1,15}\)")
_LIST_GAP = re.compile(r"(?<! ) *(?:[,;&]|(?:and|or|to|through|until)\b)")


def _without_abbreviated(text: str, candidates: list[TableCandidate]) -> list[TableCandidate]:
    """Candidates without the times a name's abbreviation follows when another time comes after it
    ('Area Under the Curve From Time 0 to 24 Hours (AUC0-24) 6 months ...': the range is the
    name's, defined by its abbreviation; the column is the time after)."""
    kept = []
    for n, cand in enumerate(candidates):
        abbreviation = _ABBREVIATED_AFTER.match(text, cand.end)
        # not a list of labelled times: 'Baseline (V1), Week 12 (V4)'
        if (abbreviation and n + 1 < len(candidates) and candidates[n + 1].start >= abbreviation.end()
                and not _LIST_GAP.match(text, abbreviation.end(), candidates[n + 1].end)):
            continue
        kept.append(cand)
    return kept


def _ends_name(text: str, name_start: int, cand: tuple[int, int], columns: list[tuple[int, int]]) -> bool:
    """A time led by a lowercase preposition ends the name ('Change From Baseline in Systolic Blood
    Pressure at Week 12 During the first cycle (6 weeks)', 'Proportion with fever at Day 3 16 weeks
    of therapy') when another time opens right after it (bounded or not): that one is the row's column."""
    # how a name ends in a time ('... at Week 12', '... by Month 24'); 'within', 'up to' open columns
    if not _patterns()["name_time"].match(text, cand[0]) or not text[name_start : cand[0]].strip():
        return False
    nxt = _skip_space(text, cand[1])
    if _patterns()["definition"].match(text, nxt):
        return False  # a description that defines its first word ('Day 1 is the day of ...')
    first = bisect.bisect_left(columns, (nxt, nxt))
    if first < len(columns) and columns[first][0] == nxt:
        return not _opens_description(text, columns[first], len(text), cand)
    if not _openers()["capital"].match(text, nxt) and not _CHANGE_COLUMN.match(text, nxt):
        return False  # a column led in from further on opens with a capitalised word that starts a clause
    return any(_lead_in(text, name_start, c)[0] == nxt for c in itertools.takewhile(lambda c: c[0] <= nxt + _WINDOW, columns[first:first + 8]))


def _describes_after(text: str, cand: tuple[int, int], row_end: int, ends: dict[int, tuple[int, int, bool]]) -> bool:
    """A capitalised point that opens the description right after another bounded column."""
    j = cand[0]
    while j > 0 and text[j - 1] == " ":
        j -= 1
    before = ends.get(j) if j < cand[0] else None
    if before is None:
        return False
    return _opens_description(text, cand, row_end, before[:2], abbreviation=True)


def _ends_in_time(text: str, cand: tuple[int, int]) -> bool:
    """A time a name can end in: one a lowercase preposition leads ('at Week 12') or a change's
    range ('from baseline to Week 24'), not a column of its own ('3 years post implant')."""
    return bool(_patterns()["name_time"].match(text, cand[0]) or re.match(r"from\s.*\bto\s", text[cand[0] : cand[1]]))


def _opens_description(text: str, column: tuple[int, int], row_end: int, before: tuple[int, int] | None = None,
                       abbreviation: bool = False) -> bool:
    """A capitalised time that a lowercase word follows opens the description, not a column:
    'Overall survival at baseline and 12 months Week 12 values minus baseline values'. Not when it
    restates the point of the time just before it, which the name ends in: 'Mortality at 28 days
    Day 28 number of deaths' is the registry's usual '<name at its time> <time> <description>'."""
    if before is not None and _same_point(text[before[0] : before[1]], text[column[0] : column[1]]):
        return False
    if not re.match(r"[A-Z][a-z]+ ?\d", text[column[0] : column[1]]) or len(text[column[0] : column[1]].split()) > 3:
        return False  # a Title-case point alone ('Week 12'), not a clause that an anchor opens ('Randomization until ...')
    word = re.match(r" *([A-Za-z][\w'-]*)", text[column[1] : min(row_end, column[1] + 40)])
    # a lowercase word, or (``abbreviation``) one like 'HbA1c', 'LDL-C': 'Week 24 HbA1c minus baseline HbA1c'
    if word is None or word.group(1)[0].isupper() and not (abbreviation and re.search(r"[A-Z\d]", word.group(1)[1:])):
        return False
    p = _patterns()
    return (word.group(1) not in p["continuation"] and word.group(1) not in p["determiners"]
            and not _table_atoms(text, column[1] + word.start(1), column[1] + word.end(1)))


# a number then its unit ('28 days'), or a unit then its number ('Day 28')
_POINTS = (re.compile(r"(?<![\w.-])(\d+)\s*([A-Za-z]+)\b"), re.compile(r"(?<![\w-])([A-Za-z]+)\s*(\d+)(?![\w.])"))


def _point(span: str) -> tuple[str, str] | None:
    """The one (number, unit) a time states, the unit singular: 'at 28 days' and 'Day 28' ->
    ('28', 'day'); 'from baseline to Week 24' -> ('24', 'week') (a change to that point). None for
    no point, more than one number or a list of points ('at baseline and 6 months')."""
    if len(re.findall(r"\d+", span)) != 1 or re.search(r",|\b(?:and|or)\b", span):
        return None
    for n, pattern in enumerate(_POINTS):
        match = pattern.search(span)
        if match:
            number, unit = match.group(1 + n), match.group(2 - n)
            unit = unit.lower().removesuffix("s")
            if unit in _point_words():
                return number, unit
    return None


@lru_cache(maxsize=1)
def _point_words() -> frozenset[str]:
    return frozenset(load("time_frames")["table_point_words"])


def _same_point(a: str, b: str) -> bool:
    """Two times that state the same point ('at Week 12' / 'Week 12', '2 Years' / 'Year 2')."""
    point = _point(a)
    return point is not None and point == _point(b)


def _resumed(text: str, name_start: int, col_start: int, candidates: list[TableCandidate]) -> int:
    """Start a column that follows a ';' at the clause before it, when that clause opens with a
    time expression ('Up to 36 months; From randomisation to ...'): a name holds no ';'."""
    start = col_start
    for _ in range(8):
        before = text[name_start:start].rstrip(" ")
        if not before.endswith(";"):
            return start
        semi = name_start + len(before) - 1
        opened = [c for c in candidates if name_start < c.start < semi and ";" not in text[c.start : semi]]
        if not opened:
            return start
        start = _lead_in(text, name_start, (opened[0].start, semi))[0]
    return start


_SEGMENT_END = {";": re.compile(r";|\.\s"), ",": re.compile(r"[;,]|\.\s")}


_WHICHEVER = re.compile(r"(?<![\w-])whichever\s+(?:comes|came|occurs|occurred|is|was|happens|happened)\s+(?:first|earlier|later|last)\b", re.I)


def _continued(text: str, col_end: int, row_end: int) -> int:
    """Carry a column over ';' and ',' into the clauses that go on with it: cells are glued with a
    space alone, so punctuation right after a column means the column goes on ('Up to 49 months;
    From randomisation to data cut-off 1 May 2019; median exposure 800 days', 'Day 1 of each
    cycle, 2 hours after the dose'). A clause closed by another ';' belongs to the column whole;
    otherwise the column ends after the clause's first time expression, which must open it (within
    8 words after ';', 3 after ',')."""
    end = col_end
    for _ in range(8):
        sep = re.match(r" *([;,]) *", text[end:row_end])
        if sep is None or end + sep.end() >= row_end:
            return end
        seg_start = end + sep.end()
        whichever = _WHICHEVER.match(text, seg_start, row_end)
        if whichever and sep.group(1) == ",":  # '..., whichever comes first' closes the column's own clause
            end = whichever.end()
            continue
        stop = _SEGMENT_END[sep.group(1)].search(text, seg_start, min(row_end, seg_start + _WINDOW))
        if sep.group(1) == ";" and stop and stop.group() == ";":
            end = stop.start()  # the whole clause, another follows
            while end > seg_start and text[end - 1] == " ":
                end -= 1
            continue
        seg_end = stop.start() if stop else min(row_end, seg_start + _WINDOW)
        words = [m.start() + seg_start for m in re.finditer(r"\S+", text[seg_start:seg_end])]
        limit = words[min(len(words) - 1, 8 if sep.group(1) == ";" else 3)] if words else seg_start
        first = next((c for c in table_candidates(text, seg_start, seg_end) if c.start <= limit), None)
        if first is None:
            return end
        boundary = _boundary(text, first, row_end)
        end = _clause_end(text, boundary if boundary is not None else first.end, row_end)
    return end


# A sentence-case description starts: a capitalised word, then a lowercase one ('Proportion of').
_DESCRIPTION = re.compile(r"[A-Z][a-z'-]*[,:]?\s+[a-z]")


def _capitalised_column(text: str, name_start: int, cand_start: int, after: str = "") -> bool:
    """An anchor column that is capitalised after a name that has ended ('Heart rate Baseline The
    rate at rest', 'Overall Survival (OS) From start of treatment to last follow-up') is as good
    as a numbered point: not one that continues the name ('Change From Baseline in ...') or sits
    among the Title-case words of one ('Device Baseline Programming'), unless what follows is a
    sentence-case description that no column word opens ('Sitting Scale Baseline Incidence and
    severity of ...', not '... Unit Admission Until the data cut-off')."""
    if not text[cand_start].isupper():
        return False
    before = text[max(name_start, cand_start - 30) : cand_start].split()
    if not before:
        return False
    word = before[-1].rstrip(",;:")
    if word.lower() in _patterns()["continuation"]:
        return False
    if not re.fullmatch(r"[A-Z][a-z][a-z'-]*", word):
        return True
    return bool(_DESCRIPTION.match(after)) and not _openers()["capital"].match(after)


@lru_cache(maxsize=1)
def _openers() -> dict[str, re.Pattern[str]]:
    """Words that start a time column written as a clause: capitalised lead words, anchors and
    'table_openers' ('Randomization until ...', 'Assessed at ...'); lowercase lead words that start
    a clause joined to the column by a comma ('during the expansion period, within 36 months');
    opener verbs may stand right before the time ('Assessed at 24 hours')."""
    data = load("time_frames")
    leads = data["table_leads"] + ["starting"]
    words = leads + data["anchors"] + data["table_anchors"] + data["table_openers"]
    capital, verbs = "|".join(words), "|".join(data["table_opener_verbs"])
    allowed = data["table_point_words"] + data["table_clause_capitals"]
    return {
        "capital": re.compile(rf"(?<![\w-])(?=[A-Z])(?i:(?P<verb>{verbs})|{capital})(?=[\s,;:])"),
        "lower": re.compile(r"(?<![\w-])(?:%s)\s" % "|".join(leads)),
        # 'participants will be followed for ...' in either case
        "clause": re.compile(r"(?<![\w-])(?i:%s)(?=\s)" % "|".join(data["table_clause_openers"])),
        # Title-case words a column clause may hold: points ('Day 1'), months, 'Phase', 'Period'
        "allowed": re.compile(r"(?i:(?:%s)s?|%s)\b" % ("|".join(allowed), "|".join(data["months"]))),
    }


_TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z][\w'-]*")


def _clause(between: str, max_words: int) -> bool:
    """One clause of a time column: no sentence end, no Title-case word but times, at least one
    lowercase word, at most ``max_words`` words."""
    allowed = _openers()["allowed"]
    words = between.split()
    return (0 < len(words) <= max_words and not re.search(r"\.\s", between)
            and any(w[0].islower() for w in words)
            and all(allowed.match(between, m.start()) for m in _TITLE_WORD.finditer(between)))


# A column that states a change: 'Change from baseline at week 12', 'Change From Baseline to Week 24'.
_CHANGE_WORD = re.compile(r"(?<![\w-])(?-i:Change)\s+$")
_CHANGE_COLUMN = re.compile(r"(?-i:Change)\s+from\s+baseline\s+(?:to|at|through|until|and|up\s+to)\s", re.I)


def _lead_in(text: str, name_start: int, chosen: tuple[int, int]) -> tuple[int, int]:
    """Start the column at the word that opens its clause: a capitalised lead word, anchor or
    opener when all between is one lowercase clause, or an opener verb right before it ('From randomization until disease progression
    or death, assessed up to 60 months', 'Randomization until 199 deaths, up to 25 months'), but
    not one that continues the name ('Change From Baseline in pain at Week 12 Baseline, Week 12');
    else a lowercase lead word whose short clause a comma joins to the column."""
    p = _openers()
    continuation = _patterns()["continuation"]
    change = _CHANGE_WORD.search(text, max(name_start + 1, chosen[0] - 12), chosen[0])
    if change and _CHANGE_COLUMN.match(text, change.start()):
        before = text[max(name_start, change.start() - 30) : change.start()].split()
        if before and before[-1].lower() not in continuation:
            return change.start(), chosen[1]
    lo = max(name_start + 1, chosen[0] - _WINDOW)
    for lead in p["capital"].finditer(text, lo, chosen[0]):
        before = text[max(name_start, lead.start() - 30) : lead.start()].split()
        if before and before[-1].lower() in continuation:
            continue
        between = text[lead.end() : chosen[0]]
        if _clause(between, 40) or (lead.group("verb") and not between.strip()):
            return lead.start(), chosen[1]
    for lead in p["clause"].finditer(text, lo, chosen[0]):
        before = text[max(name_start, lead.start() - 30) : lead.start()].split()
        if before and before[-1].lower() not in continuation and _clause(text[lead.end() : chosen[0]], 40):
            return lead.start(), chosen[1]
    for lead in reversed(list(p["lower"].finditer(text, max(lo, chosen[0] - 80), chosen[0]))):
        between = text[lead.end() : chosen[0]]
        if between.rstrip().endswith(",") and _clause(between, 8) and not re.search(r"[\d()]", between):
            return lead.start(), chosen[1]
    return chosen


def _clause_end(text: str, col_end: int, row_end: int, max_words: int = 20) -> int:
    """Extend a column whose time expression goes on — a word that needs more ('of', 'after'), a
    parenthesis, a singular unit before a noun — over the rest of its clause: '12 hours post-dose
    on day 7 of daily dosing.', 'Day 1, 2 hours after the dose (Cycle = 21 days).', 'during the 7
    day run-in period'. The clause ends at the row's end, a sentence end or a capitalised word
    that is not a time ('Day 1'), within ``max_words``; a capitalised word right after a word
    that needs more belongs to it ('after infusion of Drug')."""
    allowed, continuation = _openers()["allowed"], _patterns()["continuation"]
    determiners = _patterns()["determiners"]
    limit = min(row_end, col_end + _WINDOW)
    nxt = re.match(r" *([(\w][\w'-]*)", text[col_end:limit])
    if nxt is None:
        return col_end
    first = nxt.group(1)
    if _patterns()["purpose"].match(text, col_end + nxt.start(1), limit):
        return col_end
    unit_noun = first[0].islower() and first not in _patterns()["determiners"] and _unit_as_adjective(text[max(0, col_end - 14) : col_end])
    dangling = text[max(0, col_end - 12) : col_end].split()[-1:] in ([w] for w in continuation)
    if not (first[0] == "(" or first.lower() in continuation or unit_noun or dangling):
        return col_end
    i, last, words = col_end, col_end, 0
    while i < limit:
        while i < limit and text[i] == " ":
            i += 1
        if i >= limit:
            break
        if text[i] == "(":
            close = _matching_paren(text, i, limit)
            if close >= limit:
                return col_end
            i = last = close + 1
            dangling = False
            continue
        if _patterns()["purpose"].match(text, i, limit):
            break  # '... up to 24 weeks to evaluate the change': the description starts
        token = re.match(r"[^\s(]+", text[i:limit]).group()
        word = token.rstrip(".,;:)")
        if word[:1].isupper() and not allowed.fullmatch(word) and not dangling:
            break
        if words and word in determiners and not dangling and not text[last:i].strip() and text[last - 1].isalpha():
            break  # a noun phrase ended and another starts: '48 hours after extubation the proportion of ...'
        words += 1
        if words > max_words:
            return col_end
        i += len(token)
        dangling = word.lower() in continuation
        last = i if not dangling else last
        if token.endswith(".") and not re.fullmatch(r"[\d.]+|[a-z]{1,4}\.", token):
            break  # a sentence ends
    return last


def _next_bounded(text: str, end: int, bounded: dict[int, tuple[int, int, bool]]) -> tuple[int, int, bool] | None:
    """A bounded candidate starting right after ``end`` (only spaces between)."""
    i = end + (text[end : end + 2] == ". ")  # 'at 6 and 12 Months. Days 7, 14 and 28'
    while i < len(text) and text[i] == " ":
        i += 1
    return bounded.get(i) if i > end else None


def _restated_column(text: str, start: int, end: int, candidates: list[TableCandidate]) -> tuple[int, int] | None:
    """When the description restates the measure's first words, the column ends where it begins.
    The name is then the words both share; the column is what lies between, if it holds a time
    expression (a row 'Length of stay 30 days Length of stay in hospital' splits as measure, '30
    days', description). Where the shared words stop short of the column, the column is the time
    expression that ends just before the description."""
    words = [(m.start() + start, m.group().lower()) for m in re.finditer(r"\S+", text[start:end])]
    tries = 0
    for i in range(2, len(words) - 1):
        if (words[i][1], words[i + 1][1]) != (words[0][1], words[1][1]):
            continue
        tries += 1
        if tries > 3:
            break
        q = words[i][0]
        shared = _shared_prefix(text, start, q, end)
        inside = [c for c in candidates if c.start >= shared and c.end <= q]
        ends_here = [c for c in inside if not text[table_tail(text, c.end, q) : q].strip(" .,;:")]
        column_end = q
        while column_end > shared and text[column_end - 1] == " ":
            column_end -= 1
        if ends_here:
            # The whole name restated: the column is all between; else the expression before q,
            # unless an earlier one already ends at a boundary (q restates the name later on).
            if inside[0].start == shared:
                return shared, column_end
            if any(c.strong and c.start < ends_here[0].start and _boundary(text, c, end) for c in inside):
                return None
            return _lead_in(text, shared - 1, (ends_here[0].start, column_end))
        if not inside and len(text[start:shared].split()) >= 3 and _table_atoms(text, shared, q):
            return shared, column_end
    return None


def _shared_prefix(text: str, start: int, q: int, end: int) -> int:
    """End of the words that text[start:] and text[q:] share (case-insensitive), before q."""
    n, limit = 0, min(q - start, end - q, _WINDOW)
    while n < limit and text[start + n].lower() == text[q + n].lower():
        n += 1
    cut = start + n
    if cut < q and text[cut] != " ":  # back to a word boundary
        cut = text.rfind(" ", start, cut) + 1 or start
    while cut < q and text[cut] == " ":
        cut += 1
    return cut


def _boundary(text: str, cand: TableCandidate, row_end: int) -> int | None:
    """Where a time column ends when a boundary follows it (over a lowercase qualifier such as
    'post final vaccine administration' and a closed parenthesis such as '(6 weeks)'); None when
    the name or the column seems to go on ('30 minutes of the day', '144 week treatment period')."""
    end = table_tail(text, cand.end, row_end)
    for _ in range(2):
        rest = text[end : min(row_end, end + _WINDOW)]
        stripped = rest.lstrip()
        if not stripped.strip(" .,;:"):
            return end if end + len(rest) == row_end else None
        if stripped[0] in ".,;:" and stripped[1:].lstrip()[:1].isupper():
            return end
        first = stripped[0]
        if first.isupper() or first.isdigit():
            return end
        if first == "(":
            open_at = end + len(rest) - len(stripped)
            close = _matching_paren(text, open_at, min(row_end, open_at + _WINDOW))
            if close >= min(row_end, open_at + _WINDOW):
                return None
            end = close + 1
            continue
        if _patterns()["purpose"].match(stripped):
            return end  # '12 months to evaluate the ...'
        word = re.match(r"[\w'-]+", stripped)
        singular_unit = _unit_as_adjective(text[max(cand.start, end - 14) : end])
        if word is None or singular_unit and word.group().lower() not in _patterns()["determiners"] or word.group().lower() in _patterns()["continuation"]:
            return None
        return end
    return None


_SINGULAR_UNIT = re.compile(r"\b(?:day|week|month|year|hour|minute)$", re.I)
# '1 month' alone, not '1-week' (a compound adjective) nor 'the 1 week' / 'a 1 week' (before the noun it describes)
_ONE_UNIT = re.compile(r"(?<![\w.,-])(?<!\ba )(?<!\ban )(?<!\bthe )(?:1|one|a|single)\s+(?:day|week|month|year|hour|minute)$", re.I)


def _unit_as_adjective(before: str) -> bool:
    """A singular unit may be an adjective before a noun ('144 week treatment period', '7 day
    run-in'), unless its number is one: '1 month' is singular anyway, so '1 month pain scored ...'
    ends the time and starts the description; not when a hyphen or an article makes it an adjective
    again ('the 1-week run-in period', 'a 1 week period')."""
    return bool(_SINGULAR_UNIT.search(before)) and not _ONE_UNIT.search(before)


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9/]+", text.lower()) if w not in {"the", "of", "in", "a", "an", "to", "and"}}


@register("endpoints")
def find_endpoints(ctx: ExtractionContext) -> list[Item]:
    """Endpoints of a registry's outcome tables when it has them (the authoritative list: each row
    is one endpoint, even when two rows share a name); otherwise the abstract's endpoint statements,
    where a later mention repeating an earlier one of the same kind is dropped."""
    table = registry_outcomes(ctx) or _registry_table(ctx)
    if table:
        return table
    kept: list[Item] = []
    for item in sorted(declared_endpoints(ctx) + _measured(ctx), key=lambda i: i.start):
        if item.rule == "endpoint.measured" and _restates_declared(ctx.text, item, kept):
            continue
        tokens = _tokens(ctx.text[item.start : item.end])
        if any(
            other.values["kind"] == item.values["kind"]
            and len(tokens & _tokens(ctx.text[other.start : other.end])) >= 0.6 * max(1, len(tokens))
            and not _same_list(ctx, item, other)
            for other in kept
        ):
            continue
        kept.append(item)
    _timed_later(ctx, kept)
    if ctx.entities:  # an NER model is loaded: add the OUTCOME mentions the rules missed
        kept = add_endpoints(ctx, kept)
    return kept


# a timing statement's time: the rest of its clause from a lead word ('at baseline, after the exercise
# programme and at 6 months'), up to who or how ('by a blinded nurse', 'using a VAS') or the clause's end
_CLAUSE_LEAD = re.compile(r"(?<!\s)\s*(?:at|on|in|during|after|before|from|between|every|within|up\s+to|throughout|over|pre-?operatively|post-?operatively|daily|weekly|monthly|twice|once)\b", re.I)
_CLAUSE_STOP = re.compile(r"(?<!\s)\s*(?:[;:]|\.(?:\s|$)|$)|(?<!\s)\s+(?:by|using|with|via|according|and\s+(?:were|was|are|is|included)|in\s+(?:all|each|both|every)\s)\b", re.I)
_TIMING_SENTENCES_BACK = 2


def _same_list(ctx: ExtractionContext, item: Item, other: Item) -> bool:
    """Two items of one declared list name two endpoints, however alike ('adverse events and serious
    adverse events'); a restatement is in another sentence."""
    return (item.rule == other.rule == "endpoint.declared" and (item.start, item.end) != (other.start, other.end)
            and ctx.sentence_at(item.start) == ctx.sentence_at(other.start))


def _restates_declared(text: str, item: Item, kept: list[Item]) -> bool:
    """A measured endpoint that names a declared one again ('The primary outcome, overall survival,
    was assessed over 5 years'; 'The primary outcome was pain. Pain was measured at 6 and 24 hours')
    is that endpoint: its time frame goes to the declared one when it has none."""
    name = " ".join(text[item.start : item.end].split()).casefold()
    for other in kept:
        if other.rule == "endpoint.declared" and " ".join(text[other.start : other.end].split()).casefold() == name:
            if "time_frame" in item.spans and "time_frame" not in other.spans:
                other.spans["time_frame"] = item.spans["time_frame"]
                other.values["time_frame"] = item.values["time_frame"]
            return True
    return False  # sentences before a timing statement whose endpoints it may time


def _timed_later(ctx: ExtractionContext, items: list[Item]) -> None:
    """A time frame stated in a sentence of its own after the endpoints ('Pain was measured with a
    VAS. Assessments took place at 6, 12 and 24 hours.'): it times the endpoints of the sentences
    right before it (up to two, each holding an endpoint) that have none; a sentence whose endpoint
    has its own time frame ends the walk back (the timing is then stated already)."""
    if not items:
        return
    text, timing = ctx.text, _patterns()["timing"]
    starts = [s for s, _ in ctx.sentences]
    for n, (lo, hi) in enumerate(ctx.sentences):
        if n == 0 or not timing.match(text, _skip_space(text, lo), hi):
            continue
        frame = _clause_frame(text, timing.match(text, _skip_space(text, lo), hi).end(), hi)
        if frame is None:
            continue
        untimed: list[Item] = []
        for back in range(n - 1, max(-1, n - 1 - _TIMING_SENTENCES_BACK), -1):
            s_lo, s_hi = ctx.sentences[back]
            here = [i for i in items if s_lo <= i.start < s_hi]
            if not here or any("time_frame" in i.spans for i in here):
                break
            untimed += here
        for item in untimed:
            item.spans["time_frame"] = frame
            item.values["time_frame"] = text[slice(*frame)]


def _clause_frame(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The time frame of a timing statement: from the lead word right after its verb to who or how
    the assessment was made, or the clause's end ('at 6, 12 and 24 hours', 'at baseline, after the
    exercise programme and at 6 months'); the first time expressions alone when the clause is long."""
    lead = _CLAUSE_LEAD.match(text, start, end)
    if lead is None:
        return None
    lo = _skip_space(text, start)
    stop = next((m for m in _CLAUSE_STOP.finditer(text, lead.end(), end) if m.start() > lead.end()), None)
    if stop is None or stop.start() - lo > 160:  # longer than a time: the time expressions right after the verb
        return _time_after(text, start, end, window=40)
    clause = (lo, stop.start())
    if not (TIME_FRAME.search(text, *clause) or _BARE_TIME.search(text, *clause) or PERIOD_FRAME.search(text, *clause)):
        return None
    return clause
