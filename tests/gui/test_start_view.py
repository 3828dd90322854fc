"""The start screen as a consultant sees it when the app opens in a workshop: every bundled sample one
click away, its parts kept together (no empty bands when there is nothing recent, no tall empty table
for one recent file), and each big button's title in bold above its detail."""

from __future__ import annotations

from desktop_app.gui.main_window import PAGE_START, MainWindow
from desktop_app.resources import resource_path


def _bundled_samples() -> set[str]:
    return {p.name for p in resource_path("samples").glob("*.json")}


def test_every_bundled_sample_opens_from_the_start_screen_and_the_file_menu(window: MainWindow, qtbot):
    start = window.start_view
    assert set(start.sample_buttons) == _bundled_samples()
    menu_texts = [a.text() for a in window.findChildren(type(window.act_open)) if a.text()]
    for name in _bundled_samples():
        label = start.sample_buttons[name].title.text()
        assert label in menu_texts, label
    name = "insurance-claims-triage.json"
    with qtbot.waitSignal(start.sample_requested) as signal:
        start.sample_buttons[name].click()
    assert signal.args == [name]


def test_without_recent_files_the_parts_stay_together_at_the_top(window: MainWindow):
    start = window.start_view
    assert window.stack.currentIndex() == PAGE_START and start.isVisible()  # its page (built when shown) in sight
    assert start.no_recent.isVisible() and not start.recent.isVisible()

    def top(w) -> int:
        return w.mapTo(start, w.rect().topLeft()).y()

    def bottom(w) -> int:
        return w.mapTo(start, w.rect().bottomLeft()).y()

    assert top(start.new_button) - bottom(start.subtitle) < 48
    assert top(start.samples_title) - bottom(start.no_recent) < 48
    assert top(start.recent_title) - bottom(start.new_button) < 48
    for label in (start.subtitle, start.recent_title, start.no_recent, start.samples_title):
        # a label stretched by the layout shows its text in the middle of an empty band
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() <= needed + 8, (label.text(), label.height(), needed)


def test_a_short_recent_list_is_as_tall_as_its_rows(window: MainWindow, qtbot):
    start = window.start_view
    assert window.documents.open_sample("healthcare-synthetic-imaging.json")
    window.close_document()
    qtbot.waitUntil(start.recent.isVisible)
    table = start.recent
    assert table.model().rowCount() == 1
    rows = table.verticalHeader().length() + table.horizontalHeader().height()
    assert table.height() <= rows + 3 * table.verticalHeader().defaultSectionSize(), (table.height(), rows)
    gap = start.samples_title.mapTo(start, start.samples_title.rect().topLeft()).y() - (
        table.mapTo(start, table.rect().bottomLeft()).y()
    )
    assert gap < 48


def test_each_big_button_shows_a_bold_title_over_its_detail(window: MainWindow, qtbot):
    from tests.gui.layout_checks import cut_off

    window.resize(1280, 720)
    qtbot.wait(50)
    start = window.start_view
    assert cut_off(start) == [], "every card as tall as its title and two lines of detail"
    for card in (start.new_button, start.open_button, *start.sample_buttons.values()):
        assert card.title.font().bold(), card.title.text()
        assert card.detail.text() and not card.detail.font().bold()
        assert card.accessibleName() and card.accessibleDescription() == card.detail.text()
        assert card.sizeHint().height() >= card.title.sizeHint().height() + card.detail.sizeHint().height()
    assert start.new_button.accessibleName() == "New assessment"


def test_the_start_screen_names_the_room_keys_each_as_the_shortcuts_help_lists_it(window: MainWindow, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.views.start_view import ROOM_KEYS

    start = window.start_view
    help_text = window.shortcuts_help()
    assert len(ROOM_KEYS) >= 4
    for keys, _what in ROOM_KEYS:
        assert f"<b>{keys}</b>" in help_text, keys
        assert keys in start.room_keys.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: shown.append(title))
    start.shortcuts_button.click()
    assert shown == ["Keyboard shortcuts"]
