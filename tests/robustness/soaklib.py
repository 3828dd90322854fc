"""Kill trials and hostile files, shared by the test suite (a few hundred) and ``make soak`` (thousands).

A kill trial forks a writer that imports answers (growing the file) in a loop and kills it with
SIGKILL after a random delay; the file must then open (read-only and editable), pass the integrity
check, hold one whole import (never half of one) and every import the writer reported as committed.

A hostile file is a valid document changed at random (bytes flipped, cut off, grown, header fields
rewritten, schema objects added); opening and scoring it must either work or raise DocumentError,
within a time bound, and never raise anything else.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import struct
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.assessment import Answer
from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import score
from desktop_app.storage.document import DocumentError, ReadinessDocument

#: a single open, score and check of a hostile file must finish within this (seconds)
HOSTILE_TIME_BOUND = 25.0


def _writer(path: Path, qids: list[str], ack_fd: int) -> None:  # pragma: no cover - runs in the child
    try:
        doc = ReadinessDocument.open(path)
        n = 0
        while True:
            n += 1
            doc.import_all([Answer(q, "weak" if n % 2 else "fair", note=f"{n} " + "z" * 20_000) for q in qids])
            os.write(ack_fd, f"{n}\n".encode())
    finally:
        os._exit(0)


def kill_trial(path: Path, qids: list[str], rng: random.Random, max_delay: float = 0.05) -> str:
    """One trial on a fresh document at ``path``; returns "journal" when the kill left a hot journal."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _writer(path, qids, write_fd)
    os.close(write_fd)
    time.sleep(rng.uniform(0, max_delay))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    with os.fdopen(read_fd, "rb") as fh:
        acks = fh.read().split()
    acked = int(acks[-1]) if acks else 0
    outcome = "journal" if path.with_name(path.name + "-journal").exists() else "clean"
    for readonly in (True, False):
        with ReadinessDocument.open(path, readonly=readonly) as doc:
            answers = doc.assessment().answers
            if readonly:
                assert doc.check()["integrity"] == "ok"
        imports = {int(a.note.split()[0]) for q, a in answers.items() if q in qids}
        if acked == 0 and not imports:
            continue  # killed before the first commit: nothing imported, nothing lost
        assert len(imports) == 1, imports  # one whole import, never half of one
        assert imports.pop() >= acked, acked  # nothing reported as saved is lost
    return outcome


def run_kill_trials(folder: Path, bank: QuestionBank, trials: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    qids = [f"{c.id}.{s.id}.main" for c in bank.challenges for s in c.subchallenges]
    qids = [q for q in qids if bank.has_question(q)]
    counts: Counter[str] = Counter()
    for i in range(trials):
        path = folder / f"kill-{i}.readiness"
        ReadinessDocument.create(path, client="C", project="P", bank=bank).close()
        counts[kill_trial(path, qids, rng)] += 1
        path.unlink()
    return counts


# --------------------------------------------------------------------------------------------
# Hostile files


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def _cut(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(16, len(data)) :]


def _grow(data: bytearray, rng: random.Random) -> None:
    data.extend(rng.randbytes(rng.choice((1, 100, 4096, 40_000))))


def _header(data: bytearray, rng: random.Random) -> None:
    offset = rng.choice((16, 18, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96))
    width = 2 if offset in (16, 18) else 4
    data[offset : offset + width] = rng.randbytes(width)


def _page_swap(data: bytearray, rng: random.Random) -> None:
    (size,) = struct.unpack(">H", data[16:18])
    size = 65536 if size == 1 else size
    pages = len(data) // size
    if pages > 2:
        a, b = rng.sample(range(1, pages), 2)
        pa, pb = data[a * size : (a + 1) * size], data[b * size : (b + 1) * size]
        data[a * size : (a + 1) * size], data[b * size : (b + 1) * size] = pb, pa


BYTE_MUTATIONS: dict[str, Callable[[bytearray, random.Random], None]] = {
    "flip": _flip,
    "cut": _cut,
    "grow": _grow,
    "header": _header,
    "page swap": _page_swap,
}

SCHEMA_ADDITIONS = (
    "CREATE TRIGGER t AFTER INSERT ON answers BEGIN UPDATE answers SET note = 'x'; END",
    "CREATE VIEW v AS SELECT * FROM answers",
    "CREATE INDEX i ON answers (note)",
    "CREATE TABLE extra (x)",
    "CREATE VIRTUAL TABLE f USING fts4(x)",
    "ALTER TABLE answers ADD COLUMN y",
    "PRAGMA user_version = 0",
    "PRAGMA user_version = 999",
    "PRAGMA application_id = 1",
    "PRAGMA journal_mode = WAL",
    "UPDATE answers SET value = '{broken'",
    "UPDATE answers SET value = '" + "[" * 5000 + "]" * 5000 + "'",
    "UPDATE bank_snapshot SET content = 'a: &a [*a, *a]'",
    "DELETE FROM assessment",
)


def hostile_trial(good: bytes, path: Path, rng: random.Random) -> str:
    """Make one hostile variant of ``good`` at ``path``, open it; returns the outcome ("read" or "refused")."""
    data = bytearray(good)
    if rng.random() < 0.25:
        path.write_bytes(bytes(data))
        conn = sqlite3.connect(path)
        try:
            conn.execute(rng.choice(SCHEMA_ADDITIONS))
            conn.commit()
        except sqlite3.Error:
            pass
        finally:
            conn.close()
        for extra in (path.with_name(path.name + s) for s in ("-wal", "-shm")):
            extra.unlink(missing_ok=True)
    else:
        rng.choice(list(BYTE_MUTATIONS.values()))(data, rng)
        path.write_bytes(bytes(data))
    started = time.monotonic()
    try:
        with ReadinessDocument.open(path, readonly=True) as doc:
            score(doc.bank, doc.assessment())
            doc.check()
        outcome = "read"
    except DocumentError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        outcome = "refused"
    elapsed = time.monotonic() - started
    assert elapsed < HOSTILE_TIME_BOUND, elapsed
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    return outcome


def run_hostile_files(good: Path, folder: Path, trials: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    original = good.read_bytes()
    counts: Counter[str] = Counter()
    for i in range(trials):
        counts[hostile_trial(original, folder / f"hostile-{i % 50}.readiness", rng)] += 1
    return counts
