"""Edit > Preferences… (issue 12): the facilitator, the firm's name, logo and disclaimer, and whether
lock files name this user; what the report then reads from them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.gui.report_actions import ExportOptions
from desktop_app.gui.settings import Settings
from desktop_app.gui.views.preferences_dialog import PreferencesDialog
from desktop_app.report.options import DEFAULT_DISCLAIMER


def _png(path: Path, size: tuple[int, int] = (120, 40)) -> Path:
    Image.new("RGB", size, (27, 79, 114)).save(path, format="PNG")
    return path


def test_ok_saves_every_preference_and_a_new_settings_object_reads_them(qtbot, settings: Settings, tmp_path):
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    assert dialog.disclaimer.toPlainText() == DEFAULT_DISCLAIMER
    assert not dialog.lock_names.isChecked()
    dialog.facilitator.setText("Jo Consultant")
    dialog.firm.setText("  Meridian   Advisory ")
    assert dialog.use_logo(_png(tmp_path / "logo.png"))
    dialog.disclaimer.setPlainText("Our own disclaimer.")
    dialog.lock_names.setChecked(True)
    dialog.accept()

    again = Settings(settings.path)
    assert again.facilitator() == "Jo Consultant"
    assert again.firm_name() == "Meridian Advisory"
    assert again.disclaimer() == "Our own disclaimer."
    assert again.lock_shows_names() is True
    logo = again.firm_logo()
    assert logo is not None and logo.parent == settings.path.parent  # a kept copy, not the original
    firm = again.report_firm()
    assert firm == {"firm_name": "Meridian Advisory", "logo": logo, "disclaimer": "Our own disclaimer."}


def test_cancel_changes_nothing(qtbot, settings: Settings, tmp_path):
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.firm.setText("Somebody")
    dialog.use_logo(_png(tmp_path / "logo.png"))
    dialog.reject()
    assert settings.firm_name() == "" and settings.firm_logo() is None and settings.report_firm() == {}


@pytest.mark.parametrize(
    "content",
    [b"GIF89a......", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "truncated", "huge"],
)
def test_a_hostile_logo_is_refused_with_a_sentence_and_the_old_one_stays(qtbot, settings, tmp_path, content):
    settings.set_firm_logo(_png(tmp_path / "old.png").read_bytes())
    before = settings.firm_logo().read_bytes()
    if content == "truncated":
        buf = io.BytesIO()
        Image.new("RGB", (300, 300)).save(buf, format="PNG")
        content = buf.getvalue()[:200]
    elif content == "huge":
        content = b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024)
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    assert not dialog.use_logo(bad)
    assert dialog.problem.isVisibleTo(dialog) and "The logo was not changed" in dialog.problem.text()
    dialog.accept()
    assert settings.firm_logo().read_bytes() == before


def test_remove_logo_and_the_standard_disclaimer_leave_the_report_defaults(qtbot, settings, tmp_path):
    settings.set_firm_logo(_png(tmp_path / "l.png").read_bytes())
    settings.set_disclaimer("Custom")
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.remove_logo.click()
    dialog.reset_disclaimer.click()
    dialog.accept()
    assert settings.firm_logo() is None and settings.disclaimer() == ""
    assert settings.report_firm() == {}


def test_a_too_long_disclaimer_disables_ok(qtbot, settings):
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.disclaimer.setPlainText("x" * 4001)
    assert not dialog.ok_button.isEnabled() and "4000" in dialog.problem.text()


def test_the_pdf_export_reads_the_firm_from_the_settings(opened, qtbot, settings, tmp_path, monkeypatch):
    import pypdf

    settings.set_firm_name("Meridian Advisory")
    settings.set_firm_logo(_png(tmp_path / "l.png").read_bytes())
    settings.set_disclaimer("Prepared for the board only.")
    out = tmp_path / "plan.pdf"
    reports = opened.reports
    assert reports.firm()["firm_name"] == "Meridian Advisory"
    monkeypatch.setattr(reports, "ask_options", lambda: ExportOptions("a4", None))
    monkeypatch.setattr(reports, "ask_path", lambda _suggested: str(out))
    with qtbot.waitSignal(reports.exported, timeout=60_000):
        reports.export_pdf()
    reader = pypdf.PdfReader(str(out))
    assert "MERIDIAN ADVISORY" in reader.pages[0].extract_text() and list(reader.pages[0].images)
    assert "Prepared for the board only." in " ".join((p.extract_text() or "") for p in reader.pages)


def test_edit_preferences_opens_the_dialog_without_a_document(window, monkeypatch):
    opened = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(self.settings) or 0)
    assert window.act_preferences.isEnabled()
    window.act_preferences.trigger()
    assert opened == [window.settings]
