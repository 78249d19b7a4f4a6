"""Importing marketplace exports: encodings, quirks, statuses, rejections, idempotency."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.orders.importing.errors import ImportCancelled, MissingColumns, UnreadableFile
from core.orders.imports import import_orders
from core.orders.models import OrderImport
from core.orders.queries import ParcelFilter, list_parcels
from core.shipping.models import Order, OrderLine, Parcel
from tests.support.order_files import (
    CISHI,
    CLOSED,
    DONE,
    ITEM_HEADERS,
    LHASA,
    ORDER_HEADERS,
    SHIPPED,
    TSOCHEN_TOWN,
    UNPAID,
    build_depot,
    item,
    order,
    order_id,
    write_csv,
    write_xlsx,
)


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    """On SQLite and PostgreSQL: what touches the database's behaviour."""
    build_depot(db)
    return db


@pytest.fixture
def file_depot(sqlite_db):  # type: ignore[no-untyped-def]
    """SQLite only: tests of how files are read, which no database changes."""
    build_depot(sqlite_db)
    return sqlite_db


def run_import(db, path, **kwargs):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        report = import_orders(uow, path, center="TSC", **kwargs)
        uow.commit()
    return report


def counts(db) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Order)),
            s.scalar(select(func.count()).select_from(OrderLine)),
            s.scalar(select(func.count()).select_from(Parcel)),
            s.scalar(select(func.count()).select_from(OrderImport)),
        )


