"""Sentence repair: the sentencizer's false splits after abbreviations and inside pasted numbers are
undone; real sentence ends are kept; the plain and the spaCy pipelines agree."""

import pytest

from extract.pipeline import PipelineSettings, build_pipeline, context_for
from extract.sentences import add_missed_splits, repair_splits
from extract.tokenizer import default_tokenizer

TOKENIZER = default_tokenizer()


def _sentences(text: str, repair: bool = True) -> list[str]:
    spans = TOKENIZER.sentences(text)
    if repair:
        spans = add_missed_splits(text, repair_splits(text, spans))
    return [text[a:b] for a, b in spans]


ONE_SENTENCE = [
    "Paclitaxel 80 mg/m2 i.v. weekly for 12 weeks was followed by surgery.",
    "Denosumab was administered s.c. every 4 weeks for two years.",
    "Eyes on timolol 0.5% b.i.d. were randomised to latanoprost once daily.",
    "Pilocarpine 2% t.i.d. was compared with latanoprost 0.005% once daily.",
    "Omarigliptin 25 mg q.w. or placebo was given for 24 weeks.",
    "Drug A 10 mg q.d. vs. placebo lowered the mean IOP (p<0.01).",
    "HbA1c fell (approx. 1%) in group A and less in group B (P = .02).",
    "Heparin 35 U/kg b.w. once daily was given to 10 patients.",
    "Infusion at 1.5 mg. kg-1 was started before incision.",
    "The trial is registered (ClinicalTrials. gov identifier NCT00337103) and closed.",
    "The difference between groups was not significant (P = 0. 99).",
    "The hazard ratio was 0.65 (95% CI 0.46-0. 92) in younger women.",
    # tokenised text: spaces around every mark
    "Response was 17 . 1 % with A vs 9 . 8 % with B (P = 0 . 02).",
    "HbA1c fell by 0 . 5 mmol / mol more with A 10 mg q.d . than with placebo.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_a_false_split_is_undone(text):
    assert len(_sentences(text, repair=False)) > 1, "the sentencizer no longer splits here: drop the example"
    assert _sentences(text) == [text]


REAL_ENDS = [
    ("Patients received 5 mg i.v. Pain scores fell in both arms.", 2),
    ("Median follow-up was 48.6 months. 4-year survival was 80%.", 2),
    ("Analysis was by intention to treat. 3224 patients were analysed.", 2),
    ("Eyes were treated with timolol b.i.d. Twelve eyes were excluded.", 2),
    ("The dose was 10 mg q.d.\n\nvs. placebo was the title of a later section.", 2),
    ("Ten patients were excluded, n = 3. 120 patients remained.", 2),
    ("Group A improved. pCR was 20% in group B.", 2),
    ("Patients received 5 mg i.v . Pain scores fell in both arms .", 2),
    ("Patients were followed for 17 . 120 patients completed the study .", 2),
]


@pytest.mark.parametrize("text,count", REAL_ENDS)
def test_a_real_sentence_end_is_kept(text, count):
    assert len(_sentences(text)) == count


ENDS_AFTER_A_TIME_UNIT = [
    ("Vital signs were recorded every 4 h. Median time to clinical stability was shorter with A.", 2),
    ("Drains were removed after 3 d. In the control group, pain scores were higher.", 2),
    ("Patients fasted for at least 24 h.\nResults: Glucose fell in both groups (P = 0.01).", 2),
    ("Mean age was 64 y. Most patients were men.", 2),
    # not an end: no capital after the unit, a person's initial, or the text's end
    ("Samples were taken every 4 h. and frozen.", 1),
    ("Data were provided by Smith J. Results were pooled.", 1),
    ("Infusions lasted 2 h.", 1),
]

ENDS_AFTER_AN_ARM_LABEL = [
    # A one-letter or Roman-numeral label after a label word ends its sentence before a capitalised word.
    ("Patients were assigned to group A. The others to group B.", 2),
    ("Pain was lower in Group A than in Group B. The difference was significant (p = 0.03).", 2),
    ("Nausea occurred more often in Group I. Vomiting was rare in group II (p = 0.2).", 2),
    ("Pain fell in groups A and B. Nausea was rare in both (p = 0.3).", 2),
    ("Scores were similar in Arms A, B, and C.\nResults: HbA1c fell (p = 0.01).", 2),
    ("Falls were compared with vitamin D. Fractures were fewer (p = 0.04).", 2),
    # not an end: a lower-case word after the label, no label word before the letter, an initial
    ("Carriage of group B. streptococcus was rare in both arms.", 1),
    ("Infection with E. coli was rare in Group A.", 1),
    ("Data were provided by Smith J. A. Lee and colleagues.", 1),
]


@pytest.mark.parametrize("text,count", ENDS_AFTER_AN_ARM_LABEL)
def test_a_sentence_ending_with_an_arm_label_is_ended_there(text, count):
    assert len(_sentences(text)) == count


@pytest.mark.parametrize("text,count", ENDS_AFTER_A_TIME_UNIT)
def test_a_sentence_ending_with_a_one_letter_time_unit_is_ended_there(text, count):
    assert len(_sentences(text)) == count


def test_the_spacy_pipeline_repairs_the_same_splits():
    spacy_nlp = build_pipeline(PipelineSettings(spacy_doc=True, fields=()))
    plain_nlp = build_pipeline(PipelineSettings(fields=()))
    for text in ONE_SENTENCE + [text for text, _ in REAL_ENDS + ENDS_AFTER_A_TIME_UNIT + ENDS_AFTER_AN_ARM_LABEL]:
        assert context_for(spacy_nlp(text)).sentences == context_for(plain_nlp(text)).sentences, text


def test_repair_can_be_switched_off():
    text = ONE_SENTENCE[0]
    nlp = build_pipeline(PipelineSettings(fields=(), repair_sentences=False))
    assert len(context_for(nlp(text)).sentences) == 2


def test_a_schedule_after_a_split_reaches_the_dose():
    from extract.records import extract_text

    record = extract_text("d", "Patients received paclitaxel 80 mg/m2 i.v. weekly for 12 weeks.", "test")
    (dose,) = record.doses
    assert dose.frequency == "weekly"
