"""The areas of the main window, in navigation order.

A later issue adds its area with one line here. Only areas that work are
listed: no empty placeholder pages. Factories import their page lazily so the
app starts without loading every area's modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.inventory import areas as inv


@dataclass(frozen=True)
class Area:
    key: str
    title_fn: Callable[[], str]  # called after the translators are installed
    icon: str  # file name under resources/icons/
    factory: Callable[[AppContext], QWidget]


translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the titles


def _dashboard(context: AppContext) -> QWidget:
    from ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(context)


def _stock(context: AppContext) -> QWidget:
    from ui.stock.stock_page import StockPage

    return StockPage(context)


def _places(context: AppContext) -> QWidget:
    from ui.places.places_page import PlacesPage

    return PlacesPage(context)


def _orders(context: AppContext) -> QWidget:
    from ui.orders.orders_page import OrdersPage

    return OrdersPage(context)


def _runs(context: AppContext) -> QWidget:
    from ui.runs.runs_page import RunsPage

    return RunsPage(context)


def _postal(context: AppContext) -> QWidget:
    from ui.postal.postal_page import PostalPage

    return PostalPage(context)


def _master_data(context: AppContext) -> QWidget:
    from ui.masterdata.master_page import MasterDataPage

    return MasterDataPage(context)


AREAS: list[Area] = [
    Area("dashboard", lambda: translate("Areas", "Dashboard"), "dashboard.svg", _dashboard),
    Area("stock", lambda: translate("Areas", "Stock"), "stock.svg", _stock),
    Area("receiving", lambda: translate("Areas", "Receiving"), "receiving.svg", inv.receiving),
    Area("transfers", lambda: translate("Areas", "Transfers"), "transfers.svg", inv.transfers),
    Area("counts", lambda: translate("Areas", "Cycle count"), "counts.svg", inv.counts),
    Area("adjust", lambda: translate("Areas", "Adjust"), "adjust.svg", inv.adjust),
    Area("alerts", lambda: translate("Areas", "Expiring & low"), "alerts.svg", inv.alerts),
    Area("places", lambda: translate("Areas", "Addresses"), "places.svg", _places),
    Area("orders", lambda: translate("Areas", "Orders"), "orders.svg", _orders),
    Area("runs", lambda: translate("Areas", "Runs"), "runs.svg", _runs),
    Area("postal", lambda: translate("Areas", "Post office"), "postal.svg", _postal),
    Area("masterdata", lambda: translate("Areas", "Master data"), "masterdata.svg", _master_data),
]
