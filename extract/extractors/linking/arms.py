"""The trial's arms and how the document names them.

The allocation sentence ('randomized to X or Y'), a title's 'X versus Y' or a 'compared X and Y'
phrase gives the trial's two arms; the words naming a group elsewhere ('the IDet group') extend them.
"""

from __future__ import annotations

import re

from ..context import ExtractionContext
from .subjects import _COUNT_WORD, _SECTION_HEADINGS
from .words import _lists


def _arm_mentions(ctx: ExtractionContext) -> re.Pattern[str] | None:
    """A pattern matching the names of the document's arms: the allocation phrase's two arms and the
    words that name a group elsewhere ('the IDet group', 'versus glargine'). Cached per document."""
    if "link_arm_mentions" not in ctx.cache:
        names = {name.lower() for name in arm_names(ctx)}
        for match in _ARM_WORD.finditer(ctx.text):
            word = (match.group("before") or match.group("after")).lower()
            if word not in _NOT_AN_ARM_WORD and word not in _lists()["determiners"] and not _NOT_AN_ARM_NAME.fullmatch(word):
                names.add(word)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        ctx.cache["link_arm_mentions"] = re.compile(r"(?<![\w-])(?:%s)(?![\w])" % alternatives, re.I) if names else None
    return ctx.cache["link_arm_mentions"]


_ARM_WORD = re.compile(
    r"(?<![\w/+-])(?P<before>[A-Za-z][\w/+-]{2,})\s+(?:groups?|arms?)\b(?![ \t]+(?-i:[A-Z][a-z]))"  # not 'Action Research Arm Test'
    r"|\b(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?P<after>[A-Za-z][\w/+-]{2,})(?![\w/+-])",
    re.I,
)
_NOT_AN_ARM_WORD = frozenset(
    "treatment treatments study both two three four each all either other age control-group between within across "
    "intervention experimental active comparator baseline treated patients subjects participants those which this that "
    "for in with among on of to by from at than and or between vs versus not nor but".split()
)


def arm_names(ctx: ExtractionContext) -> tuple[str, ...]:
    """The names of the trial's two arms from its allocation phrase, without dose or schedule
    ('lixisenatide 20 µg once daily or placebo' -> 'lixisenatide', 'placebo'). Cached per document."""
    if "link_arm_names" not in ctx.cache:
        found = _allocation(ctx)
        ctx.cache["link_arm_names"] = _names_of(found) if found else ()
    return ctx.cache["link_arm_names"]


def _names_of(found: re.Match[str]) -> tuple[str, ...]:
    """The two arm names of an allocation match; () unless there are two different ones, neither
    holding a word that states a result ('placebo had greater reductions', 'nocturnal hypoglycaemia')."""
    given_or_not = _WITH_OR_WITHOUT.match(found.group("b")) if _ENDS_WITH.search(found.group("a")) else None
    if given_or_not:  # 'standard treatment with or without capecitabine': the arms are the drug given or not
        return f"with {given_or_not.group(1)}", f"without {given_or_not.group(1)}"
    names = []
    for key in ("a", "b"):
        words: list[str] = []
        # an arm is named inside one sentence: the first ('for 7 weeks. The treatment group was compared with ...') starts
        # after the last stop, the second ('... or oral ketamine. Anxiety scores were ...') ends at the first
        phrase = found.group(key)
        stops = list(_SENTENCE_END.finditer(phrase))
        if stops:
            phrase = phrase[stops[-1].end() :] if key == "a" else phrase[: stops[0].start()]
        if _PEOPLE.search(_AMONG.split(phrase)[0] if key == "b" else phrase):
            return ()  # 'comparison of different treatments in subjects with asthma': a phrase about people, not two arms
        split = phrase.split()
        for index, word in enumerate(split):
            low = word.lower().strip("(),.")
            following = split[index + 1].lower() if index + 1 < len(split) else ""
            if low == "of" and words and following in _lists()["determiners"]:
                break  # 'placebo infiltration of the wound': what the arm was given to, not its name
            if low in _BEFORE_AN_ARM_NAME or low in _lists()["determiners"] or (low in _GIVEN_WITH and following in ("with", "of")):
                words = []  # 'efficacy and safety of latanoprost' -> 'latanoprost'; 'open treatment with metformin' -> 'metformin'
                continue
            if not words and (low in _BEFORE_A_NAMED_ARM or (index == 0 and low == "both") or _COUNT_WORD.fullmatch(word) or _DOSE_WORD.fullmatch(low)):
                continue  # 'one drop of either X', 'two tablets of Y', '40 mg simvastatin', 'add once-daily glargine'
            if word[:1].isdigit() or low in _NOT_IN_AN_ARM_NAME or word.startswith("(") or word in _SECTION_HEADINGS or _COUNT_WORD.fullmatch(word):
                break
            if words and (low in _lists()["verbs"] or low in _lists()["object_verbs"]) and not words[-1].lower().endswith("ly"):
                break  # 'MBSR compared to UC experienced fewer ...': the clause's verb ends the arm (not 'a newly developed app')
            words.append(word.strip(",."))
            if word.endswith(".") and word[:-1].isalpha() and len(word) > 3:
                break  # 'or a malleable stylet. Intubation was ...': the sentence ends
        name = " ".join(words)
        if name.split()[:1] and name.split()[0].lower() in ("same", "other", "identical", "both", "either", "all", "each"):
            return ()  # 'X or the same protocols plus Y', 'sessions of both lower extremities': no arm's own name
        if (len(name) > 2 or _SHORT_FORM.fullmatch(name)) and not _NOT_AN_ARM_NAME.fullmatch(name):
            names.append(name)
    if len(names) == 2 and names[0].endswith("-") and "-" in names[1]:
        names[0] += names[1].split()[0].split("-", 1)[1]  # 'low- and high-dose groups' -> 'low-dose', 'high-dose'
    if len(names) != 2 or names[0].lower() == names[1].lower() or any(len(name.split()) > 4 for name in names):
        return ()
    lists = _lists()
    if any(w in lists["predicates"] or w in _RESULT_WORDS for name in names for w in name.lower().split()):
        return ()
    return tuple(names)


