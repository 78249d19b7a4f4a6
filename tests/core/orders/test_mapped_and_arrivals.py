"""Spreadsheets through saved column mappings, and carrier arrivals by scan or list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.errors import InvalidValue
from core.orders.arrivals import import_arrivals, register_arrival
from core.orders.errors import ArrivalAlreadyRegistered
from core.orders.importing.errors import MissingColumns, UnknownMapping
from core.orders.imports import import_orders
from core.orders.mappings import mapping_names, save_mapping
from core.orders.queries import ParcelFilter, list_parcels
from core.shipping.models import OrderLine, Parcel
from tests.support.order_files import CISHI, LHASA, TSOCHEN_TOWN, build_depot, write_csv, write_xlsx

SHOP = {
    "order_id": "单号",
    "recipient": "姓名",
    "phone": "电话",
    "address": "地址",
    "sku": "货号",
    "quantity": "数量",
    "status": "",
}


@pytest.fixture
def depot(sqlite_db):  # type: ignore[no-untyped-def]
    build_depot(sqlite_db)
    return sqlite_db


def test_saved_mapping_reads_a_shop_sheet_with_several_lines_per_order(depot, tmp_path):
    with depot.uow() as uow:
        save_mapping(uow, name="微店", columns=SHOP)
        uow.commit()
    path = write_xlsx(
        tmp_path / "weidian.xlsx",
        ["单号", "姓名", "电话", "地址", "货号", "数量"],
        [
            ["W1001", "次仁", "13900000000", CISHI, "CSH-001", 2],
            ["W1001", "次仁", "13900000000", CISHI, "INC-001", 1],
            ["W1002", "拉姆", "13900000001", "", "INC-001", 1],
            ["3.81235E+18", "拉姆", "13900000001", CISHI, "INC-001", 1],
            ["W1003", "多吉", "13900000002", LHASA, "INC-001", "两"],
        ],
    )
    with depot.uow() as uow:
        report = import_orders(uow, path, center="TSC", mapping="微店")
        uow.commit()
        assert mapping_names(uow.session) == ["微店"]
    assert report.imported == 1
    assert [(r.line, r.field, r.reason) for r in report.rejected] == [
        (4, "地址", "required"),
        (5, "单号", "excel_mangled"),
        (6, "数量", "quantity"),
    ]
    with depot.uow(write=False) as uow:
        lines = sorted(uow.session.execute(select(OrderLine.sku, OrderLine.quantity)).all())
        (parcel,) = list_parcels(uow.session, ParcelFilter())
    assert lines == [("CSH-001", 2), ("INC-001", 1)]
    assert (parcel.channel, parcel.order_id, parcel.township_code) == ("微店", "W1001", "542527200")
    with depot.uow() as uow:  # the same sheet again: nothing new
        assert import_orders(uow, path, center="TSC", mapping="微店").duplicates == 1


def test_mapping_errors(depot, tmp_path):
    with pytest.raises(InvalidValue) as missing, depot.uow() as uow:
        save_mapping(uow, name="half", columns={"order_id": "单号"})
    assert missing.value.field == "recipient"
    with pytest.raises(UnknownMapping), depot.uow() as uow:
        import_orders(uow, tmp_path / "x.csv", mapping="nope")
    with depot.uow() as uow:
        save_mapping(uow, name="微店", columns=SHOP)
        uow.commit()
    path = write_csv(tmp_path / "other.csv", ["编号", "姓名", "地址"], [["1", "a", "b"]], "utf-8")
    with pytest.raises(MissingColumns) as absent, depot.uow() as uow:
        import_orders(uow, path, center="TSC", mapping="微店")
    assert set(absent.value.columns) == {"单号", "电话", "货号", "数量"}  # every mapped one absent


def test_arrival_by_scan_is_ready_at_once_and_a_second_scan_is_refused(depot):
    with depot.uow() as uow:
        arrival = register_arrival(
            uow,
            barcode="YT1234567890123",
            recipient="བཀྲ་ཤིས་",
            phone="13800000000",
            address="措勤县 措勤镇",
            carrier="圆通",
        )
        uow.commit()
    assert (arrival.township_code, arrival.route) == ("542527100", "township")
    with depot.uow(write=False) as uow:
        parcel = uow.session.get_one(Parcel, arrival.parcel_id)
        assert (parcel.status, parcel.source, parcel.carrier) == ("ready", "arrival", "圆通")
    with pytest.raises(ArrivalAlreadyRegistered), depot.uow() as uow:
        register_arrival(uow, barcode="YT1234567890123", recipient="x", address="y")
    with pytest.raises(InvalidValue) as bad, depot.uow() as uow:
        register_arrival(uow, barcode="ＹＴ１２３４５６７", recipient="x", address="y")
    assert (bad.value.field, bad.value.reason) == ("barcode", "barcode")


def test_bulk_arrival_list(depot, tmp_path):
    headers = ["运单号", "收件人", "收件人电话", "收件地址", "快递公司"]
    path = write_csv(
        tmp_path / "arrivals.csv",
        headers,
        [
            ['="ZTO0000000001"', "卓玛", "13800000000", TSOCHEN_TOWN, "中通"],
            ["ZTO0000000002", "次仁", "13800000001", CISHI, "中通"],
            ["ZTO0000000002", "次仁", "13800000001", CISHI, "中通"],  # listed twice
            ["7.3E+12", "拉姆", "", CISHI, "中通"],
            ["ZTO0000000003", "", "", CISHI, "中通"],
        ],
        encoding="gb18030",
    )
    with depot.uow() as uow:
        report = import_arrivals(uow, path, center="TSC")
        uow.commit()
    assert (report.imported, report.duplicates) == (2, 1)
    assert [(r.line, r.field, r.reason) for r in report.rejected] == [
        (5, "运单号", "excel_mangled"),
        (6, "收件人", "required"),
    ]
    with depot.uow() as uow:
        again = import_arrivals(uow, path, center="TSC")
        uow.commit()
    assert (again.imported, again.duplicates) == (0, 3)
    with depot.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Parcel)) == 2
