"""At the vehicle and after it: `load-check`, `dispatch`, `delivery record|manifest`.

    python main.py load-check RUN CODE CODE ...        scan parcels onto the run's vehicle
                                                       (labels, barcodes, order numbers)
    python main.py load-check RUN --from dump.txt      a handheld scanner's dump, one a line
    python main.py dispatch RUN [--supervisor NAME --reason WHY]
    python main.py delivery record delivered --from delivered.txt
    python main.py delivery record failed CODE --reason "nobody home"
    python main.py delivery manifest RUN               the signed manifest: the rest delivered

The same use cases as the load check and delivery screens (`core.runs.loading`),
each command one unit of work: every code of a batch is recorded, or none is.
With `--json` each prints one JSON object; the shapes are in the README.
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from cli.codes import add_code_arguments, each_code, scanned_codes
from cli.tables import counted, emit_result
from core.errors import InvalidValue
from core.printing.payloads import id_from_code
from core.printing.sources import run_name
from core.runs import errors as r
from core.runs.load_report import dispatch_and_report
from core.runs.loading import (
    SEVERAL_PARCELS,
    DeliveryEntry,
    ScanOutcome,
    confirm_manifest,
    find_parcel,
    load_status,
    record_delivery,
    scan_onto,
)
from core.runs.models import DeliveryKind
from core.runs.queries import RunView, current_run_of, run_view
from core.uow import Database, UnitOfWork

RUN_HELP = "the run: its id, or its label's scanned code"
JSON_HELP = "print one JSON object (shape in the README)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = subparsers.add_parser("load-check")
    check.add_argument("run", metavar="RUN", help=RUN_HELP)
    add_code_arguments(
        check, "parcel label codes, carrier barcodes, tracking numbers or marketplace order numbers"
    )
    check.add_argument("--json", action="store_true", help=JSON_HELP)
    check.set_defaults(handler=run_load_check)

    leave = subparsers.add_parser("dispatch")
    leave.add_argument("run", metavar="RUN", help=RUN_HELP)
    leave.add_argument(
        "--supervisor",
        metavar="NAME",
        help="supervisor who lets the run leave with parcels not scanned",
    )
    leave.add_argument(
        "--reason", metavar="WHY", help="why those parcels stay behind (required with --supervisor)"
    )
    leave.add_argument("--json", action="store_true", help=JSON_HELP)
    leave.set_defaults(handler=run_dispatch)

    delivery = subparsers.add_parser("delivery")
    steps = delivery.add_subparsers(dest="delivery_step", metavar="STEP", required=True)
    record = steps.add_parser(
        "record", help="record scanned parcels as at the station, delivered, failed or returned"
    )
    record.add_argument(
        "kind",
        choices=[k.value for k in DeliveryKind],
        help="what happened to every parcel scanned",
    )
    add_code_arguments(record, "parcel label codes, carrier barcodes or tracking numbers")
    record.add_argument(
        "--reason",
        default="",
        metavar="WHY",
        help="why the parcels failed or came back (kept and shown)",
    )
    record.add_argument(
        "--run", metavar="RUN", help="refuse parcels that are not on the road with this run"
    )
    record.add_argument("--json", action="store_true", help=JSON_HELP)
    record.set_defaults(handler=run_delivery_record)
    manifest = steps.add_parser(
        "manifest",
        help="the signed manifest came back: every parcel "
        "of the run still on the road was delivered",
    )
    manifest.add_argument("run", metavar="RUN", help=RUN_HELP)
    manifest.add_argument("--json", action="store_true", help=JSON_HELP)
    manifest.set_defaults(handler=run_delivery_manifest)


def run_id_of(text: str) -> uuid.UUID:
    """A run named by its id or by the code on its label (`D:` and 40 digits)."""
    found = id_from_code(text)
    if found is None:
        raise InvalidValue("run", text, "not an id")
    return found


def _run(uow: UnitOfWork, run_id: uuid.UUID) -> RunView:
    view = run_view(uow, run_id)
    if view is None:
        raise r.UnknownRun(str(run_id))
    return view


def _place(uow: UnitOfWork, parcel_id: uuid.UUID) -> dict[str, Any] | None:
    """The run a parcel is on now, as `{"id", "date", "name"}`; None when it is on none."""
    current = current_run_of(uow, parcel_id)
    return _named(run_view(uow, current.run_id) if current else None)


def _named(view: RunView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {"id": str(view.id), "date": view.day.isoformat(), "name": run_name(view)}


# -- load check -------------------------------------------------------------------------------


def run_load_check(args: argparse.Namespace, db: Database) -> int:
    run_id = run_id_of(args.run)
    codes = scanned_codes(args, required=False)
    outcomes: list[ScanOutcome] = []
    if codes:
        outcomes = db.run(lambda uow: each_code(codes, lambda code: scan_onto(uow, run_id, code)))
    with db.uow(write=False) as uow:
        view, status = _run(uow, run_id), load_status(uow, run_id)
        others = {
            o.other_run_id: _run(uow, o.other_run_id)
            for o in outcomes
            if o.other_run_id is not None
        }
    scans = [
        {
            "code": o.code,
            "result": o.result,
            "parcel": str(o.parcel_id) if o.parcel_id else None,
            "other_run": str(o.other_run_id) if o.other_run_id else None,
            "order": o.order,
            "order_parcels": [str(p) for p in o.parcel_ids],
        }
        for o in outcomes
    ]
    record = {
        "run": str(view.id),
        "name": run_name(view),
        "vehicle": view.vehicle,
        "status": view.status,
        "scans": scans,
        "expected": status.expected,
        "loaded": [str(p) for p in status.loaded],
        "missing": [str(p) for p in status.missing],
    }
    lines = [f"{o.code}: {_outcome(o, others)}" for o in outcomes]
    lines.append(
        f"run {run_name(view)} ({view.vehicle}), {view.status}: "
        f"{len(status.loaded)} of {counted(status.expected, 'parcel')} loaded"
    )
    lines += [f"  not scanned: parcel {p}" for p in status.missing]
    return emit_result(args.json, record, "\n".join(lines))


def _outcome(outcome: ScanOutcome, others: dict[Any, RunView]) -> str:
    if outcome.result == SEVERAL_PARCELS:
        return (
            f"order {outcome.order} has {counted(len(outcome.parcel_ids), 'parcel')}: "
            "scan the label of the parcel itself"
        )
    if outcome.result == "wrong_run" and outcome.other_run_id in others:
        return f"wrong run: it goes with {run_name(others[outcome.other_run_id])}"
    if outcome.order and outcome.parcel_id:
        return f"{_outcome_text(outcome)} (parcel {outcome.parcel_id} of order {outcome.order})"
    return _outcome_text(outcome)


def _outcome_text(outcome: ScanOutcome) -> str:
    return {
        "loaded": "loaded",
        "duplicate": "already scanned",
        "extra": "not on any run: keep it off the vehicle",
        "unknown": "no parcel has this code",
    }.get(outcome.result, outcome.result)


# -- dispatch ---------------------------------------------------------------------------------


def run_dispatch(args: argparse.Namespace, db: Database) -> int:
    run_id = run_id_of(args.run)
    if args.reason and not args.supervisor:
        raise InvalidValue("supervisor", None, "required")
    left = db.run(
        lambda uow: dispatch_and_report(
            uow, run_id, supervisor=args.supervisor, override_reason=args.reason
        )
    )
    view = left.run
    behind: list[dict[str, Any]] = [
        {"parcel": str(b.parcel_id), "next_run": _named(b.next_run)} for b in left.left_behind
    ]
    override = {"supervisor": left.supervisor, "reason": left.reason} if left.left_behind else None
    record = {
        "run": str(view.id),
        "name": run_name(view),
        "status": view.status,
        "loaded": [str(p) for p in left.loaded],
        "left_behind": behind,
        "override": override,
    }
    lines = [
        f"run {run_name(view)} ({view.vehicle}) {view.status}: "
        f"{counted(len(left.loaded), 'parcel')} loaded"
    ]
    if override:
        lines.append(f"{len(behind)} left behind (override by {left.supervisor}: {left.reason})")
        lines += [
            f"  parcel {b['parcel']}: next on "
            f"{b['next_run']['name'] if b['next_run'] else 'no run yet'}"
            for b in behind
        ]
    return emit_result(args.json, record, "\n".join(lines))


# -- delivery ---------------------------------------------------------------------------------


def run_delivery_record(args: argparse.Namespace, db: Database) -> int:
    codes = scanned_codes(args)
    only_run = run_id_of(args.run) if args.run else None
    reason = args.reason.strip()

    def record_one(uow: UnitOfWork, code: str) -> uuid.UUID:
        record_delivery(uow, [DeliveryEntry(code, args.kind, reason)], run_id=only_run)
        parcel = find_parcel(uow, code)
        assert parcel is not None  # record_delivery refused unknown codes
        return parcel.id

    parcels = db.run(lambda uow: each_code(codes, lambda code: record_one(uow, code)))
    with db.uow(write=False) as uow:
        rows: list[dict[str, Any]] = [
            {"code": s.code, "parcel": str(p), "next_run": _place(uow, p)}
            for s, p in zip(codes, parcels, strict=True)
        ]
    record = {"kind": args.kind, "reason": reason, "parcels": rows}
    lines = [
        f"{row['code']}: {args.kind.replace('_', ' ')}"
        + (f", next on {row['next_run']['name']}" if row["next_run"] else "")
        for row in rows
    ]
    lines.append(f"{counted(len(rows), 'parcel')} recorded as {args.kind.replace('_', ' ')}")
    return emit_result(args.json, record, "\n".join(lines))


def run_delivery_manifest(args: argparse.Namespace, db: Database) -> int:
    run_id = run_id_of(args.run)
    changes = db.run(lambda uow: confirm_manifest(uow, run_id))
    with db.uow(write=False) as uow:
        view = _run(uow, run_id)
    delivered = sorted(str(p) for p in changes.parcels)
    record = {
        "run": str(view.id),
        "name": run_name(view),
        "status": view.status,
        "delivered": delivered,
    }
    text = (
        f"run {run_name(view)}: {counted(len(delivered), 'parcel')} delivered by the "
        f"signed manifest; the run is {view.status}"
    )
    return emit_result(args.json, record, text)


def describe(error: Exception) -> str | None:
    """One English line for the township-run errors (`cli.errors` asks each module)."""
    match error:
        case r.UnscannedParcels(parcel_ids=ids):
            shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
            one = len(ids) == 1
            return (
                f"{len(ids)} {'parcel' if one else 'parcels'} of the run "
                f"{'was' if one else 'were'} not scanned onto the vehicle ({shown}): scan "
                f"{'it' if one else 'them'} with load-check, or give --supervisor NAME "
                f"--reason WHY to leave {'it' if one else 'them'} for the next run"
            )
        case r.OverrideNeedsReason():
            return "a supervisor override needs a reason: give --reason WHY"
        case r.RunNotOpen(run_id=run_id, status=status):
            return f"run {run_id} is {status}: its load can no longer change"
        case r.BadRunTransition(run_id=run_id, status=status, wanted=wanted):
            return f"run {run_id} is {status}: it cannot become {wanted} now"
        case r.UnknownRun(run_id=run_id):
            return f"there is no run {run_id}"
        case r.UnknownParcel(code=code):
            return f"no parcel has the code {code!r}"
        case r.ParcelNotOnRun(parcel_id=parcel_id, run_id=run_id) if run_id:
            return f"parcel {parcel_id} is not on the road with run {run_id}"
        case r.ParcelNotOnRun(parcel_id=parcel_id):
            return f"parcel {parcel_id} is not on the road with any run"
        case r.RunOverCapacity(capacity_parcels=cap, capacity_kg=kg, parcels=n, weight_g=g):
            return (
                f"the run would be over capacity: {n} of {cap} parcels, {g / 1000:.1f} of {kg} kg"
            )
        case r.WrongTownship(parcel_id=parcel_id):
            return f"that run does not go to the township of parcel {parcel_id}"
        case r.ParcelOfAnotherCenter(parcel_id=parcel_id, center=center, owner=owner):
            return (
                f"parcel {parcel_id} belongs to center {owner}: only {owner} can change it, "
                f"not {center}"
            )
        case r.ParcelNotWaiting(parcel_id=parcel_id, status=status):
            return f"parcel {parcel_id} is {status}, not waiting for a run"
        case r.NoSchedule(center=center, township_code=code):
            return (
                f"center {center} has no run schedule for "
                f"{'the postal handover' if code is None else 'township ' + code}: "
                "set one with schedule set"
            )
        case r.UnknownTownship(code=code):
            return f"there is no township with the code {code}"
    return None
