"""The Orders area: parcels, arrivals by scan, backorders, picking and packing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.clock import local_day
from core.orders.arrivals import ArrivalReport, import_arrivals, register_arrival
from core.orders.fulfilment import allocate
from core.orders.picking import Backorder, Shortage, backorders
from core.orders.queries import ParcelFilter
from core.shipping.models import ParcelStatus
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.file_dialogs import open_file_name, spreadsheet_filter
from ui.operations import Operation
from ui.orders.messages import describe_error, rejected_line
from ui.orders.packing_page import PackingPage
from ui.orders.parcels_model import ParcelsModel, column_of, status_label
from ui.scan.scan_field import ScanField
from ui.scan.scan_settings import load_tuning
from ui.widgets.columns import ColumnKeeper
from ui.widgets.flow_layout import flow_of
from ui.widgets.paged_model import while_alive
from ui.widgets.tables import make_table


class ParcelsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ParcelsModel(context.ops, self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("parcels_table")
        self.columns = ColumnKeeper(
            self.table,
            [column_of(k) for k in ("number", "route", "status", "weight_g")],
            [column_of(k) for k in ("order", "recipient", "township", "village_point")],
        )
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in ParcelStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Parcel number, recipient, phone, order number or barcode")
        )
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 24
        )
        self.center_combo = CenterCombo(context)
        import_button = QPushButton(self.tr("Import orders…"))
        import_button.clicked.connect(self.open_import)
        reserve_button = QPushButton(self.tr("Reserve stock for waiting orders"))
        reserve_button.clicked.connect(self.reserve)
        self.count_label = QLabel()
        # A row that wraps on a narrow screen rather than squeezing the search field away.
        bar = flow_of(
            [self.status_combo, self.search, self.center_combo, reserve_button, import_button], self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.apply_filter)
        self.model.ids_arrived.connect(self._counted)
        self.model.rows_arrived.connect(self._rows_arrived)
        context.bus.changes_applied.connect(self.model.note_changes)
        self._fit_pending = False
        self.apply_filter()

    def apply_filter(self) -> None:
        """Read the parcels the status and search name (in the background)."""
        self._fit_pending = True
        self.model.set_filter(
            ParcelFilter(status=self.status_combo.currentData() or None, search=self.search.text())
        )

    def _counted(self) -> None:
        self.count_label.setText(self.tr("%n parcel(s)", "", self.model.rowCount()))
        if self._fit_pending and not self.model.rowCount():
            self._fit_pending = False
            self.columns.fit()

    def _rows_arrived(self) -> None:
        # Sized to the first rows a new filter shows; a change patching rows keeps the widths.
        if self._fit_pending:
            self._fit_pending = False
            self.columns.fit()

    def open_import(self) -> None:
        from ui.orders.import_dialog import ImportDialog

        ImportDialog(self.context, self).exec()

    def reserve(self) -> None:
        center = self.center_combo.currentData()
        if center:
            self.context.ops.run(
                lambda uow: allocate(uow, center=center),
                parent=self,
                title=self.tr("Reserving stock"),
            )


class ArrivalsTab(QWidget):
    """Scan the carrier barcode, type recipient, phone and destination, Enter registers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scan = ScanField(self, tuning=load_tuning(context.settings))
        self.recipient = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. 措勤县 磁石乡 …"))
        self.carrier = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.barcode = ""
        register = QPushButton(self.tr("Register arrival"))
        list_button = QPushButton(self.tr("Import a carrier's arrival list…"))
        list_button.clicked.connect(lambda: self.import_list())  # clicked(bool) is no path
        form = QFormLayout()
        form.addRow(self.tr("Carrier barcode:"), self.scan)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Destination:"), self.address)
        form.addRow(self.tr("Carrier:"), self.carrier)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(register)
        buttons.addStretch(1)
        buttons.addWidget(list_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.scan.scanned.connect(self._scanned)
        self.address.returnPressed.connect(self.register)
        register.clicked.connect(self.register)

    def _scanned(self, code: str) -> None:
        self.barcode = code
        self.message.setText(self.tr("Barcode {code}: now the recipient.").format(code=code))
        self.recipient.setFocus()

    def import_list(self, path: str = "") -> Operation | None:
        """Register every parcel of an arrival list (CSV/XLSX), off the GUI thread."""
        if not path:
            path = open_file_name(
                self, self.context.settings, self.tr("Arrival list"), spreadsheet_filter()
            )
            if not path:
                return None  # the clerk closed the file dialog

        def done(report: object) -> None:
            assert isinstance(report, ArrivalReport)
            lines = [
                self.tr("%n parcel(s) registered", "", report.imported)
                + ", "
                + self.tr("{known} already known, {bad} rejected, {review} to review.").format(
                    known=report.duplicates, bad=len(report.rejected), review=report.needs_review
                )
            ]
            lines += [rejected_line(r) for r in report.rejected]
            self.message.setText("\n".join(lines))

        def failed(message: str) -> None:
            self.message.setText(describe_error(operation.error, message))

        operation = self.context.ops.run(
            lambda uow, progress, cancelled: import_arrivals(
                uow, path, progress=progress, cancelled=cancelled
            ),
            parent=self,
            title=self.tr("Registering arrivals"),
            long_job=True,
            on_success=done,
            on_failure=failed,
        )
        return operation

    def register(self) -> None:
        barcode = self.barcode or self.scan.text().strip()
        values = dict(
            barcode=barcode,
            recipient=self.recipient.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            carrier=self.carrier.text(),
        )

        def done(arrival: object) -> None:
            place = getattr(arrival, "township_code", None) or self.tr("postal service")
            self.message.setText(
                self.tr("Registered {code}: goes to {place}.").format(code=barcode, place=place)
            )
            self.scan.flash_ok()
            for edit in (self.recipient, self.phone, self.address):
                edit.clear()
            self.scan.clear()
            self.barcode = ""

        def failed(_message: str) -> None:
            self.message.setText(describe_error(operation.error))
            self.scan.flash_error()

        operation = self.context.ops.run(
            lambda uow: register_arrival(uow, **values),
            title=self.tr("Registering"),
            on_success=done,
            on_failure=failed,
        )


class BackordersTab(QWidget):
    """Orders waiting for stock, oldest first, with what each is short of."""

    shown = Signal()
    """The backorders were read and the listing shows them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.center_combo = CenterCombo(context)
        self.listing = QLabel()
        self.listing.setObjectName("backorders")
        self.listing.setTextFormat(Qt.TextFormat.PlainText)
        self.listing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.center_combo)
        layout.addWidget(self.listing, 1)
        self.center_combo.currentIndexChanged.connect(self.reload)
        context.bus.changes_applied.connect(self._changes_applied)
        self.reload()

    def _changes_applied(self, changes: Changes) -> None:
        # What waits and what it is short of move only with stock or parcels.
        if changes.stock or changes.parcels or changes.reservation_ids or changes.catalog:
            self.reload()

    def reload(self) -> None:
        """Read the center's backorders again, in the background; `shown` follows."""
        center = self.center_combo.currentData()
        if not center:
            return
        self.context.ops.query(
            lambda uow: backorders(uow, center=center),
            on_success=while_alive(self, self._show),
            parent=self,
            key=(id(self), "waiting"),
        )

    def _show(self, waiting: list[Backorder]) -> None:
        lines = [self.tr("%n order(s) waiting for stock", "", len(waiting))]
        for entry in waiting:
            short = ", ".join(self._shortage(s) for s in entry.shortages)
            lines.append(
                f"{local_day(entry.received_at)}  {entry.order_id}  {entry.recipient}  —  {short}"
            )
        self.listing.setText("\n".join(lines))
        self.shown.emit()

    def _shortage(self, shortage: Shortage) -> str:
        if not shortage.sku:
            return self.tr("{title}: no SKU (import the item report with the orders)").format(
                title=shortage.title
            )
        if not shortage.catalogued:
            return self.tr("{sku}: not in the product catalogue").format(sku=shortage.sku)
        return self.tr("{sku}: {needed} needed, {free} free").format(
            sku=shortage.sku, needed=shortage.needed, free=shortage.free
        )


class OrdersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.parcels = ParcelsTab(context)
        self.arrivals = ArrivalsTab(context)
        self.backorders = BackordersTab(context)
        self.packing = PackingPage(context)
        self.tabs.addTab(self.parcels, self.tr("Parcels"))
        self.tabs.addTab(self.arrivals, self.tr("Arrivals"))
        self.tabs.addTab(self.backorders, self.tr("Backorders"))
        self.tabs.addTab(self.packing, self.tr("Pick and pack"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
