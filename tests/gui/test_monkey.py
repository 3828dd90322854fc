"""A long random session of workshop keys on the real sample: no error in any slot, the file stays sound."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.storage.document import ReadinessDocument

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
# every workshop key that does not open a file or print; dialogs a key opens on the way (Return on a plan
# action edits it) are dismissed by a timer, as a facilitator pressing Esc would
KEYS = [
    *[(k, NONE) for k in (K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5, K.Key_0)],
    (K.Key_N, NONE),
    (K.Key_D, NONE),
    (K.Key_L, NONE),
    (K.Key_M, NONE),
    (K.Key_H, NONE),
    (K.Key_G, NONE),
    (K.Key_Return, NONE),
    (K.Key_Right, NONE),
    (K.Key_Left, NONE),
    (K.Key_Down, NONE),
    (K.Key_Up, NONE),
    (K.Key_U, CTRL),
    (K.Key_Z, CTRL),
    (K.Key_Z, CTRL | SHIFT),
    (K.Key_1, CTRL),
    (K.Key_2, CTRL),
    (K.Key_3, CTRL),
    (K.Key_4, CTRL),
    (K.Key_5, CTRL),
    (K.Key_F11, NONE),
    (K.Key_Escape, NONE),
    (K.Key_Tab, NONE),
]


def test_two_thousand_random_workshop_keys(window, settings, sample_path, qtbot):
    settings.remember_file(sample_path)
    assert window.documents.open_path(sample_path)
    assert not window.state.readonly
    start = {q: (a.value, a.confidence) for q, a in window.state.assessment.answers.items()}
    rng = random.Random(20261126)
    dismissed: list[str] = []

    def dismiss_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            dismissed.append(type(modal).__name__)
            modal.reject()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(dismiss_dialog)
    closer.start()
    for _ in range(2000):
        key, mod = rng.choice(KEYS)
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, key, mod)
    closer.stop()
    if window.presentation:
        window.set_presentation(False)
    path = window.state.path
    shown = {q: (a.value, a.note, a.confidence) for q, a in window.state.assessment.answers.items()}
    window.documents.close()
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.check()["ok"]
        stored = {q: (a.value, a.note, a.confidence) for q, a in doc.assessment().answers.items()}
    assert stored == shown, "the file holds exactly what the window showed: nothing lost, nothing invented"
    changed = {q for q, (v, _n, c) in stored.items() if start.get(q) != (v, c)}
    assert len(changed) >= 5, "the session really changed answers (counting them all proves nothing)"
