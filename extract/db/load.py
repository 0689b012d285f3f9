"""Load records into the database: idempotent, one transaction per batch, safe for concurrent loaders.

Per document the loader inserts the document row if its id is new (``ON CONFLICT DO NOTHING``),
otherwise locks the existing row (``SELECT … FOR UPDATE``) and decides:

* same record fingerprint → nothing to do (a reload or a rerun after a crash), except storing the raw
  text if it was missing and the source can be read now;
* an older pipeline version than the stored one → the stored rows stay (concurrent loaders converge on
  the newest extraction whatever their order);
* anything else (newer version, other content hash, other result) → the document row is updated and
  its item rows are deleted and re-inserted, inside the same transaction.

Documents of a batch are handled in id order, so two loaders lock rows in the same order and cannot
deadlock each other; a serialization failure or deadlock from elsewhere retries the batch.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, delete, insert, inspect, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from ..models import DocumentRecord
from . import schema
from .rows import document_row, item_rows, record_sha1
from .sourcetext import SourceTexts, cleaned_text
from .url import make_engine

BATCH_SIZE = 200
RETRIES = 5
_SCHEMA_LOCK_KEY = 0x7472_6961_6C  # pg advisory lock id: one loader creates the tables at a time


@dataclass
class LoadSummary:
    documents: int = 0
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    rows: int = 0
    bad_lines: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        bad = f", {len(self.bad_lines)} unreadable lines" if self.bad_lines else ""
        return (
            f"{self.documents} documents: {self.inserted} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{self.kept_newer} older than stored; {self.rows} item rows{bad}; {self.seconds:.2f} s ({rate:.0f} docs/s)"
        )


def create_schema(engine: Engine) -> None:
    """Create missing tables and indexes; safe when several loaders start at once."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
        schema.metadata.create_all(conn)
        _add_missing_columns(conn)


def _add_missing_columns(conn: Connection) -> None:
    """Add the nullable columns a newer schema has (a dose's route and frequency spans) to tables an older
    version made: ``create_all`` only creates missing tables. Rows already stored keep nulls there."""
    inspector = inspect(conn)
    for table in schema.ALL_TABLES:
        have = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have and column.nullable:
                kind = column.type.compile(dialect=conn.dialect)
                try:
                    conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))
                except DBAPIError as exc:  # sqlite: another loader added it meanwhile (postgres holds a lock)
                    if "duplicate column" not in str(exc).lower():
                        raise


def load_records(
    records: Iterable[Union[DocumentRecord, dict]],
    url: Union[str, Engine],
    *,
    batch_size: int = BATCH_SIZE,
    with_text: bool = True,
    base: Path = Path("."),
) -> LoadSummary:
    """Write ``records`` into the database at ``url`` (a path, sqlite:// or postgresql:// URL)."""
    engine = make_engine(url) if isinstance(url, str) else url
    summary = LoadSummary()
    texts = SourceTexts(base) if with_text else None
    started = time.perf_counter()
    try:
        create_schema(engine)
        batch: list[tuple[DocumentRecord, dict]] = []
        for record in records:
            if not isinstance(record, DocumentRecord):
                record = DocumentRecord.model_validate(record)
            batch.append((record, _document(record, texts)))  # in input order: texts are read in one pass
            if len(batch) >= batch_size:
                _load_batch(engine, batch, summary)
                batch = []
        if batch:
            _load_batch(engine, batch, summary)
    finally:
        if isinstance(url, str):
            engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary


def load_jsonl(paths: Iterable[str], url: Union[str, Engine], **options: object) -> LoadSummary:
    """Load JSONL results files (``-`` for standard input); unreadable lines are counted, not fatal."""
    bad: list[str] = []
    summary = load_records(_read_records(paths, bad), url, **options)  # type: ignore[arg-type]
    summary.bad_lines = bad
    return summary


