"""Village points, the gazetteer and the review queue on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.errors import DuplicateValue, InvalidValue
from core.inventory.catalog import create_center
from core.places.addresses import resolve
from core.places.errors import PlaceFileRejected, PointNotInTownship, UnknownPlace
from core.places.gazetteer import (
    add_township,
    load_gazetteer,
    set_division_names,
    set_serving_center,
)
from core.places.review import choose, review_count, review_ids
from core.places.village_points import (
    add_village_point,
    import_village_points,
    list_village_points,
    rename_village_point,
    retire_village_point,
)
from core.shipping.models import Division, Parcel, PlaceAlias, VillagePoint
from core.uow import Database
from tests.support.places_world import add_parcel

CISHI, QULUO, JIANGRANG = "542527200", "542527201", "542527202"


def _point(db: Database, name: str) -> VillagePoint | None:
    with db.uow(write=False) as uow:
        point = uow.session.scalar(select(VillagePoint).where(VillagePoint.name_zh == name))
        if point is not None:
            uow.session.expunge(point)  # a plain snapshot, readable after the unit of work
        return point


def _resolve(db: Database, address: str):  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return resolve(uow.session, address)


def test_add_rename_retire_point_changes_what_resolves(served_db: Database) -> None:
    with served_db.uow() as uow:
        changes = add_village_point(uow, "曲洛乡", "扎西岗服务点", name_pinyin="Zhaxigang")
        uow.commit()
    assert changes.places and not changes.empty
    point = _point(served_db, "扎西岗服务点")
    assert point is not None and point.township_code == QULUO
    assert _resolve(served_db, "西藏阿里措勤县扎西岗").village_point_id == point.id

    with served_db.uow() as uow, pytest.raises(DuplicateValue):
        add_village_point(uow, QULUO, "扎西岗服务点")
    with served_db.uow() as uow, pytest.raises(UnknownPlace):
        add_village_point(uow, "不存在乡", "某服务点")
    with served_db.uow() as uow, pytest.raises(InvalidValue):
        add_village_point(uow, QULUO, "   ")

    with served_db.uow() as uow:
        rename_village_point(uow, point.id, name_zh="扎西岗村服务点")
        uow.commit()
    assert _resolve(served_db, "西藏阿里措勤县 扎西岗村").village_point_id == point.id

    with served_db.uow() as uow:
        retire_village_point(uow, point.id)
        uow.commit()
    assert _resolve(served_db, "西藏阿里措勤县 扎西岗村").village_point_id is None
    with served_db.uow(write=False) as uow:
        names = [p.name_zh for p in list_village_points(uow.session, QULUO)]
        all_names = [
            p.name_zh for p in list_village_points(uow.session, QULUO, include_retired=True)
        ]
    assert "扎西岗村服务点" not in names and "扎西岗村服务点" in all_names


def test_import_points_utf8_bom_and_gb18030_then_again(served_db: Database, tmp_path: Path) -> None:
    text = (
        "乡镇,名称,藏文名,拼音\n"
        "542527202,江让乡第三村服务点,,Jiangrang 3\n"
        "达雄乡,达雄乡第二村服务点,བཀྲ་ཤིས་,\n"
    )
    utf8 = tmp_path / "points-utf8.csv"
    utf8.write_bytes(text.encode("utf-8-sig"))
    gb = tmp_path / "points-gb.csv"
    gb.write_bytes(text.replace("第三", "第四").replace("第二", "第五").encode("gb18030"))
    with served_db.uow() as uow:
        first = import_village_points(uow, utf8)
        second = import_village_points(uow, gb)
        uow.commit()
    assert (first.created, second.created) == (2, 2)
    point = _point(served_db, "达雄乡第五村服务点")
    assert point is not None and point.name_bo == "བཀྲ་ཤིས་"
    with served_db.uow() as uow:
        again = import_village_points(uow, utf8)
        uow.commit()
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_import_with_problems_names_lines_and_writes_nothing(
    served_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "township,name_zh,village_code\n"
        "542527200,磁石乡新服务点,\n"
        "不知道乡,某服务点,\n"
        "542527201,,\n"
        "542527201,曲洛乡新服务点,12345\n"
        "542527200,磁石乡新服务点,\n",
        encoding="utf-8",
    )
    with served_db.uow() as uow, pytest.raises(PlaceFileRejected) as caught:
        import_village_points(uow, path)
    problems = {(p.line, p.field, p.reason) for p in caught.value.problems}
    assert problems == {
        (3, "township", "unknown_township"),
        (4, "name_zh", "required"),
        (5, "village_code", "village_code_12_digits"),
        (6, "name_zh", "duplicate"),
    }
    assert _point(served_db, "磁石乡新服务点") is None

    missing = tmp_path / "missing.csv"
    missing.write_text("名字\n某服务点\n", encoding="utf-8")
    with served_db.uow() as uow, pytest.raises(PlaceFileRejected) as caught:
        import_village_points(uow, missing)
    assert {(p.line, p.field) for p in caught.value.problems} == {(1, "township"), (1, "name_zh")}


def test_gazetteer_load_is_idempotent_and_keeps_clerks_names(served_db: Database) -> None:
    with served_db.uow() as uow:
        set_division_names(uow, CISHI, name_bo="ཚི་ཧྲི་ཤང་")  # what a clerk typed
        uow.commit()
    with served_db.uow() as uow:
        changes = load_gazetteer(uow)
        uow.commit()
    assert not changes.places  # nothing to add or link the second time
    with served_db.uow(write=False) as uow:
        cishi = uow.session.get(Division, CISHI)
        count = uow.session.scalar(select(func.count()).select_from(Division))
        assert cishi is not None and cishi.center_id is not None
        assert cishi.name_bo == "ཚི་ཧྲི་ཤང་"
    assert count == 14  # 1 province, 1 prefecture, 7 counties, 5 townships


def test_another_ngari_county_is_postal_until_configured(served_db: Database) -> None:
    address = "西藏 阿里地区 噶尔县 测试乡 5号"
    assert _resolve(served_db, address).route == "postal"
    with served_db.uow() as uow:
        create_center(uow, code="GAR", name_zh="测试中心", county_code="542523", illustrative=True)
        # A test code, not a real one: clerks enter the real codes they know.
        add_township(uow, "542523999", "测试乡")
        set_serving_center(uow, "542523999", "GAR")
        uow.commit()
    resolution = _resolve(served_db, address)
    assert (resolution.township_code, resolution.route) == ("542523999", "township")
    with served_db.uow() as uow, pytest.raises(UnknownPlace):
        add_township(uow, "999999001", "无县乡")


def test_choose_settles_parcel_learns_alias_and_settles_the_queue(served_db: Database) -> None:
    address = "西藏阿里措勤县 帐篷小学旁 3号"
    assert _resolve(served_db, address).needs_review
    with served_db.uow() as uow:
        first = add_parcel(uow, address)
        twin = add_parcel(uow, "西藏 阿里地区 措勤县 帐篷小学旁 12号")
        other = add_parcel(uow, "幸福路1号")
        uow.commit()
    point = _point(served_db, "江让乡第一村服务点")
    assert point is not None
    with served_db.uow(write=False) as uow:
        assert review_ids(uow.session) == [first, twin, other]

    with served_db.uow(actor="卓玛") as uow:
        with pytest.raises(PointNotInTownship):
            choose(uow, first, CISHI, point.id)
        changes = choose(uow, first, JIANGRANG, point.id)
        uow.commit()
    assert changes.parcels == {first, twin}

    with served_db.uow(write=False) as uow:
        parcel = uow.session.get(Parcel, first)
        assert parcel is not None
        assert (
            parcel.township_code,
            parcel.village_point_id,
            parcel.route,
            parcel.needs_review,
            parcel.match_confidence,
        ) == (JIANGRANG, point.id, "township", False, 1.0)
        alias = uow.session.scalar(select(PlaceAlias))
        assert alias is not None
        assert (alias.text, alias.township_code, alias.actor) == ("帐篷小学旁", JIANGRANG, "卓玛")
        assert review_ids(uow.session) == [other]
        assert review_count(uow.session) == 1
        settled = uow.session.get(Parcel, twin)
        assert settled is not None and settled.township_code == JIANGRANG

    later = _resolve(served_db, "措勤县帐篷小学旁7号")
    assert (later.township_code, later.village_point_id, later.needs_review) == (
        JIANGRANG,
        point.id,
        False,
    )
    # The alias belongs to Tsochen: the same words in another county do not use it.
    elsewhere = _resolve(served_db, "西藏阿里噶尔县帐篷小学旁")
    assert (elsewhere.township_code, elsewhere.route) == (None, "postal")


def test_choose_outside_learns_postal(served_db: Database) -> None:
    with served_db.uow() as uow:
        parcel_id = add_parcel(uow, "那个老地方 8号")
        uow.commit()
    with served_db.uow() as uow:
        choose(uow, parcel_id, None)
        uow.commit()
    with served_db.uow(write=False) as uow:
        parcel = uow.session.get(Parcel, parcel_id)
        assert parcel is not None
        assert (parcel.route, parcel.township_code, parcel.needs_review) == ("postal", None, False)
    resolution = _resolve(served_db, "那个老地方 9号")
    assert (resolution.route, resolution.needs_review) == ("postal", False)
    # Inside a county we serve, the same words still need a clerk.
    assert _resolve(served_db, "西藏阿里措勤县 那个老地方 9号").needs_review
