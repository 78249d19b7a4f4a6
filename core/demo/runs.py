"""Demo run schedules for Tsochen's five townships and the daily postal handover.

DEMO DATA. All we know is that townships get postal deliveries "two to four times a
week" (docs/field-facts.md, "Service centers and deliveries"); the weekdays, times,
vehicles and capacities below are invented to look plausible and are the clerk's to
change (`schedule set`, or the Runs area). A schedule already there is left alone, so
a clerk's own schedule survives loading the demo again.
"""

from __future__ import annotations

from sqlalchemy import select

from core.demo import Tally
from core.runs.models import RunSchedule
from core.runs.schedules import ScheduleInput, find_center, set_schedule
from core.uow import UnitOfWork

CENTER = "TSC"
# township (None: postal handover), weekdays, depart, cutoff, parcels, kg, vehicle
SCHEDULES = (
    ("542527100", "mon,tue,thu,fri", "09:00", "18:00", 150, 1200, "藏F·D0101 (demo)"),
    ("542527200", "mon,thu", "07:30", "18:00", 80, 600, "藏F·D0102 (demo)"),
    ("542527201", "tue,fri", "07:30", "18:00", 60, 500, "藏F·D0103 (demo)"),
    ("542527202", "wed,sat", "07:00", "18:00", 60, 500, "藏F·D0103 (demo)"),
    ("542527203", "mon,wed,fri", "08:00", "18:00", 80, 600, "藏F·D0102 (demo)"),
    (None, "", "16:00", "15:00", 400, 2000, "措勤县邮政局 (demo)"),
)


def load(uow: UnitOfWork, tally: Tally) -> None:
    center = find_center(uow, CENTER)
    existing = {
        code
        for code in uow.session.scalars(
            select(RunSchedule.township_code).where(RunSchedule.center_id == center.id)
        )
    }
    for township, days, depart, cutoff, parcels, kg, vehicle in SCHEDULES:
        present = township in existing
        if not present:
            set_schedule(
                uow,
                center.id,
                ScheduleInput(
                    township,
                    days,
                    depart,
                    cutoff,
                    parcels,
                    kg,
                    vehicle,
                    # The seat is busy on market days: a second vehicle takes the overflow.
                    second_vehicle="藏F·D0199 (demo)" if township == "542527100" else None,
                    second_capacity_parcels=60 if township == "542527100" else None,
                    second_capacity_kg=500 if township == "542527100" else None,
                ),
            )
        tally.count("run schedules", created=not present)
