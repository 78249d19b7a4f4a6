"""What a figure counts, as SQL conditions shared by the figure and the list behind it, so
a click on "12 overdue" always lists the same 12 parcels."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from core.inventory.catalog import get_center
from core.runs.models import DeliveryEvent, DeliveryKind
from core.shipping.models import Parcel, ParcelStatus, Route

OVERDUE_DAYS = 7  # the default threshold: older than a week and not delivered
RECENT_DAYS = 7  # failed deliveries and returns of the last week

# Parcels still in the depot's hands (failed and returned ones go on their next run).
OPEN_STATUSES = (
    ParcelStatus.NEW.value,
    ParcelStatus.BACKORDER.value,
    ParcelStatus.PICKING.value,
    ParcelStatus.READY.value,
    ParcelStatus.ON_RUN.value,
    ParcelStatus.AT_STATION.value,
    ParcelStatus.FAILED.value,
    ParcelStatus.RETURNED.value,
)
# Waiting at the center for a township run: not yet loaded.
WAITING_STATUSES = (
    ParcelStatus.NEW.value,
    ParcelStatus.BACKORDER.value,
    ParcelStatus.PICKING.value,
    ParcelStatus.READY.value,
)


def center_id_of(session: Session, center: str | None) -> uuid.UUID | None:
    """The center's id, None for every center; an unknown code is refused."""
    return get_center(session, center.upper()).id if center else None


def in_center(column: Any, center_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    return [] if center_id is None else [column == center_id]


def overdue(now: datetime, days: int, center_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    """Open parcels received more than `days` days before `now`."""
    return [
        Parcel.status.in_(OPEN_STATUSES),
        Parcel.received_at < now - timedelta(days=days),
        *in_center(Parcel.center_id, center_id),
    ]


def waiting(center_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    """Parcels at the center waiting for a township run."""
    return [
        Parcel.status.in_(WAITING_STATUSES),
        Parcel.route == Route.TOWNSHIP.value,
        Parcel.township_code.is_not(None),
        *in_center(Parcel.center_id, center_id),
    ]


def recent_events(kind: DeliveryKind, now: datetime, center_id: uuid.UUID | None) -> Any:
    """Ids of parcels with a `kind` delivery event in the last week (a subquery)."""
    query = select(DeliveryEvent.parcel_id).where(
        DeliveryEvent.kind == kind.value,
        DeliveryEvent.occurred_at >= now - timedelta(days=RECENT_DAYS),
    )
    if center_id is not None:
        query = query.join(Parcel, Parcel.id == DeliveryEvent.parcel_id).where(
            Parcel.center_id == center_id
        )
    return query.distinct()
