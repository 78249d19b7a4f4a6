"""A table over ids that SQL already filtered and sorted, rows read a page at a time.

Subclasses name their columns and say how to read the ids and a page of rows (both
functions of a unit of work); this base holds the ids, caches the pages, and answers
Qt's structural calls.

Every read goes through `ops.query`, on the reader thread: a row not read yet shows
a placeholder, and its page is asked for when the view first paints it. A change
never resets the table: `refresh` re-reads the ids only when asked to (a change
that can add, drop or reorder rows) and applies the difference as row removals and
insertions, then re-reads the rows that changed and says so with `dataChanged`, so
the clerk's selection and scroll position stay where they were.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Callable, Collection, Mapping
from typing import Any, ParamSpec

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.operations import Operations, UnitOfWork

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDER = "…"  # what a cell shows until its page arrives
P = ParamSpec("P")


def while_alive(owner: QObject, fn: Callable[P, None]) -> Callable[P, None]:
    """`fn`, called only while `owner` still exists: a read started by a page or model
    may come back after the clerk closed it (or a test deleted it)."""

    def call(*args: P.args, **kwargs: P.kwargs) -> None:
        if shiboken6.isValid(owner):
            fn(*args, **kwargs)

    return call


class PagedIdModel(QAbstractTableModel):
    PAGE_SIZE = 100
    COLUMNS: list[tuple[str, str]] = []  # (key, header) in display order
    CONTEXT = "PagedIdModel"  # translation context of the headers

    ids_arrived = Signal()
    """The ids were read (after `reload` or a `refresh` that re-reads them) and the rows
    follow them."""
    rows_arrived = Signal()
    """A page of rows, or the rows a change touched, was read and is shown."""

    def __init__(
        self,
        ops: Operations,
        read_ids: Callable[[UnitOfWork], list[uuid.UUID]],
        read_rows: Callable[[UnitOfWork, list[uuid.UUID]], Mapping[uuid.UUID, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._read_ids = read_ids
        self._read_rows = read_rows
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, Any] = {}
        self._asked: set[int] = set()  # first rows of the pages asked for, not arrived yet
        self.pages_read = 0
        """Pages read so far: tests prove with it that rows are read lazily."""

    # -- reading --
    def reload(self) -> None:
        """Read the ids again (a new filter): the cached rows go, rows are read as shown."""
        self._query_ids(fresh=True)

    def refresh(self, *, ids: bool, rows: Collection[uuid.UUID] | None = ()) -> None:
        """Follow a change without a reset.

        Args:
            ids: read the ids again; rows that left are removed, new ones inserted.
            rows: ids of rows whose content changed (re-read if shown); None for every
                row read so far (a change of what every row names, e.g. a township).
        """
        stale = set(self._rows) if rows is None else {r for r in rows if r in self._rows}
        if ids:
            self._query_ids(fresh=False)
        if stale:
            wanted = [row_id for row_id in self._ids if row_id in stale]
            self.ops.query(
                lambda uow: self._read_rows(uow, wanted),
                on_success=while_alive(self, self._rows_read),
            )

    def _query_ids(self, *, fresh: bool) -> None:
        self.ops.query(
            self._read_ids,
            on_success=while_alive(self, lambda ids: self._ids_read(ids, fresh)),
            key=(id(self), "ids"),
        )

    def _ids_read(self, ids: list[uuid.UUID], fresh: bool) -> None:
        if fresh:
            self.beginResetModel()
            self._ids = list(ids)
            self._rows.clear()
            self._asked.clear()
            self.endResetModel()
        else:
            self._follow(list(ids))
        self.ids_arrived.emit()

    def _follow(self, ids: list[uuid.UUID]) -> None:
        """Turn the old ids into `ids` by removing and inserting rows, last block first so
        the earlier rows' numbers still hold; rows that stay keep their selection."""
        matcher = difflib.SequenceMatcher(a=self._ids, b=ids, autojunk=False)
        for tag, a0, a1, b0, b1 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            if a1 > a0:
                self.beginRemoveRows(QModelIndex(), a0, a1 - 1)
                for gone in self._ids[a0:a1]:
                    self._rows.pop(gone, None)
                del self._ids[a0:a1]
                self.endRemoveRows()
            if b1 > b0:
                self.beginInsertRows(QModelIndex(), a0, a0 + b1 - b0 - 1)
                self._ids[a0:a0] = ids[b0:b1]
                self.endInsertRows()
        self._asked.clear()  # page boundaries moved: a page asked for may ask again

    def _ask_page(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        if start in self._asked:
            return
        self._asked.add(start)
        page = self._ids[start : start + self.PAGE_SIZE]
        self.pages_read += 1
        self.ops.query(
            lambda uow: self._read_rows(uow, page),
            on_success=while_alive(self, lambda rows: self._page_read(start, rows)),
        )

    def _page_read(self, start: int, rows: Mapping[uuid.UUID, Any]) -> None:
        self._asked.discard(start)
        self._rows_read(rows)

    def _rows_read(self, rows: Mapping[uuid.UUID, Any]) -> None:
        shown = [n for n, row_id in enumerate(self._ids) if row_id in rows]
        self._rows.update(rows)
        if shown:
            self.dataChanged.emit(
                self.index(min(shown), 0), self.index(max(shown), len(self.COLUMNS) - 1)
            )
        self.rows_arrived.emit()

    # -- answering --
    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: uuid.UUID) -> int:
        return self._ids.index(row_id) if row_id in self._ids else -1

    def record(self, row: int) -> Any:
        """The row's record, or None while its page is on its way (then it is asked for)."""
        row_id = self.id_at(row)
        if row_id is None:
            return None
        if row_id not in self._rows:
            self._ask_page(row)
            return None
        return self._rows[row_id]

    def placeholder(self, role: int) -> object:
        """What a cell whose row has not arrived shows."""
        return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
