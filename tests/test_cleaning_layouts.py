"""Cleaning on pasted-page layouts: what a block or mode removes ends where the page's next section starts.

Many pasted pages have no blank line at all, so a removal that ends only at a blank line, or at the end of
the text, would take the whole report with it. Each case pairs the page furniture that must go with the
report text that must stay; the counter-examples are real boilerplate that must still go.
"""

import pytest

from extract.cleaning import clean

REPORT = "Methods: 60 patients were randomized to drug 10 mg (n = 30) or placebo (n = 30); HbA1c fell (p = 0.01)."


def kept_text(raw):
    cleaned = clean(raw)
    return "".join(raw[start : start + length] for _, start, length in cleaned.pieces)


def reasons(raw):
    return {raw[s.start : s.end].strip(): s.reason for s in clean(raw).removed}


# --- A. A block or mode ends at the next heading --------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        # Navigation tabs and outlines at the top of journal pages: a tab named like a tail block is no block.
        "Abstract\nReferences\nRelated\nInformation",
        "Outline\nHighlights\nKeywords\n1. Introduction\n2. Methods\n3. Results\nReferences\nShow full outline",
        "Abstract\nFigures\nReferences\nRelated\nInformation",
        "Abstract\nFree full text\nCitations & impact\nSimilar Articles",
        # PMC's and MEDLINE's notes that otherwise end only at a blank line.
        "Associated Data\nData Availability Statement",
        "Comment in\nMetformin in pregnancy. BMJ. 2020;368:m123.",
        "Erratum in\nDiabetes Care. 2021 Mar;44(3):850.",
    ],
)
def test_page_furniture_before_the_abstract_does_not_swallow_it(furniture):
    raw = furniture + "\nAbstract\n" + REPORT + "\nConclusions: Drug X lowered HbA1c.\n"
    kept = kept_text(raw)
    assert REPORT in kept and "Conclusions: Drug X lowered HbA1c." in kept


@pytest.mark.parametrize(
    "furniture",
    [
        "Comment in\nMetformin in pregnancy. BMJ. 2020;368:m123.",
        "Associated Data\nSupplementary Materials\nmedia-1.pdf (245K)",
    ],
)
def test_a_note_before_an_unheaded_abstract_ends_at_its_first_sentence_of_prose(furniture):
    abstract = ("We randomly assigned 120 women with gestational diabetes to metformin or insulin and "
                "measured neonatal hypoglycaemia; it was less frequent with metformin (p = 0.02).")
    kept = kept_text(furniture + "\n" + abstract + "\n")
    assert abstract in kept and "BMJ. 2020" not in kept


@pytest.mark.parametrize(
    "tail",
    [
        # A real reference list at the end still goes, entries and all.
        "References\n1. Smith J, Doe A. Statins in the elderly. N Engl J Med. 2001;344:1-10.\n"
        "2. Lee K, Park J. Results of lipid lowering in 4000 patients. Lancet. 2005;365:3-9.",
        # PubMed's tail: similar articles and citing articles, with titles that report results.
        "Similar articles\nAtorvastatin in 300 patients with diabetes: a randomized trial.\nSmith J, et al.\n"
        "Lancet. 2019;393:100-9.\nReview.\nCited by\nStatins were effective in 220 adults (p = 0.03).\nDoe A, et al.",
        "Figures\nFigure 1. Flow of 120 patients through the trial.\nFigure 2. Mean HbA1c by visit (P = .015).",
    ],
)
def test_the_real_tail_blocks_still_run_to_the_end(tail):
    raw = "Abstract\n" + REPORT + "\n" + tail + "\n"
    kept = kept_text(raw)
    assert REPORT in kept
    for number in ("4000", "300 patients", "220 adults", "P = .015"):
        assert number not in kept


@pytest.mark.parametrize(
    "page",
    [
        # ClinicalTrials.gov's current website: 'Contacts and Locations' is the second section.
        "Enrollment (Actual)\n201\nContacts and Locations\nParticipation Criteria\nInclusion Criteria:\nAdults with obesity\n"
        "Study Plan\nAllocation\nRandomized\nArms and Interventions\nExperimental: Semaglutide 2.4 mg weekly\n"
        "Primary Outcome Measures\nChange in BMI\tweek 68\n",
        # ISRCTN: locations before the sponsor, results and publications.
        "Trial participating centre\nRoyal Infirmary\nEdinburgh\nEH16 4SA\nUnited Kingdom\nSponsor information\n"
        "University of Edinburgh\nResults and Publications\nBasic results\nExperimental: Semaglutide 2.4 mg weekly; "
        "Change in BMI at week 68; 274 analysed, p=0.04\n",
    ],
)
def test_a_registry_locations_block_ends_at_the_next_registry_heading(page):
    raw = page.replace("Trial participating centre", "Locations")
    kept = kept_text(raw)
    assert "Semaglutide 2.4 mg weekly" in kept and ("Change in BMI" in kept)


