"""A township's stops as a list model: rows move by drag and drop or by keys.

A drop of the list's own rows moves them where they were dropped (`moveRows`);
nothing is copied and nothing removed, so a drag can never lose a stop.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

STOP_MIME = "application/x-depot-stop-rows"
Index = QModelIndex | QPersistentModelIndex


class StopsModel(QAbstractListModel):
    """Village points in road order, first stop on top."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stops: list[tuple[uuid.UUID, str]] = []

    def set_stops(self, stops: Sequence[tuple[uuid.UUID, str]]) -> None:
        self.beginResetModel()
        self.stops = list(stops)
        self.endResetModel()

    def order(self) -> list[uuid.UUID]:
        return [point for point, _name in self.stops]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.stops)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.stops):
            return None
        point, name = self.stops[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return str(point)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # between rows: where a dragged stop may land
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [STOP_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(STOP_MIME, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        return data.hasFormat(STOP_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        if not data.hasFormat(STOP_MIME):
            return False
        text = bytes(data.data(STOP_MIME).data()).decode("ascii")
        rows = [int(part) for part in text.split(",") if part]
        if not rows:
            return False
        # Dropped on a row: before it; below the last row: at the end. Each moved row goes
        # before the same stop, so several keep their order.
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.stops)
        before = self.stops[target][0] if target < len(self.stops) else None
        for point in [self.stops[source][0] for source in rows if source < len(self.stops)]:
            source = self.order().index(point)
            destination = self.order().index(before) if before is not None else len(self.stops)
            self.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)
        # Moved here already: returning False keeps the view from removing the source rows.
        return False

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,  # noqa: N802
        destination_parent: Index,
        destination: int,
    ) -> bool:
        """Move `count` rows from `source_row` to before row `destination` (Qt's meaning)."""
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or not 0 <= source_row <= source_row + count <= len(self.stops)
            or not 0 <= destination <= len(self.stops)
            or source_row <= destination <= source_row + count
        ):
            return False
        self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination
        )
        moving = self.stops[source_row : source_row + count]
        del self.stops[source_row : source_row + count]
        at = destination - count if destination > source_row else destination
        self.stops[at:at] = moving
        self.endMoveRows()
        return True

    def move(self, row: int, step: int) -> int:
        """Move one stop up (`step` -1) or down (+1); returns its new row (or `row`)."""
        target = row + step
        if not 0 <= row < len(self.stops) or not 0 <= target < len(self.stops):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target)
        return target
