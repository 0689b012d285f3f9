"""Names with abbreviations written out: ``outcome_name`` and ``comparison_name``.

Reports name a measure or an arm by its short form or its long form; readers spell both out, so the
names given with a result expand the document's abbreviations and complete a two-arm comparison.
"""

from __future__ import annotations

import re

from ..context import ExtractionContext
from .arms import arm_names, trial_arms, _NOT_AN_ARM_NAME, _NOT_AN_ARM_WORD
from .window import _look_back_start


def outcome_name(ctx: ExtractionContext, span: tuple[int, int]) -> str | None:
    """The outcome with the document's abbreviations written out, each kept after its long form
    ('mean IOP reduction' -> 'mean intraocular pressure (IOP) reduction'), and a long form the document
    abbreviates followed by its short form ('intraocular pressure reduction' -> 'intraocular pressure
    (IOP) reduction'): reports name a measure by either. None when the outcome holds neither. The
    detector runs only when the outcome holds a word that looks like an abbreviation or the last word
    of a definition in the document ('pressure (IOP)')."""
    return _written_out(ctx, ctx.text[span[0] : span[1]])


def _written_out(ctx: ExtractionContext, phrase: str) -> str | None:
    """``phrase`` with the document's abbreviations written out (see :func:`outcome_name`); None when unchanged."""
    short_like = _ABBREVIATION_LIKE.search(phrase) is not None
    defined_ends = _definition_ends(ctx)
    long_like = bool(defined_ends) and any(w.lower() in defined_ends for w in _PLAIN_WORD.findall(phrase))
    if not short_like and not long_like:
        return None
    abbreviations = ctx.abbreviations
    named, changed = phrase, False
    if short_like:
        out, last = [], 0
        for match in _ABBREVIATION_LIKE.finditer(phrase):
            short = match.group()
            long = abbreviations.get(short)
            if not long or long.lower() in phrase.lower():
                continue  # 'intraocular pressure (IOP)' already says both
            if match.start() > 0 and long[:1].isupper() and not any(c.isupper() for c in long[1:]):
                long = long[0].lower() + long[1:]  # 'Intraocular pressure' opened its sentence
            out.append(phrase[last : match.start()] + f"{long} ({short})")
            last, changed = match.end(), True
        named = "".join(out) + phrase[last:]
    if long_like:
        for short, long in abbreviations.items():
            if len(long) < 4 or re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(short), named):
                continue  # written already (or by the loop above)
            found = re.search(r"(?<![\w-])%s(?![\w-])" % r"\s+".join(map(re.escape, long.split())), named, re.I)
            if found:
                named = f"{named[: found.end()]} ({short}){named[found.end() :]}"
                changed = True
    return named if changed else None


def _definition_ends(ctx: ExtractionContext) -> frozenset[str]:
    """Lower-cased words written right before a parenthesised abbreviation ('pressure' of 'intraocular
    pressure (IOP)'): a cheap test, once per document, of whether an outcome may hold a defined long form."""
    if "definition_ends" not in ctx.cache:
        ends = set()
        for match in _DEFINITION.finditer(ctx.text):
            ends.add(match.group("end").lower())
        ctx.cache["definition_ends"] = frozenset(ends)
    return ctx.cache["definition_ends"]


_PLAIN_WORD = re.compile(r"[A-Za-z][\w-]*")
_DEFINITION = re.compile(r"(?<![\w-])(?P<end>[A-Za-z][\w-]{0,40})\s?[(\[]\s?(?=[\w-]{0,12}?[A-Z])[A-Za-z0-9][\w-]{0,11}\s?[)\],;]")


# A word with two capitals, or a capital and a digit: 'IOP', 'HbA1c', 'FEV1', 'LDL-C'.
_ABBREVIATION_LIKE = re.compile(r"(?<![\w-])(?=[\w-]{0,12}?[A-Z][\w-]{0,12}?[A-Z0-9])[A-Za-z0-9][\w-]{1,12}(?![\w-])")


