"""The core workshop flow, as a consultant does it: wizard, keyboard answers with notes, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.views.new_assessment_wizard import NewAssessmentWizard


def test_wizard_creates_assessment_with_details_participants_and_context(window: MainWindow, qtbot, tmp_path):
    target = tmp_path / "st-marys.readiness"

    def fill(wizard: NewAssessmentWizard) -> bool:
        wizard.show()
        d = wizard.details
        qtbot.keyClicks(d.client, "St Mary's Hospital")
        qtbot.keyClicks(d.project, "Synthetic imaging")
        d.facilitator.setText("Jo Consultant")
        d.file.setText(str(target))
        assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        page = wizard.participants_page.text
        qtbot.keyClicks(page, "Ana Silva, Head of Radiology, St Mary's")
        qtbot.keyClick(page, Qt.Key.Key_Return)
        qtbot.keyClicks(page, "Tom Berg, DPO")
        wizard.next()
        wizard.bank_page.combo.setCurrentIndex(wizard.bank_page.combo.findData("mini-test"))
        wizard.next()
        wizard.context_page.set_choice("context.industry", "healthcare")
        wizard.context_page.set_choice("context.jurisdictions", "eu")
        return True

    window.run_wizard = fill
    window.new_assessment()

    assert target.exists()
    a = window.state.assessment
    assert (a.client, a.project, a.facilitator) == ("St Mary's Hospital", "Synthetic imaging", "Jo Consultant")
    assert [p.name for p in a.participants] == ["Ana Silva", "Tom Berg"]
    assert a.participants[0].role == "Head of Radiology"
    assert a.answers["context.industry"].value == "healthcare"
    assert a.answers["context.jurisdictions"].value == ["eu"]
    assert not window.state.readonly
    assert (
        window.windowTitle() == "St Mary's Hospital – Synthetic imaging – st-marys.readiness – GenAI Readiness Planner"
    )
    assert window.settings.recent_files()[0].client == "St Mary's Hospital"


def test_wizard_refuses_to_overwrite_an_existing_file(window: MainWindow, doc_path: Path):
    wizard = NewAssessmentWizard(window, doc_path.parent)
    wizard.details.client.setText("A")
    wizard.details.project.setText("B")
    wizard.details.file.setText(str(doc_path))
    assert not wizard.details.isComplete()
    assert "already exists" in wizard.details.problem.text()


def _answer_ten_by_keyboard(window: MainWindow, qtbot) -> dict[str, tuple[object, str]]:
    """Digit, Alt+N, type a note, Enter (saves the note), Enter (next question)."""
    qv = window.question_view
    qv.show_question("data.collection.main")
    qv.focus_answers()
    expected: dict[str, tuple[object, str]] = {}
    for n in range(10):
        q = qv.question
        digit = Qt.Key.Key_2 if q.type != "multi" else Qt.Key.Key_1
        if q.type == "number":
            assert qv.number_edit.hasFocus(), "a number question takes typing at once"
            qtbot.keyClicks(qv.number_edit, "5000")
            qtbot.keyClick(qv.number_edit, Qt.Key.Key_Return)
        elif q.type == "text":
            assert qv.text_answer.hasFocus()
            qtbot.keyClicks(qv.text_answer, "Cloud budget agreed")
            qtbot.keyClick(qv.text_answer, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(window.focusWidget(), digit)
        assert q.id in window.state.assessment.answers, q.id
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        assert qv.note.hasFocus()
        note = f"Note {n}: said by the CIO"
        qtbot.keyClicks(qv.note, note)
        qtbot.keyClick(qv.note, Qt.Key.Key_Return)
        answer = window.state.assessment.answers[q.id]
        assert answer.note == note
        expected[q.id] = (answer.value, note)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        assert qv.question.id != q.id, "Enter moves on"
    return expected


def test_ten_answers_by_keyboard_with_notes_are_there_after_reopening(opened: MainWindow, qtbot, settings):
    path = opened.state.path
    expected = _answer_ten_by_keyboard(opened, qtbot)
    assert len(expected) == 10
    opened.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.settings.recent_files()[0].path == str(path.resolve())
    again.open_recent(str(path))
    assert not again.state.readonly, "a file the user worked on reopens editable"
    answers = again.state.assessment.answers
    for qid, (value, note) in expected.items():
        assert answers[qid].value == value
        assert answers[qid].note == note
    again.question_view.show_question(next(iter(expected)))
    assert again.question_view.note.toPlainText() == expected[next(iter(expected))][1]
    again.documents.close()


def test_digits_typed_in_a_note_do_not_answer_the_question(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.note.setFocus()
    qtbot.keyClicks(qv.note, "3 people agreed")
    assert "data.collection.main" not in opened.state.assessment.answers
    assert qv.note.toPlainText() == "3 people agreed"


def test_note_written_before_the_answer_is_saved_with_it(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.note.setFocus()
    qtbot.keyClicks(qv.note, "check with IT")
    qtbot.keyClick(qv.note, Qt.Key.Key_Return)
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_3)
    answer = opened.state.assessment.answers["data.collection.main"]
    assert (answer.value, answer.note) == ("weak", "check with IT")


def test_na_and_dont_know_keys_and_confidence_keys(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.focus_answers()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_D)
    assert opened.state.assessment.answers["data.collection.main"].value == "unknown"
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_L)
    assert opened.state.assessment.answers["data.collection.main"].confidence == "low"
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_N)
    assert opened.state.assessment.answers["data.collection.main"].value == "na"


def test_arrows_move_between_questions(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.focus_answers()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_Right)
    assert qv.question.id == "data.collection.scale_q"
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_Left)
    assert qv.question.id == "data.collection.main"


def test_live_risk_panel_follows_every_answer(opened: MainWindow, qtbot):
    panel = opened.risk_panel
    _name, badge = panel.rows["data"]
    assert badge.text() == "Not assessed"
    qv = opened.question_view
    qv.show_question("data.privacy.lawful_basis")
    qv.choose_option("none")  # a blocker
    assert panel.decision.text() == "Not ready"
    assert badge.text() != "Not assessed"
    drawn = panel.radar.drawn_values("Risk today")
    assert drawn[0] is not None and drawn[0] > 0
