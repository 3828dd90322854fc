"""Issue 9: a GUI module does not call another object's private methods (the main window once called
the question view's). Reaching into ``other._name`` ties two classes together behind the reader's
back; the owner offers a public method instead. Only a class's own module may touch its privates
(DocumentState's undo commands live beside it in document_state.py)."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def reaches(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every ``x._private`` where ``x`` is not ``self``, ``cls`` or ``super()``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        found.append((node.lineno, ast.unparse(node)))
    return found


#: modules whose classes work on each other's privates by design, with the reason
FRIENDS = {
    "document_state.py": "the undo commands of DocumentState are written beside it and apply through it",
}


def test_no_gui_module_calls_another_objects_private_methods():
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in FRIENDS:
            continue
        problems += [f"gui/{rel}:{line}: {expr}" for line, expr in reaches(path.read_text(encoding="utf-8"))]
    assert problems == [], "\n".join(problems)


def test_the_walk_sees_a_private_call_and_lets_self_pass():
    source = """
class W:
    def go(self):
        self._mine()
        super()._base()
        self.question_view._show_question(1)
        other._x = 2
"""
    assert sorted(expr for _, expr in reaches(source)) == ["other._x", "self.question_view._show_question"]
