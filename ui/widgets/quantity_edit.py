"""The one box a quantity is typed into: it keeps exactly what was typed, and says when that
is not a quantity.

A QSpinBox "fixes" what it cannot take: `1e9` became 19 (the `e` was dropped),
`-5` became 5 and `1000000000` became 1000000, and a receipt went out with a
number nobody typed. This box shows the clerk's keys as they are and checks them
with the core's strict parser (`core.validation`), the one the command line
uses, so a bad quantity is refused with the same sentence there and here: in
the box's tooltip while typing, and by the core when the page posts it.

Pages adopt it with one line where they made a QSpinBox: `value()`, `setValue()`
and `setRange()` work as before, except that `value()` gives the text as typed
when it is not a quantity, for the core to refuse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QWidget

from core.errors import DepotError
from core.validation import MAX_QUANTITY, parse_delta, parse_quantity
from ui.error_messages import describe
from ui.qt_fixes import emit
from ui.scan.latin_edit import LatinLineEdit

INVALID_BACKGROUND = QColor("#fde7e9")


class QuantityEdit(LatinLineEdit):
    """A whole number of units (from 1 to MAX_QUANTITY), or a signed change if `signed`."""

    problem_changed = Signal(str)
    """What is typed became a quantity ("") or stopped being one (the sentence why)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        field: str = "quantity",
        signed: bool = False,
        value: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.signed = signed
        self._problem = ""
        self._normal_palette = QPalette(self.palette())
        # Digits come from the keyboard or a scanner; a Chinese input method would turn
        # them into full-width digits the parser rightly refuses (LatinLineEdit keeps it out).
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("whole units"))
        width = self.fontMetrics().horizontalAdvance("-" + str(MAX_QUANTITY) + "000")
        self.setMinimumWidth(width)
        self.textChanged.connect(self._check)
        if value is not None:
            self.setValue(value)

    # -- what the pages read ------------------------------------------------------------------
    def quantity(self) -> int:
        """The quantity typed; raises the core's `InvalidQuantity` when it is none."""
        return (
            parse_delta(self.text(), self.field)
            if self.signed
            else parse_quantity(self.text(), self.field)
        )

    def value(self) -> int | str:
        """The quantity typed, or the text itself when it is not one (the core refuses it
        with its own sentence, as it refuses the same text from the command line)."""
        try:
            return self.quantity()
        except DepotError:
            return self.text()

    def problem(self) -> str:
        """Why the text is not a quantity, in the clerk's words; "" when it is one."""
        return self._problem

    def refusal(self) -> str:
        """The sentence that refuses what is typed, an empty box included; "" for a quantity."""
        try:
            self.quantity()
        except DepotError as error:
            return describe(error)
        return ""

    def setValue(self, value: int) -> None:  # noqa: N802  (QSpinBox's name, for adopters)
        self.setText(str(value))

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802  (as QSpinBox)
        """Kept for pages moving from QSpinBox: the range is the core's, a negative minimum
        asks for a signed change."""
        self.signed = minimum < 0

    # -- feedback -----------------------------------------------------------------------------
    def _check(self, text: str) -> None:
        try:
            self.quantity()
            problem = ""
        except DepotError as error:
            problem = describe(error) if text.strip() else ""
        if problem == self._problem:
            return
        self._problem = problem
        self.setToolTip(problem)
        palette = QPalette(self._normal_palette)
        if problem:
            palette.setColor(QPalette.ColorRole.Base, INVALID_BACKGROUND)
        self.setPalette(palette)
        emit(self.problem_changed, problem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        # Up and Down step by one, as the spin box did, but only from a quantity.
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None and not self._problem and self.text().strip():
            current = self.quantity()
            wanted = current + step
            if wanted == 0 and self.signed:
                wanted += step
            if (-MAX_QUANTITY if self.signed else 1) <= wanted <= MAX_QUANTITY:
                self.setValue(wanted)
            return
        super().keyPressEvent(event)
