"""Upkeep of `stock_summary`, the stock table's rows, by the transactions that change stock.

Every balance change (`core.inventory.ledger`) and every in-transit change
(`core.inventory.transfers`) notes the (center, product, lot) it touched on the
session. When the transaction commits, those rows are brought up to date in two
statements, before the COMMIT itself (`UnitOfWork.commit` calls `settle`, the one
commit there is):

1. lock: an upsert of the noted keys in key order creates missing rows and locks
   the existing ones (INSERT ... ON CONFLICT DO UPDATE);
2. recompute: on hand and reserved summed over the key's balances, in transit over
   its dispatched transfer items, sort keys copied from center, product and lot.

Why at commit, in key order: a summary row is shared by every bin of a product and
lot, so it is the hottest row there is. Locked as each balance changed, two clerks
posting the same products in different orders (a receipt, a count) would each hold
one summary row and wait for the other's: a deadlock the balance rows alone do not
have. Taken last and sorted, summary locks can never form a cycle: a transaction
waiting for one holds no lock anyone it waits for still needs.

Why recompute instead of adding deltas: the lock is taken before the sums are read.
On PostgreSQL (READ COMMITTED: each statement sees what committed before it began),
every other transaction that changed the same key has then either committed (its
change is counted) or has yet to lock the row and will recompute after us; so no
update is lost. Savepoints rolled back half-way and refused calls need no
bookkeeping (a key noted in vain is recomputed to what it was), and a row that
drifted for any reason is healed by the next change of that key. SQLite serialises
writers (BEGIN IMMEDIATE), where all this is simply exact.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import (
    Select,
    delete,
    func,
    insert,
    literal,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from core.inventory.models import NO_EXPIRY, Balance, Center, Lot, Product, StockSummary
from core.inventory.workflow_models import Transfer, TransferItem, TransferStatus

Key = tuple[uuid.UUID, uuid.UUID, uuid.UUID]  # center, product, lot

_TOUCHED = "stock_summary_touched"
_CHUNK = 300  # keys per statement: 3 parameters each, well under SQLite's limit
_NO_SYNC = {"synchronize_session": False}


def touch(session: Session, keys: Iterable[Key]) -> None:
    """Note that stock of these (center, product, lot) keys changed in this transaction."""
    session.info.setdefault(_TOUCHED, set()).update(keys)


def touch_products(session: Session, product_ids: Iterable[uuid.UUID]) -> None:
    """Note every row of these products: for an edit of what the summary copies as sort
    keys (a SKU, a lot's code or expiry). Nothing edits those yet; `drift` would tell."""
    ids = sorted(set(product_ids))
    for start in range(0, len(ids), _CHUNK):
        touch(
            session,
            [
                (c, p, lot)
                for c, p, lot in session.execute(
                    select(
                        StockSummary.center_id, StockSummary.product_id, StockSummary.lot_id
                    ).where(StockSummary.product_id.in_(ids[start : start + _CHUNK]))
                )
            ],
        )


def settle(session: Session) -> None:
    """Bring the touched summary rows up to date now: `UnitOfWork.commit` calls it last,
    just before the COMMIT (why then: the module's docstring)."""
    keys = sorted(session.info.pop(_TOUCHED, ()))
    if not keys:
        return
    session.flush()  # transfer items and statuses still pending in the ORM count too
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        _lock(session, chunk)
        session.execute(
            _recompute().where(
                tuple_(StockSummary.center_id, StockSummary.product_id, StockSummary.lot_id).in_(
                    chunk
                )
            ),
            execution_options=_NO_SYNC,
        )


def _lock(session: Session, keys: list[Key]) -> None:
    rows = [{"center_id": c, "product_id": p, "lot_id": lot} for c, p, lot in keys]
    session.execute(_upsert(session.get_bind().dialect.name), rows)


@cache
def _upsert(dialect: str):  # type: ignore[no-untyped-def]
    """INSERT of an empty row per key; DO UPDATE (not DO NOTHING) so that an existing row is
    locked too. Rows go in the order given, so the locks are taken in key order."""
    stmt = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(StockSummary)
    return stmt.values(
        center_code="",
        sku="",
        expiry_key=NO_EXPIRY,
        lot_code="",
        on_hand=0,
        reserved=0,
        in_transit=0,
    ).on_conflict_do_update(
        index_elements=["center_id", "product_id", "lot_id"],
        set_={"on_hand": StockSummary.on_hand},
    )


@cache  # built once: constructing it cost more than running it
def _recompute():  # type: ignore[no-untyped-def]
    """UPDATE of summary rows from their sources (correlated on the row's own key)."""
    s = StockSummary
    in_bins = (
        Balance.center_id == s.center_id,
        Balance.product_id == s.product_id,
        Balance.lot_id == s.lot_id,
    )

    def total(column: Any, *where: Any) -> Any:
        return select(func.coalesce(func.sum(column), 0)).where(*where).scalar_subquery()

    return update(s).values(
        center_code=select(Center.code).where(Center.id == s.center_id).scalar_subquery(),
        sku=select(Product.sku).where(Product.id == s.product_id).scalar_subquery(),
        lot_code=select(Lot.code).where(Lot.id == s.lot_id).scalar_subquery(),
        expiry_key=select(func.coalesce(Lot.expiry, NO_EXPIRY))
        .where(Lot.id == s.lot_id)
        .scalar_subquery(),
        on_hand=total(Balance.on_hand, *in_bins),
        reserved=total(Balance.reserved, *in_bins),
        in_transit=(
            select(func.coalesce(func.sum(TransferItem.quantity), 0))
            .join(Transfer, Transfer.id == TransferItem.transfer_id)
            .where(
                Transfer.status == TransferStatus.DISPATCHED,
                Transfer.to_center_id == s.center_id,
                TransferItem.product_id == s.product_id,
                TransferItem.lot_id == s.lot_id,
            )
            .scalar_subquery()
        ),
    )


def in_transit_statement() -> Select[uuid.UUID, uuid.UUID, uuid.UUID, int]:
    """Units in transit per receiving center, product and lot (dispatched, not yet received)."""
    return (
        select(
            Transfer.to_center_id,
            TransferItem.product_id,
            TransferItem.lot_id,
            TransferItem.quantity,
        )
        .join(Transfer, Transfer.id == TransferItem.transfer_id)
        .where(Transfer.status == TransferStatus.DISPATCHED)
    )


def computed_statement() -> Select[*tuple[Any, ...]]:
    """What every summary row should hold, grouped from the sources (for rebuilds and checks)."""
    zero = literal(0)
    transit = in_transit_statement().subquery()
    parts = union_all(
        select(
            Balance.center_id,
            Balance.product_id,
            Balance.lot_id,
            Balance.on_hand,
            Balance.reserved,
            zero.label("in_transit"),
        ),
        select(
            transit.c.to_center_id,
            transit.c.product_id,
            transit.c.lot_id,
            zero,
            zero,
            transit.c.quantity,
        ),
    ).subquery("parts")
    return (
        select(
            parts.c.center_id,
            parts.c.product_id,
            parts.c.lot_id,
            Center.code,
            Product.sku,
            func.coalesce(Lot.expiry, NO_EXPIRY),
            Lot.code,
            func.sum(parts.c.on_hand),
            func.sum(parts.c.reserved),
            func.sum(parts.c.in_transit),
        )
        .join(Center, Center.id == parts.c.center_id)
        .join(Product, Product.id == parts.c.product_id)
        .join(Lot, Lot.id == parts.c.lot_id)
        .group_by(
            parts.c.center_id,
            parts.c.product_id,
            parts.c.lot_id,
            Center.code,
            Product.sku,
            Lot.expiry,
            Lot.code,
        )
    )


SUMMARY_COLUMNS = (
    "center_id",
    "product_id",
    "lot_id",
    "center_code",
    "sku",
    "expiry_key",
    "lot_code",
    "on_hand",
    "reserved",
    "in_transit",
)


def rebuild(session: Session) -> int:
    """Recompute the whole summary from the sources; returns its row count.

    For data written around the ledger (bulk loads, a repaired database). Takes
    seconds at 100,000 products: not something a clerk's action does.
    """
    session.info.pop(_TOUCHED, None)
    session.execute(delete(StockSummary))
    session.execute(insert(StockSummary).from_select(list(SUMMARY_COLUMNS), computed_statement()))
    return int(session.scalar(select(func.count()).select_from(StockSummary)) or 0)


def drift(session: Session) -> list[tuple[object, ...]]:
    """Summary rows that differ from their sources: (key, summary values, computed values).

    Empty when the summary is right; rows with nothing anywhere count as equal.
    """
    columns = [getattr(StockSummary, name) for name in SUMMARY_COLUMNS]
    stored: dict[tuple[Any, ...], tuple[Any, ...]] = {
        tuple(row[:3]): tuple(row[3:]) for row in session.execute(select(*columns))
    }
    computed: dict[tuple[Any, ...], tuple[Any, ...]] = {
        tuple(row[:3]): tuple(row[3:]) for row in session.execute(computed_statement())
    }
    empty = (0, 0, 0)
    wrong: list[tuple[object, ...]] = []
    for key in sorted(stored.keys() | computed.keys()):
        have, want = stored.get(key), computed.get(key)
        if have is not None and want is not None and have == want:
            continue
        if (have is None or have[-3:] == empty) and (want is None or want[-3:] == empty):
            continue
        wrong.append((key, have, want))
    return wrong
