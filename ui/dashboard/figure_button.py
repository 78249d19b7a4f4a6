"""A figure on the dashboard: a big number over its caption, a button that opens the list
behind it ("12 / overdue" → those parcels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class FigureButton(QPushButton):
    """`clicked` opens the list; the number is "…" until the figures are read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel("…", self)
        self.caption = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.number.setFont(big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        for label in (self.number, self.caption):
            # The press goes to the button, wherever on it the clerk clicks.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.caption.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(
            self.number.sizeHint().height() + 2 * self.fontMetrics().height() + 14
        )

    def show_figure(self, number: str, caption: str, *, warn: bool = False) -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        colour = "#b3261e" if warn else ""
        self.number.setStyleSheet(f"color: {colour};" if colour else "")
        self.setAccessibleName(f"{number} {caption}")
