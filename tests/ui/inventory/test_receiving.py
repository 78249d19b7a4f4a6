"""Receiving driven by scanner bursts: lines saved as scanned, posted into the ledger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.inventory import documents
from tests.support.inventory_depot import CREAM_EAN, FRESH, SCARF_EAN, on_hand
from tests.support.inventory_ui import scan
from ui.inventory.receiving_page import ReceivingPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = ReceivingPage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.center.setCurrentIndex(widget.center.findData("TSC"))
    return widget


def _new_cream_lot(qtbot, page, lot: str) -> None:  # type: ignore[no-untyped-def]
    """Scan the cream, which needs a lot and expiry: it waits for them, typed, and Enter."""
    lines = len(page.lines.rows)
    scan(qtbot, page, CREAM_EAN)
    assert page.lot.hasFocus() and len(page.lines.rows) == lines
    qtbot.keyClicks(page.lot, lot)
    qtbot.keyClicks(page.expiry, FRESH.isoformat())
    qtbot.keyClick(page.expiry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.lines.rows) == lines + 1)


def test_receive_by_scanning_then_post(qtbot, page, context):
    scan(qtbot, page, "B:TSC:A-01")
    assert page.bin.currentText() == "A-01" and page.scan.last_feedback == "ok"
    page.quantity.setValue(3)
    scan(qtbot, page, SCARF_EAN)  # no expiry: saved at once
    assert [(r.sku, r.quantity, r.bin) for r in page.lines.rows] == [("CSH-001", 3, "A-01")]
    _new_cream_lot(qtbot, page, "2411A")
    scan(qtbot, page, "L:SNC-CRM:2411A")  # the lot is known now: onto its line at once
    assert [(r.lot, r.quantity) for r in page.lines.rows] == [("", 3), ("2411A", 2)]
    assert on_hand(context.db, "TSC", "CSH-001") == 20  # a draft moves no stock

    page.post_button.click()
    qtbot.waitSignal(page.last_operation.finished, timeout=5000).wait()
    assert on_hand(context.db, "TSC", "CSH-001") == 23  # 20 were there before
    assert on_hand(context.db, "TSC", "SNC-CRM", "2411A") == 2
    assert page.lines.rows == [] and page.scan.last_feedback == "ok"


def test_blocked_scans_flash_red_and_save_nothing(qtbot, page, context):
    scan(qtbot, page, "6901234567008")  # bad EAN check digit
    assert page.scan.last_feedback == "error" and "EAN" in page.message.text()
    scan(qtbot, page, "B:GER:R-01")  # a bin of another center
    assert page.scan.last_feedback == "error"
    scan(qtbot, page, CREAM_EAN)
    qtbot.keyClicks(page.lot, "OLD")
    qtbot.keyClicks(page.expiry, "2001-01-01")
    qtbot.keyClick(page.expiry, Qt.Key.Key_Return)
    qtbot.waitSignal(page.last_operation.finished, timeout=5000).wait()
    assert page.scan.last_feedback == "error" and "expired" in page.message.text()
    assert page.lines.rows == []


def test_a_closed_window_loses_no_lines(qtbot, context):
    first = ReceivingPage(context)
    qtbot.addWidget(first)
    first.center.setCurrentIndex(first.center.findData("TSC"))
    scan(qtbot, first, SCARF_EAN)
    scan(qtbot, first, "INC-001")
    number = first.receipt_number
    first.close()
    again = ReceivingPage(context)
    qtbot.addWidget(again)
    again.center.setCurrentIndex(again.center.findData("TSC"))
    assert again.receipt_number == number and len(again.lines.rows) == 2
    with context.db.uow(write=False) as uow:
        assert [r.number for r in documents.draft_receipts(uow.session, "TSC")] == [number]


def test_scanning_the_same_product_and_lot_again_adds_to_its_line(qtbot, page, context):
    scan(qtbot, page, "B:TSC:A-01")
    for _ in range(3):
        scan(qtbot, page, SCARF_EAN)
    _new_cream_lot(qtbot, page, "2411A")
    for _ in range(2):
        scan(qtbot, page, "L:SNC-CRM:2411A")
    scan(qtbot, page, "B:TSC:A-02")
    scan(qtbot, page, SCARF_EAN)  # another bin: a line of its own
    with context.db.uow(write=False) as uow:
        lines = documents.receipt_lines(uow.session, page.receipt_id)
    assert [(x.sku, x.lot, x.bin, x.quantity) for x in lines] == [
        ("CSH-001", "", "A-01", 3), ("SNC-CRM", "2411A", "A-01", 3), ("CSH-001", "", "A-02", 1)]
    assert [r.quantity for r in page.lines.rows] == [3, 3, 1]
