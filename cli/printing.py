"""Printing commands: `labels`, `manifest`, `transfer-doc` and `pick-list` write PDFs;
`labels --layouts` lists layouts, `pick-list --list CENTER` a center's pick lists."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

from cli.arguments import iso_date
from cli.outputs import add_output, checked
from cli.tables import emit
from core.errors import InvalidValue
from core.orders.picking import pick_lists
from core.output_files import OutputKind, write_file
from core.printing import jobs
from core.printing.calibration import calibration_page
from core.printing.errors import (
    LayoutError,
    LayoutKindMismatch,
    NothingToPrint,
    ReductionTooLarge,
    SymbolTooSmall,
    UnknownLayout,
)
from core.printing.layouts import DEFAULT_LAYOUTS, available_layouts, get_layout
from core.printing.printers import DEFAULT_MARGIN_MM, DEFAULT_REDUCTION_DOTS, PrinterSetup
from core.printing.sources import parse_ids
from core.uow import Database, UnitOfWork


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    labels = subparsers.add_parser("labels")
    what = labels.add_mutually_exclusive_group(required=True)
    what.add_argument("--run", metavar="RUN_ID", help="every parcel label of a run, stop order")
    what.add_argument("--run-label", metavar="RUN_ID", help="the run's own label")
    what.add_argument("--parcels", metavar="ID,ID,...", help="parcel labels")
    what.add_argument("--products", metavar="SKU[:LOT],...", help="product labels")
    what.add_argument("--bins", metavar="CENTER", type=str.upper, help="every bin of a center")
    what.add_argument("--layouts", action="store_true", help="list the layout names")
    what.add_argument(
        "--calibrate",
        action="store_true",
        help="the bar-width calibration page for --layout's printer (rows -2..+2 dots)",
    )
    labels.add_argument("--layout", metavar="NAME", help="a layout name (see --layouts)")
    labels.add_argument(
        "--start",
        type=int,
        default=1,
        help="first cell to use on a sheet, counting row by row from 1",
    )
    labels.add_argument(
        "--bar-reduction",
        type=int,
        default=DEFAULT_REDUCTION_DOTS,
        metavar="DOTS",
        help="narrow every bar by DOTS printer dots (-2..2), as the calibration page shows",
    )
    labels.add_argument(
        "--margin",
        type=float,
        default=DEFAULT_MARGIN_MM,
        metavar="MM",
        help=f"the printer's unprintable border on sheets (default {DEFAULT_MARGIN_MM:g} mm)",
    )
    _job(labels)
    add_output(labels, "--out", OutputKind.PDF, "the PDF to write (required to print labels)")
    labels.set_defaults(handler=run_labels)

    manifest = subparsers.add_parser("manifest")
    which = manifest.add_mutually_exclusive_group(required=True)
    which.add_argument("--run", metavar="RUN_ID", help="the manifest of one run")
    which.add_argument(
        "--daily", metavar="CENTER", type=str.upper, help="every run of a center on --date"
    )
    manifest.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="the day (with --daily)"
    )
    manifest.add_argument("--driver", default="", help="driver's name printed on the manifest")
    _job(manifest)
    add_output(manifest, "--out", OutputKind.PDF, "the PDF to write", required=True)
    manifest.set_defaults(handler=run_manifest)

    transfer = subparsers.add_parser("transfer-doc")
    transfer.add_argument("number", metavar="NUMBER", help="transfer number (TR-...) or D: label")
    transfer.add_argument("--vehicle", default="", help="the vehicle taking the goods (plate)")
    _job(transfer)
    add_output(transfer, "--out", OutputKind.PDF, "the PDF to write", required=True)
    transfer.set_defaults(handler=run_transfer_document)

    picks = subparsers.add_parser("pick-list")
    pick_what = picks.add_mutually_exclusive_group(required=True)
    pick_what.add_argument("id", metavar="ID", nargs="?", help="the pick list's id")
    pick_what.add_argument(
        "--list", metavar="CENTER", type=str.upper, help="list a center's pick lists, newest first"
    )
    _job(picks)
    add_output(picks, "--out", OutputKind.PDF, "the PDF to write (required with an ID)")
    picks.set_defaults(handler=run_pick_list)


def _job(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--job", metavar="KEY", help="idempotency key: a retry prints the same")


def _one_id(text: str, field: str):  # type: ignore[no-untyped-def]
    ids = parse_ids(text, field)
    if len(ids) != 1:
        raise InvalidValue(field, text, "one id")
    return ids[0]


def run_labels(args: argparse.Namespace, db: Database) -> int:
    if args.layouts:
        for name, layout in available_layouts().items():
            emit(f"{name:24} {layout.kind:8} {layout.title}")
        return 0
    out = _required_out(args, db)
    buffer = io.BytesIO()
    if args.calibrate:
        calibration_page(get_layout(args.layout or DEFAULT_LAYOUTS["parcel"]), buffer)
        write_file(out, buffer.getvalue())
        emit(f"calibration page -> {out}")
        return 0
    printer = PrinterSetup(args.bar_reduction, args.margin)
    options = {"layout": args.layout, "job_key": args.job, "printer": printer}
    with db.uow() as uow:
        if args.run:
            result = jobs.run_labels(
                uow, _one_id(args.run, "run"), buffer, start=args.start, **options
            )
        elif args.run_label:
            result = jobs.run_label(uow, _one_id(args.run_label, "run"), buffer, **options)
        elif args.parcels:
            result = jobs.parcel_labels(
                uow, parse_ids(args.parcels, "parcels"), buffer, start=args.start, **options
            )
        elif args.products:
            refs = [r.strip() for r in args.products.split(",") if r.strip()]
            result = jobs.product_labels(uow, refs, buffer, start=args.start, **options)
        else:
            result = jobs.bin_labels(uow, args.bins, buffer, start=args.start, **options)
        write_file(out, buffer.getvalue())  # before the commit: no print job without its file
        uow.commit()
    reprints = f", {len(result.reprinted)} reprinted" if result.reprinted else ""
    emit(
        f"labels: {result.items} on {result.pages} page(s), layout {result.layout}"
        f"{reprints} -> {out}"
    )
    return 0


def _required_out(args: argparse.Namespace, db: Database) -> Path:
    if args.out is None:
        raise InvalidValue("out", None, "required")
    return checked(args, db, args.out, OutputKind.PDF)


def _document(
    db: Database,
    args: argparse.Namespace,
    command: str,
    write: Callable[[UnitOfWork, io.BytesIO], jobs.JobResult],
) -> int:
    """Write one paged document whole (or nothing) and log its print job."""
    out = _required_out(args, db)
    buffer = io.BytesIO()
    with db.uow() as uow:
        result = write(uow, buffer)
        write_file(out, buffer.getvalue())
        uow.commit()
    reprint = " (reprint)" if result.reprinted else ""
    emit(f"{command}: {result.items} line(s) on {result.pages} page(s){reprint} -> {out}")
    return 0


def run_manifest(args: argparse.Namespace, db: Database) -> int:
    if args.run:
        return _document(
            db,
            args,
            "manifest",
            lambda uow, out: jobs.manifest(
                uow, _one_id(args.run, "run"), out, driver=args.driver, job_key=args.job
            ),
        )
    if args.date is None:
        raise InvalidValue("date", None, "required")
    return _document(
        db,
        args,
        "manifest",
        lambda uow, out: jobs.day_manifest(uow, args.daily, args.date, out, job_key=args.job),
    )


def run_transfer_document(args: argparse.Namespace, db: Database) -> int:
    return _document(
        db,
        args,
        "transfer-doc",
        lambda uow, out: jobs.transfer_document(
            uow, args.number, out, job_key=args.job, vehicle=args.vehicle
        ),
    )


def run_pick_list(args: argparse.Namespace, db: Database) -> int:
    if args.list:
        with db.uow(write=False) as uow:
            for list_id, created, parcels in pick_lists(uow.session, args.list):
                emit(f"{list_id}  {created.isoformat(timespec='minutes')}  {parcels} parcel(s)")
        return 0
    return _document(
        db,
        args,
        "pick-list",
        lambda uow, out: jobs.pick_list(uow, _one_id(args.id, "pick_list"), out, job_key=args.job),
    )


def describe(error: Exception) -> str | None:
    """One English line for the printing errors (`cli.errors` asks each command module)."""
    match error:
        case LayoutError(file=file, field=field, reason=reason):
            return f"layout {file}: {field}: {reason}"
        case UnknownLayout(name=name):
            return f"no layout {name!r} (see labels --layouts)"
        case LayoutKindMismatch(layout=layout, layout_kind=kind, document_kind=wanted):
            return f"layout {layout} is for {kind} labels, not {wanted} labels"
        case NothingToPrint(kind=kind, reference=reference):
            return f"nothing to print for {kind} {reference}"
        case SymbolTooSmall(layout=layout, field=field, value=value, needed_mm=need, dpi=dpi):
            return (
                f"layout {layout}: the {field} {value!r} needs {need} mm at {dpi} dpi "
                f"(two dots a bar, quiet zones included) but the label has "
                f"{error.available_mm} mm: choose a larger layout or a shorter code"
            )
        case ReductionTooLarge(layout=layout, field=field, module_dots=m, reduction_dots=r):
            return (
                f"layout {layout}: a bar-width reduction of {r} dots leaves nothing of the "
                f"{field}'s {m}-dot bars: use at most {m - 1}"
            )
    return None
