"""Picking and packing orders: `pick new|list|show|scan` and `pack show|scan|close`.

    python main.py pick new --center TSC            batch every reserved order into a list
    python main.py pick scan LIST CODE ... | --from picked.txt
    python main.py pack scan ORDER CODE ...         items into the order's parcel
    python main.py pack close ORDER --weight 850    weighed: ready for its label and run

The same use cases as the packing screen (`core.orders.picking`,
`core.orders.fulfilment`); each command is one unit of work. The pick list's PDF is `pick-list`.
"""

from __future__ import annotations

import argparse
import uuid
from dataclasses import dataclass
from typing import Any

from cli.arguments import whole_number
from cli.codes import add_code_arguments, each_code, scanned_codes
from cli.tables import Column, counted, emit_result, render
from core.errors import DepotError, InvalidValue
from core.orders import errors as o
from core.orders.fulfilment import MAX_WEIGHT_G, PackState, close_parcel, pack_scan, pack_state
from core.orders.picking import PickLine, create_pick_list, pick_lines, pick_lists, pick_scan
from core.orders.queries import ParcelFilter, parcel_ids
from core.printing.payloads import id_from_code
from core.shipping.models import ParcelStatus
from core.uow import Database, UnitOfWork

LIST_HELP = "the pick list's id (see pick list)"
ORDER_HELP = "the order number written on the box, or the parcel's id or label code"
JSON_HELP = "print one JSON value (shape in the README)"


@dataclass(eq=False)
class NoParcelToPack(DepotError):
    """No parcel (found = 0), or several (found > 1), of an order wait for packing."""

    order: str
    found: int


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pick = subparsers.add_parser("pick")
    steps = pick.add_subparsers(dest="pick_step", metavar="STEP", required=True)
    new = steps.add_parser("new", help="a pick list of every reserved order not on one yet")
    new.add_argument(
        "--center",
        required=True,
        type=str.upper,
        metavar="CODE",
        help="the center whose orders are picked",
    )
    new.add_argument("--json", action="store_true", help=JSON_HELP)
    new.set_defaults(handler=run_pick_new)
    listing = steps.add_parser("list", help="a center's pick lists, newest first")
    listing.add_argument(
        "--center", required=True, type=str.upper, metavar="CODE", help="the center"
    )
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=run_pick_list_all)
    show = steps.add_parser("show", help="a pick list in bin order, with what is picked")
    show.add_argument("pick_list", metavar="LIST", help=LIST_HELP)
    show.add_argument("--json", action="store_true", help=JSON_HELP)
    show.set_defaults(handler=run_pick_show)
    scan = steps.add_parser("scan", help="picked items: each scan picks one open line of it")
    scan.add_argument("pick_list", metavar="LIST", help=LIST_HELP)
    add_code_arguments(scan, "product barcodes or SKUs")
    scan.add_argument("--json", action="store_true", help=JSON_HELP)
    scan.set_defaults(handler=run_pick_scan)

    pack = subparsers.add_parser("pack")
    steps = pack.add_subparsers(dest="pack_step", metavar="STEP", required=True)
    state = steps.add_parser("show", help="what the order asks for and what is packed")
    state.add_argument("order", metavar="ORDER", help=ORDER_HELP)
    state.add_argument("--json", action="store_true", help=JSON_HELP)
    state.set_defaults(handler=run_pack_show)
    put = steps.add_parser("scan", help="items into the parcel, one unit a scan")
    put.add_argument("order", metavar="ORDER", help=ORDER_HELP)
    add_code_arguments(put, "product barcodes or SKUs")
    put.add_argument("--json", action="store_true", help=JSON_HELP)
    put.set_defaults(handler=run_pack_scan)
    close = steps.add_parser("close", help="packed and weighed: ready for its label and a run")
    close.add_argument("order", metavar="ORDER", help=ORDER_HELP)
    close.add_argument(
        "--weight",
        required=True,
        type=whole_number("grams"),
        metavar="GRAMS",
        help=f"the parcel's weight in grams (1 to {MAX_WEIGHT_G})",
    )
    close.add_argument("--json", action="store_true", help=JSON_HELP)
    close.set_defaults(handler=run_pack_close)


def _id(text: str, field: str) -> uuid.UUID:
    found = id_from_code(text)
    if found is None:
        raise InvalidValue(field, text, "not an id")
    return found


# -- picking ----------------------------------------------------------------------------------


def _line(line: PickLine) -> dict[str, Any]:
    return {
        "bin": line.bin,
        "sku": line.sku,
        "name": line.name_zh,
        "lot": line.lot,
        "expiry": line.expiry.isoformat() if line.expiry else None,
        "quantity": line.quantity,
        "order": line.order_id,
        "picked": line.picked,
        "reservation": str(line.reservation_id),
    }


def _lines_table(lines: list[PickLine]) -> str:
    columns = [
        Column("bin"),
        Column("sku"),
        Column("name"),
        Column("lot"),
        Column("qty", right=True),
        Column("order"),
        Column("picked"),
    ]
    return render(
        columns,
        [
            [x.bin, x.sku, x.name_zh, x.lot, x.quantity, x.order_id, "yes" if x.picked else ""]
            for x in lines
        ],
    )


def run_pick_new(args: argparse.Namespace, db: Database) -> int:
    created = db.run(lambda uow: create_pick_list(uow, center=args.center))
    with db.uow(write=False) as uow:
        lines = pick_lines(uow.session, created.pick_list_id)
    record = {
        "pick_list": str(created.pick_list_id),
        "parcels": created.parcels,
        "lines": [_line(x) for x in lines],
    }
    text = (
        f"pick list {created.pick_list_id}: {counted(created.parcels, 'parcel')} "
        f"(PDF: pick-list {created.pick_list_id} --out FILE.pdf)\n{_lines_table(lines)}"
    )
    return emit_result(args.json, record, text)


