"""The review queue: parcels whose address the resolver was not sure of.

The clerk picks the place (`choose`); the choice is learned as an alias of the
address's place part, so the same address resolves by itself next time, and
other parcels waiting in the queue with that place part are settled at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from core.natural_order import natural_key
from core.places.addresses import Candidate, Resolution, alias_key, resolve
from core.places.changes import PlaceChanges
from core.places.errors import (
    PointNotInTownship,
    UnknownParcel,
    UnknownPlace,
    UnknownVillagePoint,
)
from core.places.index import forget_index, index_for, normalize
from core.places.point_order import ordered_points
from core.shipping.models import (
    Division,
    DivisionLevel,
    Parcel,
    ParcelStatus,
    PlaceAlias,
    Route,
    VillagePoint,
)
from core.uow import UnitOfWork

# Parcels past these states have left: their address no longer matters.
CLOSED = (
    ParcelStatus.DELIVERED,
    ParcelStatus.HANDED_OVER,
    ParcelStatus.RETURNED,
    ParcelStatus.CANCELLED,
)
CLERK_CONFIDENCE = 1.0


@dataclass(frozen=True)
class ReviewRow:
    parcel_id: uuid.UUID
    received_at: datetime
    recipient: str
    phone: str
    address: str
    confidence: float


def _queue_filter(center_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Parcel.needs_review.is_(True),
        Parcel.status.not_in([s.value for s in CLOSED]),
    ]
    if center_id is not None:
        conditions.append(Parcel.center_id == center_id)
    return conditions


def review_ids(session: Session, center_id: uuid.UUID | None = None) -> list[uuid.UUID]:
    """Ids of the parcels waiting for review, oldest first (the table model pages over them)."""
    query = (
        select(Parcel.id).where(*_queue_filter(center_id)).order_by(Parcel.received_at, Parcel.id)
    )
    return list(session.scalars(query))


def review_count(session: Session, center_id: uuid.UUID | None = None) -> int:
    query = select(func.count()).select_from(Parcel).where(*_queue_filter(center_id))
    return int(session.scalar(query) or 0)


def review_rows(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, ReviewRow]:
    """The rows of one page of the queue."""
    query = select(
        Parcel.id,
        Parcel.received_at,
        Parcel.recipient,
        Parcel.phone,
        Parcel.address,
        Parcel.match_confidence,
    ).where(Parcel.id.in_(ids))
    return {
        row.id: ReviewRow(
            row.id, row.received_at, row.recipient, row.phone, row.address, row.match_confidence
        )
        for row in session.execute(query)
    }


def queue_ids(uow: UnitOfWork) -> list[uuid.UUID]:
    """`review_ids` in a unit of work: the review table's rows, oldest first."""
    return review_ids(uow.session)


def queue_rows(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, ReviewRow]:
    """`review_rows` in a unit of work: one page of the review table."""
    return review_rows(uow.session, ids)


def candidates(uow: UnitOfWork, address: str) -> tuple[Candidate, ...]:
    """The places the resolver offers for `address`, best first (what the picker puts on top)."""
    return resolve(uow.session, address).candidates


@dataclass(frozen=True)
class PlaceChoice:
    """A place the clerk may send a parcel to: a served township, or one of its points."""

    label: str  # "措勤县 江让乡 · 江让乡第一村服务点"
    township_code: str
    point_id: uuid.UUID | None  # None: the township itself
    search: str  # normalised names in every script, the pinyin and its initials


def place_choices(uow: UnitOfWork) -> list[PlaceChoice]:
    """Every served township, each followed by its points in use in `point_order`'s order
    (road order, else by name as a person counts); points it leaves out follow by name."""
    index = index_for(uow.session)
    rank = {point.id: n for n, point in enumerate(ordered_points(uow.session))}
    result: list[PlaceChoice] = []
    for code in sorted(index.served_townships()):
        place = index.places[code]
        base = _search_text(place.name_zh, place.name_bo, place.name_pinyin)
        result.append(PlaceChoice(index.label(code), code, None, base))
        points = sorted(
            index.points_of(code), key=lambda p: (rank.get(p.id, len(rank)), natural_key(p.name_zh))
        )
        for point in points:
            search = " ".join((base, _search_text(point.name_zh, point.name_bo, point.name_pinyin)))
            result.append(PlaceChoice(index.label(code, point.id), code, point.id, search))
    return result


