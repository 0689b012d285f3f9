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


def trial_n(text):
    chosen = extract(text).trial_n
    return chosen.value if chosen else None


@pytest.mark.parametrize(
    "sentence, n",
    [
        ("A total of 120 were assigned to receive X or Y.", 120),
        ("A total of 120 were assigned randomly to X or Y.", 120),
        ("A total of 120 were interviewed.", 120),
        ("A total of 120 were vaccinated.", 120),
        ("A total of 120 were followed up for 12 months.", 120),
        ("A total of 120 consented to participate.", 120),
        ("A total of 1,024 eligible were randomized.", 1024),
        ("A total of 120 employees were randomized.", 120),
        ("A total of 120 soldiers were randomized.", 120),
        ("A total of 120 pupils were randomized.", 120),
        ("A total of 120 households were randomized.", 120),
        ("A total of 86 nursing home residents were screened and randomised.", 86),
        ("In all, 312 were surveyed at baseline.", 312),
        ("A total of 75 patients aged 18 years or older were enrolled.", 75),
    ],
)
def test_a_total_of_n_counts_people_whatever_names_them(sentence, n):
    assert trial_n(sentence) == n


@pytest.mark.parametrize(
    "sentence, unwanted, wanted",
    [
        # each with a people count beside it: a test that passes on empty output could not fail
        ("A total of 16 villages took part, with 900 adults.", 16, 900),
        ("A total of 24 clusters were randomized, enrolling 1,200 children.", 24, 1200),
        ("We enrolled 300 patients, a total of 45 questionnaires were returned.", 45, 300),
        ("In all three dimensions the 80 patients improved.", 3, 80),
        ("A total of 35 deaths occurred among the 410 patients enrolled.", 35, 410),
    ],
)
def test_a_total_of_places_units_or_events_is_no_count_of_people(sentence, unwanted, wanted):
    found = values(sentence)
    assert unwanted not in found
    assert wanted in found


@pytest.mark.parametrize(
    "sentence, n",
    [
        ("Eighty patients requiring hospital admission were randomized.", 80),
        ("Sixty adults needing hospital care were enrolled.", 60),
        ("Seventy women attending hospital clinics were randomized.", 70),
        ("Fifty children admitted to hospital were enrolled.", 50),
    ],
)
def test_a_participle_clause_naming_a_place_keeps_the_count(sentence, n):
    assert trial_n(sentence) == n


@pytest.mark.parametrize(
    "sentence, unwanted",
    [
        ("Data were collected from 45 outpatient centres.", 45),
        ("We reviewed 12 patient visits.", 12),
        ("Forty patient charts were reviewed.", 40),
        ("The audit covered 30 patient records in 2019.", 30),
    ],
)
def test_a_plural_place_or_unit_after_the_noun_is_what_is_counted(sentence, unwanted):
    assert unwanted not in values(sentence)


def test_a_place_noun_after_the_noun_positive_control():
    assert 90 in values("Ninety patients were enrolled at 12 hospital sites.")
