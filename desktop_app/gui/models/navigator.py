"""The navigator's tree: context, the six challenges, their sub-challenges and questions.

Rows carry their key, kind, status and search text in named roles; ``NavigatorFilter`` shows
unanswered or follow-up questions, or the ones matching a search, and keeps their parents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.core.assessment import Answer, AnswerValue, Assessment, answer_label
from desktop_app.core.bank import Question, QuestionBank
from desktop_app.core.scoring import RiskProfile
from desktop_app.core.voices import Disagreement, disagreements
from desktop_app.gui.models.labels import headers

COL_TITLE = 0
COL_PROGRESS = 1
COL_LEVEL = 2
# the translation context of every text this module shows
TR_CONTEXT = "Navigator"
HEADERS = headers(
    QT_TRANSLATE_NOOP("Navigator", "Section"),
    QT_TRANSLATE_NOOP("Navigator", "Done"),
    QT_TRANSLATE_NOOP("Navigator", "Level"),
)

ROLE_KEY = Qt.ItemDataRole.UserRole + 1  # question id, challenge id, "challenge.sub", or "context"
ROLE_KIND = Qt.ItemDataRole.UserRole + 2  # "section" | "challenge" | "sub" | "question"
ROLE_STATUS = Qt.ItemDataRole.UserRole + 3  # questions: "answered" | "unanswered" | "followup"
ROLE_PARKED = Qt.ItemDataRole.UserRole + 7  # questions: parked in the room (key P), answered or not
# the navigator's mark of a parked question
PARKED_MARK = "⏸"
ROLE_SEARCH = Qt.ItemDataRole.UserRole + 4  # lower-case text searched by Ctrl+F
ROLE_LEVEL = Qt.ItemDataRole.UserRole + 5  # level id or "" (sub-challenges and challenges)
ROLE_DISAGREEMENT = Qt.ItemDataRole.UserRole + 6  # questions: "strong" when the room disagreed strongly, else ""
# the marker of a question the room disagreed on strongly (Level column of a question row)
DISAGREEMENT_MARK = "≠"

FILTERS = ("all", "unanswered", "followup")
# the filters' names (English source texts; :func:`filter_label` gives them translated)
FILTER_LABELS = {
    "all": str(QT_TRANSLATE_NOOP("Navigator", "All questions")),
    "unanswered": str(QT_TRANSLATE_NOOP("Navigator", "Unanswered")),
    "followup": str(QT_TRANSLATE_NOOP("Navigator", "Follow-up")),
}


def translated(text: str) -> str:
    """``text`` translated in the navigator's context."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def filter_label(mode: str) -> str:
    """A filter's name as shown."""
    return translated(FILTER_LABELS[mode])


def question_order(bank: QuestionBank, values: Mapping[str, object]) -> list[Question]:
    """The questions a user moves through, in bank order: visible ones that can be answered."""
    return [q for q in bank.all_questions() if not q.computed and bank.is_visible(q, values)]


def answered_values(assessment: Assessment) -> dict[str, AnswerValue]:
    """The values of the answered questions (a note or confidence alone, value None, answers nothing)."""
    return {qid: a.value for qid, a in assessment.answers.items() if a.value is not None}


def disagreement_tip(bank: QuestionBank, assessment: Assessment, question: Question, measured: Disagreement) -> str:
    """The marker's tooltip: how far apart the room was, and who said what."""
    names = {p.id: p.name for p in assessment.participants}
    if measured.spread is not None:
        head = QCoreApplication.translate(
            "Navigator", "Strong disagreement in the room: answers {n} risk points apart."
        )
        head = head.replace("{n}", f"{measured.spread:g}")
    else:
        head = QCoreApplication.translate("Navigator", "Strong disagreement in the room: no answer has a majority.")
    voices = [
        f"{names.get(v.participant_id, '?')}: {answer_label(bank, Answer(question.id, v.value))}"
        for v in assessment.voices.get(question.id, ())
    ]
    return "\n".join([head, *voices])


def _question_mark(bank: QuestionBank, ans: Answer | None, record: Answer | None, follow: bool) -> tuple[str, str, str]:
    """A question row's status, its mark in the progress column and the mark's tooltip."""
    if ans is None:
        status, mark, tip = "unanswered", "", QCoreApplication.translate("Navigator", "Not answered yet")
    else:
        status = "followup" if follow else "answered"
        mark = "?" if ans.is_unknown else (QCoreApplication.translate("Navigator", "N/A") if ans.is_na else "✓")
        tip = answer_label(bank, ans)
        if status == "followup":
            mark = "?" if ans.is_unknown else "✓ ?"
    if record is not None and record.parked:  # parked in the room: on the follow-up list too
        status, mark = "followup", f"{PARKED_MARK} {mark}".strip()
        tip = (
            QCoreApplication.translate("Navigator", "Parked: {note}").replace("{note}", record.park_note)
            if record.park_note
            else QCoreApplication.translate("Navigator", "Parked for follow-up")
        )
    return status, mark, tip


