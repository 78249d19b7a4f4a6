"""The two primitives every stock change is made of: post a move, change a balance.

Balance changes are single conditional UPDATEs (`... WHERE on_hand - reserved >= :n`):
exact on SQLite and PostgreSQL with no read-then-write window, and the CHECK
constraints on `balance` are the backstop. Callers run inside a unit of work;
nothing here commits.

Each change returns the balance's (center, product, lot) and notes it for the
stock summary, which the commit brings up to date (`core.inventory.stock_summary`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Select, Update, select, update
from sqlalchemy.orm import Session

from core.inventory import stock_summary
from core.inventory.models import Balance, Move
from core.storage.upsert import ensure_row
from core.uow import UnitOfWork

# Balances are never held as ORM objects while they change, so there is
# nothing in the session to synchronise; skipping it saves a round trip.
_NO_SYNC = {"synchronize_session": False}


def balance_id(
    session: Session,
    center_id: uuid.UUID,
    bin_id: uuid.UUID,
    product_id: uuid.UUID,
    lot_id: uuid.UUID,
) -> uuid.UUID:
    """The id of the balance row for (bin, product, lot), created empty if missing
    (two clerks may create the same row at once: `core.storage.upsert`)."""
    key = {"bin_id": bin_id, "product_id": product_id, "lot_id": lot_id}
    return ensure_row(session, Balance, key, center_id=center_id, on_hand=0, reserved=0)


def lock_balances(session: Session, balances: Iterable[uuid.UUID] | Select[uuid.UUID]) -> None:
    """Lock balance rows in id order before changing several of them (PostgreSQL).

    Two clerks moving A->B and B->A, or one reserving across bins while another
    moves between them, would otherwise lock the same rows in opposite orders
    and one would die in a deadlock. All of one action's rows go in one call (ids,
    or a query of ids): two calls are two sweeps, and two sweeps are not id order.
    SQLite drops FOR UPDATE; its writers are already serialised by BEGIN IMMEDIATE.
    """
    wanted = balances if isinstance(balances, Select) else list(balances)
    session.execute(
        select(Balance.id).where(Balance.id.in_(wanted)).order_by(Balance.id).with_for_update()
    ).all()


def _change(session: Session, stmt: Update) -> bool:
    """Run one conditional balance UPDATE; True (and the key noted) if it changed the row."""
    row = session.execute(
        stmt.returning(Balance.center_id, Balance.product_id, Balance.lot_id),
        execution_options=_NO_SYNC,
    ).first()
    if row is None:
        return False
    stock_summary.touch(session, [(row[0], row[1], row[2])])
    return True


def add_on_hand(session: Session, balance: uuid.UUID, quantity: int) -> None:
    _change(
        session,
        update(Balance).where(Balance.id == balance).values(on_hand=Balance.on_hand + quantity),
    )


def take_available(session: Session, balance: uuid.UUID, quantity: int) -> bool:
    """Remove unreserved units; False (and nothing changed) if not enough are free."""
    return _change(
        session,
        update(Balance)
        .where(Balance.id == balance, Balance.on_hand - Balance.reserved >= quantity)
        .values(on_hand=Balance.on_hand - quantity),
    )


def reserve_available(session: Session, balance: uuid.UUID, quantity: int) -> bool:
    return _change(
        session,
        update(Balance)
        .where(Balance.id == balance, Balance.on_hand - Balance.reserved >= quantity)
        .values(reserved=Balance.reserved + quantity),
    )


def unreserve(session: Session, balance: uuid.UUID, quantity: int, *, consume: bool) -> bool:
    """Drop a reservation; with `consume` the units also leave the bin (a pick)."""
    values = {"reserved": Balance.reserved - quantity}
    if consume:
        values["on_hand"] = Balance.on_hand - quantity
    return _change(
        session,
        update(Balance).where(Balance.id == balance, Balance.reserved >= quantity).values(**values),
    )


def post_move(
    uow: UnitOfWork,
    *,
    center_id: uuid.UUID,
    product_id: uuid.UUID,
    lot_id: uuid.UUID,
    quantity: int,
    kind: str,
    from_bin_id: uuid.UUID | None = None,
    to_bin_id: uuid.UUID | None = None,
    reason: str = "",
    note: str = "",
    document_type: str = "",
    document_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Append one ledger line. Balances are the caller's job, in the same transaction."""
    move = Move(
        created_at=uow.clock(),
        actor=uow.actor,
        center_id=center_id,
        from_bin_id=from_bin_id,
        to_bin_id=to_bin_id,
        product_id=product_id,
        lot_id=lot_id,
        quantity=quantity,
        kind=kind,
        reason=reason,
        note=note,
        document_type=document_type,
        document_id=document_id,
    )
    uow.session.add(move)
    uow.session.flush()
    return move.id
