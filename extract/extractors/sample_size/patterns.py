"""The pattern table of the sample-size rules, built once from ``extract/data/sample_size.json``.

Counts with their participant nouns ("101 severe COVID-19 patients"), "(n = N)", "A total of N", arm words,
events and the role cues: the word lists stay in the data file, and the patterns are compiled on first use
and shared by every module of the package.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...numbers import INTEGER, number_word_pattern, parse_integer
from ...resources import load


# A count with points between its thousands: '1.024', '12.500' (a decimal has no three-digit groups after a point
# and a leading digit 1-9; counted only where a participant noun follows).
DOTTED_THOUSANDS = r"[1-9]\d{0,2}(?:\.\d{3})+"


def count_value(text: str) -> int | None:
    """The count a number is: digits, number words or a thousands-pointed '1.024'."""
    if re.fullmatch(DOTTED_THOUSANDS, text):
        return int(text.replace(".", ""))
    return parse_integer(text)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("sample_size")
    # (?!\d): a count is all its digits. Without it, a lookahead such as (?![\d.,]*\d) rescans the rest
    # of a digit run for every shorter length tried (quadratic on 10 kB of digits); the matches are the same.
    whole = rf"(?:{INTEGER})(?!\d)"
    number = rf"(?P<num>{whole}|{number_word_pattern()})"
    # A number word is all its words: 'Nine hundred seven (92%) patients' is not 'Nine hundred' and a modifier 'seven'.
    atoms = "|".join(w for table in ("units", "tens", "scales") for w in load("number_words")[table])
    # '1.024 patients': a thousands point (European style) before a participant noun; never '1.5 patients' or '0.125'
    whole_number = rf"(?P<num>{whole}|{DOTTED_THOUSANDS}(?!\d)|{number_word_pattern()}(?![\s-]+(?:and[\s-]+)?(?:{atoms})\b))"
    nouns = "|".join(data["participant_nouns"])
    # What 'A total of N' may not count: places, units and events ('a total of 16 villages', '... 24 clusters', 'in all
    # three dimensions', 'a total of 35 deaths').
    not_people = "|".join([data["place_nouns"], *data["total_not_people"], *data["not_counts"], *data["counted_events"]])
    # ('40 clinical centers enrolling participants': the count is of the places, not of the participants after them)
    stop = (
        r"(?:with|who|and|or|of|were|was|in|to|at|from|for|had|than|million|billion|thousand|per|vs|versus|a|an|the|their|on|by|as|into|among|after|before|during|within|between"
        rf"|{data['place_nouns']})\b"
    )
    # 'type 2 diabetic patients', 'stage II women': a class and its number are one modifier.
    modifier = rf"(?:(?:type|stage|grade|class)\s+(?:\d{{1,2}}|[IV]{{1,4}})[a-cA-C]?(?:\s*[-–]\s*(?:\d{{1,2}}|[IV]{{1,4}})[a-cA-C]?)?\b|(?!{stop})[A-Za-z][\w/+-]*(?:\s*\([^()]{{1,20}}\))?)"
    # Modifiers after the first may be coordinated: 'overweight and obese women', 'inactive, postmenopausal women'.
    # ('ten Latin American countries, T2DM patients' is two phrases: no comma after a plural).
    modifiers = rf"(?:\s+{modifier}(?:(?:\s+|(?<![sS]),\s*|\s+(?:and|or)\s+){modifier}){{0,{data['modifiers_max'] - 1}}}?)??"
    return {
        "noun_count": re.compile(
            rf"(?<![\w.,/-]){whole_number}(?![\d.,]*\d)(?!\s*(?:%|percent|[-–]\s*\d))"
            # '233 (exenatide group, n = 121; placebo group, n = 112) patients'; not '12 (34%) patients'
            rf"(?:\s*\((?![^()]{{0,80}}%)[^()]{{1,80}}\))?"
            # ('Forty-women with breast cancer': a hyphen after a number word)
            rf"(?P<mods>{modifiers})(?:\s+|(?<=[a-z])-)(?P<noun>{nouns})\b(?!-)",
            re.I,
        ),
        # '(n = 12)', '(LO, n = 403)', '(Arm A: n = 46)'; not '(n = 25/51)'
        "arm_count": re.compile(
            # ('for placebo [n = 28] and ... for colesevelam [n = 26]': a bracket, as pasted from a parenthesis inside one)
            r"(?:\(|\[(?=\s*[nN]\.?\s*=))(?:\s*(?P<inner>[^()=]{1,60}?)\s*[;,:])?\s*[nN]\.?\s*=\s*(?P<num>" + INTEGER + rf")(?![\d/])\s*(?:[;,)\]]|(?:{nouns})\b)"
        ),
        "participant_noun": re.compile(rf"\b(?:{nouns})$|^(?:(?:all|eligible|consecutive|adult|older|the)\s+)*(?:{nouns})\b|\b(?:trial|study|RCT|cohort|sample)\b", re.I),
        # '..., and 87 were evaluable', '585 were randomly assigned': a count whose noun is elided
        "bare_verb": re.compile(
            # ('with a median age of 70 were randomly assigned': an age)
            rf"(?<![\w.,/-])(?<!\bage\sof\s)(?<!\baged\s)(?<!\bage\s)(?P<num>{whole}|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\((?![^()]{{0,80}}%)[^()]{{1,80}}\)|\s*\(\s*(?P<pct>\d+(?:\.\d+)?\s*%)\s*\))?\s+(?:(?:of\s+(?:these|them|whom)|patients|participants|subjects|women|men)\s+)?"
            r"(?:were|was|had\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|finally\s+|successfully\s+)?"
            # ('776 (97%) were analysed': a stage's share of the stage before; '45 (12%) were treated with steroids' is not)
            r"(?P<verb>randomly\s+assigned|randomi[sz]ed|enrolled|included\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}analys[ie]s|included|evaluable|analy[sz]ed|treated|recruited|registered|available\s+for\s+(?:the\s+)?analysis|eligible|assessable|allocated)\b",
            re.I,
        ),
        "arm_word": re.compile(rf"\b(?:{data['arm_label_words']})\b", re.I),
        # Arms listed in pairs: '271 received X, and 269 received Y', '201 were assigned X and 202 Y',
        # 'Sixty-nine (49.3%) assigned to X and 71 (50.7%) to Y', '(29 intervention, 36 control)'.
        "listed_arm": re.compile(
            rf"(?<![\w.,/-])(?P<num>{whole}|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\([^()]*%[^()]*\))?(?:\s+(?!control)(?:{nouns}))?"
            rf"(?:\s+(?:were|was))?\s+(?P<verb>(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)(?:\s+to)?(?:\s+receive)?|received|(?:given|administered|treated\s+with)\b|to\b|on\b|in\b(?:\s+the)?)?\s*"
            # ('64 women in standard care and 60 women in individualized care were analysed': the stage verb ends the label)
            rf"(?P<label>(?:the\s+)?[A-Za-z0-9][^,;:()]{{0,60}}?)(?=\s*(?:[,;)(]|\band\b|\bor\b|\bvs\.?|\bversus\b|\.\s|\.$|$)"
            r"|\s+(?:were|was)\s+(?:analy[sz]ed|included|evaluable|evaluated|randomi[sz]ed|enrolled|assessed|followed))",
            re.I,
        ),
        # ('n = 1-9 nodes', 'n = 25/51': a range or a fraction, not a count of people)
        "bare_count": re.compile(r"(?<![\w])[nN]\.?\s*=\s*(?P<num>" + INTEGER + r")(?![\d.])(?!\s*[-–/]\s*\d)"),
        # 'A total of 79 patients', 'In total, 900 people were randomized'; not 'a total of 16 villages', 'in all three
        # dimensions': the people counted are named after the number (a few modifiers or a parenthesis between)
        "total_of": re.compile(
            rf"\b(?:a\s+total\s+of|total(?:ly)?|overall|in\s+all,?)\s+{number}(?![\d.,]*\d)"
            # Any total of people, named or not ('A total of 120 were interviewed', '... 120 employees were randomized'),
            # unless a place, unit or event is named within three words (not past a participant noun, a number or a verb)
            rf"(?!(?:\s*\([^()]{{0,40}}\))?(?:\s+(?!(?:of|in|from|at|with|and|were|was|had|have|who|{nouns})\b)(?!\d)[\w/-]+){{0,3}}?\s+(?:{not_people})(?![A-Za-z]))"
            # nor a part of a denominator ('a total of 72 of 469 users'), the first of coordinated counts ('a total of 40
            # males and 40 females') or things found in people ('a total of 20 lesions were identified in 12 patients')
            r"(?!\s+of\b)"
            rf"(?!(?:\s+(?!(?:were|was|had|have|who)\b)[\w-]+){{0,3}}\s+and\s+\d)"
            rf"(?![^.;]{{0,80}}?\bin\s+(?:\d[\d,]*|{number_word_pattern()})\s+(?:{nouns})\b)",
            re.I,
        ),
        "not_count": re.compile(r"(?<!\s)\s*(?:-\s*)?(?:%s)(?![A-Za-z])" % "|".join(data["not_counts"]), re.I),
        # '19 patients had grade 3 events', '6 women in the placebo arm discontinued': events, not sample sizes
        # ('Four patients (two in each group) withdrew', 'Thirteen X recipients and 1 placebo recipient discontinued':
        # the verb after a parenthesis or after the next count of a coordination is this count's too)
        "event_after": re.compile(
            r"(?<!\s)(?:\s*\([^()]{0,40}\))?"
            r"(?:\s+(?:in|from|of|on|with|receiving|treated with|(?:assigned|allocated|randomi[sz]ed)\s+to)\s+[^,.;()]{0,60}?"
            # the next count's noun and its verb only: 'Thirteen X recipients and 1 placebo recipient discontinued', not
            # '60 patients and 30 controls who had normal spirometry were enrolled' (the second noun's relative clause)
            rf"|\s+and\s+(?:\d[\d,]{{0,12}}|{number_word_pattern()})(?![\w-])(?:\s+(?!(?:who|that|which|whom|were|was)\b)[\w-]+){{1,3}}?)?"
            r"(?:\s+(?:overall|later|then|\w+ly))?\s+(?:%s)\b"
            # ('60 patients had knee osteoarthritis and were randomized': a description of the sample, then its stage)
            r"(?![^.;]{0,80}?\band\s+(?:were|was)\s+(?:\w+ly\s+)?(?:%s)\b)"
            % (data["event_verbs"], "|".join(data["event_then_stage"])),
            re.I,
        ),
        # 'Each arm of the trial consisted of 30 patients', '36 subjects in each group'
        "each_arm": re.compile(
            rf"\b(?P<label>each\s+(?:arm|group|cohort))\b[^.;]{{0,40}}?\b(?:of|included|comprised|consisted\s+of|contained|with)\s+(?P<num>{INTEGER}|{number_word_pattern()})\b"
            # '30 patients in each of the two arms', 'Thirty patients were allocated to each group', '40 were assigned to
            # each of the three groups'
            rf"|(?<!\d)(?P<num2>{INTEGER}|{number_word_pattern()})\s+(?:(?:{nouns})\s+)?"
            rf"(?:(?:were\s+)?(?:randomly\s+)?(?:allocated|assigned|randomi[sz]ed|included|enrolled)\s+(?:to|in|into)|in|per)\s+"
            rf"(?P<label2>each\s+(?:of\s+the\s+(?:[\w-]+\s+)?)?(?:arms?|groups?|cohorts?))\b"
            # '3 groups of 30 patients', 'two groups of 30 each' (not 'two groups of 15 and 16 patients')
            rf"|\b(?:two|three|four|five|six|[2-6])\s+(?:equal\s+)?(?P<label6>arms|groups)\s+of\s+(?P<num6>{INTEGER}|{number_word_pattern()})\b"
            rf"(?=\s+(?:[\w-]+\s+)?(?:(?:{nouns})\b|each\b)|\s*[,.;)](?!\d)|\s+(?:to|who|for)\b)"  # ('two groups of 45 to receive X')
            # 'two groups each of 18 patients', 'randomly assigned 139 patients each to the vildagliptin and placebo groups'
            rf"|\b(?P<label3>(?:arms|groups|cohorts)[^.;]{{0,20}}?\beach)\s+(?:of|with|comprising)\s+(?P<num3>{INTEGER}|{number_word_pattern()})\b"
            rf"|(?<![\w.,])(?P<num4>{INTEGER}|{number_word_pattern()})\s+(?:(?:{nouns})\s+)?(?P<label4>each)(?:\s+(?:to|in|into)\b|(?=\s*[);]))"
            # '(1408 per group)', '19 patients per treatment group', '(n = 201 in both)'
            rf"|(?<![\w.,])(?P<num5>{INTEGER})(?!\d)\s+(?:(?:{nouns})\s+)?(?P<label5>per\s+(?:treatment\s+|dose\s+|study\s+)?(?:arm|group)|in\s+both(?:\s+(?:arms|groups))?(?=\s*\)))\b",
            re.I,
        ),
        "subset": re.compile("|".join(data["subset_cues"]), re.I),
        "event_before": re.compile(data["event_before"], re.I),
        # '40 patients in the laser group', '38 in the placebo arm', '53 to FEC-D'
        "in_arm": re.compile(
            rf"(?<!\s)(?:\s+(?:{nouns}))?\s+(?:were\s+)?(?:(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|included|assessed|evaluated|analy[sz]ed|treated)\s+)?(?:in|to|on|into|of)\s+(?:the\s+)?(?P<label>(?:{data['arm_words']})\s+[A-Z0-9]\b|(?:[^,;:().]|\.(?!\s)){{1,50}}?\b(?:{data['arm_words']}))\b",
            re.I,
        ),
        # 'docetaxel (48 patients)', 'to chemotherapy (29 patients)'
        # After a denominator: '43 of 53 [latanoprost patients]', '26 of 211) [of denosumab-treated patients]'
        "denominator_noun": re.compile(
            rf"(?<=[\w)\]])(?:\s*\))?(?:\s+of)?(?P<mods>(?:\s+(?!(?:who|with|in|on|of|and|or|the)\b)[A-Za-z][\w/+.-]*){{0,3}}?)\s+(?:{nouns})\b(?!-)",
            re.I,
        ),
        "paren_count": re.compile(rf"\(\s*(?P<num>{INTEGER})\s+(?:{nouns})\s*[;,)]", re.I),
        # 'to control (<75 minutes per week; 41 patients)': the arm's count after its description
        "paren_last_count": re.compile(rf"(?<=;)\s*(?P<num>{INTEGER})\s+(?:{nouns})\s*\)", re.I),
        # '(54.4%)' or '[22%]' right after a count: an event or a subgroup, not a sample size.
        # '(58% women, mean age 61)' describes the sample and is no reason to drop it.
        "percent_after": re.compile(
            r"^\s*(?:\w+\s+){0,1}[(\[]\s*(?:\d+(?:\.\d+)?\s*%\s*(?:[)\];,]|of\b(?!\s+whom))|\d+\s+(?:deaths?|events?)\b)"
        ),
        "roles": [(role, re.compile(cue, re.I)) for role, cue in data["roles"]],
        "registry_keys": data["registry_keys"],
    }
