"""Exports for the post office: every shipped template through GB18030 CSV, UTF-8-BOM CSV
and XLSX and read back by the same template; formula text stays text; missing required
fields listed per parcel before anything is written; a clerk's template saved by name."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.clock import local_day
from core.output_files import OutputKind
from core.postal import export
from core.postal.templates import (
    TemplateColumn,
    save_template,
    shipped_templates,
    template_named,
)
from tests.support.postal_world import RECIPIENTS, postal_parcels
from tests.support.runs_world import World

FORMATS = [
    ("csv", OutputKind.CSV, "gb18030"),
    ("csv", OutputKind.CSV, "utf-8-sig"),
    ("xlsx", OutputKind.XLSX, "gb18030"),
]


def _write(world: World, template_name: str, path: Path, kind: OutputKind, encoding: str):  # type: ignore[no-untyped-def]
    with world.uow() as uow:
        day = local_day(uow.clock())
        ids = export.day_parcels(uow, world.center_id, day)
        template = template_named(uow.session, world.center_id, template_name)
        expected = export.records(uow, ids, template, day)
        done = export.export(uow, ids, template, path, day=day, kind=kind, encoding=encoding)
    return template, expected, done


@pytest.mark.parametrize("name", sorted(shipped_templates()))
@pytest.mark.parametrize(("suffix", "kind", "encoding"), FORMATS)
def test_every_shipped_template_round_trips(world, tmp_path, name, suffix, kind, encoding) -> None:  # type: ignore[no-untyped-def]
    ids = postal_parcels(world)
    with world.uow() as uow:
        from core.postal.assign import assign_range

        assign_range(uow, [str(i) for i in ids], "EA123456785CN")
        uow.commit()
    path = tmp_path / f"sheet.{suffix}"
    template, expected, done = _write(world, name, path, kind, encoding)
    assert done.rows == 4 == len(expected)
    back = export.read_back(path, template)
    assert back == [{k: str(v) for k, v in row.items()} for row in expected]
    shown = {str(v) for row in back for v in row.values()}
    assert set(RECIPIENTS) <= shown  # Tibetan and formula-like text came back as they were
    if kind == OutputKind.XLSX:
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value]
        assert all(c.data_type == "s" for c in cells)
        assert '\'=HYPERLINK("http://x")' in {c.value for c in cells}
    else:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
        text = raw.decode(encoding)
        assert '"\'=HYPERLINK(""http://x"")"' in text and '"\'@Lhamo"' in text
        assert '"\'+86 13800001234"' in text and '"\'-"' in text


def test_missing_required_fields_are_listed_per_parcel_and_nothing_is_written(
    world, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ids = postal_parcels(world, 3, weights=(800, None, 900))
    target = tmp_path / "ems.csv"
    target.write_text("yesterday's sheet", encoding="utf-8")
    with world.uow() as uow:
        numbers = [uow.session.get_one(export.Parcel, i).number for i in ids]
    with pytest.raises(export.MissingFields) as refused:
        _write(world, "ems-bulk", target, OutputKind.CSV, "gb18030")
    # No tracking numbers yet on any; the second has no weight either.
    assert refused.value.parcels == (
        (numbers[0], ("邮件号*",)),
        (numbers[1], ("邮件号*", "重量*")),
        (numbers[2], ("邮件号*",)),
    )
    assert target.read_text(encoding="utf-8") == "yesterday's sheet"


def test_a_clerks_template_is_saved_by_name_and_used(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    postal_parcels(world, 2)
    with world.uow() as uow:
        plain = template_named(uow.session, world.center_id, "plain")
        mine = dataclasses.replace(
            plain,
            name="县邮局 county post office",
            columns=(
                TemplateColumn("件号", "number", required=True),
                TemplateColumn("重量kg", "weight"),
                TemplateColumn("业务", value="=普通包裹"),
            ),
            weight_unit="kg",
            weight_decimals=2,
        )
        save_template(uow, "TSC", mine)
        uow.commit()
    path = tmp_path / "mine.xlsx"
    template, expected, _ = _write(
        world, "县邮局 county post office", path, OutputKind.XLSX, "gb18030"
    )
    assert template == mine
    rows = export.read_back(path, template)
    assert [r["重量kg"] for r in rows] == ["0.50", "0.75"]
    assert {r["业务"] for r in rows} == {"=普通包裹"}


def test_the_sender_block_is_the_centers(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = postal_parcels(world, 1)
    with world.uow() as uow:
        from core.postal.assign import assign

        assign(uow, str(ids[0]), "EA123456785CN")
        template = template_named(uow.session, world.center_id, "ems-bulk")
        first = export.records(uow, ids, template, local_day(uow.clock()))[0]
        assert first["寄件人单位"] == "措勤县物流配送中心" and first["寄件人邮编"] == ""
        export.save_sender(uow, world.center_id, {"name": "白玛", "postcode": "859300"})
        uow.commit()
    with world.uow() as uow:
        again = export.records(uow, ids, template, local_day(uow.clock()))[0]
    assert (again["寄件人姓名"], again["寄件人邮编"]) == ("白玛", "859300")
    assert again["寄件人单位"] == "措勤县物流配送中心"  # the center's name when none is saved
