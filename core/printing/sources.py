"""Label and manifest data read from the database (parcels, runs, products, bins)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select

from core.errors import InvalidValue, UnknownLot
from core.inventory.catalog import get_center, get_product
from core.inventory.models import Bin, Center, Lot
from core.printing.errors import NothingToPrint
from core.printing.labels import BinLabelData, ParcelLabelData, ProductLabelData, RunLabelData
from core.printing.manifests import (
    DailyManifestData,
    DailyRunLine,
    ManifestLine,
    ManifestStop,
    RunManifestData,
)
from core.shipping.models import Division, Parcel, Route, VillagePoint
from core.shipping.run_models import Run, RunParcel
from core.shipping.run_queries import RunView, run_view, runs_on
from core.shipping.schedules import LOCAL_TZ
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
    name = f"{view.day.isoformat()} {view.township_name or '邮政 Postal'}"
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
    runs = {pid: rid for pid, rid in session.execute(
        select(RunParcel.parcel_id, RunParcel.run_id)
        .where(RunParcel.parcel_id.in_(parcel_ids), RunParcel.outcome.is_(None)))}
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
    point = uow.session.get(VillagePoint, parcel.village_point_id) if parcel.village_point_id \
        else None
    stop_number = stop_count = None
    if view is not None:
        stop_count = len(view.stops)
        for number, stop in enumerate(view.stops, start=1):
            if any(row.parcel_id == parcel.id for row in stop.parcels):
                stop_number = number
    postal = parcel.route == Route.POSTAL.value
    return ParcelLabelData(
        parcel_id=parcel.id, recipient=parcel.recipient, phone=parcel.phone,
        township_zh=township.name_zh if township and not postal else "",
        township_bo=township.name_bo if township and not postal else "",
        village_zh=point.name_zh if point else "", village_bo=point.name_bo if point else "",
        address=parcel.address, tracking=parcel.tracking,
        run_name=run_name(view) if view else "", stop_number=stop_number, stop_count=stop_count,
        center_name=_center_name(uow, parcel.center_id), weight_g=parcel.weight_g,
        day=view.day if view else uow.clock().date(), postal=postal,
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
        run_id=view.id, name=run_name(view), township_zh=view.township_name or "邮政 Postal",
        township_bo=township.name_bo if township else "", day=view.day, vehicle=view.vehicle,
        stop_count=len(view.stops), parcel_count=len(view.parcels), weight_g=view.weight_g,
        center_name=_center_name(uow, run.center_id),
    )


def run_manifest_data(uow: UnitOfWork, run_id: uuid.UUID, *, reprint: bool = False,
                      driver: str = "") -> RunManifestData:
    view = _run_or_fail(uow, run_id)
    run = uow.session.get_one(Run, run_id)
    township = _township(uow, view.township_code)
    points = {p.id: p for p in uow.session.scalars(select(VillagePoint).where(
        VillagePoint.id.in_([s.village_point_id for s in view.stops if s.village_point_id])))}
    stops = []
    for number, stop in enumerate(view.stops, start=1):
        point = points.get(stop.village_point_id) if stop.village_point_id else None
        stops.append(ManifestStop(
            number, point.name_zh if point else "未指定 No village point",
            point.name_bo if point else "",
            [ManifestLine(r.parcel_id, r.recipient, r.phone, r.weight_g, r.tracking or "")
             for r in stop.parcels]))
    return RunManifestData(
        run_id=view.id, name=run_name(view), township_zh=view.township_name or "邮政 Postal",
        township_bo=township.name_bo if township else "", day=view.day, vehicle=view.vehicle,
        center_name=_center_name(uow, run.center_id), stops=stops,
        printed_at=_local(uow.clock()), driver=driver, reprint=reprint)


def daily_manifest_data(uow: UnitOfWork, center: str, day: date) -> DailyManifestData:
    center_row = get_center(uow.session, center)
    views = [v for v in runs_on(uow, day)
             if uow.session.get_one(Run, v.id).center_id == center_row.id]
    return DailyManifestData(
        center_name=center_row.name_zh, day=day,
        runs=[DailyRunLine(run_name(v), v.township_name or "邮政 Postal", v.vehicle,
                           _local(v.depart_at).strftime("%H:%M"), len(v.stops), len(v.parcels),
                           v.weight_g, v.status) for v in views],
        printed_at=_local(uow.clock()))


def _local(moment: datetime) -> datetime:
    """Printed times in the center's own time (China: UTC+8, no daylight saving)."""
    return moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment


def product_labels(uow: UnitOfWork, references: Sequence[str]) -> list[ProductLabelData]:
    """One label per `SKU` or `SKU:LOT` (the lot's expiry printed with it)."""
    labels = []
    for reference in references:
        sku, _, lot_code = reference.partition(":")
        product = get_product(uow.session, sku)
        expiry = None
        if lot_code:
            lot = uow.session.scalar(select(Lot).where(Lot.product_id == product.id,
                                                       Lot.code == lot_code))
            if lot is None:
                raise UnknownLot(sku, lot_code)
            expiry = lot.expiry
        labels.append(ProductLabelData(
            sku=product.sku, name_zh=product.name_zh, name_bo=product.name_bo,
            name_en=product.name_en, barcode=product.barcode, lot=lot_code, expiry=expiry,
            unit=product.unit))
    return labels


def bin_labels(uow: UnitOfWork, center: str) -> list[BinLabelData]:
    center_row = get_center(uow.session, center)
    bins = uow.session.scalars(select(Bin).where(Bin.center_id == center_row.id, Bin.active)
                               .order_by(Bin.code))
    labels = [BinLabelData(center_row.code, b.code, b.zone) for b in bins]
    if not labels:
        raise NothingToPrint("bin", center)
    return labels
