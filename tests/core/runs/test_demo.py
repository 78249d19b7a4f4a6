"""The demo schedules: five townships 2-4 times a week plus the postal handover, loaded once."""

from __future__ import annotations

from core.demo import Tally
from core.demo import runs as demo_runs
from core.ids import new_id
from core.inventory.models import Center
from core.runs.planning import plan_runs
from core.runs.queries import runs_on, schedule_rows
from core.runs.schedules import parse_weekdays
from tests.support.runs_world import MONDAY, add_places


def test_demo_schedules_load_once_and_plan(sqlite_db):
    with sqlite_db.uow("demo") as uow:
        center = Center(id=new_id(), code="TSC", name_zh="措勤县物流配送中心")
        uow.session.add(center)
        uow.session.flush()
        add_places(uow, center.id)
        first = Tally()
        demo_runs.load(uow, first)
        again = Tally()
        demo_runs.load(uow, again)
        assert first.created["run schedules"] == 6 and not again.created
        schedules = schedule_rows(uow)
        townships = [s for s in schedules if s.township_code]
        assert len(townships) == 5
        assert all(2 <= len(parse_weekdays(s.weekdays)) <= 4 for s in townships)
        assert [s.weekdays for s in schedules if s.township_code is None] == [
            "mon,tue,wed,thu,fri,sat,sun"
        ]
        plan_runs(uow, MONDAY)
        assert len(runs_on(uow, MONDAY)) == 4  # seat, Cishi, Daxiong, postal
