"""Helpers for the pytest-qt workflow tests: an app context on the test depot, scanner bursts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.person import press


def scan(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner burst ending in Enter; waits until the page acted on it (the code is
    classified off the GUI thread), then for the core call it started (if any)."""
    page.last_operation = None
    with qtbot.waitSignal(page.scan_handled, timeout=5000):
        qtbot.keyClicks(page.scan, code)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    settle(qtbot, page)


def settle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    operation = page.last_operation
    if operation is not None and not operation.done:
        qtbot.waitSignal(operation.finished, timeout=5000).wait()


def click(qtbot, page, button) -> None:  # type: ignore[no-untyped-def]
    """A person's click (press, ~100 ms, release), then the core call it started."""
    page.last_operation = None
    press(qtbot, button)
    settle(qtbot, page)
