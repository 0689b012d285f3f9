"""Sample sizes: how many participants, at which stage (role), in which arm.

Patterns, from reading methods and results sentences across trial abstracts and registries:

* ``N <participants>`` with up to a few modifiers: "101 severe COVID-19 patients", "Twenty-four subjects";
* ``<arm label> (n = N)``: per-arm counts, "to either UC-MSC treatment (n = 12) or the control group (n = 12)";
* ``n = N`` / ``N = N`` alone, and "A total of N";
* registry fields: "Target Recruitment: 18", "Enrollment: 120 (Actual)".

The role comes from cue words in the clause (randomized, enrolled, received, analysed, ...); ages,
doses, durations, percentages and subgroup counts ("among 5 patients") are not sample sizes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from ..numbers import INTEGER, number_word_pattern, parse_integer
from ..resources import load
from .context import ExtractionContext, Item
from .registry import register

_EXCLUDED_SECTIONS = {"eligibility criteria", "age", "sex", "status"}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load("sample_size")
    # (?!\d): a count is all its digits. Without it, a lookahead such as (?![\d.,]*\d) rescans the rest
    # of a digit run for every shorter length tried (quadratic on 10 kB of digits); the matches are the same.
    whole = rf"(?:{INTEGER})(?!\d)"
    number = rf"(?P<num>{whole}|{number_word_pattern()})"
    nouns = "|".join(data["participant_nouns"])
    stop = r"(?:with|who|and|or|of|were|was|in|to|at|from|for|had|than|million|billion|thousand|per|vs|versus|a|an|the|their|on|by|as|into|among|after|before|during|within|between)\b"
    # 'type 2 diabetic patients', 'stage II women': a class and its number are one modifier.
    modifier = rf"(?:(?:type|stage|grade|class)\s+(?:\d{{1,2}}|[IV]{{1,4}})[a-cA-C]?(?:\s*[-–]\s*(?:\d{{1,2}}|[IV]{{1,4}})[a-cA-C]?)?\b|(?!{stop})[A-Za-z][\w/+-]*(?:\s*\([^()]{{1,20}}\))?)"
    # Modifiers after the first may be coordinated: 'overweight and obese women', 'inactive, postmenopausal women'.
    # ('ten Latin American countries, T2DM patients' is two phrases: no comma after a plural).
    modifiers = rf"(?:\s+{modifier}(?:(?:\s+|(?<![sS]),\s*|\s+(?:and|or)\s+){modifier}){{0,{data['modifiers_max'] - 1}}}?)??"
    return {
        "noun_count": re.compile(
            rf"(?<![\w.,/-]){number}(?![\d.,]*\d)(?!\s*(?:%|percent|[-–]\s*\d))"
            # '233 (exenatide group, n = 121; placebo group, n = 112) patients'; not '12 (34%) patients'
            rf"(?:\s*\((?![^()]{{0,80}}%)[^()]{{1,80}}\))?"
            # ('Forty-women with breast cancer': a hyphen after a number word)
            rf"(?P<mods>{modifiers})(?:\s+|(?<=[a-z])-)(?P<noun>{nouns})\b(?!-)",
            re.I,
        ),
        # '(n = 12)', '(LO, n = 403)', '(Arm A: n = 46)'; not '(n = 25/51)'
        "arm_count": re.compile(
            r"\((?:\s*(?P<inner>[^()=]{1,60}?)\s*[;,:])?\s*[nN]\s*=\s*(?P<num>" + INTEGER + r")(?![\d/])\s*(?:[;,)]|patients|subjects|participants|women|men)"
        ),
        "participant_noun": re.compile(rf"\b(?:{nouns})$|^(?:(?:all|eligible|consecutive|adult|older|the)\s+)*(?:{nouns})\b|\b(?:trial|study|RCT|cohort|sample)\b", re.I),
        # '..., and 87 were evaluable', '585 were randomly assigned': a count whose noun is elided
        "bare_verb": re.compile(
            rf"(?<![\w.,/-])(?P<num>{whole}|{number_word_pattern()})(?![\d.,]*\d)(?:\s*\((?![^()]{{0,80}}%)[^()]{{1,80}}\))?\s+(?:(?:of\s+(?:these|them|whom)|patients|participants|subjects|women|men)\s+)?"
            r"(?:were|was)\s+(?:then\s+|subsequently\s+|finally\s+|successfully\s+)?"
            r"(?:randomly\s+assigned|randomi[sz]ed|enrolled|included|evaluable|analy[sz]ed|treated|recruited|registered|available\s+for\s+(?:the\s+)?analysis|eligible|assessable|allocated)\b",
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
        "bare_count": re.compile(r"(?<![\w])[nN]\s*=\s*(?P<num>" + INTEGER + r")(?![\d.])"),
        "total_of": re.compile(rf"\b(?:a\s+total\s+of|total(?:ly)?|overall|in\s+all,?)\s+{number}(?![\d.,]*\d)", re.I),
        "not_count": re.compile(r"(?<!\s)\s*(?:-\s*)?(?:%s)(?![A-Za-z])" % "|".join(data["not_counts"]), re.I),
        # '19 patients had grade 3 events', '6 women in the placebo arm discontinued': events, not sample sizes
        "event_after": re.compile(
            r"(?<!\s)(?:\s+(?:in|from|of|on|with|receiving|treated with|(?:assigned|allocated|randomi[sz]ed)\s+to)\s+[^,.;()]{0,60}?)?\s+(?:%s)\b"
            % data["event_verbs"],
            re.I,
        ),
        # 'Each arm of the trial consisted of 30 patients', '36 subjects in each group'
        "each_arm": re.compile(
            rf"\b(?P<label>each\s+(?:arm|group|cohort))\b[^.;]{{0,40}}?\b(?:of|included|comprised|consisted\s+of|contained|with)\s+(?P<num>{INTEGER}|{number_word_pattern()})\b"
            rf"|(?<!\d)(?P<num2>{INTEGER}|{number_word_pattern()})\s+(?:(?:{nouns})\s+)?(?:in|per)\s+(?P<label2>each\s+(?:arm|group|cohort))\b"
            # 'two groups each of 18 patients', 'randomly assigned 139 patients each to the vildagliptin and placebo groups'
            rf"|\b(?P<label3>(?:arms|groups|cohorts)[^.;]{{0,20}}?\beach)\s+(?:of|with|comprising)\s+(?P<num3>{INTEGER}|{number_word_pattern()})\b"
            rf"|(?<![\w.,])(?P<num4>{INTEGER}|{number_word_pattern()})\s+(?:(?:{nouns})\s+)?(?P<label4>each)\s+(?:to|in|into)\b"
            # '(1408 per group)', '19 patients per treatment group', '(n = 201 in both)'
            rf"|(?<![\w.,])(?P<num5>{INTEGER})(?!\d)\s+(?:(?:{nouns})\s+)?(?P<label5>per\s+(?:treatment\s+)?(?:arm|group)|in\s+both(?:\s+(?:arms|groups))?(?=\s*\)))\b",
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


def role_of(clause: str, at: int | None = None) -> str:
    """The role named by the cue word nearest to position ``at`` of a clause; 'enrolled' when none.

    Nearest, because a sentence such as "In this randomized trial, we recruited 101 patients" names
    the design before the stage the count belongs to.
    """
    return _nearest_role(_cue_matches(clause), at)


def _cue_matches(clause: str) -> list[tuple[int, int, int, str]]:
    """Every role cue of a clause as (start, end, rank, role), by start."""
    return sorted(
        (m.start(), m.end(), rank, role) for rank, (role, cue) in enumerate(_patterns()["roles"]) for m in cue.finditer(clause)
    )


def _nearest_role(cues: list[tuple[int, int, int, str]], at: int | None, longest: int | None = None) -> str:
    """The role of the cue with the least (distance to ``at``, rank), as :func:`role_of` defines it.

    Searched outwards from ``at`` so that a long sentence with many counts and cues stays linear
    (every count scanning every cue of its sentence was quadratic on 100 kB of '(n = 1').
    """
    if not cues:
        return "enrolled"
    if at is None:
        return min(cues, key=lambda c: c[2])[3]
    if longest is None:  # the longest cue; callers asking many times per sentence pass it in
        longest = max(end - start for start, end, _, _ in cues)
    best: tuple[int, int, str] | None = None
    i = bisect.bisect_left(cues, (at,))
    for j in range(i, len(cues)):  # start >= at: the distance is start - at, growing
        start, end, rank, role = cues[j]
        if best is not None and start - at > best[0]:
            break
        if best is None or (start - at, rank) < best[:2]:
            best = (start - at, rank, role)
    for j in range(i - 1, -1, -1):  # start < at: the distance is at least at - start - longest
        start, end, rank, role = cues[j]
        if best is not None and at - start - longest > best[0]:
            break
        distance = min(abs(start - at), abs(end - at))
        if best is None or (distance, rank) < best[:2]:
            best = (distance, rank, role)
    return best[2]


# "a randomised (1:1), placebo-controlled, double-blind clinical trial" names the design, not a stage.
_DESIGN_ADJECTIVE = re.compile(
    r"\brandomi[sz]ed(?:\s*\([^()]*\))?(?:\s*,?\s*(?:and\s+)?[A-Za-z][\w-]*){0,6}?\s+(?:trial|study|design|fashion|manner)\b", re.I
)


_EACH_ARM_CUE = re.compile(r"\b(?:each|per\s+(?:treatment\s+)?(?:arm|group)|in\s+both)\b", re.I)
# Words every match of a costly pattern holds: the pattern (number words at every word start) is run only
# around them, not over the whole text.
_OF_THE_ARM_CUE = re.compile(r"(?i)\bof\s+the\b[^.;]{0,40}?\b(?:group|arm)\b")
_COMPLETED_CUE = re.compile(r"(?i)\b(?:completed|finished)\b")


def _without_design_adjectives(text: str) -> str:
    """The text with its design phrases blanked (same length); most sentences have none, and the
    substring test is far cheaper than the pattern."""
    if "andomi" not in text and "ANDOMI" not in text:
        return text
    return _DESIGN_ADJECTIVE.sub(lambda m: " " * len(m.group()), text)


def _near_cues(text: str, pattern: re.Pattern[str], cue: re.Pattern[str], before: int, after: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` that lie in a window around a match of ``cue`` (each once, in order)."""
    found: dict[int, re.Match[str]] = {}
    for c in cue.finditer(text):
        for match in pattern.finditer(text, max(0, c.start() - before), min(len(text), c.end() + after)):
            found.setdefault(match.start(), match)
    return [found[k] for k in sorted(found)]


