"""Linking a p-value to the comparison it states: how trial reports name their arms."""

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # an -ed word inside an arm's name when a formulation noun follows it
        ("Pain relief was complete in 45% with oxycodone and 30% with morphine sustained release (P = 0.02).",
         "morphine sustained release", "oxycodone vs morphine sustained release"),
        ("Pain relief was complete in 45% with morphine sustained release and 30% with oxycodone (P = 0.02).",
         "oxycodone", "morphine sustained release vs oxycodone"),
        ("IOP fell by 8.1 mmHg with the fixed combination and 6.9 mmHg with latanoprost modified release (P = 0.03).",
         "latanoprost modified release", "fixed combination vs latanoprost modified release"),
        # two drugs joined by '+' or 'plus' name one arm
        ("The mean insulin dose was 0.7 U/kg in the glargine + metformin group and 0.6 U/kg in the NPH + metformin group (P < 0.001).",
         "NPH + metformin group", "glargine + metformin vs NPH + metformin"),
        ("Relief occurred in 45% with morphine plus naloxone and 30% with morphine alone (P = 0.02).",
         "morphine alone", "morphine plus naloxone vs morphine alone"),
    ],
)
def test_an_arm_after_its_number_keeps_its_whole_name(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)


@pytest.mark.parametrize(
    "sentence, comparison, name",
    [
        # an -ed word followed by anything but a formulation noun is the clause's verb, not part of the arm
        ("Target pressure was kept in 21 of 30 patients on timolol vs. 25 of 31 patients on bimatoprost reached the goal (P = 0.38).",
         "bimatoprost", "timolol vs bimatoprost"),
        ("Pain fell by 30% in group A and 12% in group B decreased slowly (P = 0.02).", "group B", "group A vs group B"),
        ("Healing occurred in 40% in placebo treated eyes and 60% in timolol treated eyes (P = 0.01).", "timolol", "placebo vs timolol"),
        ("Relief was reported in 45% with morphine released early and 30% with oxycodone (P = 0.02).", "oxycodone", "morphine vs oxycodone"),
        # a schedule after the arm is not part of its name
        ("HbA1c fell by 1.1% with exenatide twice daily and 0.4% with placebo (p < 0.01).", "placebo", "exenatide vs placebo"),
        ("HbA1c fell by 1.1% with placebo and 0.4% with insulin once weekly (p < 0.01).", "insulin", "placebo vs insulin"),
    ],
)
def test_verbs_adverbs_and_schedules_after_an_arm_are_not_its_name(sentence, comparison, name):
    p = extract(sentence).p_values[-1]
    assert (p.comparison, p.comparison_name) == (comparison, name)
