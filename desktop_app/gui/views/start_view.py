"""The start screen: New assessment, Open, Open recent (client, project, date, decision), Open sample."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
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
)


def sample_texts(label: str, description: str) -> tuple[str, str]:
    """A sample's title and description in the user's language."""
    return QCoreApplication.translate("StartView", label), QCoreApplication.translate("StartView", description)


class StartView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_recent_requested = Signal(str)
    sample_requested = Signal(str)

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
        subtitle = QLabel(self.tr("Decide whether, and how, an organisation can deploy generative AI responsibly."))
        subtitle.setFont(scaled_font(self.font(), 1.15))
        subtitle.setWordWrap(True)
        column.addWidget(subtitle)
        column.addSpacing(8)

        actions = QGridLayout()
        actions.setHorizontalSpacing(12)
        self.new_button = self._big_button(
            self.tr("New assessment…"), self.tr("Ctrl+N  ·  client, project, participants, context")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = self._big_button(self.tr("Open…"), self.tr("Ctrl+O  ·  a .readiness file"))
        self.open_button.clicked.connect(self.open_requested)
        actions.addWidget(self.new_button, 0, 0)
        actions.addWidget(self.open_button, 0, 1)
        column.addLayout(actions)

        column.addSpacing(6)
        recent_title = QLabel(self.tr("Recent assessments"))
        recent_title.setFont(scaled_font(self.font(), 1.2, bold=True))
        column.addWidget(recent_title)
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
        column.addWidget(self.recent, 1)
        self.no_recent = QLabel(self.tr("No recent assessments yet. Start a new one or open a sample."))
        self.no_recent.setEnabled(False)
        column.addWidget(self.no_recent)

        self._build_samples(column)
        column.addSpacing(24)

    def _build_samples(self, column: QVBoxLayout) -> None:
        """One button for each bundled sample."""
        samples_title = QLabel(self.tr("Samples"))
        samples_title.setFont(scaled_font(self.font(), 1.2, bold=True))
        column.addWidget(samples_title)
        samples = QHBoxLayout()
        self.sample_buttons: dict[str, QPushButton] = {}
        for name, raw_label, raw_description in SAMPLES:
            label, description = sample_texts(raw_label, raw_description)
            b = self._big_button(self.tr("Open sample: {label}").format(label=label), description)
            b.clicked.connect(self._opener(name))
            self.sample_buttons[name] = b
            samples.addWidget(b)
        column.addLayout(samples)

    def _opener(self, name: str) -> Callable[[], None]:
        def open_sample() -> None:  # clicked(bool): a plain function of no argument drops "checked"
            self.sample_requested.emit(name)

        return open_sample

    def _big_button(self, title: str, detail: str) -> QPushButton:
        b = QPushButton(f"{title}\n{detail}")
        b.setAccessibleName(title.rstrip("…"))
        b.setAccessibleDescription(detail)
        b.setMinimumHeight(64)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.setStyleSheet("QPushButton { text-align: left; padding: 10px 16px; }")
        b.setFont(scaled_font(self.font(), 1.1))
        return b

    def set_recent(self, rows: list[RecentFile]) -> None:
        self.recent_model.set_rows(rows)
        self.recent.setVisible(bool(rows))
        self.no_recent.setVisible(not rows)

    def _recent_activated(self, index: QModelIndex) -> None:
        path = self.recent_model.index(index.row(), 0).data(ROLE_PATH)
        if path:
            self.open_recent_requested.emit(path)
