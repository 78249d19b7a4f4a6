"""The parcels behind a figure, in a dialog over the parcels table's own lazy model: the
ids come from `core.reports.drill` (the figure's own conditions), rows a page at a time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from core.changes import Changes
from core.orders.queries import ParcelFilter, table_rows
from core.reports.drill import ParcelDrill, drill_ids
from ui.context import AppContext
from ui.dashboard.list_frame import frame_list
from ui.orders.parcels_model import ParcelsModel
from ui.widgets.paged_model import PagedIdModel
from ui.widgets.tables import make_table


class DrillParcelsModel(ParcelsModel):
    """The parcels table's columns and cells over the ids of one figure."""

    def __init__(
        self, context: AppContext, drill: ParcelDrill, parent: QObject | None = None
    ) -> None:
        self.drill = drill
        # The parcels table's own init reads its filter; ours reads the figure's ids.
        PagedIdModel.__init__(
            self, context.ops, lambda uow: drill_ids(uow, self.drill), table_rows, parent
        )
        self.parcel_filter = ParcelFilter()

    def note_changes(self, changes: Changes) -> None:
        """A write that touched parcels may move them in or out of the figure."""
        if changes.parcels:
            self.refresh(ids=True, rows=changes.parcels)

    def ids(self) -> list[uuid.UUID]:
        return [i for i in (self.id_at(n) for n in range(self.rowCount())) if i is not None]


class ParcelListDialog(QDialog):
    """`title` over the figure's parcels; the count follows the rows read."""

    def __init__(
        self, context: AppContext, drill: ParcelDrill, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = DrillParcelsModel(context, drill, self)
        self.count = QLabel(self.tr("Reading…"), self)
        self.table = make_table(self.model, self)
        frame_list(self, title, self.count, self.table, (60, 30))
        self.model.ids_arrived.connect(self._counted)
        context.bus.changes_applied.connect(self.model.note_changes)
        self.model.reload()

    def _counted(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n parcel(s)", "", n))
