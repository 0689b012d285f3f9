"""Outcome blocks of more registries' page layouts: cells pasted with runs of spaces or '|' for tabs (CTRI, TCTR,
CRIS, PACTR), a header row naming the columns (kept for the next block when the paste dropped its repeat),
IRCT's labelled lines without colons, and a block ending at the page's next bare field heading."""

import pytest

from tests.conftest import extract


def _endpoints(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.text, e.time_frame) for e in extract(text).endpoints]


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param("CTRI Number  CTRI/2022/03/041234 [Registered on: 14/03/2022]\nType of Trial  Interventional\n"
                     "Primary Outcome\nOutcome  TimePoints\nTime to first rescue analgesia  Up to 24 hours after surgery\n"
                     "Secondary Outcome\nOutcome  TimePoints\nPostoperative nausea and vomiting  0, 6, 12 and 24 hours\n"
                     "Target Sample Size  Total Sample Size=\"70\" Sample Size from India=\"70\"\n",
                     [("primary", "Time to first rescue analgesia", "Up to 24 hours after surgery"),
                      ("secondary", "Postoperative nausea and vomiting", "0, 6, 12 and 24 hours")], id="ctri-two-space-cells"),
        pytest.param("TCTR20210101001\nStudy Type: Interventional\nPrimary Outcome(s)\nOutcome Name  Time Point  Measurement\n"
                     "Wound infection  Day 30  Clinical examination\nSecondary Outcome(s)\n"
                     "Length of stay  At discharge  Medical record\nSample Size\nPlanned Sample Size 200\n",
                     [("primary", "Wound infection", "Day 30"), ("secondary", "Length of stay", "At discharge")],
                     id="tctr-three-columns-header-once"),
        pytest.param("KCT0005555\nStudy Type Interventional Study\nTarget Sample Size 60\nPrimary Outcome(s)\n"
                     "Outcome  Emergence delirium (PAED score)\nTime Frame  In the recovery room\nSecondary Outcome(s)\n"
                     "Outcome  Parental satisfaction\nTime Frame  At discharge\n",
                     [("primary", "Emergence delirium (PAED score)", "In the recovery room"),
                      ("secondary", "Parental satisfaction", "At discharge")], id="cris-labelled-cells"),
        pytest.param("Trial no.: PACTR202001234567890\nTarget no. of participants: 400\nRecruitment status: Recruiting\nOUTCOMES\n"
                     "Type of outcome | Outcome | Timepoint(s) at which outcome is measured\n"
                     "Primary Outcome | Malaria parasitaemia by microscopy | Day 28\n"
                     "Secondary Outcome | Haemoglobin concentration | Baseline and day 28\n",
                     [("primary", "Malaria parasitaemia by microscopy", "Day 28"),
                      ("secondary", "Haemoglobin concentration", "Baseline and day 28")], id="pactr-bar-table"),
        pytest.param("IRCT registration number: IRCT20200101000001N1\nRegistration timing: prospective\n"
                     "Sample size Target sample size: 60\nPrimary outcomes\n1\nDescription Serum zinc level\n"
                     "Timepoint At baseline and after 12 weeks\nMethod of measurement Atomic absorption\n"
                     "Secondary outcomes\n1\nDescription Appetite score\nTimepoint Weekly\nMethod of measurement Questionnaire\n"
                     "Intervention groups\n1\nDescription Intervention group: zinc sulfate 50 mg daily\n",
                     [("primary", "Serum zinc level", "At baseline and after 12 weeks"), ("secondary", "Appetite score", "Weekly")],
                     id="irct-labels-without-colons"),
        pytest.param("DRKS00030000\nRecruitment status: Recruiting complete, study complete\nStudy type: Interventional\n"
                     "Primary outcome\nHealing rate at 12 weeks\nSecondary outcome\nPain at 4 weeks; quality of life at 12 weeks\n"
                     "Number of participants\nPlanned/Actual: Actual\nNumber of participants: 90\n",
                     [("primary", "Healing rate", "at 12 weeks"), ("secondary", "Pain", "at 4 weeks"),
                      ("secondary", "quality of life", "at 12 weeks")], id="drks-bare-heading-ends-block"),
        pytest.param("NL-OMON12345 (NTR9999)\nStudy type Interventional\nPrimary outcome\nSerum phosphate at 6 months.\n"
                     "Secondary outcome\nAdherence at 6 months.\nScientific information\nTarget size\n150\n",
                     [("primary", "Serum phosphate", "at 6 months"), ("secondary", "Adherence", "at 6 months")],
                     id="nl-omon-headings-end-blocks"),
    ],
)
def test_registry_layouts(page, expected):
    assert _endpoints(page) == expected


def test_two_spaces_after_a_stop_are_no_cell_boundary():
    page = ("Main ID: DRKS00031111\nRecruitment status: Recruiting\nPrimary outcome\n"
            "Change in HbA1c from baseline to week 26.  Measured centrally.\n")
    assert [(e.kind, e.time_frame) for e in extract(page).endpoints] == [("primary", "from baseline to week 26")]


def test_header_row_is_no_endpoint_before_any_block():
    page = ("Trial no.: PACTR202001234567891\nRecruitment status: Recruiting\n"
            "Type of outcome | Outcome | Timepoint(s) at which outcome is measured\n")
    assert _endpoints(page) == []


