"""``merge``: bring another copy of the same assessment into a file, item by item.

An item changed on one side only is taken from that side; an item changed on both sides is a
conflict, resolved by ``--prefer mine|theirs``; without it the conflicts are listed, the command
exits 2 and nothing changes. The rules are in ``docs/file-format.md`` ("Merging two copies").
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_OK, json_out, say
from desktop_app.core.errors import InputError
from desktop_app.core.merge import CONFLICT, MINE, SAME_CHANGE, THEIRS, ItemDifference, ItemVersion, MergePlan

if TYPE_CHECKING:
    from desktop_app.storage.document import ReadinessDocument

#: how each outcome reads in the command's output
OUTCOME_TEXT = {
    THEIRS: "taken from {other} (changed there only)",
    MINE: "kept (changed in {file} only)",
    SAME_CHANGE: "kept (changed the same way in both)",
    CONFLICT: "CONFLICT (changed in both)",
}


def describe(item: ItemVersion | None) -> str:
    """One item's content in a few words (for the conflict list)."""
    if item is None:
        return "(absent)"
    s = item.state
    if item.deleted:
        return "(removed)" if item.kind in ("plan", "participant") else "(cleared)"
    if item.kind in ("answer", "voice"):
        value = "(no answer)" if s.get("value") is None else json.dumps(s.get("value"), ensure_ascii=False)
        note = f", note {_short(s.get('note', ''))!r}" if s.get("note") else ""
        confidence = f", {s['confidence']} confidence" if item.kind == "answer" else ""
        return f"{value}{confidence}{note}"
    if item.kind == "plan":
        owner = f", owner {s.get('owner')}" if s.get("owner") else ""
        title = f"{_short(str(s.get('title')))!r} " if s.get("title") else ""
        return f"{title}{s.get('status')}{owner}"
    if item.kind == "participant":
        return f"{s.get('name')}" + (f" ({s.get('role')})" if s.get("role") else "")
    return repr(_short(str(s.get("value", ""))))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(d: ItemDifference, names: Mapping[str, str]) -> str:
    kind, rest = d.key.split(":", 1)
    if kind == "voice":
        pid, qid = rest.split(":", 1)
        return f"{qid}, answer of {names.get(pid, pid)}"
    if kind == "participant":
        return f"participant {names.get(rest, rest)}"
    return {"answer": f"answer {rest}", "plan": f"plan action {rest}", "detail": f"detail {rest}"}.get(kind, d.key)


def _names(plan: MergePlan) -> dict[str, str]:
    names: dict[str, str] = {}
    for d in plan.differences:
        for side in (d.theirs, d.mine):
            if side is not None and side.kind == "participant":
                names[side.key.split(":", 1)[1]] = str(side.state.get("name", ""))
    return names


def _as_json(d: ItemDifference, resolution: str) -> dict[str, Any]:
    def side(v: ItemVersion | None) -> dict[str, Any] | None:
        return None if v is None else {"state": dict(v.state), "changed_at": v.changed_at, "changed_by": v.changed_by}

    return {
        "key": d.key,
        "kind": d.kind,
        "outcome": d.outcome,
        "resolution": resolution,
        "mine": side(d.mine),
        "theirs": side(d.theirs),
    }


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.storage.document import ReadinessDocument
    from desktop_app.storage.merging import compare_documents, merge_into
    from desktop_app.storage.workstation import remember_written

    file, other_path = Path(args.file), Path(args.other)
    if file.exists() and other_path.exists() and file.resolve() == other_path.resolve():
        raise InputError("FILE and OTHER are the same file; name the other copy to merge in")
    with (
        _open_other(other_path) as other,
        ReadinessDocument.open(file, readonly=args.dry_run) as doc,
    ):
        if doc.readonly and not args.dry_run:
            raise InputError(f"{file.name} cannot be changed: {doc.readonly_reason}")
        plan = compare_documents(doc, other)
        if plan.conflicts and args.prefer is None:
            _report(args, plan, None, changed=False)
            return EXIT_BAD_INPUT
        result = merge_into(doc, other, args.prefer, dry_run=args.dry_run)
        assessment_id = doc.assessment().id
    if result.changed:
        remember_written(file, assessment_id)
    _report(args, plan, args.prefer, changed=result.changed, copied=result.history_copied)
    return EXIT_OK


