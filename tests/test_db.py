"""Databases (issue 5): the relational schema, idempotent loads, replacements, CSV export.

Every test runs on SQLite; the ones taking ``db_url`` run on PostgreSQL too when TEST_POSTGRES_URL
names a server (each test gets its own schema there, dropped afterwards). ``.ci/run`` starts one.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from extract.cli import app
from extract.db import export_csv, load_jsonl, load_records, make_engine
from extract.db.load import create_schema
from extract.db.schema import ALL_TABLES
from extract.db.sourcetext import cleaned_text
from extract.db.timepoints import time_points
from extract.models import DocumentRecord
from tests.conftest import CORPUS, ROOT

PG_URL = os.environ.get("TEST_POSTGRES_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="TEST_POSTGRES_URL is not set (see .ci/postgres.sh)")
runner = CliRunner()
FIELDS = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")


@pytest.fixture
def pg_url():
    """A fresh schema on the TEST_POSTGRES_URL server, dropped after the test."""
    if not PG_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (see .ci/postgres.sh)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{name}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=needs_pg)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "trials.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module")
def corpus_jsonl(tmp_path_factory) -> Path:
    """The corpus's records, written by the real run command (sources relative to the repository)."""
    out = tmp_path_factory.mktemp("run") / "results.jsonl"
    proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", "corpus", "--out", str(out)], cwd=ROOT, capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def records_of(path: Path) -> list[DocumentRecord]:
    return [DocumentRecord.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def query(url: str, sql: str, **params) -> list[tuple]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def table_counts(url: str) -> dict[str, int]:
    return {t.name: query(url, f"SELECT count(*) FROM {t.name}")[0][0] for t in ALL_TABLES}


def load(records, url, **options):
    return load_records(records, url, base=ROOT, **options)


# --- schema and content ---------------------------------------------------------------------------------


def test_every_item_becomes_one_row_with_its_raw_span(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    summary = load(records, db_url)
    assert (summary.documents, summary.inserted) == (5, 5)
    counts = table_counts(db_url)
    for field in FIELDS:
        assert counts[field] == sum(len(getattr(r, field)) for r in records), field
    assert counts["removed_segments"] == sum(len(r.cleaning) for r in records)
    assert counts["sections"] == sum(len(r.sections) for r in records)
    raws = dict(query(db_url, "SELECT id, raw_text FROM documents"))
    for table in ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design"):
        for doc_id, start, end, snippet, rule in query(db_url, f"SELECT document_id, span_start, span_end, text, rule FROM {table}"):
            assert raws[doc_id][start:end] == snippet and rule, (table, doc_id, start)


def test_documents_hold_raw_and_cleaned_text_checked_by_sha1(db_url, corpus_jsonl):
    from extract.cleaning import clean

    load(records_of(corpus_jsonl), db_url)
    for doc_id, source, raw, cleaned, sha1 in query(db_url, "SELECT id, source, raw_text, cleaned_text, content_sha1 FROM documents"):
        original = (ROOT / source).read_text(encoding="utf-8")
        assert raw == original
        pieces = clean(original).pieces
        assert cleaned == "".join(original[s : s + n] for _, s, n in pieces)  # what `trial-extract clean` shows


def test_a_source_that_changed_since_the_run_stores_no_text(tmp_path, db_url):
    doc = tmp_path / "doc.txt"
    doc.write_text("Forty patients were randomized (P = 0.03).", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["run", str(doc), "--out", str(out)]).exit_code == 0
    doc.write_text("Edited afterwards.", encoding="utf-8")
    load_jsonl([str(out)], db_url)
    assert query(db_url, "SELECT raw_text, cleaned_text, text_length FROM documents") == [(None, None, 42)]
    assert query(db_url, "SELECT value FROM p_values") == [(0.03,)]


def test_jsonl_inputs_get_their_text_back_by_line(tmp_path, db_url):
    source = tmp_path / "in.jsonl"
    texts = ["We randomized 40 patients (P = 0.03).", "Sixty adults were enrolled in NCT01234567."]
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    load_jsonl([str(out)], db_url)
    assert query(db_url, "SELECT id, raw_text FROM documents ORDER BY id") == [("d0", texts[0]), ("d1", texts[1])]
    assert query(db_url, "SELECT registry_id FROM trial_ids") == [("NCT01234567",)]


def test_error_records_are_documents_with_status_and_reason(tmp_path, db_url):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Forty patients were randomized.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00")
    out = tmp_path / "r.jsonl"
    runner.invoke(app, ["run", str(folder), "--out", str(out)])
    load_jsonl([str(out)], db_url)
    rows = query(db_url, "SELECT id, status, error_type FROM documents ORDER BY id")
    assert rows[0][:2] == ("binary", "error") and rows[0][2]
    assert rows[1] == ("good", "ok", None)


def test_endpoint_time_points_are_in_days_with_spans_inside_the_time_frame(db_url, corpus_jsonl):
    load(records_of(corpus_jsonl), db_url)
    rows = query(
        db_url,
        "SELECT e.time_frame_start, e.time_frame_end, p.span_start, p.span_end, p.days FROM endpoint_time_points p "
        "JOIN endpoints e ON e.document_id = p.document_id AND e.ordinal = p.endpoint_ordinal",
    )
    assert rows and all(fs <= s < e <= fe for fs, fe, s, e, _ in rows)
    assert {days for *_, days in rows} >= {28.0, 7.0, 31.0}  # hours: test_time_points_in_days


@pytest.mark.parametrize(
    "frame, expected",
    [
        ("from baseline to day 28", [28.0]),
        ("28-day follow-up", [28.0]),
        ("within 6 hours", [0.25]),
        ("up to 4 weeks", [28.0]),
        ("baseline and Day 3, Day7, Day14", [3.0, 7.0, 14.0]),
        ("on days 0, 3 and 6", [0.0, 3.0, 6.0]),
        ("7, 14 and 28 days", [7.0, 14.0, 28.0]),
        ("at 6 months", [180.0]),
        ("two weeks", [14.0]),
        ("at baseline", []),
    ],
)
def test_time_points_in_days(frame, expected):
    assert [p.days for p in time_points(frame)] == expected


def test_cleaned_text_cuts_overlapping_segments_once():
    assert cleaned_text("abcdefgh", [(5, 7), (1, 3), (2, 4)]) == "aeh"


def test_the_readme_query_finds_the_phase_2_msc_trial(db_url, corpus_jsonl):
    load(records_of(corpus_jsonl), db_url)
    rows = query(
        db_url,
        """
        SELECT DISTINCT d.id FROM documents d
        JOIN design g ON g.document_id = d.id AND g.attribute = 'phase' AND g.value LIKE '%2%'
        JOIN doses x ON x.document_id = d.id AND upper(x.intervention) LIKE '%MSC%'
        JOIN sample_sizes n ON n.document_id = d.id AND n.arm IS NULL AND n.value >= :n
        JOIN endpoints e ON e.document_id = d.id AND e.kind = 'primary'
        JOIN endpoint_time_points t ON t.document_id = e.document_id AND t.endpoint_ordinal = e.ordinal AND t.days = 28
        """,
        n=50,
    )
    assert rows == [("003_3b6e48eba2678613",)]


# --- idempotence and replacement -----------------------------------------------------------------------


def test_reloading_the_same_records_changes_nothing(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    load(records, db_url)
    before = table_counts(db_url)
    again = load(records, db_url)
    assert (again.inserted, again.replaced, again.unchanged, again.rows) == (0, 0, 5, 0)
    assert table_counts(db_url) == before


def test_a_reload_adds_the_raw_text_a_first_load_could_not_read(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    load(records, db_url, with_text=False)
    before = table_counts(db_url)
    assert query(db_url, "SELECT count(raw_text) FROM documents") == [(0,)]
    assert load(records, db_url).unchanged == 5
    assert query(db_url, "SELECT count(raw_text), count(cleaned_text) FROM documents") == [(5, 5)]
    assert table_counts(db_url) == before


def test_a_newer_pipeline_version_replaces_the_documents_rows(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    load(records, db_url)
    target = next(r for r in records if len(r.p_values) >= 2)
    newer = target.model_copy(update={"pipeline_version": "0.2.0", "p_values": target.p_values[:1]})
    summary = load([newer], db_url)
    assert (summary.replaced, summary.inserted) == (1, 0)
    assert query(db_url, "SELECT count(*) FROM p_values WHERE document_id = :d", d=target.id) == [(1,)]
    assert query(db_url, "SELECT pipeline_version FROM documents WHERE id = :d", d=target.id) == [("0.2.0",)]
    # The other fields' rows are back exactly once.
    assert query(db_url, "SELECT count(*) FROM design WHERE document_id = :d", d=target.id) == [(len(target.design),)]
    # An older extraction loaded later does not undo the newer one.
    late = load([target], db_url)
    assert late.kept_newer == 1
    assert query(db_url, "SELECT pipeline_version FROM documents WHERE id = :d", d=target.id) == [("0.2.0",)]


def test_a_different_content_hash_replaces_even_at_the_same_version(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    load(records, db_url)
    changed = records[0].model_copy(update={"content_sha1": "0" * 40, "design": []})
    assert load([changed], db_url).replaced == 1
    assert query(db_url, "SELECT count(*) FROM design WHERE document_id = :d", d=changed.id) == [(0,)]
    assert query(db_url, "SELECT content_sha1, raw_text FROM documents WHERE id = :d", d=changed.id) == [("0" * 40, None)]


def test_the_same_id_twice_in_one_load_keeps_the_last(db_url, corpus_jsonl):
    record = records_of(corpus_jsonl)[3]
    second = record.model_copy(update={"trial_ids": []})
    summary = load([record, second], db_url, batch_size=10)
    assert summary.documents == 2
    assert query(db_url, "SELECT count(*) FROM documents") == [(1,)]
    assert query(db_url, "SELECT count(*) FROM trial_ids") == [(0,)]
    assert query(db_url, "SELECT count(*) FROM design") == [(len(record.design),)]


def test_a_crash_mid_load_leaves_whole_batches_and_a_rerun_completes(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)

    def crashing():
        yield from records[:3]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load(crashing(), db_url, batch_size=2)
    # The first batch (2 documents) was committed whole; the interrupted one left nothing.
    assert query(db_url, "SELECT count(*) FROM documents") == [(2,)]
    partial = table_counts(db_url)
    assert partial["design"] == sum(len(r.design) for r in sorted(records[:2], key=lambda r: r.id))
    summary = load(records, db_url, batch_size=2)
    assert (summary.unchanged, summary.inserted) == (2, 3)
    expected = {f: sum(len(getattr(r, f)) for r in records) for f in FIELDS}
    assert {f: n for f, n in table_counts(db_url).items() if f in FIELDS} == expected


def test_a_torn_last_line_is_reported_and_the_rest_is_loaded(tmp_path, corpus_jsonl):
    results = tmp_path / "r.jsonl"
    lines = corpus_jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    results.write_text("".join(lines[:4]) + lines[4][: len(lines[4]) // 2], encoding="utf-8")
    db = tmp_path / "t.sqlite"
    result = runner.invoke(app, ["load", str(results), "--db", str(db)])
    assert result.exit_code == 1
    assert f"{results}:5" in result.output
    assert query(str(db), "SELECT count(*) FROM documents") == [(4,)]


def test_schema_creation_is_repeatable(db_url):
    engine = make_engine(db_url)
    create_schema(engine)
    create_schema(engine)
    engine.dispose()
    assert set(table_counts(db_url)) == {t.name for t in ALL_TABLES}


# --- command line and CSV ------------------------------------------------------------------------------


def test_load_and_export_commands_write_one_csv_per_table(tmp_path, corpus_jsonl):
    db = tmp_path / "trials.sqlite"
    result = runner.invoke(app, ["load", str(corpus_jsonl), "--db", str(db)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--csv", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in folder.glob("*.csv")) == sorted(t.name for t in ALL_TABLES)
    with open(folder / "documents.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and all(r["raw_text"] and r["status"] == "ok" for r in rows)
    with open(folder / "p_values.csv", encoding="utf-8", newline="") as handle:
        p_rows = list(csv.DictReader(handle))
    assert len(p_rows) == sum(len(r.p_values) for r in records_of(corpus_jsonl))
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "missing.sqlite"), "--csv", str(folder)]).exit_code == 2


def test_export_is_the_same_from_sqlite_and_postgres(tmp_path, corpus_jsonl, pg_url):
    exports = {}
    for name, url in (("sqlite", str(tmp_path / "t.sqlite")), ("postgres", pg_url)):
        load(records_of(corpus_jsonl), url)
        export_csv(url, tmp_path / name)
        exports[name] = {p.name: p.read_bytes() for p in (tmp_path / name).glob("*.csv")}
    assert exports["sqlite"] == exports["postgres"]


# --- concurrent loaders ----------------------------------------------------------------------------------


def _variant(corpus_jsonl: Path, copies: int, version: str, keep: int) -> list[dict]:
    """``copies`` × the corpus under new ids; ``keep`` cuts the item lists so variants differ in rows."""
    out = []
    for k in range(copies):
        for record in records_of(corpus_jsonl):
            data = record.model_dump(mode="json")
            data.update(id=f"{record.id}-{k:03d}", pipeline_version=version)
            for field in FIELDS:
                data[field] = data[field][:keep]
            out.append(data)
    return out


def _load_in_parallel(tmp_path: Path, url: str, batches: list[list[dict]]) -> None:
    procs = []
    for i, data in enumerate(batches):
        path = tmp_path / f"{uuid.uuid4().hex[:8]}-{i}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in data), encoding="utf-8")
        command = [sys.executable, "-m", "extract.cli", "load", str(path), "--db", url, "--batch-size", "10", "--no-texts"]
        procs.append(subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()


def _concurrent_load(tmp_path: Path, url: str, corpus_jsonl: Path) -> None:
    from extract.db.rows import record_sha1

    old = _variant(corpus_jsonl, 40, "0.1.0", keep=100)
    # Two loaders insert the same new documents at once, in opposite orders.
    _load_in_parallel(tmp_path, url, [old, old[::-1]])
    assert query(url, "SELECT count(*), count(DISTINCT id) FROM documents") == [(200, 200)]
    assert table_counts(url)["design"] == sum(len(d["design"]) for d in old)
    # Then both replace every document at once with different extractions (same version): whichever
    # wins a document, its rows must be exactly that extraction's, none lost, none left from the other.
    a, b = _variant(corpus_jsonl, 40, "9.0.0", keep=1), _variant(corpus_jsonl, 40, "9.0.0", keep=2)
    _load_in_parallel(tmp_path, url, [a, b])
    by_sha = {}
    for data in a + b:
        by_sha[record_sha1(DocumentRecord.model_validate(data))] = data
    stored = query(url, "SELECT id, record_sha1, pipeline_version FROM documents")
    assert len(stored) == 200 and {v for *_, v in stored} == {"9.0.0"}
    for field in FIELDS:
        rows = dict(query(url, f"SELECT document_id, count(*) FROM {field} GROUP BY document_id"))
        for doc_id, sha, _ in stored:
            assert rows.get(doc_id, 0) == len(by_sha[sha][field]), (field, doc_id)


def test_two_processes_loading_into_sqlite_lose_and_duplicate_nothing(tmp_path, corpus_jsonl):
    _concurrent_load(tmp_path, str(tmp_path / "shared.sqlite"), corpus_jsonl)


def test_two_processes_loading_into_postgres_lose_and_duplicate_nothing(tmp_path, corpus_jsonl, pg_url):
    _concurrent_load(tmp_path, pg_url, corpus_jsonl)


# --- run --db and the Dask engine ----------------------------------------------------------------------


def _mixed_inputs(tmp_path: Path) -> list[str]:
    """The corpus plus inputs that become error records: undecodable, binary, a broken JSON line."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "latin1.txt").write_bytes("Patienten mit Diabetes \xfcber 60 Jahre".encode("latin-1"))
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\x00")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": "We randomized 40 patients (P = 0.03)."}) + "\n{not json\n", encoding="utf-8")
    return [str(CORPUS), str(bad), str(lines)]


def test_run_with_db_loads_what_it_wrote(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out, db = tmp_path / "r.jsonl", tmp_path / "t.sqlite"
    result = runner.invoke(app, ["run", "corpus", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert query(str(db), "SELECT count(*), count(raw_text) FROM documents") == [(5, 5)]
    assert runner.invoke(app, ["run", "corpus", "--out", "-", "--db", str(db)]).exit_code == 2


def test_dask_engine_writes_the_local_engines_records_in_order(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from extract.db import dask_engine

    monkeypatch.setattr(dask_engine, "SHARD_SIZE", 2)  # several shards, so order across shards is tested
    inputs = _mixed_inputs(tmp_path)
    local, dask_out, db = tmp_path / "local.jsonl", tmp_path / "dask.jsonl", tmp_path / "t.sqlite"
    first = runner.invoke(app, ["run", *inputs, "--out", str(local)])
    second = runner.invoke(app, ["run", *inputs, "--out", str(dask_out), "--engine", "dask", "--workers", "2", "--db", str(db)])
    assert first.exit_code == second.exit_code == 1  # error records make the exit code 1 on both engines
    assert dask_out.read_bytes() == local.read_bytes()
    statuses = [json.loads(line)["status"] for line in dask_out.read_text(encoding="utf-8").splitlines()]
    assert statuses.count("error") == 3 and len(statuses) == 9
    assert query(str(db), "SELECT count(*) FROM documents WHERE status = 'error'") == [(3,)]


# --- dose sub-spans ------------------------------------------------------------------------------------


def test_dose_route_and_frequency_spans_are_raw_spans(db_url, corpus_jsonl):
    records = records_of(corpus_jsonl)
    load(records, db_url)
    raws = dict(query(db_url, "SELECT id, raw_text FROM documents"))
    expected = {
        (r.id, i, name): getattr(d, f"{name}_span")
        for r in records for i, d in enumerate(r.doses) for name in ("route", "frequency", "arm", "n_administrations")
    }
    assert any(span is not None for span in expected.values())
    for (doc_id, ordinal, name), span in expected.items():
        [(start, end)] = query(
            db_url, f"SELECT {name}_start, {name}_end FROM doses WHERE document_id = :d AND ordinal = :o", d=doc_id, o=ordinal
        )
        if span is None:
            assert (start, end) == (None, None)
        else:
            assert (start, end) == (span.start, span.end) and raws[doc_id][start:end] == span.text


def test_a_database_made_before_the_dose_spans_gets_their_columns_and_loads(db_url, corpus_jsonl):
    engine = make_engine(db_url)
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE doses"))
        conn.execute(text(
            "CREATE TABLE doses (document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, span_start INTEGER NOT NULL, "
            "span_end INTEGER NOT NULL, text TEXT NOT NULL, rule VARCHAR NOT NULL, intervention TEXT, intervention_start INTEGER, "
            "intervention_end INTEGER, amount FLOAT, amount_low FLOAT, amount_high FLOAT, amount_sd FLOAT, unit VARCHAR, "
            "level VARCHAR, frequency VARCHAR, n_administrations INTEGER, schedule TEXT, schedule_start INTEGER, "
            "schedule_end INTEGER, route VARCHAR, arm TEXT, PRIMARY KEY (document_id, ordinal))"
        ))
    engine.dispose()
    records = records_of(corpus_jsonl)
    load(records, db_url)
    load(records, db_url)  # idempotent: the columns are added once
    assert table_counts(db_url)["doses"] == sum(len(r.doses) for r in records)
    assert query(db_url, "SELECT count(*) FROM doses WHERE route_start IS NOT NULL")[0][0] == sum(
        d.route_span is not None for r in records for d in r.doses
    )


def test_an_arm_the_sentence_does_not_name_is_stored_as_unnamed(db_url):
    from tests.conftest import extract

    record = extract("Nausea was less frequent with ginger than before: 7/41 (17%) vs 15/40 (38%), p = 0.04. "
                     "Vomiting occurred in 3 of 41 patients in the ginger group.")
    assert {(n.value, n.arm_named) for n in record.sample_sizes if n.arm} >= {(40, False), (41, False)}
    load([record], db_url)
    rows = query(db_url, "SELECT value, arm, arm_named FROM sample_sizes WHERE arm IS NOT NULL ORDER BY ordinal")
    assert rows == [(n.value, n.arm, n.arm_named) for n in record.sample_sizes if n.arm]
    assert (40, "15/40", False) in [(v, a, bool(named)) for v, a, named in rows]


def test_a_database_made_before_arm_named_gets_the_column_and_loads(db_url, corpus_jsonl):
    engine = make_engine(db_url)
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE sample_sizes"))
        conn.execute(text(
            "CREATE TABLE sample_sizes (document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, span_start INTEGER NOT NULL, "
            "span_end INTEGER NOT NULL, text TEXT NOT NULL, rule VARCHAR NOT NULL, value INTEGER NOT NULL, role VARCHAR NOT NULL, "
            "arm TEXT, arm_start INTEGER, arm_end INTEGER, PRIMARY KEY (document_id, ordinal))"
        ))
    engine.dispose()
    records = records_of(corpus_jsonl)
    load(records, db_url)
    load(records, db_url)  # idempotent: the column is added once
    assert table_counts(db_url)["sample_sizes"] == sum(len(r.sample_sizes) for r in records)
    assert query(db_url, "SELECT count(*) FROM sample_sizes WHERE arm_named IS NULL")[0][0] == 0


@pytest.mark.parametrize("field", ["sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design"])
def test_every_value_of_an_item_model_has_a_column(field):
    # A field added to a record model (e.g. PValue.outcome_name) must reach the database too.
    from extract.db import schema
    from extract.models import ITEM_MODELS

    columns = set(getattr(schema, field).columns.keys())
    renamed = {"start": "span_start", "end": "span_end", "id": "registry_id"}
    for name in ITEM_MODELS[field].model_fields:
        if name.endswith("_span"):
            assert f"{name.removesuffix('_span')}_start" in columns, (field, name)
        else:
            assert renamed.get(name, name) in columns, (field, name)


def test_documents_hold_the_trial_level_n_with_its_span(db_url, corpus_jsonl):
    records = {r.id: r for r in records_of(corpus_jsonl)}
    load(records.values(), db_url)
    rows = query(db_url, "SELECT id, trial_n, trial_n_role, trial_n_start, trial_n_end FROM documents")
    assert rows and all(n is not None for _, n, _, _, _ in rows)
    for doc_id, n, role, start, end in rows:
        chosen = records[doc_id].trial_n
        assert (n, role, start, end) == (chosen.value, chosen.role, chosen.start, chosen.end)
