"""A table over ids that SQL already filtered and sorted, rows read a page at a time.

Subclasses name their columns and say how to read the ids and a page of rows;
this base holds the ids, caches the pages, and answers Qt's structural calls.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy.orm import Session

from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex


class PagedIdModel(QAbstractTableModel):
    PAGE_SIZE = 100
    COLUMNS: list[tuple[str, str]] = []  # (key, header) in display order
    CONTEXT = "PagedIdModel"  # translation context of the headers

    def __init__(self, ops: Operations, read_ids: Callable[[Session], list[uuid.UUID]],
                 read_rows: Callable[[Session, list[uuid.UUID]], dict[uuid.UUID, Any]],
                 parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.ops = ops
        self._read_ids = read_ids
        self._read_rows = read_rows
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, Any] = {}
        self.pages_read = 0  # for tests: proves rows are read lazily

    def reload(self) -> None:
        """Re-read the ids (one query); rows are read again as they are shown."""
        ids = self.ops.read(lambda uow: self._read_ids(uow.session))
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: uuid.UUID) -> int:
        return self._ids.index(row_id) if row_id in self._ids else -1

    def record(self, row: int) -> Any:
        row_id = self.id_at(row)
        if row_id is None:
            return None
        if row_id not in self._rows:
            start = row - row % self.PAGE_SIZE
            page = self._ids[start:start + self.PAGE_SIZE]
            self._rows.update(self.ops.read(lambda uow: self._read_rows(uow.session, page)))
            self.pages_read += 1
        return self._rows.get(row_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
