"""The shipped gazetteer: administrative divisions loaded into `division`.

The rows live in `resources/gazetteer/ngari.csv` (sources in its README). Loading
is idempotent and never destroys a clerk's work: missing rows are added, the
shipped Chinese name and parent win, and Tibetan and pinyin names are only
filled where still empty (docs/field-facts.md, "The place", leaves several
unknown; clerks enter them). The same code runs inside migration 0350 on a plain connection, so it
uses Core statements on a fixed table shape rather than the ORM models.
"""

from __future__ import annotations

import csv
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Connection, select

from core.errors import DuplicateValue, InvalidValue, UnknownCenter
from core.inventory.models import Center
from core.paths import resource_path
from core.places.changes import PlaceChanges
from core.places.errors import UnknownPlace
from core.places.index import forget_index, index_for
from core.shipping.models import Division, DivisionLevel
from core.text_limits import checked_text
from core.uow import UnitOfWork

# Tsochen's center code: its townships are served by it when it exists.
TSOCHEN_COUNTY = "542527"
TSOCHEN_CENTER = "TSC"

_division = sa.table(
    "division",
    sa.column("code", sa.String),
    sa.column("level", sa.String),
    sa.column("parent_code", sa.String),
    sa.column("name_zh", sa.String),
    sa.column("name_bo", sa.String),
    sa.column("name_pinyin", sa.String),
    sa.column("center_id", sa.Uuid),
)
_center = sa.table(
    "center",
    sa.column("id", sa.Uuid),
    sa.column("code", sa.String),
    sa.column("county_code", sa.String),
)


@dataclass(frozen=True)
class GazetteerRow:
    code: str
    level: str
    parent_code: str | None
    name_zh: str
    name_bo: str
    name_pinyin: str


def shipped_rows(path: Path | None = None) -> list[GazetteerRow]:
    """The rows of the shipped CSV, parents before children."""
    path = path or resource_path("gazetteer", "ngari.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [
            GazetteerRow(
                code=r["code"].strip(),
                level=r["level"].strip(),
                parent_code=r["parent_code"].strip() or None,
                name_zh=r["name_zh"].strip(),
                name_bo=r["name_bo"].strip(),
                name_pinyin=r["name_pinyin"].strip(),
            )
            for r in csv.DictReader(handle)
        ]
    return sorted(rows, key=lambda row: len(row.code))


def sync_divisions(connection: Connection, rows: list[GazetteerRow]) -> int:
    """Insert or upgrade the shipped rows; returns how many rows were written."""
    existing = {r.code: r for r in connection.execute(select(_division))}
    written = 0
    for row in rows:
        old = existing.get(row.code)
        if old is None:
            connection.execute(
                sa.insert(_division).values(
                    code=row.code,
                    level=row.level,
                    parent_code=row.parent_code,
                    name_zh=row.name_zh,
                    name_bo=row.name_bo,
                    name_pinyin=row.name_pinyin,
                    center_id=None,
                )
            )
            written += 1
            continue
        values: dict[str, object] = {}
        for name in ("level", "parent_code", "name_zh"):
            if getattr(old, name) != getattr(row, name):
                values[name] = getattr(row, name)
        for name in ("name_bo", "name_pinyin"):  # fill, never overwrite a clerk's entry
            if not getattr(old, name) and getattr(row, name):
                values[name] = getattr(row, name)
        if values:
            connection.execute(
                sa.update(_division).where(_division.c.code == row.code).values(**values)
            )
            written += 1
    return written


def link_served_townships(connection: Connection) -> int:
    """Mark townships with no center as served by the one center standing in their county.

    A township a clerk already assigned (or unassigned on purpose later) keeps its center.
    Returns how many townships were linked.
    """
    by_county: dict[str, list[uuid.UUID]] = {}
    tsochen: uuid.UUID | None = None
    for center in connection.execute(select(_center)):
        if center.county_code:
            by_county.setdefault(center.county_code, []).append(center.id)
        if center.code == TSOCHEN_CENTER:
            tsochen = center.id
    linked = 0
    unserved = connection.execute(
        select(_division.c.code, _division.c.parent_code).where(
            _division.c.level == DivisionLevel.TOWNSHIP.value, _division.c.center_id.is_(None)
        )
    )
    for code, county in unserved.all():
        centers = by_county.get(county or "", [])
        center_id = centers[0] if len(centers) == 1 else None
        if center_id is None and county == TSOCHEN_COUNTY:
            center_id = tsochen
        if center_id is not None:
            connection.execute(
                sa.update(_division).where(_division.c.code == code).values(center_id=center_id)
            )
            linked += 1
    return linked


