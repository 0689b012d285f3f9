"""Throughput benchmark: docs/s with one and two workers, peak RSS, memory flatness, peers, profile.

Why: batch users run millions of abstracts; this measures the real command line (``trial-extract run``
in a subprocess, so RSS and start-up are what a user gets) on ≥ 10,000 realistic abstracts built from
the development corpora in ../shared/data (evidence-inference, PICO, Jager & Leek; cycled with new ids
to reach the count). The corpus is written to a temporary folder, never into the repository. In the
same run, on the same texts: a regex-only scan (the floor no extractor can beat), statcheck's p-value
extractor and quantulum3's quantity parser where installed, and a cProfile of the single-worker
pipeline grouped by stage.

    python benchmarks/throughput.py                    # 10,000 docs
    python benchmarks/throughput.py --docs 10000 --large 50000 --json throughput.json
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("TRIAL_EXTRACT_DATA", ROOT.parent / "shared" / "data"))

_SUMMARY = re.compile(r"(\d+) documents: (\d+) ok, (\d+) errors; .*?; ([\d.]+) s \((\d+) docs/s\)")
# The regex floor: what a scan for the same kinds of values costs with no cleaning, tokens or validation.
_FLOOR = [re.compile(p, re.I) for p in (
    r"\bp\s*(?:[<>=≤≥]|&lt;)\s*0?[.·]\d+",
    r"\bn\s*=\s*\d+|\b\d[\d,]*\s+(?:patients|participants|subjects|women|men|children|adults)\b",
    r"\b\d+(?:\.\d+)?\s*(?:mg|µg|mcg|g|ml|iu|units?)(?:/(?:kg|day|m2))?\b",
    r"\bNCT\d{8}\b|\bISRCTN\d+\b|\bChiCTR[-\w]+\b",
    r"\brandomi[sz]ed|double[- ]blind|placebo|phase\s+[1-4IV]+\b",
)]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_corpus(data: Path, count: int) -> list[dict]:
    """``count`` abstracts ({id, text}) from the development corpora, cycled with fresh ids if needed."""
    base: list[dict] = []
    for row in _jsonl(data / "evidence-inference" / "abstracts.jsonl"):
        base.append({"id": row["pmcid"], "text": f"{row.get('title') or ''}\n{row['abstract_text']}"})
    for row in _jsonl(data / "pico-corpus-breast-cancer" / "pico_corpus.jsonl"):
        base.append({"id": f"pico-{row['pmid']}", "text": row["text"]})
    jager = data / "jager-leek-pvalues" / "abstracts_with_extracted_pvalues.jsonl"
    if jager.exists():
        for row in _jsonl(jager):
            if row.get("abstract"):
                base.append({"id": f"jl-{row['pmid']}", "text": f"{row.get('title') or ''}\n{row['abstract']}"})
    if not base:
        raise SystemExit(f"no abstracts found under {data}")
    return [{"id": f"{base[n % len(base)]['id']}#{n // len(base)}", "text": base[n % len(base)]["text"]} for n in range(count)]


def write_corpus(docs: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


def _tree_rss(proc) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except Exception:  # noqa: BLE001 - a worker that just exited
            pass
    return total


def run_cli(corpus: Path, out: Path, workers: int, expected: int) -> dict:
    """One ``trial-extract run`` in a subprocess: its summary, wall time and sampled RSS of the process tree."""
    import psutil

    cmd = [sys.executable, "-m", "extract.cli", "run", str(corpus), "--out", str(out), "--workers", str(workers), "--no-progress"]
    # CPU seconds of the whole process tree (pool workers are reaped by the CLI, the CLI by us): with other
    # jobs on the machine, docs per CPU-second shows what a worker costs, whatever the wall clock says.
    usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    samples: list[tuple[float, int, int]] = []  # (seconds, tree RSS, output bytes)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                samples.append((time.perf_counter() - started, _tree_rss(proc), out.stat().st_size if out.exists() else 0))
            except Exception:  # noqa: BLE001 - the process ended between calls
                pass
            stop.wait(0.25)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, stderr = child.communicate()
    stop.set()
    thread.join()
    wall = time.perf_counter() - started
    usage_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage_after.ru_utime + usage_after.ru_stime) - (usage_before.ru_utime + usage_before.ru_stime)
    match = _SUMMARY.search(stderr)
    if child.returncode not in (0, 1) or not match:
        raise RuntimeError(f"{' '.join(cmd)} failed ({child.returncode}):\n{stderr[-2000:]}")
    docs, seconds = int(match.group(1)), float(match.group(4))
    assert docs == expected, (docs, expected)
    final = samples[-1][2] if samples else 0
    def rss_at(fraction: float) -> float:
        reached = [rss for _, rss, size in samples if final and size >= fraction * final]
        return (reached[0] if reached else 0) / 2**20
    return {
        "workers": workers, "docs": docs, "errors": int(match.group(3)), "seconds": seconds, "wall": wall,
        "docs_per_s": docs / seconds, "cpu_s": cpu, "docs_per_cpu_s": docs / cpu if cpu else 0.0,
        "load_before": load_before, "load_after": os.getloadavg()[0], "peak_rss_mb": max((rss for _, rss, _ in samples), default=0) / 2**20,
        "rss_at_10pct_mb": rss_at(0.10), "rss_at_50pct_mb": rss_at(0.50), "rss_at_end_mb": rss_at(0.99),
    }


def regex_floor(texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        for pattern in _FLOOR:
            for _ in pattern.finditer(text):
                pass
    return time.perf_counter() - started


def statcheck_scan(texts: list[str]) -> float | None:
    try:
        from statcheck.helpers_parse_stats import extract_p_value
        from statcheck.regex import RGX_P_NS
    except Exception:  # noqa: BLE001 - optional peer
        return None
    started = time.perf_counter()
    for text in texts:
        for raw in re.finditer(RGX_P_NS, text, re.I):
            try:
                extract_p_value(raw.group())
            except Exception:  # noqa: BLE001 - statcheck raises on notations it cannot parse
                pass
    return time.perf_counter() - started


def quantulum_scan(texts: list[str]) -> float | None:
    try:
        import quantulum3.classifier as classifier

        classifier.USE_CLF = False  # its stored classifier breaks with current scikit-learn (as in peers.py)
        from quantulum3 import parser
    except Exception:  # noqa: BLE001 - optional peer
        return None
    parser.parse("warm up 5 mg")
    started = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return time.perf_counter() - started


def in_process(texts: list[dict]) -> float:
    """trial-extract on the peers' documents, one worker, in this process (pipeline already built)."""
    from extract.batch import run_batch
    from extract.pipeline import PipelineSettings, build_pipeline
    from extract.readers import InputDocument

    build_pipeline(PipelineSettings())
    docs = [InputDocument(d["id"], d["text"], "bench") for d in texts]
    started = time.perf_counter()
    run_batch(iter(docs), io.StringIO(), PipelineSettings(), keep_timings=False)
    return time.perf_counter() - started


