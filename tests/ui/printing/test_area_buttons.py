"""Print buttons in the inventory and packing screens, driven as a clerk would on the demo
data: product and lot labels after a receipt is posted, the transfer document, the pick
list and the label of a parcel just closed. Each PDF is saved through the preview and
read back (text with pypdf, barcodes with zxing-cpp)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from core.inventory import transfers
from core.inventory.models import Product
from core.orders.picking import pick_lines
from core.printing.payloads import document_code, parcel_code
from tests.support.fixed_clock import TODAY
from tests.support.pdfs import crop_cells, decode, page_texts, render_pages
from tests.support.writes import wrote
from ui.context import AppContext
from ui.operations import Operations
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings

JERKY_EAN, SCARF_EAN = "2054252703026", "2054252701015"


@pytest.fixture
def context(sqlite_demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    app_context = AppContext.create(Operations(sqlite_demo_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()


def _done(qtbot, context, act) -> None:  # type: ignore[no-untyped-def]
    """Do `act` and wait until the write it starts has finished, without an error."""
    wrote(qtbot, context.ops, act, timeout=20_000)


def _saved_preview(qtbot, owner, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Save the preview the print job opened (a child of `owner`)."""
    dialogs = owner.findChildren(PrintPreviewDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    out = tmp_path / "printed.pdf"
    saving = dialogs[0].save_to(out)
    qtbot.waitUntil(lambda: saving.done, timeout=20_000)
    assert saving.error is None, saving.error
    dialogs[0].reject()
    dialogs[0].setParent(None)
    return out


def _burst(qtbot, field, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_posted_receipt_offers_product_and_lot_labels(qtbot, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.inventory.receiving_page import ReceivingPage

    page = ReceivingPage(context)
    qtbot.addWidget(page)
    page.show()
    page.center.setCurrentIndex(page.center.findData("TSC"))
    with qtbot.waitSignal(page.scan_handled, timeout=10_000):  # classified in the background
        _burst(qtbot, page.scan, "B:TSC:B-02-02")
    with qtbot.waitSignal(page.scan_handled, timeout=10_000):
        _burst(qtbot, page.scan, JERKY_EAN)  # tracks expiry: waits for lot and expiry
    page.quantity.setValue(3)
    qtbot.keyClicks(page.lot, "2412Z")
    expiry = (TODAY + timedelta(days=400)).isoformat()
    qtbot.keyClicks(page.expiry, expiry)
    qtbot.keyClick(page.expiry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.lines.rows) == 1, timeout=10_000)
    page.quantity.setValue(2)
    _burst(qtbot, page.scan, SCARF_EAN)
    qtbot.waitUntil(lambda: len(page.lines.rows) == 2, timeout=10_000)
    _done(qtbot, context, page.post_button.click)

    dialog = page.labels_dialog
    assert dialog is not None and dialog.isVisible()
    assert [(ref, units) for ref, _name, units in dialog.lines] == [
        ("YAK-JRK-02:2412Z", 3),
        ("CSH-SCF-01", 2),
    ]
    assert len(dialog.references()) == 5  # one per unit, unless the clerk says otherwise
    dialog.per_line_button.click()
    dialog.model.set_count(0, 2)
    assert dialog.references() == ["YAK-JRK-02:2412Z"] * 2 + ["CSH-SCF-01"]
    _done(qtbot, context, dialog.print_button.click)
    out = _saved_preview(qtbot, page, tmp_path)

    text = page_texts(out)[0]
    assert "批次 Lot 2412Z" in text and f"有效期至 Exp {expiry}" in text
    # product-a4-3x8: three cells of 70 x 37.125 mm on the first row.
    cells = crop_cells(render_pages(out, dpi=300)[0], 1, 3, (210, 297), (70, 37.125), 300)
    jerky = {("EAN13", JERKY_EAN), ("Code128", "L:YAK-JRK-02:2412Z")}
    assert set(decode(cells[0])) == set(decode(cells[1])) == jerky
    assert decode(cells[2]) == [("EAN13", SCARF_EAN)]  # no lot: no lot barcode


def test_transfer_page_prints_the_transfer_document(  # type: ignore[no-untyped-def]
    qtbot, context, tmp_path, sqlite_demo_db
) -> None:
    from ui.inventory.transfers_page import TransfersPage

    with sqlite_demo_db.uow() as uow:
        saved = transfers.create_transfer(
            uow, from_center="TSC", to_center="GGY", lines=[("YAK-JRK-02", 5)]
        )
        uow.commit()
    page = TransfersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.center.setCurrentIndex(page.center.findData("TSC"))
    assert not page.print_button.isEnabled()
    page.open(saved.document_id)
    qtbot.waitUntil(page.print_button.isEnabled)  # the transfer is read off the GUI thread
    _done(qtbot, context, page.print_button.click)
    out = _saved_preview(qtbot, page, tmp_path)
    text = page_texts(out)[0]
    assert "Transfer document" in text and saved.number in text and "YAK-JRK-02" in text
    assert ("Code128", f"D:{saved.number}") in decode(render_pages(out, dpi=300)[0])


def test_packing_page_prints_the_pick_list_and_the_closed_parcels_label(  # type: ignore[no-untyped-def]
    qtbot, context, tmp_path, sqlite_demo_db
) -> None:
    from ui.orders.packing_page import PackingPage

    page = PackingPage(context)
    qtbot.addWidget(page)
    page.show()
    page.center_combo.setCurrentIndex(page.center_combo.findData("TSC"))
    assert not page.print_list_button.isEnabled()
    _done(qtbot, context, page.new_pick_list)
    _done(qtbot, context, page.print_list_button.click)
    out = _saved_preview(qtbot, page, tmp_path)
    with sqlite_demo_db.uow(write=False) as uow:
        lines = pick_lines(uow.session, page.pick_list_id)
        barcodes = dict(uow.session.execute(select(Product.sku, Product.barcode)).all())
    text = page_texts(out)[0]
    assert "Pick list" in text and all(line.order_id in text for line in lines)
    assert ("Code128", document_code(page.pick_list_id)) in decode(render_pages(out, 300)[0])

    line = next(ln for ln in lines if ln.quantity == 1)  # an order of one item
    page.order_edit.setText(line.order_id)
    with qtbot.waitSignal(page.order_looked_up, timeout=10_000):
        page.open_order()
    assert page.parcel_id is not None
    parcel = page.parcel_id
    _done(qtbot, context, lambda: _burst(qtbot, page.pack_scan, barcodes[line.sku]))
    page.weight.setValue(850)
    _done(qtbot, context, page.close_parcel)
    assert page.print_label_button.isEnabled()
    _done(qtbot, context, page.print_label_button.click)
    out = _saved_preview(qtbot, page, tmp_path)
    assert ("Code128", parcel_code(parcel)) in decode(render_pages(out)[0])
    assert "0.85 kg" in page_texts(out)[0]
