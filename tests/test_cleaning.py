"""Cleaning removes what is not the trial report, says why, and keeps a map back to the raw text."""

import re

import pytest

from extract.cleaning import clean
from tests.conftest import corpus_texts

ABSTRACT = (
    "Background: Statins lower LDL cholesterol. Methods: We randomized 120 patients to atorvastatin 40 mg or placebo "
    "for 12 weeks. Results: LDL cholesterol fell by 38% with atorvastatin (P < 0.001). Conclusions: Atorvastatin was effective."
)


def reasons(raw):
    return {raw[s.start : s.end].strip(): s.reason for s in clean(raw).removed}


def kept_text(raw):
    cleaned = clean(raw)
    return "".join(raw[start : start + length] for _, start, length in cleaned.pieces)


@pytest.mark.parametrize("doc_id, raw", corpus_texts())
def test_no_chinese_survives_cleaning_of_the_corpus(doc_id, raw):
    assert not re.search(r"[\u4e00-\u9fff]", kept_text(raw))


@pytest.mark.parametrize("doc_id, raw", corpus_texts())
def test_cleaned_text_maps_back_to_raw_offsets(doc_id, raw):
    cleaned = clean(raw)
    for clean_start, raw_start, length in cleaned.pieces:
        for k in (0, length // 2, length - 1):
            assert cleaned.to_raw(clean_start + k) == raw_start + k
            # Folding is one-to-one: the cleaned character comes from the raw one at the mapped offset.
            assert len(cleaned.text[clean_start + k]) == 1


def test_translation_in_a_latin_script_language_is_removed():
    spanish = (
        "Se aleatorizaron 120 pacientes al grupo de atorvastatina o al grupo placebo durante 12 semanas. "
        "El colesterol LDL disminuyó un 38% con atorvastatina (P < 0,001) en comparación con el placebo."
    )
    raw = ABSTRACT + "\n" + spanish + "\n"
    removed = clean(raw).removed
    assert [r.reason for r in removed] == ["translated duplicate (es)"]
    assert "atorvastatina" not in kept_text(raw)


def test_translation_appended_on_the_same_line_is_removed_from_where_it_starts():
    german = (
        "Wir randomisierten 120 Patienten in die Gruppe mit Atorvastatin oder Placebo für 12 Wochen. "
        "Das LDL-Cholesterin sank um 38% mit Atorvastatin im Vergleich zu Placebo und die Studie war erfolgreich."
    )
    raw = ABSTRACT + " " + german
    kept = kept_text(raw)
    assert kept.strip().endswith("Atorvastatin was effective.")


def test_chinese_translation_is_removed_whole():
    raw = ABSTRACT + "\n我们将120名患者随机分配到阿托伐他汀组或安慰剂组,为期12周。阿托伐他汀组LDL胆固醇下降38%(P<0.001)。\n"
    assert [r.reason for r in clean(raw).removed] == ["translated duplicate (Han)"]


@pytest.mark.parametrize(
    "clause",
    [
        # Clauses between semicolons, where one foreign function word said twice outweighs English's few:
        # English with a loan word, not a translation.
        "P = 0.009), a higher peak troponin level (odds ratio per 10 ng per liter, 1.30;",
        "95% CI, 1.45-1.94) and higher reported insulin dose (RR, 1.40 per 0.2 U/kg per day;",
        "dual therapy with aspirin plus clopidogrel, aspirin plus warfarin, or clopidogrel plus warfarin;",
        "Two randomised controlled trials (n=624) of oral forms of vitamin D met our inclusion criteria.",
        "however, among non-Hispanic black adolescents, overweight rose faster in nonpoor vs poor families.",
        # Abbreviations that spell foreign function words: LOS (length of stay), SE (standard error), DE.
        "n = 12 studies), similar LOS (mean [SE]: 8.1 [2.4] vs 8.3 [2.0] days, P = .55;",
        # A few Greek letters are symbols, not a Greek translation.
        "effect sizes were large (ηp2 = .298; observed power = .998; Wilks’ λ = .900; p = .013; ηp2 = .100;",
        "the mean daily dose was 167 μg; range 50 to 400 μg;",
        "agreement was good (κ = 0.81; 95% CI 0.70 to 0.92;",
    ],
)
def test_english_clauses_that_only_look_foreign_are_kept(clause):
    raw = ABSTRACT + " Mortality fell (hazard ratio, 0.8; " + clause + " 95% CI, 1.1-1.6). " + ABSTRACT.replace("120", "240") + "\n"
    assert clean(raw).removed == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Deficiency of the enzyme leads to galactose accumulation in the ovary (Am J Epidemiol 1989;130:904-10). "
        "We studied 120 women and found lower fertility (P = 0.01).",
        "Obesity is more common in some groups (JAMA 1994;272:205-11; Arch Pediatr Adolesc Med 1995;149:1085-91). "
        "We measured resting energy expenditure in 200 women (P = 0.04).",
    ],
)
def test_prose_that_cites_a_paper_in_passing_is_kept(paragraph):
    assert clean(paragraph + "\n").removed == []


