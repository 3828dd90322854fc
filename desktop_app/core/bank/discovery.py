"""Finding and loading banks: the built-in folder, the user's folder, the framework catalogue.

A bank in the user's folder comes from elsewhere: an invalid one is reported (``scan_banks``), never
allowed to stop the built-in bank from loading, and it is never loaded twice for the same text.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.core.bank.fields import Problems
from desktop_app.core.bank.model import BUILTIN_BANK_ID, Framework, QuestionBank
from desktop_app.core.bank.validation import Builder, build_framework
from desktop_app.core.bank.yaml_loader import MAX_BANK_BYTES, parse_yaml
from desktop_app.core.errors import BankError
from desktop_app.core.paths import user_bank_dir
from desktop_app.resources import resource_path


def builtin_bank_path() -> Path:
    return resource_path("question_banks", f"{BUILTIN_BANK_ID}.yaml")


def user_bank_folder() -> Path:
    """Where a user's own banks live (``core.paths.user_bank_dir``; ``READINESS_USER_BANKS`` moves it)."""
    return user_bank_dir()


def bank_folders() -> list[Path]:
    """The built-in bank folder, then the user's own."""
    return [resource_path("question_banks"), user_bank_folder()]


# --------------------------------------------------------------------------------------------
# The framework catalogue

_FRAMEWORK_CACHE: dict[Path, Mapping[str, Framework]] = {}


def load_frameworks(path: Path | None = None) -> Mapping[str, Framework]:
    """The framework catalogue, ``resources/frameworks.yaml``."""
    path = path or resource_path("frameworks.yaml")
    if path in _FRAMEWORK_CACHE:
        return _FRAMEWORK_CACHE[path]
    if not path.exists():
        return {}
    data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    p = Problems(str(path))
    frameworks: dict[str, Framework] = {}
    top = p.mapping(data, "the framework catalogue") if data is not None else {}
    if top:
        p.keys(top, ("frameworks",), "the framework catalogue")
    raw_list = (top or {}).get("frameworks", []) or []
    if not isinstance(raw_list, list):
        p.add("'frameworks' must be a list")
        raw_list = []
    for raw in raw_list:
        fw = build_framework(p, raw)
        if fw is not None:
            if fw.id in frameworks:
                p.err(raw, f"framework {fw.id!r}: id used twice")
            frameworks[fw.id] = fw
    if p.items:
        raise BankError(p.items)
    _FRAMEWORK_CACHE[path] = frameworks
    return frameworks


def review_warnings(bank: QuestionBank, today: date | None = None) -> list[str]:
    """Frameworks the bank cites whose review-by date has passed, or that carry no dates at all."""
    today = today or date.today()
    cited = {ref.partition(":")[0] for q in bank.all_questions() for ref in q.references}
    cited |= {ref.partition(":")[0] for m in bank.mitigations.values() for ref in m.references}
    out = []
    for fid in sorted(cited):
        fw = bank.frameworks.get(fid)
        if fw is None:
            continue
        if fw.review_by and date.fromisoformat(fw.review_by) < today:
            checked = f" (last verified {fw.verified})" if fw.verified else ""
            out.append(
                f"framework {fid}: review-by date {fw.review_by} has passed{checked}; check it against the source"
            )
        elif not fw.review_by:
            out.append(f"framework {fid}: no review-by date; record when it was verified and when to check it again")
    return out


# --------------------------------------------------------------------------------------------
# Loading

_BANK_CACHE: dict[tuple[str, bool], QuestionBank] = {}  # by content: many files share one bank


