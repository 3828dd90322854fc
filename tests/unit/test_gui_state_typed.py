"""Issue 9: the GUI's action classes see the open document through a typed DocumentState.

A state typed ``object`` and read with ``getattr(self.state, "bank", None)`` hides a renamed or
removed attribute from mypy: the getattr quietly returns None and the action says "open an
assessment first" on an open document. An AST walk over ``desktop_app/gui`` fails on either form.
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def _is_self_state(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "state"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _findings(tree: ast.AST, name: str) -> list[str]:
    out: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and node.args
            and _is_self_state(node.args[0])
        ):
            out.append(f"{name}:{node.lineno}: getattr(self.state, ...)")
        if isinstance(node, ast.arg) and node.arg == "state":
            annotation = node.annotation
            if annotation is None or (isinstance(annotation, ast.Name) and annotation.id in {"object", "Any"}):
                out.append(f"{name}:{node.lineno}: parameter state untyped or typed object/Any")
    return out


def test_no_gui_module_reads_the_state_with_getattr_or_types_it_object() -> None:
    found: list[str] = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found += _findings(tree, str(path.relative_to(GUI)))
    assert found == []


def test_the_walk_finds_both_forms() -> None:
    sample = ast.parse(
        "class A:\n"
        "    def __init__(self, state: object) -> None:\n"
        "        self.state = state\n"
        "    def f(self):\n"
        "        return getattr(self.state, 'bank', None)\n"
    )
    assert len(_findings(sample, "a.py")) == 2
