"""Cold start, A/B: two source trees and the floor, alternated, with each process's CPU time beside its wall time.

    .venv/bin/python benchmarks/ab_start.py BEFORE_TREE AFTER_TREE [--runs 7] [--sample FILE]

A tree is a checkout of the repository (``git archive main | tar -x -C /tmp/before``); each start runs
``python -m desktop_app SAMPLE`` with the tree first on ``sys.path`` and ``READINESS_EXIT_AFTER_OPEN=1``,
exactly as ``benchmarks/run.py`` times the cold start. Starts go floor, before, after, floor, before,
after... so a load that drifts during the run hits all three alike. The CPU time is the child's user +
system time (``os.wait4``): on a machine shared with other programs it is the fairer reading, since
waiting for a core does not count in it. The load average is printed at the start and at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ROOT / "benchmarks" / "floor_window.py"


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall ms, CPU ms) of one child process run to its end."""
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - t0) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} (in {cwd}) ended with exit code {child.returncode}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


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
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sample", type=Path, default=None, help="the file opened (default: the healthcare sample)")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory(prefix="readiness-ab-") as tmp:
        work = Path(tmp)
        sample = args.sample or make_sample(trees["before"], work)
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
        env = {**base, "QT_QPA_PLATFORM": "offscreen", "READINESS_EXIT_AFTER_OPEN": "1"}
        cmds: dict[str, tuple[list[str], dict[str, str], Path]] = {"floor": ([sys.executable, str(FLOOR)], env, work)}
        for name, tree in trees.items():
            # each tree its own settings and cache, as one installed app has its own
            own = {**env, "READINESS_CONFIG_DIR": str(work / name / "config"),
                   "READINESS_CACHE_DIR": str(work / name / "cache"), "PYTHONPATH": str(tree)}  # fmt: skip
            cmds[name] = ([sys.executable, "-m", "desktop_app", str(sample)], own, tree)
        load_start = os.getloadavg()
        for cmd, e, cwd in cmds.values():  # one unmeasured start each: bytecode, the bank's cache, the disk cache
            timed(cmd, e, cwd)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(args.runs):
            for name, (cmd, e, cwd) in cmds.items():
                results[name].append(timed(cmd, e, cwd))
        load_end = os.getloadavg()
    med = {
        name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for name, r in results.items()
    }
    floor_wall, floor_cpu = med["floor"]
    print(f"load average {load_start[0]:.1f} at the start, {load_end[0]:.1f} at the end; {args.runs} starts each")
    print(f"{'':8} {'wall ms':>9} {'ratio':>7} {'CPU ms':>9} {'ratio':>7}")
    for name, (wall, cpu) in med.items():
        print(f"{name:8} {wall:9.0f} {wall / floor_wall:6.2f}x {cpu:9.0f} {cpu / floor_cpu:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
