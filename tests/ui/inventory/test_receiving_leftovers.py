"""Receiving as the clerk's hands go: a scan of a product that needs no expiry is saved at once,
without an expiry typed earlier for another product (clerk trial R1); Enter in the Quantity box
adds the line, as the hint "enter lot and expiry, then Enter" promises (R4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from core.inventory.workflow_models import ReceiptLine
from tests.support.inventory_depot import CREAM_EAN, FRESH, SCARF_EAN
from tests.support.person import press, scan, show_active, type_slowly
from ui.inventory.receiving_page import ReceivingPage


def test_a_leftover_expiry_is_not_saved_with_a_product_that_tracks_none(qtbot, context, sqlite_db):
    page = ReceivingPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    press(qtbot, page.expiry)  # typed for a product the clerk then did not scan
    type_slowly(qtbot, FRESH.isoformat())
    page.scan.setFocus()
    scan(qtbot, SCARF_EAN)  # the scarf tracks no expiry: saved at once

    def saved() -> list[tuple[object, int]]:
        with sqlite_db.uow(write=False) as uow:
            return [
                tuple(r)
                for r in uow.session.execute(select(ReceiptLine.expiry, ReceiptLine.quantity))
            ]

    qtbot.waitUntil(lambda: saved() != [], timeout=5000)
    assert saved() == [(None, 1)]
    assert page.expiry.text() == ""


def test_enter_in_the_quantity_box_adds_the_line(qtbot, context, sqlite_db):
    page = ReceivingPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    page.scan.setFocus()
    scan(qtbot, CREAM_EAN)  # tracks expiry: the page asks for lot and expiry
    qtbot.waitUntil(lambda: page.pending_sku == "SNC-CRM")
    for box, text in ((page.lot, "L-NEW"), (page.expiry, FRESH.isoformat()), (page.quantity, "3")):
        press(qtbot, box)
        box.selectAll()
        type_slowly(qtbot, text)
    qtbot.keyClick(page.quantity, Qt.Key.Key_Return)

    def saved() -> list[tuple[object, ...]]:
        with sqlite_db.uow(write=False) as uow:
            return [
                tuple(r)
                for r in uow.session.execute(select(ReceiptLine.lot_code, ReceiptLine.quantity))
            ]

    qtbot.waitUntil(lambda: saved() != [], timeout=5000)
    assert saved() == [("L-NEW", 3)]


def test_posting_says_what_was_received(qtbot, context):
    page = ReceivingPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    page.scan.setFocus()
    for code in (SCARF_EAN, SCARF_EAN, SCARF_EAN, "INC-001"):
        scan(qtbot, code)
        qtbot.wait(150)
    qtbot.waitUntil(lambda: sum(r.quantity for r in page.lines.rows) == 4, timeout=5000)
    number = page.receipt_number
    press(qtbot, page.post_button)
    qtbot.waitUntil(
        lambda: page.labels_dialog is not None and page.labels_dialog.isVisible(), timeout=5000
    )
    page.labels_dialog.reject()
    assert page.message.text() == f"{number} posted: 4 units of 2 products received into TSC"
