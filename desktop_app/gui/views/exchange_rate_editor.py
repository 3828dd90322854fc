"""The exchange rate in the details dialog: 1 <bank's currency> = rate <assessment's currency>, its date
and its source (issues 11/12; docs/report.md, "Money").

The question library prices its cost bands in one currency (EUR for the built-in bank). When the
assessment is in another, the consultant states the rate they stand behind; the report then converts
every band, phase and total and says "converted from EUR at 1 EUR = X USD (source, date)". An empty
rate means none: the report keeps the bank's currency and says so. The editor only collects and checks
the values; the dialog hands their stored form (:meth:`ExchangeRateEditor.stored`) to the one undoable
change of the details.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.currency import (
    MAX_RATE,
    SOURCE_LIMIT,
    ExchangeRate,
    ExchangeRateProblem,
    make_exchange_rate,
    parse_rate,
)

DATE_FORMAT = "yyyy-MM-dd"


class ExchangeRateEditor(QWidget):
    """Three rows added to a form: the rate, its date and its source."""

    changed = Signal()

    def __init__(self, bank_currency: str, current: ExchangeRate | None, facilitator: str = "") -> None:
        super().__init__()
        self.bank_currency = bank_currency
        self._current = current
        self._quote = ""
        self.rate = QLineEdit(_rate_text(current.rate) if current is not None else "")
        self.rate.setAccessibleName(self.tr("Exchange rate"))
        self.rate.setPlaceholderText(self.tr("none: amounts stay in %1").replace("%1", bank_currency))
        self.rate.setToolTip(
            self.tr(
                "How many units of this assessment's currency one %1 is worth. The question library prices its "
                "cost bands in %1; the report converts them at this rate. Leave it empty to keep %1."
            ).replace("%1", bank_currency)
        )
        self.before = QLabel(self.tr("1 %1 =").replace("%1", bank_currency))
        self.after = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.before)
        row.addWidget(self.rate, 1)
        row.addWidget(self.after)
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("Date of the exchange rate"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        day = QDate.fromString(current.as_of, DATE_FORMAT) if current is not None else QDate()
        self.date.setDate(day if day.isValid() else QDate.currentDate())
        default_source = self.tr("set by %1").replace("%1", facilitator) if facilitator.strip() else ""
        self.source = QLineEdit(current.source if current is not None else default_source)
        self.source.setAccessibleName(self.tr("Source of the exchange rate"))
        self.source.setMaxLength(SOURCE_LIMIT)
        self.source.setPlaceholderText(self.tr("who set it, or the published rate it is"))
        self.rate.textChanged.connect(lambda _t: self.changed.emit())
        self.source.textChanged.connect(lambda _t: self.changed.emit())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self._labels: list[QLabel] = []

    def add_to(self, form: QFormLayout) -> None:
        """The three rows, each with its label and mnemonic."""
        for text, field in (
            (self.tr("E&xchange rate:"), self),
            (self.tr("Rate da&te:"), self.date),
            (self.tr("Rate s&ource:"), self.source),
        ):
            label = QLabel(text)
            label.setBuddy(self.rate if field is self else field)
            form.addRow(label, field)
            self._labels.append(label)

    def set_quote(self, currency: str) -> None:
        """The assessment's currency as chosen now; the rows are used only when it is not the bank's."""
        self._quote = currency
        self.after.setText(currency)
        held = self._current
        if held is not None:  # a rate belongs to its currency: another currency starts without one
            shown = _rate_text(held.rate)
            if currency != held.quote and self.rate.text() == shown:
                self.rate.clear()
            elif currency == held.quote and not self.rate.text():
                self.rate.setText(shown)
        needed = self.needed()
        for w in (self.rate, self.date, self.source, *self._labels):
            w.setEnabled(needed)

    def needed(self) -> bool:
        return bool(self.bank_currency and self._quote and self._quote != self.bank_currency)

    def problem(self) -> str:
        """What is wrong with the rate, in a sentence; empty when it can be saved (or is not used)."""
        if not self.needed() or not self.rate.text().strip():
            return ""
        try:
            parse_rate(self.rate.text())
        except ExchangeRateProblem:
            return self.tr(
                "The exchange rate must be a number more than 0 and at most %1, written with a decimal point "
                "(for example 1.08)."
            ).replace("%1", f"{MAX_RATE:,.0f}")
        if not self.source.text().strip():
            return self.tr("Say where the exchange rate comes from: who set it, or the published rate it is.")
        return ""

    def stored(self) -> str:
        """The rate's stored form: its JSON, "" for none; unchanged when the rate is not used."""
        unchanged = self._current.to_json() if self._current is not None else ""
        if not self.needed():
            return unchanged
        if not self.rate.text().strip():
            return ""
        try:
            rate = make_exchange_rate(
                self.bank_currency,
                self._quote,
                self.rate.text(),
                self.date.date().toString(DATE_FORMAT),
                self.source.text(),
            )
        except ExchangeRateProblem:
            return unchanged  # problem() has said why and OK is disabled
        return rate.to_json()


def _rate_text(rate: float) -> str:
    """The rate as stored, without an exponent (0.000123, not 1.23e-04)."""
    from decimal import Decimal

    return format(Decimal(repr(rate)).normalize(), "f")
