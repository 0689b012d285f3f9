"""Crash safety: kill -9 a run at random moments, resume it, and check that no document is lost or doubled.

    python benchmarks/kill_resume.py [--docs 5000] [--rounds 10] [--workers 1] [--seed 0] [--db] [--keep DIR]

1. Writes ``--docs`` generated documents (trial-like sentences, numbers, unicode, a few
   error-provoking ones) to a JSONL file and runs ``trial-extract run`` on it once, uninterrupted:
   the reference output.
2. ``--rounds`` times: starts ``trial-extract run ... --resume`` into the same output file, waits
   until it has written at least one new line, waits a random 0-``--max-delay`` seconds more, and
   sends SIGKILL to its whole process group (with ``--workers N`` the pool's workers die too, as in
   a machine crash or the OOM killer taking the job).
3. Runs ``--resume`` once more to the end.
4. Checks that the output holds every input id exactly once, in input order, every line a valid
   record, and that it is byte-identical to the reference.
5. With ``--db``: loads the output into SQLite, killing the loader at random moments, reloads to the
   end, and checks that the database holds every document exactly once with every item.

Exit code 1 when a check fails. Prints one summary line per round and the totals.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEM_FIELDS = ("sample_sizes", "doses", "endpoints", "p_values", "trial_ids", "design")

_SENTENCES = (
    "We randomized {n} patients with {cond} to {drug} {dose} mg twice daily or placebo.",
    "A total of {n} participants were enrolled; {m} completed the study.",
    "The primary endpoint was change in {outcome} from baseline to week {w}.",
    "{outcome} improved more with {drug} than with placebo (P = 0.0{p}).",
    "Adverse events were similar between groups (p < 0.{p}).",
    "This multicentre, double-blind, phase {phase} trial is registered as NCT0{nct}.",
    "{drug} ({dose} mg/kg, n = {m}) versus control (n = {m2}).",
    "Secondary endpoints included {outcome} and hospital stay.",
    "Forty-two subjects received {dose} × 10^6 cells/kg intravenously on days 0, 3 and 6.",
    "患者{n}例随机分组。",
    "Пациенты ({n}) были рандомизированы.",
    "P for trend = 0·0{p}; HR 0.{p} (95% CI 0.5–0.9).",
)
_WORDS = {
    "cond": ("type 2 diabetes", "COVID-19 pneumonia", "knee osteoarthritis", "asthma", "heart failure"),
    "drug": ("metformin", "dexamethasone", "celecoxib", "budesonide", "sacubitril", "UC-MSCs"),
    "outcome": ("HbA1c", "pain score", "FEV1", "6-minute walk distance", "mortality", "TTCI"),
}


def make_documents(count: int, seed: int = 0) -> list[dict]:
    """``count`` JSONL objects ``{"id", "text"}``, reproducible from ``seed``."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            template = rng.choice(_SENTENCES)
            values = {k: rng.choice(v) for k, v in _WORDS.items()}
            values.update(
                n=rng.randint(3, 3000), m=rng.randint(3, 300), m2=rng.randint(3, 300), dose=rng.choice([5, 10, 0.5, 250, 1000]),
                w=rng.choice([4, 12, 24, 52]), p=rng.randint(1, 9), phase=rng.choice(["II", "3", "1/2a"]),
                nct=rng.randint(1000000, 9999999),
            )
            parts.append(template.format(**values))
        text = ("\n" if rng.random() < 0.3 else " ").join(parts)
        if i % 97 == 0:
            text = "Title of trial {}\n\n{}\n\nReferences\n1. Smith J. Lancet 2020;395:1-10.".format(i, text)
        if i % 211 == 0:
            text = ""  # empty documents are records too
        docs.append({"id": f"doc-{i:05d}", "text": text})
    return docs


