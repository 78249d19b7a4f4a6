"""Master-data commands: `centers add|list`, `bins add|list`, `products add|import|list`.

How a center starts from an empty database without the app: its own center, a rack of
bins, its products (one by one or a catalogue file). Each write is one transaction;
`--json` prints one JSON document.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Protocol

from cli.arguments import whole_number
from cli.import_sentences import rejection
from cli.tables import Column, counted, emit, emit_result, render, use_utf8_output
from core.errors import DepotError, InvalidValue
from core.inventory.models import Center
from core.masterdata import bins, centers, products
from core.masterdata.catalog_import import KIND, CatalogReport, import_products
from core.masterdata.errors import (
    BadBarcode,
    BadBinRange,
    BinHoldsStock,
    NoOwningCenter,
    NotOwner,
    Retired,
    UnknownUnit,
)
from core.masterdata.product_fields import PRODUCT_FIELDS
from core.masterdata.units import UNITS
from core.orders.importing.errors import MissingColumns, UnreadableFile
from core.orders.importing.values import Rejected
from core.orders.mappings import save_mapping
from core.runs.schedules import sole_center_id
from core.uow import Database, UnitOfWork


class Listed(Protocol):
    def to_json(self) -> dict[str, object]: ...


EXIT_NOT_IMPORTED = 3  # as import-orders: the file as a whole could not be imported
_JSON_HELP = "print one JSON document"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_centers(subparsers.add_parser("centers"))
    _register_bins(subparsers.add_parser("bins"))
    _register_products(subparsers.add_parser("products"))


def _register_centers(parser: argparse.ArgumentParser) -> None:
    steps = parser.add_subparsers(dest="centers_step", metavar="STEP", required=True)
    add = steps.add_parser("add", help="create a center")
    add.add_argument("code", metavar="CODE", help="short code, such as TSC")
    add.add_argument("--name-zh", required=True, metavar="NAME", help="name in Chinese")
    add.add_argument("--name-bo", default="", metavar="NAME", help="name in Tibetan")
    add.add_argument("--name-en", default="", metavar="NAME", help="name in English")
    add.add_argument("--county", metavar="CODE", help="the county's 6-digit code, e.g. 542527")
    add.add_argument("--address", default="", help="the sender address on labels")
    add.add_argument("--phone", default="", help="the sender phone on labels")
    add.add_argument("--json", action="store_true", help=_JSON_HELP)
    # The first command of a new center: it may make the database file (main.py).
    add.set_defaults(handler=run_centers_add, creates_database=True)
    listing = steps.add_parser("list", help="every center, retired ones marked")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=run_centers_list)


def _register_bins(parser: argparse.ArgumentParser) -> None:
    steps = parser.add_subparsers(dest="bins_step", metavar="STEP", required=True)
    add = steps.add_parser("add", help="create bins, or a whole rack from a pattern")
    add.add_argument("codes", nargs="*", metavar="BIN", help="bin codes, such as A-01-01")
    add.add_argument(
        "--range",
        action="append",
        default=[],
        metavar="FIRST:LAST",
        help="every bin from FIRST to LAST, part by part (A-01-01:D-04-03: 48 bins, zones A-D)",
    )
    add.add_argument(
        "--center", required=True, metavar="CODE", type=str.upper, help="the bins' center"
    )
    add.add_argument("--json", action="store_true", help=_JSON_HELP)
    add.set_defaults(handler=run_bins_add)
    listing = steps.add_parser("list", help="a center's bins and the units in each")
    listing.add_argument(
        "--center", required=True, metavar="CODE", type=str.upper, help="the bins' center"
    )
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=run_bins_list)


def _register_products(parser: argparse.ArgumentParser) -> None:
    steps = parser.add_subparsers(dest="products_step", metavar="STEP", required=True)
    add = steps.add_parser("add", help="create a product")
    add.add_argument("sku", metavar="SKU", help="the product's code, as shops know it")
    add.add_argument("--name-zh", required=True, metavar="NAME", help="name in Chinese")
    add.add_argument("--name-bo", default="", metavar="NAME", help="name in Tibetan")
    add.add_argument("--name-en", default="", metavar="NAME", help="name in English")
    add.add_argument(
        "--barcode", default="", metavar="EAN", help="EAN-13 (default: an internal code)"
    )
    add.add_argument("--unit", default="piece", help=f"one of {', '.join(UNITS)}, or 'pack 250 g'")
    add.add_argument(
        "--weight-g",
        type=whole_number("grams"),
        default=0,
        metavar="N",
        help="weight of one unit, packed",
    )
    add.add_argument(
        "--expiry-days",
        type=whole_number("days"),
        metavar="N",
        help="shelf life: lots carry an expiry, proposed N days after receipt",
    )
    add.add_argument(
        "--category", default="general", help="livestock, specialty, handicraft or general"
    )
    add.add_argument("--center", metavar="CODE", type=str.upper, help=_OWNER_HELP)
    add.add_argument("--json", action="store_true", help=_JSON_HELP)
    add.set_defaults(handler=run_products_add)
    imp = steps.add_parser("import", help="import a product list (CSV or XLSX)")
    imp.add_argument("file", metavar="FILE", help="the list: CSV (UTF-8 or GBK) or XLSX")
    imp.add_argument("--mapping", metavar="NAME", help="a saved column mapping of products")
    imp.add_argument("--center", metavar="CODE", type=str.upper, help=_OWNER_HELP)
    imp.add_argument("--json", action="store_true", help=_JSON_HELP)
    imp.set_defaults(handler=run_products_import)
    mapping = steps.add_parser(
        "mapping", help="save a column mapping for product lists, to import with --mapping"
    )
    mapping.add_argument("name", metavar="NAME", help="the mapping's name, such as the supplier's")
    mapping.add_argument(
        "--column",
        action="append",
        default=[],
        required=True,
        metavar="FIELD=HEADER",
        help=f"which header holds a field ({', '.join(PRODUCT_FIELDS)}); sku and name_zh needed",
    )
    mapping.set_defaults(handler=run_products_mapping)
    listing = steps.add_parser("list", help="every product")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=run_products_list)


_OWNER_HELP = "the center that owns the products (needed unless the database has just one)"


def run_centers_add(args: argparse.Namespace, db: Database) -> int:
    saved = db.run(
        lambda uow: centers.add_center(
            uow,
            code=args.code,
            name_zh=args.name_zh,
            name_bo=args.name_bo,
            name_en=args.name_en,
            county_code=args.county,
            address=args.address,
            phone=args.phone,
        )
    )
    return emit_result(
        args.json, {"id": str(saved.id), "code": saved.code}, f"created center {saved.code}"
    )


def _listed(args: argparse.Namespace, rows: Sequence[Listed], empty: str) -> bool:
    """Print the rows' JSON (`--json`) or, for none, `empty`: True when that was all."""
    if args.json:
        emit_result(True, [r.to_json() for r in rows], "")
        return True
    use_utf8_output(strict=False)
    if not rows:
        emit(empty)
    return not rows


