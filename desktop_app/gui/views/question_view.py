"""One question at a time, built for a workshop: large targets, keyboard first, nothing lost.

Keys (while the question view has focus, and not typing in a text field): digits choose options
(the level itself on a maturity scale), ``N`` not applicable, ``D`` or ``?`` don't know, ``L``/``M``/``H``
confidence, Enter or Right arrow next, Left arrow previous, ``G`` opens the guidance, Alt+N the note,
``P`` parks the question for follow-up (with a one-line note) and moves on, Alt+I names who said the note.
Text fields keep their keys (Qt's shortcut override), so typing a note never answers a question.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Answer, ValueProblem, normalize_value
from desktop_app.core.bank import INDUSTRY_LABELS, NA, UNKNOWN, Question, QuestionBank
from desktop_app.gui.document_state import DocumentState, has_value
from desktop_app.gui.models.navigator import answered_values, question_order
from desktop_app.gui.theme import PRESENTATION_SCALE, presentation_scale, scaled_font
from desktop_app.gui.views.currency_picker import unit_text
from desktop_app.gui.views.park_dialog import ParkChoice, ask_park

NOTE_IDLE_MS = 600
#: the confidence buttons' words, in the order shown
CONFIDENCE_TEXTS = {
    "low": QT_TRANSLATE_NOOP("QuestionView", "Low"),
    "medium": QT_TRANSLATE_NOOP("QuestionView", "Medium"),
    "high": QT_TRANSLATE_NOOP("QuestionView", "High"),
}


def _confidence_text(key: str) -> str:
    """The confidence's word in the user's language."""
    return QCoreApplication.translate("QuestionView", str(CONFIDENCE_TEXTS[key]))


class NoteEdit(QPlainTextEdit):
    """A note field: Enter commits and hands focus back; Shift+Enter starts a new line."""

    commit_requested = Signal()
    finished = Signal()
    #: typed text is waiting to be saved (True) or was handed on to be saved (False)
    pending_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_IDLE_MS)
        self._timer.timeout.connect(self._idle)
        self.textChanged.connect(self._typed)
        self._loading = False
        #: the last save of this text failed: keep it on screen instead of the stored text
        self.unsaved = False

    def set_text_quietly(self, text: str) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._loading = False
        self.unsaved = False
        self._stop()

    def _stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.pending_changed.emit(False)

    def _idle(self) -> None:
        self.pending_changed.emit(False)
        self.commit_requested.emit()

    def _typed(self) -> None:
        if not self._loading:
            was = self._timer.isActive()
            self._timer.start()
            if not was:
                self.pending_changed.emit(True)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        if self._timer.isActive() or self.unsaved:
            self._stop()
            self.commit_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._stop()
            self.commit_requested.emit()
            self.finished.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.flush()
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


OPTION_STYLE = """
QPushButton#option { border: 1px solid palette(mid); border-radius: 6px; background: palette(button);
    padding: 0px; }
QPushButton#option:hover { border-color: palette(highlight); }
QPushButton#option:focus { border: 2px solid palette(highlight); }
QPushButton#option:checked { background: palette(highlight); border: 2px solid palette(highlight); }
QPushButton#option:disabled { border-color: palette(midlight); }
"""


class OptionButton(QPushButton):
    """A large, checkable answer target showing its key; long labels wrap instead of clipping."""

    def __init__(
        self, key: str, label: str, description: str = "", parent: QWidget | None = None, option_id: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("option")
        #: the bank option this button chooses ("" for the special buttons)
        self.option_id = option_id
        self.key_text = key
        self.label = label
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(44)
        self.setStyleSheet(OPTION_STYLE)
        lay = QHBoxLayout(self)
        self._layout = lay
        lay.setContentsMargins(14, 8, 14, 8)
        lay.setSpacing(14)
        self.key_label = QLabel(key)
        self.key_label.setMinimumWidth(14)
        self.text_label = QLabel(label)
        self.text_label.setWordWrap(True)
        for child in (self.key_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay.addWidget(self.key_label)
        lay.addWidget(self.text_label, 1)
        self.setAccessibleName(self.tr("Answer: {label}").format(label=label))
        self.setAccessibleDescription(
            self.tr("Key {key}. {description}").format(key=key, description=description).strip() if key else description
        )
        if description:
            self.setToolTip(description)
        self.toggled.connect(self._restyle)
        self._restyle(False)

    def _restyle(self, checked: bool) -> None:
        role = "palette(highlighted-text)" if checked else "palette(button-text)"
        style = f"color: {role}; background: transparent;"
        self.key_label.setStyleSheet(style + " font-weight: bold;")
        self.text_label.setStyleSheet(style)

    def set_option_font(self, font: QFont) -> None:
        """The font of the button and of its key and label (a QPushButton's own font reaches neither)."""
        self.setFont(font)
        self.key_label.setFont(font)
        self.text_label.setFont(font)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._layout.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        hint = self._layout.sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.minimumHeight())


