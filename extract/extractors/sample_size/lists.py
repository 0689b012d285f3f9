"""Arms listed in a sentence, one count after the other.

"271 received X, and 269 received Y", "22 and 21 patients, respectively", "126 patients were treated,
42 with X, 42 with Y, ..." (listed counts that add up to the total before them).
"""

from __future__ import annotations

import re
from collections import Counter

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load
from ..context import ExtractionContext
from .labels import _ARM_HAS_OWN_COUNT, _known_arm, _NOT_ARM_LABEL, _NOT_PAREN_ARM, _TOTAL_BEFORE
from .roles import _role_at
from .traps import _counts_events, _EVENT_IN_LABEL, _is_year


_GIVING = r"(?:who\s+(?:were\s+)?)?(?:receiving|received|treated\s+with|given|on|(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to(?:\s+receive)?)"
_PAIR_NOUN = r"(?:\s+(?:[A-Za-z-]+\s+)?(?:patients|participants|subjects|women|men|children|adults))?"
# Two counts, each with the treatment it was given: '115 patients receiving cisplatin plus cetuximab and 58
# receiving cisplatin alone', '127 patients treated with duloxetine and 128 who received placebo'.
_RECEIVING_PAIR = re.compile(
    rf"(?<![\w.,/-])(?P<a>{INTEGER})(?!\d){_PAIR_NOUN}\s+{_GIVING}\s+(?:the\s+)?(?P<l1>[A-Za-z][^,;:()\d]{{0,50}}?)\s*,?\s+and\s+"
    rf"(?P<b>{INTEGER})(?!\d){_PAIR_NOUN}\s+{_GIVING}\s+(?:the\s+)?(?P<l2>[A-Za-z][^,;:()\d]{{0,50}}?)"
    r"(?=\s*(?:[,;:()]|\b(?:were|was|had|have|for|at|during|after|with)\b|\.(?:\s|$)|$))",
    re.I,
)


def _receiving_pairs(ctx: ExtractionContext, p: dict, add) -> None:
    """Two counts set side by side with what each was given are two arms, whatever the treatments are called;
    not when an event follows ('... and 12 on placebo had nausea') or when they are events by arm."""
    text = ctx.text
    for match in _RECEIVING_PAIR.finditer(text):
        a, b = parse_integer(match.group("a")), parse_integer(match.group("b"))
        if a is None or b is None or min(a, b) < 3:
            continue
        labels = (match.group("l1"), match.group("l2"))
        if any(_EVENT_IN_LABEL.search(" " + label) or _NOT_ARM_LABEL.search(label) for label in labels):
            continue
        if p["event_after"].match(text, match.end()) or _counts_events(text, ctx.sentence_at(match.start())[0], match.start()):
            continue
        if _TOTAL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        for num, label in (("a", "l1"), ("b", "l2")):
            add(*match.span(num), parse_integer(match.group(num)), _role_at(ctx, match.start(num)), "sample_size.listed_arm", match.span(label))


# 'consisted of 22 and 21 patients, respectively', '(818 and 756 in the 4-HPR and control arm, respectively)',
# '(n=44 and n=42 for the gel group and placebo group, respectively)'
_RESPECTIVE_COUNTS = re.compile(
    rf"(?<![\w.,/-])(?:[nN]\s*=\s*)?(?P<a>{INTEGER})(?!\d)(?![.,]\d)(?:\s+(?:patients|participants|subjects|women|men))?\s*,?\s+and\s+(?:[nN]\s*=\s*)?"
    rf"(?P<b>{INTEGER})(?!\d)(?![.,]\d)(?P<rest>[^.;%]{{0,80}}?),?\s+respectively\b"
)
# Two arms named together: 'the TC6 and T-FEC group', 'the 4-HPR and control arm', 'the gel group and placebo group'
_ARM_PAIR = re.compile(
    r"(?i)(?<![\w-])(?:the\s+)?(?P<x>(?!(?:in|for|of|to|on|with|the|and|or)\b)[\w/+-]+(?:\s+[\w/+-]+){0,2}?)(?:\s+(?:group|arm))?\s+and\s+(?:the\s+)?(?P<y>(?!the\b)[\w/+-]+(?:\s+[\w/+-]+){0,2}?)\s+(?:groups?|arms?)\b"
)


