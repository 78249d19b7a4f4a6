"""What a code scanned or typed on the packing side names: an order to open, or an item.

Told from the code alone, before any query: an order number of the marketplaces is 17 to
19 digits (docs/field-facts.md, "Marketplace exports"); our parcel label holds `P:` and the parcel's
id (`core.printing.payloads`), its QR code the id as text. Item barcodes are EAN-13 or
SKUs, never either of these.
"""

from __future__ import annotations

from core.inventory.scanning import DOCUMENT_PREFIX, PARCEL_PREFIX, normalize
from core.orders.importing.values import BadCell, marketplace_order_id
from core.printing.payloads import id_from_code


def names_an_order(code: str) -> bool:
    """Whether `code` names an order's parcel rather than an item."""
    text = normalize(code)
    prefix = text[:2].upper()
    if prefix == PARCEL_PREFIX:
        return True
    if prefix != DOCUMENT_PREFIX and id_from_code(text) is not None:
        return True
    try:
        marketplace_order_id(text)
    except BadCell:
        return False
    return True
