"""PySide6 6.12 aborted long sessions ("none_dealloc") after about a thousand void Qt calls; this
makes tens of thousands in one process so an upgrade that brings the fault back fails loudly."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow


def test_twenty_thousand_widget_updates_in_one_process(opened: MainWindow, qtbot):
    qv = opened.question_view
    label, note = qv.text_label, qv.note
    calls = 0
    badge = opened.risk_panel.rows["data"][1]
    for i in range(3000):
        label.setText(f"Question {i}")
        label.setVisible(i % 2 == 0)
        note.setVisible(True)
        qv.prev_button.setEnabled(i % 3 != 0)
        qv.next_button.setToolTip(str(i))
        badge.setText("High" if i % 2 else "Low")
        opened.saved_label.setText(str(i))
        calls += 7
        if i % 50 == 0:
            label.repaint()
            opened.risk_panel.decision.setStyleSheet("" if i % 100 else "font-weight: bold;")
            calls += 2
    for i in range(10):  # real updates through the whole refresh path
        qv.show_question("data.collection.main" if i % 2 else "compute.cost.main")
        qv.choose_option("good" if i % 4 < 2 else "weak")
        calls += 1
    assert calls >= 20_000
    assert opened.state.assessment.answers["data.collection.main"].value in ("good", "weak")
