"""Lots expiring within N days; low stock with a transfer-or-reorder suggestion; CSV stock card."""

from __future__ import annotations

import csv

import pytest

from core.errors import InsufficientStock, InvalidValue
from core.inventory import catalog, queries, services
from core.inventory.card_export import write_stock_card_csv
from core.inventory.expiry import expiring_lots
from core.inventory.reorder import low_stock
from tests.support.inventory_depot import EXPIRED, SOON, TODAY, make_expired_lot


def test_expiring_lots_and_fefo(depot):
    db = depot
    make_expired_lot(db, bin="B-01")
    with db.uow(write=False) as uow:
        soon = expiring_lots(uow.session, days=30, today=TODAY)
        only_expired = expiring_lots(uow.session, days=0, today=TODAY, center="TSC")
    assert [(x.lot, x.expiry, x.on_hand, x.expired) for x in soon] == [
        ("L-OLD", EXPIRED, 4, True),
        ("L-SOON", SOON, 5, False),
    ]
    assert [x.lot for x in only_expired] == ["L-OLD"]
    with db.uow() as uow, pytest.raises(InvalidValue):
        expiring_lots(uow.session, days=-1, today=TODAY)
    with db.uow() as uow:  # FEFO skips the expired lot and takes the one expiring first
        reserved = services.reserve(uow, center="TSC", sku="SNC-CRM", quantity=6)
        uow.commit()
    assert len(reserved.reservation_ids) == 2
    with db.uow() as uow, pytest.raises(InsufficientStock):  # 13 fresh, 6 taken, 4 expired
        services.reserve(uow, center="TSC", sku="SNC-CRM", quantity=8)


def _reorder_point(db, sku, center, point):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        s = uow.session
        catalog.set_reorder_point(
            uow, catalog.get_product(s, sku), catalog.get_center(s, center), point
        )
        uow.commit()


def test_low_stock_suggests_transfer_then_reorder(depot):
    db = depot
    _reorder_point(db, "CSH-001", "GER", 10)  # GER has none: needs 20
    _reorder_point(db, "CSH-001", "TSC", 8)  # TSC has 20: 12 spare
    _reorder_point(db, "INC-001", "TSC", 40)  # TSC has 30, nobody else has any
    _reorder_point(db, "SNC-CRM", "TSC", 5)  # 13 on hand: not low
    with db.uow(write=False) as uow:
        low = {(x.center, x.sku): x for x in low_stock(uow.session, today=TODAY)}
        only_ger = low_stock(uow.session, today=TODAY, center="GER")
    assert set(low) == {("GER", "CSH-001"), ("TSC", "INC-001")}
    scarf = low[("GER", "CSH-001")]
    assert (scarf.transfer_from, scarf.transfer_quantity, scarf.reorder_quantity) == ("TSC", 12, 8)
    assert scarf.suggestion == "transfer+reorder"
    incense = low[("TSC", "INC-001")]
    assert (incense.available, incense.transfer_quantity, incense.reorder_quantity) == (30, 0, 50)
    assert [x.sku for x in only_ger] == ["CSH-001"]


def test_stock_card_csv(depot, tmp_path):
    db = depot
    with db.uow() as uow:
        services.adjust(
            uow,
            center="TSC",
            bin="A-01",
            sku="CSH-001",
            delta=-2,
            reason="damaged",
            note="屋顶漏水",
        )
        uow.commit()
    with db.uow(write=False) as uow:
        lines = queries.stock_card(uow.session, "CSH-001")
    path = tmp_path / "card.csv"
    assert write_stock_card_csv(lines, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["kind"], r["change"], r["balance"], r["reason"], r["note"]) for r in rows] == [
        ("receipt", "20", "20", "", ""),
        ("adjustment", "-2", "18", "damaged", "屋顶漏水"),
    ]
    assert rows[0]["actor"] and rows[0]["at"]
