"""Start the GUI. (A plain main window until the workshop GUI lands.)"""

from __future__ import annotations

import sys


def run_gui(path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

    from desktop_app import APP_NAME
    from desktop_app.core.errors import ReadinessError
    from desktop_app.core.scoring import score
    from desktop_app.storage.document import ReadinessDocument

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    text = "Open an assessment: readiness-planner FILE"
    if path:
        try:
            with ReadinessDocument.open(path, readonly=True) as doc:
                a = doc.assessment()
                profile = score(doc.bank, a)
            text = (
                f"{a.client} / {a.project}\n{profile.completion.answered} of {profile.completion.total} "
                f"questions answered ({profile.completion.percent:.0f}%)"
            )
            window.setWindowTitle(f"{a.client} - {a.project} - {path} - {APP_NAME}")
        except ReadinessError as exc:
            QMessageBox.warning(window, APP_NAME, str(exc))
    label = QLabel(text)
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(800, 500)
    window.show()
    return int(app.exec())
