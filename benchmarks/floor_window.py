"""The floor of the cold start: a bare QMainWindow that imports pyqtgraph and shows one plot, then exits.

QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/floor_window.py
"""

import sys

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)
    window.show()
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
