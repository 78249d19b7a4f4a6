"""A `%` or `_` typed into a search is that character, not a LIKE wildcard; an absurdly
long search finds nothing instead of failing."""

from __future__ import annotations

import json

import pytest

import main
from core.inventory import catalog, queries, services
from core.inventory.queries import StockFilter
from core.orders.arrivals import register_arrival
from core.orders.queries import ParcelFilter, parcel_ids


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤配送中心")
        catalog.create_bin(uow, center, "A-01")
        for sku, name in (("TEA-01", "青稞茶"), ("SALE_50", "半价 50% 酥油"), ("SALE-X", "酥油")):
            catalog.create_product(uow, sku=sku, name_zh=name, name_en=name)
            services.receive(uow, center="TSC", bin="A-01", sku=sku, quantity=1)
        register_arrival(uow, barcode="YT1234567890", recipient="卓玛", address="措勤县")
        register_arrival(
            uow,
            barcode="YT1234567891",
            recipient="100%_扎西",
            address="措勤县",
            phone="13800001234",
        )
        uow.commit()
    return db


def _skus(db, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return sorted(r.sku for r in queries.stock_rows(uow.session, StockFilter(search=text)))


def _recipients(db, text: str) -> int:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return len(parcel_ids(uow.session, ParcelFilter(search=text)))


def test_wildcards_are_plain_characters_in_stock_search(shop):
    assert _skus(shop, "%") == ["SALE_50"]  # only the name that has a % in it
    assert _skus(shop, "_") == ["SALE_50"]
    assert _skus(shop, "SALE_") == ["SALE_50"]  # not SALE-X
    assert _skus(shop, "sale") == ["SALE-X", "SALE_50"]  # case still does not matter
    assert _skus(shop, "/") == []  # the escape character itself is escaped too
    assert _skus(shop, "x" * 100_000) == []  # SQLite: "LIKE or GLOB pattern too complex"


def test_wildcards_are_plain_characters_in_parcel_search(shop):
    assert _recipients(shop, "%") == 1
    assert _recipients(shop, "_") == 1
    assert _recipients(shop, "卓玛") == 1
    assert _recipients(shop, "x" * 100_000) == 0


def test_stock_command_search(shop, db_url, capsys):
    assert main.main(["--db", db_url, "stock", "--search", "%", "--json"]) == 0
    assert [r["sku"] for r in json.loads(capsys.readouterr().out)] == ["SALE_50"]