def parcels(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return {row.order_id: row for row in list_parcels(uow.session, ParcelFilter())}


def test_gb18030_export_with_tibetan_names_resolves_to_townships(depot, tmp_path):
    path = write_csv(
        tmp_path / "ExportOrderList201611.csv",
        ORDER_HEADERS,
        [
            order(1, recipient="བཀྲ་ཤིས་སྒྲོལ་མ", address=CISHI),
            order(2, recipient="ཚེ་རིང་", address=TSOCHEN_TOWN),
            order(3, recipient="王芳", address=LHASA),
        ],
        encoding="gb18030",
    )
    report = run_import(depot, path)
    assert (report.imported, report.rejected, report.skipped) == (3, [], [])
    got = parcels(depot)
    assert got[order_id(1)].recipient == "བཀྲ་ཤིས་སྒྲོལ་མ"
    assert (got[order_id(1)].township_code, got[order_id(1)].route) == ("542527200", "township")
    assert got[order_id(2)].township_code == "542527100"
    assert (got[order_id(3)].township_code, got[order_id(3)].route) == (None, "postal")
    assert all(p.phone == "13800001234" and p.status == "new" for p in got.values())


def test_gbk_quirks_wrapped_ids_money_and_changed_address(file_depot, tmp_path):
    path = write_csv(
        tmp_path / "orders.csv",
        ORDER_HEADERS,
        [
            order(1, amount="128.50元", address=LHASA, changed_address=TSOCHEN_TOWN),
            order(2, amount="￥64", address=CISHI),
        ],
        encoding="gbk",
    )
    report = run_import(file_depot, path)
    assert report.imported == 2
    with file_depot.uow(write=False) as uow:
        stored = {
            row.external_id: row
            for row in uow.session.execute(
                select(Order.external_id, Order.amount_fen, Order.address)
            )
        }
    first = stored[order_id(1)]
    assert len(first.external_id) == 19 and first.amount_fen == 12850
    assert first.address == TSOCHEN_TOWN  # 修改后的收货地址 wins over 收货地址
    assert stored[order_id(2)].amount_fen == 6400
    assert parcels(file_depot)[order_id(1)].township_code == "542527100"


def test_utf8_bom_export(file_depot, tmp_path):
    path = write_csv(
        tmp_path / "bom.csv", ORDER_HEADERS, [order(1, recipient="བསོད་ནམས་")], encoding="utf-8-sig"
    )
    assert run_import(file_depot, path).imported == 1
    assert parcels(file_depot)[order_id(1)].recipient == "བསོད་ནམས་"


def test_xlsx_export_and_excel_mangled_id_is_rejected_with_line_and_column(file_depot, tmp_path):
    headers = [h.strip() for h in ORDER_HEADERS]
    good = [order(1)[h] for h in ORDER_HEADERS]
    good[0] = order_id(1)  # a text cell in the sheet
    mangled = [order(2)[h] for h in ORDER_HEADERS]
    mangled[0] = 3.812345678901202e18  # what Excel keeps of a number it took over
    path = write_xlsx(tmp_path / "ExportOrderList.xlsx", headers, [good, mangled])
    report = run_import(file_depot, path)
    assert report.imported == 1
    rejected = [(r.line, r.field, r.reason) for r in report.rejected]
    assert rejected == [(3, "订单编号", "excel_mangled")]


def test_statuses_decide_which_orders_become_parcels(depot, tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        ORDER_HEADERS,
        [
            order(1),
            order(2, status=UNPAID),
            order(3, status=CLOSED),
            order(4, status="退款成功"),
            order(5, status=SHIPPED),
            order(6, status=DONE),
            order(7, status="神秘状态"),
        ],
    )
    report = run_import(depot, path)
    assert report.imported == 1
    assert [(s.line, s.order_id, s.reason) for s in report.skipped] == [
        (3, order_id(2), "unpaid"),
        (4, order_id(3), "closed"),
        (5, order_id(4), "refunded"),
        (6, order_id(5), "already_shipped"),
        (7, order_id(6), "already_shipped"),
        (8, order_id(7), "unknown_status"),
    ]
    assert counts(depot)[:3] == (1, 1, 1)


def test_bad_rows_are_rejected_and_good_rows_go_in(depot, tmp_path):
    rows: list = [
        order(1),
        order(2, raw_id="3.81235E+18"),
        order(3, address="", changed_address=""),
        order(4, amount="12,5元x"),
        order(5, raw_id='="12345"'),
        order(6, count="0"),
    ]
    short = [order(7)[h] for h in ORDER_HEADERS][:5]  # a row cut off after five cells
    path = write_csv(tmp_path / "bad.csv", ORDER_HEADERS, [*rows, short, order(8)])
    report = run_import(depot, path)
    assert report.imported == 2
    assert [(r.line, r.field, r.reason) for r in report.rejected] == [
        (3, "订单编号", "excel_mangled"),
        (4, "收货地址", "required"),
        (5, "买家实际支付金额", "money"),
        (6, "订单编号", "malformed"),
        (7, "宝贝总数量", "quantity"),
        (8, "收货人姓名", "broken_row"),
    ]
    assert report.rejected[1].order_id == order_id(3)


def test_line_numbers_count_physical_lines_of_multiline_cells(file_depot, tmp_path):
    path = write_csv(
        tmp_path / "m.csv",
        ORDER_HEADERS,
        [
            order(1, note="请放到\n村委会\n谢谢"),
            order(2, raw_id="3.81235E+18"),
        ],
    )
    report = run_import(file_depot, path)
    assert [(r.line, r.field) for r in report.rejected] == [(5, "订单编号")]
    with file_depot.uow(write=False) as uow:
        assert uow.session.scalar(select(Order.note)) == "请放到\n村委会\n谢谢"


def _import_file(db, _clerk: int, path: str, kind: str) -> object:  # type: ignore[no-untyped-def]
    """One desk imports the file: (new, already known), as the command reports them."""
    from core.orders.arrivals import import_arrivals

    with db.uow() as uow:
        importer = import_orders if kind == "orders" else import_arrivals
        report = importer(uow, path, center="TSC")
        uow.commit()
    return (report.imported, report.duplicates)


@pytest.mark.parametrize("kind", ["orders", "arrivals"])
def test_one_file_imported_at_two_desks_at_once_is_imported_once(depot, db_url, tmp_path, kind):
    """The second desk is told "already imported" (0 new, 20 known) on PostgreSQL as on
    SQLite, instead of failing on the unique order number (or carrier barcode)."""
    from tests.support.clerks import race

    if kind == "orders":
        path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(n) for n in range(1, 21)])
    else:
        path = write_csv(
            tmp_path / "a.csv",
            ["运单号", "收件人", "收件地址"],
            [[f"ZTO{n:010d}", "卓玛", CISHI] for n in range(1, 21)],
        )
    [results] = race(db_url, _import_file, 2, args=(str(path), kind))
    assert sorted(results) == [(0, 20), (20, 0)]  # type: ignore[type-var]
    with depot.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Parcel)) == 20


def test_reimport_and_overlapping_export_create_nothing_twice(depot, tmp_path):
    first = write_csv(tmp_path / "day1.csv", ORDER_HEADERS, [order(1), order(2), order(3)])
    assert run_import(depot, first).imported == 3
    again = run_import(depot, first)
    assert (again.imported, again.duplicates, again.changed) == (0, 3, [])
    assert counts(depot)[:3] == (3, 3, 3)

    later = write_csv(
        tmp_path / "day2.csv",
        ORDER_HEADERS,
        [
            order(2),  # the same
            order(3, changed_address=TSOCHEN_TOWN),  # buyer corrected the address
            order(1, status=CLOSED),  # closed before we shipped
            order(4),  # new
        ],
    )
    report = run_import(depot, later)
    assert (report.imported, report.duplicates) == (1, 2)
    changed = {(c.line, c.order_id): (c.fields, c.applied) for c in report.changed}
    assert changed == {
        (3, order_id(3)): (("address",), True),
        (4, order_id(1)): (("status",), True),
    }
    assert counts(depot)[:3] == (4, 4, 4)
    got = parcels(depot)
    assert got[order_id(3)].township_code == "542527100"
    assert got[order_id(1)].status == "cancelled"
    assert run_import(depot, later).changed == []  # reported once, not at every re-import


