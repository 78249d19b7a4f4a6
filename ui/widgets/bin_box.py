"""A center's bins in a combo box, read off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from core.inventory.queries import active_bins
from ui.operations import Operations
from ui.widgets.paged_model import while_alive


def load_bins(ops: Operations, box: QComboBox, center: str, *, blank: bool = False) -> None:
    """Fill `box` with `center`'s active bins once they are read (empty until then), after
    an empty entry if `blank` (a choice that may be left open).

    A newer load into the same box drops the older answer. A bin scanned after the load
    was asked for is classified after it (one reader, in order), so it finds its bin.
    """

    def read(bins: list[str]) -> None:
        box.clear()
        if blank:
            box.addItem("", "")
        box.addItems(bins)

    read([])
    if not center:
        return

    ops.query(
        lambda uow: active_bins(uow, center),
        on_success=while_alive(box, read),
        key=(box, "bins"),
        parent=box,
    )
