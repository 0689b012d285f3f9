"""The command line: every input form, error records for bad input, evaluate and clean."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extract.cli import app
from tests.conftest import CORPUS, GOLD

runner = CliRunner()


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_on_the_corpus_folder_writes_one_record_per_document(tmp_path):
    out = tmp_path / "results.jsonl"
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert [r["id"] for r in records] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert all(r["status"] == "ok" and r["pipeline_version"] for r in records)


def test_run_reads_jsonl_with_id_text_and_pubmed_style_fields(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": "We randomized 40 patients (P = 0.03)."}) + "\n"
        + json.dumps({"pmid": "123", "title": "A trial", "abstract": "Sixty adults were enrolled."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    a, b = read_jsonl(out)
    assert (a["id"], a["source"], a["p_values"][0]["value"]) == ("a1", f"{source}:1", 0.03)
    assert (b["id"], b["sample_sizes"][0]["value"]) == ("123", 60)


def test_run_reads_standard_input_and_writes_standard_output():
    proc = subprocess.run(
        [sys.executable, "-m", "extract.cli", "run", "-", "--out", "-"],
        input="NCT01234567: 25 patients were randomized.".encode(),
        capture_output=True,
        check=True,
    )
    record = json.loads(proc.stdout)
    assert record["trial_ids"][0]["id"] == "NCT01234567"


def test_bad_documents_get_error_records_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Forty patients were randomized (P < .01).", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Patienten mit Diabetes \xfcber 60 Jahre".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00")
    (folder / "utf16.txt").write_bytes("Twelve patients were enrolled.".encode("utf-16"))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 1  # some documents failed
    records = {r["id"]: r for r in read_jsonl(out)}
    assert set(records) == {"good", "latin1", "binary", "utf16"}
    assert records["latin1"]["status"] == "error" and "UTF-8" in records["latin1"]["error"]["message"]
    assert records["binary"]["status"] == "error"
    assert records["utf16"]["sample_sizes"][0]["value"] == 12
    assert records["good"]["status"] == "ok"


def test_invalid_jsonl_line_is_an_error_record(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "ok", "text": "n = 30"}\n{not json}\n{"id": "x"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["run", str(source), "--out", str(out)])
    statuses = [(r["id"], r["status"]) for r in read_jsonl(out)]
    assert statuses == [("ok", "ok"), ("line-2", "error"), ("x", "error")]


def test_evaluate_prints_the_table_and_writes_json(tmp_path):
    out = tmp_path / "results.jsonl"
    runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    scores_path = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(out), "--corpus", str(CORPUS), "--json", str(scores_path)])
    assert result.exit_code == 0, result.output
    assert "p_values" in result.output
    scores = json.loads(scores_path.read_text())
    assert scores["fields"]["p_values"]["f1"] == 1.0


def test_clean_shows_removed_segments_with_reasons():
    result = runner.invoke(app, ["clean", str(CORPUS / "002_17143892691e6f0f.txt"), "--json"])
    payload = json.loads(result.output)
    reasons = {seg["reason"] for seg in payload["removed"]}
    assert {"web boilerplate", "reference list", "figure caption", "repeated title"} <= reasons
    assert "Skip to main page content" not in payload["text"]


@pytest.mark.parametrize("workers", [2])
def test_two_workers_give_the_same_output_as_one(tmp_path, workers):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner.invoke(app, ["run", str(CORPUS), "--out", str(one)])
    runner.invoke(app, ["run", str(CORPUS), "--out", str(two), "--workers", str(workers)])
    assert one.read_bytes() == two.read_bytes()
