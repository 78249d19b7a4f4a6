"""Transfer documents and pick lists read from the real transfer and pick list, on the
demo data; the `transfer-doc`, `pick-list` and daily `manifest` commands read back."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta

import pytest

import main
from core.inventory import transfers
from core.orders.picking import create_pick_list, pick_lines
from core.printing import jobs
from core.printing.payloads import document_code
from core.uow import Database
from tests.support.fixed_clock import TODAY
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.printing_world import MONDAY, make_world


def _transfer(db: Database) -> str:
    """TSC -> GGY: 30 yak jerky asked, 20 of lot 3794A picked by lot label; 10 tsampa."""
    with db.uow() as uow:
        saved = transfers.create_transfer(
            uow, from_center="TSC", to_center="GGY", lines=[("YAK-JRK-02", 30), ("BAR-TEA-01", 10)]
        )
        transfers.pick(uow, saved.number, code="L:YAK-JRK-02:3794A", bin="B-02-02", quantity=20)
        transfers.pick(uow, saved.number, code="BAR-TEA-01", bin="B-01-01", quantity=10)
        uow.commit()
    return saved.number


def _document(db: Database, number: str) -> tuple[list[str], bytes]:
    out = io.BytesIO()
    with db.uow() as uow:
        jobs.transfer_document(uow, f"D:{number}", out)
        uow.commit()
    return page_texts(out.getvalue()), out.getvalue()


@pytest.fixture
def demo(demo_db: Database) -> Database:
    return demo_db


def test_transfer_document_follows_the_transfer(demo: Database) -> None:
    number = _transfer(demo)
    texts, pdf = _document(demo, number)
    text = "\n".join(texts)
    assert "Transfer document" in text and "措勤县物流配送中心" in text and "革吉县" in text
    # The picked lot and its expiry: the demo received it 60 days before today and it
    # keeps 180 days.
    assert "3794A" in text and (TODAY + timedelta(days=120)).isoformat() in text
    assert (
        "合计：3 行 Total: 3 lines" in text
    )  # 20 picked, 10 still to pick (no lot yet), 10 tsampa
    assert ("Code128", f"D:{number}") in decode(render_pages(pdf, dpi=300)[0])

    with demo.uow() as uow:
        transfers.dispatch(uow, number)
        uow.commit()
    texts, _ = _document(demo, number)
    text = "\n".join(texts)
    # Dispatched: what left, by lot; a second print is a reprint.
    assert "合计：2 行 Total: 2 lines" in text and "REPRINT" in text


def test_pick_list_in_bin_order(demo: Database) -> None:
    with demo.uow() as uow:
        created = create_pick_list(uow, center="TSC")
        lines = pick_lines(uow.session, created.pick_list_id)
        out = io.BytesIO()
        result = jobs.pick_list(uow, created.pick_list_id, out)
        uow.commit()
    assert result.items == len(lines) > 0
    text = "\n".join(page_texts(out.getvalue()))
    positions = [text.index(line.order_id) for line in lines]
    assert positions == sorted(positions)  # the walk: bin by bin
    assert all(line.bin in text and line.sku in text for line in lines)
    assert "Pick list" in text and "措勤县物流配送中心" in text
    found = decode(render_pages(out.getvalue(), dpi=300)[0])
    assert ("Code128", document_code(created.pick_list_id)) in found


def test_transfer_doc_and_pick_list_commands(
    sqlite_demo_db: Database,
    sqlite_demo_url: str,
    tmp_path,  # type: ignore[no-untyped-def]
    capsys,
) -> None:
    sqlite_db, sqlite_url = sqlite_demo_db, sqlite_demo_url
    number = _transfer(sqlite_db)
    out = tmp_path / "transfer.pdf"
    assert main.main(["--db", sqlite_url, "transfer-doc", number, "--out", str(out)]) == 0
    assert number in page_texts(out)[0]
    assert main.main(["--db", sqlite_url, "transfer-doc", "TR-NOPE", "--out", str(out)]) == 2

    with sqlite_db.uow() as uow:
        pick_list_id = create_pick_list(uow, center="TSC").pick_list_id
        uow.commit()
    capsys.readouterr()
    assert main.main(["--db", sqlite_url, "pick-list", "--list", "tsc"]) == 0
    listed = capsys.readouterr().out.split()
    assert uuid.UUID(listed[0]) == pick_list_id
    out = tmp_path / "picks.pdf"
    assert main.main(["--db", sqlite_url, "pick-list", str(pick_list_id), "--out", str(out)]) == 0
    assert "Pick list" in page_texts(out)[0]
    assert "pick-list: " in capsys.readouterr().out


def test_daily_manifest_command(db: Database, db_url: str, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    make_world(db)
    out = tmp_path / "day.pdf"
    args = [
        "--db",
        db_url,
        "manifest",
        "--daily",
        "tsc",
        "--date",
        MONDAY.isoformat(),
        "--out",
        str(out),
    ]
    assert main.main(args) == 0
    text = page_texts(out)[0]
    assert "Daily manifest" in text and "措勤县物流配送中心" in text and MONDAY.isoformat() in text
    assert "合计：1 班 Total: 1 runs" in text and "措勤镇" in text and "REPRINT" not in text
    assert all(title in text for title in ("Departs", "Stops", "Parcels"))  # not cut
    assert "manifest: 1 line(s) on 1 page(s)" in capsys.readouterr().out
    assert main.main(args) == 0
    assert "REPRINT" in page_texts(out)[0]
    # Without a date, or for a center nobody knows: refused, nothing written.
    out.unlink()
    assert main.main(args[:5] + args[7:]) == 2
    assert (
        main.main(
            [
                "--db",
                db_url,
                "manifest",
                "--daily",
                "XXX",
                "--date",
                MONDAY.isoformat(),
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert not out.exists()
