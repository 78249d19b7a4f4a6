"""Demo part for stock: centers, bins, the catalogue, and two months of ledger history.

The history is planned as dated events (receipts, putaways, re-slots,
adjustments) relative to today, and posted oldest first through the real
services with the clock set back, so the stock card reads like a real one:
lots near expiry, one lot that has expired since it came in, goods still on
the receiving dock, and a few units held for orders.
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from core.clock import at_local
from core.demo import Tally, backdated, document_id
from core.demo.catalogue import CENTER_CODES, PRODUCTS, DemoProduct
from core.inventory import catalog, documents, services
from core.inventory.models import (
    Bin,
    Category,
    Center,
    Move,
    MoveKind,
    Product,
    ProductCenter,
    Reservation,
)
from core.uow import UnitOfWork

DOCK = "R-01-01"
ZONES = ("A", "B", "C", "D", "E")


@dataclass(frozen=True)
class DemoCenter:
    code: str
    name_zh: str
    name_bo: str
    name_en: str
    county_code: str
    illustrative: bool
    aisles: int  # per zone
    levels: int  # per aisle
    has_dock: bool  # a receiving dock: goods are received there, then put away

    def storage_bins(self, zone: str) -> list[str]:
        return [
            f"{zone}-{a:02d}-{lv:02d}"
            for a in range(1, self.aisles + 1)
            for lv in range(1, self.levels + 1)
        ]

    def home_bin(self, product: DemoProduct, shift: int = 0) -> str:
        """The product's storage bin here (`shift` gives a neighbouring bin in its zone)."""
        bins = self.storage_bins(product.zone)
        return bins[(zlib.crc32(product.sku.encode()) + shift) % len(bins)]


# The region has three distribution centers, but only Tsochen's county is known
# (docs/field-facts.md, "Service centers and deliveries"). The other two are placed in
# neighbouring Ngari counties for the demo and say so in their names and `illustrative` flag.
CENTERS = (
    DemoCenter(
        "TSC",
        "措勤县物流配送中心",
        "མཚོ་ཆེན་རྫོང་གི་ལྟེ་གནས",
        "Tsochen County Logistics Distribution Center",
        "542527",
        False,
        2,
        3,
        True,
    ),
    DemoCenter(
        "GGY",
        "革吉县物流配送中心（示例）",
        "དགེ་རྒྱས་རྫོང་གི་ལྟེ་གནས",
        "Gegye County Distribution Center (illustrative)",
        "542525",
        True,
        1,
        2,
        False,
    ),
    DemoCenter(
        "GTS",
        "改则县物流配送中心（示例）",
        "སྒེར་རྩེ་རྫོང་གི་ལྟེ་གནས",
        "Gertse County Distribution Center (illustrative)",
        "542526",
        True,
        1,
        2,
        False,
    ),
)
assert tuple(c.code for c in CENTERS) == CENTER_CODES

OLD_AGE, NEW_AGE = 60, 10  # days since the two regular receipts of each product
# Lots that are close to their expiry date today: sku -> days left on the older lot.
NEAR_EXPIRY = {"YAK-BTR-01": 12, "SNC-LIP-01": 20, "BAR-TSM-01": 25}
# A lot received long ago that has expired since, still on the shelf at Tsochen.
EXPIRED = ("YAK-JRK-01", 8, 20)  # sku, units, days since expiry
# Arrived yesterday evening, still on the dock at Tsochen.
ARRIVALS = (("CSH-SCF-01", 40), ("INC-ZNT-01", 100), ("GEN-TEA-01", 50))
# Re-slotted to the neighbouring bin at Tsochen: sku, lot letter, units, days ago.
RESLOTS = (("CSH-SCF-01", "", 30, 5), ("YAK-JRK-01", "A", 40, 5), ("INC-ZNT-02", "", 100, 4))
# center, sku, lot letter, delta, reason, note, days ago
ADJUSTMENTS = (
    ("TSC", "CSH-SHL-01", "", -2, "damaged", "moth holes found at shelf check", 7),
    ("TSC", "YAK-BTR-01", "A", -3, "damaged", "blocks crushed, wrapping torn", 6),
    ("GGY", "YAK-CHR-01", "A", -2, "lost", "not found at count", 5),
    ("TSC", "HND-SLV-01", "", 1, "found", "found behind shelf in zone D", 4),
    ("GTS", "YAK-SCK-01", "", 2, "found", "returned unsold by a township station", 4),
    ("TSC", "INC-ZNT-01", "", -5, "sample", "samples for the county trade fair", 3),
)
# Who delivers each kind of goods. Illustrative, like the two other centers: the county's
# cooperatives are unknown (docs/field-facts.md, "Service centers and deliveries"): 示例.
SUPPLIERS = {
    Category.LIVESTOCK: "措勤县牧民专业合作社（示例）",
    Category.SPECIALTY: "措勤县特色产品合作社（示例）",
    Category.HANDICRAFT: "达雄乡手工艺合作社（示例）",
    Category.GENERAL: "措勤县供销社（示例）",
}
# Units held for orders today (FEFO picks the lots): center, sku, units.
HOLDS = (
    ("TSC", "CSH-SCF-01", 5),
    ("TSC", "YAK-JRK-01", 12),
    ("TSC", "SNC-CRM-01", 6),
    ("GGY", "INC-ZNT-01", 10),
)


