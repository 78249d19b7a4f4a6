"""Receiving under a scanner's pace: a burst of scans before the first draft exists makes
one draft, not one per scan; an expiry typed for one product never rides along to the
next product scanned."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.inventory import catalog, documents, views
from tests.support.inventory_depot import CREAM_EAN, FRESH, SCARF_EAN, SOON
from tests.support.person import press, scan, show_active, type_slowly
from ui.inventory.receiving_page import ReceivingPage

BUTTER_EAN = "6901234567021"


def _drafts(db) -> list[tuple[str, list[tuple[str, object, int]]]]:  # type: ignore[no-untyped-def]
    """Every open receipt of TSC with its lines (sku, expiry, quantity)."""
    with db.uow(write=False) as uow:
        return [
            (
                d.number,
                [(r.sku, r.expiry, r.quantity) for r in views.receipt_lines(uow, d.receipt_id)],
            )
            for d in documents.draft_choices(uow, "TSC")
        ]


def _page(qtbot, context) -> ReceivingPage:  # type: ignore[no-untyped-def]
    page = ReceivingPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    page.scan.setFocus()
    return page


def test_a_burst_before_the_first_draft_makes_one_draft(qtbot, context, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context)
    assert page.receipt_id is None and _drafts(sqlite_db) == []
    burst = [SCARF_EAN, SCARF_EAN, "INC-001", SCARF_EAN, "INC-001"]
    for code in burst:  # back to back: the first line is still being saved
        scan(qtbot, code)
    qtbot.waitUntil(
        lambda: sum(q for _n, lines in _drafts(sqlite_db) for *_k, q in lines) == len(burst),
        timeout=10_000,
    )
    ((number, lines),) = _drafts(sqlite_db)
    assert sorted((sku, q) for sku, _e, q in lines) == [("CSH-001", 3), ("INC-001", 2)]
    qtbot.waitUntil(lambda: sum(int(r.quantity) for r in page.lines.rows) == len(burst))
    assert page.receipt_number == number
    assert page.drafts.count() == 1


def test_an_expiry_typed_for_one_product_is_cleared_by_the_next(qtbot, context, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.uow() as uow:
        catalog.create_product(
            uow, sku="YAK-BTR", name_zh="酥油", barcode=BUTTER_EAN, tracks_expiry=True
        )
        uow.commit()
    page = _page(qtbot, context)
    scan(qtbot, CREAM_EAN)
    qtbot.waitUntil(lambda: page.pending_sku == "SNC-CRM")
    for box, text in ((page.lot, "L-CRM"), (page.expiry, FRESH.isoformat())):
        press(qtbot, box)
        type_slowly(qtbot, text)
    # The clerk picks up the butter instead, with the cream's expiry still in its box.
    scan(qtbot, BUTTER_EAN)
    qtbot.waitUntil(lambda: page.pending_sku == "YAK-BTR")
    assert page.expiry.text() == ""
    assert page.lot.text() == ""
    for box, text in ((page.lot, "L-BTR"), (page.expiry, SOON.isoformat())):
        press(qtbot, box)
        type_slowly(qtbot, text)
    qtbot.keyClick(page.expiry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _drafts(sqlite_db) != [], timeout=5000)
    qtbot.waitUntil(lambda: _drafts(sqlite_db)[0][1] != [], timeout=5000)
    ((_number, lines),) = _drafts(sqlite_db)
    assert lines == [("YAK-BTR", SOON, 1)]