def test_the_sites_of_a_locations_block_still_go():
    raw = ("- Locations\nUniversity Hospital, Boston, Massachusetts, United States, 02114\nCity Clinic\nDenver, "
           "Colorado, 80204\n- Primary Outcome Measures\nChange in BMI\tweek 68\n")
    kept = kept_text(raw)
    assert "Boston" not in kept and "City Clinic" not in kept and "Change in BMI" in kept


@pytest.mark.parametrize(
    "page",
    [
        "Affiliation: Department of Medicine, University of Oxford, UK.\n\nAbstract\n" + REPORT + "\n",
        "Affiliation: Department of Medicine, University of Oxford, UK.\nAbstract\n" + REPORT + "\n",
        # A repository record whose abstract comes before its issue date.
        "Authors Smith, John\nDoe, Jane\nAffiliation Univ Oxford, Dept Med, Oxford, England\n"
        "Natl Inst Hlth Res, London, England\nAbstract " + REPORT + "\nIssue Date 10-Feb-2021\n",
        "Affiliations\nDepartment of Medicine, University of Oxford, UK.\n" + REPORT + "\n",
    ],
)
def test_an_affiliation_list_ends_at_a_blank_line_a_heading_or_a_line_of_prose(page):
    kept = kept_text(page)
    assert "60 patients were randomized" in kept and "University of Oxford" not in kept


def test_a_wrapped_affiliation_list_without_institution_words_is_still_removed():
    raw = ("Affiliation Peking Univ First Hosp, Clin Res Inst, Beijing, Peoples R China\n"
           "Natl Ind Base Stem Cell Engn Prod, Tianjin, Peoples R China\nUCL, Ctr Clin Microbiol, London, England\n"
           "Issue Date 10-Feb-2021\nAbstract " + REPORT + "\n")
    kept = kept_text(raw)
    assert "Tianjin" not in kept and "London" not in kept and REPORT in kept


@pytest.mark.parametrize(
    "page, kept_lines",
    [
        ("Figure 2\nKaplan-Meier estimates of overall survival\n"
         "Overall survival at 24 months was 62% vs 48% (HR 0.65; p=0.003).\nConclusions\nDrug X improved survival in 240 patients.\n",
         ["Overall survival at 24 months was 62%", "Drug X improved survival in 240 patients."]),
        ("Figure 1\nCONSORT flow diagram\nResults\nOf 240 patients screened, 200 were randomized.\n",
         ["Of 240 patients screened, 200 were randomized."]),
        # A table's title is one line; its rows are the table and hold results.
        ("Table 2\nPrimary and secondary outcomes\nOutcome\tDrug (n = 150)\tPlacebo (n = 139)\nHbA1c, %\t-1.2\t-0.3\n",
         ["Drug (n = 150)", "HbA1c, %"]),
        ("Table 1\nCharacteristics of the participants at entry\nAge, years\n54\n55\nResults\nHbA1c fell by 1.2% with drug (p < 0.001).\n",
         ["Age, years", "HbA1c fell by 1.2% with drug"]),
    ],
)
def test_a_bare_float_label_takes_its_caption_only(page, kept_lines):
    kept = kept_text(page)
    for line in kept_lines:
        assert line in kept
    assert "Kaplan-Meier estimates" not in kept and "CONSORT flow diagram" not in kept
    assert "Primary and secondary outcomes" not in kept and "participants at entry" not in kept


def test_a_figure_legend_of_several_lines_still_goes():
    raw = ("Abstract\n" + REPORT + "\n\nFigure 3\nMean change in HbA1c from baseline by visit.\n"
           "Error bars show the 95% CI; *P < 0.05 versus placebo.\n")
    kept = kept_text(raw)
    assert "Error bars" not in kept and REPORT in kept


# --- B. Counts, doses, p-values and design items are never page furniture ----------------------------------


@pytest.mark.parametrize(
    "label, value",
    [
        ("Enrollment (Actual)", "201"),  # ClinicalTrials.gov's current website
        ("Target number of participants", "320"),  # ISRCTN
        ("Total final enrolment", "274"),
        ("Final", "118"),  # ANZCTR: 'Sample size' / 'Target' / '120' / 'Final' / '118'
        ("Sample size：", "50"),  # ChiCTR, full-width colon
        ("F.4.2.2 In the whole clinical trial", "480"),  # EU-CTR
        ("Drug", "150"),  # a table's cells, one a line
    ],
)
def test_a_bare_number_after_a_label_line_is_the_labels_value(label, value):
    raw = f"{label}\n{value}\nPrimary Outcome Measures\nChange in body weight at week 68\n"
    assert f"{label}\n{value}\n" in kept_text(raw)


