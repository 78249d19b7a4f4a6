"""A cycle count approved while clerks post receipts of the same products, in processes
released together (`tests/support/clerks.py`): nothing is cancelled by a deadlock, and every balance
is what its ledger lines add up to."""

from __future__ import annotations

import random

from sqlalchemy import case, func, select

from core.inventory import catalog, counts, documents, services
from core.inventory.models import Balance, Move
from core.inventory.workflow_models import CountStatus, Receipt, StockCount
from core.uow import Database
from tests.support.clerks import once, race

SKUS = tuple(f"P-{n}" for n in range(4))
BINS = ("A-01", "A-02", "A-03")  # one zone, counted in one count


def _depot(db: Database) -> None:
    """One unit of every product in every bin, the balance rows made last product and last
    bin first, so that their id order is not the order a count goes through them (bin by
    bin, product by product): the row a count changes first is the one receipts lock last."""
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        for code in BINS:
            catalog.create_bin(uow, center, code, zone="A")
        for sku in SKUS:
            catalog.create_product(uow, sku=sku, name_zh=sku)
        uow.commit()
    with db.uow() as uow:
        for sku in reversed(SKUS):
            for code in reversed(BINS):
                services.receive(uow, center="TSC", bin=code, sku=sku, quantity=1)
        uow.commit()


def _count_for_review(db: Database, counted: int) -> None:
    """A count of the zone in review that found `counted` of everything everywhere."""
    with db.uow() as uow:
        number = counts.start_count(uow, center="TSC", zone="A").number
        for code in BINS:
            for sku in SKUS:
                counts.set_counted(uow, number, bin=code, sku=sku, lot="", quantity=counted)
        counts.close_counting(uow, number)
        uow.commit()


def _receipts(db: Database, clerks: range, seed: int) -> None:
    """A draft per clerk: every product into every bin, in an order of the clerk's own."""
    rng = random.Random(seed)
    for clerk in clerks:
        lines = [(sku, code) for sku in SKUS for code in BINS]
        rng.shuffle(lines)
        with db.uow() as uow:
            draft = documents.create_receipt(uow, center="TSC", supplier=f"clerk {clerk}")
            for sku, code in lines:
                documents.add_receipt_line(uow, draft.number, code=sku, quantity=1, bin=code)
            uow.commit()


def _approve_or_post(db: Database, clerk: int) -> object:
    """Clerk 0 approves the count in review, the others post their drafts, once (`once`)."""
    with db.uow(write=False) as uow:
        if clerk == 0:
            count = uow.session.scalar(
                select(StockCount.number).where(StockCount.status == CountStatus.REVIEW)
            )
            return once(db, lambda uow: counts.approve_count(uow, count))
        receipt = uow.session.scalar(
            select(Receipt.number).where(
                Receipt.supplier == f"clerk {clerk}", Receipt.status == "draft"
            )
        )
    return once(db, lambda uow: documents.post_receipt(uow, receipt))


def _ledger_disagrees(db: Database) -> list[object]:
    """Balances whose on-hand is not their ledger's ins minus outs."""
    net = func.sum(case((Move.to_bin_id == Balance.bin_id, Move.quantity), else_=-Move.quantity))
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(Balance.id, Balance.on_hand, net)
            .join(
                Move,
                (Move.product_id == Balance.product_id)
                & (Move.lot_id == Balance.lot_id)
                & ((Move.to_bin_id == Balance.bin_id) | (Move.from_bin_id == Balance.bin_id)),
            )
            .group_by(Balance.id, Balance.on_hand)
        ).all()
    return [row for row in rows if row[1] != row[2]]


def test_count_approvals_and_receipts_of_the_same_products_at_once_never_deadlock(db, db_url):
    """A count approval against two receipt posts, four rounds, 12 balances each. The count
    adjusted bin by bin while receipts lock in id order, and the server cancelled one
    (measured: 17 of 30 approvals and posts in ten rounds); locked in one id-order sweep,
    none is."""
    _depot(db)
    clerks = 3

    def ready(number: int) -> None:
        _count_for_review(db, counted=5 + number)
        _receipts(db, range(1, clerks), seed=number)

    def check(_number: int, results: list[object]) -> None:
        assert results == ["done"] * clerks, results
        assert _ledger_disagrees(db) == []

    race(db_url, _approve_or_post, clerks, rounds=4, before_round=ready, after_round=check)
