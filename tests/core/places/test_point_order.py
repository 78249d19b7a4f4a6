"""Village points are listed in road order where one is set, else as a person counts them."""

from __future__ import annotations

from core.places.village_points import add_village_point, list_village_points
from core.runs.schedules import set_stop_order, stop_order
from core.uow import Database

QULUO = "542527201"
# Added in this (wrong) order; 曲洛乡第二村服务点 is there already (conftest).
ADDED = ["曲洛乡第十村服务点", "曲洛乡第十一村服务点", "曲洛乡第三村服务点", "曲洛乡第一村服务点"]
PERSONS_ORDER = [
    "曲洛乡第一村服务点",
    "曲洛乡第二村服务点",
    "曲洛乡第三村服务点",
    "曲洛乡第十村服务点",
    "曲洛乡第十一村服务点",
]


def _add(db: Database) -> dict[str, object]:
    with db.uow() as uow:
        for name in ADDED:
            add_village_point(uow, QULUO, name)
        uow.commit()
    with db.uow(write=False) as uow:
        return {p.name_zh: p.id for p in list_village_points(uow.session, QULUO)}


def test_points_are_listed_as_a_person_counts_them(served_db: Database):
    ids = _add(served_db)
    with served_db.uow(write=False) as uow:
        assert [p.name_zh for p in list_village_points(uow.session, QULUO)] == PERSONS_ORDER
        names = {v: k for k, v in ids.items()}
        assert [names[p] for p in stop_order(uow, QULUO)] == PERSONS_ORDER


def test_road_order_comes_first_where_it_is_set(served_db: Database):
    ids = _add(served_db)
    road = ["曲洛乡第十一村服务点", "曲洛乡第三村服务点"]
    with served_db.uow() as uow:
        set_stop_order(uow, QULUO, [ids[name] for name in road])  # type: ignore[misc]
        uow.commit()
    expected = road + ["曲洛乡第一村服务点", "曲洛乡第二村服务点", "曲洛乡第十村服务点"]
    with served_db.uow(write=False) as uow:
        assert [p.name_zh for p in list_village_points(uow.session, QULUO)] == expected
        names = {v: k for k, v in ids.items()}
        assert [names[p] for p in stop_order(uow, QULUO)] == expected
        # Another township keeps its own order.
        assert [p.name_zh for p in list_village_points(uow.session, "542527202")] == [
            "江让乡第一村服务点"
        ]
