"""The reports, each one or two grouped statements: `REPORTS[name](uow, period, center)`.

- stock: stock on hand per center and category, valued at the period's average sale
  price (products have no cost price), and the units moved in and out in the period;
- sales: units and amount per month and category (livestock against specialty
  products, as the county reports them), orders by the day they were paid;
- runs: runs per township in the period, departed on time, full or not;
- failures: failed deliveries and returns by reason;
- clerks: what each login did (stock moves, load scans, deliveries, handovers);
- lead-time: median and p90 per week, route and township (`core.reports.lead_time`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all

from core.clock import center_zone
from core.inventory.models import Category, Center, Move, Product, StockSummary
from core.postal.models import Handover
from core.reports import scope
from core.reports.dashboard import NOT_CARRIED
from core.reports.lead_time import MEASURES, Dimension, lead_times
from core.reports.sql_time import month_of, seconds_between
from core.reports.tables import Chart, Period, Report, Series
from core.reports.weeks import last_weeks
from core.runs.models import DeliveryEvent, DeliveryKind, LoadScan, Run, RunParcel, RunStatus
from core.shipping.models import Division, Order, OrderLine
from core.uow import UnitOfWork

ON_TIME = timedelta(minutes=15)  # left within a quarter hour of its time: on time
FULL = 0.9  # a run carrying 90 % of its parcels or its weight is full

ReportFn = Callable[[UnitOfWork, Period, str | None], Report]


def _category_order(category: str) -> int:
    order = [c.value for c in Category]
    return order.index(category) if category in order else len(order)


def stock_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)
    prices = (
        select(OrderLine.product_id, func.avg(OrderLine.price_fen).label("fen"))
        .join(Order, Order.id == OrderLine.order_id)
        .where(
            OrderLine.price_fen.is_not(None),
            Order.paid_at >= period.start,
            Order.paid_at < period.end,
        )
        .group_by(OrderLine.product_id)
        .subquery()
    )
    held = session.execute(
        select(
            StockSummary.center_code,
            Product.category,
            func.sum(StockSummary.on_hand),
            func.sum(StockSummary.on_hand * func.coalesce(prices.c.fen, 0)),
        )
        .join(Product, Product.id == StockSummary.product_id)
        .outerjoin(prices, prices.c.product_id == StockSummary.product_id)
        .where(StockSummary.on_hand > 0, *scope.in_center(StockSummary.center_id, center_id))
        .group_by(StockSummary.center_code, Product.category)
    ).all()
    moved = session.execute(
        select(
            Center.code,
            Product.category,
            func.sum(case((Move.from_bin_id.is_(None), Move.quantity), else_=0)),
            func.sum(case((Move.to_bin_id.is_(None), Move.quantity), else_=0)),
        )
        .join(Product, Product.id == Move.product_id)
        .join(Center, Center.id == Move.center_id)
        .where(
            Move.created_at >= period.start,
            Move.created_at < period.end,
            *scope.in_center(Move.center_id, center_id),
        )
        .group_by(Center.code, Product.category)
    ).all()
    figures: dict[tuple[str, str], list[int]] = {}
    for code, category, on_hand, value in held:
        figures.setdefault((code, category), [0, 0, 0, 0])[:2] = [int(on_hand), round(value or 0)]
    for code, category, units_in, units_out in moved:
        figures.setdefault((code, category), [0, 0, 0, 0])[2:] = [int(units_in), int(units_out)]
    keys = sorted(figures, key=lambda k: (k[0], _category_order(k[1])))
    rows = tuple(
        (c, cat, *(figures[(c, cat)][:1]), figures[(c, cat)][1] / 100, *figures[(c, cat)][2:])
        for c, cat in keys
    )
    categories = sorted({cat for _, cat in keys}, key=_category_order)
    value_by = {cat: sum(figures[k][1] for k in keys if k[1] == cat) / 100 for cat in categories}
    chart = Chart(
        "bar", tuple(categories), (Series("value_yuan", tuple(value_by[c] for c in categories)),)
    )
    return Report(
        "stock",
        "Stock valuation and movements",
        period,
        center,
        ("center", "category", "on_hand", "value_yuan", "units_in", "units_out"),
        rows,
        chart,
        ("value at the period's average sale price; products sold in no order count 0",),
    )


def sales_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)
    offset = center_zone().utcoffset(period.start)
    hours = int(offset.total_seconds() // 3600) if offset else 0
    month = month_of(Order.paid_at, literal(hours)).label("month")
    category = func.coalesce(Product.category, literal("unknown")).label("category")
    found = session.execute(
        select(
            month,
            category,
            func.count(func.distinct(Order.id)),
            func.sum(OrderLine.quantity),
            func.sum(OrderLine.quantity * func.coalesce(OrderLine.price_fen, 0)),
        )
        .join(Order, Order.id == OrderLine.order_id)
        .outerjoin(Product, Product.id == OrderLine.product_id)
        .where(
            Order.paid_at >= period.start,
            Order.paid_at < period.end,
            *scope.in_center(Order.center_id, center_id),
        )
        .group_by(month, category)
        .order_by(month)
    ).all()
    rows = tuple(
        (m, cat, int(orders), int(units), int(fen or 0) / 100)
        for m, cat, orders, units, fen in sorted(found, key=lambda r: (r[0], _category_order(r[1])))
    )
    months = tuple(sorted({r[0] for r in rows}))
    categories = sorted({r[1] for r in rows}, key=_category_order)
    amounts = {(r[0], r[1]): float(r[4]) for r in rows}
    chart = Chart(
        "bar",
        months,
        tuple(Series(c, tuple(amounts.get((m, c), 0.0) for m in months)) for c in categories),
        "yuan",
    )
    return Report(
        "sales",
        "Sales by category per month",
        period,
        center,
        ("month", "category", "orders", "units", "amount_yuan"),
        rows,
        chart,
    )


def runs_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)
    carried = (
        select(RunParcel.run_id, func.count().label("parcels"))
        .where(or_(RunParcel.outcome.is_(None), RunParcel.outcome.not_in(NOT_CARRIED)))
        .group_by(RunParcel.run_id)
        .subquery()
    )
    left = Run.dispatched_at.is_not(None)
    late = seconds_between(Run.dispatched_at, Run.depart_at) > ON_TIME.total_seconds()
    parcels = func.coalesce(carried.c.parcels, 0)
    full = parcels >= FULL * Run.capacity_parcels
    place = func.coalesce(Division.name_zh, literal("postal")).label("township")
    found = session.execute(
        select(
            place,
            func.count(),
            func.sum(case((left, 1), else_=0)),
            func.sum(case((and_(left, ~late), 1), else_=0)),
            func.sum(case((and_(left, full), 1), else_=0)),
            func.sum(parcels),
            func.sum(Run.capacity_parcels),
        )
        .outerjoin(carried, carried.c.run_id == Run.id)
        .outerjoin(Division, Division.code == Run.township_code)
        .where(
            Run.day >= period.first,
            Run.day <= period.last,
            Run.status != RunStatus.CANCELLED.value,
            *scope.in_center(Run.center_id, center_id),
        )
        .group_by(place)
        .order_by(place)
    ).all()
    rows = tuple(
        (
            t,
            int(n),
            int(d),
            int(o),
            int(d) - int(o),
            int(f),
            round(100 * int(p) / int(c), 1) if c else 0.0,
        )
        for t, n, d, o, f, p, c in found
    )
    chart = Chart(
        "bar",
        tuple(r[0] for r in rows),
        (Series("on_time", tuple(r[3] for r in rows)), Series("late", tuple(r[4] for r in rows))),
        "runs",
    )
    return Report(
        "runs",
        "Runs and their punctuality",
        period,
        center,
        ("township", "runs", "departed", "on_time", "late", "full", "fill_percent"),
        rows,
        chart,
        (
            f"on time: left within {int(ON_TIME.total_seconds() // 60)} minutes of its time; "
            f"full: {int(FULL * 100)} % of its parcels",
        ),
    )


def failures_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)
    query = (
        select(DeliveryEvent.kind, DeliveryEvent.reason, func.count())
        .where(
            DeliveryEvent.kind.in_((DeliveryKind.FAILED.value, DeliveryKind.RETURNED.value)),
            DeliveryEvent.occurred_at >= period.start,
            DeliveryEvent.occurred_at < period.end,
        )
        .group_by(DeliveryEvent.kind, DeliveryEvent.reason)
    )
    if center_id is not None:
        query = query.join(Run, Run.id == DeliveryEvent.run_id).where(Run.center_id == center_id)
    rows = tuple(
        (kind, reason or "(none given)", int(n))
        for kind, reason, n in sorted(
            session.execute(query).all(), key=lambda r: (-r[2], r[0], r[1])
        )
    )
    chart = Chart(
        "bar",
        tuple(f"{r[1]} ({r[0]})" for r in rows),
        (Series("parcels", tuple(r[2] for r in rows)),),
    )
    return Report(
        "failures",
        "Delivery failures by reason",
        period,
        center,
        ("kind", "reason", "parcels"),
        rows,
        chart,
    )


def clerks_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)

    def acts(model: Any, time_column: Any, kind: str, center_column: Any) -> Any:
        query = select(model.actor.label("actor"), literal(kind).label("kind")).where(
            time_column >= period.start, time_column < period.end
        )
        if center_id is not None and center_column is not None:
            query = query.where(center_column == center_id)
        return query

    everything = union_all(
        acts(Move, Move.created_at, "moves", Move.center_id),
        acts(LoadScan, LoadScan.scanned_at, "load_scans", None),
        acts(DeliveryEvent, DeliveryEvent.occurred_at, "deliveries", None),
        acts(Handover, Handover.closed_at, "handovers", Handover.center_id),
    ).subquery("acts")
    kinds = ("moves", "load_scans", "deliveries", "handovers")
    found = session.execute(
        select(
            everything.c.actor,
            *(func.sum(case((everything.c.kind == k, 1), else_=0)) for k in kinds),
        )
        .group_by(everything.c.actor)
        .order_by(everything.c.actor)
    ).all()
    rows = tuple((actor, *(int(n) for n in counts)) for actor, *counts in found)
    chart = Chart(
        "bar",
        tuple(r[0] for r in rows),
        tuple(Series(k, tuple(r[i + 1] for r in rows)) for i, k in enumerate(kinds)),
    )
    return Report(
        "clerks",
        "Clerk activity",
        period,
        center,
        ("clerk", *kinds),
        rows,
        chart,
        ("load scans and deliveries are counted for every center",) if center else (),
    )


def lead_time_report(uow: UnitOfWork, period: Period, center: str | None) -> Report:
    session = uow.session
    center_id = scope.center_id_of(session, center)
    weeks = last_weeks(min(period.end - timedelta(microseconds=1), uow.clock()))
    figures = lead_times(session, weeks, center_id)
    rows = tuple(
        (
            f.measure,
            f.dimension,
            f.key,
            f.week.isoformat(),
            f.parcels,
            round(f.median_days, 2),
            round(f.p90_days, 2),
        )
        for f in figures
    )
    overall = {(f.measure, f.week): f for f in figures if f.dimension == Dimension.ALL}
    labels = tuple(day.isoformat() for day in weeks.starts)
    series = []
    for measure in MEASURES:
        series.append(
            Series(
                f"{measure} median",
                tuple(
                    round(overall[(measure, w)].median_days, 2) if (measure, w) in overall else 0.0
                    for w in weeks.starts
                ),
            )
        )
    return Report(
        "lead-time",
        "Lead time per week",
        Period(weeks.starts[0], weeks.starts[-1] + timedelta(days=6)),
        center,
        ("measure", "dimension", "key", "week", "parcels", "median_days", "p90_days"),
        rows,
        Chart("line", labels, tuple(series), "days"),
        ("target: 7 days from paid to delivered",),
    )


REPORTS: dict[str, ReportFn] = {
    "stock": stock_report,
    "sales": sales_report,
    "runs": runs_report,
    "failures": failures_report,
    "clerks": clerks_report,
    "lead-time": lead_time_report,
}
