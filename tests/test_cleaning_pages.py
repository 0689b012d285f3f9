"""Cleaning of what a journal prints on every PDF page, and of the lists a journal's web page shows beside the paper.

A copied PDF keeps each page's watermark, running header and footer where the page broke, often inside a
sentence: they go, every one reported in the cleaning report, and the sentence reads on across the break. A web
page's lists of other papers ('People also read') and a graphical abstract's figure controls go too: their
titles hold other trials' doses and counts. Counter-examples: report lines of the same shape that must stay.
"""

import pytest

from extract.cleaning import clean
from tests.conftest import extract

BEFORE = "Methods: We randomized 212 adults with migraine to erenumab"
AFTER = "140 mg monthly or placebo. The primary outcome was monthly migraine days."


def reasons(raw):
    return {raw[s.start : s.end].strip(): s.reason for s in clean(raw).removed}


# --- A. Per-page lines of journal PDFs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Download watermarks, as the publishers' sites stamp them.
        "Downloaded from https://academic.oup.com/brain/article/145/3/901/6543210 by guest on 14 March 2023",
        "Downloaded from http://journals.lww.com/pain by 9xQpL3+kZr0Wm7vNbT2aYcH4sD1fG8jK5uE= on 02/11/2022",
        "Downloaded from journals.sagepub.com at UNIV OF MANITOBA on April 4, 2022",
        "Downloaded From: https://jamanetwork.com/ by a University of Bergen User on 09/17/2021",
        "The New England Journal of Medicine Downloaded from nejm.org at UNIVERSITY OF OSLO on March 2, 2023. For personal use only.",
        "Downloaded by [University of Leeds] at 09:41 17 October 2021",
        "Downloaded by: Universitätsklinikum Freiburg. Copyrighted material.",
        "Downloaded for Anonymous User (n/a) at Ghent University from ClinicalKey.com by Elsevier on March 11, 2022. "
        "For personal use only. No other uses without permission.",
        "14651858, 2022, 3, Downloaded from https://onlinelibrary.wiley.com/doi/10.1002/14651858.CD012345 by Cochrane "
        "Germany, Wiley Online Library on [11/03/2022]. See the Terms and Conditions on Wiley Online Library for rules of use",
        "BMJ: first published as 10.1136/bmj-2021-067012 on 4 May 2022. Downloaded from http://www.bmj.com/ on 9 May 2022 by guest.",
        "This article was downloaded for personal use only. Unauthorized distribution is strictly prohibited.",
        "https://doi.org/10.1017/S0033291722001234 Published online by Cambridge University Press",
        # Running headers and footers naming the issue or the page.
        "Clinical Rehabilitation | 2022 | Vol 36 | 1021",
        "www.jneurosci.org        June 2021 • Volume 41 • Number 22        4789",
        "Pain Medicine, 2021, Vol. 22, No. 8, 1740–1748",
        "Journal of Affective Disorders 301 (2022) 112–120",
        "Nguyen et al. Trials (2021) 22:618",
        "4 of 12 | PATEL et al.",
        "OKAFOR et al. | 5",
        "Page 3 of 11",
        "Anaesthesia 2022, 77, 1021–1029 doi:10.1111/anae.15781",
        "Trials (2022) 23:512",
        "https://doi.org/10.1186/s13063-022-06312-4",
        "n engl j med 386;19 nejm.org May 12, 2022",
        "Vol.:(0123456789)",
        "Contents lists available at ScienceDirect",
        "journal homepage: www.elsevier.com/locate/jcrc",
        "Eastern Mediterranean Health Journal | Volume 29 | Issue 6 | 2023     431",
        "Articles| Volume 24, Issue 3, P301-312, March 2024",
        "www.thelancet.com Vol 399 May 14, 2022",
        "jama.com (Reprinted) JAMA May 12, 2022 Volume 327, Number 18 1765",
    ],
)
def test_page_line_inside_a_sentence_goes_and_the_sentence_reads_on(line):
    raw = f"{BEFORE}\n{line}\n{AFTER}\n"
    cleaned = clean(raw)
    assert reasons(raw).get(line) == "page header or footer"
    assert "erenumab 140 mg monthly" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # Running text about downloads, volumes and issues: a line a PDF wrapped, or a whole sentence.
        "Data were downloaded from the national registry on 12 March 2021 for 4210 patients.",
        "downloaded from www.clinicaltrials.gov on 3 May 2020 and screened by two reviewers.",
        "Downloaded for analysis in 2020, the records of 1,200 patients were checked twice.",
        "Downloaded from the hospital records, the charts of 812 patients treated in 2020 were reviewed.",
        "Tidal volume 6 mL/kg (2019 protocol), No. 2 ventilator",
        "Volume 12 (2020): 45 participants completed the follow-up",
        "In 2019, No. 3 People's Hospital enrolled 120 patients.",
        "Follow-up 2019 | Week 12 | 24",
        "Smith et al. (2019) found a 24% reduction",
        "Records from 2018 to 2021 were searched in Embase, No. of hits 1240",
    ],
)
def test_report_lines_of_the_same_shape_stay(line):
    raw = f"{BEFORE}\n{line}\n{AFTER}\n"
    assert line.strip() in clean(raw).text


