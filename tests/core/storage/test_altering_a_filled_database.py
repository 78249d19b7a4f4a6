"""A schema change that SQLite makes by copying a table (batch mode) upgrades a database that
holds rows referring to that table: the old copy's drop must not trip the foreign keys, and
the keys still hold afterwards."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from core.storage.engine import make_engine
from core.storage.migrate import head_revisions, upgrade

# 0700 and 0710 alter product (a new foreign key and check, then its owner NOT NULL: copies
# of the table on SQLite) while lot rows refer to product: the case a filled database of an
# earlier release meets. 0710 is the head of that branch, so the others are upgraded first.
BEFORE = "0710"


def test_a_filled_database_of_the_last_release_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "depot.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        for head in sorted(head_revisions() - {BEFORE}):
            upgrade(engine, head)
    finally:
        engine.dispose()
    product, lot, center = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as raw:
        assert BEFORE not in {r[0] for r in raw.execute("SELECT version_num FROM alembic_version")}
        raw.execute(
            "INSERT INTO center (id, code, name_zh, name_bo, name_en, illustrative)"
            " VALUES (?, 'TSC', '措勤', '', '', 0)",
            (center,),
        )
        raw.execute(
            "INSERT INTO product (id, sku, barcode, name_zh, name_bo, name_en, category, unit,"
            " weight_g, tracks_expiry) VALUES (?, 'CREAM', NULL, '面霜', '', 'Cream',"
            " 'specialty', 'jar', 50, 1)",
            (product,),
        )
        raw.execute(
            "INSERT INTO lot (id, product_id, code, expiry) VALUES (?, ?, 'L1', NULL)",
            (lot, product),
        )
    raw.close()

    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()

    with sqlite3.connect(path) as raw:
        versions = {r[0] for r in raw.execute("SELECT version_num FROM alembic_version")}
        assert versions == set(head_revisions())
        assert raw.execute("SELECT sku FROM product WHERE id = ?", (product,)).fetchall() == [
            ("CREAM",)
        ]
        assert raw.execute("SELECT product_id FROM lot").fetchall() == [(product,)]
        assert raw.execute("SELECT owner_center_id FROM product").fetchall() == [(center,)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
