"""Helpers for the pytest-qt workflow tests: an app context on the test depot, scanner bursts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.person import SCANNER_GAP_MS, press, send_key
from tests.support.writes import settled


def scan(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner burst ending in Enter; waits until the page acted on it (the code is
    classified off the GUI thread), then for the core call it started (if any).

    The keys carry a scanner's times: stamped by the clock when they arrive, as keys
    without times are, a loaded machine spreads them out and the field rightly takes the
    slow start of a code for typing."""
    with qtbot.waitSignal(page.scan_handled, timeout=5000):
        for char in code:
            send_key(page.scan, char, SCANNER_GAP_MS)
        send_key(page.scan, Qt.Key.Key_Return, SCANNER_GAP_MS)
    settle(qtbot, page)


def settle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Wait for the writes the page started (every write asked for so far) to end, and for
    what the page reads again after them."""
    settled(qtbot, page.context.ops)


def click(qtbot, page, button) -> None:  # type: ignore[no-untyped-def]
    """A person's click (press, ~100 ms, release), then the core call it started."""
    press(qtbot, button)
    settle(qtbot, page)