def test_a_break_at_a_sentence_end_stays_a_line_break():
    raw = "Methods: We randomized 212 adults.\nDownloaded from https://example.org/x by guest on 1 May 2023\nResults: Pain fell.\n"
    assert "adults.\nResults" in clean(raw).text


@pytest.mark.parametrize(
    "footer",
    [
        "Circulation. 2022;145:1234–1245. DOI: 10.1161/CIRCULATIONAHA.121.056789",  # removed as a citation
        "Eur Heart J. 2022;43(12):1201-1210",
    ],
)
def test_a_citation_footer_inside_a_sentence_is_a_page_break_too(footer):
    raw = f"{BEFORE}\n{footer}\n{AFTER}\n"
    assert "erenumab 140 mg monthly" in clean(raw).text


def test_a_copyright_line_alone_is_no_page_break():
    raw = f"{BEFORE}\n© 2022 Elsevier Inc. All rights reserved.\n{AFTER}\n"
    assert "erenumab\n" in clean(raw).text


def test_pubmed_doi_line_stays_metadata():
    raw = "Insulin glargine lowered HbA1c.\n\nDOI: 10.1055/s-2003-39080\nPMID: 12734781  [Indexed for MEDLINE]\n"
    assert reasons(raw).get("DOI: 10.1055/s-2003-39080") != "page header or footer"


def test_without_a_page_line_a_wrapped_line_is_left_as_it_was():
    raw = f"{BEFORE}\n{AFTER}\n"
    assert clean(raw).text == raw


def test_copyright_line_next_to_the_footer_is_part_of_the_break():
    raw = (
        "Results: Relapse occurred in 14 of 96 patients given rituximab and 31 of\n"
        "© The Author(s) 2022. Published by Oxford University Press. All rights reserved.\n"
        "Rheumatology, 2022, Vol. 61, No. 4, 1402–1410\n"
        "98 given azathioprine (p = 0.004).\n"
    )
    assert "31 of 98 given azathioprine" in clean(raw).text


# --- B. Related-article lists of journal pages -------------------------------------------------------------

ABSTRACT = (
    "Abstract\nMethods: 148 adolescents were randomized to drug 10 mg or placebo.\n"
    "Results: BMI fell (p = 0.01).\nConclusions: Drug reduced BMI.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "People also read",
        "Recommended articles",
        "Related research",
        "Similar content being viewed by others",
        "You may also like",
        "Related articles",
        "More from this journal",
    ],
)
def test_related_article_list_goes(heading):
    related = (
        f"{heading}\nArticle\nDulaglutide 1.5 mg weekly in 960 adolescents with type 2 diabetes: a pooled analysis\n"
        "Maria Lopez et al.\nPublished online: 3 Mar 2022\n\n"
        "Article\nOrlistat 120 mg three times daily in 310 adolescents\nKenji Sato et al.\n"
    )
    raw = ABSTRACT + related
    cleaned = clean(raw)
    assert "Dulaglutide" not in cleaned.text and "Orlistat" not in cleaned.text
    assert "148 adolescents" in cleaned.text
    assert reasons(raw).get(heading) in {"related articles", None} or any(
        s.reason == "related articles" for s in cleaned.removed
    )


