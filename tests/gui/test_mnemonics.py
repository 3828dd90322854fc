"""Issue 13: Alt mnemonics. ONE walk over every window and dialog (and every tab, wizard page and
menu): within what is reachable at once, no two mnemonics share a letter, no mnemonic takes a letter an
Alt+letter shortcut already uses, and no label shows a literal "&"."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

from desktop_app.gui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    """The mnemonic letter of ``text`` (lower case), or ""; "&&" is a literal ampersand."""
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else ""


def literal_ampersand(label: QLabel) -> bool:
    """A plain-text label without a buddy shows "&" as it is: "F&ile:"."""
    text = label.text()
    if label.buddy() is not None or "&" not in text or label.textFormat() == label.textFormat().RichText:
        return False
    plain = re.sub(r"&(amp|lt|gt|nbsp|quot|#\d+);", "", text).replace("&&", "")
    return "<" not in text and "&" in plain


def _mnemonic_text(w: QWidget) -> str:
    """The text whose mnemonic ``w`` offers (a label only through its buddy)."""
    if isinstance(w, QAbstractButton):
        return w.text()
    if isinstance(w, QLabel):
        return w.text() if w.buddy() is not None else ""
    if isinstance(w, QGroupBox):
        return w.title()
    return ""


def scope_problems(root: QWidget, where: str, extra: list[tuple[str, str]] = ()) -> list[str]:
    """Problems among the mnemonics reachable at once in ``root`` (``extra``: (letter, owner) pairs)."""
    used: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for letter, owner in extra:
        used[letter].append(owner)
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or isinstance(w, QMenu):
            continue
        if isinstance(w, QLabel) and literal_ampersand(w):
            problems.append(f"{where}: label {w.text()!r} shows a literal '&'")
        if isinstance(w, QTabWidget) and w.tabBar().isVisibleTo(root):
            for i in range(w.count()):
                if mnemonic(w.tabText(i)):
                    used[mnemonic(w.tabText(i))].append(f"tab {w.tabText(i)!r}")
        text = _mnemonic_text(w)
        if mnemonic(text):
            used[mnemonic(text)].append(f"{type(w).__name__} {text!r}")
    for letter, owners in sorted(used.items()):
        if len(owners) > 1:
            problems.append(f"{where}: Alt+{letter.upper()} is taken by {', '.join(owners)}")
    return problems


def alt_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """Alt+letter shortcuts of the window's actions: a mnemonic on that letter would never fire."""
    out = []
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if re.fullmatch(r"Alt\+[A-Za-z0-9]", text):
                out.append((text[-1].lower(), f"shortcut {text} ({action.text()!r})"))
    return out


def menu_problems(menu: QMenu, where: str) -> list[str]:
    used: dict[str, list[str]] = defaultdict(list)
    problems = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if mnemonic(action.text()):
            used[mnemonic(action.text())].append(repr(action.text()))
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} > {action.text()}")
    problems += [f"{where}: Alt+{k.upper()} is taken by {', '.join(v)}" for k, v in used.items() if len(v) > 1]
    return problems


def main_window_problems(window: MainWindow, where: str) -> list[str]:
    bar = [(mnemonic(a.text()), f"menu {a.text()!r}") for a in window.menuBar().actions() if mnemonic(a.text())]
    extra = bar + alt_shortcuts(window)
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        problems += scope_problems(window, f"{where}, tab {window.tabs.tabText(i)!r}", extra)
    for a in window.menuBar().actions():
        problems += menu_problems(a.menu(), f"{where}, menu {a.text()!r}")
    return problems


def test_no_window_or_dialog_has_a_mnemonic_clash_or_a_literal_ampersand(
    window: MainWindow, qtbot, doc_path, settings, monkeypatch
):
    from desktop_app.gui.views.details_dialog import DetailsDialog
    from desktop_app.gui.views.new_assessment_wizard import NewAssessmentWizard
    from desktop_app.gui.views.plan_item_dialog import PlanItemDialog
    from desktop_app.gui.views.portfolio_view import PortfolioView

    problems = scope_problems(window, "start page", alt_shortcuts(window))
    # a received file: the read-only banner and its button are on screen
    assert window.documents.open_path(doc_path)
    problems += main_window_problems(window, "read-only file")
    window.banner.button.click()
    problems += main_window_problems(window, "editable file")

    dialogs: list[tuple[str, QWidget]] = [
        ("details dialog", DetailsDialog(window, window.state.assessment)),
        ("details dialog with the exchange rate", DetailsDialog(window, window.state.assessment, "EUR")),
        ("plan item dialog", PlanItemDialog(window, window.state.bank)),
        ("portfolio window", PortfolioView()),
    ]
    wizard = NewAssessmentWizard(window, doc_path.parent)
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += scope_problems(dialog, name)
        dialog.close()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.details.client.setText("A")
    wizard.details.project.setText("B")
    for page in range(4):
        problems += scope_problems(wizard, f"wizard page {page + 1}")
        wizard.next()
    wizard.close()
    assert not problems, "\n".join(problems)


def test_the_walk_finds_a_clash(qtbot):
    """The checker itself: two buttons on one letter, and a literal ampersand, are reported."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.addWidget(QPushButton("&Copy"))
    lay.addWidget(QPushButton("&Close"))
    lay.addWidget(QLabel("F&ile:"))
    w.show()
    problems = scope_problems(w, "test")
    assert any("Alt+C" in p for p in problems)
    assert any("literal" in p for p in problems)
