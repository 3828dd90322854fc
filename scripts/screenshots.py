"""Screenshots of the main views for the README and the user guide.

Run under a real X server (``scripts/screenshots.sh`` wraps it in ``xvfb-run``). It opens the bundled
healthcare sample in a throw-away settings folder and saves PNGs of the start screen, the
questionnaire with navigator and live risk, the plan, the follow-up list and presentation mode at
1366x768 and 1920x1080 into ``docs/screenshots/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
SAMPLE = "healthcare-synthetic-imaging.json"


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

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(window: MainWindow, name: str, size: tuple[int, int]) -> None:
        settle()
        path = OUT / f"{name}-{size[0]}x{size[1]}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))

    sizes = SIZES
    if len(sys.argv) > 1:  # e.g. 1366x768: the X screen is that size, as on a small projector
        w, h = sys.argv[1].lower().split("x")
        sizes = ((int(w), int(h)),)
    for size in sizes:
        settings = Settings(Path(config) / f"settings-{size[0]}.ini")
        window = MainWindow(settings)
        window.setGeometry(0, 0, *size)
        window.show()
        settle(400)
        window.setGeometry(0, 0, *size)
        if not window.documents.open_sample(SAMPLE):
            print("the sample could not be opened", file=sys.stderr)
            return 1
        window.close_document()  # so the start screen lists it under recent assessments
        shot(window, "start", size)

        window.open_recent(settings.recent_files()[0].path)
        qv = window.question_view
        bank, a = window.state.bank, window.state.assessment
        # a question with guidance, answered, in the data challenge
        target = next(q for q in bank.challenge("data").questions() if q.guidance.why and q.id in a.answers)
        qv.show_question(target.id)
        qv.guidance_toggle.setChecked(True)
        window.navigator.select(target.id)
        shot(window, "questionnaire", size)

        qv.guidance_toggle.setChecked(False)
        window.tabs.setCurrentWidget(window.plan_view)
        shot(window, "plan", size)
        window.tabs.setCurrentWidget(window.follow_up_view)
        shot(window, "follow-up", size)
        window.tabs.setCurrentWidget(window.risk_view)
        shot(window, "risk-profile", size)

        window.tabs.setCurrentWidget(window.splitter)
        window.set_presentation(True)
        settle(600)
        shot(window, "presentation", size)
        window.set_presentation(False)
        window.close()
        settle(100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
