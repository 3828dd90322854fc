"""Screenshots of working with several voices and copies, for the user guide: where the room's
disagreement shows (the navigator's mark and the live panel's line), the merge dialog, and the preview
of File > Import answers from a file.

Run under a real X server: ``xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" env QT_QPA_PLATFORM=xcb
.venv/bin/python scripts/collab_screenshots.py``. It works on a copy of the bundled healthcare
sample in a throw-away folder and writes ``docs/screenshots/disagreement-1366x768.png``,
``merge-view.png``, ``import-answers.png`` and ``report-room-disagreed.png`` (the PDF's page).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SAMPLE = "healthcare-synthetic-imaging.json"


def settle(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / name
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="readiness-collab-shots-"))
    os.environ["READINESS_CONFIG_DIR"] = str(folder / "config")  # never the user's settings
    os.environ["READINESS_DATA_DIR"] = str(folder / "data")
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(Settings(folder / "settings.ini"))
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    settle(400)
    if not window.documents.open_sample(SAMPLE):
        print("the sample could not be opened", file=sys.stderr)
        return 1
    disputed = poll_the_room(window)
    window.tabs.setCurrentWidget(window.splitter)
    window.question_view.show_question(disputed)
    window.navigator.select(disputed)
    save(window, "disagreement-1366x768.png")
    assert window.state.document is not None
    report_page(window.state.document.save_copy(folder / "polled.readiness"), folder)
    merge_and_import(window, folder)
    window.close()
    settle(100)
    return 0


def poll_the_room(window: MainWindow) -> str:
    """Three participants split on three data questions (lowest, highest, middle risk); the agreed
    answer is the middle one. Returns the first of those questions."""
    from desktop_app.core.assessment import Participant, ParticipantAnswer
    from desktop_app.core.voices import AgreedChoice

    state = window.state
    bank, a = state.bank, state.assessment
    assert bank is not None and a is not None
    if not a.participants:
        state.set_participants(
            [
                Participant("Dana Whitfield", "CIO"),
                Participant("Eli Moreau", "DPO"),
                Participant("Sam Okoro", "Product"),
            ]
        )
    people = state.assessment.participants if state.assessment else ()
    disputed = [
        q for q in bank.challenge("data").questions() if len({o.risk for o in q.options if o.risk is not None}) >= 3
    ][:3]
    for q in disputed:
        ranked = sorted((o for o in q.options if o.risk is not None), key=lambda o: o.risk or 0)
        middle = ranked[len(ranked) // 2]
        for person, option in zip(people, (ranked[0], ranked[-1], middle), strict=False):
            voice = ParticipantAnswer(person.id, q.id, option.id)
            state.apply_change(lambda d, v=voice: d.set_participant_answer(v))
        choice = AgreedChoice(middle.id, rationale="Two sites differ; the middle view until the audit")
        state.apply_change(lambda d, q=q, c=choice: d.set_agreed_answer(q.id, c))
    return disputed[0].id


def report_page(document: Path, folder: Path) -> None:
    """The PDF page with "6.1 Where the room disagreed", as a PNG (``pdftoppm -r 60``)."""
    import subprocess

    from pypdf import PdfReader

    pdf = folder / "plan.pdf"
    subprocess.run([sys.executable, "-m", "desktop_app", "report", str(document), "-o", str(pdf)], check=True)
    texts = [page.extract_text() for page in PdfReader(pdf).pages]
    pages = [i for i, t in enumerate(texts, 1) if "Where the room disagreed" in t and "Contents" not in t]
    target = OUT / "report-room-disagreed"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(pages[0]),
            "-l",
            str(pages[0]),
            "-singlefile",
            str(pdf),
            str(target),
        ],
        check=True,
    )
    print(target.with_suffix(".png").relative_to(ROOT))


def merge_and_import(window: MainWindow, folder: Path) -> None:
    """Another copy changed on both sides: the merge dialog, then the import preview of its export."""
    from desktop_app.core.assessment import Answer
    from desktop_app.core.exchange import export_json_text, parse_answers_json
    from desktop_app.core.importing import plan_import
    from desktop_app.gui.views.import_answers_view import ImportPreviewDialog
    from desktop_app.gui.views.merge_view import merge_another_copy
    from desktop_app.storage.document import ReadinessDocument

    state = window.state
    bank, doc = state.bank, state.document
    assert bank is not None and doc is not None
    other_path = folder / "other laptop.readiness"
    doc.save_copy(other_path)
    answered = [q for q in bank.challenge("compute").questions() if q.options][:4]
    with ReadinessDocument.open(other_path) as other:
        other.actor = "Eli Moreau"
        for q in answered[:3]:
            other.set_answer(Answer(q.id, q.options[-1].id, note="Checked with the hosting team"))
        other_text = export_json_text(bank, other.assessment())
    for q in answered[2:4]:
        state.set_answer(Answer(q.id, q.options[0].id, note="Said in the workshop"))

    def shoot_merge(dialog: QWidget) -> None:
        dialog.show()
        save(dialog, "merge-view.png")

    merge_another_copy(window, state, other_path, print, shoot_merge)
    current = state.assessment
    assert current is not None
    planned = plan_import(current, parse_answers_json(other_text, bank, "other laptop.json"))
    preview = ImportPreviewDialog(bank, "other laptop.json", planned, window)
    preview.show()
    save(preview, "import-answers.png")
    preview.close()


if __name__ == "__main__":
    sys.exit(main())
