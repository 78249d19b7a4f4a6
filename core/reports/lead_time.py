"""Lead time, the county's own figure: days from an order paid (or a parcel arrived) to
the doorstep, and where the days go, per township and per route, per week.

Three measures, each counted in the week its last event fell in:

- paid → delivered: `parcel.received_at` (the order's paid time, `core.orders.store`)
  to `parcel.delivered_at`;
- paid → dispatched: to the parcel's first dispatch, the departure of the first run it
  was loaded on (`run.dispatched_at`) or the postal handover that took it
  (`handover.closed_at`), whichever came first;
- dispatched → delivered: from that first dispatch to the doorstep (failed attempts
  and their retries fall here, where they cost the days).

Postal parcels have only the middle one: the post office does not report delivery.
Median and 90th percentile per group come from `core.reports.percentiles`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, literal, or_, select, union, union_all
from sqlalchemy.orm import Session

from core.postal.models import Handover, HandoverParcel
from core.reports.percentiles import percentiles
from core.reports.scope import center_id_of
from core.reports.sql_time import seconds_between
from core.reports.weeks import Weeks, last_weeks
from core.runs.models import Outcome, Run, RunParcel
from core.shipping.models import Parcel
from core.uow import UnitOfWork

TARGET = timedelta(days=7)  # the county's goal: a week from order to doorstep
DAY_S = 86400.0


class Measure:
    PAID_TO_DELIVERED = "paid_to_delivered"
    PAID_TO_DISPATCHED = "paid_to_dispatched"
    DISPATCHED_TO_DELIVERED = "dispatched_to_delivered"


MEASURES = (Measure.PAID_TO_DELIVERED, Measure.PAID_TO_DISPATCHED, Measure.DISPATCHED_TO_DELIVERED)


class Dimension:
    ALL = "all"  # every parcel of the scope: key ""
    ROUTE = "route"  # key: township | postal
    TOWNSHIP = "township"  # key: the township's code


@dataclass(frozen=True)
class LeadTime:
    measure: str
    dimension: str
    key: str
    week: date  # the Monday the week starts on
    parcels: int
    median_days: float
    p90_days: float

    def as_json(self) -> dict[str, object]:
        return {
            "measure": self.measure,
            "dimension": self.dimension,
            "key": self.key,
            "week": self.week.isoformat(),
            "parcels": self.parcels,
            "median_days": round(self.median_days, 3),
            "p90_days": round(self.p90_days, 3),
        }


def _loaded_on(parcel_id: Any) -> Any:
    """The departure of the first run the parcel was loaded on (left behind: not
    dispatched). The runs are found from the parcel's assignments (index on parcel), then
    by key: as a join, SQLite walked every run for every parcel."""
    loaded = (
        select(RunParcel.run_id)
        .where(
            RunParcel.parcel_id == parcel_id,
            RunParcel.loaded_at.is_not(None),
            or_(RunParcel.outcome.is_(None), RunParcel.outcome != Outcome.LEFT_BEHIND.value),
        )
        .correlate_except(RunParcel)
    )  # the parcel is the outer query's, two levels up
    return (
        select(func.min(Run.dispatched_at))
        .where(Run.id.in_(loaded), Run.dispatched_at.is_not(None))
        .scalar_subquery()
    )


def _handed_over(parcel_id: Any) -> Any:
    handed = (
        select(HandoverParcel.handover_id)
        .where(HandoverParcel.parcel_id == parcel_id)
        .correlate_except(HandoverParcel)
    )
    return select(func.min(Handover.closed_at)).where(Handover.id.in_(handed)).scalar_subquery()


def first_dispatch(parcel_id: Any) -> Any:
    """The parcel's first dispatch (NULL: never left), as one SQL expression."""
    run, post = _loaded_on(parcel_id), _handed_over(parcel_id)
    return case((run.is_(None), post), (post.is_(None), run), (run <= post, run), else_=post)


def _dispatched_since(weeks: Weeks, center_id: uuid.UUID | None) -> Any:
    """Parcels that left on a run or a handover since the first week (by the run's day
    and the handover's day first, which their indexes serve)."""
    since_day = weeks.starts[0] - timedelta(days=1)
    runs = (
        select(RunParcel.parcel_id.label("parcel_id"))
        .join(Run, Run.id == RunParcel.run_id)
        .where(Run.day >= since_day, Run.dispatched_at >= weeks.first)
    )
    posts = (
        select(HandoverParcel.parcel_id.label("parcel_id"))
        .join(Handover, Handover.id == HandoverParcel.handover_id)
        .where(Handover.day >= since_day, Handover.closed_at >= weeks.first)
    )
    if center_id is not None:
        runs = runs.where(Run.center_id == center_id)
        posts = posts.where(Handover.center_id == center_id)
    return union(runs, posts).subquery("left_parcels")


def _measured(measure: str, weeks: Weeks, source: Any, end: Any, start: Any) -> Any:
    """(measure, week of `end`, route, township, seconds from `start` to `end`)."""
    return select(
        literal(measure).label("measure"),
        weeks.index_of(end).label("week"),
        source.c.route,
        source.c.township,
        seconds_between(end, start).label("seconds"),
    )


