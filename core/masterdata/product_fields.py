"""The fields of a product record as a clerk gives them, checked one by one.

Shared by the product form, `products add`, and the catalog import (which reports a
refusal at the line and column of the field); each check raises a typed error that
names its field.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from core.errors import InvalidValue
from core.inventory.models import Category, Product
from core.masterdata.barcodes import ean13
from core.masterdata.units import parse_unit
from core.text_limits import checked_text

# Fields a catalog mapping can fill, in the order the mapping dialog shows them.
PRODUCT_FIELDS = (
    "sku",
    "name_zh",
    "name_bo",
    "name_en",
    "barcode",
    "unit",
    "weight_g",
    "shelf_life_days",
    "category",
)
PRODUCT_REQUIRED = ("sku", "name_zh")
NAMES = ("name_zh", "name_bo", "name_en")
MAX_WEIGHT_G = 1_000_000  # a tonne: what one counted unit can weigh at most
MAX_SHELF_LIFE = 3650  # ten years; an expiry further off is no expiry
# What a county catalogue writes for each category, besides the English value.
CATEGORY_WORDS = {
    "畜产品": Category.LIVESTOCK,
    "牧产品": Category.LIVESTOCK,
    "特产": Category.SPECIALTY,
    "特色产品": Category.SPECIALTY,
    "土特产": Category.SPECIALTY,
    "手工艺品": Category.HANDICRAFT,
    "手工艺": Category.HANDICRAFT,
    "其他": Category.GENERAL,
    "日用品": Category.GENERAL,
}
# GBK cannot hold Tibetan: an old export writes each lost letter as "?" (docs/field-facts.md,
# "Marketplace exports"). Two in a row never occur in a real name.
_LOST = re.compile(r"\?{2,}|^[?\s་]+$")
_NUMBER = re.compile(r"[0-9]{1,7}")


def sku(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue("sku", value, "required")
    text = unicodedata.normalize("NFKC", value).strip()
    if any(c.isspace() for c in text) or not text.isprintable():
        raise InvalidValue("sku", value, "sku")
    return checked_text(text, Product.sku, "sku")


def name(field: str, value: object) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if field == "name_zh" and not text:
        raise InvalidValue(field, value, "required")
    if _LOST.search(text):
        raise InvalidValue(field, value, "lost_text")
    return checked_text(text, getattr(Product, field), field)


def whole(field: str, value: object, *, low: int, high: int) -> int | None:
    """A whole number typed or imported (`""`/None: none), strictly digits."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidValue(field, value, "range")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise InvalidValue(field, value, "number")
    if not low <= number <= high:
        raise InvalidValue(field, value, "range")
    return number


def category(value: object) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return Category.GENERAL.value
    if text in CATEGORY_WORDS:
        return CATEGORY_WORDS[text].value
    if text.lower() in {c.value for c in Category}:
        return text.lower()
    raise InvalidValue("category", value, "unknown")


def checked(values: dict[str, Any]) -> dict[str, Any]:
    """Each given field checked and written the one way the catalogue keeps it."""
    out: dict[str, Any] = {}
    for field, value in values.items():
        if field == "sku":
            out[field] = sku(value)
        elif field in NAMES:
            out[field] = name(field, value)
        elif field == "barcode":
            out[field] = ean13(value) if isinstance(value, str) and value.strip() else None
        elif field == "unit":
            out[field] = parse_unit(value if isinstance(value, str) else "")
        elif field == "weight_g":
            out[field] = whole(field, value, low=0, high=MAX_WEIGHT_G) or 0
        elif field == "shelf_life_days":
            out[field] = whole(field, value, low=1, high=MAX_SHELF_LIFE)
        elif field == "category":
            out[field] = category(value)
        elif field == "tracks_expiry":
            out[field] = bool(value)
        else:
            raise InvalidValue("field", field, "unknown")
    return out