def _role_at(ctx: ExtractionContext, offset: int) -> str:
    s, e = ctx.sentence_at(offset)
    cache = ctx.cache.setdefault("sentence_cues", {})
    if (s, e) not in cache:
        cues = _cue_matches(_without_design_adjectives(ctx.text[s:e]))
        cache[(s, e)] = (cues, max((end - start for start, end, _, _ in cues), default=0))
    cues, longest = cache[(s, e)]
    return _nearest_role(cues, offset - s, longest)


_LABEL_WINDOW = 400


def _arm_label(text: str, lo: int, paren: int) -> tuple[int, int] | None:
    """The arm label before '(n = N)': back to 'either', 'or', 'and', 'to', a comma or a colon;
    failing that (a label with its own parenthesis), the last few words."""
    lo = max(lo, paren - _LABEL_WINDOW)  # a label is a few words: never rescan a whole long sentence
    match = re.match(
        r"(?s).*(?:^|[,;:(]|\b(?:either|or|and|to|vs\.?|versus|into|received|receive|receiving|the|in|with|assigned|allocated|randomi[sz]ed)\b)\s*(?P<label>[^,;:()]{1,80}?)\s*$",
        text[lo:paren],
    )
    if match and match.group("label").strip():
        return lo + match.start("label"), lo + match.end("label")
    words = re.search(r"(?:[A-Za-z][\w+/-]*\s*(?:\([^()]{1,20}\)\s*)?){1,4}$", text[lo:paren].rstrip())
    if words:
        lead = re.match(r"(?i)(?:(?:or|and|a|an|the|either|to|of|with)\s+)*", words.group())
        return lo + words.start() + lead.end(), lo + words.end()
    return None


