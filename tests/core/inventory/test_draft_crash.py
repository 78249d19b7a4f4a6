"""A clerk's PC dies mid-receipt: every line confirmed before the crash is still there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from core.inventory import documents
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock
from tests.support.inventory_depot import SCARF_EAN, build_depot

ROOT = Path(__file__).resolve().parents[3]

SCANNER = textwrap.dedent("""
    import sys
    from core.inventory import documents
    from core.storage.engine import make_engine
    from core.uow import Database

    db = Database(make_engine(sys.argv[1]))
    n = 0
    while True:  # scan until killed
        n += 1
        with db.uow() as uow:
            documents.add_receipt_line(uow, sys.argv[2], code=sys.argv[3], quantity=n, bin="A-01")
            uow.commit()
        print(n, flush=True)
""")


def test_lines_survive_a_killed_process(db_url):
    db = Database(make_engine(db_url), clock=TickingClock())
    try:
        build_depot(db)
        with db.uow() as uow:
            receipt = documents.create_receipt(uow, center="TSC").number
            uow.commit()
        child = subprocess.Popen(
            [sys.executable, "-c", SCANNER, db_url, receipt, SCARF_EAN],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        confirmed = 0
        while confirmed < 8:
            line = child.stdout.readline()
            assert line, "the scanning process died on its own"
            confirmed = int(line)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        with db.uow(write=False) as uow:
            doc = documents.find_document(uow.session, documents.Receipt, "receipt", receipt)
            lines = documents.receipt_lines(uow.session, doc.id)
        quantities = [line.quantity for line in lines]
        # Every confirmed line is there, in order, with no gap (the scanner may have
        # committed a few more after its last confirmation reached us).
        assert len(quantities) >= confirmed
        assert quantities == list(range(1, len(quantities) + 1))
        with db.uow() as uow:  # and the draft posts normally afterwards
            posted = documents.post_receipt(uow, receipt)
            uow.commit()
        assert len(posted.changes.move_ids) == len(quantities)
    finally:
        db.dispose()
