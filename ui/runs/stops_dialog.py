"""A township's village points in road order: drag them, or Ctrl+Up / Ctrl+Down, then save.

The order is remembered for the township, so every later run lists its stops
the same way.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from core.runs.schedules import named_stops, set_stop_order
from ui.context import AppContext
from ui.operations import Operation
from ui.runs.messages import describe
from ui.runs.stops_model import StopsModel


class StopsDialog(QDialog):
    stops_shown = Signal()
    """The township's stops were read and are listed."""

    def __init__(
        self, context: AppContext, township: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.township = township
        self.setWindowTitle(self.tr("Stops of {township}").format(township=title))
        self.stops = StopsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("stops_list")
        self.list.setModel(self.stops)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.installEventFilter(self)
        self.message = QLabel(
            self.tr("Road order, first stop at the top. Drag, or Ctrl+Up / Ctrl+Down."), self
        )
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until read
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        context.ops.query(
            lambda uow: named_stops(uow, township),
            on_success=self._show_stops,
            key=(self, "stops"),
            parent=self,
            title=self.windowTitle(),
        )

    def _show_stops(self, stops: list[tuple[uuid.UUID, str]]) -> None:
        self.stops.set_stops(stops)
        self.list.setCurrentIndex(self.stops.index(0, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.stops_shown.emit()

    def order(self) -> list[uuid.UUID]:
        return self.stops.order()

    def move_current(self, step: int) -> None:
        row = self.stops.move(self.list.currentIndex().row(), step)
        self.list.setCurrentIndex(self.stops.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def save(self) -> Operation:
        order = self.order()
        return self.context.ops.run(
            lambda uow: set_stop_order(uow, self.township, order),
            parent=self,
            title=self.tr("Saving the stops"),
            on_success=lambda _r: self.accept(),
            on_error=lambda error, message: self.message.setText(describe(error, message)),
        )
