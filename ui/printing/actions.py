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
from datetime import date

from PySide6.QtWidgets import QWidget

from core.printing import jobs
from core.printing.layouts import DEFAULT_LAYOUTS, available_layouts
from core.uow import UnitOfWork
from ui.context import AppContext
from ui.operations import Operation
from ui.printing.preview import PrintPreviewDialog
from ui.printing.print_settings import PrintSettings


def _open(ctx: AppContext, parent: QWidget | None, kind: str, label_kind: str | None,
          write: Callable[[UnitOfWork, io.BytesIO, str | None], object]) -> Operation:
    settings = PrintSettings(ctx.settings)
    layout = (settings.layout(kind) or DEFAULT_LAYOUTS[label_kind]) if label_kind else None
    layouts = sorted(available_layouts(label_kind)) if label_kind else []

    def produce(uow: UnitOfWork, name: str | None = layout) -> bytes:
        out = io.BytesIO()
        write(uow, out, name)
        return out.getvalue()

    def show(data: object) -> None:
        def regenerate(name: str) -> bytes:
            # Another layout is the same print job drawn again: read-only, not logged twice.
            with ctx.db.uow(write=False) as uow:
                return produce(uow, name)

        dialog = PrintPreviewDialog(
            data, kind, settings, ctx.ops, layouts=layouts, layout=layout or "",  # type: ignore[arg-type]
            regenerate=regenerate if label_kind else None, parent=parent)
        dialog.open()

    return ctx.ops.run(produce, parent=parent, on_success=show)


def print_run_labels(ctx: AppContext, run_id: uuid.UUID,
                     parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "parcel_label", "parcel",
          lambda uow, out, name: jobs.run_labels(uow, run_id, out, layout=name))


def print_parcel_labels(ctx: AppContext, parcel_ids: list[uuid.UUID],
                        parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "parcel_label", "parcel",
          lambda uow, out, name: jobs.parcel_labels(uow, parcel_ids, out, layout=name))


def print_run_manifest(ctx: AppContext, run_id: uuid.UUID,
                       parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "run_manifest", None,
                 lambda uow, out, _name: jobs.manifest(uow, run_id, out))


def print_run_label(ctx: AppContext, run_id: uuid.UUID,
                    parent: QWidget | None = None) -> Operation:
    """The run's own label, for the crate or the vehicle's windscreen."""
    return _open(ctx, parent, "run_label", "run",
                 lambda uow, out, name: jobs.run_label(uow, run_id, out, layout=name))


def print_product_labels(ctx: AppContext, references: list[str],
                         parent: QWidget | None = None) -> Operation:
    """Product labels, one per `SKU` or `SKU:LOT` in `references` (repeat one for copies)."""
    return _open(ctx, parent, "product_label", "product",
                 lambda uow, out, name: jobs.product_labels(uow, references, out, layout=name))


def print_daily_manifest(ctx: AppContext, center: str, day: date,
                         parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "daily_manifest", None,
                 lambda uow, out, _name: jobs.day_manifest(uow, center, day, out))


def print_transfer_document(ctx: AppContext, number: str,
                            parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "transfer_document", None,
                 lambda uow, out, _name: jobs.transfer_document(uow, number, out))


def print_pick_list(ctx: AppContext, pick_list_id: uuid.UUID,
                    parent: QWidget | None = None) -> Operation:
    return _open(ctx, parent, "pick_list", None,
                 lambda uow, out, _name: jobs.pick_list(uow, pick_list_id, out))