def _search_text(name_zh: str, name_bo: str, pinyin: str) -> str:
    initials = "".join(word[0] for word in pinyin.lower().split() if word)
    return " ".join((normalize(name_zh), normalize(name_bo), normalize(pinyin), initials))


def place_parcel(parcel: Parcel, resolution: Resolution) -> None:
    """Copy a resolution onto a parcel (imports, arrivals and the queue all use this)."""
    parcel.township_code = resolution.township_code
    parcel.village_point_id = resolution.village_point_id
    parcel.route = resolution.route
    parcel.match_confidence = resolution.confidence
    parcel.needs_review = resolution.needs_review


def choose(
    uow: UnitOfWork,
    parcel_id: uuid.UUID,
    township_code: str | None,
    village_point_id: uuid.UUID | None = None,
) -> PlaceChanges:
    """Settle a parcel's place and learn it for the address.

    Args:
        township_code: the township, or None with no point for "outside the
            served area" (the postal service takes it).
        village_point_id: a point of that township, or None. Given alone, its
            township is taken.
    """
    session = uow.session
    parcel = session.get(Parcel, parcel_id)
    if parcel is None:
        raise UnknownParcel(str(parcel_id))
    if village_point_id is not None:
        point = session.get(VillagePoint, village_point_id)
        if point is None:
            raise UnknownVillagePoint(str(village_point_id))
        township_code = township_code or point.township_code
        if point.township_code != township_code:
            raise PointNotInTownship(str(village_point_id), township_code)
    served = False
    if township_code is not None:
        township = session.get(Division, township_code)
        if township is None or township.level != DivisionLevel.TOWNSHIP:
            raise UnknownPlace(township_code, DivisionLevel.TOWNSHIP.value)
        served = township.center_id is not None
    place_parcel(
        parcel,
        Resolution(
            township_code if served else None,
            village_point_id if served else None,
            (Route.TOWNSHIP if served else Route.POSTAL).value,
            CLERK_CONFIDENCE,
            False,
            (),
        ),
    )
    key = alias_key(session, parcel.address)
    if key is not None:
        _learn(uow, key, township_code, village_point_id)
    settled = _settle_queue(session, key, parcel.id, parcel.center_id) if key else []
    session.flush()
    return PlaceChanges(places=key is not None, parcels=frozenset([parcel.id, *settled]))


def _learn(
    uow: UnitOfWork, key: str, township_code: str | None, village_point_id: uuid.UUID | None
) -> None:
    alias = uow.session.scalar(select(PlaceAlias).where(PlaceAlias.text == key))
    if alias is None:  # the last clerk's word wins for a key already learned
        alias = PlaceAlias(text=key, created_at=uow.clock(), actor=uow.actor)
        uow.session.add(alias)
    alias.township_code = township_code
    alias.village_point_id = village_point_id
    alias.created_at = uow.clock()
    alias.actor = uow.actor
    uow.session.flush()
    forget_index(uow.session)


def _settle_queue(
    session: Session, key: str, chosen: uuid.UUID, center_id: uuid.UUID
) -> list[uuid.UUID]:
    """Re-resolve the waiting parcels that share the learned key; keep the ones now sure."""
    waiting = session.execute(
        select(Parcel.id, Parcel.address).where(*_queue_filter(center_id), Parcel.id != chosen)
    ).all()
    settled: list[uuid.UUID] = []
    for parcel_id, address in waiting:
        if key not in normalize(address):
            continue
        resolution = resolve(session, address)
        if not resolution.needs_review:
            parcel = session.get(Parcel, parcel_id)
            if parcel is not None:
                place_parcel(parcel, resolution)
                settled.append(parcel_id)
    return settled