def write_documents(path: Path, docs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract.cli", *args]


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


@dataclass
class Round:
    number: int
    lines_before: int
    lines_after: int
    killed: bool  # False when the run finished before the kill
    delay: float


@dataclass
class Result:
    docs: int
    rounds: list[Round] = field(default_factory=list)
    lost: int = 0
    duplicated: int = 0
    out_of_order: bool = False
    identical_to_reference: bool | None = None
    db_rounds: int = 0
    db_documents: int | None = None
    db_items_match: bool | None = None
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def kills(self) -> int:
        return sum(r.killed for r in self.rounds)

    def lines(self) -> list[str]:
        out = [f"round {r.number}: {r.lines_before} -> {r.lines_after} lines, "
               f"{'killed' if r.killed else 'finished first'} {r.delay:.2f} s after the first new line" for r in self.rounds]
        out.append(
            f"{self.docs} documents, {self.kills} kill -9 mid-run, then --resume: lost {self.lost}, duplicated {self.duplicated}, "
            f"order {'broken' if self.out_of_order else 'kept'}, identical to an uninterrupted run: {self.identical_to_reference}"
        )
        if self.db_documents is not None:
            out.append(f"database: {self.db_rounds} loader kills, then a full load: {self.db_documents} documents, items match: {self.db_items_match}")
        out.extend(f"PROBLEM: {p}" for p in self.problems)
        out.append(f"{self.seconds:.1f} s")
        return out


def _run_with_kills(command: list[str], out: Path, rounds: int, max_delay: float, rng: random.Random, result: Result,
                    timeout: float = 300.0) -> None:
    for number in range(1, rounds + 1):
        before = _lines(out)
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        started = time.monotonic()
        # Kill only once this round has written something: every round must be a crash mid-run.
        while proc.poll() is None and _lines(out) <= before and time.monotonic() - started < timeout:
            time.sleep(0.01)
        delay = rng.uniform(0.0, max_delay)
        time.sleep(delay)
        killed = proc.poll() is None
        _kill_group(proc)
        result.rounds.append(Round(number, before, _lines(out), killed, delay))
        if not killed:
            break  # the run finished: nothing left to interrupt


def check_output(out: Path, ids: list[str], result: Result) -> None:
    seen: dict[str, int] = {}
    order = []
    for number, line in enumerate(out.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(f"line {number} is not JSON: {exc.msg}")
            continue
        seen[record["id"]] = seen.get(record["id"], 0) + 1
        order.append(record["id"])
    result.lost = sum(1 for i in ids if i not in seen)
    result.duplicated = sum(n - 1 for n in seen.values() if n > 1)
    result.out_of_order = order != [i for i in ids if i in seen] and not result.duplicated
    if result.lost or result.duplicated:
        result.problems.append(f"{result.lost} documents lost, {result.duplicated} duplicated")
    if result.out_of_order:
        result.problems.append("records are not in input order")


def check_database(db: Path, out: Path, ids: list[str], result: Result) -> None:
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with sqlite3.connect(db) as conn:
        db_ids = [row[0] for row in conn.execute("SELECT id FROM documents")]
        result.db_documents = len(db_ids)
        if sorted(db_ids) != sorted(ids):
            result.problems.append(f"database holds {len(db_ids)} documents ({len(set(db_ids))} distinct), expected {len(ids)}")
        matches = True
        for name in ITEM_FIELDS:
            expected = sum(len(r[name]) for r in records)
            got = conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]  # noqa: S608 - fixed table names
            if got != expected:
                matches = False
                result.problems.append(f"database table {name}: {got} rows, the output has {expected} items")
        result.db_items_match = matches


def run(docs: int = 5000, rounds: int = 10, workers: int = 1, seed: int = 0, max_delay: float = 0.5, db: bool = False,
        reference: bool = True, keep: Path | None = None) -> Result:
    started = time.monotonic()
    rng = random.Random(seed)
    result = Result(docs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source, out, ref = folder / "docs.jsonl", folder / "out.jsonl", folder / "reference.jsonl"
        out.unlink(missing_ok=True)
        documents = make_documents(docs, seed)
        write_documents(source, documents)
        ids = [d["id"] for d in documents]
        common = ["--no-progress", "--workers", str(workers)]
        if reference:
            subprocess.run(_cli("run", str(source), "--out", str(ref), *common), cwd=ROOT, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        command = _cli("run", str(source), "--out", str(out), "--resume", *common)
        _run_with_kills(command, out, rounds, max_delay, rng, result)
        final = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if final.returncode not in (0, 1):
            result.problems.append(f"the final --resume run exited {final.returncode}: {final.stderr[-500:]}")
        check_output(out, ids, result)
        if reference:
            result.identical_to_reference = out.read_bytes() == ref.read_bytes()
            if not result.identical_to_reference:
                result.problems.append("the resumed output differs from the uninterrupted run")
        if db:
            database = folder / "trials.sqlite"
            database.unlink(missing_ok=True)
            load = _cli("load", str(out), "--db", str(database), "--no-texts", "--batch-size", "50")
            for _ in range(3):
                proc = subprocess.Popen(load, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
                begun = time.monotonic()
                size = database.stat().st_size if database.exists() else 0
                while proc.poll() is None and (database.stat().st_size if database.exists() else 0) <= size \
                        and time.monotonic() - begun < 120:
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.0, 0.3))
                if proc.poll() is None:
                    result.db_rounds += 1
                _kill_group(proc)
            loaded = subprocess.run(load, cwd=ROOT, capture_output=True, text=True)
            if loaded.returncode != 0:
                result.problems.append(f"the final load exited {loaded.returncode}: {loaded.stderr[-500:]}")
            check_database(database, out, ids, result)
    result.seconds = time.monotonic() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-delay", type=float, default=0.5, help="Longest wait after a round's first new line before the kill.")
    parser.add_argument("--db", action="store_true", help="Also load the output into SQLite with kills, and check it.")
    parser.add_argument("--no-reference", action="store_true", help="Skip the uninterrupted reference run.")
    parser.add_argument("--keep", type=Path, default=None, help="Work in this folder and keep the files.")
    args = parser.parse_args()
    result = run(args.docs, args.rounds, args.workers, args.seed, args.max_delay, args.db, not args.no_reference, args.keep)
    for line in result.lines():
        print(line)
    ok = not result.problems and result.kills >= min(args.rounds, 1)
    if result.kills < args.rounds:
        print(f"only {result.kills} of {args.rounds} rounds were killed mid-run (the run finished first)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
