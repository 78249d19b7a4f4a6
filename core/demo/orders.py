"""Demo orders of the county's online store, and parcels that arrived from carriers.

DEMO DATA: buyers, phones and addresses are invented (phones in the 138-0000
range no one holds). The orders go through the real import path, so loading
again finds them by marketplace order number and creates nothing twice. Stock
is reserved for them (one waits on backorder); three carrier parcels arrived
and are READY for their township runs. The first few township orders are
packed and weighed as a clerk would (scan each unit, close), so runs and labels
have order parcels to show.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from core.demo import Tally
from core.inventory.models import Product
from core.orders.arrivals import register_arrival
from core.orders.fulfilment import allocate, close_parcel, pack_scan
from core.orders.importing.values import LineRecord, OrderRecord, ReadResult
from core.orders.imports import store_orders
from core.shipping.models import Order, Parcel, ParcelStatus
from core.uow import UnitOfWork

CENTER = "TSC"
CHANNEL = "taobao"
PAID = "买家已付款，等待卖家发货"
# order number suffix, recipient, address, [(sku, units)], hours since payment
ORDERS = (
    ("01", "བཀྲ་ཤིས་སྒྲོལ་མ", "西藏 阿里地区 措勤县 措勤镇 措勤居委会", [("CSH-SCF-01", 1)], 50),
    ("02", "次仁卓嘎", "西藏自治区 阿里地区 措勤县 磁石乡", [("YAK-JRK-01", 2)], 46),
    ("03", "ཚེ་རིང་དོན་གྲུབ", "西藏 阿里 措勤县 曲洛乡", [("BAR-TSM-01", 1), ("YAK-JRK-01", 1)], 40),
    ("04", "王芳", "西藏 拉萨市 城关区 北京东路 12 号", [("CSH-SHL-01", 1)], 30),
    ("05", "李强", "四川省 成都市 武侯区 人民南路 4 段 9 号", [("YAK-SCF-01", 1)], 28),
    ("06", "拉姆", "西藏 阿里地区 措勤县 江让乡", [("BAR-TEA-01", 2)], 20),
    ("07", "སྒྲོལ་དཀར", "西藏 阿里地区 措勤县 达雄乡", [("CSH-HAT-01", 1)], 12),
    ("08", "多吉", "阿里 措勤 磁石", [("YAK-SCK-01", 3)], 8),
    ("09", "格桑", "措勤 江然乡", [("CSH-GLV-01", 1)], 5),  # a typo the resolver forgives
    ("10", "央金", "西藏 阿里地区 措勤县 措勤镇", [("CSH-RAW-01", 400)], 3),  # backorder
)
PACKED = ("01", "02", "03", "06", "07")  # packed and weighed, READY for a run
ARRIVALS = (
    ("YT7000000000101", "圆通", "ཉི་མ", "措勤县 措勤镇"),
    ("ZT7300000000102", "中通", "平措", "西藏 阿里地区 措勤县 磁石乡"),
    ("JD0000000000103", "京东", "ཡང་ཅན", "措勤县 达雄乡"),
)


def order_number(suffix: str) -> str:
    return f"38120161111000000{suffix}"


def load(uow: UnitOfWork, tally: Tally) -> None:
    now = uow.clock()
    records = [
        OrderRecord(
            line=i + 2,
            external_id=order_number(suffix),
            status=PAID,
            eligible=True,
            recipient=recipient,
            phone=f"1380000{1000 + i:04d}",
            address=address,
            buyer=f"demo_buyer_{suffix}",
            paid_at=now - timedelta(hours=hours),
            ordered_at=now - timedelta(hours=hours, minutes=3),
            lines=[LineRecord(sku, "", units) for sku, units in lines],
        )
        for i, (suffix, recipient, address, lines, hours) in enumerate(ORDERS)
    ]
    report = store_orders(
        uow, ReadResult(CHANNEL, "demo", "", "demo", records, [], [], len(records)), center=CENTER
    )
    for _ in range(report.imported):
        tally.count("orders", created=True)
    for _ in range(report.duplicates):
        tally.count("orders", created=False)
    allocate(uow, center=CENTER)
    _pack(uow, tally)
    known = set(
        uow.session.scalars(
            select(Parcel.carrier_barcode).where(Parcel.carrier_barcode.is_not(None))
        )
    )
    for barcode, carrier, recipient, address in ARRIVALS:
        present = barcode in known
        if not present:
            register_arrival(
                uow,
                barcode=barcode,
                recipient=recipient,
                address=address,
                phone="13800002000",
                carrier=carrier,
                center=CENTER,
            )
        tally.count("arrived parcels", created=not present)


def _pack(uow: UnitOfWork, tally: Tally) -> None:
    session = uow.session
    for suffix in PACKED:
        parcel = session.scalar(
            select(Parcel)
            .join(Order, Order.id == Parcel.order_id)
            .where(Order.channel == CHANNEL, Order.external_id == order_number(suffix))
        )
        if parcel is None or parcel.status != ParcelStatus.PICKING.value:
            tally.count("packed parcels", created=False)
            continue
        units = dict(next(lines for s, _r, _a, lines, _h in ORDERS if s == suffix))
        weight = 0
        for sku, count in units.items():
            product = session.scalar(select(Product).where(Product.sku == sku))
            assert product is not None
            code = product.barcode or product.sku
            for _ in range(count):
                pack_scan(uow, parcel.id, code)
            weight += product.weight_g * count
        close_parcel(uow, parcel.id, weight + 150)  # box and padding
        tally.count("packed parcels", created=True)
