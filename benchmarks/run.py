"""Reproducible timings of the things a user waits for, against budgets.

    .venv/bin/python benchmarks/run.py [--repeat N] [--json]

Each figure is the median of N runs on this machine. A budget is what a user should never notice
being exceeded on a 2-core laptop; a failed budget makes the script exit 1. Timed tests do not
belong in the test suite (a busy machine would fail them); this script is run by hand or in a
dedicated job (`make bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name -> budget in milliseconds
BUDGETS = {
    "bank load (built-in, cold)": 150.0,
    "open sample + read assessment": 60.0,
    "score sample": 10.0,
    "plan sample": 10.0,
    "answer one question (durable commit)": 30.0,
    "import 100 answers (one transaction)": 150.0,
    "CLI: score --json (process start to exit)": 1500.0,
    "CLI: report (process start to exit)": 6000.0,
    "report PDF in process": 2500.0,
    "GUI: process start to window shown, sample open": 2500.0,
}


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from desktop_app.core import bank as bank_module
    from desktop_app.core.assessment import Answer
    from desktop_app.core.plan import build_plan
    from desktop_app.core.scoring import score
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import ReadinessDocument, create_from_export

    results: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix="readiness-bench-"))
    sample = tmp / "sample.readiness"
    create_from_export(resource_path("samples", "healthcare-synthetic-imaging.json"), sample).close()

    def load_cold() -> None:
        bank_module._BANK_CACHE.clear()
        bank_module._FRAMEWORK_CACHE.clear()
        bank_module.load_bank(bank_module.builtin_bank_path())

    results["bank load (built-in, cold)"] = median_ms(load_cold, args.repeat)

    def open_read() -> None:
        with ReadinessDocument.open(sample, readonly=True) as doc:
            doc.assessment()

    results["open sample + read assessment"] = median_ms(open_read, args.repeat)
    with ReadinessDocument.open(sample, readonly=True) as doc:
        bank, assessment = doc.bank, doc.assessment()
    results["score sample"] = median_ms(lambda: score(bank, assessment), args.repeat * 5)
    results["plan sample"] = median_ms(lambda: build_plan(bank, assessment), args.repeat * 5)

    work = tmp / "work.readiness"
    with ReadinessDocument.create(work, client="Bench", project="Timing", bank=bank) as doc:
        q = next(q for q in bank.all_questions() if q.type == "single" and not q.is_context)
        results["answer one question (durable commit)"] = median_ms(
            lambda: doc.set_answer(Answer(q.id, q.options[0].id, note="timing")), args.repeat
        )
        batch = [
            Answer(x.id, x.options[0].id)
            for x in bank.all_questions()
            if x.type in ("single", "yesno") and not x.is_context
        ][:100]
        results["import 100 answers (one transaction)"] = median_ms(lambda: doc.import_all(batch), args.repeat)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cli = [sys.executable, "-m", "desktop_app"]
    results["CLI: score --json (process start to exit)"] = median_ms(
        lambda: subprocess.run([*cli, "score", str(sample), "--json"], capture_output=True, check=True, env=env),
        max(3, args.repeat // 2),
    )
    gui_runs = []
    for _ in range(max(3, args.repeat // 2)):
        out = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "gui_start.py"), str(sample)],
            capture_output=True,
            text=True,
            check=True,
            env={**env, "READINESS_CONFIG_DIR": str(tmp / "config")},
        ).stdout.split()
        gui_runs.append(float(out[0]))
        if out[1] != "-":
            print(f"warning: {out[1]} loaded at GUI start", file=sys.stderr)
    results["GUI: process start to window shown, sample open"] = statistics.median(gui_runs)
    try:
        from desktop_app.report import write_report

        pdf = tmp / "plan.pdf"
        results["report PDF in process"] = median_ms(lambda: write_report(bank, assessment, pdf), 3)
        results["CLI: report (process start to exit)"] = median_ms(
            lambda: subprocess.run([*cli, "report", str(sample), "-o", str(pdf)], capture_output=True, check=True),
            3,
        )
    except ImportError as exc:  # the report package is optional for this benchmark's other figures
        print(f"(report not measured: {exc})", file=sys.stderr)

    failed = [name for name, ms in results.items() if ms > BUDGETS[name]]
    if args.json:
        print(json.dumps({"results_ms": results, "budgets_ms": BUDGETS, "failed": failed}, indent=2))
    else:
        print(f"{'what':<44} {'median ms':>10} {'budget':>8}")
        for name, ms in results.items():
            mark = "  OVER" if name in failed else ""
            print(f"{name:<44} {ms:>10.1f} {BUDGETS[name]:>8.0f}{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
