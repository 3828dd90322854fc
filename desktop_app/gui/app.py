"""Start the GUI: the application object, logging, a last-resort error dialog and the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon

log = logging.getLogger("desktop_app")
ICON_FILE = "readiness-planner.svg"


#: the log rotates at this size, keeping LOG_BACKUPS older files: bounded, whatever happens
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def configure_logging() -> logging.Handler:
    """Log to a rotating file in the user's data folder (tracebacks included); returns the handler."""
    from logging.handlers import RotatingFileHandler

    from desktop_app.gui.settings import log_path

    try:
        handler: logging.Handler = RotatingFileHandler(
            log_path(), maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def install_excepthook() -> None:
    """Never a traceback in front of the user: log it and show a plain dialog instead.

    Only :func:`run_gui` installs it, so pytest-qt's own hook still turns errors into test failures.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app import APP_NAME
    from desktop_app.gui.settings import log_path

    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                QCoreApplication.translate("App", "Something went wrong, but your work is safe."),
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "App",
                    "Every answer was already saved in the assessment file. The problem was recorded in "
                    "{log}; please send that file to support.",
                ).format(log=log_path())
                + f"\n\n{exc_type.__name__}: {exc}"
            )
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def install_translator(app: QCoreApplication) -> bool:
    """Load the interface's translation for the user's language, when one is shipped.

    The catalogue is ``resources/translations/readiness_planner.ts`` (``make translations`` extracts it
    from every ``self.tr``/``QCoreApplication.translate`` in the GUI); a translator's ``.qm`` files,
    ``readiness_planner_<lang>.qm``, go beside it. English needs none.
    """
    from PySide6.QtCore import QLocale, QTranslator

    from desktop_app.resources import resource_path

    translator = QTranslator(app)
    if not translator.load(QLocale.system(), "readiness_planner", "_", str(resource_path("translations"))):
        return False
    return app.installTranslator(translator)


def app_icon() -> QIcon:
    """The application's icon, drawn from the bundled SVG at whatever size the desktop asks for."""
    from PySide6.QtGui import QIcon

    from desktop_app.resources import resource_path

    return QIcon(str(resource_path("icons", ICON_FILE)))


def run_gui(path: str | None = None) -> int:
    import gc

    # The GUI's policy (gui/gc_policy.py) turns automatic collection off once Qt is up; turning it off
    # already here spares the start's imports and the window's build the collections they triggered
    # (about 30 ms of CPU, docs/performance.md). The start-up heap is frozen once the first file is open
    # (gui/heap.py), and the GUI thread's timer collects from then on.
    gc.disable()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import APP_NAME, __version__
    from desktop_app.gui.single_instance import bring_to_front, hand_over, serve

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("readiness-planner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("readiness-planner")
    app.setWindowIcon(app_icon())
    if hand_over(path):  # the app already runs for this user: it opens the file, this launch ends
        gc.enable()
        return 0
    from desktop_app.gui.gc_policy import collect_on_gui_thread, restore
    from desktop_app.gui.main_window import MainWindow

    collector = collect_on_gui_thread()  # a worker thread must never collect Qt objects (gc_policy.py)
    configure_logging()
    install_translator(app)
    install_excepthook()
    window = MainWindow()
    if path:
        window.begin_opening(path)  # the window says it is opening the file; the start page is not built
    window.show()
    server = serve(window.documents.open_path, lambda: bring_to_front(window))
    # READINESS_EXIT_AFTER_OPEN=1 (smoke test of the bundle, start-up benchmark): close once the file is open
    exit_after_open = os.environ.get("READINESS_EXIT_AFTER_OPEN") == "1"

    def open_first() -> None:
        # a file named on the command line or double-clicked: the user chose it, so the policy applies
        opened = window.documents.open_path(path) if path else True
        window.end_opening()  # the work, or the start page when the file did not open
        from desktop_app.gui.heap import freeze_start_up

        freeze_start_up()  # the GUI thread's full collections (gc_policy) walk only what is new
        if exit_after_open:
            QTimer.singleShot(0, lambda: (window.close(), app.exit(0 if opened else 3)))

    QTimer.singleShot(0, open_first)
    code = int(app.exec())
    restore(collector)
    if server is not None:
        server.close()
    return code
