"""Factories for the inventory workflow areas, listed in ui/areas.py. Each imports its page
only when the area is first opened, so the app starts without loading them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


def receiving(context: AppContext) -> QWidget:
    from ui.inventory.receiving_page import ReceivingPage

    return ReceivingPage(context)


def transfers(context: AppContext) -> QWidget:
    from ui.inventory.transfers_page import TransfersPage

    return TransfersPage(context)


def counts(context: AppContext) -> QWidget:
    from ui.inventory.count_page import CountPage

    return CountPage(context)


def adjust(context: AppContext) -> QWidget:
    from ui.inventory.adjust_page import AdjustPage

    return AdjustPage(context)


def alerts(context: AppContext) -> QWidget:
    from ui.inventory.alerts_page import AlertsPage

    return AlertsPage(context)
