"""Question bank loading and validation: every problem names the file, line and id."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop_app.core.bank import CHALLENGE_IDS, INDUSTRIES, load_bank, load_bank_text
from desktop_app.core.errors import BankError
from tests.conftest import MINI_BANK


def _mini() -> dict:
    return yaml.safe_load(MINI_BANK.read_text(encoding="utf-8"))


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a shared object out in full each time (the loader refuses aliases)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_NoAliasDumper, sort_keys=False)


def _problems(data: dict, tmp_path: Path) -> list[str]:
    path = tmp_path / "bank.yaml"
    path.write_text(_dump(data), encoding="utf-8")
    with pytest.raises(BankError) as err:
        load_bank(path)
    return err.value.problems


def test_mini_bank_loads_with_all_challenges_in_order(mini_bank):
    assert [c.id for c in mini_bank.challenges] == list(CHALLENGE_IDS)
    assert all(len(c.subchallenges) == 3 for c in mini_bank.challenges)
    assert mini_bank.question("data.privacy.lawful_basis").option("none").blocker


def test_yes_and_no_stay_strings_not_booleans(mini_bank):
    q = mini_bank.question("integration.legacy.has_api")
    assert [o.id for o in q.options] == ["yes", "no"]


def test_scale_without_options_gets_five_levels_with_falling_risk(mini_bank):
    q = mini_bank.question("data.collection.scale_q")
    assert [o.id for o in q.options] == ["0", "1", "2", "3", "4"]
    assert [o.risk for o in q.options] == [4, 3, 2, 1, 0]


def test_unknown_option_in_answer_names_question_and_line(tmp_path):
    data = _mini()
    data["challenges"][0]["subchallenges"][0]["questions"][0]["options"][0]["risk"] = 7
    problems = _problems(data, tmp_path)
    assert any("data.collection.main" in p and "'risk'" in p and "bank.yaml:" in p for p in problems)
    line = int(problems[0].split(":")[1])
    assert line > 1


def test_missing_challenge_is_reported(tmp_path):
    data = _mini()
    data["challenges"] = data["challenges"][:-1]
    assert any("missing challenges security_privacy" in p for p in _problems(data, tmp_path))


def test_missing_subchallenge_is_reported(tmp_path):
    data = _mini()
    data["challenges"][1]["subchallenges"].pop()
    assert any("challenge 'compute'" in p and "scalability" in p for p in _problems(data, tmp_path))


def test_duplicate_question_ids_are_reported(tmp_path):
    data = _mini()
    q = data["challenges"][0]["subchallenges"][0]["questions"][0]
    data["challenges"][0]["subchallenges"][0]["questions"].append(dict(q))
    assert any("'data.collection.main' is used twice" in p for p in _problems(data, tmp_path))


def test_blocker_must_have_risk_four(tmp_path):
    data = _mini()
    data["challenges"][0]["subchallenges"][0]["questions"][0]["options"][1]["blocker"] = True
    assert any("a blocker must have risk 4" in p for p in _problems(data, tmp_path))


def test_unknown_mitigation_in_option_actions_is_reported(tmp_path):
    data = _mini()
    data["challenges"][0]["subchallenges"][0]["questions"][0]["options"][2]["actions"] = ["MIT-NOPE"]
    assert any("unknown mitigation 'MIT-NOPE'" in p for p in _problems(data, tmp_path))


def test_show_if_must_target_context(tmp_path):
    data = _mini()
    q = data["challenges"][0]["subchallenges"][0]["questions"][0]
    q["show_if"] = {"question": "data.privacy.lawful_basis", "equals": "none"}
    assert any("may only refer to a context question" in p for p in _problems(data, tmp_path))


def test_ordered_context_with_falling_impact_is_refused(tmp_path):
    data = _mini()
    sens = data["context"]["questions"][1]
    sens["options"][2]["impact"] = {"data": 0}
    assert any("ordered but the impact on 'data' decreases" in p for p in _problems(data, tmp_path))


def test_reserved_option_ids_are_refused(tmp_path):
    data = _mini()
    data["challenges"][0]["subchallenges"][0]["questions"][0]["options"][0]["id"] = "unknown"
    assert any("reserved" in p for p in _problems(data, tmp_path))


def test_industry_question_needs_matching_condition(tmp_path):
    data = _mini()
    q = data["challenges"][5]["subchallenges"][2]["questions"][1]
    q["show_if"] = {"question": "context.industry", "equals": "creative"}
    assert any("industry question for 'healthcare'" in p for p in _problems(data, tmp_path))


def test_newer_bank_format_is_refused_with_clear_message(tmp_path):
    data = _mini()
    data["format"] = 99
    problems = _problems(data, tmp_path)
    assert "newer than this version" in problems[0]


def test_duplicate_yaml_key_is_reported_with_line():
    text = MINI_BANK.read_text(encoding="utf-8").replace("id: mini-test\n", "id: mini-test\nid: again\n", 1)
    with pytest.raises(BankError) as err:
        load_bank_text(text, "dup.yaml")
    assert "duplicate key 'id'" in str(err.value) and "dup.yaml:" in str(err.value)


def test_invalid_yaml_syntax_is_reported_with_line():
    with pytest.raises(BankError) as err:
        load_bank_text("id: x\nname: [unclosed\n", "broken.yaml")
    assert err.value.problems[0].startswith("broken.yaml:")


def test_non_utf8_bank_is_refused(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Caf\xe9\n".encode("latin-1"))
    with pytest.raises(BankError, match="not UTF-8"):
        load_bank(path)


def test_context_industry_must_list_the_six_industries(mini_bank):
    q = mini_bank.question("context.industry")
    assert {o.id for o in q.options} == set(INDUSTRIES)


def test_number_bands_pick_first_matching_band(mini_bank):
    q = mini_bank.question("compute.cost.requests")
    assert q.band_for(10_000).risk == 0
    assert q.band_for(10_001).risk == 2
    assert q.band_for(10**9).risk == 3


def test_unquoted_release_date_is_accepted(tmp_path):
    text = MINI_BANK.read_text(encoding="utf-8").replace("released: '2026-11-26'", "released: 2026-11-26")
    assert "released: 2026-11-26\n" in text
    assert load_bank_text(text, "dated.yaml").released == "2026-11-26"


def test_unscored_questions_default_to_weight_one(mini_bank):
    assert mini_bank.question("compute.cost.notes").weight == 1


def test_scored_question_needs_a_weight(tmp_path):
    data = _mini()
    del data["challenges"][0]["subchallenges"][0]["questions"][0]["weight"]
    assert any("'weight' is missing" in p for p in _problems(data, tmp_path))
