"""File > Merge another copy…: every difference between this assessment and another copy of it, side
by side and grouped, with a choice per item, and the merge applied as one undoable step.

The rule (which side changed what, what is a conflict) is ``core/merge.py``; the writing is
``storage/merging.py`` (through ``gui/versioned_command.py``). An item changed in the
other copy only is taken from it unless the user keeps this copy's version; an item changed in both
(a conflict) must be decided, one by one or all at once, before the merge can be applied.

Keyboard: the list has the focus; Up/Down move, M keeps this copy's version of the selected items,
T takes the other copy's; Alt+A / Alt+L decide all; Enter (the Merge button) applies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Answer, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.core.merge import (
    CONFLICT,
    ITEM_KINDS,
    MINE,
    SAME_CHANGE,
    THEIRS,
    ItemDifference,
    ItemVersion,
    MergePlan,
    Preference,
)
from desktop_app.gui.document_state import DocumentState, plain_sentence
from desktop_app.gui.versioned_command import VersionedCommand
from desktop_app.storage.connection import DB_ERRORS
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.errors import PasswordCancelled
from desktop_app.storage.merging import MergeResult, compare_documents, merge_into

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("MergeView", "Item"),
    QT_TRANSLATE_NOOP("MergeView", "This copy"),
    QT_TRANSLATE_NOOP("MergeView", "The other copy"),
    QT_TRANSLATE_NOOP("MergeView", "Take"),
)
COL_ITEM, COL_MINE, COL_THEIRS, COL_TAKE = range(4)
ROLE_KEY = Qt.ItemDataRole.UserRole + 1
#: how many of an item's newest history entries are searched for who made its revision
AUTHOR_LOOKUP = 200


def kind_title(kind: str) -> str:
    titles = {
        "detail": QCoreApplication.translate("MergeView", "Details"),
        "participant": QCoreApplication.translate("MergeView", "Participants"),
        "answer": QCoreApplication.translate("MergeView", "Answers"),
        "voice": QCoreApplication.translate("MergeView", "Participants' answers"),
        "plan": QCoreApplication.translate("MergeView", "Plan decisions"),
    }
    return titles.get(kind, kind)


def detail_title(field: str) -> str:
    titles = {
        "client": QCoreApplication.translate("MergeView", "Client"),
        "project": QCoreApplication.translate("MergeView", "Project"),
        "workshop_date": QCoreApplication.translate("MergeView", "Workshop date"),
        "facilitator": QCoreApplication.translate("MergeView", "Facilitator"),
        "currency": QCoreApplication.translate("MergeView", "Currency"),
    }
    return titles.get(field, field)


def participant_names(plan: MergePlan, known: Mapping[str, str]) -> dict[str, str]:
    """Participant id -> name, from this copy's list and from both sides of the differences."""
    names = dict(known)
    for d in plan.differences:
        for side in (d.mine, d.theirs):
            if side is not None and side.kind == "participant" and side.state.get("name"):
                names.setdefault(side.key.split(":", 1)[1], str(side.state["name"]))
    return names


def item_title(bank: QuestionBank, names: Mapping[str, str], key: str) -> str:
    """An item in words: the question, the participant, the action or the detail."""
    kind, _, rest = key.partition(":")
    if kind in ("answer", "voice"):
        pid, _, qid = rest.partition(":") if kind == "voice" else ("", "", rest)
        text = bank.question(qid).text if bank.has_question(qid) else qid
        if kind == "voice":
            return QCoreApplication.translate("MergeView", "{question} – answer of {name}").format(
                question=text, name=names.get(pid, QCoreApplication.translate("MergeView", "a participant"))
            )
        return text
    if kind == "participant":
        return names.get(rest, QCoreApplication.translate("MergeView", "a participant"))
    if kind == "plan":
        mitigation = bank.mitigations.get(rest)
        return f"{rest} {mitigation.title}" if mitigation is not None else rest
    if kind == "detail":
        return detail_title(rest)
    return key


