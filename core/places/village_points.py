"""Village service points: the county's own data, managed by its clerks.

A point belongs to one township. Retiring keeps the row (parcels delivered
there still name it) but the resolver stops matching it. Importing a CSV is
all or nothing: every problem is reported with its line and column, and a file
with any problem writes nothing.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import DuplicateValue, InvalidValue
from core.places.changes import PlaceChanges
from core.places.errors import (
    PlaceFileRejected,
    RowProblem,
    UnknownPlace,
    UnknownVillagePoint,
)
from core.places.index import forget_index
from core.places.point_order import ordered_points
from core.shipping.models import Division, DivisionLevel, VillagePoint
from core.text_limits import checked_text, column_limit
from core.uow import UnitOfWork
from core.validation import require_text

# Header names a clerk may use, matched after trimming and folding case.
COLUMNS: dict[str, tuple[str, ...]] = {
    "township": ("township", "township_code", "乡镇", "乡镇代码"),
    "name_zh": ("name_zh", "name", "名称", "服务点"),
    "name_bo": ("name_bo", "tibetan", "藏文名", "藏文"),
    "name_pinyin": ("name_pinyin", "pinyin", "拼音"),
    "village_code": ("village_code", "村代码", "行政村代码"),
}
MAX_LENGTH = {
    name: column_limit(getattr(VillagePoint, name))
    for name in ("name_zh", "name_bo", "name_pinyin")
}


@dataclass(frozen=True)
class PointRow:
    """One village point as the points manager lists it."""

    id: uuid.UUID
    township_code: str
    township: str  # its Chinese name
    name_zh: str
    name_bo: str
    name_pinyin: str
    village_code: str
    active: bool


@dataclass(frozen=True)
class PointImport:
    created: int
    updated: int
    unchanged: int
    changes: PlaceChanges


def find_township(session: Session, text: str) -> Division:
    """A township by its 9-digit code or its exact Chinese name."""
    text = text.strip()
    if re.fullmatch(r"\d{9}", text):
        township = session.get(Division, text)
    else:
        matches = session.scalars(
            select(Division).where(
                Division.name_zh == text, Division.level == DivisionLevel.TOWNSHIP.value
            )
        ).all()
        township = matches[0] if len(matches) == 1 else None
    if township is None or township.level != DivisionLevel.TOWNSHIP:
        raise UnknownPlace(text, DivisionLevel.TOWNSHIP.value)
    return township


def list_village_points(
    session: Session, township_code: str | None = None, *, include_retired: bool = False
) -> list[VillagePoint]:
    """Points by township, each township's in road order where set, else by name as a
    person counts (`core.places.point_order`)."""
    return ordered_points(session, township_code, include_retired=include_retired)


def point_ids(uow: UnitOfWork) -> list[uuid.UUID]:
    """Every point, retired too: by township, in use first, in road order where set, else by
    name as a person counts (the points manager's rows)."""
    return [point.id for point in ordered_points(uow.session, include_retired=True)]


def point_rows(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, PointRow]:
    """The rows of `ids` (one page of the points manager), by id."""
    query = (
        select(VillagePoint, Division.name_zh)
        .join(Division, Division.code == VillagePoint.township_code)
        .where(VillagePoint.id.in_(ids))
    )
    return {
        p.id: PointRow(
            p.id,
            p.township_code,
            township,
            p.name_zh,
            p.name_bo,
            p.name_pinyin,
            p.village_code or "",
            p.active,
        )
        for p, township in uow.session.execute(query)
    }


def add_village_point(
    uow: UnitOfWork,
    township: str,
    name_zh: str,
    *,
    name_bo: str = "",
    name_pinyin: str = "",
    village_code: str | None = None,
) -> PlaceChanges:
    """Add a point to a township (given by code or name)."""
    division = find_township(uow.session, township)
    name = require_text(name_zh, "name_zh", VillagePoint.name_zh)
    _check_unique(uow.session, division.code, name, None)
    point = VillagePoint(
        township_code=division.code,
        name_zh=name,
        name_bo=_optional(name_bo, "name_bo"),
        name_pinyin=_optional(name_pinyin, "name_pinyin"),
        village_code=_village_code(village_code, division.code),
        active=True,
    )
    uow.session.add(point)
    uow.session.flush()
    forget_index(uow.session)
    return PlaceChanges(places=True, point_ids=(point.id,))


def rename_village_point(
    uow: UnitOfWork,
    point_id: uuid.UUID,
    *,
    name_zh: str | None = None,
    name_bo: str | None = None,
    name_pinyin: str | None = None,
) -> PlaceChanges:
    """Change any of a point's names; a name left None stays as it is."""
    point = _get(uow.session, point_id)
    if name_zh is not None:
        name = require_text(name_zh, "name_zh", VillagePoint.name_zh)
        _check_unique(uow.session, point.township_code, name, point.id)
        point.name_zh = name
    if name_bo is not None:
        point.name_bo = _optional(name_bo, "name_bo")
    if name_pinyin is not None:
        point.name_pinyin = _optional(name_pinyin, "name_pinyin")
    uow.session.flush()
    forget_index(uow.session)
    return PlaceChanges(places=True, point_ids=(point.id,))


def retire_village_point(
    uow: UnitOfWork, point_id: uuid.UUID, *, retired: bool = True
) -> PlaceChanges:
    """Stop offering a point (or, with `retired=False`, bring it back)."""
    point = _get(uow.session, point_id)
    point.active = not retired
    uow.session.flush()
    forget_index(uow.session)
    return PlaceChanges(places=True, point_ids=(point.id,))


def import_village_points(uow: UnitOfWork, path: Path | str) -> PointImport:
    """Add or update points from a CSV (UTF-8, UTF-8 with BOM or GB18030).

    A row naming an existing point of the same township updates its other
    names (and brings it back if retired); nothing is ever duplicated.

    Raises:
        PlaceFileRejected: with every problem found; nothing was written.
    """
    path = Path(path)
    rows, problems = _read_rows(uow.session, path)
    if problems:
        raise PlaceFileRejected(str(path), tuple(problems))
    created = updated = unchanged = 0
    touched: list[uuid.UUID] = []
    for row in rows:
        point = uow.session.scalar(
            select(VillagePoint).where(
                VillagePoint.township_code == row["township"],
                VillagePoint.name_zh == row["name_zh"],
            )
        )
        if point is None:
            point = VillagePoint(
                township_code=row["township"],
                name_zh=row["name_zh"],
                name_bo=row["name_bo"],
                name_pinyin=row["name_pinyin"],
                village_code=row["village_code"] or None,
                active=True,
            )
            uow.session.add(point)
            created += 1
        else:
            before = (point.name_bo, point.name_pinyin, point.village_code, point.active)
            point.name_bo = row["name_bo"] or point.name_bo
            point.name_pinyin = row["name_pinyin"] or point.name_pinyin
            point.village_code = row["village_code"] or point.village_code
            point.active = True
            if before == (point.name_bo, point.name_pinyin, point.village_code, point.active):
                unchanged += 1
                continue
            updated += 1
        uow.session.flush()
        touched.append(point.id)
    forget_index(uow.session)
    return PointImport(
        created, updated, unchanged, PlaceChanges(places=bool(touched), point_ids=tuple(touched))
    )


def _read_rows(session: Session, path: Path) -> tuple[list[dict[str, str]], list[RowProblem]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [], [RowProblem(0, "", "unreadable", str(error))]
    text = _decode(raw)
    if text is None:
        return [], [RowProblem(0, "", "encoding")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return [], [RowProblem(1, "", "empty_file")]
    positions = _map_header(header)
    missing = [name for name in ("township", "name_zh") if name not in positions]
    if missing:
        return [], [RowProblem(1, name, "missing_column") for name in missing]
    codes: set[str] = set()
    names: dict[str, list[str]] = {}
    for division in session.scalars(
        select(Division).where(Division.level == DivisionLevel.TOWNSHIP.value)
    ):
        codes.add(division.code)
        names.setdefault(division.name_zh, []).append(division.code)
    rows: list[dict[str, str]] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row = {name: (cells[i].strip() if i < len(cells) else "") for name, i in positions.items()}
        for name in COLUMNS:
            row.setdefault(name, "")
        township = row["township"]
        by_name = names.get(township, [])
        code = township if township in codes else (by_name[0] if len(by_name) == 1 else None)
        if not township:
            problems.append(RowProblem(line, "township", "required"))
        elif code is None:
            problems.append(RowProblem(line, "township", "unknown_township", township))
        if not row["name_zh"]:
            problems.append(RowProblem(line, "name_zh", "required"))
        for name, limit in MAX_LENGTH.items():
            if len(row[name]) > limit:
                problems.append(RowProblem(line, name, "too_long", row[name]))
        if row["village_code"] and code and not _valid_village_code(row["village_code"], code):
            problems.append(
                RowProblem(line, "village_code", "village_code_12_digits", row["village_code"])
            )
        if code and row["name_zh"]:
            key = (code, row["name_zh"])
            if key in seen:
                problems.append(RowProblem(line, "name_zh", "duplicate", row["name_zh"]))
            seen[key] = line
            row["township"] = code
            rows.append(row)
    return rows, problems


def _decode(raw: bytes) -> str | None:
    # Clerks' spreadsheets save UTF-8 (with or without BOM) or GBK; GB18030 reads both
    # GBK and Tibetan.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _map_header(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for i, cell in enumerate(header):
        label = cell.strip().lower()
        for name, labels in COLUMNS.items():
            if label in labels and name not in positions:
                positions[name] = i
    return positions


def _get(session: Session, point_id: uuid.UUID) -> VillagePoint:
    point = session.get(VillagePoint, point_id)
    if point is None:
        raise UnknownVillagePoint(str(point_id))
    return point


def _check_unique(
    session: Session, township_code: str, name: str, own_id: uuid.UUID | None
) -> None:
    other = session.scalar(
        select(VillagePoint.id).where(
            VillagePoint.township_code == township_code, VillagePoint.name_zh == name
        )
    )
    if other is not None and other != own_id:
        raise DuplicateValue("name_zh", name)


def _optional(value: str | None, field: str) -> str:
    return checked_text((value or "").strip(), getattr(VillagePoint, field), field)


def _valid_village_code(code: str, township_code: str) -> bool:
    return bool(re.fullmatch(r"\d{12}", code)) and code.startswith(township_code)


def _village_code(code: str | None, township_code: str) -> str | None:
    code = (code or "").strip()
    if not code:
        return None
    if not _valid_village_code(code, township_code):
        raise InvalidValue("village_code", code, "village_code_12_digits")
    return code