def _stages() -> list[tuple[str, tuple[str, str]]]:
    """(stage, (file path substring, function name)): the outermost call of each stage of the pipeline."""
    from extract.extractors.registry import EXTRACTORS

    stages = [
        ("cleaning (boilerplate, language, sections)", ("extract/cleaning/cleaner.py", "clean")),
        ("tokenizer (scispacy rules, spaCy Doc; --spacy-doc)", ("spacy/language.py", "make_doc")),
        ("sentencizer (spaCy; --spacy-doc)", ("sentencizer.pyx", "__call__")),
        ("sentences (plain tokenizer rules + sentencizer)", ("extract/tokenizer.py", "sentences")),
        ("abbreviation detector (scispacy; --spacy-doc)", ("scispacy/abbreviation.py", "__call__")),
        ("abbreviation detector (plain, on demand)", ("extract/extractors/abbreviations.py", "find_abbreviations")),
        ("tokens for the abbreviation detector", ("extract/tokenizer.py", "__call__")),
        ("extractor context (sentences, abbreviations)", ("extract/pipeline.py", "context_for")),
    ]
    for field, function in EXTRACTORS.items():
        code = function.__code__
        stages.append((f"extractor: {field}", (code.co_filename, code.co_name)))
    stages += [
        ("record: spans to raw offsets", ("extract/records.py", "_to_dict")),
        ("record: pydantic validation", ("pydantic/main.py", "model_validate")),
        ("output: model_dump + json.dumps", ("pydantic/main.py", "model_dump")),
        ("output: model_dump + json.dumps", ("json/__init__.py", "dumps")),
    ]
    return stages


