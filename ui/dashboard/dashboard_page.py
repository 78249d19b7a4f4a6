"""The dashboard: the operation at a glance for one center or all.

Figures are read off the GUI thread (`core.reports.dashboard`), the lead times apart
(`core.reports.lead_time`) so the counts show first; both again after a write. Every
figure opens the list behind it: a figure button, or a click on a table's row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.clock import shown
from core.inventory import views
from core.reports.dashboard import Dashboard, dashboard
from core.reports.drill import ParcelDrill, ParcelList, category_stock
from core.reports.lead_time import TARGET, Dimension, LeadTimeWeeks, Measure, dashboard_lead_times
from core.reports.scope import OVERDUE_DAYS
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.dashboard.figure_button import FigureButton
from ui.dashboard.lead_chart import LeadTimeChart
from ui.dashboard.parcel_list import ParcelListDialog
from ui.dashboard.rows_dialog import RowsDialog
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import UnitOfWork
from ui.widgets.paged_model import while_alive
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import fit_columns, make_table

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

MEASURES = (
    (Measure.PAID_TO_DELIVERED, QT_TRANSLATE_NOOP("DashboardPage", "Paid → delivered")),
    (Measure.PAID_TO_DISPATCHED, QT_TRANSLATE_NOOP("DashboardPage", "Paid → dispatched")),
    (Measure.DISPATCHED_TO_DELIVERED, QT_TRANSLATE_NOOP("DashboardPage", "Dispatched → delivered")),
)


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Dashboard | None = None
        self.lead: LeadTimeWeeks | None = None
        self.center = CenterCombo(context, self, all_centers=True, preselect=False)
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(OVERDUE_DAYS)
        self.days.setSuffix(self.tr(" days"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Center"), self))
        top.addWidget(self.center, 1)
        top.addWidget(QLabel(self.tr("Overdue after"), self))
        top.addWidget(self.days)

        self.overdue, self.failed, self.returned = (
            FigureButton(self),
            FigureButton(self),
            FigureButton(self),
        )
        self.expiring, self.low, self.week = (
            FigureButton(self),
            FigureButton(self),
            FigureButton(self),
        )
        figures = QHBoxLayout()
        for button in (
            self.week,
            self.overdue,
            self.failed,
            self.returned,
            self.expiring,
            self.low,
        ):
            figures.addWidget(button)
        self.overdue.clicked.connect(lambda: self.open_parcels(ParcelList.OVERDUE))
        self.failed.clicked.connect(lambda: self.open_parcels(ParcelList.FAILED))
        self.returned.clicked.connect(lambda: self.open_parcels(ParcelList.RETURNED))
        self.expiring.clicked.connect(self.open_expiring)
        self.low.clicked.connect(self.open_low)

        self.waiting_model = RowsModel(
            [
                (self.tr("Township"), lambda w: w.township or w.township_code),
                (self.tr("Waiting"), lambda w: w.waiting),
                (self.tr("On next run"), lambda w: w.on_next_run),
                (self.tr("Next run"), lambda w: shown(w.next_depart_at)),
                (self.tr("Cutoff"), lambda w: shown(w.next_cutoff_at)),
            ],
            self,
        )
        self.runs_model = RowsModel(
            [
                (self.tr("Departs"), lambda r: shown(r.depart_at)),
                (self.tr("Township"), lambda r: r.township or self.tr("Post office")),
                (self.tr("Parcels"), lambda r: f"{r.parcels} / {r.capacity_parcels}"),
                (self.tr("kg"), lambda r: f"{r.weight_g / 1000:.0f} / {r.capacity_kg}"),
                (self.tr("Status"), lambda r: r.status),
            ],
            self,
        )
        self.stock_model = RowsModel(
            [
                (self.tr("Center"), lambda s: s.center),
                (self.tr("Category"), lambda s: s.category),
                (self.tr("Products"), lambda s: s.products),
                (self.tr("On hand"), lambda s: s.on_hand),
                (self.tr("In transit"), lambda s: s.in_transit),
            ],
            self,
        )
        self.waiting_table = make_table(self.waiting_model, self)
        self.runs_table = make_table(self.runs_model, self)
        self.stock_table = make_table(self.stock_model, self)
        self.waiting_table.clicked.connect(lambda index: self.open_waiting(index.row()))
        self.runs_table.clicked.connect(lambda index: self.open_run(index.row()))
        self.stock_table.clicked.connect(lambda index: self.open_category(index.row()))

        self.measure = QComboBox(self)
        for key, text in MEASURES:
            self.measure.addItem(translate("DashboardPage", text), key)
        self.group = QComboBox(self)
        self.week.clicked.connect(self.measure.setFocus)  # its chart is below
        self.chart = LeadTimeChart(self)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Lead time"), self))
        chart_bar.addWidget(self.measure)
        chart_bar.addWidget(self.group, 1)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Parcels waiting per township"), self), 0, 0)
        grid.addWidget(self.waiting_table, 1, 0)
        grid.addWidget(QLabel(self.tr("Today's and tomorrow's runs"), self), 0, 1)
        grid.addWidget(self.runs_table, 1, 1)
        grid.addLayout(chart_bar, 2, 0)
        grid.addWidget(self.chart, 3, 0)
        grid.addWidget(QLabel(self.tr("Stock by center and category"), self), 2, 1)
        grid.addWidget(self.stock_table, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)

        self.center.currentIndexChanged.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh_figures)
        self.measure.currentIndexChanged.connect(self._draw_chart)
        self.group.currentIndexChanged.connect(self._draw_chart)
        context.bus.changes_applied.connect(self._changes)
        self.refresh()

    # -- reading --
    def center_code(self) -> str | None:
        return self.center.code or None

    def refresh(self) -> None:
        self.refresh_figures()
        center = self.center_code()
        self.context.ops.query(
            lambda uow: dashboard_lead_times(uow, center),
            on_success=while_alive(self, self._show_lead),
            key=(self, "lead"),
            parent=self,
        )

    def refresh_figures(self) -> None:
        center, days = self.center_code(), self.days.value()
        self.context.ops.query(
            lambda uow: dashboard(uow, center, days),
            on_success=while_alive(self, self._show),
            key=(self, "figures"),
            parent=self,
        )

    def _changes(self, changes: Changes) -> None:
        if changes.parcels or changes.runs or changes.stock:
            self.refresh()

    def _show(self, board: Dashboard) -> None:
        self.board = board
        self.overdue.show_figure(
            str(board.overdue),
            self.tr("overdue: not delivered after %n day(s)", "", board.overdue_days),
            warn=board.overdue > 0,
        )
        self.failed.show_figure(
            str(board.failed), self.tr("failed, last %n day(s)", "", board.recent_days)
        )
        self.returned.show_figure(
            str(board.returned), self.tr("returned, last %n day(s)", "", board.recent_days)
        )
        self.expiring.show_figure(
            str(board.expiring_lots),
            self.tr("lots expiring in %n day(s)", "", board.expiry_days),
            warn=board.expiring_lots > 0,
        )
        self.low.show_figure(str(board.low_stock), self.tr("products at reorder point"))
        self.waiting_model.set_rows(board.waiting)
        self.runs_model.set_rows(board.runs)
        self.stock_model.set_rows(board.stock)
        for table in (self.waiting_table, self.runs_table, self.stock_table):
            fit_columns(table)

    def _show_lead(self, lead: LeadTimeWeeks) -> None:
        self.lead = lead
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for dimension, key in lead.groups() or [(Dimension.ALL, "")]:
            self.group.addItem(self._group_name(dimension, key), (dimension, key))
        found = self.group.findData(chosen) if chosen is not None else -1
        self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)
        this_week = lead.series(Measure.PAID_TO_DELIVERED, Dimension.ALL, "")[-1]
        if this_week is None:
            self.week.show_figure("–", self.tr("lead time this week: no parcel delivered yet"))
        else:
            self.week.show_figure(
                self.tr("%1 d").replace("%1", f"{this_week.median_days:.1f}"),
                self.tr("lead time this week; target %n day(s)", "", TARGET.days),
                warn=this_week.median_days > TARGET.days,
            )
        self._draw_chart()

    def _group_name(self, dimension: str, key: str) -> str:
        if dimension == Dimension.ALL:
            return self.tr("Every parcel")
        if dimension == Dimension.ROUTE:
            return self.tr("Township runs") if key == "township" else self.tr("By post")
        return self.tr("Township {code}").format(code=key)

    def _draw_chart(self) -> None:
        if self.lead is None or self.group.currentData() is None:
            return
        dimension, key = self.group.currentData()
        figures = self.lead.series(str(self.measure.currentData()), dimension, key)
        self.chart.show_weeks([week.strftime("%m-%d") for week in self.lead.weeks], figures)

    # -- the lists behind the figures --
    def open_parcels(self, kind: ParcelList, title: str = "", **where: object) -> ParcelListDialog:
        drill = ParcelDrill(kind, self.center_code(), overdue_days=self.days.value(), **where)  # type: ignore[arg-type]
        names = {
            ParcelList.OVERDUE: self.tr("Overdue parcels"),
            ParcelList.FAILED: self.tr("Failed deliveries"),
            ParcelList.RETURNED: self.tr("Returned parcels"),
        }
        dialog = ParcelListDialog(self.context, drill, title or names.get(kind, ""), self)
        dialog.show()
        return dialog

    def open_waiting(self, row: int) -> None:
        waiting = self.waiting_model.rows[row]
        title = self.tr("Waiting for a run: {township}").format(
            township=waiting.township or waiting.township_code
        )
        self.open_parcels(ParcelList.WAITING, title, township_code=waiting.township_code)

    def open_run(self, row: int) -> None:
        run = self.runs_model.rows[row]
        title = self.tr("On the run of {time}: {township}").format(
            time=shown(run.depart_at), township=run.township or self.tr("Post office")
        )
        self.open_parcels(ParcelList.RUN, title, run_id=run.run_id)

    def open_category(self, row: int) -> RowsDialog:
        figure = self.stock_model.rows[row]
        center, category = figure.center, figure.category
        dialog = RowsDialog(
            self.context,
            self.tr("{category} at {center}").format(category=category, center=center),
            [
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Name"), lambda r: r.name_zh),
                (self.tr("On hand"), lambda r: r.on_hand),
                (self.tr("Reserved"), lambda r: r.reserved),
                (self.tr("In transit"), lambda r: r.in_transit),
            ],
            lambda uow: category_stock(uow, center, category),
            self,
        )
        dialog.show()
        return dialog

    def open_expiring(self) -> RowsDialog:
        center, today = self.center_code(), self.context.ops.today()

        def read(uow: UnitOfWork) -> list[object]:
            return list(views.expiring(uow, days=30, today=today, center=center))

        dialog = RowsDialog(
            self.context,
            self.tr("Lots expiring"),
            [
                (self.tr("Center"), lambda r: r.center),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Lot"), lambda r: r.lot),
                (self.tr("Expiry"), lambda r: r.expiry.isoformat()),
                (self.tr("On hand"), lambda r: r.on_hand),
            ],
            read,
            self,
        )
        dialog.show()
        return dialog

    def open_low(self) -> RowsDialog:
        center, today = self.center_code(), self.context.ops.today()

        def read(uow: UnitOfWork) -> list[object]:
            return list(views.low(uow, today=today, center=center))

        dialog = RowsDialog(
            self.context,
            self.tr("Low stock"),
            [
                (self.tr("Center"), lambda r: r.center),
                (self.tr("SKU"), lambda r: r.sku),
                (self.tr("Reorder at"), lambda r: r.reorder_point),
                (self.tr("Available"), lambda r: r.available),
            ],
            read,
            self,
        )
        dialog.show()
        return dialog
