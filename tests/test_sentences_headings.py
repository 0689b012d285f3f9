"""A run-in heading that opens a line without a colon (JAMA, BMJ, Annals, EJA abstracts) is a sentence of its own:
an arm, outcome or endpoint read from the sentence after it does not start with the heading's words."""

import pytest

from extract.sentences import add_missed_splits, repair_splits
from extract.tokenizer import default_tokenizer


def _sentences(text):
    spans = add_missed_splits(text, repair_splits(text, default_tokenizer().sentences(text)))
    return [text[start:end].strip() for start, end in spans]


@pytest.mark.parametrize(
    "text, first, rest",
    [
        ("Interventions Esketamine 0.2 mg/kg intravenously (n = 182) or placebo (n = 182).", "Interventions", "Esketamine"),
        ("Results Major depressive episodes occurred in 12 of 182 vs 46 of 182 (P < .001).", "Results", "Major"),
        ("Main outcome measures Knee injury and osteoarthritis outcome score at 24 months.", "Main outcome measures", "Knee"),
        ("INTERVENTIONS Lidocaine 1.5 mg/kg bolus (n = 90) or saline placebo (n = 90).", "INTERVENTIONS", "Lidocaine"),
        ("RESULTS Time to first bowel movement was 52 vs 61 h (P = 0.03).", "RESULTS", "Time"),
        ("CONCLUSION A single dose reduced delirium.", "CONCLUSION", "A single"),
        ("Design, Setting, and Participants Randomized clinical trial at 5 hospitals; 364 women.", "Design, Setting, and Participants", "Randomized"),
        ("Background Delirium is common.\nResults 120 patients were randomized.", "Results", "120"),
    ],
)
def test_a_run_in_heading_is_its_own_sentence(text, first, rest):
    sentences = _sentences(text)
    assert first in sentences
    assert any(s.startswith(rest) for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        # a heading of several capitalised words, a colon heading, a sentence opening with the word
        "MEASUREMENTS AND MAIN RESULTS Glycemic excursions were lower (P = 0.01).",
        "Results: Major depressive episodes occurred less often (P < .001).",
        "Results were similar in both groups (P = 0.4).",
        "Patients receiving drug A had fewer events (P = 0.02).",
        "The main results of the design were reported elsewhere.",
        "Design was a double-blind trial in 120 patients.",
    ],
)
def test_no_split_without_a_run_in_heading(text):
    assert len(_sentences(text)) == 1