@pytest.mark.parametrize(
    "widget",
    [
        "Web of Science®\n\n\n12\n\nChecked on Last Week",
        "Scopus®\n3\nChecked on Current Time",
        "百度学术™\n\n0\n\nChecked on Current Time",
    ],
)
def test_the_value_of_a_counter_widget_still_goes(widget):
    raw = "Abstract\n" + REPORT + "\n" + widget + "\n"
    kept = kept_text(raw)
    assert kept.strip() == "Abstract\n" + REPORT


@pytest.mark.parametrize(
    "line",
    [
        "Methods: Following the protocol of Wang et al. (2016), 120 patients received 5 mg/kg from March 2018 to May 2019.",
        "Compared with Smith et al., who randomized 300 patients, our trial enrolled 412 patients between 2017 and 2019.",
        "As in the trial by Lee et al. (Lancet 2015), doses were titrated weekly in 2019.",
    ],
)
def test_prose_that_cites_et_al_is_kept(line):
    assert line not in reasons(line + "\n" + REPORT + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "1. Morris PE, Goad A, Thompson C, et al. Early mobility therapy in the intensive care unit, 2008.",
        "[12] Smith J, Jones K, et al. Statins in the elderly: a cohort study. 2010.",
        "Nguyen TH, Tran V, et al. Dengue vaccine trial in Vietnam, 2019.",
    ],
)
def test_a_reference_entry_with_et_al_still_goes(line):
    assert reasons(line + "\n" + REPORT + "\n").get(line) == "citation"


@pytest.mark.parametrize(
    "line",
    [
        "PARTICIPANTS: 2510 adults aged 75 years or older, Primary Care Clinic, Veterans Affairs.",
        "SETTING AND PARTICIPANTS: Veterans Affairs Medical Center, Boston; 120 veterans.",
        "Setting: Department of Surgery, University Hospital of Basel, Switzerland.",
        "SUBJECTS: 120 patients with COPD; 60 per arm.",
        "SUBJECTS: Forty-two healthy volunteers",
        "Subjects: 24 healthy men (age 22-35 y)",
        "AUTHORS' CONCLUSIONS: Low-quality evidence suggests acupuncture may reduce pain.",
        "Authors’ conclusions",
        "Funding: National Institute for Health Research, Health Technology Assessment Programme.",
        "Indexed to body surface area, cyclophosphamide 750 mg/m2 was given every 3 weeks to 40 patients.",
        "Type: randomized, double-blind, placebo-controlled, 240 participants.",
    ],
)
def test_a_structured_abstracts_section_is_never_page_metadata(line):
    assert line not in reasons(line + "\n" + REPORT + "\n")


def test_design_value_after_a_design_heading_is_kept():
    raw = "Design\nRandomized controlled trial\nSetting\nTwelve general practices.\n" + REPORT + "\n"
    assert "Randomized controlled trial" in kept_text(raw)


@pytest.mark.parametrize(
    "page, junk",
    [
        # PubMed's header: the publication type before the citation line still goes.
        ("Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation\nRandomized Controlled Trial\n"
         ". 2021 May;10(5):660-673.\n", "Randomized Controlled Trial"),
        ("Publication types\nRandomized Controlled Trial\nResearch Support, Non-U.S. Gov't\n", "Randomized Controlled Trial"),
        ("Keywords: randomized controlled trial; children; asthma.\n", "Keywords"),
        ("Subjects: Cardiology; Clinical trials\n", "Cardiology"),
        ("Indexed SCI(E)\n", "SCI(E)"),
    ],
)
def test_the_real_metadata_still_goes(page, junk):
    raw = "Abstract\n" + REPORT + "\n" + page
    assert junk not in kept_text(raw) and REPORT in kept_text(raw)


def test_registry_results_rows_are_not_repeated_titles():
    raw = (
        "Outcome Measures\nChange From Baseline in HbA1c at Week 40\nChange From Baseline in Body Weight at Week 40\n"
        "Results\nChange From Baseline in HbA1c at Week 40\nOverall Number of Participants Analyzed\t301\t302\n"
        "P-Value <0.0001\nChange From Baseline in Body Weight at Week 40\nOverall Number of Participants Analyzed\t301\t302\n"
        "P-Value 0.02\n"
    )
    kept = clean(raw).text
    assert kept.count("Change From Baseline in HbA1c at Week 40") == 2
    assert kept.count("Overall Number of Participants Analyzed") == 2


def test_a_repeated_article_title_still_goes():
    title = "Semaglutide versus placebo in 304 adults with obesity: the STEP 9 randomized trial"
    raw = f"{title}\nSmith J, Doe A, Lee K.\n{title}\nAbstract\n{REPORT}\n"
    assert clean(raw).text.count(title) == 1