def run_centers_list(args: argparse.Namespace, db: Database) -> int:
    rows = db.run(centers.center_rows, write=False)
    if _listed(args, rows, "no centers: create one with 'centers add CODE --name-zh NAME'"):
        return 0
    columns = [Column("code"), Column("name"), Column("county"), Column("phone")]
    table = [
        [r.code + (" (retired)" if r.retired else ""), r.name_zh, r.county_code, r.phone]
        for r in rows
    ]
    emit(render(columns, table))
    return 0


def run_bins_add(args: argparse.Namespace, db: Database) -> int:
    wanted = [*args.codes, *args.range]
    added = db.run(lambda uow: bins.add_bins(uow, args.center, wanted))
    record = {
        "center": args.center,
        "created": list(added.created),
        "existing": list(added.existing),
    }
    text = f"created {counted(len(added.created), 'bin')} at {args.center}"
    if added.existing:
        text += f"; {len(added.existing)} already there"
    return emit_result(args.json, record, text)


def run_bins_list(args: argparse.Namespace, db: Database) -> int:
    rows = db.run(lambda uow: bins.bin_rows(uow, args.center), write=False)
    empty = f"no bins at {args.center}: add some with 'bins add --center {args.center} ...'"
    if _listed(args, rows, empty):
        return 0
    columns = [Column("bin"), Column("zone"), Column("units", True), Column("")]
    emit(
        render(columns, [[r.code, r.zone, r.on_hand, "" if r.active else "retired"] for r in rows])
    )
    return 0


def _owner(uow: UnitOfWork, code: str | None) -> str | None:
    """The center named, else the only center when there is just one."""
    if code:
        return code
    only = sole_center_id(uow)
    return uow.session.get_one(Center, only).code if only else None


def run_products_add(args: argparse.Namespace, db: Database) -> int:
    saved = db.run(
        lambda uow: products.add_product(
            uow,
            center=_owner(uow, args.center),
            sku=args.sku,
            name_zh=args.name_zh,
            name_bo=args.name_bo,
            name_en=args.name_en,
            barcode=args.barcode,
            unit=args.unit,
            weight_g=args.weight_g,
            shelf_life_days=args.expiry_days,
            category=args.category,
        )
    )
    record = {"id": str(saved.id), "sku": saved.sku, "barcode": saved.barcode}
    return emit_result(args.json, record, f"created product {saved.sku}, barcode {saved.barcode}")


def run_products_mapping(args: argparse.Namespace, db: Database) -> int:
    columns: dict[str, str] = {}
    for pair in args.column:
        field, sep, header = pair.partition("=")
        if not sep:
            raise InvalidValue("column", pair, "field_header")
        columns[field.strip()] = header
    db.run(lambda uow: save_mapping(uow, name=args.name, columns=columns, kind=KIND))
    return emit_result(False, None, f"saved the product mapping {args.name!r}")


