"""Arms counted inside a parenthesis.

"(n = 35, vandetanib; n = 29, placebo)", "to X (149) or controls (150)", "2471 women (tamoxifen 1238,
placebo 1233)": one parenthesis, several arms, each with its count.
"""

from __future__ import annotations

import re

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .labels import _ALLOCATION, _arm_label, _DEMOGRAPHIC, _NOT_ARM_LABEL, _NOT_INNER_ARM, _NOT_PAREN_ARM, _plain_arm, _stratum, _STUDY_LABEL
from .roles import _role_at
from .traps import _after_attrition, _counts_events, _is_event_sentence, _LATEST_YEAR


# A parenthesis (or bracket) that lists arms with 'n =': '(n = 35, vandetanib; n = 29, placebo)', '(n = 40 Calendula;
# n = 41 Sorbolene)', '(CBSM n=28; Control n=23)', '[n = 26]' after its arm, '(late group = 37)'.
_N_PAREN = re.compile(r"[(\[](?P<body>[^()\[\]]{3,200})[)\]]")
_N_ITEM = re.compile(
    rf"(?<![A-Za-z])[nN]\s*[=:]\s*(?P<num>{INTEGER})(?![\d/.])(?:\s*,)?\s+(?P<label>[A-Za-z][^=,;]{{0,40}}?)"
    rf"|(?<![A-Za-z])(?P<label2>[A-Za-z][^=,;:]{{0,40}}?)\s*[,:]?\s+[nN]\s*[=:]\s*(?P<num2>{INTEGER})(?![\d/.])(?:\s+(?:patients|participants|subjects|women|men|couples|families))?"
    rf"|(?<![A-Za-z])(?P<label3>[A-Za-z][^=,;:]{{0,30}}?\b(?:group|arm|cohort))\s*[=:]\s*(?P<num3>{INTEGER})(?![\d/.])"
)


def _paren_n_lists(ctx: ExtractionContext, add, taken: set[int]) -> None:
    """Arms counted inside one parenthesis, label and 'n = N' in either order and one arm per ';'
    ('(n = 35, vandetanib; n = 29, placebo)', '(CBSM n=28; Control n=23)'), and an arm word with its own
    '= N' ('(early group = 40) or ... (late group = 37)'). Labels that describe the sample (an age, a
    sex, an ethnicity, an analysis set) are no arms, and a list holding one of them is left to the other rules;
    a list of events by arm ('rare (gel, n = 2; cream, n = 1)') is no count for any rule (``taken``)."""
    text = ctx.text
    if "=" not in text and ":" not in text:
        return
    for match in _N_PAREN.finditer(text):
        body = match.group("body")
        if "=" not in body and not re.search(r"[nN]\s*:", body):
            continue
        parts = body.split(";")
        if len(parts) == 1:
            # '(ketamine n=40, midazolam n=40)': one arm per comma when every part holds its own '='
            commas = body.split(",")
            if len(commas) >= 2 and all(c.count("=") == 1 for c in commas):
                parts = commas
        items = []
        offset = match.start("body")
        for part in parts:
            stripped = part.strip()
            item = _N_ITEM.fullmatch(stripped)
            start = offset + part.index(stripped[:1]) if stripped else offset
            offset += len(part) + 1
            if not item:
                break
            which = next(k for k in ("", "2", "3") if item.group(f"num{k}"))
            label = item.group(f"label{which}").strip()
            if _NOT_INNER_ARM.search(label) or _STUDY_LABEL.search(label) or _NOT_ARM_LABEL.search(label) or _DEMOGRAPHIC.search(label) or re.match(r"(?i)n\b", label):
                break
            items.append((start + item.start(f"num{which}"), start + item.end(f"num{which}"), start + item.start(f"label{which}"), start + item.start(f"label{which}") + len(label)))
        else:
            if len(items) < 2 and not (items and re.search(r"(?i)\b(?:group|arm|cohort)\s*[=:]", body)):
                continue
            values = [parse_integer(text[a:b]) for a, b, _, _ in items]
            if any(v is None or v < 3 for v in values):
                taken.update(a for a, _, _, _ in items)
                continue  # 'asymptomatic LVEF decrease was rare (SB3, n = 1; TRZ, n = 2)': events by arm
            if _is_event_sentence(ctx, match.start()):
                continue
            if _after_attrition(text, ctx.sentence_at(match.start())[0], match.start()):
                taken.update(a for a, _, _, _ in items)
                continue  # 'Reasons for exclusion (refused, n = 12; ineligible, n = 9)'
            s = ctx.sentence_at(match.start())[0]
            for (num_start, num_end, label_start, label_end), value in zip(items, values):
                stratum = _stratum(text, s, (label_start, label_end))
                if stratum:  # '(responders, n = 35; non-responders, n = 25)': parts of the sample
                    add(num_start, num_end, value, "subgroup", "sample_size.stratum", subgroup=stratum)
                else:
                    add(num_start, num_end, value, _role_at(ctx, num_start), "sample_size.arm_n", (label_start, label_end))


# Two arms each followed by a bare count: 'randomized to oral clodronate 1600 mg daily (149) or controls (150)'.
_BARE_PAREN_PAIR = re.compile(
    # ('to X (1,572), Y (1,559) or Z (1,559)': a comma alone between arms of a list; the second count is only looked at,
    # so that it can open the next pair)
    rf"\(\s*(?P<a>{INTEGER})\s*\)\s*(?P<mid>(?:,\s*(?:(?:or|and)\s+)?|(?:or|and|versus|vs\.?|compared\s+with|with)\s+)(?:the\s+)?(?P<label>[^.;()\d\s][^.;()]{{0,60}}?))\s*(?=\(\s*(?P<b>{INTEGER})\s*\))",
    re.I,
)


