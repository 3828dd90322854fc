"""The shared set-up of the dialogs' text tables and sentences (gui/views/tables.py, gui/views/labels.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from desktop_app.gui.views.labels import wrapped_label
from desktop_app.gui.views.tables import text_table


def test_a_text_table_shows_each_cell_with_its_tip_and_is_never_edited(qtbot):
    table = text_table(["Item", "Now"], [[("Short", "The whole long text"), ("Weak", "a note")]], "What changes")
    qtbot.addWidget(table)
    assert (table.rowCount(), table.columnCount()) == (1, 2)
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Item", "Now"]
    assert [(table.item(0, c).text(), table.item(0, c).toolTip()) for c in range(2)] == [
        ("Short", "The whole long text"),
        ("Weak", "a note"),
    ]
    assert table.accessibleName() == "What changes"
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.verticalHeader().isHidden()


def test_a_wrapped_label_wraps_and_joins_the_layout_it_is_given(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = wrapped_label("Nothing is written until you choose Import.", layout)
    alone = wrapped_label("Not placed")
    qtbot.addWidget(alone)
    assert label.wordWrap() and alone.wordWrap()
    assert layout.indexOf(label) == 0 and layout.count() == 1
    assert label.text() == "Nothing is written until you choose Import."
