"""Product barcodes: EAN-13 checked by its check digit, and internal codes for goods
sold without one.

An internal code is an EAN-13 in GS1's restricted-circulation range, prefix 29
(docs/field-facts.md, "Product barcodes"): the product's label carries it and every
scanner reads it, and it can never be a manufacturer's code. The demo's codes use
prefix 20, so the two never meet.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inventory.models import Product
from core.masterdata.errors import BadBarcode

INTERNAL_PREFIX = "29"


def check_digit(digits12: str) -> str:
    """The 13th digit of an EAN-13 whose first 12 are `digits12` (weights 1, 3, 1, 3...)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def ean13(text: str) -> str:
    """`text` as an EAN-13 (blanks and a scanner's spaces removed), or `BadBarcode`."""
    code = "".join(text.split())
    if len(code) != 13 or not code.isascii() or not code.isdigit():
        raise BadBarcode(text, "ean13")
    expected = check_digit(code[:12])
    if code[12] != expected:
        raise BadBarcode(text, "check_digit", expected)
    return code


def is_internal(code: str) -> bool:
    return code.startswith(INTERNAL_PREFIX)


def _candidate(number: int) -> str:
    digits = INTERNAL_PREFIX + f"{number % 10**10:010d}"
    return digits + check_digit(digits)


def internal_code(session: Session, product_id: uuid.UUID) -> str:
    """A free internal EAN-13 for one product (`internal_codes`)."""
    return internal_codes(session, [product_id])[product_id]


def internal_codes(session: Session, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """A free internal EAN-13 per product: 29, ten digits of its id, the check digit.

    The id's random part picks the digits, so two PCs making products at once do not
    race for the next number; the rare code already taken moves on by one. Looked up
    500 at a time, not one query per product (an import gives thousands).
    """
    numbers = {pid: pid.int % 10**10 for pid in product_ids}
    codes: dict[uuid.UUID, str] = {}
    used: set[str] = set()
    pending = list(product_ids)
    while pending:
        wanted = {pid: _candidate(numbers[pid]) for pid in pending}
        taken = set(used)
        values = sorted(set(wanted.values()))
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            taken.update(
                code
                for code in session.scalars(
                    select(Product.barcode).where(Product.barcode.in_(chunk))
                )
                if code
            )
        retry = []
        for pid in pending:
            code = wanted[pid]
            if code in taken or code in used:
                numbers[pid] += 1
                retry.append(pid)
            else:
                codes[pid] = code
                used.add(code)
        pending = retry
    return codes
