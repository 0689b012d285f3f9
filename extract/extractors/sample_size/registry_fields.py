"""Registry fields: "Target Recruitment: 18", "Enrollment: 120 (Actual)", "Final Sample Size: 301".

The role comes from the key, and from "Actual" / "Anticipated" after the number. A field's number is the
field's whatever section it is in (ISRCTN writes its enrolment under "Eligibility", ANZCTR under
"Recruitment status") and whatever role words stand beside it ('Recruitment Status : Completed' /
'Actual Enrollment : 103 participants' is enrolled, not completed), so these counts are read first.
Grouped fields (ANZCTR's "Sample size" / "Target" / "Final", ChiCTR's per-group "Sample size") and
fields that give way to a wider one (EudraCT's member-state count to the whole trial's) are data:
``enrollment_fields`` in ``data/registry_fields.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...numbers import INTEGER, parse_integer
from ...resources import load
from ..context import ExtractionContext, Item
from .patterns import _patterns

_RULE = "sample_size.registry"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A registry key at a line's start, perhaps a second key after it ('Sample size: Target sample size: 120',
    CTRI's 'Target Sample Size<TAB>Total Sample Size="600"'), then the number, perhaps quoted
    ('Final Enrollment numbers achieved (Total)= "584"'); ChiCTR writes a full-width colon, after the Chinese
    label in a bilingual page ('样本量： Sample size：'), perhaps with the label's own copy of the number
    ('样本总量： 120 Total sample size: 120')."""
    names = sorted(_keys(), key=len, reverse=True)  # 'target sample size' before 'sample size'
    keys = "|".join(re.escape(k).replace(r"\ ", r"[^\S\n]+") for k in names)
    # [^\S\n]*, not \s*: from every line start \s* ran through all following blank lines (10 kB of
    # newlines took 3 s); the key is found from its own line's start with the same groups.
    # A sponsor page's header row puts the field after a '|' cell ('Phase 3 | Enrollment: 470 (actual)').
    return re.compile(
        rf"^[-•*]?[^\S\n]*(?:[^\n|]{{1,60}}\|[^\S\n]*)?(?:[^\x00-\x7f\s]{{1,20}}[:：][^\S\n]*(?:\d[\d,]*[^\S\n]+)?)?(?P<key>{keys})(?:(?:[^\S\n]*[:=：])?[^\S\n]*(?P<key2>{keys}))?\s*[:=：]?\s*(?:\n\s*[-•*]?\s*)?\"?"
        rf"(?P<num>{INTEGER})\b(?P<rest>[^\n]*)",
        re.I | re.M,
    )


@lru_cache(maxsize=1)
def _keys() -> dict[str, str | None]:
    """Every single-field key and its role: data/sample_size.json's, this module's own ('keys'), and the keys
    whose role is only their status's ('status_keys', role None)."""
    spec = load("registry_fields")["enrollment_fields"]
    keys: dict[str, str | None] = {k.casefold(): None for k in spec["status_keys"]}
    keys.update({k.casefold(): v for k, v in spec["keys"].items()})
    keys.update(_patterns()["registry_keys"])
    return keys