class QuestionView(QWidget):
    """Shows and answers the current question; every change goes through :class:`DocumentState`."""

    #: the shown question changed (question id)
    current_changed = Signal(str)
    #: typed text (a note or a text answer) is waiting to be saved, or no longer is
    pending_changed = Signal(bool)

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("QuestionView")
        self.setAccessibleName(self.tr("Question"))
        #: a callable giving the question ids to move through (the navigator's filtered order)
        self.order_provider: Callable[[], list[str]] | None = None
        #: asks for the park note (tests replace it): (question text, note, parked) -> choice or None
        self.park_prompt: Callable[[str, str, bool], ParkChoice | None] = lambda t, n, p: ask_park(t, n, p, self)
        self.question: Question | None = None
        self.presentation = False
        self._presentation_factor = PRESENTATION_SCALE
        self._note_session = 0
        self._option_buttons: list[OptionButton] = []
        self._build()
        self._install_keys()
        state.changed.connect(self.refresh)
        state.document_replaced.connect(self._document_replaced)
        state.focus_question.connect(self.show_question)
        state.readonly_changed.connect(lambda _ro: self.refresh())

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area, 1)
        body = QWidget()
        self._body = body
        self.scroll_area.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(10)
        self.body_layout = lay

        self.crumb = QLabel()
        self.crumb.setObjectName("crumb")
        self.crumb.setWordWrap(True)
        self.crumb.setEnabled(False)  # the palette's muted text colour
        lay.addWidget(self.crumb)

        self.text_label = QLabel()
        self.text_label.setObjectName("questionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAccessibleName(self.tr("Question text"))
        lay.addWidget(self.text_label)

        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        lay.addWidget(self.help_label)

        self._build_guidance(lay)
        self._build_options_box(lay)
        self._build_special(lay)
        self._build_confidence(lay)
        self._build_note(lay)
        self._build_nav(outer)
        self._apply_fonts()

    def _build_guidance(self, lay: QVBoxLayout) -> None:
        """The guidance toggle and its panel."""
        self.guidance_toggle = QToolButton()
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_toggle.setText(self.tr("Guidance and references  (G)"))
        self.guidance_toggle.setAccessibleName(self.tr("Show guidance and framework references"))
        self.guidance_toggle.setAutoRaise(True)
        self.guidance_toggle.toggled.connect(self._guidance_toggled)
        lay.addWidget(self.guidance_toggle)

        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance.setMargin(10)
        self.guidance.setAccessibleName(self.tr("Guidance"))
        self.guidance.setVisible(False)
        lay.addWidget(self.guidance)

    def _build_options_box(self, lay: QVBoxLayout) -> None:
        """The answer targets: options, number and text fields, a problem line."""
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 6, 0, 0)
        self.options_layout.setSpacing(6)
        lay.addWidget(self.options_box)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(False)

        # number and free-text answers
        self.number_row = QWidget()
        nr = QHBoxLayout(self.number_row)
        nr.setContentsMargins(0, 0, 0, 0)
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Number answer"))
        self.number_edit.setPlaceholderText(self.tr("Type a number and press Enter"))
        self.number_edit.setMinimumHeight(40)
        self.number_edit.returnPressed.connect(self._number_entered)
        self.unit_label = QLabel()
        nr.addWidget(self.number_edit, 1)
        nr.addWidget(self.unit_label)
        lay.addWidget(self.number_row)
        self.text_answer = NoteEdit()
        self.text_answer.setAccessibleName(self.tr("Text answer"))
        self.text_answer.setPlaceholderText(self.tr("Type the answer; it is saved as you type."))
        self.text_answer.setMaximumHeight(140)
        self.text_answer.commit_requested.connect(self._text_answer_commit)
        self.text_answer.finished.connect(self.focus_answers)
        self.text_answer.pending_changed.connect(self._pending_changed)
        lay.addWidget(self.text_answer)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #e0443e;")
        self.problem_label.setVisible(False)
        lay.addWidget(self.problem_label)

    def _build_special(self, lay: QVBoxLayout) -> None:
        """Not applicable, don't know and clear."""
        special = QHBoxLayout()
        special.setSpacing(8)
        self.na_button = OptionButton("N", self.tr("Not applicable"))
        self.na_button.setAccessibleName(self.tr("Not applicable"))
        self.na_button.clicked.connect(lambda: self._choose_special(NA))
        self.unknown_button = OptionButton("D", self.tr("Don't know"))
        self.unknown_button.setAccessibleName(self.tr("Don't know (add to follow-up)"))
        self.unknown_button.setToolTip(self.tr("Marks the question for follow-up with the client"))
        self.unknown_button.clicked.connect(lambda: self._choose_special(UNKNOWN))
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.setAccessibleName(self.tr("Clear answer"))
        self.clear_button.setMinimumHeight(44)
        self.clear_button.clicked.connect(self.clear)
        special.addWidget(self.na_button, 2)
        special.addWidget(self.unknown_button, 2)
        special.addWidget(self.clear_button, 1)
        lay.addLayout(special)

    def _build_confidence(self, lay: QVBoxLayout) -> None:
        """The confidence buttons."""
        conf = QHBoxLayout()
        conf.setSpacing(6)
        self.confidence_label = QLabel(self.tr("Confidence:"))
        conf.addWidget(self.confidence_label)
        self.confidence_group = QButtonGroup(self)
        self.confidence_group.setExclusive(True)
        self.confidence_buttons: dict[str, QPushButton] = {}
        for key in CONFIDENCE_TEXTS:
            label = _confidence_text(key)
            b = QPushButton(self.tr("{label} ({key})").format(label=label, key=key[0].upper()))
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Confidence {label}").format(label=label.lower()))
            b.setMinimumHeight(34)
            b.clicked.connect(lambda _c=False, k=key: self.set_confidence(k))
            self.confidence_group.addButton(b)
            self.confidence_buttons[key] = b
            conf.addWidget(b)
        conf.addStretch(1)
        lay.addLayout(conf)

    def _build_note(self, lay: QVBoxLayout) -> None:
        """The note field."""
        self.note_label = QLabel(self.tr("Note (Alt+N; Enter saves, Shift+Enter new line)"))
        lay.addWidget(self.note_label)
        self.note = NoteEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What was said, who said it, what to check…"))
        self.note.setMinimumHeight(64)
        self.note.setMaximumHeight(120)
        self.note.commit_requested.connect(self._commit_note)
        self.note.finished.connect(self.focus_answers)
        self.note.pending_changed.connect(self._pending_changed)
        self.note.installEventFilter(self)
        self.note_label.setBuddy(self.note)
        lay.addWidget(self.note)
        self._build_speaker(lay)
        lay.addStretch(1)

    def _build_speaker(self, lay: QVBoxLayout) -> None:
        """Who said the note: a participant picked from the list, or a name typed (Alt+I)."""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.speaker_label = QLabel(self.tr("Sa&id by:"))
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.setMinimumWidth(220)
        self.speaker.setMinimumHeight(32)
        self.speaker.setAccessibleName(self.tr("Who said the note"))
        self.speaker.setToolTip(self.tr("Pick a participant or type a name; Enter saves it"))
        line = self.speaker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("nobody named"))
            line.setAccessibleName(self.tr("Who said the note"))
            line.editingFinished.connect(self._commit_speaker)
        self.speaker.activated.connect(lambda _i: self._commit_speaker())
        self.speaker_label.setBuddy(self.speaker)
        self.parked_label = QLabel()
        self.parked_label.setObjectName("parkedLabel")
        self.parked_label.setWordWrap(True)
        self.parked_label.setAccessibleName(self.tr("Parked for follow-up"))
        row.addWidget(self.speaker_label)
        row.addWidget(self.speaker)
        row.addWidget(self.parked_label, 1)
        lay.addLayout(row)

    def _commit_speaker(self) -> None:
        q = self.question
        if q is None or not self._can_edit():
            return
        name = self.speaker.currentText().strip()
        record = self.state.assessment.record(q.id) if self.state.assessment else None
        if name != (record.note_by if record else ""):
            self.note.flush()
            self.state.edit_room_fields(q.id, note_by=name, text=self.tr("Note said by"))

    def _refresh_speaker(self, answer: Answer | None, editable: bool) -> None:
        a = self.state.assessment
        names = [p.name for p in a.participants] if a is not None else []
        said_by = answer.note_by if answer else ""
        self.speaker.blockSignals(True)
        try:
            wanted = ["", *names]
            if [self.speaker.itemText(i) for i in range(self.speaker.count())] != wanted:
                self.speaker.clear()
                self.speaker.addItems(wanted)
            line = self.speaker.lineEdit()
            if line is None or not line.hasFocus():
                self.speaker.setCurrentText(said_by)
        finally:
            self.speaker.blockSignals(False)
        self.speaker.setEnabled(editable)
        parked = answer is not None and answer.parked
        self.parked_label.setVisible(parked)
        if parked and answer is not None:
            why = f": {answer.park_note}" if answer.park_note else ""
            self.parked_label.setText(self.tr("⏸ Parked for follow-up{why}").format(why=why))

    def _build_nav(self, outer: QVBoxLayout) -> None:
        """Previous, position and next, below the scrolling page."""
        nav = QFrame()
        nav.setFrameShape(QFrame.Shape.NoFrame)
        nl = QHBoxLayout(nav)
        nl.setContentsMargins(24, 6, 24, 10)
        self.prev_button = QPushButton(self.tr("◀  Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous question"))
        self.prev_button.setToolTip(self.tr("Previous question (Left arrow)"))
        self.prev_button.setMinimumHeight(40)
        self.prev_button.clicked.connect(self.go_previous)
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Next question (Enter or Right arrow)"))
        self.next_button.setMinimumHeight(40)
        self.next_button.clicked.connect(self.go_next)
        nl.addWidget(self.prev_button)
        nl.addWidget(self.position_label, 1)
        nl.addWidget(self.next_button)
        outer.addWidget(nav)

    def set_key_scope(self, scope: QWidget) -> None:
        """Make the answer keys work wherever the focus is inside ``scope`` (the whole questionnaire:
        navigator, question and live panel). Text fields keep their keys; Enter stays with the question
        view, so Enter in the navigator still opens the row it is on."""
        for sc in self._shortcuts:
            sc.setParent(None)
            sc.deleteLater()
        self._install_keys(scope)

    def _install_keys(self, scope: QWidget | None = None) -> None:
        def key(seq: str | QKeySequence.StandardKey, slot: Callable[[], object], own: bool = False) -> QShortcut:
            sc = QShortcut(QKeySequence(seq), self if own or scope is None else scope)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            return sc

        self._shortcuts: list[QShortcut] = []
        for digit in range(10):
            self._shortcuts.append(key(str(digit), partial(self.choose_digit, digit)))
        self._shortcuts += [
            key("N", lambda: self._choose_special(NA)),
            key("D", lambda: self._choose_special(UNKNOWN)),
            key("?", lambda: self._choose_special(UNKNOWN)),
            key("Shift+?", lambda: self._choose_special(UNKNOWN)),
            key("L", lambda: self.set_confidence("low")),
            key("M", lambda: self.set_confidence("medium")),
            key("H", lambda: self.set_confidence("high")),
            key("G", self.guidance_toggle.toggle),
            key("P", self.park_current),
            key("Return", self._enter, own=True),
            key("Enter", self._enter, own=True),
            key("Right", self.go_next),
            key("PgDown", self.go_next),
            key("Left", self.go_previous),
            key("PgUp", self.go_previous),
        ]

    def _apply_fonts(self) -> None:
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 9.0))
        factor = self._presentation_factor if self.presentation else 1.0
        body = scaled_font(base, 1.15 * factor)
        self._body.setFont(body)
        self.text_label.setFont(scaled_font(base, 1.6 * factor, bold=True))
        self.crumb.setFont(scaled_font(base, 1.0 * factor))
        for b in self.findChildren(QPushButton):
            if isinstance(b, OptionButton):
                b.set_option_font(body)
            else:
                b.setFont(body)
        for b in (*self._option_buttons, self.na_button, self.unknown_button, self.clear_button):
            b.setMinimumHeight(int(44 * (1 + (factor - 1) * 0.55)))  # 1.5x at the full presentation type
        self.position_label.setFont(body)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "position_label"):
            self._apply_fonts()  # the window was zoomed: every size follows

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector."""
        self.presentation = on
        self.note.setMaximumHeight(200 if on else 120)
        self._presentation_factor = PRESENTATION_SCALE
        self._apply_fonts()
        self._fit_presentation()

    def _fit_presentation(self) -> None:
        """Presentation type sized to the screen: PRESENTATION_SCALE on a 1080-line screen, less on a
        smaller one (a 1280x720 projector, or 150 % scaling), never below PRESENTATION_MIN_SCALE, so
        the options, confidence and the note stay in sight."""
        if not self.presentation or not hasattr(self, "position_label"):
            return
        factor = presentation_scale(self)
        if abs(factor - self._presentation_factor) > 0.01:
            self._presentation_factor = factor
            self._apply_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.presentation:
            self._fit_presentation()  # full screen, or moved to another screen

    # -- showing a question -----------------------------------------------------------------
    def _document_replaced(self) -> None:
        self.question = None
        self.note.unsaved = self.text_answer.unsaved = False
        self.refresh()

    def _pending_changed(self, _pending: bool) -> None:
        self.pending_changed.emit(self.has_pending)

    @property
    def has_pending(self) -> bool:
        """Typed text not yet in the file (still being typed, or its save failed)."""
        return any(e.pending or e.unsaved for e in (self.note, self.text_answer))

    def option_buttons(self) -> list[OptionButton]:
        return list(self._option_buttons)

    def order(self) -> list[str]:
        """The questions Previous and Next move through: the navigator's filtered ones, else all."""
        return self._filtered_order() or self._all_ids()

    def _filtered_order(self) -> list[str]:
        """The navigator's questions while a filter or search is on, else []."""
        return (self.order_provider() if self.order_provider is not None else []) or []

    def _all_ids(self) -> list[str]:
        bank, a = self.state.bank, self.state.assessment
        if bank is None or a is None:
            return []
        return [q.id for q in question_order(bank, answered_values(a))]

    def _has_answer(self, question_id: str) -> bool:
        return self.state.answered(question_id) is not None

    def show_question(self, question_id: str) -> None:
        bank = self.state.bank
        if bank is None or not bank.has_question(question_id):
            return
        if self.question is not None and self.question.id == question_id:
            self.refresh()
            return
        self.commit_pending()
        self.question = bank.question(question_id)
        self._note_session += 1
        self._build_options()
        self.refresh()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.current_changed.emit(question_id)

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved (before leaving the question or closing)."""
        self.note.flush()
        self.text_answer.flush()
        self._commit_number_if_changed()

    def _commit_number_if_changed(self) -> None:
        q, a = self.question, self.state.assessment
        if q is None or q.type != "number" or a is None:
            return
        text = self.number_edit.text().strip()
        current = a.record(q.id)
        if text and (current is None or str(current.value) != text):
            self._answer(text)

    def _build_options(self) -> None:
        for b in self._option_buttons:
            self.option_group.removeButton(b)
            self.options_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        self._option_buttons = []
        q = self.question
        if q is None:
            return
        for i, opt in enumerate(q.options):
            key = opt.id if q.type == "scale" else (str(i + 1) if i < 9 else ("0" if i == 9 else ""))
            label = opt.label
            if q.type == "scale" and label[:1] == opt.id:
                label = label.split("-", 1)[-1].strip() if "-" in label[:4] else label
            b = OptionButton(key, label, opt.description, self.options_box, option_id=opt.id)
            b.clicked.connect(lambda _c=False, oid=opt.id: self.choose_option(oid))
            self.option_group.addButton(b)
            self.options_layout.addWidget(b)
            b.show()  # now, not on the next event loop pass, so it can take focus at once
            self._option_buttons.append(b)
        self._apply_fonts()

    def refresh(self) -> None:
        bank, a = self.state.bank, self.state.assessment
        if bank is None or a is None:
            self.question = None
            self._build_options()
            self.text_label.setText(self.tr("No assessment is open."))
            return
        if (
            self.question is None
            or not bank.has_question(self.question.id)
            or bank.question(self.question.id) is not self.question
        ):
            ids = self._all_ids()
            first = next((i for i in ids if not self._has_answer(i)), ids[0] if ids else None)
            if first is None:
                return
            self.question = None
            self.show_question(first)
            return
        q = self.question
        answer = a.record(q.id)  # may hold only a note and a confidence (value None)
        editable = not self.state.readonly
        # only the references that apply to this client (jurisdictions, AI Act role): as the plan and report
        refs = bank.references_for(q.references, q.ref_conditions, bank.live_values(answered_values(a)))
        self._refresh_texts(bank, q, a.industry, refs)
        self._refresh_answer(q, answer, editable)
        self._refresh_position(q)

    def _refresh_texts(self, bank: QuestionBank, q: Question, industry: str, refs: tuple[str, ...]) -> None:
        """Where the question sits, its text, help and guidance."""
        if q.is_context:
            where = self.tr("Context")
        else:
            ch = bank.challenge(q.challenge or "")
            sub = bank.subchallenge(q.subchallenge_key or "")
            where = f"{ch.title}  ›  {sub.title}"
        weight = self.tr("  ·  weight {weight}").format(weight=q.weight) if q.scored else ""
        self.crumb.setText(f"{where}{weight}")
        self.text_label.setText(q.text)
        self.help_label.setText(q.help)
        self.help_label.setVisible(bool(q.help))
        self.guidance.setText(self._guidance_html(q, industry, refs))
        has_guidance = bool(q.guidance.why or q.guidance.good or q.guidance.examples or refs)
        self.guidance_toggle.setVisible(has_guidance)
        self.guidance.setVisible(has_guidance and self.guidance_toggle.isChecked())

    def _refresh_answer(self, q: Question, answer: Answer | None, editable: bool) -> None:
        """The answer widgets show what the file holds (``answer`` may hold only a note: value None)."""
        answered = has_value(answer)
        value = answer.value if answer else None
        chosen = set(value) if isinstance(value, list) else ({str(value)} if value is not None else set())
        for b in self._option_buttons:
            b.setChecked(b.option_id in chosen)
            b.setEnabled(editable)
        self.options_box.setVisible(bool(self._option_buttons))
        self.number_row.setVisible(q.type == "number")
        self.unit_label.setText(unit_text(q.unit, self.state.assessment.currency if self.state.assessment else ""))
        if q.type == "number" and not self.number_edit.hasFocus():
            self.number_edit.setText("" if value in (None, NA, UNKNOWN) else str(value))
        self.number_edit.setReadOnly(not editable)
        self.text_answer.setVisible(q.type == "text")
        if q.type == "text" and not self.text_answer.pending:
            text = "" if value in (None, NA, UNKNOWN) else str(value)
            if self.text_answer.toPlainText() != text:
                self.text_answer.set_text_quietly(text)
        self.text_answer.setReadOnly(not editable)
        self.na_button.setVisible(q.allow_na)
        self.na_button.setChecked(value == NA)
        self.na_button.setEnabled(editable)
        self.unknown_button.setVisible(q.allow_unknown)
        self.unknown_button.setChecked(value == UNKNOWN)
        self.unknown_button.setEnabled(editable)
        self.clear_button.setEnabled(editable and answered)
        confidence = answer.confidence if answer else "medium"
        for k, cb in self.confidence_buttons.items():
            cb.setChecked(k == confidence)
            cb.setEnabled(editable)
        self._refresh_note(answer, editable)
        self._refresh_speaker(answer, editable)

    def _refresh_note(self, answer: Answer | None, editable: bool) -> None:
        note = answer.note if answer else ""
        if not self.note.pending and not self.note.unsaved and self.note.toPlainText() != note:
            self.note.set_text_quietly(note)
        self.note.setReadOnly(not editable)
        self.note.setPlaceholderText(
            self.tr("Read-only") if not editable else self.tr("What was said, who said it, what to check…")
        )

    def _refresh_position(self, q: Question) -> None:
        """The position line, and whether Previous and Next can move."""
        ids = self._all_ids()  # the question order is worked out once per refresh (it runs on every answer)
        pos = ids.index(q.id) + 1 if q.id in ids else 0
        a = self.state.assessment
        values = answered_values(a) if a is not None else {}
        done = sum(1 for i in ids if i in values)
        self.position_label.setText(
            self.tr("Question {pos} of {total}  ·  {done} answered").format(pos=pos, total=len(ids), done=done)
        )
        order = self._filtered_order() or ids
        self.prev_button.setEnabled(bool(order) and (q.id not in order or order.index(q.id) > 0))
        self.next_button.setEnabled(bool(order) and (q.id not in order or order.index(q.id) < len(order) - 1))

    def _guidance_html(self, q: Question, industry: str, refs: tuple[str, ...]) -> str:
        g = q.guidance
        parts = []
        if g.why:
            parts.append("<p><b>{}</b> {}</p>".format(self.tr("Why it matters."), html.escape(g.why)))
        if g.good:
            parts.append("<p><b>{}</b> {}</p>".format(self.tr("What good looks like."), html.escape(g.good)))
        examples = sorted(g.examples.items(), key=lambda kv: (kv[0] != industry, kv[0]))
        for ind, text in examples:
            title = self.tr("Example: {industry}.").format(industry=html.escape(INDUSTRY_LABELS.get(ind, ind)))
            parts.append(f"<p><b>{title}</b> {html.escape(text)}</p>")
        if refs:
            shown = "; ".join(html.escape(r) for r in refs)
            parts.append("<p><b>{}</b> {}</p>".format(self.tr("Framework references:"), shown))
        return "".join(parts)

    def _guidance_toggled(self, on: bool) -> None:
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.guidance.setVisible(on and bool(self.guidance.text()))

    # -- answering --------------------------------------------------------------------------
    def _can_edit(self) -> bool:
        return self.question is not None and self.state.is_open and not self.state.readonly

    def _answer(self, raw: object) -> None:
        q = self.question
        if q is None or not self._can_edit():
            return
        try:
            value = normalize_value(q, raw)
        except ValueProblem as exc:
            self.problem_label.setText(str(exc))
            self.problem_label.setVisible(True)
            return
        self.problem_label.setVisible(False)
        a = self.state.assessment
        current = a.record(q.id) if a else None
        if current is not None and current.value == value:
            self.refresh()
            return
        self.note.flush()
        note = self.note.toPlainText()
        # what the record already holds (confidence, who said the note, a park) stays with the answer
        base = current if current is not None else Answer(question=q.id, value=None)
        self.state.set_answer(
            replace(base, value=value, note=note, answered_by="", answered_at=""),
            text=self.tr("Answer {question}").format(question=q.id),
        )

    def choose_option(self, option_id: str) -> None:
        q = self.question
        if q is None:
            return
        if q.type == "multi":
            a = self.state.assessment
            current = a.record(q.id) if a else None
            chosen = list(current.value) if current and isinstance(current.value, list) else []
            opt = q.option(option_id)
            if option_id in chosen:
                chosen.remove(option_id)
            elif opt is not None and opt.exclusive:
                chosen = [option_id]
            else:
                chosen = [c for c in chosen if not ((o := q.option(c)) and o.exclusive)] + [option_id]
            if not chosen:
                self.clear()
                return
            self._answer(chosen)
        else:
            self._answer(option_id)

    def choose_digit(self, digit: int) -> None:
        for b in self._option_buttons:
            if b.key_text == str(digit):
                had_focus = any(o.hasFocus() for o in self._option_buttons)
                self.choose_option(b.option_id)
                if had_focus and b.isChecked():  # the focus ring follows the choice, not the old option
                    b.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _choose_special(self, value: str) -> None:
        q = self.question
        if q is None or (value == NA and not q.allow_na) or (value == UNKNOWN and not q.allow_unknown):
            return
        self._answer(value)

    def clear(self) -> None:
        if self._can_edit() and self.question is not None:
            self.state.clear_answer(self.question.id)

    def _number_entered(self) -> None:
        text = self.number_edit.text().strip()
        if text:
            self._answer(text)
            if not self.problem_label.isVisible():
                self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_answer_commit(self) -> None:
        if self.question is None or self.question.type != "text":
            return
        text = self.text_answer.toPlainText()
        if text.strip():
            self._answer(text)
        elif self._has_answer(self.question.id):
            self.clear()

    def set_confidence(self, confidence: str) -> None:
        if self._can_edit() and self.question is not None:
            self.note.flush()
            self.state.edit_answer(self.question.id, confidence=confidence)
        self.refresh()

    def _commit_note(self) -> None:
        q = self.question
        if q is None or not self._can_edit():
            return
        text = self.note.toPlainText()
        # a note alone is stored too (value None): nothing typed waits for an answer
        self.note.unsaved = not self.state.edit_answer(q.id, note=text, merge_key=self._note_session)
        self._pending_changed(self.note.unsaved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusIn:
            self._note_session += 1  # a new editing session: a separate undo step
        return super().eventFilter(watched, event)

    def focus_answers(self) -> None:
        """Put the keyboard focus where the next keystroke answers (the chosen option, or the field)."""
        chosen = next((b for b in self._option_buttons if b.isChecked()), None)
        target: QWidget = chosen or (self._option_buttons[0] if self._option_buttons else self.next_button)
        q, a = self.question, self.state.assessment
        if q is not None and q.type in ("number", "text"):
            answered = a is not None and self._has_answer(q.id)
            field = self.number_edit if q.type == "number" else self.text_answer
            target = self.next_button if answered or self.state.readonly else field
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def park_current(self) -> bool:
        """Park the question shown (answered or not) with a one-line note and move on; on a parked
        question, the same key offers to unpark it. False when nothing changed."""
        q = self.question
        if q is None or not self._can_edit():
            return False
        self.commit_pending()
        record = self.state.assessment.record(q.id) if self.state.assessment else None
        parked = record is not None and record.parked
        choice = self.park_prompt(q.text, record.park_note if record else "", parked)
        if choice is None:
            return False
        kind, note = choice
        if kind == "unpark":
            return self.state.edit_room_fields(q.id, parked=False, park_note="", text=self.tr("Unpark question"))
        if not self.state.edit_room_fields(q.id, parked=True, park_note=note, text=self.tr("Park question")):
            return False
        if not parked:
            self.go_next()
        return True

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- moving -----------------------------------------------------------------------------
    def _step(self, delta: int) -> None:
        if self.question is None:
            return
        order = self.order()
        if not order:
            return
        if self.question.id in order:
            i = order.index(self.question.id) + delta
        else:  # the current question is filtered out: go to the nearest one in bank order
            all_ids = self._all_ids()
            here = all_ids.index(self.question.id) if self.question.id in all_ids else 0
            pos = {qid: all_ids.index(qid) for qid in order if qid in all_ids}
            after = [qid for qid in order if pos.get(qid, -1) > here]
            before = [qid for qid in order if pos.get(qid, -1) < here]
            target = (after[:1] if delta > 0 else before[-1:]) or []
            if target:
                self.show_question(target[0])
            return
        if 0 <= i < len(order):
            self.show_question(order[i])
            self.focus_answers()

    def _enter(self) -> None:
        if self.number_edit.hasFocus():  # Enter in the number field saves it; the next Enter moves on
            self._number_entered()
        elif self.speaker.hasFocus() or bool((line := self.speaker.lineEdit()) and line.hasFocus()):
            self._commit_speaker()  # Enter in "said by" saves the name and hands back to the answers
            self.focus_answers()
        else:
            self.go_next()

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def go_next_unanswered(self) -> None:
        a = self.state.assessment
        ids = self._all_ids()
        if a is None or not ids or self.question is None:
            return
        start = ids.index(self.question.id) if self.question.id in ids else -1
        for qid in ids[start + 1 :] + ids[: start + 1]:
            if not self._has_answer(qid):
                self.show_question(qid)
                self.focus_answers()
                return
