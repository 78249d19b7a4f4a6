"""Cycle count, adjustment and the expiring/low-stock page, driven by scanner bursts."""

from __future__ import annotations

from sqlalchemy import select

from core.inventory import catalog
from core.inventory.models import Move
from tests.support.inventory_depot import CREAM_EAN, SCARF_EAN, on_hand
from tests.support.inventory_ui import click, scan, settle
from tests.support.person import result_shown
from ui.inventory.adjust_page import AdjustPage
from ui.inventory.alerts_page import AlertsPage
from ui.inventory.count_page import CountPage


def _show(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.show()
    page.center.setCurrentIndex(page.center.findData("TSC"))
    settle(qtbot, page)  # the center's bins and counts are read off the GUI thread
    return page


def test_blind_count_review_and_approve(qtbot, context, sqlite_db):
    page = _show(qtbot, CountPage(context))
    page.scope_bin.setCurrentIndex(page.scope_bin.findText("A-02"))
    click(qtbot, page, page.start_button)
    assert page.status == "counting"
    scan(qtbot, page, CREAM_EAN)  # no bin yet
    assert result_shown(page.message) == "error"
    scan(qtbot, page, "B:TSC:A-01")  # not the counted bin: refused by the core
    scan(qtbot, page, SCARF_EAN)
    assert result_shown(page.message) == "error"
    scan(qtbot, page, "B:TSC:A-02")
    scan(qtbot, page, CREAM_EAN)  # two lots of cream in A-02: the lot label is needed
    assert "lot label" in page.message.text()
    page.quantity.setValue(5)
    scan(qtbot, page, "L:SNC-CRM:L-SOON")
    page.quantity.setValue(6)
    scan(qtbot, page, "L:SNC-CRM:L-FRESH")
    # Blind: the counting table has no expected column.
    assert page.table.model() is page.counted
    assert [(r.lot, r.counted) for r in page.counted.rows] == [("L-FRESH", 6), ("L-SOON", 5)]
    click(qtbot, page, page.close_button)
    assert page.table.model() is page.review
    assert [(r.lot, r.expected, r.difference) for r in page.review.rows] == [
        ("L-FRESH", 8, -2),
        ("L-SOON", 5, 0),
    ]
    click(qtbot, page, page.approve_button)
    assert on_hand(sqlite_db, "TSC", "SNC-CRM", "L-FRESH") == 6
    with sqlite_db.uow(write=False) as uow:
        kinds = uow.session.scalars(select(Move.kind).where(Move.kind == "count")).all()
    assert kinds == ["count"]


def test_units_per_scan_go_back_to_one_for_each_new_count(qtbot, context):
    page = _show(qtbot, CountPage(context))
    page.scope_bin.setCurrentIndex(page.scope_bin.findText("A-01"))
    click(qtbot, page, page.start_button)
    first = page.count_id
    page.quantity.setValue(20)
    scan(qtbot, page, "B:TSC:A-01")
    scan(qtbot, page, SCARF_EAN)
    assert [(r.sku, r.counted) for r in page.counted.rows] == [("CSH-001", 20)]
    page.scope_bin.setCurrentIndex(page.scope_bin.findText("B-01"))
    click(qtbot, page, page.start_button)
    assert page.count_id != first and page.quantity.value() == 1
    page.quantity.setValue(5)
    index = next(
        i for i in range(page.open_counts.count()) if page.open_counts.itemData(i) == first
    )
    page.open_counts.setCurrentIndex(index)
    page.open_counts.activated.emit(index)  # the clerk picked the first count again
    assert page.count_id == first and page.quantity.value() == 1
    scan(qtbot, page, "B:TSC:A-01")
    scan(qtbot, page, SCARF_EAN)  # one more scarf, not five
    assert [(r.sku, r.counted) for r in page.counted.rows] == [("CSH-001", 21)]


def test_adjust_by_scan_with_reason(qtbot, context, sqlite_db):
    page = _show(qtbot, AdjustPage(context))
    click(qtbot, page, page.post_button)  # nothing scanned yet: say what is missing
    assert result_shown(page.message) == "error"
    assert page.message.text() == "Scan or type a product first."
    scan(qtbot, page, "B:TSC:B-01")
    scan(qtbot, page, "INC-001")
    page.change.setValue(-3)
    page.reason.setCurrentIndex(page.reason.findData("damaged"))
    page.note.setText("受潮")  # QTest types only Latin-1
    click(qtbot, page, page.post_button)
    assert result_shown(page.message) == "ok"
    assert on_hand(sqlite_db, "TSC", "INC-001") == 27
    page.change.setValue(-100)  # more than there is: refused, nothing written
    click(qtbot, page, page.post_button)
    assert result_shown(page.message) == "error"
    assert on_hand(sqlite_db, "TSC", "INC-001") == 27
    with sqlite_db.uow(write=False) as uow:
        move = uow.session.execute(
            select(Move.quantity, Move.note).where(Move.reason == "damaged")
        ).one()
    assert tuple(move) == (3, "受潮")


def test_alerts_page_lists_expiring_and_low_stock(qtbot, context, sqlite_db):
    with sqlite_db.uow() as uow:
        s = uow.session
        catalog.set_reorder_point(
            uow, catalog.get_product(s, "CSH-001"), catalog.get_center(s, "GER"), 4
        )
        uow.commit()
    page = AlertsPage(context)
    qtbot.addWidget(page)
    # The lists are read off the GUI thread.
    qtbot.waitUntil(lambda: [r.lot for r in page.expiring.rows] == ["L-SOON"])
    assert [(r.center, r.sku, r.transfer_from, r.transfer_quantity) for r in page.low.rows] == [
        ("GER", "CSH-001", "TSC", 8)
    ]
    page.days.setValue(365)
    qtbot.waitUntil(lambda: [r.lot for r in page.expiring.rows] == ["L-SOON", "L-FRESH"])
