"""Bank format 2: unknown keys, safe YAML, conditions, tiers, mitigation fields, bank files."""

from __future__ import annotations

import copy
import time
from datetime import date

import pytest
import yaml

from desktop_app.core.bank import (
    MAX_BANK_BYTES,
    available_banks,
    builtin_bank_path,
    find_bank,
    install_bank,
    load_bank,
    load_bank_text,
    review_warnings,
    scan_banks,
)
from desktop_app.core.errors import BankError
from tests.conftest import FIXTURES, MINI_BANK

MINI_V2 = FIXTURES / "mini-bank-v2.yaml"


def _problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as err:
        load_bank_text(text, "t.yaml")
    return err.value.problems


def test_typo_in_show_if_is_refused_with_file_and_line():
    text = MINI_BANK.read_text(encoding="utf-8")
    bad = text.replace(
        "    - id: data.collection.scale_q\n", "    - id: data.collection.scale_q\n      show_fi: {}\n", 1
    )
    line = bad.splitlines().index("      show_fi: {}") + 1
    problems = _problems_of(bad)
    assert any(p.startswith(f"t.yaml:{line}:") and "unknown key 'show_fi'" in p for p in problems), problems


def test_unknown_key_inside_show_if_is_refused():
    text = MINI_BANK.read_text(encoding="utf-8")
    bad = text.replace(
        "    - id: data.collection.scale_q\n",
        "    - id: data.collection.scale_q\n      show_if: {question: context.industry, equal: healthcare}\n",
        1,
    )
    assert any("unknown key 'equal'" in p for p in _problems_of(bad))


def test_unknown_top_level_and_mitigation_keys_are_refused():
    data = yaml.safe_load(MINI_BANK.read_text(encoding="utf-8"))
    data["mitigatons"] = []
    data["mitigations"][0]["owner"] = "x"
    problems = _problems_of(yaml.safe_dump(data, sort_keys=False))
    assert any("unknown key 'mitigatons'" in p for p in problems)
    assert any("MIT-T-001" in p and "unknown key 'owner'" in p for p in problems)


def test_billion_laughs_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    text = "\n".join(lines) + "\n"
    start = time.perf_counter()
    problems = _problems_of(text)
    assert time.perf_counter() - start < 2.0
    assert any("aliases" in p for p in problems), problems


def test_merge_key_is_refused():
    text = MINI_BANK.read_text(encoding="utf-8") + "x: &x {a: 1}\ny:\n  <<: *x\n"
    assert any("aliases" in p for p in _problems_of(text))


def test_oversized_bank_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (MAX_BANK_BYTES + 10) + b"\n")
    with pytest.raises(BankError) as err:
        load_bank(path)
    assert "larger than" in err.value.problems[0]


