"""ClinicalTrials.gov records (API v2 JSON, classic API JSON, legacy XML) mapped to one flat form.

Why one form: the registry page renderer (:mod:`extract.formats.registry_page`) and the ctgov gold
adapter already work on the flat records of ``ctgov_structured.jsonl``; mapping the three raw formats
to that form means one renderer for all of them. Values are kept as each source spells them
("PHASE3" / "Phase 3", count 317 / "317"), as in the flat file. Analyses carry ``group_titles``
(the compared result groups' titles) so the page names groups, not ids.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

FLAT_KEYS = ("nct_id", "format", "brief_title", "official_title", "brief_summary", "detailed_description",
             "study_type", "phase", "allocation", "enrollment", "arms", "interventions", "primary_outcomes",
             "secondary_outcomes", "has_results")


def _get(data: Any, *path: str) -> Any:
    """``data[p0][p1]...`` or None when any step is missing."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _list(data: Any, *path: str) -> list:
    value = _get(data, *path)
    return value if isinstance(value, list) else []


def _analyses(raw: list[dict], keys: dict[str, str], group_ids: Any, titles: dict[str, str]) -> list[dict]:
    out = []
    for analysis in raw:
        groups = [str(g) for g in group_ids(analysis)]
        item = {flat: analysis.get(key) for flat, key in keys.items()}
        item = {"groups": groups, **item}
        if groups and all(g in titles for g in groups):
            item["group_titles"] = [titles[g] for g in groups]
        out.append(item)
    return out


# --- API v2 ---------------------------------------------------------------------------------------

_V2_ANALYSIS = {"p_value": "pValue", "method": "statisticalMethod", "param_type": "paramType",
                "param_value": "paramValue", "ci_lower": "ciLowerLimit", "ci_upper": "ciUpperLimit",
                "non_inferiority": "nonInferiorityType"}


def _started(periods: list[dict], group_key: str, count_key: str, milestones: Any, achievements: Any) -> dict[str, str]:
    """Group id → STARTED count of the first period: the per-arm N."""
    for milestone in milestones(periods[0]) if periods else []:
        if str(milestone.get("type") or milestone.get("FlowMilestoneType") or "").upper() == "STARTED":
            return {a.get(group_key): a.get(count_key) for a in achievements(milestone)}
    return {}


def from_api_v2(study: dict) -> dict:
    """Flat record of one API v2 study (``{"protocolSection": ..., "resultsSection": ...}``)."""
    p = study.get("protocolSection") or {}
    design = p.get("designModule") or {}
    arms_module = p.get("armsInterventionsModule") or {}
    outcomes = p.get("outcomesModule") or {}
    record = {
        "nct_id": _get(p, "identificationModule", "nctId"),
        "format": "ctgov_api_v2",
        "brief_title": _get(p, "identificationModule", "briefTitle"),
        "official_title": _get(p, "identificationModule", "officialTitle"),
        "brief_summary": _get(p, "descriptionModule", "briefSummary"),
        "detailed_description": _get(p, "descriptionModule", "detailedDescription"),
        "study_type": design.get("studyType"),
        "phase": design.get("phases"),
        "allocation": _get(design, "designInfo", "allocation"),
        "enrollment": {"count": _get(design, "enrollmentInfo", "count"), "type": _get(design, "enrollmentInfo", "type")},
        "arms": [{"label": a.get("label"), "type": a.get("type"), "description": a.get("description")}
                 for a in arms_module.get("armGroups") or []],
        "interventions": [{"type": i.get("type"), "name": i.get("name"), "description": i.get("description"),
                           "arm_labels": i.get("armGroupLabels") or []} for i in arms_module.get("interventions") or []],
        "primary_outcomes": [{"measure": o.get("measure"), "time_frame": o.get("timeFrame"), "description": o.get("description")}
                             for o in outcomes.get("primaryOutcomes") or []],
        "secondary_outcomes": [{"measure": o.get("measure"), "time_frame": o.get("timeFrame"), "description": o.get("description")}
                               for o in outcomes.get("secondaryOutcomes") or []],
        "has_results": bool(study.get("resultsSection")),
    }
    results = study.get("resultsSection")
    if results:
        flow = results.get("participantFlowModule") or {}
        started = _started(flow.get("periods") or [], "groupId", "numSubjects",
                           lambda period: period.get("milestones") or [], lambda m: m.get("achievements") or [])
        record["participant_flow_groups"] = [
            {"group_id": g.get("id"), "title": g.get("title"), "description": g.get("description"), "started": started.get(g.get("id"))}
            for g in flow.get("groups") or []]
        record["result_outcomes"] = [
            {"type": m.get("type"), "title": m.get("title"), "time_frame": m.get("timeFrame"),
             "analyses": _analyses(m.get("analyses") or [], _V2_ANALYSIS, lambda a: a.get("groupIds") or [],
                                   {g.get("id"): g.get("title") for g in m.get("groups") or []})}
            for m in _list(results, "outcomeMeasuresModule", "outcomeMeasures")]
    return record


