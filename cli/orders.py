"""Order commands: `import-orders`, `parcels`, `allocate-orders`, `register-arrival`.

`import-orders` exits 0 when the import was committed, even with rejected rows
(they are listed), and non-zero when the file could not be imported at all:
then nothing was written and stderr says why.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

# `describe` is this area's sentence function: cli/errors.py asks each command module.
from cli.import_sentences import describe, rejection
from cli.tables import Column, counted, emit, render, use_utf8_output
from core.errors import DepotError
from core.inventory.catalog import get_center
from core.orders import arrivals, fulfilment
from core.orders import imports as orders
from core.orders.importing.errors import MissingColumns, UnreadableFile
from core.orders.importing.values import Rejected
from core.orders.picking import Shortage, backorders
from core.orders.queries import ParcelFilter, list_parcels
from core.shipping.models import ParcelStatus
from core.uow import Database, UnitOfWork

EXIT_NOT_IMPORTED = 3


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = subparsers.add_parser("import-orders")
    imp.add_argument("file", metavar="FILE", help="the export: CSV or XLSX")
    imp.add_argument(
        "--format",
        choices=orders.FORMATS,
        default="auto",
        help="the file's layout (default: recognise it; csv and xlsx need --mapping)",
    )
    imp.add_argument("--mapping", metavar="NAME", help="a saved column mapping")
    imp.add_argument("--items", metavar="FILE", help="the Taobao item report (宝贝报表) to join")
    imp.add_argument(
        "--center",
        metavar="CODE",
        type=str.upper,
        help="center that ships these orders (default: the only one)",
    )
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(handler=run_import)

    arrivals_list = subparsers.add_parser("import-arrivals")
    arrivals_list.add_argument("file", metavar="FILE", help="the arrival list: CSV or XLSX")
    arrivals_list.add_argument("--mapping", metavar="NAME", help="a saved column mapping")
    arrivals_list.add_argument(
        "--center",
        metavar="CODE",
        type=str.upper,
        help="the receiving center (default: the only one)",
    )
    arrivals_list.add_argument("--json", action="store_true", help="print one JSON object")
    arrivals_list.set_defaults(handler=run_import_arrivals)

    parcels = subparsers.add_parser("parcels")
    parcels.add_argument(
        "--status", choices=[s.value for s in ParcelStatus], help="only parcels in this state"
    )
    parcels.add_argument("--center", metavar="CODE", type=str.upper, help="one center only")
    parcels.add_argument("--json", action="store_true", help="print one JSON array")
    parcels.set_defaults(handler=run_parcels)

    alloc = subparsers.add_parser("allocate-orders")
    alloc.add_argument(
        "--center",
        metavar="CODE",
        type=str.upper,
        required=True,
        help="the center whose stock is reserved",
    )
    alloc.set_defaults(handler=run_allocate)

    arrival = subparsers.add_parser("register-arrival")
    arrival.add_argument("barcode", help="the carrier's barcode on the parcel")
    arrival.add_argument("--recipient", required=True, help="recipient's name")
    arrival.add_argument("--phone", default="", help="recipient's phone number")
    arrival.add_argument("--address", required=True, help="destination as written")
    arrival.add_argument("--carrier", default="", help="the carrier that brought it")
    arrival.add_argument(
        "--center",
        metavar="CODE",
        type=str.upper,
        help="the receiving center (default: the only one)",
    )
    arrival.set_defaults(handler=run_arrival)


def _import(args: argparse.Namespace, db: Database, job: Callable[[UnitOfWork], Any]) -> Any:
    """Run an import in one unit of work; print its JSON with --json. Returns the report
    for the text output, or the exit status when nothing is left to print."""
    try:
        report = db.run(job)
    except (UnreadableFile, MissingColumns) as error:
        # The file itself is unusable: say so as data for scripts, and fail.
        _fail(args, error)
        return EXIT_NOT_IMPORTED
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
        return 0
    use_utf8_output(strict=False)
    return report


def run_import(args: argparse.Namespace, db: Database) -> int:
    report = _import(
        args,
        db,
        lambda uow: orders.import_orders(
            uow,
            args.file,
            center=args.center,
            format=args.format,
            mapping=args.mapping,
            items=args.items,
        ),
    )
    if isinstance(report, int):
        return report
    emit(
        f"imported {report.imported} new orders from {report.rows} rows; "
        f"{report.duplicates} already known ({len(report.changed)} changed), "
        f"{len(report.skipped)} skipped, {len(report.rejected)} rejected, "
        f"{report.needs_review} addresses to review"
    )
    for changed in report.changed:
        applied = "" if changed.applied else "  (not applied: parcel already picked or packed)"
        emit(
            f"  line {changed.line}: order {changed.order_id} changed: "
            f"{', '.join(changed.fields)}{applied}"
        )
    for skip in report.skipped:
        emit(f"  line {skip.line}: order {skip.order_id} skipped: {skip.reason} ({skip.status})")
    _rejected(report.rejected)
    return 0


def _rejected(rejected: list[Rejected]) -> None:
    for bad in rejected:
        where = f"{bad.file} file " if bad.file else ""
        emit(f"  {where}line {bad.line}, column {bad.field}: rejected: {rejection(bad)}")


def run_import_arrivals(args: argparse.Namespace, db: Database) -> int:
    """Like `import-orders`: 0 when committed (rejected rows listed), 3 when the file could
    not be imported at all."""
    report = _import(
        args,
        db,
        lambda uow: arrivals.import_arrivals(
            uow, args.file, center=args.center, mapping=args.mapping
        ),
    )
    if isinstance(report, int):
        return report
    emit(
        f"registered {counted(report.imported, 'parcel')} from {counted(report.rows, 'row')}; "
        f"{report.duplicates} already known, {len(report.rejected)} rejected, "
        f"{counted(report.needs_review, 'address', 'addresses')} to review"
    )
    _rejected(report.rejected)
    return 0


def _fail(args: argparse.Namespace, error: DepotError) -> None:
    if isinstance(error, MissingColumns):
        data: dict[str, object] = {"error": "missing_columns", "columns": list(error.columns)}
    else:
        assert isinstance(error, UnreadableFile)
        data = {"error": error.reason}
    print(f"error: {describe(error)}", file=sys.stderr)
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps(data | {"imported": 0}, ensure_ascii=False))


def run_parcels(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        if args.center:
            get_center(uow.session, args.center)  # a mistyped code is an error, not "no parcels"
        rows = list_parcels(uow.session, ParcelFilter(status=args.status, center=args.center))
    if args.json:
        use_utf8_output(strict=True)
        emit(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    use_utf8_output(strict=False)
    if not rows:
        emit("no parcels")
        return 0
    columns = [
        Column("number"),
        Column("center"),
        Column("order / barcode"),
        Column("recipient"),
        Column("phone"),
        Column("township"),
        Column("village point"),
        Column("route"),
        Column("status"),
        Column("weight g", True),
    ]
    emit(
        render(
            columns,
            [
                [
                    r.number,
                    r.center,
                    r.order_id or r.carrier_barcode,
                    r.recipient,
                    r.phone,
                    r.township_code,
                    r.village_point,
                    r.route,
                    r.status + (" (review)" if r.needs_review else ""),
                    r.weight_g,
                ]
                for r in rows
            ],
        )
    )
    return 0


def run_allocate(args: argparse.Namespace, db: Database) -> int:
    result = db.run(lambda uow: fulfilment.allocate(uow, center=args.center))
    with db.uow(write=False) as uow:
        waiting = backorders(uow, center=args.center)
    use_utf8_output(strict=False)
    emit(f"reserved {len(result.reserved)} parcels; {len(result.backordered)} wait on backorder")
    for entry in waiting:  # every order still waiting, with why: stock alone may not help
        emit(
            f"  order {entry.order_id} {entry.recipient}: "
            f"{', '.join(_shortage(s) for s in entry.shortages)}"
        )
    return 0


def _shortage(shortage: Shortage) -> str:
    if not shortage.sku:
        return f"{shortage.title!r} has no SKU (import the item report with --items)"
    if not shortage.catalogued:
        return f"{shortage.sku} is not in the product catalogue"
    return f"{shortage.sku} {shortage.needed} needed, {shortage.free} free"


def run_arrival(args: argparse.Namespace, db: Database) -> int:
    parcel = db.run(
        lambda uow: arrivals.register_arrival(
            uow,
            center=args.center,
            barcode=args.barcode,
            recipient=args.recipient,
            phone=args.phone,
            address=args.address,
            carrier=args.carrier,
        )
    )
    if parcel.needs_review:  # its route is a placeholder until a clerk settles the place
        emit(f"registered {args.barcode}: address needs review (see the review command)")
    else:
        emit(f"registered {args.barcode}: {parcel.route} {parcel.township_code or ''}".rstrip())
    return 0
