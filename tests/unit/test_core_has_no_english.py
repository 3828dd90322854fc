"""Issue 9: below the GUI, the core returns codes; its only English words are in core/messages.py.

An AST walk over every module of ``desktop_app/core`` (except messages.py) looks for string
literals that read as English (two words or more, or a capitalised word) outside docstrings,
``raise`` statements and log calls. The bank's own text comes from the YAML file, not from here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
#: modules whose words are problem messages: what is wrong and where, reported as an error
#: (BankError, InputError, a problem list), never part of a score, a plan or a decision
PROBLEM_MESSAGES = {
    "bank/validation.py",
    "bank/validation_plan.py",
    "bank/discovery.py",
    "bank/fields.py",
    "bank/yaml_loader.py",
    "errors.py",
    "exchange.py",
}
#: the self-assessment workbook is a file written for people (its headers and instructions are that
#: file's text, as the PDF's are the report's); its import reads those same words back
FILE_TEXT = {"self_assessment.py"}
#: reference tables copied from a cited standard: ISO 4217's own English currency names (the picker
#: shows the code first; a translation of the names would be a table of its own, not a change here)
REFERENCE_DATA = {"iso4217.py"}
#: the operating systems' own folder names (Library, Application Support, AppData/Local ...): a path
#: is never shown as a label, and a translated folder name would be a folder that does not exist
PLATFORM_NAMES = {"paths.py"}
#: values that look like words but are codes
CODES = {"low confidence"}
#: module-level names whose strings are cited sources of figures, not words shown as labels
SOURCES = {"BUILTIN_DEFAULTS"}

_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")
_LABEL = re.compile(r"^[A-Z][a-z]+$")


def _looks_english(text: str) -> bool:
    return text not in CODES and bool(_WORDS.search(text) or _LABEL.match(text))


def _skipped_nodes(tree: ast.Module) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):  # a docstring
            skip.add(id(first.value))
        inside = None
        if isinstance(node, ast.Raise):
            inside = node
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
                inside = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and (t.id == "__all__" or t.id in SOURCES) for t in targets):
                inside = node
        if inside is not None:
            skip.update(id(n) for n in ast.walk(inside))
    return skip


def english_literals(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    skip = _skipped_nodes(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and _looks_english(node.value)
    ]


def test_the_core_returns_no_english_outside_messages():
    found = []
    checked = 0
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).as_posix()
        if (
            rel == "messages.py"
            or rel in PROBLEM_MESSAGES
            or rel in FILE_TEXT
            or rel in REFERENCE_DATA
            or rel in PLATFORM_NAMES
        ):
            continue
        checked += 1
        found += [f"core/{rel}:{line}: {text[:70]!r}" for line, text in english_literals(path.read_text("utf-8"))]
    assert checked >= 12, "the walk reached the core's modules"
    assert found == [], "English words belong in core/messages.py (codes are returned):\n" + "\n".join(found)


def test_the_walk_finds_a_label_table_a_sentence_and_a_note():
    source = '''
"""A docstring is fine."""
LABELS = {"low": "Low", "high": "High"}
def f(x):
    """So is this."""
    if x < 0:
        raise ValueError("a negative value is refused")
    log.info("said to the log")
    notes.append(f"the answer for {x} was ignored")
    return Answer(question="q", value=1, note="Computed by the estimator")
__all__ = ["Estimate"]
'''
    texts = [text for _line, text in english_literals(source)]
    assert sorted(texts) == [" was ignored", "Computed by the estimator", "High", "Low", "the answer for "]
