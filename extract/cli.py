"""The ``trial-extract`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .pipeline import PipelineSettings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Source-grounded records from clinical-trial text.")


def _settings(fields: Optional[str], sentences: str, ner_model: Optional[str], repair_sentences: bool = True) -> PipelineSettings:
    base = PipelineSettings()
    chosen = tuple(f.strip() for f in fields.split(",")) if fields else base.fields
    return PipelineSettings(fields=chosen, sentences=sentences, ner_model=ner_model, repair_sentences=repair_sentences)


@app.command()
def run(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .jsonl, PubMed .xml/.xml.gz, ClinicalTrials.gov .json/.xml), folders of them, or - for standard input."),
    out: str = typer.Option("results.jsonl", "--out", "-o", help="Output JSONL file, or - for standard output."),
    input_format: str = typer.Option("auto", "--format", help="Input format: auto (by extension), txt, jsonl, pubmed, ctgov-json, ctgov-xml."),
    resume: bool = typer.Option(False, help="Keep the records already in --out and skip their ids (after a crash or Ctrl-C)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress line on standard error (default: when it is a terminal)."),
    fields: Optional[str] = typer.Option(None, help="Comma-separated fields to extract (default: all)."),
    sentences: str = typer.Option("sentencizer", help="Sentence splitter: sentencizer (fast) or pysbd."),
    repair_sentences: bool = typer.Option(True, help="Undo false splits after abbreviations ('i.v. | weekly', 'q.d. | vs.') and inside pasted numbers."),
    ner_model: Optional[str] = typer.Option(None, help="A spaCy NER model, by name or path, e.g. training/ner/output/model-best (OUTCOME mentions; see README, NER) or en_core_sci_sm."),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
    timings: bool = typer.Option(False, help="Print the time spent on each document."),
    # issue 5: run past one machine, and load the output into a database
    engine: str = typer.Option("local", help="local (processes on this machine) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, help="With --engine dask: the scheduler's address (tcp://HOST:8786); without it a local cluster of --workers."),
    db: Optional[str] = typer.Option(None, "--db", help="Then load --out into this database (SQLite file or URL), as `load` does."),
) -> None:
    """Extract records from documents and write one JSONL line per document."""
    from .batch import Progress, run_batch
    from .formats.jsonl_output import LineWriter, prepare_resume
    from .readers import FORMATS, count_inputs, iter_inputs

    if input_format not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    if resume and out == "-":
        raise typer.BadParameter("cannot resume into standard output", param_hint="--resume")
    if engine not in ("local", "dask"):  # issue 5
        raise typer.BadParameter("expected local or dask", param_hint="--engine")
    if db and out == "-":  # issue 5: the database is loaded from the written file
        raise typer.BadParameter("needs --out FILE", param_hint="--db")
    settings = _settings(fields, sentences, ner_model, repair_sentences)
    skip = None
    if resume:
        try:
            skip = prepare_resume(out)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2)
        if skip.torn_bytes:
            typer.echo(f"resume: cut a torn last line ({skip.torn_bytes} bytes) off {out}", err=True)
    show = sys.stderr.isatty() if progress is None else progress
    meter = Progress(sys.stderr, count_inputs(paths, input_format) if show else None, enabled=show)
    handle = sys.stdout if out == "-" else LineWriter(out, append=resume)
    try:
        if engine == "dask":  # issue 5: same records and order, documents sharded over a Dask cluster
            from .db.dask_engine import run_with_dask

            summary = run_with_dask(iter_inputs(paths, input_format), handle, settings, scheduler, workers=workers,
                                    skip=skip, progress=meter, keep_timings=timings)
        else:
            summary = run_batch(iter_inputs(paths, input_format), handle, settings, workers=workers, skip=skip,
                                progress=meter, keep_timings=timings)
    finally:
        if handle is not sys.stdout:
            handle.close()
    if timings:
        for doc_id, seconds in summary.timings:
            typer.echo(f"{doc_id}\t{seconds * 1000:.1f} ms", err=True)
    typer.echo(summary.line(), err=True)
    if db and not summary.interrupted:  # issue 5: load the whole output file (idempotent, so resumes are fine)
        from .db import load_jsonl

        loaded = load_jsonl([out], db)
        typer.echo(f"{db}: {loaded.line()}", err=True)
    if summary.interrupted:
        raise typer.Exit(code=130)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command()
def clean(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A raw text file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Show the cleaned text of a document and every removed segment with its reason."""
    from .cleaning import clean as clean_text
    from .readers import decode

    raw = decode(file.read_bytes())
    cleaned = clean_text(raw)
    kept = "".join(raw[start : start + length] for _, start, length in cleaned.pieces)
    if as_json:
        payload = {
            "text": kept,
            "removed": [dict(seg.model_dump(), text=raw[seg.start : seg.end]) for seg in cleaned.removed],
            "sections": [s.model_dump() for s in cleaned.sections],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    typer.echo(kept)
    typer.echo("\n--- removed ---")
    for seg in cleaned.removed:
        preview = raw[seg.start : seg.end].strip().replace("\n", " | ")
        typer.echo(f"[{seg.start}:{seg.end}] {seg.reason}: {preview[:100]}{'...' if len(preview) > 100 else ''}")
    typer.echo("\n--- sections ---")
    for section in cleaned.sections:
        typer.echo(f"[{section.start}:{section.end}] {section.name}")


@app.command()
def evaluate(
    gold: str = typer.Option("gold", help="A gold folder, or KIND[:PATH] of an external dataset (ebm-nlp, ct-corpus, pico, ctgov, evidence-inference, evidencemap, phee, rct-art)."),
    pred: Optional[Path] = typer.Option(None, help="Predicted records (JSONL). Without it, the gold documents' texts are extracted now."),
    split: Optional[str] = typer.Option(None, help="Score only this split of a dataset (e.g. validation, report)."),
    data_root: Path = typer.Option(Path("../shared/data"), envvar="TRIAL_EXTRACT_DATA", help="Where external datasets live."),
    corpus: Path = typer.Option(Path("corpus"), help="Raw texts of a gold folder's documents."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON to this file."),
    show_errors: int = typer.Option(20, help="How many misses and false hits to list per field (-1: all)."),
) -> None:
    """Per-field precision, recall and F1 against gold, with the misses and false hits."""
    from .evaluation.report import format_report
    from .evaluation.run import evaluate as run_evaluation

    scores = run_evaluation(gold, pred=pred, split=split, data_root=data_root, corpus=corpus)
    typer.echo(format_report(scores, show_errors))
    if json_out:
        json_out.write_text(json.dumps(scores.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")


@app.command()
def review(
    results: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records written by `run` (JSONL)."),
    html: Path = typer.Option(Path("report.html"), "--html", help="The HTML report to write (one self-contained file)."),
    gold: Optional[str] = typer.Option(None, help="A gold folder (e.g. gold/), or KIND[:PATH] of a dataset: mark matches, misses, false hits."),
    corpus: Optional[Path] = typer.Option(None, help="Folder of the raw texts, when the records' sources have moved."),
    data_root: Path = typer.Option(Path("../shared/data"), envvar="TRIAL_EXTRACT_DATA", help="Where external datasets live."),
    split: Optional[str] = typer.Option(None, help="Only this split of a gold dataset (e.g. validation), as in evaluate."),
    page_size: int = typer.Option(20, min=1, help="Documents per page of the report."),
) -> None:
    """Write an HTML report: each document's text with its extracted items highlighted (and gold, with --gold)."""
    from .review import build_report

    summary = build_report(results, html, gold=gold, corpus=corpus, data_root=data_root, page_size=page_size, split=split)
    typer.echo(f"{html}: {summary.line()}", err=True)


@app.command()
def schema(folder: Path = typer.Option(Path("schemas"), help="Where to write the JSON Schema.")) -> None:
    """Write the JSON Schema of the records, generated from the Pydantic models."""
    from .schema import write

    typer.echo(write(folder))


# --- databases (issue 5): load, export ---------------------------------------------------------------


@app.command("load")
def load_command(
    results: List[str] = typer.Argument(..., help="JSONL results written by run, or - for standard input."),
    db: str = typer.Option("trials.sqlite", "--db", help="SQLite file, sqlite:///PATH, or postgresql://USER@HOST/DB."),
    batch_size: int = typer.Option(200, min=1, help="Documents per transaction."),
    texts: bool = typer.Option(True, "--texts/--no-texts", help="Store each document's raw and cleaned text, re-read from its source."),
) -> None:
    """Load records into a relational database; reloading the same records changes nothing."""
    from .db import load_jsonl

    summary = load_jsonl(results, db, batch_size=batch_size, with_text=texts)
    for bad in summary.bad_lines:
        typer.echo(f"not loaded: {bad}", err=True)
    typer.echo(summary.line(), err=True)
    if summary.bad_lines:
        raise typer.Exit(code=1)


@app.command("export")
def export_command(
    db: str = typer.Option("trials.sqlite", "--db", help="SQLite file or database URL, as for load."),
    csv: Path = typer.Option(..., "--csv", file_okay=False, help="Folder for one CSV file per table."),
) -> None:
    """Write every table of the database as TABLE.csv, for spreadsheets and R."""
    from .db import export_csv

    if "://" not in db and not Path(db).is_file():
        typer.echo(f"no database at {db}", err=True)
        raise typer.Exit(code=2)
    for table, rows in export_csv(db, csv).items():
        typer.echo(f"{csv / (table + '.csv')}\t{rows} rows", err=True)


# --- end of databases ------------------------------------------------------------------------------


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
