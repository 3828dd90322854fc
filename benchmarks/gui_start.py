"""Process start to main window shown with a document open, offscreen; prints milliseconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_start.py FILE
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    window.documents.open_path(sys.argv[1])

    def done() -> None:
        heavy = [m for m in ("pandas", "reportlab", "openpyxl") if m in sys.modules]
        print(f"{(time.perf_counter() - T0) * 1000:.0f} {','.join(heavy) or '-'}")
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()
    os._exit(0)


if __name__ == "__main__":
    main()
