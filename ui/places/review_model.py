"""The review queue as a table: parcels whose place a clerk must settle.

SQL filters and orders the queue (`core.shipping.review.review_ids`); the
model holds the ids and fetches rows a page at a time as the view asks for
them, caching them until a write marks the queue stale.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.changes import Changes
from core.shipping import review
from core.shipping.place_changes import PlaceChanges
from core.shipping.review import ReviewRow
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
COLUMNS = [("received", "Received"), ("recipient", "Recipient"), ("phone", "Phone"),
           ("address", "Address"), ("confidence", "Confidence")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


class ReviewModel(QAbstractTableModel):
    PAGE_SIZE = 100

    def __init__(self, ops: Operations, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.ops = ops
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, ReviewRow] = {}

    def reload(self) -> None:
        """Re-read the queue's ids (one query); rows are read again as they are shown."""
        ids = self.ops.read(lambda uow: review.review_ids(uow.session))
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def note_changes(self, changes: Changes) -> None:
        """Slot for the change bus: parcels settled or places learned change the queue."""
        if changes.parcels or (isinstance(changes, PlaceChanges) and changes.places):
            self.reload()

    def parcel_id(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> ReviewRow | None:
        parcel_id = self.parcel_id(row)
        if parcel_id is None:
            return None
        if parcel_id not in self._rows:
            start = row - row % self.PAGE_SIZE
            page = self._ids[start:start + self.PAGE_SIZE]
            self._rows.update(self.ops.read(lambda uow: review.review_rows(uow.session, page)))
        return self._rows.get(parcel_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return _tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.parcel_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if key == "received":
            return row.received_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if key == "confidence":
            return f"{row.confidence:.0%}"
        return str(getattr(row, key))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
