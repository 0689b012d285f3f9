"""The pool a trial's sample was drawn from is not its sample: the eligible people a smaller count was randomized
from ('Of the 180 eligible patients, 150 were randomized'), a parent trial a secondary analysis takes its sample
from, and the clusters of a cluster trial. And a count's own verb names its stage, whatever stage the clause
before it names ('24 practices were randomised, and 1,873 patients were enrolled')."""

import pytest

from tests.conftest import extract


def sizes(text):
    return sorted((n.value, n.role, n.arm) for n in extract(text).sample_sizes)


def trial_n(text):
    record = extract(text)
    return record.trial_n and (record.trial_n.value, record.trial_n.role)


@pytest.mark.parametrize(
    "text, expected, n",
    [
        # the eligible pool, then a smaller stage drawn from it: the pool is screened
        (
            "Of the 180 eligible patients, 150 were randomized to receive drug A or placebo.",
            [(150, "randomized", None), (180, "screened", None)],
            (150, "randomized"),
        ),
        ("Of 412 eligible women, 306 (74%) were enrolled in the trial.", [(306, "enrolled", None), (412, "screened", None)], (306, "enrolled")),
        (
            "Of the 96 children who were eligible, 80 were subsequently randomised.",
            [(80, "randomized", None), (96, "screened", None)],
            (80, "randomized"),
        ),
        (
            "Of the 240 patients who met the inclusion criteria, 200 were included.",
            [(200, "enrolled", None), (240, "screened", None)],
            (200, "enrolled"),
        ),
        (
            "Of the 180 eligible patients, 150 were randomized and 30 declined to participate.",
            [(150, "randomized", None), (180, "screened", None)],
            (150, "randomized"),
        ),
        # counter-examples: all the eligible were randomized (the parts make up the pool), or the part is no stage
        (
            "Of the 382 eligible patients, 191 were randomised to exercise and 191 to usual care.",
            [(191, "randomized", "exercise"), (191, "randomized", "usual care"), (382, "randomized", None)],
            (382, "randomized"),
        ),
        ("Of the 180 eligible patients, 180 were randomized.", [(180, "randomized", None)], (180, "randomized")),
        ("Of the 180 eligible patients, 12 were excluded after baseline.", [(180, "enrolled", None)], (180, "enrolled")),
        ("Of the 180 randomized patients, 150 were analysed.", [(150, "analysed", None), (180, "randomized", None)], (180, "randomized")),
    ],
)
def test_the_eligible_pool_of_a_smaller_stage(text, expected, n):
    assert sizes(text) == expected
    assert trial_n(text) == n


@pytest.mark.parametrize(
    "text, value, role",
    [
        ("In total, 24 practices were randomised, and 1,873 patients were enrolled.", 1873, "enrolled"),
        ("The wards were randomly allocated; 612 patients were recruited between 2015 and 2017.", 612, "enrolled"),
        ("After randomisation of the sites, 1,240 participants were screened for eligibility.", 1240, "screened"),
        ("Of 200 screened, 120 patients were eligible and were randomised.", 120, "randomized"),
        # counter-examples: no verb of its own, or one that names no stage: the nearest cue
        ("Twelve schools were randomised, with 1,873 pupils taking part.", 1873, "randomized"),
        ("Following randomization, 250 patients were women.", 250, "randomized"),
        ("A total of 300 patients were randomized.", 300, "randomized"),
    ],
)
def test_a_counts_own_verb_names_its_stage(text, value, role):
    assert next(n.role for n in extract(text).sample_sizes if n.value == value and n.arm is None) == role