@register("sample_sizes")
def find_sample_sizes(ctx: ExtractionContext) -> list[Item]:
    p = _patterns()
    text = ctx.text
    found: list[Item] = []
    taken: set[int] = set()

    def add(start: int, end: int, value: int | None, role: str, rule: str, arm: tuple[int, int] | None = None) -> None:
        if value is None or value <= 0 or start in taken:
            return
        section = ctx.section_of(start)
        if section in _EXCLUDED_SECTIONS:
            return
        taken.add(start)
        values = {"value": value, "role": role, "arm": text[arm[0] : arm[1]] if arm else None}
        found.append(Item("sample_sizes", start, end, rule, values, {"arm": arm} if arm else {}))

    _paren_n_lists(ctx, add, taken)
    _bare_paren_pairs(ctx, add)
    for match in p["arm_count"].finditer(text):
        s, _ = ctx.sentence_at(match.start())
        if re.search(r"%\s*$", text[max(0, match.start() - 3) : match.start()]) and re.match(r"\s*of\b", text[match.end() :]):
            continue  # '40% (n = 48) of patients had nausea': an event count ('bimatoprost 0.03% (n = 131)' is an arm)
        if _RATE_BEFORE.search(text, max(0, match.start() - 40), match.start()) or (
            text[match.end() - 1] == "," and _PERCENT_NEXT.match(text, match.end())
        ):
            taken.add(match.start("num"))  # no other rule reads it as a total either
            continue  # 'in FIT: 1.5% (n = 46) in the placebo group', '(n = 22, 1.6%)': the count of a rate, not of an arm
        if _THAN_NEXT.match(text, match.end()) or _THAN_BEFORE.search(text, max(s, match.start() - 60), match.start()):
            taken.add(match.start("num"))
            continue  # 'more hyperaemia with X (n = 15) than Y (n = 6)': events compared between arms, not the arms' sizes
        arm = _arm_label(text, s, match.start())
        if match.group("inner"):
            inner = _inner_label(match)
            # '(LO, n = 403)' after 'lumpectomy only': the name before the parenthesis, not its abbreviation
            abbreviation = inner and ";" not in match.group("inner") and re.fullmatch(r"[A-Z][A-Za-z0-9/+-]{0,7}", text[inner[0] : inner[1]])
            if not (abbreviation and arm and not p["participant_noun"].search(text[arm[0] : arm[1]])):
                arm = inner
        whole_sample = re.search(
            r"\b(?:women|men|patients|participants|subjects|adults|children|survivors)\s+(?:with|who|diagnosed|having|undergoing|aged|at)\b[^,;()]*$",
            text[max(s, match.start() - _LABEL_WINDOW) : match.start()],  # bounded: linear on long sentences
            re.I,
        )
        if whole_sample and _ALLOCATION.search(whole_sample.group()):
            whole_sample = None  # 'women with X were randomised to drug A (n = 16)': the count is the arm's
        if arm and _SAMPLE_THEN_ALLOCATED.match(text, match.end()) and not p["arm_word"].search(text[arm[0] : arm[1]]):
            arm = None  # 'women aged 50 to 74 years (n = 320) were randomized to ...': the sample before its allocation
        case_group = arm and _CASES_OR_CONTROLS.search(text[arm[0] : arm[1]]) and _CONTROLS.search(text, s, ctx.sentence_at(match.start())[1])
        if arm and not case_group and (
            _STUDY_LABEL.search(text[arm[0] : arm[1]])
            or _ALL_ARMS.search(text[arm[0] : arm[1]])
            or (whole_sample or p["participant_noun"].search(text[arm[0] : arm[1]])) and not p["arm_word"].search(text[arm[0] : arm[1]])
        ):
            arm = None  # 'Patients (n = 449)': the whole sample, not an arm ('Control dyads (n = 63)' is one)
        if arm is None and _NEXT_ARM_COUNT.match(text, match.end() + (text[match.end() : match.end() + 1] == ")")):
            # 'taspoglutide 20 mg (10 mg for 4 weeks) (n = 154) or placebo (n = 151)': the first of a list of arms,
            # although its label holds a parenthesis or a comma
            arm = _first_arm_label(text, s, match.start())
        if _is_event_sentence(ctx, match.start()) and not (arm and _known_arm(ctx, text[arm[0] : arm[1]])):
            continue  # 'The most common adverse event was ocular hyperaemia (n = 3)'
        role = _phrase_role(text[max(s, match.start() - 40) : match.start()]) or _role_at(ctx, match.start("num"))
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.arm_n" if arm else "sample_size.n_equals", arm)
    for match in _NEXT_ARM_N.finditer(text):
        # '(saxagliptin, n = 129; placebo, n = 128)': the arms after the first in one parenthesis
        s, _ = ctx.sentence_at(match.start())
        if text.rfind("(", s, match.start()) <= text.rfind(")", s, match.start()):
            continue
        label = match.span("inner")
        arm = None if _NOT_INNER_ARM.search(match.group("inner")) else label
        if _is_event_sentence(ctx, match.start()) and not (arm and _known_arm(ctx, match.group("inner"))):
            continue  # as for the first arm of the parenthesis: 'Adverse events were mild (gel, n = 4; cream, n = 6)'
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_n" if arm else "sample_size.n_equals", arm)
    _summed_lists(ctx, p, add)
    _respective_counts(ctx, p, add)
    for s_start, s_end in ctx.sentences or [(0, len(text))]:
        listed = _listed_arms(p, text, s_start, s_end)
        if len(listed) >= 2 and not _counts_events(text, s_start, listed[0].start()) and not any(
            _LIST_EVENT.match(m.group("label")) or _EVENT_IN_LABEL.search(m.group("label")) for m in listed
        ):  # ('4 patients on X and 35 on Y did not complete the study', '... and 106 in the Y group reported AEs': events by arm)
            for m in listed:
                label = m.span("label")
                if text[label[0] : label[1]].lower().startswith("the "):
                    label = (label[0] + 4, label[1])
                verb = (m.group("verb") or "").lower()
                role = "randomized" if re.search(r"assigned|allocated|randomi", verb) else "treated" if re.match(r"received|given|administered|treated", verb) else _role_at(ctx, m.start("num"))
                add(*m.span("num"), parse_integer(m.group("num")), role, "sample_size.listed_arm", label)
    # Every alternative of 'each_arm' holds the word 'each': a plain scan for it first skips the costly
    # pattern on most abstracts.
    for match in p["each_arm"].finditer(text) if _EACH_ARM_CUE.search(text) else ():
        num, label = next((f"num{i}", f"label{i}") for i in ("", "2", "3", "4", "5") if match.group(f"num{i}"))
        add(*match.span(num), parse_integer(match.group(num)), _role_at(ctx, match.start(num)), "sample_size.each_arm", match.span(label))
    for match in p["paren_count"].finditer(text):
        if re.search(r"%\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # '40.7% (11 patients)': an event count
        if _SEX_SPLIT.match(text, match.start()):
            continue  # '(22 men, 16 women; ...)': the sample by sex, not an arm
        s, _ = ctx.sentence_at(match.start())
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_paren", _arm_label(text, s, match.start()))
    labelled = [m for m in _LABEL_COUNT_ITEM.finditer(text) if _plain_arm(m.group("label")) and not _DEMOGRAPHIC.search(m.group("label"))]
    for first, second in zip(labelled, labelled[1:]):
        # '(...; LM50/50 + Met, 157 patients; G + Met, 158 patients)': arms one after the other in one parenthesis
        if first.end() == second.start() - 1 and text[first.end()] == ";":
            for m in (first, second):
                add(*m.span("num"), parse_integer(m.group("num")), _role_at(ctx, m.start("num")), "sample_size.arm_paren", m.span("label"))
    for match in p["paren_last_count"].finditer(text):
        s, _ = ctx.sentence_at(match.start())
        opening = text.rfind("(", s, match.start())
        if opening < 0 or text.find(")", opening, match.start()) >= 0 or match.start() - opening > 80:
            continue
        label = _arm_label(text, s, opening)
        if label and (_known_arm(ctx, text[label[0] : label[1]]) or _ALLOCATION.search(text, max(s, label[0] - 200), label[0])):
            add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.arm_paren", label)
    for match in re.finditer(rf"(?<![\w.,])(?P<num>{INTEGER})(?=\s+(?:were\s+)?(?:in|to|on)\s+(?:the\s+)?(?:(?:group|arm)\s+[A-Z0-9]\b|[^,;:()]{{1,50}}?\b(?:group|arm)\b))", text):
        # A bare count before its arm: 'and 38 in the placebo arm', 'randomized 214 to X and 221 to Y'.
        value = parse_integer(match.group("num"))
        before = text[max(0, match.start() - 12) : match.start()]
        if value is None or value < 3 or re.search(r"[%/]|\bof\s*$", before):
            continue
        if _counts_events(text, ctx.sentence_at(match.start())[0], match.start()):
            continue  # 'The number of second cancers was 168 in the X arm and 190 in the control arm'
        if p["event_after"].match(text, match.end()):
            continue  # '... and 106 in the Y group reported ocular adverse events'
        arm = p["in_arm"].match(text, match.end())
        if arm and re.match(r"\d[\d.]*\s*%\s+(?:in|on)\b", arm.group("label")):
            continue  # 'decreased from 55 to 22.5% in the control arm': a value, not a count
        if arm and not _total_over_arms(text, match.start("num"), arm):
            add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.count_in_arm", arm.span("label"))
    for match in _near_cues(text, _OF_THE_ARM, _OF_THE_ARM_CUE, 50, 0):
        # 'Twenty-one subjects completed the study, 12 of the metformin group and nine of the placebo group'
        value = parse_integer(match.group("num"))
        if value is None or value < 3 or re.search(r"[%/]\s*$|\)\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue
        if _counts_events(text, ctx.sentence_at(match.start())[0], match.start()) or p["event_after"].match(text, match.end()):
            continue  # '8 of the placebo group had nausea'
        add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.count_in_arm", match.span("label"))
    _receiving_pairs(ctx, p, add)
    _paren_arms(ctx, add)
    _denominators(ctx, p, add)
    _compared_fractions(ctx, p, add)
    for match in p["noun_count"].finditer(text):
        before = text[max(0, match.start() - 25) : match.start()]
        if match.group("num")[0].isalpha() and re.search(r"\d\s*$", before):
            continue
        if p["subset"].search(before) or re.search(r"[<>≤≥=±]\s*$|\bage[ds]?\s*$|/\s*$|%\s*\(\s*$", before):
            continue
        if p["not_count"].match(text, match.end("num")):
            continue  # '30 days after the patients started', '12 months among women'
        value = parse_integer(match.group("num"))
        if _is_year(text, match.start("num"), value):
            continue
        if value is None or value < 3 or p["percent_after"].match(text[match.end() : match.end() + 20]):
            continue  # 'one patient', '22 cases (51.2%)': events and subgroups
        if p["event_after"].match(text, match.end()) and not _STUDY_OF.search(before):
            continue  # ('a randomized trial in 4,560 women showed ...': the study's sample, whatever it showed)
        if re.search(r"(?i)\b(?:additional|other|further)\b", match.group("mods")):
            continue  # 'Three additional patients treated with latanoprost were suspects'
        if _NOUN_AS_MODIFIER.match(text, match.end()):
            continue  # '45 outpatient centres', 'three cases of breast cancer': the noun qualifies what is counted
        if match.group("noun").lower().startswith("eye") and _EYES_OF_PATIENTS.match(text, match.end()):
            continue  # '53 eyes (28 in the latanoprost group ...) from 28 patients': the patients are the sample
        role = _role_at(ctx, match.start("num"))
        arm = p["in_arm"].match(text, match.end()) or _PARTICIPLE_ARM.match(text, match.end()) or _GROUP_PAREN.match(text, match.end())
        receiving = None if arm else _RECEIVING_ARM.match(text, match.end())
        if (arm or receiving) and _PERCENT_AFTER_ARM.match(text, (arm or receiving).end()):
            taken.add(match.start("num"))
            continue  # '67 patients receiving darbepoetin alfa [93%]', '3 cases in the X group (1.5%)': a subgroup of the arm
        if receiving and _known_arm(ctx, receiving.group("label")):
            arm = receiving  # '418 events among 2,459 women receiving tamoxifen'
        if not arm and match.group("noun").lower() == "cases" and _AND_CONTROLS.match(text, match.end()):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", match.span("noun"))
            continue  # '1,006 incident cases and 1,370 controls': a case-control study's two groups
        if not arm and match.group("noun").lower() in ("control", "controls"):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", match.span("noun"))
            continue  # '1,370 controls': the comparison group
        if not arm and re.search(r"(?i)\bcontrols?\b", match.group("mods")):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", (match.end("mods") - len(match.group("mods").lstrip()), match.end("mods")))
            continue  # '50 control subjects'
        if p["event_before"].search(before):
            continue  # 'Chronic lymphedema presented in 13 patients', 'had occurred in 123 patients in the X group': events
        if arm and _counts_events(text, ctx.sentence_at(match.start())[0], match.start()) and not _RATE_DENOMINATOR.search(before):
            continue  # 'Wound infections occurred in 18 patients in the X group and 25 patients in the Y group'
            # ('418 events among 2,459 women receiving X', '6.7% among the 612 women assigned to X': the arm's size)
        if arm and not re.search(r"\b(?:each|both|all|two|three)\b", arm.group("label"), re.I) and not _total_over_arms(text, match.start("num"), arm):
            add(*match.span("num"), value, role, "sample_size.noun_in_arm", arm.span("label"))
        else:
            add(*match.span("num"), value, role, "sample_size.noun")
    _abbreviated_nouns(ctx, p, add)
    for match in p["bare_verb"].finditer(text):
        value = parse_integer(match.group("num"))
        if re.search(r"[<>≤≥=±/]\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # 'pain intensity ≥ 4 were randomized': a threshold
        if _is_year(text, match.start(), value):
            continue  # 'between September 2012 and June 2013 were enrolled'
        if value is not None and value >= 3:
            # '446 (median age, 59 years) were randomized to the abemaciclib plus fulvestrant arm': an arm
            arm = _VERB_TO_ARM.match(text, match.end())
            if arm and not _total_over_arms(text, match.start("num"), arm):
                add(*match.span("num"), value, role_of(match.group()), "sample_size.bare_verb_arm", arm.span("label"))
            else:
                add(*match.span("num"), value, role_of(match.group()), "sample_size.bare_verb")
    for match in _near_cues(text, _COMPLETED_COUNT, _COMPLETED_CUE, 80, 60):
        # '97 completed the study', '27 (69.2%) completed all study requirements', '13 of whom completed the trial'
        value = parse_integer(match.group("num"))
        before = text[max(0, match.start() - 40) : match.start()]
        if value is None or value < 3 or re.search(r"[<>≤≥=±/]\s*$", before) or _is_year(text, match.start(), value):
            continue
        if p["subset"].search(before[-25:]):
            continue  # 'All except ten patients completed the study'
        if re.search(r"(?i)\b(?:group|arm|cohort)\s*,?\s*$|\b(?:in|on)\s+(?:the\s+)?[^,.;]{1,30}?\s*,\s*$", before):
            continue  # 'In the placebo group, 12 completed the study': the arm's, left to the arm rules
        add(*match.span("num"), value, "completed", "sample_size.bare_verb")
    for match in p["total_of"].finditer(text):
        after = text[match.end() : match.end() + 15]
        if p["not_count"].match(after):
            continue
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.total_of")
    for match in p["bare_count"].finditer(text):
        after = text[match.end() : match.end() + 15]
        if p["not_count"].match(after) or re.search(r"%\s*[(\[]\s*$", text[max(0, match.start() - 4) : match.start()]):
            continue
        if _is_event_sentence(ctx, match.start()):
            continue
        add(*match.span("num"), parse_integer(match.group("num")), _role_at(ctx, match.start("num")), "sample_size.n_equals")
    _registry_counts(ctx, add)
    return _dedupe(found)


_PERCENT_PAREN = r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
# '43 of 53 latanoprost patients', '1 (1%) of the 108 control subjects', 'none of the 18 patients who received timolol'
_DENOMINATOR_OF = re.compile(
    rf"(?<![\w.,/-])(?:{INTEGER}|{number_word_pattern()}|none|all|each|both)(?!\d)(?:\.\d+\s*%|\s*%)?{_PERCENT_PAREN}\s+(?:out\s+)?of\s+(?:the\s+)?"
    rf"(?P<num>{INTEGER})(?!\d)(?![.,]\d)(?!\s*%){_PERCENT_PAREN}",
    re.I,
)
# '(7/71)', '(33 of 64)', '(57% [25 of 44])', '[1,386/2,620]'
_DENOMINATOR_PAREN = re.compile(
    rf"[(\[]\s*(?:\d+(?:\.\d+)?\s*%\s*[,;]?\s*[(\[]?\s*)?\d+\s*(?:/|\s+of\s+)\s*(?P<num>{INTEGER})(?!\d)(?![.,]\d)"
    r"\s*[)\]]?(?:\s*[,;]\s*\d+(?:\.\d+)?\s*%)?\s*[)\]]"
)
_LABEL_END = r"(?=\s*(?:[,;:()\[\]]|\b(?:and|or|vs\.?|versus|were|was|who|had|has|compared|achieved|reported|completed|at|after|\d)\b|\.(?:\s|$)|$))"
# After a fraction: '(75/106) with brimonidine', '(33 of 64) for group 1'
_LABEL_AFTER = re.compile(r"(?<=[)\]])\s*(?:with|for|in|on|among)\s+(?:the\s+)?(?P<label>[^,;:()\[\]]{1,40}?)" + _LABEL_END, re.I)
# Before a fraction: 'in the gefitinib group (7/71)', 'the placebo group (57% [25 of 44])'
_LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:with|for|in|on|and|or|vs\.?|versus)\s+(?:both\s+|each\s+)?(?:the\s+)?(?P<label>(?:(?!\b(?:and|or|vs|versus|with|in)\b)[^,;:()\[\]%\d]){1,40}?)\s*,?\s*$", re.I
)
# After the denominator's noun: 'of the 18 patients who received timolol', 'of 27 patients treated with latanoprost'
_LABEL_VERB = re.compile(
    r"(?<=\w)\s+(?:who\s+(?:were\s+)?)?(?:treated\s+with|receiving|received|given|on|with|in|assigned\s+to|allocated\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?"
    r"(?P<label>[^,;:()\[\]]{1,40}?)" + _LABEL_END,
    re.I,
)
# Words that name arms in this document: 'randomized to brimonidine', 'the placebo group', 'latanoprost versus timolol'
_ARM_NAMES = re.compile(
    r"(?i)(?:\b(?:randomi[sz]ed|assigned|allocated)\s+to\s+(?:receive\s+)?(?:either\s+)?(?:the\s+)?|\b(?:versus|vs\.?|or|compared\s+with)\s+)(?P<a>[A-Za-z][\w-]{2,})"
    r"|(?<![\w-])(?P<b>[A-Za-z][\w-]{2,})(?=\s+(?:group|arm|versus|vs\b))"
)
_NOT_ARM_NAME = frozenset("the a an each both two three either one all this that study treatment patients placebo-controlled receive".split())


def _arm_names(ctx: ExtractionContext) -> frozenset[str]:
    if "arm_names" not in ctx.cache:
        names = {(m.group("a") or m.group("b")).lower() for m in _ARM_NAMES.finditer(ctx.text)}
        ctx.cache["arm_names"] = frozenset(names - _NOT_ARM_NAME)
    return ctx.cache["arm_names"]


def _known_arm(ctx: ExtractionContext, label: str) -> bool:
    """A label names an arm when it holds an arm word or starts with a word the document uses for an arm."""
    if re.search(r"(?i)\b(?:group|arm|cohort)\b", label) or _patterns()["arm_word"].match(label):
        return True
    first = re.match(r"[A-Za-z][\w-]*", label)
    return bool(first) and first.group().lower() in _arm_names(ctx)


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
_SLASH_FRACTION = re.compile(rf"(?<![\w.,/-])(?P<top>\d{{1,6}})\s*/\s*(?P<num>{INTEGER})(?!\d)(?![.,/]\d)")
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
    where none is, the proportion itself stands for its arm (the arm is not guessed from the sentence)."""
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
            label = _fraction_label(ctx, p, end, lo, start, hi) or (start, end)
            add(num_start, num_end, value, "analysed", "sample_size.compared_fraction", label)


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
        if mods and _known_arm(ctx, mods):
            return noun.end("mods") - len(noun.group("mods").lstrip()), noun.end("mods")
        after = max(after, noun.end())
        after += len(re.match(_PERCENT_PAREN, text[after:hi]).group())
    for finder in (p["in_arm"], _LABEL_VERB, _LABEL_AFTER):
        m = finder.match(text, after, hi)
        if m and _plain_label(m.group("label")):
            a, b = m.span("label")
            cut = _EVENT_IN_LABEL.search(text, a, b)
            return a, (cut.start() if cut else b)
    window = max(lo, start - 60)
    m = _LABEL_BEFORE.search(text[window:start])
    if m and _known_arm(ctx, m.group("label")) and _plain_label(m.group("label")):
        return window + m.start("label"), window + m.end("label")
    return None


_EVENT_IN_LABEL = re.compile(r"(?i)(?<=\w)\s+(?:%s)\b" % load("sample_size")["event_verbs"])


def _plain_label(label: str) -> bool:
    """A label names a treatment or a group: it starts with a letter, is a few words, and is no clause."""
    return bool(re.match(r"[A-Za-z]", label)) and len(label.split()) <= 6 and not _NOT_ARM_LABEL.search(label) and not re.fullmatch(r"(?i)n|by|the|a|an|all", label.strip())


# A parenthesis (or bracket) that lists arms with 'n =': '(n = 35, vandetanib; n = 29, placebo)', '(n = 40 Calendula;
# n = 41 Sorbolene)', '(CBSM n=28; Control n=23)', '[n = 26]' after its arm, '(late group = 37)'.
_N_PAREN = re.compile(r"[(\[](?P<body>[^()\[\]]{3,200})[)\]]")
_N_ITEM = re.compile(
    rf"(?<![A-Za-z])[nN]\s*[=:]\s*(?P<num>{INTEGER})(?![\d/.])(?:\s*,)?\s+(?P<label>[A-Za-z][^=,;]{{0,40}}?)"
    rf"|(?<![A-Za-z])(?P<label2>[A-Za-z][^=,;:]{{0,40}}?)\s*[,:]?\s+[nN]\s*[=:]\s*(?P<num2>{INTEGER})(?![\d/.])(?:\s+(?:patients|participants|subjects|women|men|couples|families))?"
    rf"|(?<![A-Za-z])(?P<label3>[A-Za-z][^=,;:]{{0,30}}?\b(?:group|arm|cohort))\s*[=:]\s*(?P<num3>{INTEGER})(?![\d/.])"
)


# '(n = 265 Chinese; n = 24 Malaysian)', '(White, n = 80; Black, n = 31)': who the sample is, not its arms.
_DEMOGRAPHIC = re.compile(r"(?i)(?<![A-Za-z])(?:%s)\b" % "|".join(load("sample_size")["demographic_words"]))


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
            for (num_start, num_end, label_start, label_end), value in zip(items, values):
                add(num_start, num_end, value, _role_at(ctx, num_start), "sample_size.arm_n", (label_start, label_end))


# Two arms each followed by a bare count: 'randomized to oral clodronate 1600 mg daily (149) or controls (150)'.
_BARE_PAREN_PAIR = re.compile(
    rf"\(\s*(?P<a>{INTEGER})\s*\)\s*,?\s*(?P<mid>(?:or|and|versus|vs\.?|compared\s+with|with)\s+(?:the\s+)?(?P<label>[^.;()\d][^.;()]{{0,60}}?))\s*\(\s*(?P<b>{INTEGER})\s*\)",
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


def _plain_arm(label: str) -> bool:
    """A treatment or group name, not a clause: a few words and no finite verb."""
    return len(label.split()) <= 8 and not _NOT_ARM_LABEL.search(label.strip())


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

# '(tamoxifen 1238, placebo 1233)', '(control, 288; capecitabine, 297)', '(25 idoxifene, 22 tamoxifen)'
_PAREN_LIST = re.compile(r"\((?P<body>[^()%=]{5,160})\)")
_PAREN_ITEM = re.compile(
    # ('114 gabapentin 300 mg': a dose inside the label; 'PC 47 patients', 'TC6, 47 patients': the noun after the count)
    rf"(?<![\w,])(?P<num>{INTEGER}|{number_word_pattern()})\s+(?P<label>[A-Za-z](?:[^\d]|\d+\s*(?:mg|g|µg|mcg|ml|mL|Gy|%)\b){{0,40}}?)"
    rf"|(?<![A-Za-z])(?P<label2>[A-Za-z][^\s,:;]{{0,20}}(?:\s+[^\d\s,:;][^\s,:;]{{0,20}}){{0,4}}?)[\s:,]+(?P<num2>{INTEGER})(?:\s+(?:patients|participants|subjects|women|men))?",
    re.I,
)
_NOT_PAREN_ARM = re.compile(
    r"(?i)\b(?:men|women|males?|females?|boys|girls|years?|age[ds]?|mean|median|range|SD|IQR|months?|weeks?|days?|eyes?|cases|events?|deaths?|per)\b"
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
            offset = match.start("body") + body.index(part) + len(part) - len(part.lstrip())
            items.append((offset + item.start(num), offset + item.end(num), value, offset + item.start(label), offset + item.end(label)))
        else:
            if len(items) < 2:
                continue
            s, _ = ctx.sentence_at(match.start())
            before = text[max(s, match.start() - 120) : match.start()]
            total = sum(i[2] for i in items)
            if not any(parse_integer(m.group("num")) == total for m in _COUNT_BEFORE.finditer(before)):
                continue
            if _counts_events(text, s, match.start()):
                continue  # '152 developed a second cancer (70 on raloxifene and 82 on placebo)
            role = _role_at(ctx, match.start())
            for start, end, value, label_start, label_end in items:
                add(start, end, value, role, "sample_size.paren_arms", (label_start, label_end))


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


# '46 postmenopausal BCS' where the document defines 'breast cancer survivors (BCS)'
_ABBREVIATED_NOUN = re.compile(
    rf"(?<![\w.,/-])(?P<num>{INTEGER}|(?i:{number_word_pattern()}))(?!\d)(?![.,]\d)(?P<mods>(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s+(?P<abbr>[A-Z][A-Z0-9]{{1,5}})s?\b(?!\s+[A-Z][A-Z0-9]{{1,5}}s?\b)"
)


def _abbreviated_nouns(ctx: ExtractionContext, p: dict, add) -> None:
    """Counts whose noun is an abbreviation of a participant noun ('71 BCS', 'breast cancer survivors (BCS)');
    the abbreviations are looked up only when such a candidate is there (the detector is lazy)."""
    text = ctx.text
    for match in _ABBREVIATED_NOUN.finditer(text):
        value = parse_integer(match.group("num"))
        if value is None or value < 3 or _is_year(text, match.start(), value) or p["not_count"].match(text, match.end("num")):
            continue
        abbr = match.group("abbr")
        if f"({abbr}" not in text and f"{abbr} (" not in text:
            continue  # never defined as 'long form (SF)' or 'SF (long form)': no need to run the detector
        long = ctx.abbreviations.get(abbr)
        if not long or not p["participant_noun"].search(long.split()[-1]) or p["subset"].search(text[max(0, match.start() - 25) : match.start()]):
            continue
        if p["event_after"].match(text, match.end()) or p["percent_after"].match(text[match.end() : match.end() + 20]):
            continue
        add(*match.span("num"), value, _role_at(ctx, match.start("num")), "sample_size.noun")


def _registry_counts(ctx: ExtractionContext, add) -> None:
    """'Target Recruitment' / 'Enrollment' fields: the number on the same or the next line."""
    keys = "|".join(re.escape(k) for k in _patterns()["registry_keys"])
    # [^\S\n]*, not \s*: from every line start \s* ran through all following blank lines (10 kB of
    # newlines took 3 s); the key is found from its own line's start with the same groups.
    pattern = re.compile(rf"^[-•*]?[^\S\n]*(?P<key>{keys})\s*:?\s*(?:\n\s*[-•*]?\s*)?(?P<num>{INTEGER})\b(?P<rest>[^\n]*)", re.I | re.M)
    for match in pattern.finditer(ctx.text):
        role = _patterns()["registry_keys"][match.group("key").lower()]
        rest = match.group("rest").lower()
        if "actual" in rest:
            role = "enrolled"
        elif "anticipated" in rest or "estimated" in rest:
            role = "planned"
        add(*match.span("num"), parse_integer(match.group("num")), role, "sample_size.registry")


# 'were randomized', 'received', 'to receive': a verb that hands the sample to its arms.
# 'a randomized trial in', 'a study of': the count that follows is the study's sample. Searched in the
# 25 characters before a count only.
_STUDY_OF = re.compile(r"(?i)\b(?:trial|study|RCT)\s+(?:in|of|among|involving|enrolling)\s*$")
# After '(n = N)': the counted people are then allocated or compared, so the count is the whole sample's.
# Matched right after the closing parenthesis only, never searched.
_SAMPLE_THEN_ALLOCATED = re.compile(
    r"(?<=\))\s*(?:(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|included)|(?:comparing|randomi[sz]ed\s+to)\b)",
    re.I,
)
_ALLOCATION = re.compile(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|received|receive|receiving)\b")
# 'with X (n = 15) than with Y (n = 6)': a count compared with 'than' is of events. Matched right after the first
# parenthesis; searched back from the second in a bounded window.
_THAN_NEXT = re.compile(r"(?<=[),])\s*\)?\s*than\s+(?:with\s+|in\s+)?[^.;()]{1,40}?\(\s*[nN]\s*=", re.I)
_THAN_BEFORE = re.compile(r"(?i)\([^()]*[nN]\s*=\s*\d[^()]*\)\s*than\b[^.;()]{1,40}$")
# A count whose verb says it completed the study, its noun elided or generic.
_COMPLETED_COUNT = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]])?"
    r"\s+(?:of\s+(?:these|them|whom)\s+|(?:patients|participants|subjects|women|men)\s+)?(?:\w+ly\s+)?(?:completed|finished)\s+(?:the\s+|all\s+|both\s+)?"
    r"(?:study|trial|treatment|intervention|programme|program|follow-up|protocol|assessments?|questionnaires?|six-month|\d+-(?:week|month|year)|\w+\s+(?:study|trial|requirements|assessments?))\b",
    re.I,
)
# '(RCT; N = 160)', 'eligible for the present analyses (n = 10 576)': the study's sample, not an arm.
_STUDY_LABEL = re.compile(r"(?i)\b(?:trials?|study|studies|RCT|analys[ie]s|sample|population|survey)\b")
# A rate right before '(n = N)': 'was 88.4% (n = 14)', 'and 0.9% (n = 33) in the X group' (not 'bimatoprost 0.03% (n = 131)')
_RATE_BEFORE = re.compile(r"(?i)(?:\b(?:was|were|is|are|of|with|and|or|versus|vs\.?)|[:,])\s*\d+(?:\.\d+)?\s*%\s*$")
# A percentage right after the arm a count is in: the count is a share of the arm.
_PERCENT_AFTER_ARM = re.compile(r"(?<=\w)\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]")
# The people a count or rate is taken among: '418 events among ', '6.7% among the ', '(251 [7.0%] in '.
_RATE_DENOMINATOR = re.compile(r"(?i)(?<![\d.,])\d[\d.,]*\s*(?:%|\])?\s*\]?\s*(?:[a-z]+\s+){0,2}?(?:among|in|of)\s+(?:the\s+)?$")
_PERCENT_NEXT = re.compile(r"(?<=,)\s*\d+(?:\.\d+)?\s*%")
# A case-control study's groups: 'Breast cancer cases (n = 3,101) ... and population controls (n = 3,471)'.
_CASES_OR_CONTROLS = re.compile(r"(?i)\b(?:cases|controls)\s*$")
_CONTROLS = re.compile(r"(?i)\bcontrols\b")
# 'balanced between arms (N = 724)', 'the exercise and control groups (n = 120)': all arms together, the total.
_ALL_ARMS = re.compile(r"(?i)\b(?:arms|groups|cohorts)\s*$")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_YEAR_BEFORE = re.compile(rf"(?i)(?:\b(?:{_MONTHS})[a-z]*\.?|\b(?:in|since|from|until|till|during|through|before|after|by)|\b(?:19|20)\d\d\s*(?:and|to|-|–))\s*$")


# Labels inside '(label, n = N)' that describe the sample, not an arm: '(mean age 61, n = 40)', '(women, n = 30)'.
_NOT_INNER_ARM = re.compile(
    r"(?i)\b(?:age[ds]?|years?|mean|median|range|SD|male|female|women|men|total|overall|all|patients|participants|subjects)\b"
    r"|\b(?:trials?|study|studies|RCT|analys[ie]s|sample|population)\b"
)
_NEXT_ARM_N = re.compile(r";\s*(?P<inner>[^()=;,:\s][^()=;,:]{0,59}?)\s*[,:]\s*[nN]\s*=\s*(?P<num>" + INTEGER + r")(?![\d/])(?=\s*[;,)])")


# After '(n = N)': a further arm with its own count, '(n = 154) or placebo (n = 151)', '(n = 1,045) or daily
# glargine (GL) (n = 1,046)'. Matched at the parenthesis end only; both runs are bounded.
_NEXT_ARM_COUNT = re.compile(
    r"(?<=[),\]])\s*,?\s*(?:or|and|versus|vs\.?|compared\s+with)\s+(?:[^.;()=]|\([^()=]{0,30}\)){1,60}?[(\[]\s*[^()=;]{0,30}?[;,]?\s*[nN]\s*=\s*\d",
    re.I,
)
# Where the first arm's label starts: after 'to', 'either', 'receive', ... or a semicolon (searched in a
# bounded window; the last one outside parentheses wins).
_FIRST_ARM_CUE = re.compile(r"[;:]|\b(?:either|to|receive|receiving|received|with|versus|vs\.?|between)\b(?:\s+the\b)?", re.I)


def _first_arm_label(text: str, lo: int, paren: int) -> tuple[int, int] | None:
    """The label of the first arm of a list, which may hold parentheses and commas: back to 'to', 'either',
    'receive' or a semicolon; None when it names a study ('the B-17 trial (N = 813) and the B-24 trial ...')."""
    start = max(lo, paren - 160)
    cues = [m.end() for m in _FIRST_ARM_CUE.finditer(text, start, paren)]
    if start == lo:
        cues.insert(0, lo)
    for cue in reversed(cues):
        label = text[cue:paren]
        if label.count("(") == label.count(")") and not label.lstrip().startswith(")"):
            break
    else:
        return None
    stripped = label.strip(" \t\n,")
    if not stripped or len(stripped) > 120 or _STUDY_LABEL.search(stripped):
        return None
    begin = cue + len(label) - len(label.lstrip(" \t\n,"))
    return begin, begin + len(stripped)


def _inner_label(match: re.Match[str]) -> tuple[int, int] | None:
    """The arm named inside the parenthesis, '(LO, n = 403)', '(exenatide group, n = 121; ...)': after the
    last ';' of what precedes 'n ='; None when it describes the sample ('(mean age 61; n = 40)')."""
    start, end = match.span("inner")
    cut = match.group("inner").rfind(";")
    if cut >= 0:
        start += cut + 1
    label = match.string[start:end]
    start += len(label) - len(label.lstrip())
    if not label.strip() or _NOT_INNER_ARM.search(label):
        return None
    return start, end


_EVENT_WORDS = re.compile(r"(?i)\b(?:adverse|side[- ]effects?|toxicit(?:y|ies)|experienced|occurred|incidence|complications?)\b")


def _is_event_sentence(ctx: ExtractionContext, offset: int) -> bool:
    """A sentence about adverse events that names no stage: its counts are events, not the sample."""
    s, e = ctx.sentence_at(offset)
    cache = ctx.cache.setdefault("event_sentences", {})
    if (s, e) not in cache:  # once per sentence: a sentence of thousands of '(n = 1' stays linear
        sentence = ctx.text[s:e]
        cache[(s, e)] = bool(_EVENT_WORDS.search(sentence)) and not _cue_matches(_without_design_adjectives(sentence))
    return cache[(s, e)]


def _phrase_role(before: str) -> str | None:
    """The role named in the noun phrase right before '(n = N)': 'Randomised patients (n=216) received ...'
    is randomized, although 'received' is nearer."""
    masked = _without_design_adjectives(before)
    phrase = re.split(r"[,;:.]|\b(?:were|was|to|received|receive|and|or)\b", masked)[-1]
    cues = _cue_matches(phrase)
    return _nearest_role(cues, len(phrase)) if cues else None


def _is_year(text: str, start: int, value: int | None) -> bool:
    """'between September 2012 and June 2013 were enrolled', 'trials between 1973 and 2000': a year, not a count."""
    if value is None or not 1900 <= value <= _LATEST_YEAR:
        return False  # 'in 2046 patients': trial reports do not date events decades ahead
    before = text[max(0, start - 25) : start]
    return bool(_YEAR_BEFORE.search(before[-16:])) and not _STUDY_OF.search(before)  # 'a trial in 1998 women'


# A year in a trial report is at most a few years after the report; later 'years' are counts.
_LATEST_YEAR = 2030


_TOTAL_BEFORE = re.compile(r"(?i)\b(?:a\s+total\s+of|total(?:ly)?|overall|in\s+all,?|in\s+total,?)\s*$")
# After the arm: its own count ('(n = 85)', '(85 patients)'), or a further arm named without a count
# ('to the intervention group or to the control group').
# Both are matched at the end of an arm label: a search only starts at a word end.
_ARM_HAS_OWN_COUNT = re.compile(r"(?<=\w)(?!\w)\s*(?:\([^()]{0,40}\)\s*)?\(\s*(?:[nN]\s*=|\d+\s+[a-z])")
_ANOTHER_ARM = re.compile(r"(?<=\w)(?!\w)[^.;\d]{0,60}?\b(?:or|and|versus|vs\.?)\s+(?!\d)[^.;\d]{0,60}?\b(?:group|arm|cohort)\b", re.I)


# 'the 133 patients randomized to chemotherapy alone and the 148 patients randomized to ...': no 'were', an arm
_PARTICIPLE_ARM = re.compile(
    r"(?<=\w)\s+(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\s+(?:to\s+(?:receive\s+)?|(?!(?:in|into|at|on|between|from|by|for|after|before|during|within|and|or|the|a|an|to|were|was|with)\b))(?:the\s+)?(?P<label>[^,;:()]{1,50}?)"
    r"(?=\s*(?:[,;:()]|\b(?:and|or|vs\.?|versus|were|was|had|who|at|for)\b|\d+(?:\.\d+)?\s*%|\.(?:\s|$)|$))",
    re.I,
)
# '10 patients (group I) randomized to cabergoline'
# One arm of a parenthesis list: '; G + Met, 158 patients)'.
_LABEL_COUNT_ITEM = re.compile(
    rf"(?<=[;(])\s*(?P<label>[A-Za-z][^;,()=]{{0,30}}?),\s*(?P<num>{INTEGER})(?!\d)\s+(?:patients|participants|subjects|women|men)\s*(?=[;)])"
)
_SEX_SPLIT = re.compile(
    r"(?i)\(\s*\d+\s+(?:(?:men|males?|boys)\b[^()]{0,20}?\d+\s+(?:women|females?|girls)|(?:women|females?|girls)\b[^()]{0,20}?\d+\s+(?:men|males?|boys))\b"
)
# '54 patients (the experimental group)'
_GROUP_PAREN = re.compile(r"(?<=\w)\s*\(\s*(?:the\s+)?(?P<label>(?:group|arm|cohort)\s+[A-Z0-9]{1,4}|[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:group|arm|cohort))\s*\)", re.I)
_EYES_OF_PATIENTS = re.compile(r"(?<=\w)(?:[^.;]{0,120}?)\b(?:from|of|in)\s+(?:the\s+)?\d+\s+(?:patients|subjects|participants)\b", re.I)
_AND_CONTROLS = re.compile(r"(?<=\w)\s+and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?controls\b", re.I)
_RECEIVING_ARM = re.compile(
    r"(?<=\w)\s+(?:receiving|treated\s+with|given|on)\s+(?:the\s+)?(?P<label>[^,;:()\[\]]{1,40}?)(?=\s*(?:[,;:()\[\]]|\b(?:and|or|vs\.?|versus|were|was|had|who|at|for)\b|\.(?:\s|$)|$))",
    re.I,
)
_VERB_TO_ARM = re.compile(r"(?<=\w)\s+(?:to|into)\s+(?:receive\s+)?(?:the\s+)?(?P<label>[^,;:()]{1,50}?\b(?:group|arm|cohort))\b", re.I)


# 'N of the X group': an arm's count (never 'N of the 40 patients in the X group': no number in the label).
_OF_THE_ARM = re.compile(
    rf"(?<![\w.,/-])(?P<num>(?:{INTEGER})(?!\d)|{number_word_pattern()})(?![\d.,]*\d)\s+of\s+the\s+(?P<label>[^,;:()\d.]{{1,40}}?\b(?:group|arm))\b(?!\s*\d)",
    re.I,
)


# After a participant noun: a place or unit it qualifies ('45 outpatient centres', '12 patient visits') or the
# disease a case is of ('three cases of breast cancer'): the count is not of people. Matched at the noun's end.
_NOUN_AS_MODIFIER = re.compile(
    r"(?i)(?<=\w)(?:\s+(?:centers?|centres?|sites?|clinics?|hospitals?|practices?|wards?|units?|visits?|charts?|records?|years?|days?|samples?)\b"
    r"|(?<=cases)\s+of\s+(?!(?:these|them|whom|which|the\s+\d)\b))"
)


def _total_over_arms(text: str, num_start: int, arm: re.Match[str]) -> bool:
    """'A total of 170 patients were randomly allocated to the intervention group (n = 85) and the control
    group (n = 85)', '198 participants were randomized to either the experimental group or control group':
    the count before the arms is their total, not the first arm's."""
    label = arm.group("label")
    if re.match(r"(?i)either\b", label) or re.search(r"(?i)\b(?:or|randomi[sz]ed|assigned|allocated)\b", label):
        return True
    if _TOTAL_BEFORE.search(text[max(0, num_start - 16) : num_start]):
        return True
    return bool(_ARM_HAS_OWN_COUNT.match(text, arm.end()) or _ANOTHER_ARM.match(text, arm.end()))


# Counts split over arms after an event is named, with no stage verb: events (or patients with one) by arm.
_LIST_EVENT = re.compile(
    r"(?i)\b(?:events?|cancers?|deaths?|died|recurrences?|relapses?|metastas[ie]s|infections?|fractures?|seromas?|lymph(?:o)?edema"
    r"|complications?|toxicit(?:y|ies)|developed|occurred|experienced|expected\s+cases)\b"
)
_LIST_STAGE = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|included|recruited|registered|analy[sz]ed|evaluable|received|treated|underwent|completed)\b"
)


