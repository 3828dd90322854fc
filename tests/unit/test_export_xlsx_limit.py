"""An XLSX export we write imports back, as the JSON and CSV exports do (test_export_limit.py).

A workbook is read back only when the file has at most ``MAX_FILE_BYTES`` (20 MB) and unpacks to at
most ``MAX_UNPACKED_BYTES`` (200 MB); when its history makes it larger, the oldest changes are left
out (``history_omitted``), and a workbook too large even without its history is not written. A text
longer than a spreadsheet cell holds (32,767 characters; openpyxl cuts it silently) is refused too:
read back, it would replace the note with its beginning.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from desktop_app.analysis.export import export_xlsx, write_xlsx
from desktop_app.analysis.spreadsheet import MAX_CELL_CHARS
from desktop_app.core import exchange, self_assessment
from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import EXPORT_HISTORY_LIMIT, MAX_FILE_BYTES, read_answers_file
from tests.unit.test_export_limit import STAMP, Entry, Q  # one history entry shape for both export limits

#: random CJK text barely compresses (about 2 bytes a character in a workbook)
CJK = [chr(c) for c in range(0x4E00, 0x4E00 + 20_000)]


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(CJK, k=n))


def _history(n: int, detail_chars: int, seed: int = 1) -> list[Entry]:
    """``n`` entries, newest first; entry i's detail (random, ``detail_chars`` long) ends with i."""
    rng = random.Random(seed)
    return [Entry(STAMP, "Fran", "answer", f"answer:{Q}", f"{_text(rng, detail_chars)} #{i}") for i in range(n)]


def _assessment(bank, notes: dict[str, str]) -> Assessment:
    answers = {}
    for qid, note in notes.items():
        q = bank.question(qid)
        answers[qid] = Answer(qid, q.options[0].id if q.options else 1, note=note, answered_at=STAMP)
    return Assessment("Client", "Project", bank_id=bank.id, bank_version=bank.version, answers=answers)


def _unpacked(path: Path) -> int:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        return sum(i.file_size for i in z.infolist())


def _details_sheet(path: Path) -> dict[str, object]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return {str(r[0]): r[1] for r in wb["Details"].iter_rows(min_row=2, values_only=True)}
    finally:
        wb.close()


