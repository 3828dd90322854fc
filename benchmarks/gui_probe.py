"""Measurements inside the running GUI, offscreen; prints one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_probe.py SAMPLE PORTFOLIO_DIR WORK_DIR

- open + show: ``open_path`` of the sample until every pending event (the first paint) is handled;
- resident memory with the sample open;
- 1,000 answers chosen in the question view (what a click on an option runs: the undo step, the
  durable commit, the views' refresh), each until the event queue is empty, after the move to the
  question has been laid out and painted (``settle``), against the floor: a raw
  single-row SQLite commit with ``synchronous=FULL`` on the same disk, in the same process, taken
  beside each answer (alternately just before and just after it); and the GUI thread's own CPU time
  per answer, which waiting for the disk or for a core shared with other programs does not inflate;
- the longest event-loop gap (between ticks of a 5 ms timer) while a PDF report is written, an
  XLSX export is written and a portfolio folder loads.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class RawCommitFloor:
    """One row written and committed durably per transaction, as a bare SQLite program would.

    The disk's flush time depends on what else was written since the last one (other programs, the
    time between commits), so each floor commit is taken right beside one answer, alternately just
    before and just after it: both see the same disk at the same moment.
    """

    def __init__(self, folder: Path) -> None:
        path = folder / "floor.sqlite"
        path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("CREATE TABLE answers (question_id TEXT PRIMARY KEY, value TEXT, note TEXT, updated_at TEXT)")
        self.times: list[float] = []

    def commit(self, i: int) -> None:
        t0 = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (f"q{i % 100}", json.dumps("option"), "", "now")
        )
        self.conn.execute("COMMIT")
        self.times.append((time.perf_counter() - t0) * 1000)


def settle(app: Any, most: int = 50) -> int:
    """Run the event loop's passes until one paints and lays out nothing (at most ``most``); the passes run.

    Showing a question wraps its labels and lays the window out over several passes of the event
    loop, each painting again; the app's loop runs them all within milliseconds of the move, long
    before anyone clicks an answer. One ``processEvents()`` runs one pass, so without this the rest of
    the move was painted inside the next answer's time (about 6 ms of CPU an answer, measured).
    """
    from PySide6.QtCore import QEvent, QObject

    busy = (QEvent.Type.Paint, QEvent.Type.LayoutRequest, QEvent.Type.UpdateRequest)

    class Work(QObject):
        seen = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() in busy:
                self.seen += 1
            return False

    work = Work()
    app.installEventFilter(work)
    try:
        for passes in range(1, most + 1):
            work.seen = 0
            app.processEvents()
            if not work.seen:
                return passes
        return most
    finally:
        app.removeEventFilter(work)


def measure_answers(app: Any, window: Any, work: Path, n: int = 1000) -> dict[str, float]:
    """Choose options of single-choice questions in the question view, as a click does.

    ``durable``: from the choice until the document's write has returned (committed with
    ``synchronous=FULL``); ``whole``: until every view is refreshed and the event queue is empty.
    """
    state, view = window.state, window.question_view
    from PySide6.QtCore import QEvent

    DEFERRED_DELETE = QEvent.Type.DeferredDelete.value
    questions = [
        q for q in state.bank.all_questions() if q.type == "single" and len(q.options) >= 2 and not q.is_context
    ]
    doc = state.document
    real_set_answer = doc.set_answer
    durable_at: list[float] = []

    def timed_set_answer(*args: object, **kwargs: object) -> object:
        result = real_set_answer(*args, **kwargs)  # returns once committed with synchronous=FULL
        durable_at.append(time.perf_counter())
        return result

    doc.set_answer = timed_set_answer
    floor = RawCommitFloor(work)
    durable, whole, cpu = [], [], []  # cpu: the GUI thread's own CPU time, without waiting for disk or cores
    for i in range(n):
        q = questions[i % len(questions)]
        view.show_question(q.id)  # moving to the question is not part of the answer
        settle(app)  # nor laying out and painting the move (see settle)
        # nor deleting the previous question's option buttons, which show_question replaced: the app's
        # event loop deletes them as soon as the move is painted, long before anyone can click
        app.sendPostedEvents(None, DEFERRED_DELETE)
        if i % 2 == 0:
            floor.commit(i)
        t, c = time.perf_counter(), time.thread_time()
        current = state.assessment.record(q.id)
        choice = next(o.id for o in q.options if current is None or o.id != current.value)  # a change
        view.choose_option(choice)
        durable.append((durable_at[-1] - t) * 1000)
        app.processEvents()
        # the widgets the answer's refresh replaced are deleted where the app's event loop would delete
        # them: here, inside the measured time (processEvents() leaves them for a loop that never runs in
        # this probe; a later nested loop, such as the export's, then deleted all 1,000 answers' worth at
        # once, 0.6 s that no user meets)
        app.sendPostedEvents(None, DEFERRED_DELETE)
        whole.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        if i % 2 == 1:
            floor.commit(i)
    doc.set_answer = real_set_answer
    assert len(durable_at) == n, "every choice was written"
    return {
        "answer_p50_ms": statistics.median(durable),
        "answer_p99_ms": percentile(durable, 0.99),
        "answer_gap_p50_ms": statistics.median(whole),
        "answer_gap_max_ms": max(whole),
        "answer_cpu_p50_ms": statistics.median(cpu),
        "answer_cpu_max_ms": max(cpu),
        "floor_p50_ms": statistics.median(floor.times),
        "floor_p99_ms": percentile(floor.times, 0.99),
    }


def max_gap_during(app: Any, start: Callable[[], None], done: Callable[[], bool], timeout: float = 300) -> float:
    """The longest time between two ticks of a 5 ms timer while ``start``'s work runs, in ms."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    ticks.append(began)
    start()
    while not done() and time.perf_counter() - began < timeout:
        app.processEvents()
        time.sleep(0.001)
    ticks.append(time.perf_counter())
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def measure_gaps(app: Any, window: Any, folder: Path, work: Path) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from desktop_app.gui.export_actions import XLSX
    from desktop_app.gui.report_actions import ExportOptions
    from desktop_app.gui.views.portfolio_view import PortfolioView

    out: dict[str, float] = {}
    reports = window.reports
    pdf = work / "probe.pdf"
    finished: list[str] = []
    reports.exported.connect(finished.append)
    reports.ask_options = lambda: ExportOptions("a4", None)
    reports.ask_path = lambda _suggested: str(pdf)
    out["gap_report_ms"] = max_gap_during(app, reports.export_pdf, lambda: bool(finished))
    out["report_written"] = float(pdf.is_file())

    exports = window.exports
    exports.ask_path = lambda _kind, _suggested: str(work / "probe.xlsx")
    wrote: list[int] = []
    QTimer.singleShot(0, lambda: (exports.export(XLSX), wrote.append(1)))
    out["gap_export_ms"] = max_gap_during(app, lambda: None, lambda: bool(wrote))

    view = PortfolioView()
    loaded: list[int] = []
    view.loaded.connect(lambda: loaded.append(1))
    out["gap_portfolio_ms"] = max_gap_during(app, lambda: view.load_folder(folder), lambda: bool(loaded))
    out["portfolio_rows"] = float(len(view.portfolio.rows) if view.portfolio else 0)
    return out


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.gc_policy import collect_on_gui_thread
    from desktop_app.gui.heap import freeze_start_up
    from desktop_app.gui.main_window import MainWindow

    sample, folder, work = (Path(a) for a in sys.argv[1:4])
    app = QApplication(sys.argv[:1])
    collector = collect_on_gui_thread()  # as run_gui: collections on the GUI thread's timer (gc_policy)
    window = MainWindow()
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.documents.open_path(sample, trusted=True)
    app.processEvents()
    out: dict[str, float] = {"open_show_ms": (time.perf_counter() - t0) * 1000, "rss_mb": rss_mb()}
    freeze_start_up()  # as run_gui does once the first file is open
    out.update(measure_answers(app, window, work))
    out.update(measure_gaps(app, window, folder, work))
    window.close()
    collector.timer.stop()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: the figures are out


if __name__ == "__main__":
    main()
