"""PySide6 6.12 aborted long sessions ("none_dealloc") after about a thousand void Qt calls; this
makes tens of thousands in one process so an upgrade that brings the fault back fails loudly."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow


def test_twenty_thousand_widget_updates_in_one_process(opened: MainWindow, qtbot):
    qv = opened.question_view
    label, note = qv.text_label, qv.note
    badge = opened.risk_panel.rows["data"][1]
    for i in range(3000):
        label.setText(f"Question {i}")
        label.setVisible(i % 2 == 0)
        note.setVisible(True)
        qv.prev_button.setEnabled(i % 3 != 0)
        qv.next_button.setToolTip(str(i))
        badge.setText("High" if i % 2 else "Low")
        opened.saved_label.setText(str(i))
        if i % 50 == 0:
            label.repaint()
            opened.risk_panel.decision.setStyleSheet("" if i % 100 else "font-weight: bold;")
    # the widgets hold the last of the 21,000 calls, so none was dropped on the way
    assert label.text() == "Question 2999" and not label.isVisibleTo(opened)
    assert (badge.text(), opened.saved_label.text(), qv.next_button.toolTip()) == ("High", "2999", "2999")
    for i in range(10):  # real updates through the whole refresh path
        qv.show_question("data.collection.main" if i % 2 else "compute.cost.main")
        qv.choose_option("good" if i % 4 < 2 else "weak")
    # the last answers through the refresh path: i = 9 (collection, "good") and i = 8 (cost, "good")
    answers = opened.state.assessment.answers
    assert (answers["data.collection.main"].value, answers["compute.cost.main"].value) == ("good", "good")
