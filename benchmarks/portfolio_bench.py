"""Portfolio loading at scale: time and peak memory for N and N/10 files, to show linear growth.

    .venv/bin/python benchmarks/portfolio_bench.py            # N = 1,000 (and 100)
    .venv/bin/python benchmarks/portfolio_bench.py --n 10000  # N = 10,000 (and 1,000)

The files are copies of the bundled healthcare sample with varied answers, clients, industries and
dates, written straight with sqlite3 (fast) into a temporary folder. Each size is measured in a fresh
process so the peak resident memory (``ru_maxrss``) belongs to that size alone; a second run under
``tracemalloc`` gives the peak of Python allocations during the load.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLIENTS = [f"Client {i:03d}" for i in range(200)]
INDUSTRIES = ["healthcare", "financial_services", "creative", "manufacturing", "public_sector", "general"]


def make_base(folder: Path) -> Path:
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    base = folder / "base.readiness"
    create_from_export(resource_path("samples", "healthcare-synthetic-imaging.json"), base).close()
    return base


def options_of(base: Path) -> dict[str, list[str]]:
    """Question id -> option ids, for single-choice questions of the sample's bank."""
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(base, readonly=True) as doc:
        bank = doc.bank
        return {
            q.id: [o.id for o in q.options]
            for q in bank.all_questions()
            if q.type == "single" and q.options and not q.is_context
        }


def generate(folder: Path, n: int, base: Path, seed: int = 1) -> None:
    rnd = random.Random(seed)
    choices = options_of(base)
    qids = sorted(choices)
    data = base.read_bytes()
    for i in range(n):
        path = folder / f"assessment-{i:05d}.readiness"
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous = OFF")  # throw-away copies: no need to wait for the disk
        with conn:
            day = f"{2024 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            conn.execute(
                "UPDATE assessment SET client = ?, project = ?, workshop_date = ? WHERE id = 1",
                (CLIENTS[i % len(CLIENTS)], f"Project {i}", day),
            )
            conn.execute(
                "UPDATE answers SET value = ? WHERE question_id = 'context.industry'",
                (json.dumps(INDUSTRIES[i % len(INDUSTRIES)]),),
            )
            for qid in rnd.sample(qids, k=min(12, len(qids))):
                conn.execute(
                    "UPDATE answers SET value = ? WHERE question_id = ?", (json.dumps(rnd.choice(choices[qid])), qid)
                )
        conn.close()


def measure(folder: Path, trace: bool) -> dict[str, float]:
    """Load the portfolio into a fresh index, then reopen it unchanged (called in a child process)."""
    import resource
    import tracemalloc

    from desktop_app.analysis.portfolio import load_portfolio

    index = folder.parent / f"{folder.name}-index.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    p = load_portfolio(folder, index_path=index)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    again = load_portfolio(folder, index_path=index)
    reopen = time.perf_counter() - start
    assert again.files_read == 0 and len(again.rows) == len(p.rows)
    frame_start = time.perf_counter()
    p.frame()
    frame_seconds = time.perf_counter() - frame_start
    out = {
        "files": p.total_files,
        "rows": len(p.rows),
        "failures": len(p.failures),
        "seconds": seconds,
        "reopen_seconds": reopen,
        "frame_seconds": frame_seconds,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "index_mb": index.stat().st_size / 1e6,
    }
    if trace:
        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
    return out


def run_child(folder: Path, trace: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--measure", str(folder)] + (["--trace"] if trace else [])
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="the larger portfolio size (default 1000)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc run (it doubles the time)")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.trace)))
        return 0

    sizes = [max(1, args.n // 10), args.n]
    results = []
    with tempfile.TemporaryDirectory(prefix="portfolio-bench-") as tmp_name:
        tmp = Path(tmp_name)
        base = make_base(tmp)
        for n in sizes:
            folder = tmp / f"n{n}"
            folder.mkdir()
            t0 = time.perf_counter()
            generate(folder, n, base)
            gen = time.perf_counter() - t0
            plain = run_child(folder, trace=False)
            traced = run_child(folder, trace=True) if not args.no_trace else {"traced_peak_mb": float("nan")}
            results.append({"n": n, "generate_seconds": gen, **plain, "traced_peak_mb": traced["traced_peak_mb"]})
            shutil.rmtree(folder)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'files':>7} {'load s':>8} {'files/s':>8} {'reopen s':>9} {'frame s':>8} {'py peak MB':>11} "
        f"{'RSS MB':>8} {'worker RSS':>11} {'index MB':>9}"
    )
    for r in results:
        print(
            f"{r['n']:>7,} {r['seconds']:>8.2f} {r['n'] / r['seconds']:>8.0f} {r['reopen_seconds']:>9.2f} "
            f"{r['frame_seconds']:>8.3f} {r['traced_peak_mb']:>11.1f} {r['maxrss_mb']:>8.1f} "
            f"{r['worker_maxrss_mb']:>11.1f} {r['index_mb']:>9.1f}"
        )
    small, large = results
    ratio = large["seconds"] / small["seconds"]
    print(
        f"\n{large['n'] // small['n']}x the files took {ratio:.1f}x the time (linear = {large['n'] // small['n']}x); "
        f"Python peak grew {large['traced_peak_mb'] / small['traced_peak_mb']:.1f}x "
        f"(summary rows only; whole assessments are not kept)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
