"""Inventory workflow commands: receipts, transfers, adjustments, counts, expiry, low stock.

    receipt new --center TSC [--supplier S]      transfer create --from TSC --to GER SKU=QTY ...
    receipt add RC-.. CODE QTY --bin A-01        transfer pick TR-.. CODE --bin A-01 [--qty N]
    receipt post RC-..                           transfer dispatch TR-..
    adjust --center TSC --bin A-01 SKU -2 --reason damaged
    transfer arrive TR-.. CODE --bin R-01 [--qty N] [--damaged WHY | --over WHY]
    transfer receive TR-.. [--all --bin R-01] [--short-reason WHY]
    count start --center TSC --zone A            count scan CC-.. CODE --bin A-01
    count close CC-..  count review CC-..  count approve CC-..
    expiring --days 30    low-stock [--center GER]    stock-card SKU --csv FILE

Each command is one unit of work: it either completes or changes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import Any

from cli.outputs import add_output, checked
from cli.tables import Column, emit, render, use_utf8_output
from core.clock import local_day, shown
from core.errors import InvalidValue
from core.inventory import counts, documents, queries, scanning, services, transfers
from core.inventory.card_export import write_stock_card_csv
from core.inventory.expiry import expiring_lots
from core.inventory.reorder import low_stock
from core.inventory.transfer_views import list_transfers, transfer_view
from core.inventory.workflow_models import ArrivalCondition, Receipt
from core.output_files import OutputKind
from core.uow import Database

Handler = Callable[[argparse.Namespace, Database], int]

RECEIPT_HELP = "receipt number (RC-...) or its scanned label"
TRANSFER_HELP = "transfer number (TR-...) or its scanned label"
COUNT_HELP = "count number (CC-...) or its scanned label"
CODE_HELP = "a scanned code: barcode, SKU, lot or bin label"
QTY_HELP = "units (default 1)"
LOT_HELP = "the lot (batch) code, when the product has several"


def _write(db: Database, fn: Callable[..., Any], *args: object, **kwargs: object) -> Any:
    return db.run(lambda uow: fn(uow, *args, **kwargs))


def _saved(result: documents.Saved, verb: str) -> int:
    emit(f"{result.number}: {verb}")
    return 0


def _json(records: object) -> int:
    use_utf8_output(strict=True)
    emit(json.dumps(records, ensure_ascii=False, indent=1))
    return 0


def _table(columns: Sequence[Column], rows: Sequence[Sequence[object]], empty: str) -> int:
    use_utf8_output(strict=False)
    emit(render(columns, rows) if rows else empty)
    return 0


def _command(
    group: Any, name: str, handler: Handler, help_text: str | None = None
) -> argparse.ArgumentParser:
    """A command of `group`; a top-level one (help None) has its help in cli.COMMANDS."""
    kwargs = {} if help_text is None else {"help": help_text}
    parser: argparse.ArgumentParser = group.add_parser(name, **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_receipts(subparsers)
    _register_transfers(subparsers)
    _register_counts(subparsers)
    adjust = _command(subparsers, "adjust", run_adjust)
    adjust.add_argument("--center", required=True, type=str.upper, help="the center")
    adjust.add_argument("--bin", required=True, help="the bin corrected")
    adjust.add_argument("sku", help="the product's SKU")
    adjust.add_argument("delta", help="signed change, e.g. -2 or +3")
    adjust.add_argument(
        "--reason", required=True, choices=services.ADJUSTMENT_REASONS, help="why the stock changed"
    )
    adjust.add_argument("--lot", default="", help=LOT_HELP)
    adjust.add_argument("--expiry", help="YYYY-MM-DD, for found goods of a new lot")
    adjust.add_argument("--note", default="", help="kept with the move")
    expiring = _command(subparsers, "expiring", run_expiring)
    expiring.add_argument("--days", type=int, default=30, help="look this many days ahead (30)")
    expiring.add_argument("--center", type=str.upper, help="one center only")
    expiring.add_argument("--json", action="store_true", help="print one JSON array")
    low = _command(subparsers, "low-stock", run_low_stock)
    low.add_argument("--center", type=str.upper, help="one center only")
    low.add_argument("--json", action="store_true", help="print one JSON array")
    scan = _command(subparsers, "scan", run_scan)
    scan.add_argument("code", help=CODE_HELP)
    scan.add_argument("--center", type=str.upper, help="accept a bare bin code of this center")
    _extend_stock_card(subparsers)


def _extend_stock_card(subparsers: Any) -> None:
    """`stock-card SKU --csv FILE`: the stock card command belongs to cli/inventory.py; the
    CSV export is added to it here so there is one command, not two."""
    card = subparsers.choices.get("stock-card")
    if card is None:
        return
    add_output(card, "--csv", OutputKind.CSV, "write the card as CSV (UTF-8 with BOM)")
    shown: Handler = card.get_default("handler")

    def run(args: argparse.Namespace, db: Database) -> int:
        if not args.csv:
            return shown(args, db)
        target = checked(args, db, args.csv, OutputKind.CSV)
        with db.uow(write=False) as uow:
            lines = queries.stock_card(uow.session, args.sku, args.center)
        emit(f"{write_stock_card_csv(lines, target)} moves written to {target}")
        return 0

    card.set_defaults(handler=run)


# -- receipts ---------------------------------------------------------------------------------


def _register_receipts(subparsers: Any) -> None:
    group = subparsers.add_parser("receipt")
    sub = group.add_subparsers(dest="receipt_command", metavar="STEP", required=True)
    new = _command(sub, "new", run_receipt_new, "start a draft receipt")
    new.add_argument("--center", required=True, type=str.upper, help="receiving center")
    new.add_argument("--supplier", default="", help="producer or cooperative")
    add = _command(sub, "add", run_receipt_add, "add a line to a draft (saved at once)")
    add.add_argument("receipt", help=RECEIPT_HELP)
    add.add_argument("code", help="product barcode, SKU or lot label")
    add.add_argument("quantity", help="units received")
    add.add_argument("--bin", required=True, help="bin the units go into")
    add.add_argument("--lot", help="the lot (batch) code")
    add.add_argument("--expiry", help="YYYY-MM-DD")
    post = _command(sub, "post", run_receipt_post, "receive every line (once)")
    post.add_argument("receipt", help=RECEIPT_HELP)
    show = _command(sub, "show", run_receipt_show, "the lines of a receipt")
    show.add_argument("receipt", help=RECEIPT_HELP)
    show.add_argument("--json", action="store_true", help="print one JSON object")


def run_receipt_new(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(db, documents.create_receipt, center=args.center, supplier=args.supplier),
        "draft created",
    )


def run_receipt_add(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(
            db,
            documents.add_receipt_line,
            args.receipt,
            code=args.code,
            quantity=args.quantity,
            bin=args.bin,
            lot=args.lot,
            expiry=args.expiry,
        ),
        "line saved",
    )


def run_receipt_post(args: argparse.Namespace, db: Database) -> int:
    result = _write(db, documents.post_receipt, args.receipt)
    return _saved(result, f"posted, {len(result.changes.move_ids)} moves")


def run_receipt_show(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        doc = documents.find_document(uow.session, Receipt, "receipt", args.receipt)
        lines = documents.receipt_lines(uow.session, doc.id)
        number, status = doc.number, doc.status  # read while the session is open
    if args.json:
        return _json(
            {"number": number, "status": status, "lines": [line.as_json() for line in lines]}
        )
    emit(f"{number} ({status})")
    return _table(
        [Column("sku"), Column("lot"), Column("expiry"), Column("qty", True), Column("bin")],
        [[x.sku, x.lot, x.expiry or "", x.quantity, x.bin] for x in lines],
        "no lines",
    )


# -- transfers --------------------------------------------------------------------------------


def _register_transfers(subparsers: Any) -> None:
    group = subparsers.add_parser("transfer")
    sub = group.add_subparsers(dest="transfer_command", metavar="STEP", required=True)
    create = _command(sub, "create", run_transfer_create, "a new transfer")
    create.add_argument(
        "--from", dest="source", required=True, type=str.upper, help="sending center"
    )
    create.add_argument(
        "--to", dest="target", required=True, type=str.upper, help="receiving center"
    )
    create.add_argument("lines", nargs="+", metavar="SKU=QTY", help="products and units to send")
    create.add_argument("--note", default="", help="printed on the transfer document")
    pick = _command(sub, "pick", run_transfer_pick, "pick scanned units at the sending center")
    pick.add_argument("transfer", help=TRANSFER_HELP)
    pick.add_argument("code", help=CODE_HELP)
    pick.add_argument("--bin", required=True, help="bin the units are taken from")
    pick.add_argument("--qty", default="1", help=QTY_HELP)
    pick.add_argument("--lot", help=LOT_HELP)
    dispatch = _command(sub, "dispatch", run_transfer_dispatch, "send what was picked")
    dispatch.add_argument("transfer", help=TRANSFER_HELP)
    arrive = _command(sub, "arrive", run_transfer_arrive, "record one scanned arrival")
    arrive.add_argument("transfer", help=TRANSFER_HELP)
    arrive.add_argument("code", help=CODE_HELP)
    arrive.add_argument("--bin", required=True, help="bin the units are put into")
    arrive.add_argument("--qty", default="1", help=QTY_HELP)
    arrive.add_argument("--lot", help=LOT_HELP)
    condition = arrive.add_mutually_exclusive_group()
    condition.add_argument("--damaged", metavar="REASON", help="arrived damaged, and how")
    condition.add_argument("--over", metavar="REASON", help="more than was sent, and why")
    receive = _command(
        sub,
        "receive",
        run_transfer_receive,
        "book the arrivals at the receiving center and close the transfer",
    )
    receive.add_argument("transfer", help=TRANSFER_HELP)
    receive.add_argument(
        "--all",
        action="store_true",
        help="first record everything still expected as arrived good in --bin",
    )
    receive.add_argument("--bin", help="bin for --all")
    receive.add_argument(
        "--short-reason", default="", help="why units are missing (required when some are)"
    )
    cancel = _command(sub, "cancel", run_transfer_cancel, "cancel an open transfer")
    cancel.add_argument("transfer", help=TRANSFER_HELP)
    show = _command(sub, "show", run_transfer_show, "a transfer line by line")
    show.add_argument("transfer", help=TRANSFER_HELP)
    show.add_argument("--json", action="store_true", help="print one JSON object")
    listing = _command(sub, "list", run_transfer_list, "transfers from or to a center")
    listing.add_argument("--center", type=str.upper, help="from or to this center only")
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        help="only transfers in this state (repeat for several)",
    )
    listing.add_argument("--json", action="store_true", help="print one JSON array")


def _pairs(values: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        sku, sep, quantity = value.rpartition("=")
        if not sep or not sku:
            raise InvalidValue("line", value, "expected SKU=QTY")
        pairs.append((sku, quantity))
    return pairs


def run_transfer_create(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(
            db,
            transfers.create_transfer,
            from_center=args.source,
            to_center=args.target,
            lines=_pairs(args.lines),
            note=args.note,
        ),
        "created",
    )


def run_transfer_pick(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(
            db,
            transfers.pick,
            args.transfer,
            code=args.code,
            bin=args.bin,
            quantity=args.qty,
            lot=args.lot,
        ),
        "picked",
    )


def run_transfer_dispatch(args: argparse.Namespace, db: Database) -> int:
    result = _write(db, transfers.dispatch, args.transfer)
    return _saved(result, f"dispatched, {len(result.changes.move_ids)} moves, in transit")


def run_transfer_arrive(args: argparse.Namespace, db: Database) -> int:
    condition, reason = ArrivalCondition.GOOD, ""
    if args.damaged:
        condition, reason = ArrivalCondition.DAMAGED, args.damaged
    elif args.over:
        condition, reason = ArrivalCondition.OVER, args.over
    return _saved(
        _write(
            db,
            transfers.record_arrival,
            args.transfer,
            code=args.code,
            bin=args.bin,
            quantity=args.qty,
            lot=args.lot,
            condition=condition,
            reason=reason,
        ),
        "arrival saved",
    )


def run_transfer_receive(args: argparse.Namespace, db: Database) -> int:
    if args.all and not args.bin:
        raise InvalidValue("bin", None, "required")

    def receive(uow: Any) -> documents.Saved:
        if args.all:
            transfers.arrive_everything_expected(uow, args.transfer, bin=args.bin)
        return transfers.finish_receiving(uow, args.transfer, short_reason=args.short_reason)

    result = _write(db, receive)
    return _saved(result, f"received, {len(result.changes.move_ids)} moves")


def run_transfer_cancel(args: argparse.Namespace, db: Database) -> int:
    return _saved(_write(db, transfers.cancel_transfer, args.transfer), "cancelled")


def run_transfer_show(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        view = transfer_view(uow.session, args.transfer)
    if args.json:
        return _json(view.as_json())
    emit(f"{view.number}  {view.from_center} -> {view.to_center}  ({view.status})")
    keys = ("requested", "picked", "shipped", "arrived", "damaged", "over", "short")
    return _table(
        [Column("sku"), *(Column(k, True) for k in keys)],
        [[line.sku, *(getattr(line, k) for k in keys)] for line in view.lines],
        "no lines",
    )


def run_transfer_list(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = list_transfers(uow.session, center=args.center, statuses=tuple(args.status))
    if args.json:
        return _json(
            [
                {
                    "number": r.number,
                    "from": r.from_center,
                    "to": r.to_center,
                    "status": r.status,
                    "created_at": r.created_at.isoformat(),
                }
                for r in rows
            ]
        )
    return _table(
        [Column("number"), Column("from"), Column("to"), Column("status"), Column("created")],
        [[r.number, r.from_center, r.to_center, r.status, shown(r.created_at)] for r in rows],
        "no transfers",
    )


# -- counts -----------------------------------------------------------------------------------


def _register_counts(subparsers: Any) -> None:
    group = subparsers.add_parser("count")
    sub = group.add_subparsers(dest="count_command", metavar="STEP", required=True)
    start = _command(sub, "start", run_count_start, "start counting a bin or a zone")
    start.add_argument("--center", required=True, type=str.upper, help="the center counted")
    scope = start.add_mutually_exclusive_group(required=True)
    scope.add_argument("--bin", help="count one bin")
    scope.add_argument("--zone", help="count every bin of a zone")
    scan = _command(sub, "scan", run_count_scan, "add counted units")
    scan.add_argument("count", help=COUNT_HELP)
    scan.add_argument("code", help=CODE_HELP)
    scan.add_argument("--bin", required=True, help="bin being counted")
    scan.add_argument("--qty", default="1", help=QTY_HELP)
    scan.add_argument("--lot", help=LOT_HELP)
    for name, handler, text in (
        ("close", run_count_close, "stop counting, show for review"),
        ("approve", run_count_approve, "post the variances"),
        ("cancel", run_count_cancel, "drop the count"),
    ):
        _command(sub, name, handler, text).add_argument("count", help=COUNT_HELP)
    review = _command(sub, "review", run_count_review, "counted against expected")
    review.add_argument("count", help=COUNT_HELP)
    review.add_argument("--json", action="store_true", help="print one JSON array")
    due = _command(sub, "due", run_count_due, "products due for counting (ABC class)")
    due.add_argument("--center", required=True, type=str.upper, help="the center")
    klass = _command(sub, "class", run_count_class, "set a product's ABC class")
    klass.add_argument("sku", help="the product's SKU")
    klass.add_argument(
        "abc_class",
        choices=sorted(counts.COUNT_EVERY_DAYS),
        help="A is counted most often, C least",
    )


def run_count_start(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(db, counts.start_count, center=args.center, bin=args.bin, zone=args.zone), "counting"
    )


def run_count_scan(args: argparse.Namespace, db: Database) -> int:
    return _saved(
        _write(
            db,
            counts.count_scan,
            args.count,
            bin=args.bin,
            code=args.code,
            quantity=args.qty,
            lot=args.lot,
        ),
        "counted",
    )


def run_count_close(args: argparse.Namespace, db: Database) -> int:
    return _saved(_write(db, counts.close_counting, args.count), "ready for review")


def run_count_approve(args: argparse.Namespace, db: Database) -> int:
    result = _write(db, counts.approve_count, args.count)
    return _saved(result, f"approved, {len(result.changes.move_ids)} adjustments")


def run_count_cancel(args: argparse.Namespace, db: Database) -> int:
    return _saved(_write(db, counts.cancel_count, args.count), "cancelled")


def run_count_review(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = counts.variances(uow.session, args.count)
    if args.json:
        return _json([row.as_json() for row in rows])
    return _table(
        [
            Column("bin"),
            Column("sku"),
            Column("lot"),
            Column("expected", True),
            Column("counted", True),
            Column("difference", True),
        ],
        [[r.bin, r.sku, r.lot, r.expected, r.counted, f"{r.difference:+d}"] for r in rows],
        "nothing on hand and nothing counted",
    )


def run_count_due(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = counts.counts_due(uow.session, center=args.center, today=local_day(db.clock()))
    return _table(
        [Column("class"), Column("sku"), Column("name"), Column("last counted")],
        [
            [
                r.abc_class,
                r.sku,
                r.name_zh,
                local_day(r.last_counted).isoformat() if r.last_counted else "never",
            ]
            for r in rows
        ],
        "nothing due",
    )


def run_count_class(args: argparse.Namespace, db: Database) -> int:
    _write(db, counts.set_abc_class, args.sku, args.abc_class)
    emit(f"{args.sku}: class {args.abc_class}")
    return 0


# -- adjustments, expiry, low stock, scan ----------------------------------------------------


def run_adjust(args: argparse.Namespace, db: Database) -> int:
    result = _write(
        db,
        services.adjust,
        center=args.center,
        bin=args.bin,
        sku=args.sku,
        delta=args.delta,
        reason=args.reason,
        lot=args.lot,
        expiry=args.expiry,
        note=args.note,
    )
    emit(f"{args.sku}: adjusted {args.delta} ({args.reason}), {len(result.move_ids)} move")
    return 0


def run_expiring(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = expiring_lots(
            uow.session, days=args.days, today=local_day(db.clock()), center=args.center
        )
    if args.json:
        return _json([row.as_json() for row in rows])
    return _table(
        [
            Column("center"),
            Column("sku"),
            Column("name"),
            Column("lot"),
            Column("expiry"),
            Column("days left", True),
            Column("on hand", True),
        ],
        [
            [
                r.center,
                r.sku,
                r.name_zh,
                r.lot,
                r.expiry.isoformat(),
                "expired" if r.expired else r.days_left,
                r.on_hand,
            ]
            for r in rows
        ],
        f"nothing expires within {args.days} days",
    )


def run_low_stock(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = low_stock(uow.session, today=local_day(db.clock()), center=args.center)
    if args.json:
        return _json([row.as_json() for row in rows])
    return _table(
        [
            Column("center"),
            Column("sku"),
            Column("name"),
            Column("reorder at", True),
            Column("available", True),
            Column("in transit", True),
            Column("transfer"),
            Column("reorder", True),
        ],
        [
            [
                r.center,
                r.sku,
                r.name_zh,
                r.reorder_point,
                r.available,
                r.in_transit,
                f"{r.transfer_quantity} from {r.transfer_from}" if r.transfer_quantity else "",
                r.reorder_quantity,
            ]
            for r in rows
        ],
        "no product is low",
    )


def run_scan(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        scan = scanning.classify(uow.session, args.code, center=args.center)
    _json({k: v for k, v in vars(scan).items() if v not in (None, "") and k != "product_id"})
    return 1 if scan.kind == scanning.ScanKind.UNKNOWN else 0


def describe(error: Exception) -> str | None:
    """One English line for the workflow errors (None for errors that are not ours)."""
    from core.inventory import workflow_errors as w

    match error:
        case w.UnknownDocument(kind=kind, reference=ref):
            return f"no {kind} {ref!r}"
        case w.DocumentClosed(kind=kind, number=number, status=status):
            return f"{kind} {number} is {status}: this step is not possible any more"
        case w.EmptyDocument(kind=kind, number=number):
            return f"{kind} {number} has no lines"
        case w.UnknownScan(code=code, reason=reason):
            return f"{code!r} is not a product, lot, bin or document code ({reason})"
        case w.WrongItem(number=number, sku=sku):
            return f"wrong item: {sku} is not on {number}"
        case w.OverPick(number=number, sku=sku, requested=req, picked=picked, asked=asked):
            return (
                f"over-pick on {number}: {sku} asked {req}, picked {picked}, +{asked} is too many"
            )
        case w.OverReceipt(number=number, sku=sku, lot=lot, shipped=sent, received=got, asked=n):
            return (
                f"{number}: only {sent} of {sku} lot {lot!r} were sent and {got} arrived; "
                f"record the {n} more as --over with a reason"
            )
        case w.ShortNeedsReason(number=number, short=short):
            listing = ", ".join(f"{sku} {lot} x{n}".replace("  ", " ") for sku, lot, n in short)
            return f"{number}: short {listing}; give --short-reason"
        case w.LotRequired(sku=sku, bin=bin_code):
            return f"{sku} has several lots in {bin_code}: scan the lot label or give --lot"
        case w.BinOutOfScope(number=number, bin=bin_code):
            return f"bin {bin_code} is not part of count {number}"
        case w.SameCenter(center=center):
            return f"a transfer needs two different centers, not {center} twice"
    return None