def test_english_text_with_foreign_names_is_kept():
    raw = "Patients were recruited at the Hospital Universitario La Paz in Madrid and treated with placebo or drug.\n"
    assert clean(raw).removed == []


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Skip to main content", "web boilerplate"),
        ("An official website of the United States government", "web boilerplate"),
        ("Ask Medibot AI", "web boilerplate"),
        ("Have questions about this randomised trial?", "web boilerplate"),
        ("Issue Date 12-Mar-2019", "metadata"),
        ("DOI 10.1000/xyz123", "metadata"),
        ("Keywords: asthma; inhaled corticosteroids; children.", "metadata"),
        ("Subjects: Cardiology; Clinical trials", "metadata"),
        ("Subjects: Medicine > Internal medicine", "metadata"),
        ("Lancet. 2019 Mar 2;393(10174):899-909. doi: 10.1016/S0140-6736(18)32225-3.", "citation"),
        ("Department of Cardiology, University Hospital Zurich, Zurich, Switzerland.", "affiliation"),
        ("Figure 2. Kaplan-Meier curves of survival (P = .02).", "figure caption"),
    ],
)
def test_boilerplate_lines_are_removed_with_their_reason(line, reason):
    raw = line + "\n" + ABSTRACT + "\n"
    assert reasons(raw).get(line) == reason
    assert "Results:" in kept_text(raw)


@pytest.mark.parametrize(
    "line",
    [
        "(2)Institut für Pharmakologie, Klinikum der Stadt, Essen, Germany.",
        "Division of Endocrinology, Faculty of Medicine, Chulalongkorn University, Bangkok, Thailand.",
        "1 Philipps-Universität Marburg, Zentrum für Innere Medizin, Marburg, Germany.",
    ],
)
def test_addresses_with_capitalised_institutions_are_affiliations(line):
    assert reasons(line + "\n" + ABSTRACT + "\n").get(line) == "affiliation"


@pytest.mark.parametrize(
    "line",
    [
        "Length of hospital stay, in days, up to 30 days after surgery",  # running text: lower-case 'hospital'
        "Safety measures to include adverse events, vital signs, and laboratory results.",
        "A Phase 2, Multi-Center Study of Repeat Dosing of Drug X in Adults With Herpes Labialis",  # a title
        "DESIGN: A single-masked, two-center, crossover comparison with two 6-week periods.",
        # a structured abstract's SUBJECTS section holds the sample; a repository's 'Subjects:' is metadata
        "SUBJECTS: Sixty women undergoing caesarean section were randomized.",
        "Subjects: A total of 96 adults with moderate asthma aged 18 to 65 years.",
    ],
)
def test_trial_text_naming_a_hospital_or_lab_is_kept(line):
    assert line not in reasons(line + "\n" + ABSTRACT + "\n")