def comparison_name(ctx: ExtractionContext, link: dict[str, tuple], start: int) -> str | None:
    """The arms a result compares, written out as 'A vs B' with the document's abbreviations expanded
    ('the LTFC group' -> 'latanoprost/timolol fixed combination (LTFC) vs ...'). Reports name an arm by
    its short form or leave the other arm implicit, where readers (and annotators) spell both out: a
    single arm of the trial's two gains the other one, and a result whose sentence names no arm (nor a
    baseline) in a two-arm trial compares the trial's arms. None when that adds nothing to ``comparison``."""
    text = ctx.text
    span = link.get("comparison")
    if link.get("within_arm"):
        return None  # a change within one arm, tested against its own baseline
    if link.get("comparison_arms"):
        # each span names one arm, which may hold an 'and' ('RT and CHOP')
        arms = [_arms_of(text[a:b], joined=False)[0] if _arms_of(text[a:b], joined=False) else text[a:b] for a, b in link["comparison_arms"]]
        whole = [_arms_of(text[a:b], joined=False, strip_strength=False) for a, b in link["comparison_arms"]]
        if len(arms) == 2 and arms[0].lower() == arms[1].lower() and all(len(w) == 1 for w in whole):
            arms = [w[0] for w in whole]  # 'drug X 20 mg' vs 'drug X 10 mg': the strength tells the arms apart
        # 'ondansetron 8 mg' vs placebo in a trial of ondansetron 4 mg and 8 mg: the strength is the arm
        arms = [w[0] if len(w) == 1 and _dose_ranging(ctx, w[0]) else arm for arm, w in zip(arms, whole)]
        arms = _undefined_as_trial_arm(ctx, arms)
    else:
        arms = _arms_of(text[span[0] : span[1]]) if span else []
        if span and span == trial_arms(ctx) and any(_SCHEDULE_LEFT.search(arm) or arm.endswith(("-", " with")) for arm in arms):
            # 'between groups' in a trial of 'prednisone 50 mg daily for 7 days or placebo': the arms without schedule
            arms = list(arm_names(ctx))
    trial = arm_names(ctx)
    arms = _by_role(arms, trial)
    if len(arms) == 1:
        other = _other_arm(ctx, arms[0], trial) if len(trial) == 2 else None
        lo = _since_previous_result(ctx, start)
        if other and within_one_arm(text, lo, start) and not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(other), text[lo:start], re.I) \
                and not _RESPECTIVELY.search(text, start, min(ctx.sentence_at(start)[1], start + 80)):
            other = None  # 'decreased from 8.1% to 7.4% with sitagliptin (P)': a change within that arm, not against the other
        if other is None and span:
            # a lone arm keeps its strength: 'with atorvastatin 10 mg' is not 'atorvastatin' in a
            # dose-ranging trial; the strength goes only where the partner arm is found without it
            whole = _arms_of(text[span[0] : span[1]], strip_strength=False)
            arms = whole if len(whole) == 1 else arms
        if other:
            arms.append(other)
    if span is None and len(trial) == 2:
        sent_start = _look_back_start(text, ctx.sentence_at(start)[0], start)
        if not _AGAINST_BASELINE.search(text, sent_start, min(len(text), start + 40)):
            arms = list(trial)
    if not arms:
        return None
    name = " vs ".join(_labelled(ctx, arm) or _written_out(ctx, arm) or arm for arm in arms)
    return None if span and name == text[span[0] : span[1]] else name


