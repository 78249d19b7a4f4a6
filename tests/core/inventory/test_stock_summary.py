"""The stock summary: kept right by every kind of stock change, paged through its index.

The summary (one row per center, product and lot) is checked against the
balances and the dispatched transfer items it caches, after receipts, moves,
reservations, picks, adjustments, transfers, a rolled-back savepoint and a
refused call; the pages it serves against the whole sorted list; the migration's
back-fill against an existing database; and on SQLite, that the table's queries
really run on the summary's index.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, text

from core.errors import InsufficientStock
from core.ids import new_id
from core.inventory import catalog, queries, services, stock_summary, transfers
from core.inventory.models import Balance, Bin, Center, Lot, Product, StockSummary
from core.inventory.queries import StockFilter
from core.inventory.workflow_models import Transfer, TransferItem
from core.storage.engine import make_engine
from core.storage.migrate import upgrade
from core.uow import Database
from tests.support.fixed_clock import TickingClock

FRESH, LATER = date(2099, 6, 30), date(2099, 9, 30)


def _do(db: Database, fn, **kwargs):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        result = fn(uow, **kwargs)
        uow.commit()
    return result


def _drift(db: Database) -> list[tuple[object, ...]]:
    with db.uow(write=False) as uow:
        return stock_summary.drift(uow.session)


@pytest.fixture
def depot(db: Database) -> Database:
    """Two centers; a scarf in two lots (one without expiry), cream with dated lots."""
    with db.uow() as uow:
        for code in ("TSC", "GAR"):
            center = catalog.create_center(uow, code=code, name_zh=code)
            for bin_code in ("A-01", "A-02"):
                catalog.create_bin(uow, center, bin_code)
        catalog.create_product(uow, sku="SCARF", name_zh="羊绒围巾", name_en="Cashmere scarf")
        catalog.create_product(
            uow, sku="CREAM", name_zh="雪鸡面霜", name_bo="ཁ་ཟས།", tracks_expiry=True
        )
        for n in range(7):
            catalog.create_product(uow, sku=f"YAK-{n}", name_zh=f"牦牛肉干 {n}")
        uow.commit()
    with db.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="SCARF", quantity=10)
        services.receive(uow, center="TSC", bin="A-02", sku="SCARF", quantity=5)
        services.receive(
            uow, center="TSC", bin="A-01", sku="SCARF", quantity=4, lot="B2", expiry=LATER
        )
        services.receive(
            uow, center="TSC", bin="A-02", sku="CREAM", quantity=8, lot="L-SEP", expiry=LATER
        )
        services.receive(
            uow, center="TSC", bin="A-01", sku="CREAM", quantity=6, lot="L-JUN", expiry=FRESH
        )
        for n in range(7):
            services.receive(
                uow, center="GAR" if n % 2 else "TSC", bin="A-01", sku=f"YAK-{n}", quantity=n + 1
            )
        uow.commit()
    return db


def test_summary_follows_every_kind_of_change(depot: Database) -> None:
    db = depot
    assert _drift(db) == []
    _do(
        db,
        services.move_stock,
        center="TSC",
        from_bin="A-01",
        to_bin="A-02",
        sku="SCARF",
        quantity=3,
    )
    reserved = _do(db, services.reserve, center="TSC", sku="CREAM", quantity=9)
    _do(db, services.pick, reservation_id=reserved.reservation_ids[0])
    _do(db, services.adjust, center="TSC", bin="A-02", sku="SCARF", delta=-2, reason="damaged")
    assert _drift(db) == []
    with db.uow(write=False) as uow:
        rows = {(r.center, r.sku, r.lot): r for r in queries.stock_rows(uow.session)}
    assert (rows[("TSC", "SCARF", "")].on_hand, rows[("TSC", "SCARF", "")].reserved) == (13, 0)
    # FEFO took the June lot whole (6, picked) and 3 of September's (still reserved).
    assert ("TSC", "CREAM", "L-JUN") not in rows  # nothing left: the row is not shown
    with db.uow(write=False) as uow:  # ... but a table that showed it can still find it
        cream = rows[("TSC", "CREAM", "L-SEP")].product_id
        assert queries.row_groups_of(uow.session, [cream]) == [("TSC", "CREAM")]
    assert (rows[("TSC", "CREAM", "L-SEP")].on_hand, rows[("TSC", "CREAM", "L-SEP")].reserved) == (
        8,
        3,
    )


def test_transfer_in_transit_then_received(depot: Database) -> None:
    db = depot
    saved = _do(
        db, transfers.create_transfer, from_center="TSC", to_center="GAR", lines=[("SCARF", 6)]
    )
    _do(db, transfers.pick, transfer=saved.number, code="SCARF", bin="A-01", quantity=6, lot="")
    _do(db, transfers.dispatch, transfer=saved.number)
    assert _drift(db) == []
    with db.uow(write=False) as uow:
        gar = queries.stock_rows(uow.session, StockFilter(center="GAR", search="scarf"))
    assert [(r.lot, r.on_hand, r.in_transit) for r in gar] == [("", 0, 6)]
    _do(
        db,
        transfers.record_arrival,
        transfer=saved.number,
        code="SCARF",
        bin="A-01",
        quantity=5,
        lot="",
    )
    _do(db, transfers.finish_receiving, transfer=saved.number, short_reason="lost on the road")
    assert _drift(db) == []
    with db.uow(write=False) as uow:
        gar = queries.stock_rows(uow.session, StockFilter(center="GAR", search="scarf"))
    assert [(r.lot, r.on_hand, r.in_transit) for r in gar] == [("", 5, 0)]


def test_savepoint_rolled_back_and_refused_call_leave_it_right(depot: Database) -> None:
    """As order allocation does: a parcel's reservations in a savepoint, undone if short."""
    with depot.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-0", quantity=2)
        savepoint = uow.session.begin_nested()
        services.reserve(uow, center="TSC", sku="SCARF", quantity=7)
        with pytest.raises(InsufficientStock):
            services.reserve(uow, center="TSC", sku="CREAM", quantity=999)
        savepoint.rollback()
        services.reserve(uow, center="TSC", sku="SCARF", quantity=1)
        with pytest.raises(InsufficientStock):
            services.move_stock(
                uow, center="TSC", from_bin="A-01", to_bin="A-02", sku="YAK-2", quantity=50
            )
        uow.commit()
    assert _drift(depot) == []
    with depot.uow(write=False) as uow:
        rows = {(r.sku, r.lot): r for r in queries.stock_rows(uow.session, StockFilter("TSC"))}
    # FEFO: the dated lot B2 before the lot without expiry; the savepoint's 7 are gone.
    assert (rows[("SCARF", "B2")].reserved, rows[("SCARF", "")].reserved) == (1, 0)
    assert rows[("YAK-0", "")].on_hand == 3


