"""Time-frame expressions: 'from baseline to day 28', 'up to 14 days', 'at 31 days after the first infusion'.

Running text uses TIME_FRAME, which needs a lead word. A registry table's time column has no lead
word and no delimiter (a pasted row is '<measure> <time frame> <description>' with single spaces),
so it is found from small atoms instead — numbered points ('Day 7', '6 months', '3-5 Days'), dates
('1 February 2022'), anchors ('baseline', 'discharge') and lead words — joined in code into
candidates (:func:`table_candidates`); which candidate is the column is decided by the endpoint
extractor, from what surrounds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load


def _build(on: bool) -> re.Pattern[str]:
    data = load("time_frames")
    unit = r"(?:%s)\b" % "|".join(data["units"])
    anchor = r"(?:%s)" % "|".join(data["anchors"])
    num = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|half)"
    # 'months 1 and 3', '2, 4, 8, and 12 weeks': one point word or unit for a list of numbers
    # a range is one number of the list: 'days 1-5', 'weeks 4 to 8', '1-3 days after surgery'
    num_range = rf"{num}(?:\s*(?:-|–|to|through)\s*{num}(?![\w.]))?"
    # ... but not the next item's adjective: 'ventilator-free days at day 28 and 1-year mortality'
    nums = rf"{num_range}(?:\s*(?:,|and|or)\s*(?:and\s+)?{num_range}(?![-–][A-Za-z]))*"
    # 'postoperative day 1', 'study days 1-5': a point word after its event
    prefix = r"(?:(?:%s)\s+)?" % "|".join(data["table_point_prefixes"])
    word_point = rf"{prefix}(?:day|week|month|year|visit|hour)s?\s*{nums}"
    # an age a count of weeks states: 'at 36 weeks' postmenstrual age', 'at 37-39 weeks of pregnancy'
    age = r"(?:\s+of\s+(?:pregnancy|gestation|life|age)\b|['’]?\s+(?:postmenstrual|gestational|corrected|post-?conceptional)\s+age\b|['’]\s+gestation\b)"
    # '30 minutes of administration', '24 hours after delivery': events no lead word makes a time of alone
    events = "|".join(data["after_events"])
    # a calendar deadline: 'by December 31', 'until 30 June 2021'
    months = r"(?-i:(?:%s)\b\.?)" % "|".join(data["months"])
    date = rf"(?:{months}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{months}(?:,?\s+\d{{4}})?)"
    point = rf"(?:{date}|{word_point}|{nums}\s*{unit}(?:\s+(?:after|post|postinfusion|from|following|of)\s*-?\s*(?:{anchor}|\w+infusion|infusion|{events})\b|{age})?|{anchor})"
    point_list = rf"{point}(?:\s*(?:,|and|or|&)\s*(?:and\s+)?{point})*"
    frame = (
        rf"(?:from\s+{point}\s+(?:to|until|through)\s+{point}"
        rf"|(?:up\s+to|within|through|throughout|over|during|after|by|at|until|for)\s+(?:the\s+(?:first|end\s+of)\s+)?{point_list}(?:\s+(?:post-?\w+|postinfusion))?"
        # 'on' leads a numbered point only ('on postoperative days 1-5', 'on day 28'; not 'on treatment')
        + (rf"|on\s+(?:the\s+)?{word_point}(?:\s*(?:,|and|or|&)\s*(?:and\s+)?(?:on\s+)?{word_point})*" if on else "") +
        rf"|{anchor}\s+(?:and|to)\s+{point_list}"
        rf"|between\s+{point}\s+and\s+{point}"
        # 'between 1 and 12 months', 'between months 6 and 12' (the unit or point word said once)
        rf"|between\s+(?:{num}\s+and\s+{num}\s*{unit}|(?:{prefix}(?:day|week|month|year|visit|hour)s\s*{num}\s+and\s+{num}(?![\w.])))"
        # no lead word, but a count of units after an event: 'SVR 12 weeks after the end of therapy'
        # (not the last number of a list: '0, 2, 24 and 96 hours after admission')
        rf"|(?<![\w.,-])(?<!and )(?<!, ){num}[\s-]*(?:hours?|days?|weeks?|months?|years?)\s+(?:after|post|following)\s+(?:{anchor}|(?:the\s+)?end\s+of\s+(?:therapy|treatment)|(?:the\s+)?(?:first|second|third|booster|last|final)\s+(?:dose|injection|infusion|vaccination|session))\b"
        rf"|{num}\s*-\s*(?:day|week|month|year|hour)\s+follow-?up)"
    )
    return re.compile(rf"\b{frame}", re.I)


# A time frame in running text needs a lead word ('up to', 'from ... to', 'at').
TIME_FRAME = _build(on=False)
# ... and an endpoint's may be led by 'on' before a numbered point ('pain on postoperative days 1-5'); the
# p-value linker keeps such a time in the outcome it names ('Pain scores on postoperative day 1 were lower ...').
ENDPOINT_TIME_FRAME = _build(on=True)


def _ending() -> re.Pattern[str]:
    data = load("time_frames")
    num = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|forty-eight)"
    unit = r"(?:%s)\b" % "|".join(data["units"])
    forms = [f.replace("{num}", num).replace("{unit}", unit) for f in data["ending_frames"]]
    return re.compile(r"(?<![\w-])(?:%s)\s*\Z" % "|".join(forms), re.I)


# A time frame an endpoint's phrase ends in, led by a word running text uses for other things too:
# 'in 24 hours', 'in the first 24 hours after surgery', 'over a median of 12 months'.
ENDING_FRAME = _ending()
# A period named by what happens in it, after a lead word: 'during hospitalization', 'over the study period'.
PERIOD_FRAME = re.compile(
    r"(?<![\w-])(?:during|throughout|over|for\s+the\s+duration\s+of)\s+(?:%s)(?![\w-])" % "|".join(load("time_frames")["periods"]), re.I
)


@lru_cache(maxsize=1)
def _table_patterns() -> dict:
    """The atoms of a table's time column, one alternative each (named by kind), and the joins."""
    data = load("time_frames")
    # One-letter units only in lower case: '24h', '5d', but not '4D flow'.
    unit = r"(?:%s)\b" % "|".join(f"(?-i:{u})" if len(u) == 1 else u for u in data["units"])
    word = r"(?:%s)" % "|".join(data["table_number_words"])
    # A number is not glued to a name ('COVID-19', 'EQ-5D', 'HbA1c', 'PM2.5').
    glued = r"(?<![\d.,/])(?<![A-Za-z]-)(?<!\d-)(?<!\d–)(?<!(?-i:[A-Z]))"
    digits = r"\d+(?:\.\d+)?(?!\.?\d)(?:\s*½)?"
    word = rf"(?:{word})\b"
    num_range = rf"(?:{glued}{digits}|(?<![\w-]){word}|½)(?:\s*(?:-|–|to)\s*(?:{digits}|{word}))?"
    months = r"(?-i:(?:%s)\b\.?)" % "|".join(data["months"])
    date = rf"(?:{glued}\d{{1,2}}(?:st|nd|rd|th)?\s+{months}(?:,?\s+\d{{4}})?|{months}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}\b)"
    point_word = r"(?:%s)s?" % "|".join(data["table_point_words"])
    # 'Day 28' but not 'visit six months' (a number before its unit belongs to the unit).
    # 'Day -14' (before the first dose) is a point too.
    prefix = r"(?:(?:%s)\s+)?" % "|".join(data["table_point_prefixes"])
    point = rf"(?:(?<![\w-]){prefix}{point_word}\s*(?:[-–−](?=\d))?{num_range}(?![\w.]\w)(?!\s*-?\s*(?=(?-i:[a-z])){unit})|{num_range}\s*{unit}|{num_range}\s*-\s*{unit}(?!\s+(?!(?:post|pre|after|follow|from|prior|before|and|or|to|of|in|on|at|period|visit|time|run|monitoring|observation|treatment|study|intervention|washout|screening|trial|training|program(?:me)?|course|window|interval|phase|cycle|recall|diary|supply)\b)(?-i:[a-z])|\s+(?-i:[A-Z])[\w-]*\s+(?-i:[A-Z])))"
    # ('Six-minute Walk Distance', '24-hour urine protein': a hyphenated count before a noun is the name's adjective;
    # not before a description: '30-day All-cause death ...')
    # Not the first half of a compound ('Treatment-Emergent Adverse Events', 'Admission-free days');
    # a range is still one ('Baseline-Week 12', 'Baseline-12 weeks').
    point_words = "|".join(data["table_point_words"])
    # ... and its period ('during the 14-day treatment period')
    anchor = rf"(?<![\w-])(?:%s)\b(?![-‐](?!(?:{point_words})|\d)\w)(?:\s+(?:period|phase)\b)?" % "|".join(data["anchors"] + data["table_anchors"])
    # an event a capitalised lead word opens is a column of its own: 'At delivery', 'During the procedure'
    event = r"(?<![\w-])(?-i:%s)\s+(?:the\s+)?(?:%s)\b(?!-)" % ("|".join(data["table_event_leads"]), "|".join(data["table_events"]))
    anchor = rf"{anchor}|{event}"
    lead = r"(?<![\w-])(?:%s)(?=\s)" % "|".join(data["table_leads"])
    # 'preoperatively', 'post-operative': a time only beside another ('Pre-operative and 24 hours post-operative')
    paired = r"(?<![\w-])(?:%s)\b(?!-)" % "|".join(data["table_paired_anchors"])
    atom = rf"(?P<date>{date})|(?P<point>{point})|(?P<anchor>{anchor})|(?P<paired>{paired})|(?P<lead>{lead})|(?P<num>{num_range})(?![\w.]\w)"
    return {
        "atom": re.compile(atom, re.I),
        "joins": frozenset(data["table_joins"]),
        "tail_words": frozenset(data["table_tail_words"]),
        # words after which a capitalised time goes on with the qualifier ('... on Day 7', '... of Cycle 2')
        "tail_continuing": frozenset(data["table_tail_words"]) | frozenset(data["table_tail_continuing"]),
        "not_after": re.compile(data["table_not_after"], re.I),
        "title_joins": frozenset(data["table_title_joins"]),
        "new_leads": frozenset(data["table_new_leads"]),
        "name_leads": frozenset(data["table_name_leads"]),
        "events": frozenset(e + s for e in data["table_events"] for s in ("", "s")),
        "tail_alone": re.compile(data["table_tail_alone"]),
        # a determiner after a noun starts another phrase: the description ('... post-transplant the proportion')
        "determiners": frozenset(load("endpoints")["table_determiners"]),
        # 'to evaluate ...' opens the description ('6 months post-transplant to assess ...')
        "purpose": re.compile(r"(?<![\w-])to\s+(?:%s)\b" % "|".join(load("endpoints")["table_purpose_verbs"]), re.I),
    }


