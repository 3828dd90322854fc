"""Issue 9: every user-visible string literal in gui/ goes through Qt's translation functions.

An AST walk over ``desktop_app/gui`` finds text passed straight to the calls that put words on the
screen (widgets' constructors, setText, setToolTip, setWindowTitle, addTab, QMessageBox, the status
bar...) and label tables (HEADERS, *_LABELS, *_NAMES) whose words are not marked with
QT_TRANSLATE_NOOP. Text inside ``self.tr()``/``QCoreApplication.translate()`` is a call, not a
literal, so wrapped text passes; an f-string or a ``"...".format()`` with words does not.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"
#: files owned by other helpers this session and not yet wrapped (issue 9; the list only shrinks): none left
PENDING: set[str] = set()

#: widget classes whose first text argument is shown
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
}
#: methods whose text arguments are shown
SETTERS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setSubTitle",
    "setTabText",
    "setTabToolTip",
    "addTab",
    "insertTab",
    "addMenu",
    "showMessage",
    "setLabelText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setButtonText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setNameFilter",
    "setInformativeText",
    "setDetailedText",
    "show_error",  # the GUI's message-box seams (ActionGroup.show_error and the like)
    "addItem",
    "insertItem",
}
#: helpers whose positional arguments [start:end] are shown
SHOWN_FROM = {
    "read_only_table": (1, 2),  # (model, accessible name, ...)
    "OptionButton": (1, 3),  # the question view's answer target: (key, label, description)
}
MESSAGE_BOXES = {"warning", "information", "critical", "question", "about"}
FILE_DIALOGS = {"getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"}
TABLE_NAME = re.compile(r"^(HEADERS|[A-Z_]*_(LABELS|NAMES|TEXTS|WORDS|SHORT|TIPS))$")
_LETTERS = re.compile(r"[A-Za-z]{2,}")


def _words_in(text: str) -> bool:
    """Words a person reads: markup, entities and {placeholders} are not words."""
    text = re.sub(r"<[^>]*>|&[a-z]+;|\{[^}]*\}", " ", text)
    return bool(_LETTERS.search(text))


def _parts(node: ast.AST) -> list[ast.AST]:
    """The pieces of a concatenation, a list, a conditional or a "...".format() call."""
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return [node.func.value, *node.args, *(k.value for k in node.keywords)]  # the filled-in words show too
    if isinstance(node, (ast.List, ast.Tuple)):
        return list(node.elts)
    if isinstance(node, ast.IfExp):
        return [node.body, node.orelse]
    if isinstance(node, ast.BoolOp):  # value or "a default"
        return list(node.values)
    return []


def _has_words(node: ast.AST) -> bool:
    """A literal (or f-string, concatenation, or "...".format()) that holds words."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _words_in(node.value)
    if isinstance(node, ast.JoinedStr):
        return _words_in("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
    return any(_has_words(p) for p in _parts(node))


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def _shown_arguments(node: ast.Call) -> list[ast.AST]:
    name = _call_name(node)
    args = list(node.args)
    if name in WIDGETS or name in SETTERS:
        if name in ("addTab", "insertTab"):
            return args[1:3] if name == "addTab" else args[2:3]
        return args[:1] + [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
    if name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        if isinstance(owner, ast.Name) and owner.id == "QMessageBox":
            return args[1:3]
    if name in SHOWN_FROM:
        start, end = SHOWN_FROM[name]
        return args[start:end]
    if name in FILE_DIALOGS:
        return [args[1], *args[3:4]] if len(args) > 1 else []
    return []


def _table_words(node: ast.Assign | ast.AnnAssign) -> list[ast.AST]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names = [t.id if isinstance(t, ast.Name) else t.attr if isinstance(t, ast.Attribute) else "" for t in targets]
    if not any(TABLE_NAME.match(n) for n in names) or node.value is None:
        return []
    value = node.value
    if isinstance(value, ast.Dict):
        return [v for v in value.values if v is not None]
    if isinstance(value, (ast.Tuple, ast.List)):
        return list(value.elts)
    return []


def unwrapped(source: str) -> list[tuple[int, str]]:
    """(line, text) of every shown literal that is not wrapped."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        shown: list[ast.AST] = []
        if isinstance(node, ast.Call):
            shown = _shown_arguments(node)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            shown = _table_words(node)
        found += [(arg.lineno, ast.unparse(arg)[:80]) for arg in shown if _has_words(arg)]
    return found


def test_every_shown_string_in_the_gui_is_wrapped_for_translation():
    problems: list[str] = []
    checked = 0
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in PENDING:
            continue
        checked += 1
        problems += [f"gui/{rel}:{line}: {text}" for line, text in unwrapped(path.read_text("utf-8"))]
    assert checked >= 40, "the walk reached the GUI"
    assert problems == [], f"{len(problems)} unwrapped strings:\n" + "\n".join(problems)


def test_the_walk_finds_unwrapped_text_and_passes_wrapped_text():
    source = """
HEADERS = ("Action", QT_TRANSLATE_NOOP("X", "Owner"), "")
class V(QWidget):
    def __init__(self):
        QLabel("Plain words")
        QLabel(self.tr("Wrapped words"))
        self.button.setToolTip(f"{n} answers left")
        self.button.setToolTip(f"{a} – {b}")
        self.tabs.addTab(page, "Risk &profile")
        QMessageBox.warning(self, APP_NAME, "Something went wrong")
        QMessageBox.warning(self, APP_NAME, self.tr("It went wrong: {e}").format(e=e))
        label.setText("Phase {n}".format(n=1))
        label.setText(str(count))
        label.setText(f"<small>{hint}</small>")
        label.setText("<span style='font-size:15pt;'>" + self.tr("Compare") + "</span>")
        self.show_error("Open an assessment first.")
        self.show_error(self.tr("{name} failed: {why}.").format(name=path.name, why=f"{f} gone"))
        self.show_error(self.tr("{name} failed: {why}.").format(name=path.name, why=self.tr("it is gone")))
        combo.addItem("Not answered yet", None)
        combo.addItem(self.tr("Don't know"), UNKNOWN)
        combo.addItem(opt.label, opt.id)
        edit.setPlaceholderText(q.unit or "a number")
        edit.setPlaceholderText(q.unit or self.tr("a number"))
        OptionButton("N", "Not applicable")
        OptionButton("D", self.tr("Don't know"))
"""
    texts = [text for _line, text in unwrapped(source)]
    assert texts == [
        "'Action'",
        "'Plain words'",
        "f'{n} answers left'",
        "'Risk &profile'",
        "'Something went wrong'",
        "'Phase {n}'.format(n=1)",
        "'Open an assessment first.'",
        "self.tr('{name} failed: {why}.').format(name=path.name, why=f'{f} gone')",
        "'Not answered yet'",
        "q.unit or 'a number'",
        "'Not applicable'",
    ]
