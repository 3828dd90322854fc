"""The start screen: New assessment, Open, Open recent (client, project, date, decision), Open sample."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.gui.models.recent_files import (
    COL_CLIENT,
    COL_DATE,
    COL_DECISION,
    COL_FILE,
    COL_PROJECT,
    ROLE_PATH,
    RecentFilesModel,
)
from desktop_app.gui.settings import RecentFile
from desktop_app.gui.theme import scaled_font
from desktop_app.gui.views.tables import read_only_table

#: the bundled samples: (resource file, title, description)
#: (title and description are marked for the catalogue; show them through sample_texts())
SAMPLES: tuple[tuple[str, str, str], ...] = (
    (
        "healthcare-synthetic-imaging.json",
        str(QT_TRANSLATE_NOOP("StartView", "Healthcare: synthetic medical images")),
        str(QT_TRANSLATE_NOOP("StartView", "A hospital generating synthetic scans from anonymised images")),
    ),
    (
        "financial-fraud-detection.json",
        str(QT_TRANSLATE_NOOP("StartView", "Financial services: fraud detection")),
        str(QT_TRANSLATE_NOOP("StartView", "A bank's fraud detection that must be interpretable and auditable")),
    ),
    (
        "insurance-claims-triage.json",
        str(QT_TRANSLATE_NOOP("StartView", "Insurance: claims triage")),
        str(QT_TRANSLATE_NOOP("StartView", "An insurer's assistant that sorts home and car claims for its handlers")),
    ),
)

#: the keys a facilitator needs in the room, as Help > Keyboard shortcuts lists them (keys, what they do)
ROOM_KEYS: tuple[tuple[str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("MainWindow", "1 … 9")), str(QT_TRANSLATE_NOOP("StartView", "answer"))),
    (str(QT_TRANSLATE_NOOP("MainWindow", "P or Ctrl+Shift+P")), str(QT_TRANSLATE_NOOP("StartView", "park a question"))),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+A")), str(QT_TRANSLATE_NOOP("StartView", "audience screen"))),
    (str(QT_TRANSLATE_NOOP("MainWindow", "F5 … F8")), str(QT_TRANSLATE_NOOP("StartView", "what the audience sees"))),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+H")), str(QT_TRANSLATE_NOOP("StartView", "hide the score"))),
    (str(QT_TRANSLATE_NOOP("MainWindow", "F11")), str(QT_TRANSLATE_NOOP("StartView", "presentation mode"))),
)

#: the recent assessments' table grows with its rows up to this many, then scrolls
MAX_RECENT_ROWS = 8


def sample_texts(label: str, description: str) -> tuple[str, str]:
    """A sample's title and description in the user's language."""
    return QCoreApplication.translate("StartView", label), QCoreApplication.translate("StartView", description)


class CardButton(QPushButton):
    """A big button: its title in bold over a line or two of detail (a plain button has one style of text)."""

    PADDING = (16, 10)

    def __init__(self, title: str, detail: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(detail)
        self.setToolTip(detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(self.PADDING[0], self.PADDING[1], self.PADDING[0], self.PADDING[1])
        lay.setSpacing(2)
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.detail = QLabel(detail)
        self.detail.setFont(scaled_font(self.font(), 0.95, bold=False))
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lay.addStretch(1)  # a one-line detail sits in the middle of the card, not at its top
        for label in (self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(label)
        lay.addStretch(1)
        self.setMinimumHeight(self.sizeHint().height())  # the inner layout alone would allow less

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "detail"):
            self.setMinimumHeight(self.sizeHint().height())  # zoomed

    def sizeHint(self) -> QSize:
        """Room for the title and two lines of detail, whatever the width the row gives the card."""
        title = self.title.fontMetrics().height()
        detail = self.detail.fontMetrics().lineSpacing() * 2
        height = title + detail + 2 + 2 * self.PADDING[1] + 6
        width = max(self.title.sizeHint().width(), 200) + 2 * self.PADDING[0]
        return QSize(width, max(height, 64))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())


class StartView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_recent_requested = Signal(str)
    sample_requested = Signal(str)
    shortcuts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Start"))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 8)
        outer.addStretch(1)
        column.addSpacing(24)
        title = QLabel(APP_NAME)
        title.setFont(scaled_font(self.font(), 2.2, bold=True))
        column.addWidget(title)
        self.subtitle = QLabel(
            self.tr("Decide whether, and how, an organisation can deploy generative AI responsibly.")
        )
        self.subtitle.setFont(scaled_font(self.font(), 1.15))
        self.subtitle.setWordWrap(True)
        column.addWidget(self.subtitle)
        column.addSpacing(8)

        actions = QGridLayout()
        actions.setHorizontalSpacing(12)
        self.new_button = self._big_button(
            self.tr("New assessment…"), self.tr("Ctrl+N  ·  client, project, participants and context")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = self._big_button(self.tr("Open…"), self.tr("Ctrl+O  ·  a .readiness file"))
        self.open_button.clicked.connect(self.open_requested)
        actions.addWidget(self.new_button, 0, 0)
        actions.addWidget(self.open_button, 0, 1)
        column.addLayout(actions)

        column.addSpacing(6)
        self.recent_title = QLabel(self.tr("Recent assessments"))
        self.recent_title.setFont(scaled_font(self.font(), 1.2, bold=True))
        column.addWidget(self.recent_title)
        self.recent_model = RecentFilesModel(self)
        self.recent = read_only_table(
            self.recent_model,
            self.tr("Recent assessments"),
            stretch=(COL_CLIENT, COL_PROJECT),
            fit=(COL_DATE, COL_DECISION, COL_FILE),
        )
        self.recent.setShowGrid(False)
        self.recent.setAlternatingRowColors(True)
        self.recent.activated.connect(self._recent_activated)
        self.recent.doubleClicked.connect(self._recent_activated)
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent.setVisible(False)
        column.addWidget(self.recent, 10)  # grows to its rows (set_recent caps it), then the rest is blank below
        self.no_recent = QLabel(self.tr("No recent assessments yet. Start a new one or open a sample."))
        self.no_recent.setEnabled(False)
        column.addWidget(self.no_recent)

        self._build_samples(column)
        self._build_room_keys(column)
        column.addStretch(1)  # everything stays together at the top, whatever is shown

    def _build_samples(self, column: QVBoxLayout) -> None:
        """One button for each bundled sample."""
        column.addSpacing(6)
        self.samples_title = QLabel(self.tr("Samples to explore or to demonstrate"))
        self.samples_title.setFont(scaled_font(self.font(), 1.2, bold=True))
        column.addWidget(self.samples_title)
        samples = QHBoxLayout()
        samples.setSpacing(12)
        self.sample_buttons: dict[str, CardButton] = {}
        for name, raw_label, raw_description in SAMPLES:
            label, description = sample_texts(raw_label, raw_description)
            b = self._big_button(label, description, self.tr("Open sample: {label}").format(label=label))
            b.clicked.connect(self._opener(name))
            self.sample_buttons[name] = b
            samples.addWidget(b)
        column.addLayout(samples)

    def _build_room_keys(self, column: QVBoxLayout) -> None:
        """One line of the keys a facilitator needs in the room, and the full list one click away."""
        column.addSpacing(6)
        row = QHBoxLayout()
        keys = " · ".join(
            f"<b>{escape(QCoreApplication.translate('MainWindow', k))}</b> {escape(self.tr(what))}"
            for k, what in ROOM_KEYS
        )
        heading = escape(self.tr("In the workshop:"))
        self.room_keys = QLabel(f"{heading} {keys}")
        self.room_keys.setTextFormat(Qt.TextFormat.RichText)
        self.room_keys.setWordWrap(True)
        self.room_keys.setAccessibleName(self.tr("Keys for the workshop"))
        row.addWidget(self.room_keys, 1)
        self.shortcuts_button = QPushButton(self.tr("All keyboard shortcuts (F1)"))
        self.shortcuts_button.setAccessibleName(self.tr("All keyboard shortcuts"))
        self.shortcuts_button.clicked.connect(self.shortcuts_requested)
        row.addWidget(self.shortcuts_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)

    def _opener(self, name: str) -> Callable[[], None]:
        def open_sample() -> None:  # clicked(bool): a plain function of no argument drops "checked"
            self.sample_requested.emit(name)

        return open_sample

    def _big_button(self, title: str, detail: str, accessible_name: str = "") -> CardButton:
        return CardButton(title, detail, accessible_name or title.rstrip("…"), self)

    def set_recent(self, rows: list[RecentFile]) -> None:
        self.recent_model.set_rows(rows)
        self.recent.setVisible(bool(rows))
        self.no_recent.setVisible(not rows)
        self._fit_recent()

    def _fit_recent(self) -> None:
        """The table as tall as its rows (up to MAX_RECENT_ROWS, then it scrolls): no empty box."""
        table = self.recent
        rows = min(self.recent_model.rowCount(), MAX_RECENT_ROWS)
        table.resizeRowsToContents()
        height = sum(table.rowHeight(r) for r in range(rows)) or table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setMaximumHeight(height + header + 2 * table.frameWidth() + 2)

    def _recent_activated(self, index: QModelIndex) -> None:
        path = self.recent_model.index(index.row(), 0).data(ROLE_PATH)
        if path:
            self.open_recent_requested.emit(path)
