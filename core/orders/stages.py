"""The stages a long orders job reports, as keys: the UI words them (`ui.operations.stage_text`).

The values are the plain keys the UI already knows ("reading", …): a `Stage` is a
`str`, so `progress(fraction, stage)` callables typed with `str` take it as it is.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    READING = "reading"  # the file is being read
    CHECKING = "checking"  # its rows are being checked against what is stored
    STORING = "storing"  # rows are being written
    DONE = "done"
