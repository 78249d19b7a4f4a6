"""A stock card of 20,000 moves opens on one page and reads older pages as the clerk
scrolls up, the running balance right on every line."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from core.inventory import queries
from tests.support.long_card import add_moves
from tests.support.stock_depot import stock_page

MOVES = 20_000


@pytest.fixture
def page(qtbot, context, stock_db):  # type: ignore[no-untyped-def]
    add_moves(stock_db, "YAK-JRK-25", MOVES)
    widget = stock_page(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_opening_a_long_card_reads_one_page(qtbot, page, context, stock_db):
    with stock_db.uow(write=False) as uow:
        whole = queries.stock_card(uow.session, "YAK-JRK-25", "TSC")
    assert len(whole) == MOVES + 1
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).sku == "YAK-JRK-25")
    page.table.selectRow(row)
    moves_read: list[str] = []

    @event.listens_for(stock_db.engine, "before_cursor_execute")
    def noted(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        flat = " ".join(statement.split()).lower()
        if " from move " in flat:
            moves_read.append("sum" if "sum(" in flat else "page" if " limit " in flat else "other")

    with qtbot.waitSignal(page.card_shown):
        page.show_selected_card()
    qtbot.wait(120)  # the view lays out and scrolls to the bottom: no more is read
    event.remove(stock_db.engine, "before_cursor_execute", noted)

    card = page.card_model
    size = card.PAGE_SIZE
    assert card.rowCount() == size and card.has_older
    # One page of moves and one sum of those before it, whatever the ledger's length.
    assert sorted(moves_read) == ["page", "sum"]
    balances = [card.index(r, 7).data() for r in range(card.rowCount())]
    assert balances == [str(line.balance) for line in whole[-size:]]  # the aggregate's start

    # Scrolled to the top: the page before comes, and the lines in view stay in view.
    shown_first = card.index(0, 0).data(), card.index(0, 7).data()
    with qtbot.waitSignal(card.older_read):
        page.card_table.verticalScrollBar().setValue(0)
    assert card.rowCount() == 2 * size
    assert (card.index(size, 0).data(), card.index(size, 7).data()) == shown_first
    view = page.card_table
    top, bottom = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    assert 0 < top <= size <= bottom  # not thrown to the oldest line read
    assert [card.index(r, 7).data() for r in range(size)] == [
        str(line.balance) for line in whole[-2 * size : -size]
    ]
