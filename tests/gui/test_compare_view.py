"""The compare view overlays both assessments and lists deltas and changed answers."""

from __future__ import annotations

import pytest

from desktop_app.gui.views.compare_view import CompareView
from tests.analysis_docs import OLD_ANSWERS, make_doc
from tests.gui.analysis_state import open_state


@pytest.fixture()
def view(qtbot, tmp_path, mini_bank):
    state = open_state(tmp_path, mini_bank)
    v = CompareView(state)
    qtbot.addWidget(v)
    yield v
    state.close()


@pytest.fixture()
def earlier(tmp_path, mini_bank):
    return make_doc(tmp_path / "q1.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")


def test_empty_until_a_file_is_chosen(view):
    assert view.stack.currentIndex() == 0 and view.comparison is None


def test_open_button_uses_the_file_dialog(view, earlier, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(earlier), ""))
    view.open_button.click()
    assert view.comparison is not None and view.comparison.old.label == "q1.readiness"


def test_both_radars_hold_old_and_new_risks(view, earlier):
    view.compare_with(earlier)
    assert view.radar.drawn_values("Old: q1.readiness")[:3] == [pytest.approx(33.333333), 100.0, None]
    assert view.radar.drawn_values("New: now.readiness")[:3] == [pytest.approx(8.333333), 25.0, 75.0]


def test_delta_table_is_exact(view, earlier):
    view.compare_with(earlier)
    rows = {r.id: r.delta for r in view.deltas_model.rows}
    assert rows["data"] == -25.0 and rows["compute"] == -75.0 and rows["interpretability"] is None


def test_changed_answers_are_listed(view, earlier):
    view.compare_with(earlier)
    m = view.changes_model
    assert m.rowCount() == 3
    first = m.rows[0]
    assert (first.question, m.data(m.index(0, 1)), m.data(m.index(0, 2))) == ("data.collection.main", "Weak", "Good")


def test_double_click_on_a_change_navigates(view, earlier, qtbot):
    view.compare_with(earlier)
    with qtbot.waitSignal(view.state.navigate_requested) as blocker:
        view.changes.doubleClicked.emit(view.changes_model.index(0, 0))
    assert blocker.args == ["data.collection.main"]


def test_unreadable_file_is_explained(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.readiness"
    bad.write_bytes(b"not sqlite at all" * 20)
    assert not view.compare_with(bad)
    assert "not a GenAI Readiness Planner assessment" in shown[0]
    assert view.comparison is None


def test_older_bank_is_noted(view, tmp_path):
    from tests.analysis_docs import older_mini_bank

    old = make_doc(tmp_path / "old-bank.readiness", older_mini_bank(), OLD_ANSWERS, workshop_date="2025-10-01")
    view.compare_with(old)
    assert "question banks differ" in view.note.text()


@pytest.fixture()
def narrower(qtbot, tmp_path, mini_bank):
    """The open assessment assessed only data (with a blocker); the earlier one assessed three challenges."""
    from tests.unit.test_compare import NARROW_NEW, WIDE_OLD

    state = open_state(tmp_path, mini_bank, answers=NARROW_NEW)
    v = CompareView(state)
    qtbot.addWidget(v)
    v.compare_with(make_doc(tmp_path / "wide.readiness", mini_bank, WIDE_OLD, workshop_date="2026-01-15"))
    yield v
    state.close()


def test_overall_change_is_on_what_both_assessed_and_names_the_rest(narrower):
    text = narrower.note.text()
    assert "8.3 → 38.9 (+30.6)" in text and "1 challenge both assessed" in text
    assert "61.1" not in text
    assert "Computational resources" in text and "old assessment only" in text


def test_decision_change_says_worse_with_the_new_reasons(narrower):
    assert "worse" in narrower.decision_change.text().lower()
    lines = narrower.new_reasons.plain_lines()
    assert lines[0].startswith("Blocker: Is there a lawful basis")


def test_a_reason_is_one_click_from_its_question(narrower, qtbot):
    with qtbot.waitSignal(narrower.state.navigate_requested) as blocker:
        narrower.new_reasons.linkActivated.emit("q:data.privacy.lawful_basis")
    assert blocker.args == ["data.privacy.lawful_basis"]


def test_the_compared_files_reasons_are_said_as_findings_too(window, tmp_path, qtbot):
    """At 1280x720 the open sample's reasons read as findings but the other file's ("Why, new:") as
    questions ("…mostly from: When the system produces a result…"): both sides use the bank's findings."""
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    other = tmp_path / "insurance.readiness"
    create_from_export(resource_path("samples", "insurance-claims-triage.json"), other).close()
    assert window.documents.open_sample("healthcare-synthetic-imaging.json")
    view = window.compare_view
    assert view.compare_with(other)
    assert view.comparison is not None and view.comparison.new.label == "insurance.readiness"
    new_lines = view.new_reasons.plain_lines()
    level_lines = [line for line in new_lines if "risk in" in line]
    assert level_lines, new_lines
    assert all("mostly because:" in line and "mostly from:" not in line for line in level_lines), new_lines
