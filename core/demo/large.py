"""A depot far larger than any county's, for the benches: built in bulk, in minutes.

At scale 1: 3 centers, 100,000 products, 2,000,000 moves (one product alone has
100,000: its stock card), 1,000,000 parcels with the runs that carried them (200 days
of runs per center and township), and 10,000 parcels ready for the next day's runs.
A small scale (0.001) builds the same shape, over 2 days of runs, in a second or two,
for tests and CI.

Rows go in through executemany in chunks, around the services (which would take hours):
balances are summed from the moves written, and the stock summary (core.inventory.
stock_summary) is rebuilt from them at the end, so `stock_summary.drift` finds nothing.

    summary = build_large(engine, scale=0.01)
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session

from core.inventory import stock_summary
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product
from core.runs.models import Run, RunParcel, RunSchedule
from core.shipping.models import Division, Parcel
from core.storage.engine import location, writer

PRODUCTS = 100_000
MOVES = 2_000_000
PARCELS = 1_000_000
READY = 10_000  # waiting for the runs of FIRST_OPEN_DAY
LONG_CARD_MOVES = 100_000  # moves of the first product (SKU-000000)
CENTERS = ("TSC", "GRZ", "GEJ")
BINS_PER_CENTER = 20
DAYS = 200  # of runs already done, before FIRST_OPEN_DAY
FIRST_OPEN_DAY = date(2026, 12, 1)  # a Tuesday: the day the ready parcels wait for
# Invented townships (as bench/plan_runs.py's); the gazetteer's own are used when present.
TOWNSHIPS = ("542527100", "542527200", "542527201", "542527202", "542527203")
CHUNK = 20_000  # rows per executemany
ACTOR = "large-demo"


class NotEmpty(Exception):
    """The large depot is built into an empty database only (it has centers)."""


@dataclass(frozen=True)
class LargeSummary:
    centers: int
    products: int
    moves: int
    parcels: int
    runs: int
    ready_parcels: int
    long_card_sku: str
    first_open_day: date


def build_large(engine: Engine, scale: float = 1.0, seed: int = 2026) -> LargeSummary:
    """Fill the empty, migrated database of `engine` with the large depot at `scale`."""
    rng = random.Random(seed)
    products = max(10, int(PRODUCTS * scale))
    moves = max(100, int(MOVES * scale))
    parcels = max(100, int(PARCELS * scale))
    ready = max(10, int(READY * scale))
    long_card = max(10, int(LONG_CARD_MOVES * scale))
    days = max(2, round(DAYS * min(1.0, scale * 10)))
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    with writer(engine).begin() as connection:
        if connection.scalar(select(func.count()).select_from(Center)):
            raise NotEmpty(location(engine.url))
        ids = SeededIds(rng)
        centers = [_center(ids(), code) for code in CENTERS]
        bins = [
            {"id": ids(), "center_id": c["id"], "code": f"A-{n:02d}", "zone": "", "active": True}
            for c in centers
            for n in range(BINS_PER_CENTER)
        ]
        product_rows, lot_rows, homes = catalogue_rows(ids, rng, products, bins)
        for table, rows in ((Center, centers), (Bin, bins), (Product, product_rows)):
            _insert(connection, table, rows)
        _insert(connection, Lot, lot_rows)
        totals: dict[tuple[Any, ...], int] = {}
        _insert(connection, Move, _moves(ids, rng, homes, moves, long_card, now, totals))
        _insert(connection, Balance, _balances(ids, totals))
        townships = _townships(connection)
        runs, parcel_count = _parcels_and_runs(
            connection, ids, rng, centers, townships, parcels - ready, days
        )
        _insert(connection, Parcel, _ready(ids, centers, townships, ready, parcel_count))
    with Session(writer(engine)) as session:
        stock_summary.rebuild(session)
        session.commit()
    return LargeSummary(
        centers=len(centers),
        products=products,
        moves=moves,
        parcels=parcels,
        runs=runs,
        ready_parcels=ready,
        long_card_sku=product_rows[0]["sku"],
        first_open_day=FIRST_OPEN_DAY,
    )


class SeededIds:
    """Random UUIDs from the seeded generator: uuid7 for millions of rows takes minutes."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


