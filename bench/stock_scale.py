"""Bench: the stock table at scale, the grouped query it used to run against the summary.

A depot of 10,000 products and 100,000 moves times `--scale` (10: the roadmap's
100,000 products and a million moves) is bulk-loaded: three centers with twenty
bins each, two dated lots for every fifth product, receipts and picks, open
reservations, transfers in transit. Then, in the same run, what the table asks
for is timed both ways: the row count, the first page, a page in the middle (by
offset and by key), a search, and the re-read after a clerk's write; the old
grouped query (balances and transfers grouped per request) is the baseline.
Both sides must return the same rows, or the bench fails.

    python -m bench.stock_scale [SCALE] [--pg URL]

`--pg` (or DEPOT_BENCH_PG) also runs it on a scratch database of that PostgreSQL server.

Measured 2026-11-29 at scale 10 (242,355 rows; 2 busy cores), ours vs the old query:
SQLite count 8 vs 2,490 ms, first page 1.2 vs 2,320, middle page 5.6 (by key 1.4) vs
2,480, one center's count 4.5 vs 452, searches 23-60 vs 290-1,240, refresh after a write
0.4 vs 883; PostgreSQL count 27 vs 1,436, first page 2.9 vs 423, middle page 15 (by key
2.5) vs 1,967, searches 55-100 vs 350-650 (pages by key 3.5-7), refresh 0.9 vs 1,294.
Keeping the summary: a receipt's commit 2.0 vs 1.5 ms (SQLite), 4.0 vs 2.4 ms (PostgreSQL).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Integer, create_engine, func, insert, literal, select, union_all
from sqlalchemy.engine import make_url

from bench import Result, Results, best_of
from core.database import open_database
from core.ids import new_id
from core.inventory import queries, services, stock_summary
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product, Reservation
from core.inventory.queries import StockFilter, StockRow
from core.inventory.workflow_models import Transfer, TransferItem
from core.storage.engine import writer
from core.uow import Database

PRODUCTS, MOVES = 10_000, 100_000  # times --scale
PAGE = 100
CHUNK = 20_000
# Names as the county writes them: a few goods in many sizes, so a word search is common.
GOODS = [
    ("羊绒围巾", "ཁུ་ལུའི་སྐ་རགས།", "Cashmere scarf"),
    ("牦牛肉干", "གཡག་ཤ་སྐམ་པོ།", "Yak jerky"),
    ("扎日南木错藏香", "སྤོས།", "Zhare Namtso incense"),
    ("雪鸡面霜", "ཁ་ཟས།", "Snowcock cream"),
    ("酥油", "མར།", "Yak butter"),
    ("手工藏毯", "གདན།", "Handmade rug"),
]


@dataclass(frozen=True)
class Timing(Result):
    """A Result that also says how long one call took, since a table waits on one call."""

    def line(self) -> str:
        ours, old = self.seconds / self.ops * 1000, self.baseline_seconds / self.baseline_ops * 1000
        return f"{super().line()}; {ours:.1f} ms vs old query {old:.1f} ms"


# -- the old read path, kept here as the baseline -----------------------------------------


def _old_statement(flt: StockFilter):  # type: ignore[no-untyped-def]
    """The stock table's query before the summary: balances and transit grouped per request."""
    zero = literal(0, Integer)
    in_bins = select(
        Balance.center_id,
        Balance.product_id,
        Balance.lot_id,
        Balance.on_hand,
        Balance.reserved,
        zero.label("in_transit"),
    )
    transit = stock_summary.in_transit_statement().subquery()
    on_the_road = select(
        transit.c.to_center_id,
        transit.c.product_id,
        transit.c.lot_id,
        zero,
        zero,
        transit.c.quantity,
    )
    if flt.center:
        center_id = select(Center.id).where(Center.code == flt.center).scalar_subquery()
        in_bins = in_bins.where(Balance.center_id == center_id)
        on_the_road = on_the_road.where(transit.c.to_center_id == center_id)
    parts = union_all(in_bins, on_the_road).subquery("parts")
    stmt = (
        select(
            Center.code,
            Product.id,
            Product.sku,
            Product.name_zh,
            Product.name_bo,
            Product.name_en,
            Lot.code,
            Lot.expiry,
            func.sum(parts.c.on_hand),
            func.sum(parts.c.reserved),
            func.sum(parts.c.in_transit),
        )
        .select_from(parts)
        .join(Center, Center.id == parts.c.center_id)
        .join(Product, Product.id == parts.c.product_id)
        .join(Lot, Lot.id == parts.c.lot_id)
        .group_by(
            Center.code,
            Product.id,
            Product.sku,
            Product.name_zh,
            Product.name_bo,
            Product.name_en,
            Lot.code,
            Lot.expiry,
        )
        .having((func.sum(parts.c.on_hand) > 0) | (func.sum(parts.c.in_transit) > 0))
        .order_by(Center.code, Product.sku, Lot.expiry, Lot.code)
    )
    if flt.search.strip():
        stmt = stmt.where(
            queries.search_condition(flt.search) | queries.lot_condition(Lot.code, flt.search)
        )
    return stmt


