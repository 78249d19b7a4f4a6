"""The one order village points are listed in: road order where a township has one,
else a person's order of their names (第一, 第二, 第三 …; 3组 before 12组).

A township's road order (`TownshipStop`, set in the Stops dialog or `stops set`)
is how its runs drive; points not in it follow, by name. Every list of points
(the points manager, the review queue's place picker, a run's stops, the command
line) sorts with `point_sort_key`, so the clerk sees one order everywhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.natural_order import Key, natural_key
from core.runs.models import TownshipStop
from core.shipping.models import VillagePoint


class NamedPoint(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name_zh(self) -> str: ...
    @property
    def name_pinyin(self) -> str: ...


def road_positions(
    session: Session, township_codes: Iterable[str] | None = None
) -> dict[uuid.UUID, int]:
    """Each point's place in its township's road order, for the points that have one."""
    query = select(TownshipStop.village_point_id, TownshipStop.position)
    if township_codes is not None:
        query = query.where(TownshipStop.township_code.in_(list(township_codes)))
    return {point: position for point, position in session.execute(query)}


def point_sort_key(point: NamedPoint, road: Mapping[uuid.UUID, int]) -> tuple[int, int, Key, Key]:
    """Road order first (where set), then the name in a person's order, then its pinyin."""
    position = road.get(point.id)
    return (
        0 if position is not None else 1,
        position or 0,
        natural_key(point.name_zh),
        natural_key(point.name_pinyin or ""),
    )


def ordered_points(
    session: Session, township_code: str | None = None, *, include_retired: bool = False
) -> list[VillagePoint]:
    """Village points by township, in use before retired, each township's in `point_sort_key`
    order."""
    query = select(VillagePoint)
    if township_code is not None:
        query = query.where(VillagePoint.township_code == township_code)
    if not include_retired:
        query = query.where(VillagePoint.active.is_(True))
    points = list(session.scalars(query))
    road = road_positions(session, {p.township_code for p in points})
    return sorted(points, key=lambda p: (p.township_code, not p.active, point_sort_key(p, road)))