def test_clinicaltrials_gov_site_sections_end_the_eligibility_criteria():
    raw = ("Participation Criteria\nEligibility Criteria\nInclusion Criteria:\nBMI of 30 or more\nExclusion Criteria:\n"
           "Type 1 diabetes\nStudy Plan\nDesign Details\nAllocation\nRandomized\nParticipant Group/Arm\n"
           "Experimental: Semaglutide\nSemaglutide 2.4 mg subcutaneously once weekly\nPrimary Outcome Measures\n"
           "Change in body weight\tweek 68\n")
    sections = {s.name: raw[s.start : s.end] for s in clean(raw).sections}
    assert "Semaglutide" not in "".join(t for n, t in sections.items() if n == "eligibility criteria")
    assert "Semaglutide 2.4 mg" in sections["arms"]


# --- C. Translations ------------------------------------------------------------------------------------

ENGLISH = (
    "Abstract\nObjective: To assess acupuncture for chronic low back pain.\n"
    "Methods: 150 patients were randomized to acupuncture (n=75) or sham (n=75) for 12 weeks.\n"
    "Results: Pain fell more with acupuncture (p=0.01).\n"
)


@pytest.mark.parametrize(
    "translation",
    [
        "Resumen\nObjetivo: Evaluar la eficacia de la acupuntura en el tratamiento del dolor lumbar crónico en los adultos.\n"
        "Métodos: Se aleatorizaron 150 pacientes con dolor lumbar crónico a acupuntura (n=75) o a acupuntura simulada (n=75) "
        "durante 12 semanas, y se midió el dolor con una escala visual analógica en cada visita.\n"
        "Resultados: El dolor disminuyó más en el grupo de acupuntura que en el grupo de acupuntura simulada al final del "
        "tratamiento (p=0,01), y los efectos adversos fueron leves y poco frecuentes en ambos grupos del estudio.\n",
        "Zusammenfassung\nZiel: Vergleich von Akupunktur und Scheinakupunktur.\nMethoden: 150 Patienten.\n"
        "Ergebnisse: Weniger Schmerzen mit Akupunktur (p=0,01).\nSchlüsselwörter: Akupunktur; Rückenschmerz.\n",
        "Résumé\nObjectif : Évaluer l'acupuncture.\nRésultats : La douleur a diminué davantage (p=0,01).\n",
        "Resumo\nObjetivo: Avaliar a acupuntura.\nResultados: A dor diminuiu mais com acupuntura (p=0,01).\n"
        "Palavras-chave: acupuntura; dor lombar.\n",
    ],
)
def test_a_short_english_abstract_is_kept_and_its_translation_goes(translation):
    kept = kept_text(ENGLISH + translation)
    assert "150 patients were randomized to acupuncture" in kept and "(p=0.01)" in kept
    assert "0,01" not in kept and "acupuntura" not in kept.casefold() and "Akupunktur" not in kept


def test_an_english_abstract_after_its_translation_is_kept():
    raw = ("Resumo\nObjetivo: Avaliar a acupuntura.\nResultados: A dor diminuiu mais com acupuntura (p=0,01).\n" + ENGLISH
           + "Keywords: acupuncture; low back pain.\n")
    kept = kept_text(raw)
    assert "150 patients were randomized" in kept and "Pain fell more with acupuncture (p=0.01)" in kept
    assert "0,01" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Recruitment took place at the Centre Hospitalier Universitaire de la Réunion et de la Guadeloupe; 96 infants were included.",
        "Patients were enrolled at the Hospital Universitario de la Princesa y del Niño Jesús in Madrid between 2015 and 2017.",
        "The trial ran at the Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán; 88 adults took part.",
    ],
)
def test_an_english_sentence_naming_a_foreign_institution_is_kept(line):
    raw = ENGLISH + line + "\n"
    assert clean(raw).removed == []


def test_a_french_translation_naming_the_same_institution_still_goes():
    line = ("Le recrutement des patients a eu lieu dans le service de pédiatrie du Centre Hospitalier Universitaire de "
            "la Réunion, et les nourrissons ont été inclus dans cette étude pendant deux ans.")
    assert line not in kept_text(ENGLISH + line + "\n")


# --- D. Publisher furniture, author and affiliation lines, references under other headings --------------


@pytest.mark.parametrize(
    "junk",
    [
        "We use cookies to help provide and enhance our service and tailor content. By continuing you agree to the use of cookies.",
        "Accept all cookies",
        "Download PDF",
        "Open in figure viewer",
        "PowerPoint",
        "Download : Download high-res image (245KB)",
        "Recommended articles",
        "Accesses 2345",
        "Received 12 March 2019; Accepted 3 June 2019",
        "Volume 12, Issue 3, March 2020, Pages 123-130",
        "PubMed Abstract | Publisher Full Text | Google Scholar",
        "Download references",
        "Rights and permissions",
        "Published online 2019 Aug 20. doi: 10.1000/xyz",
        "E-mail address: j.smith@example.org",
        "Dipartimento di Medicina, Università degli Studi di Milano, Milano, Italy",
        "Abteilung für Kardiologie, Charité – Universitätsmedizin Berlin, Berlin, Germany",
        "4 Klinik für Innere Medizin, Universitätsklinikum Heidelberg, Heidelberg, Germany",
        "Service d'Anesthésie-Réanimation, CHU de Bordeaux, Université de Bordeaux, France",
    ],
)
def test_publisher_furniture_and_foreign_addresses_go(junk):
    raw = "Abstract\n" + REPORT + "\n" + junk + "\nConclusions: Drug X lowered HbA1c in 60 patients.\n"
    kept = kept_text(raw)
    assert junk not in kept
    assert REPORT in kept and "Conclusions: Drug X lowered HbA1c in 60 patients." in kept