@dataclass(frozen=True)
class TableCandidate:
    """Atoms joined into one time expression: text[start:end]. ``strong`` when it holds a numbered
    point or a date (an anchor alone, 'Baseline', is weak: names use it too)."""

    start: int
    end: int
    strong: bool


# a time followed by its own post-/pre- word, as the time before it was: a list of such times
# joined by a space ('Cycle 1 Day 1 post-infusion Cycle 2 Day 1 pre-infusion')
_PARALLEL = re.compile(r"(?<!\s)(?:\s+[A-Z0-9][\w.]*){0,3}\s+(?:post|pre)-[a-z]")
# ... and a time that a lowercase description follows (perhaps after an abbreviation) is the next
# cell's: '30 days post-discharge Week 12 values minus ...', '... Week 24 HbA1c minus ...'; not
# 'Day 1 Numeric rating scale'
_DESCRIBED = re.compile(r"(?<!\s)\s+(?:[A-Za-z]\w*(?:[A-Z0-9]|-\w)\w*\s+)?[a-z]")
_OPEN_PAREN = re.compile(r" ?\( ?")
_COLON = re.compile(r": ?")
_CLOSE_PAREN = re.compile(r" ?\)")


def _joinable(gap: str, joins: frozenset[str]) -> bool:
    """Atoms separated only by punctuation and joining words ('Day 7, 14 and 28', 'from X to Y')."""
    if len(gap) > 24 or "\n" in gap:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z-]*", gap)
    # A capitalised word starts something new ('week 12 Mean of 7 days' is a column and a description).
    # A visit window joins too: 'Week 12 ± 7 days', 'Day 28 +/- 3 days'.
    # A Title-case column capitalises its range words too: 'Day 1 Through Day 28', 'Week 0 To Week 24'.
    title_joins = _table_patterns()["title_joins"]
    return (all(w in joins or w in title_joins or re.match(r"(?:post|pre)-", w) for w in words)
            and not re.search(r"[^\sA-Za-z,;&/–±+-]", gap))


