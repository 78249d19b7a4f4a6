"""The Receive dialog posts a receipt through the operation helper; bad input writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from core.inventory.models import Lot, Move, Product
from tests.ui.conftest import move_count
from ui.stock.receive_dialog import ReceiveDialog
from ui.stock.stock_model import column_of
from ui.stock.stock_page import StockPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = StockPage(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(qtbot, context, page):  # type: ignore[no-untyped-def]
    widget = ReceiveDialog(context, page)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(qtbot, dialog: ReceiveDialog, *, center="TSC", bin="B-01", product="YAK-JRK-25",
         quantity="7", lot="", expiry: date | None = None) -> None:
    dialog.center.setCurrentIndex(dialog.center.findData(center))
    dialog.bin.setCurrentIndex(dialog.bin.findText(bin))
    dialog.product.clear()
    qtbot.keyClicks(dialog.product, product)
    qtbot.keyClicks(dialog.lot, lot)
    if expiry:
        dialog.has_expiry.setChecked(True)
        dialog.expiry.setDate(QDate(expiry.year, expiry.month, expiry.day))
    qtbot.keyClicks(dialog.quantity, quantity)


def on_hand(page: StockPage, center: str, sku: str) -> str | None:
    model = page.model
    for r in range(model.rowCount()):
        row = model.row_at(r)
        if row and (row.center, row.sku) == (center, sku):
            return model.index(r, column_of("on_hand")).data()
    return None


def test_receipt_posts_a_move_and_the_table_updates(qtbot, context, page, dialog):
    assert on_hand(page, "TSC", "YAK-JRK-25") == "60"
    assert [dialog.bin.itemText(i) for i in range(dialog.bin.count())] == ["A-01", "B-01"]
    fill(qtbot, dialog, quantity="7", lot="J-2406")
    assert "牦牛肉干" in dialog.product_info.text()
    with qtbot.waitSignal(dialog.received, timeout=5000), \
            qtbot.waitSignal(context.bus.changes_applied, timeout=5000):
        dialog.accept()
    assert not dialog.isVisible() and dialog.result() == ReceiveDialog.DialogCode.Accepted
    with context.db.uow(write=False) as uow:
        move = uow.session.scalars(select(Move).order_by(Move.created_at.desc())).first()
        found = (uow.session.get(Product, move.product_id).sku, move.quantity, move.kind,
                 uow.session.get(Lot, move.lot_id).code)
    assert found == ("YAK-JRK-25", 7, "receipt", "J-2406")
    # A new lot is a new line of the table, inserted without a reset.
    lines = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert any(r.sku == "YAK-JRK-25" and r.lot == "J-2406" and r.on_hand == 7 for r in lines)
    assert context.settings.receive_center == "TSC"


def test_a_scanned_barcode_names_the_product(qtbot, context, page, dialog):
    fill(qtbot, dialog, product="6901234567892", quantity="3", lot="L1",
         expiry=date(2099, 6, 30))
    with qtbot.waitSignal(dialog.received, timeout=5000):
        dialog.accept()
    assert on_hand(page, "TSC", "SNC-CRM-50") == "123"


@pytest.mark.parametrize("product, quantity, expected", [
    ("YAK-JRK-25", "1.5", "Quantity"),
    ("YAK-JRK-25", "0", "Quantity"),
    ("YAK-JRK-25", "abc", "Quantity"),
    ("YAK-JRK-25", "", "Quantity"),
    ("YAK-JRK-25", "1_000", "Quantity"),
    ("NO-SUCH-SKU", "5", "NO-SUCH-SKU"),
    ("", "5", "SKU"),
    ("SNC-CRM-50", "5", "Expiry"),  # tracks expiry, none given
])
def test_bad_input_shows_a_message_and_writes_nothing(qtbot, context, page, dialog, product,
                                                      quantity, expected):
    before = move_count(context.db)
    fill(qtbot, dialog, product=product, quantity=quantity)
    dialog.has_expiry.setChecked(False)
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused, \
            qtbot.assertNotEmitted(context.bus.changes_applied):
        dialog.accept()
    assert expected in refused.args[0]
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == refused.args[0]
    assert move_count(context.db) == before
    assert on_hand(page, "TSC", "YAK-JRK-25") == "60"
    # The clerk corrects the quantity and posts: the dialog is usable again.
    dialog.quantity.setText("4")
    if product in ("YAK-JRK-25",):
        with qtbot.waitSignal(dialog.received, timeout=5000):
            dialog.accept()
        assert move_count(context.db) == before + 1


def test_expired_lot_is_refused(qtbot, context, dialog):
    before = move_count(context.db)
    fill(qtbot, dialog, product="SNC-CRM-50", quantity="2", lot="OLD",
         expiry=date(2001, 1, 1))
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        dialog.accept()
    assert "2001-01-01" in refused.args[0]
    assert move_count(context.db) == before
