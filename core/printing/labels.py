"""The label kinds as plain data, and the fields each hands to a layout.

Each `*LabelData` is filled from the database (`sources.py`) or by a caller
that has the data at hand; `fields()` turns it into the names layouts use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, heading
from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.inventory.scanning import bin_label
from core.printing.barcodes import ean13_check_digit
from core.printing.payloads import document_code, mask_phone, parcel_code
from core.printing.render import Symbol

REPRINT = QT_TRANSLATE_NOOP("Label", "REPRINT")


def _join(*names: str) -> str:
    return "  ".join(n for n in names if n)


# Buyers write provinces short ("西藏" for 西藏自治区, docs/field-facts.md, "Addresses").
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
    "湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_PROVINCE = re.compile(
    f"(?:{_PROVINCES})(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)?"
)
_CITY = re.compile(r"\S+?(?:自治州|地区|市|州|盟)")
_COUNTY = re.compile(r"\S+?(?:自治县|县|区|市|旗)")


def postal_destination(address: str) -> str:
    """The city and county of a postal address, as couriers print them large: from
    `省 市 县 乡镇 详细地址` (docs/field-facts.md, "Addresses"), "拉萨市 城关区"; what of
    the two can be told when the buyer ran the levels together; "" when neither can."""
    parts = address.split()
    if len(parts) >= 3 and _PROVINCE.fullmatch(parts[0]):
        return f"{parts[1]} {parts[2]}"
    text = "".join(parts)
    province = _PROVINCE.match(text)
    # A municipality is its own city: 北京市朝阳区.
    city = _CITY.match(text, province.end() if province else 0)
    if province and text[province.end() - 1 : province.end()] == "市" and city is None:
        city = province
    rest = city.end() if city else province.end() if province else 0
    county = _COUNTY.match(text, rest)
    return " ".join(m.group() for m in (city, county) if m)


def _kg(weight_g: int | None) -> str:
    return "" if weight_g is None else f"{weight_g / 1000:.2f} kg"


@dataclass(frozen=True)
class ParcelLabelData:
    parcel_id: Any  # uuid.UUID
    recipient: str
    phone: str
    township_zh: str = ""
    township_bo: str = ""
    village_zh: str = ""
    village_bo: str = ""
    address: str = ""  # shown when the label names no village point (postal, unplaced)
    tracking: str | None = None
    run_name: str = ""
    stop_number: int | None = None
    stop_count: int | None = None
    center_name: str = ""
    weight_g: int | None = None
    day: date | None = None
    postal: bool = False
    reprint: bool = False
    number: str = ""  # the parcel number people read (`TSC-1204-0012`), printed large
    order: str = ""  # the marketplace order number, for whoever packs or calls about it
    center_phone: str = ""  # the sender block of courier-size labels
    center_address: str = ""
    contents: str = ""  # what is in the parcel, e.g. "青稞茶 ×2, 藏香"

    def fields(self) -> dict[str, Any]:
        # The parcel's own code is always on the label: the load check scans it.
        # A tracking number, once known, is the post office's: it gets a barcode too.
        stop = ""
        if self.stop_number is not None:
            stop = str(self.stop_number)
            if self.stop_count:
                stop += f"/{self.stop_count}"
        postal = translate("Label", "POSTAL")
        return {
            "barcode": Symbol("code128", parcel_code(self.parcel_id)),
            "tracking_barcode": Symbol("code128", self.tracking) if self.tracking else None,
            "tracking": self.tracking or "",
            # Upper case fits QR alphanumeric mode: a 25x25 symbol instead of 29x29,
            # bigger modules on the label and a third less encoding time.
            "qr": str(self.parcel_id).upper(),
            "recipient": self.recipient,
            "phone": mask_phone(self.phone),
            # A postal parcel's big field is where the post takes it, as couriers print.
            "township_zh": self.township_zh
            or (
                (postal_destination(self.address) or translate("Label", "POSTAL"))
                if self.postal
                else ""
            ),
            "township_bo": self.township_bo,
            "village": postal if self.postal else _join(self.village_zh, self.village_bo),
            # Without a village point the township keeper has only the address to go by.
            "address": self.address if self.postal or not self.village_zh else "",
            "run": self.run_name,
            "stop": stop,
            "center": self.center_name,
            "center_phone": self.center_phone,
            "center_address": self.center_address,
            "contents": self.contents,
            "weight": _kg(self.weight_g),
            "date": self.day.isoformat() if self.day else "",
            "reprint": heading("Label", REPRINT) if self.reprint else "",
            "number": self.number,
            "order": self.order,
        }


def product_symbol(sku: str, barcode: str | None) -> Symbol:
    """EAN-13 when the product carries a valid one, else Code128 of the SKU."""
    if (
        barcode
        and len(barcode) == 13
        and barcode.isascii()
        and barcode.isdigit()
        and ean13_check_digit(barcode[:12]) == barcode[12]
    ):
        return Symbol("ean13", barcode)
    return Symbol("code128", sku)


@dataclass(frozen=True)
class ProductLabelData:
    sku: str
    name_zh: str
    name_bo: str = ""
    name_en: str = ""
    barcode: str | None = None
    lot: str = ""
    expiry: date | None = None
    unit: str = ""
    lot_payload: str | None = None  # a scannable lot code, when the scanning area defines one
    lot_short: str | None = None  # the lot's id digits (`L:` + 20), where lot_payload is long
    reprint: bool = False

    def fields(self) -> dict[str, Any]:
        payload = self.lot_payload or self.lot_short
        return {
            "barcode": product_symbol(self.sku, self.barcode),
            "lot_barcode": Symbol("code128", payload, self.lot_short) if payload else None,
            "sku": self.sku,
            "name_zh": self.name_zh,
            "name_bo": self.name_bo,
            "name_en": self.name_en,
            "lot": self.lot,
            "expiry": self.expiry.isoformat() if self.expiry else "",
            "unit": self.unit,
            "reprint": heading("Label", REPRINT) if self.reprint else "",
        }


@dataclass(frozen=True)
class BinLabelData:
    center_code: str
    bin_code: str
    zone: str = ""
    payload: str = ""  # what the scanner reads; defaults to the bin label B:CENTER:BIN
    reprint: bool = False

    def fields(self) -> dict[str, Any]:
        return {
            "barcode": Symbol(
                "code128", self.payload or bin_label(self.center_code, self.bin_code)
            ),
            "bin": self.bin_code,
            "center": self.center_code,
            "zone": self.zone,
            "reprint": heading("Label", REPRINT) if self.reprint else "",
        }


@dataclass(frozen=True)
class RunLabelData:
    run_id: Any  # uuid.UUID
    name: str
    township_zh: str
    township_bo: str = ""
    day: date | None = None
    vehicle: str = ""
    stop_count: int = 0
    parcel_count: int = 0
    weight_g: int = 0
    center_name: str = ""
    reprint: bool = False

    def fields(self) -> dict[str, Any]:
        return {
            "barcode": Symbol("code128", document_code(self.run_id)),
            "qr": str(self.run_id).upper(),
            "run": self.name,
            "township_zh": self.township_zh,
            "township_bo": self.township_bo,
            "date": self.day.isoformat() if self.day else "",
            "vehicle": self.vehicle,
            "counts": translate("Label", "{stops} stops · {parcels} parcels").format(
                stops=self.stop_count, parcels=self.parcel_count
            ),
            "weight": _kg(self.weight_g),
            "center": self.center_name,
            "reprint": heading("Label", REPRINT) if self.reprint else "",
        }