def _insert(connection: Any, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            connection.execute(insert(table), chunk)
            chunk = []
    if chunk:
        connection.execute(insert(table), chunk)


def _center(center_id: uuid.UUID, code: str) -> dict[str, Any]:
    return {
        "id": center_id,
        "code": code,
        "name_zh": f"{code} 物流配送中心",
        "name_bo": "",
        "name_en": "",
        "county_code": None,
        "illustrative": False,
    }


Home = tuple[uuid.UUID, list[uuid.UUID], list[dict[str, Any]]]  # product, lots, bins


def catalogue_rows(
    ids: SeededIds, rng: random.Random, count: int, bins: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Home]]:
    """Products (a fifth tracking expiry, with two lots), each kept in three bins."""
    soon = FIRST_OPEN_DAY + timedelta(days=200)
    product_rows: list[dict[str, Any]] = []
    lot_rows: list[dict[str, Any]] = []
    homes: list[Home] = []
    for n in range(count):
        pid = ids()
        product_rows.append(
            {
                "id": pid,
                "sku": f"SKU-{n:06d}",
                "barcode": f"69{n:011d}",
                "name_zh": f"措勤特产 {n}",
                "name_bo": f"ཚྭ་ཆེན་ {n}",
                "name_en": f"Tsochen goods {n}",
                "category": "specialty",
                "unit": "piece",
                "weight_g": 250,
                "tracks_expiry": n % 5 == 0,
                "owner_center_id": bins[0]["center_id"],  # every product has one owner
            }
        )
        codes = ("L1", "L2") if n % 5 == 0 else ("",)
        lots: list[dict[str, Any]] = [
            {
                "id": ids(),
                "product_id": pid,
                "code": code,
                "expiry": soon + timedelta(days=30 * i) if code else None,
            }
            for i, code in enumerate(codes)
        ]
        lot_rows.extend(lots)
        homes.append((pid, [lot["id"] for lot in lots], rng.sample(bins, 3)))
    return product_rows, lot_rows, homes


def _moves(
    ids: SeededIds,
    rng: random.Random,
    homes: list[Home],
    count: int,
    long_card: int,
    now: datetime,
    totals: dict[tuple[Any, ...], int],
) -> Iterator[dict[str, Any]]:
    """Receipts: the first `long_card` of the first product, the rest spread at random;
    what they add up to per (center, bin, product, lot) is left in `totals`."""
    for n in range(count):
        pid, lots, places = homes[0] if n < long_card else homes[rng.randrange(len(homes))]
        place, lot, quantity = rng.choice(places), rng.choice(lots), rng.randint(1, 20)
        key = (place["center_id"], place["id"], pid, lot)
        totals[key] = totals.get(key, 0) + quantity
        yield receipt_row(ids(), now - timedelta(seconds=count - n), ACTOR, key, quantity)


def receipt_row(
    move_id: uuid.UUID, at: datetime, actor: str, key: tuple[Any, ...], quantity: int
) -> dict[str, Any]:
    """A receipt move's row for a bulk insert; `key` is (center, bin, product, lot)."""
    return {
        "id": move_id,
        "created_at": at,
        "actor": actor,
        "center_id": key[0],
        "from_bin_id": None,
        "to_bin_id": key[1],
        "product_id": key[2],
        "lot_id": key[3],
        "quantity": quantity,
        "kind": "receipt",
        "reason": "",
        "note": "",
        "document_type": "",
        "document_id": None,
    }


def _balances(ids: SeededIds, totals: dict[tuple[Any, ...], int]) -> Iterator[dict[str, Any]]:
    for (center, bin_id, product, lot), on_hand in totals.items():
        yield {
            "id": ids(),
            "center_id": center,
            "bin_id": bin_id,
            "product_id": product,
            "lot_id": lot,
            "on_hand": on_hand,
            "reserved": 0,
        }


def _townships(connection: Any) -> list[str]:
    """Five townships: the gazetteer's, else invented ones added here."""
    found = list(
        connection.scalars(
            select(Division.code).where(Division.level == "township").order_by(Division.code)
        )
    )[: len(TOWNSHIPS)]
    if len(found) == len(TOWNSHIPS):
        return found
    rows = [
        {"code": code, "level": "township", "parent_code": None, "name_zh": code}
        for code in TOWNSHIPS
        if code not in found
    ]
    connection.execute(insert(Division), rows)
    return sorted({*found, *TOWNSHIPS})[: len(TOWNSHIPS)]


