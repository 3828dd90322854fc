"""The portfolio view's search box: notes of every assessment, found through the index."""

from __future__ import annotations

import pytest

from desktop_app.gui.views.portfolio_search import COL_CLIENT, COL_NOTE, NoteSearchPanel
from desktop_app.gui.views.portfolio_view import PortfolioView
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc


@pytest.fixture()
def folder(tmp_path, mini_bank):
    root = tmp_path / "portfolio"
    root.mkdir()
    make_doc(root / "acme.readiness", mini_bank, OLD_ANSWERS,
             notes={"data.collection.main": "Prompt injection untested."})  # fmt: skip
    make_doc(root / "clinic.readiness", mini_bank, NEW_ANSWERS, client="North Clinic",
             notes={"data.privacy.main": "Consent forms reviewed."})  # fmt: skip
    return root


@pytest.fixture()
def view(qtbot, folder):
    v = PortfolioView()
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(folder)
    return v


def test_the_view_has_a_search_tab_bound_to_the_loaded_folder(view, folder):
    panel = view.search_panel
    assert panel.folder == folder and panel.box.isEnabled()
    assert "Search" in view.tabs.tabText(view.tabs.indexOf(panel))


def test_typing_words_and_enter_lists_the_matching_notes(qtbot, view):
    panel = view.search_panel
    panel.box.setText("injection prompt")
    with qtbot.waitSignal(panel.searched, timeout=5000) as blocker:
        qtbot.keyClick(panel.box, "\r")
    assert blocker.args == [1]
    assert panel.model.data(panel.model.index(0, COL_CLIENT)) == "Acme Bank"
    assert "[injection]" in panel.model.data(panel.model.index(0, COL_NOTE)).lower()
    panel.box.setText("blockchain")
    panel.search()
    assert panel.model.rowCount() == 0 and "No note" in panel.status.text()


def test_a_search_without_words_says_so_and_keeps_the_results(view):
    panel = view.search_panel
    panel.box.setText("consent")
    panel.search()
    assert panel.model.rowCount() == 1
    panel.box.setText(" ?! ")
    panel.search()
    assert "at least one word" in panel.status.text().lower()
    assert panel.model.rowCount() == 1


def test_without_a_folder_the_box_is_disabled(qtbot):
    panel = NoteSearchPanel()
    qtbot.addWidget(panel)
    assert not panel.box.isEnabled()
    panel.search()  # nothing to search: no error
    assert panel.model.rowCount() == 0
