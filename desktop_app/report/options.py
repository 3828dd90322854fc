"""What the caller may set about a report besides its content: paper, password, firm, dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PAPERS = ("a4", "letter")

DEFAULT_DISCLAIMER = (
    "This plan records the answers given in the workshop and what follows from them under the method in "
    "the appendix. It is not legal advice and does not certify compliance with any law or standard. "
    "Scores rest on the answers as given; where an answer was not known, the score assumes a middle answer "
    "and the truth may be better or worse. Review the plan when the follow-up items are answered."
)


@dataclass(frozen=True)
class ReportOptions:
    """Options of one report; every field has a sensible default.

    ``generated`` fixes the date printed and stored in the PDF (None: now), which with
    ``document_id`` makes two builds byte for byte the same (reproducible sample, tests).
    """

    paper: str = "a4"
    password: str | None = None
    firm_name: str = ""
    logo: Path | None = None
    disclaimer: str = DEFAULT_DISCLAIMER
    version: str = "1.0"
    prepared_by: str = ""  # "" = the facilitator
    generated: datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.paper, str) or self.paper.lower() not in PAPERS:
            raise ValueError(f"paper must be 'a4' or 'letter', not {self.paper!r}")
