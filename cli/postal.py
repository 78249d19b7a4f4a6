"""The postal hand-off on the command line: tracking numbers and their import.

    python main.py tracking check NUMBER              0 valid; 2 invalid, with the digit it needs
    python main.py tracking assign PARCEL NUMBER [--replace]
    python main.py tracking range FIRST PARCEL ...    the post office's range, one a parcel
    python main.py import-tracking FILE [--json]
    python main.py export-postal (--run RUN_ID | --date YYYY-MM-DD) [--center CODE]
                   [--template NAME] [--encoding gb18030|utf-8-sig] --out FILE [--force]
    python main.py handover close --center CODE --date YYYY-MM-DD [--postal-worker NAME]
                   [--out manifest.pdf] [--json]
    python main.py handover list [--center CODE] [--date YYYY-MM-DD] [--json]
    python main.py handover print HANDOVER --out manifest.pdf   (a reprint says REPRINT)
    python main.py postal-template list | show NAME | save FILE.json   [--center CODE]

A parcel is named by its number (`TSC-1204-0012`), its id, its label's code, its carrier
barcode or tracking number.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.arguments import iso_date
from cli.loading import run_id_of
from cli.outputs import checked
from cli.tables import Column, counted, emit, emit_result, render
from core.clock import shown
from core.errors import DepotError, InvalidValue
from core.inventory.catalog import get_center
from core.orders.store import shipping_center
from core.output_files import OutputKind, replace_file
from core.postal import assign as assigning
from core.postal import errors as pe
from core.postal import export, tracking
from core.postal import handover as handing
from core.postal.templates import from_json, save_template, template_named, templates
from core.postal.tracking_import import import_tracking
from core.printing.jobs import JobResult
from core.runs.models import Run
from core.uow import Database, UnitOfWork

PARCEL = "the parcel's number (TSC-1204-0012), id, label code, carrier barcode or tracking"
JSON_HELP = "print one JSON object (shape in the README)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    track = subparsers.add_parser("tracking")
    steps = track.add_subparsers(dest="tracking_step", metavar="STEP", required=True)
    check = steps.add_parser("check", help="is it a valid S10 or domestic number")
    check.add_argument("number", help="the tracking number, e.g. EA123456785CN")
    check.add_argument("--center", help="with this center's domestic patterns (default: the usual)")
    check.set_defaults(handler=run_check)
    put = steps.add_parser("assign", help="put a tracking number on a parcel")
    put.add_argument("parcel", metavar="PARCEL", help=PARCEL)
    put.add_argument("number", help="the tracking number to put on it")
    put.add_argument("--replace", action="store_true", help="replace the number it has")
    put.add_argument("--json", action="store_true", help=JSON_HELP)
    put.set_defaults(handler=run_assign)
    span = steps.add_parser("range", help="number parcels from the post office's range")
    span.add_argument("first", metavar="FIRST", help="the range's first tracking number")
    span.add_argument("parcels", metavar="PARCEL", nargs="+", help=PARCEL)
    span.add_argument("--json", action="store_true", help=JSON_HELP)
    span.set_defaults(handler=run_range)
    imp = subparsers.add_parser("import-tracking")
    imp.add_argument("file", help="the post office's file (CSV or XLSX)")
    imp.add_argument("--json", action="store_true", help=JSON_HELP)
    imp.set_defaults(handler=run_import)
    out = subparsers.add_parser("export-postal")
    which = out.add_mutually_exclusive_group(required=True)
    which.add_argument("--run", metavar="RUN_ID", help="a run's parcels (the postal run)")
    which.add_argument(
        "--date", type=iso_date, help="that day's handovers (today: and the parcels waiting)"
    )
    out.add_argument("--center", help="the center (default: the only one, or the run's)")
    out.add_argument("--template", default="ems-bulk", help="export template (default ems-bulk)")
    out.add_argument(
        "--encoding", choices=export.ENCODINGS, default="gb18030", help="of a CSV file"
    )
    out.add_argument("--out", type=Path, required=True, metavar="FILE", help=".csv or .xlsx")
    out.add_argument("--force", action="store_true", help="replace a file of another kind")
    out.set_defaults(handler=run_export)
    hand = subparsers.add_parser("handover")
    hsteps = hand.add_subparsers(dest="handover_step", metavar="STEP", required=True)
    close = hsteps.add_parser("close", help="hand the waiting postal parcels over, and lock them")
    close.add_argument("--center", help="the center (default: the only one)")
    close.add_argument("--date", type=iso_date, help="the handover's day (default: today)")
    close.add_argument("--postal-worker", default="", help="who takes the parcels")
    close.add_argument("--out", type=Path, metavar="FILE.pdf", help="write its manifest too")
    close.add_argument("--force", action="store_true", help="replace a file of another kind")
    close.add_argument("--json", action="store_true", help=JSON_HELP)
    close.set_defaults(handler=run_close)
    listing = hsteps.add_parser("list", help="closed handovers, newest first")
    listing.add_argument("--center", help="only this center's")
    listing.add_argument("--date", type=iso_date, help="only this day's")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=run_list)
    again = hsteps.add_parser("print", help="print a handover's manifest (again: REPRINT)")
    again.add_argument("handover", metavar="HANDOVER", help="its id or its manifest's code")
    again.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="the manifest's file"
    )
    again.add_argument("--force", action="store_true", help="replace a file of another kind")
    again.set_defaults(handler=run_print)
    tpl = subparsers.add_parser("postal-template")
    tsteps = tpl.add_subparsers(dest="template_step", metavar="STEP", required=True)
    for step, text in (
        ("list", "the templates the center can export with"),
        ("show", "print a template as JSON, to edit"),
        ("save", "save a template (JSON) for the center under its name"),
    ):
        sub = tsteps.add_parser(step, help=text)
        sub.add_argument("--center", help="the center (default: the only one)")
        if step == "show":
            sub.add_argument("name", help="the template's name")
        if step == "save":
            sub.add_argument("file", type=Path, help="the template as JSON (UTF-8)")
        sub.set_defaults(handler=run_template)


def run_check(args: argparse.Namespace, db: Database) -> int:
    patterns = tracking.DEFAULT_DOMESTIC
    if args.center:
        with db.uow(write=False) as uow:
            center = get_center(uow.session, args.center)
            patterns = assigning.domestic_patterns(uow.session, center.id)
    number = tracking.checked(args.number, patterns)  # BadTracking: exit 2 with the sentence
    kind = "S10" if tracking.S10.match(number) else "domestic"
    emit(f"{number}: valid {kind} tracking number")
    return 0


def run_assign(args: argparse.Namespace, db: Database) -> int:
    done = db.run(lambda uow: assigning.assign(uow, args.parcel, args.number, replace=args.replace))
    text = f"{done.number}: tracking {done.tracking}" + ("" if done.changed else " (unchanged)")
    return emit_result(args.json, done.to_json(), text)


def run_range(args: argparse.Namespace, db: Database) -> int:
    done = db.run(lambda uow: assigning.assign_range(uow, args.parcels, args.first))
    lines = [f"{a.number}: tracking {a.tracking}" for a in done]
    return emit_result(args.json, [a.to_json() for a in done], "\n".join(lines))


def run_import(args: argparse.Namespace, db: Database) -> int:
    report = db.run(lambda uow: import_tracking(uow, args.file))
    lines = [
        f"{counted(len(report.matched), 'tracking number')} put on parcels from "
        f"{counted(report.rows, 'row')}; {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected"
    ]
    lines += [
        f"  {args.file} line {r.line}: {REJECTIONS.get(r.reason, r.reason)}"
        + (f" ({r.detail})" if r.detail else "")
        for r in report.rejected
    ]
    return emit_result(args.json, report.to_json(), "\n".join(lines))


def run_export(args: argparse.Namespace, db: Database) -> int:
    kind = OutputKind.XLSX if args.out.suffix.lower() == ".xlsx" else OutputKind.CSV
    target = checked(args, db, args.out, kind)

    def job(uow: UnitOfWork) -> export.Exported:
        if args.run:
            run = uow.session.get(Run, run_id_of(args.run))
            if run is None:
                raise export.NothingToExport(args.run)
            center_id, day = run.center_id, run.day
            ids = export.run_parcels(uow, run.id)
        else:
            center_id = shipping_center(uow.session, args.center).id
            day = args.date
            ids = export.day_parcels(uow, center_id, day)
        template = template_named(uow.session, center_id, args.template)
        return export.export(
            uow, ids, template, target, day=day, kind=kind, encoding=args.encoding,
            what=args.run or day.isoformat(),
        )  # fmt: skip

    done = db.run(job, write=False)
    emit(f"{done.path}: {counted(done.rows, 'parcel')} ({done.template}, {done.encoding})")
    return 0


def run_close(args: argparse.Namespace, db: Database) -> int:
    target = checked(args, db, args.out, OutputKind.PDF) if args.out else None

    def job(uow: UnitOfWork) -> handing.Closed:
        closed = handing.close_handover(
            uow, args.center, day=args.date, postal_worker=args.postal_worker
        )
        if target is not None:
            with replace_file(target) as handle:
                handing.manifest(uow, closed.handover.id, handle)
        return closed

    closed = db.run(job)
    view = closed.handover
    text = (
        f"handover {view.name} closed: {counted(view.parcel_count, 'parcel')}, "
        f"{view.weight_g / 1000:.2f} kg" + (f"; manifest {target}" if target else "")
    )
    return emit_result(args.json, view.to_json(), text)


def run_list(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = handing.handovers(uow, center=args.center, day=args.date)
    if args.json:
        return emit_result(True, [h.to_json() for h in rows], "")
    columns = [Column("handover"), Column("closed"), Column("parcels", True), Column("kg", True)]
    table = [[h.name, shown(h.closed_at), h.parcel_count, f"{h.weight_g / 1000:.2f}"] for h in rows]
    return emit_result(False, None, render(columns, table) if rows else "no handovers")


def run_print(args: argparse.Namespace, db: Database) -> int:
    target = checked(args, db, args.out, OutputKind.PDF)

    def job(uow: UnitOfWork) -> JobResult:
        found = handing.find_handover(uow, args.handover)
        with replace_file(target) as handle:
            return handing.manifest(uow, found.id, handle)

    result = db.run(job)
    emit(
        f"{target}: {counted(result.items, 'parcel')}" + (" (REPRINT)" if result.reprinted else "")
    )
    return 0


def run_template(args: argparse.Namespace, db: Database) -> int:
    if args.template_step == "save":
        try:
            data = json.loads(args.file.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as bad:
            raise InvalidValue("template", str(args.file), f"not JSON ({bad})") from None
        template = from_json(data)
        db.run(
            lambda uow: save_template(uow, shipping_center(uow.session, args.center).code, template)
        )
        emit(f"template {template.name} saved")
        return 0
    with db.uow(write=False) as uow:
        center_id = shipping_center(uow.session, args.center).id
        if args.template_step == "show":
            shown_template = template_named(uow.session, center_id, args.name)
            return emit_result(True, shown_template.to_json(), "")
        found = templates(uow.session, center_id)
    lines = [f"{name}  {t.title}" + ("" if t.shipped else "  (saved)") for name, t in found.items()]
    emit("\n".join(lines))
    return 0


REJECTIONS = {
    "unmatched": "no parcel with this parcel or order number",
    "no_reference": "neither a parcel number nor an order number",
    "several_parcels": "the order has several parcels: give the parcel number",
    "duplicate": "repeats an earlier line",
    "conflict": "the parcel has another tracking number",
    "taken": "the tracking number is on another parcel",
    "bad_tracking": "not a valid tracking number",
    "handed_over": "the parcel is on a closed handover",
}


def describe(error: DepotError) -> str | None:
    match error:
        case pe.BadTracking(number=number, reason="check_digit", expected=expected):
            return f"tracking number {number!r} is not valid: its check digit should be {expected}"
        case pe.BadTracking(number=number):
            return (
                f"tracking number {number!r} is not valid: neither S10 (2 letters, 9 digits, "
                "2 letters) nor a domestic number the center accepts"
            )
        case pe.TrackingTaken(number=number, parcel=parcel):
            return f"tracking number {number} is already on parcel {parcel}"
        case pe.TrackingAlreadySet(parcel=parcel, current=current):
            return f"parcel {parcel} has tracking number {current} already (give --replace)"
        case pe.UnknownParcelNumber(reference=reference):
            return f"no parcel {reference!r}"
        case pe.ParcelHandedOver(parcel=parcel, handover=handover):
            return f"parcel {parcel} was handed over on {handover}: it cannot change"
        case pe.RangeTooShort(first=first, needed=needed):
            return f"the range from {first} cannot number {needed} parcels"
        case export.MissingFields(template=template, parcels=parcels):
            listed = "; ".join(f"{number}: {', '.join(fields)}" for number, fields in parcels)
            return f"nothing written: required fields of template {template} missing: {listed}"
        case export.NothingToExport(what=what):
            return f"no parcels to export for {what}"
        case handing.NothingToHandOver(center=center):
            return f"no postal parcels of {center} are packed, weighed and waiting"
        case handing.UnweighedParcels(parcels=parcels):
            return f"nothing handed over: these parcels have no weight: {', '.join(parcels)}"
        case handing.UnknownHandover(reference=reference):
            return f"no handover {reference!r}"
    return None
