"""Readers: PubMed XML (plain, gzip, truncated, hostile), ClinicalTrials.gov JSON/XML, format choice.

Tests over the real samples in ../shared/data skip when it is absent; the safety and truncation
tests build their own small files.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from extract.readers import InputDocument, InputError, count_inputs, iter_inputs
from tests.conftest import DATA

PUBMED = DATA / "pubmed-xml-samples"
CTGOV = DATA / "ctgov-records"
needs_pubmed = pytest.mark.skipif(not PUBMED.is_dir(), reason="../shared/data/pubmed-xml-samples is absent")
needs_ctgov = pytest.mark.skipif(not CTGOV.is_dir(), reason="../shared/data/ctgov-records is absent")

ARTICLE = """<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>
<Article><ArticleTitle>A randomised trial of drug X in condition Y.</ArticleTitle>
<Abstract><AbstractText Label="METHODS" NlmCategory="METHODS">We randomized 120 <i>adults</i> to X 10 mg or placebo.</AbstractText>
<AbstractText Label="RESULTS" NlmCategory="RESULTS">Pain fell more with X (P = 0.01).</AbstractText></Abstract>
<DataBankList CompleteYN="Y"><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>
<AccessionNumberList><AccessionNumber>NCT0{pmid}</AccessionNumber></AccessionNumberList></DataBank>
<DataBank><DataBankName>GenBank</DataBankName><AccessionNumberList><AccessionNumber>AB123456</AccessionNumber></AccessionNumberList></DataBank>
</DataBankList></Article></MedlineCitation></PubmedArticle>
"""
HEADER = '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">\n'


def pubmed_set(pmids: list[int]) -> str:
    return HEADER + "<PubmedArticleSet>\n" + "".join(ARTICLE.format(pmid=p) for p in pmids) + "</PubmedArticleSet>\n"


def read(path: Path, fmt: str = "auto") -> list:
    return list(iter_inputs([str(path)], fmt))


def test_pubmed_article_becomes_title_and_labelled_sections_with_registry_ids(tmp_path):
    path = tmp_path / "set.xml"
    path.write_text(pubmed_set([1234567, 7654321]), encoding="utf-8")
    first, second = read(path)
    assert (first.id, first.source, second.id) == ("1234567", f"{path}#1", "7654321")
    assert first.text.splitlines() == [
        "A randomised trial of drug X in condition Y",
        "METHODS: We randomized 120 adults to X 10 mg or placebo.",
        "RESULTS: Pain fell more with X (P = 0.01).",
        "Trial registration: ClinicalTrials.gov NCT01234567.",  # GenBank is not a registry
    ]


def test_gzip_pubmed_gives_the_same_documents(tmp_path):
    plain, packed = tmp_path / "a.xml", tmp_path / "a.xml.gz"
    plain.write_text(pubmed_set([11, 12, 13]), encoding="utf-8")
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert read(packed) == [InputDocument(d.id, d.text, d.source.replace("a.xml", "a.xml.gz")) for d in read(plain)]
    assert count_inputs([str(packed)]) == 3


def test_truncated_xml_keeps_the_articles_before_the_break_and_adds_one_error(tmp_path):
    text = pubmed_set([21, 22, 23])
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index("<PMID", text.index("<PMID", text.index("<PMID") + 1) + 1) + 40], encoding="utf-8")
    *docs, error = read(path)
    assert [d.id for d in docs] == ["21", "22"]
    assert isinstance(error, InputError) and error.kind == "xml" and "after 2 article(s)" in error.message


def test_truncated_gzip_keeps_the_articles_before_the_break_and_adds_one_error(tmp_path):
    data = gzip.compress(pubmed_set(list(range(100, 160))).encode("utf-8"))
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(data[: int(len(data) * 0.6)])
    *docs, error = read(path)
    assert docs and all(isinstance(d, InputDocument) for d in docs)
    assert [d.id for d in docs] == [str(n) for n in range(100, 100 + len(docs))]
    assert isinstance(error, InputError) and error.kind in ("gzip", "xml")


@pytest.mark.parametrize("doctype", [
    # billion laughs: nested entity expansion
    '<!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    # external entity reading a local file
    '<!DOCTYPE PubmedArticleSet [<!ENTITY c SYSTEM "file:///etc/passwd">]>',
])
def test_entity_declarations_are_refused_with_an_error_record(tmp_path, doctype):
    path = tmp_path / "evil.xml"
    path.write_text(f'<?xml version="1.0"?>\n{doctype}\n<PubmedArticleSet>' + ARTICLE.format(pmid=1).replace("adults", "&c;")
                    + "</PubmedArticleSet>", encoding="utf-8")
    (error,) = read(path)
    assert isinstance(error, InputError) and error.kind == "unsafe_xml"
    assert "root:" not in error.message


def test_not_a_pubmed_set_is_an_error(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<html><body>hello</body></html>", encoding="utf-8")
    (error,) = read(path, "pubmed")
    assert isinstance(error, InputError) and "not a PubmedArticleSet" in error.message


@needs_pubmed
def test_real_pubmed_samples_are_all_read():
    docs = read(PUBMED)
    assert len(docs) == count_inputs([str(PUBMED)]) == 9  # 7 files; two of them hold two articles
    assert all(isinstance(d, InputDocument) and d.id.isdigit() and d.text for d in docs)
    sygma = next(d for d in docs if d.id == "29768149")
    lines = sygma.text.splitlines()
    assert lines[0] == "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma"
    assert [line.split(":")[0] for line in lines[1:]] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert "NCT02149199" in sygma.text and "Trial registration" not in sygma.text  # already in the abstract


@needs_ctgov
@pytest.mark.parametrize("folder", ["json_api_v2", "json_api_classic", "xml"])
def test_every_ctgov_sample_is_one_registry_page_named_by_its_nct_id(folder):
    docs = read(CTGOV / folder)
    assert len(docs) == len(list((CTGOV / folder).iterdir()))
    for doc in docs:
        assert isinstance(doc, InputDocument), doc
        assert doc.id.startswith("NCT") and f"- Registration Number\n- {doc.id}\n" in doc.text


@needs_ctgov
def test_raw_ctgov_formats_render_exactly_as_the_flat_records():
    """The three raw formats map to the flat form of ctgov_structured.jsonl: same page, same id."""
    from extract.evaluation.adapters._ctgov_groups import with_group_titles
    from extract.formats.registry_page import render_record

    for line in (CTGOV / "ctgov_structured.jsonl").read_text(encoding="utf-8").splitlines():
        flat = json.loads(line)
        expected, _ = render_record(with_group_titles(flat, CTGOV))
        (doc,) = read(CTGOV / flat["source_file"])
        assert (doc.id, doc.text) == (flat["nct_id"], expected), flat["source_file"]


def test_ctgov_json_response_with_several_studies_and_forced_format(tmp_path):
    study = {"protocolSection": {"identificationModule": {"nctId": "NCT00000001", "briefTitle": "A study of X"},
                                 "designModule": {"enrollmentInfo": {"count": 40, "type": "ACTUAL"}}}}
    other = json.loads(json.dumps(study).replace("NCT00000001", "NCT00000002"))
    path = tmp_path / "page.data"
    path.write_text(json.dumps({"studies": [study, other]}), encoding="utf-8")
    docs = read(path, "ctgov-json")
    assert [d.id for d in docs] == ["NCT00000001", "NCT00000002"]
    assert "- Enrollment\n- 40\n" in docs[0].text
    (error,) = read(path)  # by extension (none known) it is a text file: one text document
    assert isinstance(error, InputDocument)


def test_broken_ctgov_files_are_error_records(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "odd.json").write_text('{"hello": 1}', encoding="utf-8")
    (tmp_path / "cut.xml").write_text("<clinical_study><id_info><nct_id>NCT1", encoding="utf-8")
    errors = read(tmp_path)
    assert [(e.id, e.kind) for e in errors] == [("bad", "json"), ("cut", "xml"), ("odd", "json")]
