"""A folder of assessments: table, heat map, trend for one client, filters, unreadable files.

Loading runs in a worker thread (``QThread``) with a progress bar and Cancel; only small summary rows
cross back to the GUI thread. pandas loads when the first portfolio arrives, not at start-up.
"""

from __future__ import annotations

import logging
import math
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.portfolio import Portfolio, PortfolioRow, load_portfolio
from desktop_app.core.bank import CHALLENGE_IDS
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.charts.base import SERIES_COLOURS
from desktop_app.gui.charts.heatmap import HeatMapChart
from desktop_app.gui.charts.radar import SHORT_CHALLENGE_LABELS
from desktop_app.gui.charts.trend import TrendChart
from desktop_app.gui.deferred import DeferredRefresh
from desktop_app.gui.models.labels import decision_label, industry_label
from desktop_app.gui.models.portfolio_table import (
    COL_CLIENT,
    COL_PROJECT,
    FailuresModel,
    PortfolioTableModel,
)
from desktop_app.gui.models.row_table import ROLE_SORT
from desktop_app.gui.views.analysis_common import ChartBox
from desktop_app.gui.views.portfolio_search import NoteSearchPanel
from desktop_app.gui.views.reasons_label import ReasonsLabel
from desktop_app.gui.views.tables import read_only_table

log = logging.getLogger(__name__)

#: rows measured when the table fits its columns (Qt's resize-contents precision)
FIT_ROWS = 40
TREND_COLOURS = ("#444444", *SERIES_COLOURS, "#6d4c41")


