"""Village points as a table, read lazily a page at a time, retired ones greyed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.shipping.models import Division, VillagePoint
from core.shipping.place_changes import PlaceChanges
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
COLUMNS = [("township", "Township"), ("name_zh", "Chinese name"), ("name_bo", "Tibetan name"),
           ("name_pinyin", "Pinyin"), ("village_code", "Village code"), ("status", "Status")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PointsModel", text)


@dataclass(frozen=True)
class PointRow:
    id: uuid.UUID
    township_code: str
    township: str
    name_zh: str
    name_bo: str
    name_pinyin: str
    village_code: str
    active: bool


def point_ids(session: Session) -> list[uuid.UUID]:
    return list(session.scalars(select(VillagePoint.id).order_by(
        VillagePoint.township_code, VillagePoint.active.desc(), VillagePoint.name_zh)))


def point_rows(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, PointRow]:
    query = select(VillagePoint, Division.name_zh).join(
        Division, Division.code == VillagePoint.township_code).where(VillagePoint.id.in_(ids))
    return {p.id: PointRow(p.id, p.township_code, township, p.name_zh, p.name_bo, p.name_pinyin,
                           p.village_code or "", p.active)
            for p, township in session.execute(query)}


class PointsModel(QAbstractTableModel):
    PAGE_SIZE = 200

    def __init__(self, ops: Operations, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.ops = ops
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, PointRow] = {}

    def reload(self) -> None:
        ids = self.ops.read(lambda uow: point_ids(uow.session))
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def note_changes(self, changes: Changes) -> None:
        if isinstance(changes, PlaceChanges) and (changes.places or changes.point_ids):
            self.reload()

    def row_at(self, row: int) -> PointRow | None:
        if not 0 <= row < len(self._ids):
            return None
        point_id = self._ids[row]
        if point_id not in self._rows:
            start = row - row % self.PAGE_SIZE
            page = self._ids[start:start + self.PAGE_SIZE]
            self._rows.update(self.ops.read(lambda uow: point_rows(uow.session, page)))
        return self._rows.get(point_id)

    def row_of(self, point_id: uuid.UUID) -> int:
        return self._ids.index(point_id) if point_id in self._ids else -1

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
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "township":
                return f"{row.township} {row.township_code}"
            if key == "status":
                return _tr("In use") if row.active else _tr("Retired")
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
