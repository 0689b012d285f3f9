"""Run the pipeline over many documents: one JSONL line per input, errors included, order kept."""

from __future__ import annotations

import json
import multiprocessing
import time
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator

from .pipeline import PipelineSettings, build_pipeline
from .readers import Input, InputError
from .records import error_record, extract_text

MAX_CHARS = 2_000_000  # a single abstract or registry record is far below this; larger input is an error


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    items: int = 0
    rejected: int = 0
    seconds: float = 0.0
    timings: list[tuple[str, float]] = field(default_factory=list)

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents: {self.ok} ok, {self.errors} errors; {self.items} items, "
            f"{self.rejected} rejected; {self.seconds:.2f} s ({rate:.0f} docs/s)"
        )


def process(entry: Input, settings: PipelineSettings) -> str:
    """One input to one JSONL line; any failure becomes an error record for that document."""
    if isinstance(entry, InputError):
        record = error_record(entry.id, entry.source, entry.kind, entry.message)
    elif len(entry.text) > MAX_CHARS:
        record = error_record(entry.id, entry.source, "too_large", f"{len(entry.text)} characters, over the limit of {MAX_CHARS}")
    else:
        try:
            record = extract_text(entry.id, entry.text, entry.source, build_pipeline(settings))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            record = error_record(entry.id, entry.source, type(exc).__name__, str(exc) or repr(exc))
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


def _timed(entry: Input, settings: PipelineSettings) -> tuple[str, float]:
    started = time.perf_counter()
    line = process(entry, settings)
    return line, time.perf_counter() - started


_WORKER_SETTINGS: PipelineSettings | None = None


def _init_worker(settings: PipelineSettings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    build_pipeline(settings)


def _worker(entry: Input) -> tuple[str, float]:
    assert _WORKER_SETTINGS is not None
    return _timed(entry, _WORKER_SETTINGS)


def run_batch(inputs: Iterable[Input], out: IO[str], settings: PipelineSettings, workers: int = 1) -> Summary:
    """Process ``inputs`` in order and write one line each to ``out`` as results arrive."""
    summary = Summary()
    started = time.perf_counter()
    for line, seconds in _results(inputs, settings, workers):
        out.write(line + "\n")
        out.flush()
        record = json.loads(line)
        summary.documents += 1
        summary.timings.append((record["id"], seconds))
        if record["status"] == "ok":
            summary.ok += 1
        else:
            summary.errors += 1
        summary.items += sum(len(record[f]) for f in ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design"))
        summary.rejected += len(record["rejected"])
    summary.seconds = time.perf_counter() - started
    return summary


def _results(inputs: Iterable[Input], settings: PipelineSettings, workers: int) -> Iterator[tuple[str, float]]:
    if workers <= 1:
        build_pipeline(settings)
        for entry in inputs:
            yield _timed(entry, settings)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # imap keeps input order; workers return plain strings, so nothing heavy is pickled.
        yield from pool.imap(_worker, inputs, chunksize=16)
