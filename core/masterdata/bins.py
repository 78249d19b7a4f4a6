"""Bins: one at a time, or a whole rack from a pattern; renamed; retired.

A bin is owned by its center: `by`, when given, is the acting PC's home center and
must be the bin's center. A rack `A-01-01:D-04-03` is every code between the two,
part by part (zones A to D, 4 bays, 3 levels: 48 bins), each in the zone of its
letter.
"""

from __future__ import annotations

import itertools
import re
import string
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from core.changes import Changes
from core.errors import DuplicateValue, InvalidValue
from core.ids import new_id
from core.inventory import catalog
from core.inventory.models import Balance, Bin, Center
from core.masterdata.errors import BadBinRange, BinHoldsStock, NotOwner, Retired
from core.masterdata.history import record_edit
from core.masterdata.models import EditedKind
from core.uow import UnitOfWork

# Printed as B:CENTER:BIN in a Code128 (core.inventory.scanning.bin_label): capitals,
# digits and dashes scan the same on every keyboard layout a scanner meets.
_BIN = re.compile(r"[A-Z0-9][A-Z0-9-]{0,31}")
MAX_RACK = 5000  # bins of one pattern; more is a typing slip (A-01:Z-99 is 2,574)


@dataclass(frozen=True)
class BinRow:
    id: uuid.UUID
    code: str
    zone: str
    active: bool
    on_hand: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "code": self.code,
            "zone": self.zone,
            "active": self.active,
            "on_hand": self.on_hand,
        }


@dataclass(frozen=True)
class BinsAdded:
    created: tuple[str, ...]
    existing: tuple[str, ...]  # asked for and already there (a rack added twice)
    changes: Changes


def bin_code(text: str) -> str:
    code = text.strip().upper()
    if not _BIN.fullmatch(code) or "--" in code or code.endswith("-"):
        raise InvalidValue("bin", text, "bin_code")
    return code


def zone_of(code: str) -> str:
    """The zone a bin code names: its leading letters (`A-01-01` is in zone A)."""
    first = code.split("-", 1)[0]
    return first if first.isalpha() else ""


def rack(first: str, last: str) -> list[str]:
    """Every bin code from `first` to `last`, part by part, in order."""
    a, b = bin_code(first), bin_code(last)
    parts_a, parts_b = a.split("-"), b.split("-")
    if len(parts_a) != len(parts_b):
        raise BadBinRange(a, b, "shape")
    ranges: list[list[str]] = []
    count = 1
    for x, y in zip(parts_a, parts_b, strict=True):
        ranges.append(_part_range(a, b, x, y))
        count *= len(ranges[-1])
        if count > MAX_RACK:
            raise BadBinRange(a, b, "too_many", MAX_RACK)
    return ["-".join(parts) for parts in itertools.product(*ranges)]


def _part_range(a: str, b: str, x: str, y: str) -> list[str]:
    if x == y:
        return [x]
    if x.isdigit() and y.isdigit() and len(x) == len(y):
        if int(y) < int(x):
            raise BadBinRange(a, b, "order")
        return [str(n).zfill(len(x)) for n in range(int(x), int(y) + 1)]
    letters = string.ascii_uppercase
    if len(x) == len(y) == 1 and x in letters and y in letters:
        if y < x:
            raise BadBinRange(a, b, "order")
        return list(letters[letters.index(x) : letters.index(y) + 1])
    raise BadBinRange(a, b, "shape")


def parse_bins(texts: list[str]) -> list[str]:
    """Bin codes and `FIRST:LAST` racks as typed, expanded, each code once, in order."""
    codes: list[str] = []
    for text in texts:
        if ":" in text:
            first, _, last = text.partition(":")
            codes.extend(rack(first, last))
        else:
            codes.append(bin_code(text))
    return list(dict.fromkeys(codes))


def _center(uow: UnitOfWork, center: str, by: str | None) -> Center:
    found = catalog.get_center(uow.session, center.strip().upper())
    if by is not None and by.strip().upper() != found.code:
        raise NotOwner("bin", found.code, found.code, by)
    if found.retired_at is not None:
        raise Retired("center", found.code)
    return found


def add_bins(uow: UnitOfWork, center: str, codes: list[str], *, by: str | None = None) -> BinsAdded:
    """Create the bins of `codes` (codes or racks, `parse_bins`) that the center lacks."""
    the_center = _center(uow, center, by)
    wanted = parse_bins(codes)
    if not wanted:
        raise InvalidValue("bin", None, "required")
    known = set(uow.session.scalars(select(Bin.code).where(Bin.center_id == the_center.id)))
    created = [code for code in wanted if code not in known]
    for code in created:
        row = Bin(id=new_id(), center_id=the_center.id, code=code, zone=zone_of(code))
        uow.session.add(row)
        record_edit(
            uow, EditedKind.BIN, row.id, {}, {"code": code, "zone": row.zone}, the_center.id
        )
    uow.session.flush()
    changes = Changes(centers=frozenset({the_center.id})) if created else Changes()
    return BinsAdded(tuple(created), tuple(c for c in wanted if c in known), changes)


def rename_bin(
    uow: UnitOfWork, center: str, code: str, new_code: str, *, by: str | None = None
) -> Changes:
    """Give a bin a new code (its stock and history stay with it); the zone follows."""
    the_center = _center(uow, center, by)
    found = catalog.get_bin(uow.session, the_center, bin_code(code))
    target = bin_code(new_code)
    if target == found.code:
        return Changes()
    if uow.session.scalar(select(Bin.id).where(Bin.center_id == the_center.id, Bin.code == target)):
        raise DuplicateValue("bin", target)
    before = {"code": found.code, "zone": found.zone}
    found.code, found.zone = target, zone_of(target)
    uow.session.flush()
    record_edit(
        uow, EditedKind.BIN, found.id, before, {"code": target, "zone": found.zone}, the_center.id
    )
    return Changes(stock=True, centers=frozenset({the_center.id}))


def retire_bin(uow: UnitOfWork, center: str, code: str, *, by: str | None = None) -> Changes:
    """Retire an empty bin: it keeps its history and takes no more stock."""
    the_center = _center(uow, center, by)
    found = catalog.get_bin(uow.session, the_center, bin_code(code))
    if not found.active:
        return Changes()
    on_hand = uow.session.scalar(
        select(func.coalesce(func.sum(Balance.on_hand), 0)).where(Balance.bin_id == found.id)
    )
    if on_hand:
        raise BinHoldsStock(the_center.code, found.code, int(on_hand))
    found.active = False
    uow.session.flush()
    record_edit(uow, EditedKind.BIN, found.id, {"active": True}, {"active": False}, the_center.id)
    return Changes(centers=frozenset({the_center.id}))


def bin_rows(uow: UnitOfWork, center: str, *, retired: bool = True) -> list[BinRow]:
    """A center's bins in code order, with the units each holds."""
    the_center = catalog.get_center(uow.session, center.strip().upper())
    on_hand = (
        select(Balance.bin_id, func.sum(Balance.on_hand).label("units"))
        .where(Balance.center_id == the_center.id)
        .group_by(Balance.bin_id)
        .subquery()
    )
    stmt = (
        select(Bin, func.coalesce(on_hand.c.units, 0))
        .outerjoin(on_hand, on_hand.c.bin_id == Bin.id)
        .where(Bin.center_id == the_center.id)
        .order_by(Bin.code)
    )
    if not retired:
        stmt = stmt.where(Bin.active)
    return [
        BinRow(b.id, b.code, b.zone, b.active, int(units)) for b, units in uow.session.execute(stmt)
    ]
