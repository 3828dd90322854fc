"""Issue 9, "codes, not English, below the GUI": no decision, score or reason depends on a label.

Every English word the core has lives in ``core/messages.py``; the bank brings its own text. Both
are replaced by another "language" here (every table and constant of messages.py, every label,
title and text of the bank), and ``score --json`` and ``plan --json`` of each bundled sample must
keep every code and figure: only the rendered words may change, and every rendered word must then
carry the other language's mark (so no English was produced anywhere else in the core).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop_app.cli.results import score_json
from desktop_app.core import messages
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import builtin_bank_path, load_bank
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import score

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.json"))
MARK = "ZZ "
#: the bank's words: every one of these keys holding text is translated
BANK_TEXT_KEYS = frozenset(
    {"label", "text", "title", "name", "guidance", "finding", "description", "action", "report_title", "why", "unit"}
)
BANK_TEXT_LISTS = frozenset({"sign_off"})
#: the JSON keys whose values are words (rendered codes or the bank's text); all others are codes,
#: ids, figures, dates or the user's own entries (notes, owners), which no translation touches
WORD_KEYS = frozenset(
    {
        "text",
        "title",
        "answer",
        "name",
        "phase_name",
        "label",
        "action",
        "question_text",
        "finding",
        "approver",
        "pilot_boundary_text",
        "sign_off",
    }
)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _translate_bank_text(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _translate_value(k, v) for k, v in node.items()}
    if isinstance(node, list):
        return [_translate_bank_text(v) for v in node]
    return node


def _translate_value(key: str, value: Any) -> Any:
    if key in BANK_TEXT_KEYS and isinstance(value, str) and value:
        return MARK + value
    if key in BANK_TEXT_LISTS and isinstance(value, list):
        return [MARK + v if isinstance(v, str) else v for v in value]
    return _translate_bank_text(value)


def _translate_messages(monkeypatch: pytest.MonkeyPatch) -> int:
    """Replace every English table and constant of core/messages.py; return how many."""
    count = 0
    for name, value in list(vars(messages).items()):
        if name.startswith("_") or not name.isupper():
            continue
        if isinstance(value, str):
            monkeypatch.setattr(messages, name, MARK + value)
            count += 1
        elif isinstance(value, dict):
            for key, word in value.items():
                if isinstance(word, str):
                    monkeypatch.setitem(value, key, MARK + word)
                    count += 1
    return count


def _sample(bank: Any, path: Path) -> Assessment:
    imported = parse_answers_json(path.read_text(encoding="utf-8"), bank, path.name)
    details = dict(imported.details)
    return Assessment(
        client=details.get("client", "Client"),
        project=details.get("project", "Project"),
        workshop_date=details.get("workshop_date", ""),
        answers={a.question: a for a in imported.answers},
        plan={d.key: d for d in imported.plan},
    )


def _outputs(bank: Any, path: Path) -> dict[str, Any]:
    assessment = _sample(bank, path)
    return {
        "score": score_json(bank, score(bank, assessment)),
        "plan": build_plan(bank, assessment).to_dict(),
    }


def _compare(a: Any, b: Any, where: str, key: str, changed: list[str]) -> None:
    """Walk both outputs together: same shape, same codes and figures; words may differ."""
    assert type(a) is type(b), where
    if isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for k in a:
            _compare(a[k], b[k], f"{where}.{k}", k, changed)
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _compare(x, y, f"{where}[{i}]", key, changed)
    elif a != b:
        assert key in WORD_KEYS, f"{where} changed with the labels: {a!r} -> {b!r}"
        assert isinstance(b, str) and MARK.strip() in b, where
        changed.append(where)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def _word_leaves(node: Any, key: str = "") -> list[str]:
    """Every word the output holds, leaving out numbers and the user's own custom actions."""
    if isinstance(node, dict):
        if node.get("custom") is True:
            return []
        return [w for k, v in node.items() for w in _word_leaves(v, k)]
    if isinstance(node, list):
        return [w for v in node for w in _word_leaves(v, key)]
    return [node] if key in WORD_KEYS and isinstance(node, str) and node and not _is_number(node) else []


@pytest.fixture(scope="module")
def english() -> tuple[Any, dict[str, dict[str, Any]]]:
    bank = load_bank(builtin_bank_path())
    return bank, {p.name: _outputs(bank, p) for p in SAMPLES}


@pytest.fixture()
def other_language_bank(tmp_path: Path) -> Any:
    raw = yaml.safe_load(builtin_bank_path().read_text(encoding="utf-8"))
    path = tmp_path / "translated.yaml"
    path.write_text(yaml.dump(_translate_bank_text(raw), Dumper=_NoAliases, allow_unicode=True), encoding="utf-8")
    return load_bank(path)


def test_no_decision_score_or_reason_depends_on_a_label(english, other_language_bank, monkeypatch):
    assert len(SAMPLES) >= 3
    assert _translate_messages(monkeypatch) > 60, "every table of messages.py is replaced"
    _bank, before = english
    for path in SAMPLES:
        after = _outputs(other_language_bank, path)
        changed: list[str] = []
        _compare(before[path.name], after, path.name, "", changed)
        assert len(changed) > 50, "the labels were replaced, and the words show it"
        reasons = after["score"]["overall"]["reasons"]
        assert reasons and all(MARK in r["text"] for r in reasons)


def test_every_word_the_core_returns_comes_from_messages_or_the_bank(english, other_language_bank, monkeypatch):
    """With messages.py and the bank in another language, no English word is left in the output."""
    _translate_messages(monkeypatch)
    for path in SAMPLES:
        words = _word_leaves(_outputs(other_language_bank, path))
        assert len(words) > 100
        english_left = [w for w in words if MARK.strip() not in w]
        assert english_left == [], path.name


def test_the_walk_notices_a_figure_that_moves(english):
    """The comparison fails when a code or a figure differs (the test can fail)."""
    _bank, before = english
    out = before[SAMPLES[0].name]
    moved = {"score": dict(out["score"], overall=dict(out["score"]["overall"], decision="ready")), "plan": out["plan"]}
    if out["score"]["overall"]["decision"] == "ready":
        moved["score"]["overall"]["decision"] = "not_ready"
    with pytest.raises(AssertionError, match="changed with the labels"):
        _compare(out, moved, "x", "", [])