def list_pick_lists(uow: UnitOfWork, center: str) -> list[dict[str, Any]]:
    return [
        {"pick_list": str(list_id), "created_at": created.isoformat(), "parcels": parcels}
        for list_id, created, parcels in pick_lists(uow.session, center)
    ]


def run_pick_list_all(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        rows = list_pick_lists(uow, args.center)
    text = render(
        [Column("pick list"), Column("created"), Column("parcels", right=True)],
        [[r["pick_list"], r["created_at"], r["parcels"]] for r in rows],
    )
    return emit_result(args.json, rows, text if rows else "no pick lists")


def run_pick_show(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        lines = pick_lines(uow.session, _id(args.pick_list, "pick_list"))
    return emit_result(args.json, [_line(x) for x in lines], _lines_table(lines))


def run_pick_scan(args: argparse.Namespace, db: Database) -> int:
    list_id = _id(args.pick_list, "pick_list")
    codes = scanned_codes(args)
    picked = db.run(lambda uow: each_code(codes, lambda code: pick_scan(uow, list_id, code)))
    with db.uow(write=False) as uow:
        open_lines = sum(not x.picked for x in pick_lines(uow.session, list_id))
    record = {
        "pick_list": str(list_id),
        "picked": [_line(x) for x in picked],
        "open_lines": open_lines,
    }
    text = "\n".join(
        [
            *(
                f"{s.code}: picked {x.quantity} {x.sku} lot {x.lot or '-'} from {x.bin} "
                f"for order {x.order_id}"
                for s, x in zip(codes, picked, strict=True)
            ),
            f"{open_lines} lines still to pick",
        ]
    )
    return emit_result(args.json, record, text)


# -- packing ----------------------------------------------------------------------------------


def parcel_to_pack(uow: UnitOfWork, reference: str) -> uuid.UUID:
    """The parcel an order number (as on the box) or a parcel id or label names; an order
    number counts only while its parcel waits for packing, as on the packing screen."""
    by_id = id_from_code(reference)
    if by_id is not None:
        return by_id
    found = parcel_ids(
        uow.session, ParcelFilter(status=ParcelStatus.PICKING.value, search=reference.strip())
    )
    if len(found) != 1:
        raise NoParcelToPack(reference, len(found))
    return found[0]


def _state(state: PackState) -> dict[str, Any]:
    return {
        "parcel": str(state.parcel_id),
        "order": state.order_id,
        "complete": state.complete,
        "lines": [
            {"sku": x.sku, "title": x.title, "quantity": x.quantity, "packed": x.packed}
            for x in state.lines
        ],
    }


def _state_text(state: PackState) -> str:
    table = render(
        [
            Column("sku"),
            Column("item"),
            Column("ordered", right=True),
            Column("packed", right=True),
        ],
        [[x.sku, x.title, x.quantity, x.packed] for x in state.lines],
    )
    done = (
        "all items packed: weigh it and close it (pack close ORDER --weight GRAMS)"
        if state.complete
        else "items still to pack"
    )
    return f"order {state.order_id}, parcel {state.parcel_id}: {done}\n{table}"


def run_pack_show(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        state = pack_state(uow, parcel_to_pack(uow, args.order))
    return emit_result(args.json, _state(state), _state_text(state))


def run_pack_scan(args: argparse.Namespace, db: Database) -> int:
    codes = scanned_codes(args)

    def scan(uow: UnitOfWork) -> list[PackState]:
        parcel = parcel_to_pack(uow, args.order)
        return each_code(codes, lambda code: pack_scan(uow, parcel, code))

    states = db.run(scan)
    return emit_result(args.json, _state(states[-1]), _state_text(states[-1]))


def run_pack_close(args: argparse.Namespace, db: Database) -> int:
    def close(uow: UnitOfWork) -> uuid.UUID:
        parcel = parcel_to_pack(uow, args.order)
        close_parcel(uow, parcel, args.weight)
        return parcel

    parcel = db.run(close)
    record = {"parcel": str(parcel), "status": ParcelStatus.READY.value, "weight_g": args.weight}
    text = (
        f"parcel {parcel} closed at {args.weight} g: ready for its label "
        f"(labels --parcels {parcel} --out FILE.pdf) and a run"
    )
    return emit_result(args.json, record, text)


def describe(error: Exception) -> str | None:
    """One English line for the picking and packing errors."""
    match error:
        case NoParcelToPack(order=order, found=0):
            return f"no parcel of order {order!r} waits for packing (allocate-orders first?)"
        case NoParcelToPack(order=order, found=found):
            return (
                f"{found} parcels of {order!r} wait for packing: give the parcel's id "
                "(see parcels --status picking)"
            )
        case o.UnknownPickList(pick_list_id=list_id):
            return f"there is no pick list {list_id} (see pick list --center CODE)"
        case o.NothingToPick(center=center):
            return f"no reserved order of {center} waits for a pick list (allocate-orders first)"
        case o.NotOnPickList(code=code):
            return f"{code!r} has no open line on this pick list (wrong item, or all picked)"
        case o.WrongParcelStatus(parcel_id=parcel_id, status=status, expected=expected):
            return f"parcel {parcel_id} is {status}; this step needs it {' or '.join(expected)}"
        case o.ItemNotInOrder(code=code):
            return f"{code!r} is not in this order: keep it out of the parcel"
        case o.ItemAlreadyPacked(sku=sku, quantity=quantity):
            return f"all {quantity} of {sku} are packed already"
        case o.PackingIncomplete(missing=missing):
            return "not all packed: still " + ", ".join(f"{n} x {sku}" for sku, n in missing)
    return None
