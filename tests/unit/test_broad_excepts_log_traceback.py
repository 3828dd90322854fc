"""Issue 9, "errors keep their cause": a GUI block that catches every exception turns a bug into a
sentence for the user, so it must write the traceback to the log (``log.exception(...)`` or
``exc_info=True``) or raise again. A static walk, so a new block cannot slip in untested."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"
BROAD = {"Exception", "BaseException"}


def _is_broad(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type
    if kinds is None:
        return True
    names = kinds.elts if isinstance(kinds, ast.Tuple) else [kinds]
    return any(isinstance(n, ast.Name) and n.id in BROAD for n in names)


def _false(value: ast.expr) -> bool:
    return isinstance(value, ast.Constant) and not value.value


def _keeps_cause(handler: ast.ExceptHandler) -> bool:
    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.Raise):
            return True
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "exception":
                return True
            if any(k.arg == "exc_info" and not _false(k.value) for k in node.keywords):
                return True
    return False


def silent_broad_excepts(source: str) -> list[int]:
    """Lines of ``except Exception`` (bare, BaseException) blocks that neither log a traceback nor raise."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ExceptHandler) and _is_broad(node) and not _keeps_cause(node)
    ]


def test_every_broad_except_in_the_gui_logs_its_traceback_or_raises():
    problems, seen = [], 0
    for path in sorted(GUI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        seen += source.count("except Exception")
        problems += [f"gui/{path.relative_to(GUI).as_posix()}:{n}" for n in silent_broad_excepts(source)]
    assert seen >= 5, "the walk reached the GUI's handlers"
    assert problems == [], "broad except without a traceback in the log:\n" + "\n".join(problems)


def test_the_walk_tells_a_silent_block_from_a_logged_one():
    source = """
try:
    a()
except Exception as exc:
    log.warning("failed: %s", exc)
try:
    b()
except Exception:
    log.exception("failed")
try:
    c()
except (OSError, Exception):
    log.warning("failed", exc_info=True)
try:
    d()
except:
    raise
try:
    e()
except Exception:
    log.warning("failed", exc_info=False)
try:
    f()
except ValueError:
    pass
"""
    assert silent_broad_excepts(source) == [4, 20]