def _respective_counts(ctx: ExtractionContext, p: dict, add) -> None:
    """'N and M ..., respectively' where the same clause names two arms together ('the X and Y groups'): N is
    the first arm's count and M the second's. Doses and durations ('60 and 600 mg/m2, respectively') are not."""
    text = ctx.text
    if "respectively" not in text:
        return
    for match in _RESPECTIVE_COUNTS.finditer(text):
        a, b = parse_integer(match.group("a")), parse_integer(match.group("b"))
        if a is None or b is None or min(a, b) < 3 or p["not_count"].match(text, match.end("b")):
            continue
        s, _ = ctx.sentence_at(match.start())
        pair = _ARM_PAIR.search(text, match.start("rest"), match.end("rest"))
        if not pair:
            lo = max(s, match.start() - 120)
            pairs = list(_ARM_PAIR.finditer(text, lo, match.start()))
            pair = pairs[-1] if pairs else None
        if not pair or any(_NOT_ARM_LABEL.search(pair.group(k)) for k in ("x", "y")):
            continue
        if _counts_events(text, s, match.start()):
            continue
        for num, label in (("a", "x"), ("b", "y")):
            add(*match.span(num), parse_integer(match.group(num)), _role_at(ctx, match.start(num)), "sample_size.listed_arm", pair.span(label))


# Counts of a list that adds up to a participant count before it: '126 patients were treated, 42 with
# standard AC, 42 with accelerated AC, 19 with standard EC and 23 with accelerated EC', 'We randomized 94
# women: 31 had acupuncture, 29 had sham acupuncture and 34 had no treatment'.
# Digits only: listed counts are written in digits, and a number-word pattern at every word start would
# cost a tenth of the extractor's time.
_LIST_NUMBER = re.compile(rf"(?<![\w.,/-])(?P<num>{INTEGER})(?![\d.,]*\d)(?!\w)(?!\s*(?:%|percent|[-–/]\s*\d))", re.I)
_LIST_TOTAL = re.compile(
    rf"(?<=\w)(?:\s+[A-Za-z][\w-]*){{0,3}}?\s+(?:{'|'.join(load('sample_size')['participant_nouns'])}|were|was)\b", re.I
)
# After a listed count: who they are, the verb that gives them their arm, then the arm up to the next separator.
_LIST_ITEM = re.compile(
    r"(?<=\w)(?:\s*\([^()]{0,30}\))?(?:\s+(?:patients?|participants?|subjects?|women|men))?(?:\s+(?:were|was))?"
    r"\s*(?P<lead>(?:(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to|received|receiving|underwent|had|treated\s+with|given|administered|with|to|on|in)\b)?"
    r"\s*(?:the\s+)?(?P<label>[A-Za-z][^,;:()]{0,60}?)\s*(?=[,;:()]|\b(?:and|or|according|for|at|after|during|from|until|because|as)\b|\.(?:\s|$)|$)",
    re.I,
)
_LIST_SEPARATOR = re.compile(r"(?i)^\s*(?:,|;|:)?\s*(?:and|or)?\s*$")
_LIST_MAX = 6


