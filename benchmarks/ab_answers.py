"""Answers, A/B: two source trees alternated, each answering in a fresh process, GUI-thread CPU beside the gap.

    .venv/bin/python benchmarks/ab_answers.py BEFORE_TREE AFTER_TREE [--rounds 3] [--answers 300] [--visit-tabs]

Each round runs, for each tree in turn, a child process that opens the sample in a main window and
answers ``--answers`` questions with ``measure_answers`` of that tree's own ``benchmarks/gui_probe.py``
(what ``benchmarks/run.py`` reports: the time from the choice until every view is refreshed, and the
GUI thread's CPU time for the same). ``--visit-tabs`` first shows every tab once and comes back to the
questionnaire, as in a workshop where the room's tabs were used: the views built then stay. The load
average is printed at the start and the end; a tree is a checkout (``git archive main | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, os, sys
from pathlib import Path
tree, sample, work, n, visit = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1"
sys.path.insert(0, str(Path(tree) / "benchmarks"))
import gui_probe
from PySide6.QtWidgets import QApplication
from desktop_app.gui.gc_policy import collect_on_gui_thread
from desktop_app.gui.heap import freeze_start_up
from desktop_app.gui.main_window import MainWindow
app = QApplication(sys.argv[:1])
collector = collect_on_gui_thread()
window = MainWindow()
window.show()
app.processEvents()
assert window.documents.open_path(sample, trusted=True)
app.processEvents()
if visit:
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        gui_probe.settle(app)
    window.tabs.setCurrentIndex(0)
    gui_probe.settle(app)
freeze_start_up()
print(json.dumps(gui_probe.measure_answers(app, window, work, n)))
sys.stdout.flush()
os._exit(0)
"""

FIGURES = ("answer_gap_p50_ms", "answer_gap_max_ms", "answer_cpu_p50_ms", "answer_cpu_max_ms", "floor_p50_ms")


def make_sample(tree: Path, folder: Path) -> Path:
    sample = folder / "sample.readiness"
    code = (
        "from desktop_app.resources import resource_path\n"
        "from desktop_app.storage.document import create_from_export\n"
        f"create_from_export(resource_path('samples', 'healthcare-synthetic-imaging.json'), {str(sample)!r}).close()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=tree, check=True)
    return sample


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--visit-tabs", action="store_true")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    print(f"load average {os.getloadavg()[0]:.1f} at the start; {args.answers} answers per run", flush=True)
    with tempfile.TemporaryDirectory(prefix="readiness-ab-answers-") as tmp:
        work = Path(tmp)
        for r in range(args.rounds):
            for name, tree in trees.items():
                own = work / f"{name}-{r}"
                own.mkdir()
                sample = make_sample(tree, own)
                env = {
                    **base,
                    "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONPATH": str(tree),
                    "READINESS_CONFIG_DIR": str(own / "config"),
                    "READINESS_CACHE_DIR": str(work / name / "cache"),
                }
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, str(tree), str(sample), str(own), str(args.answers),
                     "1" if args.visit_tabs else "0"],
                    env=env, cwd=tree, capture_output=True, text=True, check=True, timeout=1200,
                ).stdout.strip().splitlines()[-1]  # fmt: skip
                p = json.loads(out)
                print(f"round {r + 1} {name:6} " + "  ".join(f"{k} {p[k]:.1f}" for k in FIGURES), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
