"""`report NAME` and `dashboard --json` on the command line; the files read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from core.reports.dashboard import dashboard
from tests.support.dashboard_world import module_database
from tests.support.pdfs import page_texts


@pytest.fixture(scope="module", params=["sqlite"])
def history_url(request, tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    db, _ = module_database(request, tmp_path_factory)
    return db.engine.url.render_as_string(hide_password=False)


def cli(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_dashboard_json_is_what_the_screen_counts(capsys, history_url: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(capsys, history_url, "dashboard", "--json")
    assert code == 0, err
    shown = json.loads(out)
    from core.storage.engine import make_engine
    from core.uow import Database
    from tests.support.fixed_clock import START

    db = Database(make_engine(history_url), clock=lambda: START)
    with db.uow(write=False) as uow:
        board = dashboard(uow)
    db.dispose()
    assert shown["overdue"] == board.overdue > 0
    assert [w["waiting"] for w in shown["waiting"]] == [w.waiting for w in board.waiting]
    assert shown["expiring_lots"] == 3 and shown["low_stock"] == 1
    assert {f["measure"] for f in shown["lead_time"]} >= {"paid_to_delivered"}
    assert shown["target_days"] == 7


def test_report_json_and_text(capsys, history_url: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(
        capsys, history_url, "report", "failures", "--from", "2026-08-01", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["columns"] == ["kind", "reason", "parcels"]
    assert sum(r["parcels"] for r in report["rows"]) > 0
    code, out, _ = cli(capsys, history_url, "report", "failures", "--from", "2026-08-01")
    assert code == 0 and "Delivery failures by reason" in out and "nobody home" in out


def test_report_xlsx_reads_back_with_its_chart(capsys, history_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = cli(capsys, history_url, "report", "runs", "--from", "2026-08-01", "--json")
    expected = json.loads(out)
    target = tmp_path / "runs.xlsx"
    code, out, err = cli(
        capsys, history_url, "report", "runs", "--from", "2026-08-01", "--xlsx", str(target)
    )
    assert code == 0, err
    sheet = load_workbook(target)["runs"]
    table = list(sheet.iter_rows(min_row=4, values_only=True))
    assert list(table[0][: len(expected["columns"])]) == expected["columns"]
    body = [list(r[: len(expected["columns"])]) for r in table[1 : 1 + len(expected["rows"])]]
    assert body == [list(r.values()) for r in expected["rows"]]
    assert len(sheet._charts) == 1  # noqa: SLF001  (openpyxl keeps its charts there)


def test_report_pdf_reads_back(capsys, history_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "lead.pdf"
    code, _, err = cli(capsys, history_url, "report", "lead-time", "--pdf", str(target))
    assert code == 0, err
    text = " ".join(page_texts(target))
    assert "Lead time per week" in text
    assert "paid_to_delivered" in text
    _, out, _ = cli(capsys, history_url, "report", "lead-time", "--json")
    first = json.loads(out)["rows"][0]
    assert f"{first['median_days']:,.2f}" in text


def test_a_report_refuses_an_unknown_center(capsys, history_url: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(capsys, history_url, "report", "sales", "--center", "XXX")
    assert code == 2 and "XXX" in err
