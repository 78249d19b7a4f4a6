"""A product's stock card: its moves, oldest first, with the running balance.

A product sold for years has tens of thousands of moves, so the card opens on its
newest page (`core.inventory.queries.stock_card_page`: the balance before the page is
one aggregate in SQL) and reads older pages as the clerk scrolls up (`fetch_older`).
It re-reads the pages it holds when a write touched its product. Every read runs in
the background; an answer for a card no longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from core.changes import Changes
from core.clock import shown
from core.document_names import DocumentRef
from core.inventory import queries
from core.inventory.queries import CardLine
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations
from ui.qt_fixes import emit
from ui.stock.stock_model import Index
from ui.widgets.paged_model import while_alive

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def kind_label(kind: str) -> str:
    labels = {
        "receipt": translate("StockCardModel", "Receipt"),
        "putaway": translate("StockCardModel", "Putaway"),
        "transfer": translate("StockCardModel", "Transfer"),
        "pick": translate("StockCardModel", "Pick"),
        "adjustment": translate("StockCardModel", "Adjustment"),
        "count": translate("StockCardModel", "Count"),
    }
    return labels.get(kind, kind)


def document_kind_label(kind: str) -> str:
    """What a move's document is, for a type that has a table or none ("Re-slot")."""
    labels = {
        "order": translate("StockCardModel", "Order"),
        "reslot": translate("StockCardModel", "Re-slot"),
        "demo-hold": translate("StockCardModel", "Held for orders (demo)"),
    }
    return labels.get(kind) or kind_label(kind)


def document_label(ref: DocumentRef, *, kind_shown: bool = False) -> str:
    """A move's document as the clerk reads it: "Receipt RC-… from <supplier>", "Transfer
    TR-… TSC → GGY", "Order 3812…"; without the type where the Move cell already says it
    (`kind_shown`), so that the supplier has the room."""
    if kind_shown and ref.number:
        document = ref.number
    else:
        document = " ".join(p for p in (document_kind_label(ref.kind), ref.number) if p)
    if ref.party and ref.kind == "receipt":
        return translate("StockCardModel", "{document} from {supplier}").format(
            document=document, supplier=ref.party
        )
    # A transfer's route is center codes and an arrow, the same in every language.
    return f"{document} {ref.party}" if ref.party else document


def card_document(line: CardLine) -> str:
    """The Document cell: blank where it would only repeat the Move cell (an adjustment
    without a document of its own)."""
    ref = line.reference
    if not ref.number and ref.kind in ("", line.kind):
        return ""
    return document_label(ref, kind_shown=ref.kind == line.kind)


CARD_COLUMNS: list[tuple[str, str]] = [
    ("at", QT_TRANSLATE_NOOP("StockCardModel", "When")),
    ("center", QT_TRANSLATE_NOOP("StockCardModel", "Center")),
    ("kind", QT_TRANSLATE_NOOP("StockCardModel", "Move")),
    ("from_bin", QT_TRANSLATE_NOOP("StockCardModel", "From bin")),
    ("to_bin", QT_TRANSLATE_NOOP("StockCardModel", "To bin")),
    ("lot", QT_TRANSLATE_NOOP("StockCardModel", "Lot")),
    ("change", QT_TRANSLATE_NOOP("StockCardModel", "Change")),
    ("balance", QT_TRANSLATE_NOOP("StockCardModel", "Balance")),
    ("actor", QT_TRANSLATE_NOOP("StockCardModel", "Who")),
    ("reason", QT_TRANSLATE_NOOP("StockCardModel", "Reason")),
    ("document", QT_TRANSLATE_NOOP("StockCardModel", "Document")),
]
_NUMERIC = {"change", "balance"}


def card_column(key: str) -> int:
    return [k for k, _title in CARD_COLUMNS].index(key)


class StockCardModel(QAbstractTableModel):
    PAGE_SIZE = 200

    card_read = Signal(bool)
    """The card's lines were read and are shown; True when a card was opened (its
    newest page), False when the card was read again after a write."""
    older_read = Signal(int)
    """A page of older moves arrived and is on top; carries how many lines came."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sku: str | None = None
        self.center: str | None = None
        self.product_id: object = None
        self._lines: list[CardLine] = []
        self._older = False
        # Read in the background: opening another card drops what the last one still read.
        self._generation = 0
        self._fetching = False

    def show_product(
        self, sku: str | None, center: str | None = None, product_id: object = None
    ) -> None:
        """Open the card of `sku` (at `center`, or all centers) on its newest page; the
        lines shown go at once, the new ones follow (`card_read`)."""
        self.beginResetModel()
        self._lines, self._older = [], False
        self.endResetModel()
        self._show(sku, center, product_id, self.PAGE_SIZE, opened=True)

    def _show(
        self, sku: str | None, center: str | None, product_id: object, limit: int, *, opened: bool
    ) -> None:
        self.sku, self.center, self.product_id = sku, center, product_id
        self._generation += 1
        self._fetching = False
        generation = self._generation

        def arrived(page: queries.CardPage) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._lines, self._older = page.lines, page.older
            self.endResetModel()
            emit(self.card_read, opened)

        if sku:
            self.ops.query(
                lambda uow: queries.stock_card_page(uow, sku, center, limit=limit),
                on_success=while_alive(self, arrived),
                key=(id(self), "card"),
            )

    @property
    def has_older(self) -> bool:
        """Older moves than the first line shown exist (read them with `fetch_older`)."""
        return self._older

    def fetch_older(self) -> None:
        """Ask for the page of moves before the first line shown; it goes on top when it
        arrives (`older_read`). One at a time."""
        if not self._older or not self._lines or self.sku is None or self._fetching:
            return
        first = self._lines[0]
        assert first.move_id is not None
        sku, center, key = self.sku, self.center, (first.at, first.move_id)
        size, generation = self.PAGE_SIZE, self._generation
        self._fetching = True

        def arrived(page: queries.CardPage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._older = page.older
            if page.lines:
                self.beginInsertRows(QModelIndex(), 0, len(page.lines) - 1)
                self._lines[:0] = page.lines
                self.endInsertRows()
            emit(self.older_read, len(page.lines))

        self.ops.query(
            lambda uow: queries.stock_card_page(uow, sku, center, before=key, limit=size),
            on_success=while_alive(self, arrived),
        )

    def note_changes(self, changes: Changes) -> None:
        """Re-read only when the write touched this product (as many lines as are shown)."""
        if (
            self.sku
            and changes.stock
            and (not changes.products or self.product_id in changes.products)
        ):
            limit = max(len(self._lines), self.PAGE_SIZE)
            self._show(self.sku, self.center, self.product_id, limit, opened=False)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(CARD_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CARD_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("StockCardModel", CARD_COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and CARD_COLUMNS[section][0] in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        key = CARD_COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return shown(line.at)
            if key == "kind":
                return kind_label(line.kind)
            if key == "document":
                return card_document(line)
            if key == "change":
                return f"{line.change:+d}" if line.change else "0"
            value = getattr(line, key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                document_label(line.reference) if key == "document" and card_document(line) else ""
            )
            # A receipt's moves carry its supplier as their note: said once is enough.
            note = "" if tip and line.note == line.reference.party else line.note
            return "\n".join(part for part in (tip, note) if part) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
