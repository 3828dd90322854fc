"""Smoke test of the frozen app: the commands a user runs, and the GUI, from the built bundle.

    .venv/bin/python packaging/smoke.py [--timing]

Checks `--version`, `demo`, `score --json`, `report` (a PDF that pypdf reads, with the client's name
in it), `export` (XLSX and JSON that parse), `portfolio` (60 files through the process pool, and a
search of their notes), and the GUI starting offscreen on the sample, opening it
and closing cleanly (exit 0, no traceback, no error in the log). Exit 1 when a check fails.
`--timing` (what `make bundle` runs) also compares the frozen cold start with the unfrozen one: the
GUI from process start to the sample open and the window closed, median of 5, budget 1.5 times.
tests/e2e/test_bundle.py runs the same checks (without the timing) as part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: frozen cold start over unfrozen (issue 16)
COLD_START_BUDGET = 1.5
APPLICATION_ID = 0x47525031
SAMPLE_CLIENT = "Northbridge Health Partners"


def _run(cmd: Sequence[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "READINESS_"))}
    env.update(QT_QPA_PLATFORM="offscreen", READINESS_CONFIG_DIR=str(work / "config"), HOME=str(work / "home"))
    (work / "home").mkdir(parents=True, exist_ok=True)
    return env


def _expect(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise AssertionError(f"{what}: exit {result.returncode}: {(result.stderr or result.stdout)[-1500:]}")
    if "Traceback" in result.stderr:
        raise AssertionError(f"{what}: traceback on stderr: {result.stderr[-1500:]}")


def _portfolio(exe: Path, env: dict[str, str], sample: Path, work: Path) -> str:
    """Enough files for the process pool: the frozen app must start its workers (freeze_support)."""
    import shutil

    folder = work / "portfolio"
    folder.mkdir()
    for i in range(60):
        shutil.copyfile(sample, folder / f"copy-{i:02d}.readiness")
    r = _run([str(exe), "portfolio", str(folder), "--json"], env, timeout=300)
    _expect(r, "portfolio")
    rows = json.loads(r.stdout)["rows"]
    assert len(rows) == 60, f"{len(rows)} rows for 60 files"
    found = _run([str(exe), "portfolio", str(folder), "--search", "de-identification", "--json"], env)
    _expect(found, "portfolio --search")
    matches = json.loads(found.stdout)["matches"]
    assert {m["file"] for m in matches} == {f"copy-{i:02d}.readiness" for i in range(60)}, matches[:1]
    assert matches[0]["client"] == SAMPLE_CLIENT, matches[:1]
    return f"60 files through the process pool, search found {len(matches)} notes in all 60"


def checks(exe: Path, work: Path) -> list[tuple[str, Callable[[], str]]]:
    """The smoke checks, each a name and a function that returns a detail or raises AssertionError."""
    from desktop_app import APP_NAME, __version__

    env = _env(work)
    sample = work / "sample.readiness"

    def version() -> str:
        r = _run([str(exe), "--version"], env)
        _expect(r, "--version")
        assert r.stdout.strip() == f"{APP_NAME} {__version__}", f"--version printed {r.stdout!r}"
        return r.stdout.strip()

    def demo() -> str:
        _expect(_run([str(exe), "demo", str(sample)], env), "demo")
        with sqlite3.connect(f"file:{sample}?mode=ro", uri=True) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        assert app_id == APPLICATION_ID, f"application_id {app_id:#x}"
        assert answers > 50, f"only {answers} answers in the demo file"
        return f"{answers} answers"

    def score() -> str:
        r = _run([str(exe), "score", str(sample), "--json"], env)
        _expect(r, "score --json")
        data = json.loads(r.stdout)
        overall = data["overall"]
        assert 0 <= overall["risk"] <= 100, overall
        return f"overall risk {overall['risk']}, {overall['level']}"

    def report() -> str:
        from pypdf import PdfReader

        pdf = work / "plan.pdf"
        _expect(_run([str(exe), "report", str(sample), "-o", str(pdf)], env, timeout=300), "report")
        head = pdf.read_bytes()
        assert head.startswith(b"%PDF-") and b"%%EOF" in head[-1024:], "not a complete PDF"
        reader = PdfReader(pdf)
        text = "".join(page.extract_text() or "" for page in reader.pages[:3])
        assert len(reader.pages) >= 10, f"{len(reader.pages)} pages"
        assert SAMPLE_CLIENT in text, "the client's name is not in the first pages"
        return f"{len(reader.pages)} pages, {pdf.stat().st_size // 1024} KB"

    def export() -> str:
        xlsx, js = work / "answers.xlsx", work / "answers.json"
        _expect(_run([str(exe), "export", str(sample), "-o", str(xlsx)], env), "export xlsx")
        _expect(_run([str(exe), "export", str(sample), "-o", str(js)], env), "export json")
        with zipfile.ZipFile(xlsx) as z:
            assert "xl/workbook.xml" in z.namelist(), "not an XLSX workbook"
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        data = json.loads(js.read_text(encoding="utf-8"))
        assert data["answers"], "the JSON export has no answers"
        return f"XLSX with {len(sheets)} sheets, JSON with {len(data['answers'])} answers"

    def gui() -> str:
        r = _run([str(exe), str(sample)], {**env, "READINESS_EXIT_AFTER_OPEN": "1"}, timeout=120)
        _expect(r, "GUI offscreen")
        log = work / "config" / "readiness-planner.log"
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        errors = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
        assert not errors, f"errors in the log: {errors[:3]}"
        ini = "".join(p.read_text(encoding="utf-8") for p in (work / "config").rglob("*.ini"))
        assert sample.name in ini, "the sample never reached the recent files: it was not opened"
        return "opened the sample and closed, exit 0"

    return [("--version", version), ("demo", demo), ("score --json", score), ("report", report),
            ("export", export), ("portfolio", lambda: _portfolio(exe, env, sample, work)),
            ("GUI offscreen", gui)]  # fmt: skip


def gui_start_ms(cmd: Sequence[str], sample: Path, work: Path, runs: int) -> float:
    env = {**_env(work), "READINESS_EXIT_AFTER_OPEN": "1"}
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        _expect(_run([*cmd, str(sample)], env), "GUI start")
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen app.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "readiness-planner")
    parser.add_argument("--timing", action="store_true", help="also compare the frozen cold start with the unfrozen")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    exe = args.bundle / ("readiness-planner.exe" if sys.platform == "win32" else "readiness-planner")
    if not exe.is_file():
        print(f"smoke: no bundle at {exe}; run 'make bundle'", file=sys.stderr)
        return 1
    failed = 0
    with tempfile.TemporaryDirectory(prefix="readiness-smoke-") as tmp:
        work = Path(tmp)
        for name, check in checks(exe, work):
            t0 = time.perf_counter()
            try:
                detail = check()
            except (AssertionError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
                failed += 1
                print(f"FAIL  {name:<14} {exc}")
            else:
                print(f"ok    {name:<14} {detail} ({time.perf_counter() - t0:.1f} s)")
        if args.timing and not failed:
            sample = work / "sample.readiness"
            frozen = gui_start_ms([str(exe)], sample, work / "t1", args.runs)
            unfrozen = gui_start_ms([sys.executable, "-m", "desktop_app"], sample, work / "t2", args.runs)
            ratio = frozen / unfrozen
            over = ratio > COLD_START_BUDGET
            failed += over
            print(
                f"{'OVER' if over else 'ok':<5} cold start     frozen {frozen:.0f} ms, unfrozen {unfrozen:.0f} ms: "
                f"{ratio:.2f}x (budget {COLD_START_BUDGET}x; sample open and closed, median of {args.runs})"
            )
    print(f"smoke: {'FAILED' if failed else 'passed'} ({failed} failed)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