def load_bank(path: str | Path) -> QuestionBank:
    """Load and validate a bank file; raise BankError listing every problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BANK_BYTES:
            raise BankError([f"{path}: the bank is larger than {MAX_BANK_BYTES // (1024 * 1024)} MB; refused"])
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise BankError([f"{path}: cannot read the file ({exc.strerror or exc})"]) from None
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    return load_bank_text(text, str(path))


def load_bank_text(text: str, where: str = "<bank>", check_references: bool = True) -> QuestionBank:
    """Load a bank from its YAML text.

    A snapshot stored in a document is loaded with ``check_references=False``: it must read the same
    years later, even when the framework catalogue has moved on.
    """
    key = (hashlib.sha256(text.encode("utf-8")).hexdigest(), check_references)
    cached = _BANK_CACHE.get(key)
    if cached is not None:
        return cached
    data = parse_yaml(text, where)
    # a stored copy gets today's catalogue too (names, dates, jurisdictions: references are filtered
    # by them), but an entry or item the catalogue no longer has is not an error, and a catalogue that
    # cannot be read never stops a document from opening
    try:
        frameworks = load_frameworks()
    except BankError:
        if check_references:
            raise
        frameworks = {}
    bank = Builder(where, text, frameworks, check_references).build(data)
    _BANK_CACHE[key] = bank
    return bank


# --------------------------------------------------------------------------------------------
# Discovery


@dataclass(frozen=True)
class BankScan:
    banks: tuple[QuestionBank, ...]
    #: problems of the files that could not be loaded, each naming its file
    problems: tuple[str, ...]


def scan_banks() -> BankScan:
    """Every bank in the bank folders, and what is wrong with the ones that do not load."""
    banks: list[QuestionBank] = []
    problems: list[str] = []
    for folder in bank_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                banks.append(load_bank(path))
            except BankError as exc:
                problems.extend(exc.problems[:5])
                if len(exc.problems) > 5:
                    problems.append(f"{path}: ... and {len(exc.problems) - 5} more problem(s)")
    return BankScan(tuple(banks), tuple(problems))


def available_banks() -> list[QuestionBank]:
    """Every valid bank in the bank folders (``scan_banks`` also says what is wrong with the others)."""
    return list(scan_banks().banks)


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.replace("-", ".").split("."))


def find_bank(bank_id: str, version: str | None = None) -> QuestionBank:
    """The bank with this id (``ID`` or ``ID@VERSION``); the newest version when none is named.

    The built-in bank is tried first on its own, so that a broken bank in the user's folder can never
    stop an assessment on the built-in bank.
    """
    if version is None and "@" in bank_id:
        bank_id, _, version = bank_id.partition("@")
    if bank_id == BUILTIN_BANK_ID and version is None:
        return load_bank(builtin_bank_path())
    scan = scan_banks()
    matches = [b for b in scan.banks if b.id == bank_id and (version is None or b.version == version)]
    if matches:
        return max(matches, key=lambda b: _version_key(b.version))
    known = ", ".join(sorted({f"{b.id}@{b.version}" for b in scan.banks})) or "none"
    wanted = f"{bank_id}@{version}" if version else bank_id
    raise BankError([f"no question bank with id {wanted!r} (known banks: {known})"])


def install_bank(source: str | Path) -> Path:
    """Validate a bank file and copy it into the user's folder as ``ID-VERSION.yaml``; return its path.

    Nothing is copied when the bank is invalid or when the same id and version is installed with
    different content (raise BankError).
    """
    bank = load_bank(source)
    folder = user_bank_folder()
    target = folder / f"{bank.id}-{bank.version}.yaml"
    builtin = load_bank(builtin_bank_path())
    if bank.id == builtin.id and bank.version == builtin.version and bank.sha256 != builtin.sha256:
        raise BankError(
            [f"{source}: bank {bank.id} {bank.version} has the built-in bank's id and version; raise its version"]
        )
    if target.exists():
        try:
            existing = load_bank(target)
        except BankError:
            existing = None
        if existing is not None and existing.sha256 != bank.sha256:
            raise BankError(
                [f"{source}: {bank.id} {bank.version} is already installed with other content; raise its version"]
            )
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".tmp", delete=False) as tmp:
        tmp.write(bank.source_text.encode("utf-8"))
        tmp_path = Path(tmp.name)
    try:
        os.replace(tmp_path, target)
    except OSError:
        tmp_path.unlink(missing_ok=True)
        raise
    return target
