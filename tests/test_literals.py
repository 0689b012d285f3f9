"""Literal prefilters: a pattern is skipped only when it cannot match (same results, less scanning)."""

import re

import pytest

from extract.extractors import design, trial_ids
from extract.extractors.literals import IGNORECASE_TO_ASCII, Probe, required_literals


def test_the_ignorecase_equivalents_of_ascii_letters_are_all_known():
    everything = "".join(map(chr, range(0x80, 0x110000)))
    found = set(re.compile("[a-z]", re.I).findall(everything))
    assert found == set(IGNORECASE_TO_ASCII)
    for char, letter in IGNORECASE_TO_ASCII.items():
        assert re.fullmatch(letter, char, re.I)


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (r"\bNCT\s?\d{8}\b", ("NCT",)),
        (r"\b(?:JPRN-)?(?:UMIN|jRCT)\w?\d{6,10}\b", ("JPRN-", "UMIN", "jRCT")),
        (r"\bopen[- ]label\b|\bunblinded\b", ("open", "unblinded")),
        (r"\bPlacebo\b", ("Placebo",)),
        (r"(?P<v>\b\d{1,2}\s*:\s*\d{1,2}\b)", None),  # starts with a digit class: always scanned
        (r"\b(?:a|)b", None),  # an alternative that can be empty
        (r"x*y", ("x", "y")),  # an optional start: either it or what follows
        (r"\w+x", None),
    ],
)
def test_required_literals(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


def test_ignorecase_literals_are_lower_cased():
    assert required_literals(re.compile(r"\bDouble[- ]blind\b", re.I)) == ("double",)


SENTENCES = [
    "Patients were randomly assigned (2:1) to receive drug or PLACEBO in this Phase III, double-blind trial.",
    "A multicentre, open label, non-randomised study; registered as NCT01234567 and ISRCTN 12345678.",
    "Sham stimulation or usual care group; assessor-blinded outcome; JPRN-UMIN000012345; ChiCTR-IOR-15006789.",
    "RANDOMıZED, ſINGLE-BLIND, \u212aetamine vs saline placebo (ACTRN12612000123456), EudraCT 2012-001234-56.",
    "İn a single-centre phase 2b trial, no design words of interest were reported at all.",
    "Nothing to see here: 12 patients, 3 weeks, p = 0.04.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_scan_from_the_first_literal_finds_every_match(text):
    rules, _, _ = design._patterns()
    patterns = [pattern for _, pattern, _ in rules] + [pattern for _, pattern in trial_ids._patterns()]
    probe = Probe(text)
    for pattern in patterns:
        everything = [m.span() for m in pattern.finditer(text)]
        first = probe.first(pattern)
        assert (first is not None) == probe.may_match(pattern)
        assert ([m.span() for m in pattern.finditer(text, first)] if first is not None else []) == everything, pattern.pattern


def test_a_word_boundary_sees_the_character_before_the_start():
    probe = Probe("xNCT01234567 and NCT07654321")
    pattern = re.compile(r"\bNCT\d{8}\b")
    assert probe.first(pattern) == 1
    assert [m.group() for m in pattern.finditer(probe.text, probe.first(pattern))] == ["NCT07654321"]
