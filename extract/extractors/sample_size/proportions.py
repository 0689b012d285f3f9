"""Arms from proportions: the denominators of per-arm results are the arms' sizes.

"43 of 53 latanoprost patients", "(7/71) in the gefitinib group", and two proportions set against each
other ("22/42 (52.4%) vs 12/37 (32.4%)").
"""

from __future__ import annotations

import re
from collections import Counter

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ..context import ExtractionContext
from .labels import _known_arm, _plain_label
from .patterns import _patterns
from .traps import _EVENT_IN_LABEL, _is_year


_PERCENT_PAREN = r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
# '43 of 53 latanoprost patients', '1 (1%) of the 108 control subjects', 'none of the 18 patients who received timolol'
_DENOMINATOR_OF = re.compile(
    rf"(?<![\w.,/-])(?:{INTEGER}|{number_word_pattern()}|none|all|each|both)(?!\d)(?:\.\d+\s*%|\s*%)?{_PERCENT_PAREN}\s+(?:out\s+)?of\s+(?:the\s+)?"
    rf"(?P<num>{INTEGER})(?!\d)(?![.,]\d)(?!\s*%){_PERCENT_PAREN}",
    re.I,
)
# '(7/71)', '(33 of 64)', '(57% [25 of 44])', '[1,386/2,620]' (a numerator with thousands separators too)
_DENOMINATOR_PAREN = re.compile(
    rf"[(\[]\s*(?:\d+(?:\.\d+)?\s*%\s*[,;]?\s*[(\[]?\s*)?(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)\s*(?:/|\s+of\s+)\s*(?P<num>{INTEGER})(?!\d)(?![.,]\d)"
    r"\s*[)\]]?(?:\s*[,;]\s*\d+(?:\.\d+)?\s*%)?\s*[)\]]"
)
_LABEL_END = r"(?=\s*(?:[,;:()\[\]]|\b(?:and|or|vs\.?|versus|were|was|who|had|has|compared|as|than|whereas|while|achieved|reported|completed|at|after|\d)\b|\.(?:\s|$)|$))"
# After a fraction: '(75/106) with brimonidine', '(33 of 64) for group 1'
_LABEL_AFTER = re.compile(r"(?<=[)\]])\s*(?:with|for|in|on|among)\s+(?:the\s+)?(?P<label>[^,;:()\[\]]{1,40}?)" + _LABEL_END, re.I)
# Before a fraction: 'in the gefitinib group (7/71)', 'the placebo group (57% [25 of 44])'
_LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:with|for|in|on|and|or|vs\.?|versus|comparing|between)\s+(?:both\s+|each\s+)?(?:the\s+)?(?P<label>(?:(?!\b(?:and|or|vs|versus|with|in)\b)[^,;:()\[\]%\d]){1,40}?)\s*,?\s*"
    # 'GD (72 of 207', 'in the MBCT group (N:19/36': the proportion in a parenthesis after its arm
    r"(?P<paren>[(\[]\s*(?:[nN]\s*[:=]\s*)?)?$", re.I
)
# After the denominator's noun: 'of the 18 patients who received timolol', 'of 27 patients treated with latanoprost'
_LABEL_VERB = re.compile(
    r"(?<=\w)\s+(?:who\s+(?:were\s+)?)?(?:treated\s+with|(?<=who\s)underwent|undergoing|receiving|received|given|on|with|in|assigned\s+to|allocated\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?"
    r"(?P<label>[^,;:()\[\]]{1,40}?)" + _LABEL_END,
    re.I,
)


def _denominator_of_matches(ctx: ExtractionContext) -> list[re.Match[str]]:
    """Every 'a of b' of the text, found once for the two rules that read them."""
    if "denominator_of" not in ctx.cache:
        ctx.cache["denominator_of"] = list(_DENOMINATOR_OF.finditer(ctx.text))
    return ctx.cache["denominator_of"]


