"""Counted sentences read as English counts: "1 parcel", "2 parcels", never "parcel(s)"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.plurals import english_plural


@pytest.mark.parametrize(
    "source, n, expected",
    [
        ("%n parcel(s)", 1, "%n parcel"),
        ("%n parcel(s)", 0, "%n parcels"),
        ("%n parcel(s)", 2, "%n parcels"),
        ("%n address(es) to review", 1, "%n address to review"),
        ("%n address(es) to review", 5, "%n addresses to review"),
        ("%n line(s) on {pages} page(s)", 1, "%n line on {pages} page"),
        ("Township (optional)", 2, "Township (optional)"),  # not a suffix
    ],
)
def test_english_forms(source, n, expected):
    assert english_plural(source, n) == expected


def test_the_app_translator_counts_in_english(qapp):
    assert QCoreApplication.translate("Any", "%n parcel(s)", "", 1) == "1 parcel"
    assert QCoreApplication.translate("Any", "%n parcel(s)", "", 12) == "12 parcels"
    assert QCoreApplication.translate("Any", "Plain (s) text") == "Plain (s) text"  # no count


def test_a_translation_in_the_clerks_language_wins(qapp, tmp_path: Path):
    ts = tmp_path / "depot_bo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        '<context><name>Any</name><message numerus="yes"><source>%n parcel(s)</source>'
        "<translation><numerusform>%n 个包裹</numerusform></translation></message></context>"
        "</TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True, timeout=60)
    chinese = QTranslator()
    assert chinese.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(chinese)
    try:
        assert QCoreApplication.translate("Any", "%n parcel(s)", "", 1) == "1 个包裹"
    finally:
        qapp.removeTranslator(chinese)
    assert QCoreApplication.translate("Any", "%n parcel(s)", "", 1) == "1 parcel"