def test_commit_with_a_savepoint_still_open_settles_everything(depot: Database) -> None:
    with depot.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-0", quantity=2)
        uow.session.begin_nested()
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-2", quantity=5)
        uow.commit()  # commits the savepoint, then the transaction
    assert _drift(depot) == []


def test_only_the_unit_of_work_settles_the_summary(depot: Database) -> None:
    """Settling is a step of `UnitOfWork.commit`, not a listener on every Session of the
    process: a session committed around the unit of work leaves the summary as it was
    (and the drift check sees it), the next unit of work's commit heals the key."""
    with depot.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-0", quantity=2)
        uow.session.commit()  # around the unit of work: no settle
    assert len(_drift(depot)) == 1
    with depot.uow(write=False) as uow:
        rows = {r.sku: r.on_hand for r in queries.stock_rows(uow.session, StockFilter("TSC"))}
    assert rows["YAK-0"] == 1  # the summary still says what it said before
    _do(depot, services.receive, center="TSC", bin="A-01", sku="YAK-0", quantity=1)
    assert _drift(depot) == []


def test_reads_in_a_writing_transaction_see_its_own_changes(depot: Database) -> None:
    with depot.uow() as uow:
        services.receive(
            uow, center="GAR", bin="A-02", sku="CREAM", quantity=3, lot="L-SEP", expiry=LATER
        )
        rows = queries.stock_rows(uow.session, StockFilter(center="GAR", search="CREAM"))
        assert [(r.lot, r.on_hand) for r in rows] == [("L-SEP", 3)]
        uow.commit()
    assert _drift(depot) == []


def test_order_and_every_way_of_paging_agree(depot: Database) -> None:
    with depot.uow(write=False) as uow:
        s = uow.session
        everything = queries.stock_rows(s)
        keys = [(r.center, r.sku, r.expiry, r.lot) for r in everything]
        # Center, SKU, then the lot that expires first; lots without expiry last.
        assert keys[:5] == [
            ("GAR", "YAK-1", None, ""),
            ("GAR", "YAK-3", None, ""),
            ("GAR", "YAK-5", None, ""),
            ("TSC", "CREAM", FRESH, "L-JUN"),
            ("TSC", "CREAM", LATER, "L-SEP"),
        ]
        assert keys[5:7] == [("TSC", "SCARF", LATER, "B2"), ("TSC", "SCARF", None, "")]
        assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2] or date.max, k[3]))
        for flt in (
            StockFilter(),
            StockFilter(center="TSC"),
            StockFilter(search="牦牛"),
            StockFilter(center="GAR", search="yak"),
            StockFilter(search="ཁ་ཟས"),
        ):
            rows = queries.stock_rows(s, flt)
            assert queries.count_stock(s, flt) == len(rows) > 0, flt
            by_offset = [
                r for start in range(0, len(rows), 3) for r in queries.stock_page(s, flt, start, 3)
            ]
            by_key, after = [], None
            while page := queries.stock_page_after(s, flt, after, 3):
                by_key += page
                after = page[-1]
            assert by_offset == by_key == rows, flt
        assert queries.count_stock(s, StockFilter(search="no such thing")) == 0
        assert [
            r.sku
            for r in queries.stock_rows_of(s, StockFilter(center="TSC"), [everything[0].product_id])
        ] == []
        yak0 = next(r for r in everything if r.sku == "YAK-0")
        assert queries.stock_rows_of(s, StockFilter(), [yak0.product_id]) == [yak0]