def _old_count(db: Database, flt: StockFilter) -> int:
    with db.uow(write=False) as uow:
        return int(
            uow.session.scalar(select(func.count()).select_from(_old_statement(flt).subquery()))
            or 0
        )


def _old_page(db: Database, flt: StockFilter, offset: int) -> list[StockRow]:
    with db.uow(write=False) as uow:
        rows = uow.session.execute(_old_statement(flt).offset(offset).limit(PAGE))
        return [StockRow(*row) for row in rows]  # type: ignore[arg-type]


# -- building the depot --------------------------------------------------------------------


def _fill(db: Database, products: int, moves: int) -> dict[str, int]:
    """Bulk-load the depot around the ledger (plain INSERTs), then rebuild the summary."""
    rng = random.Random(2016)
    now, first_expiry = datetime.now(UTC), date.today() + timedelta(days=120)
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
        for code in ("TSC", "GAR", "GEJ")
    ]
    bins = [
        {"id": new_id(), "center_id": c["id"], "code": f"A-{n:02d}", "zone": "A", "active": True}
        for c in centers
        for n in range(20)
    ]
    product_rows, lot_rows, homes = [], [], []
    for n in range(products):
        zh, bo, en = GOODS[n % len(GOODS)]
        pid, dated = new_id(), n % 5 == 0
        product_rows.append(
            {
                "id": pid,
                "sku": f"SKU-{n:06d}",
                "barcode": f"69{n:011d}",
                "name_zh": f"{zh} {n}",
                "name_bo": f"{bo} {n}",
                "name_en": f"{en} {n}",
                "category": "specialty",
                "unit": "piece",
                "weight_g": 250,
                "tracks_expiry": dated,
                "abc_class": "C",
            }
        )
        lots = [
            {"id": new_id(), "product_id": pid, "code": code, "expiry": expiry}
            for code, expiry in (
                (("L1", first_expiry), ("L2", first_expiry + timedelta(days=90)))
                if dated
                else (("", None),)
            )
        ]
        lot_rows.extend(lots)
        homes.append((pid, [lot["id"] for lot in lots], rng.sample(bins, 3)))
    on_hand: dict[tuple[uuid.UUID, ...], int] = defaultdict(int)
    engine = writer(db.engine)
    with engine.begin() as connection:
        for table, rows in (
            (Center, centers),
            (Bin, bins),
            (Product, product_rows),
            (Lot, lot_rows),
        ):
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(table), rows[start : start + CHUNK])
        for start in range(0, moves, CHUNK):
            connection.execute(
                insert(Move), list(_moves(rng, homes, on_hand, now, min(CHUNK, moves - start)))
            )
    balances, reservations = [], []
    for (center, bin_id, pid, lot), quantity in on_hand.items():
        balance = {
            "id": new_id(),
            "center_id": center,
            "bin_id": bin_id,
            "product_id": pid,
            "lot_id": lot,
            "on_hand": quantity,
            "reserved": 0,
        }
        if quantity >= 2 and rng.random() < 0.05:  # an order waiting to be picked
            balance["reserved"] = 1
            reservations.append(
                {
                    "id": new_id(),
                    "created_at": now,
                    "actor": "bench",
                    "center_id": center,
                    "balance_id": balance["id"],
                    "quantity": 1,
                    "status": "open",
                    "document_type": "",
                    "document_id": None,
                    "closed_at": None,
                }
            )
        balances.append(balance)
    transfers, items = _in_transit(rng, centers, homes, now, products // 100)
    with engine.begin() as connection:
        for table, rows in (
            (Balance, balances),
            (Reservation, reservations),
            (Transfer, transfers),
            (TransferItem, items),
        ):
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(table), rows[start : start + CHUNK])
    started = time.perf_counter()
    with db.uow("bench") as uow:
        summary_rows = stock_summary.rebuild(uow.session)
        uow.commit()
    return {
        "balances": len(balances),
        "summary_rows": summary_rows,
        "rebuild_ms": round((time.perf_counter() - started) * 1000),
    }


