"""Stock commands: `demo`, `stock`, `stock-card`.

Output is either an aligned text table for a person or, with `--json`, one
JSON document for a script. Unknown centers and SKUs are core errors that
`main.py` prints as one line on stderr.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from cli.tables import Column, emit, render, use_utf8_output
from core.clock import local_day, shown
from core.inventory import catalog, queries
from core.inventory.queries import StockFilter
from core.uow import Database

if TYPE_CHECKING:
    from core.demo import DemoSummary

NAME_KEYS = {"zh": "name_zh", "bo": "name_bo", "en": "name_en"}
# Keys of StockRow.as_json() the text table lays out itself; numeric keys beyond
# these (say, stock in transit) are appended as extra columns.
STOCK_TEXT_KEYS = ("center", "sku", "name", "lot", "expiry", "on_hand", "reserved", "available")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser("demo")
    demo.add_argument(
        "--scale",
        choices=("large", "small"),
        help="instead of the demo: a depot far larger than a county's, for benches "
        "(large: 100,000 products, 2,000,000 moves, 1,000,000 parcels; small: a thousandth)",
    )
    demo.set_defaults(handler=run_demo, creates_database=True)  # main.py: may make the file

    stock = subparsers.add_parser("stock")
    _add_common(stock)
    stock.add_argument("--search", default="", help="SKU, lot, barcode or part of a name")
    stock.set_defaults(handler=run_stock)

    card = subparsers.add_parser("stock-card")
    card.add_argument("sku", metavar="SKU", help="the product's SKU")
    _add_common(card)
    card.set_defaults(handler=run_stock_card)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--center", metavar="CODE", type=str.upper, help="one center only")
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.add_argument(
        "--lang",
        choices=sorted(NAME_KEYS),
        default="zh",
        help="language of product names in the text table (default zh)",
    )


def run_demo(args: argparse.Namespace, db: Database) -> int:
    if args.scale:
        from core.demo.large import build_large

        built = build_large(db.engine, scale=1.0 if args.scale == "large" else 0.001)
        emit(
            f"demo --scale {args.scale}: {built.centers} centers, {built.products:,} products, "
            f"{built.moves:,} moves, {built.parcels:,} parcels on {built.runs:,} runs"
        )
        return 0
    from core.demo import load_demo  # only this command needs the catalogue and its barcodes

    emit(f"demo: {summary_line(load_demo(db))}")
    return 0


def summary_line(summary: DemoSummary) -> str:
    """`created 3 centers, 41 products, ...; already there: nothing`."""

    def listing(counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "nothing"

    return f"created {listing(summary.created)}; already there: {listing(summary.existing)}"


def run_stock(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = queries.stock_rows(uow.session, StockFilter(center=args.center, search=args.search))
    records = [row.as_json() for row in rows]
    if args.json:
        _print_json(records)
        return 0
    use_utf8_output(strict=False)
    if not records:
        emit("no stock")
        return 0
    extra = sorted(
        {
            k
            for r in records
            for k, v in r.items()
            if k not in STOCK_TEXT_KEYS and isinstance(v, int) and not isinstance(v, bool)
        }
    )
    today = local_day(db.clock())
    columns = [
        Column("center"),
        Column("sku"),
        Column("name"),
        Column("lot"),
        Column("expiry"),
        Column("on hand", True),
        Column("reserved", True),
        Column("available", True),
        *(Column(key.replace("_", " "), True) for key in extra),
    ]
    table = [
        [
            r["center"],
            r["sku"],
            r[NAME_KEYS[args.lang]],
            r["lot"],
            _expiry(r["expiry"], today),
            r["on_hand"],
            r["reserved"],
            r["available"],
            *(r.get(key, 0) for key in extra),
        ]
        for r in records
    ]
    emit(render(columns, table))
    return 0


def _expiry(value: object, today: date) -> str:
    if not isinstance(value, str):
        return ""
    return f"{value} expired" if date.fromisoformat(value) < today else value


def run_stock_card(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        lines = queries.stock_card(uow.session, args.sku, args.center)
        product = catalog.get_product(uow.session, args.sku)
        name = getattr(product, NAME_KEYS[args.lang])
    if args.json:
        _print_json([line.as_json() for line in lines])
        return 0
    use_utf8_output(strict=False)
    where = f" at {args.center}" if args.center else " at all centers"
    emit(f"{args.sku}  {name}{where}")
    if not lines:
        emit("no moves")
        return 0
    columns = [
        Column("when"),
        Column("center"),
        Column("kind"),
        Column("from"),
        Column("to"),
        Column("lot"),
        Column("change", True),
        Column("balance", True),
        Column("by"),
        Column("reason"),
        Column("note"),
    ]
    table = [
        [
            shown(line.at),
            line.center,
            line.kind,
            line.from_bin,
            line.to_bin,
            line.lot,
            f"{line.change:+d}" if line.change else "0",
            line.balance,
            line.actor,
            line.reason,
            line.note,
        ]
        for line in lines
    ]
    emit(render(columns, table))
    return 0


def _print_json(records: list[dict[str, object]]) -> None:
    use_utf8_output(strict=True)
    emit(json.dumps(records, ensure_ascii=False, indent=1))