def test_deep_nesting_is_refused():
    problems = _problems_of("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert any("nested" in p for p in problems)


def test_v2_bank_loads_every_new_field():
    bank = load_bank(MINI_V2)
    assert bank.format == 2
    assert bank.title == "Mini readiness plan"
    assert [t.id for t in bank.tiers] == ["I", "II", "III", "IV"]
    assert bank.tier("III").approver == "Risk lead"
    assert bank.tier("II").required_controls[0].accept == ("good", "fair")
    m = bank.mitigations["MIT-T-EU1"]
    assert m.effort_days == (1.0, 2.0)
    assert m.raci.accountable == "General counsel"
    assert m.depends_on == ("MIT-T-001",)
    assert "TEST-LOCAL" in bank.own_frameworks and "TEST-LOCAL" in bank.frameworks
    assert bank.question("ethics_legal.regulatory.eu_register").option("no").finding
    assert bank.cost_bands.ranges["medium"] == (10000.0, 50000.0)


def test_applies_if_hides_eu_questions_from_a_us_only_client():
    bank = load_bank(MINI_V2)
    q = bank.question("ethics_legal.regulatory.eu_register")
    role = bank.question("context.ai_act_role")
    us = {"context.jurisdictions": ["us"], "context.ai_act_role": "provider"}
    eu = {"context.jurisdictions": ["eu", "us"], "context.ai_act_role": "provider"}
    assert not bank.is_visible(role, us) and bank.is_visible(role, eu)
    assert not bank.is_visible(q, us) and bank.is_visible(q, eu)
    assert bank.is_visible(q, {"context.jurisdictions": "unknown", "context.ai_act_role": "provider"})
    assert not bank.is_visible(q, {"context.jurisdictions": ["eu"], "context.ai_act_role": "deployer"})


def test_references_are_filtered_by_their_condition_and_framework_jurisdiction():
    bank = load_bank(MINI_V2)
    q = bank.question("ethics_legal.regulatory.eu_register")
    assert bank.references_for(q.references, q.ref_conditions, {"context.jurisdictions": ["us"]}) == (
        "TEST-LOCAL:Clause 1",
    )
    assert "TEST-EU:Art 1" in bank.references_for(q.references, q.ref_conditions, {"context.jurisdictions": ["eu"]})


def _v2_data() -> dict:
    return yaml.safe_load(MINI_V2.read_text(encoding="utf-8"))


def test_condition_naming_an_unknown_option_is_refused():
    data = _v2_data()
    data["mitigations"][-1]["applies_if"] = {"context.jurisdictions": ["mars"]}
    assert any("'mars' is not an option" in p for p in _problems_of(yaml.safe_dump(data)))


def test_dependency_cycle_is_refused():
    data = _v2_data()
    first = data["mitigations"][0]
    first["depends_on"] = ["MIT-T-EU1"]
    assert any("cycle" in p for p in _problems_of(yaml.safe_dump(data)))


def test_tiers_out_of_order_are_refused():
    data = _v2_data()
    data["tiers"][0], data["tiers"][1] = data["tiers"][1], data["tiers"][0]
    assert any("in order" in p for p in _problems_of(yaml.safe_dump(data)))


def test_control_naming_unknown_option_is_refused():
    data = _v2_data()
    data["tiers"][1]["required_controls"][0]["accept"] = ["perfect"]
    assert any("no option 'perfect'" in p for p in _problems_of(yaml.safe_dump(data)))


def test_bank_framework_may_not_replace_a_catalogue_entry():
    data = _v2_data()
    data["frameworks"].append({"id": "NIST-AI-RMF", "name": "Mine"})
    assert any("already in the catalogue" in p for p in _problems_of(yaml.safe_dump(data)))


def test_more_industries_need_their_profiles():
    data = _v2_data()
    data["context"]["questions"][0]["options"].append({"id": "insurance", "label": "Insurance"})
    assert any("'insurance'" in p and "no profile" in p for p in _problems_of(yaml.safe_dump(data)))
    data["profiles"]["insurance"] = copy.deepcopy(data["profiles"]["general"])
    bank = load_bank_text(yaml.safe_dump(data), "t.yaml")
    assert "insurance" in bank.industries


def test_review_warning_when_review_by_has_passed():
    bank = load_bank(MINI_V2)
    warnings = review_warnings(bank, today=date(2027, 1, 1))
    assert any("TEST-EU" in w and "2026-12-02" in w for w in warnings)
    assert not any("TEST-LOCAL" in w for w in warnings)


# -- bank files ------------------------------------------------------------------------------


def test_invalid_user_bank_is_reported_not_skipped(user_banks):
    (user_banks / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    scan = scan_banks()
    assert any("broken.yaml" in p for p in scan.problems)
    assert "mini-test" in [b.id for b in scan.banks]


def test_hostile_user_bank_does_not_stop_the_builtin_bank(user_banks):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    (user_banks / "laughs.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    assert find_bank("genai-readiness").id == "genai-readiness"
    assert "mini-test" in [b.id for b in available_banks()]
    assert time.perf_counter() - start < 10


def test_two_banks_with_one_id_are_told_apart_by_version(user_banks):
    text = MINI_BANK.read_text(encoding="utf-8")
    (user_banks / "mini-2.yaml").write_text(text.replace("version: 0.1.0", "version: 0.2.0"), encoding="utf-8")
    assert find_bank("mini-test").version == "0.2.0"
    assert find_bank("mini-test@0.1.0").version == "0.1.0"
    with pytest.raises(BankError) as err:
        find_bank("mini-test@9.9")
    assert "mini-test@0.1.0" in err.value.problems[0]


def test_install_copies_a_valid_bank_and_refuses_an_invalid_one(tmp_path, monkeypatch):
    folder = tmp_path / "user"
    monkeypatch.setenv("READINESS_USER_BANKS", str(folder))
    target = install_bank(MINI_V2)
    assert target == folder / "mini-v2-0.1.0.yaml"
    assert find_bank("mini-v2").title == "Mini readiness plan"
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 2\nid: x\n", encoding="utf-8")
    with pytest.raises(BankError):
        install_bank(bad)
    assert sorted(p.name for p in folder.iterdir()) == ["mini-v2-0.1.0.yaml"]


def test_install_refuses_other_content_under_the_same_id_and_version(tmp_path, monkeypatch):
    monkeypatch.setenv("READINESS_USER_BANKS", str(tmp_path / "user"))
    install_bank(MINI_V2)
    changed = tmp_path / "changed.yaml"
    changed.write_text(MINI_V2.read_text(encoding="utf-8").replace("Internal users only.", "Staff only."), "utf-8")
    with pytest.raises(BankError) as err:
        install_bank(changed)
    assert "already installed" in err.value.problems[0]


def test_builtin_bank_still_loads():
    assert load_bank(builtin_bank_path()).id == "genai-readiness"


def test_snapshot_text_that_is_hostile_is_refused_fast():
    start = time.perf_counter()
    with pytest.raises(BankError):
        load_bank_text("a: &a [1]\nb: *a\n", "file.readiness (stored bank)", check_references=False)
    assert time.perf_counter() - start < 1.0


def test_missing_name_and_bad_decision_settings_are_reported():
    data = _v2_data()
    del data["name"]
    data["decision"]["pilot_only_risk"] = 150
    data["scoring"]["unknown_risk"] = 9
    problems = _problems_of(yaml.safe_dump(data))
    assert any("'name' is missing" in p for p in problems)
    assert any("pilot_only_risk must be from 0 to 100" in p for p in problems)
    assert any("unknown_risk" in p for p in problems)
