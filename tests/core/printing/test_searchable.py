"""Tibetan in our PDFs can be searched and copied: `pdftotext` (poppler) of a parcel
label and of a run manifest gives back stacked Tibetan names as they were written,
not the Private Use code points ReportLab gives stacked glyphs. pdftotext comes with
Debian's poppler-utils (`make test` and `.ci/run` install it)."""

from __future__ import annotations

import io
import subprocess
import uuid
from datetime import date, datetime

from core.printing.documents import render_document
from core.printing.labels import ParcelLabelData
from core.printing.layouts import get_layout
from core.printing.manifests import ManifestLine, ManifestStop, RunManifestData, run_manifest
from core.printing.render import render_labels

# Stacks (ཀྲ, རྡོ, རྗེ, སྒྲོ, སྐྱ, བརྒྱ) and vowels above and below.
RECIPIENTS = ["བཀྲ་ཤིས་རྡོ་རྗེ", "ཚེ་རིང་སྒྲོལ་མ", "བསོད་ནམས་རྒྱལ་པོ", "སྐལ་བཟང་བརྒྱ་བྱིན"]
TOWNSHIP = "མཚོ་ཆེན་གྲོང་རྡལ།"
VILLAGE = "སྟག་གཞུང་"


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_a_parcel_labels_tibetan_extracts_as_written() -> None:
    labels = [
        ParcelLabelData(
            uuid.UUID(int=n + 1),
            f"扎西 {name}",
            "13812345678",
            township_zh="措勤镇",
            township_bo=TOWNSHIP,
            village_zh="达雄村",
            village_bo=VILLAGE,
        ).fields()
        for n, name in enumerate(RECIPIENTS)
    ]
    out = io.BytesIO()
    render_labels(get_layout("parcel-100x150"), labels, out)
    pages = pdftotext(out.getvalue()).split("\f")
    for name, page in zip(RECIPIENTS, pages, strict=False):
        assert name in page and TOWNSHIP in page and VILLAGE in page
        assert "措勤镇" in page  # Chinese as before
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in page), "Private Use code points"


def test_a_manifests_stacked_names_are_found() -> None:
    data = RunManifestData(
        run_id=uuid.UUID(int=42),
        name="2026-12-01 措勤镇 #1",
        township_zh="措勤镇",
        township_bo=TOWNSHIP,
        day=date(2026, 12, 1),
        vehicle="藏F-12345",
        center_name="措勤县物流配送中心",
        stops=[
            ManifestStop(
                1,
                "达雄村",
                VILLAGE,
                [
                    ManifestLine(uuid.UUID(int=100 + i), name, "13800000000", 900)
                    for i, name in enumerate(RECIPIENTS)
                ],
            )
        ],
        printed_at=datetime(2026, 12, 1, 7, 30),
    )
    out = io.BytesIO()
    render_document(run_manifest(data), out)
    text = pdftotext(out.getvalue())
    for name in [*RECIPIENTS, TOWNSHIP, VILLAGE]:
        assert name in text, name