def test_registry_outcome_rows_are_never_read_as_addresses():
    raw = (
        "- Secondary Outcome Measures\n"
        "Length of Intensive Care Unit stay Days 7, 14 and 28 Days of Intensive Care Unit management\n"
        "Laboratory data of the Cohort, Hospital Admission 2 months blood picture, D-Dimer, creatinine\n"
    )
    assert clean(raw).removed == []


def test_reference_list_and_everything_after_it_is_removed():
    raw = ABSTRACT + "\n\nReferences\n\n1. Smith J, et al. Statins. N Engl J Med. 2001;344:1-10.\n2. Doe A. Lipids. 2005;12:3-9.\n"
    cleaned = clean(raw)
    assert {r.reason for r in cleaned.removed} == {"reference list"}
    assert "Smith" not in kept_text(raw)


@pytest.mark.parametrize("caption", [
    "Kaplan-Meier estimates of overall survival by arm (P = .015).",
    "Flow of participants through the trial. ITT, intention to treat; P = .015 for the log-rank test.",
    "Mean change in HbA1c from baseline by visit; error bars show the 95% CI (P = .015 at week 24).",
])
def test_figure_caption_block_after_a_figure_heading_is_removed(caption):
    raw = ABSTRACT + "\n\nFIGURE 1\n" + caption + "\nIts second line, also part of the legend.\n"
    assert "P = .015" not in kept_text(raw) and "second line" not in kept_text(raw)


@pytest.mark.parametrize("paragraph", [
    "The baseline mean (SD) vitamin D concentration was 30.2 (13.2) nmol/L, and 29 (40%) had low values (p=0.01).",
    "At 24 weeks, 29 (67%) in the combination group and 11 (44%) in the calcium group achieved the primary outcome (p=0.06).",
    "Alkaline phosphatase values and radiographic scores improved in both groups (figures 2 and 3); p=0.01 at week 12.",
])
def test_a_bare_float_label_does_not_swallow_the_results_paragraphs_after_it(paragraph):
    # PMC full texts keep a float's label ("Figure 1") where the figure sat, with no caption and no blank line
    raw = ABSTRACT + "\n\nResults\nTable 1 Baseline characteristics of the groups\nFigure 1\n" + paragraph + "\nA second paragraph (P = 0.04).\n"
    kept = kept_text(raw)
    assert paragraph in kept and "P = 0.04" in kept


def test_author_list_after_an_authors_key_is_removed():
    raw = "Authors Smith, John\nDoe, Jane\nLee, Min-Ho\n" + ABSTRACT + "\n"
    assert "Smith" not in kept_text(raw) and "Doe, Jane" not in kept_text(raw)


def test_repeated_title_is_removed_once():
    title = "Atorvastatin versus placebo for hypercholesterolaemia: a randomized trial"
    raw = f"{title}\n\n{title}\n\n{ABSTRACT}\n"
    assert [r.reason for r in clean(raw).removed] == ["repeated title"]


def test_sections_of_a_structured_abstract():
    names = [s.name for s in clean(ABSTRACT).sections]
    assert names == ["background", "methods", "results", "conclusions"]


def test_registry_fields_become_sections():
    raw = "- Target Recruitment\n- 120\n- Primary Outcome Measures\nName Time Method HbA1c 24 weeks change\n"
    sections = {s.name: raw[s.start : s.end] for s in clean(raw).sections}
    assert sections["target recruitment"].startswith("- Target Recruitment\n- 120")
    assert "HbA1c" in sections["primary outcome measures"]