class PortfolioLoader(QObject):
    """Runs ``load_portfolio`` in a worker thread; ``cancel()`` is safe from the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)  # Portfolio
    failed = Signal(str)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = load_portfolio(self.folder, progress=self.progress.emit, cancel=self._cancel.is_set)
            result.frame()  # pandas (0.3 s to import) and the table's DataFrame, off the GUI thread
        except OSError as exc:  # e.g. the folder vanished
            self.failed.emit(self.tr("Could not read the folder {folder}: {reason}.").format(
                folder=self.folder, reason=exc.strerror or exc))  # fmt: skip
            return
        except Exception:  # a bug: logged with its traceback, never a crash in the worker
            log.exception("Loading the portfolio %s failed", self.folder)
            self.failed.emit(
                self.tr(
                    "Could not read the folder {folder} because of an unexpected problem; "
                    "the details are in the log file."
                ).format(folder=self.folder)
            )
            return
        self.finished.emit(result)


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(ROLE_SORT), right.data(ROLE_SORT)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class PortfolioView(QWidget):
    #: a portfolio finished loading (also after Cancel, with what was read)
    loaded = Signal()
    #: open this file (absolute path) at this question: a reason of its decision was activated
    open_question_requested = Signal(str, str)
    #: open this file (absolute path): an unreadable one (an encrypted file: its password) was activated
    open_file_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portfolio: Portfolio | None = None
        self._frame: Any = None  # pandas DataFrame of all rows
        self._thread: QThread | None = None
        self._loader: PortfolioLoader | None = None
        self._selected_file: str | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reasons = ReasonsLabel(self)
        self.reasons.question_requested.connect(self._reason_activated)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_filters())
        layout.addWidget(self.summary)
        layout.addWidget(self._build_tabs(), 1)
        layout.addWidget(self.reasons)
        self._set_filters_enabled(False)
        # a window of its own: Esc and Ctrl+W close it, as they close a dialog
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close)
        app = QCoreApplication.instance()
        if app is not None:  # never leave a running worker behind when the application quits
            app.aboutToQuit.connect(self.shutdown)

    def _build_top(self) -> QHBoxLayout:
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.folder_label = QLabel(self.tr("No folder chosen."))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress.hide()
        self.cancel_button.hide()
        self.save_button = QPushButton(self.tr("Save summary as XLSX…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_summary)
        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt; font-weight:600;'>" + self.tr("Portfolio") + "</span>"))
        top.addWidget(self.choose_button)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        self.industry = QComboBox()
        self.industry.setAccessibleName(self.tr("Industry"))
        self.industry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.industry.setMinimumContentsLength(16)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = QDateEdit()
        self.to_check = QCheckBox(self.tr("to"))
        self.to_date = QDateEdit()
        for d in (self.from_date, self.to_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        for w in (self.from_check, self.to_check):
            w.toggled.connect(self.apply_filters)
        self.from_date.dateChanged.connect(self.apply_filters)
        self.to_date.dateChanged.connect(self.apply_filters)
        self.industry.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Industry")))
        filters.addWidget(self.industry)
        filters.addSpacing(12)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        return filters

    def _build_table(self) -> QTableView:
        self.model = PortfolioTableModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # fit the columns to the first rows, not to all of them (10,000 rows took seconds to measure)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        return self.table

    def _build_tabs(self) -> QTabWidget:
        self.heatmap = HeatMapChart(self)
        self.heatmap_tab = ChartBox(
            self.tr("Level by challenge and assessment"),
            self.heatmap,
            hint=self.tr(
                "Each cell has its level's colour, as in the table (the number is the risk); grey = not assessed. "
                "Scroll to see more rows."
            ),
        )
        self.trend_client = QComboBox()
        self.trend_client.setAccessibleName(self.tr("Client for the trend"))
        self.trend_client.currentIndexChanged.connect(self._trend_changed)
        self.trend = TrendChart(self)
        self.trend_note = QLabel()
        self.trend_tab = QWidget()
        tl = QVBoxLayout(self.trend_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Client")))
        row.addWidget(self.trend_client, 1)
        row.addWidget(self.trend_note, 2)
        tl.addLayout(row)
        tl.addWidget(ChartBox(self.tr("Risk over time"), self.trend), 1)
        # the trend (about 0.1 s to draw) is drawn when its tab is in sight, not on every load and filter
        self._trend_refresh = DeferredRefresh(self.trend_tab, self._draw_trend)
        self.failures_model = FailuresModel(self)
        self.failures = read_only_table(
            self.failures_model, self.tr("Unreadable files"), stretch=(1,), fit=(0,), wrap=True
        )
        self.failures.activated.connect(self._failure_activated)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_table(), self.tr("Assessments"))
        self.tabs.addTab(self.heatmap_tab, self.tr("Heat map"))
        self.tabs.addTab(self.trend_tab, self.tr("Trend"))
        self.tabs.addTab(self.failures, self.tr("Unreadable files"))
        self.search_panel = NoteSearchPanel(self)
        self.tabs.addTab(self.search_panel, self.tr("Search notes"))
        return self.tabs

    # -- loading ---------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of assessments"))
        if folder:
            self.load_folder(Path(folder))

    def load_folder(self, folder: Path, wait: bool = False) -> None:
        """Load ``folder`` in a worker thread (``wait=True`` blocks until done, for scripts)."""
        self.cancel()
        self._wait_for_thread()
        self.folder_label.setText(str(folder))
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.choose_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the assessments…"))
        thread = QThread(self)
        loader = PortfolioLoader(Path(folder))
        loader.moveToThread(thread)
        thread.started.connect(loader.run)
        loader.progress.connect(self._on_progress)
        loader.finished.connect(self._on_finished)
        loader.failed.connect(self._on_failed)
        loader.finished.connect(thread.quit)
        loader.failed.connect(thread.quit)
        # No deleteLater on the loader: Python owns it, and it is dropped only after its thread has
        # ended (_finish_loading). Deleting it there as well raced with that and crashed the worker thread.
        self._thread, self._loader = thread, loader
        thread.start()
        if wait:
            from PySide6.QtCore import QEventLoop

            while self._loader is loader and self._thread is thread and self.portfolio_loading:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    @property
    def portfolio_loading(self) -> bool:
        return self._loader is not None

    def cancel(self) -> None:
        if self._loader is not None:
            self._loader.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    def _wait_for_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def shutdown(self) -> None:
        """Cancel a load in progress and wait for the worker to stop."""
        self.cancel()
        self._wait_for_thread()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.sender() is not self._loader:
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_finished(self, portfolio: Portfolio) -> None:
        if self.sender() is not self._loader:
            return  # a load replaced by a newer one
        loader, self._loader = self._loader, None
        self._finish_loading()  # the thread ends before the last reference to its loader goes
        del loader
        # the table in this pass of the event loop, the heat map and the trend's clients in the next:
        # all in one pass held the loop for 111 ms at 200 files (issue 15)
        self.set_portfolio(portfolio, charts=False)
        QTimer.singleShot(0, self, self._charts_then_loaded)

    def _charts_then_loaded(self) -> None:
        frame = self.filtered_frame()
        if frame is not None:
            self._show_charts(frame)
        self.loaded.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.sender() is not self._loader:
            return
        loader, self._loader = self._loader, None
        self._finish_loading()  # the thread ends before the last reference to its loader goes
        del loader
        self.summary.setText(message)
        self.loaded.emit()

    def _finish_loading(self) -> None:
        # the worker has returned from run(); let its thread end before anyone can delete it
        self._wait_for_thread()
        self._thread = None
        self.progress.hide()
        self.cancel_button.hide()
        self.choose_button.setEnabled(True)

    def save_summary(self) -> None:
        """Write the whole portfolio (all rows and unreadable files) to a spreadsheet."""
        if self.portfolio is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save portfolio summary"), "portfolio-summary.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            self.portfolio.write_xlsx(Path(path))
        except (OSError, ReadinessError) as exc:
            QMessageBox.warning(
                self, self.tr("Could not save"), self.tr("The summary could not be saved: {reason}").format(reason=exc)
            )
            return
        self.summary.setText(self.tr("Saved the summary to {path}.").format(path=path))

    # -- showing ---------------------------------------------------------------------------
    def set_portfolio(self, portfolio: Portfolio, *, charts: bool = True) -> None:
        """Show ``portfolio``; ``charts=False`` leaves the heat map and the trend's clients to the caller."""
        self.portfolio = portfolio
        self.search_panel.set_folder(portfolio.folder)
        self._frame = portfolio.frame()
        self.failures_model.set_rows(portfolio.failures)
        self.failures.resizeRowsToContents()
        self.tabs.setTabText(3, self.tr("Unreadable files ({count})").format(count=len(portfolio.failures)))
        self.industry.blockSignals(True)
        self.industry.clear()
        self.industry.addItem(self.tr("All industries"), "")
        for ind in sorted({r.industry for r in portfolio.rows}):
            self.industry.addItem(industry_label(ind), ind)
        self.industry.blockSignals(False)
        dates = self._frame["date"].dropna()
        if len(dates):
            for edit, value in ((self.from_date, dates.min()), (self.to_date, dates.max())):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.summary.setText(self._summary_text(portfolio))
        self._set_filters_enabled(True)
        self.save_button.setEnabled(True)
        frame = self.filtered_frame()
        self._show_table(frame)
        if charts:
            self._show_charts(frame)

    def _summary_text(self, portfolio: Portfolio) -> str:
        parts = [self.tr("%n assessment(s)", "", len(portfolio.rows))]
        if portfolio.failures:
            parts.append(self.tr("%n file(s) could not be read (see “Unreadable files”)", "", len(portfolio.failures)))
        text = self.tr("; ").join(parts) + self.tr(".")
        if portfolio.cancelled:
            done = len(portfolio.rows) + len(portfolio.failures)
            text += " " + self.tr("Loading was cancelled after {done} of {total} files.").format(
                done=done, total=portfolio.total_files
            )
        return text

    def _set_filters_enabled(self, enabled: bool) -> None:
        for w in (self.industry, self.from_check, self.to_check, self.trend_client):
            w.setEnabled(enabled)

    def filtered_frame(self) -> Any:
        from desktop_app.analysis.portfolio import filter_frame

        if self._frame is None:
            return None
        return filter_frame(
            self._frame,
            industry=self.industry.currentData() or None,
            date_from=self.from_date.date().toString("yyyy-MM-dd") if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toString("yyyy-MM-dd") if self.to_check.isChecked() else None,
        )

    def apply_filters(self) -> None:
        frame = self.filtered_frame()
        if frame is None or self.portfolio is None:
            return
        self._show_table(frame)
        self._show_charts(frame)

    def _show_table(self, frame: Any) -> None:
        """The table and its count for the rows of ``frame`` (filtered)."""
        if self.portfolio is None:
            return
        keep = set(frame["file"])
        rows: list[PortfolioRow] = [r for r in self.portfolio.rows if r.file in keep]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col, width in ((COL_CLIENT, 220), (COL_PROJECT, 260)):
            if self.table.columnWidth(col) > width:
                self.table.setColumnWidth(col, width)
        self.count_label.setText(
            self.tr("showing {shown} of {total}").format(shown=len(rows), total=len(self.portfolio.rows))
        )

    def _show_charts(self, frame: Any) -> None:
        """The heat map and the trend's list of clients for the rows of ``frame`` (filtered)."""
        from desktop_app.analysis.portfolio import heatmap_frame

        heat = heatmap_frame(frame, no_date=self.tr("no date"))
        levels = frame[[f"level_{c}" for c in CHALLENGE_IDS]].to_numpy().tolist()
        self.heatmap.set_data(
            heat.to_numpy(), list(heat.index), [SHORT_CHALLENGE_LABELS[c] for c in heat.columns], levels=levels
        )
        current = self.trend_client.currentText()
        clients = sorted(set(frame["client"]))
        self.trend_client.blockSignals(True)
        self.trend_client.clear()
        self.trend_client.addItems(clients)
        if current in clients:
            self.trend_client.setCurrentText(current)
        else:
            # the client with the most assessments makes the most useful first trend
            counts = frame["client"].value_counts()
            if len(counts):
                self.trend_client.setCurrentText(str(counts.index[0]))
        self.trend_client.blockSignals(False)
        self._trend_changed()

    def _trend_changed(self) -> None:
        self._trend_refresh.changed()

    def _draw_trend(self) -> None:
        from desktop_app.analysis.portfolio import trend_frame

        frame = self.filtered_frame()
        client = self.trend_client.currentText()
        if frame is None or not client:
            self.trend.set_data([], [])
            self.trend_note.setText("")
            return
        trend = trend_frame(frame, client)
        dates = [date(d.year, d.month, d.day) for d in trend["date"]]
        overall_colour = self.trend.text_colour().name()  # readable on a light or a dark palette
        series = [(self.tr("Overall"), _values(trend["overall_risk"]), overall_colour)]
        for i, c in enumerate(CHALLENGE_IDS):
            series.append((SHORT_CHALLENGE_LABELS[c], _values(trend[f"risk_{c}"]), TREND_COLOURS[1 + i]))
        self.trend.set_data(dates, series)
        n = len(trend)
        self.trend_note.setText(
            self.tr("%n dated assessment(s); a trend needs at least two.", "", n)
            if n < 2
            else self.tr("%n dated assessment(s).", "", n)
        )

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the selected assessment's reasons, each a link to its question in that file."""
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        if not 0 <= row < self.model.rowCount():
            self._selected_file = None
            self.reasons.set_reasons([])
            self.reasons.hide()
            return
        r = self.model.row(row)
        self._selected_file = r.file
        self.reasons.set_reasons(
            r.reasons,
            self.tr("Why “{decision}” for {label}:").format(
                decision=decision_label(r.decision), label=r.label_with(self.tr("no date"))
            ),
        )
        self.reasons.show()

    def _reason_activated(self, question_id: str) -> None:
        if self.portfolio is not None and self._selected_file is not None:
            self.open_question_requested.emit(str(self.portfolio.folder / self._selected_file), question_id)

    def _failure_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click on an unreadable file opens it in the window (which asks the password
        of an encrypted one, or says why it cannot be opened)."""
        if self.portfolio is not None and 0 <= index.row() < self.failures_model.rowCount():
            self.open_file_requested.emit(str(self.portfolio.folder / self.failures_model.row(index.row()).file))

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        if self.portfolio is not None and 0 <= row < self.model.rowCount():
            self.trend_client.setCurrentText(self.model.row(row).client)
            self.tabs.setCurrentWidget(self.trend_tab)


def _values(series: Any) -> list[float | None]:
    return [None if math.isnan(v) else float(v) for v in series]
