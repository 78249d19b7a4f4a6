"""Label and document data read from the database: parcels, runs, products, bins,
transfers between centers and pick lists."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from core.clock import local, local_day, shown
from core.errors import InvalidValue, UnknownLot
from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.inventory.catalog import get_center, get_product
from core.inventory.documents import find_document, receipt_lines
from core.inventory.models import Balance, Bin, Center, Lot, Product, Reservation, ReservationStatus
from core.inventory.scanning import lot_id_label, lot_id_range, lot_label
from core.inventory.workflow_models import (
    Receipt,
    Transfer,
    TransferItem,
    TransferLine,
    TransferStatus,
)
from core.orders.models import PickList
from core.orders.picking import pick_lines
from core.printing.errors import NothingToPrint
from core.printing.labels import BinLabelData, ParcelLabelData, ProductLabelData, RunLabelData
from core.printing.manifests import (
    DailyManifestData,
    DailyRunLine,
    ManifestLine,
    ManifestStop,
    PickListData,
    RunManifestData,
    TransferData,
)
from core.printing.manifests import PickLine as PrintedPickLine
from core.printing.manifests import TransferLine as TransferDocumentLine
from core.runs.models import Run, RunParcel
from core.runs.queries import RunView, run_view, runs_on
from core.shipping.models import Division, Order, OrderLine, Parcel, Route, VillagePoint
from core.uow import UnitOfWork


def parse_ids(text: str, field: str) -> list[uuid.UUID]:
    ids = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            ids.append(uuid.UUID(part))
        except ValueError:
            raise InvalidValue(field, part, "not an id") from None
    return ids


def _run_or_fail(uow: UnitOfWork, run_id: uuid.UUID) -> RunView:
    view = run_view(uow, run_id)
    if view is None:
        raise NothingToPrint("run", str(run_id))
    return view


def run_name(view: RunView) -> str:
    township = view.township_name or translate("Manifest", "Postal")
    name = f"{view.day.isoformat()} {township}"
    return f"{name} #{view.vehicle_index}"


def _township(uow: UnitOfWork, code: str | None) -> Division | None:
    return uow.session.get(Division, code) if code else None


def _center_name(uow: UnitOfWork, center_id: uuid.UUID) -> str:
    center = uow.session.get(Center, center_id)
    return center.name_zh if center else ""


def parcel_labels(uow: UnitOfWork, parcel_ids: Sequence[uuid.UUID]) -> list[ParcelLabelData]:
    """Labels in the order asked; each says its current run and stop, if any."""
    session = uow.session
    parcels = {p.id: p for p in session.scalars(select(Parcel).where(Parcel.id.in_(parcel_ids)))}
    missing = [str(i) for i in parcel_ids if i not in parcels]
    if missing:
        raise NothingToPrint("parcel", ",".join(missing))
    runs = {
        pid: rid
        for pid, rid in session.execute(
            select(RunParcel.parcel_id, RunParcel.run_id).where(
                RunParcel.parcel_id.in_(parcel_ids), RunParcel.outcome.is_(None)
            )
        )
    }
    views: dict[uuid.UUID, RunView] = {}
    labels = []
    for parcel_id in parcel_ids:
        parcel = parcels[parcel_id]
        view = None
        if parcel_id in runs:
            view = views.get(runs[parcel_id]) or _run_or_fail(uow, runs[parcel_id])
            views[view.id] = view
        labels.append(_parcel_label(uow, parcel, view))
    return labels


def _parcel_label(uow: UnitOfWork, parcel: Parcel, view: RunView | None) -> ParcelLabelData:
    township = _township(uow, parcel.township_code)
    point = (
        uow.session.get(VillagePoint, parcel.village_point_id) if parcel.village_point_id else None
    )
    stop_number = stop_count = None
    if view is not None:
        stop_count = len(view.stops)
        for number, stop in enumerate(view.stops, start=1):
            if any(row.parcel_id == parcel.id for row in stop.parcels):
                stop_number = number
    postal = parcel.route == Route.POSTAL.value
    order = uow.session.get(Order, parcel.order_id) if parcel.order_id else None
    center = uow.session.get(Center, parcel.center_id)
    return ParcelLabelData(
        parcel_id=parcel.id,
        recipient=parcel.recipient,
        phone=parcel.phone,
        township_zh=township.name_zh if township and not postal else "",
        township_bo=township.name_bo if township and not postal else "",
        village_zh=point.name_zh if point else "",
        village_bo=point.name_bo if point else "",
        address=parcel.address,
        tracking=parcel.tracking,
        run_name=run_name(view) if view else "",
        stop_number=stop_number,
        stop_count=stop_count,
        center_name=_center_name(uow, parcel.center_id),
        weight_g=parcel.weight_g,
        day=view.day if view else local_day(uow.clock(), parcel.center_id),
        postal=postal,
        number=parcel.number,
        order=order.external_id if order else "",
        center_phone=center.phone if center else "",
        center_address=center.address if center else "",
        contents=_contents(uow, parcel.order_id),
    )


def _contents(uow: UnitOfWork, order_id: uuid.UUID | None) -> str:
    """The order's lines as a courier's contents line: "青稞茶 ×2, 藏香"."""
    if order_id is None:
        return ""
    lines = uow.session.execute(
        select(OrderLine.title, OrderLine.sku, OrderLine.quantity)
        .where(OrderLine.order_id == order_id)
        .order_by(OrderLine.id)
    )
    return ", ".join(
        (title or sku) + (f" ×{quantity}" if quantity != 1 else "")
        for title, sku, quantity in lines
    )


def run_parcel_labels(uow: UnitOfWork, run_id: uuid.UUID) -> list[ParcelLabelData]:
    """A run's parcel labels in stop order: loaded last stop first is the driver's business."""
    view = _run_or_fail(uow, run_id)
    ids = [row.parcel_id for row in view.parcels]
    if not ids:
        raise NothingToPrint("run", str(run_id))
    return parcel_labels(uow, ids)


def run_label(uow: UnitOfWork, run_id: uuid.UUID) -> RunLabelData:
    view = _run_or_fail(uow, run_id)
    run = uow.session.get_one(Run, run_id)
    township = _township(uow, view.township_code)
    return RunLabelData(
        run_id=view.id,
        name=run_name(view),
        township_zh=view.township_name or translate("Manifest", "Postal"),
        township_bo=township.name_bo if township else "",
        day=view.day,
        vehicle=view.vehicle,
        stop_count=len(view.stops),
        parcel_count=len(view.parcels),
        weight_g=view.weight_g,
        center_name=_center_name(uow, run.center_id),
    )


def run_manifest_data(
    uow: UnitOfWork, run_id: uuid.UUID, *, reprint: bool = False, driver: str = ""
) -> RunManifestData:
    view = _run_or_fail(uow, run_id)
    run = uow.session.get_one(Run, run_id)
    township = _township(uow, view.township_code)
    points = {
        p.id: p
        for p in uow.session.scalars(
            select(VillagePoint).where(
                VillagePoint.id.in_([s.village_point_id for s in view.stops if s.village_point_id])
            )
        )
    }
    stops = []
    for number, stop in enumerate(view.stops, start=1):
        point = points.get(stop.village_point_id) if stop.village_point_id else None
        stops.append(
            ManifestStop(
                number,
                point.name_zh if point else translate("Manifest", "No village point"),
                point.name_bo if point else "",
                # A carrier's parcel has no tracking number of ours: its carrier barcode is it.
                [
                    ManifestLine(
                        r.parcel_id,
                        r.recipient,
                        r.phone,
                        r.weight_g,
                        r.tracking or r.carrier_barcode or "",
                        r.number,
                    )
                    for r in stop.parcels
                ],
            )
        )
    return RunManifestData(
        run_id=view.id,
        name=run_name(view),
        township_zh=view.township_name or translate("Manifest", "Postal"),
        township_bo=township.name_bo if township else "",
        day=view.day,
        vehicle=view.vehicle,
        center_name=_center_name(uow, run.center_id),
        stops=stops,
        printed_at=local(uow.clock(), run.center_id),
        driver=driver,
        reprint=reprint,
    )


def daily_manifest_data(uow: UnitOfWork, center: str, day: date) -> DailyManifestData:
    center_row = get_center(uow.session, center)
    views = [
        v for v in runs_on(uow, day) if uow.session.get_one(Run, v.id).center_id == center_row.id
    ]
    return DailyManifestData(
        center_name=center_row.name_zh,
        day=day,
        runs=[
            DailyRunLine(
                run_name(v),
                v.township_name or translate("Manifest", "Postal"),
                v.vehicle,
                shown(v.depart_at, center_row.id, "%H:%M"),
                len(v.stops),
                len(v.parcels),
                v.weight_g,
                v.status,
                sum(row.weight_g is None for row in v.parcels),
            )
            for v in views
        ],
        printed_at=local(uow.clock(), center_row.id),
    )


def product_labels(uow: UnitOfWork, references: Sequence[str]) -> list[ProductLabelData]:
    """One label per `SKU` or `SKU:LOT` (the lot's expiry printed with it); a reference
    repeated prints as many copies. A lot label also carries the lot's own barcode
    (`L:<sku>:<lot>`, what the scan-first workflows read) beside the product's, or,
    where that does not fit the label, the lot id's short code (`L:` and 20 digits)."""
    found: dict[str, ProductLabelData] = {}
    for reference in dict.fromkeys(references):
        sku, _, lot_code = reference.partition(":")
        product = get_product(uow.session, sku)
        expiry = short = None
        if lot_code:
            lot = uow.session.scalar(
                select(Lot).where(Lot.product_id == product.id, Lot.code == lot_code)
            )
            if lot is None:
                raise UnknownLot(sku, lot_code)
            expiry = lot.expiry
            short = _lot_short(uow, lot.id)
        found[reference] = ProductLabelData(
            sku=product.sku,
            name_zh=product.name_zh,
            name_bo=product.name_bo,
            name_en=product.name_en,
            barcode=product.barcode,
            lot=lot_code,
            expiry=expiry,
            unit=product.unit,
            lot_payload=_lot_payload(product.sku, lot_code),
            lot_short=short,
        )
    return [found[reference] for reference in references]


def _lot_payload(sku: str, lot_code: str) -> str | None:
    """The lot label's code, or None for a lot code a barcode cannot carry plainly
    (spaces, Chinese): the label then shows the lot in words only."""
    if not lot_code:
        return None
    try:
        return lot_label(sku, lot_code)
    except InvalidValue:
        return None


def _lot_short(uow: UnitOfWork, lot_id: uuid.UUID) -> str | None:
    """The lot's short label code, None when another lot shares its first 64 bits (the
    scan could not tell them apart)."""
    first, last = lot_id_range(lot_id_label(lot_id)) or (lot_id, lot_id)
    others = uow.session.scalar(
        select(Lot.id).where(Lot.id.between(first, last), Lot.id != lot_id).limit(1)
    )
    return None if others is not None else lot_id_label(lot_id)


LabelLine = tuple[str, str, int]
"""(reference, product name, units) of a receipt line, as its labels take it."""


def receipt_label_lines(uow: UnitOfWork, receipt: object) -> list[LabelLine]:
    """(reference, product name, units) of each line of a receipt, for its labels:
    the reference is `SKU:LOT`, or `SKU` for a product received without a lot."""
    doc = find_document(uow.session, Receipt, "receipt", receipt)
    return [
        (f"{line.sku}:{line.lot}" if line.lot else line.sku, line.name_zh, line.quantity)
        for line in receipt_lines(uow.session, doc.id)
    ]


def bin_labels(
    uow: UnitOfWork, center: str, codes: Sequence[str] | None = None
) -> list[BinLabelData]:
    """Labels of a center's working bins, in code order; only those of `codes` if given
    (the bins a clerk selected: a new rack, a relabelled aisle)."""
    center_row = get_center(uow.session, center)
    stmt = select(Bin).where(Bin.center_id == center_row.id, Bin.active).order_by(Bin.code)
    if codes is not None:
        stmt = stmt.where(Bin.code.in_(list(codes)))
    bins = uow.session.scalars(stmt)
    labels = [BinLabelData(center_row.code, b.code, b.zone) for b in bins]
    if not labels:
        raise NothingToPrint("bin", center)
    return labels


def transfer_document_data(
    uow: UnitOfWork, reference: object, *, reprint: bool = False, vehicle: str = ""
) -> TransferData:
    """A transfer as its paper travels with the goods: once dispatched, the lots that
    left; before that, the lots picked so far and what is still to pick (no lot yet).
    The vehicle is the clerk's to say when printing (transfers do not record one)."""
    session = uow.session
    doc = find_document(session, Transfer, "transfer", reference)
    quantities: dict[tuple[uuid.UUID, uuid.UUID | None], int] = {}
    if doc.status in (TransferStatus.DISPATCHED.value, TransferStatus.RECEIVED.value):
        for product_id, lot_id, quantity in session.execute(
            select(TransferItem.product_id, TransferItem.lot_id, TransferItem.quantity).where(
                TransferItem.transfer_id == doc.id
            )
        ):
            key = (product_id, lot_id)
            quantities[key] = quantities.get(key, 0) + quantity
    else:
        picked: dict[uuid.UUID, int] = {}
        for product_id, lot_id, quantity in session.execute(
            select(Balance.product_id, Balance.lot_id, Reservation.quantity)
            .join(Balance, Balance.id == Reservation.balance_id)
            .where(
                Reservation.document_id == doc.id,
                Reservation.status == ReservationStatus.OPEN.value,
            )
        ):
            quantities[(product_id, lot_id)] = quantities.get((product_id, lot_id), 0) + quantity
            picked[product_id] = picked.get(product_id, 0) + quantity
        for product_id, quantity in session.execute(
            select(TransferLine.product_id, TransferLine.quantity).where(
                TransferLine.transfer_id == doc.id
            )
        ):
            if quantity > picked.get(product_id, 0):
                quantities[(product_id, None)] = quantity - picked.get(product_id, 0)
    products = {
        p.id: p
        for p in session.scalars(select(Product).where(Product.id.in_({p for p, _ in quantities})))
    }
    lots = {
        lot.id: lot
        for lot in session.scalars(
            select(Lot).where(Lot.id.in_({lot for _, lot in quantities if lot is not None}))
        )
    }
    lines = []
    for (product_key, lot_key), quantity in quantities.items():
        product, lot = products[product_key], lots.get(lot_key) if lot_key else None
        lines.append(
            TransferDocumentLine(
                product.sku,
                product.name_zh,
                product.name_bo,
                lot.code if lot else "",
                lot.expiry if lot else None,
                quantity,
                product.unit,
            )
        )
    lines.sort(key=lambda ln: (ln.sku, ln.lot == "", ln.lot))
    left = doc.dispatched_at or doc.created_at
    return TransferData(
        number=doc.number,
        from_center=_center_title(uow, doc.from_center_id),
        to_center=_center_title(uow, doc.to_center_id),
        day=local_day(left, doc.from_center_id),
        lines=lines,
        printed_at=local(uow.clock(), doc.from_center_id),
        vehicle=vehicle.strip(),
        reprint=reprint,
        status=doc.status,
    )


def _center_title(uow: UnitOfWork, center_id: uuid.UUID) -> str:
    return uow.session.get_one(Center, center_id).name_zh


def pick_list_data(
    uow: UnitOfWork, pick_list_id: uuid.UUID, *, reprint: bool = False
) -> PickListData:
    """A pick list as the picker walks it, with each product's Tibetan name."""
    session = uow.session
    lines = pick_lines(session, pick_list_id)
    pick_list = session.get_one(PickList, pick_list_id)
    skus = {ln.sku for ln in lines}
    names_bo = dict(
        session.execute(select(Product.sku, Product.name_bo).where(Product.sku.in_(skus))).all()
    )
    return PickListData(
        pick_list_id=pick_list_id,
        center_name=_center_title(uow, pick_list.center_id),
        lines=[
            PrintedPickLine(
                ln.bin,
                ln.sku,
                ln.name_zh,
                names_bo.get(ln.sku, ""),
                ln.lot,
                ln.quantity,
                ln.order_id,
            )
            for ln in lines
        ],
        printed_at=local(uow.clock(), pick_list.center_id),
        picker=pick_list.actor,
        reprint=reprint,
    )
