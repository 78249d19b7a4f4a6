"""A NUL inside a cell, or a cell longer than its column, rejects that row by file, line and
column, the same on SQLite and PostgreSQL; the other rows go in, nothing is cut."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import main
from core.errors import TextHasNul
from core.inventory import catalog
from core.orders.arrivals import import_arrivals
from core.orders.imports import import_orders
from core.shipping.models import Order, Parcel
from tests.support.order_files import ORDER_HEADERS, build_depot, order, order_id, write_csv


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    build_depot(db)
    return db


def test_nul_and_over_long_cells_reject_their_rows_only(depot, tmp_path):
    path = write_csv(
        tmp_path / "ExportOrderList.csv",
        ORDER_HEADERS,
        [
            order(1, recipient="卓\x00玛"),
            order(2, note="请尽快" * 200),  # 600 characters: the note holds 500
            order(3, recipient="扎" * 101),
            order(4, recipient="次仁", note="x\x00"),
            order(5),
        ],
        encoding="utf-8-sig",
    )
    with depot.uow() as uow:
        report = import_orders(uow, path, center="TSC")
        uow.commit()
    assert report.imported == 1
    assert [(r.line, r.field, r.reason, r.limit) for r in report.rejected] == [
        (2, "收货人姓名", "nul", None),
        (3, "买家留言", "too_long", 500),
        (4, "收货人姓名", "too_long", 100),
        (5, "买家留言", "nul", None),
    ]
    with depot.uow(write=False) as uow:
        assert list(uow.session.scalars(select(Order.external_id))) == [order_id(5)]


def test_the_command_line_says_which_line_and_column(depot, db_url, tmp_path, capsys):
    path = write_csv(
        tmp_path / "ExportOrderList.csv",
        ORDER_HEADERS,
        [order(1, recipient="卓\x00玛"), order(2, recipient="扎" * 101)],
        encoding="utf-8-sig",
    )
    assert main.main(["--db", db_url, "import-orders", str(path), "--center", "TSC"]) == 0
    out = capsys.readouterr().out
    assert "line 2, column 收货人姓名: rejected: holds a NUL character" in out
    assert "line 3, column 收货人姓名: rejected: too long (at most 100 characters)" in out
    assert main.main(["--db", db_url, "import-orders", str(path), "--center", "TSC", "--json"]) == 0
    rejected = json.loads(capsys.readouterr().out)["rejected"]
    assert [(r["reason"], r.get("limit")) for r in rejected] == [("nul", None), ("too_long", 100)]


def test_an_arrival_list_with_a_nul_rejects_the_line(depot, tmp_path):
    path = tmp_path / "arrivals.csv"
    path.write_text(
        "运单号,收件人,收件地址\nYT1234567890,卓\x00玛,措勤县\nYT1234567891,扎西,措勤县\n",
        encoding="utf-8",
    )
    with depot.uow() as uow:
        report = import_arrivals(uow, path, center="TSC")
        uow.commit()
    assert report.imported == 1
    assert [(r.line, r.field, r.reason) for r in report.rejected] == [(2, "收件人", "nul")]
    with depot.uow(write=False) as uow:
        assert list(uow.session.scalars(select(Parcel.recipient))) == ["扎西"]


def test_a_nul_typed_into_a_name_is_refused(depot):
    with depot.uow() as uow, pytest.raises(TextHasNul) as caught:
        catalog.create_product(uow, sku="X-1", name_zh="青稞\x00茶")
    assert caught.value.field == "name_zh"