def profile(texts: list[dict], spacy_doc: bool = False) -> dict:
    """cProfile of the single-worker pipeline: cumulative time per stage, and the top functions by own time.
    The documents are run once unprofiled first, so the tokenizer's chunk cache is as warm as in a long run."""
    from extract.batch import run_batch
    from extract.pipeline import PipelineSettings, build_pipeline
    from extract.readers import InputDocument

    settings = PipelineSettings(spacy_doc=spacy_doc)
    build_pipeline(settings)
    docs = [InputDocument(d["id"], d["text"], "bench") for d in texts]
    run_batch(iter(docs), io.StringIO(), settings, keep_timings=False)
    cpu = time.process_time()
    run_batch(iter(docs), io.StringIO(), settings, keep_timings=False)
    cpu = time.process_time() - cpu
    profiler = cProfile.Profile()
    profiler.enable()
    run_batch(iter(docs), io.StringIO(), settings, keep_timings=False)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = next(cum for (path, _, name), (_, _, _, cum, _) in stats.items() if name == "run_batch")
    stages: dict[str, float] = {}
    for label, (path_part, function) in _stages():
        cum = sum(row[3] for (path, _, name), row in stats.items() if name == function and path_part in path)
        stages[label] = stages.get(label, 0.0) + cum
    stages["rest (batch loop, glue)"] = max(0.0, total - sum(stages.values()))
    functions = sorted(((row[2], row[3], f"{Path(path).name}:{line}({name})") for (path, line, name), row in stats.items()), reverse=True)
    return {
        "seconds": total,
        "docs": len(docs),
        "cpu_ms_per_doc_unprofiled": cpu / len(docs) * 1000,
        "spacy_doc": spacy_doc,
        "stages": {k: v / total for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "top": [{"function": f, "own_s": round(t, 3), "cum_s": round(c, 3)} for t, c, f in functions[:15]],
    }


def _machine() -> str:
    cpu = platform.processor() or ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, load average {load:.1f} at start"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=0, help="Also run one worker on this many docs (memory flatness).")
    parser.add_argument("--peer-docs", type=int, default=500, help="Documents for the peers and the in-process comparison.")
    parser.add_argument("--profile-docs", type=int, default=1000)
    parser.add_argument("--skip-two", action="store_true", help="Skip the two-worker run.")
    parser.add_argument("--json", type=Path, help="Write every number to this file.")
    parser.add_argument("--profile-only", action="store_true", help="Only the in-process profile (CPU ms per document and stage shares).")
    parser.add_argument("--spacy-doc", action="store_true", help="Profile the spaCy-Doc pipeline (the reference) instead of the plain one.")
    args = parser.parse_args()
    if args.profile_only:
        prof = profile(build_corpus(DATA, args.profile_docs), spacy_doc=args.spacy_doc)
        print(format_profile(prof))
        if args.json:
            args.json.write_text(json.dumps(prof, indent=2), encoding="utf-8")
        return

    report: dict = {"machine": _machine()}
    docs = build_corpus(DATA, max(args.docs, args.large))
    texts = [d["text"] for d in docs[: args.docs]]
    report["corpus"] = {"docs": args.docs, "mean_chars": sum(map(len, texts)) / len(texts)}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(docs[: args.docs], corpus)
        runs = [run_cli(corpus, Path(tmp) / "out1.jsonl", 1, args.docs)]
        if not args.skip_two:
            runs.append(run_cli(corpus, Path(tmp) / "out2.jsonl", 2, args.docs))
            same = (Path(tmp) / "out1.jsonl").read_bytes() == (Path(tmp) / "out2.jsonl").read_bytes()
            report["two_workers_same_output"] = same
        if args.large:
            large = Path(tmp) / "large.jsonl"
            write_corpus(docs[: args.large], large)
            runs.append(run_cli(large, Path(tmp) / "outL.jsonl", 1, args.large))
        report["runs"] = runs

    peers_docs = docs[: args.peer_docs]
    peer_texts = [d["text"] for d in peers_docs]
    ours = in_process(peers_docs)
    peers = {"trial-extract (in process)": ours, "regex-only scan": regex_floor(peer_texts)}
    for name, fn in (("statcheck p-values", statcheck_scan), ("quantulum3 quantities", quantulum_scan)):
        seconds = fn(peer_texts)
        if seconds is not None:
            peers[name] = seconds
    report["peers"] = {name: {"seconds": s, "docs_per_s": len(peer_texts) / s, "time_vs_trial_extract": s / ours}
                       for name, s in peers.items()}
    report["regex_floor_full_corpus_docs_per_s"] = len(texts) / regex_floor(texts)
    report["profile"] = profile(docs[: args.profile_docs])
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


def format_report(report: dict) -> str:
    lines = [f"machine: {report['machine']}",
             f"corpus: {report['corpus']['docs']} abstracts, {report['corpus']['mean_chars']:.0f} characters on average", "",
             "| run | docs | docs/s | wall s | CPU s (all processes) | docs per CPU-s | load avg before / after | peak RSS (MB, all processes) | RSS at 10% / 50% / end of output (MB) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for run in report["runs"]:
        lines.append(f"| {run['workers']} worker{'s' if run['workers'] > 1 else ''} | {run['docs']} | {run['docs_per_s']:.1f} | "
                     f"{run['wall']:.1f} | {run['cpu_s']:.1f} | {run['docs_per_cpu_s']:.1f} | {run['load_before']:.1f} / {run['load_after']:.1f} | "
                     f"{run['peak_rss_mb']:.0f} | {run['rss_at_10pct_mb']:.0f} / {run['rss_at_50pct_mb']:.0f} / {run['rss_at_end_mb']:.0f} |")
    if len(report["runs"]) > 1 and report["runs"][1]["workers"] == 2:
        one, two = report["runs"][0], report["runs"][1]
        lines.append(f"\ntwo workers / one: {two['docs_per_s'] / one['docs_per_s']:.2f}x by the wall clock; CPU per document "
                     f"{two['cpu_s'] / two['docs'] * 1000:.1f} ms with two workers vs {one['cpu_s'] / one['docs'] * 1000:.1f} ms with one, "
                     f"so on two free cores two workers would give ~{2 * one['cpu_s'] / two['cpu_s']:.2f}x; "
                     f"same output bytes: {report.get('two_workers_same_output')}")
    lines += ["", "| on the same documents | docs/s | time relative to trial-extract |", "|---|---|---|"]
    for name, peer in report["peers"].items():
        lines.append(f"| {name} | {peer['docs_per_s']:.0f} | {peer['time_vs_trial_extract']:.3f} |")
    lines.append(f"\nregex-only scan over the whole corpus: {report['regex_floor_full_corpus_docs_per_s']:.0f} docs/s")
    lines += ["", format_profile(report["profile"])]
    return "\n".join(lines)


def format_profile(prof: dict) -> str:
    lines = [f"profile (cProfile, one worker, {prof['docs']} docs, {prof['seconds']:.1f} s under the profiler; "
             f"{prof['cpu_ms_per_doc_unprofiled']:.2f} CPU ms per document unprofiled{', spaCy Doc' if prof['spacy_doc'] else ''}):",
             "", "| stage (cumulative) | share of time |", "|---|---|"]
    lines += [f"| {stage} | {share:.1%} |" for stage, share in prof["stages"].items() if share > 0]
    lines += ["", "top functions by own time:"] + [f"  {t['own_s']:7.3f} s own, {t['cum_s']:7.3f} s cum  {t['function']}" for t in prof["top"]]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
