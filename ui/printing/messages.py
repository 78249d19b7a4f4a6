"""Sentences for the errors of printing (layouts, empty print jobs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.printing import errors as pr

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the sentences


def _kind(kind: str) -> str:
    """A label or document kind as the clerk calls it."""
    kinds = {
        "parcel": translate("Printing", "parcel"),
        "product": translate("Printing", "product"),
        "bin": translate("Printing", "bin"),
        "run": translate("Printing", "run"),
    }
    return kinds.get(kind, kind)


def describe_own(error: BaseException) -> str | None:
    """A sentence for a printing error, None for other errors (`ui.error_messages` asks
    every area's `describe_own` before its generic sentence)."""
    match error:
        case pr.LayoutError(file=file, field=field, reason=reason):
            return translate(
                "Printing", "The label layout {file} cannot be used ({field}: {reason})."
            ).format(file=file, field=field, reason=reason)
        case pr.UnknownLayout(name=name):
            return translate("Printing", "There is no label layout called “{name}”.").format(
                name=name
            )
        case pr.LayoutKindMismatch(layout=layout, layout_kind=kind, document_kind=wanted):
            return translate(
                "Printing", "The layout {layout} is for {kind} labels, not for {wanted} labels."
            ).format(layout=layout, kind=_kind(kind), wanted=_kind(wanted))
        case pr.SymbolTooSmall(layout=layout, field=field, value=value, needed_mm=need, dpi=dpi):
            return translate(
                "Printing",
                "The barcode “{value}” ({field}) does not fit the layout {layout}: at {dpi} dpi "
                "it needs {need} mm and the label has {room} mm. Choose a larger label layout.",
            ).format(
                value=value,
                field=field,
                layout=layout,
                dpi=dpi,
                need=need,
                room=error.available_mm,
            )
        case pr.ReductionTooLarge(layout=layout, module_dots=dots, reduction_dots=reduction):
            return translate(
                "Printing",
                "The printer's bar-width reduction of {reduction} dots would leave nothing of "
                "the {dots}-dot bars of the layout {layout}: set it to {most} or less.",
            ).format(reduction=reduction, dots=dots, layout=layout, most=dots - 1)
        case pr.NothingToPrint(kind="run"):
            return translate("Printing", "This run has no parcels to print.")
        case pr.NothingToPrint(kind="parcel", reference=missing) if "-" in missing:
            return translate("Printing", "{n} of the parcels no longer exist.").format(
                n=len(missing.split(","))
            )
        case pr.NothingToPrint(kind="bin", reference=center):
            return translate("Printing", "Center {center} has no bins to label.").format(
                center=center
            )
        case pr.NothingToPrint():
            return translate("Printing", "There is nothing to print.")
    return None
