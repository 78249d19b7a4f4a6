"""Opening a stock card of a product with a long ledger: the screen's newest page
(`stock_card_page`: one page plus one sum in SQL) against the whole card
(`stock_card`, what the screen read before and the command line still prints).

    python -m bench --only stock_card
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench import Result, best_of
from core.database import open_database
from core.ids import new_id
from core.inventory import catalog, queries
from core.inventory.models import Move
from core.uow import Database

MOVES = 20_000  # times --scale
REPEATS = 5


def _fill(db: Database, moves: int) -> None:
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        the_bin = catalog.create_bin(uow, center, "A-01")
        catalog.create_product(uow, sku="YAK-JRK-25", name_zh="牦牛肉干")
        product = catalog.get_product(uow.session, "YAK-JRK-25")
        lot = catalog.lot_for_receipt(uow.session, product, "", None)
        start = datetime(2026, 1, 1, tzinfo=UTC)
        uow.session.execute(
            insert(Move),
            [
                {
                    "id": new_id(),
                    "created_at": start + timedelta(minutes=n),
                    "actor": "bench",
                    "center_id": center.id,
                    "product_id": product.id,
                    "lot_id": lot.id,
                    "quantity": 1 if n % 3 == 2 else 3,
                    "kind": "pick" if n % 3 == 2 else "receipt",
                    "from_bin_id": the_bin.id if n % 3 == 2 else None,
                    "to_bin_id": None if n % 3 == 2 else the_bin.id,
                    "reason": "",
                    "note": "",
                    "document_type": "",
                    "document_id": None,
                }
                for n in range(moves)
            ],
        )
        uow.commit()


def run(scale: int = 1) -> Result:
    moves = MOVES * scale
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'card.db'}")
        try:
            _fill(db, moves)

            def page() -> None:
                with db.uow(write=False) as uow:
                    assert len(queries.stock_card_page(uow, "YAK-JRK-25", "TSC").lines) == 200

            def whole() -> None:
                with db.uow(write=False) as uow:
                    assert len(queries.stock_card(uow.session, "YAK-JRK-25", "TSC")) == moves

            ours, old = best_of(REPEATS, page), best_of(REPEATS, whole)
        finally:
            db.dispose()
    return Result(f"stock_card.open_{moves}_moves", 1, ours, 1, old)