# --- classic API (FullStudiesResponse) -----------------------------------------------------------

_CLASSIC_ANALYSIS = {"p_value": "OutcomeAnalysisPValue", "method": "OutcomeAnalysisStatisticalMethod",
                     "param_type": "OutcomeAnalysisParamType", "param_value": "OutcomeAnalysisParamValue",
                     "ci_lower": "OutcomeAnalysisCILowerLimit", "ci_upper": "OutcomeAnalysisCIUpperLimit",
                     "non_inferiority": "OutcomeAnalysisNonInferiorityType"}


def from_api_classic(study: dict) -> dict:
    """Flat record of one classic-API study (the ``Study`` object of a FullStudiesResponse)."""
    p = study.get("ProtocolSection") or {}
    ident = p.get("IdentificationModule") or {}
    design = p.get("DesignModule") or {}
    arms_module = p.get("ArmsInterventionsModule") or {}
    outcomes = p.get("OutcomesModule") or {}
    record = {
        "nct_id": ident.get("NCTId"),
        "format": "ctgov_api_classic_v1",
        "brief_title": ident.get("BriefTitle"),
        "official_title": ident.get("OfficialTitle"),
        "brief_summary": _get(p, "DescriptionModule", "BriefSummary"),
        "detailed_description": _get(p, "DescriptionModule", "DetailedDescription"),
        "study_type": design.get("StudyType"),
        "phase": _get(design, "PhaseList", "Phase"),
        "allocation": _get(design, "DesignInfo", "DesignAllocation"),
        "enrollment": {"count": _get(design, "EnrollmentInfo", "EnrollmentCount"),
                       "type": _get(design, "EnrollmentInfo", "EnrollmentType")},
        "arms": [{"label": a.get("ArmGroupLabel"), "type": a.get("ArmGroupType"), "description": a.get("ArmGroupDescription")}
                 for a in _list(arms_module, "ArmGroupList", "ArmGroup")],
        "interventions": [{"type": i.get("InterventionType"), "name": i.get("InterventionName"),
                           "description": i.get("InterventionDescription"),
                           "arm_labels": _list(i, "InterventionArmGroupLabelList", "InterventionArmGroupLabel")}
                          for i in _list(arms_module, "InterventionList", "Intervention")],
        "primary_outcomes": [{"measure": o.get("PrimaryOutcomeMeasure"), "time_frame": o.get("PrimaryOutcomeTimeFrame"),
                              "description": o.get("PrimaryOutcomeDescription")}
                             for o in _list(outcomes, "PrimaryOutcomeList", "PrimaryOutcome")],
        "secondary_outcomes": [{"measure": o.get("SecondaryOutcomeMeasure"), "time_frame": o.get("SecondaryOutcomeTimeFrame"),
                                "description": o.get("SecondaryOutcomeDescription")}
                               for o in _list(outcomes, "SecondaryOutcomeList", "SecondaryOutcome")],
        "has_results": bool(study.get("ResultsSection")),
    }
    results = study.get("ResultsSection")
    if results:
        flow = results.get("ParticipantFlowModule") or {}
        started = _started(_list(flow, "FlowPeriodList", "FlowPeriod"), "FlowAchievementGroupId", "FlowAchievementNumSubjects",
                           lambda period: _list(period, "FlowMilestoneList", "FlowMilestone"),
                           lambda m: _list(m, "FlowAchievementList", "FlowAchievement"))
        record["participant_flow_groups"] = [
            {"group_id": g.get("FlowGroupId"), "title": g.get("FlowGroupTitle"), "description": g.get("FlowGroupDescription"),
             "started": started.get(g.get("FlowGroupId"))} for g in _list(flow, "FlowGroupList", "FlowGroup")]
        record["result_outcomes"] = [
            {"type": m.get("OutcomeMeasureType"), "title": m.get("OutcomeMeasureTitle"), "time_frame": m.get("OutcomeMeasureTimeFrame"),
             "analyses": _analyses(_list(m, "OutcomeAnalysisList", "OutcomeAnalysis"), _CLASSIC_ANALYSIS,
                                   lambda a: _list(a, "OutcomeAnalysisGroupIdList", "OutcomeAnalysisGroupId"),
                                   {g.get("OutcomeGroupId"): g.get("OutcomeGroupTitle") for g in _list(m, "OutcomeGroupList", "OutcomeGroup")})}
            for m in _list(results, "OutcomeMeasuresModule", "OutcomeMeasureList", "OutcomeMeasure")]
    return record


