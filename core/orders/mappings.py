"""Column mappings saved by name: the clerk maps a shop's spreadsheet once, then reuses it."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InvalidValue
from core.masterdata.product_fields import PRODUCT_FIELDS, PRODUCT_REQUIRED
from core.orders.importing.errors import UnknownMapping
from core.orders.importing.mapped import (
    ARRIVAL_FIELDS,
    ARRIVAL_REQUIRED,
    ORDER_FIELDS,
    REQUIRED_FIELDS,
    ColumnMapping,
)
from core.orders.models import SavedMapping
from core.text_limits import checked_text
from core.uow import UnitOfWork
from core.validation import require_text

KINDS = {
    "orders": (ORDER_FIELDS, REQUIRED_FIELDS),
    "arrivals": (ARRIVAL_FIELDS, ARRIVAL_REQUIRED),
    "products": (PRODUCT_FIELDS, PRODUCT_REQUIRED),  # the catalog import (core.masterdata)
}


def save_mapping(
    uow: UnitOfWork, *, name: str, columns: dict[str, str], kind: str = "orders", channel: str = ""
) -> Changes:
    """Create or replace the mapping called `name`.

    Args:
        columns: header in the file per field (see `ORDER_FIELDS`); blank = unmapped.
        channel: whose order numbers these are; defaults to the mapping's name, so
            two shops' order "1001" stay two orders.
    """
    name = require_text(name, "name", SavedMapping.name)
    if kind not in KINDS:
        raise InvalidValue("kind", kind, "unknown")
    fields, required = KINDS[kind]
    cleaned = {f: h.strip() for f, h in columns.items() if h and h.strip()}
    for field in cleaned:
        if field not in fields:
            raise InvalidValue("field", field, "unknown")
    for field in required:
        if field not in cleaned:
            raise InvalidValue(field, None, "required")
    channel = checked_text((channel or name).strip(), SavedMapping.channel, "channel")
    saved = uow.session.scalar(select(SavedMapping).where(SavedMapping.name == name))
    if saved is None:
        saved = SavedMapping(name=name)
        uow.session.add(saved)
    saved.kind = kind
    saved.channel = channel
    saved.columns_json = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
    saved.updated_at = uow.clock()
    saved.actor = uow.actor
    uow.session.flush()
    return Changes()  # no view shows mappings but the dialog that saved it


def load_mapping(session: Session, name: str, kind: str = "orders") -> ColumnMapping:
    saved = session.scalar(
        select(SavedMapping).where(SavedMapping.name == name, SavedMapping.kind == kind)
    )
    if saved is None:
        raise UnknownMapping(name)
    return ColumnMapping(saved.name, saved.channel, json.loads(saved.columns_json))


def mapping_names(session: Session, kind: str = "orders") -> list[str]:
    return list(
        session.scalars(
            select(SavedMapping.name).where(SavedMapping.kind == kind).order_by(SavedMapping.name)
        )
    )


def order_mapping_names(uow: UnitOfWork) -> list[str]:
    """The saved mappings an order import may use, by name (the import dialog's choices)."""
    return mapping_names(uow.session)