def _summed_lists(ctx: ExtractionContext, p: dict, add) -> None:
    """Arms listed after their total: the listed counts must add up to the participant count just before
    them, so '(22 men, 16 women)', '13 had osteoporosis and 50 osteopenia' of unequal sums and subgroups
    named by sex or age are left alone; each arm is given by a verb of treatment or is a known arm."""
    text = ctx.text
    for s_start, s_end in ctx.sentences or [(0, len(text))]:
        numbers = []
        for match in _LIST_NUMBER.finditer(text, s_start, s_end):
            if p["not_count"].match(text, match.end()):
                continue  # '300 mg', '6 months': inside a label, not a count
            value = parse_integer(match.group("num"))
            if value is not None:
                numbers.append((match.start(), match.end(), value))
        for i, (start, end, total) in enumerate(numbers[:-2]):
            if total < 6 or not (_LIST_TOTAL.match(text, end) or re.search(r"[nN]\s*=\s*$", text[max(0, start - 5) : start])):
                continue
            items, summed, previous_end = [], 0, None
            for j in range(i + 1, min(len(numbers), i + 1 + _LIST_MAX)):
                item_start, item_end, value = numbers[j]
                if previous_end is not None and item_start - previous_end > 70:
                    break
                items.append(numbers[j])
                summed += value
                previous_end = item_end
                if summed >= total:
                    break
            if summed != total or len(items) < 2 or items[0][0] - end > 150 or _counts_events(text, s_start, start):
                continue  # ('Of these 186 cancers, 139 were ER positive (53 on X and 86 on Y)': events by arm)
            arms = _list_labels(ctx, p, items, s_end)
            if arms:
                for (item_start, item_end, value), (label, lead) in zip(items, arms):
                    # the verb that gives the arm its count names the stage, as in listed arms
                    role = "randomized" if re.search(r"assign|allocat|randomi", lead) else "treated" if lead == "received" else _role_at(ctx, item_start)
                    add(item_start, item_end, value, role, "sample_size.summed_list", label)


def _list_labels(ctx: ExtractionContext, p: dict, items: list[tuple[int, int, int]], limit: int) -> list[tuple[tuple[int, int], str]] | None:
    """Each listed count's arm label and the verb before it, or None when one of them is no arm (a sex, an age, an event)."""
    text = ctx.text
    labels = []
    for k, (start, end, value) in enumerate(items):
        stop = items[k + 1][0] if k + 1 < len(items) else min(limit, end + 80)
        match = _LIST_ITEM.match(text, end, stop)
        if not match or value < 3:
            return None
        label, lead = match.group("label"), (match.group("lead") or "").lower()
        if k + 1 < len(items) and not _LIST_SEPARATOR.match(text[match.end() : stop]):
            return None  # more words than a label before the next count
        if _NOT_PAREN_ARM.search(label) or _NOT_ARM_LABEL.search(label):
            return None
        if not (lead and lead != "had" or _known_arm(ctx, label)):
            return None
        labels.append((match.span("label"), lead))
    return labels


_DATA = load("sample_size")
# A count right after a unit of time is a time point ('week 8', 'visit 3'), not a count of people.
_TIME_BEFORE = re.compile(r"(?i)\b(?:%s)\s*$" % "|".join(_DATA["time_units_before_count"]))
# Labels that are times of day or places: '10 AM', 'non-UK centers' (a place of one arm keeps its arm word:
# '612 in intervention schools', '48 to usual care wards').
_NOT_LISTED_ARM = re.compile(r"(?i)^(?:[ap]\.?m\.?|o'clock)(?![\w.])|\b(?:%s)\s*$" % _DATA["place_nouns"])
_PLACE_END = re.compile(r"(?i)\b(?:%s)\s*$" % _DATA["place_nouns"])
# A label that opens with what was counted, then its arm: '118 invasive breast cancers in the intervention group'
# (the events right after the count, at most two words before them, none a preposition: not 'surgery for displaced
# fractures in the hip', 'treatment of fractures in').
_EVENTS_IN_ARM = re.compile(
    r"(?i)^(?:(?!(?:for|of|with|to|after|against|from)\s)[\w-]+\s+){0,2}?(?:%s)\s+(?:in|on|among)\b" % "|".join(_DATA["counted_events"])
)
# A finite verb inside the label makes it a clause: '35 on pilocarpine 2% did not complete the study'
# (after any character: '2% did not' too).
_VERB_IN_LABEL = re.compile(r"(?i)(?<=[\w%%)])\s+(?:%s)\b" % _DATA["event_verbs"])


# A label that names all arms together: 'the two groups', 'both arms', 'one of three treatment groups'.
_ALL_ARMS_LABEL = re.compile(r"(?i)(?:the\s+|one\s+of\s+(?:the\s+)?)?(?:two|three|four|five|both|all|each|\d)\s+(?:[\w-]+\s+){0,2}?(?:groups|arms|cohorts)\b")


