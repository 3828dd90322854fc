"""The timebox in the facilitator's status bar: time spent on the challenge shown against its
minutes and its progress, green, amber when the room runs behind, red when over time; pausable.

The clock counts in memory and writes the time spent into the document (the agenda's ``elapsed``)
when it is paused, when the challenge changes, every few minutes and when the document closes, so
the status bar's "saved" never waits on the clock and the undo stack holds no clock ticks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop_app.core.timebox import Agenda, TimeboxStatus, clock, status
from desktop_app.gui.charts.base import LEVEL_COLOURS
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.repaint import set_progress, set_style_sheet
from desktop_app.gui.theme import text_on

TICK_MS = 1000
#: the time spent is written at least this often while the clock runs (seconds)
FLUSH_EVERY = 300
#: the bar's colour per state: the level scale's ends and its amber
STATE_COLOURS = {
    "on_time": LEVEL_COLOURS["low"],
    "behind": LEVEL_COLOURS["high"],
    "over": LEVEL_COLOURS["critical"],
    "unplanned": "#8a8a8a",
}


class TimeboxBar(QWidget):
    """Follows the challenge of the question shown (:meth:`follow`); Start/Pause runs the clock."""

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Timebox"))
        #: seconds since an arbitrary start (tests replace it)
        self.now: Callable[[], float] = time.monotonic
        self.challenge: str | None = None
        self.running = False
        self._elapsed: dict[str, float] = {}
        self._mark = 0.0
        self._unflushed = 0.0
        #: "on_time", "behind", "over" or "unplanned": what the bar's colour says
        self.state_name = "unplanned"
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(6)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Time spent on this challenge"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(90, 12)
        self.bar.setAccessibleName(self.tr("Share of the planned time spent"))
        self.pause_button = QToolButton()
        self.pause_button.setAutoRaise(True)
        self.pause_button.clicked.connect(self.toggle)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.pause_button)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        state.document_replaced.connect(self._document_replaced)
        state.closing.connect(self._closing)
        state.changed.connect(self.refresh)
        self._document_replaced()

    # -- the clock ------------------------------------------------------------------------
    def _document_replaced(self) -> None:
        self.running = False
        self._timer.stop()
        a = self.state.assessment
        self._elapsed = {k: float(v) for k, v in (a.agenda.elapsed.items() if a is not None else ())}
        self._unflushed = 0.0
        self.refresh()

    def _closing(self) -> None:
        self.tick()
        if self._unflushed:
            self.flush()

    def follow(self, challenge: str | None) -> None:
        """The question shown belongs to ``challenge`` (None: a context question, not timed)."""
        if challenge == self.challenge:
            return
        self.tick()
        if self._unflushed:
            self.flush()
        self.challenge = challenge
        self.refresh()

    def start(self) -> None:
        if not self.state.is_open:
            return
        self.running = True
        self._mark = self.now()
        self._timer.start()
        self.refresh()

    def pause(self) -> None:
        self.tick()
        self.running = False
        self._timer.stop()
        self.flush()
        self.refresh()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def tick(self) -> None:
        """Add the time since the last tick to the challenge shown (nothing while paused)."""
        if not self.running:
            return
        now = self.now()
        delta = max(0.0, now - self._mark)
        self._mark = now
        if self.challenge is not None:
            self._elapsed[self.challenge] = self._elapsed.get(self.challenge, 0.0) + delta
            self._unflushed += delta
        if self._unflushed >= FLUSH_EVERY:
            self.flush()
        self.refresh()

    def spent(self, challenge: str) -> int:
        return int(self._elapsed.get(challenge, 0.0))

    def agenda(self) -> Agenda:
        """The document's agenda with the time spent as this clock counts it."""
        a = self.state.assessment
        agenda = a.agenda if a is not None else Agenda()
        for challenge in self._elapsed:
            agenda = agenda.with_elapsed(challenge, self.spent(challenge))
        return agenda

    def flush(self) -> bool:
        """Write the time spent into the document (not an undo step); False when not written."""
        if not self.state.is_open or self.state.readonly:
            return False
        a = self.state.assessment
        agenda = self.agenda()
        self._unflushed = 0.0
        if a is not None and agenda == a.agenda:
            return True
        return self.state.record_agenda(agenda.to_json())

    # -- showing ----------------------------------------------------------------------------
    def current(self) -> TimeboxStatus | None:
        """Where the challenge shown stands, or None (no document, a context question)."""
        a, profile = self.state.assessment, self.state.profile
        if a is None or profile is None or self.challenge is None:
            return None
        challenge = next((c for c in profile.challenges if c.id == self.challenge), None)
        answered, total = (challenge.answered, challenge.total) if challenge is not None else (0, 0)
        return status(
            self.challenge, self.spent(self.challenge), a.agenda.planned_seconds(self.challenge), answered, total
        )

    def refresh(self) -> None:
        self.setVisible(self.state.is_open)
        self.pause_button.setText(self.tr("⏸ Pause") if self.running else self.tr("▶ Start"))
        self.pause_button.setToolTip(self.tr("Pause or start the workshop clock (Ctrl+Shift+T)"))
        self.pause_button.setAccessibleName(
            self.tr("Pause the workshop clock") if self.running else self.tr("Start the workshop clock")
        )
        st = self.current()
        if st is None:
            self.label.setText(self.tr("Clock: context questions are not timed") if self.state.is_open else "")
            self._paint("unplanned", 0.0)
            return
        title = self._title(st.challenge)
        progress = self.tr("{done}/{total} answered").format(done=st.answered, total=st.total)
        if st.state == "unplanned":
            text = self.tr("{title}: {spent} · no time planned · {progress}").format(
                title=title, spent=clock(st.spent), progress=progress
            )
        else:
            text = self.tr("{title}: {spent} of {planned} · {progress}").format(
                title=title, spent=clock(st.spent), planned=clock(st.planned), progress=progress
            )
        if not self.running:
            text += self.tr(" · paused")
        self.label.setText(text)
        self.label.setToolTip(self._state_text(st))
        self._paint(st.state, min(1.0, st.time_share))

    def _title(self, challenge: str) -> str:
        bank = self.state.bank
        ids = {c.id: c.title for c in bank.challenges} if bank is not None else {}
        return ids.get(challenge, challenge)

    def _state_text(self, st: TimeboxStatus) -> str:
        return {
            "on_time": self.tr("On time"),
            "behind": self.tr("Running behind: more time spent than questions answered"),
            "over": self.tr("Over the time planned"),
            "unplanned": self.tr("No time planned for this challenge (Workshop > Agenda)"),
        }[st.state]

    def _paint(self, state: str, share: float) -> None:
        self.state_name = state
        colour = STATE_COLOURS[state]
        set_progress(self.bar, int(share * 1000))  # perf (issue 15): no synchronous repaint, no re-polish
        set_style_sheet(
            self.bar,
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; }}",
        )
        set_style_sheet(
            self.label,
            f"padding: 1px 6px; border-radius: 3px; background: {colour}; color: {text_on(colour)};"
            if state in ("behind", "over")
            else "",
        )
