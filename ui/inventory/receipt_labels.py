"""After a receipt is posted: product and lot labels for what came in.

The clerk chooses how many labels each line gets: one per unit (every jar
labelled), one per line (a label for the shelf or the case), or any count typed
in. The labels go through the print preview like every other document.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.printing.sources import LabelLine
from ui.context import AppContext
from ui.widgets.tables import fit_columns, make_table

MAX_LABELS = 9999  # per line: a roll of labels, not a mistake of ten thousand
Index = QModelIndex | QPersistentModelIndex
LABELS = 3  # the column the clerk edits


class LabelCountsModel(QAbstractTableModel):
    """The receipt's lines and how many labels each gets (the one editable column)."""

    counts_changed = Signal()
    """A line's label count was changed."""

    def __init__(self, lines: list[tuple[str, str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.counts = [min(units, MAX_LABELS) for _reference, _name, units in lines]
        self._titles = [self.tr("Product"), self.tr("Lot"), self.tr("Received"), self.tr("Labels")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        reference, name, units = self.lines[index.row()]
        sku, _, lot = reference.partition(":")
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LABELS:
                return self.counts[index.row()]
            return (f"{sku}  {name}", lot, str(units))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == LABELS else flags

    def setData(
        self,
        index: Index,
        value: object,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.column() != LABELS or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, int | str):  # a spin box gives an int, a paste a string
            return False
        self.set_count(index.row(), int(value))
        return True

    def set_count(self, row: int, count: int) -> None:
        """Give line `row` `count` labels (held within 0 and MAX_LABELS)."""
        count = max(0, min(count, MAX_LABELS))
        if self.counts[row] == count:
            return
        self.counts[row] = count
        cell = self.index(row, LABELS)
        self.dataChanged.emit(cell, cell)
        self.counts_changed.emit()


class _CountDelegate(QStyledItemDelegate):
    """A spin box from 0 to MAX_LABELS for the Labels column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, MAX_LABELS)
        return box


class ReceiptLabelsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        lines: list[LabelLine],
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        """`lines`: the posted receipt's (`core.printing.sources.receipt_label_lines`), read
        by the write that posted it."""
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Labels for {number}").format(number=number))
        self.lines = lines
        self.model = LabelCountsModel(self.lines, self)
        self.table = make_table(self.model, self)
        self.table.setItemDelegateForColumn(LABELS, _CountDelegate(self.table))
        # A click or a typed digit on a count edits it, as the spin boxes did.
        self.table.setEditTriggers(self.table.EditTrigger.AllEditTriggers)
        fit_columns(self.table)

        self.per_unit_button = QPushButton(self.tr("One per unit"), self)
        self.per_line_button = QPushButton(self.tr("One per line"), self)
        self.print_button = QPushButton(self.tr("Print labels…"), self)
        self.print_button.setDefault(True)
        skip = QPushButton(self.tr("No labels"), self)
        self.total = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.per_unit_button)
        buttons.addWidget(self.per_line_button)
        buttons.addWidget(self.total)
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The receipt is posted. Print product labels for what came in? Lots get their "
                    "lot barcode too."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)

        self.per_unit_button.clicked.connect(self.one_per_unit)
        self.per_line_button.clicked.connect(self.one_per_line)
        self.print_button.clicked.connect(self.print_labels)
        skip.clicked.connect(self.reject)
        self.model.counts_changed.connect(self._show_total)
        self._show_total()

    def one_per_unit(self) -> None:
        for row, (_reference, _name, units) in enumerate(self.lines):
            self.model.set_count(row, units)

    def one_per_line(self) -> None:
        for row in range(len(self.lines)):
            self.model.set_count(row, 1)

    def references(self) -> list[str]:
        """Each line's reference as many times as it gets labels, in the receipt's order."""
        return [
            reference
            for count, (reference, _name, _units) in zip(self.model.counts, self.lines, strict=True)
            for _ in range(count)
        ]

    def _show_total(self) -> None:
        total = sum(self.model.counts)
        self.total.setText(self.tr("%n label(s)", "", total))
        self.print_button.setEnabled(total > 0)

    def print_labels(self) -> None:
        from ui.printing.actions import print_product_labels

        references = self.references()
        if not references:
            return
        # The preview belongs to the page, so it stays open when this dialog closes.
        parent = self.parentWidget()
        print_product_labels(self.context, references, parent)
        self.accept()