def test_repeated_order_in_one_file(file_depot, tmp_path):
    path = write_csv(
        tmp_path / "r.csv", ORDER_HEADERS, [order(1), order(1), order(1, recipient="别人")]
    )
    report = run_import(file_depot, path)
    assert (report.imported, report.duplicates) == (1, 1)
    assert [(r.line, r.reason) for r in report.rejected] == [(4, "conflicting_repeat")]


def test_item_report_joins_lines_with_our_skus(file_depot, tmp_path):
    orders_path = write_csv(
        tmp_path / "ExportOrderList.csv", ORDER_HEADERS, [order(1), order(2), order(3)]
    )
    items_path = write_csv(
        tmp_path / "ExportOrderDetailList.csv",
        ITEM_HEADERS,
        [
            item(1, "CSH-001", "2"),
            item(1, "INC-001", "1"),
            item(1, "INC-001", "1", status="退款成功"),  # refunded on its own: not shipped
            item(2, "INC-001", "x"),  # bad quantity spoils order 2
        ],
    )
    report = run_import(file_depot, orders_path, items=items_path)
    assert report.imported == 1
    assert [(r.file, r.line, r.field, r.reason, r.order_id) for r in report.rejected] == [
        ("", 4, "商家编码", "no_items", order_id(3)),
        ("items", 5, "购买数量", "quantity", order_id(2)),
    ]
    with file_depot.uow(write=False) as uow:
        lines = uow.session.execute(
            select(OrderLine.sku, OrderLine.quantity, OrderLine.product_id.is_not(None))
        ).all()
    assert sorted(lines) == [("CSH-001", 2, True), ("INC-001", 1, True)]


def test_order_report_alone_keeps_the_lines_of_an_earlier_item_report(file_depot, tmp_path):
    orders_path = write_csv(tmp_path / "ExportOrderList.csv", ORDER_HEADERS, [order(1), order(2)])
    items_path = write_csv(
        tmp_path / "ExportOrderDetailList.csv",
        ITEM_HEADERS,
        [item(1, "CSH-001", "2"), item(2, "INC-001")],
    )
    assert run_import(file_depot, orders_path, items=items_path).imported == 2
    later = write_csv(
        tmp_path / "ExportOrderList2.csv",
        ORDER_HEADERS,
        [
            order(1),  # the same order, exported without its item report
            order(2, changed_address=TSOCHEN_TOWN),  # ... and one whose address changed
        ],
    )
    report = run_import(file_depot, later)
    assert [(c.order_id, c.fields) for c in report.changed] == [(order_id(2), ("address",))]
    assert run_import(file_depot, later).changed == []
    with file_depot.uow(write=False) as uow:
        lines = uow.session.execute(
            select(OrderLine.sku, OrderLine.quantity, OrderLine.product_id.is_not(None))
        ).all()
    assert sorted(lines) == [("CSH-001", 2, True), ("INC-001", 1, True)]


@pytest.mark.parametrize(
    "content, reason",
    [
        ("订单编号,收货地址\n1,2\n".encode("utf-16"), "utf16"),
        ("订单编号,收货地址\n1,2\n".encode("utf-16-le"), "binary"),  # no byte-order mark
        (b"\xff\xfe\xfd\x81\x30\xff" * 50, "encoding"),
        (b"", "empty"),
    ],
)
def test_unreadable_file_writes_nothing(file_depot, tmp_path, content, reason):
    path = tmp_path / "strange.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        run_import(file_depot, path)
    assert caught.value.reason == reason
    assert counts(file_depot) == (0, 0, 0, 0)


def test_missing_required_columns_writes_nothing_and_names_them(file_depot, tmp_path):
    headers = [h for h in ORDER_HEADERS if h.strip() not in ("收货地址", "订单状态")]
    path = write_csv(tmp_path / "cut.csv", headers, [order(1)])
    with pytest.raises(MissingColumns) as caught:
        run_import(file_depot, path)
    assert set(caught.value.columns) == {"收货地址", "订单状态"}
    assert counts(file_depot) == (0, 0, 0, 0)


def test_cancel_rolls_everything_back_and_progress_rises(depot, tmp_path):
    path = write_csv(tmp_path / "big.csv", ORDER_HEADERS, [order(n) for n in range(5000)])
    seen: list[float] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    with pytest.raises(ImportCancelled), depot.uow() as uow:
        import_orders(
            uow, path, center="TSC", progress=lambda f, m: seen.append(f), cancelled=cancelled
        )
        uow.commit()
    assert seen == sorted(seen) and len(seen) >= 3
    assert counts(depot) == (0, 0, 0, 0)
