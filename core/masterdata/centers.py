"""Centers: created once (the wizard's first real step), edited by themselves, retired.

A center row is owned by the center itself: only that center's PCs edit or retire it
(`by` is the acting PC's home center). A center is never deleted: its moves, documents
and parcels name it for good.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from core.changes import Changes
from core.errors import InvalidValue
from core.inventory import catalog
from core.inventory.models import Center
from core.masterdata.errors import NotOwner, Retired
from core.masterdata.history import record_edit, snapshot
from core.masterdata.models import EditedKind
from core.places.changes import PlaceChanges
from core.places.gazetteer import link_served_townships
from core.text_limits import checked_text
from core.uow import UnitOfWork

# What a clerk may change of a center, in the order the forms show it.
CENTER_FIELDS = ("name_zh", "name_bo", "name_en", "county_code", "address", "phone")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,15}")
# A county's statistical code: 6 digits (docs/field-facts.md, "The place": Tsochen 542527).
_COUNTY = re.compile(r"[0-9]{6}")
_PHONE = re.compile(r"[0-9+() -]{0,32}")


@dataclass(frozen=True)
class CenterRow:
    """A center as the master-data page and `centers list` show it."""

    id: uuid.UUID
    code: str
    name_zh: str
    name_bo: str
    name_en: str
    county_code: str
    address: str
    phone: str
    retired: bool
    illustrative: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "code": self.code,
            "name_zh": self.name_zh,
            "name_bo": self.name_bo,
            "name_en": self.name_en,
            "county": self.county_code,
            "address": self.address,
            "phone": self.phone,
            "retired": self.retired,
        }


@dataclass(frozen=True)
class CenterSaved:
    id: uuid.UUID
    code: str
    changes: Changes


def _checked_fields(values: dict[str, str | None]) -> dict[str, str | None]:
    checked: dict[str, str | None] = {}
    for name, value in values.items():
        if name not in CENTER_FIELDS:
            raise InvalidValue("field", name, "unknown")
        text = (value or "").strip()
        if name == "name_zh" and not text:
            raise InvalidValue("name_zh", value, "required")
        if name == "county_code":
            if text and not _COUNTY.fullmatch(text):
                raise InvalidValue("county_code", value, "county")
            checked[name] = text or None
            continue
        if name == "phone" and not _PHONE.fullmatch(text):
            raise InvalidValue("phone", value, "phone")
        checked[name] = checked_text(text, getattr(Center, name), name)
    return checked


def center_code(text: str) -> str:
    """A center code as typed: 2 to 16 letters, digits or dashes, kept in capitals."""
    code = text.strip().upper()
    if not _CODE.fullmatch(code):
        raise InvalidValue("code", text, "center_code")
    return code


def add_center(
    uow: UnitOfWork,
    *,
    code: str,
    name_zh: str,
    name_bo: str = "",
    name_en: str = "",
    county_code: str | None = None,
    address: str = "",
    phone: str = "",
) -> CenterSaved:
    """A new center; `DuplicateValue` when its code exists (retired centers included)."""
    fields = _checked_fields(
        {
            "name_zh": name_zh,
            "name_bo": name_bo,
            "name_en": name_en,
            "county_code": county_code,
            "address": address,
            "phone": phone,
        }
    )
    center = catalog.create_center(
        uow,
        code=center_code(code),
        name_zh=fields["name_zh"] or "",
        name_bo=fields["name_bo"] or "",
        name_en=fields["name_en"] or "",
        county_code=fields["county_code"],
    )
    center.address = fields["address"] or ""
    center.phone = fields["phone"] or ""
    uow.session.flush()
    record_edit(
        uow, EditedKind.CENTER, center.id, {}, snapshot(center, ("code", *CENTER_FIELDS)), center.id
    )
    changes = Changes(centers=frozenset({center.id}))
    # The shipped townships of its county are its to serve from now, not from the next start.
    if center.county_code and link_served_townships(uow.session.connection()):
        changes = changes | PlaceChanges(places=True)
    return CenterSaved(center.id, center.code, changes)


def _own_center(uow: UnitOfWork, code: str, by: str) -> Center:
    center = catalog.get_center(uow.session, code.strip().upper())
    if by.strip().upper() != center.code:
        raise NotOwner("center", center.code, center.code, by)
    return center


def edit_center(uow: UnitOfWork, code: str, *, by: str, **values: str | None) -> CenterSaved:
    """Change the named fields of a center (`CENTER_FIELDS`), from that center only."""
    center = _own_center(uow, code, by)
    if center.retired_at is not None:
        raise Retired("center", center.code)
    fields = _checked_fields(values)
    before = snapshot(center, tuple(fields))
    for name, value in fields.items():
        setattr(center, name, value)
    uow.session.flush()
    if not record_edit(
        uow, EditedKind.CENTER, center.id, before, snapshot(center, tuple(fields)), center.id
    ):
        return CenterSaved(center.id, center.code, Changes())
    return CenterSaved(center.id, center.code, Changes(centers=frozenset({center.id})))


def retire_center(uow: UnitOfWork, code: str, *, by: str) -> CenterSaved:
    """Retire a center: it stays in every record, and is offered for new work no more."""
    center = _own_center(uow, code, by)
    if center.retired_at is not None:
        return CenterSaved(center.id, center.code, Changes())
    center.retired_at = uow.clock()
    uow.session.flush()
    record_edit(uow, EditedKind.CENTER, center.id, {"retired": False}, {"retired": True}, center.id)
    return CenterSaved(center.id, center.code, Changes(centers=frozenset({center.id})))


def center_rows(uow: UnitOfWork, *, retired: bool = True) -> list[CenterRow]:
    """Every center in code order; `retired=False` leaves the retired ones out."""
    stmt = select(Center).order_by(Center.code)
    if not retired:
        stmt = stmt.where(Center.retired_at.is_(None))
    return [
        CenterRow(
            c.id,
            c.code,
            c.name_zh,
            c.name_bo,
            c.name_en,
            c.county_code or "",
            c.address,
            c.phone,
            c.retired_at is not None,
            c.illustrative,
        )
        for c in uow.session.scalars(stmt)
    ]


def has_center(uow: UnitOfWork) -> bool:
    """Whether the database holds any center (the wizard opens when it holds none)."""
    return uow.session.scalar(select(Center.id).limit(1)) is not None
