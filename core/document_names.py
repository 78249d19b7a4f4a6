"""Readable names for the documents that moves and reservations point at.

A ledger line stores `(document_type, document_id)`; a clerk wants to read
"transfer TR-000012" or "order 3812016111100000001", not a UUID. Each area's
document table is listed here once, looked up in one query per type.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


def _sources() -> dict[str, tuple[Any, Any]]:
    # Imported here: the areas' models import the inventory core, not the other way round.
    from core.inventory.workflow_models import Receipt, StockCount, Transfer
    from core.shipping.models import Order

    return {
        "receipt": (Receipt.id, Receipt.number),
        "transfer": (Transfer.id, Transfer.number),
        "count": (StockCount.id, StockCount.number),
        "order": (Order.id, Order.external_id),
    }


def document_names(
    session: Session, refs: Iterable[tuple[str, uuid.UUID | None]]
) -> dict[tuple[str, uuid.UUID], str]:
    """`{(type, id): "type NUMBER"}` for every reference whose document is known."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for kind, document_id in refs:
        if document_id is not None:
            wanted.setdefault(kind, set()).add(document_id)
    names: dict[tuple[str, uuid.UUID], str] = {}
    sources = _sources()
    for kind, ids in wanted.items():
        if kind not in sources:
            continue
        id_column, number_column = sources[kind]
        for document_id, number in session.execute(
            select(id_column, number_column).where(id_column.in_(ids))
        ):
            names[(kind, document_id)] = f"{kind} {number}"
    return names


def document_name(kind: str, document_id: uuid.UUID | None,
                  names: dict[tuple[str, uuid.UUID], str]) -> str:
    """The readable name, or `type:id` for a document no table knows (demo history)."""
    if document_id is None:
        return kind
    return names.get((kind, document_id), f"{kind}:{document_id}")