def test_sqlite_pages_and_counts_on_the_index(sqlite_db: Database) -> None:
    """The plan, not the clock: walking `ix_stock_summary_shown` is what keeps pages
    instant at 100,000 products (bench/stock_scale.py has the timings)."""
    with sqlite_db.uow(write=False) as uow:
        s = uow.session
        for stmt in (
            queries.stock_statement(StockFilter()).limit(100),
            queries.stock_statement(StockFilter(center="TSC", search="x")).limit(100),
            select(queries.func.count())
            .select_from(StockSummary)
            .where(*queries._conditions(StockFilter(center="TSC"))),
        ):
            compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
            steps = s.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
            plan = " | ".join(str(row[-1]) for row in steps)
            assert "ix_stock_summary_shown" in plan and "TEMP B-TREE" not in plan, plan


def test_migration_back_fills_an_existing_database(db_url: str) -> None:
    """A database made before the summary existed gets it filled on upgrade."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            # Back to 0200: undo 0220 (count snapshots) and 0210 (the summary) by hand.
            connection.exec_driver_sql("DROP TABLE count_expected")
            connection.exec_driver_sql("ALTER TABLE stock_count DROP COLUMN expected_at")
            connection.exec_driver_sql("DROP TABLE stock_summary")
            connection.exec_driver_sql(
                "UPDATE alembic_version SET version_num = '0200' WHERE version_num = '0220'"
            )
        center, other, product, bin_id = new_id(), new_id(), new_id(), new_id()
        lots = [new_id(), new_id()]
        now = text("CURRENT_TIMESTAMP")
        with engine.begin() as connection:
            for cid, code in ((center, "TSC"), (other, "GAR")):
                connection.execute(
                    insert(Center).values(
                        id=cid, code=code, name_zh=code, name_bo="", name_en="", illustrative=False
                    )
                )
            connection.execute(
                insert(Bin).values(id=bin_id, center_id=center, code="A-01", zone="", active=True)
            )
            connection.execute(
                insert(Product).values(
                    id=product,
                    owner_center_id=center,
                    sku="CREAM",
                    barcode=None,
                    name_zh="面霜",
                    name_bo="",
                    name_en="",
                    category="general",
                    unit="piece",
                    weight_g=0,
                    tracks_expiry=True,
                    abc_class="C",
                )
            )
            for lot_id, code, expiry in ((lots[0], "L1", FRESH), (lots[1], "L2", None)):
                connection.execute(
                    insert(Lot).values(id=lot_id, product_id=product, code=code, expiry=expiry)
                )
            connection.execute(
                insert(Balance).values(
                    id=new_id(),
                    center_id=center,
                    bin_id=bin_id,
                    product_id=product,
                    lot_id=lots[0],
                    on_hand=7,
                    reserved=2,
                )
            )
            transfer = new_id()
            connection.execute(
                insert(Transfer).values(
                    id=transfer,
                    number="TR-1",
                    from_center_id=center,
                    to_center_id=other,
                    status="dispatched",
                    note="",
                    created_at=now,
                    created_by="t",
                    dispatched_by="",
                    received_by="",
                )
            )
            connection.execute(
                insert(TransferItem).values(
                    id=new_id(),
                    transfer_id=transfer,
                    product_id=product,
                    lot_id=lots[1],
                    quantity=4,
                    short_quantity=0,
                    short_reason="",
                )
            )
        upgrade(engine)
        db = Database(engine, clock=TickingClock())
        assert _drift(db) == []
        with db.uow(write=False) as uow:
            rows = queries.stock_rows(uow.session)
        assert [(r.center, r.lot, r.expiry, r.on_hand, r.reserved, r.in_transit) for r in rows] == [
            ("GAR", "L2", None, 0, 0, 4),
            ("TSC", "L1", FRESH, 7, 2, 0),
        ]
    finally:
        engine.dispose()


def test_rebuild_restores_a_summary_written_around(depot: Database) -> None:
    with depot.uow() as uow:
        uow.session.execute(
            text("UPDATE stock_summary SET on_hand = on_hand + 1, reserved = 0, sku = 'WRONG'")
        )
        uow.commit()
    assert len(_drift(depot)) > 5
    with depot.uow() as uow:
        assert stock_summary.rebuild(uow.session) == 11  # 2 scarf, 2 cream, 7 yak lots
        uow.commit()
    assert _drift(depot) == []


def test_an_edited_sort_key_is_recopied_when_its_product_is_touched(depot: Database) -> None:
    with depot.uow() as uow:
        uow.session.execute(text("UPDATE product SET sku = 'AAA-CREAM' WHERE sku = 'CREAM'"))
        assert stock_summary.drift(uow.session) != []  # the summary still sorts it as CREAM
        cream = uow.session.scalar(select(Product.id).where(Product.sku == "AAA-CREAM"))
        stock_summary.touch_products(uow.session, [cream])
        uow.commit()
    assert _drift(depot) == []
    with depot.uow(write=False) as uow:
        first = queries.stock_page(uow.session, StockFilter(center="TSC"), 0, 1)
    assert [r.sku for r in first] == ["AAA-CREAM"]
