"""What the printing code is told of the printer a job goes to.

A thermal head whose dots spread (print gain, a worn head) widens every bar by a
dot or so and closes the spaces: a two-dot Code128 is lost. Label software
answers with a bar-width reduction in dots, set per printer after a calibration
page (`calibration.py`). Office printers cannot print the outer few millimetres
of a sheet: the printable margin keeps every element of a sheet layout inside.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import InvalidValue

DEFAULT_MARGIN_MM = 5.0
MAX_MARGIN_MM = 20.0
REDUCTIONS = range(-2, 3)  # dots, what the calibration page offers
DEFAULT_REDUCTION_DOTS = 0


@dataclass(frozen=True)
class PrinterSetup:
    bar_reduction_dots: int = DEFAULT_REDUCTION_DOTS
    margin_mm: float = DEFAULT_MARGIN_MM  # unprintable border of a sheet, each side

    def __post_init__(self) -> None:
        if self.bar_reduction_dots not in REDUCTIONS:
            raise InvalidValue("bar_reduction", self.bar_reduction_dots, "not in -2..2")
        if not 0 <= self.margin_mm <= MAX_MARGIN_MM:
            raise InvalidValue("margin", self.margin_mm, f"not in 0..{MAX_MARGIN_MM:g} mm")


DEFAULT_PRINTER = PrinterSetup()
