"""Start the desktop app: fonts, translations, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from core.paths import APP_AUTHOR, APP_NAME
from ui.fonts import apply_app_font
from ui.language import translators_of
from ui.settings import Settings

if TYPE_CHECKING:
    from ui.operations import Operations

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the one that exists, under tests) with names set."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Changtang Depot")
    return app


def install_translators(app: QApplication, language: str = "") -> list[QTranslator]:
    """Show the app in `language` (empty: the system's): our `depot_<locale>.qm` and Qt's
    own `qtbase_<locale>.qm`, over the English plural forms (`ui.plurals`).

    Missing files are normal (English needs none). Returns the English plurals and the
    files that loaded; `ui.language.switch_language` changes them while the app runs.
    """
    translators = translators_of(app)
    return [translators.plurals, *translators.switch(language)]


def run_app(
    db_url: str | None,
    screenshot: str | None = None,
    tz: str | None = None,
    language: str | None = None,
) -> int:
    """Run the desktop app on `db_url`; with `screenshot`, save the window to a PNG and exit.

    Times show in zone `tz`, else DEPOT_TZ, else the saved setting (default Asia/Shanghai).
    The screens speak `language` (`--lang`, for this run only), else the PC's setting.
    """
    from core.clock import configure_zone
    from core.database import open_database
    from core.errors import InvalidValue
    from ui.context import AppContext
    from ui.gui_garbage import collect_on_gui_thread
    from ui.main_window import MainWindow
    from ui.operations import Operations

    logging.basicConfig(level=logging.WARNING)
    app = make_application()
    collect_on_gui_thread(app)  # the timer is the app's child: it lives as long as the app
    # A screenshot must not depend on (or change) the clerk's saved settings.
    settings = _screenshot_settings() if screenshot else Settings()
    apply_app_font(app, settings.font_size)
    translators_of(app).chinese_beside = settings.chinese_beside
    install_translators(app, settings.language if language is None else language)
    try:
        configure_zone(tz, fallback=settings.time_zone)
    except InvalidValue as error:  # a DEPOT_TZ the zone database does not know
        log.warning(
            "%s: %r is not a time zone; using %s", error.field, error.value, settings.time_zone
        )
        configure_zone(settings.time_zone)
    try:
        db = open_database(db_url if db_url is not None else _chosen_url(settings))
    except Exception as error:  # noqa: BLE001  (the clerk gets a sentence, not a traceback)
        from core.storage.engine import hide_passwords
        from ui.error_messages import describe

        # A driver's message may quote the URL: never log or show its password.
        message = hide_passwords(describe(error), db_url)
        log.error("cannot open the database: %s", message)
        if screenshot:
            print(f"error: cannot open the database: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(
                None,
                app.applicationDisplayName(),
                app.translate("App", "The database cannot be opened:\n{error}").format(
                    error=message
                ),
            )
        return 1
    context = AppContext.create(Operations(db), settings)
    # A SystemExit in a job ends exec() instead of the process, so the cleanup below runs.
    context.ops.stop_loop_of(app)
    # The window paints first; its page (imports, the first read) comes after.
    window = MainWindow(context, page_later=not screenshot)
    try:
        if screenshot:
            return _save_screenshot(app, window, screenshot)
        window.show()
        app.processEvents()
        QTimer.singleShot(0, window.open_current_area)
        code = app.exec()
    finally:
        context.close()
        db.dispose()
    if context.ops.stopped_by is not None:
        raise context.ops.stopped_by
    return code


def _chosen_url(settings: Settings) -> str | None:
    """The server the setup wizard chose, unless DEPOT_DB names a database for this run."""
    import os

    from core.storage.urls import ENV_VAR

    return None if os.environ.get(ENV_VAR) is not None else (settings.database_url or None)


def _screenshot_settings() -> Settings:
    import tempfile

    folder = tempfile.mkdtemp(prefix="depot-shot-")
    return Settings(Path(folder) / "settings.ini")


def _reads_ended(ops: Operations) -> None:
    """Run the event loop until every job asked for has ended and been shown, those that
    an answer asked for too (a page follows the centers it read)."""
    from PySide6.QtCore import QEventLoop

    while ops.unfinished:
        loop = QEventLoop()
        marker = ops.query(lambda _uow: None, on_success=lambda _none: None)
        marker.finished.connect(loop.quit)
        loop.exec()


def _save_screenshot(app: QApplication, window: object, path: str) -> int:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(1400, 820)
    window.show()
    page = window.current_page()
    # The pages read in the background: the picture waits for what they asked for. The
    # first product's card is shown too, so the picture shows both halves of the area.
    _reads_ended(window.context.ops)
    open_first = getattr(page, "show_first_card", None)
    if callable(open_first):
        open_first()
        _reads_ended(window.context.ops)
    app.processEvents()
    if not window.grab().save(path):
        print(f"error: cannot write {path}", file=sys.stderr)
        return 1
    window.close()
    return 0
