"""Amounts of 21,474,836.48 yuan and more: stored whole (BIGINT) on both databases;
an amount over the largest we keep is one rejected row named by line, not a failed file."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import main
from core.orders.imports import import_orders
from core.shipping.models import Order, OrderLine
from tests.support.order_files import (
    ITEM_HEADERS,
    ORDER_HEADERS,
    build_depot,
    item,
    order,
    order_id,
    write_csv,
)


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    build_depot(db)
    return db


def test_amounts_past_32_bits_are_stored_and_absurd_ones_rejected_by_line(depot, tmp_path):
    path = write_csv(
        tmp_path / "ExportOrderList.csv",
        ORDER_HEADERS,
        [
            order(1, amount="21474836.48元"),  # 2**31 fen: one past 32-bit INTEGER
            order(2, amount="999999999.99"),
            order(3, amount="1000000000.00"),
            order(4, amount="12.50"),
        ],
    )
    items = write_csv(
        tmp_path / "ExportOrderDetailList.csv",
        ITEM_HEADERS,
        [
            item(1, "CSH-001", price="21474836.48"),
            item(2, "CSH-001"),
            item(3, "CSH-001"),
            item(4, "CSH-001", price="12345678901.00"),
        ],
    )
    with depot.uow() as uow:
        report = import_orders(uow, path, center="TSC", items=items)
        uow.commit()
    assert report.imported == 2
    assert sorted((r.file, r.line, r.field, r.reason) for r in report.rejected) == [
        ("", 4, "买家实际支付金额", "money_range"),
        ("items", 5, "价格", "money_range"),
    ]
    with depot.uow(write=False) as uow:
        amounts = dict(uow.session.execute(select(Order.external_id, Order.amount_fen)).all())
        prices = set(uow.session.scalars(select(OrderLine.price_fen)))
    assert amounts == {order_id(1): 2_147_483_648, order_id(2): 99_999_999_999}
    assert prices == {2_147_483_648, 6400}


def test_the_command_line_names_the_row_and_the_largest_amount(depot, db_url, tmp_path, capsys):
    path = write_csv(
        tmp_path / "ExportOrderList.csv",
        ORDER_HEADERS,
        [order(1, amount="21474836.48"), order(2, amount="99999999999.99")],
    )
    assert main.main(["--db", db_url, "import-orders", str(path), "--center", "TSC"]) == 0
    out = capsys.readouterr().out
    assert "imported 1 new orders" in out
    assert "line 3, column 买家实际支付金额: rejected: amount over 999,999,999.99 yuan" in out
    assert main.main(["--db", db_url, "import-orders", str(path), "--center", "TSC", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 1