@lru_cache(maxsize=1)
def _fields() -> dict:
    spec = load("registry_fields")["enrollment_fields"]
    group = spec["grouped"]
    subs = "|".join(re.escape(k).replace(r"\ ", r"[^\S\n]+") for k in sorted(group["sublabels"], key=len, reverse=True))
    return {
        "narrower": {k.casefold(): {w.casefold() for w in v} for k, v in spec["narrower"].items()},
        "sublabels": {k.casefold(): v for k, v in group["sublabels"].items()},
        # ANZCTR: 'Sample size' alone on its line, then 'Target' / '160' / 'Accrual to date' / '' / 'Final' / '154'
        "group": re.compile(r"^[ \t]*(?:%s)[ \t]*:?[ \t]*$" % "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in group["labels"]), re.I | re.M),
        "sub": re.compile(r"(?<![ \t])[ \t]*(?P<sub>%s)[ \t]*:?[ \t]*(?:(?P<num>%s)(?!\d))?[ \t]*" % (subs, INTEGER), re.I),
        "number": re.compile(r"(?<![ \t])[ \t]*(?P<num>%s)(?!\d)[ \t]*" % INTEGER),
        # ChiCTR: 'Group: taVNS group' (or, its label line dropped with the Chinese, '试验组 Experimental group')
        # on the line before a group's 'Sample size'
        "arm": re.compile(r"(?<![ \t\x80-\U0010ffff])[ \t]*(?:(?:%s)[ \t]*[:：][ \t]*)?(?:[^\x00-\x7f\s]{1,30}[ \t]+)?(?P<arm>[A-Za-z][^\n:：]{0,60}?\b(?:%s))[ \t]*$"
                          % ("|".join(map(re.escape, spec["arm_labels"])), "|".join(map(re.escape, spec["arm_nouns"]))), re.I),
        "arm_keys": {k.casefold() for k in spec["arm_keys"]},
        # DRKS: 'Planned/Actual: Actual' (or its tab folded, 'Planned/Actual Planned') on the line above the count
        "status_line": re.compile(r"(?<![ \t])[ \t]*(?P<label>%s)[ \t]*:?[ \t]*(?P<status>[A-Za-z]+)[ \t]*"
                                  % "|".join(re.escape(k) for k in spec["status_lines"]), re.I),
        "statuses": {k.casefold(): {s.casefold(): r for s, r in v.items()} for k, v in spec["status_lines"].items()},
    }


def _previous_line(text: str, start: int) -> tuple[int, int] | None:
    """The span of the last non-blank line before offset ``start`` (at most three lines back)."""
    end = text.rfind("\n", 0, start)
    for _ in range(3):
        if end < 0:
            return None
        lo = text.rfind("\n", 0, end) + 1
        if text[lo:end].strip():
            return lo, end
        end = lo - 1
    return None


def _status_above(text: str, start: int) -> str | None:
    """The role a 'Planned/Actual' line right above offset ``start`` gives ('Planned/Actual: Actual': enrolled)."""
    f = _fields()
    line = _previous_line(text, start)
    status = line and f["status_line"].fullmatch(text, *line)
    if not status:
        return None
    return f["statuses"][status.group("label").casefold()].get(status.group("status").casefold())


def _grouped(ctx: ExtractionContext, add) -> None:
    """ANZCTR's 'Sample size' group: each sub-label ('Target', 'Final') with its number on its line or under it."""
    f = _fields()
    text = ctx.text
    for group in f["group"].finditer(text):
        pos, role, seen = group.end() + 1, None, 0
        while pos < len(text) and seen < 8:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            seen += 1
            sub = f["sub"].fullmatch(text, pos, end)
            number = None if sub else f["number"].fullmatch(text, pos, end)
            if sub:
                role = f["sublabels"][re.sub(r"\s+", " ", sub.group("sub")).casefold()]
                number = sub if sub.group("num") else None
            elif number is None and text[pos:end].strip():
                break  # the group's end: the page's next field
            if number is not None and role:
                add(*number.span("num"), parse_integer(number.group("num")), role)
                role = None
            pos = end + 1


# What may follow a field's number on its line: a participant noun, the count's status, a closing quote
# ('939 participants', '120 (Actual)', '"584"'), and CTRI's next 'Label="N"' field on the same line
# ('Total Sample Size="80" Sample Size from India="80"'); anything more is a sentence ('96 patients were randomised').
_VALUE_REST = re.compile(
    r"(?<![ \t\"])[ \t\"]*(?:(?:participants?|patients?|subjects?|persons?|people|individuals)\b)?[ \t]*"
    r"(?:[\[(]?[ \t]*(?:actual|anticipated|estimated|expected)[ \t]*[\])]?)?[ \t.]*"
    r"(?:(?<=[ \t\"])[a-z][a-z ()]{0,40}=[ \t]*\"[\d,]{1,9}\"[ \t]*)?"
)


def _key(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", match.group("key2") or match.group("key")).lower()


def _registry_items(ctx: ExtractionContext) -> list[Item]:
    """The counts of a page's enrollment fields, in text order."""
    f = _fields()
    text = ctx.text
    items: list[Item] = []
    keys: list[str] = []

    def add(start: int, end: int, value: int | None, role: str, key: str = "", arm: tuple[int, int] | None = None) -> None:
        if not value or any(i.start == start for i in items):
            return
        values = {"value": value, "role": role, "arm": text[arm[0] : arm[1]] if arm else None}
        items.append(Item("sample_sizes", start, end, _RULE, values, {"arm": arm} if arm else {}))
        keys.append(key)

    matches = list(_pattern().finditer(text))
    per_group = [m for m in matches if _key(m) in f["arm_keys"]]
    for match in matches:
        key = _key(match)
        role = _keys()[key]
        rest = match.group("rest").lower()
        if not _VALUE_REST.fullmatch(rest):
            continue  # 'Sample size: 96 patients were randomised ...': a sentence under a heading, the sentence rules'
        if role is None:  # a count named only by its status, after it or on the line above
            role = _status_above(text, match.start())
            if role is None and not re.search(r"actual|anticipated|estimated|expected", rest):
                continue

        if "actual" in rest:
            role = "enrolled"
        elif "anticipated" in rest or "estimated" in rest or "expected" in rest:
            role = "planned"
        arm = None
        if key in f["arm_keys"]:  # a group's own 'Sample size' under its 'Group' line: that arm's count
            line = _previous_line(text, match.start())
            named = line and f["arm"].fullmatch(text, *line)
            arm = named.span("arm") if named else None
            if arm is None and len(per_group) > 1:
                continue  # one group's count whose name the page lost: no total, and no arm to give it to
        add(*match.span("num"), parse_integer(match.group("num")), role, key, arm)
    _grouped(ctx, add)
    present = set(keys)
    kept = [i for i, k in zip(items, keys) if not (f["narrower"].get(k, set()) & present)]
    return sorted(kept, key=lambda i: i.start)


def _registry_counts(ctx: ExtractionContext, found: list[Item], taken: set[int]) -> None:
    """'Target Recruitment' / 'Enrollment' fields: the number on the same or the next line. Read before the
    sentence rules, which then leave these numbers alone."""
    for item in _registry_items(ctx):
        if item.start not in taken:
            taken.add(item.start)
            found.append(item)
