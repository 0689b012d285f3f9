"""Run the pipeline over many documents: one JSONL line per input, errors included, order kept.

Streaming end to end: inputs are read lazily, each result is written as soon as it (and every
result before it) is ready, and nothing accumulates but counters, so memory does not grow with the
number of documents. With ``--resume`` the ids already in the output are skipped.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Callable, Iterable, Iterator, Protocol

from .formats.jsonl_output import Written
from .pipeline import PipelineSettings, build_pipeline
from .readers import Input, InputError
from .records import error_record, extract_text

MAX_CHARS = 2_000_000  # a single abstract or registry record is far below this; larger input is an error
ITEM_FIELDS = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")
# A spaCy pipeline's vocabulary keeps every token string it has seen (each new number, each new word),
# so one that reads millions of abstracts grows without bound; a fresh one every REBUILD_EVERY
# documents (about 1 s to build, well under 1% of the run) keeps memory flat. Results do not change.
# The default (plain) pipeline has no vocabulary and a bounded chunk cache: it is never rebuilt.
REBUILD_EVERY = 20_000
_since_build = 0


class Sink(Protocol):
    def write(self, line: str) -> int: ...
    def flush(self) -> None: ...


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    items: int = 0
    rejected: int = 0
    seconds: float = 0.0
    skipped: int = 0
    skipped_errors: int = 0
    interrupted: bool = False
    timings: list[tuple[str, float]] = field(default_factory=list)

    def add(self, result: "Outcome", keep_timings: bool) -> None:
        """Count one written document (shared by the local and the Dask engines)."""
        self.documents += 1
        if keep_timings:
            self.timings.append((result.id, result.seconds))
        if result.ok:
            self.ok += 1
        else:
            self.errors += 1
        self.items += result.items
        self.rejected += result.rejected

    @property
    def failed(self) -> int:
        """Error records in the whole output: this run's and those a resumed run kept."""
        return self.errors + self.skipped_errors

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        text = (
            f"{self.documents} documents: {self.ok} ok, {self.errors} errors; {self.items} items, "
            f"{self.rejected} rejected; {self.seconds:.2f} s ({rate:.0f} docs/s)"
        )
        if self.skipped:
            text += f"; {self.skipped} already written skipped ({self.skipped_errors} of them errors)"
        if self.interrupted:
            text += "; interrupted: rerun with --resume to finish"
        return text


@dataclass(frozen=True)
class Outcome:
    """One document's output line and the counts the summary needs (so the line is not parsed again)."""

    id: str
    line: str
    ok: bool
    items: int
    rejected: int
    seconds: float


def _record(entry: Input, settings: PipelineSettings):
    if isinstance(entry, InputError):
        return error_record(entry.id, entry.source, entry.kind, entry.message)
    if len(entry.text) > MAX_CHARS:
        return error_record(entry.id, entry.source, "too_large", f"{len(entry.text)} characters, over the limit of {MAX_CHARS}")
    try:
        return extract_text(entry.id, entry.text, entry.source, _pipeline(settings))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return error_record(entry.id, entry.source, type(exc).__name__, str(exc) or repr(exc))


def _pipeline(settings: PipelineSettings):
    """The cached pipeline; a spaCy one is rebuilt (fresh vocabulary) after every REBUILD_EVERY documents in
    this process."""
    global _since_build
    if settings.plain:
        return build_pipeline(settings)
    _since_build += 1
    if _since_build > REBUILD_EVERY:
        build_pipeline.cache_clear()
        _since_build = 1
    return build_pipeline(settings)


def process(entry: Input, settings: PipelineSettings) -> str:
    """One input to one JSONL line; any failure becomes an error record for that document."""
    return outcome(entry, settings).line


def outcome(entry: Input, settings: PipelineSettings) -> Outcome:
    """One input to its line and counts, timed."""
    started = time.perf_counter()
    record = _record(entry, settings)
    line = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)
    return Outcome(record.id, line, record.status == "ok", sum(len(getattr(record, f)) for f in ITEM_FIELDS),
                   len(record.rejected), time.perf_counter() - started)