@dataclass(frozen=True)
class _Event:
    at: datetime
    document: str  # name of the deterministic document id
    kind: str  # what the tally counts
    post: Callable[[UnitOfWork, uuid.UUID], object]


def load(uow: UnitOfWork, tally: Tally) -> None:
    """Create the demo centers, bins and products that are missing, then their history."""
    _load_centers(uow, tally)
    _load_products(uow, tally)
    today = services.today(uow)
    for event in sorted(_plan(today), key=lambda e: e.at):  # stable: ties keep plan order
        doc = document_id(event.document)
        if _posted(uow, doc):
            tally.count(event.kind, created=False)
            continue
        with backdated(uow, event.at):
            event.post(uow, doc)
        tally.count(event.kind, created=True)
    for center, sku, units in HOLDS:
        doc = document_id(f"hold:{center}:{sku}")
        held = uow.session.scalar(select(Reservation.id).where(Reservation.document_id == doc))
        if held is None:
            services.reserve(
                uow,
                center=center,
                sku=sku,
                quantity=units,
                document_type="demo-hold",
                document_id=doc,
            )
        tally.count("reservations", created=held is None)


def _load_centers(uow: UnitOfWork, tally: Tally) -> None:
    session = uow.session
    for spec in CENTERS:
        center = session.scalar(select(Center).where(Center.code == spec.code))
        tally.count("centers", created=center is None)
        if center is None:
            center = catalog.create_center(
                uow,
                code=spec.code,
                name_zh=spec.name_zh,
                name_bo=spec.name_bo,
                name_en=spec.name_en,
                county_code=spec.county_code,
                illustrative=spec.illustrative,
            )
        bins = [(zone, code) for zone in ZONES for code in spec.storage_bins(zone)]
        if spec.has_dock:
            bins.append(("R", DOCK))
        existing = set(session.scalars(select(Bin.code).where(Bin.center_id == center.id)))
        for zone, code in bins:
            tally.count("bins", created=code not in existing)
            if code not in existing:
                catalog.create_bin(uow, center, code, zone)


def _load_products(uow: UnitOfWork, tally: Tally) -> None:
    session = uow.session
    centers = [catalog.get_center(session, code) for code in CENTER_CODES]
    for spec in PRODUCTS:
        product = session.scalar(select(Product).where(Product.sku == spec.sku))
        tally.count("products", created=product is None)
        if product is None:
            catalog.create_product(
                uow,
                sku=spec.sku,
                name_zh=spec.name_zh,
                name_bo=spec.name_bo,
                name_en=spec.name_en,
                category=str(spec.category),
                unit=spec.unit,
                weight_g=spec.weight_g,
                barcode=spec.barcode,
                tracks_expiry=spec.tracks_expiry,
                owner=centers[0],
            )
            product = catalog.get_product(session, spec.sku)
        for index, center in enumerate(centers):
            point = spec.reorder_point(index)
            # A clerk's own reorder point wins over the demo's.
            if point and session.get(ProductCenter, (product.id, center.id)) is None:
                catalog.set_reorder_point(uow, product, center, point)


def _posted(uow: UnitOfWork, doc: uuid.UUID) -> bool:
    return uow.session.scalar(select(Move.id).where(Move.document_id == doc).limit(1)) is not None