def run_products_list(args: argparse.Namespace, db: Database) -> int:
    rows = db.run(products.product_rows, write=False)
    if _listed(args, rows, "no products: add one with 'products add SKU --name-zh NAME'"):
        return 0
    columns = [
        Column("sku"),
        Column("name"),
        Column("barcode"),
        Column("unit"),
        Column("g", True),
        Column("shelf life", True),
        Column("category"),
    ]
    table = [
        [
            r.sku + ("" if r.active else " (retired)"),
            r.name_zh,
            r.barcode + (" (internal)" if r.internal_barcode else ""),
            r.unit,
            r.weight_g,
            f"{r.shelf_life_days} days" if r.shelf_life_days else "",
            r.category,
        ]
        for r in rows
    ]
    emit(render(columns, table))
    return 0


def run_products_import(args: argparse.Namespace, db: Database) -> int:
    """0 when committed (rejected lines listed), 3 when the file could not be imported."""
    try:
        report: CatalogReport = db.run(
            lambda uow: import_products(
                uow, args.file, mapping=args.mapping, center=_owner(uow, args.center)
            )
        )
    except (UnreadableFile, MissingColumns) as error:
        from cli.errors import describe as sentence

        print(f"error: {sentence(error)}", file=sys.stderr)
        if args.json:
            reason = error.reason if isinstance(error, UnreadableFile) else "missing_columns"
            emit_result(True, {"error": reason, "created": 0}, "")
        return EXIT_NOT_IMPORTED
    if args.json:
        return emit_result(True, report.to_json(), "")
    use_utf8_output(strict=False)
    emit(
        f"{counted(report.rows, 'row')}: {len(report.created)} created, "
        f"{len(report.updated)} updated, {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected"
    )
    for sku, fields in report.updated:
        emit(f"  {sku}: changed {', '.join(fields)}")
    for bad in report.rejected:
        emit(f"  line {bad.line}, column {bad.field}: rejected: {row_problem(bad)}")
    return 0


# Why a catalogue line was left out, for the reasons only the catalogue has.
_ROW_PROBLEMS = {
    "duplicate_sku": "the same SKU is on an earlier line",
    "duplicate_barcode": "the same barcode is on an earlier line",
    "barcode_taken": "another product already has this barcode",
    "check_digit": "not an EAN-13: its last digit is not its check digit",
    "ean13": "not an EAN-13 (13 digits)",
    "unknown_unit": f"not a unit ({', '.join(UNITS)}, or a pack such as 'pack 250 g')",
    "lost_text": "letters lost as '?' (a GBK export cannot hold Tibetan): export as UTF-8",
    "number": "not a whole number",
    "range": "out of range",
    "sku": "not a SKU (no spaces)",
    "unknown": "not a category (livestock, specialty, handicraft, general)",
    "owner": "another center's product: only that center changes it",
    "retired": "a retired product",
}


def row_problem(bad: Rejected) -> str:
    return _ROW_PROBLEMS.get(bad.reason) or rejection(bad)


def describe(error: DepotError) -> str | None:
    """Sentences for master-data errors (cli.errors asks each command module)."""
    match error:
        case NotOwner(kind=kind, code=code, owner=owner, by=by):
            who = f"center {by}" if by else "a PC without a home center"
            return f"{kind} {code} belongs to center {owner}: {who} may not change it"
        case NoOwningCenter():
            return (
                "every product belongs to a center: name the owning center with "
                "--center CODE (needed when the database has several or none)"
            )
        case BadBarcode(barcode=barcode, reason="check_digit", expected=expected):
            return f"barcode {barcode!r} is not an EAN-13: its check digit should be {expected}"
        case BadBarcode(barcode=barcode):
            return f"barcode {barcode!r} is not an EAN-13 (13 digits)"
        case BadBinRange(first=first, last=last, reason="too_many", limit=limit):
            return f"{first}:{last} is more than {limit} bins; add the rack in parts"
        case BadBinRange(first=first, last=last, reason="order"):
            return f"{first}:{last}: the last bin comes before the first"
        case BadBinRange(first=first, last=last):
            return f"{first}:{last}: both codes need the same parts, e.g. A-01-01:D-04-03"
        case BinHoldsStock(center=center, code=code, on_hand=on_hand):
            return f"bin {code} at {center} holds {on_hand} units: move them out first"
        case Retired(kind="center", code=code):
            return (
                f"center {code} is retired: nothing new is received, sent, packed or planned for it"
            )
        case Retired(kind=kind, code=code):
            return f"{kind} {code} is retired"
        case UnknownUnit(unit=unit):
            return f"unit {unit!r} is not one of {', '.join(UNITS)} (or a pack like 'pack 250 g')"
    return None
