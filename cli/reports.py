"""Reports and the dashboard's figures on the command line.

    python main.py report NAME [--from D --to D] [--center C] [--json | --xlsx FILE | --pdf FILE]
    python main.py dashboard [--center C] [--overdue-days N] [--json]

NAME: stock, sales, runs, failures, clerks, lead-time. The period is days on the
center's clock, both included (default: the last 30 days up to today).
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from cli.arguments import iso_date, whole_number
from cli.outputs import FORCE_HELP, checked
from cli.tables import Column, emit_result, render
from core.clock import local_day, shown
from core.errors import InvalidValue
from core.output_files import OutputKind, write_file
from core.reports.catalog import REPORTS
from core.reports.dashboard import Dashboard, dashboard
from core.reports.lead_time import TARGET, LeadTime, lead_times, week_figure
from core.reports.pdf import report_pdf
from core.reports.scope import OVERDUE_DAYS, center_id_of
from core.reports.tables import Period, Report
from core.reports.weeks import last_weeks
from core.uow import Database

DEFAULT_DAYS = 30
CENTER_HELP = "only this center's figures (default: every center)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser("report")
    report.add_argument("name", choices=sorted(REPORTS), help="which report")
    report.add_argument("--from", dest="first", type=iso_date, help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="last", type=iso_date, help="last day, included")
    report.add_argument("--center", help=CENTER_HELP)
    out = report.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--xlsx", metavar="FILE.xlsx", help="write an Excel workbook with its chart")
    out.add_argument("--pdf", metavar="FILE.pdf", help="write a PDF with its chart")
    report.add_argument("--force", action="store_true", help=FORCE_HELP.format(kind="XLSX or PDF"))
    report.set_defaults(handler=run_report)
    board = subparsers.add_parser("dashboard")
    board.add_argument("--center", help=CENTER_HELP)
    board.add_argument(
        "--overdue-days",
        type=whole_number("days"),
        default=OVERDUE_DAYS,
        help=f"a parcel not delivered this many days after it was paid is overdue "
        f"(default {OVERDUE_DAYS})",
    )
    board.add_argument("--json", action="store_true", help="print one JSON object")
    board.set_defaults(handler=run_dashboard)


def period_of(args: argparse.Namespace, db: Database) -> Period:
    today = local_day(db.clock())
    last = args.last or today
    first = args.first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise InvalidValue("from", first.isoformat(), "after_to")
    return Period(first, last)


def run_report(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    target = None
    if args.xlsx or args.pdf:
        kind = OutputKind.XLSX if args.xlsx else OutputKind.PDF
        target = checked(args, db, Path(args.xlsx or args.pdf), kind)
    period = period_of(args, db)
    with db.uow(write=False) as uow:
        report = REPORTS[args.name](uow, period, args.center)
    if target is not None:
        from core.reports.xlsx import report_xlsx

        data = report_xlsx(report) if args.xlsx else report_pdf(report)
        write_file(target, data)
        return emit_result(False, None, f"{target}: {report.title}, {len(report.rows)} rows")
    return emit_result(args.json, report.as_json(), text_of(report))


def text_of(report: Report) -> str:
    scope = report.center or "every center"
    head = (
        f"{report.title}, {report.period.first.isoformat()} to "
        f"{report.period.last.isoformat()}, {scope}"
    )
    columns = [Column(c, right=i > 0) for i, c in enumerate(report.columns)]
    return "\n".join([head, "", render(columns, report.rows), *report.notes])


def run_dashboard(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        board = dashboard(uow, args.center, args.overdue_days)
        weeks = last_weeks(board.now)
        figures = lead_times(uow.session, weeks, center_id_of(uow.session, args.center))
    week = week_figure(figures, weeks)
    record = board.as_json()
    record["lead_time"] = [f.as_json() for f in figures]
    record["week_lead_time"] = None if week is None else week.as_json()
    record["target_days"] = TARGET.days
    return emit_result(args.json, record, dashboard_text(board, week))


def dashboard_text(board: Dashboard, week: LeadTime | None) -> str:
    lines = [
        f"Dashboard, {board.center or 'every center'}, {shown(board.now)}",
        f"overdue (older than {board.overdue_days} days): {board.overdue}",
        f"lots expiring within {board.expiry_days} days: {board.expiring_lots}",
        f"products at or below reorder point: {board.low_stock}",
        f"failed deliveries / returns, last {board.recent_days} days: "
        f"{board.failed} / {board.returned}",
        "",
        render(
            [
                Column("township"),
                Column("waiting", True),
                Column("on next run", True),
                Column("next run"),
            ],
            [
                (
                    f"{w.township} {w.township_code}",
                    w.waiting,
                    w.on_next_run,
                    shown(w.next_depart_at),
                )
                for w in board.waiting
            ],
        ),
        "",
        render(
            [Column("run"), Column("status"), Column("parcels", True), Column("kg", True)],
            [
                (
                    f"{shown(r.depart_at)} {r.township or r.kind} {r.vehicle}",
                    r.status,
                    f"{r.parcels}/{r.capacity_parcels}",
                    f"{r.weight_g / 1000:.1f}/{r.capacity_kg}",
                )
                for r in board.runs
            ],
        ),
    ]
    if week is not None:
        lines += [
            "",
            f"this week's lead time (median, paid to delivered): {week.median_days:.1f} days",
        ]
    return "\n".join(lines)
