"""Labels and manifests from real runs and parcels, on SQLite and PostgreSQL: a run's
labels in stop order, each scanning to its parcel; reprints logged and marked."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

import main
from core.printing import jobs
from core.printing.payloads import document_code, id_from_code, parcel_code
from core.printing.printlog import PrintRecord
from core.runs.queries import runs_on
from core.shipping.models import Parcel
from core.uow import Database
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.printing_world import MONDAY, SEAT
from tests.support.printing_world import make_world as _world


def test_run_labels_in_stop_order_scan_to_their_parcels(db: Database) -> None:
    database, run_id, ids = _world(db)
    out = io.BytesIO()
    with database.uow() as uow:
        result = jobs.run_labels(uow, run_id, out)
        uow.commit()
    assert result.pages == result.items == 9 and not result.reprinted
    pages = render_pages(out.getvalue())
    texts = page_texts(out.getvalue())
    scanned = []
    for image, text in zip(pages, texts, strict=True):
        codes = [t for f, t in decode(image) if f == "Code128" and t.startswith("P:")]
        assert len(codes) == 1
        scanned.append(id_from_code(codes[0]))
        assert "措勤镇" in text and "措勤县物流配送中心" in text
    assert sorted(scanned) == sorted(ids)
    # Stop order: the first three labels are stop 1's, and say so.
    stops = [next(s for s in ("1/3", "2/3", "3/3") if s in text) for text in texts]
    assert stops == sorted(stops)
    with database.uow(write=False) as uow:
        points = [uow.session.get_one(Parcel, pid).village_point_id for pid in scanned]
    assert [points[i] for i in (0, 3, 6)] == list(dict.fromkeys(points))


def test_reprints_are_logged_marked_and_idempotent(db: Database) -> None:
    database, run_id, ids = _world(db)
    with database.uow() as uow:
        first = jobs.parcel_labels(uow, ids[:2], io.BytesIO(), job_key="job-1")
        uow.commit()
    assert not first.reprinted
    for _ in range(2):  # the same job retried after a crash: nothing logged twice
        out = io.BytesIO()
        with database.uow() as uow:
            again = jobs.parcel_labels(uow, ids[:3], out, job_key="job-2")
            uow.commit()
        assert again.reprinted == {str(ids[0]), str(ids[1])}
        texts = page_texts(out.getvalue())
        assert ["REPRINT" in t for t in texts] == [True, True, False]
    with database.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(PrintRecord)) == 5


def test_manifest_command_writes_the_run_manifest(
    db: Database, db_url: str, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _world(db)
    with db.uow(write=False) as uow:
        run_id = next(r.id for r in runs_on(uow, MONDAY) if r.township_code == SEAT)
    out = tmp_path / "manifest.pdf"
    assert main.main(["--db", db_url, "manifest", "--run", str(run_id), "--out", str(out)]) == 0
    text = "\n".join(page_texts(out))
    assert "Page 1 of 1" in text and "全部合计：9 件，3 站 Run total: 9 parcels, 3 stops" in text
    assert "REPRINT" not in text
    assert ("Code128", document_code(run_id)) in decode(render_pages(out, dpi=300)[0])
    assert main.main(["--db", db_url, "manifest", "--run", str(run_id), "--out", str(out)]) == 0
    assert "REPRINT" in page_texts(out)[0]
    assert "(reprint)" in capsys.readouterr().out


@pytest.mark.parametrize("what", ["parcels", "products", "bins", "run-label"])
def test_labels_command(db: Database, db_url: str, tmp_path, what: str) -> None:  # type: ignore[no-untyped-def]
    _, run_id, ids = _world(db)
    out = tmp_path / "labels.pdf"
    argument, expected = {
        "parcels": (",".join(map(str, ids[:2])), {parcel_code(i) for i in ids[:2]}),
        "products": ("TC-CASH-001", {"6901234567892"}),
        "bins": ("tsc", {"B:TSC:A-01", "B:TSC:A-02", "B:TSC:A-03"}),
        "run-label": (str(run_id), {document_code(run_id)}),
    }[what]
    assert main.main(["--db", db_url, "labels", f"--{what}", argument, "--out", str(out)]) == 0
    found = {text for image in render_pages(out, dpi=300) for _, text in decode(image)}
    assert expected <= found


def test_labels_command_refuses_a_layout_of_another_kind(
    db: Database,
    db_url: str,
    tmp_path,  # type: ignore[no-untyped-def]
    capsys,
) -> None:
    _world(db)
    out = tmp_path / "x.pdf"
    code = main.main(
        ["--db", db_url, "labels", "--bins", "TSC", "--layout", "parcel-100x150", "--out", str(out)]
    )
    assert code == 2 and not out.exists()
    assert "layout parcel-100x150 is for parcel labels, not bin labels" in capsys.readouterr().err
