"""A product with a long ledger: many moves written straight into `move` (no balance
upkeep: the stock card reads only the ledger)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert, select

from core.ids import new_id
from core.inventory.catalog import get_center, get_product
from core.inventory.models import Move
from core.uow import Database


def add_moves(
    db: Database, sku: str, count: int, *, center: str = "TSC", same_time_every: int = 0
) -> int:
    """`count` more moves of `sku` at `center` after its last one there, in that move's bin
    and lot:
    two receipts of 3 then a pick of 1, over and over, a second apart (with
    `same_time_every`, that many moves share each second: ties the ids break). Returns
    the change they make to the balance."""
    with db.uow() as uow:
        product = get_product(uow.session, sku)
        first = uow.session.scalars(
            select(Move)
            .where(
                Move.product_id == product.id, Move.center_id == get_center(uow.session, center).id
            )
            .order_by(Move.created_at.desc())
        ).first()
        assert first is not None and first.to_bin_id is not None
        rows, total = [], 0
        for n in range(count):
            picked = n % 3 == 2
            second = n // same_time_every if same_time_every else n
            rows.append(
                {
                    "id": new_id(),
                    "created_at": first.created_at + timedelta(seconds=1 + second),
                    "actor": "ledger",
                    "center_id": first.center_id,
                    "product_id": product.id,
                    "lot_id": first.lot_id,
                    "quantity": 1 if picked else 3,
                    "kind": "pick" if picked else "receipt",
                    "from_bin_id": first.to_bin_id if picked else None,
                    "to_bin_id": None if picked else first.to_bin_id,
                    "reason": "",
                    "note": "",
                    "document_type": "",
                    "document_id": None,
                }
            )
            total += -1 if picked else 3
        uow.session.execute(insert(Move), rows)
        uow.commit()
    return total
