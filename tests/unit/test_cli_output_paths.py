"""Issue 9: one output-path check for every command that writes a file (cli/_common.check_output):
the folder must exist, and the output must never be the file being read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli._common import check_output
from desktop_app.core.errors import InputError


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "s.readiness"
    assert main(["demo", str(path)]) == 0
    return path


def test_a_missing_folder_is_named(tmp_path: Path, sample: Path):
    with pytest.raises(InputError, match=r"the folder .*nowhere does not exist"):
        check_output(sample, tmp_path / "nowhere" / "x.pdf")


def test_the_input_itself_is_refused_by_name_and_by_link(tmp_path: Path, sample: Path):
    with pytest.raises(InputError, match="is the file being read"):
        check_output(sample, sample)
    link = tmp_path / "same.csv"
    os.link(sample, link)
    with pytest.raises(InputError, match="is the file being read"):
        check_output(sample, link)
    check_output(sample, tmp_path / "other.csv")  # a new file in an existing folder is fine


@pytest.mark.parametrize(
    "command",
    [
        ["report", "{src}", "-o", "{out}.pdf"],
        ["export", "{src}", "-o", "{out}.csv"],
        ["self-assessment", "export", "{src}", "-o", "{out}.csv"],
    ],
)
def test_every_writing_command_names_the_missing_folder(tmp_path: Path, sample: Path, capsys, command):
    out = tmp_path / "nowhere" / "x"
    argv = [a.format(src=sample, out=out) for a in command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"the folder {out.parent} does not exist" in err, err
    assert not out.parent.exists()
