"""requirements.lock pins every dependency of pyproject.toml at the same version, with hashes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_every_declared_dependency_at_its_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    locked = {_norm(m[0]): m[1] for m in re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+) \\$", lock, re.M)}
    missing = []
    for spec in declared:
        name, _, version = spec.partition("==")
        name = _norm(re.split(r"[<>=!~\[; ]", name)[0])
        if name not in locked or (version and locked[name] != version.strip()):
            missing.append(f"{spec} (lock: {locked.get(name, 'absent')})")
    assert missing == [], "regenerate requirements.lock (README, 'Dependencies'): " + ", ".join(missing)
    assert lock.count("--hash=sha256:") >= len(locked)