def _answer_lines(bank: QuestionBank, version: ItemVersion) -> list[str]:
    s = version.state
    qid = version.key.rsplit(":", 1)[1]
    value = s.get("value")
    lines = [
        QCoreApplication.translate("MergeView", "(no answer)")
        if value is None
        else answer_label(bank, Answer(qid, value))
    ]
    if version.kind == "answer":
        lines.append(QCoreApplication.translate("MergeView", "confidence: {c}").format(c=s.get("confidence", "")))
        if s.get("rationale"):
            lines.append(QCoreApplication.translate("MergeView", "why: {text}").format(text=s["rationale"]))
    if s.get("note"):
        lines.append(QCoreApplication.translate("MergeView", "note: {text}").format(text=s["note"]))
    return lines


def _plan_lines(version: ItemVersion) -> list[str]:
    s = version.state
    lines = [str(s["title"])] if s.get("title") else []
    lines.append(QCoreApplication.translate("MergeView", "status: {s}").format(s=s.get("status", "")))
    for name, label in (
        ("owner", QCoreApplication.translate("MergeView", "owner")),
        ("due_date", QCoreApplication.translate("MergeView", "due")),
        ("note", QCoreApplication.translate("MergeView", "note")),
    ):
        if s.get(name):
            lines.append(f"{label}: {s[name]}")
    if s.get("phase") is not None and s.get("custom"):
        lines.append(QCoreApplication.translate("MergeView", "phase: {n}").format(n=s["phase"]))
    return lines


def _participant_lines(version: ItemVersion) -> list[str]:
    s = version.state
    lines = [str(s.get("name", ""))]
    lines.extend(str(s[name]) for name in ("role", "organisation") if s.get(name))
    lines.append(
        QCoreApplication.translate("MergeView", "position {n} in the list").format(n=int(s.get("position", 0)) + 1)
    )
    return lines


def describe(bank: QuestionBank, version: ItemVersion | None) -> list[str]:
    """One side's version of an item, a line per field (the first line is the summary)."""
    if version is None:
        return [QCoreApplication.translate("MergeView", "(not in this copy)")]
    kind = version.kind
    if version.deleted:
        return [
            QCoreApplication.translate("MergeView", "(removed)")
            if kind in ("plan", "participant")
            else QCoreApplication.translate("MergeView", "(cleared)")
        ]
    if kind in ("answer", "voice"):
        return _answer_lines(bank, version)
    if kind == "plan":
        return _plan_lines(version)
    if kind == "participant":
        return _participant_lines(version)
    return [str(version.state.get("value", "")) or QCoreApplication.translate("MergeView", "(empty)")]


def stamp(version: ItemVersion | None, author: str = "") -> str:
    """When and by whom ``version`` was made (``author`` when the item keeps no author of its own)."""
    if version is None:
        return ""
    who = version.changed_by or author or QCoreApplication.translate("MergeView", "someone")
    return QCoreApplication.translate("MergeView", "changed by {who} at {at}").format(
        who=who, at=version.changed_at.replace("T", " ")[:16]
    )


def _one_line(lines: list[str]) -> str:
    text = " · ".join(" ".join(line.split()) for line in lines)
    return text if len(text) <= 120 else text[:119] + "…"


def default_choice(d: ItemDifference) -> Preference | None:
    """What a merge does with an item unless the user says otherwise (None: a conflict to decide)."""
    if d.outcome == THEIRS:
        return "theirs"
    if d.outcome == CONFLICT:
        return None
    return "mine"


class MergeCommand(VersionedCommand[MergeResult]):
    """The whole merge as one undoable step (the other copy is read only by the first redo)."""

    def __init__(self, state: DocumentState, other: ReadinessDocument, choices: Mapping[str, Preference]) -> None:
        picked = dict(choices)
        super().__init__(
            state,
            QCoreApplication.translate("MergeView", "Merge {name}").format(name=other.path.name),
            lambda doc: merge_into(doc, other, choices=picked),
            "merge undone",
            "merge redone",
        )


