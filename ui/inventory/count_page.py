"""Cycle count: start a count of a bin or a zone, count blind by scanning, review, approve.

While counting, the table shows only what was counted: never what the system
expects. After "Close counting" the review shows expected, counted and the
difference, and "Approve" posts the adjustments.

The open counts and the count shown are read off the GUI thread. A scan made meanwhile
is classified after those reads (one reader, in order), so it meets the count they show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.changes import Changes
from core.inventory import counts
from core.inventory.counts import CountChoice, CountView
from core.inventory.scanning import Scan, ScanKind
from core.inventory.workflow_models import CountStatus
from core.validation import MAX_QUANTITY
from ui.context import AppContext
from ui.inventory.common import RowsModel, WorkflowPage, make_table
from ui.operations import UnitOfWork
from ui.widgets.bin_box import load_bins
from ui.widgets.eliding_combo import ElidingCombo
from ui.widgets.paged_model import while_alive
from ui.widgets.quantity_edit import QuantityEdit


class CountPage(WorkflowPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.count_id: object = None
        self.status = ""
        self.current_bin = ""
        self.scope_bin = ElidingCombo(self, chars=10)
        self.scope_zone = QLineEdit(self)
        self.scope_zone.setPlaceholderText(self.tr("or a zone"))
        self.start_button = QPushButton(self.tr("Start count"), self)
        self.open_counts = ElidingCombo(self, chars=14)
        # Two rows: where and which open count, then what to start. In one row the center
        # names and count numbers made the window wider than a 1024-pixel screen.
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Center"), self))
        top.addWidget(self.center, 2)
        top.addWidget(QLabel(self.tr("Open counts"), self))
        top.addWidget(self.open_counts, 1)
        self.layout_.addLayout(top)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(self.tr("Bin"), self))
        scope.addWidget(self.scope_bin, 2)
        scope.addWidget(self.scope_zone, 1)
        scope.addWidget(self.start_button)
        scope.addStretch(1)
        self.layout_.addLayout(scope)
        self.heading = QLabel(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.scan)
        self.layout_.addWidget(self.message)
        qty_row = QHBoxLayout()
        self.quantity = QuantityEdit(self, value=1)
        self.quantity.setRange(1, MAX_QUANTITY)
        qty_row.addWidget(QLabel(self.tr("Units per scan"), self))
        qty_row.addWidget(self.quantity)
        qty_row.addStretch(1)
        self.layout_.addLayout(qty_row)
        self.counted = RowsModel(
            [
                (self.tr("Bin"), lambda r: r.bin),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Name"), lambda r: r.name_zh),
                (self.tr("Lot"), lambda r: r.lot),
                (self.tr("Counted"), lambda r: r.counted),
            ],
            self,
        )
        self.review = RowsModel(
            [
                (self.tr("Bin"), lambda r: r.bin),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Lot"), lambda r: r.lot),
                (self.tr("Expected"), lambda r: r.expected),
                (self.tr("Counted"), lambda r: r.counted),
                (self.tr("Difference"), lambda r: f"{r.difference:+d}"),
            ],
            self,
        )
        self.table = make_table(self.counted, self)
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel count"), self)
        self.close_button = QPushButton(self.tr("Close counting"), self)
        self.approve_button = QPushButton(self.tr("Approve adjustments"), self)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.approve_button)
        self.layout_.addLayout(buttons)

        self.center.currentIndexChanged.connect(self._center_changed)
        self.open_counts.activated.connect(lambda i: self.open(self.open_counts.itemData(i)))
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_counting)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button.clicked.connect(self.cancel)
        context.bus.changes_applied.connect(self._changes)
        self._center_changed()

    def _center_changed(self) -> None:
        center = self.center_code
        if not center:
            return
        self.current_bin = ""
        load_bins(self.context.ops, self.scope_bin, center, blank=True)
        self._reload_open(lambda ids: ids[0] if ids else None)  # the newest open count

    def _reload_open(self, choose: Callable[[list[object]], object]) -> None:
        """Read the open counts again, and open the one `choose` picks of their ids."""
        center = self.center_code

        def read(uow: UnitOfWork) -> tuple[list[CountChoice], CountView | None]:
            found = counts.open_count_choices(uow, center)
            chosen = choose([choice.count_id for choice in found])
            return found, counts.count_view(uow, chosen) if chosen is not None else None

        self.context.ops.query(
            read, on_success=while_alive(self, self._open_read), key=(self, "count"), parent=self
        )

    def _open_read(self, read: tuple[list[CountChoice], CountView | None]) -> None:
        found, view = read
        self.open_counts.clear()
        for choice in found:
            self.open_counts.addItem(choice.number, choice.count_id)
        self._opened(view.count_id if view is not None else None)
        self._show(view)

    def open(self, count_id: object) -> None:
        self._opened(count_id)
        self.context.ops.query(
            lambda uow: counts.count_view(uow, count_id) if count_id is not None else None,
            on_success=while_alive(self, self._show),
            key=(self, "count"),
            parent=self,
        )

    def _opened(self, count_id: object) -> None:
        if count_id != self.count_id:
            self.quantity.setValue(1)  # units per scan belong to the count they were set for
        self.count_id = count_id

    def _show(self, view: CountView | None) -> None:
        if view is None:
            self.status = ""
            self.heading.setText(self.tr("Start a count of a bin or a zone."))
            self.counted.set_rows([])
            self.table.setModel(self.counted)
        else:
            self.status = view.status
            self.heading.setText(
                self.tr("{number}: {status}").format(number=view.number, status=self.status)
            )
            self.counted.set_rows(view.counted)
            self.review.set_rows(view.review)
            self.table.setModel(self.review if self.status == CountStatus.REVIEW else self.counted)
        self.close_button.setEnabled(self.status == CountStatus.COUNTING)
        self.approve_button.setEnabled(self.status == CountStatus.REVIEW)
        self.cancel_button.setEnabled(bool(self.status))

    def _changes(self, changes: Changes) -> None:
        if changes.stock and self.count_id is not None:
            self.open(self.count_id)

    def _after(self, result: object) -> None:
        document_id = getattr(result, "document_id", None)
        self._reload_open(lambda still_open: document_id if document_id in still_open else None)

    def start(self) -> None:
        center = self.center_code
        bin_code = self.scope_bin.currentText() or None
        zone = self.scope_zone.text().strip() or None
        self.run(
            lambda uow: counts.start_count(uow, center=center, bin=bin_code, zone=zone),
            ok=self.tr("Counting: scan a bin, then every unit"),
            done=self._after,
            busy=self.start_button,
        )

    def on_scan(self, scan: Scan) -> None:
        if self.count_id is None or self.status != CountStatus.COUNTING:
            self.refuse(self.tr("Start or open a count first."))
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
            self.scan.flash_ok(self.tr("Counting bin {bin}").format(bin=scan.bin))
            return
        if scan.kind not in (ScanKind.PRODUCT, ScanKind.LOT):
            self.refuse(self.tr("Scan a bin, a product or a lot label."))
            return
        if not self.current_bin:
            self.refuse(self.tr("Scan the bin label first."))
            return
        count_id, where, qty = self.count_id, self.current_bin, self.quantity.value()
        self.run(
            lambda uow: counts.count_scan(uow, count_id, bin=where, code=scan.code, quantity=qty),
            ok=self.tr("+{qty} {sku}").format(qty=qty, sku=scan.sku),
            done=lambda _r: self.open(count_id),
        )

    def close_counting(self) -> None:
        count_id = self.count_id
        self.run(
            lambda uow: counts.close_counting(uow, count_id),
            ok=self.tr("Review the differences"),
            done=lambda _r: self.open(count_id),
            busy=self.close_button,
        )

    def approve(self) -> None:
        count_id = self.count_id
        self.run(
            lambda uow: counts.approve_count(uow, count_id),
            ok=self.tr("Adjustments posted"),
            done=self._after,
            busy=self.approve_button,
        )

    def cancel(self) -> None:
        count_id = self.count_id
        self.run(
            lambda uow: counts.cancel_count(uow, count_id),
            ok=self.tr("Count cancelled"),
            done=self._after,
            busy=self.cancel_button,
        )