_ENDS_WITH = re.compile(r"(?<![\w-])with\Z", re.I)
_WITH_OR_WITHOUT = re.compile(r"without\s+([A-Za-z][\w+/-]*)(?![\w+/-])", re.I)
_AMONG = re.compile(r"\s(?:among|in)\s")  # '... or usual care among adults with diabetes': whom the second arm was given to
_PEOPLE = re.compile(r"(?<![\w-])(?:patients|subjects|participants|people|persons|individuals|adults|children|women|men)(?![\w-])", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.;])\s+(?=[A-Z])")
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9]")  # 'NF', 'SF', 'G1': a two-letter arm the report abbreviates
_NOT_IN_AN_ARM_NAME = frozenset(
    "once twice daily once-daily twice-daily weekly for at in with plus given administered orally intravenously group groups arm arms "
    "tablets tablet capsules injection injections mg µg mcg g ml iu units therapy therapies treatment combination combinations fixed "
    "fixed-combination fc tid bid qd added adjunct alone was were is are as when while type which that who nightly each every morning evening "
    # what follows the arm's name: when and how it was given ('placebo starting 7 days before surgery', 'SOT delivered through a mask')
    "starting beginning commencing initiated delivered applied followed via before after during until among from through both than".split()
)
_GIVEN_WITH = frozenset("treatment therapy management injection injections infusion infusions tablets capsules doses".split())
_GIVEN_WHEN = re.compile(
    r"(?<=\w)\s+(?:starting|beginning|commencing|initiated|delivered|applied|followed|via|before|after|during|until|among|from|through)\b|(?<=[a-z0-9)\]])[.;]\s+(?=[A-Z])", re.I
)
_BEFORE_AN_ARM_NAME = frozenset("of to and with addition trial study comparison effect effects efficacy effectiveness safety".split())
_NOT_AN_ARM_NAME = re.compile(
    r"(?i)epub|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|randomi[sz]ed|patients|subjects|participants|reverse|opposite|vice\s+versa"
    r"|(?:seconds?|minutes?|min|hours?|h|days?|weeks?|months?|years?)"  # '(3 vs 5 days)': a time, not an arm
)


# An arm starts a word (not after a letter or digit, nor after one and a joiner): starting again inside
# a long word or digit run rescanned it to its end from every position (quadratic; _TITLE_VERSUS
# searches the whole document). The first letter or digit of a word is still a start ('α-blocker').
_ARM = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9][+/-])(?:the\s+)?(?P<{0}>[A-Za-z0-9][\w+/-]*(?:\s+(?!or\b|and\b|versus\b|vs\b)[\w+/().%-]+){{0,{1}}}?)"


def _arm(key: str, words: int = 5) -> str:
    """The pattern of one arm named ``key``: a word and up to ``words`` more (its dose, schedule, formulation)."""
    return _ARM.format(key, words)


