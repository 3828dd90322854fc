"""A portfolio: every ``.readiness`` file in a folder, summarised one row per assessment.

Loading goes through the portfolio index (``analysis.index``): the first time a folder is read, its
files are summarised in a process pool over every core; after that only files that changed are read
again, and an unchanged folder reopens from the index. Only small summary rows are kept, so memory
stays bounded. A file that cannot be read becomes a :class:`Failure` with the plain reason and never
stops the rest; a file that vanished since the last load is listed in ``dropped``.
pandas is imported only by the DataFrame accessors the GUI uses (heat map, trend, filters).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.analysis.reasons import DecisionReason, decision_reasons
from desktop_app.core.bank import CHALLENGE_IDS, CHALLENGES
from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS, score

if TYPE_CHECKING:
    import pandas as pd

    from desktop_app.core.assessment import Assessment
    from desktop_app.core.bank import QuestionBank

SUFFIX = ".readiness"
CHALLENGE_TITLES = {cid: title for cid, title, _subs in CHALLENGES}


@dataclass(frozen=True)
class PortfolioRow:
    file: str  # path relative to the portfolio folder
    client: str
    project: str
    workshop_date: str
    industry: str
    decision: str
    overall_risk: float | None
    overall_level: str | None
    completion: float  # percent of questions answered
    levels: dict[str, str | None]  # challenge id -> level (None: not assessed)
    risks: dict[str, float | None]  # challenge id -> risk 0-100
    bank: str = ""
    #: why the decision is what it is, most decisive first (codes; the GUI renders and links them).
    #: Rows read from the index decode them when read (``analysis.index.EncodedReasons``).
    reasons: Sequence[DecisionReason] = ()

    @property
    def label(self) -> str:
        """The assessment's name, "client / project (date)"; in English where there is no date (for the
        CLI and the exports)."""
        return self.label_with("no date")

    def label_with(self, no_date: str) -> str:
        """The assessment's name, saying ``no date`` (the GUI's words for it) where there is no date."""
        return assessment_label(self.client, self.project, self.workshop_date, no_date)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "client": self.client,
            "project": self.project,
            "workshop_date": self.workshop_date,
            "industry": self.industry,
            "decision": self.decision,
            "overall_risk": self.overall_risk,
            "overall_level": self.overall_level,
            "completion": self.completion,
            "levels": dict(self.levels),
            "risks": dict(self.risks),
            "bank": self.bank,
            "reasons": [r.to_dict() for r in self.reasons],
        }


def assessment_label(client: str, project: str, workshop_date: str, no_date: str = "no date") -> str:
    """How an assessment is named in lists and charts: "client / project (date or ``no date``)"."""
    return f"{client} / {project} ({workshop_date or no_date})"


@dataclass(frozen=True)
class Failure:
    file: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "reason": self.reason}


@dataclass
class Portfolio:
    folder: Path
    rows: list[PortfolioRow] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    cancelled: bool = False
    total_files: int = 0
    #: files the index knew that are gone from the folder now, with the reason they dropped out
    dropped: list[Failure] = field(default_factory=list)
    #: how many files were read this time (the others came unchanged from the index)
    files_read: int = 0
    #: the DataFrame of ``rows``, made once (the GUI makes it in the loader's thread)
    _frame: Any = field(default=None, repr=False, compare=False)

    # -- plain output ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "files": self.total_files,
            "assessments": len(self.rows),
            "unreadable": len(self.failures),
            "cancelled": self.cancelled,
            "rows": [r.to_dict() for r in self.rows],
            "failures": [f.to_dict() for f in self.failures],
            "dropped": [f.to_dict() for f in self.dropped],
        }

    def to_text(self) -> str:
        lines = [f"{self.folder}: {len(self.rows)} assessments, {len(self.failures)} unreadable"]
        if self.cancelled:
            lines.append(f"(cancelled after {len(self.rows) + len(self.failures)} of {self.total_files} files)")
        if self.rows:
            short = {"data": "Data", "compute": "Comp", "interpretability": "Intp", "ethics_legal": "Ethc",
                     "integration": "Intg", "security_privacy": "Secu"}  # fmt: skip
            head = f"{'Client':<20} {'Project':<22} {'Date':<10} {'Industry':<18} {'Decision':<21} {'Risk':>5}"
            lines.append("")
            lines.append(head + " " + " ".join(f"{short[c]:<4}" for c in CHALLENGE_IDS))
            for r in self.rows:
                levels = " ".join(f"{(r.levels.get(c) or '-')[:4]:<4}" for c in CHALLENGE_IDS)
                risk = "-" if r.overall_risk is None else f"{r.overall_risk:.1f}"
                lines.append(
                    f"{r.client[:20]:<20} {r.project[:22]:<22} {r.workshop_date[:10]:<10} {r.industry[:18]:<18} "
                    f"{DECISION_LABELS.get(r.decision, r.decision)[:21]:<21} {risk:>5} {levels}"
                )
        if self.failures:
            lines.append("")
            lines.append("Unreadable files:")
            lines.extend(f"  {f.file}: {f.reason}" for f in self.failures)
        return "\n".join(lines)

    def table_rows(self) -> list[list[Any]]:
        """Rows for the summary sheet and the GUI table, in :data:`SUMMARY_COLUMNS` order."""
        out = []
        for r in self.rows:
            out.append(
                [
                    r.file,
                    r.client,
                    r.project,
                    r.workshop_date,
                    r.industry,
                    DECISION_LABELS.get(r.decision, r.decision),
                    r.overall_risk,
                    r.completion,
                    *[LEVEL_LABELS.get(r.levels.get(c) or "", "Not assessed") for c in CHALLENGE_IDS],
                    *[r.risks.get(c) for c in CHALLENGE_IDS],
                ]
            )
        return out

    def write_xlsx(self, path: str | Path) -> Path:
        """Sheets Assessments (one row per file) and Unreadable (file, reason), written atomically."""
        from desktop_app.analysis.spreadsheet import write_workbook

        return write_workbook(
            path,
            [
                ("Assessments", SUMMARY_COLUMNS, self.table_rows()),
                ("Unreadable", ("file", "reason"), [[f.file, f.reason] for f in self.failures]),
            ],
        )

    # -- pandas views for the GUI ----------------------------------------------------------
    def frame(self) -> pd.DataFrame:
        """One row per assessment (see :func:`portfolio_frame`); made on the first call, then kept."""
        if self._frame is None or len(self._frame) != len(self.rows):
            self._frame = portfolio_frame(self.rows)
        return self._frame


SUMMARY_COLUMNS = (
    "file",
    "client",
    "project",
    "workshop_date",
    "industry",
    "decision",
    "overall_risk",
    "completion",
    *[f"level_{c}" for c in CHALLENGE_IDS],
    *[f"risk_{c}" for c in CHALLENGE_IDS],
)


# --------------------------------------------------------------------------------------------
# Loading


def find_files(folder: Path) -> Iterator[Path]:
    """``*.readiness`` files under ``folder`` (subfolders too), skipping hidden files and folders
    (temporary files and locks start with a dot), in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIX) and not name.startswith("."):
                yield Path(root) / name


