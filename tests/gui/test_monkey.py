"""A long random session of workshop keys on the real sample: no error in any slot, the file stays sound."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core.assessment import Answer
from desktop_app.gui.views.park_dialog import ParkDialog
from desktop_app.storage.document import ReadinessDocument

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
# every workshop key that does not open a file or print; dialogs a key opens on the way (Return on a plan
# action edits it, P asks for the park note, Ctrl+Shift+N quick-adds an action) are dismissed by a timer, as a
# facilitator pressing Esc would; every other park dialog is confirmed instead, so parking really happens
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
    (K.Key_P, NONE),
    (K.Key_I, ALT),
    (K.Key_N, CTRL | SHIFT),
]


#: every key does real work now (the window gets the keys back after each dialog): a thousand keys take
#: about 25 s on a loaded machine
KEY_COUNT = 1000


@pytest.mark.slow  # about 30 s: `make test-fast` leaves it out
def test_a_thousand_random_workshop_keys(window, settings, sample_path, qtbot):
    settings.remember_file(sample_path)
    assert window.documents.open_path(sample_path)
    assert not window.state.readonly
    start = {q: (a.value, a.confidence) for q, a in window.state.assessment.answers.items()}
    rng = random.Random(20261126)
    dismissed: list[str] = []

    def dismiss_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, ParkDialog) and len(dismissed) % 2:
            dismissed.append("ParkDialog confirmed")
            modal.park_button.click()
        elif isinstance(modal, QDialog):
            dismissed.append(type(modal).__name__)
            modal.reject()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(dismiss_dialog)
    closer.start()
    in_window = 0
    for _ in range(KEY_COUNT):
        key, mod = rng.choice(KEYS)
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, key, mod)
        focus = QApplication.focusWidget()
        if focus is None or not focus.window().isVisible():
            # a dialog was closed: the window gets the keys back, as it does on a desktop (offscreen, the
            # focus would stay in the hidden dialog and every later key would go there)
            window.activateWindow()
            QApplication.processEvents()
        focus = QApplication.focusWidget()
        in_window += focus is not None and focus.window() is window
    closer.stop()
    assert in_window >= 0.9 * KEY_COUNT, f"only {in_window} of {KEY_COUNT} keys reached the window"
    if window.presentation:
        window.set_presentation(False)
    path = window.state.path

    def kept(a: Answer) -> tuple[object, ...]:
        return (a.value, a.note, a.confidence, a.note_by, a.parked, a.park_note)

    shown = {q: kept(a) for q, a in window.state.assessment.answers.items()}
    window.documents.close()
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.check()["ok"]
        stored = {q: kept(a) for q, a in doc.assessment().answers.items()}
    assert stored == shown, "the file holds exactly what the window showed: nothing lost, nothing invented"
    changed = {q for q, (v, _n, c, *_room) in stored.items() if start.get(q) != (v, c)}
    assert len(changed) >= 5, "the session really changed answers (counting them all proves nothing)"
    assert {"ParkDialog", "ParkDialog confirmed", "QuickActionDialog"} <= set(dismissed), set(dismissed)
    assert any(v[3] for v in stored.values()), "Alt+I named who said a note, and the file kept it"
    assert any(v[4] for v in stored.values()), "P parked a question, and the file kept it"