# An allocation sentence names who was randomized before 'to' ('We randomized 200 adults with type 2 diabetes to',
# 'Patients were randomized (1:1) to') and may give each arm's dose and schedule ('sitagliptin 100 mg once daily for
# 24 weeks or matching placebo'); 'to' before a study verb ('designed to compare') names no arm.
_ALLOCATED_WHO = r"(?:(?!(?:in)?to\s)(?:[\w-]+(?::\w+)?|\([^()]{0,20}\)),?\s+){0,9}?"
_STUDY_VERB = r"(?!(?:compare|evaluate|assess|determine|investigate|examine|explore|test|study|identify|be|have)\b)"
_ALLOCATION = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\s+" + _ALLOCATED_WHO + r"(?:in)?to\s+" + _STUDY_VERB
    + r"(?:receive\s+|either\s+|one\s+of\s+(?:the\s+)?(?:two|2)\s+(?:\w+\s+)?(?:groups|arms|regimens|treatments)\s*[:,]?\s+|one\s+of\s+)*"
    + _arm("a", 9) + r"\s*(?:\([^()]*\)\s*){0,2},?\s+(?:or|versus|vs\.?)\s+(?:to\s+)?(?:receive\s+)?" + _arm("b", 9)
    + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bat\b|\bto\b|\bwhen\b|\bonce\b|\btwice\b|\bdaily\b|\b(?:tid|bid|qd)\b|\bgroups?\b|\barms?\b|$))",
    re.I,
)
_TITLE_VERSUS = re.compile(
    _arm("a") + r"\s+(?:versus|vs\.?|compared\s+with|compared\s+to)\s+" + _arm("b") + r"(?=\s*(?:[,.;:(]|\bin\b|\bfor\b|\bon\b|\bamong\b|\bwhen\b|$))",
    re.I,
)


# 'The 183 participants received metformin or placebo', 'a comparison of latanoprost and dorzolamide', 'to compare
# insulin glargine and human NPH insulin added to ...': the trial's arms where no allocation phrase names them.
_COMPARED_ARMS = re.compile(
    r"\b(?:received|comparison\s+of|(?:to|we)\s+compare|comparing|(?:receiving|using|with)(?=\s+either\b))\s+(?:either\s+)?" + _arm("a")
    + r"\s*(?:\([^()]*\)\s*)?,?\s+(?:or|and|versus|vs\.?|with)\s+(?:either\s+)?(?:\d+\s+(?:received|were\s+given)\s+)?" + _arm("b")
    + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bon\b|\bat\b|\badded\b|\bonce\b|\btwice\b|\bdaily\b|\b(?:tid|bid|qd)\b|\bgroups?\b|$))",
    re.I,
)


# 'randomly allocated into two groups: dexmedetomidine (group D) and control (group S)', 'divided into 2 groups, A and B':
# the two arms listed after the number of groups (not people described: 'two groups: those with diabetes and those without').
_GROUP_LIST = re.compile(
    r"(?<![\w-])(?:in|into|to)\s+(?:two|2)\s+(?:equal\s+|parallel\s+|treatment\s+|study\s+)?(?:groups|arms)\s*(?:\([^()]*\)\s*)?"
    r"(?:of\s+\d+\s+(?:\w+\s+)?each\s*)?[:;,]\s*(?!(?:those|patients|subjects|participants|people|individuals|children|women|men)\b)" + _arm("a") + r"\s*(?:\([^()]*\)\s*){0,2},?\s+(?:and|or|vs\.?|versus)\s+"
    + _arm("b") + r"(?=\s*(?:[,.;:(]|\bfor\b|\bin\b|\bat\b|\bonce\b|\btwice\b|\bdaily\b|\b(?:tid|bid|qd)\b|\bgroups?\b|\barms?\b|$))",
    re.I,
)
# 'randomly assigned to case and control groups': two arms joined by 'and' before a plural group word.
_AND_GROUPS = re.compile(
    r"\b(?:(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\s+(?:\w+(?::\w+)?\s+){0,3}?(?:in)?to"
    r"|(?:randomly\s+)?divided\s+(?:\w+(?::\w+)?\s+){0,3}?into)\s+(?:the\s+)?"
    r"(?P<a>[A-Za-z][\w+/-]*(?:\s+[A-Za-z][\w+/-]*)?)\s+and\s+(?:the\s+)?(?P<b>[A-Za-z][\w+/-]*(?:\s+[A-Za-z][\w+/-]*)?)\s+(?:groups|arms)\b",
    re.I,
)
# 'Closed-loop therapy was compared with open-loop delivery in ...': a sentence whose subject is one arm and whose
# 'compared with' names the other.
_COMPARED_SUBJECT = re.compile(
    r"(?:(?<=[.:]\s)|(?<=[.:]\s\s)|\A)(?P<a>[A-Za-z][\w+/-]*(?:[ \t]+(?!was\b|were\b)[A-Za-z0-9][\w+/-]*){0,4})\s+(?:was|were)\s+compared\s+(?:with|to)\s+" + _arm("b")
    + r"(?=\s*(?:[,.;:(]|\bin\b|\bfor\b|\bon\b|\bamong\b|$))",
    re.I,
)


