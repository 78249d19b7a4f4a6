"""A clerk at the vehicle: opens the Runs page's dialogs with a click and scans into them
(the `at_the_vehicle` fixture in conftest.py sets the scene)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from core.runs.models import Run
from tests.support.person import press, scan
from tests.support.runs_world import CISHI
from tests.support.writes import writes_ended


def runs_shown(page) -> bool:  # type: ignore[no-untyped-def]
    """The page shows its day's runs, and the selected run's parcels (read off the GUI
    thread: a test waits for them as a clerk waits to see them)."""
    current = page.current_run()
    shown = page.parcels.view.id if page.parcels.view is not None else None
    return page.runs.shown_day == page.selected_day and (current is None or shown == current.id)


def show_day(qtbot, page, day) -> None:  # type: ignore[no-untyped-def]
    """Choose `day` in the date box; returns once its runs are listed."""
    from PySide6.QtCore import QDate

    page.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: runs_shown(page), timeout=10_000)


def select_run(qtbot, page, township):  # type: ignore[no-untyped-def]
    """Select the run of `township` (None: the postal handover); returns its view once its
    parcels are shown."""
    row = next(n for n, view in enumerate(page.runs.rows) if view.township_code == township)
    page.runs_table.selectRow(row)
    qtbot.waitUntil(lambda: runs_shown(page), timeout=10_000)
    return page.runs.rows[row]


def wait_done(qtbot, holder) -> None:  # type: ignore[no-untyped-def]
    """Wait until the writes `holder` (a page or dialog) started have ended, whatever
    their outcome: the test looks at what the clerk is shown next."""
    writes_ended(qtbot, holder.context.ops)


def run_status(world, run_id) -> str:  # type: ignore[no-untyped-def]
    with world.db.uow(write=False) as uow:
        return uow.session.get(Run, run_id).status


def open_dialog(qtbot, page, button, kind):  # type: ignore[no-untyped-def]
    """Select Cishi's run, press the page's button, return the dialog it opened, active."""
    qtbot.waitUntil(lambda: runs_shown(page), timeout=10_000)
    run = select_run(qtbot, page, CISHI)
    press(qtbot, button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)))
    dialog = next(d for d in page.findChildren(kind) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: table_read(dialog), timeout=10_000)
    return run, dialog


def table_read(dialog) -> bool:  # type: ignore[no-untyped-def]
    """The dialog's table shows the run (it is read off the GUI thread as the dialog opens)."""
    if hasattr(dialog, "sheet"):
        return dialog.sheet.sheet is not None
    return dialog.parcels.view is not None


def button(dialog, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def scan_into(qtbot, dialog, code: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner's burst to wherever the focus is; returns once the dialog's write ended
    and its table was read again (off the GUI thread) to show it."""
    reread = dialog.sheet.sheet_read if hasattr(dialog, "sheet") else dialog.parcels.rows_read
    with qtbot.waitSignals([dialog.context.ops.operation_finished, reread], timeout=10_000):
        scan(qtbot, code)


def shown_texts(window: QWidget) -> list[str]:
    """The texts of the labels a person can see in `window`."""
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
