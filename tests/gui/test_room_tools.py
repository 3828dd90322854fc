"""Issue 13, running the workshop: the agenda and its clock, quick-add an action, "What we decided
today", and the high-contrast theme."""

from __future__ import annotations

import re
import subprocess
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.assessment import Participant
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.gui.views.agenda_dialog import AgendaDialog
from desktop_app.gui.views.quick_action_dialog import QuickActionDialog
from desktop_app.storage.document import ReadinessDocument


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _agenda(window: MainWindow, minutes: dict[str, int] | None = None) -> None:
    def fill(dialog):
        assert isinstance(dialog, AgendaDialog)
        for challenge, value in (minutes or {}).items():
            dialog.spins[challenge].setValue(value)
        return True

    window.room.run_dialog = fill
    assert window.room.edit_agenda()


def test_agenda_suggests_minutes_from_the_questions_and_is_stored(opened: MainWindow):
    seen = {}

    def look(dialog):
        seen.update(dialog.minutes())
        return True

    opened.room.run_dialog = look
    assert opened.room.edit_agenda()
    bank = opened.state.bank
    data = bank.challenge("data")
    n = sum(1 for q in data.questions() if not q.computed)
    assert seen["data"] == max(5, 5 * -(-2 * n // 5))
    assert opened.state.assessment.agenda.minutes == seen
    opened.state.undo_stack.undo()
    assert not opened.state.assessment.agenda.is_set, "setting the agenda is one undoable change"


def test_the_clock_counts_the_challenge_shown_turns_amber_then_red_and_pauses(opened: MainWindow):
    bar = opened.room.timebox
    clock = FakeClock()
    bar.now = clock
    _agenda(opened, {"data": 5})
    qv = opened.question_view
    qv.show_question("data.collection.main")
    assert bar.running and bar.challenge == "data"
    clock.t += 60
    bar.tick()
    assert bar.spent("data") == 60 and bar.state_name == "on_time"
    assert "1:00 of 5:00" in bar.label.text()
    clock.t += 200  # 4:20 of 5:00 with questions still open
    bar.tick()
    assert bar.state_name == "behind"
    assert "#e69f00" in bar.bar.styleSheet()
    clock.t += 60
    bar.tick()
    assert bar.state_name == "over" and "#d55e00" in bar.bar.styleSheet()
    bar.pause()
    clock.t += 600
    bar.tick()
    assert bar.spent("data") == 320, "a paused clock does not count"
    assert "paused" in bar.label.text()
    assert opened.state.assessment.agenda.spent("data") == 320, "pausing writes the time spent"
    assert opened.state.undo_stack.count() == 1, "the clock is no undo step"


def test_time_spent_is_kept_when_the_file_is_closed_and_reopened(opened: MainWindow):
    bar = opened.room.timebox
    clock = FakeClock()
    bar.now = clock
    _agenda(opened, {"data": 20})
    opened.question_view.show_question("data.collection.main")
    clock.t += 95
    bar.tick()
    path = opened.state.path
    opened.documents.close()
    with ReadinessDocument.open(path, readonly=True) as doc:
        agenda = doc.assessment().agenda
    assert agenda.minutes["data"] == 20 and agenda.spent("data") == 95


def test_context_questions_are_not_timed(opened: MainWindow):
    bar = opened.room.timebox
    clock = FakeClock()
    bar.now = clock
    _agenda(opened, {"data": 20})
    opened.question_view.show_question("context.industry")
    clock.t += 30
    bar.tick()
    assert bar.challenge is None and all(bar.spent(c) == 0 for c in ("data", "compute"))


def test_quick_add_makes_a_custom_action_with_a_participant_owner_and_the_phase_due(opened: MainWindow, qtbot):
    opened.state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    opened.question_view.show_question("data.collection.main")
    dialogs = []

    def fill(dialog):
        assert isinstance(dialog, QuickActionDialog)
        dialogs.append(dialog)
        assert [dialog.owner.itemText(i) for i in range(dialog.owner.count())] == ["", "Dana", "Eli"]
        qtbot.keyClicks(dialog.title_edit, "Inventory the data sources")
        dialog.owner.setCurrentIndex(2)
        dialog.phase.setCurrentIndex(dialog.phase.findData(1))
        return True

    opened.room.run_dialog = fill
    key = opened.room.quick_add_action()
    assert key.startswith("CUSTOM-") and len(key) == len("CUSTOM-") + 12
    d = opened.state.assessment.plan[key]
    assert (d.custom, d.title, d.owner, d.phase, d.challenge) == (True, "Inventory the data sources", "Eli", 1, "data")
    assert d.due_date == "", "a due date left as proposed follows the phase"
    item = opened.state.plan.item(key)
    assert item.due_date == "2026-05-31"  # the workshop (2026-03-02) + 90 days for phase 1


def test_quick_add_dialog_enter_saves_and_a_typed_owner_and_date_stay(qtbot):
    dialog = QuickActionDialog(["Dana"], workshop=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due.date().toString("yyyy-MM-dd") == "2026-04-01"  # phase 0: +30 days
    dialog.owner.setCurrentText("Guest")
    dialog.due.setDate(dialog.due.date().addDays(3))
    qtbot.keyClicks(dialog.title_edit, "Name a data owner")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QuickActionDialog.DialogCode.Accepted
    d = dialog.decision()
    assert (d.owner, d.due_date, d.status) == ("Guest", "2026-04-04", "accepted")


def test_what_we_decided_today_is_one_page_with_decision_parked_actions_and_people(opened: MainWindow, tmp_path):
    opened.state.set_participants([Participant("Dana Ñúñez", "CIO"), Participant("Eli", "DPO")])
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("weak")
    qv.park_prompt = lambda text, note, parked: ("park", "Ask the data team about logs")
    assert qv.park_current()

    def fill(dialog):
        dialog.title_edit.setText("Inventory the data sources")
        dialog.owner.setCurrentText("Dana Ñúñez")
        return True

    opened.room.run_dialog = fill
    assert opened.room.quick_add_action()
    target = tmp_path / "today.pdf"
    opened.room.ask_today_path = lambda suggestion: str(target)
    written = opened.room.save_today()
    assert written == target and target.exists()
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "What we decided today",
        "Acme Health",
        "Ask the data team about logs",
        "Inventory the data sources",
        "Dana Ñúñez",
        "Eli",
    ):
        assert expected in text, expected
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE), pages


def test_high_contrast_changes_the_palette_the_chart_pens_and_is_remembered(opened: MainWindow, settings: Settings):
    app = QApplication.instance()
    before = app.palette().color(QPalette.ColorRole.Window).name()
    from desktop_app.gui.charts.radar import RadarChart

    radar = opened.findChildren(RadarChart)[0]
    normal_grid = radar.grid_colour().alpha()
    normal_width = radar.pen_width(2.2)
    try:
        opened.room.act_high_contrast.trigger()
        QApplication.processEvents()
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert opened.palette().color(QPalette.ColorRole.Base).name() == "#000000"
        assert radar.grid_colour().alpha() == 255 > normal_grid
        assert radar.pen_width(2.2) > normal_width
        assert settings.high_contrast()
        opened.show_audience("radar")
        assert opened.audience.palette().color(QPalette.ColorRole.Base).name() == "#000000"
        again = MainWindow(settings)
        assert again.room.act_high_contrast.isChecked(), "remembered in the settings"
        again.close()
    finally:
        opened.room.set_high_contrast(False)
    assert app.palette().color(QPalette.ColorRole.Window).name() == before
    assert not settings.high_contrast()


def test_what_we_decided_today_sits_right_after_the_pdf_export_in_its_menu(opened: MainWindow):
    menus = [top.menu() for top in opened.menuBar().actions() if top.menu() is not None]
    holding = [m for m in menus if opened.act_pdf in m.actions()]
    assert len(holding) == 1
    actions = holding[0].actions()
    assert actions[actions.index(opened.act_pdf) + 1] is opened.room.act_today
    assert opened.room.act_today not in opened.room.workshop_menu.actions()


def test_a_room_action_triggered_runs_its_slot(opened: MainWindow):
    ran: list[str] = []
    action = opened.room._action("&Probe", lambda: ran.append("ran"))
    action.trigger()
    assert ran == ["ran"]
