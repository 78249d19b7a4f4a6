"""Transfers between centers, by scan.

The page works for "my center" (the Center box). An open transfer from here is
picked: scan a bin, then products or lot labels. A dispatched transfer to here
is received: scan a bin, then what arrived; damaged or extra units are recorded
with the condition and reason boxes. Scanning a transfer's document label opens it.

What the page shows is read off the GUI thread; a scan meanwhile is classified after
those reads (one reader, in order), so it acts on the transfer they show.
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.changes import Changes
from core.inventory import transfers, views
from core.inventory.catalog import CenterChoice, center_choices
from core.inventory.scanning import Scan, ScanKind
from core.inventory.transfer_views import TransferSummary, TransferView
from core.inventory.workflow_models import ArrivalCondition, TransferStatus
from core.validation import MAX_QUANTITY
from ui.context import AppContext
from ui.inventory.common import RowsModel, WorkflowPage, make_table
from ui.operations import UnitOfWork
from ui.widgets.eliding_combo import ElidingCombo
from ui.widgets.paged_model import while_alive
from ui.widgets.quantity_edit import QuantityEdit


class TransfersPage(WorkflowPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: TransferView | None = None
        self._wanted: object = None  # the transfer (id or number) the page is to show
        self.current_bin = ""
        self.target = ElidingCombo(self, chars=18)
        self.create_button = QPushButton(self.tr("New transfer to"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("My center"), self))
        top.addWidget(self.center, 1)
        top.addWidget(self.create_button)
        top.addWidget(self.target, 1)
        self.layout_.addLayout(top)

        self.list_model = RowsModel(
            [
                (self.tr("Number"), lambda r: r.number),
                (self.tr("From"), lambda r: r.from_center),
                (self.tr("To"), lambda r: r.to_center),
                (self.tr("Status"), lambda r: r.status),
            ],
            self,
        )
        self.list_view = make_table(self.list_model, self)
        self.list_view.setMaximumHeight(160)
        self.layout_.addWidget(self.list_view)

        self.heading = QLabel(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.scan)
        self.layout_.addWidget(self.message)
        options = QHBoxLayout()
        self.quantity = QuantityEdit(self, value=1)
        self.quantity.setRange(1, MAX_QUANTITY)
        self.condition = QComboBox(self)
        for condition, label in (
            (ArrivalCondition.GOOD, self.tr("good")),
            (ArrivalCondition.DAMAGED, self.tr("damaged")),
            (ArrivalCondition.OVER, self.tr("over (not sent)")),
        ):
            self.condition.addItem(label, condition.value)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (damaged, over, short)"))
        self.request_sku = QLineEdit(self)
        self.request_sku.setPlaceholderText(self.tr("SKU to request"))
        self.request_button = QPushButton(self.tr("Add line"), self)
        for label, widget in (
            (self.tr("Qty"), self.quantity),
            (self.tr("Condition"), self.condition),
        ):
            options.addWidget(QLabel(label, self))
            options.addWidget(widget)
        options.addWidget(self.reason, 2)
        options.addWidget(self.request_sku, 1)
        options.addWidget(self.request_button)
        self.layout_.addLayout(options)

        keys = ("requested", "picked", "shipped", "arrived", "damaged", "over", "short")
        titles = (
            self.tr("Asked"),
            self.tr("Picked"),
            self.tr("Shipped"),
            self.tr("Arrived"),
            self.tr("Damaged"),
            self.tr("Over"),
            self.tr("Short"),
        )
        self.lines = RowsModel(
            [(self.tr("SKU"), lambda r: r.sku), (self.tr("Name"), lambda r: r.name_zh)]
            + [(title, attrgetter(key)) for key, title in zip(keys, titles, strict=True)],
            self,
        )
        self.lines_view = make_table(self.lines, self)
        self.layout_.addWidget(self.lines_view, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel transfer"), self)
        # A mistaken scan, or a lot found expired after picking: the units go back to their
        # bins, the line stays asked for.
        self.unpick_button = QPushButton(self.tr("Put back picked"), self)
        self.dispatch_button = QPushButton(self.tr("Dispatch"), self)
        self.receive_button = QPushButton(self.tr("Finish receiving"), self)
        self.print_button = QPushButton(self.tr("Print document…"), self)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unpick_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dispatch_button)
        buttons.addWidget(self.receive_button)
        self.layout_.addLayout(buttons)

        self.center.currentIndexChanged.connect(self._center_changed)
        self.list_view.clicked.connect(
            lambda index: self.open(self.list_model.rows[index.row()].id)
        )
        self.create_button.clicked.connect(self.create_transfer)
        self.request_button.clicked.connect(self.request_line)
        self.request_sku.returnPressed.connect(self.request_line)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.receive_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.cancel)
        self.unpick_button.clicked.connect(self.unpick_selected)
        self.print_button.clicked.connect(self.print_document)
        context.bus.changes_applied.connect(self._changes)
        self._show(None)  # until the first read arrives
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the other centers, the transfers of this one and the transfer shown again."""
        center, wanted = self.center_code, self._wanted
        if not center:
            return

        def read(
            uow: UnitOfWork,
        ) -> tuple[list[CenterChoice], list[TransferSummary], TransferView | None]:
            shown = views.transfer(uow, wanted) if wanted is not None else None
            return center_choices(uow), views.transfers_at(uow, center), shown

        self.context.ops.query(read, on_success=while_alive(self, self._read), parent=self)

    def _read(
        self, read: tuple[list[CenterChoice], list[TransferSummary], TransferView | None]
    ) -> None:
        choices, listed, view = read
        center = self.center_code
        self.target.clear()
        for choice in choices:
            if choice.code != center:
                self.target.addItem(f"{choice.code} {choice.name_zh}", choice.code)
        self.list_model.set_rows(listed)
        self._show(view)

    def _center_changed(self) -> None:
        self.current_bin = ""  # a bin belongs to one center
        self.reload()

    def open(self, transfer: object) -> None:
        self._wanted = transfer
        self.context.ops.query(
            lambda uow: views.transfer(uow, transfer),
            on_success=while_alive(self, self._show),
            parent=self,
        )

    def _show(self, view: TransferView | None) -> None:
        self.view = view
        self._wanted = view.id if view is not None else None
        self.lines.set_rows(view.lines if view else [])
        if view is None:
            self.heading.setText(self.tr("Create a transfer or scan its document label."))
        else:
            self.heading.setText(
                self.tr("{number}: {source} → {target}, {status}").format(
                    number=view.number,
                    source=view.from_center,
                    target=view.to_center,
                    status=view.status,
                )
            )
        self.dispatch_button.setEnabled(self._mode() == "pick")
        self.cancel_button.setEnabled(self._mode() == "pick")
        self.unpick_button.setEnabled(self._mode() == "pick")
        self.receive_button.setEnabled(self._mode() == "receive")
        self.print_button.setEnabled(view is not None)

    def _mode(self) -> str:
        view, center = self.view, self.center_code
        if view is None:
            return ""
        if view.status == TransferStatus.OPEN and view.from_center == center:
            return "pick"
        if view.status == TransferStatus.DISPATCHED and view.to_center == center:
            return "receive"
        return ""

    def _changes(self, changes: Changes) -> None:
        if changes.stock or changes.catalog:
            self.reload()

    # -- actions -----------------------------------------------------------------------------
    def _after(self, result: object) -> None:
        document_id = getattr(result, "document_id", None)
        if document_id is not None:
            self._wanted = document_id
        self.reload()

    def unpick_selected(self) -> None:
        """Put back every unit picked of the selected line's product."""
        rows = self.lines_view.selectionModel().selectedRows()
        if self._mode() != "pick" or self.view is None or not rows:
            self.refuse(self.tr("Select a picked line first."))
            return
        line = self.lines.rows[rows[0].row()]
        if not line.picked:
            self.refuse(self.tr("Nothing of {sku} is picked.").format(sku=line.sku))
            return
        transfer_id, sku, picked = self.view.id, line.sku, line.picked
        self.run(
            lambda uow: transfers.unpick(uow, transfer_id, code=sku),
            ok=self.tr("%n × {sku} put back", "", picked).format(sku=sku),
            done=self._after,
            busy=self.unpick_button,
        )

    def create_transfer(self) -> None:
        source, target = self.center_code, str(self.target.currentData() or "")
        self.run(
            lambda uow: transfers.create_transfer(uow, from_center=source, to_center=target),
            ok=self.tr("Transfer created"),
            done=self._after,
            busy=self.create_button,
        )

    def request_line(self) -> None:
        if self._mode() != "pick" or self.view is None:
            self.refuse(self.tr("Open a transfer from this center first."))
            return
        transfer_id, sku, qty = self.view.id, self.request_sku.text().strip(), self.quantity.value()
        self.request_sku.clear()
        self.quantity.setValue(1)
        self.run(
            lambda uow: transfers.add_transfer_line(uow, transfer_id, code=sku, quantity=qty),
            ok=self.tr("{qty} × {sku} requested").format(qty=qty, sku=sku),
            done=self._after,
            busy=self.request_button,
        )

    def on_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.DOCUMENT:
            self.run(
                lambda uow: views.transfer(uow, scan.document),
                write=False,
                ok=scan.document,
                done=self._show,
            )
            return
        mode = self._mode()
        if not mode or self.view is None:
            self.refuse(self.tr("Open a transfer to pick or receive first."))
            return
        if scan.kind == ScanKind.BIN:
            if scan.center != self.center_code:
                self.refuse(
                    self.tr("Bin {bin} belongs to {center}.").format(
                        bin=scan.bin, center=scan.center
                    )
                )
                return
            self.current_bin = scan.bin
            self.scan.flash_ok(self.tr("Bin {bin}").format(bin=scan.bin))
            return
        if scan.kind not in (ScanKind.PRODUCT, ScanKind.LOT):
            self.refuse(self.tr("Scan a bin, a product or a lot label."))
            return
        if not self.current_bin:
            self.refuse(self.tr("Scan the bin label first."))
            return
        transfer_id, where, qty = self.view.id, self.current_bin, self.quantity.value()
        if mode == "pick":
            self.run(
                lambda uow: transfers.pick(
                    uow, transfer_id, code=scan.code, bin=where, quantity=qty
                ),
                ok=self.tr("{qty} × {sku} picked").format(qty=qty, sku=scan.sku),
                done=lambda _r: self.open(transfer_id),
            )
        else:
            condition, reason = str(self.condition.currentData()), self.reason.text()
            if condition == ArrivalCondition.DAMAGED:
                ok = self.tr("{qty} × {sku} arrived damaged").format(qty=qty, sku=scan.sku)
            elif condition == ArrivalCondition.OVER:
                ok = self.tr("{qty} × {sku} arrived, not sent").format(qty=qty, sku=scan.sku)
            else:
                ok = self.tr("{qty} × {sku} arrived").format(qty=qty, sku=scan.sku)
            self.run(
                lambda uow: transfers.record_arrival(
                    uow,
                    transfer_id,
                    code=scan.code,
                    bin=where,
                    quantity=qty,
                    condition=condition,
                    reason=reason,
                ),
                ok=ok,
                done=lambda _r: self.open(transfer_id),
            )
            if condition != ArrivalCondition.GOOD:
                # A damaged or unsent unit is the exception: the next scan is a good unit
                # again unless the clerk says otherwise, as units per scan go back to 1.
                self.condition.setCurrentIndex(self.condition.findData(ArrivalCondition.GOOD.value))
                self.reason.clear()
        self.quantity.setValue(1)

    def dispatch(self) -> None:
        if self.view is not None:
            transfer_id = self.view.id
            self.run(
                lambda uow: transfers.dispatch(uow, transfer_id),
                ok=self.tr("Dispatched: in transit"),
                done=self._after,
                busy=self.dispatch_button,
            )

    def finish(self) -> None:
        if self.view is not None:
            transfer_id, reason = self.view.id, self.reason.text()
            self.run(
                lambda uow: transfers.finish_receiving(uow, transfer_id, short_reason=reason),
                ok=self.tr("Received"),
                done=self._after,
                busy=self.receive_button,
            )

    def cancel(self) -> None:
        if self.view is not None:
            transfer_id = self.view.id
            self.run(
                lambda uow: transfers.cancel_transfer(uow, transfer_id),
                ok=self.tr("Transfer cancelled"),
                done=self._after,
                busy=self.cancel_button,
            )

    def print_document(self) -> None:
        """The transfer document that travels with the goods, through the print preview."""
        from ui.printing.actions import print_transfer_document

        if self.view is not None:
            print_transfer_document(self.context, self.view.number, self)
