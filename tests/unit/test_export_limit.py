"""An export we write imports back: the JSON and CSV exports fit the importer's size limit.

Measured worst case (docs/file-format.md, "How large an export gets"): 10,000 history entries whose
details are 500 characters of four-byte UTF-8 make a JSON export of about 24 MiB, over the 20 MiB an
answers file may have. The export then leaves out the oldest changes (the document keeps them all)
and says how many; an assessment too large even without its history is refused with a sentence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core import exchange
from desktop_app.core.assessment import Answer, Assessment, Participant, ParticipantAnswer
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import (
    EXPORT_HISTORY_LIMIT,
    MAX_FILE_BYTES,
    export_csv_text,
    export_json_text,
    read_answers_file,
)

Q = "data.collection.main"
STAMP = "2026-12-07T12:00:00.123456+00:00"


@dataclass(frozen=True)
class Entry:
    """A document history entry as ``ReadinessDocument.history()`` gives it (only the fields exported)."""

    at: str
    actor: str
    action: str
    target: str
    detail: str


def _room(bank, people: int = 30) -> Assessment:
    """Every question answered with a note; ``people`` participants, each answering Q."""
    room = tuple(Participant(f"Participant {i:02d}", "Role", "Org", id=f"{i:032x}") for i in range(people))
    return Assessment(
        "Client",
        "Project",
        "2026-12-07",
        "Fran",
        room,
        bank.id,
        bank.version,
        {Q: Answer(Q, "weak", note="n" * 500, answered_by="Fran", answered_at=STAMP)},
        voices={Q: tuple(ParticipantAnswer(p.id, Q, "good", note="v" * 200) for p in room)},
    )


def _history(n: int, detail: str) -> list[Entry]:
    """``n`` entries, newest first (as the document gives them); entry i's detail ends with its number."""
    return [Entry(STAMP, "Fran Facilitator", "voice", f"voice:{i:032x}:{Q}", f"{detail}{i}") for i in range(n)]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig", newline="")  # as File > Export writes it (with a BOM)
    return path


def test_the_worst_case_export_of_10000_changes_fits_and_imports_back(mini_bank, tmp_path):
    history = _history(EXPORT_HISTORY_LIMIT, "😀" * 495)  # 500 characters, four bytes each
    text = export_json_text(mini_bank, _room(mini_bank), history)
    size = len(text.encode("utf-8")) + 3
    assert size <= MAX_FILE_BYTES
    data = json.loads(text)
    kept = len(data["history"])
    assert data["history_omitted"] == EXPORT_HISTORY_LIMIT - kept > 0
    assert kept > EXPORT_HISTORY_LIMIT * 3 // 4  # only the oldest few are left out
    assert data["history"][-1]["detail"].endswith("😀0")  # the newest change is there, last
    imported = read_answers_file(_write(tmp_path / "worst.json", text), mini_bank)
    assert len(imported.history) == kept and len(imported.voices) == 30


def test_an_export_that_fits_keeps_the_whole_history_and_says_nothing_was_left_out(mini_bank):
    data = json.loads(export_json_text(mini_bank, _room(mini_bank), _history(10, "x")))
    assert len(data["history"]) == 10 and data.get("history_omitted", 0) == 0


@pytest.mark.parametrize("detail", ["x" * 400, "é" * 400, "\x01" * 400, '"\\' * 200])
def test_at_the_limit_the_export_keeps_as_many_newest_changes_as_fit(mini_bank, tmp_path, monkeypatch, detail):
    """With a small limit: the file is at most the limit, and one change more would not have fitted."""
    limit = 200_000
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", limit)
    room, history = _room(mini_bank), _history(2_000, detail)
    text = export_json_text(mini_bank, room, history)
    size = len(text.encode("utf-8")) + 3
    assert size <= limit
    data = json.loads(text)
    kept = len(data["history"])
    assert 0 < kept < 2_000 and data["history_omitted"] == 2_000 - kept
    one_more = dict(data, history=[exchange.asdict(r) for r in exchange.history_records(history[: kept + 1])])
    one_more["history_omitted"] -= 1
    assert len(json.dumps(one_more, indent=2, ensure_ascii=False).encode("utf-8")) + 1 + 3 > limit  # newline, BOM
    assert len(read_answers_file(_write(tmp_path / "at-limit.json", text), mini_bank).history) == kept


def test_an_assessment_too_large_without_its_history_is_refused_with_a_sentence(mini_bank, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(InputError) as json_too_large:
        export_json_text(mini_bank, _room(mini_bank), _history(5, "x"))
    with pytest.raises(InputError) as csv_too_large:
        export_csv_text(mini_bank, _room(mini_bank))
    for raised in (json_too_large, csv_too_large):
        message = str(raised.value)
        assert "too large" in message and "imports back" in message and "MB" in message


def test_the_import_limit_is_the_limit_the_export_keeps(mini_bank, tmp_path, monkeypatch):
    """A file of exactly the limit is read; one byte more is refused (the size is said)."""
    limit = 50_000
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", limit)
    text = export_json_text(mini_bank, _room(mini_bank, people=2))
    padded = text.rstrip("\n") + " " * (limit - 3 - len(text.encode("utf-8"))) + "\n"
    at_limit = _write(tmp_path / "at.json", padded)
    assert at_limit.stat().st_size == limit
    assert read_answers_file(at_limit, mini_bank).answers
    over = _write(tmp_path / "over.json", padded + " ")
    with pytest.raises(InputError, match="limited to"):
        read_answers_file(over, mini_bank)


def test_the_cli_export_says_when_it_left_out_old_history(tmp_path, mini_bank, monkeypatch, capsys):
    from desktop_app.cli import main as cli_main
    from desktop_app.storage.document import ReadinessDocument

    path = tmp_path / "busy.readiness"
    with ReadinessDocument.create(path, client="Acme", project="Pilot", bank=mini_bank) as doc:
        for i in range(30):
            doc.set_answer(Answer(Q, "weak", note=f"note number {i} " + "x" * 200))
        bare = export_json_text(mini_bank, doc.assessment(), [])
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", len(bare.encode("utf-8")) + 3 + 2_000)
    out = tmp_path / "out.json"
    assert cli_main(["export", str(path), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["history_omitted"] > 0
    assert f"not the {data['history_omitted']} oldest" in capsys.readouterr().err
    assert read_answers_file(out, mini_bank).history


def test_the_cli_export_of_a_file_whose_history_cannot_be_read_exits_2_and_writes_nothing(
    tmp_path, mini_bank, monkeypatch, capsys
):
    import sqlite3

    from desktop_app.cli import main as cli_main
    from desktop_app.storage.document import ReadinessDocument

    path = tmp_path / "damaged.readiness"
    ReadinessDocument.create(path, client="Acme", project="Pilot", bank=mini_bank).close()

    def damaged(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(ReadinessDocument, "history", damaged)
    for name in ("out.json", "out.xlsx"):
        assert cli_main(["export", str(path), "-o", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert "damaged.readiness" in err and "history" in err and "malformed" in err
        assert "unexpected" not in err and not (tmp_path / name).exists()
