"""Screenshots of the audience screen (the projector window) for the user guide.

Run under a real X server whose screen is the size shot, e.g.
``xvfb-run -a -s "-screen 0 1280x720x24 -dpi 96" env QT_QPA_PLATFORM=xcb .venv/bin/python
scripts/audience_screenshots.py 1280x720`` (``scripts/screenshots.sh`` does both sizes). It opens the
bundled healthcare sample in a throw-away settings folder and saves the four audience views into
``docs/screenshots/audience-<view>-<size>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SAMPLE = "healthcare-synthetic-imaging.json"
QUESTION = "data.privacy.lawful_basis"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    config = tempfile.mkdtemp(prefix="readiness-shots-")
    os.environ["READINESS_CONFIG_DIR"] = config  # never the user's real settings
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    w, h = (int(x) for x in (sys.argv[1] if len(sys.argv) > 1 else "1280x720").lower().split("x"))

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = MainWindow(Settings(Path(config) / "settings.ini"))
    window.show()
    if not window.documents.open_sample(SAMPLE):
        print("the sample could not be opened", file=sys.stderr)
        return 1
    window.question_view.show_question(QUESTION)
    window.show_audience("question")
    screen = window.audience
    assert screen is not None
    screen.setGeometry(0, 0, w, h)
    screen.showFullScreen()
    settle(600)
    for mode in ("question", "decision", "radar", "actions"):
        screen.set_mode(mode)
        settle()
        path = OUT / f"audience-{mode}-{w}x{h}.png"
        screen.grab().save(str(path))
        print(path.relative_to(ROOT))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
