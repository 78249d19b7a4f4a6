"""What our printed barcodes hold, and reading it back from a scan.

A UUID as text is 36 characters: 431 Code128 modules, too wide for a 100 mm
label at two printer dots a module. The same 128 bits as 40 decimal digits go
into Code128's double-density digit set: 255 modules. So parcel and run
barcodes hold the id as 40 digits behind the scan-code prefixes of
`core.inventory.scanning` ("P:" parcel, "D:" document: a run, a pick list),
277 modules; QR codes (roomy) hold the id as text.
"""

from __future__ import annotations

import uuid

from core.inventory.scanning import DOCUMENT_PREFIX, PARCEL_PREFIX, document_label, parcel_label

ID_CODE_DIGITS = 40


def id_code(value: uuid.UUID) -> str:
    """The 40-digit form of an id for a Code128 barcode."""
    return f"{value.int:0{ID_CODE_DIGITS}d}"


def parcel_code(parcel_id: uuid.UUID) -> str:
    """What a parcel label's Code128 holds: P: and the id's 40 digits."""
    return parcel_label(id_code(parcel_id))


def document_code(document_id: uuid.UUID) -> str:
    """What a run label's or manifest's Code128 holds: D: and the id's 40 digits."""
    return document_label(id_code(document_id))


def id_from_code(code: str) -> uuid.UUID | None:
    """The id a scanned code stands for: P:/D: and 40 digits, 40 digits, or a UUID text;
    None for anything else (a tracking number, a carrier barcode: look those up by their
    own columns)."""
    code = code.strip()
    if code[:2].upper() in (PARCEL_PREFIX, DOCUMENT_PREFIX):
        code = code[2:]
    if len(code) == ID_CODE_DIGITS and code.isascii() and code.isdigit():
        number = int(code)
        return uuid.UUID(int=number) if number < 1 << 128 else None
    if len(code) == 36 and code.isascii():
        try:
            return uuid.UUID(code)
        except ValueError:
            return None
    return None


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number: 13812345678 -> 138****5678."""
    digits = phone.strip()
    if len(digits) >= 11:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    if len(digits) >= 7:
        return digits[:2] + "*" * (len(digits) - 4) + digits[-2:]
    return "*" * len(digits)
