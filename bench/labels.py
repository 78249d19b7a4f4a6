"""Bench: labels per second and a 5,000-line manifest, each against baselines in the same run.

Labels: our full 100x150 parcel label (Code128 and tracking barcodes as vectors
snapped to printer dots, a QR code as vector runs, Chinese, Tibetan shaped by
HarfBuzz, Latin) against
  1. ReportLab's own Code128 widget and plain drawString text (the same strings,
     Tibetan unshaped), and
  2. the naive path: a python-barcode PNG image per label, plus the same text.
Targets (issue 6): ours at least as fast as 1, and over 30 times faster than 2.

Manifest: a 5,000-parcel run manifest through our document engine against
writing the same cell strings with bare canvas calls (same fonts, same pages).
Target: at most 1.5 times the bare calls.

Figures are CPU time of this process (steadier than wall time on a shared machine).

    python -m bench.labels [LABELS]
"""

from __future__ import annotations

import io
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

LABELS = 500
MANIFEST_LINES = 5000
NAMES = ["扎西多吉 བཀྲ་ཤིས་རྡོ་རྗེ", "卓玛", "次仁 ཚེ་རིང་", "Lhamo Tsering", "བསོད་ནམས་རྒྱལ་པོ"]


@dataclass(frozen=True)
class Figures:
    labels: int
    ours_s: float
    widget_s: float
    png_s: float
    manifest_lines: int
    manifest_s: float
    bare_s: float

    def line(self) -> str:
        rate = self.labels / self.ours_s
        return (
            f"labels: {self.labels} parcel labels in {self.ours_s:.2f} s ({rate:,.0f}/s); "
            f"ReportLab Code128 widget + text {self.labels / self.widget_s:,.0f}/s "
            f"(ours {self.widget_s / self.ours_s:.2f}x as fast); "
            f"python-barcode PNG per label {self.labels / self.png_s:,.0f}/s "
            f"(ours {self.png_s / self.ours_s:.0f}x as fast)\n"
            f"manifest: {self.manifest_lines} lines in {self.manifest_s:.2f} s, bare canvas "
            f"{self.bare_s:.2f} s; ratio {self.manifest_s / self.bare_s:.2f}x"
        )


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _parcels(n: int) -> list:  # type: ignore[type-arg]
    from core.printing.labels import ParcelLabelData

    return [ParcelLabelData(
        parcel_id=uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + i), recipient=NAMES[i % 5],
        phone=f"138{i:08d}", township_zh="措勤镇", township_bo="མཚོ་ཆེན་གྲོང་རྡལ།",
        village_zh=f"达雄{i % 7}村", village_bo="སྟག་གཞུང་",
        tracking=f"EA{i % 100_000_000:08d}5CN", run_name="2026-11-30 措勤镇 #1",
        stop_number=i % 7 + 1, stop_count=7, center_name="措勤县物流配送中心",
        weight_g=500 + i, day=date(2026, 11, 30)) for i in range(n)]


def ours(parcels: list) -> bytes:  # type: ignore[type-arg]
    from core.printing.layouts import get_layout
    from core.printing.render import render_labels

    out = io.BytesIO()
    render_labels(get_layout("parcel-100x150"), [p.fields() for p in parcels], out)
    return out.getvalue()


def _plain_text(canvas, fields: dict, mm: float) -> None:  # type: ignore[type-arg,no-untyped-def]
    """The label's strings at their places, one drawString each, nothing shaped."""
    from core.printing.fonts import HEI

    rows = [("center", 8, 3), ("date", 8, 3), ("township_zh", 30, 10), ("stop", 26, 13),
            ("township_bo", 20, 23), ("village", 14, 37), ("run", 9, 45), ("recipient", 15, 55),
            ("phone", 12, 57), ("weight", 11, 124)]
    for key, size, y in rows:
        canvas.setFont(HEI, size)
        canvas.drawString(4 * mm, (150 - y - size * 0.3) * mm, str(fields[key]))


