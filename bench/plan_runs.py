"""Bench: plan 10,000 ready parcels onto Tsochen's township runs in a fresh SQLite file.

Baseline, measured in the same run on the same file: reading the 10,000
waiting parcels (the columns the planner needs) in one query, which no
planning can avoid. The figures: the whole use case (read, plan, write the
assignments and runs, commit) as a ratio to that baseline; the pure planner
alone; and planning the same day again, which must write nothing.

    python -m bench.plan_runs [PARCELS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from core.database import open_database
from core.ids import new_id
from core.inventory.models import Center
from core.runs.planning import WAITING_STATUSES, Slot, Waiting, plan, plan_runs
from core.runs.schedules import ScheduleInput, set_schedule
from core.shipping.models import Division, Parcel, VillagePoint
from core.uow import Database

PARCELS = 10_000
DAY = date(2026, 11, 30)  # a Monday
TOWNSHIPS = {  # code: weekdays, capacity per run (invented, as in the demo)
    "542527100": ("mon,tue,thu,fri", 400),
    "542527200": ("mon,thu", 300),
    "542527201": ("tue,fri", 250),
    "542527202": ("wed,sat", 250),
    "542527203": ("mon,wed,fri", 300),
}


@dataclass(frozen=True)
class Figures:
    parcels: int
    baseline_s: float
    plan_s: float
    pure_s: float
    replan_s: float
    assigned: int
    plan_cpu_s: float  # this process's CPU time: steadier than wall time on a busy machine

    @property
    def ratio(self) -> float:
        return self.plan_s / self.baseline_s

    def line(self) -> str:
        return (
            f"plan_runs: {self.parcels} parcels planned in {self.plan_s:.3f} s "
            f"(CPU {self.plan_cpu_s:.3f} s, {self.assigned} assigned); "
            f"baseline read {self.baseline_s:.3f} s; "
            f"ratio {self.ratio:.1f}x; pure planner {self.pure_s:.3f} s; "
            f"planning again (no change) {self.replan_s:.3f} s"
        )


def _setup(db: Database, parcels: int) -> None:
    with db.uow("bench") as uow:
        session = uow.session
        center = Center(id=new_id(), code="TSC", name_zh="措勤县物流配送中心")
        session.add(center)
        session.flush()
        points: dict[str, list[object]] = {}
        for code, (days, capacity) in TOWNSHIPS.items():
            if session.get(Division, code) is None:  # the gazetteer migration normally has it
                session.add(Division(code=code, level="township", parent_code=None, name_zh=code))
                session.flush()
            points[code] = []
            for n in range(4):
                point = VillagePoint(id=new_id(), township_code=code, name_zh=f"{code}-{n}")
                session.add(point)
                points[code].append(point.id)
            set_schedule(
                uow, center.id, ScheduleInput(code, days, "08:00", "18:00", capacity, capacity * 8)
            )
        set_schedule(uow, center.id, ScheduleInput(None, "", "16:00", "15:00", 1000, 5000))
        session.flush()
        start = datetime(2026, 11, 20, tzinfo=UTC)
        codes = [*TOWNSHIPS, None]
        rows = []
        for n in range(parcels):
            township = codes[n % len(codes)]
            ready = start + timedelta(minutes=7 * n % (60 * 24 * 10))
            rows.append(
                {
                    "id": new_id(),
                    "center_id": center.id,
                    "source": "arrival",
                    "carrier_barcode": f"BENCH{n:08d}",
                    "number": f"TSC-BENCH-{n:06d}",  # unique per day (migration 0750)
                    "recipient": f"r{n}",
                    "phone": "",
                    "address": "",
                    "township_code": township,
                    "village_point_id": points[township][n % 4] if township else None,
                    "route": "township" if township else "postal",
                    "match_confidence": 1.0,
                    "needs_review": False,
                    "status": "ready",
                    "weight_g": 500 + n % 3000,
                    "received_at": ready - timedelta(hours=n % 72),
                    "ready_at": ready,
                    "delivered_at": None,
                    "failure_reason": "",
                    "created_at": ready,
                }
            )
        session.execute(insert(Parcel), rows)
        uow.commit()


def baseline(db: Database) -> float:
    start = time.perf_counter()
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(
                Parcel.id,
                Parcel.center_id,
                Parcel.township_code,
                Parcel.route,
                Parcel.status,
                Parcel.ready_at,
                Parcel.received_at,
                Parcel.weight_g,
            ).where(Parcel.status.in_(WAITING_STATUSES))
        ).all()
    assert rows
    return time.perf_counter() - start


def pure(parcels: int) -> float:
    """The planner alone on plain values: 5 townships, runs every other day."""
    start_at = datetime(2026, 11, 30, tzinfo=UTC)
    slots = {
        g: [
            Slot(
                (g, d),
                date(2026, 1, 1) + timedelta(days=d),
                start_at + timedelta(days=d),
                start_at + timedelta(days=d, hours=-14),
                300,
                2_400_000,
            )
            for d in range(0, 120, 2)
        ]
        for g in range(5)
    }
    waiting = [
        Waiting(
            n,
            n % 5,
            start_at - timedelta(minutes=n),
            start_at - timedelta(hours=n % 72),
            500 + n % 3000,
        )
        for n in range(parcels)
    ]
    began = time.perf_counter()
    result = plan(waiting, slots)
    elapsed = time.perf_counter() - began
    assert len(result.placements) == parcels
    return elapsed


def run(parcels: int = PARCELS) -> Figures:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            _setup(db, parcels)
            base = min(baseline(db) for _ in range(3))
            start, cpu = time.perf_counter(), time.process_time()
            with db.uow("bench") as uow:
                result = plan_runs(uow, DAY)
                uow.commit()
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            assigned = len(result.changes.parcels)
            start = time.perf_counter()
            with db.uow("bench") as uow:
                again = plan_runs(uow, DAY)
                uow.commit()
            replan = time.perf_counter() - start
            assert again.changes.empty, "planning the same day twice must change nothing"
        finally:
            db.dispose()
    return Figures(
        parcels, base, elapsed, min(pure(parcels) for _ in range(3)), replan, assigned, cpu
    )


def main(argv: list[str]) -> int:
    print(run(int(argv[0]) if argv else PARCELS).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
