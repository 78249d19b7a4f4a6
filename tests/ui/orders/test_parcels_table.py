"""The parcels table follows changes without a reset: the clerk's selected row and scroll
position stay where they were when another desk's write touches another parcel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from core.orders.arrivals import register_arrival
from core.orders.fulfilment import allocate
from core.orders.imports import import_orders
from core.shipping.models import Parcel
from core.uow import Database
from tests.support.order_files import CISHI, ORDER_HEADERS, build_depot, order, write_csv
from tests.support.person import press, show_active
from ui.context import AppContext
from ui.operations import Operations
from ui.orders.orders_page import ParcelsTab
from ui.orders.parcels_model import column_of, status_label
from ui.settings import Settings

SELECTED = 300


@pytest.fixture
def context(sqlite_db: Database, tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    build_depot(sqlite_db)
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(n) for n in range(450)])
    with sqlite_db.uow() as uow:
        import_orders(uow, path, center="TSC")
        uow.commit()
    app_context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()


def scrolled_and_selected(qtbot, qtmodeltester, context: AppContext) -> ParcelsTab:  # type: ignore[no-untyped-def]
    """The parcels tab scrolled down to row 300, which the clerk clicked."""
    tab = ParcelsTab(context)
    tab.resize(900, 480)
    show_active(qtbot, tab)
    model, table = tab.model, tab.table
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10_000)
    qtmodeltester.check(model)  # and it keeps watching the model's signals from here
    table.scrollTo(model.index(SELECTED, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    recipient = model.index(SELECTED, column_of("recipient"))
    qtbot.waitUntil(lambda: recipient.data() == "卓玛", timeout=10_000)  # its page arrived
    press(qtbot, table.viewport(), table.visualRect(recipient).center())
    assert table.currentIndex().row() == SELECTED
    assert table.verticalScrollBar().value() > 0
    return tab


def selected_ids(tab: ParcelsTab) -> list[object]:
    return [tab.model.parcel_id(index.row()) for index in tab.table.selectionModel().selectedRows()]


def test_a_change_to_another_parcel_patches_its_row_and_keeps_selection_and_scroll(
    qtbot, qtmodeltester, context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    tab = scrolled_and_selected(qtbot, qtmodeltester, context)
    model, table = tab.model, tab.table
    chosen = model.parcel_id(SELECTED)
    position = table.verticalScrollBar().value()
    other = model.parcel_id(5)
    assert other is not None
    model.index(5, 0).data()  # row 5's page was read too: the patch re-reads it
    qtbot.waitUntil(lambda: model.index(5, column_of("status")).data() == "New")
    reads = model.pages_read

    with qtbot.waitSignal(model.rows_arrived, timeout=10_000):
        context.ops.run(lambda uow: allocate(uow, center="TSC", parcel_ids=[other]))

    with sqlite_db.uow(write=False) as uow:
        status = uow.session.scalar(select(Parcel.status).where(Parcel.id == other))
    assert status != "new"  # the write did change the row
    assert model.index(5, column_of("status")).data() == status_label(str(status))
    assert model.pages_read == reads  # patched by id, not read again page by page
    assert model.rowCount() == 450
    assert selected_ids(tab) == [chosen]
    assert table.currentIndex().row() == SELECTED
    assert table.verticalScrollBar().value() == position


def test_a_new_parcel_joins_the_table_and_the_selection_and_scroll_stay(
    qtbot, qtmodeltester, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    tab = scrolled_and_selected(qtbot, qtmodeltester, context)
    model, table = tab.model, tab.table
    chosen = model.parcel_id(SELECTED)
    position = table.verticalScrollBar().value()

    with qtbot.waitSignal(model.ids_arrived, timeout=10_000):
        context.ops.run(
            lambda uow: register_arrival(
                uow, barcode="YT9876543210", recipient="平措", address=CISHI
            )
        )

    assert model.rowCount() == 451
    assert selected_ids(tab) == [chosen]
    assert model.parcel_id(table.currentIndex().row()) == chosen
    assert table.verticalScrollBar().value() == position


def test_the_parcel_number_comes_first_and_the_search_finds_it(qtbot, context, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The clerk types a number read out on the phone, lower case, and presses Enter."""
    tab = ParcelsTab(context)
    tab.resize(900, 480)
    show_active(qtbot, tab)
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10_000)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Parcel no."
    with sqlite_db.uow(write=False) as uow:
        wanted, number = uow.session.execute(
            select(Parcel.id, Parcel.number).order_by(Parcel.number).offset(SELECTED)
        ).first()  # type: ignore[misc]
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, number.lower())
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    first = model.index(0, 0)
    qtbot.waitUntil(lambda: first.data() == number, timeout=10_000)
    assert model.parcel_id(0) == wanted
