"""Parcels as a lazy table: SQL filters and sorts the ids, rows are read a page at a time.

`core.orders.queries.table_ids` gives the ids; the model fetches the rows of a page
only when the view paints it (in the background), and re-reads the rows a write
touched, patching them in place.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, Qt

from core.changes import Changes
from core.clock import shown
from core.orders.queries import ParcelFilter, ParcelRow, table_ids, table_rows
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations
from ui.widgets.paged_model import Index, PagedIdModel

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

# The parcel number first: it is what people read aloud and search by. Then what a clerk
# sorting parcels reads (whose, where to, by which route, how far along, how
# heavy) comes first, so it stays in view on a narrow screen; the rest follows.
COLUMNS = [
    ("number", QT_TRANSLATE_NOOP("ParcelsModel", "Parcel no.")),
    ("order", QT_TRANSLATE_NOOP("ParcelsModel", "Order / barcode")),
    ("recipient", QT_TRANSLATE_NOOP("ParcelsModel", "Recipient")),
    ("township", QT_TRANSLATE_NOOP("ParcelsModel", "Township")),
    ("route", QT_TRANSLATE_NOOP("ParcelsModel", "Route")),
    ("status", QT_TRANSLATE_NOOP("ParcelsModel", "Status")),
    ("weight_g", QT_TRANSLATE_NOOP("ParcelsModel", "Weight (g)")),
    ("village_point", QT_TRANSLATE_NOOP("ParcelsModel", "Village point")),
    ("received", QT_TRANSLATE_NOOP("ParcelsModel", "Received")),
    ("phone", QT_TRANSLATE_NOOP("ParcelsModel", "Phone")),
    ("address", QT_TRANSLATE_NOOP("ParcelsModel", "Address")),
]


def status_label(status: str) -> str:
    labels = {
        "new": translate("ParcelsModel", "New"),
        "backorder": translate("ParcelsModel", "Backorder"),
        "picking": translate("ParcelsModel", "Picking"),
        "ready": translate("ParcelsModel", "Ready"),
        "on_run": translate("ParcelsModel", "On a run"),
        "at_station": translate("ParcelsModel", "At station"),
        "delivered": translate("ParcelsModel", "Delivered"),
        "failed": translate("ParcelsModel", "Failed"),
        "returned": translate("ParcelsModel", "Returned"),
        "handed_over": translate("ParcelsModel", "Handed to post"),
        "cancelled": translate("ParcelsModel", "Cancelled"),
    }
    return labels.get(status, status)


def column_of(key: str) -> int:
    return next(n for n, (k, _) in enumerate(COLUMNS) if k == key)


class ParcelsModel(PagedIdModel):
    PAGE_SIZE = 200
    COLUMNS = COLUMNS
    CONTEXT = "ParcelsModel"

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        self.parcel_filter = ParcelFilter()
        super().__init__(ops, lambda uow: table_ids(uow, self.parcel_filter), table_rows, parent)

    def set_filter(self, flt: ParcelFilter) -> None:
        self.parcel_filter = flt
        self.reload()

    def note_changes(self, changes: Changes) -> None:
        """Slot for the change bus: only writes that touched parcels matter here.

        Rows are ordered by when a parcel was received and filtered by its center, and
        neither changes after it is created: the ids are read again only for a parcel not
        listed yet (new, or one a filter on its state may now let in) or when the filter
        looks at what a write can change. Otherwise the touched rows are patched.
        """
        if not changes.parcels:
            return
        flt = self.parcel_filter
        moving = (
            flt.status is not None
            or flt.needs_review is not None
            or bool(flt.search.strip())
            or not changes.parcels <= set(self._ids)
        )
        self.refresh(ids=moving, rows=changes.parcels)

    def parcel_id(self, row: int) -> uuid.UUID | None:
        return self.id_at(row)

    def row_at(self, row: int) -> ParcelRow | None:
        found = self.record(row)
        return found if isinstance(found, ParcelRow) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.parcel_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return self.placeholder(role)
        return _cell(row, COLUMNS[index.column()][0])


def _cell(row: ParcelRow, key: str) -> str:
    if key == "received":
        return shown(row.received_at)
    if key == "order":
        return row.order_id or row.carrier_barcode or ""
    if key == "township":
        return f"{row.township} {row.township_code}" if row.township_code else ""
    if key == "route":
        if row.needs_review:
            return translate("ParcelsModel", "to review")
        routes = {
            "township": translate("ParcelsModel", "Township run"),
            "postal": translate("ParcelsModel", "Postal"),
        }
        return routes.get(row.route or "", "")
    if key == "status":
        return status_label(row.status)
    if key == "weight_g":
        return "" if row.weight_g is None else str(row.weight_g)
    return str(getattr(row, key) or "")