def _counts_events(text: str, sentence_start: int, first: int) -> bool:
    """'186 developed invasive breast cancer (82 on tamoxifen and 104 on placebo)', 'The number of second
    cancers was 168 in the X arm and 190 in the control arm': the counts before their arms are events."""
    window = text[max(sentence_start, first - 150) : first]
    return bool(_LIST_EVENT.search(window)) and not _LIST_STAGE.search(window)


def _listed_arms(p: dict, text: str, start: int, end: int) -> list[re.Match[str]]:
    """Counts listed as arms in one sentence: with a verb of allocation ('201 were assigned X'), with an
    arm word as label ('29 intervention'), or elided after such an item ('..., and 202 conventional')."""
    accepted: list[re.Match[str]] = []
    for match in p["listed_arm"].finditer(text, start, end):
        value = parse_integer(match.group("num"))
        label = match.group("label")
        if value is None or value < 3 or p["not_count"].match(label) or _NOT_ARM_LABEL.search(label):
            continue
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
        if verb == "to" and _is_year(text, match.start("num"), value):
            continue  # 'From November 1999 to October 2003': a period, not an arm
        if match.group("verb") or p["arm_word"].search(label) or elided:
            accepted.append(match)
    return accepted


# A label that starts with a participant noun or a role verb, or holds a finite verb, is a clause, not an arm.
_NOT_ARM_LABEL = re.compile(
    r"(?i)^(?:and|or|patients?|participants?|subjects?|enrolled|included|recruited|randomi[sz]ed|completed|analy[sz]ed|treated|received|were|was|had|who|with|aged|of|eligible)\b"
    r"|\b(?:have|has|had|been|were|was|are|is)\b"
)


def _dedupe(items: list[Item]) -> list[Item]:
    """One item per (value, role, arm), at its first mention."""
    seen: set[tuple] = set()
    out = []
    for item in sorted(items, key=lambda i: i.start):
        key = (item.values["value"], item.values["role"], (item.values["arm"] or "").lower() or None)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
