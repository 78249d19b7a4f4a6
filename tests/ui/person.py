"""Input as a person gives it: a click holds the button about 100 ms, typing is key by key."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

HOLD_MS = 120  # a person's click holds the mouse button about 100 ms


def press(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:  # type: ignore[no-untyped-def]
    """Press, hold, release the left button over `widget` (its centre by default)."""
    where = widget.rect().center() if pos is None else pos
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(HOLD_MS)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=where)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, then type `text` key by key."""
    press(qtbot, widget)
    qtbot.keyClicks(widget, text)
