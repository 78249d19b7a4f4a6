"""A button greyed while the write it started runs, so a double click (or a second click
on a slow server) cannot start the write twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from shiboken6 import isValid


class BusyButton:
    """Greys `button` at once; `release()` gives it back. Qt moves the keyboard focus off
    a button it greys: it comes back to the button unless the clerk has put it elsewhere
    meanwhile."""

    def __init__(self, button: QAbstractButton) -> None:
        self.button = button
        self._had_focus = button.hasFocus()
        button.setEnabled(False)
        self._focus_went_to = QApplication.focusWidget() if self._had_focus else None
        self._released = False

    def release(self) -> None:
        if self._released or not isValid(self.button):  # released, or its window is gone
            return
        self._released = True
        self.button.setEnabled(True)
        if self._had_focus and QApplication.focusWidget() is self._focus_went_to:
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)
