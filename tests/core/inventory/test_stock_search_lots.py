"""The stock search finds a lot by its code, as a clerk types it off a label."""

from __future__ import annotations

from core.inventory import queries, services
from core.inventory.queries import StockFilter


def _found(db, text: str, center: str | None = None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    flt = StockFilter(center=center, search=text)
    with db.uow(write=False) as uow:
        rows = queries.stock_rows(uow.session, flt)
        # The table counts and pages with the same filter: all three agree.
        assert queries.count_stock(uow.session, flt) == len(rows)
        assert queries.stock_page(uow.session, flt, 0, 100) == rows
        assert queries.stock_page_after(uow.session, flt, None, 100) == rows
        if rows:
            assert queries.stock_rows_of(uow.session, flt, [r.product_id for r in rows]) == rows
    return [(r.sku, r.lot) for r in rows]


def test_a_lot_code_finds_the_rows_of_that_lot(depot):
    assert _found(depot, "L-FRESH") == [("SNC-CRM", "L-FRESH")]
    assert _found(depot, "l-fresh", center="TSC") == [("SNC-CRM", "L-FRESH")]  # any case
    assert _found(depot, "FRESH") == [("SNC-CRM", "L-FRESH")]  # part of it
    assert _found(depot, "L-") == [("SNC-CRM", "L-SOON"), ("SNC-CRM", "L-FRESH")]
    assert _found(depot, "L-FRESH", center="GER") == []
    # SKU, barcode and names still find every row of their product.
    assert _found(depot, "雪鸡") == [("SNC-CRM", "L-SOON"), ("SNC-CRM", "L-FRESH")]
    assert _found(depot, "CSH") == [("CSH-001", "")]


def test_wildcards_in_a_lot_search_are_plain_characters(depot):
    with depot.uow() as uow:
        for lot in ("A_1", "AB1", "5%OFF"):
            services.receive(uow, center="TSC", bin="B-01", sku="INC-001", quantity=2, lot=lot)
        uow.commit()
    assert _found(depot, "A_1") == [("INC-001", "A_1")]
    assert _found(depot, "5%") == [("INC-001", "5%OFF")]
    assert _found(depot, "%") == [("INC-001", "5%OFF")]
