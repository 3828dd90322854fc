"""A save interrupted by a crash never makes a file unopenable (issue 10, defect 1).

SQLite leaves a "hot" rollback journal beside a file whose transaction was cut off; the journal
holds the pages that restore the last committed state. The app must let SQLite roll it back before
it looks at the header, and say plainly when it cannot (a folder it may not write).
"""

from __future__ import annotations

import os
import random
import signal
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage import document as document_module
from desktop_app.storage.document import DocumentError, ReadinessDocument

#: A writer that grows the file inside one transaction and dies before COMMIT, as a kill would.
DIE_MID_TRANSACTION = textwrap.dedent(
    """
    import os, sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA cache_size = 2")  # spill pages to the file before the commit
    c.execute("BEGIN IMMEDIATE")
    for i in range(300):
        c.execute(
            "INSERT INTO history (entry_id, at, action, detail, prev_hash, hash) VALUES (?, 't', 'x', ?, '', '')",
            (f"e{i}", "y" * 3000),
        )
    c.execute("UPDATE answers SET note = 'torn'")
    os._exit(0)
    """
)


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


@pytest.fixture()
def torn(tmp_path, mini_bank) -> Path:
    """A file with one committed answer and a hot journal left by a writer that died mid-transaction."""
    path = tmp_path / "torn.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note="committed"))
    size = path.stat().st_size
    subprocess.run([sys.executable, "-c", DIE_MID_TRANSACTION, str(path)], check=True)
    assert _journal(path).exists() and path.stat().st_size > size  # the file grew before the crash
    return path


def test_read_only_open_rolls_back_a_hot_journal_when_the_folder_is_writable(torn):
    with ReadinessDocument.open(torn, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "committed"
        assert doc.check()["ok"]
    assert not _journal(torn).exists()


def test_editable_open_rolls_back_a_hot_journal(torn):
    with ReadinessDocument.open(torn) as doc:
        assert not doc.readonly
        assert doc.assessment().answers["data.collection.main"].note == "committed"
    assert not _journal(torn).exists()


def test_header_of_a_grown_file_is_checked_only_after_the_rollback(torn):
    """A crash while a commit grows the file can leave page 1 claiming more pages than are written."""
    data = bytearray(torn.read_bytes())
    data[28:32] = struct.pack(">I", 10 * len(data) // 4096)
    torn.write_bytes(bytes(data))
    with ReadinessDocument.open(torn, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "committed"


def test_read_only_place_says_the_file_needs_recovery(torn, monkeypatch):
    monkeypatch.setattr(document_module, "_can_write_beside", lambda path: False)
    before = torn.read_bytes(), _journal(torn).read_bytes()
    with pytest.raises(DocumentError) as info:
        ReadinessDocument.open(torn, readonly=True)
    message = str(info.value)
    assert "needs recovery" in message and "readonly" not in message and "damaged" not in message
    assert (torn.read_bytes(), _journal(torn).read_bytes()) == before  # nothing touched


#: Imports that grow the file, one after another, until killed.
IMPORTER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import ReadinessDocument

    path, qids = sys.argv[1], sys.argv[2].split(",")
    doc = ReadinessDocument.open(path)
    n = 0
    while True:
        n += 1
        doc.import_all([Answer(q, "weak" if n % 2 else "fair", note=f"{n} " + "z" * 20000) for q in qids])
        print(n, flush=True)
    """
)


def kill_trial(path: Path, qids: list[str], rng: random.Random) -> tuple[int, str]:
    """Kill an importer after a random delay; return how many imports it reported and the outcome."""
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(path), ",".join(qids)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the process is up and has committed once
    time.sleep(rng.uniform(0, 0.25))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait(timeout=10)
    acked = max([int(x) for x in (first + rest).split()] or [0])
    with ReadinessDocument.open(path, readonly=True) as doc:
        answers = doc.assessment().answers
        assert doc.check()["integrity"] == "ok"
    imports = {int(a.note.split()[0]) for a in answers.values() if a.question in qids}
    assert len(imports) == 1, imports  # one whole import, never half of one
    assert imports.pop() >= acked
    return acked, "journal" if _journal(path).exists() else "clean"


def test_kills_while_imports_grow_the_file_never_make_it_unopenable(tmp_path, mini_bank):
    rng = random.Random(int(os.environ.get("READINESS_SOAK_SEED", "1126")))
    qids = [f"{c.id}.{s.id}.main" for c in mini_bank.challenges for s in c.subchallenges]
    for trial in range(12):
        path = tmp_path / f"kill-{trial}.readiness"
        ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
        kill_trial(path, qids, rng)


WAL_WRITER = textwrap.dedent(
    """
    import os, sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA journal_mode = WAL")
    c.execute("UPDATE answers SET note = 'in the log'")
    os._exit(0)  # no checkpoint: the change lives only in the -wal file
    """
)


@pytest.mark.parametrize("readonly", [True, False])
def test_write_ahead_log_is_folded_in_and_nothing_is_left_beside_the_file(torn, readonly):
    path = torn
    with ReadinessDocument.open(path):
        pass  # recovered: a clean file in the app's own form
    subprocess.run([sys.executable, "-c", WAL_WRITER, str(path)], check=True)
    assert path.with_name(path.name + "-wal").exists()
    with ReadinessDocument.open(path, readonly=readonly) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "in the log"
    assert document_module.sidecars(path) == []
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback-journal form again
