"""A scan of a product that needs no expiry is saved at once; what the clerk typed earlier into
the Expiry box for another product must not ride along on that line (clerk trial R1)."""

from __future__ import annotations

from sqlalchemy import select

from core.inventory.workflow_models import ReceiptLine
from tests.support.inventory_depot import SCARF_EAN
from tests.support.person import press, scan, show_active, type_slowly
from ui.inventory.receiving_page import ReceivingPage


def test_a_leftover_expiry_is_not_saved_with_a_product_that_tracks_none(qtbot, context):
    page = ReceivingPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    press(qtbot, page.expiry)  # typed for a product the clerk then did not scan
    type_slowly(qtbot, "2028-01-01")
    page.scan.setFocus()
    scan(qtbot, SCARF_EAN)  # the scarf tracks no expiry: saved at once

    def saved() -> list[tuple[object, int]]:
        with context.db.uow(write=False) as uow:
            return [tuple(r) for r in uow.session.execute(
                select(ReceiptLine.expiry, ReceiptLine.quantity))]

    qtbot.waitUntil(lambda: saved() != [], timeout=5000)
    assert saved() == [(None, 1)]
    assert page.expiry.text() == ""
