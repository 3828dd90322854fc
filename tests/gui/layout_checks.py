"""Layout checks for a small or scaled screen (issue 13: 1280x720 projector, 150 % scaling).

``problems(window)`` walks the questionnaire's three panes (navigator, question view, live panel) and
lists every visible label or button that is given less room than it needs (text cut off) and every
pair of widgets of one layout that overlap. It is imported by the tests and, for 150 % scaling, run
as ``python tests/gui/layout_checks.py`` in a fresh process (QT_SCALE_FACTOR applies at start).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QMainWindow, QWidget

#: one pixel of rounding is allowed
SLACK = 1


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return f"{type(w).__name__}({w.objectName() or text[:40]!r})"


def _needs(w: QWidget) -> tuple[int, int]:
    """(width, height) the widget's text needs at its current width."""
    hint = w.minimumSizeHint()
    wraps = isinstance(w, QLabel) and w.wordWrap()
    height = w.heightForWidth(w.width()) if w.hasHeightForWidth() else hint.height()
    width = 0 if wraps else hint.width()
    return width, max(height, hint.height() if not wraps else 0)


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons under ``root`` smaller than their text needs."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton) or not _shown(w) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and not w.text():
            continue
        need_w, need_h = _needs(w)
        if w.height() + SLACK < need_h or w.width() + SLACK < need_w:
            out.append(f"{_name(w)} is {w.width()}x{w.height()}, needs {need_w}x{need_h}")
    return out


def _layouts(root: QWidget) -> list[QLayout]:
    found = [root.layout()] if root.layout() is not None else []
    found += list(root.findChildren(QLayout))
    return [lay for lay in found if lay is not None]


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible widgets of one layout whose rectangles overlap."""
    out = []
    for lay in _layouts(root):
        widgets = [it.widget() for it in (lay.itemAt(i) for i in range(lay.count())) if it and it.widget()]
        shown = [w for w in widgets if w is not None and _shown(w)]
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                inter = a.geometry().intersected(b.geometry())
                if inter.width() > SLACK and inter.height() > SLACK:
                    out.append(f"{_name(a)} overlaps {_name(b)}")
    return out


def problems(window: QMainWindow) -> list[str]:
    """Everything cut off or overlapping in the navigator, question view and live panel."""
    panes = (window.navigator, window.question_view, window.risk_panel)  # type: ignore[attr-defined]
    out = []
    for pane in panes:
        if pane.minimumSizeHint().height() > pane.height() + SLACK:
            out.append(f"{type(pane).__name__} needs {pane.minimumSizeHint().height()} px, has {pane.height()}")
        out += cut_off(pane) + overlaps(pane)
    return out


def below_the_fold(window: QMainWindow) -> list[str]:
    """The parts of the question shown that a facilitator must see without scrolling (options,
    "Don't know", confidence, the note's first line) but that lie outside the scroll area."""
    qv = window.question_view  # type: ignore[attr-defined]
    viewport = qv.scroll_area.viewport()
    view = viewport.rect()
    parts = [*qv.option_buttons(), qv.unknown_button, *qv.confidence_buttons.values(), qv.note]
    out = []
    for w in parts:
        if not w.isVisibleTo(qv):
            continue
        top = w.mapTo(viewport, w.rect().topLeft())
        first_line = w.fontMetrics().lineSpacing() + 2 * w.frameWidth() + 8 if w is qv.note else 0
        bottom = top.y() + (first_line or w.height())  # of the note, its first line is enough
        if top.y() < view.top() or bottom > view.bottom() + SLACK:
            out.append(f"{_name(w)} at y {top.y()}..{bottom}, the view ends at {view.bottom()}")
    return out


def _longest_question(window: QMainWindow) -> str:
    """The sample's answered question with the most option text (the hardest one to fit)."""
    bank = window.state.bank  # type: ignore[attr-defined]
    answers = window.state.assessment.answers  # type: ignore[attr-defined]
    shown = [q for q in bank.all_questions() if q.id in answers and q.options and not q.is_context]
    return max(shown, key=lambda q: len(q.text) + sum(len(o.label) for o in q.options)).id


def settle(ms: int = 200) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    """In a fresh process: the healthcare sample at 1280x720, normal and in presentation mode."""
    import os
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ["READINESS_CONFIG_DIR"] = tempfile.mkdtemp(prefix="layout-checks-")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings

    window = MainWindow(Settings(Path(os.environ["READINESS_CONFIG_DIR"]) / "s.ini"))
    window.resize(1280, 720)
    window.show()
    settle()
    report: dict[str, object] = {"ratio": app.devicePixelRatio()}
    if not window.documents.open_sample("healthcare-synthetic-imaging.json"):
        report["error"] = "the sample did not open"
    else:
        window.resize(1280, 720)
        settle()
        report["size"] = [window.width(), window.height()]
        report["normal"] = problems(window)
        window.set_presentation(True)
        settle(400)
        report["presentation"] = problems(window)
        window.question_view.show_question(_longest_question(window))  # type: ignore[attr-defined]
        settle()
        report["presentation_fold"] = below_the_fold(window)
    print(json.dumps(report))
    window.documents.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
