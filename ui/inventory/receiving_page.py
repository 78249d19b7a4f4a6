"""Receiving: scan a bin, scan products or lot labels; each line is saved as it is scanned.

A product without expiry, or a lot label of a known lot, becomes a line at once
(quantity from the Qty box, default 1). A product that needs a lot and expiry
waits for them: type both and press Enter. The receipt is a draft until Post;
the draft a crash or a closed window left behind opens again by itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core.changes import Changes
from core.inventory import documents, views
from core.inventory.queries import active_bins
from core.inventory.scanning import Scan, ScanKind
from core.printing.sources import LabelLine, receipt_label_lines
from core.validation import MAX_QUANTITY
from ui.context import AppContext
from ui.inventory.common import RowsModel, WorkflowPage, make_table
from ui.operations import UnitOfWork
from ui.widgets.eliding_combo import ElidingCombo
from ui.widgets.quantity_edit import QuantityEdit

Draft = tuple[uuid.UUID | None, str, str]  # a draft receipt's id, number and supplier


@dataclass(frozen=True)
class _Line:
    """A line as the form held it when added, and which product scan the form was at."""

    center: str
    supplier: str
    code: str
    quantity: int | str  # the text itself when it is not a quantity: the core refuses it
    bin: str
    lot: str
    expiry: str | None
    form: int


@dataclass(frozen=True)
class _Posted:
    """A posted receipt: its stock changes, and its lines as its labels take them."""

    changes: Changes
    labels: list[LabelLine]


class ReceivingPage(WorkflowPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.receipt_id: uuid.UUID | None = None
        self.receipt_number = ""
        self.receipt_supplier = ""  # as saved in the open draft
        self.pending_sku = ""
        self._form = 0  # counts products scanned: a line saved late clears only its own form
        self._draft_waiting: list[_Line] | None = None
        """Lines scanned while the first line's write creates the draft (None: none is)."""
        self._form_saving: int | None = None  # the form whose line is being saved
        self.labels_dialog: QDialog | None = None
        # Entries are "NUMBER  supplier": at 1024 pixels the supplier is elided, not the number.
        self.drafts = ElidingCombo(self, chars=16)
        self.new_button = QPushButton(self.tr("New receipt"), self)
        self.supplier = QLineEdit(self)
        self.supplier.setPlaceholderText(self.tr("Producer or cooperative"))
        # Who the receipt is from gets a line of its own: beside the center and the receipt
        # it was squeezed to a few letters at 1024 pixels.
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Center"), self), 0, 0)
        top.addWidget(self.center, 0, 1)
        top.addWidget(QLabel(self.tr("Receipt"), self), 0, 2)
        top.addWidget(self.drafts, 0, 3)
        top.addWidget(self.new_button, 0, 4)
        top.addWidget(QLabel(self.tr("From"), self), 1, 0)
        top.addWidget(self.supplier, 1, 1, 1, 4)
        top.setColumnStretch(3, 1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scan)
        self.layout_.addWidget(self.message)

        self.product = QLabel("—", self)
        self.lot = QLineEdit(self)
        self.expiry = QLineEdit(self)
        self.expiry.setPlaceholderText("YYYY-MM-DD")
        self.quantity = QuantityEdit(self, value=1)
        self.quantity.setRange(1, MAX_QUANTITY)
        self.bin = QComboBox(self)
        self.add_button = QPushButton(self.tr("Add line"), self)
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Expiry"), self.expiry)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Bin"), self.bin)
        form.addRow("", self.add_button)
        self.layout_.addLayout(form)

        self.lines = RowsModel(
            [
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Name"), lambda r: r.name_zh),
                (self.tr("Lot"), lambda r: r.lot),
                (self.tr("Expiry"), lambda r: r.expiry),
                (self.tr("Qty"), lambda r: r.quantity),
                (self.tr("Bin"), lambda r: r.bin),
            ],
            self,
        )
        self.table = make_table(self.lines, self)
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.cancel_draft_button = QPushButton(self.tr("Cancel draft…"), self)
        self.post_button = QPushButton(self.tr("Post receipt"), self)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cancel_draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.post_button)
        self.layout_.addLayout(buttons)

        self.center.currentIndexChanged.connect(self.reload)
        self.drafts.activated.connect(self._draft_chosen)
        self.supplier.editingFinished.connect(self._supplier_edited)
        self.new_button.clicked.connect(self.new_receipt)
        self.add_button.clicked.connect(self.add_pending)
        # Enter in any of them adds the line, as the hint "then Enter" says.
        for field in (self.lot, self.expiry, self.quantity):
            field.returnPressed.connect(self.add_pending)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_draft_button.clicked.connect(self.ask_cancel_draft)
        self.post_button.clicked.connect(self.post)
        context.bus.changes_applied.connect(self._changes)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        center = self.center_code
        if not center:
            return
        self.bin.clear()
        self.bin.addItems(self.context.ops.read(lambda uow: active_bins(uow, center)))
        drafts: list[Draft] = [
            (d.receipt_id, d.number, d.supplier)
            for d in self.context.ops.read(lambda uow: documents.draft_choices(uow, center))
        ]
        self.drafts.clear()
        for draft in drafts:
            self._add_draft(self.drafts.count(), draft)
        if drafts:  # reopen the newest draft: nothing scanned is ever lost
            self._open(*drafts[0])
        else:
            self._open(None, "", "")

    def _add_draft(self, index: int, draft: Draft) -> None:
        _receipt_id, number, supplier = draft
        self.drafts.insert_entry(index, self._entry(number, supplier), draft, keep=len(number))

    @staticmethod
    def _entry(number: str, supplier: str) -> str:
        return f"{number}  {supplier}".strip()

    def _draft_chosen(self, index: int) -> None:
        self._open(*self.drafts.itemData(index))

    def _open(self, receipt_id: uuid.UUID | None, number: str, supplier: str) -> None:
        # A draft shows who it is from. A reload keeps what the clerk is typing: for the
        # draft still open, and with no draft open for the receipt the next scan starts
        # (unless it was the supplier of the draft just posted).
        typing = receipt_id == self.receipt_id and self.supplier.isModified()
        if not typing and (receipt_id is not None or self.receipt_id is not None):
            self.supplier.setText(supplier)
        self.receipt_id, self.receipt_number, self.receipt_supplier = receipt_id, number, supplier
        self._reload_lines()

    def _supplier_edited(self) -> None:
        """Save a supplier typed (or corrected) into an open draft."""
        receipt_id, supplier = self.receipt_id, self.supplier.text().strip()
        if receipt_id is None or supplier == self.receipt_supplier:
            return
        self.run(
            lambda uow: documents.set_receipt_supplier(uow, receipt_id, supplier),
            ok=self.tr("{number} is from {supplier}").format(
                number=self.receipt_number, supplier=supplier or "—"
            ),
            done=lambda _r: self._supplier_saved(receipt_id, supplier),
        )

    def _supplier_saved(self, receipt_id: uuid.UUID, supplier: str) -> None:
        index = next(
            (i for i in range(self.drafts.count()) if self.drafts.itemData(i)[0] == receipt_id), -1
        )
        if index < 0:
            return
        number = self.drafts.itemData(index)[1]
        self.drafts.set_entry(
            index, self._entry(number, supplier), (receipt_id, number, supplier), keep=len(number)
        )
        if receipt_id == self.receipt_id:
            self.receipt_supplier = supplier

    def _reload_lines(self) -> None:
        receipt_id = self.receipt_id
        if receipt_id is None:
            self.lines.set_rows([])
        else:
            self.lines.set_rows(
                self.context.ops.read(lambda uow: views.receipt_lines(uow, receipt_id))
            )
        self.post_button.setEnabled(bool(self.lines.rows))
        self.cancel_draft_button.setEnabled(receipt_id is not None)

    def _changes(self, changes: Changes) -> None:
        if changes.catalog:
            self.reload()

    # -- scanning ----------------------------------------------------------------------------
    def on_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.BIN:
            if scan.center != self.center_code:
                self.refuse(
                    self.tr("Bin {bin} belongs to {center}.").format(
                        bin=scan.bin, center=scan.center
                    )
                )
                return
            self.bin.setCurrentIndex(self.bin.findText(scan.bin))
            self.scan.flash_ok(self.tr("Into bin {bin}").format(bin=scan.bin))
        elif scan.kind in (ScanKind.PRODUCT, ScanKind.LOT):
            self._product_scanned(scan)
        elif scan.kind == ScanKind.DOCUMENT:
            index = next(
                (
                    i
                    for i in range(self.drafts.count())
                    if self.drafts.itemData(i)[1] == scan.document
                ),
                -1,
            )
            if index < 0:
                self.refuse(
                    self.tr("{number} is not an open receipt here.").format(number=scan.document)
                )
                return
            self.drafts.setCurrentIndex(index)
            self._draft_chosen(index)
            self.scan.flash_ok(scan.document)
        else:
            self.refuse(self.tr("A parcel cannot be received here."))

    def _product_scanned(self, scan: Scan) -> None:
        sku, lot, receipt_id = scan.sku, scan.lot or "", self.receipt_id

        question = self.context.ops.read(
            lambda uow: documents.expiry_question(uow, receipt_id, sku, lot)
        )
        must_ask = question.ask
        self.pending_sku = sku
        self._form += 1
        self.product.setText(f"{sku} {question.name_zh}")
        self.lot.setText(lot)
        # A new product: an expiry typed for the one before is not this one's.
        self.expiry.clear()
        if must_ask and question.proposed is not None:
            # Proposed from the shelf life, and said so: the date on the goods wins.
            self.expiry.setText(question.proposed.isoformat())
            self.expiry.selectAll()
            self.scan.flash_ok(
                self.tr(
                    "{sku}: expiry {date} is proposed from its shelf life of {days} days: "
                    "check it against the goods, enter the lot, then Enter"
                ).format(sku=sku, date=question.proposed.isoformat(), days=question.shelf_life_days)
            )
            (self.expiry if lot else self.lot).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if must_ask:
            self.scan.flash_ok(self.tr("{sku}: enter lot and expiry, then Enter").format(sku=sku))
            (self.expiry if lot else self.lot).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.add_pending()

    def add_pending(self) -> None:
        if not self.pending_sku:
            self.refuse(self.tr("Scan a product first."))
            return
        line = _Line(
            center=self.center_code,
            supplier=self.supplier.text(),
            code=self.pending_sku,
            quantity=self.quantity.value(),
            bin=self.bin.currentText(),
            lot=self.lot.text().strip(),
            expiry=self.expiry.text().strip() or None,
            form=self._form,
        )
        if line.form == self._form_saving:
            return  # Add line clicked twice, or Enter pressed again: this form is being saved
        self._form_saving = line.form
        if self.receipt_id is None and self._draft_waiting is not None:
            # The first line's write is creating the draft: this one goes into that draft
            # once it exists, or a burst of scans would open a draft per scan.
            self._draft_waiting.append(line)
            return
        self._save_line(line, self.receipt_id)

    def _save_line(self, line: _Line, receipt_id: uuid.UUID | None) -> None:
        creating = receipt_id is None
        if creating:
            self._draft_waiting = []

        def add(uow: UnitOfWork) -> documents.Saved:
            target = receipt_id
            if target is None:
                target = documents.create_receipt(
                    uow, center=line.center, supplier=line.supplier
                ).document_id
            return documents.add_receipt_line(
                uow,
                target,
                add_to_line=True,
                code=line.code,
                quantity=line.quantity,
                bin=line.bin,
                lot=line.lot,
                expiry=line.expiry,
            )

        created: list[uuid.UUID] = []

        def saved(result: documents.Saved) -> None:
            created.append(result.document_id)
            self._line_saved(result, line)

        operation = self.run(
            add,
            ok=self.tr("{qty} × {sku} saved").format(qty=line.quantity, sku=line.code),
            done=saved,
        )
        operation.finished.connect(lambda: self._save_ended(line))
        if creating:
            operation.finished.connect(lambda: self._draft_settled(created))

    def _save_ended(self, line: _Line) -> None:
        if self._form_saving == line.form:  # saved, or refused: the form may be added again
            self._form_saving = None

    def _draft_settled(self, created: list[uuid.UUID]) -> None:
        """The write creating the draft ended: the lines scanned meanwhile go into it (or,
        if it failed, the first of them creates the draft and the others wait again)."""
        waiting, self._draft_waiting = self._draft_waiting or [], None
        for line in waiting:
            target = created[0] if created else None
            if target is None and self._draft_waiting is not None:
                self._draft_waiting.append(line)
            else:
                self._save_line(line, target)

    def _line_saved(self, saved: documents.Saved, line: _Line) -> None:
        if self.receipt_id is None:
            supplier = line.supplier.strip()
            self.receipt_id, self.receipt_number = saved.document_id, saved.number
            self.receipt_supplier = supplier
            self._add_draft(0, (saved.document_id, saved.number, supplier))
            self.drafts.setCurrentIndex(0)
        if line.form == self._form:  # not a product scanned since: the form is this line's
            self.pending_sku = ""
            self.product.setText("—")
            self.lot.clear()
            self.expiry.clear()
            self.quantity.setValue(1)
        self._reload_lines()

    def ask_cancel_draft(self) -> None:
        """Ask before cancelling the open draft: its lines were scanned by hand."""
        receipt_id, number = self.receipt_id, self.receipt_number
        if receipt_id is None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel draft"),
            self.tr(
                "Cancel receipt {number}? Its %n line(s) will not be received; nothing "
                "is in stock from it yet.",
                "",
                len(self.lines.rows),
            ).format(number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setObjectName("cancel_draft_question")
        question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel the draft"))
        question.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        question.setDefaultButton(QMessageBox.StandardButton.No)  # a hurried Enter keeps it
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is question.button(QMessageBox.StandardButton.Yes):
                self.run(
                    lambda uow: documents.cancel_receipt(uow, receipt_id),
                    ok=self.tr("{number} cancelled").format(number=number),
                    done=lambda _r: self._draft_cancelled(receipt_id),
                    busy=self.cancel_draft_button,
                )

        question.buttonClicked.connect(answered)
        question.open()

    def _draft_cancelled(self, receipt_id: uuid.UUID) -> None:
        if receipt_id == self.receipt_id:
            self.receipt_id, self.receipt_number, self.receipt_supplier = None, "", ""
            self.supplier.clear()
        self.reload()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        line_id = self.lines.rows[rows[0].row()].id
        self.run(
            lambda uow: documents.remove_receipt_line(uow, line_id),
            ok=self.tr("Line removed"),
            done=lambda _r: self._reload_lines(),
            busy=self.remove_button,
        )

    def new_receipt(self) -> None:
        # The field names the open draft's supplier: a new delivery starts from no one (the
        # clerk types it next); with no draft open it is the one typed for this receipt.
        center = self.center_code
        supplier = self.supplier.text() if self.receipt_id is None else ""
        self.run(
            lambda uow: documents.create_receipt(uow, center=center, supplier=supplier),
            ok=self.tr("New receipt"),
            done=lambda _r: self.reload(),
            busy=self.new_button,
        )

    def post(self) -> None:
        receipt_id = self.receipt_id
        if receipt_id is None:
            self.refuse(self.tr("Nothing to post."))
            return
        number, rows = self.receipt_number, list(self.lines.rows)
        # Say what came in, so the clerk can check it against the delivery note.
        units = self.tr("%n unit(s)", "", sum(int(row.quantity) for row in rows))
        products = self.tr("%n product(s)", "", len({row.sku for row in rows}))
        ok = self.tr("{number} posted: {units} of {products} received into {center}").format(
            number=number, units=units, products=products, center=self.center_code
        )

        def post(uow: UnitOfWork) -> _Posted:
            saved = documents.post_receipt(uow, receipt_id)
            # The labels' lines are read in the same job: the dialog reads nothing itself.
            return _Posted(saved.changes, receipt_label_lines(uow, receipt_id))

        self.run(
            post, ok=ok, done=lambda posted: self._posted(posted, number), busy=self.post_button
        )

    def _posted(self, posted: _Posted, number: str) -> None:
        """Posted: offer labels for what came in (issue "Labels and manifests")."""
        from ui.inventory.receipt_labels import ReceiptLabelsDialog

        self.reload()
        self.labels_dialog = ReceiptLabelsDialog(self.context, posted.labels, number, self)
        self.labels_dialog.open()
