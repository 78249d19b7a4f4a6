"""Centers and bins as a new center sets them up: one transaction each, typed refusals,
the edit history, the owning-center rule. On SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.errors import DuplicateValue, InvalidValue, UnknownBin
from core.inventory import services
from core.inventory.models import Bin, Center
from core.masterdata import bins, centers, products
from core.masterdata.errors import BadBinRange, BinHoldsStock, NotOwner, Retired
from core.masterdata.history import history
from core.masterdata.models import EditedKind, MasterEdit
from core.shipping.models import Division
from core.uow import Database


def add_tsc(db: Database) -> centers.CenterSaved:
    return db.run(
        lambda uow: centers.add_center(
            uow,
            code="tsc",
            name_zh="措勤县物流配送中心",
            name_bo="མཚོ་ཆེན་རྫོང་",
            name_en="Tsochen logistics center",
            county_code="542527",
            address="措勤镇",
            phone="0897-123456",
        ),
        actor="dolma",
    )


def test_a_center_is_created_listed_edited_by_itself_and_retired(db: Database) -> None:
    saved = add_tsc(db)
    assert saved.code == "TSC" and saved.changes.centers == {saved.id}
    assert db.run(centers.has_center, write=False)
    db.run(
        lambda uow: centers.edit_center(uow, "TSC", by="TSC", phone="0897-654321"), actor="tashi"
    )
    with pytest.raises(NotOwner) as refused:
        db.run(lambda uow: centers.edit_center(uow, "TSC", by="GGY", phone="1"))
    assert (refused.value.owner, refused.value.by) == ("TSC", "GGY")
    db.run(lambda uow: centers.retire_center(uow, "TSC", by="TSC"))
    with pytest.raises(Retired):
        db.run(lambda uow: centers.edit_center(uow, "TSC", by="TSC", phone="2"))
    (row,) = db.run(centers.center_rows, write=False)
    assert (row.code, row.phone, row.retired, row.county_code) == (
        "TSC",
        "0897-654321",
        True,
        "542527",
    )
    assert db.run(lambda uow: centers.center_rows(uow, retired=False), write=False) == []
    edits = db.run(lambda uow: history(uow, EditedKind.CENTER, saved.id), write=False)
    assert [(e.actor, e.before, e.after) for e in edits[1:]] == [
        ("tashi", {"phone": "0897-123456"}, {"phone": "0897-654321"}),
        (edits[2].actor, {"retired": False}, {"retired": True}),
    ]
    assert edits[0].before == {} and edits[0].after["name_zh"] == "措勤县物流配送中心"


def test_a_new_center_serves_the_shipped_townships_of_its_county_at_once(db: Database) -> None:
    saved = add_tsc(db)
    with db.uow(write=False) as uow:
        served = uow.session.scalars(
            select(Division.code).where(Division.center_id == saved.id).order_by(Division.code)
        ).all()
    assert "542527100" in served  # 措勤镇, the county seat (docs/field-facts.md, "The place")


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({"code": "T", "name_zh": "x"}, "code", "center_code"),
        ({"code": "TSC", "name_zh": " "}, "name_zh", "required"),
        ({"code": "TSC", "name_zh": "x", "county_code": "5425"}, "county_code", "county"),
        ({"code": "TSC", "name_zh": "x", "phone": "call me"}, "phone", "phone"),
    ],
)
def test_a_bad_center_is_refused_naming_its_field_and_nothing_is_written(
    db: Database, values: dict[str, str], field: str, reason: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        db.run(lambda uow: centers.add_center(uow, **values))
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Center)) == 0
        assert uow.session.scalar(select(func.count()).select_from(MasterEdit)) == 0


def test_a_second_center_with_the_same_code_is_refused(db: Database) -> None:
    add_tsc(db)
    with pytest.raises(DuplicateValue):
        add_tsc(db)


def test_a_rack_from_a_pattern_makes_every_bin_in_its_letter_zone(db: Database) -> None:
    add_tsc(db)
    added = db.run(lambda uow: bins.add_bins(uow, "TSC", ["A-01-01:D-04-03"], by="TSC"))
    assert len(added.created) == 4 * 4 * 3 and added.existing == ()
    assert added.created[:4] == ("A-01-01", "A-01-02", "A-01-03", "A-02-01")
    assert added.created[-1] == "D-04-03"
    again = db.run(lambda uow: bins.add_bins(uow, "TSC", ["D-04-03", "E-01"]))
    assert (again.created, again.existing) == (("E-01",), ("D-04-03",))
    rows = db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)
    assert {r.zone for r in rows} == {"A", "B", "C", "D", "E"}
    assert next(r for r in rows if r.code == "C-02-01").zone == "C"


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("A-01:B-01-01", "shape"),
        ("D-01:A-01", "order"),
        ("A-1:A-10", "shape"),
        ("A-0001:Z-9999", "too_many"),
    ],
)
def test_a_pattern_that_is_no_rack_is_refused(db: Database, pattern: str, reason: str) -> None:
    add_tsc(db)
    with pytest.raises(BadBinRange) as refused:
        db.run(lambda uow: bins.add_bins(uow, "TSC", [pattern]))
    assert refused.value.reason == reason
    assert db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False) == []


def test_bins_are_renamed_and_retired_only_when_empty_and_only_by_their_center(
    db: Database,
) -> None:
    add_tsc(db)
    db.run(lambda uow: bins.add_bins(uow, "TSC", ["A-01", "A-02"]))
    db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="羊绒围巾", center="TSC"))
    db.run(lambda uow: services.receive(uow, center="TSC", bin="A-01", sku="CSH-1", quantity=3))
    db.run(lambda uow: bins.rename_bin(uow, "TSC", "A-01", "b-07", by="TSC"))
    with pytest.raises(UnknownBin):
        db.run(lambda uow: bins.rename_bin(uow, "TSC", "A-01", "A-09"))
    with pytest.raises(DuplicateValue):
        db.run(lambda uow: bins.rename_bin(uow, "TSC", "B-07", "A-02"))
    with pytest.raises(BinHoldsStock) as full:
        db.run(lambda uow: bins.retire_bin(uow, "TSC", "B-07"))
    assert full.value.on_hand == 3
    db.run(lambda uow: centers.add_center(uow, code="GGY", name_zh="革吉"))
    with pytest.raises(NotOwner):
        db.run(lambda uow: bins.retire_bin(uow, "TSC", "A-02", by="GGY"))
    db.run(lambda uow: bins.retire_bin(uow, "TSC", "A-02", by="TSC"))
    rows = {r.code: r for r in db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)}
    assert (rows["B-07"].zone, rows["B-07"].on_hand, rows["A-02"].active) == ("B", 3, False)
    with db.uow(write=False) as uow:
        moved = uow.session.scalar(select(Bin).where(Bin.code == "B-07"))
        assert moved is not None
        edits = history(uow, EditedKind.BIN, moved.id)
    assert edits[-1].before == {"code": "A-01", "zone": "A"}
    assert edits[-1].after == {"code": "B-07", "zone": "B"}


def test_a_retired_bin_or_product_takes_no_more_stock_and_can_be_emptied(db: Database) -> None:
    add_tsc(db)
    db.run(lambda uow: bins.add_bins(uow, "TSC", ["A-01", "A-02"]))
    db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="羊绒围巾", center="TSC"))
    db.run(lambda uow: products.add_product(uow, sku="OLD-1", name_zh="旧货", center="TSC"))
    db.run(lambda uow: services.receive(uow, center="TSC", bin="A-01", sku="CSH-1", quantity=2))
    db.run(lambda uow: bins.retire_bin(uow, "TSC", "A-02"))
    db.run(lambda uow: products.retire_product(uow, "OLD-1", by="TSC"))
    with pytest.raises(Retired) as into_bin:
        db.run(lambda uow: services.receive(uow, center="TSC", bin="A-02", sku="CSH-1", quantity=1))
    with pytest.raises(Retired) as of_product:
        db.run(lambda uow: services.receive(uow, center="TSC", bin="A-01", sku="OLD-1", quantity=1))
    with pytest.raises(Retired):
        db.run(
            lambda uow: services.move_stock(
                uow, center="TSC", from_bin="A-01", to_bin="A-02", sku="CSH-1", quantity=1
            )
        )
    assert (into_bin.value.kind, of_product.value.kind) == ("bin", "product")
    assert [r.on_hand for r in db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)] == [2, 0]
