"""The trial-level n of a CONSORT chain (screened -> eligible -> randomized -> analysed) is the randomized total,
whichever stage is larger or written first."""

import pytest

from extract.trial_n import choose_trial_n


def item(value, role, arm=None, start=0):
    return {"value": value, "role": role, "arm": arm, "start": start, "rule": "sample_size.noun"}


@pytest.mark.parametrize(
    "items, value",
    [
        # 'we screened 2,310 women, of whom 1,480 were eligible and 880 randomised: 440 to X and 440 to Y; data were
        # available for 801'
        ([item(2310, "screened"), item(1480, "screened", start=40), item(880, "randomized", start=70),
          item(440, "randomized", "X", 90), item(440, "randomized", "Y", 110), item(801, "analysed", start=160)], 880),
        # the analysed total written first and a larger enrolled total before randomization
        ([item(801, "analysed"), item(1000, "enrolled", start=50), item(880, "randomized", start=90)], 880),
        # no randomized total: the enrolled one, not the screened pool
        ([item(2310, "screened"), item(960, "enrolled", start=40), item(301, "randomized", "X", 80), item(302, "randomized", "Y", 100)], 960),
    ],
)
def test_the_randomized_stage_of_a_chain_is_the_trials_n(items, value):
    assert choose_trial_n(items)["value"] == value


def test_a_subgroup_smaller_than_an_arm_gives_way_to_a_later_stage():
    items = [item(61, "randomized", "A"), item(68, "randomized", "B", 30), item(127, "analysed", start=80), item(62, "enrolled", start=200)]
    assert choose_trial_n(items)["value"] == 127


def test_the_arm_floor_never_empties_the_choice():
    # with only a total smaller than an arm, that total is kept rather than none
    items = [item(150, "randomized", "A"), item(148, "randomized", "B", 30), item(96, "enrolled", start=200)]
    assert choose_trial_n(items)["value"] == 96
