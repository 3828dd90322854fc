"""requirements.lock holds every dependency pyproject.toml pins, at the same version.

scripts/setup.sh installs from the lock alone (``--require-hashes``), so a dependency added to
pyproject.toml without regenerating the lock would be missing on a fresh machine and in CI, while a
developer's own environment still has it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def _declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs.extend(extra)
    return reqs


def test_every_declared_dependency_is_locked_at_its_pin():
    locked = _locked()
    problems = []
    for req in _declared():
        name = _name(req)
        if name not in locked:
            problems.append(f"{name} is in pyproject.toml but not in requirements.lock")
            continue
        pin = re.search(r"==\s*([^\s;,]+)", req)
        if pin and pin.group(1) != locked[name]:
            problems.append(f"{name}: pyproject.toml pins {pin.group(1)}, requirements.lock has {locked[name]}")
    assert not problems, "regenerate requirements.lock (README, 'Dependencies'):\n" + "\n".join(problems)


def test_the_parser_reads_the_lock():
    """The check above is not vacuous: the lock parses into the pinned packages we rely on."""
    locked = _locked()
    assert locked.get("pyside6-essentials") == "6.11.3"
    assert len(locked) > 30
