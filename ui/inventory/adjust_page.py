"""Adjust: correct stock in a bin with a reason code (damaged, lost, found, expired, sample,
correction) and a note. Scan the bin and the product; type the change; Post."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.inventory import services
from core.inventory.scanning import Scan, ScanKind
from core.validation import MAX_QUANTITY
from ui.context import AppContext
from ui.inventory.common import WorkflowPage
from ui.widgets.bin_box import load_bins
from ui.widgets.eliding_combo import ElidingCombo
from ui.widgets.quantity_edit import QuantityEdit


class AdjustPage(WorkflowPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Center"), self))
        top.addWidget(self.center, 1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scan)
        self.layout_.addWidget(self.message)
        self.bin = ElidingCombo(self, chars=10)
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("Scan or type a SKU"))
        self.lot = QLineEdit(self)
        self.change = QuantityEdit(self, field="change", signed=True)
        self.change.setRange(-MAX_QUANTITY, MAX_QUANTITY)
        self.change.setValue(-1)
        self.reason = QComboBox(self)
        labels = {
            "damaged": self.tr("damaged"),
            "lost": self.tr("lost"),
            "found": self.tr("found"),
            "expired": self.tr("expired"),
            "sample": self.tr("sample"),
            "correction": self.tr("correction"),
        }
        for code in services.ADJUSTMENT_REASONS:
            self.reason.addItem(labels.get(code, code), code)
        self.note = QLineEdit(self)
        self.post_button = QPushButton(self.tr("Post adjustment"), self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Bin"), self.bin),
            (self.tr("Product"), self.product),
            (self.tr("Lot"), self.lot),
            (self.tr("Change (+/-)"), self.change),
            (self.tr("Reason"), self.reason),
            (self.tr("Note"), self.note),
        ):
            form.addRow(label, widget)
        form.addRow("", self.post_button)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.center.currentIndexChanged.connect(self._load_bins)
        self.post_button.clicked.connect(self.post)
        self._load_bins()

    def _load_bins(self) -> None:
        load_bins(self.context.ops, self.bin, self.center_code)

    def on_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.BIN and scan.center == self.center_code:
            self.bin.setCurrentIndex(self.bin.findText(scan.bin))
            self.scan.flash_ok(self.tr("Bin {bin}").format(bin=scan.bin))
        elif scan.kind in (ScanKind.PRODUCT, ScanKind.LOT):
            self.product.setText(scan.sku)
            self.lot.setText(scan.lot or "")
            self.scan.flash_ok(scan.sku)
        else:
            self.refuse(self.tr("Scan a bin of this center, a product or a lot label."))

    def post(self) -> None:
        if self.change.value() == 0:
            self.refuse(self.tr("The change cannot be zero."))
            return
        if not self.product.text().strip():
            self.refuse(self.tr("Scan or type a product first."))
            self.product.setFocus()
            return
        center, bin_code, sku = (
            self.center_code,
            self.bin.currentText(),
            self.product.text().strip(),
        )
        lot, delta, note = self.lot.text().strip(), self.change.value(), self.note.text().strip()
        reason = str(self.reason.currentData())
        # Post is greyed while the post is on its way and the form is cleared once it is
        # posted: a second click (a double click, or a clerk unsure the first one took)
        # must not write the stock off twice; it is told to scan the next item instead.
        self.run(
            lambda uow: services.adjust(
                uow,
                center=center,
                bin=bin_code,
                sku=sku,
                lot=lot,
                delta=delta,
                reason=reason,
                note=note,
            ),
            ok=self.tr("{sku}: {delta:+d} posted").format(sku=sku, delta=delta),
            done=lambda _r: self._posted(),
            busy=self.post_button,
        )

    def _posted(self) -> None:
        """Posted: the form is cleared for the next item (the bin and reason stay, as the
        clerk usually writes off several items of one bin for one reason)."""
        for box in (self.product, self.lot, self.note):
            box.clear()
        self.change.setValue(-1)
