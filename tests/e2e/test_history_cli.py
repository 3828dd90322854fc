"""`check` reports a broken history chain (tamper evidence) with exit 2."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.test_cli import cli, ok


def test_check_reports_an_edited_history_entry(tmp_path, user_banks):
    path = tmp_path / "a.readiness"
    ok("new", path, "--client", "Acme", "--project", "Bot", "--bank", "mini-test", "--industry", "healthcare")
    assert "chain intact" in ok("check", path)
    conn = sqlite3.connect(path)
    first = conn.execute("SELECT MIN(id) FROM history").fetchone()[0]
    conn.execute("UPDATE history SET actor = 'Mallory' WHERE id = ?", (first,))
    conn.commit()
    conn.close()
    r = cli("check", path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"CHAIN BROKEN: history entry {first} was changed after it was written" in r.stdout
    r = cli("check", path, "--json")
    report = json.loads(r.stdout)
    assert r.returncode == 2 and report["history"]["chain_intact"] is False and report["ok"] is False