# After an allocated label, another arm with no count of its own: the count is the total over both ('9,297 patients were
# randomised to ramipril or placebo'; not '60 to placebo or 58 to drug', '... or Y (n = 58)').
_OR_ANOTHER_ARM = re.compile(r"(?i)(?<=\w)\s+(?:or|versus|vs\.?)\s+(?!\d)(?![^,;.()]{0,60}?(?:\d|[nN]\s*=))")
# A label that is what was counted, not an arm: '628 randomized children', '247 girls', '20 clusters to intervention'
# ('29 control patients', '31 cases' are arms).
_COUNTED_LABEL = re.compile(
    r"(?i)^(?:(?:%s)|%s|%s)\b" % ("|".join(n for n in _DATA["participant_nouns"] if n not in ("controls?", "cases?")), "|".join(_DATA["sex_words"]["male"] + _DATA["sex_words"]["female"]), _DATA["place_nouns"] + "|" + _DATA["cluster_nouns"])
)
_CLUSTER_LABEL = re.compile(r"(?i)^(?:%s|%s)\b" % (_DATA["place_nouns"], _DATA["cluster_nouns"]))
# A label that opens with a finite verb is a clause about the people counted: '3,102 women gave birth during ...'
# (event verbs stay in the list: they make the whole list one of events by arm, '186 developed cancer (82 on X and 104 on Y)')
_CLAUSE_LABEL = re.compile(r"(?i)^(?:gave|became|took|went|made|gained|lost|moved)\b")


def _listed_arms(p: dict, text: str, start: int, end: int) -> list[re.Match[str]]:
    """Counts listed as arms in one sentence: with a verb of allocation ('201 were assigned X'), with an
    arm word as label ('29 intervention'), or elided after such an item ('..., and 202 conventional')."""
    accepted: list[re.Match[str]] = []
    clusters = False
    for match in p["listed_arm"].finditer(text, start, end):
        value = parse_integer(match.group("num"))
        label = match.group("label")
        if value is None or value < 3 or p["not_count"].match(label) or _NOT_ARM_LABEL.search(label):
            continue
        if _CLUSTER_LABEL.match(label):
            clusters = True  # '20 clusters to intervention and 20 to control': the list counts clusters, not people
            continue
        if clusters and not p["participant_noun"].search(match.group()):
            continue
        if _COUNTED_LABEL.match(label) or _CLAUSE_LABEL.match(label):
            continue  # '628 randomized children (...; 247 girls)', '3,102 women gave birth': no arm named
        if _TOTAL_BEFORE.search(text[max(0, match.start() - 16) : match.start()]) and re.search(r"(?i)assign|allocat|randomi", match.group("verb") or ""):
            continue  # 'A total of 338 patients were randomly assigned ...': the total, not an arm
        after_separator = re.search(r"(?:[,;]|\band)\s*$", text[max(0, match.start() - 6) : match.start()])
        elided = after_separator and accepted and accepted[-1].group("verb")
        verb = (match.group("verb") or "").lower()
        allocating = re.search(r"assign|allocat|randomi|received", verb)
        if label[0].isdigit() and not (allocating or verb == "to" and accepted and re.search(r"assign|allocat|randomi", accepted[-1].group("verb") or "", re.I)):
            continue  # a dose as the arm only after a verb of allocation: '43 women received 1500 mg/d, and 53 ...'
        if allocating and _ARM_HAS_OWN_COUNT.match(text, match.end("label")):
            continue  # '536 patients were randomized to ED (n = 266) or EDC (n = 270)': the total over the arms
        if allocating and _OR_ANOTHER_ARM.match(text, match.end("label")):
            continue  # '9,297 patients were randomised to ramipril or placebo': the total over the arms
        if _ALL_ARMS_LABEL.match(label):
            continue  # '318 patients randomized to the two groups': all arms together, their total
        if _is_year(text, match.start("num"), value):
            continue  # 'From November 1999 to October 2003', 'the trial was stopped in 2002 after ...': a date, not an arm
        if _TIME_BEFORE.search(text, max(0, match.start() - 12), match.start()) or (
            _NOT_LISTED_ARM.search(label) and not (_PLACE_END.search(label) and p["arm_word"].search(label))
        ):
            continue  # 'to week 8 in diurnal IOP', '8 AM, 10 AM', '106 UK and 16 non-UK centers': times and places
        if match.group("verb") or p["arm_word"].search(label) or elided:
            accepted.append(match)
    return accepted


