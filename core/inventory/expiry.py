"""Lots and expiry: what expires within N days, where it lies, how much of it.

Picking already takes the lot that expires first (FEFO, `services.reserve`) and
refuses expired lots (`services.pick`, `transfers.pick`, `transfers.dispatch`);
this is the list a clerk works through to sell, move or write off in time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.inventory.catalog import get_center
from core.inventory.models import Balance, Center, Lot, Product


@dataclass(frozen=True)
class ExpiringLot:
    center: str
    sku: str
    name_zh: str
    name_en: str
    lot: str
    expiry: date
    days_left: int  # negative: already expired
    on_hand: int
    reserved: int

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    def as_json(self) -> dict[str, object]:
        return {
            "center": self.center,
            "sku": self.sku,
            "lot": self.lot,
            "expiry": self.expiry.isoformat(),
            "days_left": self.days_left,
            "on_hand": self.on_hand,
            "reserved": self.reserved,
            "expired": self.expired,
        }


def expiring_lots(
    session: Session, *, days: int, today: date, center: str | None = None
) -> list[ExpiringLot]:
    """Lots on hand expiring within `days` days of `today` (expired ones too), soonest first.

    Starts from lots by expiry (index ix_lot_expiry), so the cost follows the
    number of lots near their date, not the size of the stock.
    """
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 3650:
        from core.errors import InvalidValue

        raise InvalidValue("days", days, "range")
    horizon = today + timedelta(days=days)
    stmt = (
        select(
            Center.code,
            Product.sku,
            Product.name_zh,
            Product.name_en,
            Lot.code,
            Lot.expiry,
            func.sum(Balance.on_hand),
            func.sum(Balance.reserved),
        )
        .select_from(Lot)
        .join(Balance, Balance.lot_id == Lot.id)
        .join(Product, Product.id == Lot.product_id)
        .join(Center, Center.id == Balance.center_id)
        .where(Lot.expiry.is_not(None), Lot.expiry <= horizon, Balance.on_hand > 0)
        .group_by(Center.code, Product.sku, Product.name_zh, Product.name_en, Lot.code, Lot.expiry)
        .order_by(Lot.expiry, Center.code, Product.sku, Lot.code)
    )
    if center:
        stmt = stmt.where(Balance.center_id == get_center(session, center).id)
    found = []
    for c, sku, zh, en, lot, expiry, on_hand, reserved in session.execute(stmt):
        assert expiry is not None  # filtered above
        found.append(
            ExpiringLot(
                c, sku, zh, en, lot, expiry, (expiry - today).days, int(on_hand), int(reserved)
            )
        )
    return found