def _open_other(path: Path) -> ReadinessDocument:
    """OTHER, read-only: an encrypted copy takes ``READINESS_OTHER_PASSWORD`` when it is set, else the
    password every command takes (``READINESS_PASSWORD`` or the prompt). A wrong one stops the merge
    before anything is written."""
    from desktop_app.cli.passwords import OTHER_PASSWORD_ENV, PASSWORD_ENV
    from desktop_app.storage.document import ReadinessDocument
    from desktop_app.storage.errors import WrongPassword

    reason = "It is the copy being merged in."
    given = os.environ.get(OTHER_PASSWORD_ENV)
    try:
        return ReadinessDocument.open(path, readonly=True, reason=reason, password=given)
    except WrongPassword as exc:
        if given is None and PASSWORD_ENV in os.environ:
            raise WrongPassword(
                f"{exc} If the copy has a password of its own, give it in {OTHER_PASSWORD_ENV}."
            ) from None
        raise


def _resolution(d: ItemDifference, prefer: str | None) -> str:
    if d.outcome == CONFLICT:
        return prefer or "unresolved"
    return "theirs" if d.outcome == THEIRS else "mine"


def _report(args: argparse.Namespace, plan: MergePlan, prefer: str | None, changed: bool, copied: int = 0) -> None:
    file, other = Path(args.file).name, Path(args.other).name
    if args.json:
        json_out(
            {
                "file": str(args.file),
                "other": str(args.other),
                "dry_run": bool(args.dry_run),
                "prefer": prefer,
                "changed": changed,
                "conflicts": len(plan.conflicts),
                "taken": sum(1 for d in plan.differences if _resolution(d, prefer) == "theirs"),
                "history_entries_copied": copied,
                "differences": [_as_json(d, _resolution(d, prefer)) for d in plan.differences],
            }
        )
        return
    names = _names(plan)
    unresolved = plan.conflicts and prefer is None
    if unresolved:
        say(f"{len(plan.conflicts)} item(s) were changed in both {file} and {other}; nothing was merged.")
        say("Choose which copy wins with --prefer mine or --prefer theirs (or merge in the app, item by item):")
        for d in plan.conflicts:
            say(f"  {_label(d, names)}")
            say(f"      {file}: {describe(d.mine)}")
            say(f"      {other}: {describe(d.theirs)}")
        return
    if not plan.differences:
        say(f"{file} and {other} hold the same assessment; nothing to merge.")
        return
    for d in plan.differences:
        text = OUTCOME_TEXT[d.outcome].format(file=file, other=other)
        if d.outcome == CONFLICT:
            text += f": {'kept ' + file if prefer == 'mine' else 'took ' + other}"
        say(f"  {_label(d, names)}: {text}")
    verb = "would change" if args.dry_run else "changed"
    taken = sum(1 for d in plan.differences if _resolution(d, prefer) == "theirs")
    head = f"{file} {verb}: {taken} item(s) from {other}" if changed or args.dry_run else f"{file} unchanged"
    say(f"{head}; {len(plan.conflicts)} conflict(s); {copied} history entries copied.")


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser(
        "merge",
        help="merge another copy of the same assessment into FILE (conflicts need --prefer)",
        description="Take into FILE what was changed in OTHER (a copy of the same assessment filled elsewhere). "
        "An item changed in one copy only is taken from it; an item changed in both is a conflict: without "
        "--prefer the conflicts are listed, the exit code is 2 and nothing changes. Both versions stay in the "
        "history. An encrypted OTHER takes READINESS_OTHER_PASSWORD when its password differs from FILE's.",
    )
    s.add_argument("file", metavar="FILE")
    s.add_argument("other", metavar="OTHER")
    s.add_argument("--prefer", choices=("mine", "theirs"), help="which copy wins where both changed an item")
    s.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    s.add_argument("--json", action="store_true", help="the differences and outcomes as JSON")
    s.set_defaults(func=cmd_merge)
