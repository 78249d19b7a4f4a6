"""Pick lists walked by bin with the scanner, then packing by scan, weighing and closing.

Every read runs in the background. Scans keep their order: a scan that opens an
order is looked up first, and the item scans after it wait for it, so an item
scanned right behind its order's number goes into that order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.inventory.scanning import normalize
from core.orders.fulfilment import (
    MAX_WEIGHT_G,
    PackState,
    close_parcel,
    pack_scan,
    parcel_to_pack,
)
from core.orders.picking import (
    PickLine,
    PickListCreated,
    create_pick_list,
    pick_list_lines,
    pick_scan,
)
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.operations import UnitOfWork
from ui.orders.messages import describe_error
from ui.orders.pack_codes import names_an_order
from ui.orders.packing_models import PackLinesModel, PickLinesModel
from ui.scan.latin_edit import LatinLineEdit
from ui.scan.scan_field import ScanField
from ui.scan.scan_settings import load_tuning
from ui.widgets.paged_model import while_alive
from ui.widgets.tables import make_table

T = TypeVar("T")


class PackingPage(QWidget):
    pick_list_shown = Signal()
    """The pick list's lines were read and the pick table shows them."""
    order_looked_up = Signal(object)
    """What the clerk typed or scanned as an order was looked up: carries the parcel now
    open for packing, or None (the refusal is in `message`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pick_list_id: uuid.UUID | None = None
        self.parcel_id: uuid.UUID | None = None
        tuning = load_tuning(context.settings)

        self.center_combo = CenterCombo(context)
        new_list = QPushButton(self.tr("New pick list"))
        new_list.clicked.connect(self.new_pick_list)
        self.print_list_button = QPushButton(self.tr("Print pick list…"))
        self.print_list_button.setEnabled(False)
        self.print_list_button.clicked.connect(self.print_pick_list)
        self.pick_scan = ScanField(self, tuning=tuning)
        self.pick_lines = PickLinesModel(self)
        self.pick_table = make_table(self.pick_lines, self)
        self.pick_table.setObjectName("pick_table")
        self._looking_up = False  # an order is being looked up: scans wait behind it
        self._waiting_scans: list[str] = []
        pick_box = QGroupBox(self.tr("Picking"))
        pick_layout = QVBoxLayout(pick_box)
        top = QHBoxLayout()
        top.addWidget(self.center_combo)
        top.addWidget(new_list)
        top.addWidget(self.print_list_button)
        top.addStretch(1)
        pick_layout.addLayout(top)
        pick_layout.addWidget(self.pick_scan)
        pick_layout.addWidget(self.pick_table, 1)

        # Order numbers and parcel labels are ASCII, scanned as often as typed: a Chinese
        # input method would turn a scanner's keys into pinyin.
        self.order_edit = LatinLineEdit()
        self.order_edit.setObjectName("order_edit")
        self.order_edit.setPlaceholderText(self.tr("Order number or parcel label, then Enter"))
        self.pack_scan = ScanField(self, tuning=tuning)
        self.pack_lines = PackLinesModel(self)
        self.pack_table = make_table(self.pack_lines, self)
        self.pack_table.setObjectName("pack_table")
        self.weight = QSpinBox()
        self.weight.setRange(0, MAX_WEIGHT_G)
        self.weight.setSuffix(" g")
        close_button = QPushButton(self.tr("Close parcel (ready)"))
        close_button.clicked.connect(self.close_parcel)
        self.closed_parcel_id: uuid.UUID | None = None
        self.print_label_button = QPushButton(self.tr("Print its label…"))
        self.print_label_button.setEnabled(False)
        self.print_label_button.clicked.connect(self.print_parcel_label)
        pack_box = QGroupBox(self.tr("Packing"))
        pack_form = QFormLayout(pack_box)
        pack_form.addRow(self.tr("Order:"), self.order_edit)
        pack_form.addRow(self.tr("Scan items:"), self.pack_scan)
        pack_form.addRow(self.pack_table)
        pack_form.addRow(self.tr("Weight:"), self.weight)
        pack_form.addRow(close_button)
        pack_form.addRow(self.print_label_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(pick_box, 3)
        row.addWidget(pack_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)

        self.pick_scan.scanned.connect(self.picked)
        self.pack_scan.scanned.connect(self.packed)
        self.order_edit.returnPressed.connect(self.open_order)

    # -- picking --
    def new_pick_list(self) -> None:
        center = self.center_combo.currentData()

        def done(created: object) -> None:
            assert isinstance(created, PickListCreated)
            self.pick_list_id = created.pick_list_id
            self.print_list_button.setEnabled(True)
            self.show_pick_list()

        self._run(lambda uow: create_pick_list(uow, center=center), done, self.pick_scan)

    def show_pick_list(self) -> None:
        list_id = self.pick_list_id
        if list_id is None:
            return
        self.context.ops.query(
            lambda uow: pick_list_lines(uow, list_id),
            parent=self,
            on_success=while_alive(self, self._pick_lines_read),
            key=(id(self), "pick list"),
        )

    def _pick_lines_read(self, lines: list[PickLine]) -> None:
        self.pick_lines.set_rows(lines)
        self.pick_list_shown.emit()

    def picked(self, code: str) -> None:
        """A scan on the picking side. The two sides share one page, and a scan that arrives
        with the focus on neither (just after a click on the tab) comes here: an order's
        code, or anything while no pick list is open, is the packing side's."""
        list_id = self.pick_list_id
        if list_id is None or names_an_order(code):
            self.packed(code)
            return
        self._run(
            lambda uow: pick_scan(uow, list_id, code),
            lambda _r: self.show_pick_list(),
            self.pick_scan,
        )

    # -- packing --
    def open_order(self) -> None:
        """Enter in the order box: what the clerk typed there names the order."""
        self._open(self.order_edit.text(), typed=True)

    def _open(self, text: str, *, typed: bool) -> None:
        """Open the parcel waiting for packing that `text` names: an order number, our
        parcel label, or (typed by hand) a carrier barcode or the recipient."""
        code = normalize(text)
        if not code:
            return
        self._looking_up = True
        self.context.ops.query(
            lambda uow: parcel_to_pack(uow, code),
            parent=self,
            on_success=while_alive(self, lambda state: self._opened(code, typed, state)),
            on_error=while_alive(self, lambda _error, sentence: self._open_failed(sentence)),
        )

    def _opened(self, code: str, typed: bool, state: PackState | None) -> None:
        if state is None:
            if typed or names_an_order(code):
                refusal = self.tr("No parcel of order {order} waits for packing.").format(
                    order=code
                )
            else:  # an item's barcode, scanned before any order was opened
                refusal = self.tr("{code} is not an order: scan or type an order first.").format(
                    code=code
                )
            self.message.setText(refusal)
            self.pack_scan.flash_error(refusal)
            self.parcel_id = None
            self.pack_lines.clear()
        else:
            self.parcel_id = state.parcel_id
            self.order_edit.setText(state.order_id)  # the order open now, however named
            self.message.setText(
                self.tr("Order {order} is open: scan its items.").format(order=state.order_id)
            )
            self.show_state(state)
        self._looked_up()

    def _open_failed(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.pack_scan.flash_error(sentence)
        self._looked_up()

    def _looked_up(self) -> None:
        self._looking_up = False
        self.order_looked_up.emit(self.parcel_id)
        waiting, self._waiting_scans = self._waiting_scans, []
        for n, code in enumerate(waiting):
            self.packed(code)
            if self._looking_up:  # another order: the rest waits for that one
                self._waiting_scans = waiting[n + 1 :] + self._waiting_scans
                break

    def show_state(self, state: PackState) -> None:
        if state.parcel_id != self.parcel_id:
            return  # a scan into the order open before: another order is open now
        self.pack_lines.set_rows(state.lines)
        if state.complete:
            self.message.setText(self.tr("All items packed: weigh the parcel and close it."))
            self.weight.setFocus()

    def packed(self, code: str) -> None:
        """A scan on the packing side, wherever the focus was: an order's or a parcel's
        code opens it; an item goes into the open parcel. In the order box with no order
        open, a scan may still be an order number of a shop with other numbers."""
        if self._looking_up:
            self._waiting_scans.append(code)
            return
        parcel = self.parcel_id
        if names_an_order(code) or (parcel is None and self.order_edit.hasFocus()):
            self._open(code, typed=False)
            return
        if parcel is None:
            refusal = self.tr("Scan or type an order first.")
            self.message.setText(refusal)
            self.pack_scan.flash_error(refusal)
            return
        self._run(lambda uow: pack_scan(uow, parcel, code), self.show_state, self.pack_scan)

    def close_parcel(self) -> None:
        parcel, weight = self.parcel_id, self.weight.value()
        if parcel is None:
            return

        def done(_result: object) -> None:
            self.message.setText(self.tr("Parcel closed: ready for its label and run."))
            self.closed_parcel_id = parcel
            self.print_label_button.setEnabled(True)
            self.parcel_id = None
            self.pack_lines.clear()
            self.order_edit.clear()
            self.order_edit.setFocus()

        self._run(lambda uow: close_parcel(uow, parcel, weight), done, self.pack_scan)

    # -- printing --
    def print_pick_list(self) -> None:
        from ui.printing.actions import print_pick_list

        if self.pick_list_id is not None:
            print_pick_list(self.context, self.pick_list_id, self)

    def print_parcel_label(self) -> None:
        """The label of the parcel just closed (its run and stop once it is planned)."""
        from ui.printing.actions import print_parcel_labels

        if self.closed_parcel_id is not None:
            print_parcel_labels(self.context, [self.closed_parcel_id], self)

    def _run(
        self, fn: Callable[[UnitOfWork], T], done: Callable[[T], None], field: ScanField
    ) -> None:
        def failed(_message: str) -> None:
            text = describe_error(operation.error, _message)
            self.message.setText(text)
            field.flash_error(text)

        def succeeded(result: T) -> None:
            field.flash_ok()
            done(result)

        operation = self.context.ops.run(fn, on_success=succeeded, on_failure=failed)