def _parcels_and_runs(
    connection: Any,
    ids: SeededIds,
    rng: random.Random,
    centers: list[dict[str, Any]],
    townships: list[str],
    parcels: int,
    days: int,
) -> tuple[int, int]:
    """Schedules (every township daily, per center), `days` days of completed runs
    before FIRST_OPEN_DAY, and `parcels` delivered parcels spread over them, each with
    its run_parcel row. Returns (runs, parcels) written."""
    schedules = [
        {
            "id": ids(),
            "center_id": center["id"],
            "township_code": township,
            "kind": "township",
            "weekdays": "mon,tue,wed,thu,fri,sat,sun",
            "depart_time": time(8),
            "cutoff_time": time(18),
            "cutoff_days_before": 1,
            "vehicle": f"藏A-{n:05d}",
            "capacity_parcels": 100_000,
            "capacity_kg": 1_000_000,
            "capacity_volume_l": None,
            "second_vehicle": None,
            "second_capacity_parcels": None,
            "second_capacity_kg": None,
            "active": True,
        }
        for n, (center, township) in enumerate(
            (center, township) for center in centers for township in townships
        )
    ]
    _insert(connection, RunSchedule, schedules)
    runs = []
    for offset in range(days, 0, -1):
        day = FIRST_OPEN_DAY - timedelta(days=offset)
        depart = datetime.combine(day, time(2), tzinfo=UTC)  # 08:00 in Tibet is 02:00 UTC
        for schedule in schedules:
            runs.append(
                {
                    "id": ids(),
                    "center_id": schedule["center_id"],
                    "schedule_id": schedule["id"],
                    "day": day,
                    "township_code": schedule["township_code"],
                    "kind": "township",
                    "vehicle_index": 1,
                    "vehicle": schedule["vehicle"],
                    "depart_at": depart,
                    "cutoff_at": depart - timedelta(hours=14),
                    "capacity_parcels": 100_000,
                    "capacity_kg": 1_000_000,
                    "status": "completed",
                    "closure_kind": None,
                    "split_from_id": None,
                    "dispatched_at": depart,
                    "completed_at": depart + timedelta(hours=10),
                    "override_by": None,
                    "override_reason": None,
                    "created_at": depart - timedelta(days=1),
                }
            )
    _insert(connection, Run, runs)
    codes = {center["id"]: center["code"] for center in centers}
    run_parcels: list[dict[str, Any]] = []
    parcel_rows: list[dict[str, Any]] = []
    per_day: dict[tuple[Any, date], int] = {}
    for n in range(parcels):
        run = runs[n * len(runs) // parcels]
        day = run["day"]
        serial = per_day[run["center_id"], day] = per_day.get((run["center_id"], day), 0) + 1
        pid = ids()
        parcel_rows.append(
            {
                "id": pid,
                "center_id": run["center_id"],
                "source": "arrival",
                "number": f"{codes[run['center_id']]}-{day:%m%d}-{serial:05d}",
                "number_day": day - timedelta(days=1),
                "carrier": "",
                "carrier_barcode": f"LRG{n:09d}",
                "recipient": f"收件人 {n}",
                "phone": "",
                "address": "",
                "township_code": run["township_code"],
                "route": "township",
                "match_confidence": 1.0,
                "needs_review": False,
                "status": "delivered",
                "weight_g": 300 + rng.randrange(4000),
                "received_at": run["cutoff_at"] - timedelta(hours=20),
                "ready_at": run["cutoff_at"] - timedelta(hours=2),
                "delivered_at": run["completed_at"],
                "failure_reason": "",
                "created_at": run["cutoff_at"] - timedelta(hours=20),
            }
        )
        run_parcels.append(
            {
                "id": ids(),
                "run_id": run["id"],
                "parcel_id": pid,
                "reason": "next_run",
                "first_choice_run_id": None,
                "loaded_at": run["dispatched_at"] - timedelta(minutes=30),
                "outcome": "delivered",
                "assigned_at": run["cutoff_at"],
                "ended_at": run["completed_at"],
                "actor": ACTOR,
            }
        )
        if len(parcel_rows) == CHUNK:
            connection.execute(insert(Parcel), parcel_rows)
            connection.execute(insert(RunParcel), run_parcels)
            parcel_rows, run_parcels = [], []
    if parcel_rows:
        connection.execute(insert(Parcel), parcel_rows)
        connection.execute(insert(RunParcel), run_parcels)
    return len(runs), parcels


def _ready(
    ids: SeededIds, centers: list[dict[str, Any]], townships: list[str], count: int, after: int
) -> Iterator[dict[str, Any]]:
    """Parcels packed on the day before FIRST_OPEN_DAY, waiting for its runs."""
    day = FIRST_OPEN_DAY - timedelta(days=1)
    ready_at = datetime.combine(day, time(4), tzinfo=UTC)
    for n in range(count):
        center = centers[n % len(centers)]
        yield {
            "id": ids(),
            "center_id": center["id"],
            "source": "arrival",
            "number": f"{center['code']}-{FIRST_OPEN_DAY:%m%d}-R{n:05d}",
            "number_day": day,
            "carrier": "",
            "carrier_barcode": f"LRG{after + n:09d}",
            "recipient": f"收件人 {after + n}",
            "phone": "",
            "address": "",
            "township_code": townships[n % len(townships)],
            "route": "township",
            "match_confidence": 1.0,
            "needs_review": False,
            "status": "ready",
            "weight_g": 300 + n % 4000,
            "received_at": ready_at - timedelta(hours=6),
            "ready_at": ready_at,
            "delivered_at": None,
            "failure_reason": "",
            "created_at": ready_at - timedelta(hours=6),
        }