@pytest.mark.parametrize(
    "line",
    [
        # Sentences near the furniture's wording stay.
        "Participants received 12 cookies a day for 4 weeks; 30 were randomized to the low-sugar recipe.",
        "Patients received 20 mg daily; volume status was assessed at each visit.",
        "Results were downloaded from the trial database and analysed in 2019.",
        "Patients were recruited from the Klinik für Innere Medizin and three general practices; 84 completed the study.",
    ],
)
def test_report_sentences_near_the_furniture_are_kept(line):
    assert line not in reasons(line + "\n" + REPORT + "\n")


@pytest.mark.parametrize("heading", ["Reference", "References (42)", "Reference list", "Works cited", "Referencias",
                                     "Références", "Literatur", "Bibliografía", "Citing articles (15)"])
def test_a_reference_list_under_another_heading_goes(heading):
    raw = ("Abstract\n" + REPORT + "\n" + heading + "\n1. Morris PE, Goad A, Thompson C, et al. Early intensive care unit "
           "mobility therapy in the treatment of acute respiratory failure in 330 patients, p=0.03. Crit Care Med. "
           "2008;36(8):2238-43.\n2. Smith J. Statins. Lancet 2001;357:1-9.\n")
    kept = kept_text(raw)
    assert REPORT in kept and "330 patients" not in kept and "p=0.03" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Heike A Bischoff-Ferrari 1 2 , Bess Dawson-Hughes 3 , Walter C Willett 4 , John B Wong 5",  # PubMed
        "Haake, Michael; Mueller, Hans-Helge; Schade-Brittinger, Carmen; Basler, Heinz D.",  # Web of Science
        "John Smith,1 Mary Lee,2 and Paul Wong1",  # PMC
        "A. Smith, B. C. Jones, and D. E. F. Brown",
        "Collaborators, Affiliations",
    ],
)
def test_author_lines_of_other_layouts_go(line):
    raw = line + "\nAbstract\n" + REPORT + "\n"
    kept = kept_text(raw)
    assert line not in kept and REPORT in kept


@pytest.mark.parametrize(
    "line",
    [
        "Breast Cancer, Lung Cancer, Colorectal Cancer",
        "Drug A, Drug B, and Placebo",
        "Metformin, Sitagliptin, Glipizide, and Insulin Glargine",
        "New York, Los Angeles, and San Francisco",
        "Low Dose Group, High Dose Group, Placebo Group",
    ],
)
def test_title_case_lists_that_are_no_author_lines_are_kept(line):
    assert line not in reasons(line + "\n" + REPORT + "\n")


def test_pubmeds_short_citation_line_goes():
    line = "Giacomo Lanzoni et al. Stem Cells Transl Med. 2021 May."
    assert reasons(line + "\n" + REPORT + "\n").get(line) == "citation"
    prose = "Following Smith et al. (2016), 120 patients received 5 mg/kg from 2018 to 2019."
    assert prose not in reasons(prose + "\n" + REPORT + "\n")


def test_a_registry_paragraph_repeated_in_the_detailed_description_still_goes():
    paragraph = "The primary objective of the study is to compare 2% and 0.5% cream in 120 adults with warts."
    raw = f"- Brief Summary\n{paragraph}\n- Detailed Description\n{paragraph}\n- Primary Outcome Measures\nClearance\n"
    assert clean(raw).text.count(paragraph) == 1


# --- Navigation tabs name the tail blocks at the top of a page ------------------------------------------------

TITLE = "Aspirin versus placebo for the prevention of falls in older adults: a randomized clinical trial"


@pytest.mark.parametrize(
    "tabs",
    [
        "Page navigation\nTitle & authors\nAbstract\nSimilar articles\nCited by\nPublication types\nMeSH terms\n"
        "Related information\nLinkOut - more resources",
        "Abstract\nFree full text\nCitations & impact\nSimilar Articles",
        "Similar articles\nCited by",
        "Cited by (12)\nRelated information",
        "Figures\nReferences\nRelated\nInformation",
    ],
)
def test_navigation_tabs_above_the_title_are_removed_alone(tabs):
    raw = tabs + "\n" + TITLE + "\nSmith J, Lee K, Wong P\nAbstract\n" + REPORT + "\n"
    kept = kept_text(raw)
    assert TITLE in kept and REPORT in kept
    assert "Similar articles" not in kept and "Cited by" not in kept and "Related information" not in kept


