"""Expiring lots and low stock, side by side, for one center or all.

Both lists come from indexed queries (lots by expiry; reorder points), read off the
GUI thread, and are refreshed when stock changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from core.changes import Changes
from core.inventory import views
from core.inventory.expiry import ExpiringLot
from core.inventory.reorder import LowStock
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.inventory.common import RowsModel, make_table
from ui.operations import UnitOfWork
from ui.widgets.paged_model import while_alive


class AlertsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.center = CenterCombo(context, self, all_centers=True, preselect=False)
        self.days = QSpinBox(self)
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        top.addWidget(QLabel(self.tr("Center"), self))
        top.addWidget(self.center, 1)
        top.addWidget(QLabel(self.tr("Expiring within"), self))
        top.addWidget(self.days)
        layout.addLayout(top)
        self.expiring = RowsModel(
            [
                (self.tr("Center"), lambda r: r.center),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Name"), lambda r: r.name_zh),
                (self.tr("Lot"), lambda r: r.lot),
                (self.tr("Expiry"), lambda r: r.expiry.isoformat()),
                (self.tr("Days left"), lambda r: self.tr("expired") if r.expired else r.days_left),
                (self.tr("On hand"), lambda r: r.on_hand),
            ],
            self,
        )
        self.low = RowsModel(
            [
                (self.tr("Center"), lambda r: r.center),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Name"), lambda r: r.name_zh),
                (self.tr("Reorder at"), lambda r: r.reorder_point),
                (self.tr("Available"), lambda r: r.available),
                (self.tr("In transit"), lambda r: r.in_transit),
                (
                    self.tr("Transfer"),
                    lambda r: (
                        self.tr("{n} from {center}").format(
                            n=r.transfer_quantity, center=r.transfer_from
                        )
                        if r.transfer_quantity
                        else ""
                    ),
                ),
                (self.tr("Reorder"), lambda r: r.reorder_quantity or ""),
            ],
            self,
        )
        layout.addWidget(QLabel(self.tr("Lots expiring"), self))
        layout.addWidget(make_table(self.expiring, self), 1)
        layout.addWidget(QLabel(self.tr("Low stock: transfer or reorder"), self))
        layout.addWidget(make_table(self.low, self), 1)
        self.center.currentIndexChanged.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        context.bus.changes_applied.connect(self._changes)
        self.refresh()

    def refresh(self) -> None:
        center = str(self.center.currentData() or "") or None
        days, today = self.days.value(), self.context.ops.today()

        def read(uow: UnitOfWork) -> tuple[list[ExpiringLot], list[LowStock]]:
            return (
                views.expiring(uow, days=days, today=today, center=center),
                views.low(uow, today=today, center=center),
            )

        self.context.ops.query(
            read, on_success=while_alive(self, self._show), key=(self, "alerts"), parent=self
        )

    def _show(self, lists: tuple[list[ExpiringLot], list[LowStock]]) -> None:
        expiring, low = lists
        self.expiring.set_rows(expiring)
        self.low.set_rows(low)

    def _changes(self, changes: Changes) -> None:
        if changes.stock or changes.catalog:
            self.refresh()
