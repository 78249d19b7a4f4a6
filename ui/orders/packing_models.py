"""The pick list and the open parcel's lines as table models.

Both lists are short (one pick list, one order), so each is held whole. A scan
changes a line or two of the same list: those rows are patched (`dataChanged`),
so the row the picker is looking at does not jump; another list (a new pick
list, another order) replaces the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from core.orders.fulfilment import PackLine
from core.orders.picking import PickLine
from ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
# (header, value of a row); headers are translated where they are shown
Column = tuple[str, Callable[[Any], object]]


class LinesModel(QAbstractTableModel):
    """Rows of frozen values, each known by `key(row)`."""

    CONTEXT = "LinesModel"  # translation context of the headers

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`: patched in place when they are the same lines, else replaced."""
        rows = list(rows)
        if [self._key(r) for r in rows] != [self._key(r) for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        changed = [
            n for n, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new
        ]
        self.rows = rows
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(self._columns) - 1)
            )

    def clear(self) -> None:
        self.set_rows([])

    def text(self, row: int, column: int) -> str:
        """What the cell shows (as a person reads it)."""
        return str(self.index(row, column).data() or "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(self.CONTEXT, self._columns[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _picked(line: PickLine) -> str:
    return "✓" if line.picked else ""


class PickLinesModel(LinesModel):
    """The pick list as the picker walks it: by bin, then SKU, then lot."""

    CONTEXT = "PickLinesModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("PickLinesModel", "Bin"), lambda line: line.bin),
                (QT_TRANSLATE_NOOP("PickLinesModel", "SKU"), lambda line: line.sku),
                (QT_TRANSLATE_NOOP("PickLinesModel", "Name"), lambda line: line.name_zh),
                (QT_TRANSLATE_NOOP("PickLinesModel", "Lot"), lambda line: line.lot),
                (QT_TRANSLATE_NOOP("PickLinesModel", "Qty"), lambda line: line.quantity),
                (QT_TRANSLATE_NOOP("PickLinesModel", "Order"), lambda line: line.order_id),
                (QT_TRANSLATE_NOOP("PickLinesModel", "Picked"), _picked),
            ],
            key=lambda line: line.reservation_id,
            parent=parent,
        )


class PackLinesModel(LinesModel):
    """The open parcel's items: what was ordered and how many are packed."""

    CONTEXT = "PackLinesModel"
    PACKED = 3  # the column a scan counts up

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("PackLinesModel", "SKU"), lambda line: line.sku),
                (QT_TRANSLATE_NOOP("PackLinesModel", "Item"), lambda line: line.title),
                (QT_TRANSLATE_NOOP("PackLinesModel", "Ordered"), lambda line: line.quantity),
                (QT_TRANSLATE_NOOP("PackLinesModel", "Packed"), lambda line: line.packed),
            ],
            key=lambda line: (line.sku, line.title),
            parent=parent,
        )

    def packed(self, row: int) -> int:
        line: PackLine = self.rows[row]
        return line.packed
