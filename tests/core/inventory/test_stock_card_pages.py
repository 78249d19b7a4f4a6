"""The stock card read a page at a time agrees with the whole card, balances included."""

from __future__ import annotations

import pytest

from core.inventory import queries
from core.uow import Database
from tests.support.long_card import add_moves
from tests.support.stock_depot import fill_stock


def _pages(db: Database, sku: str, center: str | None, limit: int) -> list[queries.CardLine]:
    """Every page from the newest back, put together oldest first."""
    with db.uow(write=False) as uow:
        page = queries.stock_card_page(uow, sku, center, limit=limit)
        lines = page.lines
        while page.older:
            first = lines[0]
            assert first.move_id is not None
            page = queries.stock_card_page(
                uow, sku, center, before=(first.at, first.move_id), limit=limit
            )
            assert 0 < len(page.lines) <= limit
            lines = page.lines + lines
    return lines


@pytest.mark.parametrize("limit", [1, 7, 200])
@pytest.mark.parametrize("center", ["TSC", None])
def test_pages_put_together_are_the_whole_card(
    sqlite_db: Database, limit: int, center: str | None
) -> None:
    db = fill_stock(sqlite_db)
    add_moves(db, "CSH-SCF-01", 40, same_time_every=4)  # ties in time: the id decides
    with db.uow(write=False) as uow:
        whole = queries.stock_card(uow.session, "CSH-SCF-01", center)
    assert len(whole) == 41 + (center is None)
    assert _pages(db, "CSH-SCF-01", center, limit) == whole


def test_a_short_card_is_one_page_without_older_moves(sqlite_db: Database) -> None:
    db = fill_stock(sqlite_db)
    with db.uow(write=False) as uow:
        page = queries.stock_card_page(uow, "CSH-SCF-01", None, limit=2)
        whole = queries.stock_card(uow.session, "CSH-SCF-01")
    assert (page.lines, page.older) == (whole, False)