@pytest.mark.parametrize(
    "tail, junk",
    [
        # PubMed's tail: two block headings in a row after the report are both blocks.
        ("LinkOut - more resources\nFull Text Sources\nEurope PubMed Central\nOvid Technologies, Inc.", "Europe PubMed Central"),
        ("Cited by\nSimilar articles\nAspirin for falls in 300 nursing home residents.\nLee K, et al.", "300 nursing home"),
        # Three in a row after the report: the last one still opens its block.
        ("Publication types\nMeSH terms\nSubstances\nAspirin\nVitamin D", "Vitamin D"),
    ],
)
def test_block_headings_in_a_row_after_the_report_still_remove_their_entries(tail, junk):
    raw = TITLE + "\nAbstract\n" + REPORT + "\n" + tail + "\n"
    kept = kept_text(raw)
    assert REPORT in kept and junk not in kept


def test_a_lone_tail_heading_at_the_top_of_a_paste_is_still_a_block():
    raw = "References\n1. Smith J, Doe A. Statins in the elderly. N Engl J Med. 2001;344:1-10.\nAbstract\n" + REPORT + "\n"
    kept = kept_text(raw)
    assert REPORT in kept and "Statins in the elderly" not in kept


# --- Translations the sentence-by-sentence test cannot tell -------------------------------------------------


@pytest.mark.parametrize(
    "translation",
    [
        # No heading, and every sentence too short (or too number-heavy) to tell its language alone.
        "Se aleatorizaron 150 pacientes a acupuntura o a acupuntura simulada. El dolor fue menor con acupuntura (p=0,01).",
        "Foram randomizados 150 pacientes para acupuntura ou simulação. A dor foi menor com acupuntura (p=0,01).",
        "150 Patienten wurden randomisiert. Die Schmerzen waren unter Akupunktur geringer als mit Scheinakupunktur (p=0,01).",
        "Nous avons randomisé 150 patients. La douleur a diminué davantage avec l'acupuncture (p=0,01).",
    ],
)
def test_an_unheaded_short_translation_on_its_own_line_goes(translation):
    kept = kept_text(ENGLISH + translation + "\n")
    assert "150 patients were randomized to acupuncture" in kept and "0,01" not in kept


@pytest.mark.parametrize(
    "line",
    [
        # English sentences beside a short foreign phrase or quote, and English under a foreign-looking heading.
        "Patients completed the Spanish version of the questionnaire ('¿Con qué frecuencia tiene dolor de espalda?') at each visit.",
        "Resultados: 150 patients were randomized to the drug or placebo, and pain fell more with the drug (p=0.01).",
        "The trial was run with the Servicio Andaluz de Salud and the Universidad de Sevilla; 150 adults were enrolled in 2019.",
    ],
)
def test_english_lines_with_foreign_words_are_kept(line):
    assert line in kept_text(ENGLISH + line + "\n")


def test_a_translation_appended_on_the_same_line_goes_from_its_summary_heading():
    line = ("Conclusion: Acupuncture reduced pain. Resumo Fundamento: A dor lombar crônica é frequente após a cirurgia. "
            "Objetivo: Avaliar a acupuntura nesta população. Métodos: Um total de 150 pacientes foram randomizados para "
            "acupuntura ou simulação por 12 semanas. Resultados: A dor foi menor com acupuntura (p=0,01).")
    kept = kept_text(ENGLISH + line + "\n")
    assert "Conclusion: Acupuncture reduced pain." in kept
    assert "Resumo" not in kept and "Fundamento" not in kept and "Objetivo" not in kept and "0,01" not in kept


def test_a_results_line_of_a_translation_block_goes_though_it_is_mostly_numbers():
    translation = ("Zusammenfassung\nHintergrund: Rückenschmerzen sind häufig.\n"
                   "Ergebnisse: Der Schmerz in Woche 12 betrug 4,1 vs. 4,5 (p = 0,09). Schwindel trat häufiger auf (19 % vs. 6 %, p < 0,001).\n"
                   "Schlussfolgerung: Akupunktur senkte die Schmerzen nicht.\n")
    kept = kept_text(ENGLISH + translation)
    assert "150 patients were randomized" in kept and "0,09" not in kept and "0,001" not in kept


# --- Bibliographic exports: only the title and abstract fields are the report ---------------------------------

