"""Receiving driven by scanner bursts: lines saved as scanned, posted into the ledger.

Scans are classified off the GUI thread and acted on in the order they were scanned: with
the reader held busy (a query waiting on a gate) the window takes a bin's and an item's
bursts without waiting, acts on neither, and then puts the item into the bin scanned
before it.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from core.inventory import documents
from tests.support.inventory_depot import CREAM_EAN, FRESH, SCARF_EAN, on_hand
from tests.support.inventory_ui import scan, settle
from tests.support.person import result_shown, show_active
from tests.support.person import scan as person_scan
from ui.inventory.receiving_page import ReceivingPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = ReceivingPage(context)
    qtbot.addWidget(widget)
    # Active, so the focus a scan moves (to the lot box) is the window's focus at once.
    show_active(qtbot, widget)
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


def test_receive_by_scanning_then_post(qtbot, page, context, sqlite_db):
    scan(qtbot, page, "B:TSC:A-01")
    assert page.bin.currentText() == "A-01" and result_shown(page.message) == "ok"
    page.quantity.setValue(3)
    scan(qtbot, page, SCARF_EAN)  # no expiry: saved at once
    assert [(r.sku, r.quantity, r.bin) for r in page.lines.rows] == [("CSH-001", 3, "A-01")]
    _new_cream_lot(qtbot, page, "2411A")
    scan(qtbot, page, "L:SNC-CRM:2411A")  # the lot is known now: onto its line at once
    assert [(r.lot, r.quantity) for r in page.lines.rows] == [("", 3), ("2411A", 2)]
    assert on_hand(sqlite_db, "TSC", "CSH-001") == 20  # a draft moves no stock

    page.post_button.click()
    settle(qtbot, page)
    assert on_hand(sqlite_db, "TSC", "CSH-001") == 23  # 20 were there before
    assert on_hand(sqlite_db, "TSC", "SNC-CRM", "2411A") == 2
    assert page.lines.rows == [] and result_shown(page.message) == "ok"


def test_blocked_scans_flash_red_and_save_nothing(qtbot, page, context):
    scan(qtbot, page, "6901234567008")  # bad EAN check digit
    assert result_shown(page.message) == "error" and "EAN" in page.message.text()
    scan(qtbot, page, "B:GER:R-01")  # a bin of another center
    assert result_shown(page.message) == "error"
    scan(qtbot, page, CREAM_EAN)
    qtbot.keyClicks(page.lot, "OLD")
    qtbot.keyClicks(page.expiry, "2001-01-01")
    qtbot.keyClick(page.expiry, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert result_shown(page.message) == "error" and "expired" in page.message.text()
    assert page.lines.rows == []


def test_a_closed_window_loses_no_lines(qtbot, context, sqlite_db):
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
    with sqlite_db.uow(write=False) as uow:
        assert [r.number for r in documents.draft_receipts(uow.session, "TSC")] == [number]


def test_scanning_the_same_product_and_lot_again_adds_to_its_line(qtbot, page, context, sqlite_db):
    scan(qtbot, page, "B:TSC:A-01")
    for _ in range(3):
        scan(qtbot, page, SCARF_EAN)
    _new_cream_lot(qtbot, page, "2411A")
    for _ in range(2):
        scan(qtbot, page, "L:SNC-CRM:2411A")
    scan(qtbot, page, "B:TSC:A-02")
    scan(qtbot, page, SCARF_EAN)  # another bin: a line of its own
    with sqlite_db.uow(write=False) as uow:
        lines = documents.receipt_lines(uow.session, page.receipt_id)
    assert [(x.sku, x.lot, x.bin, x.quantity) for x in lines] == [
        ("CSH-001", "", "A-01", 3),
        ("SNC-CRM", "2411A", "A-01", 3),
        ("CSH-001", "", "A-02", 1),
    ]
    assert [r.quantity for r in page.lines.rows] == [3, 3, 1]


def _burst(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def _hold_the_reader(context) -> threading.Event:  # type: ignore[no-untyped-def]
    """A read that waits on a gate: every query asked after it waits behind it."""
    gate, started = threading.Event(), threading.Event()

    def held(_uow):  # type: ignore[no-untyped-def]
        started.set()
        gate.wait(10)

    context.ops.query(held, on_success=lambda _result: None)
    assert started.wait(5)
    return gate


def test_scans_wait_for_the_reader_not_the_window_and_keep_their_order(qtbot, page, context):
    assert page.bin.currentText() == "A-01"
    handled: list[str] = []
    page.scan_handled.connect(handled.append)
    gate = _hold_the_reader(context)
    try:
        _burst(qtbot, page, "B:TSC:A-02")
        _burst(qtbot, page, SCARF_EAN)
        _burst(qtbot, page, "B:TSC:B-01")
        qtbot.wait(150)
        # The window took all three bursts; none is acted on while the reader is busy.
        assert handled == [] and page.bin.currentText() == "A-01"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: len(handled) == 3, timeout=5000)
    assert handled == ["B:TSC:A-02", SCARF_EAN, "B:TSC:B-01"]
    settle(qtbot, page)
    qtbot.waitUntil(lambda: len(page.lines.rows) == 1, timeout=5000)
    # The scarf went into the bin scanned before it, not the one scanned after.
    assert [(r.sku, r.bin) for r in page.lines.rows] == [("CSH-001", "A-02")]
    assert page.bin.currentText() == "B-01"


def test_many_scans_in_one_go_are_acted_on_in_scan_order(qtbot, page, context):
    """A queue of bursts (as a scanner gun held down over several labels gives): every
    one handled once, in order, whichever the reader returns first."""
    handled: list[str] = []
    page.scan_handled.connect(handled.append)
    codes = ["B:TSC:A-02", "hello", "B:TSC:B-01", "6901234567008", "B:TSC:A-01"] * 4
    page.scan.setFocus()
    qtbot.waitUntil(page.scan.hasFocus)
    for code in codes:  # the keys carry a scanner's times, the loop running in between
        person_scan(qtbot, code)
    qtbot.waitUntil(lambda: len(handled) == len(codes), timeout=10_000)
    assert handled == codes
    assert page.bin.currentText() == "A-01"
