"""Sample sizes: a unit after a count (age, duration, dose) makes it something else, wherever the count is in the text."""

import pytest

from tests.conftest import extract


def values(text):
    return [n.value for n in extract(text).sample_sizes]


@pytest.mark.parametrize(
    "sentence, unwanted",
    [
        ("Children aged between 6 and 14 years and healthy controls were compared.", 14),
        ("Adolescents aged 12 to 17 years and their parents completed the survey.", 17),
        ("Boys and girls between 8 and 16 years and matched siblings took part.", 16),
    ],
)
def test_an_age_before_a_coordinated_participant_noun_is_not_a_count(sentence, unwanted):
    assert unwanted not in values(sentence)
