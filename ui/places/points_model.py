"""Village points as a table, read lazily a page at a time, retired ones greyed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from core.changes import Changes
from core.places.changes import PlaceChanges
from core.places.village_points import PointRow, point_ids, point_rows
from ui.i18n import QT_TRANSLATE_NOOP
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


class PointsModel(PagedIdModel):
    PAGE_SIZE = 200
    COLUMNS = COLUMNS
    CONTEXT = "PointsModel"

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(ops, point_ids, point_rows, parent)

    def note_changes(self, changes: Changes) -> None:
        """Slot for the change bus: a point added, renamed or retired may move in the order
        (in use first, by name), so the ids are read again and the touched rows patched; a
        township renamed changes what every row names."""
        if not isinstance(changes, PlaceChanges):
            return
        if changes.point_ids:
            self.refresh(ids=True, rows=changes.point_ids)
        elif changes.places:
            self.refresh(ids=True, rows=None)

    def row_at(self, row: int) -> PointRow | None:
        found = self.record(row)
        return found if isinstance(found, PointRow) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return self.placeholder(role)
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
