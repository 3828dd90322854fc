"""`readiness-planner report` as a user runs it: both samples, both papers, a password, bad input."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS


def cli(*args: object, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    if not env_extra:
        env.pop("READINESS_PDF_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def text_of(path: Path, password: str | None = None) -> str:
    reader = pypdf.PdfReader(str(path))
    if password:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.mark.parametrize(
    ("sample", "paper", "width"), [("sample_path", "a4", 595), ("fraud_sample_path", "letter", 612)]
)
def test_report_of_a_sample_matches_score_json(request, tmp_path, sample, paper, width):
    path = request.getfixturevalue(sample)
    out = tmp_path / "plan.pdf"
    r = cli("report", path, "-o", out, "--paper", paper)
    assert r.returncode == 0, r.stderr
    scores = json.loads(cli("score", path, "--json").stdout)
    reader = pypdf.PdfReader(str(out))
    assert all(round(float(p.mediabox.width)) == width for p in reader.pages)
    text = text_of(out)
    assert DECISION_LABELS[scores["overall"]["decision"]].upper() in text
    findings = text[text.rindex("3 Findings by challenge") :]
    for n, ch in enumerate(scores["challenges"], start=1):
        start = findings.index(f"3.{n} {ch['title']}")
        strip = findings[start : findings.index("Sub-challenge", start)]
        assert LEVEL_LABELS[ch["level"]] in strip.split(), ch["id"]
        # the JSON rounds to 0.1 and the PDF to whole numbers: either neighbour of the JSON value
        assert any(f"{v} / 100" in strip for v in (math.floor(ch["risk"]), math.ceil(ch["risk"]))), ch["id"]


def test_password_from_the_environment_encrypts(sample_path, tmp_path):
    out = tmp_path / "locked.pdf"
    r = cli("report", sample_path, "-o", out, "--password", env_extra={"READINESS_PDF_PASSWORD": "open sesame"})
    assert r.returncode == 0, r.stderr
    assert pypdf.PdfReader(str(out)).is_encrypted
    assert "Northbridge" in text_of(out, "open sesame")


@pytest.mark.parametrize(
    "args",
    [
        ("-o", "plan.txt"),
        ("-o", "plan.pdf", "--paper", "a3"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(sample_path, tmp_path, args):
    args = tuple(str(tmp_path / a) if a.startswith("plan") else a for a in args)
    r = cli("report", sample_path, *args)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert list(tmp_path.glob("plan*")) == []


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (90, 30), (27, 79, 114)).save(path, format="PNG")
    return path


def test_firm_logo_and_disclaimer_from_the_command_line(sample_path, tmp_path):
    disclaimer = tmp_path / "disclaimer.txt"
    disclaimer.write_text("Für den Auftraggeber erstellt; keine Haftung gegenüber Dritten.", encoding="utf-8")
    out = tmp_path / "plan.pdf"
    r = cli(
        "report",
        sample_path,
        "-o",
        out,
        "--firm",
        "Meridian Advisory",
        "--logo",
        _png(tmp_path / "l.png"),
        "--disclaimer-file",
        disclaimer,
    )
    assert r.returncode == 0, r.stderr
    reader = pypdf.PdfReader(str(out))
    assert "MERIDIAN ADVISORY" in reader.pages[0].extract_text() and list(reader.pages[0].images)
    assert "keine Haftung gegenüber Dritten" in text_of(out)


@pytest.mark.parametrize(
    ("option", "content", "says"),
    [
        ("--logo", b"GIF89a", "--logo: l.bin is not a PNG or JPEG picture"),
        ("--disclaimer-file", b"\xff\xfe\x00bad", "not UTF-8"),
        ("--disclaimer-file", b"   ", "is empty"),
        ("--firm", None, "at most 200"),
        ("--disclaimer-file", "fifo", "not a regular file"),
    ],
)
def test_a_bad_firm_option_exits_2_and_writes_nothing(sample_path, tmp_path, option, content, says):
    if content is None:
        value = "x" * 300
    elif content == "fifo":
        value = tmp_path / "pipe.txt"
        os.mkfifo(value)
    else:
        value = tmp_path / "l.bin"
        value.write_bytes(content)
    r = cli("report", sample_path, "-o", tmp_path / "plan.pdf", option, value)
    assert r.returncode == 2, r.stderr
    assert says in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "plan.pdf").exists()