def widget_baseline(parcels: list) -> bytes:  # type: ignore[type-arg]
    from reportlab.graphics.barcode.code128 import Code128

    from core.printing.render import MM, new_canvas

    out = io.BytesIO()
    canvas = new_canvas(out, 100, 150, "baseline")
    for parcel in parcels:
        fields = parcel.fields()
        _plain_text(canvas, fields, MM)
        Code128(fields["barcode"].value, barWidth=0.25 * MM, barHeight=20 * MM,
                humanReadable=True).drawOn(canvas, 4 * MM, 50 * MM)
        Code128(fields["tracking"], barWidth=0.25 * MM, barHeight=15 * MM,
                humanReadable=True).drawOn(canvas, 4 * MM, 30 * MM)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def png_baseline(parcels: list) -> bytes:  # type: ignore[type-arg]
    import barcode
    from barcode.writer import ImageWriter
    from reportlab.lib.utils import ImageReader

    from core.printing.render import MM, new_canvas

    out = io.BytesIO()
    canvas = new_canvas(out, 100, 150, "png baseline")
    for parcel in parcels:
        fields = parcel.fields()
        _plain_text(canvas, fields, MM)
        for value, y, h in ((fields["barcode"].value, 50, 22), (fields["tracking"], 30, 17)):
            png = io.BytesIO()
            barcode.get("code128", value, writer=ImageWriter()).write(png)
            png.seek(0)
            canvas.drawImage(ImageReader(png), 4 * MM, y * MM, 92 * MM, h * MM)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _manifest_data(lines: int):  # type: ignore[no-untyped-def]
    from core.printing.manifests import ManifestLine, ManifestStop, RunManifestData

    stops = []
    per_stop = lines // 20
    for s in range(20):
        stops.append(ManifestStop(s + 1, f"村点{s + 1}", "སྟག་གཞུང་", [
            ManifestLine(uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + s * per_stop + i),
                         NAMES[i % 5], f"138{i:08d}", 500 + i,
                         f"EA{i:08d}5CN" if i % 3 == 0 else "")
            for i in range(per_stop)]))
    return RunManifestData(uuid.UUID(int=7), "2026-11-30 措勤镇 #1", "措勤镇",
                           "མཚོ་ཆེན་གྲོང་རྡལ།", date(2026, 11, 30), "藏E-0001",
                           "措勤县物流配送中心", stops, datetime(2026, 11, 30, 7, 30))


def manifest_ours(data) -> bytes:  # type: ignore[no-untyped-def]
    from core.printing.documents import render_document
    from core.printing.manifests import run_manifest

    out = io.BytesIO()
    render_document(run_manifest(data), out)
    return out.getvalue()


def manifest_bare(data) -> bytes:  # type: ignore[no-untyped-def]
    """The same cell strings, as many pages, with setFont + drawString and nothing else."""
    from core.printing.documents import paginate
    from core.printing.fonts import HEI
    from core.printing.manifests import run_manifest
    from core.printing.render import MM, new_canvas

    document = run_manifest(data)
    pages = paginate(document)
    out = io.BytesIO()
    canvas = new_canvas(out, 210, 297, "bare")
    xs = [10, 17, 70, 94, 129, 149, 162]
    for page in pages:
        y = 250.0
        for block in page:
            canvas.setFont(HEI, 7.5)
            if block.text:
                canvas.drawString(10 * MM, y * MM, block.text)
            for x, text in zip(xs, block.cells, strict=False):
                canvas.drawString(x * MM, y * MM, text)
            y -= block.height
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def run(labels: int = LABELS, lines: int = MANIFEST_LINES) -> Figures:
    from core.printing.fonts import register_fonts

    register_fonts()
    parcels = _parcels(labels)
    ours(parcels[:5])  # warm the font files and caches every path uses
    widget_baseline(parcels[:5])
    png_baseline(parcels[:5])
    ours_s = _cpu(lambda: ours(parcels))
    widget_s = _cpu(lambda: widget_baseline(parcels))
    png_s = _cpu(lambda: png_baseline(parcels))
    data = _manifest_data(lines)
    manifest_ours(_manifest_data(100))
    manifest_s = _cpu(lambda: manifest_ours(data))
    bare_s = _cpu(lambda: manifest_bare(data))
    return Figures(labels, ours_s, widget_s, png_s, lines, manifest_s, bare_s)


def main(argv: list[str]) -> int:
    labels = int(argv[0]) if argv else LABELS
    print(run(labels).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
