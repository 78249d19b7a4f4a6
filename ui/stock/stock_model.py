"""The stock table: stock per center, product and lot, read lazily from SQL.

SQL filters and sorts (`core.inventory.queries`, over the stock summary's
index); this model only counts, fetches pages as the view scrolls
(`canFetchMore`/`fetchMore`, each page the rows after the last one loaded, so
page 500 costs what page 1 does) and caches them. A write's `Changes` name the
products it touched: only their rows are re-read and patched in place (changed,
inserted where they sort, removed), so a clerk deep in a 200,000-line table
keeps the scroll position and the refresh costs one small query, not a re-read
of everything loaded. Changes that name no products fall back to re-reading
the loaded rows in place.

Every read runs in the background (`ops.query`), so a slow server never freezes the
window: the old rows stay until a new filter's first rows arrive, and an answer asked
for under an older filter (a page, a patch) is dropped when it comes.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from core.changes import Changes
from core.inventory import queries
from core.inventory.queries import StockFilter, StockRow, sort_key
from ui.fonts import tibetan_font
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations, UnitOfWork
from ui.qt_fixes import emit
from ui.widgets.paged_model import while_alive

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

EXPIRY_WARNING_DAYS = 30


translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


# (key, header) in display order; headers are looked up at paint time so a
# language switch needs no model rebuild. What a clerk reads first (which lot,
# its expiry, how many) comes before the long names.
COLUMNS: list[tuple[str, str]] = [
    ("center", QT_TRANSLATE_NOOP("StockModel", "Center")),
    ("sku", QT_TRANSLATE_NOOP("StockModel", "SKU")),
    ("name_zh", QT_TRANSLATE_NOOP("StockModel", "Chinese name")),
    ("name_bo", QT_TRANSLATE_NOOP("StockModel", "Tibetan name")),
    ("lot", QT_TRANSLATE_NOOP("StockModel", "Lot")),
    ("expiry", QT_TRANSLATE_NOOP("StockModel", "Expiry")),
    ("on_hand", QT_TRANSLATE_NOOP("StockModel", "On hand")),
    ("reserved", QT_TRANSLATE_NOOP("StockModel", "Reserved")),
    ("available", QT_TRANSLATE_NOOP("StockModel", "Available")),
    # Dispatched from another center, counted here until received.
    ("in_transit", QT_TRANSLATE_NOOP("StockModel", "In transit")),
    # The English name is the longest and is last: it takes the spare width, and on a
    # narrow screen the figures before it stay in view (its tooltip has every name).
    ("name_en", QT_TRANSLATE_NOOP("StockModel", "English name")),
]
NUMERIC = {"on_hand", "reserved", "available", "in_transit"}


def column_of(key: str) -> int:
    return next(i for i, (k, _) in enumerate(COLUMNS) if k == key)


class StockModel(QAbstractTableModel):
    PAGE_SIZE = 200
    # More changed products than this in one write (a whole catalogue re-counted):
    # re-reading the loaded rows costs no more than patching them one by one.
    MAX_PATCHED_PRODUCTS = 5000

    rows_read = Signal()
    """A read this model asked for arrived and is shown: a new filter's first rows, the
    rows a write changed, or the next page."""
    read_failed = Signal(str)
    """A read this model asked for failed; carries the sentence saying why."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._filter = StockFilter()
        self._total = 0
        self._rows: list[StockRow] = []
        self._stale = False
        # Products changed while the page was hidden; None: unknown, re-read everything.
        self._changed: set[uuid.UUID] | None = set()
        self._active = True
        # Every read runs on the reader thread. A new filter starts a new generation: an
        # answer asked for under an older one (a page, a patch) is dropped on arrival.
        self._generation = 0
        self._loading = False
        self._fetching = False
        self.today = ops.today()
        self._bo_font: QFont | None = None

    def _tibetan_font(self) -> QFont:
        if self._bo_font is None:
            self._bo_font = tibetan_font(QGuiApplication.font())
        return self._bo_font

    # -- what is shown --
    @property
    def total(self) -> int:
        """Rows matching the filter in the database (loaded or not)."""
        return self._total

    @property
    def filter(self) -> StockFilter:
        """The selection shown, or asked for and on its way."""
        return self._filter

    @property
    def loading(self) -> bool:
        """A new filter's first rows are on their way (the rows shown are the old ones)."""
        return self._loading

    def set_filter(self, flt: StockFilter) -> None:
        """Show another selection: a new query, read in the background; its first rows
        replace the old ones in the one reset this model does (`rows_read` follows)."""
        self._filter = flt
        self._generation += 1
        self._loading, self._fetching = True, False
        self._stale, self._changed = False, set()
        size = self.PAGE_SIZE
        self._ask(
            lambda uow: queries.stock_first_rows(uow, flt, size), self._first_rows, key="first"
        )

    def _first_rows(self, page: queries.StockPage) -> None:
        self.beginResetModel()
        self._total, self._rows = page.total, page.rows
        self._loading = False
        self.endResetModel()

    def _ask(
        self, read: Callable[[UnitOfWork], T], apply: Callable[[T], None], key: str = ""
    ) -> None:
        """Read in the background; `apply` the answer unless a newer filter came since."""
        generation = self._generation

        def arrived(result: T) -> None:
            if generation == self._generation:
                apply(result)
                emit(self.rows_read)

        def failed(_error: BaseException, sentence: str) -> None:
            if generation == self._generation:
                self._loading = self._fetching = False
                emit(self.read_failed, sentence)

        self.ops.query(
            read,
            on_success=while_alive(self, arrived),
            on_error=while_alive(self, failed),
            key=(id(self), key) if key else None,
        )

    def reload(self) -> None:
        self.set_filter(self._filter)

    def row_at(self, row: int) -> StockRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- staleness --
    def note_changes(self, changes: Changes) -> None:
        """Slot for `ChangeBus.changes_applied`: refresh only if stock changed."""
        if not changes.stock:
            return
        self._stale = True
        if self._changed is not None and changes.products:
            self._changed |= changes.products
        else:
            self._changed = None
        if self._active:
            self.refresh()

    def set_active(self, active: bool) -> None:
        """A hidden page does not re-read on every change; it catches up when shown."""
        self._active = active
        if active and self._stale:
            self.refresh()

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh(self) -> None:
        """Bring the loaded rows up to date: the changed products' rows if known, else all."""
        self.today = self.ops.today()
        changed, self._changed = self._changed, set()
        if changed and len(changed) <= self.MAX_PATCHED_PRODUCTS:
            self._patch(changed)
        else:
            self._reread()
        self._stale = False

    def _patch(self, products: set[uuid.UUID]) -> None:
        """Re-read the rows of `products` and patch them into the loaded rows in place."""
        flt = self._filter
        self._ask(lambda uow: queries.stock_patch(uow, flt, products), self._apply_patch)

    def _apply_patch(self, patch: queries.StockPage) -> None:
        total, fresh, groups = patch.total, patch.rows, patch.groups
        # Rows past the last loaded one are not loaded yet: fetchMore reads them as they are.
        everything_loaded = len(self._rows) >= self._total
        last = sort_key(self._rows[-1]) if self._rows else None
        wanted = {
            sort_key(row): row
            for row in fresh
            if everything_loaded or (last is not None and sort_key(row) <= last)
        }
        for number in reversed(self._loaded_rows_of(groups)):
            row = self._rows[number]
            replacement = wanted.pop(sort_key(row), None)
            if replacement is None:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
            elif replacement != row:
                self._rows[number] = replacement
                emit(self.dataChanged, self.index(number, 0), self.index(number, len(COLUMNS) - 1))
        for key, row in sorted(wanted.items()):
            number = bisect.bisect_left(self._rows, key, key=sort_key)
            self.beginInsertRows(QModelIndex(), number, number)
            self._rows.insert(number, row)
            self.endInsertRows()
        self._total = total

    def _loaded_rows_of(self, groups: list[tuple[str, str]]) -> list[int]:
        """Positions of the loaded rows in these (center, SKU) groups: found by bisection,
        since rows sort by center and SKU first, not by a scan of everything loaded."""

        def group(row: StockRow) -> tuple[str, str]:
            return row.center, row.sku

        positions: list[int] = []
        for wanted in groups:
            start = bisect.bisect_left(self._rows, wanted, key=group)
            end = bisect.bisect_right(self._rows, wanted, lo=start, key=group)
            positions.extend(range(start, end))
        return sorted(positions)

    def _reread(self) -> None:
        """Re-read as many rows as are loaded (at least a page), in place."""
        wanted = max(len(self._rows), self.PAGE_SIZE)
        flt = self._filter
        self._ask(lambda uow: queries.stock_first_rows(uow, flt, wanted), self._reread_arrived)

    def _reread_arrived(self, page: queries.StockPage) -> None:
        total, rows = page.total, page.rows
        old, new = len(self._rows), len(rows)
        # Change the row count first with the old data in place, then swap the
        # data and say so: views and proxies see consistent states throughout.
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(rows[old:])
            self.endInsertRows()
        self._rows = rows
        self._total = total
        if min(old, new):
            emit(
                self.dataChanged, self.index(0, 0), self.index(min(old, new) - 1, len(COLUMNS) - 1)
            )

    # -- lazy loading --
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008
        """Ask for the page after the last row loaded; one at a time (the view asks again
        once it has arrived, if the clerk still scrolls)."""
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        after = self._rows[-1] if self._rows else None
        flt, size = self._filter, self.PAGE_SIZE
        self._ask(
            lambda uow: queries.next_stock_rows(uow, flt, after, size),
            lambda page: self._next_rows(after, page),
        )

    def _next_rows(self, after: StockRow | None, page: list[StockRow]) -> None:
        self._fetching = False
        if (self._rows[-1] if self._rows else None) != after:
            return  # the loaded rows were read again meanwhile: the view asks anew
        start = len(self._rows)
        if not page:
            self._total = start  # rows vanished since the count: stop asking
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("StockModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key == "name_bo":
            return self._tibetan_font()
        if role == Qt.ItemDataRole.ToolTipRole and key.startswith("name"):
            return "\n".join(n for n in (row.name_zh, row.name_bo, row.name_en) if n)
        if role == Qt.ItemDataRole.ForegroundRole and key == "expiry" and row.expiry:
            if row.expiry < self.today:
                return QBrush(QColor("#b3261e"))
            if (row.expiry - self.today).days <= EXPIRY_WARNING_DAYS:
                return QBrush(QColor("#9a6700"))
        if role == Qt.ItemDataRole.UserRole:
            return row.sku
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _display(row: StockRow, key: str) -> str:
    if key == "expiry":
        return row.expiry.isoformat() if row.expiry else ""
    if key == "available":
        return str(row.available)
    value = getattr(row, key)
    return str(value)
