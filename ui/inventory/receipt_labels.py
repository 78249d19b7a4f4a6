"""After a receipt is posted: product and lot labels for what came in.

The clerk chooses how many labels each line gets: one per unit (every jar
labelled), one per line (a label for the shelf or the case), or any count typed
in. The labels go through the print preview like every other document.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.printing.sources import receipt_label_lines
from ui.context import AppContext
from ui.operations import Operation

MAX_LABELS = 9999  # per line: a roll of labels, not a mistake of ten thousand


class ReceiptLabelsDialog(QDialog):
    def __init__(self, context: AppContext, receipt_id: uuid.UUID, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_operation: Operation | None = None
        self.setWindowTitle(self.tr("Labels for {number}").format(number=number))
        self.lines = context.ops.read(lambda uow: receipt_label_lines(uow, receipt_id))
        self.table = QTableWidget(len(self.lines), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Lot"),
                                              self.tr("Received"), self.tr("Labels")])
        self.counts: list[QSpinBox] = []
        for row, (reference, name, units) in enumerate(self.lines):
            sku, _, lot = reference.partition(":")
            for column, text in enumerate((f"{sku}  {name}", lot, str(units))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            count = QSpinBox(self.table)
            count.setRange(0, MAX_LABELS)
            count.setValue(min(units, MAX_LABELS))
            self.table.setCellWidget(row, 3, count)
            self.counts.append(count)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

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
        layout.addWidget(QLabel(self.tr(
            "The receipt is posted. Print product labels for what came in? Lots get their "
            "lot barcode too."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)

        self.per_unit_button.clicked.connect(self.one_per_unit)
        self.per_line_button.clicked.connect(self.one_per_line)
        self.print_button.clicked.connect(self.print_labels)
        skip.clicked.connect(self.reject)
        for count in self.counts:
            count.valueChanged.connect(self._show_total)
        self._show_total()

    def one_per_unit(self) -> None:
        for count, (_reference, _name, units) in zip(self.counts, self.lines, strict=True):
            count.setValue(min(units, MAX_LABELS))

    def one_per_line(self) -> None:
        for count in self.counts:
            count.setValue(1)

    def references(self) -> list[str]:
        """Each line's reference as many times as it gets labels, in the receipt's order."""
        return [reference for count, (reference, _name, _units) in zip(
            self.counts, self.lines, strict=True) for _ in range(count.value())]

    def _show_total(self) -> None:
        total = sum(count.value() for count in self.counts)
        self.total.setText(self.tr("%n label(s)", "", total))
        self.print_button.setEnabled(total > 0)

    def print_labels(self) -> None:
        from ui.printing.actions import print_product_labels

        references = self.references()
        if not references:
            return
        # The preview belongs to the page, so it stays open when this dialog closes.
        parent = self.parentWidget()
        self.last_operation = print_product_labels(self.context, references, parent)
        self.accept()
