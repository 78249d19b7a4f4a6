"""A township's village points in road order: drag them, or Ctrl+Up / Ctrl+Down, then save.

The order is remembered for the township, so every later run lists its stops
the same way.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core.runs.schedules import set_stop_order, stop_order
from core.shipping.models import VillagePoint
from core.uow import UnitOfWork
from ui.context import AppContext
from ui.operations import Operation
from ui.runs.messages import describe


def _points(uow: UnitOfWork, township: str) -> list[tuple[uuid.UUID, str]]:
    names = {vp.id: vp.name_zh for vp in uow.session.scalars(
        select(VillagePoint).where(VillagePoint.township_code == township))}
    return [(point, names.get(point, "")) for point in stop_order(uow, township)]


class StopsDialog(QDialog):
    def __init__(self, context: AppContext, township: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.township = township
        self.last_operation: Operation | None = None
        self.setWindowTitle(self.tr("Stops of {township}").format(township=title))
        self.list = QListWidget(self)
        self.list.setObjectName("stops_list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.installEventFilter(self)
        for point, name in context.ops.read(lambda uow: _points(uow, township)):
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(point))
        self.message = QLabel(self.tr("Road order, first stop at the top. Drag, or Ctrl+Up / "
                                      "Ctrl+Down."), self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)

    def order(self) -> list[uuid.UUID]:
        return [uuid.UUID(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())]

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def save(self) -> Operation:
        order = self.order()
        operation = self.context.ops.run(
            lambda uow: set_stop_order(uow, self.township, order), parent=self,
            title=self.tr("Saving the stops"), on_success=lambda _r: self.accept(),
            on_error=lambda error, message: self.message.setText(describe(error, message)))
        self.last_operation = operation
        return operation
