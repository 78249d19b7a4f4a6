"""Township run commands: `plan-runs`, `runs`, `schedule set|list`, `holiday`, `stops`.

    python main.py schedule set 542527200 --days mon,thu --depart 08:00 --cutoff 18:00 \\
        --capacity 120 --kg 800
    python main.py schedule set postal --depart 16:00 --cutoff 15:00 --capacity 500 --kg 2000
    python main.py plan-runs --date 2026-11-30 --json
    python main.py runs --date 2026-11-30
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import date

from sqlalchemy import func, select

from cli.arguments import iso_date
from cli.tables import Column, emit, render, use_utf8_output
from core.clock import shown
from core.errors import InvalidValue
from core.inventory.models import Center
from core.runs.edits import add_holiday
from core.runs.planning import plan_runs
from core.runs.queries import RunView, runs_on, schedule_rows
from core.runs.schedules import (
    ScheduleInput,
    set_schedule,
    set_stop_order,
    stop_order,
)
from core.shipping.models import VillagePoint
from core.uow import Database, UnitOfWork
from core.validation import parse_date


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = subparsers.add_parser("plan-runs")
    plan.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD", type=iso_date, help="the day to plan"
    )
    plan.add_argument("--json", action="store_true", help="print the day's runs as JSON")
    plan.set_defaults(handler=run_plan)

    runs = subparsers.add_parser("runs")
    runs.add_argument("--date", metavar="YYYY-MM-DD", type=iso_date, help="one day only")
    runs.add_argument("--json", action="store_true", help="print one JSON array")
    runs.set_defaults(handler=run_runs)

    schedule = subparsers.add_parser("schedule")
    actions = schedule.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="create or change a township's schedule")
    put.add_argument("township", metavar="TOWNSHIP", help="9-digit township code, or 'postal'")
    put.add_argument(
        "--center",
        metavar="CODE",
        type=str.upper,
        help="the center whose runs serve it (default: the only one)",
    )
    put.add_argument("--days", default="", help="weekdays, e.g. mon,thu (postal: every day)")
    put.add_argument("--depart", required=True, metavar="HH:MM", help="departure time")
    put.add_argument(
        "--cutoff", required=True, metavar="HH:MM", help="parcels ready by then go on the run"
    )
    put.add_argument(
        "--cutoff-days",
        type=int,
        metavar="N",
        help="cutoff N days before departure (default: 1 if cutoff >= depart, else 0)",
    )
    put.add_argument("--capacity", type=int, required=True, help="parcels per run")
    put.add_argument("--kg", type=int, required=True, help="kilograms per run")
    put.add_argument("--volume", type=int, metavar="LITRES", help="litres per run")
    put.add_argument("--vehicle", default="", help="plate or postal carrier")
    put.add_argument("--second-vehicle", metavar="NAME", help="a second vehicle on busy days")
    put.add_argument("--second-capacity", type=int, help="parcels in the second vehicle")
    put.add_argument("--second-kg", type=int, help="kilograms in the second vehicle")
    put.set_defaults(handler=run_schedule_set)
    listing = actions.add_parser("list", help="every schedule")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=run_schedule_list)

    holiday = subparsers.add_parser("holiday")
    holiday.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD", type=iso_date, help="the day without runs"
    )
    holiday.add_argument(
        "--center", metavar="CODE", type=str.upper, help="the center (default: the only one)"
    )
    holiday.add_argument("--note", default="", help="why, e.g. Losar")
    holiday.set_defaults(handler=run_holiday)

    stops = subparsers.add_parser("stops")
    stops.add_argument("township", metavar="TOWNSHIP", help="9-digit township code")
    stops.add_argument(
        "--order",
        metavar="NAME,NAME,...",
        help="set the road order (Chinese names or ids of the village points)",
    )
    stops.set_defaults(handler=run_stops)


def _day(text: str | None) -> date | None:
    return parse_date(text, "date") if text else None


def _center(uow: UnitOfWork, code: str | None) -> str:
    """The center named, or the only one there is."""
    if code:
        return code
    codes = list(uow.session.scalars(select(Center.code).limit(2)))
    if len(codes) != 1:
        raise InvalidValue("center", None, "required")
    return codes[0]


def run_plan(args: argparse.Namespace, db: Database) -> int:
    day: date = args.date
    result = db.run(lambda uow: plan_runs(uow, day))
    with db.uow(write=False) as uow:
        views = runs_on(uow, day)
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=1))
    else:
        use_utf8_output(strict=False)
        emit(_table(views))
        # The planner also places parcels on later runs (townships not served this day,
        # overflow): say both numbers, so the day's total does not look short.
        on_day = sum(len(view.parcels) for view in views)
        emit(
            f"{on_day} parcels on this day's runs; {len(result.changes.parcels)} placed or "
            f"moved on any run; without a run: {len(result.unplaced)}"
        )
        for parcel_id, reason in sorted(result.unplaced.items(), key=lambda item: str(item[0])):
            emit(f"  parcel {parcel_id}: {reason.replace('_', ' ')}")
    return 0


def run_runs(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        views = runs_on(uow, _day(args.date))
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=1))
    else:
        use_utf8_output(strict=False)
        emit(_table(views))
    return 0


def _table(views: list[RunView]) -> str:
    columns = [
        Column("date"),
        Column("township"),
        Column("vehicle"),
        Column("status"),
        Column("depart"),
        Column("parcels", right=True),
        Column("kg", right=True),
        Column("stops", right=True),
        Column("id"),
    ]
    rows = [
        (
            v.day.isoformat(),
            v.township_name or ("postal" if v.township_code is None else ""),
            v.vehicle,
            v.closure_kind or v.status,
            shown(v.depart_at, pattern="%H:%M"),
            f"{len(v.parcels)}/{v.capacity_parcels}",
            f"{v.weight_g / 1000:.1f}/{v.capacity_kg}",
            len(v.stops),
            str(v.id),
        )
        for v in views
    ]
    return render(columns, rows)


def run_schedule_set(args: argparse.Namespace, db: Database) -> int:
    township = None if args.township.lower() == "postal" else args.township
    entry = ScheduleInput(
        township,
        args.days,
        args.depart,
        args.cutoff,
        args.capacity,
        args.kg,
        args.vehicle,
        args.cutoff_days,
        args.volume,
        args.second_vehicle,
        args.second_capacity,
        args.second_kg,
    )
    db.run(lambda uow: set_schedule(uow, _center(uow, args.center), entry))
    emit(f"schedule saved: {args.township}")
    return 0


def run_schedule_list(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = [
            {
                "township_code": s.township_code,
                "kind": s.kind,
                "days": s.weekdays,
                "depart": s.depart_time.strftime("%H:%M"),
                "cutoff": s.cutoff_time.strftime("%H:%M"),
                "cutoff_days_before": s.cutoff_days_before,
                "vehicle": s.vehicle,
                "capacity_parcels": s.capacity_parcels,
                "capacity_kg": s.capacity_kg,
                "capacity_volume_l": s.capacity_volume_l,
                "second_vehicle": s.second_vehicle,
                "second_capacity_parcels": s.second_capacity_parcels,
                "second_capacity_kg": s.second_capacity_kg,
                "id": str(s.id),
            }
            for s in schedule_rows(uow)
        ]
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    use_utf8_output(strict=False)
    keys = [
        "township_code",
        "days",
        "depart",
        "cutoff",
        "cutoff_days_before",
        "vehicle",
        "capacity_parcels",
        "capacity_kg",
        "second_vehicle",
    ]
    emit(
        render(
            [Column(k) for k in keys],
            [[r[k] or "postal" if k == "township_code" else r[k] for k in keys] for r in rows],
        )
    )
    return 0


def run_holiday(args: argparse.Namespace, db: Database) -> int:
    day: date = args.date
    changes = db.run(lambda uow: add_holiday(uow, _center(uow, args.center), day, args.note))
    emit(f"holiday {day.isoformat()}: {len(changes.parcels)} parcels moved to their next run")
    return 0


def run_stops(args: argparse.Namespace, db: Database) -> int:
    with db.uow() as uow:
        if args.order:
            points = [
                _point(uow, args.township, part.strip())
                for part in args.order.split(",")
                if part.strip()
            ]
            set_stop_order(uow, args.township, points)
            uow.commit()
        names = {
            vp.id: vp.name_zh
            for vp in uow.session.scalars(
                select(VillagePoint).where(VillagePoint.township_code == args.township)
            )
        }
        order = stop_order(uow, args.township)
    use_utf8_output(strict=False)
    emit(
        render(
            [Column("#", right=True), Column("village point"), Column("id")],
            [(n + 1, names.get(p, ""), str(p)) for n, p in enumerate(order)],
        )
    )
    return 0


def _point(uow: UnitOfWork, township: str, text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    found = uow.session.scalar(
        select(VillagePoint.id).where(
            VillagePoint.township_code == township, func.trim(VillagePoint.name_zh) == text
        )
    )
    if found is None:
        raise InvalidValue("stops", text, "unknown_village_point")
    return found