class MergeDialog(QDialog):
    """The differences, the choices, and after the merge a summary."""

    def __init__(self, state: DocumentState, other: ReadinessDocument, plan: MergePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.other, self.plan = state, other, plan
        bank = state.bank
        assert bank is not None
        self.bank = bank
        a = state.assessment
        self.names = participant_names(plan, {p.id: p.name for p in (a.participants if a is not None else ())})
        self.choices: dict[str, Preference | None] = {
            d.key: default_choice(d) for d in plan.differences if d.outcome != SAME_CHANGE
        }
        self.command: MergeCommand | None = None
        #: (copy, item key, revision) -> who made that revision, read from the copy's history when needed
        self._authors: dict[tuple[Path, str, str], str] = {}
        #: the merge was applied but took no item of the other copy (so no undo step was pushed)
        self.nothing_to_merge = False
        self.summary = ""
        self.setWindowTitle(QCoreApplication.translate("MergeView", "Merge another copy"))
        self.resize(1100, 640)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_differences())
        self.pages.addWidget(self._build_summary())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fill()
        self._update_status()

    # -- building ---------------------------------------------------------------------------
    def _build_differences(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        this_name = self.state.path.name if self.state.path else ""
        head = QCoreApplication.translate(
            "MergeView", "Merging <b>{other}</b> into <b>{this}</b>: {n} difference(s), {c} changed in both copies."
        )
        self.heading = QLabel(
            head.format(
                other=self.other.path.name, this=this_name, n=len(self.plan.differences), c=len(self.plan.conflicts)
            )
        )
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        hint = QLabel(
            QCoreApplication.translate(
                "MergeView",
                "M: keep this copy's version · T: take the other copy's · both versions stay in the history",
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("MergeView", str(c)) for c in COLUMNS])
        self.tree.setAccessibleName(QCoreApplication.translate("MergeView", "Differences between the two copies"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TAKE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(COL_ITEM, 300)
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_sides())
        splitter.setSizes([420, 140])
        lay.addWidget(splitter, 1)
        lay.addLayout(self._build_buttons())
        return page

    def _build_sides(self) -> QWidget:
        sides = QWidget()
        side_lay = QHBoxLayout(sides)
        side_lay.setContentsMargins(0, 0, 0, 0)
        self.mine_text = QPlainTextEdit()
        self.theirs_text = QPlainTextEdit()
        for box, name in (
            (self.mine_text, QCoreApplication.translate("MergeView", "This copy's version")),
            (self.theirs_text, QCoreApplication.translate("MergeView", "The other copy's version")),
        ):
            box.setReadOnly(True)
            box.setAccessibleName(name)
            box.setPlaceholderText(name)
            side_lay.addWidget(box)
        return sides

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(QCoreApplication.translate("MergeView", "Keep &mine"))
        self.take_button = QPushButton(QCoreApplication.translate("MergeView", "Take &theirs"))
        self.all_mine_button = QPushButton(QCoreApplication.translate("MergeView", "Take mine for &all"))
        self.all_theirs_button = QPushButton(QCoreApplication.translate("MergeView", "Take theirs for a&ll"))
        self.keep_button.clicked.connect(lambda: self.choose_selected("mine"))
        self.take_button.clicked.connect(lambda: self.choose_selected("theirs"))
        self.all_mine_button.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        for b in (self.keep_button, self.take_button, self.all_mine_button, self.all_theirs_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(QCoreApplication.translate("MergeView", "What the merge will do"))
        buttons.addWidget(self.status)
        self.merge_button = QPushButton(QCoreApplication.translate("MergeView", "M&erge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.apply)
        cancel = QPushButton(QCoreApplication.translate("MergeView", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(cancel)
        return buttons

    def _build_summary(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(QCoreApplication.translate("MergeView", "Summary of the merge"))
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.summary_label, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(QCoreApplication.translate("MergeView", "Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        return page

    def _fill(self) -> None:
        self.rows: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in ITEM_KINDS:
            diffs = [d for d in self.plan.differences if d.kind == kind]
            if not diffs:
                continue
            group = QTreeWidgetItem([f"{kind_title(kind)} ({len(diffs)})"])
            group.setFont(COL_ITEM, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for d in diffs:
                mine, theirs = describe(self.bank, d.mine), describe(self.bank, d.theirs)
                row = QTreeWidgetItem(
                    [item_title(self.bank, self.names, d.key), _one_line(mine), _one_line(theirs), ""]
                )
                row.setData(COL_ITEM, ROLE_KEY, d.key)
                row.setToolTip(COL_MINE, "\n".join([*mine, self._stamp(self.state.document, d.mine)]))
                row.setToolTip(COL_THEIRS, "\n".join([*theirs, self._stamp(self.other, d.theirs)]))
                if d.is_conflict:
                    row.setFont(COL_ITEM, bold)
                group.addChild(row)
                self.rows[d.key] = row
            group.setExpanded(True)
        self._update_takes()
        first = next(iter(self.rows.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    # -- choosing ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = Qt.Key(event.key())
            if plain and key in (Qt.Key.Key_M, Qt.Key.Key_T):
                self.choose_selected("mine" if key == Qt.Key.Key_M else "theirs")
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the list keeps Enter otherwise
                if self.merge_button.isEnabled():
                    self.apply()
                return True
        return super().eventFilter(watched, event)

    def selected_keys(self) -> list[str]:
        current = self.tree.currentItem()
        items = self.tree.selectedItems() or ([current] if current is not None else [])
        keys: list[str] = []
        for item in items:
            key = item.data(COL_ITEM, ROLE_KEY)
            if key:
                keys.append(str(key))
            else:  # a group: all of its items
                children = (item.child(i) for i in range(item.childCount()))
                keys.extend(str(c.data(COL_ITEM, ROLE_KEY)) for c in children if c is not None)
        return keys

    def choose(self, key: str, side: Preference) -> None:
        if key in self.choices:
            self.choices[key] = side
        self._update_takes()
        self._update_status()

    def choose_selected(self, side: Preference) -> None:
        for key in self.selected_keys():
            if key in self.choices:
                self.choices[key] = side
        self._update_takes()
        self._update_status()

    def choose_all(self, side: Preference) -> None:
        for key in self.choices:
            self.choices[key] = side
        self._update_takes()
        self._update_status()

    def _update_takes(self) -> None:
        differences = {d.key: d for d in self.plan.differences}
        for key, row in self.rows.items():
            d = differences[key]
            choice = self.choices.get(key)
            if d.outcome == SAME_CHANGE:
                text = QCoreApplication.translate("MergeView", "same in both")
            elif choice is None:
                text = QCoreApplication.translate("MergeView", "⚠ choose")
            else:
                text = (
                    QCoreApplication.translate("MergeView", "mine")
                    if choice == "mine"
                    else QCoreApplication.translate("MergeView", "theirs")
                )
                if d.is_conflict:
                    text += " " + QCoreApplication.translate("MergeView", "(conflict)")
            row.setText(COL_TAKE, text)
            row.setToolTip(COL_TAKE, _outcome_text(d.outcome))

    def open_conflicts(self) -> list[str]:
        return [k for k, v in self.choices.items() if v is None]

    def _update_status(self) -> None:
        open_conflicts = self.open_conflicts()
        taken = sum(1 for v in self.choices.values() if v == "theirs")
        if open_conflicts:
            self.status.setText(
                QCoreApplication.translate("MergeView", "{n} conflict(s) still to choose").format(n=len(open_conflicts))
            )
        elif not self.plan.differences:
            self.status.setText(QCoreApplication.translate("MergeView", "The two copies hold the same assessment."))
        else:
            self.status.setText(
                QCoreApplication.translate("MergeView", "{n} item(s) will be taken from the other copy").format(n=taken)
            )
        self.merge_button.setEnabled(not open_conflicts and bool(self.plan.differences) and not self.state.readonly)

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        key = item.data(COL_ITEM, ROLE_KEY) if item is not None else None
        d = next((x for x in self.plan.differences if x.key == key), None)
        if d is None:
            self.mine_text.setPlainText("")
            self.theirs_text.setPlainText("")
            return
        for box, doc, version, title in (
            (self.mine_text, self.state.document, d.mine, QCoreApplication.translate("MergeView", "This copy")),
            (self.theirs_text, self.other, d.theirs, QCoreApplication.translate("MergeView", "The other copy")),
        ):
            lines = [f"{title}: {item_title(self.bank, self.names, d.key)}", *describe(self.bank, version)]
            box.setPlainText("\n".join([*lines, "", self._stamp(doc, version), _outcome_text(d.outcome)]))

    def _stamp(self, doc: ReadinessDocument | None, version: ItemVersion | None) -> str:
        """:func:`stamp`; for an item without an author of its own (an answer set in the window), who
        made that revision, from the copy's history."""
        if version is None or version.changed_by or doc is None:
            return stamp(version)
        key = (doc.path, version.key, version.rev)
        if key not in self._authors:
            try:
                entries = doc.history(AUTHOR_LOOKUP, target=version.key)
            except DB_ERRORS:  # an unreadable history: the stamp says "someone", the merge goes on
                log.warning("the history of %s could not be read for %s", doc.path, version.key, exc_info=True)
                entries = []
            self._authors[key] = next((e.actor for e in entries if e.rev == version.rev and e.actor), "")
        return stamp(version, self._authors[key])

    # -- applying ---------------------------------------------------------------------------
    def merge_choices(self) -> dict[str, Preference]:
        return {k: v for k, v in self.choices.items() if v is not None}

    def apply(self) -> bool:
        """Merge with the choices made (one undoable step), then show the summary."""
        if self.open_conflicts() or self.state.readonly:
            return False
        choices = self.merge_choices()
        if not self.plan.to_take(None, choices):
            return self._take_nothing(choices)
        command = MergeCommand(self.state, self.other, choices)
        self.state.undo_stack.push(command)
        if command.result is None:  # the write failed: DocumentState said why
            return False
        self.command = command
        self._show_summary(summary_text(command.result, choices, self.other.path.name))
        return True

    def _take_nothing(self, choices: Mapping[str, Preference]) -> bool:
        """A merge that takes no item of the other copy pushes no undo step: Qt's stack would drop its
        redo steps for a command with nothing to undo. What it still records (the other copy's history,
        the versions kept here) is history only, written directly."""
        results: list[MergeResult] = []
        if not self.state.apply_change(lambda doc: results.append(merge_into(doc, self.other, choices=choices))):
            return False  # the write failed: DocumentState said why
        self.nothing_to_merge = True
        self._show_summary(nothing_text(results[0], self.other.path.name))
        return True

    def _show_summary(self, text: str) -> None:
        self.summary = text
        self.summary_label.setText(self.summary)
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()


def _outcome_text(outcome: str) -> str:
    return {
        THEIRS: QCoreApplication.translate("MergeView", "changed in the other copy only"),
        MINE: QCoreApplication.translate("MergeView", "changed in this copy only"),
        SAME_CHANGE: QCoreApplication.translate("MergeView", "changed the same way in both copies"),
        CONFLICT: QCoreApplication.translate("MergeView", "changed in both copies: a conflict"),
    }.get(outcome, outcome)


def summary_text(result: MergeResult, choices: Mapping[str, Preference], other_name: str) -> str:
    """What the merge did, in a few sentences."""
    plan = result.plan
    conflicts = [d.key for d in plan.conflicts]
    from_theirs = sum(1 for k in conflicts if choices.get(k) == "theirs")
    lines = [
        QCoreApplication.translate("MergeView", "<b>{other} was merged.</b>").format(other=other_name),
        QCoreApplication.translate(
            "MergeView", "{n} item(s) were taken from the other copy; {m} difference(s) kept this copy's version."
        ).format(n=len(result.taken), m=len(plan.differences) - len(result.taken)),
    ]
    if conflicts:
        lines.append(
            QCoreApplication.translate(
                "MergeView", "{c} conflict(s) decided: {t} for the other copy, {k} for this one."
            ).format(c=len(conflicts), t=from_theirs, k=len(conflicts) - from_theirs)
        )
    lines.append(
        QCoreApplication.translate(
            "MergeView",
            "{h} history entries of the other copy were added; both versions of every item are in the history.",
        ).format(h=result.history_copied)
    )
    lines.append(QCoreApplication.translate("MergeView", "Edit > Undo (Ctrl+Z) takes the whole merge back."))
    return "<p>" + "</p><p>".join(lines) + "</p>"


def nothing_text(result: MergeResult, other_name: str) -> str:
    """What a merge that took no item did: nothing to undo, perhaps history added."""
    lines = [
        QCoreApplication.translate("MergeView", "<b>Nothing to merge from {other}.</b>").format(other=other_name),
        QCoreApplication.translate(
            "MergeView", "No item was taken from the other copy; {m} difference(s) kept this copy's version."
        ).format(m=len(result.plan.differences)),
    ]
    if result.history_copied:
        lines.append(
            QCoreApplication.translate("MergeView", "{h} history entries of the other copy were added.").format(
                h=result.history_copied
            )
        )
    lines.append(QCoreApplication.translate("MergeView", "The undo history is unchanged."))
    return "<p>" + "</p><p>".join(lines) + "</p>"


def _refusal(state: DocumentState, path: Path) -> str:
    """Why ``path`` cannot even be opened for merging into the open document, or ""."""
    doc = state.document
    if doc is None:
        return QCoreApplication.translate("MergeView", "Open the assessment to merge into first.")
    if doc.readonly:
        return QCoreApplication.translate(
            "MergeView", "{name} is read-only; enable editing before merging another copy into it."
        ).format(name=doc.path.name)
    try:
        same = path.resolve() == doc.path.resolve()
    except OSError:
        same = False
    return (
        QCoreApplication.translate("MergeView", "{name} is the open assessment itself; choose the other copy.").format(
            name=path.name
        )
        if same
        else ""
    )


def open_other(state: DocumentState, path: Path) -> tuple[ReadinessDocument, MergePlan] | str:
    """Open the other copy read-only and compare it; a sentence for the user when it cannot be merged
    ("" when the user cancelled the password dialog of an encrypted copy: nothing to say).

    An encrypted copy asks the password provider installed by the caller (the window's dialog, see
    ``CollabActions.merge_path``), again after a wrong password."""
    refusal = _refusal(state, path)
    doc = state.document
    if refusal or doc is None:
        return refusal
    other: ReadinessDocument | None = None
    try:
        other = ReadinessDocument.open(
            path, readonly=True, reason=QCoreApplication.translate("MergeView", "It is the copy being merged in.")
        )
        return other, compare_documents(doc, other)
    except PasswordCancelled:
        problem = ""
    except ReadinessError as exc:
        problem = QCoreApplication.translate("MergeView", "{name} cannot be merged: {why}").format(
            name=path.name, why=str(exc)
        )
    except Exception as exc:  # an OS failure or a bug: a sentence, the detail in the log
        log.warning("could not open or compare %s to merge it", path, exc_info=True)
        problem = plain_sentence(
            exc, QCoreApplication.translate("MergeView", "{name} could not be read.").format(name=path.name)
        )
    if other is not None:
        other.close()
    return problem


def merge_another_copy(
    parent: QWidget,
    state: DocumentState,
    path: Path,
    show_error: Callable[[str], object],
    run: Callable[[MergeDialog], object] | None = None,
) -> MergeDialog | None:
    """Compare ``path`` with the open document and show the merge dialog (``run`` shows it; tests
    pass their own). Returns the dialog after it closed, or None when the copy could not be merged."""
    opened = open_other(state, path)
    if isinstance(opened, str):
        if opened:
            show_error(opened)
        return None
    other, plan = opened
    dialog = MergeDialog(state, other, plan, parent)
    try:
        (run or (lambda d: d.exec()))(dialog)
    finally:
        other.close()
    return dialog
