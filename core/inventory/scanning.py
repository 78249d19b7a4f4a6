"""What a scanned code is: a product, a lot label, a bin label, a parcel or a document.

Label payloads are short plain ASCII so every scanner, every keyboard layout and
Code128 carry them unchanged, and a clerk can type one if the label is torn:

    L:<sku>:<lot>        lot label        L:SNC-CRM-50:2411A
    L:<20 digits>        lot label, short  L:00075634812973001234 (the lot id's first 64 bits)
    B:<center>:<bin>     bin label        B:TSC:A-01
    D:<number>           document label   D:TR-01AB23CD45 (receipt RC-, transfer TR-, count CC-)
    P:<number>           parcel label printed by the depot (shipping resolves the number)

A product is scanned by its barcode (usually EAN-13) or, failing that, its SKU.
A UPU S10 tracking number (EA123456785CN) is a parcel too.

Scanners on Chinese Windows arrive mangled: an input method in Chinese
punctuation mode turns ':' into '：' and '_' into '——'; a French layout turns
the digits of an EAN into '&é"'(-è_çà'; Caps Lock inverts letters. `normalize`
undoes what is certain, and `classify` tries the less certain variants only
when the code as read matches nothing.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import InvalidValue
from core.inventory.catalog import find_product_by_code
from core.inventory.models import Bin, Center, Lot, Product

LOT_PREFIX = "L:"
BIN_PREFIX = "B:"
DOCUMENT_PREFIX = "D:"
PARCEL_PREFIX = "P:"

_LABEL_PART = re.compile(r"[!-9;-~]+")  # printable ASCII without space and ':'
_S10 = re.compile(r"([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)

# Chinese-punctuation mode of an input method; NFKC already folds full-width forms.
_IME_PUNCTUATION = {
    "——": "_",
    "……": "^",
    "。": ".",
    "、": "\\",
    "【": "[",
    "】": "]",
    "《": "<",
    "》": ">",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "￥": "$",
    "·": "`",
    "「": "[",
    "」": "]",
}
# The digit row of a French AZERTY keyboard without Shift, as a US-layout scanner types it.
_AZERTY_DIGITS = str.maketrans("&é\"'(-è_çà", "1234567890")
_QWERTZ = str.maketrans("yzYZ", "zyZY")


class ScanKind(StrEnum):
    PRODUCT = "product"
    LOT = "lot"
    BIN = "bin"
    DOCUMENT = "document"
    PARCEL = "parcel"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    """A classified code. Only the fields of its kind are filled."""

    kind: ScanKind
    code: str  # the code as understood (after normalising)
    product_id: uuid.UUID | None = None
    sku: str = ""
    lot: str | None = None  # a lot label's lot code (the lot may not exist yet)
    center: str = ""
    bin: str = ""
    document: str = ""  # document or parcel number
    reason: str = ""  # why an unknown code is unknown


def _label_part(value: str, field: str) -> str:
    if not _LABEL_PART.fullmatch(value):
        raise InvalidValue(field, value, "label_ascii")
    return value


def lot_label(sku: str, lot: str) -> str:
    """Payload of a lot label. SKU and lot must be printable ASCII without ':' or spaces."""
    return f"{LOT_PREFIX}{_label_part(sku, 'sku')}:{_label_part(lot, 'lot')}"


LOT_ID_DIGITS = 20  # 2**64 has 20 decimal digits


def lot_id_label(lot_id: uuid.UUID) -> str:
    """The short payload of a lot label: the first 64 bits of the lot's id in digits.

    `L:SKU:LOT` grows with the SKU and lot code and does not fit a 60 mm label at two
    printer dots a module; 20 digits go into Code128's digit set (10 symbols) whatever
    the names. The first 64 bits of a time-ordered id are its millisecond and 12 more
    bits: two lots share them only when minted in the same millisecond with the same
    12 random bits, and the printing code checks the lot is alone before using it.
    """
    return f"{LOT_PREFIX}{lot_id.int >> 64:0{LOT_ID_DIGITS}d}"


def lot_id_range(code: str) -> tuple[uuid.UUID, uuid.UUID] | None:
    """The ids a short lot payload (`L:` and 20 digits) stands for, first and last;
    None when `code` is not one."""
    digits = code[2:]
    if code[:2].upper() != LOT_PREFIX or len(digits) != LOT_ID_DIGITS:
        return None
    if not (digits.isascii() and digits.isdigit()) or int(digits) >= 1 << 64:
        return None
    high = int(digits) << 64
    return uuid.UUID(int=high), uuid.UUID(int=high | ((1 << 64) - 1))


def bin_label(center: str, bin_code: str) -> str:
    return f"{BIN_PREFIX}{_label_part(center, 'center')}:{_label_part(bin_code, 'bin')}"


def document_label(number: str) -> str:
    return f"{DOCUMENT_PREFIX}{_label_part(number, 'number')}"


def parcel_label(number: str) -> str:
    return f"{PARCEL_PREFIX}{_label_part(number, 'number')}"


def normalize(raw: str) -> str:
    """Undo what an input method certainly did: full-width forms, Chinese punctuation, spaces."""
    text = unicodedata.normalize("NFKC", raw)
    for wide, narrow in _IME_PUNCTUATION.items():
        text = text.replace(wide, narrow)
    return text.strip().strip("\r\n\t")


def variants(code: str) -> Iterator[str]:
    """The code as read, then what it would be under the usual keyboard mix-ups."""
    seen = {code}
    yield code
    for candidate in (code.swapcase(), code.translate(_AZERTY_DIGITS), code.translate(_QWERTZ)):
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


def ean13_valid(code: str) -> bool:
    if len(code) != 13 or not code.isascii() or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def s10_valid(code: str) -> bool:
    """UPU S10 identifier with a correct check digit (docs/field-facts.md, "Postal identifiers")."""
    match = _S10.fullmatch(code)
    if match is None:
        return False
    total = sum(int(d) * w for d, w in zip(match.group(2), _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return check == int(match.group(3))


def classify(session: Session, raw: str, *, center: str | None = None) -> Scan:
    """What `raw` is. Never raises for an unknown code: it returns kind UNKNOWN with a reason.

    With `center`, a bare bin code typed by hand ("A-01") is accepted as that center's bin.
    """
    code = normalize(raw)
    if not code:
        return Scan(ScanKind.UNKNOWN, code, reason="empty")
    first = None
    for candidate in variants(code):
        scan = _classify_exact(session, candidate, center)
        if scan.kind != ScanKind.UNKNOWN:
            return scan
        first = first or scan
    assert first is not None
    return first


def _classify_exact(session: Session, code: str, center: str | None) -> Scan:
    prefix = code[:2].upper()
    if prefix == LOT_PREFIX:
        return _lot(session, code)
    if prefix == BIN_PREFIX:
        parts = code[2:].split(":")
        if len(parts) != 2:
            return Scan(ScanKind.UNKNOWN, code, reason="malformed_label")
        return _bin(session, code, parts[0], parts[1])
    if prefix == DOCUMENT_PREFIX and len(code) > 2:
        return Scan(ScanKind.DOCUMENT, code, document=code[2:].upper())
    if prefix == PARCEL_PREFIX and len(code) > 2:
        return Scan(ScanKind.PARCEL, code, document=code[2:])
    if s10_valid(code):
        return Scan(ScanKind.PARCEL, code, document=code)
    product = find_product_by_code(session, code)
    if product is not None:
        return Scan(ScanKind.PRODUCT, code, product_id=product.id, sku=product.sku)
    if center is not None:
        scan = _bin(session, code, center, code)
        if scan.kind == ScanKind.BIN:
            return scan
    if len(code) == 13 and code.isdigit() and not ean13_valid(code):
        return Scan(ScanKind.UNKNOWN, code, reason="bad_check_digit")
    return Scan(ScanKind.UNKNOWN, code, reason="unknown")


def _lot(session: Session, code: str) -> Scan:
    ids = lot_id_range(code)
    if ids is not None:
        return _lot_by_id(session, code, *ids)
    parts = code[2:].split(":")
    if len(parts) != 2 or not all(parts):
        return Scan(ScanKind.UNKNOWN, code, reason="malformed_label")
    sku, lot = parts
    product = session.scalar(select(Product).where(Product.sku == sku))
    if product is None:
        return Scan(ScanKind.UNKNOWN, code, sku=sku, reason="unknown_product")
    return Scan(ScanKind.LOT, code, product_id=product.id, sku=product.sku, lot=lot)


def _lot_by_id(session: Session, code: str, first: uuid.UUID, last: uuid.UUID) -> Scan:
    rows = session.execute(
        select(Product.id, Product.sku, Lot.code)
        .join(Lot, Lot.product_id == Product.id)
        .where(Lot.id.between(first, last))
        .limit(2)
    ).all()
    if len(rows) != 1:
        return Scan(ScanKind.UNKNOWN, code, reason="unknown_lot" if not rows else "ambiguous")
    product_id, sku, lot = rows[0]
    return Scan(ScanKind.LOT, code, product_id=product_id, sku=sku, lot=lot)


def _bin(session: Session, code: str, center_code: str, bin_code: str) -> Scan:
    row = session.execute(
        select(Center.code, Bin.code)
        .join(Bin, Bin.center_id == Center.id)
        .where(Center.code == center_code.upper(), Bin.code == bin_code.upper())
    ).first()
    if row is None:
        return Scan(ScanKind.UNKNOWN, code, center=center_code, bin=bin_code, reason="unknown_bin")
    return Scan(ScanKind.BIN, code, center=row[0], bin=row[1])


def bin_code(session: Session, center: str, value: str) -> str:
    """A bin given as a bin label or as a bare code, as the bin code at `center`."""
    scan = classify(session, value, center=center)
    if scan.kind == ScanKind.BIN and scan.center == center:
        return scan.bin
    return normalize(value).upper()


def product_and_lot(
    session: Session, code: str, lot: str | None = None
) -> tuple[Product, str | None]:
    """The product a code names and the lot code, if a lot label was scanned or `lot` given.

    Raises `UnknownScan` for a code that is not a product or lot label.
    """
    from core.inventory.workflow_errors import UnknownScan

    scan = classify(session, code)
    if scan.kind not in (ScanKind.PRODUCT, ScanKind.LOT) or scan.product_id is None:
        raise UnknownScan(normalize(code), scan.reason or scan.kind.value)
    product = session.get_one(Product, scan.product_id)
    if scan.lot is not None and lot not in (None, "", scan.lot):
        raise InvalidValue("lot", lot, "label_mismatch")
    return product, scan.lot if scan.lot is not None else lot
