"""Bench: the stock ledger on a temporary SQLite file, with the app's engine settings.

1. Receipts, reservations and picks through the services (lookups, conditional
   balance updates, ledger lines), against a baseline of the same number of plain
   INSERTs of the rows they write (a move, a reservation, a move) on the same
   engine: once all in one transaction, once with a commit per action as a
   clerk's clicks do (each commit waits for the disk: synchronous=FULL).
2. The stock screen's query (count + first page, as the lazy table asks) over
   10,000 products and 100,000 moves (x `--scale`), against counting and paging
   the balance table itself.

    python -m bench.ledger [SCALE]
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from bench import Result, Results, best_of, timed
from core.database import open_database
from core.demo.large import SeededIds, catalogue_rows, receipt_row
from core.ids import new_id
from core.inventory import catalog, services, stock_summary
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product, Reservation
from core.inventory.queries import StockFilter, count_stock, stock_page
from core.storage.engine import writer
from core.uow import Database

CYCLES = 1000  # receive + reserve + pick, in one transaction
CLICKS = 150  # the same, one commit per action
PRODUCTS = 10_000  # stock query data, times --scale
MOVES = 100_000
PAGE = 50
CHUNK = 20_000  # rows per executemany while building the big data set


def _depot(folder: Path, name: str, products: int) -> Database:
    """A fresh file with one center, two bins and `products` products, each received once."""
    db = open_database(f"sqlite:///{folder / name}.db")
    with db.uow("bench") as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤县物流配送中心")
        catalog.create_bin(uow, center, "A-01")
        catalog.create_bin(uow, center, "A-02")
        for n in range(products):
            catalog.create_product(uow, sku=f"BEN-{n:05d}", name_zh=f"牦牛绒围巾 {n}")
            services.receive(uow, center="TSC", bin="A-01", sku=f"BEN-{n:05d}", quantity=1)
        uow.commit()
    return db


def _service_cycles(db: Database, cycles: int, products: int, per_action: bool) -> None:
    """Receive 5, reserve 2, pick them: in one unit of work, or one per action."""
    steps = (
        lambda uow, sku, _: services.receive(uow, center="TSC", bin="A-01", sku=sku, quantity=5),
        lambda uow, sku, _: services.reserve(uow, center="TSC", sku=sku, quantity=2),
        lambda uow, _, reserved: services.pick(uow, reserved.reservation_ids[0]),
    )
    if not per_action:
        with db.uow("bench") as uow:
            for n in range(cycles):
                done = None
                for step in steps:
                    done = step(uow, f"BEN-{n % products:05d}", done)
            uow.commit()
        return
    for n in range(cycles):
        done = None
        for step in steps:
            with db.uow("bench") as uow:
                done = step(uow, f"BEN-{n % products:05d}", done)
                uow.commit()


def _plain_inserts(db: Database, cycles: int, per_action: bool) -> None:
    """The rows the services write, as bare INSERTs: no lookups, no balance upkeep."""
    with db.uow(write=False) as uow:
        keys = uow.session.execute(
            select(
                Balance.id, Balance.center_id, Balance.bin_id, Balance.product_id, Balance.lot_id
            )
        ).all()
    engine = writer(db.engine)

    def rows(n: int):  # type: ignore[no-untyped-def]
        balance, center, bin_id, product, lot = keys[n % len(keys)]
        common = {
            "center_id": center,
            "product_id": product,
            "lot_id": lot,
            "actor": "bench",
            "reason": "",
            "note": "",
            "document_type": "",
            "document_id": None,
        }
        yield (
            Move,
            {
                **common,
                "id": new_id(),
                "created_at": datetime.now(UTC),
                "to_bin_id": bin_id,
                "from_bin_id": None,
                "quantity": 5,
                "kind": "receipt",
            },
        )
        yield (
            Reservation,
            {
                "id": new_id(),
                "created_at": datetime.now(UTC),
                "actor": "bench",
                "center_id": center,
                "balance_id": balance,
                "quantity": 2,
                "status": "picked",
                "document_type": "",
                "document_id": None,
                "closed_at": datetime.now(UTC),
            },
        )
        yield (
            Move,
            {
                **common,
                "id": new_id(),
                "created_at": datetime.now(UTC),
                "to_bin_id": None,
                "from_bin_id": bin_id,
                "quantity": 2,
                "kind": "pick",
            },
        )

    if not per_action:
        with engine.begin() as connection:
            for n in range(cycles):
                for table, values in rows(n):
                    connection.execute(insert(table), values)
        return
    for n in range(cycles):
        for table, values in rows(n):
            with engine.begin() as connection:
                connection.execute(insert(table), values)


def _writes(folder: Path, scale: int) -> list[Result]:
    results = []
    products = 100
    for name, cycles, per_action in (
        ("ledger.services_one_transaction", CYCLES * scale, False),
        ("ledger.services_commit_per_action", CLICKS * scale, True),
    ):
        ours_db = _depot(folder, f"{name}-ours", products)
        base_db = _depot(folder, f"{name}-base", products)
        try:
            ours = timed(lambda: _service_cycles(ours_db, cycles, products, per_action))  # noqa: B023
            base = timed(lambda: _plain_inserts(base_db, cycles, per_action))  # noqa: B023
            _check_ledger(ours_db, expected_moves=products + 2 * cycles)
        finally:
            ours_db.dispose()
            base_db.dispose()
        results.append(Result(name, 3 * cycles, ours, 3 * cycles, base))
    return results


def _check_ledger(db: Database, expected_moves: int) -> None:
    """A benchmark that silently did less work would flatter us: count what was written."""
    with db.uow(write=False) as uow:
        moves = uow.session.scalar(select(func.count()).select_from(Move))
        on_hand = uow.session.scalar(select(func.sum(Balance.on_hand)))
        reserved = uow.session.scalar(select(func.sum(Balance.reserved)))
    assert moves == expected_moves, moves
    assert reserved == 0 and on_hand and on_hand > 0


def _fill(db: Database, products: int, moves: int) -> None:
    """Three centers, 60 bins, `products` products (a fifth with two expiring lots), and
    `moves` receipts spread over at most three bins per product; balances to match."""
    rng = random.Random(2016)
    now = datetime.now(UTC)
    centers = [
        {
            "id": new_id(),
            "code": code,
            "name_zh": code,
            "name_bo": "",
            "name_en": "",
            "county_code": None,
            "illustrative": False,
        }
        for code in ("TSC", "GRZ", "GEJ")
    ]
    bins = [
        {"id": new_id(), "center_id": c["id"], "code": f"A-{n:02d}", "zone": "", "active": True}
        for c in centers
        for n in range(20)
    ]
    product_rows, lot_rows, homes = catalogue_rows(SeededIds(rng), rng, products, bins)
    totals: dict[tuple[object, ...], int] = {}
    with writer(db.engine).begin() as connection:
        for table, rows in (
            (Center, centers),
            (Bin, bins),
            (Product, product_rows),
            (Lot, lot_rows),
        ):
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(table), rows[start : start + CHUNK])
        for start in range(0, moves, CHUNK):
            chunk = []
            for _ in range(start, min(moves, start + CHUNK)):
                pid, lots, places = homes[rng.randrange(products)]
                place, lot, quantity = rng.choice(places), rng.choice(lots), rng.randint(1, 20)
                key = (place["center_id"], place["id"], pid, lot)
                totals[key] = totals.get(key, 0) + quantity
                chunk.append(receipt_row(new_id(), now, "bench", key, quantity))
            connection.execute(insert(Move), chunk)
        balances = [
            {
                "id": new_id(),
                "center_id": c,
                "bin_id": b,
                "product_id": p,
                "lot_id": lot,
                "on_hand": q,
                "reserved": 0,
            }
            for (c, b, p, lot), q in totals.items()
        ]
        for start in range(0, len(balances), CHUNK):
            connection.execute(insert(Balance), balances[start : start + CHUNK])
    # Written around the ledger, so the stock summary the screen reads is rebuilt here.
    with db.uow() as uow:
        stock_summary.rebuild(uow.session)
        uow.commit()


def _reads(folder: Path, scale: int, repeats: int = 5) -> list[Result]:
    products, moves = PRODUCTS * scale, MOVES * scale
    db = open_database(f"sqlite:///{folder / 'stock.db'}")
    try:
        _fill(db, products, moves)

        def screen(flt: StockFilter) -> None:
            with db.uow(write=False) as uow:
                total = count_stock(uow.session, flt)
                page = stock_page(uow.session, flt, 0, PAGE)
            assert total > 0 and len(page) == min(PAGE, total), (flt, total, len(page))

        def bare() -> None:
            with db.uow(write=False) as uow:
                uow.session.scalar(select(func.count()).select_from(Balance))
                uow.session.execute(select(Balance).limit(PAGE)).all()

        bare()  # warm the page cache for both sides
        base = best_of(3, lambda: [bare() for _ in range(repeats)])
        results = []
        label = f"{products // 1000}k products/{moves // 1000}k moves"
        for name, flt in (
            (f"ledger.stock_screen ({label})", StockFilter()),
            (f"ledger.stock_screen_center ({label})", StockFilter(center="GRZ")),
            (f"ledger.stock_screen_search ({label})", StockFilter(search="特产 12")),
        ):
            screen(flt)
            ours = best_of(3, lambda: [screen(flt) for _ in range(repeats)])  # noqa: B023
            results.append(Result(name, repeats, ours, repeats, base))
        return results
    finally:
        db.dispose()


def run(scale: int = 1) -> Results:
    with tempfile.TemporaryDirectory(prefix="depot-bench-") as folder:
        return Results(tuple(_writes(Path(folder), scale) + _reads(Path(folder), scale)))


def main(argv: list[str]) -> int:
    print(run(int(argv[0]) if argv else 1).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
