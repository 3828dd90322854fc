"""The base of the document's menu-action groups (gui/action_group.py): actions that follow the open
document, one call to put them in a menu, and the subclasses' own enabling rules."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.gui.action_group import ActionGroup
from desktop_app.gui.document_state import DocumentState
from desktop_app.storage.document import ReadinessDocument


class _Group(ActionGroup):
    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window, state)
        self.ran: list[str] = []
        self.first = self.add_action("&First", lambda: self.ran.append("first"), "The first one")
        self.second = self.add_action("Se&cond", lambda: self.ran.append("second"), "The second one")
        self.update_actions()


def _group(qtbot) -> tuple[_Group, DocumentState, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    state = DocumentState(window)
    return _Group(window, state), state, window


def test_actions_follow_the_document_and_its_read_only_state(qtbot, doc_path):
    group, state, _ = _group(qtbot)
    assert [a.isEnabled() for a in group.actions] == [False, False]  # nothing open
    state.set_document(ReadinessDocument.open(doc_path))
    assert group.editable and all(a.isEnabled() for a in group.actions)
    state.set_document(ReadinessDocument.open(doc_path, readonly=True, reason="test"))
    assert not group.editable and not any(a.isEnabled() for a in group.actions)
    state.reopen_editable()  # readonly_changed, not document_replaced
    assert all(a.isEnabled() for a in group.actions)
    state.close()
    assert not any(a.isEnabled() for a in group.actions)


def test_an_action_runs_its_slot_and_shows_its_tip(qtbot, doc_path):
    group, state, window = _group(qtbot)
    state.set_document(ReadinessDocument.open(doc_path))
    group.second.trigger()
    group.first.trigger()
    assert group.ran == ["second", "first"]
    assert group.first.statusTip() == "The first one" and group.first.parent() is window
    state.close()


def test_add_to_menu_appends_the_actions_after_a_separator_or_not(qtbot):
    group, _, window = _group(qtbot)
    menu = QMenu(window)
    menu.addAction("Before")
    group.add_to_menu(menu)
    acts = menu.actions()
    assert acts[1].isSeparator() and acts[2:] == group.actions
    plain = QMenu(window)
    group.add_to_menu(plain, separator=False)
    assert plain.actions() == group.actions


def test_each_group_on_the_window_keeps_its_own_rule(opened):
    """Export stays enabled in a read-only document; merge and the password need an editable one."""
    groups = (opened.exports, opened.collab, opened.passwords)
    assert all(isinstance(g, ActionGroup) for g in groups)
    assert all(a.isEnabled() for a in opened.exports.actions)
    assert opened.collab.act_merge.isEnabled() and opened.passwords.act_set.isEnabled()
    assert not opened.passwords.act_change.isEnabled()  # not encrypted
    path = opened.state.path
    opened.state.set_document(ReadinessDocument.open(path, readonly=True, reason="test"))
    assert all(a.isEnabled() for a in opened.exports.actions)
    assert opened.collab.act_export_blank.isEnabled()  # reading is enough
    assert not opened.collab.act_merge.isEnabled() and not opened.passwords.act_set.isEnabled()
    opened.state.close()
    assert not any(a.isEnabled() for g in groups for a in g.actions)