def _denominators(ctx: ExtractionContext, p: dict, add) -> None:
    """The denominators of per-arm results: '43 of 53 latanoprost patients', '12% (26 of 211) of
    denosumab-treated patients', '(7/71) in the gefitinib group'. Both corpora mark them as the arm's n;
    they are read only where an arm is named next to them, as analysed counts."""
    text = ctx.text
    nouns = p["denominator_noun"]
    for match in _denominator_of_matches(ctx):
        value = parse_integer(match.group("num"))
        if value is None or value < 3:
            continue
        end = match.end()
        noun = nouns.match(text, end)
        label = None
        if noun:
            end = noun.end()
            if noun.group("mods").strip() and _known_arm(ctx, noun.group("mods").strip()):
                label = (noun.start("mods") + len(noun.group("mods")) - len(noun.group("mods").lstrip()), noun.end("mods"))
                treated = _TREATED_MODS.search(noun.group("mods"))
                if treated:  # 'of 199 placebo-treated patients': the arm is 'placebo'
                    label = (noun.start("mods") + treated.start("label"), noun.start("mods") + treated.end("label"))
            elif re.fullmatch(r"(?i)\s*controls?", text[noun.end("mods") : noun.end()]):
                # 'of 108 controls', 'of 108 control subjects' ('control' was read as the noun)
                label = (noun.end() - len(text[noun.end("mods") : noun.end()].lstrip()), noun.end())
                more = nouns.match(text, noun.end())
                end = more.end() if more and not more.group("mods").strip() else end
            end += len(re.match(_PERCENT_PAREN, text[end:]).group())
        if label is None:
            arm = p["in_arm"].match(text, end) or _LABEL_VERB.match(text, end)
            if arm and _known_arm(ctx, arm.group("label")):
                label = arm.span("label")
        if label is None and "%" in match.group():
            # 'In the intervention group, 23.2% of 203 women made ...'
            lo = max(ctx.sentence_at(match.start())[0], match.start() - 60)
            arm = _LABEL_BEFORE.search(text[lo : match.start()])
            if arm and _known_arm(ctx, arm.group("label")):
                label = (lo + arm.start("label"), lo + arm.end("label"))
        if label is not None:
            add(*match.span("num"), value, "analysed", "sample_size.denominator", label)
    for match in _DENOMINATOR_PAREN.finditer(text):
        value = parse_integer(match.group("num"))
        if value is None or value < 3:
            continue
        label = None
        noun = nouns.match(text, match.end())
        arm = (noun and (p["in_arm"].match(text, noun.end()) or _LABEL_VERB.match(text, noun.end()))) or _LABEL_AFTER.match(text, match.end())
        if arm and _known_arm(ctx, arm.group("label")):
            label = arm.span("label")
        else:
            lo = max(0, match.start() - 60)
            arm = _LABEL_BEFORE.search(text[lo : match.start()])
            if arm and _known_arm(ctx, arm.group("label")):
                label = (lo + arm.start("label"), lo + arm.end("label"))
        if label is not None:
            add(*match.span("num"), value, "analysed", "sample_size.denominator", label)



# A proportion written as 'a/b' outside a parenthesis ('22/42 (52.4%) vs 12/37', '2/23 patients treated with X'):
# a numerator no larger than its denominator, never a date ('10/2003') or a dose ('5/325 mg').
_SLASH_FRACTION = re.compile(rf"(?<![\w.,/-])(?P<top>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d{{1,6}})\s*/\s*(?P<num>{INTEGER})(?!\d)(?![.,/]\d)")
# Between two proportions of one comparison: 'vs', 'compared with', 'than', 'whereas', 'and ... (respectively)'.
_COMPARED = re.compile(r"(?i)(?<![A-Za-z])(?:vs|versus|compared|comparing|than|whereas|while|and|or)\b|;")
_PAIR_GAP = 90
# A full stop between two proportions ends the comparison; 'vs.' does not.
_SENTENCE_STOP = re.compile(r"(?<!\bvs)(?<!\d)\.(?:\s|$)")