def trial_arms(ctx: ExtractionContext) -> tuple[int, int] | None:
    """The span naming the trial's two arms: the allocation sentence ('randomized to X or Y'), else a
    'X versus Y' phrase (titles often carry it). Cached per document."""
    if "trial_arms" not in ctx.cache:
        found = _allocation(ctx)
        names = arm_names(ctx)
        first = (found.group("a").find(names[0]) if found.group("a").find(names[0]) >= 0 else found.group("a").find(names[0].split("-")[0] + "-")) \
            if found and names else 0  # 'low-' of 'low- and high-dose groups' stands for 'low-dose'
        start = found.start("a") + (first if first >= 0 or not names[0].startswith("with ") else 0) if found else None
        # the span ends before when and how the second arm was given ('placebo starting 7 days before surgery')
        given = _GIVEN_WHEN.search(found.group("b")) if found else None
        end = found.start("b") + given.start() if given else found.end("b") if found else None
        ctx.cache["trial_arms"] = (start, end) if found and start is not None and start >= found.start("a") else None
    return ctx.cache["trial_arms"]


_ROLE_OR_LABEL = re.compile(
    r"(?i:intervention|control|controls|experimental|treatment|study|active|case|cases|comparison|comparator)|(?:G|group\s+)?(?:[A-Z]|\d{1,2}|I{1,3}|IV)"
)
_RESULTS_HEADING = re.compile(r"(?<![A-Za-z])(?:RESULTS?\b|Results?:)")


def _allocation(ctx: ExtractionContext) -> re.Match[str] | None:
    if "link_allocation" not in ctx.cache:
        found = None
        for pattern in (_ALLOCATION, _GROUP_LIST, _AND_GROUPS, _TITLE_VERSUS, _COMPARED_ARMS, _COMPARED_SUBJECT):
            # an allocation or 'compare' phrase may come again; 'X versus Y' is the title's only before the results
            results = _RESULTS_HEADING.search(ctx.text)
            matches = pattern.finditer(ctx.text) if pattern is not _TITLE_VERSUS else filter(
                None, [pattern.search(ctx.text, 0, results.start() if results else len(ctx.text))])
            found = next((m for m in matches if _names_of(m)), None)
            if found:
                break
        if found and all(_ROLE_OR_LABEL.fullmatch(name) for name in _names_of(found)):
            # 'randomly assigned to intervention and control groups' under a title 'Metformin versus placebo for ...': the
            # title names what the roles stand for
            results = _RESULTS_HEADING.search(ctx.text)
            title = _TITLE_VERSUS.search(ctx.text, 0, min(found.start(), results.start() if results else len(ctx.text)))
            if title and _names_of(title) and not any(_ROLE_OR_LABEL.fullmatch(name) for name in _names_of(title)):
                found = title
        ctx.cache["link_allocation"] = found
    return ctx.cache["link_allocation"]


_BEFORE_A_NAMED_ARM = frozenset(
    "either add adding added once twice daily once-daily twice-daily weekly bedtime nightly "
    "receiving receive received consuming consume consumed using use used taking take took undergoing undergo underwent getting got "
    "drinking drank eating ate wearing wore given".split()
)
_DOSE_WORD = re.compile(r"[\d.,/%-]+|[\d.,]*(?:mg|µg|μg|mcg|g|kg|ml|l|iu|units?|mmol|%)(?:/(?:kg|day|d|m2))?")
_RESULT_WORDS = frozenset("had has have was were is are significantly greater lower higher reductions reduction hypoglycaemia hypoglycemia "
                          "gain mortality ratio mean incidence comparisons data results values scores levels outcome outcomes endpoint endpoints findings test".split())
