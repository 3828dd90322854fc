"""What Qt paints after an answer: the area of every paint event, by widget, per answer (a diagnosis
tool, not a budget; see docs/performance.md, fifth session).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/paint_probe.py [ANSWERS]

Opens the bundled healthcare sample in a fresh main window (offscreen, 1366x768), answers ANSWERS
(default 40) single-choice questions as the bench's probe does (the first ten unmeasured), and prints
the pixels painted per answer in all and by widget (class, object name, parent class), largest first.
A widget's area counts again in each ancestor that paints beneath it, so the sum exceeds the window.
"""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.gc_policy import collect_on_gui_thread
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    answers = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    warm = min(10, answers // 2)
    app = QApplication(sys.argv[:1])
    collector = collect_on_gui_thread()
    area: collections.Counter[str] = collections.Counter()
    count: collections.Counter[str] = collections.Counter()

    class Paints(QObject):
        on = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.on and event.type() == QEvent.Type.Paint:
                parent = watched.parent()
                key = f"{type(watched).__name__}:{watched.objectName()}:{type(parent).__name__ if parent else ''}"
                area[key] += sum(r.width() * r.height() for r in event.region())
                count[key] += 1
            return False

    with tempfile.TemporaryDirectory(prefix="paint-probe-") as tmp:
        sample = Path(tmp) / "sample.readiness"
        create_from_export(resource_path("samples", "healthcare-synthetic-imaging.json"), sample).close()
        window: Any = MainWindow()
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.documents.open_path(sample, trusted=True)
        for _ in range(5):
            app.processEvents()
        spy = Paints()
        app.installEventFilter(spy)
        state, view = window.state, window.question_view
        deferred_delete = QEvent.Type.DeferredDelete.value
        questions = [
            q for q in state.bank.all_questions() if q.type == "single" and len(q.options) >= 2 and not q.is_context
        ]
        for i in range(answers):
            q = questions[i % len(questions)]
            view.show_question(q.id)
            app.processEvents()
            app.sendPostedEvents(None, deferred_delete)
            current = state.assessment.record(q.id)
            choice = next(o.id for o in q.options if current is None or o.id != current.value)
            spy.on = i >= warm
            view.choose_option(choice)
            app.processEvents()
            app.sendPostedEvents(None, deferred_delete)
            spy.on = False
        measured = answers - warm
        print(f"pixels painted per answer: {sum(area.values()) // max(1, measured):,}")
        for key, pixels in area.most_common(25):
            print(f"{pixels // max(1, measured):>10,}  {count[key] / max(1, measured):4.1f}x  {key}")
        window.documents.close()
        window.close()
    collector.timer.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
