"""Issue 13: files this user created (``new``, ``demo``) or last wrote on this computer open editable;
the read-only banner is for files from elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.cli import main as cli_main
from desktop_app.gui.main_window import MainWindow
from desktop_app.storage.document import ReadinessDocument


def test_file_made_with_new_on_this_computer_opens_editable(window: MainWindow, tmp_path: Path, user_banks):
    target = tmp_path / "mine.readiness"
    assert cli_main(["new", str(target), "--client", "Acme", "--project", "Pilot", "--bank", "mini-test"]) == 0
    assert window.documents.open_path(target)
    assert not window.state.readonly
    assert not window.banner.isVisible()


def test_file_made_with_demo_on_this_computer_opens_editable(window: MainWindow, tmp_path: Path):
    target = tmp_path / "demo.readiness"
    assert cli_main(["demo", str(target)]) == 0
    assert window.documents.open_path(target)
    assert not window.state.readonly


def test_file_filled_with_import_answers_here_opens_editable(window: MainWindow, tmp_path: Path, doc_path: Path):
    answers = tmp_path / "answers.json"
    answers.write_text('{"answers": [{"question": "data.collection.main", "value": "good"}]}', encoding="utf-8")
    assert cli_main(["import-answers", str(doc_path), str(answers)]) == 0
    assert window.documents.open_path(doc_path)
    assert not window.state.readonly


def test_file_from_elsewhere_still_opens_read_only(window: MainWindow, doc_path: Path):
    assert window.documents.open_path(doc_path)  # written by a fixture, as if received
    assert window.state.readonly
    assert window.banner.isVisible()


def test_another_assessment_saved_under_a_known_name_opens_read_only(
    window: MainWindow, tmp_path: Path, doc_path: Path
):
    mine = tmp_path / "mine.readiness"
    assert cli_main(["demo", str(mine)]) == 0
    shutil.copyfile(doc_path, mine)  # a received file saved over one's own, same name
    assert window.documents.open_path(mine)
    assert window.state.readonly, "the name alone does not make a file one's own"


def test_damaged_known_files_list_means_read_only_not_a_crash(window: MainWindow, tmp_path: Path):
    from desktop_app.storage.workstation import Workstation

    target = tmp_path / "demo.readiness"
    assert cli_main(["demo", str(target)]) == 0
    Workstation().path.write_bytes(b"\xff\x00 not json")
    assert window.documents.open_path(target)
    assert window.state.readonly


def test_editing_a_received_file_records_it_as_written_here(window: MainWindow, doc_path: Path):
    assert window.documents.open_path(doc_path)
    window.banner.button.click()
    window.documents.close()
    assert window.documents.open_path(doc_path)
    assert not window.state.readonly
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        ident = doc.assessment().id
    from desktop_app.storage.workstation import Workstation

    assert Workstation().lookup(doc_path).assessment_id == ident
