"""Batch runs: every format end to end on real samples, --resume after a torn last line, progress, exit codes."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from extract.batch import Progress, run_batch
from extract.cli import app
from extract.formats.jsonl_output import LineWriter, prepare_resume
from extract.pipeline import PipelineSettings
from extract.readers import InputDocument, InputError
from tests.conftest import CORPUS, DATA

runner = CliRunner()
PUBMED = DATA / "pubmed-xml-samples"
CTGOV = DATA / "ctgov-records"
needs_data = pytest.mark.skipif(not (PUBMED.is_dir() and CTGOV.is_dir()), reason="../shared/data is absent")


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@needs_data
@pytest.mark.parametrize("fmt, source, count", [
    ("pubmed", PUBMED / "pubmed-29768149.xml", 1),
    ("ctgov-json", CTGOV / "json_api_v2" / "NCT02278341.json", 1),
    ("ctgov-json", CTGOV / "json_api_classic" / "NCT04474496.json", 1),
    ("ctgov-xml", CTGOV / "xml" / "NCT02028676.xml", 1),
])
def test_each_real_format_runs_end_to_end(tmp_path, fmt, source, count):
    out = tmp_path / "out.jsonl"
    for chosen in (fmt, "auto"):
        result = runner.invoke(app, ["run", str(source), "--out", str(out), "--format", chosen])
        assert result.exit_code == 0, result.output
        (record,) = records(out)
        assert record["status"] == "ok" and record["trial_ids"], record
        assert record["id"] == record["trial_ids"][0]["id"] if fmt.startswith("ctgov") else record["id"] == "29768149"
    if fmt == "pubmed":
        assert {p["value"] for p in record["p_values"]} >= {0.046}
        assert any(s["value"] == 3849 for s in record["sample_sizes"])
    else:
        assert record["endpoints"] and record["sample_sizes"]


@needs_data
def test_gzip_pubmed_from_standard_input(tmp_path):
    import gzip
    import subprocess
    import sys

    data = gzip.compress((PUBMED / "pubmed-29768149.xml").read_bytes())
    proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", "-", "--out", "-", "--format", "pubmed"],
                          input=data, capture_output=True, check=True)
    assert json.loads(proc.stdout)["id"] == "29768149"


@needs_data
def test_resume_after_a_torn_last_line_loses_and_duplicates_nothing(tmp_path):
    inputs = [str(CORPUS), str(PUBMED)]
    full = tmp_path / "full.jsonl"
    assert runner.invoke(app, ["run", *inputs, "--out", str(full)]).exit_code == 0
    lines = full.read_bytes().splitlines(keepends=True)
    assert len(lines) == 14
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:6]) + lines[6][: len(lines[6]) // 2])  # killed mid-line
    result = runner.invoke(app, ["run", *inputs, "--out", str(partial), "--resume"])
    assert result.exit_code == 0, result.output
    assert "torn last line" in result.output and "6 already written skipped" in result.output
    assert partial.read_bytes() == full.read_bytes()
    again = runner.invoke(app, ["run", *inputs, "--out", str(partial), "--resume"])  # nothing left to do
    assert "0 documents" in again.output and partial.read_bytes() == full.read_bytes()


def test_resume_counts_repeated_ids_and_keeps_old_errors_in_the_exit_code(tmp_path):
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    folder_a.mkdir(), folder_b.mkdir()
    (folder_a / "same.txt").write_text("Forty patients were randomized.", encoding="utf-8")
    (folder_b / "same.txt").write_text("Sixty patients were randomized.", encoding="utf-8")
    (folder_b / "z.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["run", str(folder_a), str(folder_b), "--out", str(out)])
    assert first.exit_code == 1
    full = out.read_bytes()
    out.write_bytes(full.splitlines(keepends=True)[0])  # only the first "same" was written
    resumed = runner.invoke(app, ["run", str(folder_a), str(folder_b), "--out", str(out), "--resume"])
    assert resumed.exit_code == 1 and out.read_bytes() == full  # the second "same" is not skipped
    skipped_all = runner.invoke(app, ["run", str(folder_a), str(folder_b), "--out", str(out), "--resume"])
    assert skipped_all.exit_code == 1 and "(1 of them errors)" in skipped_all.output  # the earlier error still counts


def test_resume_refuses_a_file_that_is_not_jsonl(tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text("these are my notes\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out), "--resume"])
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "these are my notes\n"


def test_prepare_resume_cuts_only_the_torn_tail(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"id": "a", "status": "ok"}\n{"id": "b", "status": "error"}\n{"id": "c", "sta')
    written = prepare_resume(path)
    assert (written.records, written.errors, written.torn_bytes) == (2, 1, len(b'{"id": "c", "sta'))
    assert path.read_bytes().endswith(b'"error"}\n') and written.take("a") and not written.take("a")


def test_line_writer_appends_whole_lines(tmp_path):
    path = tmp_path / "o.jsonl"
    with LineWriter(path) as out:
        out.write("x" * 200_000 + "\n")
    with LineWriter(path, append=True) as out:
        out.write("é\n")
    assert path.read_text(encoding="utf-8") == "x" * 200_000 + "\né\n"


def test_progress_is_quiet_when_piped_and_shows_rate_and_eta_when_asked(tmp_path):
    out = tmp_path / "o.jsonl"
    quiet = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert "\r" not in quiet.output
    shown = runner.invoke(app, ["run", str(CORPUS), "--out", str(out), "--progress"])
    assert "docs/s" in shown.output.split("\n")[-2]  # the summary line
    meter = Progress(io.StringIO(), total=100)
    assert meter.text(done=20, skipped=30, elapsed=2.0) == "50/100 docs  10 docs/s  30 resumed  ETA 0:05"


def test_run_batch_counts_errors_and_keeps_order_with_two_workers():
    inputs = [InputDocument(f"d{n}", f"We randomized {n + 10} patients (P = 0.0{n % 9 + 1}).", "t") for n in range(40)]
    inputs.insert(7, InputError("bad", "t", "read", "broken"))
    one, two = io.StringIO(), io.StringIO()
    summary = run_batch(iter(inputs), one, PipelineSettings(), workers=1)
    run_batch(iter(inputs), two, PipelineSettings(), workers=2)
    assert (summary.documents, summary.errors, summary.failed) == (41, 1, 1)
    assert one.getvalue() == two.getvalue()
    assert [json.loads(line)["id"] for line in one.getvalue().splitlines()][:9] == [f"d{n}" for n in range(7)] + ["bad", "d7"]


def test_rebuilding_the_pipeline_for_a_fresh_vocabulary_changes_no_output(monkeypatch):
    import extract.batch as batch

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    inputs = [InputDocument(f"d{n}", text, "t") for n, text in enumerate(texts * 2)]
    settings = PipelineSettings(spacy_doc=True)  # the plain default pipeline has no vocabulary to refresh
    plain, rebuilt = io.StringIO(), io.StringIO()
    run_batch(iter(inputs), plain, settings)
    monkeypatch.setattr(batch, "REBUILD_EVERY", 3)
    builds = []
    original = batch.build_pipeline.cache_clear
    monkeypatch.setattr(batch.build_pipeline, "cache_clear", lambda: builds.append(1) or original(), raising=False)
    run_batch(iter(inputs), rebuilt, settings)
    assert builds and plain.getvalue() == rebuilt.getvalue()
    default = io.StringIO()
    run_batch(iter(inputs), default, PipelineSettings())
    assert default.getvalue() == plain.getvalue()
