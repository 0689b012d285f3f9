"""Outcome linking: which measure a p-value is about, for the ways results sentences are commonly written.
Each rule comes with the nearest sentences where it must not fire."""

import pytest

from tests.conftest import extract


def outcome_of_last(text):
    return extract(text).p_values[-1].outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a gerund noun after 'while' opens a clause of its own even when its verb comes a few words later
        ("Nausea was similar in both arms, while vomiting rates in the cisplatin arm were higher (P = 0.03).", "vomiting rates"),
        ("Pain at rest did not differ, while bleeding episodes after surgery were fewer with tranexamic acid (P = 0.01).",
         "bleeding episodes"),
        ("Cough scores improved in both groups, while wheezing frequency decreased more with budesonide (P = 0.04).", "wheezing frequency"),
    ],
)
def test_a_gerund_subject_after_while_starts_a_clause_even_when_its_verb_is_a_few_words_on(text, outcome):
    assert outcome_of_last(text) == outcome


@pytest.mark.parametrize(
    "text, outcome",
    [
        # a participle and its object after 'while' still continue the clause
        ("Fewer patients had a relapse while receiving azathioprine (P = 0.02).", "relapse"),
        ("Weight gain was smaller while taking the lower dose of olanzapine (P = 0.04).", "Weight gain"),
    ],
)
def test_a_participle_after_while_still_continues_the_clause(text, outcome):
    assert outcome_of_last(text) == outcome