def _search_text(q: Question) -> str:
    g = q.guidance
    parts = [q.id, q.text, q.help, g.why, g.good, *g.examples.values(), *q.references, *(o.label for o in q.options)]
    return " ".join(p for p in parts if p).lower()


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([translated(h) for h in HEADERS])
        self._structure: tuple[str, ...] = ()
        self._rows: dict[str, list[QStandardItem]] = {}
        #: each question's searchable bank text; the note said in the room is added to it
        self._bank_text: dict[str, str] = {}
        #: what each question row was last drawn from (its answer, record, follow-up flag, note), and the
        #: bank it was drawn with: a row whose inputs are unchanged is skipped (its mark's tooltip, the
        #: answer's label, was most of an answer's navigator update: docs/performance.md, eighth session)
        self._drawn: dict[str, tuple[Answer | None, Answer | None, bool, str]] = {}
        self._drawn_bank: QuestionBank | None = None

    def set_rows(self, bank: QuestionBank | None, assessment: Assessment | None, profile: RiskProfile | None) -> None:
        """Show ``bank`` with the answers of ``assessment``; rebuild only when the visible questions change."""
        if bank is None or assessment is None or profile is None:
            self._structure = ()
            self._rows.clear()
            self._drawn.clear()
            self.removeRows(0, self.rowCount())
            return
        values = answered_values(assessment)
        order = question_order(bank, values)
        structure = (bank.id, bank.version, *(q.id for q in order))
        if structure != self._structure:
            self._build(bank, order, lambda: self._update(bank, assessment, profile, order))
            self._structure = structure
            return
        self._update(bank, assessment, profile, order)

    def _row(self, key: str, kind: str, title: str, search: str = "") -> list[QStandardItem]:
        items = [QStandardItem(title), QStandardItem(""), QStandardItem("")]
        self._bank_text[key] = search or title.lower()
        for it in items:
            it.setEditable(False)
            it.setData(key, ROLE_KEY)
            it.setData(kind, ROLE_KIND)
            it.setData(search or title.lower(), ROLE_SEARCH)
        items[COL_TITLE].setToolTip(title)
        items[COL_PROGRESS].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._rows[key] = items
        return items

    def _build(self, bank: QuestionBank, order: list[Question], fill: Callable[[], None]) -> None:
        """The rows of ``order``'s questions and their sections, then ``fill``'s marks, in one reset.

        The marks are set with the model's signals blocked too: set after the reset, each of the
        rows' ~2,400 values made the filter proxy test its row again (1,700 calls while a file opened).
        """
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._rows.clear()
            self._bank_text.clear()
            self._drawn.clear()
            visible = {q.id for q in order}
            context = self._row("context", "section", QCoreApplication.translate("Navigator", "Context"))
            self.appendRow(context)
            for q in bank.context:
                if q.id in visible:
                    context[0].appendRow(self._row(q.id, "question", q.text, _search_text(q)))
            for ch in bank.challenges:
                ch_row = self._row(ch.id, "challenge", ch.title)
                self.appendRow(ch_row)
                for sub in ch.subchallenges:
                    sub_row = self._row(sub.key, "sub", sub.title)
                    ch_row[0].appendRow(sub_row)
                    for q in sub.questions:
                        if q.id in visible:
                            sub_row[0].appendRow(self._row(q.id, "question", q.text, _search_text(q)))
            fill()
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def _update(self, bank: QuestionBank, assessment: Assessment, profile: RiskProfile, order: list[Question]) -> None:
        answers = {qid: a for qid, a in assessment.answers.items() if a.value is not None}
        records = {**assessment.unanswered, **assessment.answers}  # with or without an answer
        notes = {qid: a.note for qid, a in records.items() if a.note}
        follow = {f.question for f in profile.follow_up}
        visible = {q.id for q in order}
        disputed = {qid: d for qid, d in disagreements(bank, assessment).items() if d.strong}

        def set_progress(key: str, answered: int, total: int, level: str | None = None) -> None:
            items = self._rows.get(key)
            if items is None:
                return
            text = f"{answered}/{total}"
            if items[COL_PROGRESS].text() != text:
                items[COL_PROGRESS].setText(text)
            if items[COL_LEVEL].data(ROLE_LEVEL) != (level or ""):
                items[COL_LEVEL].setData(level or "", ROLE_LEVEL)

        if bank is not self._drawn_bank:
            self._drawn.clear()
            self._drawn_bank = bank
        ctx = [q for q in bank.context if q.id in visible]
        set_progress("context", sum(1 for q in ctx if q.id in answers), len(ctx))
        for ch in profile.challenges:
            set_progress(ch.id, ch.answered, ch.total, ch.level)
            for sub in ch.subchallenges:
                set_progress(sub.key, sub.answered, sub.total, sub.level)
        for q in order:
            items = self._rows.get(q.id)
            if items is None:
                continue
            record = records.get(q.id)
            noted = notes.get(q.id, "")
            measured = disputed.get(q.id)
            inputs = (answers.get(q.id), record, q.id in follow, noted)
            # a strong disagreement's tooltip names the participants: such a row is always drawn again
            if measured is None and self._drawn.get(q.id) == inputs:
                continue
            self._draw_question(items, bank, inputs)
            self._mark_disagreement(items, bank, assessment, q, measured)
            if measured is None:
                self._drawn[q.id] = inputs
            else:
                self._drawn.pop(q.id, None)

    def _draw_question(
        self, items: list[QStandardItem], bank: QuestionBank, inputs: tuple[Answer | None, Answer | None, bool, str]
    ) -> None:
        """A question row's status, mark, tooltip, parked flag and search text (each set only if changed)
        from ``inputs``: its answer, its record (with or without an answer), on the follow-up list, its note."""
        ans, record, follow, noted = inputs
        status, mark, tip = _question_mark(bank, ans, record, follow)
        parked = record is not None and record.parked
        if items[COL_TITLE].data(ROLE_PARKED) != parked:
            items[COL_TITLE].setData(parked, ROLE_PARKED)
        if items[COL_TITLE].data(ROLE_STATUS) != status:
            for it in items:
                it.setData(status, ROLE_STATUS)
        if items[COL_PROGRESS].text() != mark:
            items[COL_PROGRESS].setText(mark)
        if items[COL_PROGRESS].toolTip() != tip:
            items[COL_PROGRESS].setToolTip(tip)
        key = items[COL_TITLE].data(ROLE_KEY)
        search = f"{self._bank_text.get(key, '')} {noted.lower()}" if noted else self._bank_text.get(key, "")
        if items[COL_TITLE].data(ROLE_SEARCH) != search:
            items[COL_TITLE].setData(search, ROLE_SEARCH)

    def _mark_disagreement(
        self,
        items: list[QStandardItem],
        bank: QuestionBank,
        assessment: Assessment,
        question: Question,
        measured: Disagreement | None,
    ) -> None:
        """The marker and tooltip of a question the room disagreed on strongly (issue 14)."""
        level = "strong" if measured is not None else ""
        if items[COL_TITLE].data(ROLE_DISAGREEMENT) != level:
            for it in items:
                it.setData(level, ROLE_DISAGREEMENT)
        mark = DISAGREEMENT_MARK if measured is not None else ""
        if items[COL_LEVEL].text() != mark:
            items[COL_LEVEL].setText(mark)
        tip = disagreement_tip(bank, assessment, question, measured) if measured is not None else ""
        if items[COL_LEVEL].toolTip() != tip:
            items[COL_LEVEL].setToolTip(tip)

    def index_for(self, key: str) -> QModelIndex:
        items = self._rows.get(key)
        return items[COL_TITLE].index() if items else QModelIndex()


class NavigatorFilter(QSortFilterProxyModel):
    """Keeps the questions that pass the filter and the search, and their parents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._mode = "all"
        self._text = ""

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def text(self) -> str:
        return self._text

    @property
    def active(self) -> bool:
        return self._mode != "all" or bool(self._text)

    def set_mode(self, mode: str) -> None:
        if mode not in FILTERS:
            raise ValueError(mode)
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.active:
            return True
        index = self.sourceModel().index(source_row, COL_TITLE, source_parent)
        if index.data(ROLE_KIND) != "question":
            return False  # shown only when a question below it is (recursive filtering)
        status = index.data(ROLE_STATUS)
        if self._mode == "unanswered" and status != "unanswered":
            return False
        if self._mode == "followup" and status != "followup":
            return False
        return not self._text or all(word in (index.data(ROLE_SEARCH) or "") for word in self._text.split())

    def question_ids(self) -> list[str]:
        """The question ids that pass, in tree order."""
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.rowCount(parent)):
                idx = self.index(row, COL_TITLE, parent)
                if idx.data(ROLE_KIND) == "question":
                    out.append(idx.data(ROLE_KEY))
                walk(idx)

        walk(QModelIndex())
        return out