MEDLINE = (
    "PMID- 31234567\nOWN - NLM\nSTAT- MEDLINE\nDP  - 2020 Mar 5\n"
    "TI  - Aspirin versus placebo for the prevention of falls in older adults: a randomized\n      clinical trial.\n"
    "PG  - 101-110\nAB  - Methods: 60 patients were randomized to drug 10 mg (n = 30) or placebo (n = 30);\n"
    "      HbA1c fell (p = 0.01).\nFAU - Smith, John\nAU  - Smith J\nAD  - Department of Medicine, University of Leeds, Leeds, UK.\n"
    "SI  - ClinicalTrials.gov/NCT01234567\nMH  - Aspirin/*therapeutic use\nSO  - Lancet. 2020 Mar 5;395(10):101-110.\n"
)
RIS = (
    "TY  - JOUR\nT1  - Aspirin versus placebo for the prevention of falls\nA1  - Smith, John\nA1  - Lee, Kim\n"
    "JF  - The Lancet\nVL  - 395\nSP  - 101\nN2  - " + REPORT + "\nKW  - falls\nDO  - 10.1016/S0140-6736(20)30001-1\nER  - \n"
)
OVID_TAGS = (
    "VN - Ovid Technologies\nDB - Embase\nAN - 2014567890\nTI - Aspirin versus placebo for the prevention of falls\n"
    "AU - Garcia L.\nAU - Hernandez M.\nAB - " + REPORT + "\nPT - Conference Abstract\nLG - English\n"
)
OVID_DISPLAY = (
    "<1>\nAccession Number\n  640123456\nAuthor\n  Nakamura K. Sato Y. Ito H.\nInstitution\n  (Nakamura) Nagoya University, Japan\n"
    "Title\n  Aspirin versus placebo for the prevention of falls\nAbstract\n  " + REPORT + "\nLanguage\n  English\n"
    "Publication Type\n  Article\nEMTREE Heading\n  *aspirin / clinical trial\n"
)


@pytest.mark.parametrize("export", [MEDLINE, RIS, OVID_TAGS, OVID_DISPLAY])
def test_a_bibliographic_export_keeps_its_title_and_abstract_only(export):
    kept = kept_text(export)
    assert "Aspirin versus placebo for the prevention of falls" in kept and "60 patients were randomized" in kept
    for junk in ("Smith", "Garcia", "Nakamura", "Lancet", "NLM", "Embase", "English", "falls\nDO", "10.1016", "Article"):
        assert junk not in kept


def test_a_medline_export_keeps_the_abstracts_continuation_lines_and_the_trial_id():
    kept = kept_text(MEDLINE)
    assert "HbA1c fell (p = 0.01)." in kept and "clinical trial." in kept and "NCT01234567" in kept
    assert "TI  -" not in kept and "AB  -" not in kept


@pytest.mark.parametrize(
    "text",
    [
        # A glossary of abbreviations and a dashed list of arms are report text, not an export.
        "Abbreviations\nBMI - body mass index\nCI - confidence interval\nHR - hazard ratio\nAE - adverse event\n" + REPORT,
        "Arms\nA1 - drug 10 mg once daily\nA2 - drug 20 mg once daily\nB1 - placebo once daily\nB2 - no treatment\n" + REPORT,
        # A structured abstract with its headings on their own lines and indented text.
        "Title\n  Aspirin versus placebo for falls\nAbstract\n  " + REPORT + "\nMethods\n  Patients were followed for 12 weeks.\n",
    ],
)
def test_dashed_lists_and_indented_abstracts_are_no_export(text):
    kept = kept_text(text)
    assert REPORT in kept
    for line in text.splitlines():
        assert line.strip() in kept


# --- Words broken at a line's end (PDF text) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, reads",
    [
        ("We random-\nized 611 adults.", "We randomized 611 adults."),
        ("Sec-\n   ondary end points were weight and blood pres-\nsure.", "Secondary end points were weight and blood pressure."),
        ("Adults in the sema-\nglutide group lost weight.", "Adults in the semaglutide group lost weight."),
        # A compound broken at its own hyphen keeps it: a compound opener, or the document's own spelling.
        ("In this double-blind, placebo-\ncontrolled trial", "In this double-blind, placebo-controlled trial"),
        ("Patients were treatment-\nnaive. Treatment-naive adults were eligible.", "Patients were treatment-naive. Treatment-naive adults were eligible."),
        ("The end-\npoint was weight; the endpoint was met.", "The endpoint was weight; the endpoint was met."),
        ("Pain fell after follow-\ning the protocol.", "Pain fell after following the protocol."),
        # Left alone: a suspended hyphen, a capital or a digit after the break, a dash at the end of a line.
        ("Values were taken pre-\nand post-dose.", "Values were taken pre-\nand post-dose."),
        ("Patients with COVID-\n19 were enrolled.", "Patients with COVID-\n19 were enrolled."),
        ("Outcomes -\nweight and blood pressure.", "Outcomes -\nweight and blood pressure."),
    ],
)
def test_a_word_broken_at_a_lines_end_is_joined(raw, reads):
    assert clean(raw).text == reads


def test_a_joined_words_span_maps_back_to_the_broken_raw_text():
    raw = "Methods: We random-\n  ized 611 adults.\n"
    cleaned = clean(raw)
    start = cleaned.text.index("randomized")
    raw_start, raw_end = cleaned.span_to_raw(start, start + len("randomized"))
    assert raw[raw_start:raw_end] == "random-\n  ized"
    assert [(s.reason, raw[s.start : s.end]) for s in cleaned.removed] == [("hyphenated line break", "-\n  ")]


