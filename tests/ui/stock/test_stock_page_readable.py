"""The Stock area as a clerk uses it: a lot code typed into the search, a center whose name is
too long for the box, a stock card that names documents, not ids."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.inventory import catalog, documents
from tests.support.person import choose, hover, press, show_active, type_slowly
from tests.support.stock_depot import reads_shown, stock_page
from ui.main_window import MainWindow
from ui.stock.card_model import card_column
from ui.stock.stock_model import column_of
from ui.stock.stock_page import StockPage
from ui.widgets.eliding_combo import ELLIPSIS

LONG_NAME = "阿里地区物流配送中心措勤县城北分拨点（示例）"


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = stock_page(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    show_active(qtbot, widget)
    return widget


def _cells(page: StockPage, key: str) -> list[str]:
    model = page.model
    return [model.index(r, column_of(key)).data() for r in range(model.rowCount())]


def test_a_lot_code_typed_into_the_search_finds_its_rows(qtbot, page):
    press(qtbot, page.search)
    type_slowly(qtbot, "l1")  # off the label, in whatever case
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert (_cells(page, "sku"), _cells(page, "lot")) == (["SNC-CRM-50"], ["L1"])


def test_a_long_center_name_is_elided_with_an_ellipsis_and_whole_in_its_tooltip(
    qtbot, context, stock_db
):
    with stock_db.uow() as uow:
        catalog.create_center(uow, code="NGR", name_zh=LONG_NAME)
        uow.commit()
    # A PC of a database with several centers knows its own (else the setup wizard asks).
    context.settings.home_center = "TSC"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    page = window.current_page()
    assert isinstance(page, StockPage)
    reads_shown(context.ops)
    combo = page.center_combo
    entry = f"NGR · {LONG_NAME}"
    choose(qtbot, combo, entry)
    shown = combo.shown_text()
    assert shown.startswith("NGR · ") and shown.endswith(ELLIPSIS), shown
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.label_width()
    assert hover(qtbot, combo) == entry  # the whole name, for the pointer resting on it
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == entry


def test_the_stock_card_names_the_receipt_and_its_supplier(qtbot, page, context, stock_db):
    with stock_db.uow() as uow:
        receipt = documents.create_receipt(uow, center="TSC", supplier="措勤县牧民合作社")
        documents.add_receipt_line(
            uow, receipt.document_id, code="YAK-JRK-25", quantity=5, bin="A-01"
        )
        uow.commit()
    with stock_db.uow() as uow:
        documents.post_receipt(uow, receipt.document_id)
        uow.commit()
    page.apply_filter()
    reads_shown(context.ops)
    row = _cells(page, "sku").index("YAK-JRK-25")
    rect = page.table.visualRect(page.model.index(row, column_of("sku")))
    # Qt 6 item views want the press of a double click's first click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.card_shown):
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = page.card_model
    documents_shown = [
        card.index(r, card_column("document")).data() for r in range(card.rowCount())
    ]
    # The fixture's stock came in without a document: nothing to name, and no id either.
    assert documents_shown == ["", f"{receipt.number} from 措勤县牧民合作社"]
    tip = card.index(1, card_column("document")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Receipt {receipt.number} from 措勤县牧民合作社"
    assert page.card_table.isColumnHidden(card_column("center"))