def _dose_ranging(ctx: ExtractionContext, arm: str) -> bool:
    """Whether the document gives the drug of 'drug 8 mg' at another strength too ('ondansetron 4 mg'): then each strength
    is an arm of its own and its name keeps it. Cached per drug."""
    tail = _DOSE_TAIL.search(arm)
    if not tail:
        return False
    drug = arm[: tail.start()].split()[-1].lower()
    cache = ctx.cache.setdefault("link_dose_ranging", {})
    if drug not in cache:
        # 'ondansetron 4 mg ... ondansetron 8 mg', 'morphine 100 µg and 150 µg', 'lutein 10 or 20 mg'
        dose = r"\d[\d.,]*(?:\s?(?:%%|mg|µg|μg|mcg|g|ml|IU)(?:/(?:kg|day|d))?)?"
        pattern = re.compile(r"(?<![\w-])%s\s+%s(?:\s*(?:,|,?\s+and|,?\s+or)\s+%s)*(?<=[\w%%])(?![\w-])" % (re.escape(drug), dose, dose), re.I)
        levels = {number for m in pattern.finditer(ctx.text) for number in re.findall(r"\d[\d.,]*", m.group())}
        cache[drug] = len(levels) > 1
    return cache[drug]


def _undefined_as_trial_arm(ctx: ExtractionContext, arms: list[str]) -> list[str]:
    """'LM75/25 patients had lower A1C than GL patients' in a trial of lispro mix 75/25 or glargine (GL): a short form
    the document never defines, set against one trial arm, is the other trial arm."""
    trial = arm_names(ctx)
    if len(trial) != 2 or len(arms) != 2:
        return arms
    known = [_other_arm(ctx, arm, trial) for arm in arms]
    for i in (0, 1):
        if known[i] is None and known[1 - i] is not None and _UNDEFINED_SHORT.fullmatch(arms[i]) and not _written_out(ctx, arms[i]) \
                and _initials_of(arms[i], known[1 - i]):
            return [known[1 - i] if j == i else arm for j, arm in enumerate(arms)]
    return arms


def _initials_of(short: str, name: str) -> bool:
    """Whether the letters of a short form appear in order in a name ('GL' in 'glargine', 'LM75/25' in 'lispro mix
    75/25'; not 'TDFC' in 'timolol')."""
    rest = iter(name.lower())
    return all(letter in rest for letter in short.lower() if letter.isalpha())


_UNDEFINED_SHORT = re.compile(r"(?<![\w/+-])(?=[\w/+-]{0,11}?[A-Z][\w/+-]{0,11}?[A-Z0-9])[A-Za-z][\w/+-]{1,11}(?![\w/+-])")


