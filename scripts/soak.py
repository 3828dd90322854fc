"""``make soak``: thousands of SIGKILL trials and hostile files; writes the counts to docs/reliability.md.

.venv/bin/python scripts/soak.py [--kills 1000] [--hostile 10000] [--seed N] [--no-write]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.assessment import Answer  # noqa: E402
from desktop_app.core.bank import load_bank  # noqa: E402
from desktop_app.storage.document import ReadinessDocument  # noqa: E402
from tests.robustness.soaklib import run_hostile_files, run_kill_trials  # noqa: E402

DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- soak:begin -->", "<!-- soak:end -->"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--hostile", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--no-write", action="store_true", help="print the counts, leave docs/reliability.md alone")
    args = parser.parse_args()
    bank = load_bank(ROOT / "tests" / "fixtures" / "mini-bank.yaml")
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        folder = Path(tmp)
        import os

        os.environ["READINESS_DATA_DIR"] = str(folder / "data")
        started = time.monotonic()
        kills = run_kill_trials(folder, bank, args.kills, args.seed)
        kill_seconds = time.monotonic() - started
        good = folder / "good.readiness"
        with ReadinessDocument.create(good, client="C", project="P", bank=bank) as doc:
            doc.import_all(
                [Answer("data.collection.main", "weak", note="n" * 5000), Answer("context.industry", "general")]
            )
        hostile_folder = folder / "hostile"
        hostile_folder.mkdir()
        started = time.monotonic()
        hostile = run_hostile_files(good, hostile_folder, args.hostile, args.seed)
        hostile_seconds = time.monotonic() - started
    lines = [
        f"Last run {date.today().isoformat()} (seed {args.seed}), on the development machine:",
        "",
        f"- **{sum(kills.values()):,} SIGKILL trials** while imports grow the file: {sum(kills.values()):,} "
        "opened read-only and for editing, passed the integrity check, held no half import and lost nothing "
        f"reported saved; "
        f"{kills['journal']:,} of them left a hot journal that the next open rolled back "
        f"({kill_seconds:.0f} s).",
        f"- **{sum(hostile.values()):,} hostile files** (bytes flipped, cut off, grown, header fields and pages "
        f"changed, schema objects added): {hostile['read']:,} read and scored, {hostile['refused']:,} refused "
        f"with a sentence, none raised anything else or took longer than the bound ({hostile_seconds:.0f} s).",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        doc_text = DOC.read_text(encoding="utf-8")
        doc_text = re.sub(f"{re.escape(BEGIN)}.*?{re.escape(END)}", f"{BEGIN}\n{text}\n{END}", doc_text, flags=re.S)
        DOC.write_text(doc_text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
