"""A combo box that a long entry cannot make wider than the screen.

Qt sizes a combo box to its longest entry by default. One long center name
(Chinese and Tibetan, 100 characters and more) or a long count number then
widens the whole window past a 1024-pixel screen, since a window is never
narrower than its widest page. `ElidingCombo` asks only for room for a few
characters, takes more when its layout gives it more, draws its current text
cut with "…" when it does not fit, carries the whole text in its tooltip, and
opens a list wide enough to read every entry whole (up to the screen's width).

An entry may keep a head whole, such as a receipt's number before its supplier:
the rest gives way first (`add_entry(..., keep=n)`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

# Room for about this many Latin characters (a CJK character takes about two).
DEFAULT_CHARS = 12
# Item data: how many leading characters of the entry stay whole when it is elided.
KEEP_ROLE = Qt.ItemDataRole.UserRole + 40
ELLIPSIS = "…"


def elide(metrics: QFontMetrics, text: str, width: int, keep: int = 0) -> str:
    """`text` as it fits in `width` pixels: whole, or cut with "…" at the end; its first
    `keep` characters whole as long as they and an ellipsis fit."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    head, tail = text[:keep], text[keep:]
    room = width - metrics.horizontalAdvance(head)
    if keep and tail and room >= metrics.horizontalAdvance(ELLIPSIS):
        return head + (metrics.elidedText(tail, Qt.TextElideMode.ElideRight, room) or ELLIPSIS)
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ElidingCombo(QComboBox):
    """A QComboBox whose size does not follow its longest entry.

    Args:
        chars: how many characters of room it asks for at least (Qt counts "x" widths).
    """

    def __init__(self, parent: QWidget | None = None, *, chars: int = DEFAULT_CHARS) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentTextChanged.connect(self._update_tooltip)

    def add_entry(self, text: str, data: object = None, *, keep: int = 0) -> None:
        """Append an entry whose first `keep` characters are not cut while they fit; the
        open list's tooltip holds it whole too."""
        self.insert_entry(self.count(), text, data, keep=keep)

    def insert_entry(self, index: int, text: str, data: object = None, *, keep: int = 0) -> None:
        self.insertItem(index, text, data)
        self._mark(index, text, keep)

    def set_entry(self, index: int, text: str, data: object = None, *, keep: int = 0) -> None:
        """Change an entry in place (the current choice stays)."""
        self.setItemText(index, text)
        self.setItemData(index, data)
        self._mark(index, text, keep)

    def _mark(self, index: int, text: str, keep: int) -> None:
        self.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.setItemData(index, keep, KEEP_ROLE)
        self._update_tooltip()

    def label_width(self) -> int:
        """Pixels the closed box has for its text."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - 2  # the style draws the label one pixel in on each side
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        return max(room, 0)

    def shown_text(self) -> str:
        """What the closed box shows: the current text, cut to the room it has."""
        keep = self.currentData(KEEP_ROLE)
        return elide(
            self.fontMetrics(),
            self.currentText(),
            self.label_width(),
            keep if isinstance(keep, int) else 0,
        )

    def _update_tooltip(self, *_: object) -> None:
        if self.toolTip() != self.currentText():
            self.setToolTip(self.currentText())

    def event(self, event: QEvent) -> bool:
        # Also after the choice changed with signals blocked (a list refilled in place).
        if event.type() == QEvent.Type.ToolTip:
            self._update_tooltip()
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        if self.isEditable() or self.currentIndex() < 0:  # a line edit, or the placeholder
            super().paintEvent(event)
            return
        # QComboBox's own painting clips a long text at the arrow without an ellipsis.
        self._update_tooltip()
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802  (Qt override)
        """The list as wide as its longest entry, within the screen: every entry whole."""
        view = self.view()
        widest = view.sizeHintForColumn(self.modelColumn()) if self.count() else 0
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        screen = self.screen().availableGeometry().width() if self.screen() else widest
        view.setMinimumWidth(min(max(widest + frame, self.width()), screen))
        super().showPopup()
