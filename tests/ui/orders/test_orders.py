"""The Orders area with real widgets (offscreen): import dialog progress and cancel,
mapping dialog, lazy parcels table, arrivals by scan, picking and packing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import func, select

from core.orders.fulfilment import allocate
from core.orders.mappings import mapping_names
from core.shipping.models import Order, Parcel
from core.uow import Database
from tests.support.order_files import (
    CISHI,
    ITEM_HEADERS,
    ORDER_HEADERS,
    SCARF_EAN,
    build_depot,
    item,
    order,
    write_csv,
)
from ui.context import AppContext
from ui.operations import Operations
from ui.orders.import_dialog import ImportDialog
from ui.orders.mapping_dialog import MappingDialog
from ui.orders.orders_page import OrdersPage
from ui.orders.parcels_model import ParcelsModel, column_of
from ui.settings import Settings


@pytest.fixture
def context(sqlite_db: Database, tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    build_depot(sqlite_db)
    app_context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()


def order_count(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Order)) or 0)


def visible_progress_windows() -> list[str]:
    return [
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_import_dialog_runs_off_the_gui_thread_in_its_own_progress_bar(
    qtbot, context, tmp_path, sqlite_db
):
    from tests.support.person import press

    path = write_csv(
        tmp_path / "orders.csv",
        ORDER_HEADERS,
        [order(n) for n in range(3000)] + [order(9000, raw_id="3.81235E+18")],
    )
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(path))
    windows: list[str] = []
    look = QTimer()
    look.timeout.connect(lambda: windows.extend(visible_progress_windows()))
    look.start(20)
    # Another desk's write ahead on the one writer holds the import back past the moment
    # (500 ms) a generic progress window would open.
    release = threading.Event()
    context.ops.run(lambda uow: release.wait(10))
    try:
        press(qtbot, dialog.import_button)
        operation = dialog.operation
        assert operation is not None
        seen: list[float] = []
        operation.progressed.connect(lambda fraction, message: seen.append(fraction))
        assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
        assert not dialog.import_button.isEnabled()
        qtbot.wait(700)
        assert not operation.done
    finally:
        release.set()
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    qtbot.wait(100)
    look.stop()
    assert windows == []  # the dialog's own bar only, never a second window
    assert dialog.report is not None and dialog.report.imported == 3000
    assert seen and seen[-1] == 1.0
    assert "line 3002" in dialog.result_view.toPlainText()
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert order_count(sqlite_db) == 3000


def test_the_import_summary_counts_in_words_and_says_what_an_order_number_is(
    qtbot, context, tmp_path
):
    from tests.support.person import press

    path = write_csv(tmp_path / "orders.csv", ORDER_HEADERS, [order(1), order(2, raw_id="12345")])
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(path))
    press(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.result_view.toPlainText()
    assert text.splitlines()[0] == (
        "1 new order from 2 rows; 0 already known (0 changed); 0 skipped; 1 rejected; "
        "0 addresses to review."
    )
    assert (
        "line 3, column 订单编号: not an order number (a Taobao/Tmall number has 17 to 19 "
        "digits)" in text
    )


def test_cancel_leaves_nothing(qtbot, context, tmp_path, sqlite_db):
    path = write_csv(tmp_path / "orders.csv", ORDER_HEADERS, [order(n) for n in range(6000)])
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(path))
    operation = dialog.start()
    assert operation is not None
    operation.progressed.connect(lambda fraction, message: dialog.cancel_button.click())
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    assert dialog.report is None
    assert "nothing was saved" in dialog.result_view.toPlainText()
    assert order_count(sqlite_db) == 0


def test_unreadable_file_is_explained_in_the_dialog(qtbot, context, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("订单编号".encode("utf-16"))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(path))
    operation = dialog.start()
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    assert "cannot be read" in dialog.result_view.toPlainText()


def test_mapping_dialog_guesses_columns_and_saves_by_name(qtbot, context, tmp_path):
    headers = ["订单号", "收货人", "手机", "收货地址", "货号", "数量"]
    path = write_csv(
        tmp_path / "shop.csv",
        headers,
        [["S1", "卓玛", "13800000000", CISHI, "CSH-001", "1"]],
        encoding="utf-8",
    )
    dialog = MappingDialog(context, str(path))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("小店")
    assert dialog.columns() == {
        "order_id": "订单号",
        "recipient": "收货人",
        "phone": "手机",
        "address": "收货地址",
        "sku": "货号",
        "quantity": "数量",
    }
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert context.ops.read(lambda uow: mapping_names(uow.session)) == ["小店"]
    importer = ImportDialog(context)
    qtbot.addWidget(importer)
    with qtbot.waitSignal(importer.mappings_shown, timeout=10_000):
        pass
    assert importer.mapping_combo.findData("小店") > 0


def test_parcels_model_reads_only_the_pages_shown(
    qtbot, qtmodeltester, context, tmp_path, sqlite_db
):
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(n) for n in range(450)])
    from core.orders.imports import import_orders

    with sqlite_db.uow() as uow:
        import_orders(uow, path, center="TSC")
        uow.commit()
    model = ParcelsModel(context.ops)
    with qtbot.waitSignal(model.ids_arrived, timeout=10_000):
        model.reload()
    assert (model.rowCount(), model.pages_read) == (450, 0)
    # Not read yet: a placeholder now, the page asked for in the background.
    assert model.index(449, column_of("recipient")).data() == "…"
    with qtbot.waitSignal(model.rows_arrived, timeout=10_000):
        assert model.index(0, column_of("status")).data() == "…"
    qtbot.waitUntil(lambda: model.index(0, column_of("status")).data() == "New")
    assert model.index(449, column_of("recipient")).data() == "卓玛"
    assert model.pages_read == 2  # rows 400-449 and 0-199; 200-399 never read
    qtmodeltester.check(model)


def test_page_lists_parcels_lazily_registers_arrivals_and_packs(
    qtbot, qtmodeltester, context, tmp_path, sqlite_db
):
    orders_path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(1)])
    items_path = write_csv(tmp_path / "i.csv", ITEM_HEADERS, [item(1, "CSH-001", "1")])
    from core.orders.imports import import_orders

    with sqlite_db.uow() as uow:
        import_orders(uow, orders_path, center="TSC", items=items_path)
        allocate(uow, center="TSC")
        uow.commit()
    page = OrdersPage(context)
    qtbot.addWidget(page)
    model = page.parcels.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    arrivals = page.arrivals
    arrivals.scan.simulate_scan("YT9876543210")
    arrivals.recipient.setText("བཀྲ་ཤིས་")
    arrivals.address.setText("措勤县 措勤镇")
    with qtbot.waitSignal(context.bus.changes_applied, timeout=10_000):
        arrivals.register()
    assert "542527100" in arrivals.message.text()
    qtbot.waitUntil(lambda: model.rowCount() == 2)  # the table followed the change bus
    arrival_list = write_csv(
        tmp_path / "list.csv",
        ["运单号", "收件人", "收件地址"],
        [["ZTO0000000009", "平措", CISHI], ["YT9876543210", "x", CISHI]],
        encoding="gb18030",
    )
    with qtbot.waitSignal(arrivals.import_list(str(arrival_list)).finished, timeout=10_000):
        pass
    assert arrivals.message.text().startswith("1 parcel registered, 1 already known")
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    packing = page.packing
    with qtbot.waitSignal(context.bus.changes_applied, timeout=10_000):
        packing.new_pick_list()
    qtbot.waitUntil(lambda: packing.pick_lines.rowCount() == 1)
    qtmodeltester.check(packing.pick_lines)
    packing.order_edit.setText(order(1)["订单编号"][2:-1])
    with qtbot.waitSignal(packing.order_looked_up, timeout=10_000):
        packing.open_order()
    assert packing.parcel_id is not None
    packing.pack_scan.simulate_scan(SCARF_EAN)
    qtbot.waitUntil(lambda: packing.pack_lines.text(0, packing.pack_lines.PACKED) == "1")
    qtmodeltester.check(packing.pack_lines)
    packing.weight.setValue(640)
    with qtbot.waitSignal(context.bus.changes_applied, timeout=10_000):
        packing.close_parcel()
    with sqlite_db.uow(write=False) as uow:
        statuses = sorted(uow.session.scalars(select(Parcel.status)))
    assert statuses == ["ready", "ready", "ready"]


def test_backorders_tab_says_why_an_order_waits(qtbot, context, tmp_path, sqlite_db):
    orders_path = write_csv(
        tmp_path / "o.csv", ORDER_HEADERS, [order(1), order(2, title="羊绒手套")]
    )
    items_path = write_csv(tmp_path / "i.csv", ITEM_HEADERS, [item(1, "CSH-001", "99")])
    from core.orders.imports import import_orders

    with sqlite_db.uow() as uow:
        import_orders(uow, orders_path, center="TSC", items=items_path)  # order 2: no items
        alone = write_csv(tmp_path / "o2.csv", ORDER_HEADERS, [order(2, title="羊绒手套")])
        import_orders(uow, alone, center="TSC")
        allocate(uow, center="TSC")
        uow.commit()
    page = OrdersPage(context)
    qtbot.addWidget(page)
    page.backorders.center_combo.setCurrentIndex(page.backorders.center_combo.findData("TSC"))
    with qtbot.waitSignal(page.backorders.shown, timeout=10_000):
        page.backorders.reload()
    text = page.backorders.listing.text()
    assert "CSH-001: 99 needed, 10 free" in text
    assert "羊绒手套: no SKU" in text


def test_every_stage_an_orders_job_reports_is_worded_for_the_clerk():
    from core.orders.stages import Stage
    from ui.operations import stage_text

    assert {stage: stage_text(stage) for stage in Stage} == {
        Stage.READING: "Reading the file…",
        Stage.CHECKING: "Checking the rows…",
        Stage.STORING: "Saving…",
        Stage.DONE: "Done.",
    }