def table_candidates(text: str, start: int, end: int) -> list[TableCandidate]:
    """Time expressions in a table row text[start:end], each a run of joined atoms; a run must hold
    a numbered point, a date or an anchor (a lead word or a bare number alone is not a time)."""
    p = _table_patterns()
    runs: list[list[re.Match[str]]] = []
    # where a run's open parenthesis starts (the index of its first atom inside), None when closed:
    # 'Visit 1 (Day 0) and Visit 4 (Day 90)', 'Baseline (Day 0), Week 4 and Week 12'
    opened: list[int | None] = []
    for atom in p["atom"].finditer(text, start, end):
        if runs:
            last = runs[-1][-1]
            gap = text[last.end() : atom.start()]
            if opened[-1] is None and last.lastgroup in ("point", "anchor", "date") and _OPEN_PAREN.fullmatch(gap):
                opened[-1] = len(runs[-1])
                runs[-1].append(atom)
                continue
            close = _CLOSE_PAREN.match(gap) if opened[-1] is not None else None
            if close:  # after the parenthesis, a join must follow: '(Day 0) and Visit 4', '(Day 0), Week 4'
                rest = gap[close.end() :]
                if rest.strip() and _joinable(rest, p["joins"]):
                    opened[-1] = None
                    runs[-1].append(atom)
                    continue
            else:
                # A space alone joins after a lead word ('up to Day 28') and before a lowercase lead or
                # post-/pre- anchor ('Day 3 from baseline', '12 hours post-dose'); not 'week 8 Baseline,
                # week 8' nor '144 week treatment'.
                # ('at Week 24 up to 8 weeks' is a name's time and a column: a lead word of its own starts one)
                own_lead = (atom.lastgroup == "lead" and last.lastgroup in ("point", "num") and atom.group().split()[0] in p["new_leads"]
                            and runs[-1][0].group().split()[0] in p["name_leads"])
                lowercase_next = atom.group()[0].islower() and not own_lead and (atom.lastgroup == "lead" or atom.group()[:3].lower() in ("pos", "pre"))
                # a Title-case range: 'Day 1 Through Day 28'
                # whose far end is capitalised too ('Week 24 Through study completion' is two cells)
                title_range = (atom.lastgroup == "lead" and atom.group() in p["title_joins"] and last.lastgroup != "lead"
                               and text[atom.end() : atom.end() + 2].strip()[:1].isupper() | text[atom.end() : atom.end() + 2].strip()[:1].isdigit())
                # a day of a cycle: 'Cycle 1 Day 1', 'Cycle 3 Day 15'
                in_cycle = last.lastgroup == atom.lastgroup == "point" and last.group()[:5].lower() == "cycle"
                # a 'post-' word alone before a capitalised time closes the column: '30 days post-discharge Week 12 values ...'
                # ... unless that time has its own post-/pre- word: 'Day 0 pre-vaccination Day 28 post-vaccination'
                new_cell = (atom.group()[0].isupper() and re.fullmatch(r"\s*(?:post|pre)-[a-z]+\s+", gap) is not None
                            and not _PARALLEL.match(text, atom.end(), end) and _DESCRIBED.match(text, atom.end(), end) is not None)
                # the times of a day after a colon: 'Day 1: pre-dose, 0.5, 1 and 2 hours post-dose'
                colon = (last.lastgroup == "point" or last.lastgroup == "num" and runs[-1][0].lastgroup == "point") and atom.lastgroup in ("anchor", "paired", "point") and _COLON.fullmatch(gap) is not None
                if colon or _joinable(gap, p["joins"]) and not new_cell and (gap.strip() or last.lastgroup == "lead" or lowercase_next or title_range or in_cycle):
                    runs[-1].append(atom)
                    continue
        runs.append([atom])
        opened.append(None)
    pieces = []
    for run, inside in zip(runs, opened):
        closing = _CLOSE_PAREN.match(text, run[-1].end(), end) if inside is not None else None
        if inside is not None and closing is None:  # a parenthesis that does not close: two runs
            pieces += [(run[:inside], None), (run[inside:], None)]
        else:
            pieces.append((run, closing))
    candidates = []
    for run, closing in pieces:
        kinds = {a.lastgroup for a in run}
        if not kinds & {"point", "date", "anchor"}:
            continue
        while run[-1].lastgroup == "lead":
            run = run[:-1]
        # 'RECIST version 1.1 within 36 months': a bare number before a lead word is the name's
        while len(run) > 1 and run[0].lastgroup == "num" and run[1].lastgroup == "lead" and not text[run[0].end() : run[1].start()].strip():
            run = run[1:]
        end = run[-1].end()
        # 'Days 7, 14 and 28 Days of hospitalisation': a list led by its unit takes no second,
        # capitalised one (that word starts the description)
        unit_again = re.search(r"\s+(?-i:[A-Z])[a-z]+$", run[-1].group()) if len(run) > 1 and run[0].lastgroup == "point" and run[0].group()[:1].isalpha() else None
        if unit_again and run[-1].lastgroup == "point" and run[-1].group()[:1].isdigit():
            end = run[-1].start() + unit_again.start()
        elif closing is not None and run[-1].end() == closing.start():
            end = closing.end()
        candidates.append(TableCandidate(run[0].start(), end, bool(kinds & {"point", "date"})))
    return candidates


