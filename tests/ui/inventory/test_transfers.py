"""Transfers driven by scanner bursts: pick, dispatch, receive at the other center."""

from __future__ import annotations

import pytest

from core.inventory import queries
from core.inventory.queries import StockFilter
from core.uow import Database
from tests.support.inventory_depot import CREAM_EAN, SCARF_EAN, make_expired_lot, on_hand
from tests.support.inventory_ui import click, scan, settle
from tests.support.person import press, result_shown
from ui.inventory.transfers_page import TransfersPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = TransfersPage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.center.setCurrentIndex(widget.center.findData("TSC"))
    settle(qtbot, widget)  # the centers and transfers are read off the GUI thread
    return widget


def request(qtbot, page, sku: str, quantity: int) -> None:  # type: ignore[no-untyped-def]
    page.quantity.setValue(quantity)
    qtbot.keyClicks(page.request_sku, sku)
    click(qtbot, page, page.request_button)


def test_pick_dispatch_and_receive_by_scan(qtbot, page, context, sqlite_db):
    page.target.setCurrentIndex(page.target.findData("GER"))
    click(qtbot, page, page.create_button)
    number = page.view.number
    request(qtbot, page, "CSH-001", 3)
    request(qtbot, page, "SNC-CRM", 2)
    assert [(x.sku, x.requested) for x in page.view.lines] == [("CSH-001", 3), ("SNC-CRM", 2)]

    scan(qtbot, page, "B:TSC:A-01")
    for _ in range(3):
        scan(qtbot, page, SCARF_EAN)
    assert result_shown(page.message) == "ok"
    scan(qtbot, page, SCARF_EAN)  # a fourth scarf: over-pick, blocked
    assert result_shown(page.message) == "error" and "Over-pick" in page.message.text()
    scan(qtbot, page, "B:TSC:B-01")
    scan(qtbot, page, "INC-001")  # not on the transfer
    assert result_shown(page.message) == "error" and "Wrong item" in page.message.text()
    scan(qtbot, page, "B:TSC:A-02")
    page.quantity.setValue(2)
    scan(qtbot, page, CREAM_EAN)
    assert [(x.sku, x.picked) for x in page.view.lines] == [("CSH-001", 3), ("SNC-CRM", 2)]
    click(qtbot, page, page.dispatch_button)
    assert page.view.status == "dispatched"
    assert on_hand(sqlite_db, "TSC", "CSH-001") == 17

    page.center.setCurrentIndex(page.center.findData("GER"))
    scan(qtbot, page, f"D:{number}")
    assert page.receive_button.isEnabled()
    with sqlite_db.uow(write=False) as uow:
        transit = {
            r.sku: r.in_transit for r in queries.stock_rows(uow.session, StockFilter(center="GER"))
        }
    assert transit == {"CSH-001": 3, "SNC-CRM": 2}
    scan(qtbot, page, "B:GER:R-01")
    for _ in range(3):
        scan(qtbot, page, SCARF_EAN)
    scan(qtbot, page, SCARF_EAN)  # more than was sent: blocked
    assert result_shown(page.message) == "error"
    page.quantity.setValue(2)
    scan(qtbot, page, "L:SNC-CRM:L-SOON")
    click(qtbot, page, page.receive_button)
    assert page.view.status == "received"
    assert on_hand(sqlite_db, "GER", "CSH-001") == 3
    assert on_hand(sqlite_db, "GER", "SNC-CRM", "L-SOON") == 2


def test_an_expired_lot_cannot_be_picked(qtbot, page, context, sqlite_db):
    make_expired_lot(sqlite_db, bin="B-01")
    page.reload()
    settle(qtbot, page)
    page.target.setCurrentIndex(page.target.findData("GER"))
    click(qtbot, page, page.create_button)
    request(qtbot, page, "SNC-CRM", 2)
    scan(qtbot, page, "B:TSC:B-01")
    scan(qtbot, page, "L:SNC-CRM:L-OLD")
    assert result_shown(page.message) == "error" and "expired" in page.message.text()
    assert page.view.lines[0].picked == 0


def _reserved(db: Database, sku: str) -> int:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        rows = queries.stock_rows(uow.session, StockFilter(center="TSC"))
    return sum(r.reserved for r in rows if r.sku == sku)


def test_a_picked_line_is_put_back_by_click(qtbot, page, context, sqlite_db):
    page.target.setCurrentIndex(page.target.findData("GER"))
    click(qtbot, page, page.create_button)
    request(qtbot, page, "CSH-001", 3)
    request(qtbot, page, "INC-001", 1)
    scan(qtbot, page, "B:TSC:A-01")
    for _ in range(2):
        scan(qtbot, page, SCARF_EAN)
    assert [(x.sku, x.picked) for x in page.view.lines] == [("CSH-001", 2), ("INC-001", 0)]
    assert _reserved(sqlite_db, "CSH-001") == 2

    click(qtbot, page, page.unpick_button)  # no line selected: said, nothing put back
    assert result_shown(page.message) == "error" and _reserved(sqlite_db, "CSH-001") == 2
    table = page.lines_view
    press(qtbot, table.viewport(), table.visualRect(page.lines.index(1, 0)).center())
    click(qtbot, page, page.unpick_button)  # incense: nothing picked of it
    assert result_shown(page.message) == "error" and "INC-001" in page.message.text()

    press(qtbot, table.viewport(), table.visualRect(page.lines.index(0, 0)).center())
    click(qtbot, page, page.unpick_button)
    assert result_shown(page.message) == "ok"
    assert [(x.sku, x.requested, x.picked) for x in page.view.lines] == [
        ("CSH-001", 3, 0),
        ("INC-001", 1, 0),
    ]
    assert _reserved(sqlite_db, "CSH-001") == 0 and on_hand(sqlite_db, "TSC", "CSH-001") == 20