def _history_sheet(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [str(r[4]) for r in wb["History"].iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()


def test_an_export_that_fits_keeps_the_whole_history(mini_bank, tmp_path):
    a = _assessment(mini_bank, {Q: "a short note"})
    written = export_xlsx(mini_bank, a, tmp_path / "small.xlsx", _history(20, 10))
    assert written.history_omitted == 0 and len(_history_sheet(written.path)) == 20
    assert "history_omitted" not in _details_sheet(written.path)
    assert read_answers_file(written.path, mini_bank).answers[0].note == "a short note"


@pytest.mark.parametrize("limit", ["file", "unpacked"])
def test_a_history_too_large_for_the_limit_leaves_out_the_oldest_changes_and_imports_back(
    mini_bank, tmp_path, monkeypatch, limit
):
    """With a small limit (of the file, or of what it unpacks to): the newest changes that fit are kept."""
    a, history = _assessment(mini_bank, {Q: "kept whole"}), _history(2_000, 200)
    full = write_xlsx(mini_bank, a, tmp_path / "full.xlsx", history)
    size, unpacked = full.stat().st_size, _unpacked(full)
    if limit == "file":
        monkeypatch.setattr(exchange, "MAX_FILE_BYTES", size // 2)
    else:
        monkeypatch.setattr(self_assessment, "MAX_UNPACKED_BYTES", unpacked // 2)
    with pytest.raises(InputError):  # the full workbook would not import back under that limit
        read_answers_file(full, mini_bank)
    written = export_xlsx(mini_bank, a, tmp_path / "fitted.xlsx", history)
    assert written.path.stat().st_size <= exchange.MAX_FILE_BYTES
    assert _unpacked(written.path) <= self_assessment.MAX_UNPACKED_BYTES
    details = _history_sheet(written.path)
    kept = len(details)
    assert written.history_omitted == 2_000 - kept and 2_000 * 3 // 10 < kept < 2_000 * 6 // 10
    assert details[-1].endswith(" #0") and details[0].endswith(f" #{kept - 1}")  # the newest, oldest first
    assert _details_sheet(written.path)["history_omitted"] == written.history_omitted
    assert read_answers_file(written.path, mini_bank).answers[0].note == "kept whole"


def test_a_workbook_too_large_even_without_its_history_is_refused_and_nothing_is_written(
    mini_bank, tmp_path, monkeypatch
):
    a = _assessment(mini_bank, {Q: _text(random.Random(2), 20_000)})
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 20_000)
    target = tmp_path / "big.xlsx"
    target.write_bytes(b"the previous export")
    for history in (None, _history(50, 100)):
        with pytest.raises(InputError) as raised:
            export_xlsx(mini_bank, a, target, history)
        message = str(raised.value)
        assert "too large" in message and "imports back" in message and "MB" in message
        assert target.read_bytes() == b"the previous export"
        assert [p.name for p in tmp_path.iterdir()] == ["big.xlsx"]


@pytest.mark.parametrize("first", ["x", "="])  # "=" gets a quote in front: one character more
def test_a_note_longer_than_a_cell_holds_is_refused_by_name_not_cut(mini_bank, tmp_path, first):
    limit = MAX_CELL_CHARS
    fits = first + "x" * (limit - 1 - (first == "="))
    a = _assessment(mini_bank, {Q: fits})
    assert read_answers_file(write_xlsx(mini_bank, a, tmp_path / "fits.xlsx"), mini_bank).answers[0].note == fits
    a = _assessment(mini_bank, {Q: fits + "y"})
    target = tmp_path / "long.xlsx"
    with pytest.raises(InputError) as raised:
        write_xlsx(mini_bank, a, target)
    message = str(raised.value)
    assert Q in message and "Answers" in message and "32,767" in message and "JSON" in message
    assert not target.exists()


@pytest.mark.slow
def test_a_large_document_at_the_real_limit_exports_a_workbook_that_imports_back(builtin_bank, tmp_path):
    """The built-in bank with a 32,000-character note of random CJK on every question and 10,000
    history entries of 500 random CJK characters: about 25 MB as a workbook, over the 20 MB limit."""
    bank, rng = builtin_bank, random.Random(3)
    questions = [q for q in bank.all_questions() if q.options]
    a = _assessment(bank, {q.id: _text(rng, 32_000) for q in questions})
    history = _history(EXPORT_HISTORY_LIMIT, 500)
    written = export_xlsx(bank, a, tmp_path / "large.xlsx", history)
    assert written.path.stat().st_size <= MAX_FILE_BYTES
    assert 0 < written.history_omitted < EXPORT_HISTORY_LIMIT
    imported = read_answers_file(written.path, bank)
    assert {x.question: x.note for x in imported.answers} == {q: n.note for q, n in a.answers.items()}
    assert len(_history_sheet(written.path)) == EXPORT_HISTORY_LIMIT - written.history_omitted


def test_the_cli_export_says_when_the_workbook_left_out_old_history(tmp_path, mini_bank, monkeypatch, capsys):
    from desktop_app.cli import main as cli_main
    from desktop_app.storage.document import ReadinessDocument

    path = tmp_path / "busy.readiness"
    rng = random.Random(4)
    with ReadinessDocument.create(path, client="Acme", project="Pilot", bank=mini_bank) as doc:
        for i in range(300):
            doc.set_answer(Answer(Q, "weak", note=f"{i} {_text(rng, 400)}"))
        entries = len(doc.history(1000))
        bare = write_xlsx(mini_bank, doc.assessment(), tmp_path / "bare.xlsx", [])
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", bare.stat().st_size + 2_000)
    out = tmp_path / "out.xlsx"
    assert cli_main(["export", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    kept = len(_history_sheet(out))
    assert 0 < kept < entries and f"not the {entries - kept} oldest" in err and "keeps them all" in err
    assert out.stat().st_size <= exchange.MAX_FILE_BYTES
    assert read_answers_file(out, mini_bank).answers[0].note.startswith("299 ")


def test_a_workbook_the_importer_would_refuse_is_not_written(mini_bank, tmp_path, monkeypatch):
    """The export reads its own Answers sheet back before writing; a refusal is said, nothing written."""

    def refuses(data, bank, where):
        raise InputError(f"{where}: row 2: not an option")

    monkeypatch.setattr(exchange, "parse_answers_xlsx", refuses)
    target = tmp_path / "out.xlsx"
    with pytest.raises(InputError, match=r"would not import back \(out.xlsx: row 2: not an option\)"):
        export_xlsx(mini_bank, _assessment(mini_bank, {Q: "x"}), target)
    assert list(tmp_path.iterdir()) == []
