"""A clerk at the vehicle: opens the Runs page's dialogs with a click and scans into them
(the `at_the_vehicle` fixture in conftest.py sets the scene)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from core.runs.models import Run
from tests.support.person import press, scan
from tests.support.runs_world import CISHI


def wait_done(qtbot, holder) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: holder.last_operation is not None and holder.last_operation.done,
                    timeout=10_000)


def run_status(world, run_id) -> str:  # type: ignore[no-untyped-def]
    with world.db.uow(write=False) as uow:
        return uow.session.get(Run, run_id).status


def open_dialog(qtbot, page, button, kind):  # type: ignore[no-untyped-def]
    """Select Cishi's run, press the page's button, return the dialog it opened, active."""
    row = next(n for n, view in enumerate(page.runs.rows) if view.township_code == CISHI)
    page.runs_table.selectRow(row)
    press(qtbot, button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)))
    dialog = next(d for d in page.findChildren(kind) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return page.runs.rows[row], dialog


def button(dialog, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def scan_into(qtbot, dialog, code: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner's burst to wherever the focus is; returns once the dialog's call ended."""
    dialog.last_operation = None
    scan(qtbot, code)
    wait_done(qtbot, dialog)


def shown_texts(window: QWidget) -> list[str]:
    """The texts of the labels a person can see in `window`."""
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
