"""The assessment's currency: an editable list of ISO 4217 codes, the common ones first.

Used by the new-assessment wizard and the details dialog. The user picks an entry or types a code
("eur", "CHF - Swiss franc"); a code that is not in ISO 4217 is named in a sentence by
:meth:`CurrencyPicker.problem` and the dialog keeps OK disabled. "Not stated" leaves the currency
empty: the report then says so beside every amount.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop_app.core.currency import COMMON
from desktop_app.core.iso4217 import CODES, currency_name, is_iso4217


def _label(code: str) -> str:
    return f"{code} – {currency_name(code) or code}"


def parse_currency(text: str) -> str:
    """The code a typed text names: its first word in capitals ("" for nothing or "Not stated")."""
    value = text.strip()
    if not value or value == not_stated():
        return ""
    return value.replace("–", " ").replace("-", " ").split()[0].upper()


def not_stated() -> str:
    return QCoreApplication.translate("CurrencyPicker", "Not stated")


def unit_text(unit: str, currency: str) -> str:
    """A question's unit with the assessment's currency in it: "currency per month" -> "EUR per month"."""
    if unit.startswith("currency") and currency:
        return currency + unit[len("currency") :]
    return unit


class CurrencyPicker(QComboBox):
    """Not stated, the common currencies, then every other ISO 4217 code; typing is allowed."""

    changed = Signal()

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Currency"))
        self.setToolTip(self.tr("The ISO 4217 code of every amount in this assessment, for example EUR"))
        self.addItem(not_stated(), "")
        for code in COMMON:
            if code in CODES:
                self.addItem(_label(code), code)
        self.insertSeparator(self.count())
        for code in sorted(set(CODES) - set(COMMON)):
            self.addItem(_label(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_code(current)
        self.editTextChanged.connect(lambda _t: self.changed.emit())
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a code from the file that is not in the list: shown as it is, and reported by problem()
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def typed(self) -> str:
        return parse_currency(self.currentText())

    def problem(self) -> str:
        """What is wrong with the typed currency, in a sentence; empty when it can be saved."""
        code = self.typed()
        if not code or is_iso4217(code):
            return ""
        return self.tr(
            "“%1” is not an ISO 4217 currency code: pick one from the list or type one such as EUR."
        ).replace("%1", self.currentText().strip()[:40])

    def code(self) -> str:
        """The chosen ISO 4217 code, "" when not stated (or not valid: check :meth:`problem` first)."""
        code = self.typed()
        return code if is_iso4217(code) else ""
