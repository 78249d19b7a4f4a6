"""Print jobs: gather the data, log the job (reprints), write the PDF.

Each is `fn(uow, ...) -> JobResult` inside the caller's unit of work; the
caller commits after the PDF is written, so a failed write logs nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import IO, Any

from core.printing import sources
from core.printing.documents import render_document
from core.printing.errors import LayoutKindMismatch
from core.printing.layouts import DEFAULT_LAYOUTS, Layout, get_layout
from core.printing.manifests import daily_manifest, run_manifest
from core.printing.manifests import pick_list as pick_list_of
from core.printing.manifests import transfer_document as transfer_document_of
from core.printing.printers import DEFAULT_PRINTER, PrinterSetup
from core.printing.printlog import record_print
from core.printing.render import render_labels
from core.uow import UnitOfWork


@dataclass(frozen=True)
class JobResult:
    pages: int
    items: int
    reprinted: frozenset[str]
    job_key: str
    layout: str = ""


def _layout(kind: str, name: str | None) -> Layout:
    layout = get_layout(name or DEFAULT_LAYOUTS[kind])
    if layout.kind != kind:
        raise LayoutKindMismatch(layout.name, layout.kind, kind)
    return layout


def _label_job(
    uow: UnitOfWork,
    kind: str,
    items: Sequence[tuple[str, Any]],
    layout_name: str | None,
    out: str | IO[bytes],
    start: int,
    job_key: str | None,
    printer: PrinterSetup,
) -> JobResult:
    layout = _layout(kind, layout_name)
    job = record_print(
        uow, f"{kind}_label", [s for s, _ in items], job_key=job_key, layout=layout.name
    )
    labels = [replace(data, reprint=subject in job.reprinted).fields() for subject, data in items]
    pages = render_labels(layout, labels, out, start=start, printer=printer)
    return JobResult(pages, len(items), job.reprinted, job.key, layout.name)


def parcel_labels(
    uow: UnitOfWork,
    parcel_ids: Sequence[uuid.UUID],
    out: str | IO[bytes],
    *,
    layout: str | None = None,
    start: int = 1,
    job_key: str | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> JobResult:
    data = sources.parcel_labels(uow, parcel_ids)
    return _label_job(
        uow, "parcel", [(str(d.parcel_id), d) for d in data], layout, out, start, job_key, printer
    )


def run_labels(
    uow: UnitOfWork,
    run_id: uuid.UUID,
    out: str | IO[bytes],
    *,
    layout: str | None = None,
    start: int = 1,
    job_key: str | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> JobResult:
    """Every parcel label of a run in stop order, in one PDF (one action for the clerk)."""
    data = sources.run_parcel_labels(uow, run_id)
    return _label_job(
        uow, "parcel", [(str(d.parcel_id), d) for d in data], layout, out, start, job_key, printer
    )


def run_label(
    uow: UnitOfWork,
    run_id: uuid.UUID,
    out: str | IO[bytes],
    *,
    layout: str | None = None,
    job_key: str | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> JobResult:
    data = sources.run_label(uow, run_id)
    return _label_job(uow, "run", [(str(run_id), data)], layout, out, 1, job_key, printer)


def product_labels(
    uow: UnitOfWork,
    references: Sequence[str],
    out: str | IO[bytes],
    *,
    layout: str | None = None,
    start: int = 1,
    job_key: str | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> JobResult:
    data = sources.product_labels(uow, references)
    return _label_job(
        uow,
        "product",
        [(f"{d.sku}:{d.lot}", d) for d in data],
        layout,
        out,
        start,
        job_key,
        printer,
    )


def bin_labels(
    uow: UnitOfWork,
    center: str,
    out: str | IO[bytes],
    *,
    layout: str | None = None,
    start: int = 1,
    job_key: str | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
    codes: Sequence[str] | None = None,
) -> JobResult:
    data = sources.bin_labels(uow, center, codes)
    return _label_job(
        uow,
        "bin",
        [(f"{d.center_code}:{d.bin_code}", d) for d in data],
        layout,
        out,
        start,
        job_key,
        printer,
    )


def manifest(
    uow: UnitOfWork,
    run_id: uuid.UUID,
    out: str | IO[bytes],
    *,
    driver: str = "",
    job_key: str | None = None,
) -> JobResult:
    job = record_print(uow, "run_manifest", [str(run_id)], job_key=job_key)
    data = sources.run_manifest_data(uow, run_id, reprint=bool(job.reprinted), driver=driver)
    pages = render_document(run_manifest(data), out)
    count = sum(len(s.lines) for s in data.stops)
    return JobResult(pages, count, job.reprinted, job.key)


def day_manifest(
    uow: UnitOfWork, center: str, day: date, out: str | IO[bytes], *, job_key: str | None = None
) -> JobResult:
    subject = f"{center}:{day.isoformat()}"
    job = record_print(uow, "daily_manifest", [subject], job_key=job_key)
    data = sources.daily_manifest_data(uow, center, day)
    data = replace(data, reprint=bool(job.reprinted))
    pages = render_document(daily_manifest(data), out)
    return JobResult(pages, len(data.runs), job.reprinted, job.key)


def transfer_document(
    uow: UnitOfWork,
    reference: object,
    out: str | IO[bytes],
    *,
    job_key: str | None = None,
    vehicle: str = "",
) -> JobResult:
    """A transfer's document by number, id or scanned `D:` label; `vehicle` goes in its
    vehicle field (blank lines to write it in by hand when empty)."""
    data = sources.transfer_document_data(uow, reference, vehicle=vehicle)
    job = record_print(uow, "transfer_document", [data.number], job_key=job_key)
    pages = render_document(transfer_document_of(replace(data, reprint=bool(job.reprinted))), out)
    return JobResult(pages, len(data.lines), job.reprinted, job.key)


def pick_list(
    uow: UnitOfWork, pick_list_id: uuid.UUID, out: str | IO[bytes], *, job_key: str | None = None
) -> JobResult:
    job = record_print(uow, "pick_list", [str(pick_list_id)], job_key=job_key)
    data = sources.pick_list_data(uow, pick_list_id, reprint=bool(job.reprinted))
    pages = render_document(pick_list_of(data), out)
    return JobResult(pages, len(data.lines), job.reprinted, job.key)