def _moves(
    rng: random.Random,
    homes: list[tuple[uuid.UUID, list[uuid.UUID], list[dict]]],
    on_hand: dict[tuple[uuid.UUID, ...], int],
    now: datetime,
    count: int,
) -> Iterator[dict[str, object]]:
    """Receipts, and picks of what a bin holds (one in five moves)."""
    for _ in range(count):
        pid, lots, places = homes[rng.randrange(len(homes))]
        place, lot = rng.choice(places), rng.choice(lots)
        key = (place["center_id"], place["id"], pid, lot)
        picking = on_hand[key] > 1 and rng.random() < 0.2
        quantity = rng.randint(1, on_hand[key] - 1) if picking else rng.randint(1, 20)
        on_hand[key] += -quantity if picking else quantity
        yield {
            "id": new_id(),
            "created_at": now,
            "actor": "bench",
            "center_id": key[0],
            "from_bin_id": key[1] if picking else None,
            "to_bin_id": None if picking else key[1],
            "product_id": pid,
            "lot_id": lot,
            "quantity": quantity,
            "kind": "pick" if picking else "receipt",
            "reason": "",
            "note": "",
            "document_type": "",
            "document_id": None,
        }


def _in_transit(
    rng: random.Random, centers: list[dict], homes: list, now: datetime, count: int
) -> tuple[list[dict], list[dict]]:
    transfers, items = [], []
    for n in range(max(count, 1)):
        source, target = rng.sample(centers, 2)
        tid = new_id()
        transfers.append(
            {
                "id": tid,
                "number": f"TR-B{n:07d}",
                "from_center_id": source["id"],
                "to_center_id": target["id"],
                "status": "dispatched",
                "note": "",
                "created_at": now,
                "created_by": "bench",
                "dispatched_at": now,
                "dispatched_by": "bench",
                "received_at": None,
                "received_by": "",
            }
        )
        for pid, lots, _places in rng.sample(homes, 5):
            items.append(
                {
                    "id": new_id(),
                    "transfer_id": tid,
                    "product_id": pid,
                    "lot_id": lots[0],
                    "quantity": rng.randint(1, 30),
                    "short_quantity": 0,
                    "short_reason": "",
                }
            )
    return transfers, items


# -- the measurements ----------------------------------------------------------------------


def _measure(
    name: str, ours: Callable[[], object], old: Callable[[], object], repeats: int = 5
) -> Timing:
    """Both sides must agree (a bench that silently did less would flatter us), then timed:
    ours `repeats` times per try, the old query once per try, the best of three tries."""
    assert ours() == old(), name
    ours_s = best_of(3, lambda: [ours() for _ in range(repeats)])
    old_s = best_of(3, old)
    return Timing(name, repeats, ours_s, 1, old_s)


def _reads(db: Database, label: str, backend: str) -> list[Result]:
    def read(fn):  # type: ignore[no-untyped-def]
        with db.uow(write=False) as uow:
            return fn(uow.session)

    results = []
    for what, flt in (
        ("all centers", StockFilter()),
        ("one center", StockFilter(center="GAR")),
        ("search SKU", StockFilter(search="sku-0012")),
        ("search 围巾", StockFilter(search="围巾")),
        ("search lot", StockFilter(search="l2")),
        ("search Tibetan", StockFilter(center="TSC", search="གདན")),
    ):
        total = read(lambda s: queries.count_stock(s, flt))  # noqa: B023
        middle = total // 2
        tag = f"stock_scale.{backend} {what} ({label})"
        results.append(
            _measure(
                f"{tag} count",
                lambda: read(lambda s: queries.count_stock(s, flt)),  # noqa: B023
                lambda: _old_count(db, flt),  # noqa: B023
            )
        )
        results.append(
            _measure(
                f"{tag} first page",
                lambda: read(lambda s: queries.stock_page(s, flt, 0, PAGE)),  # noqa: B023
                lambda: _old_page(db, flt, 0),  # noqa: B023
            )
        )
        if total <= PAGE:
            continue
        results.append(
            _measure(
                f"{tag} middle page",
                lambda: read(lambda s: queries.stock_page(s, flt, middle, PAGE)),  # noqa: B023
                lambda: _old_page(db, flt, middle),  # noqa: B023
            )
        )
        before = read(lambda s: queries.stock_page(s, flt, middle - 1, 1))[0]  # noqa: B023
        results.append(
            _measure(
                f"{tag} middle page by key",
                lambda: read(lambda s: queries.stock_page_after(s, flt, before, PAGE)),  # noqa: B023
                lambda: _old_page(db, flt, middle),  # noqa: B023
            )
        )
    return results


