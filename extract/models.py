"""Pydantic models of trial-extract records.

Every extracted item is *source-grounded*: ``start``/``end`` are character offsets into the
**raw input text** and ``text`` is exactly ``raw[start:end]``. Validate a record against its raw
text with ``DocumentRecord.model_validate(data, context={"raw_text": raw})``; without a context
only the offsets' order is checked.

Field names are a contract with downstream users (databases, the scorer): extend, never rename.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SampleSizeRole = Literal[
    "planned", "screened", "enrolled", "randomized", "treated", "analysed", "completed", "subgroup"
]
"""Which n a count is: the stage of the trial it counts (planned ... completed), or ``subgroup``, a part of a count
stated before it ('42 patients, including 16 males and 26 females'), never a total of the trial nor an arm."""
EndpointKind = Literal["primary", "secondary", "other"]
Operator = Literal["=", "<", ">", "<=", ">="]
DesignAttribute = Literal[
    "randomised", "blinding", "control", "phase", "allocation_ratio", "centres", "design"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Grounded(_Model):
    """A value with the characters of the raw input it came from."""

    start: int = Field(ge=0, description="Start offset in the raw input text (inclusive).")
    end: int = Field(ge=0, description="End offset in the raw input text (exclusive).")
    text: str = Field(description="Exactly raw_text[start:end].")
    rule: str = Field(default="gold", description="Rule or model that produced the item.")

    @model_validator(mode="after")
    def _span_in_text(self, info: ValidationInfo) -> "Grounded":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        raw = (info.context or {}).get("raw_text") if info else None
        if raw is not None:
            if self.end > len(raw):
                raise ValueError(f"span [{self.start}, {self.end}) lies outside the text ({len(raw)} chars)")
            if raw[self.start : self.end] != self.text:
                raise ValueError(
                    f"text {self.text!r} is not the raw slice {raw[self.start:self.end]!r} at [{self.start}, {self.end})"
                )
        return self


class SubSpan(Grounded):
    """A secondary value inside an item (an outcome, a time frame, a schedule)."""

    rule: str = "span"


class SampleSize(Grounded):
    value: int = Field(gt=0, description="Number of participants.")
    role: SampleSizeRole = Field(description="Which n this is; 'subgroup' for a part of a stated count (by sex), never a total.")
    arm: Optional[str] = Field(default=None, description="Arm label; null for a total and for a subgroup of a total (a subgroup of an arm's count carries the arm).")
    arm_span: Optional[SubSpan] = None
    arm_named: bool = Field(
        default=True,
        description="False when the sentence names no arm for this count and `arm` is the count's own text "
        "(a proportion compared with another, '22/42 vs 12/37'): the count is an arm's, its name unknown.",
    )
    subgroup: Optional[str] = Field(
        default=None,
        description="For role 'subgroup': the part of the sample counted, as written ('males', 'women'); null otherwise.",
    )
    subgroup_span: Optional[SubSpan] = None


class Dose(Grounded):
    intervention: Optional[str] = None
    intervention_span: Optional[SubSpan] = None
    amount: Optional[float] = Field(default=None, gt=0, description="Null when only a level is given.")
    amount_low: Optional[float] = Field(default=None, gt=0)
    amount_high: Optional[float] = Field(default=None, gt=0)
    amount_sd: Optional[float] = Field(default=None, ge=0)
    unit: Optional[str] = Field(default=None, description="Normalised unit: mg, mg/kg, cells, cells/kg, mL, ...")
    level: Optional[str] = Field(default=None, description="Dose level when stated: low, medium, high, ...")
    frequency: Optional[str] = Field(default=None, description="Normalised: once daily, twice daily, weekly, ...")
    frequency_span: Optional[SubSpan] = Field(
        default=None, description="The words the frequency was read from ('/day' of 'mg/day'); may lie in another sentence."
    )
    n_administrations: Optional[int] = Field(default=None, gt=0)
    n_administrations_span: Optional[SubSpan] = None
    schedule: Optional[str] = Field(default=None, description="e.g. 'days 0, 3, 6'")
    schedule_span: Optional[SubSpan] = None
    route: Optional[str] = Field(default=None, description="Normalised: intravenous, oral, inhalation, ...")
    route_span: Optional[SubSpan] = Field(default=None, description="The route's words; may lie in another sentence.")
    arm: Optional[str] = None
    arm_span: Optional[SubSpan] = None

    @model_validator(mode="after")
    def _range_ordered(self) -> "Dose":
        if self.amount_low is not None and self.amount_high is not None and self.amount_low > self.amount_high:
            raise ValueError(f"dose range low {self.amount_low} > high {self.amount_high}")
        if self.amount is None and self.level is None and self.amount_low is None:
            raise ValueError("a dose needs an amount, a range or a level")
        return self


class Endpoint(Grounded):
    text: str = Field(min_length=1, pattern=r"\S", description="Exactly raw_text[start:end]; never empty or blank.")
    kind: EndpointKind
    name: Optional[str] = Field(default=None, description="The outcome with abbreviations expanded.")
    time_frame: Optional[str] = None
    time_frame_span: Optional[SubSpan] = None
    description: Optional[str] = None

    @model_validator(mode="after")
    def _span_not_empty(self) -> "Endpoint":
        """An endpoint is a stated outcome: a zero-length span would ground nothing."""
        if self.end <= self.start:
            raise ValueError(f"endpoint span [{self.start}, {self.end}) is empty")
        return self


class PValue(Grounded):
    operator: Optional[Operator] = Field(description="Null for 'NS' / 'not significant'.")
    value: Optional[float] = Field(ge=0.0, le=1.0, description="Null with the text kept for 'NS'.")
    normalisation: Optional[Literal["rounded_zero"]] = Field(
        default=None,
        description="Set when value is not the number as written. 'rounded_zero': 'P < 0.000', a statistics package's "
        "p rounded to zero at its printed places, is p < 0.001 (one unit of the last printed place), never p < 0.",
    )
    significant: Optional[bool] = Field(default=None, description="Set when the text says NS / significant.")
    outcome: Optional[str] = None
    outcome_span: Optional[SubSpan] = None
    comparison: Optional[str] = None
    comparison_span: Optional[SubSpan] = None
    outcome_name: Optional[str] = Field(default=None, description="The outcome with the document's abbreviations written out; null when it holds none.")
    comparison_name: Optional[str] = Field(
        default=None,
        description="The arms compared, 'A vs B', with the document's abbreviations written out and an arm the sentence leaves implicit "
        "taken from the trial's two arms; null when that adds nothing to comparison.",
    )


class TrialId(Grounded):
    registry: str
    id: str


class DesignFact(Grounded):
    attribute: DesignAttribute
    value: str


class RemovedSegment(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: str


class Section(_Model):
    name: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class RejectedItem(_Model):
    field: str
    reason: str
    item: dict


class DocumentError(_Model):
    type: str
    message: str


class DocumentRecord(_Model):
    """One line of the output JSONL: everything extracted from one input document."""

    id: str
    source: str = Field(description="Where the document came from: file path, or file:line for JSONL.")
    pipeline_version: str
    status: Literal["ok", "error"] = "ok"
    error: Optional[DocumentError] = None
    text_length: int = Field(default=0, ge=0)
    content_sha1: Optional[str] = None
    cleaning: list[RemovedSegment] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    sample_sizes: list[SampleSize] = Field(default_factory=list)
    trial_n: Optional[SampleSize] = Field(
        default=None,
        description="The trial-level sample size, one of the totals in sample_sizes: a registry's enrollment, "
        "else the largest randomized total, else enrolled, treated, analysed, completed, planned, screened. "
        "Null when no total is stated.",
    )
    doses: list[Dose] = Field(default_factory=list)
    endpoints: list[Endpoint] = Field(default_factory=list)
    p_values: list[PValue] = Field(default_factory=list)
    trial_ids: list[TrialId] = Field(default_factory=list)
    design: list[DesignFact] = Field(default_factory=list)
    rejected: list[RejectedItem] = Field(default_factory=list, description="Items that failed validation.")

    @model_validator(mode="after")
    def _arms_within_total(self) -> "DocumentRecord":
        totals: dict[str, int] = {}
        for n in self.sample_sizes:
            if n.arm is None and n.role != "subgroup":  # a subgroup is no total its arms are checked against
                totals[n.role] = max(totals.get(n.role, 0), n.value)
        for n in self.sample_sizes:
            total = totals.get(n.role)
            if n.arm is not None and total is not None and n.value > total:
                raise ValueError(f"arm {n.arm!r} has n={n.value} {n.role}, more than the total {total}")
        return self


FIELDS: tuple[str, ...] = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")
ITEM_MODELS: dict[str, type[Grounded]] = {
    "sample_sizes": SampleSize,
    "doses": Dose,
    "endpoints": Endpoint,
    "p_values": PValue,
    "trial_ids": TrialId,
    "design": DesignFact,
}
