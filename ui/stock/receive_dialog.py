"""The Receive dialog: goods come in from a producer or cooperative into a bin.

The dialog only collects text; the core parses and checks it
(`core.inventory.services.receive`), so the dialog, the command line and
imports refuse the same inputs. A refused receipt shows the core's reason in
the dialog, next to the field, and writes nothing (one transaction).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import UnknownProduct
from core.inventory import services
from core.uow import UnitOfWork
from core.validation import require_text
from ui.context import AppContext
from ui.error_messages import error_field
from ui.operations import Operation
from ui.qt_fixes import emit
from ui.stock import lookups


class ReceiveDialog(QDialog):
    received = Signal(object)
    """The receipt was committed; carries its `Changes`."""
    refused = Signal(str)
    """The core refused the receipt; carries the message shown. Nothing was written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Receive goods"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

        self.center = QComboBox()
        self.center.setObjectName("receive_center")
        self.bin = QComboBox()
        self.bin.setObjectName("receive_bin")
        self.product = QLineEdit()
        self.product.setObjectName("receive_product")
        self.product.setPlaceholderText(self.tr("SKU or barcode (type or scan)"))
        # A scanner types like a keyboard; a Chinese input method would eat the burst.
        self.product.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.product.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly)
        self.product_info = QLabel()
        self.product_info.setObjectName("receive_product_info")
        self.product_info.setWordWrap(True)
        self.lot = QLineEdit()
        self.lot.setObjectName("receive_lot")
        self.lot.setPlaceholderText(self.tr("optional"))
        self.has_expiry = QCheckBox(self.tr("Has an expiry date"))
        self.expiry = QDateEdit(QDate.currentDate().addYears(1))
        self.expiry.setObjectName("receive_expiry")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("receive_quantity")
        self.quantity.setPlaceholderText(self.tr("whole units"))
        self.unit = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("receive_note")
        self.error = QLabel()
        self.error.setObjectName("receive_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()

        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expiry, 1)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 1)
        quantity_row.addWidget(self.unit)
        form = QFormLayout()
        form.addRow(self.tr("Center:"), self.center)
        form.addRow(self.tr("Bin:"), self.bin)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow("", self.product_info)
        form.addRow(self.tr("Lot:"), self.lot)
        form.addRow(self.tr("Expiry:"), expiry_row)
        form.addRow(self.tr("Quantity:"), quantity_row)
        form.addRow(self.tr("Note:"), self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fields: dict[str, QWidget] = {
            "center": self.center, "bin": self.bin, "sku": self.product, "lot": self.lot,
            "expiry": self.expiry, "quantity": self.quantity, "note": self.note,
        }
        self._load_choices()
        self.center.currentIndexChanged.connect(self._load_bins)
        self.product.textChanged.connect(self._product_changed)
        self._load_bins()
        self._product_changed()

    # -- choices --
    def _load_choices(self) -> None:
        ops = self.context.ops
        for center in ops.read(lambda uow: lookups.centers(uow.session)):
            self.center.addItem(f"{center.code} · {center.name_zh}", center.code)
        found = self.center.findData(self.context.settings.receive_center)
        self.center.setCurrentIndex(max(found, 0))
        completer = QCompleter(ops.read(lambda uow: lookups.product_codes(uow.session)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product.setCompleter(completer)

    def _load_bins(self) -> None:
        code = str(self.center.currentData() or "")
        bins = self.context.ops.read(lambda uow: lookups.bins(uow.session, code)) if code else []
        self.bin.clear()
        self.bin.addItems(bins)

    def _product_changed(self) -> None:
        code = self.product.text().strip()
        found = (self.context.ops.read(lambda uow: lookups.product(uow.session, code))
                 if code else None)
        if found is None:
            self.product_info.setText(self.tr("Unknown product") if code else "")
            self.unit.setText("")
            return
        # One name a line: a Tibetan name next to a Chinese one leaves no room to wrap.
        lines = [n for n in (found.name_zh, found.name_bo, found.name_en) if n]
        if found.tracks_expiry:
            lines.append(self.tr("Expiry date required"))
        self.product_info.setText("\n".join(lines))
        self.unit.setText(found.unit)
        if found.tracks_expiry:
            self.has_expiry.setChecked(True)

    def preset(self, *, center: str = "", sku: str = "") -> None:
        """Start from the center and product the clerk was looking at."""
        found = self.center.findData(center)
        if found >= 0:
            self.center.setCurrentIndex(found)
        if sku:
            self.product.setText(sku)

    # -- posting --
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        # A scanner ends its burst with Enter: go on to the next field, don't post yet.
        if self.product.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.operation is not None and not self.operation.done:
            return  # already posting
        center = str(self.center.currentData() or "")
        bin_code = self.bin.currentText()
        code = self.product.text()
        lot = self.lot.text().strip()
        expiry = self.expiry.date().toPython() if self.has_expiry.isChecked() else None
        quantity = self.quantity.text()
        note = self.note.text().strip()

        def post(uow: UnitOfWork) -> object:
            sku = require_text(code, "sku", 64)
            found = lookups.product(uow.session, sku)
            if found is None:
                raise UnknownProduct(sku)
            return services.receive(uow, center=center, bin=bin_code, sku=found.sku,
                                    quantity=quantity, lot=lot, expiry=expiry, note=note)

        self.error.hide()
        self.buttons.setEnabled(False)
        self.operation = self.context.ops.run(
            post, parent=self, title=self.tr("Receive goods"),
            on_success=self._posted, on_failure=self._refused)

    def _posted(self, changes: object) -> None:
        self.buttons.setEnabled(True)
        self.context.settings.receive_center = str(self.center.currentData() or "")
        emit(self.received, changes)
        super().accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        field = error_field(self.operation.error) if self.operation else None
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        emit(self.refused, message)
