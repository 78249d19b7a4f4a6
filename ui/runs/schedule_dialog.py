"""Edit when a township is served: weekdays, departure, cutoff, vehicle and capacity.

How often each township is served is the county's own knowledge (the field
notes only say "two to four times a week"), so the clerk sets it here.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
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
from sqlalchemy import select

from core.inventory.models import Center
from core.runs.queries import schedule_rows
from core.runs.schedules import WEEKDAYS, ScheduleInput, parse_weekdays, set_schedule
from core.shipping.models import Division
from core.uow import UnitOfWork
from ui.context import AppContext
from ui.operations import Operation
from ui.runs.messages import describe
from ui.widgets.quantity_edit import QuantityEdit

POSTAL = "postal"


def _choices(uow: UnitOfWork) -> tuple[list[tuple[str, str]], dict[str, dict[str, object]]]:
    """Served townships (code, name) and the current schedules by township (or "postal")."""
    townships = [(d.code, d.name_zh) for d in uow.session.scalars(
        select(Division).where(Division.level == "township", Division.center_id.is_not(None))
        .order_by(Division.code))]
    current = {
        s.township_code or POSTAL: {
            "days": s.weekdays, "depart": s.depart_time, "cutoff": s.cutoff_time,
            "parcels": s.capacity_parcels, "kg": s.capacity_kg, "vehicle": s.vehicle,
            "center": s.center_id,
        }
        for s in schedule_rows(uow)
    }
    return townships, current


class ScheduleDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_operation: Operation | None = None
        self.setWindowTitle(self.tr("Run schedules"))
        townships, self.current = context.ops.read(_choices)
        self.place = QComboBox(self)
        self.place.setObjectName("schedule_place")
        for code, name in townships:
            self.place.addItem(f"{name} ({code})", code)
        self.place.addItem(self.tr("Postal handover (daily)"), POSTAL)
        labels = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                  self.tr("Sat"), self.tr("Sun"))
        self.days = {day: QCheckBox(label, self) for day, label in zip(WEEKDAYS, labels,
                                                                         strict=True)}
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
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.place.currentIndexChanged.connect(lambda _i: self._show_current())
        self._show_current()

    def _show_current(self) -> None:
        key = str(self.place.currentData())
        found = self.current.get(key, {})
        days = set(parse_weekdays(str(found["days"]))) if found else set()
        for n, box in enumerate(self.days.values()):
            box.setChecked(n in days or key == POSTAL)
            box.setEnabled(key != POSTAL)
        depart, cutoff = found.get("depart"), found.get("cutoff")
        self.depart.setTime(QTime(depart.hour, depart.minute) if depart else QTime(8, 0))
        self.cutoff.setTime(QTime(cutoff.hour, cutoff.minute) if cutoff else QTime(18, 0))
        self.parcels.setValue(int(found.get("parcels", 100)))  # type: ignore[call-overload]
        self.kg.setValue(int(found.get("kg", 800)))  # type: ignore[call-overload]
        self.vehicle.setText(str(found.get("vehicle", "")))

    def entry(self) -> ScheduleInput:
        key = str(self.place.currentData())
        days = ",".join(day for day, box in self.days.items() if box.isChecked())
        return ScheduleInput(
            None if key == POSTAL else key, "" if key == POSTAL else days,
            self.depart.time().toString("HH:mm"), self.cutoff.time().toString("HH:mm"),
            self.parcels.quantity(), self.kg.quantity(), self.vehicle.text().strip(),
        )

    def save(self) -> Operation | None:
        for box in (self.parcels, self.kg):  # refused here: the core takes only numbers
            if refusal := box.refusal():
                self.message.setText(refusal)
                box.setFocus()
                return None
        entry = self.entry()

        def write(uow: UnitOfWork) -> object:
            centers = list(uow.session.scalars(select(Center.id).limit(2)))
            center = self.current.get(str(self.place.currentData()), {}).get("center") or (
                centers[0] if len(centers) == 1 else None)
            return set_schedule(uow, center, entry)  # type: ignore[arg-type]

        def saved(_result: object) -> None:
            self.current = self.context.ops.read(_choices)[1]
            self.message.setText(self.tr("Saved. Plan the day again to use it."))

        operation = self.context.ops.run(
            write, parent=self, title=self.tr("Saving the schedule"), on_success=saved,
            on_error=lambda error, message: self.message.setText(describe(error, message)))
        self.last_operation = operation
        return operation
