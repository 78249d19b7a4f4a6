"""A small depot for the workflow tests: two centers, bins in zones, three products."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.inventory import catalog, services
from tests.support.fixed_clock import TODAY

FRESH = TODAY + timedelta(days=200)
SOON = TODAY + timedelta(days=10)
EXPIRED = TODAY - timedelta(days=3)

SCARF_EAN = "6901234567007"
CREAM_EAN = "6901234567014"


def build_depot(db) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        tsc = catalog.create_center(uow, code="TSC", name_zh="措勤配送中心")
        ger = catalog.create_center(uow, code="GER", name_zh="噶尔配送中心")
        for code, zone in (("A-01", "A"), ("A-02", "A"), ("B-01", "B")):
            catalog.create_bin(uow, tsc, code, zone)
        catalog.create_bin(uow, ger, "R-01", "R")
        catalog.create_bin(uow, ger, "R-02", "R")
        catalog.create_product(
            uow, sku="CSH-001", name_zh="羊绒围巾", name_en="Cashmere scarf", barcode=SCARF_EAN
        )
        catalog.create_product(
            uow,
            sku="SNC-CRM",
            name_zh="雪鸡面霜",
            name_en="Snowcock cream",
            barcode=CREAM_EAN,
            tracks_expiry=True,
        )
        catalog.create_product(uow, sku="INC-001", name_zh="扎日南木措藏香", name_en="Incense")
        uow.commit()


def stock_up(db) -> None:  # type: ignore[no-untyped-def]
    """Scarves in A-01, two lots of cream in A-02 (one expiring soon), incense in B-01."""
    with db.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=20)
        services.receive(
            uow, center="TSC", bin="A-02", sku="SNC-CRM", quantity=5, lot="L-SOON", expiry=SOON
        )
        services.receive(
            uow, center="TSC", bin="A-02", sku="SNC-CRM", quantity=8, lot="L-FRESH", expiry=FRESH
        )
        services.receive(uow, center="TSC", bin="B-01", sku="INC-001", quantity=30)
        uow.commit()


def make_expired_lot(db, *, center: str = "TSC", bin: str = "A-02", quantity: int = 4) -> None:  # type: ignore[no-untyped-def]
    """Receipts refuse expired lots, so the lot is received fresh and then its date passes:
    the same thing as time going by."""
    from sqlalchemy import update

    from core.inventory.models import Lot

    with db.uow() as uow:
        services.receive(
            uow, center=center, bin=bin, sku="SNC-CRM", quantity=quantity, lot="L-OLD", expiry=FRESH
        )
        uow.session.execute(update(Lot).where(Lot.code == "L-OLD").values(expiry=EXPIRED))
        uow.commit()


def on_hand(db, center: str, sku: str, lot: str | None = None) -> int:  # type: ignore[no-untyped-def]
    from core.inventory import queries
    from core.inventory.queries import StockFilter

    with db.uow(write=False) as uow:
        rows = queries.stock_rows(uow.session, StockFilter(center=center))
    return sum(r.on_hand for r in rows if r.sku == sku and (lot is None or r.lot == lot))


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    """The test depot (this module's world) on SQLite and on PostgreSQL."""
    build_depot(db)
    stock_up(db)
    return db