def _at(today: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """A working-hours moment `days_ago` days before today, the center's time, as UTC."""
    return at_local(today - timedelta(days=days_ago), time(hour)) + timedelta(minutes=minute)


@dataclass(frozen=True)
class _Receipt:
    lot_letter: str
    days_ago: int
    expiry: date | None
    units: int


def _receipts(spec: DemoProduct, units: int, today: date) -> list[_Receipt]:
    """The older and the newer receipt of a product at one center."""
    old_units = round(units * 0.6)
    if spec.shelf_days is None:
        return [
            _Receipt("", OLD_AGE, None, old_units),
            _Receipt("", NEW_AGE, None, units - old_units),
        ]
    shelf = spec.shelf_days
    old_age = shelf - NEAR_EXPIRY[spec.sku] if spec.sku in NEAR_EXPIRY else min(OLD_AGE, shelf // 2)
    return [
        _Receipt("A", old_age, today + timedelta(days=shelf - old_age), old_units),
        _Receipt("B", NEW_AGE, today + timedelta(days=shelf - NEW_AGE), units - old_units),
    ]


def _lot(spec: DemoProduct, letter: str) -> str:
    return f"{spec.batch}{letter}" if letter else ""


def _plan(today: date) -> list[_Event]:
    by_sku = {p.sku: p for p in PRODUCTS}
    events: list[_Event] = []
    for spec in PRODUCTS:
        minute = zlib.crc32(spec.sku.encode()) % 120  # spread a day's receipts over the morning
        for center, units in zip(CENTERS, spec.stock, strict=True):
            if units == 0:
                continue
            for seq, receipt in enumerate(_receipts(spec, units, today), start=1):
                events += _receive(
                    center,
                    spec,
                    receipt,
                    f"{seq}",
                    _at(today, receipt.days_ago, 9, minute),
                    put_away=True,
                )
    tsc = CENTERS[0]
    sku, units, expired_days = EXPIRED
    spec = by_sku[sku]
    assert spec.shelf_days is not None
    old = _Receipt("C", spec.shelf_days + expired_days, today - timedelta(days=expired_days), units)
    events += _receive(tsc, spec, old, "expired", _at(today, old.days_ago, 11), put_away=True)
    for sku, units in ARRIVALS:
        arrival = _Receipt("", 1, None, units)
        events += _receive(tsc, by_sku[sku], arrival, "arrival", _at(today, 1, 17), put_away=False)
    for sku, letter, units, days_ago in RESLOTS:
        events.append(_reslot(tsc, by_sku[sku], letter, units, _at(today, days_ago, 15)))
    for center_code, sku, letter, delta, reason, note, days_ago in ADJUSTMENTS:
        center = next(c for c in CENTERS if c.code == center_code)
        events.append(
            _adjust(center, by_sku[sku], letter, delta, reason, note, _at(today, days_ago, 16))
        )
    return events


def _receive(
    center: DemoCenter,
    spec: DemoProduct,
    receipt: _Receipt,
    seq: str,
    at: datetime,
    *,
    put_away: bool,
) -> list[_Event]:
    lot = _lot(spec, receipt.lot_letter)
    home = center.home_bin(spec)
    into = DOCK if center.has_dock else home

    def post_receipt(uow: UnitOfWork, doc: uuid.UUID) -> object:
        # A receipt document as the Receiving page makes, so the stock card names its
        # number and supplier.
        documents.create_receipt(
            uow, center=center.code, receipt_id=doc, supplier=SUPPLIERS[Category(spec.category)]
        )
        documents.add_receipt_line(
            uow,
            doc,
            code=spec.sku,
            quantity=receipt.units,
            bin=into,
            lot=lot,
            expiry=receipt.expiry,
        )
        return documents.post_receipt(uow, doc)

    def post_putaway(uow: UnitOfWork, doc: uuid.UUID) -> object:
        return services.move_stock(
            uow,
            center=center.code,
            from_bin=DOCK,
            to_bin=home,
            sku=spec.sku,
            quantity=receipt.units,
            lot=lot,
            kind=MoveKind.PUTAWAY,
            document_type="putaway",
            document_id=doc,
        )

    name = f"{center.code}:{spec.sku}:{seq}"
    events = [_Event(at, f"receipt:{name}", "receipts", post_receipt)]
    if put_away and center.has_dock:
        events.append(_Event(at + timedelta(hours=2), f"putaway:{name}", "moves", post_putaway))
    return events


def _reslot(center: DemoCenter, spec: DemoProduct, letter: str, units: int, at: datetime) -> _Event:
    def post(uow: UnitOfWork, doc: uuid.UUID) -> object:
        return services.move_stock(
            uow,
            center=center.code,
            from_bin=center.home_bin(spec),
            to_bin=center.home_bin(spec, shift=1),
            sku=spec.sku,
            quantity=units,
            lot=_lot(spec, letter),
            kind=MoveKind.PUTAWAY,
            note="re-slotted to a second bin",
            document_type="reslot",
            document_id=doc,
        )

    return _Event(at, f"reslot:{center.code}:{spec.sku}", "moves", post)


def _adjust(
    center: DemoCenter,
    spec: DemoProduct,
    letter: str,
    delta: int,
    reason: str,
    note: str,
    at: datetime,
) -> _Event:
    def post(uow: UnitOfWork, doc: uuid.UUID) -> object:
        return services.adjust(
            uow,
            center=center.code,
            bin=center.home_bin(spec),
            sku=spec.sku,
            delta=delta,
            reason=reason,
            lot=_lot(spec, letter),
            note=note,
            document_type="adjustment",
            document_id=doc,
        )

    return _Event(at, f"adjustment:{center.code}:{spec.sku}:{reason}", "adjustments", post)
