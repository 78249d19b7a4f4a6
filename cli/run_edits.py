"""A clerk's changes to the planned runs, as on the runs screen: `run move|hold|release|split|
cancel`.

    python main.py run move PARCEL ... --to RUN     onto another run of the parcel's township
    python main.py run hold PARCEL ... [--note WHY] off its run until released
    python main.py run release PARCEL ...           back on its next run
    python main.py run split RUN [PARCEL ...] --vehicle 藏E-0002
    python main.py run cancel RUN --note WHY        its parcels go on the next run

A parcel is named by its id, its label's code, its carrier barcode or tracking number.
Each command is one unit of work (`core.runs.edits`), the same use cases as the screen.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from typing import Any

from cli.codes import add_code_arguments, each_code, scanned_codes
from cli.loading import RUN_HELP, run_id_of
from cli.tables import counted, emit_result
from core.changes import Changes
from core.runs import edits as run_actions
from core.runs.errors import UnknownParcel
from core.runs.loading import find_parcel
from core.uow import Database, UnitOfWork

PARCELS = "parcel ids, label codes, carrier barcodes or tracking numbers"
JSON_HELP = "print one JSON object (shape in the README)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = subparsers.add_parser("run")
    steps = run.add_subparsers(dest="run_step", metavar="STEP", required=True)
    move = steps.add_parser("move", help="put parcels on another run of their township")
    add_code_arguments(move, PARCELS)
    move.add_argument("--to", dest="target", required=True, metavar="RUN", help=RUN_HELP)
    hold = steps.add_parser("hold", help="take parcels off their run until released")
    add_code_arguments(hold, PARCELS)
    hold.add_argument("--note", default="", help="why they are held")
    release = steps.add_parser("release", help="end a hold: the parcels go on their next run")
    add_code_arguments(release, PARCELS)
    split = steps.add_parser(
        "split",
        help="a second vehicle: parcels (default: the later half "
        "of the stops) go on a new run of the same day",
    )
    split.add_argument("run", metavar="RUN", help=RUN_HELP)
    add_code_arguments(split, f"the parcels that move ({PARCELS})")
    split.add_argument("--vehicle", default="", help="plate of the new run's vehicle")
    cancel = steps.add_parser("cancel", help="cancel a run: its parcels go on the next run")
    cancel.add_argument("run", metavar="RUN", help=RUN_HELP)
    cancel.add_argument("--note", default="", help="why it is cancelled")
    for parser, handler in (
        (move, run_move),
        (hold, run_hold),
        (release, run_release),
        (split, run_split),
        (cancel, run_cancel),
    ):
        parser.add_argument("--json", action="store_true", help=JSON_HELP)
        parser.set_defaults(handler=handler)


def parcel_of(uow: UnitOfWork, code: str) -> uuid.UUID:
    parcel = find_parcel(uow, code)
    if parcel is None:
        raise UnknownParcel(code)
    return parcel.id


def _changed(args: argparse.Namespace, changes: Changes, text: str, **extra: object) -> int:
    record: dict[str, Any] = {
        **extra,
        "runs": sorted(str(r) for r in changes.runs),
        "parcels": sorted(str(p) for p in changes.parcels),
    }
    return emit_result(args.json, record, text)


def _each(
    args: argparse.Namespace, db: Database, step: Callable[[UnitOfWork, uuid.UUID], Changes]
) -> tuple[Changes, int]:
    codes = scanned_codes(args)

    def each(uow: UnitOfWork) -> Changes:
        changes = Changes()
        for one in each_code(codes, lambda code: step(uow, parcel_of(uow, code))):
            changes |= one
        return changes

    return db.run(each), len(codes)


def run_move(args: argparse.Namespace, db: Database) -> int:
    target = run_id_of(args.target)
    changes, n = _each(args, db, lambda uow, pid: run_actions.move_parcel(uow, pid, target))
    return _changed(args, changes, f"{counted(n, 'parcel')} moved to run {target}")


def run_hold(args: argparse.Namespace, db: Database) -> int:
    changes, n = _each(args, db, lambda uow, pid: run_actions.hold_parcel(uow, pid, args.note))
    return _changed(args, changes, f"{counted(n, 'parcel')} held off their runs")


def run_release(args: argparse.Namespace, db: Database) -> int:
    changes, n = _each(args, db, run_actions.release_parcel)
    return _changed(args, changes, f"{counted(n, 'parcel')} released: on their next run")


def run_split(args: argparse.Namespace, db: Database) -> int:
    run_id = run_id_of(args.run)
    codes = scanned_codes(args, required=False)
    result = db.run(
        lambda uow: run_actions.split_run(
            uow, run_id, each_code(codes, lambda code: parcel_of(uow, code)), args.vehicle.strip()
        )
    )
    moved = len(result.changes.parcels)
    text = f"new run {result.run_id}: {counted(moved, 'parcel')} moved from run {run_id}"
    return _changed(args, result.changes, text, new_run=str(result.run_id))


def run_cancel(args: argparse.Namespace, db: Database) -> int:
    run_id = run_id_of(args.run)
    changes = db.run(lambda uow: run_actions.cancel_run(uow, run_id, args.note.strip()))
    moved = counted(len(changes.parcels), "parcel")
    return _changed(args, changes, f"run {run_id} cancelled: {moved} moved to their next run")
