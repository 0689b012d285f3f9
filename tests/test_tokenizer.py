"""The plain tokenizer, sentencizer and abbreviation detector give what the spaCy pipeline gives."""

import json

import pytest

from extract.extractors.abbreviations import abbreviations_of, find_abbreviations
from extract.pipeline import PipelineSettings, build_pipeline, sentence_spans
from extract.records import extract_text
from extract.resources import load
from extract.tokenizer import RuleTokenizer, default_tokenizer, rules_from_spacy
from tests.conftest import corpus_texts

SENTENCES = [
    "Patients (n = 120) were randomised to placebo or drug A. The primary endpoint was HbA1c at 12 weeks.",
    "Mean age was 54.3 yrs. (SD 8.1); 62% were women, i.e. 74 of 120.",
    "Cognitive behavioural therapy (CBT) reduced symptoms vs. usual care (UC; p<0.001). CBT was well tolerated.",
    "Dr. Smith et al. reported it at 10a.m. on day 3... Was it effective? Yes!",
    "Adverse events ( AEs ) occurred in 12/60 (20.0%) vs 5/58 (8.6%) [95% CI 1.1-3.4], P=.04.\n\nConclusions:  safe.",
    "The Hamilton Depression Rating Scale (HAMD-17) fell; HAMD-17 scores at week 8 (primary outcome) differed.",
    "  Leading spaces, a tab\tand 'quoted' words; 5mg/kg q.d. for 2 wk. (ref. 3)",
    "Mrs. Jones' trial: \"randomized\"— 1,024 adults (≥18 y) × 2 arms; e.g. 0.5–1.0 mg·kg⁻¹.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def spacy_nlp():
    return build_pipeline(PipelineSettings(spacy_doc=True))


def _spacy_doc(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in ("sentencizer", "abbreviation_detector"):
            doc = component(doc)
    return doc


def _texts():
    return SENTENCES + [raw for _, raw in corpus_texts()]


def test_the_rules_file_is_what_the_installed_spacy_and_scispacy_use():
    assert json.loads(json.dumps(rules_from_spacy())) == load("tokenizer"), (
        "extract/data/tokenizer.json is stale: run `python -m extract.tokenizer`"
    )


@pytest.mark.parametrize("text", _texts())
def test_tokens_sentences_and_abbreviations_match_spacy(spacy_nlp, text):
    tokenizer = default_tokenizer()
    doc = _spacy_doc(spacy_nlp, text)
    tokens = tokenizer(text)
    assert tokens == [(t.idx, t.text) for t in doc]
    assert tokenizer.sentences(text) == sentence_spans(doc) == tokenizer.sentences_of(tokens)
    assert list(find_abbreviations(text, tokens).items()) == list(abbreviations_of(doc).items())


def test_a_special_case_split_by_affixes_is_merged_back_as_spacy_does(spacy_nlp):
    # '(Mrs.' : the prefix comes off, then 'Mrs.' is a special case; 'xMrs.' is not.
    for text in ("(Mrs. Smith)", "see xMrs. here", "at 10a.m.) and 9p.m.,"):
        assert default_tokenizer()(text) == [(t.idx, t.text) for t in spacy_nlp.make_doc(text)]


def test_the_chunk_cache_is_bounded(monkeypatch):
    import extract.tokenizer as module

    monkeypatch.setattr(module, "CACHE_SIZE", 5)
    tokenizer = RuleTokenizer(load("tokenizer"))
    tokenizer.sentences(" ".join(f"word{i}." for i in range(50)))
    assert len(tokenizer._cache) <= 5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cognitive behavioural therapy (CBT) was compared with usual care.", {"CBT": "Cognitive behavioural therapy"}),
        ("The Beck Depression Inventory (BDI) and the BDI-II differ.", {"BDI": "Beck Depression Inventory"}),
        # the long form inside the parentheses needs four tokens or more (scispacy's rule)
        ("CBT (cognitive behavioural therapy sessions) helped.", {"CBT": "cognitive behavioural therapy sessions"}),
        ("CBT (cognitive behavioural therapy) helped.", {}),
        ("Scores (range 0-10) improved (p = 0.01).", {}),
    ],
)
def test_abbreviation_definitions(spacy_nlp, text, expected):
    assert find_abbreviations(text, default_tokenizer()(text)) == expected == abbreviations_of(_spacy_doc(spacy_nlp, text))


def test_plain_and_spacy_pipelines_give_the_same_records(spacy_nlp):
    plain = build_pipeline(PipelineSettings())
    assert type(plain).__name__ == "RulePipeline"
    for doc_id, raw in corpus_texts():
        assert extract_text(doc_id, raw, "t", plain).model_dump_json() == extract_text(doc_id, raw, "t", spacy_nlp).model_dump_json()


def test_the_default_pipeline_does_not_import_spacy():
    import subprocess
    import sys

    code = (
        "import sys; from extract.batch import _init_worker; from extract.pipeline import PipelineSettings; "
        "from extract.records import extract_text; from extract.pipeline import build_pipeline; "
        "_init_worker(PipelineSettings()); "
        "extract_text('t', 'Cognitive behavioural therapy (CBT) in 120 patients. CBT reduced pain (p<0.05).', 's', build_pipeline(PipelineSettings())); "
        "print(sorted(m for m in ('spacy', 'scispacy', 'thinc', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_prefix_or_infix_rule_matches_letters_and_digits():
    # RuleTokenizer splits a chunk of letters and digits with the suffix rules alone: true only while
    # no prefix or infix rule can match such a character (Unicode letters and digits included).
    import re
    import warnings

    rules = load("tokenizer")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        prefix, infix = re.compile(rules["prefix"]), re.compile(rules["infix"])
    alnum = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and chr(c).isalnum()]
    assert not [c for c in alnum if prefix.search(c + "a")]
    assert not [c for c in alnum if any(True for _ in infix.finditer("a" + c + "1"))]
    assert not any(c.isalnum() for c in rules["punct_chars"])


@pytest.mark.parametrize("kind", ["pico", "ct-corpus", "evidence-inference", "ctgov"])
def test_tokens_sentences_and_abbreviations_match_spacy_on_real_abstracts(spacy_nlp, kind):
    # 150 real documents per corpus (raw and cleaned), when ../shared/data is present.
    import os
    from pathlib import Path

    from extract.cleaning import clean
    from extract.evaluation.adapters import DEFAULT_FOLDERS, load_gold

    data = Path(os.environ.get("TRIAL_EXTRACT_DATA", Path(__file__).parents[1] / ".." / "shared" / "data"))
    if not (data / DEFAULT_FOLDERS[kind]).is_dir():
        pytest.skip(f"{kind} data not found under {data}")
    tokenizer = default_tokenizer()
    for doc in list(load_gold(kind, data))[:150]:
        for text in (doc.text, clean(doc.text).text):
            spacy_doc = _spacy_doc(spacy_nlp, text)
            tokens = tokenizer(text)
            assert tokens == [(t.idx, t.text) for t in spacy_doc], doc.id
            assert tokenizer.sentences(text) == sentence_spans(spacy_doc), doc.id
            assert list(find_abbreviations(text, tokens).items()) == list(abbreviations_of(spacy_doc).items()), doc.id