# --- legacy XML (<clinical_study>) ---------------------------------------------------------------

_XML_ANALYSIS = {"p_value": "p_value", "method": "method", "param_type": "param_type", "param_value": "param_value",
                 "ci_lower": "ci_lower_limit", "ci_upper": "ci_upper_limit", "non_inferiority": "non_inferiority_type"}


def _text(elem: ET.Element, path: str) -> str | None:
    found = elem.find(path)
    return found.text.strip() if found is not None and found.text is not None else None


def _outcome_list(root: ET.Element, tag: str) -> list[dict]:
    return [{"measure": _text(o, "measure"), "time_frame": _text(o, "time_frame"), "description": _text(o, "description")}
            for o in root.findall(tag)]


def _xml_results(root: ET.Element, record: dict) -> None:
    results = root.find("clinical_results")
    if results is None:
        return
    flow = results.find("participant_flow")
    started: dict[str, str | None] = {}
    first_period = flow.find("period_list/period") if flow is not None else None
    if first_period is not None:
        for milestone in first_period.findall("milestone_list/milestone"):
            if (_text(milestone, "title") or "").upper() == "STARTED":
                started = {p.get("group_id", ""): p.get("count") for p in milestone.findall("participants_list/participants")}
                break
    record["participant_flow_groups"] = [
        {"group_id": g.get("group_id"), "title": _text(g, "title"), "description": _text(g, "description"),
         "started": started.get(g.get("group_id", ""))}
        for g in (flow.findall("group_list/group") if flow is not None else [])]
    outcomes = []
    for outcome in results.findall("outcome_list/outcome"):
        titles = {g.get("group_id", ""): _text(g, "title") or "" for g in outcome.findall("group_list/group")}
        analyses = [{key: _text(a, tag) for key, tag in _XML_ANALYSIS.items()} | {"_groups": [g.text or "" for g in a.findall("group_id_list/group_id")]}
                    for a in outcome.findall("analysis_list/analysis")]
        outcomes.append({"type": _text(outcome, "type"), "title": _text(outcome, "title"), "time_frame": _text(outcome, "time_frame"),
                         "analyses": _analyses(analyses, {k: k for k in _XML_ANALYSIS}, lambda a: a["_groups"], titles)})
    record["result_outcomes"] = outcomes


def from_legacy_xml(root: ET.Element) -> dict:
    """Flat record of one legacy ``<clinical_study>`` document."""
    enrollment = root.find("enrollment")
    record = {
        "nct_id": _text(root, "id_info/nct_id"),
        "format": "ctgov_xml_legacy",
        "brief_title": _text(root, "brief_title"),
        "official_title": _text(root, "official_title"),
        "brief_summary": _text(root, "brief_summary/textblock"),
        "detailed_description": _text(root, "detailed_description/textblock"),
        "study_type": _text(root, "study_type"),
        "phase": _text(root, "phase"),
        "allocation": _text(root, "study_design_info/allocation"),
        "enrollment": {"count": enrollment.text if enrollment is not None else None,
                       "type": enrollment.get("type") if enrollment is not None else None},
        "arms": [{"label": _text(a, "arm_group_label"), "type": _text(a, "arm_group_type"), "description": _text(a, "description")}
                 for a in root.findall("arm_group")],
        "interventions": [{"type": _text(i, "intervention_type"), "name": _text(i, "intervention_name"),
                           "description": _text(i, "description"), "arm_labels": [g.text for g in i.findall("arm_group_label")]}
                          for i in root.findall("intervention")],
        "primary_outcomes": _outcome_list(root, "primary_outcome"),
        "secondary_outcomes": _outcome_list(root, "secondary_outcome"),
        "has_results": root.find("clinical_results") is not None,
    }
    _xml_results(root, record)
    return record
