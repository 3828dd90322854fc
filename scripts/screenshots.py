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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
SAMPLE = "healthcare-synthetic-imaging.json"


def settle(ms: int = 250) -> None:
    """Let the event loop run for ``ms`` milliseconds (layouts, deferred refreshes, charts)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(window: MainWindow, name: str, size: tuple[int, int]) -> None:
    settle()
    path = OUT / f"{name}-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    config = tempfile.mkdtemp(prefix="readiness-shots-")
    os.environ["READINESS_CONFIG_DIR"] = config  # never the user's real settings
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = SIZES
    if len(sys.argv) > 1:  # e.g. 1366x768: the X screen is that size, as on a small projector
        w, h = sys.argv[1].lower().split("x")
        sizes = ((int(w), int(h)),)
    for size in sizes:
        if not shoot_size(Path(config), size):
            print("the sample could not be opened", file=sys.stderr)
            return 1
    return 0


def shoot_size(config: Path, size: tuple[int, int]) -> bool:
    """Every screenshot at one window size; False when the sample cannot be opened."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings

    settings = Settings(config / f"settings-{size[0]}.ini")
    window = MainWindow(settings)
    window.setGeometry(0, 0, *size)
    window.show()
    settle(400)
    window.setGeometry(0, 0, *size)
    if not window.documents.open_sample(SAMPLE):
        return False
    window.close_document()  # so the start screen lists it under recent assessments
    shot(window, "start", size)
    window.open_recent(settings.recent_files()[0].path)
    shoot_views(window, size)
    window.close()
    settle(100)
    return True


def shoot_views(window: MainWindow, size: tuple[int, int]) -> None:
    """The questionnaire, plan, follow-up, risk profile and presentation mode of the open sample."""
    qv = window.question_view
    bank, a = window.state.bank, window.state.assessment
    assert bank is not None and a is not None
    # a question with guidance, answered, in the data challenge
    target = next(q for q in bank.challenge("data").questions() if q.guidance.why and q.id in a.answers)
    qv.show_question(target.id)
    qv.guidance_toggle.setChecked(True)
    window.navigator.select(target.id)
    shot(window, "questionnaire", size)

    qv.guidance_toggle.setChecked(False)
    for tab, name in (
        (window.plan_view, "plan"),
        (window.follow_up_view, "follow-up"),
        (window.risk_view, "risk-profile"),
    ):
        window.tabs.setCurrentWidget(tab)
        shot(window, name, size)

    window.tabs.setCurrentWidget(window.splitter)
    window.set_presentation(True)
    settle(600)
    shot(window, "presentation", size)
    window.set_presentation(False)


if __name__ == "__main__":
    sys.exit(main())
