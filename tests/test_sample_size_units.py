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


def totals(text):
    return [n.value for n in extract(text).sample_sizes if n.arm is None]


@pytest.mark.parametrize(
    "sentence, unwanted",
    [
        ("Households were drawn at random from a total of 12 villages in the province.", 12),
        ("Test-retest agreement was good in all four domains of the questionnaire.", 4),
        ("Referral records came from 6 paediatric and 19 adult rehabilitation services.", 19),
        ("The trial was run at 25 US clinical sites enrolling patients between 2001 and 2004.", 25),
        ("Recruitment averaged about 40 patients per site per year.", 40),
    ],
)
def test_places_and_rates_are_not_counts_of_people(sentence, unwanted):
    assert unwanted not in values(sentence)


@pytest.mark.parametrize(
    "sentence, unwanted",
    [
        ("Women with one to three positive nodes (n = 1-3 nodes) were eligible.", 1),
        ("Alopecia was less frequent with cold caps (n = 14/40) than without (n = 22/41).", 14),
        ("Disease-free survival was 81% (n = 31 events) with the vaccine and 74% (n = 44 events) without.", 31),
        ("Patients with a mean age of 64 were randomly assigned to surgery or observation.", 64),
        ("Children aged 9 were enrolled from primary schools.", 9),
    ],
)
def test_ranges_fractions_events_and_ages_after_n_equals_or_before_a_verb_are_not_counts(sentence, unwanted):
    assert unwanted not in totals(sentence)