def _fractions(ctx: ExtractionContext, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The proportions of one sentence as (start, end, denominator start, denominator end), in order:
    'a of b' and 'a/b' with the denominator no smaller than the numerator."""
    text = ctx.text
    found = []
    for match in _denominator_of_matches(ctx):
        if start <= match.start() and match.end() <= end:
            found.append((match.start(), match.end(), *match.span("num")))
    for match in _SLASH_FRACTION.finditer(text, start, end):
        top, bottom = parse_integer(match.group("top")), parse_integer(match.group("num"))
        if top is None or bottom is None or top > bottom or _patterns()["not_count"].match(text, match.end()):
            continue
        before = text[max(start, match.start() - 25) : match.start()]
        if 0 < top <= 12 and (re.fullmatch(r"0\d", match.group("top")) or bottom >= 1900 or _DATE_BEFORE.search(before)):
            continue  # '09/92 and 12/96', '10/2003': a month and a year
        if _SCALE_BEFORE.search(before):
            continue  # 'grade 3/4', 'stage 2/3'
        found.append((match.start(), match.end(), *match.span("num")))
    return sorted(found)


_DATE_BEFORE = re.compile(r"(?i)\b(?:between|from|since|until|till|through|during)\s*$")
_SCALE_BEFORE = re.compile(r"(?i)\b(?:grades?|stages?|class|types?|phases?|levels?|scores?|NYHA|ECOG|WHO)\s*$")


def _compared_fractions(ctx: ExtractionContext, p: dict, add) -> None:
    """Two proportions set against each other in one sentence are one outcome in two arms, and their
    denominators are the arms' sizes: '22/42 (52.4%) vs 12/37 (32.4%)', '5 (10%) of 51 remain event free,
    compared with 13 (26%) of 49 patients who underwent HDC', '239 (28%) of 854 patients and 232 (27%) of
    852 patients, respectively'. A run of three or more over one denominator is one sample's outcomes
    ('4.5% (9/200), 67% (133/200) and 35% (69/200)'). The arm is the label written next to each proportion;
    where none is, the proportion itself stands for its arm, with ``arm_named`` false (the arm is not guessed
    from the sentence)."""
    text = ctx.text
    if "/" not in text and " of " not in text:
        return
    # Over the whole text, not sentence by sentence: the sentencizer may split at 'vs.' ('(9/94 vs. 2/86)');
    # a full stop in the gap still ends a comparison.
    fractions = _fractions(ctx, 0, len(text))
    if len(fractions) < 2:
        return
    runs: list[list[int]] = [[0]]
    for k in range(1, len(fractions)):
        gap = text[fractions[k - 1][1] : fractions[k][0]]
        if len(gap) <= _PAIR_GAP and _COMPARED.search(gap) and not _SENTENCE_STOP.search(gap):
            runs[-1].append(k)
        else:
            runs.append([k])
    sentence = [ctx.sentence_at(f[0]) for f in fractions]
    shared = Counter((sentence[k], text[f[2] : f[3]]) for k, f in enumerate(fractions))
    for run in runs:
        if len(run) < 2:
            continue
        for k in run:
            start, end, num_start, num_end = fractions[k]
            if shared[(sentence[k], text[num_start:num_end])] >= 3:
                continue
            value = parse_integer(text[num_start:num_end])
            if value is None or value < 3 or _is_year(text, num_start, value):
                continue
            lo = max(sentence[k][0], fractions[k - 1][1] if k > 0 else 0)
            hi = min(sentence[k][1], fractions[k + 1][0]) if k + 1 < len(fractions) else sentence[k][1]
            label = _fraction_label(ctx, p, end, lo, start, hi)
            # No arm named: the proportion itself stands for its arm, flagged as unnamed.
            add(num_start, num_end, value, "analysed", "sample_size.compared_fraction", label or (start, end), arm_named=label is not None)


# 'denosumab-treated', 'IV BP-treated': the words before '-treated' name the arm.
_TREATED_MODS = re.compile(r"(?i)(?<=\s)(?P<label>[A-Za-z][\w/+.]*(?:\s+[A-Za-z][\w/+.]*)?)-(?:treated|exposed|allocated|randomi[sz]ed)$")


def _fraction_label(ctx: ExtractionContext, p: dict, end: int, lo: int, start: int, hi: int) -> tuple[int, int] | None:
    """The arm written next to a proportion: after it ('... of 49 patients who underwent HDC', '(11/59 in the
    INTRA group', '(34/35) for intratumoral injection') before the next proportion, else a known arm before
    it ('and CD (78 of 191') after the previous one."""
    text = ctx.text
    after = end
    close = re.match(r"(?:\s*[(\[][^()\[\]]{0,20}[)\]])?(?:\s*[)\]])?", text[end:hi])
    after += close.end() if close else 0
    noun = p["denominator_noun"].match(text, end, hi)
    if noun:
        mods = noun.group("mods").strip()
        treated = _TREATED_MODS.search(noun.group("mods"))
        if treated:  # '(26 of 211) of denosumab-treated patients': the arm is what they were treated with
            return noun.start("mods") + treated.start("label"), noun.start("mods") + treated.end("label")
        if mods and _known_arm(ctx, mods):
            return noun.end("mods") - len(noun.group("mods").lstrip()), noun.end("mods")
        after = max(after, noun.end())
        after += len(re.match(_PERCENT_PAREN, text[after:hi]).group())
        after += len(re.match(r"\s*[)\]]|", text[after:hi]).group())  # '(12 of 250 patients) for X'
    elif after == end:
        after += len(re.match(r"\s*[)\]]|", text[after:hi]).group())
    for finder in (p["in_arm"], _LABEL_VERB, _LABEL_AFTER):
        m = finder.match(text, after, hi)
        if m and _plain_label(m.group("label")):
            a, b = m.span("label")
            cut = _EVENT_IN_LABEL.search(text, a, b)
            return a, (cut.start() if cut else b)
    window = max(lo, start - 60)
    m = _LABEL_BEFORE.search(text[window:start])
    if m and m.group("paren") and not _PAREN_ARM.search(m.group("label")):
        return None  # 'watery or teary eyes (34 of 53', 'the X and the placebo groups (9/20': an outcome, all arms
    if m and _known_arm(ctx, m.group("label")) and _plain_label(m.group("label")):
        return window + m.start("label"), window + m.end("label")
    return None


# An arm named right before a parenthesised proportion: an abbreviation ('GD (72 of 207') or one group ('in the MBCT
# group (N:19/36'), never several ('the X and the placebo groups (9/20').
_PAREN_ARM = re.compile(r"^[A-Z][A-Za-z0-9/+-]{0,9}$|\b(?:group|arm|cohort)$")
