"""Edit when a township is served: weekdays, departure, cutoff, vehicle and capacity.

How often each township is served is the county's own knowledge (the field
notes only say "two to four times a week"), so the clerk sets it here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from core.changes import Changes
from core.errors import UnknownCenter
from core.runs.queries import POSTAL, ScheduleChoices, ScheduleView, schedule_choices
from core.runs.schedules import (
    WEEKDAYS,
    ScheduleInput,
    parse_weekdays,
    set_schedule,
    sole_center_id,
)
from ui.context import AppContext
from ui.operations import Operation, UnitOfWork
from ui.runs.messages import describe
from ui.widgets.quantity_edit import QuantityEdit


class ScheduleDialog(QDialog):
    choices_shown = Signal()
    """The townships and their schedules were read and are in the form (after opening, and
    again after each save)."""
    schedule_saved = Signal()
    """A schedule was saved (and the form re-read)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Run schedules"))
        self.current: dict[str, ScheduleView] = {}
        self.place = QComboBox(self)
        self.place.setObjectName("schedule_place")
        labels = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.days = {
            day: QCheckBox(label, self) for day, label in zip(WEEKDAYS, labels, strict=True)
        }
        row = QHBoxLayout()
        for box in self.days.values():
            row.addWidget(box)
        self.depart = QTimeEdit(self)
        self.cutoff = QTimeEdit(self)
        for edit in (self.depart, self.cutoff):
            edit.setDisplayFormat("HH:mm")
        self.parcels = QuantityEdit(self, field="capacity_parcels")
        self.parcels.setObjectName("schedule_parcels")
        self.kg = QuantityEdit(self, field="capacity_kg")
        self.kg.setObjectName("schedule_kg")
        self.vehicle = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Township:"), self.place)
        form.addRow(self.tr("Weekdays:"), row)
        form.addRow(self.tr("Departs:"), self.depart)
        form.addRow(self.tr("Cutoff (the day before when later than departure):"), self.cutoff)
        form.addRow(self.tr("Parcels per run:"), self.parcels)
        form.addRow(self.tr("Kilograms per run:"), self.kg)
        form.addRow(self.tr("Vehicle or carrier:"), self.vehicle)
        form.addRow(self.message)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until read
        self.place.currentIndexChanged.connect(lambda _i: self._show_current())
        self._read_choices(self._fill_places)

    def _read_choices(self, then: Callable[[ScheduleChoices], None]) -> None:
        self.context.ops.query(
            schedule_choices,
            on_success=then,
            key=(self, "choices"),
            parent=self,
            title=self.windowTitle(),
        )

    def _fill_places(self, choices: ScheduleChoices) -> None:
        self.current = choices.schedules
        for code, name in choices.townships:
            self.place.addItem(f"{name} ({code})", code)
        self.place.addItem(self.tr("Postal handover (daily)"), POSTAL)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._show_current()
        self.choices_shown.emit()

    def _show_current(self) -> None:
        key = str(self.place.currentData())
        found = self.current.get(key)
        days = set(parse_weekdays(found.weekdays)) if found else set()
        for n, box in enumerate(self.days.values()):
            box.setChecked(n in days or key == POSTAL)
            box.setEnabled(key != POSTAL)
        depart = found.depart if found else None
        cutoff = found.cutoff if found else None
        self.depart.setTime(QTime(depart.hour, depart.minute) if depart else QTime(8, 0))
        self.cutoff.setTime(QTime(cutoff.hour, cutoff.minute) if cutoff else QTime(18, 0))
        self.parcels.setValue(found.capacity_parcels if found else 100)
        self.kg.setValue(found.capacity_kg if found else 800)
        self.vehicle.setText(found.vehicle if found else "")

    def entry(self) -> ScheduleInput:
        key = str(self.place.currentData())
        days = ",".join(day for day, box in self.days.items() if box.isChecked())
        return ScheduleInput(
            None if key == POSTAL else key,
            "" if key == POSTAL else days,
            self.depart.time().toString("HH:mm"),
            self.cutoff.time().toString("HH:mm"),
            self.parcels.quantity(),
            self.kg.quantity(),
            self.vehicle.text().strip(),
        )

    def save(self) -> Operation | None:
        for box in (self.parcels, self.kg):  # refused here: the core takes only numbers
            if refusal := box.refusal():
                self.message.setText(refusal)
                box.setFocus()
                return None
        # Read here, on the GUI thread: the job runs on the writer and must not touch widgets.
        entry = self.entry()
        found = self.current.get(str(self.place.currentData()))
        known: uuid.UUID | None = found.center_id if found else None

        def write(uow: UnitOfWork) -> Changes:
            center = known or sole_center_id(uow)
            if center is None:  # several centers and no schedule yet to say which
                raise UnknownCenter("")
            return set_schedule(uow, center, entry)

        def reread(choices: ScheduleChoices) -> None:
            self.current = choices.schedules
            self.message.setText(self.tr("Saved. Plan the day again to use it."))
            self.schedule_saved.emit()

        return self.context.ops.run(
            write,
            parent=self,
            title=self.tr("Saving the schedule"),
            on_success=lambda _changes: self._read_choices(reread),
            on_error=lambda error, message: self.message.setText(describe(error, message)),
        )
