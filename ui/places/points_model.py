"""Village points as a table, read lazily a page at a time, retired ones greyed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.places.changes import PlaceChanges
from core.places.point_order import ordered_points
from core.shipping.models import Division, VillagePoint
from ui.operations import Operations
from ui.widgets.paged_model import Index, PagedIdModel

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

COLUMNS = [
    ("township", QT_TRANSLATE_NOOP("PointsModel", "Township")),
    ("name_zh", QT_TRANSLATE_NOOP("PointsModel", "Chinese name")),
    ("name_bo", QT_TRANSLATE_NOOP("PointsModel", "Tibetan name")),
    ("name_pinyin", QT_TRANSLATE_NOOP("PointsModel", "Pinyin")),
    ("village_code", QT_TRANSLATE_NOOP("PointsModel", "Village code")),
    ("status", QT_TRANSLATE_NOOP("PointsModel", "Status")),
]


def column_of(key: str) -> int:
    return next(n for n, (k, _) in enumerate(COLUMNS) if k == key)


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
    """By township, in use first, in road order where set, else by name as a person counts."""
    return [point.id for point in ordered_points(session, include_retired=True)]


def point_rows(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, PointRow]:
    query = select(VillagePoint, Division.name_zh).join(
        Division, Division.code == VillagePoint.township_code).where(VillagePoint.id.in_(ids))
    return {p.id: PointRow(p.id, p.township_code, township, p.name_zh, p.name_bo, p.name_pinyin,
                           p.village_code or "", p.active)
            for p, township in session.execute(query)}


class PointsModel(PagedIdModel):
    PAGE_SIZE = 200
    COLUMNS = COLUMNS
    CONTEXT = "PointsModel"

    def __init__(self, ops: Operations, parent: object = None) -> None:
        super().__init__(ops, point_ids, point_rows, parent)

    def note_changes(self, changes: Changes) -> None:
        if isinstance(changes, PlaceChanges) and (changes.places or changes.point_ids):
            self.reload()

    def row_at(self, row: int) -> PointRow | None:
        found = self.record(row)
        return found if isinstance(found, PointRow) else None

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
                if row.active:
                    return translate("PointsModel", "In use")
                return translate("PointsModel", "Retired")
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
