"""Arrivals and pick-and-pack as a clerk works them: tabs and buttons pressed with a
person's click (press, ~100 ms, release), codes scanned as key bursts into whatever has
the focus, names and weights typed key by key. Each action is checked in the database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from sqlalchemy import select

from core.orders.fulfilment import allocate, pack_state
from core.orders.imports import import_orders
from core.orders.picking import pick_lines
from core.printing.payloads import parcel_code
from core.printing.printlog import PrintRecord
from core.shipping.models import Parcel
from core.uow import Database
from tests.support.order_files import (
    CISHI,
    ITEM_HEADERS,
    ORDER_HEADERS,
    SCARF_EAN,
    build_depot,
    item,
    order,
    order_id,
    write_csv,
)
from tests.support.person import (
    HOLD_MS,
    focused,
    key,
    pick_file,
    press,
    scan,
    show_active,
    type_slowly,
    when_shown,
)
from ui.context import AppContext
from ui.operations import Operations
from ui.orders.orders_page import OrdersPage
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings


@pytest.fixture
def page(qtbot, sqlite_db: Database, tmp_path) -> Iterator[OrdersPage]:  # type: ignore[no-untyped-def]
    """The Orders area on a depot with one paid order whose scarf is reserved."""
    build_depot(sqlite_db)
    _paid_order(sqlite_db, tmp_path, 1)
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    widget = OrdersPage(context)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    yield widget
    context.close()


def _paid_order(db: Database, tmp_path, n: int) -> None:  # type: ignore[no-untyped-def]
    """Order `n`, paid, one scarf, imported and its scarf reserved (its parcel: picking)."""
    orders = write_csv(tmp_path / f"o{n}.csv", ORDER_HEADERS, [order(n)])
    items = write_csv(tmp_path / f"i{n}.csv", ITEM_HEADERS, [item(n, "CSH-001", "1")])
    with db.uow() as uow:
        import_orders(uow, orders, center="TSC", items=items)
        allocate(uow, center="TSC")
        uow.commit()


def _tab(qtbot, page: OrdersPage, tab: QWidget) -> None:  # type: ignore[no-untyped-def]
    bar = page.tabs.tabBar()
    press(qtbot, bar, bar.tabRect(page.tabs.indexOf(tab)).center())
    assert page.tabs.currentWidget() is tab


def _button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def _parcel(db: Database, barcode: str) -> tuple[str, str | None] | None:
    """Recipient and township of the parcel with `barcode`, None if there is none."""
    with db.uow(write=False) as uow:
        row = uow.session.execute(
            select(Parcel.recipient, Parcel.township_code).where(Parcel.carrier_barcode == barcode)
        ).one_or_none()
    return None if row is None else tuple(row)  # type: ignore[return-value]


def _printed(db: Database, kind: str) -> list[str]:
    with db.uow(write=False) as uow:
        return list(
            uow.session.scalars(select(PrintRecord.subject).where(PrintRecord.kind == kind))
        )


def _close_previews(qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    # The print is logged on the worker before the GUI thread opens its preview: closing
    # before it opened left it to take the window's place (a flake under load).
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in owner.findChildren(PrintPreviewDialog)), timeout=20_000
    )
    for dialog in owner.findChildren(PrintPreviewDialog):
        dialog.reject()
        dialog.setParent(None)
    show_active(qtbot, owner.window())


def test_arrival_scanned_after_a_tab_click_then_typed_and_registered_by_click(
    qtbot, page, sqlite_db
):
    arrivals = page.arrivals
    _tab(qtbot, page, arrivals)  # the focus is on the tab bar now
    scan(qtbot, "YT9876543210")
    assert arrivals.barcode == "YT9876543210" and arrivals.recipient.hasFocus()
    type_slowly(qtbot, "Tashi")
    press(qtbot, arrivals.address)
    type_slowly(qtbot, "措勤县 措勤镇")
    assert (arrivals.recipient.text(), arrivals.address.text()) == ("Tashi", "措勤县 措勤镇")
    press(qtbot, _button(arrivals, "Register arrival"))
    qtbot.waitUntil(lambda: _parcel(sqlite_db, "YT9876543210") is not None, timeout=10_000)
    assert _parcel(sqlite_db, "YT9876543210") == ("Tashi", "542527100")


def test_arrival_list_imported_through_its_button(qtbot, page, tmp_path, sqlite_db):
    arrivals = page.arrivals
    _tab(qtbot, page, arrivals)
    listing = write_csv(
        tmp_path / "list.csv",
        ["运单号", "收件人", "收件地址"],
        [["ZTO0000000009", "平措", CISHI]],
        encoding="gb18030",
    )

    picked = when_shown(QFileDialog, pick_file(listing))
    press(qtbot, _button(arrivals, "Import a carrier's arrival list…"))
    assert len(picked) == 1
    qtbot.waitUntil(lambda: _parcel(sqlite_db, "ZTO0000000009") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: arrivals.message.text().startswith("1 parcel registered"))


def test_pick_and_pack_every_button_by_click_scans_wherever_the_focus_is(qtbot, page, sqlite_db):
    packing = page.packing
    _tab(qtbot, page, packing)

    new_list = _button(packing, "New pick list")
    press(qtbot, new_list)
    qtbot.waitUntil(lambda: packing.pick_list_id is not None, timeout=10_000)
    with sqlite_db.uow(write=False) as uow:
        assert [line.sku for line in pick_lines(uow.session, packing.pick_list_id)] == ["CSH-001"]
    assert focused() is new_list

    with qtbot.waitSignal(page.context.ops.operation_finished, timeout=10_000):
        scan(qtbot, SCARF_EAN)  # the focus is on New pick list: the picking scan field's
    with sqlite_db.uow(write=False) as uow:
        assert [line.picked for line in pick_lines(uow.session, packing.pick_list_id)] == [True]

    press(qtbot, packing.print_list_button)
    qtbot.waitUntil(
        lambda: _printed(sqlite_db, "pick_list") == [str(packing.pick_list_id)], timeout=20_000
    )
    _close_previews(qtbot, page)

    press(qtbot, packing.order_edit)
    type_slowly(qtbot, order_id(1))  # read off the packing slip
    assert packing.order_edit.text() == order_id(1)
    key(qtbot, Qt.Key.Key_Return)
    # Scanned at once, while the order is still being looked up: it waits for it.
    scan(qtbot, SCARF_EAN)  # the focus is still in the order box: the packing field's
    qtbot.waitUntil(
        lambda: (
            packing.pack_lines.rowCount() == 1
            and packing.pack_lines.text(0, packing.pack_lines.PACKED) == "1"
        ),
        timeout=10_000,
    )
    assert packing.parcel_id is not None
    assert packing.order_edit.text() == order_id(1)

    press(qtbot, packing.weight)
    packing.weight.selectAll()
    type_slowly(qtbot, "640")
    parcel_id = packing.parcel_id
    press(qtbot, _button(packing, "Close parcel (ready)"))
    qtbot.waitUntil(lambda: packing.closed_parcel_id == parcel_id, timeout=10_000)
    with sqlite_db.uow(write=False) as uow:
        closed = uow.session.get(Parcel, parcel_id)
        assert (closed.status, closed.weight_g) == ("ready", 640)

    press(qtbot, packing.print_label_button)
    qtbot.waitUntil(lambda: _printed(sqlite_db, "parcel_label") == [str(parcel_id)], timeout=20_000)
    _close_previews(qtbot, page)


def _parcel_of(db: Database, n: int):  # type: ignore[no-untyped-def]
    from core.shipping.models import Order

    with db.uow(write=False) as uow:
        return uow.session.scalar(
            select(Parcel.id)
            .join(Order, Parcel.order_id == Order.id)
            .where(Order.external_id == order_id(n))
        )


def _packed(db: Database, n: int) -> int:
    with db.uow(write=False) as uow:
        return sum(line.packed for line in pack_state(uow, _parcel_of(db, n)).lines)


def _packing_tab(qtbot, page: OrdersPage):  # type: ignore[no-untyped-def]
    packing = page.packing
    _tab(qtbot, page, packing)
    return packing


def test_a_parcel_label_scanned_into_the_order_box_opens_its_order(qtbot, page, sqlite_db):
    packing = _packing_tab(qtbot, page)
    parcel = _parcel_of(sqlite_db, 1)
    press(qtbot, packing.order_edit)
    with qtbot.waitSignal(packing.order_looked_up, timeout=10_000):
        scan(qtbot, parcel_code(parcel))  # the label printed for the parcel, or its slip
    assert packing.parcel_id == parcel
    assert packing.order_edit.text() == order_id(1) and focused() is packing.order_edit
    assert packing.pack_lines.rowCount() == 1 and _packed(sqlite_db, 1) == 0
    scan(qtbot, SCARF_EAN)  # an order is open: an item scanned into the box is packed
    qtbot.waitUntil(lambda: _packed(sqlite_db, 1) == 1, timeout=10_000)


def test_another_orders_number_scanned_into_the_order_box_opens_it(
    qtbot, page, tmp_path, sqlite_db
):
    """The bug: with order 1 open, order 2's number went to order 1 as an item scan."""
    _paid_order(sqlite_db, tmp_path, 2)
    packing = _packing_tab(qtbot, page)
    press(qtbot, packing.order_edit)
    with qtbot.waitSignal(packing.order_looked_up, timeout=10_000):
        type_slowly(qtbot, order_id(1), end=Qt.Key.Key_Return)
    assert packing.parcel_id == _parcel_of(sqlite_db, 1)
    with qtbot.waitSignal(packing.order_looked_up, timeout=10_000):
        scan(qtbot, order_id(2))
    assert packing.parcel_id == _parcel_of(sqlite_db, 2)
    assert packing.order_edit.text() == order_id(2)
    assert packing.message.text() == f"Order {order_id(2)} is open: scan its items."
    with qtbot.assertNotEmitted(page.context.ops.operation_finished, wait=HOLD_MS):
        pass  # opening an order writes nothing, nor is an item scan on its way
    assert (_packed(sqlite_db, 1), _packed(sqlite_db, 2)) == (0, 0)


