"""Putting tracking numbers on parcels: one typed or scanned, or a range the post office
gave. A number never sits on two parcels (the unique index on `parcel.tracking` is the
backstop), and a parcel on a closed handover keeps the number it left with."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InvalidValue
from core.inventory.catalog import get_center
from core.postal import tracking
from core.postal.errors import (
    ParcelHandedOver,
    TrackingAlreadySet,
    TrackingTaken,
    UnknownParcelNumber,
)
from core.postal.models import (
    Handover,
    HandoverParcel,
    PostalSetting,
    SettingKind,
    save_setting,
)
from core.runs.loading import find_parcel
from core.shipping.models import Parcel
from core.shipping.numbers import looks_like_number
from core.uow import UnitOfWork

DOMESTIC = "domestic"  # the name of a center's tracking-patterns setting


def parcel_named(session: Session, reference: str) -> Parcel | None:
    """The parcel a clerk names: its number (the newest parcel of that number, since
    numbers come round after a year), or what a scan reads (label, barcode, tracking)."""
    text = reference.strip().upper()
    if looks_like_number(text):
        found = session.scalar(
            select(Parcel).where(Parcel.number == text).order_by(Parcel.number_day.desc()).limit(1)
        )
        if found is not None:
            return found
    return None


def find(uow: UnitOfWork, reference: str) -> Parcel:
    parcel = parcel_named(uow.session, reference) or find_parcel(uow, reference)
    if parcel is None:
        raise UnknownParcelNumber(reference)
    return parcel


def domestic_patterns(session: Session, center_id: uuid.UUID) -> tuple[str, ...]:
    """The domestic numbers the center accepts (regular expressions), else the default."""
    body = session.scalar(
        select(PostalSetting.body).where(
            PostalSetting.center_id == center_id,
            PostalSetting.kind == SettingKind.TRACKING_PATTERNS.value,
            PostalSetting.name == DOMESTIC,
        )
    )
    return tuple(json.loads(body)) if body else tracking.DEFAULT_DOMESTIC


def set_domestic_patterns(uow: UnitOfWork, center: str, patterns: Sequence[str]) -> Changes:
    """Save the center's domestic patterns; one that is not a regular expression is refused."""
    import re

    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error:
            raise InvalidValue("pattern", pattern, "not a pattern") from None
    center_row = get_center(uow.session, center)
    body = json.dumps(list(patterns), ensure_ascii=False)
    save_setting(uow, center_row.id, SettingKind.TRACKING_PATTERNS, DOMESTIC, body)
    return Changes(centers=frozenset({center_row.id}))


def handover_of(session: Session, parcel_id: uuid.UUID) -> Handover | None:
    return session.scalar(
        select(Handover)
        .join(HandoverParcel, HandoverParcel.handover_id == Handover.id)
        .where(HandoverParcel.parcel_id == parcel_id)
    )


def handover_name(handover: Handover) -> str:
    return f"{handover.day.isoformat()} #{handover.sequence}"


def check_open(session: Session, parcel: Parcel) -> None:
    """ParcelHandedOver when the parcel is on a closed handover."""
    closed = handover_of(session, parcel.id)
    if closed is not None:
        raise ParcelHandedOver(parcel.number, handover_name(closed))


@dataclass(frozen=True)
class Assigned:
    parcel: uuid.UUID
    number: str  # the parcel's number
    tracking: str
    changed: bool  # False: it had this tracking number already

    @property
    def changes(self) -> Changes:
        return Changes(parcels=frozenset({self.parcel}) if self.changed else frozenset())

    def to_json(self) -> dict[str, object]:
        return {
            "parcel": str(self.parcel),
            "number": self.number,
            "tracking": self.tracking,
            "changed": self.changed,
        }


def put(uow: UnitOfWork, parcel: Parcel, number: str, *, replace: bool = False) -> Assigned:
    """`number` (already checked) onto `parcel`, or the typed error saying why not."""
    session = uow.session
    if parcel.tracking == number:
        return Assigned(parcel.id, parcel.number, number, False)
    check_open(session, parcel)
    other = session.scalar(select(Parcel).where(Parcel.tracking == number, Parcel.id != parcel.id))
    if other is not None:
        raise TrackingTaken(number, other.number)
    if parcel.tracking and not replace:
        raise TrackingAlreadySet(parcel.number, parcel.tracking, number)
    parcel.tracking = number
    session.flush()
    return Assigned(parcel.id, parcel.number, number, True)


def assign(uow: UnitOfWork, reference: str, number: str, *, replace: bool = False) -> Assigned:
    """Put a typed or scanned tracking number on the parcel `reference` names."""
    parcel = find(uow, reference)
    checked = tracking.checked(number, domestic_patterns(uow.session, parcel.center_id))
    return put(uow, parcel, checked, replace=replace)


def assign_range(uow: UnitOfWork, references: Sequence[str], first: str) -> list[Assigned]:
    """The post office's range from `first` on, one number a parcel in the order given.
    All or nothing: one refusal leaves every parcel as it was (the caller's rollback)."""
    parcels = [find(uow, reference) for reference in references]
    if not parcels:
        return []
    patterns = domestic_patterns(uow.session, parcels[0].center_id)
    numbers = tracking.number_range(first, len(parcels), patterns)
    return [put(uow, parcel, n) for parcel, n in zip(parcels, numbers, strict=True)]


def changes_of(assigned: Sequence[Assigned]) -> Changes:
    return Changes(parcels=frozenset(a.parcel for a in assigned if a.changed))