def _write_and_refresh(db: Database, label: str, backend: str) -> list[Result]:
    """A clerk receives one product; the table re-reads that product's rows (ours) or its
    count and loaded page (old). The write itself against the same write with the summary's
    upkeep switched off, so the ratio is what keeping the summary costs a clerk."""
    flt = StockFilter(center="TSC")
    first = _read_rows(db, flt)
    sku, product_id = first.sku, first.product_id

    def receive(n: int = 1) -> object:
        for _ in range(n):
            with db.uow("bench") as uow:
                services.receive(
                    uow,
                    center="TSC",
                    bin="A-00",
                    sku=sku,
                    quantity=1,
                    lot=first.lot,
                    expiry=first.expiry,
                )
                uow.commit()
        return None

    def refresh() -> object:
        with db.uow(write=False) as uow:
            return queries.stock_rows_of(uow.session, flt, [product_id])

    def old_refresh() -> object:
        rows = _old_page(db, flt, 0)
        _old_count(db, flt)
        return [row for row in rows if row.product_id == product_id]

    results = [
        _measure(f"stock_scale.{backend} refresh after a write ({label})", refresh, old_refresh)
    ]
    ours = best_of(3, lambda: receive(20))
    with _summary_upkeep_off():
        base = best_of(3, lambda: receive(20))
    results.append(
        Timing(
            f"stock_scale.{backend} receive + commit, summary kept ({label})", 20, ours, 20, base
        )
    )
    with db.uow() as uow:
        stock_summary.rebuild(uow.session)  # the writes without upkeep, counted in again
        uow.commit()
    return results


def _read_rows(db: Database, flt: StockFilter) -> StockRow:
    with db.uow(write=False) as uow:
        return queries.stock_page(uow.session, flt, 0, 1)[0]


@contextmanager
def _summary_upkeep_off() -> Iterator[None]:
    touch = stock_summary.touch
    stock_summary.touch = lambda session, keys: None  # type: ignore[assignment]
    try:
        yield
    finally:
        stock_summary.touch = touch


@contextmanager
def _scratch_databases(pg: str | None) -> Iterator[list[tuple[str, str]]]:
    """A SQLite file, and a fresh database on the PostgreSQL server if one was named."""
    with tempfile.TemporaryDirectory(prefix="depot-bench-") as folder:
        urls = [("sqlite", f"sqlite:///{Path(folder) / 'stock.db'}")]
        admin = None
        if pg:
            name = f"depot_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
            urls.append(
                (
                    "postgresql",
                    make_url(pg).set(database=name).render_as_string(hide_password=False),
                )
            )
        try:
            yield urls
        finally:
            if admin is not None:
                with admin.connect() as connection:
                    connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.dispose()


def run(scale: int = 1, pg: str | None = None) -> Results:
    products, moves = PRODUCTS * scale, MOVES * scale
    label = f"{products // 1000}k products/{moves // 1000}k moves"
    results: list[Result] = []
    with _scratch_databases(pg or os.environ.get("DEPOT_BENCH_PG")) as urls:
        for backend, url in urls:
            db = open_database(url)
            try:
                started = time.perf_counter()
                built = _fill(db, products, moves)
                if backend == "postgresql":
                    # What autovacuum does soon after a bulk load: statistics for the
                    # planner and a visibility map for index-only scans.
                    with db.engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT"
                    ) as connection:
                        connection.exec_driver_sql("VACUUM ANALYZE")
                print(
                    f"  ({backend}: built {label} in {time.perf_counter() - started:.0f} s, "
                    f"{built})",
                    file=sys.stderr,
                    flush=True,
                )
                results += _reads(db, label, backend) + _write_and_refresh(db, label, backend)
            finally:
                db.dispose()
    return Results(tuple(results))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stock_scale")
    parser.add_argument("scale", nargs="?", type=int, default=10)
    parser.add_argument("--pg", help="also on this PostgreSQL server (admin URL)")
    args = parser.parse_args(argv)
    print(run(args.scale, args.pg).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
