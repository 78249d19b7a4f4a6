"""One action per document: write it in the core (off the GUI thread, logged as a
print job), then open the preview. For the runs area: `print_run_labels` prints a
run's parcel labels in stop order with one click.

Each returns the `Operation` writing the document; the preview opens when it
succeeds, as a child of `parent` (tests find it there).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from core.printing import jobs
from core.printing.calibration import calibration_page
from core.printing.jobs import JobResult
from core.printing.layouts import DEFAULT_LAYOUTS, available_layouts, get_layout
from core.printing.printers import PrinterSetup
from ui.context import AppContext
from ui.operations import OnError, Operation, UnitOfWork
from ui.printing.preview import PrintPreviewDialog
from ui.printing.print_settings import PrintSettings

Write = Callable[[UnitOfWork, io.BytesIO, str | None, str | None, PrinterSetup], JobResult]
"""`write(uow, out, layout, job_key, printer)`: one document kind's print job, writing the
PDF for the printer it last went to (its bar-width reduction and margin)."""


@dataclass(frozen=True)
class Printed:
    data: bytes
    job_key: str


def _open(
    ctx: AppContext, parent: QWidget | None, kind: str, label_kind: str | None, write: Write
) -> Operation[Printed]:
    settings = PrintSettings(ctx.settings)
    layout = (settings.layout(kind) or DEFAULT_LAYOUTS[label_kind]) if label_kind else None
    layouts = sorted(available_layouts(label_kind)) if label_kind else []
    remembered = settings.setup_for(kind)

    def produce(
        uow: UnitOfWork,
        name: str | None = layout,
        job_key: str | None = None,
        printer: PrinterSetup = remembered,
    ) -> Printed:
        out = io.BytesIO()
        result = write(uow, out, name, job_key, printer)
        return Printed(out.getvalue(), result.job_key)

    def show(first: Printed) -> None:
        def regenerate(
            name: str, on_success: Callable[[bytes], None], on_error: OnError
        ) -> Operation[bytes]:
            # Another layout is the same print job drawn again. Its key makes the log
            # answer as it did the first time (the same reprint marks) and write nothing;
            # a new key would find the records just committed and mark everything REPRINT.
            # The printer's setup is read here, on the GUI thread, not by the job.
            printer = dialog.printer_setup()
            return ctx.ops.query(
                lambda uow: produce(uow, name, first.job_key, printer).data,
                on_success=on_success,
                on_error=on_error,
                key=first.job_key,
            )

        dialog = PrintPreviewDialog(
            first.data,
            kind,
            settings,
            ctx.ops,
            layouts=layouts,
            layout=layout or "",
            regenerate=regenerate if label_kind else None,
            parent=parent,
        )
        dialog.calibration_asked.connect(
            lambda name: print_calibration_page(ctx, name, dialog) if name else None
        )
        dialog.open()

    return ctx.ops.run(produce, parent=parent, on_success=show)


def print_run_labels(
    ctx: AppContext, run_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "parcel_label",
        "parcel",
        lambda uow, out, name, key, printer: jobs.run_labels(
            uow, run_id, out, layout=name, job_key=key, printer=printer
        ),
    )


def print_parcel_labels(
    ctx: AppContext, parcel_ids: list[uuid.UUID], parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "parcel_label",
        "parcel",
        lambda uow, out, name, key, printer: jobs.parcel_labels(
            uow, parcel_ids, out, layout=name, job_key=key, printer=printer
        ),
    )


def print_run_manifest(
    ctx: AppContext, run_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "run_manifest",
        None,
        lambda uow, out, _name, key, _printer: jobs.manifest(uow, run_id, out, job_key=key),
    )


def print_run_label(
    ctx: AppContext, run_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[Printed]:
    """The run's own label, for the crate or the vehicle's windscreen."""
    return _open(
        ctx,
        parent,
        "run_label",
        "run",
        lambda uow, out, name, key, printer: jobs.run_label(
            uow, run_id, out, layout=name, job_key=key, printer=printer
        ),
    )


def print_product_labels(
    ctx: AppContext, references: list[str], parent: QWidget | None = None
) -> Operation[Printed]:
    """Product labels, one per `SKU` or `SKU:LOT` in `references` (repeat one for copies)."""
    return _open(
        ctx,
        parent,
        "product_label",
        "product",
        lambda uow, out, name, key, printer: jobs.product_labels(
            uow, references, out, layout=name, job_key=key, printer=printer
        ),
    )


def print_daily_manifest(
    ctx: AppContext, center: str, day: date, parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "daily_manifest",
        None,
        lambda uow, out, _name, key, _printer: jobs.day_manifest(
            uow, center, day, out, job_key=key
        ),
    )


def print_transfer_document(
    ctx: AppContext, number: str, parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "transfer_document",
        None,
        lambda uow, out, _name, key, _printer: jobs.transfer_document(
            uow, number, out, job_key=key
        ),
    )


def print_pick_list(
    ctx: AppContext, pick_list_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[Printed]:
    return _open(
        ctx,
        parent,
        "pick_list",
        None,
        lambda uow, out, _name, key, _printer: jobs.pick_list(uow, pick_list_id, out, job_key=key),
    )


def print_bin_labels(
    ctx: AppContext, center: str, codes: list[str], parent: QWidget | None = None
) -> Operation[Printed]:
    """Labels of the bins of `codes` at `center` (the bins selected on the bins page)."""
    return _open(
        ctx,
        parent,
        "bin_label",
        "bin",
        lambda uow, out, name, key, printer: jobs.bin_labels(
            uow, center, out, layout=name, job_key=key, printer=printer, codes=codes
        ),
    )


def print_calibration_page(
    ctx: AppContext, layout: str, parent: QWidget | None = None
) -> Operation[bytes]:
    """The bar-width calibration page on one label of `layout`, in a preview of its own
    (a child of `parent`): printed on the label printer, the clerk scans each row."""
    settings = PrintSettings(ctx.settings)

    def produce(_uow: UnitOfWork) -> bytes:
        out = io.BytesIO()
        calibration_page(get_layout(layout), out)
        return out.getvalue()

    def show(data: bytes) -> None:
        PrintPreviewDialog(data, "calibration", settings, ctx.ops, parent=parent).open()

    return ctx.ops.query(produce, on_success=show)
