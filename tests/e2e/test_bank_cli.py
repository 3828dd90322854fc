"""Bank files end to end: install, --bank PATH, invalid user banks reported, review-by warnings, and
the v2 decision in ``score --json``."""

from __future__ import annotations

import json

from tests.conftest import FIXTURES
from tests.e2e.test_cli import bad, cli, ok

MINI_V2 = FIXTURES / "mini-bank-v2.yaml"


def test_install_then_new_with_the_bank_id(tmp_path, monkeypatch):
    folder = tmp_path / "user-banks"
    monkeypatch.setenv("READINESS_USER_BANKS", str(folder))
    assert "Installed" in ok("bank", "install", MINI_V2)
    assert (folder / "mini-v2-0.1.0.yaml").is_file()
    assert "mini-v2" in ok("bank", "list")
    path = tmp_path / "a.readiness"
    ok("new", path, "--client", "A", "--project", "B", "--bank", "mini-v2@0.1.0", "--industry", "creative")
    data = json.loads(ok("score", path, "--json"))
    overall = data["overall"]
    assert {"tier", "approver", "conditions", "pilot_boundary", "provisional", "coverage"} <= set(overall)
    assert overall["tier"]["id"] in ("I", "II", "III", "IV")
    assert all({"code", "text"} <= set(r) for r in overall["reasons"])


def test_new_with_a_bank_path_and_a_bank_defined_industry(tmp_path):
    path = tmp_path / "b.readiness"
    ok("new", path, "--client", "A", "--project", "B", "--bank", MINI_V2)
    assert "mini-v2" in ok("check", path)
    assert "not one of" in bad(
        "new", tmp_path / "c.readiness", "--client", "A", "--project", "B", "--bank", MINI_V2, "--industry", "space"
    )
    assert "no such bank file" in bad(
        "new", tmp_path / "d.readiness", "--client", "A", "--project", "B", "--bank", tmp_path / "none.yaml"
    )


def test_invalid_user_bank_is_reported_and_the_rest_still_works(tmp_path, monkeypatch):
    folder = tmp_path / "user-banks"
    folder.mkdir()
    (folder / "broken.yaml").write_text("format: 2\nid: broken\nname: [\n", encoding="utf-8")
    monkeypatch.setenv("READINESS_USER_BANKS", str(folder))
    r = cli("bank", "list")
    assert r.returncode == 0
    assert "genai-readiness" in r.stdout
    assert "broken.yaml" in r.stderr
    ok("new", tmp_path / "e.readiness", "--client", "A", "--project", "B")


def test_install_refuses_an_invalid_bank(tmp_path, monkeypatch):
    monkeypatch.setenv("READINESS_USER_BANKS", str(tmp_path / "user"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 2\nid: x\nshow_fi: 1\n", encoding="utf-8")
    err = bad("bank", "install", broken)
    assert "unknown key 'show_fi'" in err
    assert not (tmp_path / "user").exists() or not any((tmp_path / "user").iterdir())


def test_validate_warns_when_a_review_by_date_has_passed():
    r = cli("bank", "validate", MINI_V2)
    assert r.returncode == 0
    assert "TEST-EU" in r.stderr and "review-by date 2026-12-02 has passed" in r.stderr


def test_show_json_exposes_the_decision_method_and_mitigation_fields():
    data = json.loads(ok("bank", "show", str(MINI_V2), "--json"))
    assert [j["id"] for j in data["jurisdictions"]] == ["eu", "us", "other"]
    assert [t["id"] for t in data["tiers"]] == ["I", "II", "III", "IV"]
    assert data["tiers"][2]["sign_off"] == ["Risk lead", "DPO"]
    assert data["tiers"][1]["required_controls"][0]["question"] == "security_privacy.breaches.main"
    m = next(m for m in data["mitigations"] if m["id"] == "MIT-T-EU1")
    assert m["evidence"] and m["effort_days"] == [1.0, 2.0] and m["raci"]["accountable"] == "General counsel"
    assert m["depends_on"] == ["MIT-T-001"] and m["applies_if"] == {"context.jurisdictions": ["eu"]}
    assert data["report_title"] == "Mini readiness plan"
    builtin = json.loads(ok("bank", "show", "--json"))
    assert builtin["id"] == "genai-readiness"
