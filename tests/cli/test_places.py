"""The place commands, run through main() as a clerk or a script would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.uow import Database
from main import main
from tests.support.places_world import serve_tsochen


def _run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_resolve_points_and_import_from_the_command_line(
    sqlite_url: str, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_tsochen(sqlite_db)
    address = "西藏 阿里 措勤县 磁石乡第一村 3号"
    code, out, _ = _run(capsys, sqlite_url, "resolve", address, "--json")
    record = json.loads(out)
    assert (code, record["township_code"], record["route"], record["needs_review"]) == (
        0,
        "542527200",
        "township",
        False,
    )
    assert record["place"] == "措勤县 磁石乡 · 磁石乡第一村服务点"

    code, out, _ = _run(capsys, sqlite_url, "resolve", "浙江省杭州市西湖区", "--json")
    assert (code, json.loads(out)["township_code"], json.loads(out)["route"]) == (0, None, "postal")

    points = tmp_path / "points.csv"
    points.write_bytes("乡镇,名称\n达雄乡,达雄乡第九村服务点\n".encode("gb18030"))
    code, out, _ = _run(capsys, sqlite_url, "village-points", "import", str(points), "--json")
    assert (code, json.loads(out)["created"]) == (0, 1)
    code, out, _ = _run(capsys, sqlite_url, "village-points", "--township", "达雄乡", "--json")
    assert "达雄乡第九村服务点" in {p["name_zh"] for p in json.loads(out)}

    bad = tmp_path / "bad.csv"
    bad.write_text("township,name_zh\n542527999,某点\n", encoding="utf-8")
    code, _, err = _run(capsys, sqlite_url, "village-points", "import", str(bad))
    assert code == 2 and f"{bad}:2: township: unknown_township" in err

    code, out, _ = _run(capsys, sqlite_url, "places", "--json")
    served = {d["code"]: d["center"] for d in json.loads(out) if d["level"] == "township"}
    assert served == dict.fromkeys(
        ["542527100", "542527200", "542527201", "542527202", "542527203"], "TSC"
    )