def _read_records(paths: Iterable[str], bad: list[str]) -> Iterator[DocumentRecord]:
    for spec in paths:
        handle: IO[str] = sys.stdin if spec == "-" else open(spec, encoding="utf-8")
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield DocumentRecord.model_validate_json(line)
                except ValidationError as exc:
                    # A line cut short by a crash, or not a record: report it, load the others.
                    bad.append(f"{spec}:{number}: {exc.errors()[0]['msg']}")
        finally:
            if handle is not sys.stdin:
                handle.close()


def _load_batch(engine: Engine, batch: list[tuple[DocumentRecord, dict]], summary: LoadSummary) -> None:
    prepared = sorted(batch, key=lambda pair: pair[0].id)  # stable: a repeated id keeps its order (last wins)
    for attempt in range(RETRIES):
        outcome = LoadSummary()
        try:
            with engine.begin() as conn:
                _write(conn, prepared, outcome)
        except DBAPIError as exc:
            if attempt + 1 < RETRIES and _retryable(exc):
                time.sleep(0.05 * 2**attempt)
                continue
            raise
        break
    summary.documents += outcome.documents
    summary.inserted += outcome.inserted
    summary.replaced += outcome.replaced
    summary.unchanged += outcome.unchanged
    summary.kept_newer += outcome.kept_newer
    summary.rows += outcome.rows


def _document(record: DocumentRecord, texts: Optional[SourceTexts]) -> dict:
    raw = texts.get(record.source, record.content_sha1) if texts else None
    cleaned = cleaned_text(raw, [(s.start, s.end) for s in record.cleaning]) if raw is not None else None
    return document_row(record, raw, cleaned)


def _write(conn: Connection, prepared: list[tuple[DocumentRecord, dict]], outcome: LoadSummary) -> None:
    fresh: list[DocumentRecord] = []
    for record, row in prepared:
        outcome.documents += 1
        if _insert_new(conn, row):
            outcome.inserted += 1
            fresh.append(record)
            continue
        documents = schema.documents
        stored = conn.execute(
            select(documents.c.pipeline_version, documents.c.record_sha1, documents.c.raw_text.is_(None).label("no_text"))
            .where(documents.c.id == record.id)
            .with_for_update()
        ).one()
        if stored.record_sha1 == row["record_sha1"]:
            outcome.unchanged += 1
            if stored.no_text and row["raw_text"] is not None:  # the source is readable now: add its text
                texts = {"raw_text": row["raw_text"], "cleaned_text": row["cleaned_text"]}
                conn.execute(update(documents).where(documents.c.id == record.id).values(**texts))
        elif _version_key(record.pipeline_version) < _version_key(stored.pipeline_version):
            outcome.kept_newer += 1
        else:
            for table in reversed(schema.ITEM_TABLES):
                conn.execute(delete(table).where(table.c.document_id == record.id))
            conn.execute(update(documents).where(documents.c.id == record.id).values(**row))
            outcome.replaced += 1
            fresh.append(record)
    _insert_items(conn, _merge_duplicates(fresh), outcome)


def _merge_duplicates(records: list[DocumentRecord]) -> list[DocumentRecord]:
    # The same id twice in one batch: its rows were deleted before the second write, keep only the last.
    last = {r.id: r for r in records}
    return [r for r in records if last[r.id] is r]


def _insert_new(conn: Connection, row: dict) -> bool:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(schema.documents).values(**row).on_conflict_do_nothing(index_elements=["id"])
    return conn.execute(statement.returning(schema.documents.c.id)).first() is not None


def _insert_items(conn: Connection, records: list[DocumentRecord], outcome: LoadSummary) -> None:
    rows: dict[str, list[dict]] = {table.name: [] for table in schema.ITEM_TABLES}
    for record in records:
        for name, items in item_rows(record).items():
            rows[name].extend(items)
    for table in schema.ITEM_TABLES:
        if rows[table.name]:
            conn.execute(insert(table), rows[table.name])
            outcome.rows += len(rows[table.name])


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _retryable(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if code in ("40001", "40P01"):  # serialization failure, deadlock detected
        return True
    return "database is locked" in str(exc.orig)
