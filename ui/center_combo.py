"""The one center chooser every area uses.

It preselects this PC's home center (File ▸ Home center), or else the first
center that is not demo-illustrative, so a clerk at Tsochen never starts a
receipt or a pick list at another county's center by accident. A long center name
is cut with "…" (whole in the tooltip and the open list), never widening the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.inventory.catalog import CenterChoice
from core.inventory.catalog import center_choices as read_centers
from ui.context import AppContext
from ui.widgets.eliding_combo import ElidingCombo


def center_choices(context: AppContext) -> list[CenterChoice]:
    return context.ops.read(read_centers)


def default_center(context: AppContext, choices: list[CenterChoice]) -> str:
    codes = [c.code for c in choices]
    home = context.settings.home_center
    if home in codes:
        return home
    real = [c.code for c in choices if not c.illustrative]
    return (real or codes or [""])[0]


class CenterCombo(ElidingCombo):
    """Centers as "CODE name"; `currentData()` is the code ("" for the all-centers entry)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        all_centers: bool = False,
        preselect: bool = True,
    ) -> None:
        # Room for the code and the start of a name; the layout gives more where it can.
        super().__init__(parent, chars=18)
        if all_centers:
            self.addItem(self.tr("All centers"), "")
        choices = center_choices(context)
        for choice in choices:
            self.addItem(f"{choice.code}  {choice.name_zh}", choice.code)
        if preselect and (found := self.findData(default_center(context, choices))) >= 0:
            self.setCurrentIndex(found)

    @property
    def code(self) -> str:
        return str(self.currentData() or "")
