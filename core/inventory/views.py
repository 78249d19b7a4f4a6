"""What the inventory screens read, as functions of the unit of work.

The screens (ui/inventory, ui/stock) never hold a session: they hand one of these to
`Operations.query`, which runs it in a read-only unit of work off the GUI thread, and
get plain frozen values back. The queries themselves live beside the use cases they
serve (scanning, documents, transfer views, expiry, reorder); these name what a
screen asks for.
"""

from __future__ import annotations

import uuid
from datetime import date

from core.inventory import documents, expiry, reorder, scanning, transfer_views
from core.inventory.documents import ReceiptLineRow
from core.inventory.expiry import ExpiringLot
from core.inventory.reorder import LowStock
from core.inventory.scanning import Scan
from core.inventory.transfer_views import TransferSummary, TransferView
from core.uow import UnitOfWork


def classify(uow: UnitOfWork, code: str, center: str | None) -> Scan:
    """What a scanned code is, at `center` (a bin code is a bin there)."""
    return scanning.classify(uow.session, code, center=center)


def receipt_lines(uow: UnitOfWork, receipt_id: uuid.UUID) -> list[ReceiptLineRow]:
    """A draft's lines in the order they were scanned."""
    return documents.receipt_lines(uow.session, receipt_id)


def transfers_at(uow: UnitOfWork, center: str) -> list[TransferSummary]:
    """Transfers from or to `center`, newest first."""
    return transfer_views.list_transfers(uow.session, center=center)


def transfer(uow: UnitOfWork, reference: object) -> TransferView:
    """One transfer by id or number, with its lines and arrivals."""
    return transfer_views.transfer_view(uow.session, reference)


def expiring(uow: UnitOfWork, *, days: int, today: date, center: str | None) -> list[ExpiringLot]:
    """Lots on hand expiring within `days` days, soonest first."""
    return expiry.expiring_lots(uow.session, days=days, today=today, center=center)


def low(uow: UnitOfWork, *, today: date, center: str | None) -> list[LowStock]:
    """Products below their reorder point."""
    return reorder.low_stock(uow.session, today=today, center=center)
