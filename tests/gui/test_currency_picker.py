"""The assessment's currency in the GUI (issue 12): an ISO 4217 picker in the wizard and the details
dialog, common currencies first, a typed code checked, stored through the document API and used by
the money figures the GUI shows."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.views.currency_picker import CurrencyPicker, unit_text
from desktop_app.gui.views.details_dialog import DetailsDialog
from desktop_app.gui.views.new_assessment_wizard import NewAssessmentWizard
from desktop_app.storage.document import ReadinessDocument


def test_the_picker_offers_not_stated_then_the_common_currencies_first(qtbot):
    picker = CurrencyPicker()
    qtbot.addWidget(picker)
    codes = [picker.itemData(i) for i in range(picker.count())]
    assert codes[0] == ""
    assert codes[1:4] == ["EUR", "USD", "GBP"]
    assert "XCG" in codes and "KRW" in codes  # every other ISO 4217 code follows
    assert picker.code() == ""


def test_a_typed_code_is_checked_against_iso_4217(qtbot):
    picker = CurrencyPicker()
    qtbot.addWidget(picker)
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "chf")
    assert picker.problem() == "" and picker.code() == "CHF"
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "EUE")
    assert "EUE" in picker.problem() and "ISO 4217" in picker.problem()
    assert picker.code() == ""


def test_wizard_stores_the_chosen_currency(window: MainWindow, qtbot, tmp_path):
    target = tmp_path / "acme-chf.readiness"

    def fill(wizard: NewAssessmentWizard) -> bool:
        wizard.show()
        d = wizard.details
        qtbot.keyClicks(d.client, "Acme")
        qtbot.keyClicks(d.project, "Pilot")
        d.file.setText(str(target))
        d.currency.lineEdit().clear()
        qtbot.keyClicks(d.currency.lineEdit(), "XYZ")
        assert not d.isComplete() and "ISO 4217" in d.problem.text()
        d.currency.set_code("CHF")
        assert d.isComplete()
        wizard.next()
        wizard.next()
        wizard.bank_page.combo.setCurrentIndex(wizard.bank_page.combo.findData("mini-test"))
        return True

    window.run_wizard = fill
    window.new_assessment()
    assert target.exists()
    with ReadinessDocument.open(target, readonly=True) as doc:
        assert doc.assessment().currency == "CHF"


def test_details_dialog_changes_the_currency_as_one_undoable_edit(opened: MainWindow, qtbot):
    def fill(dialog: DetailsDialog) -> bool:
        assert dialog.currency.code() == ""
        dialog.currency.lineEdit().clear()
        qtbot.keyClicks(dialog.currency.lineEdit(), "eurx")
        assert not dialog.ok_button.isEnabled() and "ISO 4217" in dialog.problem.text()
        dialog.currency.set_code("GBP")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return True

    opened.run_dialog = fill
    opened.act_details.trigger()
    assert opened.state.assessment.currency == "GBP"
    with ReadinessDocument.open(opened.state.path, readonly=True) as doc:
        assert doc.assessment().currency == "GBP"
    opened.state.undo_stack.undo()
    assert opened.state.assessment.currency == ""


def test_money_units_in_the_gui_show_the_assessments_currency():
    assert unit_text("currency per month", "EUR") == "EUR per month"
    assert unit_text("currency per month", "") == "currency per month"
    assert unit_text("GPU-hours", "EUR") == "GPU-hours"


def test_the_question_view_shows_the_currency_in_a_money_unit(window: MainWindow, settings, tmp_path: Path):
    from desktop_app.core.bank import builtin_bank_path, load_bank

    bank = load_bank(builtin_bank_path())
    money = next(
        q for q in bank.all_questions() if q.unit.startswith("currency") and q.show_if is None and q.industry is None
    )
    path = tmp_path / "money.readiness"
    ReadinessDocument.create(path, client="Acme", project="Pilot", bank=bank, currency="SEK").close()
    settings.remember_file(path)
    assert window.documents.open_path(path)
    window.go_to_question(money.id)
    assert window.question_view.unit_label.text() == "SEK" + money.unit[len("currency") :]
