"""Bench: the dashboard's figures and lead times on a large depot, against the same
statements replayed through the raw sqlite3 driver in the same run.

100,000 parcels and 200,000 stock moves times `--scale` (10: the issue's 1,000,000
parcels and 2,000,000 moves) are bulk-loaded with executemany: a year of parcels over
five townships and the post office, each township run that carried them, failed
attempts and deliveries, handovers, and stock lots in four categories. Then the
dashboard's read (`core.reports.dashboard.dashboard`) and its lead times
(`core.reports.lead_time.dashboard_lead_times`) are timed through the app's unit of
work; the baseline is the very SQL those two sent (caught as it went to the driver),
run again on a bare sqlite3 connection. The ratio is what SQLAlchemy and the app's
code cost on top of the aggregates themselves.

    python -m bench --only dashboard [--scale 10 | --small]

Measured 2026-12-07 at scale 1 (2 busy cores, SQLite): figures 31 ms (raw SQL 18 ms,
ratio 1.7); lead times 8.3 s (raw SQL 8.1 s, ratio 1.02): the aggregates themselves are
the cost there, not the app. The lead times are read apart from the figures, so the
dashboard's counts show at once and the chart follows; scale 10 was not run yet.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench import Result, Results, best_of
from core.reports.dashboard import dashboard
from core.reports.lead_time import dashboard_lead_times
from core.storage.engine import make_engine
from core.storage.migrate import upgrade
from core.uow import Database

PARCELS, MOVES = 100_000, 200_000  # times --scale
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
TOWNSHIPS = ("542527100", "542527200", "542527201", "542527202", "542527203")
CHUNK = 50_000


def _t(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _fill(path: Path, parcels: int, moves: int) -> None:
    """The depot, written straight through sqlite3 (executemany, one transaction)."""
    rng = random.Random(18)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    center = _id(rng)
    now = _t(NOW)
    db.execute(
        "INSERT INTO center (id, code, name_zh, name_bo, name_en, illustrative, address, phone)"
        " VALUES (?, 'TSC', '措勤县物流配送中心', '', '', 0, '', '')",
        (center,),
    )
    db.executemany(
        "INSERT OR IGNORE INTO division (code, level, parent_code, name_zh, name_bo,"
        " name_pinyin, center_id) VALUES (?, 'township', NULL, ?, '', '', ?)",
        [(code, f"乡{n}", center) for n, code in enumerate(TOWNSHIPS)],
    )
    db.executemany(
        "UPDATE division SET center_id = ? WHERE code = ?", [(center, c) for c in TOWNSHIPS]
    )
    schedules = {}
    for code in (*TOWNSHIPS, None):
        schedules[code] = _id(rng)
        db.execute(
            "INSERT INTO run_schedule (id, center_id, township_code, kind, weekdays, depart_time,"
            " cutoff_time, cutoff_days_before, vehicle, capacity_parcels, capacity_kg, active)"
            " VALUES (?, ?, ?, ?, 'mon,thu', '08:00:00.000000', '18:00:00.000000', 1, 'v',"
            " 400, 3000, 1)",
            (schedules[code], center, code, "postal" if code is None else "township"),
        )
    runs: dict[tuple[str, int], tuple[str, datetime]] = {}
    run_rows = []
    days = 365
    for code in TOWNSHIPS:
        for day in range(-days, 3):
            depart = NOW + timedelta(days=day, hours=-2)
            rid = _id(rng)
            runs[(code, day)] = (rid, depart)
            left = day < 0
            run_rows.append(
                (
                    rid,
                    center,
                    schedules[code],
                    depart.date().isoformat(),
                    code,
                    _t(depart),
                    _t(depart - timedelta(hours=14)),
                    "completed" if left else "planned",
                    _t(depart + timedelta(minutes=rng.choice((0, 5, 40)))) if left else None,
                    now,
                )
            )
    db.executemany(
        "INSERT INTO run (id, center_id, schedule_id, day, township_code, kind, vehicle_index,"
        " vehicle, depart_at, cutoff_at, capacity_parcels, capacity_kg, status, dispatched_at,"
        " created_at) VALUES (?, ?, ?, ?, ?, 'township', 1, 'v', ?, ?, 400, 3000, ?, ?, ?)",
        run_rows,
    )
    parcel_rows, carried, events = [], [], []
    for n in range(parcels):
        pid = _id(rng)
        code = rng.choice(TOWNSHIPS)
        received = NOW - timedelta(hours=rng.randint(1, days * 24))
        waited = (NOW - received).days
        status, delivered = "ready", None
        if waited > 2:
            day = -waited + rng.randint(1, 2)
            rid, depart = runs[(code, min(day, -1))]
            if rng.random() < 0.9:
                delivered = depart + timedelta(hours=rng.randint(4, 60))
                status = "delivered" if delivered < NOW else "on_run"
            else:
                status = "failed"
            outcome = {"delivered": "delivered", "failed": "failed"}.get(status)
            carried.append(
                (_id(rng), rid, pid, _t(depart - timedelta(hours=1)), outcome, _t(received))
            )
            if status == "delivered":
                events.append((_id(rng), pid, rid, "delivered", "", _t(delivered)))
            elif status == "failed":
                events.append(
                    (_id(rng), pid, rid, "failed", "nobody home", _t(depart + timedelta(hours=8)))
                )
        parcel_rows.append(
            (
                pid,
                center,
                f"TSC-{n:08d}",
                received.date().isoformat(),
                code,
                status,
                rng.randint(200, 5000),
                _t(received),
                _t(delivered) if delivered and status == "delivered" else None,
                _t(received),
            )
        )
    for sql, rows in (
        (
            "INSERT INTO parcel (id, center_id, source, number, number_day, carrier, recipient,"
            " phone, address, township_code, route, match_confidence, needs_review, status,"
            " weight_g,"
            " received_at, delivered_at, failure_reason, created_at)"
            " VALUES (?, ?, 'arrival', ?, ?,"
            " '', 'r', '', 'a', ?, 'township', 1.0, 0, ?, ?, ?, ?, '', ?)",
            parcel_rows,
        ),
        (
            "INSERT INTO run_parcel (id, run_id, parcel_id, reason, loaded_at, outcome,"
            " assigned_at, actor) VALUES (?, ?, ?, 'next_run', ?, ?, ?, 'clerk')",
            carried,
        ),
        (
            "INSERT INTO delivery_event (id, parcel_id, run_id, kind, source, reason, occurred_at,"
            " actor) VALUES (?, ?, ?, ?, 'scan', ?, ?, 'driver')",
            events,
        ),
    ):
        for start in range(0, len(rows), CHUNK):
            db.executemany(sql, rows[start : start + CHUNK])
    _stock(db, rng, center, moves)
    db.commit()
    db.close()


def _stock(db: sqlite3.Connection, rng: random.Random, center: str, moves: int) -> None:
    bin_id = _id(rng)
    db.execute(
        "INSERT INTO bin (id, center_id, code, zone, active) VALUES (?, ?, 'A-01', 'A', 1)",
        (bin_id, center),
    )
    products = []
    for n in range(2000):
        pid, lot = _id(rng), _id(rng)
        category = ("livestock", "specialty", "handicraft", "general")[n % 4]
        products.append((pid, lot))
        db.execute(
            "INSERT INTO product (id, sku, name_zh, name_bo, name_en, category, unit, weight_g,"
            " tracks_expiry, internal_barcode, active, abc_class) VALUES (?, ?, ?, '', '', ?,"
            " 'piece', 0, 1, 0, 1, 'C')",
            (pid, f"SKU-{n:05d}", f"商品{n}", category),
        )
        expiry = (NOW + timedelta(days=rng.randint(-5, 400))).date().isoformat()
        db.execute(
            "INSERT INTO lot (id, product_id, code, expiry) VALUES (?, ?, 'L1', ?)",
            (lot, pid, expiry),
        )
        db.execute(
            "INSERT INTO stock_summary (center_id, product_id, lot_id, center_code, sku,"
            " expiry_key, lot_code, on_hand, reserved, in_transit)"
            " VALUES (?, ?, ?, 'TSC', ?, ?, 'L1', ?, 0, 0)",
            (center, pid, lot, f"SKU-{n:05d}", expiry, rng.randint(1, 500)),
        )
    rows = []
    for n in range(moves):
        pid, lot = products[n % len(products)]
        at = _t(NOW - timedelta(minutes=n))
        rows.append((_id(rng), at, center, bin_id, pid, lot, rng.randint(1, 20)))
        if len(rows) == CHUNK or n == moves - 1:
            db.executemany(
                "INSERT INTO move (id, created_at, actor, center_id, from_bin_id, to_bin_id,"
                " product_id, lot_id, quantity, kind, reason, note, document_type) VALUES (?, ?,"
                " 'clerk', ?, NULL, ?, ?, ?, ?, 'receipt', '', '', '')",
                rows,
            )
            rows = []


def _caught(db: Database, work: Any) -> list[tuple[str, Any]]:
    """The statements and parameters `work` sent to the driver."""
    sent: list[tuple[str, Any]] = []

    def catch(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", catch)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", catch)
    return [(s, p) for s, p in sent if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def run(scale: int = 1, small: bool = False) -> Results:
    """`small` (CI): 2,000 parcels, to prove the bench works; not a speed figure."""
    parcels, moves = (2_000, 4_000) if small else (PARCELS * scale, MOVES * scale)
    label = f"{parcels // 1000}k parcels/{moves // 1000}k moves"
    with tempfile.TemporaryDirectory(prefix="depot-bench-") as folder:
        path = Path(folder) / "depot.db"
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        engine.dispose()
        started = time.perf_counter()
        _fill(path, parcels, moves)
        print(f"  (built {label} in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
        db = Database(make_engine(f"sqlite:///{path}"), clock=lambda: NOW)
        raw = sqlite3.connect(path)
        results = []
        try:
            for name, work in (
                ("figures", lambda: db.run(lambda uow: dashboard(uow), write=False)),
                ("lead times", lambda: db.run(lambda uow: dashboard_lead_times(uow), write=False)),
            ):
                work()  # warm: the first read pays for the file's pages
                sent = _caught(db, work)
                ours = best_of(3, work)
                baseline = best_of(
                    3, lambda sent=sent: [raw.execute(s, p).fetchall() for s, p in sent]
                )
                print(
                    f"  (dashboard {name}: {ours * 1000:.0f} ms, raw SQL {baseline * 1000:.0f} ms)",
                    file=sys.stderr,
                )
                results.append(Result(f"dashboard {name}, {label} (SQLite)", 1, ours, 1, baseline))
        finally:
            raw.close()
            db.dispose()
    return Results(tuple(results))


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1).line())