def summarise_file(path: Path, folder: Path) -> PortfolioRow:
    """Open one file read-only, score it and keep only the summary (raises ``DocumentError``)."""
    from desktop_app.storage.document import ReadinessDocument

    # an encrypted file is skipped ("encrypted: password needed"), never asked for a password
    with ReadinessDocument.open(path, readonly=True, ask_password=False) as doc:
        bank = doc.bank
        assessment = doc.assessment()
    return summarise_document(path.relative_to(folder).as_posix(), bank, assessment)


def summarise_document(rel: str, bank: QuestionBank, assessment: Assessment) -> PortfolioRow:
    """The summary row of one assessment (``rel``: its path relative to the portfolio folder)."""
    profile = score(bank, assessment)
    return PortfolioRow(
        file=rel,
        client=assessment.client,
        project=assessment.project,
        workshop_date=assessment.workshop_date,
        industry=assessment.industry,
        decision=profile.overall.decision,
        overall_risk=None if profile.overall.risk is None else round(profile.overall.risk, 1),
        overall_level=profile.overall.level,
        completion=round(profile.completion.percent, 1),
        levels={c.id: c.level for c in profile.challenges},
        risks={c.id: (None if c.risk is None else round(c.risk, 1)) for c in profile.challenges},
        bank=f"{bank.id} {bank.version}",
        reasons=decision_reasons(profile, bank, assessment),
    )


