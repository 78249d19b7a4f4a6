"""The Receive dialog: goods come in from a producer or cooperative into a bin.

The dialog only collects text; the core parses and checks it
(`core.inventory.services.receive`), so the dialog, the command line and
imports refuse the same inputs. A refused receipt shows the core's reason in
the dialog, next to the field, and writes nothing (one transaction).

It starts on this PC's home center; the expiry is empty until the clerk types
the date printed on the goods (no date is ever made up); the product's names
appear in room kept for them, so the fields below never move under the
clerk's pointer; and a posted receipt says what came in (`summary`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.inventory import services
from core.inventory.catalog import ProductChoice, product_choice, require_product_choice
from core.inventory.queries import product_codes
from core.validation import parse_date, parse_quantity
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.error_messages import error_field
from ui.fonts import TIBETAN_SAMPLE
from ui.operations import Operation, UnitOfWork
from ui.qt_fixes import emit
from ui.scan.latin_edit import LatinLineEdit
from ui.widgets.bin_box import load_bins
from ui.widgets.paged_model import while_alive
from ui.widgets.quantity_edit import QuantityEdit


@dataclass(frozen=True)
class Received:
    """What a posted receipt brought in, for the sentence that says so."""

    changes: Changes
    quantity: int
    product: ProductChoice
    center: str
    bin: str
    lot: str
    expiry: date | None


class ReceiveDialog(QDialog):
    received = Signal(object)
    """The receipt was committed; carries its `Changes`."""
    refused = Signal(str)
    """The core refused the receipt; carries the message shown. Nothing was written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation[Received] | None = None
        self.setWindowTitle(self.tr("Receive goods"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

        self.summary = ""
        self.center = CenterCombo(context, self)
        self.center.setObjectName("receive_center")
        self.bin = QComboBox()
        self.bin.setObjectName("receive_bin")
        # A scanner types like a keyboard; a Chinese input method would eat the burst.
        self.product = LatinLineEdit()
        self.product.setObjectName("receive_product")
        self.product.setPlaceholderText(self.tr("SKU or barcode (type or scan)"))
        self.product_info = QLabel()
        self.product_info.setObjectName("receive_product_info")
        self.product_info.setWordWrap(True)
        self.product_info.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lot = QLineEdit()
        self.lot.setObjectName("receive_lot")
        self.lot.setPlaceholderText(self.tr("optional"))
        # The date printed on the goods, typed; empty means none. A date picker would
        # have to show some date, and a made-up one gets posted by a hurried Enter.
        self.expiry = QLineEdit()
        self.expiry.setObjectName("receive_expiry")
        self.expiry.setPlaceholderText(self.tr("YYYY-MM-DD, as printed on the goods"))
        self.expiry.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.quantity = QuantityEdit(self)
        self.quantity.setObjectName("receive_quantity")
        self.unit = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("receive_note")
        self.error = QLabel()
        self.error.setObjectName("receive_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()

        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 1)
        quantity_row.addWidget(self.unit)
        form = QFormLayout()
        form.addRow(self.tr("Center:"), self.center)
        form.addRow(self.tr("Bin:"), self.bin)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow("", self.product_info)
        form.addRow(self.tr("Lot:"), self.lot)
        form.addRow(self.tr("Expiry:"), self.expiry)
        form.addRow(self.tr("Quantity:"), quantity_row)
        form.addRow(self.tr("Note:"), self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fields: dict[str, QWidget] = {
            "center": self.center,
            "bin": self.bin,
            "sku": self.product,
            "lot": self.lot,
            "expiry": self.expiry,
            "quantity": self.quantity,
            "note": self.note,
        }
        self._keep_room_for_product_info()
        self._load_choices()
        self.center.currentIndexChanged.connect(self._load_bins)
        self.product.textChanged.connect(self._product_changed)
        self._load_bins()
        self._product_changed()

    # -- choices --
    def _keep_room_for_product_info(self) -> None:
        """As tall as the tallest product info (three names, one Tibetan, and the expiry
        note) before any product is named, so recognising one moves nothing below it."""
        sample = "\n".join(
            ["羊绒围巾", TIBETAN_SAMPLE, "Cashmere scarf", self.tr("Expiry date required")]
        )
        self.product_info.setText(sample)
        self.product_info.setMinimumHeight(self.product_info.sizeHint().height())
        self.product_info.setText("")

    # The dialog's look-ups are read off the GUI thread; each newer one of a kind drops the
    # answer of the one before (`key`), so the box shows what was asked last.
    def _load_choices(self) -> None:
        self.context.ops.query(
            product_codes, on_success=while_alive(self, self._codes_read), parent=self
        )

    def _codes_read(self, codes: list[str]) -> None:
        completer = QCompleter(codes, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product.setCompleter(completer)

    def _load_bins(self) -> None:
        load_bins(self.context.ops, self.bin, str(self.center.currentData() or ""))

    def _product_changed(self) -> None:
        code = self.product.text().strip()
        self.context.ops.query(
            lambda uow: product_choice(uow, code) if code else None,
            on_success=while_alive(self, lambda found: self._show_product(code, found)),
            key=(self, "product"),
            parent=self,
        )

    def _show_product(self, code: str, found: ProductChoice | None) -> None:
        if found is None:
            self.product_info.setText(self.tr("Unknown product") if code else "")
            self.unit.setText("")
            return
        # One name a line: a Tibetan name next to a Chinese one leaves no room to wrap.
        lines = [n for n in (found.name_zh, found.name_bo, found.name_en) if n]
        if found.tracks_expiry and found.shelf_life_days and not self.expiry.text().strip():
            # Proposed, and said so: the date printed on the goods wins.
            proposed = self.context.ops.today() + timedelta(days=found.shelf_life_days)
            self.expiry.setText(proposed.isoformat())
            lines.append(
                self.tr(
                    "Expiry proposed from the shelf life ({days} days): check the goods"
                ).format(days=found.shelf_life_days)
            )
        elif found.tracks_expiry:
            lines.append(self.tr("Expiry date required"))
        self.product_info.setText("\n".join(lines))
        self.unit.setText(found.unit)

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
        expiry_text = self.expiry.text().strip()
        quantity = self.quantity.value()
        note = self.note.text().strip()

        def post(uow: UnitOfWork) -> Received:
            found = require_product_choice(uow, code)
            expiry = parse_date(expiry_text, "expiry")
            changes = services.receive(
                uow,
                center=center,
                bin=bin_code,
                sku=found.sku,
                quantity=quantity,
                lot=lot,
                expiry=expiry,
                note=note,
            )
            return Received(changes, parse_quantity(quantity), found, center, bin_code, lot, expiry)

        self.error.hide()
        self.buttons.setEnabled(False)
        self.operation = self.context.ops.run(
            post,
            parent=self,
            title=self.tr("Receive goods"),
            on_success=self._posted,
            on_error=self._refused,
        )

    def _posted(self, result: Received) -> None:
        self.buttons.setEnabled(True)
        self.summary = self.describe(result)
        emit(self.received, result.changes)
        super().accept()

    def describe(self, received: Received) -> str:
        """One sentence: how many of what came in where, with its lot and expiry."""
        product = received.product
        names = " ".join(n for n in (product.name_zh, product.name_en) if n)
        text = self.tr("Received {quantity} × {sku} {names} into {center} {bin}.").format(
            quantity=received.quantity,
            sku=product.sku,
            names=names,
            center=received.center,
            bin=received.bin,
        )
        if received.lot:
            text += " " + self.tr("Lot {lot}.").format(lot=received.lot)
        if received.expiry:
            text += " " + self.tr("Expires {date}.").format(date=received.expiry.isoformat())
        return text

    def _refused(self, error: BaseException, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(error_field(error) or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        emit(self.refused, message)
