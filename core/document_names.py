"""Readable names for the documents that moves and reservations point at.

A ledger line stores `(document_type, document_id)`; a clerk wants to read
"receipt RC-… from 措勤县牧民合作社" or "transfer TR-… TSC → GGY", not a UUID. Each
area's document table is listed here once, looked up in one query per type.

A reference no table knows (the type has no table, as a put-away's; or the document
is not there, as in demo history loaded before receipts had documents) keeps its
type alone: the id means nothing to a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased


@dataclass(frozen=True)
class DocumentRef:
    """What a move points at: its type, and the document's number and party if known.

    `party` is who or where the document is with: a receipt's supplier, a transfer's
    "FROM → TO" center codes; empty for the rest.
    """

    kind: str
    number: str = ""
    party: str = ""

    @property
    def text(self) -> str:
        """In English, for the command line and the CSV export: "receipt RC-…"."""
        return " ".join(part for part in (self.kind, self.number) if part)


Lookup = Callable[[Session, set[uuid.UUID]], Iterable[tuple[uuid.UUID, str, str]]]


def _receipts(session: Session, ids: set[uuid.UUID]) -> Iterable[tuple[uuid.UUID, str, str]]:
    from core.inventory.workflow_models import Receipt

    rows = session.execute(
        select(Receipt.id, Receipt.number, Receipt.supplier).where(Receipt.id.in_(ids))
    )
    return ((doc_id, number, supplier) for doc_id, number, supplier in rows)


def _transfers(session: Session, ids: set[uuid.UUID]) -> Iterable[tuple[uuid.UUID, str, str]]:
    from core.inventory.models import Center
    from core.inventory.workflow_models import Transfer

    sender, receiver = aliased(Center), aliased(Center)
    rows = session.execute(
        select(Transfer.id, Transfer.number, sender.code, receiver.code)
        .join(sender, sender.id == Transfer.from_center_id)
        .join(receiver, receiver.id == Transfer.to_center_id)
        .where(Transfer.id.in_(ids))
    )
    return ((doc_id, number, f"{a} → {b}") for doc_id, number, a, b in rows)


def _numbered(id_column: Any, number_column: Any) -> Lookup:
    def lookup(session: Session, ids: set[uuid.UUID]) -> Iterable[tuple[uuid.UUID, str, str]]:
        rows = session.execute(select(id_column, number_column).where(id_column.in_(ids)))
        return ((doc_id, number, "") for doc_id, number in rows)

    return lookup


def _sources() -> dict[str, Lookup]:
    # Imported here: the areas' models import the inventory core, not the other way round.
    from core.inventory.workflow_models import StockCount
    from core.shipping.models import Order

    return {
        "receipt": _receipts,
        "transfer": _transfers,
        "count": _numbered(StockCount.id, StockCount.number),
        "order": _numbered(Order.id, Order.external_id),
    }


def document_refs(
    session: Session, refs: Iterable[tuple[str, uuid.UUID | None]]
) -> dict[tuple[str, uuid.UUID], DocumentRef]:
    """`{(type, id): DocumentRef}` for every reference whose document is known."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for kind, document_id in refs:
        if document_id is not None:
            wanted.setdefault(kind, set()).add(document_id)
    found: dict[tuple[str, uuid.UUID], DocumentRef] = {}
    sources = _sources()
    for kind, ids in wanted.items():
        if kind in sources:
            for document_id, number, party in sources[kind](session, ids):
                found[(kind, document_id)] = DocumentRef(kind, number, party)
    return found


def document_ref(
    kind: str, document_id: uuid.UUID | None, found: dict[tuple[str, uuid.UUID], DocumentRef]
) -> DocumentRef:
    """The reference as `document_refs` found it, or its type alone."""
    if document_id is None:
        return DocumentRef(kind)
    return found.get((kind, document_id), DocumentRef(kind))