def load_portfolio(
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    index_path: Path | None = None,
    workers: int | None = None,
) -> Portfolio:
    """Summarise every ``.readiness`` file under ``folder``, through its index.

    ``progress(done, total)`` is called as files are read; when ``cancel()`` returns true, loading
    stops and the portfolio holds what was read so far (``cancelled`` is set). ``index_path`` (default:
    the user's cache) is where the index lives; ``workers`` the size of the process pool (default:
    one per core).
    """
    from desktop_app.analysis.index import open_index

    folder = Path(folder)
    files = list(find_files(folder))
    result = Portfolio(folder=folder, total_files=len(files))
    with open_index(folder, index_path) as index:
        report = index.refresh(files, progress=progress, cancel=cancel, workers=workers)
        rows = index.rows()
        unreadable = index.unreadable()
    for path in files:
        rel = path.relative_to(folder).as_posix()
        if rel in rows:
            result.rows.append(rows[rel])
        elif rel in unreadable:
            result.failures.append(Failure(rel, unreadable[rel]))
    result.cancelled = report.cancelled
    result.files_read = report.read
    result.dropped = [Failure(rel, reason) for rel, reason in report.dropped or ()]
    return result


# --------------------------------------------------------------------------------------------
# DataFrame accessors (pandas loads here, never at start-up)


def portfolio_frame(rows: list[PortfolioRow]) -> pd.DataFrame:
    """One row per assessment: details, ``date`` (datetime, NaT if missing), ``risk_<challenge>`` and
    ``level_<challenge>`` columns."""
    import pandas as pd

    records = []
    for r in rows:
        rec: dict[str, Any] = {
            "file": r.file,
            "client": r.client,
            "project": r.project,
            "workshop_date": r.workshop_date,
            "industry": r.industry,
            "decision": r.decision,
            "overall_risk": r.overall_risk,
            "overall_level": r.overall_level,
            "completion": r.completion,
            "label": r.label,
        }
        for c in CHALLENGE_IDS:
            rec[f"risk_{c}"] = r.risks.get(c)
            rec[f"level_{c}"] = r.levels.get(c)
        records.append(rec)
    columns = [
        "file", "client", "project", "workshop_date", "industry", "decision", "overall_risk", "overall_level",
        "completion", "label", *[f"risk_{c}" for c in CHALLENGE_IDS], *[f"level_{c}" for c in CHALLENGE_IDS],
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["date"] = pd.to_datetime(frame["workshop_date"], errors="coerce", format="%Y-%m-%d")
    for c in ["overall_risk", *[f"risk_{c}" for c in CHALLENGE_IDS]]:
        frame[c] = pd.to_numeric(frame[c], errors="coerce").astype("float64")
    return frame


def filter_frame(
    frame: pd.DataFrame,
    industry: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> pd.DataFrame:
    """Rows of one industry (None or "" = all) with a workshop date in [date_from, date_to] (ISO dates,
    either may be None). With a date bound set, rows without a date are left out."""
    import pandas as pd

    mask = pd.Series(True, index=frame.index)
    if industry:
        mask &= frame["industry"] == industry
    if date_from:
        mask &= frame["date"] >= pd.Timestamp(date_from)
    if date_to:
        mask &= frame["date"] <= pd.Timestamp(date_to)
    return frame[mask]


def heatmap_frame(frame: pd.DataFrame, no_date: str = "no date") -> pd.DataFrame:
    """Challenges x assessments: index = assessment label (``no date`` said where there is none: the
    GUI passes its own words), columns = challenge ids, values = risk (NaN = not assessed), in the
    frame's order."""
    out = frame[[f"risk_{c}" for c in CHALLENGE_IDS]].copy()
    out.columns = list(CHALLENGE_IDS)
    out.index = [
        assessment_label(str(c), str(p), d if isinstance(d, str) else "", no_date)
        for c, p, d in zip(frame["client"], frame["project"], frame["workshop_date"], strict=True)
    ]
    return out


def trend_frame(frame: pd.DataFrame, client: str) -> pd.DataFrame:
    """One client's assessments over time (dated ones only), oldest first: ``date``, ``project``,
    ``overall_risk`` and ``risk_<challenge>``."""
    rows = frame[(frame["client"] == client) & frame["date"].notna()]
    cols = ["date", "project", "file", "overall_risk", *[f"risk_{c}" for c in CHALLENGE_IDS]]
    return rows.sort_values(["date", "file"])[cols].reset_index(drop=True)


def weakest_challenges(frame: pd.DataFrame) -> pd.Series:
    """Mean risk per challenge across the frame, highest (weakest) first."""
    means = frame[[f"risk_{c}" for c in CHALLENGE_IDS]].mean()
    means.index = list(CHALLENGE_IDS)
    return means.sort_values(ascending=False)
