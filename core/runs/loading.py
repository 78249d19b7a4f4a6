"""Load check, dispatch and delivery of a run.

The load check is a scan of every parcel onto the vehicle: each scan is kept
with what it meant (loaded, twice, wrong run, extra, unknown) so the clerk sees
problems as they happen. A parcel may be named by its order number too
(`core.runs.order_scans`); an order number that stands for several parcels
records nothing and asks for a parcel label. A run leaves only when every parcel was scanned, or a
supervisor overrides with a reason; the parcels not scanned then stay behind
and go on the next run. Failed and returned parcels, too, go on the next run.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import or_, select

from core.changes import Changes
from core.clock import local_day
from core.ids import new_id
from core.inventory.scanning import normalize, variants
from core.printing.payloads import id_from_code
from core.runs.edits import end_assignment, get_run, open_run
from core.runs.errors import (
    BadRunTransition,
    OverrideNeedsReason,
    ParcelNotOnRun,
    UnknownParcel,
    UnscannedParcels,
)
from core.runs.models import (
    AssignReason,
    DeliveryEvent,
    DeliveryKind,
    DeliverySource,
    LoadScan,
    Outcome,
    Run,
    RunKind,
    RunParcel,
    RunStatus,
    ScanResult,
)
from core.runs.order_scans import match_order
from core.runs.planning import plan_runs
from core.runs.queries import current_run_of
from core.shipping.models import Parcel, ParcelStatus
from core.text_limits import checked_text
from core.uow import UnitOfWork


def find_parcel(uow: UnitOfWork, code: str) -> Parcel | None:
    """The parcel a scanned code names: our label's Code128 (`P:` and the id as 40 digits,
    `core.printing.payloads`), the id as text (the label's QR code), a carrier barcode or
    a tracking number. A code an input method or keyboard layout mangled is read back
    the way `core.inventory.scanning` reads every scan."""
    text = normalize(code)
    if not text:
        return None
    for candidate in variants(text):
        parcel = _parcel_by_code(uow, candidate)
        if parcel is not None:
            return parcel
    return None


def _parcel_by_code(uow: UnitOfWork, code: str) -> Parcel | None:
    parcel_id = id_from_code(code)
    if parcel_id is not None:
        parcel = uow.session.get(Parcel, parcel_id)
        if parcel is not None:
            return parcel
    return uow.session.scalar(
        select(Parcel).where(or_(Parcel.carrier_barcode == code, Parcel.tracking == code)).limit(1)
    )


# Not a ScanResult and never stored: nothing was loaded, the clerk scans a parcel label.
SEVERAL_PARCELS = "several_parcels"


@dataclass(frozen=True)
class ScanOutcome:
    result: str  # a ScanResult, or SEVERAL_PARCELS
    code: str
    parcel_id: uuid.UUID | None
    other_run_id: uuid.UUID | None
    changes: Changes
    order: str | None = None  # the order number the code was read as
    parcel_ids: tuple[uuid.UUID, ...] = ()  # SEVERAL_PARCELS: the parcels to tell apart


def scan_onto(uow: UnitOfWork, run_id: uuid.UUID, code: str) -> ScanOutcome:
    """One scan at the vehicle: a parcel's code, or its order number. The first scan
    starts loading (planned -> loading)."""
    run = open_run(uow, run_id)
    if run.status == RunStatus.PLANNED.value:
        run.status = RunStatus.LOADING.value
    now = uow.clock()
    parcel = find_parcel(uow, code)
    other: uuid.UUID | None = None
    order = match_order(uow, run.id, normalize(code)) if parcel is None else None
    if order is not None:
        parcel, other = order.parcel, order.other_run_id
        if parcel is None and other is None:
            return ScanOutcome(
                SEVERAL_PARCELS,
                code,
                None,
                None,
                Changes(runs=frozenset({run.id})),
                order.order,
                order.parcel_ids,
            )
    if parcel is None and other is not None:
        result = ScanResult.WRONG_RUN  # the order's parcels all went on that run
    elif parcel is None:
        result = ScanResult.UNKNOWN
    else:
        current = current_run_of(uow, parcel.id)
        if current is None:
            result = ScanResult.EXTRA
        elif current.run_id != run.id:
            result, other = ScanResult.WRONG_RUN, current.run_id
        elif current.loaded_at is not None:
            result = ScanResult.DUPLICATE
        else:
            current.loaded_at = now
            result = ScanResult.LOADED
    uow.session.add(
        LoadScan(
            id=new_id(),
            run_id=run.id,
            code=code.strip()[:64],
            parcel_id=parcel.id if parcel else None,
            result=result.value,
            other_run_id=other,
            scanned_at=now,
            actor=uow.actor,
        )
    )
    uow.session.flush()
    parcels = frozenset({parcel.id}) if parcel else frozenset()
    return ScanOutcome(
        result.value,
        code,
        parcel.id if parcel else None,
        other,
        Changes(runs=frozenset({run.id}), parcels=parcels),
        order.order if order else None,
    )


@dataclass(frozen=True)
class LoadStatus:
    run_id: uuid.UUID
    expected: int
    loaded: list[uuid.UUID]
    missing: list[uuid.UUID]
    problems: list[LoadScan] = field(default_factory=list)  # wrong run, extra, unknown scans


def load_status(uow: UnitOfWork, run_id: uuid.UUID) -> LoadStatus:
    run = get_run(uow, run_id)
    rows = list(
        uow.session.execute(
            select(RunParcel.parcel_id, RunParcel.loaded_at)
            .join(Parcel, Parcel.id == RunParcel.parcel_id)
            .where(RunParcel.run_id == run.id, RunParcel.outcome.is_(None))
            .order_by(Parcel.received_at, Parcel.id)
        )
    )
    problems = list(
        uow.session.scalars(
            select(LoadScan)
            .where(
                LoadScan.run_id == run.id,
                LoadScan.result.in_(
                    [ScanResult.WRONG_RUN.value, ScanResult.EXTRA.value, ScanResult.UNKNOWN.value]
                ),
            )
            .order_by(LoadScan.scanned_at, LoadScan.id)
        )
    )
    return LoadStatus(
        run.id,
        len(rows),
        [pid for pid, at in rows if at is not None],
        [pid for pid, at in rows if at is None],
        problems,
    )


def dispatch(
    uow: UnitOfWork,
    run_id: uuid.UUID,
    *,
    supervisor: str | None = None,
    override_reason: str | None = None,
) -> Changes:
    """The vehicle leaves. Unscanned parcels block it, unless a supervisor overrides with a
    reason: they then stay behind and go on the next run ("left_behind").

    The postal handover is complete when it leaves: its parcels are handed over.
    """
    run = open_run(uow, run_id)
    status = load_status(uow, run.id)
    if status.missing:
        if supervisor is None:
            raise UnscannedParcels(str(run.id), [str(p) for p in status.missing])
        reason = (override_reason or "").strip()
        if not reason:
            raise OverrideNeedsReason(str(run.id))
        run.override_by = checked_text(supervisor, Run.override_by, "supervisor")
        run.override_reason = checked_text(reason, Run.override_reason, "reason")
    now = uow.clock()
    postal = run.kind == RunKind.POSTAL.value
    for pid in status.missing:
        end_assignment(uow, pid, Outcome.LEFT_BEHIND)
    for pid in status.loaded:
        parcel = uow.session.get(Parcel, pid)
        assert parcel is not None
        parcel.status = (ParcelStatus.HANDED_OVER if postal else ParcelStatus.ON_RUN).value
        if postal:
            end_assignment(uow, pid, Outcome.HANDED_OVER)
    run.status = (RunStatus.COMPLETED if postal else RunStatus.DISPATCHED).value
    run.dispatched_at = now
    run.completed_at = now if postal else None
    uow.session.flush()
    changes = Changes(runs=frozenset({run.id}), parcels=frozenset(status.loaded + status.missing))
    if status.missing:
        retry = dict.fromkeys(status.missing, AssignReason.LEFT_BEHIND.value)
        changes |= plan_runs(uow, run.day, retry=retry).changes
    return changes


@dataclass(frozen=True)
class DeliveryEntry:
    code: str
    kind: str  # a DeliveryKind
    reason: str = ""


def record_delivery(
    uow: UnitOfWork,
    entries: Iterable[DeliveryEntry],
    source: str = DeliverySource.SCAN.value,
    run_id: uuid.UUID | None = None,
) -> Changes:
    """What happened at the far end: at the station, delivered, failed (with reason), returned.

    Failed and returned parcels are put on their next run at once.
    """
    now = uow.clock()
    touched: set[uuid.UUID] = set()
    parcels: set[uuid.UUID] = set()
    retry: dict[uuid.UUID, str] = {}
    for entry in entries:
        kind = DeliveryKind(entry.kind)
        # Refused, not cut: a driver's note cut at 200 characters may lose what matters.
        reason = checked_text(entry.reason, DeliveryEvent.reason, "reason")
        parcel = find_parcel(uow, entry.code)
        if parcel is None:
            raise UnknownParcel(entry.code)
        current = current_run_of(uow, parcel.id)
        run = uow.session.get(Run, current.run_id) if current else None
        travelling = (ParcelStatus.ON_RUN.value, ParcelStatus.AT_STATION.value)
        if run is None or parcel.status not in travelling or (run_id and run.id != run_id):
            raise ParcelNotOnRun(str(parcel.id), str(run_id or ""))
        lead = None
        if kind is DeliveryKind.DELIVERED:
            parcel.delivered_at = now
            lead = int((now - parcel.received_at).total_seconds())
        if kind is not DeliveryKind.AT_STATION:
            end_assignment(uow, parcel.id, Outcome(kind.value))
        if kind in (DeliveryKind.FAILED, DeliveryKind.RETURNED):
            parcel.failure_reason = reason
            retry[parcel.id] = (
                AssignReason.RETRY_FAILED
                if kind is DeliveryKind.FAILED
                else AssignReason.RETRY_RETURNED
            ).value
        parcel.status = kind.value
        uow.session.add(
            DeliveryEvent(
                id=new_id(),
                parcel_id=parcel.id,
                run_id=run.id,
                kind=kind.value,
                source=source,
                reason=reason,
                occurred_at=now,
                lead_time_s=lead,
                actor=uow.actor,
            )
        )
        touched.add(run.id)
        parcels.add(parcel.id)
    uow.session.flush()
    for rid in touched:
        _complete_if_done(uow, rid)
    changes = Changes(runs=frozenset(touched), parcels=frozenset(parcels))
    if retry:
        changes |= plan_runs(uow, local_day(now), retry=retry).changes
    return changes


def confirm_manifest(
    uow: UnitOfWork, run_id: uuid.UUID, exceptions: Mapping[str, tuple[str, str]] | None = None
) -> Changes:
    """The signed manifest came back: every parcel delivered except the ones marked on it.

    Args:
        exceptions: code -> (DeliveryKind, reason) for the parcels that were not delivered.
    """
    run = get_run(uow, run_id)
    if run.status not in (RunStatus.DISPATCHED.value, RunStatus.COMPLETED.value):
        raise BadRunTransition(str(run.id), run.status, RunStatus.COMPLETED.value)
    marked = dict(exceptions or {})
    special = {}
    for code, value in marked.items():
        parcel = find_parcel(uow, code)
        if parcel is None:
            raise UnknownParcel(code)
        special[parcel.id] = value
    rows = uow.session.execute(
        select(RunParcel.parcel_id)
        .join(Parcel, Parcel.id == RunParcel.parcel_id)
        .where(
            RunParcel.run_id == run.id,
            RunParcel.outcome.is_(None),
            Parcel.status.in_([ParcelStatus.ON_RUN.value, ParcelStatus.AT_STATION.value]),
        )
    ).scalars()
    entries = [
        DeliveryEntry(str(pid), *special.get(pid, (DeliveryKind.DELIVERED.value, "")))
        for pid in rows
    ]
    return record_delivery(uow, entries, DeliverySource.MANIFEST.value, run.id)


def _complete_if_done(uow: UnitOfWork, run_id: uuid.UUID) -> None:
    """A run is complete when none of its parcels is still on the road."""
    run = get_run(uow, run_id)
    if run.status != RunStatus.DISPATCHED.value:
        return
    on_road = uow.session.scalar(
        select(RunParcel.id)
        .join(Parcel, Parcel.id == RunParcel.parcel_id)
        .where(
            RunParcel.run_id == run.id,
            RunParcel.outcome.is_(None),
            Parcel.status == ParcelStatus.ON_RUN.value,
        )
        .limit(1)
    )
    if on_road is None:
        run.status, run.completed_at = RunStatus.COMPLETED.value, uow.clock()