def load_gazetteer(uow: UnitOfWork, path: Path | None = None) -> PlaceChanges:
    """Load or upgrade the shipped gazetteer and link served townships (idempotent)."""
    uow.session.flush()  # the caller's pending work first: the rows are then re-read
    connection = uow.session.connection()
    written = sync_divisions(connection, shipped_rows(path))
    linked = link_served_townships(connection)
    uow.session.expire_all()
    _forget_index(uow)
    return PlaceChanges(places=bool(written or linked))


def add_township(
    uow: UnitOfWork, code: str, name_zh: str, *, name_bo: str = "", name_pinyin: str = ""
) -> PlaceChanges:
    """Add a township a clerk knows (with its 9-digit code) under a county we ship."""
    code = code.strip()
    if not re.fullmatch(r"\d{9}", code):
        raise InvalidValue("code", code, "township_code_9_digits")
    county = uow.session.get(Division, code[:6])
    if county is None or county.level != DivisionLevel.COUNTY:
        raise UnknownPlace(code[:6], DivisionLevel.COUNTY.value)
    name_zh = _name(name_zh, "name_zh", required=True)
    if uow.session.get(Division, code) is not None:
        raise DuplicateValue("code", code)
    uow.session.add(
        Division(
            code=code,
            level=DivisionLevel.TOWNSHIP.value,
            parent_code=code[:6],
            name_zh=name_zh,
            name_bo=_name(name_bo, "name_bo"),
            name_pinyin=_name(name_pinyin, "name_pinyin"),
        )
    )
    uow.session.flush()
    _forget_index(uow)
    return PlaceChanges(places=True)


def set_division_names(
    uow: UnitOfWork, code: str, *, name_bo: str | None = None, name_pinyin: str | None = None
) -> PlaceChanges:
    """Enter or correct the Tibetan or pinyin name of a division."""
    division = _get(uow, code)
    if name_bo is not None:
        division.name_bo = _name(name_bo, "name_bo")
    if name_pinyin is not None:
        division.name_pinyin = _name(name_pinyin, "name_pinyin")
    uow.session.flush()
    _forget_index(uow)
    return PlaceChanges(places=True)


def set_serving_center(
    uow: UnitOfWork, township_code: str, center_code: str | None
) -> PlaceChanges:
    """Serve a township by runs from a center, or (None) leave it to the postal service."""
    township = _get(uow, township_code, DivisionLevel.TOWNSHIP)
    if center_code is None:
        township.center_id = None
    else:
        center = uow.session.scalar(select(Center).where(Center.code == center_code))
        if center is None:
            raise UnknownCenter(center_code)
        township.center_id = center.id
    uow.session.flush()
    _forget_index(uow)
    return PlaceChanges(places=True)


def _get(uow: UnitOfWork, code: str, level: DivisionLevel | None = None) -> Division:
    division = uow.session.get(Division, code.strip())
    if division is None or (level is not None and division.level != level):
        raise UnknownPlace(code, level.value if level else "")
    return division


def _name(value: str, field: str, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidValue(field, value, "required")
    return checked_text(value, getattr(Division, field), field)


def _forget_index(uow: UnitOfWork) -> None:
    forget_index(uow.session)


@dataclass(frozen=True)
class TownshipNames:
    """A served township as the clerk picks it: its label and the names clerks may enter."""

    code: str
    label: str  # "措勤县 磁石乡"
    name_bo: str
    name_pinyin: str


def served_townships(uow: UnitOfWork) -> list[TownshipNames]:
    """The townships a center serves, by code, for the points manager's choices."""
    index = index_for(uow.session)
    return [
        TownshipNames(
            code, index.label(code), index.places[code].name_bo, index.places[code].name_pinyin
        )
        for code in sorted(index.served_townships())
    ]
