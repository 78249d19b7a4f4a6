"""The Stock area over a real SQLite file: the table, search, center filter, stock card."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt

from core.changes import Changes
from core.inventory import services
from tests.support.stock_depot import reads_shown, stock_page
from ui.qt_fixes import emit
from ui.stock.stock_model import column_of
from ui.stock.stock_page import StockPage


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    """The stock page showing every center (it starts on the home center)."""
    widget = stock_page(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.center_combo.setCurrentIndex(widget.center_combo.findData(""))
    reads_shown(context.ops)
    return widget


def test_the_page_starts_on_the_home_center_not_the_last_filter(qtbot, context):
    first = stock_page(context)
    qtbot.addWidget(first)
    # No home center chosen yet: the first center that is not illustrative.
    assert first.current_center() == "TSC"
    assert first.model.rowCount() == 3 and first.table.isColumnHidden(column_of("center"))
    first.center_combo.setCurrentIndex(first.center_combo.findData("GAR"))
    again = stock_page(context)
    qtbot.addWidget(again)
    assert again.current_center() == "TSC"
    context.settings.home_center = "GAR"
    moved = stock_page(context)
    qtbot.addWidget(moved)
    assert moved.current_center() == "GAR" and moved.model.rowCount() == 2


def cells(page: StockPage, key: str) -> list[str]:
    model = page.model
    return [model.index(r, column_of(key)).data() for r in range(model.rowCount())]


def test_table_shows_every_balance_with_three_names(page):
    assert page.model.rowCount() == 5
    assert cells(page, "center") == ["GAR", "GAR", "TSC", "TSC", "TSC"]
    assert "ཁུ་ལུའི་སྐ་རགས།" in cells(page, "name_bo")
    assert "扎日南木错藏香" in cells(page, "name_zh")
    row = cells(page, "sku").index("SNC-CRM-50")
    assert page.model.index(row, column_of("expiry")).data() == "2099-06-30"
    assert page.model.index(row, column_of("available")).data() == "120"
    assert "5" in page.count_label.text()


def test_rows_are_tall_enough_for_tibetan_stacks(page):
    from PySide6.QtGui import QFontMetrics

    model = page.model
    bo = model.index(0, column_of("name_bo"))
    font = model.data(bo, Qt.ItemDataRole.FontRole)
    needed = QFontMetrics(font).boundingRect(model.data(bo)).height()
    assert page.table.rowHeight(0) >= needed
    assert page.table.rowHeight(0) > QFontMetrics(page.table.font()).height()


@pytest.mark.parametrize(
    "text, skus",
    [
        ("YAK-JRK", {"YAK-JRK-25"}),
        ("yak-jrk", {"YAK-JRK-25"}),  # SKU search ignores case
        ("羊绒", {"CSH-SCF-01"}),  # Chinese
        ("སྤོས", {"INC-ZRN-01"}),  # Tibetan
        ("face cream", {"SNC-CRM-50"}),  # English, any case
        ("6901234567892", {"SNC-CRM-50"}),  # barcode
        ("no such thing", set()),
    ],
)
def test_search_narrows_the_table(qtbot, page, text, skus):
    # Text arrives through an input method for Chinese and Tibetan (QTest cannot
    # type those); any change starts the debounce timer and the model resets once.
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        page.search.setText(text)
    assert set(cells(page, "sku")) == skus


def test_center_filter_narrows_the_table(qtbot, page, context):
    with qtbot.waitSignal(page.model.modelReset):
        page.center_combo.setCurrentIndex(page.center_combo.findData("GAR"))
    assert cells(page, "center") == ["GAR", "GAR"]
    assert page.table.isColumnHidden(column_of("center"))
    # Search and center combine.
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, "cashmere")
    assert list(zip(cells(page, "center"), cells(page, "sku"), strict=True)) == [
        ("GAR", "CSH-SCF-01")
    ]
    with qtbot.waitSignal(page.model.modelReset):
        page.center_combo.setCurrentIndex(0)  # All centers
    assert cells(page, "center") == ["GAR", "TSC"]
    assert not page.table.isColumnHidden(column_of("center"))


def test_double_click_opens_the_stock_card_with_running_balance(qtbot, page, context, stock_db):
    with stock_db.uow() as uow:
        services.move_stock(
            uow, center="TSC", from_bin="A-01", to_bin="B-01", sku="CSH-SCF-01", quantity=5
        )
        services.adjust(uow, center="TSC", bin="B-01", sku="CSH-SCF-01", delta=-2, reason="damaged")
        uow.commit()
    row = cells(page, "sku").index("CSH-SCF-01", 2)  # TSC's line
    rect = page.table.visualRect(page.model.index(row, 1))
    # Qt 6 item views want the press of a double click's first click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.card_shown) as shown:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.args == ["CSH-SCF-01"]
    card = page.card_model
    balances = [card.index(r, 7).data() for r in range(card.rowCount())]
    changes = [card.index(r, 6).data() for r in range(card.rowCount())]
    assert (changes, balances) == (["+40", "0", "-2"], ["40", "40", "38"])
    assert "TSC" in page.card_title.text() and "ཁུ་ལུའི་སྐ་རགས།" in page.card_title.text()


def test_a_stock_change_refreshes_table_and_card_in_place(qtbot, page, context, stock_db):
    page.table.selectRow(cells(page, "sku").index("YAK-JRK-25"))
    with qtbot.waitSignal(page.card_shown):
        page.show_selected_card()
    with stock_db.uow() as uow:
        changes = services.receive(uow, center="TSC", bin="A-01", sku="YAK-JRK-25", quantity=5)
        uow.commit()
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.dataChanged):
        emit(context.bus.changes_applied, changes)
    reads_shown(context.ops)
    row = cells(page, "sku").index("YAK-JRK-25")
    assert page.model.index(row, column_of("on_hand")).data() == "65"
    assert page.card_model.rowCount() == 2


def test_changes_without_stock_do_not_reread(qtbot, page):
    with (
        qtbot.assertNotEmitted(page.model.dataChanged),
        qtbot.assertNotEmitted(page.model.modelReset),
    ):
        emit(page.context.bus.changes_applied, Changes(catalog=True))
        reads_shown(page.context.ops)


@pytest.mark.skipif(importlib.util.find_spec("core.demo") is None, reason="core.demo not landed")
def test_table_shows_demo_data(qtbot, sqlite_db, tmp_path):
    from core.demo import load_demo
    from ui.context import AppContext
    from ui.operations import Operations
    from ui.settings import Settings

    load_demo(sqlite_db)
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "s.ini"))
    try:
        page = stock_page(context)
        qtbot.addWidget(page)
        page.center_combo.setCurrentIndex(page.center_combo.findData(""))
        reads_shown(context.ops)
        everything = page.model.total
        assert everything > 10
        assert all(cells(page, "name_zh")) and any(cells(page, "name_bo"))
        sku = cells(page, "sku")[0]
        with qtbot.waitSignal(page.model.modelReset, timeout=2000):
            qtbot.keyClicks(page.search, sku)
        assert 0 < page.model.total < everything
        assert all(sku in found for found in cells(page, "sku"))
    finally:
        context.close()


def test_table_search_and_receipt_on_both_databases(qtbot, db, tmp_path):
    from tests.support.stock_depot import fill_stock
    from ui.context import AppContext
    from ui.operations import Operations
    from ui.settings import Settings

    fill_stock(db)
    context = AppContext.create(Operations(db), Settings(tmp_path / "s.ini"))
    try:
        page = stock_page(context)
        qtbot.addWidget(page)
        page.center_combo.setCurrentIndex(page.center_combo.findData(""))
        reads_shown(context.ops)
        assert page.model.rowCount() == 5
        with qtbot.waitSignal(page.model.modelReset, timeout=2000):
            page.search.setText("གཡག")
        assert cells(page, "sku") == ["YAK-JRK-25"]
        operation = context.ops.run(
            lambda uow: services.receive(
                uow, center="TSC", bin="A-01", sku="YAK-JRK-25", quantity=3
            )
        )
        with qtbot.waitSignal(operation.finished):
            pass
        reads_shown(context.ops)  # the rows it changed are read again
        assert page.model.index(0, column_of("on_hand")).data() == "63"
    finally:
        context.close()


def test_the_open_stock_page_moves_to_the_home_center_chosen_in_the_menu(qtbot, context):
    from ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("stock")
    reads_shown(context.ops)
    assert page.current_center() == "TSC"
    actions = {a.data(): a for a in window.home_center_menu.actions()}
    actions["GAR"].trigger()
    reads_shown(context.ops)
    # The page on screen when the clerk picks the home center follows it at once.
    assert page.current_center() == "GAR" and page.model.rowCount() == 2
    assert cells(page, "sku") == sorted(["INC-ZRN-01", "CSH-SCF-01"])
