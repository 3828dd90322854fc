"""Collections happen on the GUI thread only: a worker thread that collected unreachable Qt objects
killed the suite twice with a segmentation fault (gui/gc_policy.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QRunnable, QThreadPool

from desktop_app.gui import gc_policy


class _Cycles:
    def __init__(self) -> None:
        self.me = self


class _Allocator(QRunnable):
    """A worker that makes cyclic garbage as reportlab does when it reads a font: many objects."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.done = threading.Event()

    def run(self) -> None:
        for _ in range(300_000):
            _Cycles()
        self.done.set()


def _threads_that_collected(qtbot) -> list[str]:
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        worker = _Allocator()
        QThreadPool.globalInstance().start(worker)
        qtbot.waitUntil(worker.done.is_set, timeout=60_000)
        QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.wait(int(gc_policy.INTERVAL_S * 1000) + 300)  # the GUI thread's timer comes round
    finally:
        gc.callbacks.remove(note)
    return seen


def test_the_policy_turns_automatic_collection_off_and_the_gui_thread_collects(qtbot):
    gc.enable()  # as Python starts
    collector = gc_policy.collect_on_gui_thread(interval_s=0.1)
    try:
        assert not gc.isenabled()
        seen = _threads_that_collected(qtbot)
    finally:
        gc_policy.restore(collector)
    gc.disable()  # the suite's own policy (tests/gui/conftest.py) stays in force after this test
    assert seen, "the garbage was collected, by the GUI thread's timer"
    assert set(seen) == {threading.main_thread().name}, seen


def test_without_the_policy_a_worker_thread_collects(qtbot):
    """The hazard the policy removes, shown: with automatic collection on, the worker collects."""
    gc.enable()
    try:
        seen = _threads_that_collected(qtbot)
    finally:
        gc.disable()
    assert any(name != threading.main_thread().name for name in seen), seen


LAUNCH = """
import gc, json, sys
from desktop_app.gui import main_window

seen = []
show = main_window.MainWindow.show

def recording_show(self):
    seen.append(gc.isenabled())
    show(self)

main_window.MainWindow.show = recording_show
from desktop_app.gui.app import run_gui

code = run_gui(sys.argv[1])
print(json.dumps({"while_running": seen, "after": gc.isenabled()}))
sys.exit(code)
"""


def test_the_app_runs_with_the_policy_and_gives_collection_back_at_the_end(sample_path):
    """The real start (run_gui) in a child process: its event loop must not run in the test's."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READINESS_EXIT_AFTER_OPEN": "1"}
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(sample_path)],
        cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    assert result == {"while_running": [False], "after": True}