# 'The control group consisting of 47 patients received ...', 'A control group of 174 patients who did not ...',
# 'the second group of thirty patients got tea': one arm and its size. Matched at the group word (a word
# start); the words naming the group are read backwards from there.
_GROUP_OF = re.compile(
    rf"(?<![\w-])(?:group|arm|cohort)\s+(?:consist(?:ing|ed)\s+of|compris(?:ing|ed)(?:\s+of)?|contain(?:ing|ed)|of)\s+"
    rf"(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{'|'.join(_DATA['participant_nouns'])})\b",
    re.I,
)
_GROUP_NAME = re.compile(r"(?:(?<=[\s(])|^)(?P<name>(?:[A-Za-z][\w/+-]*\s+){1,2})$")
# Words before 'group' that describe the whole sample or a body of people, not one arm: 'a small group of women',
# 'the initial group of 2867', 'a focus group of 12'.
_NOT_GROUP_NAME = re.compile(
    r"(?i)^(?:a|an|the|this|that|one|each|every|any|our|their)$"
    r"|(?<![\w-])(?:%s)(?![\w-])" % "|".join(_DATA["whole_sample_group_words"])
    + r"|\b(?:study|trial|sample|age|birth|two|three|four|both|all|of|in|and|or|to|a|an|the)\s*$"
)
# What makes a name one arm's: an arm word ('control', 'placebo'), an ordinal ('the second group') or a word for a
# group beside the others ('A parallel cohort of 99 patients with HER2-negative disease').
_ORDINAL_NAME = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-6]th|%s)\b" % "|".join(_DATA["separate_group_words"]))


def _groups_of(ctx: ExtractionContext, p: dict, add) -> None:
    """'<name> group consisting of N patients', '<name> group of N patients': the group's own size, when the name is
    an arm's (an arm word or an ordinal: 'a heterogeneous group of 45 patients' is the whole sample), or when two
    such groups are named in one sentence ('the control group consisting of 52 ..., and the yoga group consisting of 49')."""
    text = ctx.text
    if not re.search(r"(?i)\b(?:group|arm|cohort)\s+(?:of|consist|compris|contain)", text):
        return
    found: list[tuple[int, tuple[int, int], int, tuple[int, int], bool]] = []
    for match in _GROUP_OF.finditer(text):
        value = parse_integer(match.group("num"))
        if value is None or value < 3:
            continue
        s, _ = ctx.sentence_at(match.start())
        name = _GROUP_NAME.search(text, max(s, match.start() - 40), match.start())
        if not name:
            continue
        words = name.group("name").split()
        while words and re.fullmatch(r"(?i)a|an|the|another|one", words[0]):
            words = words[1:]  # 'the control', 'another': the article is no part of the name
        if not words or _NOT_GROUP_NAME.search(" ".join(words)) or _is_year(text, match.start("num"), value):
            continue
        if _counts_events(text, s, match.start()):
            continue
        label_start = name.end() - len(name.group("name")) + name.group("name").index(words[0])
        group_end = match.start() + len(re.match(r"\w+", text[match.start() :]).group())
        named = bool(p["arm_word"].search(" ".join(words)) or _ORDINAL_NAME.search(" ".join(words)))
        found.append((s, match.span("num"), value, (label_start, group_end), named))
    per_sentence = Counter(s for s, *_ in found)
    for s, span, value, label, named in found:
        if named or per_sentence[s] >= 2:
            add(*span, value, _role_at(ctx, span[0]), "sample_size.group_of", label)
