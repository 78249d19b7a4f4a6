"""What a scanned code is, and how mangled scans are recovered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidValue
from core.inventory import scanning
from core.inventory.scanning import ScanKind
from tests.support.inventory_depot import CREAM_EAN, SCARF_EAN, build_depot


def test_label_formats_are_plain_ascii():
    assert scanning.lot_label("SNC-CRM", "2411A") == "L:SNC-CRM:2411A"
    assert scanning.bin_label("TSC", "A-01") == "B:TSC:A-01"
    assert scanning.document_label("TR-0123456789") == "D:TR-0123456789"
    assert scanning.parcel_label("EA123456785CN") == "P:EA123456785CN"
    for bad in ("有", "A B", "A:B", ""):
        with pytest.raises(InvalidValue):
            scanning.lot_label("SKU", bad)


def test_ime_and_full_width_forms_are_undone():
    assert scanning.normalize("Ｌ：ＳＮＣ－ＣＲＭ：２４１１Ａ") == "L:SNC-CRM:2411A"
    assert scanning.normalize("B：TSC：A——01\r") == "B:TSC:A_01"


def test_ean13_and_s10_check_digits():
    assert scanning.ean13_valid(SCARF_EAN)
    assert not scanning.ean13_valid("6901234567008")
    assert scanning.s10_valid("EA123456785CN")
    assert not scanning.s10_valid("EA123456784CN")


@given(
    st.from_regex(r"[A-Z0-9][A-Z0-9\-]{0,15}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9._\-]{1,20}", fullmatch=True),
)
def test_lot_labels_parse_back(sku, lot):
    label = scanning.lot_label(sku, lot)
    assert label.isascii()
    assert scanning.normalize(label) == label
    assert label[2:].split(":") == [sku, lot]


def test_classify_every_kind(db):
    build_depot(db)
    with db.uow(write=False) as uow:
        s = uow.session
        assert scanning.classify(s, SCARF_EAN).sku == "CSH-001"
        assert scanning.classify(s, "INC-001").kind == ScanKind.PRODUCT  # own code (SKU)
        lot = scanning.classify(s, "L:SNC-CRM:2411A")
        assert (lot.kind, lot.sku, lot.lot) == (ScanKind.LOT, "SNC-CRM", "2411A")
        where = scanning.classify(s, "B:TSC:A-01")
        assert (where.kind, where.center, where.bin) == (ScanKind.BIN, "TSC", "A-01")
        assert scanning.classify(s, "A-02", center="TSC").kind == ScanKind.BIN  # typed bin code
        assert scanning.classify(s, "D:TR-00AB").kind == ScanKind.DOCUMENT
        assert scanning.classify(s, "EA123456785CN").kind == ScanKind.PARCEL
        assert scanning.classify(s, "B:TSC:Z-99").reason == "unknown_bin"
        assert scanning.classify(s, "L:NOPE:1").reason == "unknown_product"
        assert scanning.classify(s, "6901234567008").reason == "bad_check_digit"
        assert scanning.classify(s, "hello").kind == ScanKind.UNKNOWN


def test_keyboard_layout_mixups_are_mapped_back(db):
    build_depot(db)
    azerty = CREAM_EAN.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    with db.uow(write=False) as uow:
        s = uow.session
        assert scanning.classify(s, azerty).sku == "SNC-CRM"
        assert scanning.classify(s, "l:snc-crm:x1").sku == "SNC-CRM"  # Caps Lock on
        assert scanning.classify(s, "６９０１２３４５６７００７").sku == "CSH-001"  # full width