_WORKER_SETTINGS: PipelineSettings | None = None


def _init_worker(settings: PipelineSettings) -> None:
    global _WORKER_SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled once, by the parent
    _WORKER_SETTINGS = settings
    build_pipeline(settings)


def _worker(entry: Input) -> Outcome:
    assert _WORKER_SETTINGS is not None
    return outcome(entry, _WORKER_SETTINGS)


class Progress:
    """A one-line progress display (done, docs/s, ETA) on a terminal; silent when disabled."""

    def __init__(self, stream: IO[str], total: int | None = None, enabled: bool = True, interval: float = 0.5) -> None:
        self.stream, self.total, self.enabled, self.interval = stream, total, enabled, interval
        self.started = time.perf_counter()
        self._last = 0.0
        self._width = 0

    def update(self, done: int, skipped: int = 0, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        self._show(self.text(done, skipped, now - self.started))

    def text(self, done: int, skipped: int, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        count = f"{done + skipped}/{self.total}" if self.total else f"{done + skipped}"
        parts = [f"{count} docs", f"{rate:.0f} docs/s"]
        if skipped:
            parts.append(f"{skipped} resumed")
        if self.total and rate > 0:
            remaining = max(0, self.total - done - skipped) / rate
            parts.append(f"ETA {_clock(remaining)}")
        return "  ".join(parts)

    def _show(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def run_batch(
    inputs: Iterable[Input],
    out: Sink,
    settings: PipelineSettings,
    workers: int = 1,
    skip: Written | None = None,
    progress: Progress | None = None,
    keep_timings: bool = True,
) -> Summary:
    """Process ``inputs`` in order and write one line each to ``out`` as results arrive.

    ``skip`` (from :func:`~extract.formats.jsonl_output.prepare_resume`) holds the ids already
    written: those inputs are passed over and counted. Ctrl-C stops cleanly between lines and
    marks the summary ``interrupted``.
    """
    return write_outcomes(inputs, lambda todo: _results(todo, settings, workers), out, skip, progress, keep_timings)


def write_outcomes(
    inputs: Iterable[Input],
    results: Callable[[Iterable[Input]], Iterator[Outcome]],
    out: Sink,
    skip: Written | None = None,
    progress: Progress | None = None,
    keep_timings: bool = True,
) -> Summary:
    """Write ``results(inputs)`` line by line as they arrive, after passing over ``skip``'s ids.

    Shared by every engine (local processes, Dask), so resuming, progress and Ctrl-C behave alike.
    """
    summary = Summary()
    started = time.perf_counter()
    if skip is not None:
        summary.skipped_errors = skip.errors
        inputs = _not_written(inputs, skip, summary)
    try:
        for result in results(inputs):
            out.write(result.line + "\n")
            out.flush()
            summary.add(result, keep_timings)
            if progress is not None:
                progress.update(summary.documents, summary.skipped)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if progress is not None:
            progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _not_written(inputs: Iterable[Input], skip: Written, summary: Summary) -> Iterator[Input]:
    for entry in inputs:
        if skip.take(entry.id):
            summary.skipped += 1
        else:
            yield entry


def _work_chunk(entries: list[Input]) -> list[Outcome]:
    return [_worker(entry) for entry in entries]


def _results(inputs: Iterable[Input], settings: PipelineSettings, workers: int, chunk: int = 16) -> Iterator[Outcome]:
    if workers <= 1:
        build_pipeline(settings)
        for entry in inputs:
            yield outcome(entry, settings)
        return
    # Not Pool.imap: its feeder thread drains the whole input into the task queue, so memory would
    # grow with the input. Here at most ``window`` chunks are in flight; results come back in order.
    window = workers * 4
    source = iter(inputs)
    pending: deque = deque()
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:

        def submit() -> None:
            entries = list(islice(source, chunk))
            if entries:
                pending.append(pool.apply_async(_work_chunk, (entries,)))

        for _ in range(window):
            submit()
        while pending:
            done = pending.popleft().get()
            submit()
            yield from done