def test_abstract_with_double_spaces_untouched():
    text = ("Objective: To compare two analgesics.  Methods: We randomised 80 patients.  "
            "The primary outcome was pain at 24 hours.")
    assert [(e.kind, e.time_frame) for e in extract(text).endpoints] == [("primary", "at 24 hours")]


def test_key_secondary_heading_switches_the_kind():
    page = ("Sponsor Clinical Trials - Study Summary\nStudy ID: X1234567  NCT05000002\nPhase 3\n"
            "Number of participants: 300 (estimated)\n\nPrimary outcome measure\nChange from baseline in EASI at Week 16\n\n"
            "Key secondary outcome measures\nProportion of participants achieving EASI-75 at Week 16\n"
            "Change from baseline in itch NRS at Week 4\n")
    assert [e.kind for e in extract(page).endpoints] == ["primary", "secondary", "secondary"]


def test_tab_table_under_a_parenthesised_heading():
    page = ("TCTR20220101002\nScientific Title: Inhaler training in asthma\nPrimary Outcome(s)\n"
            "Outcome Name\tTime Point\tMeasurement\nPeak expiratory flow\t4 and 8 weeks after training\tPeak flow meter\n"
            "Secondary Outcome(s)\nOutcome Name\tTime Point\tMeasurement\nInhaler technique score\tWeek 8\tChecklist\n")
    assert _endpoints(page) == [("primary", "Peak expiratory flow", "4 and 8 weeks after training"),
                                ("secondary", "Inhaler technique score", "Week 8")]


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param("Sri Lanka Clinical Trials Registry\nSLCTR/2020/001\nPublic Title of Trial: Zinc for diarrhoea\n"
                     "Primary outcome(s): 1. Stool frequency [Daily for 7 days] 2. Duration of diarrhoea [Up to 14 days]\n"
                     "Target number/sample size: 300\n",
                     [("primary", "Stool frequency", "Daily for 7 days"), ("primary", "Duration of diarrhoea", "Up to 14 days")],
                     id="slctr-bracketed-time-points"),
        pytest.param("UMIN000012345\nScientific Title Diet and blood pressure\nPrimary outcomes Office systolic blood pressure at 12 weeks\n"
                     "Key secondary outcomes Home blood pressure (morning and evening), urinary sodium excretion, body weight\n"
                     "Target sample size 90\n",
                     [("primary", "Office systolic blood pressure", "at 12 weeks"), ("secondary", "Home blood pressure", None),
                      ("secondary", "urinary sodium excretion", None), ("secondary", "body weight", None)],
                     id="umin-comma-list-of-three"),
    ],
)
def test_free_text_outcome_fields(page, expected):
    assert _endpoints(page) == expected


@pytest.mark.parametrize(
    "page, count",
    [
        # the part after the comma qualifies the outcome: one outcome
        pytest.param("RBR-1abc23\nStudy type: Interventional\nTarget number of participants: 60\nPrimary outcome\n"
                     "Pain intensity, assessed with a visual analogue scale on days 1, 3 and 7.\n", 1, id="assessed-with"),
        pytest.param("RBR-1abc24\nStudy type: Interventional\nTarget number of participants: 60\nPrimary outcome\n"
                     "Wound healing, defined as complete epithelialisation, at 8 weeks.\n", 1, id="defined-as"),
        # two parts only, one of one word: no list
        pytest.param("UMIN000012346\nScientific Title Sleep study\nKey secondary outcomes Sleep latency, awakenings\n"
                     "Target sample size 40\n", 1, id="two-short-parts"),
        # a bracket that holds no time stays in the name
        pytest.param("SLCTR/2020/002\nPublic Title of Trial: Iron\nPrimary outcome(s): 1. Haemoglobin [g/dL]\n"
                     "Target number/sample size: 100\n", 1, id="bracket-without-time"),
    ],
)
def test_no_list_split(page, count):
    assert len(extract(page).endpoints) == count


def test_an_instrument_alone_is_a_registry_outcome():
    page = ("UMIN000012347\nScientific Title Mood study\nPrimary outcomes PHQ-9 at 8 weeks\n"
            "Key secondary outcomes SF-36 at 6 months; GAD-7\nTarget sample size 60\n")
    assert _endpoints(page) == [("primary", "PHQ-9", "at 8 weeks"), ("secondary", "SF-36", "at 6 months"),
                                ("secondary", "GAD-7", None)]


def test_no_instrument_outcome_from_a_placeholder():
    page = "UMIN000012348\nScientific Title Mood study\nPrimary outcomes N/A\nTarget sample size 60\n"
    assert _endpoints(page) == []


def test_folded_header_row_times_the_rows_that_end_in_a_time():
    page = ("Trial no.: PACTR202201456789013\nTarget no. of participants: 200\nOUTCOMES\n"
            "Type of outcome Outcome Timepoint(s) at which outcome is measured\n"
            "Primary Outcome Postpartum blood loss 2 hours after delivery\n"
            "Secondary Outcome Maternal haemoglobin Day 3 after delivery\n")
    assert _endpoints(page) == [("primary", "Postpartum blood loss", "2 hours after delivery"),
                                ("secondary", "Maternal haemoglobin", "Day 3 after delivery")]


def test_folded_header_without_a_time_column_last_changes_nothing():
    page = ("Trial no.: PACTR202201456789014\nTarget no. of participants: 200\nOUTCOMES\n"
            "Type of outcome Outcome\nPrimary Outcome Postpartum blood loss\n")
    assert _endpoints(page) == [("primary", "Postpartum blood loss", None)]