def table_tail(text: str, end: int, row_end: int) -> int:
    """Extend a time column over a lowercase qualifier ('1 week post final vaccine administration',
    '30 days after discharge') up to the capitalised word that starts the description; returns the
    new end, or ``end`` when what follows is not such a qualifier."""
    p = _table_patterns()
    words = list(re.finditer(r"\S+", text[end : min(row_end, end + 200)]))
    first = words[0].group().rstrip(",") if words else ""
    # a lowercase 'post-'/'pre-' word or a follow-up stands alone: '6 months post-transplant',
    # '24 hours postoperatively', '2 years follow-up' (a preposition needs its object: 'post final dose')
    alone = bool(p["tail_alone"].fullmatch(first))
    if not words or not alone and first.lower() not in p["tail_words"]:
        return end
    for n, w in enumerate(words[:8]):
        if n and p["purpose"].match(text, end + w.start()):
            return end + words[n - 1].end() if n > 1 or alone else end
        # after a word that closes the column alone, a lowercase word that does not go on with it
        # starts the description ('30 days post-discharge pain scored from 0 to 10')
        if (n == 1 and alone and len(words) > 2 and w.group()[0].islower() and words[2].group()[0].islower() and w.group().lower() not in p["tail_continuing"]
                and w.group()[-1] not in ",;"):
            return end + words[0].end()
        # so does a lowercase word after the event a tail word leads to ('12 months post enrollment
        # mean change in score'), where a preposition would go on ('after surgery in hospital')
        if (n > 1 and len(words) > n + 1 and w.group()[0].islower() and words[n + 1].group()[0].islower() and words[n - 1].group().lower() in p["events"]
                and w.group().lower() not in p["tail_continuing"] and w.group()[-1] not in ",;"):
            return end + words[n - 1].end()
        atom = p["atom"].match(text, end + w.start())
        if n and atom and atom.lastgroup in ("point", "date"):  # the next time expression
            # a capitalised one after the qualifier starts the next cell ('4 years post implant Week 12 ...')
            described = n > 1 or _DESCRIBED.match(text, atom.end(), row_end) is not None
            capital_cell = ((n > 1 or alone and described) and w.group()[0].isupper() and words[n - 1].group().lower() not in p["tail_continuing"]
                            and not _PARALLEL.match(text, atom.end(), row_end))
            return end + words[n - 1].end() if capital_cell else end
        before = words[n - 1].group() if n else ""
        ends_phrase = before.lower() not in p["tail_continuing"] or bool(p["tail_alone"].fullmatch(before))
        if n and w.group() in p["determiners"] and before[-1:].isalpha() and ends_phrase:
            return end + words[n - 1].end() if n > 1 or alone else end  # 'after extubation the proportion of ...'
        if n and w.group()[0].isupper():
            if n == 1 and atom and atom.lastgroup == "anchor" and atom.end() >= end + w.end() - 1:
                return end + w.end()  # 'from Baseline'
            if n == 1 and first[:1].isupper() and re.fullmatch(r"[A-Z][a-z]{2,}", w.group()):
                return end + w.end()  # Title case throughout: 'Month 6 After Inclusion', 'Week 4 Post Vaccination'
            return end + words[n - 1].end() if n > 1 or alone else end
    return end + words[-1].end() if len(words) <= 8 and end + words[-1].end() == row_end else end


def after_threshold(text: str, row_start: int, start: int) -> bool:
    """'at least 12 months', 'more than one day': a threshold in the measure's name, not a time column."""
    return bool(_table_patterns()["not_after"].search(text, row_start, start))


def table_atoms(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds any time atom, a lead word included ('Immediate after ...')."""
    return _table_patterns()["atom"].search(text, start, end) is not None
