"""The exchange rate in Edit > Assessment details (issues 11/12): 1 <bank's currency> = rate <assessment's
currency>, its date and its source, checked before OK, stored with the details as one undoable change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from desktop_app.core.currency import make_exchange_rate
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.views.details_dialog import DetailsDialog
from desktop_app.storage.document import ReadinessDocument


@pytest.fixture()
def priced(window: MainWindow, tmp_path, settings) -> MainWindow:
    """The window with an assessment of the built-in bank (its cost bands are priced in EUR) open."""
    from desktop_app.core.bank import builtin_bank_path, load_bank

    path = tmp_path / "priced.readiness"
    ReadinessDocument.create(path, client="Acme", project="Pilot", bank=load_bank(builtin_bank_path())).close()
    settings.remember_file(path)
    assert window.documents.open_path(path)
    return window


def test_the_rate_is_set_with_the_currency_as_one_undoable_edit(priced: MainWindow, qtbot):
    opened = priced
    seen: dict[str, object] = {}

    def fill(dialog: DetailsDialog) -> bool:
        assert dialog.rate is not None  # the mini bank prices its bands in EUR
        assert not dialog.rate.rate.isEnabled()  # no currency yet: no rate to give
        dialog.currency.set_code("USD")
        assert dialog.rate.rate.isEnabled() and dialog.rate.after.text() == "USD"
        assert dialog.rate.before.text() == "1 EUR ="
        qtbot.keyClicks(dialog.rate.rate, "1.0411")
        dialog.rate.date.setDate(QDate(2026, 12, 4))
        dialog.rate.source.clear()
        assert not dialog.ok_button.isEnabled() and "comes from" in dialog.problem.text()
        qtbot.keyClicks(dialog.rate.source, "set by Ana Consultant")
        assert dialog.ok_button.isEnabled(), dialog.problem.text()
        seen["label"] = dialog.rate.before.text()
        dialog.accept()
        return True

    opened.run_dialog = fill
    opened.act_details.trigger()
    expected = make_exchange_rate("EUR", "USD", 1.0411, "2026-12-04", "set by Ana Consultant")
    assert opened.state.assessment.exchange_rate == expected and opened.state.assessment.currency == "USD"
    with ReadinessDocument.open(opened.state.path, readonly=True) as doc:
        assert doc.assessment().exchange_rate == expected
    opened.state.undo_stack.undo()  # the whole dialog at once
    assert opened.state.assessment.exchange_rate is None and opened.state.assessment.currency == ""
    opened.state.undo_stack.redo()
    assert opened.state.assessment.exchange_rate == expected


def test_a_hostile_rate_keeps_ok_disabled_with_a_sentence(opened: MainWindow, qtbot):
    dialog = DetailsDialog(opened, opened.state.assessment, "EUR")
    qtbot.addWidget(dialog)
    dialog.currency.set_code("GBP")
    dialog.rate.source.setText("set by Ana")
    for bad in ("0", "-1.2", "nan", "1e308", "abc", "0,86"):
        dialog.rate.rate.setText(bad)
        assert not dialog.ok_button.isEnabled(), bad
        assert "exchange rate must be a number" in dialog.problem.text(), bad
    dialog.rate.rate.setText("0.8654")
    assert dialog.ok_button.isEnabled()
    dialog.rate.rate.clear()  # no rate: the report keeps EUR and says so
    assert dialog.ok_button.isEnabled() and dialog.details()["exchange_rate"] == ""


def test_a_rate_belongs_to_its_currency(opened: MainWindow, qtbot):
    held = make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "set by Ana")
    opened.state.edit_details(
        {"currency": "USD", "exchange_rate": held.to_json()}, opened.state.assessment.participants
    )
    dialog = DetailsDialog(opened, opened.state.assessment, "EUR")
    qtbot.addWidget(dialog)
    assert dialog.rate.rate.text() == "1.08" and dialog.details()["exchange_rate"] == held.to_json()
    dialog.currency.set_code("GBP")  # the USD rate is not offered for GBP
    assert dialog.rate.rate.text() == "" and dialog.details()["exchange_rate"] == ""
    dialog.currency.set_code("USD")
    assert dialog.rate.rate.text() == "1.08"
    dialog.currency.set_code("EUR")  # the bank's own currency: the rate is not used and stays as it was
    assert not dialog.rate.rate.isEnabled() and dialog.details()["exchange_rate"] == held.to_json()


def test_without_a_bank_currency_the_dialog_has_no_rate(opened: MainWindow, qtbot):
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    assert dialog.rate is None and "exchange_rate" not in dialog.details()
