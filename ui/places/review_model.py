"""The review queue as a table: parcels whose place a clerk must settle.

SQL filters and orders the queue (`core.places.review.queue_ids`); rows are
read a page at a time as the view asks for them.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt

from core.changes import Changes
from core.clock import shown
from core.places import review
from core.places.changes import PlaceChanges
from core.places.review import ReviewRow
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations
from ui.widgets.paged_model import Index, PagedIdModel


class ReviewModel(PagedIdModel):
    COLUMNS = [
        ("received", QT_TRANSLATE_NOOP("ReviewModel", "Received")),
        ("recipient", QT_TRANSLATE_NOOP("ReviewModel", "Recipient")),
        ("phone", QT_TRANSLATE_NOOP("ReviewModel", "Phone")),
        ("address", QT_TRANSLATE_NOOP("ReviewModel", "Address")),
        ("confidence", QT_TRANSLATE_NOOP("ReviewModel", "Confidence")),
    ]
    CONTEXT = "ReviewModel"

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(ops, review.queue_ids, review.queue_rows, parent)

    def note_changes(self, changes: Changes) -> None:
        """Slot for the change bus: parcels settled or places learned change the queue.

        Any write to a parcel may settle it or send it to review, so the ids are read
        again (rows that stay keep their place); the touched rows are patched.
        """
        if changes.parcels or (isinstance(changes, PlaceChanges) and changes.places):
            self.refresh(ids=True, rows=changes.parcels)

    def parcel_id(self, row: int) -> uuid.UUID | None:
        return self.id_at(row)

    def row_at(self, row: int) -> ReviewRow | None:
        found = self.record(row)
        return found if isinstance(found, ReviewRow) else None

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
        key = self.COLUMNS[index.column()][0]
        if key == "received":
            return shown(row.received_at)
        if key == "confidence":
            return f"{row.confidence:.0%}"
        return str(getattr(row, key))
