"""95% intervals of the accuracy figures: Wilson for linked accuracy, a document bootstrap for F1."""

import pytest

from extract.evaluation.intervals import bootstrap_f1, f1_of, wilson
from extract.evaluation.scorer import FieldScore


@pytest.mark.parametrize(
    "correct,total,low,high",
    [
        (0, 10, 0.000, 0.278),   # textbook values of the Wilson score interval
        (10, 10, 0.722, 1.000),
        (18, 22, 0.615, 0.927),
        (38, 57, 0.537, 0.775),
        (50, 100, 0.404, 0.596),
    ],
)
def test_wilson_interval_matches_the_textbook_values(correct, total, low, high):
    lo, hi = wilson(correct, total)
    assert lo == pytest.approx(low, abs=1e-3) and hi == pytest.approx(high, abs=1e-3)


def test_wilson_with_nothing_counted_says_nothing_is_known():
    assert wilson(0, 0) == (0.0, 1.0)


def _documents(n: int) -> list[tuple[int, int, int]]:
    # a field where most documents have one right item, some a false hit, some a miss
    pattern = [(1, 0, 0), (1, 0, 0), (1, 0, 0), (0, 1, 1), (2, 0, 1), (1, 1, 0)]
    return [pattern[i % len(pattern)] for i in range(n)]


def test_bootstrap_interval_holds_the_pooled_f1_and_shrinks_with_more_documents():
    small, large = _documents(30), _documents(600)
    pooled = f1_of(*map(sum, zip(*small)))
    lo_small, hi_small = bootstrap_f1(small)
    lo_large, hi_large = bootstrap_f1(large)
    assert lo_small <= pooled <= hi_small
    assert hi_large - lo_large < (hi_small - lo_small) / 2


def test_bootstrap_is_reproducible_and_degenerate_when_every_document_is_right():
    docs = _documents(40)
    assert bootstrap_f1(docs, seed=3) == bootstrap_f1(docs, seed=3)
    assert bootstrap_f1([(2, 0, 0)] * 20) == (1.0, 1.0)


def test_field_score_keeps_per_document_counts_that_add_up():
    score = FieldScore()
    score.count("a", tp=2, fp=1)
    score.count("b", fn=1)
    score.count("a", tp=1)
    assert (score.tp, score.fp, score.fn) == (3, 1, 1)
    assert score.per_document == {"a": [3, 1, 0], "b": [0, 0, 1]}


def test_scoring_the_seed_corpus_keeps_per_document_counts_consistent():
    from pathlib import Path

    from extract.evaluation.run import load_gold, predict
    from extract.evaluation.scorer import score

    root = Path(__file__).parents[1]
    docs = list(load_gold("corpus", root / "../shared/data", corpus=root / "corpus"))
    scores = score(docs, predict(docs))
    for name, field_score in scores.fields.items():
        sums = [sum(c[i] for c in field_score.per_document.values()) for i in range(3)]
        assert sums == [field_score.tp, field_score.fp, field_score.fn], name