def test_medline_notes_end_at_the_blank_line_and_the_abstract_after_them_is_kept():
    raw = "1. Diabet Med. 2004 Jan;21(1):73-6.\n\nErratum in\n    Diabet Med. 2008 Feb;25(2):243.\n\n" + ABSTRACT + "\n\nPMID: 14706058  [Indexed for MEDLINE]\n"
    kept = kept_text(raw)
    assert "LDL cholesterol fell by 38%" in kept
    assert "Erratum" not in kept and "Indexed for MEDLINE" not in kept


def test_pubmed_author_and_collaborator_lines_are_removed_wherever_they_wrap():
    raw = (
        "Effects of drug A versus drug B on outcomes in type 2 diabetes.\n\n"
        "Lee K(1), Park J, Kim S, Choi H, Yoon D, Han M, Lim C, Jung\nW, Kang T, Shin Y, Oh B;\nEXAMPLE-TRIAL Investigators.\n\n"
        "Collaborators: Lee K, Park J, Moon S, Seo H, Baek J, Kwon N, Hwang\nE, Song Y.\n\n"
        "Muller-Thurgau P(1), O'Brien EA(2), van Dijk R(2).\n\n" + ABSTRACT + "\n"
    )
    kept = kept_text(raw)
    assert set(reasons(raw).values()) == {"author list"}
    for name in ("Lee K(1)", "Oh B", "Song Y", "Hwang", "O'Brien EA(2)", "van Dijk R(2)"):
        assert name not in kept
    assert "EXAMPLE-TRIAL Investigators." in kept and "Atorvastatin was effective." in kept


@pytest.mark.parametrize("line", ["Arm A, Arm B, Arm C", "Group I, Group II, Group III", "Smith J, Doe A."])
def test_lists_that_only_look_like_author_lines_are_kept(line):
    assert clean(line + "\n" + ABSTRACT + "\n").removed == []


def test_abstract_after_pubmed_author_line_and_author_information_is_kept():
    raw = (
        "1. Diabetes Obes Metab. 2019 Mar;21(3):500-8. doi: 10.1111/dom.12345.\n\n"
        "Drug A versus placebo in type 2 diabetes.\n\n"
        "Lee K(1), Park J, Kim S, Choi H.\n\n"
        "Author information: \n(1)Department of Endocrinology, Seoul National University, Seoul, Korea.\n\n"
        + ABSTRACT + "\n"
    )
    kept = kept_text(raw)
    assert "We randomized 120 patients" in kept and "Atorvastatin was effective." in kept
    assert "Lee K(1)" not in kept and "Department of Endocrinology" not in kept


def test_a_repeated_registry_result_row_is_content_not_a_repeated_title():
    row = "Comparison Groups Drug A vs Placebo P-Value 0.0004 Method Log Rank"
    raw = f"- Overall Survival\nTime Frame up to 25 months\n{row}\n- Overall Survival in PD-L1 Positive Participants\nTime Frame up to 25 months\n{row}\n"
    assert kept_text(raw).count("P-Value 0.0004") == 2


@pytest.mark.parametrize(
    "section",
    ["- Primary Outcome Measures", "Secondary Outcome Measures:", "- Other Outcome Measures"],
)
def test_a_tab_in_a_registry_outcome_table_is_kept_as_a_cell_boundary(section):
    raw = (f"A trial of early mobilisation after hip fracture\n{section}\nName\tTime\tMethod\n"
           "Walking independence\tDay 1 through Day 30\tTimed up-and-go test\n")
    cleaned = clean(raw)
    assert "Walking independence\tDay 1 through Day 30\tTimed up-and-go test" in cleaned.text
    assert len(cleaned.text) == len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "Results\tParticipants in the exercise arm walked further (p=0.02).\n",
        "- Brief Summary\nPatients\twill be randomised to early or delayed mobilisation.\n",
        "Table 2\nOutcome\tExercise\tControl\nSix-minute walk\t412 m\t377 m\n",
    ],
)
def test_a_tab_outside_an_outcome_table_is_folded_to_a_space(raw):
    assert "\t" not in clean(raw).text