# --- Registry contact fields -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "Name:\tSomchai Wongsawat\nAddress:\t270 Rama VI Road, Bangkok 10400 Thailand\nTelephone:\t+66 2 201 1000",
        "Name of lead principal investigator\tHiroshi Tanaka\nZip code\t545-8585\nTEL\t06-6645-2121",
        "Full name of responsible person: Ali Rezaei\nStreet address: Darabad, Niavaran\nCity: Tehran\nPostal code: 1955841452",
        "Contact point\tclinicaltrials@example.com\nPhone\t9811122233",
        "Principal Investigator\tTesfaye Bekele\ttbekele@example.org\t+251 11 321 1334\tJimma Road",
    ],
)
def test_registry_contact_fields_go(contact):
    raw = "Primary outcome\nChange in HbA1c at week 26\n" + contact + "\n" + REPORT + "\n"
    kept = kept_text(raw)
    assert REPORT in kept and "Change in HbA1c at week 26" in kept
    for junk in ("Wongsawat", "Tanaka", "Rezaei", "Tehran", "9811122233", "Bekele", "545-8585"):
        assert junk not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Name: Semaglutide 2.4 mg once weekly",
        "Name of intervention\tSemaglutide",
        "Telephone follow-up was done at weeks 4 and 8.",
        "Address the primary outcome at week 12: change in HbA1c.",
        "Overall survival\t12.1 months\t9.8 months\tP = 0.02\tsee stats@example.org",
        "Name\tTime frame\tDescription",
    ],
)
def test_lines_that_only_start_like_a_contact_field_are_kept(line):
    raw = "Primary outcome\nChange in HbA1c at week 26\n" + line + "\n"
    assert line in kept_text(raw)


# --- Site furniture of registries, preprint servers and search engines -------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "Home | Advanced Search | Search Tips | Contact us",
        "Privacy Policy | Terms of use | © 2021 PACTR",
        "Impressum  Datenschutz  Barrierefreiheit",
        "Home   Suche   Registrierung   Hilfe   English | Deutsch",
        "Search for clinical trials > Trial details",
        "Cookie settings  Legal notice  Accessibility  © European Medicines Agency 2024",
        "Log in | Register | Sign in via Shibboleth",
        "Translated with DeepL.com (free version)",
        "It is made available under a CC-BY-NC-ND 4.0 International license .",
        "About 1,230 results (0.05 sec)",
        "Back to top",
        "Share this abstract",
    ],
)
def test_site_menus_footers_and_widgets_go(junk):
    raw = junk + "\nAbstract\n" + REPORT + "\n"
    kept = kept_text(raw)
    assert REPORT in kept and junk not in kept


@pytest.mark.parametrize(
    "line",
    [
        # Table rows and headers split by spaces or bars, and prose with '>' or '|'.
        "Outcome   Semaglutide   Placebo",
        "HbA1c | 7.1 | 7.9 | p = 0.01",
        "Arm A | Arm B | Arm C",
        "Weight loss was greater with semaglutide > placebo in all subgroups.",
        "Search strategy  MEDLINE  Embase  CENTRAL",
    ],
)
def test_rows_and_prose_with_separators_are_kept(line):
    raw = "Abstract\n" + REPORT + "\n" + line + "\n"
    assert line in kept_text(raw)


def test_a_registry_row_after_a_site_note_block_is_kept():
    raw = "Primary Outcome\nBlood loss at day 3\nRelated Information\nSecondary study IDs\tUMIN000041234\n"
    assert "UMIN000041234" in kept_text(raw)


# --- Bilingual registry lines ('日本語 / English') --------------------------------------------------------------


def test_a_bilingual_registry_line_keeps_its_english_half():
    raw = ("主たる評価項目 / Primary Outcome(s)\n投与24週時点の鼻茸スコアの変化量 / Change in nasal polyp score from baseline to week 24\n"
           "副次的な評価項目 / Secondary Outcome(s)\n1. 投与24週時点の鼻閉スコア / Nasal congestion score at week 24\n"
           "予定症例数 / Target sample size\n120\n")
    text = clean(raw).text
    for english in ("Primary Outcome(s)", "Change in nasal polyp score from baseline to week 24", "Secondary Outcome(s)",
                    "1. Nasal congestion score at week 24", "Target sample size\n120"):
        assert english in text
    assert "評価項目" not in text and "鼻茸" not in text


def test_a_chinese_translation_ending_with_a_p_value_still_goes_whole():
    raw = (ENGLISH + "Conclusions: Acupuncture reduced chronic low back pain in adults.\n"
           "结果：针刺组疼痛显著下降，差异有统计学意义 (P < 0.01)。NCT 编号:NCT01234567。\n")
    text = clean(raw).text
    assert "Pain fell more with acupuncture" in text and "P < 0.01" not in text and "结果" not in text and "编号" not in text
