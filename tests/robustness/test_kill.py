"""Kill the writer mid-work: every answer it reported as saved is in the file, and the file is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop_app.storage.document import ReadinessDocument

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import ReadinessDocument

    path, qids = sys.argv[1], sys.argv[2].split(",")
    doc = ReadinessDocument.open(path)
    i = 0
    while True:  # until killed
        qid = qids[i % len(qids)]
        doc.set_answer(Answer(qid, "weak" if i % 2 else "fair", note=f"write {i}"))
        print(i, qid, flush=True)  # reported only after the commit returned
        i += 1
    """
)


@pytest.mark.parametrize("after", [5, 40])
def test_answers_reported_saved_survive_a_kill(tmp_path, mini_bank, after):
    path = tmp_path / "killed.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    qids = [f"{c.id}.{s.id}.main" for c in mini_bank.challenges for s in c.subchallenges]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), ",".join(qids)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    acked: dict[str, int] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        i, qid = line.split()
        acked[qid] = int(i)
        if int(i) >= after:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    with ReadinessDocument.open(path) as doc:  # opening for editing also rolls back a torn write
        assert doc.check()["integrity"] == "ok"
        answers = doc.assessment().answers
    for qid, i in acked.items():
        note = answers[qid].note
        # the last acknowledged write of each question is there, or a later one that committed too
        assert int(note.split()[1]) >= i, (qid, note, i)
