"""Enrollment fields of more registries and of sponsors' trial pages: each registry's own label, a count whose
role is given only by its status, and CTRI's two quoted fields on one line."""

import pytest

from tests.conftest import extract


def _registry(text: str) -> list[tuple[str, int]]:
    return [(s.role, s.value) for s in extract(text).sample_sizes if s.rule == "sample_size.registry"]


@pytest.mark.parametrize(
    "page, counts",
    [
        pytest.param("Trial no.: PACTR202105123456789\nPublic title: Iron for anaemia in pregnancy\n"
                     "Target no. of participants: 450\nRecruitment status: Recruiting\n",
                     [("planned", 450)], id="pactr-target-no"),
        pytest.param("Secondary outcome(s): 1. Fever clearance [Day 3]\nTarget number/sample size: 900\n"
                     "Countries of recruitment: Sri Lanka\n", [("planned", 900)], id="slctr-target-number"),
        pytest.param("Secondary outcome\nQuality of life at 12 months.\nTarget size\n86\nPhase: N/A\n",
                     [("planned", 86)], id="nl-omon-value-under-label"),
        pytest.param("Study type: Interventional\nTarget size: 310 participants\nPhase: N/A\n",
                     [("planned", 310)], id="nl-omon-value-on-label-line"),
        pytest.param("Sample Size\nPlanned Sample Size 44\nRecruitment Status\nRecruiting\n",
                     [("planned", 44)], id="tctr-planned-only"),
        pytest.param("Estado: Reclutando\nTamaño de muestra: 180\nFecha de inicio: 2021-05-01\n",
                     [("planned", 180)], id="repec-spanish-label"),
        pytest.param("Recruitment Status Recruiting ongoing\nPlanned/Actual Planned\nNumber of Patients 96\n",
                     [("planned", 96)], id="drks-planned-line-above"),
        pytest.param("Number of participants\nPlanned/Actual: Actual\nNumber of participants: 212\n",
                     [("enrolled", 212)], id="drks-portal-actual"),
        pytest.param("Study ID: C1234567  NCT05000001\nPhase 2\nNumber of participants: 75 (estimated)\n\nStudy purpose\n",
                     [("planned", 75)], id="sponsor-estimated"),
        pytest.param("A study of drug X in adults with asthma\nNCT04000001\nPhase 3 | Enrollment: 612 (actual)\n",
                     [("enrolled", 612)], id="sponsor-header-row-after-bar"),
        pytest.param("Target Sample Size  Total Sample Size=\"64\" Sample Size from India=\"64\"\n"
                     "Final Enrollment numbers achieved (Total)= \"Applicable only for Completed/Terminated trials\"\n",
                     [("planned", 64)], id="ctri-two-quoted-fields-one-line"),
        pytest.param("注册号： ChiCTR2300071234\nRegistration number: ChiCTR2300071234\n"
                     "样本总量： 120 Total sample size: 120\n", [("planned", 120)], id="chictr-label-with-its-own-number"),
    ],
)
def test_registry_enrollment_layouts(page, counts):
    assert _registry(page) == counts
    record = extract(page)
    assert record.trial_n is not None and record.trial_n.value == counts[-1][1]


@pytest.mark.parametrize(
    "text",
    [
        # a status key with no status: an abstract's or a table's heading, not a registry field
        "Number of patients: 140\nMean age: 54 years\n",
        "Number of participants 48\n",
        # a status line that names no role
        "Planned/Actual: unknown\nNumber of participants: 60\n",
        # a sentence after the label, not a field's value
        "Target size: 264 participants were needed to detect a 15% difference.\n",
        "Tamaño de muestra: 240 pacientes fueron aleatorizados en dos grupos.\n",
        # a lesion's target size is no sample size
        "The target size was 12 mm in diameter.\n",
        # more text after a second quoted field is a sentence
        "Total Sample Size=\"80\" Sample Size from India=\"80\" and more were screened later\n",
    ],
)
def test_not_a_registry_count(text):
    assert _registry(text) == []