def within_one_arm(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] states a change within one group ('decreased from 8.1% to 7.4% with sitagliptin', 'compared
    with baseline', 'both groups improved from baseline') and sets no group against another ('greater', 'than placebo'):
    its p-value tests that change, and naming it 'A vs B' would let a reader take it for the between-arm test."""
    return bool(_CHANGE_WITHIN.search(text, lo, hi)) and not _AGAINST_ANOTHER.search(text, lo, hi)


def _since_previous_result(ctx: ExtractionContext, start: int) -> int:
    """After the previous p-value of the result's sentence, else the sentence start."""
    text = ctx.text
    lo = _look_back_start(text, ctx.sentence_at(start)[0], start)
    for prior in _PRIOR_RESULT.finditer(text, lo, start):
        lo = prior.end()
    return lo


_CHANGE_WITHIN = re.compile(
    r"(?<![\w-])(?:from[ \t]+(?:a[ \t]+(?:mean|median)[ \t]+(?:of[ \t]+)?)?[-−]?\d[\d.,]*(?:[ \t]?(?:%|[A-Za-z/]{1,10}))?"
    r"(?:[ \t]?(?:±|\+/-)[ \t]?[\d.,]+(?:[ \t]?(?:%|[A-Za-z/]{1,10}))?)?(?:[ \t]?\([^()]{0,40}\))?[ \t]+(?:at[ \t]+baseline[ \t]+)?to[ \t]+[-−]?\.?\d"
    r"|(?:compared[ \t]+(?:with|to)|versus|vs\.?|relative[ \t]+to|from|since|over|than(?:[ \t]+at)?)[ \t]+(?:the[ \t]+)?(?:baseline|pre-?treatment|pre-?intervention"
    r"|before[ \t]+(?:the[ \t]+)?(?:treatment|intervention|therapy|surgery|operation))"
    r"(?![\w-])|within[- ]groups?(?![\w-])|before[ \t]+and[ \t]+after(?![\w-]))",
    re.I,
)
_AGAINST_ANOTHER = re.compile(
    r"(?<![\w-])(?:(?:than|versus|vs\.?|compared[ \t]+(?:with|to)|relative[ \t]+to)(?![ \t]+(?:at[ \t]+)?(?:the[ \t]+)?(?:baseline|pre-?treatment|pre-?intervention|before)\b)"
    r"|greater|more|less|fewer|lower|higher|larger|smaller|superior|inferior|better|worse|differ|differed|differs|difference|differences"
    r"|different|between|favou?ring|favou?rs?|similar|respectively)(?![\w-])",
    re.I,
)
_RESPECTIVELY = re.compile(r"(?<![\w-])respectively(?![\w-])", re.I)  # 'from 8.6 to 7.2 and 7.1% (NS) with A and B, respectively'
_PRIOR_RESULT = re.compile(r"(?<![A-Za-z])[Pp]\s*(?:[<>=≤≥:]|&lt;|&gt;)\s*\.?\d[\d.]*\s*[)\]]?")


_SCHEDULE_LEFT = re.compile(r"(?<![\w-])(?:\d[\d.,/]*|once|twice|daily|for|received)(?![\w-])|\s\S+\s\S+\s\S+\s\S+", re.I)
_AGAINST_BASELINE = re.compile(r"(?<![\w-])(?:baseline|pre-?treatment|pre-?operative(?:ly)?|before\s+treatment)(?![\w-])", re.I)
_ARM_SPLIT = re.compile(r"(?<!\s)\s+(?:as\s+(?=compared))?(?:versus|vs\.?|v\.?|compared\s+(?:with|to)|than(?:\s+with)?|and\s+with|or\s+with)\s+", re.I)
_ARM_JOIN = re.compile(r"(?<!\s)\s+(?:and|or)\s+", re.I)
_ARM_LEAD = re.compile(r"^(?:(?:in|with|for|among|on|between|by|the|both|all|each|either)\s+)+", re.I)
_ARM_TAIL = re.compile(
    r"(?<![\s-])(?:-treated|-receiving)?(?:\s+(?:treatment\s+)?(?:groups?|arms?|patients|subjects|participants|recipients|eyes|users|cohorts?)){1,2}\s*$"
    r"|(?<![\s-])(?:-treated|-receiving)\s*$",
    re.I,
)


_WITH_AND_WITHOUT = re.compile(r"with and without (.+)", re.I)
_DOSE = r"\d[\d.,]*\s?(?:%|mg|µg|μg|mcg|g|ml|IU)(?:/(?:kg|day|d|ml))?"
# 'lignocaine 1 mg/kg and 1.5 mg/kg': all the strengths after the drug
_DOSE_TAIL = re.compile(r"(?<=[A-Za-z])\s+%s(?:(?:\s*,|,?\s+and|,?\s+or)\s+%s)*\Z" % (_DOSE, _DOSE))
_NUMBERS_IN_PARENTHESES = re.compile(r"(?<!\s)\s*\([^()]*[\d=][^()]*\)")


def _arms_of(phrase: str, joined: bool = True, strip_strength: bool = True) -> list[str]:
    """The arms a comparison phrase names: 'the IDet group versus glargine' -> ['IDet', 'glargine'];
    with ``joined`` also 'X and Y' -> ['X', 'Y']."""
    phrase = " ".join(phrase.split()).strip(" ,;:.")
    given_or_not = _WITH_AND_WITHOUT.fullmatch(phrase)
    if given_or_not:  # 'with and without priming'
        return [f"with {given_or_not.group(1)}", f"without {given_or_not.group(1)}"]
    parts = _ARM_SPLIT.split(phrase)
    if len(parts) == 1 and joined:
        joined = _ARM_JOIN.split(phrase)
        parts = joined if len(joined) == 2 else parts
    arms = []
    for part in parts:
        part = _NUMBERS_IN_PARENTHESES.sub("", part)  # '(200 mg nightly) (n = 120)'; '(IDet)' stays
        part = _ARM_TAIL.sub("", _ARM_LEAD.sub("", _unwrapped(part))).strip(" ,;:.")
        part = _LABEL_IN_PARENTHESES.sub("", part)  # 'dexmedetomidine (group D)': the label is not the arm's name
        if part and (part.lower() not in _NOT_AN_ARM_WORD or _ACTIVE_ROLE.fullmatch(part)):
            arms.append(part)  # a role ('intervention') stays for _by_role to name
    # 'brinzolamide 1%' -> 'brinzolamide': the arm, not its strength — unless the strength is what tells
    # the arms apart ('atorvastatin 10 mg vs atorvastatin 80 mg').
    drugs = [_DOSE_TAIL.sub("", arm) for arm in arms]
    drugs = [drug for drug in drugs if drug.lower() not in _NOT_AN_ARM_WORD]
    distinct = len({d.lower() for d in drugs}) == len({a.lower() for a in arms})
    return drugs if strip_strength and distinct else arms


_LABEL_IN_PARENTHESES = re.compile(r"(?<!\s)\s*\((?:the\s+)?(?:group|arm)\s+[A-Za-z0-9]{1,4}\)", re.I)


def _unwrapped(part: str) -> str:
    """A part without the punctuation around it, a parenthesis only where it is not closed inside: 'the Experimental
    group (EG)' keeps '(EG)', '(latanoprost' loses its '('."""
    part = part.strip(" ,;:.")
    while part[:1] == "(" and part.count("(") > part.count(")"):
        part = part[1:].strip(" ,;:.")
    while part[-1:] == ")" and part.count(")") > part.count("("):
        part = part[:-1].strip(" ,;:.")
    return part


# Reports name an arm by its role ('the control group', 'the intervention group') as often as by what it was given.
_CONTROL_ROLE = re.compile(r"(?i)(?:the\s+)?(?:controls?|control\s+arm|comparison|comparator)")
_ACTIVE_ROLE = re.compile(r"(?i)(?:the\s+)?(?:intervention|experimental|treatment|treated|study|active|case|cases|trial)")
# a control arm's name opens with what it is ('placebo', 'usual care', 'normal saline', 'no CPAP'), adds nothing ('usual care plus
# telemonitoring' is the active arm) and is not a drug in a vehicle ('hypertonic saline')
_CONTROL_WORD = re.compile(
    r"(?i)(?<![\w-])(?:placebo|control|controls|usual|standard|sham|routine|conventional|no|waiting|wait-list|waitlist)(?![\w-])"
)
_VEHICLE = re.compile(r"(?i)(?:(?:normal|isotonic)\s+)?(?:saline|vehicle)")
_ADDED = re.compile(r"(?i)(?<![\w-])(?:plus|with|and)(?![\w-])|\+")


def _is_control(name: str) -> bool:
    return not _ADDED.search(name) and bool(_VEHICLE.fullmatch(name) or _CONTROL_WORD.search(name))


def _by_role(arms: list[str], trial: tuple[str, ...]) -> list[str]:
    """Arms named by their role written as the trial's arms ('control' -> 'placebo' in a trial of X or placebo;
    'intervention' -> 'X'), when exactly one of the two trial arms is a control ('placebo', 'usual care', ...)."""
    if len(trial) != 2 or not arms or len(arms) > 2:
        return _without_active_role(arms)
    controls = [i for i, name in enumerate(trial) if _is_control(name)]
    if len(controls) != 1:
        return _without_active_role(arms)
    control, active = trial[controls[0]], trial[1 - controls[0]]
    named = []
    for arm in arms:
        if _CONTROL_ROLE.fullmatch(arm):
            named.append(control)
        elif _ACTIVE_ROLE.fullmatch(arm):
            named.append(active)
        else:
            named.append(arm)
    return named if len(set(n.lower() for n in named)) == len(named) else _without_active_role(arms)


def _without_active_role(arms: list[str]) -> list[str]:
    """The arms without a role no trial arm was found for ('the intervention group' in a trial of two active arms): the
    role alone names nothing a reader can use."""
    return [] if len(arms) == 1 and _ACTIVE_ROLE.fullmatch(arms[0]) and arms[0].lower() in _NOT_AN_ARM_WORD else arms


def _other_arm(ctx: ExtractionContext, arm: str, trial: tuple[str, ...]) -> str | None:
    """The trial arm that ``arm`` is not, when ``arm`` names one of the two (also by an abbreviation the
    document defines, or by the group label 'group A' ... none then)."""
    written = (_written_out(ctx, arm) or arm).lower()
    hits = [i for i, name in enumerate(trial) if name.lower() in written or (written in name.lower() and not _NOT_GIVEN.match(name))]
    if not hits:
        # 'CPAP' in a trial of CPAP or no CPAP names the arm given it, not 'no CPAP'
        hits = [1 - i for i, name in enumerate(trial) if _NOT_GIVEN.match(name) and name[_NOT_GIVEN.match(name).end() :].lower() == arm.lower()]
    return trial[1 - hits[0]] if len(hits) == 1 else None


_NOT_GIVEN = re.compile(r"(?i)(?:no|without)\s+")


# 'randomly assigned to receive either chemo-immunotherapy (group A) or chemotherapy (group B)': the arm a label stands for.
_LABEL_DEFINED = re.compile(
    r"(?<![\w/+.-])(?P<name>[A-Za-z][\w/+.-]*(?:[ \t\n]+[\w/+.%-]+){0,5}?)[ \t\n]*\((?:the[ \t]+)?(?:group|arm)[ \t]+(?P<label>[A-Za-z0-9]{1,4})\)", re.I
)
_GROUP_LABEL = re.compile(r"(?:the\s+)?(?:group|arm)\s+(?P<label>[A-Za-z0-9]{1,4})", re.I)
_BEFORE_A_LABELLED_ARM = frozenset("either with to or and received receive receiving given of into groups group one other the a an".split())
_NOT_IN_A_LABELLED_ARM = frozenset("once twice daily weekly a day for at in on before after per".split())


def _labelled(ctx: ExtractionContext, arm: str) -> str | None:
    """'group A' -> 'chemo-immunotherapy (group A)' when the document names the arm its label stands for
    ('... either chemo-immunotherapy (group A) or ...'): readers spell out what a label means. Cached per document."""
    label = _GROUP_LABEL.fullmatch(arm.strip())
    if not label:
        return None
    if "link_group_labels" not in ctx.cache:
        named: dict[str, str] = {}
        for match in _LABEL_DEFINED.finditer(ctx.text):
            words: list[str] = []
            for word in match.group("name").split():
                low = word.lower().strip(",;:")
                if low in _BEFORE_A_LABELLED_ARM or word.endswith((",", ";", ":")):
                    words = []  # 'either X', 'two groups: X', '... solution, X': the name starts after
                    continue
                if word[:1].isdigit() or low in _NOT_IN_A_LABELLED_ARM:
                    break
                words.append(word)
            name = " ".join(words)
            key = match.group("label").lower()
            if name and key not in named and len(name) > 2 and not _NOT_AN_ARM_NAME.fullmatch(name) and name.lower() not in _NOT_AN_ARM_WORD:
                named[key] = name
        ctx.cache["link_group_labels"] = named
    name = ctx.cache["link_group_labels"].get(label.group("label").lower())
    return f"{name} ({arm.strip()})" if name else None
