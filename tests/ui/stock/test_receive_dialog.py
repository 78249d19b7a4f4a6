"""The Receive dialog posts a receipt through the operation helper; bad input writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from core import errors as e
from core.inventory.models import Lot, Move, Product
from tests.support.person import press, type_into
from tests.support.stock_depot import move_count, reads_shown, stock_page
from ui.error_messages import describe
from ui.stock.receive_dialog import ReceiveDialog
from ui.stock.stock_model import column_of
from ui.stock.stock_page import StockPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = stock_page(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(qtbot, context, page):  # type: ignore[no-untyped-def]
    widget = ReceiveDialog(context, page)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(
    qtbot,
    dialog: ReceiveDialog,
    *,
    center="TSC",
    bin="B-01",
    product="YAK-JRK-25",
    quantity="7",
    lot="",
    expiry: date | None = None,
) -> None:
    dialog.center.setCurrentIndex(dialog.center.findData(center))
    qtbot.waitUntil(lambda: bin in bins_of(dialog))  # as the clerk waits to see the bin
    dialog.bin.setCurrentIndex(dialog.bin.findText(bin))
    dialog.product.clear()
    qtbot.keyClicks(dialog.product, product)
    qtbot.keyClicks(dialog.lot, lot)
    if expiry:
        qtbot.keyClicks(dialog.expiry, expiry.isoformat())
    qtbot.keyClicks(dialog.quantity, quantity)


def bins_of(dialog: ReceiveDialog) -> list[str]:
    """The bins the Bin box offers (read off the GUI thread for the chosen center)."""
    return [dialog.bin.itemText(i) for i in range(dialog.bin.count())]


def on_hand(page: StockPage, center: str, sku: str) -> str | None:
    model = page.model
    for r in range(model.rowCount()):
        row = model.row_at(r)
        if row and (row.center, row.sku) == (center, sku):
            return model.index(r, column_of("on_hand")).data()
    return None


def test_receipt_posts_a_move_and_the_table_updates(qtbot, context, page, dialog, stock_db):
    assert on_hand(page, "TSC", "YAK-JRK-25") == "60"
    qtbot.waitUntil(lambda: bins_of(dialog) == ["A-01", "B-01"])
    fill(qtbot, dialog, quantity="7", lot="J-2406")
    qtbot.waitUntil(lambda: "牦牛肉干" in dialog.product_info.text())
    with (
        qtbot.waitSignal(dialog.received, timeout=5000),
        qtbot.waitSignal(context.bus.changes_applied, timeout=5000),
    ):
        dialog.accept()
    assert not dialog.isVisible() and dialog.result() == ReceiveDialog.DialogCode.Accepted
    with stock_db.uow(write=False) as uow:
        move = uow.session.scalars(select(Move).order_by(Move.created_at.desc())).first()
        found = (
            uow.session.get(Product, move.product_id).sku,
            move.quantity,
            move.kind,
            uow.session.get(Lot, move.lot_id).code,
        )
    assert found == ("YAK-JRK-25", 7, "receipt", "J-2406")
    # A new lot is a new line of the table, inserted without a reset.
    reads_shown(context.ops)
    lines = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert any(r.sku == "YAK-JRK-25" and r.lot == "J-2406" and r.on_hand == 7 for r in lines)


def test_a_scanned_barcode_names_the_product(qtbot, context, page, dialog):
    fill(qtbot, dialog, product="6901234567892", quantity="3", lot="L1", expiry=date(2099, 6, 30))
    with qtbot.waitSignal(dialog.received, timeout=5000):
        dialog.accept()
    reads_shown(context.ops)
    assert on_hand(page, "TSC", "SNC-CRM-50") == "123"


@pytest.mark.parametrize(
    "product, quantity, expected",
    [
        ("YAK-JRK-25", "1.5", "Quantity"),
        ("YAK-JRK-25", "0", "Quantity"),
        ("YAK-JRK-25", "abc", "Quantity"),
        ("YAK-JRK-25", "", "Quantity"),
        ("YAK-JRK-25", "1_000", "Quantity"),
        ("NO-SUCH-SKU", "5", "NO-SUCH-SKU"),
        ("", "5", "SKU"),
        ("SNC-CRM-50", "5", "Expiry"),  # tracks expiry, none given
    ],
)
def test_bad_input_shows_a_message_and_writes_nothing(
    qtbot, context, page, dialog, product, quantity, expected, stock_db
):
    before = move_count(stock_db)
    fill(qtbot, dialog, product=product, quantity=quantity)
    # assertNotEmitted outside: it must still be listening while waitSignal runs the loop.
    with (
        qtbot.assertNotEmitted(context.bus.changes_applied),
        qtbot.waitSignal(dialog.refused, timeout=5000) as refused,
    ):
        dialog.accept()
    assert expected in refused.args[0]
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == refused.args[0]
    assert move_count(stock_db) == before
    assert on_hand(page, "TSC", "YAK-JRK-25") == "60"
    # The clerk corrects the quantity and posts: the dialog is usable again.
    dialog.quantity.setText("4")
    if product in ("YAK-JRK-25",):
        with qtbot.waitSignal(dialog.received, timeout=5000):
            dialog.accept()
        assert move_count(stock_db) == before + 1


def test_expired_lot_is_refused(qtbot, context, dialog, stock_db):
    before = move_count(stock_db)
    fill(qtbot, dialog, product="SNC-CRM-50", quantity="2", lot="OLD", expiry=date(2001, 1, 1))
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        dialog.accept()
    assert "2001-01-01" in refused.args[0]
    assert move_count(stock_db) == before


def _ok(dialog: ReceiveDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_starts_on_the_home_center_whatever_the_table_shows(qtbot, context, page):
    page.center_combo.setCurrentIndex(page.center_combo.findData("GAR"))
    press(qtbot, page.receive_button)
    dialog = page.receive_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.center.code == "TSC"  # no home center chosen: the first real center
    qtbot.waitUntil(lambda: bins_of(dialog) == ["A-01", "B-01"])
    press(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    context.settings.home_center = "GAR"
    press(qtbot, page.receive_button)
    qtbot.waitUntil(page.receive_dialog.isVisible)
    assert page.receive_dialog.center.code == "GAR"


def test_no_expiry_is_made_up_and_the_fields_stay_where_they_are(qtbot, context, dialog, stock_db):
    assert dialog.expiry.text() == ""
    quantity_at = dialog.quantity.mapTo(dialog, dialog.quantity.rect().topLeft())
    note_at = dialog.note.mapTo(dialog, dialog.note.rect().topLeft())
    type_into(qtbot, dialog.product, "SNC-CRM-50")  # tracks expiry: three names and a note
    qtbot.waitUntil(lambda: "雪鸡护肤霜" in dialog.product_info.text())
    assert "Expiry date required" in dialog.product_info.text()
    assert dialog.expiry.text() == ""  # still nothing the clerk did not type
    assert dialog.quantity.mapTo(dialog, dialog.quantity.rect().topLeft()) == quantity_at
    assert dialog.note.mapTo(dialog, dialog.note.rect().topLeft()) == note_at
    # Posting without the date is refused: the clerk must read it off the goods.
    before = move_count(stock_db)
    type_into(qtbot, dialog.quantity, "5")
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        press(qtbot, _ok(dialog))
    assert "Expiry" in refused.args[0] and move_count(stock_db) == before
    assert dialog.expiry.hasFocus()


def test_a_typed_expiry_that_is_not_a_date_is_refused(qtbot, context, dialog):
    fill(qtbot, dialog, product="SNC-CRM-50", quantity="2", lot="L9")
    type_into(qtbot, dialog.expiry, "2027-13-01")
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        press(qtbot, _ok(dialog))
    assert "2027-13-01" in refused.args[0] and "YYYY-MM-DD" in refused.args[0]


def test_posting_says_what_was_received(qtbot, context, page):
    press(qtbot, page.receive_button)
    dialog = page.receive_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: "B-01" in bins_of(dialog))
    dialog.bin.setCurrentIndex(dialog.bin.findText("B-01"))
    type_into(qtbot, dialog.product, "SNC-CRM-50")
    type_into(qtbot, dialog.lot, "L7")
    type_into(qtbot, dialog.expiry, "2099-01-31")
    type_into(qtbot, dialog.quantity, "12")
    with qtbot.waitSignal(dialog.received, timeout=5000):
        press(qtbot, _ok(dialog))
    assert page.message.text() == (
        "Received 12 × SNC-CRM-50 雪鸡护肤霜 Snowcock face cream into TSC B-01. "
        "Lot L7. Expires 2099-01-31."
    )


@pytest.mark.parametrize("typed", ["1e9", "-5", "1000000000", "12.5"])
def test_a_quantity_is_never_changed_but_refused(qtbot, context, page, dialog, typed, stock_db):
    before = move_count(stock_db)
    fill(qtbot, dialog, quantity="")
    dialog.quantity.setFocus()
    qtbot.keyClicks(dialog.quantity, typed)
    assert dialog.quantity.text() == typed  # what was typed, as typed
    sentence = describe(e.InvalidQuantity("quantity", typed))
    assert dialog.quantity.problem() == sentence == dialog.quantity.toolTip()
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        press(qtbot, _ok(dialog))
    assert refused.args[0] == sentence  # the core's own sentence, as the command line's
    assert move_count(stock_db) == before and dialog.quantity.hasFocus()


def test_no_input_method_reaches_the_product_field(dialog):
    """The product field takes scanner bursts: an input method would compose them."""
    assert dialog.product.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
