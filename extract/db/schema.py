"""The relational schema: one table per record list, one row per item, keyed by (document_id, ordinal).

Every item row keeps its raw-text span (``span_start``, ``span_end``, ``text``) and the ``rule`` that
produced it, so a database user can still check a value against the source. The composite primary keys
make duplicates impossible whatever the loader does; ``ON DELETE CASCADE`` lets one statement drop a
document. Columns avoid SQL keywords (``end``, ``id`` of a trial) so hand-written queries need no quoting.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True, comment="The record's id (file stem, JSONL id or pmid)."),
    Column("source", Text, nullable=False),
    Column("pipeline_version", String, nullable=False),
    Column("status", String, nullable=False),
    Column("error_type", String),
    Column("error_message", Text),
    Column("text_length", Integer, nullable=False),
    Column("content_sha1", String, comment="sha1 of the raw text."),
    Column("record_sha1", String, nullable=False, comment="sha1 of the loaded record: equal means nothing to do."),
    Column("n_rejected", Integer, nullable=False),
    Column("trial_n", Integer, comment="The trial-level sample size (record.trial_n): null when no total is stated."),
    Column("trial_n_role", String),
    Column("trial_n_start", Integer, comment="Raw offsets of the words trial_n was read from."),
    Column("trial_n_end", Integer),
    Column("raw_text", Text, comment="Re-read from source when its sha1 still matches; else null."),
    Column("cleaned_text", Text, comment="The raw text without the removed segments."),
    Index("ix_documents_content_sha1", "content_sha1"),
    Index("ix_documents_status", "status"),
)


def _document_key() -> list[Column]:
    return [
        Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("ordinal", Integer, primary_key=True, comment="Position in the record's list."),
    ]


def _grounded() -> list[Column]:
    return [
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("rule", String, nullable=False),
    ]


def _subspan(name: str) -> list[Column]:
    return [Column(f"{name}_start", Integer), Column(f"{name}_end", Integer)]


sample_sizes = Table(
    "sample_sizes",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("value", Integer, nullable=False),
    Column("role", String, nullable=False),
    Column("arm", Text, comment="Null for a total."),
    *_subspan("arm"),
    Column("arm_named", Boolean, comment="False when arm is the count's own text: the sentence names no arm."),
    Column("subgroup", Text, comment="For role 'subgroup': the part of the sample counted, as written ('males')."),
    *_subspan("subgroup"),
    Index("ix_sample_sizes_role_value", "role", "value"),
)

doses = Table(
    "doses",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("intervention", Text),
    *_subspan("intervention"),
    Column("amount", Float),
    Column("amount_low", Float),
    Column("amount_high", Float),
    Column("amount_sd", Float),
    Column("unit", String),
    Column("level", String),
    Column("frequency", String),
    *_subspan("frequency"),
    Column("n_administrations", Integer),
    *_subspan("n_administrations"),
    Column("schedule", Text),
    *_subspan("schedule"),
    Column("route", String),
    *_subspan("route"),
    Column("arm", Text),
    *_subspan("arm"),
    Index("ix_doses_intervention", "intervention"),
    Index("ix_doses_unit_amount", "unit", "amount"),
)

endpoints = Table(
    "endpoints",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("kind", String, nullable=False),
    Column("name", Text),
    Column("time_frame", Text),
    *_subspan("time_frame"),
    Column("description", Text),
    Index("ix_endpoints_kind", "kind"),
)

endpoint_time_points = Table(
    "endpoint_time_points",
    metadata,
    Column("document_id", String, primary_key=True),
    Column("endpoint_ordinal", Integer, primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("span_start", Integer, nullable=False, comment="Raw span of the point inside the time frame."),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("amount", Float, nullable=False),
    Column("unit", String, nullable=False, comment="hour, day, week, month or year"),
    Column("days", Float, nullable=False, comment="Amount in days (month = 30, year = 365)."),
    ForeignKeyConstraint(
        ["document_id", "endpoint_ordinal"], ["endpoints.document_id", "endpoints.ordinal"], ondelete="CASCADE"
    ),
    Index("ix_endpoint_time_points_days", "days"),
)

p_values = Table(
    "p_values",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("operator", String),
    Column("value", Float),
    Column("normalisation", String, comment="Set when value is not the number written: 'rounded_zero' (P < 0.000 read as < 0.001)."),
    Column("significant", Boolean),
    Column("outcome", Text),
    *_subspan("outcome"),
    Column("outcome_name", Text, comment="The outcome with the document's abbreviations written out."),
    Column("comparison", Text),
    *_subspan("comparison"),
    Column("comparison_name", Text, comment="The arms compared, 'A vs B', abbreviations written out."),
    Index("ix_p_values_value", "value"),
)

trial_ids = Table(
    "trial_ids",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("registry", String, nullable=False),
    Column("registry_id", String, nullable=False, comment="The trial's id in its registry, e.g. NCT04366063."),
    Index("ix_trial_ids_registry_id", "registry_id"),
)

design = Table(
    "design",
    metadata,
    *_document_key(),
    *_grounded(),
    Column("attribute", String, nullable=False),
    Column("value", String, nullable=False),
    Index("ix_design_attribute_value", "attribute", "value"),
)

removed_segments = Table(
    "removed_segments",
    metadata,
    *_document_key(),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("reason", String, nullable=False),
)

sections = Table(
    "sections",
    metadata,
    *_document_key(),
    Column("name", String, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

rejected_items = Table(
    "rejected_items",
    metadata,
    *_document_key(),
    Column("field", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("item", Text, nullable=False, comment="The rejected item as JSON."),
)

# Child tables in an order that respects foreign keys on insert (reverse it to delete).
ITEM_TABLES: tuple[Table, ...] = (
    sample_sizes,
    doses,
    endpoints,
    endpoint_time_points,
    p_values,
    trial_ids,
    design,
    removed_segments,
    sections,
    rejected_items,
)
ALL_TABLES: tuple[Table, ...] = (documents, *ITEM_TABLES)