def test_an_item_scanned_into_the_order_box_before_any_order_asks_for_the_order(
    qtbot, page, sqlite_db
):
    packing = _packing_tab(qtbot, page)
    press(qtbot, packing.order_edit)
    with (
        qtbot.waitSignal(packing.order_looked_up, timeout=10_000),
        qtbot.waitSignal(packing.pack_scan.feedback_shown, timeout=10_000) as feedback,
    ):
        scan(qtbot, SCARF_EAN)
    assert packing.parcel_id is None
    assert packing.message.text() == f"{SCARF_EAN} is not an order: scan or type an order first."
    assert feedback.args[0] == "error"  # the field flashed red
    assert _packed(sqlite_db, 1) == 0 and packing.order_edit.text() == ""


def test_an_item_scanned_with_the_focus_on_a_button_before_any_order_asks_for_it(qtbot, page):
    packing = _packing_tab(qtbot, page)
    close = _button(packing, "Close parcel (ready)")
    press(qtbot, close)
    messages: list[str] = []
    packing.pack_scan.feedback_shown.connect(lambda _kind, text: messages.append(text))
    scan(qtbot, SCARF_EAN)
    assert messages == ["Scan or type an order first."] and packing.parcel_id is None
    assert packing.message.text() == messages[0]
    assert focused() is close


def test_an_order_number_scanned_at_the_item_field_opens_it(qtbot, page, sqlite_db):
    packing = _packing_tab(qtbot, page)
    press(qtbot, packing.pack_scan)
    with qtbot.waitSignal(packing.order_looked_up, timeout=10_000):
        scan(qtbot, order_id(1))
    assert packing.parcel_id == _parcel_of(sqlite_db, 1) and _packed(sqlite_db, 1) == 0


def test_scans_right_after_a_click_on_the_packing_tab_pack_the_order(qtbot, page, sqlite_db):
    """The clerk trial: the tab just clicked, nothing focused in the page, an order number
    then its item scanned; both were lost on the picking side ("Make a pick list first")."""
    packing = _packing_tab(qtbot, page)
    assert focused() is page.tabs.tabBar()
    scan(qtbot, order_id(1))
    qtbot.waitUntil(lambda: packing.parcel_id == _parcel_of(sqlite_db, 1), timeout=10_000)
    scan(qtbot, SCARF_EAN)
    qtbot.waitUntil(lambda: _packed(sqlite_db, 1) == 1, timeout=10_000)