def measures_statement(weeks: Weeks, center_id: uuid.UUID | None = None) -> Any:
    """One row per parcel and measure: (measure, week, route, township, seconds)."""
    delivered = select(
        Parcel.route.label("route"),
        Parcel.township_code.label("township"),
        Parcel.received_at.label("paid"),
        Parcel.delivered_at.label("delivered"),
        first_dispatch(Parcel.id).label("dispatched"),
    ).where(Parcel.delivered_at >= weeks.first)
    if center_id is not None:
        delivered = delivered.where(Parcel.center_id == center_id)
    done = delivered.cte("delivered_parcels")
    left = _dispatched_since(weeks, center_id)
    dispatched = (
        select(
            Parcel.route.label("route"),
            Parcel.township_code.label("township"),
            Parcel.received_at.label("paid"),
            first_dispatch(Parcel.id).label("dispatched"),
        )
        # IN, not a join: SQLite would scan the union once per parcel instead of probing.
        .where(Parcel.id.in_(select(left.c.parcel_id)))
        .cte("dispatched_parcels")
    )
    return union_all(
        _measured(Measure.PAID_TO_DELIVERED, weeks, done, done.c.delivered, done.c.paid),
        _measured(
            Measure.DISPATCHED_TO_DELIVERED, weeks, done, done.c.delivered, done.c.dispatched
        ).where(done.c.dispatched.is_not(None)),
        _measured(
            Measure.PAID_TO_DISPATCHED,
            weeks,
            dispatched,
            dispatched.c.dispatched,
            dispatched.c.paid,
        ).where(dispatched.c.dispatched >= weeks.first),
    ).cte("measured")


def lead_time_statement(weeks: Weeks, center_id: uuid.UUID | None = None) -> Any:
    """Median and p90 per measure, week and group (every parcel, per route, per township)."""
    measured = measures_statement(weeks, center_id)
    groups = (
        (Dimension.ALL, literal("")),
        (Dimension.ROUTE, func.coalesce(measured.c.route, "")),
        (Dimension.TOWNSHIP, measured.c.township),
    )
    grouped = union_all(
        *(
            select(
                measured.c.measure,
                measured.c.week,
                literal(dimension).label("dimension"),
                key.label("key"),
                measured.c.seconds,
            ).where(key.is_not(None))
            for dimension, key in groups
        )
    ).subquery("grouped")
    return percentiles(grouped, ["measure", "week", "dimension", "key"], "seconds")


def lead_times(
    session: Session, weeks: Weeks, center_id: uuid.UUID | None = None
) -> list[LeadTime]:
    """Every (measure, group, week) that has parcels, in measure, group and week order."""
    found = [
        LeadTime(
            measure,
            dimension,
            key,
            weeks.starts[int(week)],
            int(n),
            float(p50) / DAY_S,
            float(p90) / DAY_S,
        )
        for measure, week, dimension, key, n, p50, p90 in session.execute(
            lead_time_statement(weeks, center_id)
        )
        if week is not None
    ]
    return sorted(found, key=lambda f: (f.measure, f.dimension, f.key, f.week))


def week_figure(figures: Sequence[LeadTime], weeks: Weeks) -> LeadTime | None:
    """This week's paid → delivered over every parcel: the figure set against the target."""
    return next(
        (
            f
            for f in figures
            if f.measure == Measure.PAID_TO_DELIVERED
            and f.dimension == Dimension.ALL
            and f.week == weeks.starts[-1]
        ),
        None,
    )


def within_target(figure: LeadTime | None) -> bool | None:
    return None if figure is None else figure.median_days * DAY_S <= TARGET.total_seconds()


@dataclass(frozen=True)
class LeadTimeWeeks:
    """What the dashboard's chart draws: the weeks and every figure in them."""

    weeks: tuple[date, ...]
    figures: tuple[LeadTime, ...]

    def series(self, measure: str, dimension: str, key: str) -> list[LeadTime | None]:
        """The figure of each week for one measure and group (None: no parcels that week)."""
        found = {
            f.week: f
            for f in self.figures
            if (f.measure, f.dimension, f.key) == (measure, dimension, key)
        }
        return [found.get(week) for week in self.weeks]

    def groups(self) -> list[tuple[str, str]]:
        """(dimension, key) of every group with figures: all, each route, each township."""
        return sorted({(f.dimension, f.key) for f in self.figures}, key=_group_order)


def _group_order(group: tuple[str, str]) -> tuple[int, str]:
    order = (Dimension.ALL, Dimension.ROUTE, Dimension.TOWNSHIP)
    return order.index(group[0]), group[1]


def dashboard_lead_times(uow: UnitOfWork, center: str | None = None) -> LeadTimeWeeks:
    """The last twelve weeks' lead times at the clock's now, for the dashboard's chart."""
    weeks = last_weeks(uow.clock())
    figures = lead_times(uow.session, weeks, center_id_of(uow.session, center))
    return LeadTimeWeeks(weeks.starts, tuple(figures))