def _bare_paren_pairs(ctx: ExtractionContext, add) -> None:
    """Two arms of an allocation, each with its count alone in a parenthesis ('to X (149) or controls (150)',
    'with trastuzumab (117) with no trastuzumab (118)'): only in a sentence that allocates, and never a pair
    of years ('Smith (1998) and Jones (2001)')."""
    text = ctx.text
    if "(" not in text:
        return
    for match in _BARE_PAREN_PAIR.finditer(text):
        s, e = ctx.sentence_at(match.start())
        a, b = parse_integer(match.group("a")), parse_integer(match.group("b"))
        if a is None or b is None or min(a, b) < 3 or any(1900 <= v <= _LATEST_YEAR for v in (a, b)):
            continue
        if not _ALLOCATION.search(text, s, match.start()):
            continue
        first = _arm_label(text, s, match.start())
        second = match.span("label")
        if not first or _STUDY_LABEL.search(text[first[0] : first[1]]) or not _plain_arm(text[second[0] : second[1]]):
            continue
        add(*match.span("a"), a, _role_at(ctx, match.start("a")), "sample_size.arm_paren", first)
        add(*match.span("b"), b, _role_at(ctx, match.start("b")), "sample_size.arm_paren", (second[0], second[0] + len(text[second[0] : second[1]].rstrip())))


# '(tamoxifen 1238, placebo 1233)', '(control, 288; capecitabine, 297)', '(25 idoxifene, 22 tamoxifen)'
# '[subcutaneous, 61 (50.8%); oral, 59 (49.2%)]', '(dolutegravir, 195 [50%]; efavirenz, 193 [50%])': each count with
# its share of the total (a bracket may hold the list; the shares are blanked before the items are read)
_PAREN_LIST = re.compile(r"(?:\((?P<body>[^()%=]{5,160})\)|[(\[](?P<shared>(?:[^()\[\]%=]|[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]){5,200})[)\]])")
_SHARE = re.compile(r"[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]")
_PAREN_ITEM = re.compile(
    # ('114 gabapentin 300 mg': a dose inside the label; 'PC 47 patients', 'TC6, 47 patients': the noun after the count)
    rf"(?<![\w,])(?P<num>{INTEGER}|{number_word_pattern()})\s+(?P<label>[A-Za-z](?:[^\d]|\d+\s*(?:mg|g|µg|mcg|ml|mL|Gy|%)\b){{0,40}}?)"
    rf"|(?<![A-Za-z])(?P<label2>[A-Za-z][^\s,:;]{{0,40}}(?:\s+[^\d\s,:;][^\s,:;]{{0,20}}){{0,4}}?)[\s:,]+(?P<num2>{INTEGER})(?:\s+(?:patients|participants|subjects|women|men))?",
    re.I,
)
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?P<num>{INTEGER}|{number_word_pattern()})(?!\d)(?=\s*$|(?:\s+[A-Za-z][\w-]*){{0,3}}?\s+(?:{'|'.join(load('sample_size')['participant_nouns'])}|were|was|completed|received|underwent|entered)\b)",
    re.I,
)


def _paren_arms(ctx: ExtractionContext, add) -> None:
    """A parenthesis that splits the count before it into arms: '2471 women (tamoxifen 1238, placebo 1233)',
    'Fifty-three women were randomized (26 preoperative chemotherapy and 27 postoperative chemotherapy)'.
    The parts must add up to a participant count just before, so '20 recurrences (9 early and 11 late)'
    and '(17 male, 10 female)' are left alone."""
    text = ctx.text
    for match in _PAREN_LIST.finditer(text):
        body = match.group("body")
        if body is None:
            if not _SHARE.search(match.group("shared")) and text[match.start()] == "(":
                continue  # a plain parenthesis with a bracket inside is no list
            body = _SHARE.sub(lambda m: " " * len(m.group()), match.group("shared"))
        start_body = match.start("body") if match.group("body") is not None else match.start("shared")
        parts = re.split(r"\s*;\s*", body) if ";" in body else re.split(r"\s*(?:,\s*and\b|,|\band\b)\s*", body)
        items = []
        for part in parts:
            item = _PAREN_ITEM.fullmatch(part.strip())
            if not item:
                break
            num, label = ("num", "label") if item.group("num") else ("num2", "label2")
            value = parse_integer(item.group(num))
            if value is None or value < 3 or _NOT_PAREN_ARM.search(item.group(label)):
                break
            offset = start_body + body.index(part) + len(part) - len(part.lstrip())
            items.append((offset + item.start(num), offset + item.end(num), value, offset + item.start(label), offset + item.end(label)))
        else:
            if len(items) < 2:
                continue
            s, _ = ctx.sentence_at(match.start())
            before = text[max(s, match.start() - 120) : match.start()]
            total = sum(i[2] for i in items)
            if not any(parse_integer(m.group("num")) == total for m in _COUNT_BEFORE.finditer(before)):
                continue
            if _counts_events(text, s, match.start()) or _after_attrition(text, s, match.start()):
                continue  # '128 were excluded (96 did not meet inclusion criteria, 32 declined)', '152 developed a second cancer (70 on raloxifene and 82 on placebo)
            role = _role_at(ctx, match.start())
            for start, end, value, label_start, label_end in items:
                add(start, end, value, role, "sample_size.paren_arms", (label_start, label_end))
