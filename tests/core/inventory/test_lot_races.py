"""Clerks receiving the same new lot at the same moment, in processes released together
(`tests/support/clerks.py`): the first receipt creates the lot, the others find it, and every unit
is on hand in it."""

from __future__ import annotations

from sqlalchemy import func, select

from core.inventory import catalog, services
from core.inventory.models import Balance, Lot, Product
from core.uow import Database
from tests.support.clerks import race

LOT = "YAK-2024-NEW"


def _receive_newest_product(db: Database, clerk: int) -> object:
    """Receive clerk + 1 units of the newest product into lot LOT, through the runner
    every command uses (which runs a deadlock victim again, nothing else)."""

    def receive(uow):  # type: ignore[no-untyped-def]
        sku = uow.session.scalar(select(func.max(Product.sku)))
        services.receive(uow, center="TSC", bin="A-01", sku=sku, lot=LOT, quantity=clerk + 1)
        return "received"

    return db.run(receive)


def test_clerks_receiving_the_same_new_lot_at_once_all_succeed_into_one_lot(db, db_url):
    """Four clerks, three rounds, each round a new product and so a new lot and a new balance
    row. A plain INSERT of the lot failed the later clerks with UniqueViolation on PostgreSQL
    (measured: 7 of 12 receipts); created ON CONFLICT DO NOTHING, none fails."""
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        catalog.create_bin(uow, center, "A-01")
        uow.commit()
    clerks = 4

    def new_product(number: int) -> None:
        with db.uow() as uow:
            catalog.create_product(uow, sku=f"P-{number}", name_zh=f"P-{number}")
            uow.commit()

    def check(number: int, results: list[object]) -> None:
        assert results == ["received"] * clerks, results
        with db.uow(write=False) as uow:
            product = uow.session.scalar(select(Product.id).where(Product.sku == f"P-{number}"))
            lots = uow.session.scalars(select(Lot.id).where(Lot.product_id == product)).all()
            assert len(lots) == 1
            on_hand = uow.session.scalars(
                select(Balance.on_hand).where(Balance.product_id == product)
            ).all()
            assert on_hand == [sum(range(1, clerks + 1))]

    race(
        db_url,
        _receive_newest_product,
        clerks,
        rounds=3,
        before_round=new_product,
        after_round=check,
    )
