"""A combo box that a long entry cannot make wider than the screen.

Qt sizes a combo box to its longest entry by default. One long center name
(Chinese and Tibetan, 100 characters and more) or a long count number then
widens the whole window past a 1024-pixel screen, since a window is never
narrower than its widest page. `ElidingCombo` asks only for room for a few
characters, takes more when its layout gives it more, draws its current text
cut with "…" when it does not fit, carries the whole text in its tooltip, and
opens a list wide enough to read every entry whole (up to the screen's width).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

# Room for about this many Latin characters (a CJK character takes about two).
DEFAULT_CHARS = 12


class ElidingCombo(QComboBox):
    """A QComboBox whose size does not follow its longest entry.

    Args:
        chars: how many characters of room it asks for at least (Qt counts "x" widths).
    """

    def __init__(self, parent: QWidget | None = None, *, chars: int = DEFAULT_CHARS) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        # QComboBox's own painting clips a long text at the arrow without an ellipsis.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - 2  # the style draws the label one pixel in on each side
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802  (Qt override)
        """The list as wide as its longest entry, within the screen: every entry whole."""
        view = self.view()
        widest = view.sizeHintForColumn(self.modelColumn()) if self.count() else 0
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        screen = self.screen().availableGeometry().width() if self.screen() else widest
        view.setMinimumWidth(min(max(widest + frame, self.width()), screen))
        super().showPopup()