def test_related_tab_above_the_abstract_is_no_list_and_keeps_the_title():
    # A tab bar over the paper's own title: as a block, 'Related Articles' took the title and authors.
    raw = (
        "Abstract\nFull Text\nReferences\nSupplementary Data\nRelated Articles\n"
        "Effect of nirsevimab 50 mg on RSV infection in late-preterm infants: a randomized trial\n"
        "Mei Tanaka, Ahmed Khan, Laura Berger\n" + ABSTRACT
    )
    cleaned = clean(raw)
    assert "Effect of nirsevimab 50 mg" in cleaned.text
    assert "Related Articles" not in cleaned.text


# --- C. A graphical abstract shown as a figure -------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Graphical Abstract", "Visual Abstract", "Central Illustration"])
@pytest.mark.parametrize("chrome", ["Open in new tabDownload slide", "Open in new tab | Download slide", "Open in figure viewer PowerPoint"])
def test_graphical_abstract_with_figure_controls_goes_with_its_caption(heading, chrome):
    raw = ABSTRACT + f"{heading}\n{chrome}\nZinc 25 mg in 1,100 children: diarrhoea 12 vs 15 days, P = 0.43.\nKey Points\nZinc is widely used.\n"
    cleaned = clean(raw)
    assert "Zinc 25 mg" not in cleaned.text and "Open in" not in cleaned.text
    assert "Key Points\nZinc is widely used." in cleaned.text


def test_graphical_abstract_without_figure_controls_is_a_summary_and_stays():
    raw = ABSTRACT + "Graphical Abstract\nDrug reduced BMI by 8 points in 148 adolescents.\n"
    assert "Drug reduced BMI by 8 points" in clean(raw).text


def test_figure_controls_alone_go():
    raw = ABSTRACT + "Figure 1\nOpen in new tabDownload slide\n"
    assert "Open in new tab" not in clean(raw).text


def test_a_read_more_link_is_no_list_of_other_papers():
    raw = "Abstract\nBackground: Migraine is common.\nRead more\nMethods: 212 adults were randomized to erenumab 140 mg or placebo.\n"
    assert "212 adults were randomized" in clean(raw).text


def test_oxford_figure_label_controls_and_caption_go():
    raw = ABSTRACT + (
        "Figure 1\nOpen in new tabDownload slide\nCumulative incidence of relapse in 410 patients; P = 0.03 by log-rank test.\n\n"
        "Discussion\nRelapse was less frequent with the drug.\n"
    )
    cleaned = clean(raw)
    assert "410 patients" not in cleaned.text and "Open in new tab" not in cleaned.text
    assert "Relapse was less frequent with the drug." in cleaned.text


def test_graphical_abstract_controls_then_a_heading_keep_the_section():
    raw = ABSTRACT + "Graphical Abstract\nOpen in new tabDownload slide\nKey Messages\nDrug reduced BMI in 148 adolescents.\n"
    cleaned = clean(raw)
    assert "Drug reduced BMI in 148 adolescents." in cleaned.text


def test_a_graphical_abstract_caption_that_reports_results_goes_whole_before_the_next_heading():
    page = (
        "Abstract\n"
        "Background: We compared early mobilisation with usual care after hip fracture surgery.\n"
        "Graphical Abstract\n"
        "Open in new tabDownload slide\n"
        "In 2,480 randomized patients, early mobilisation reduced delirium (P = 0.003).\n"
        "Methods: We randomized 610 patients to early mobilisation or usual care.\n"
    )
    record = extract(page)
    assert record.trial_n.value == 610
    assert [p.value for p in record.p_values] == []


def test_a_graphical_abstract_caption_with_no_heading_after_it_stops_at_its_first_reporting_sentence():
    page = (
        "Graphical Abstract\n"
        "Open in new tabDownload slide\n"
        "Study design\n"
        "We randomized 610 patients to early mobilisation or usual care.\n"
        "Delirium was less frequent with early mobilisation (P = 0.003).\n"
        "Length of stay did not differ (P = 0.41).\n"
        "Mortality at 30 days was similar.\n"
    )
    assert extract(page).trial_n.value == 610
