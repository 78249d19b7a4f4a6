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

Figures are CPU time of this process (steadier than wall time on a shared machine),
the median of REPEATS runs; the paths take turns within each round, in another
order each round, so a busy spell on the machine hits them alike, and each run
starts after a garbage collection so none pays for another's garbage.

    python -m bench.labels [LABELS [REPEATS]]
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

LABELS = 500
MANIFEST_LINES = 5000
REPEATS = 5
PNG_REPEATS = 3  # the PNG path takes seconds a round; its median barely moves
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
    repeats: int = 1

    def line(self) -> str:
        rate = self.labels / self.ours_s
        return (
            f"labels: {self.labels} parcel labels in {self.ours_s:.2f} s ({rate:,.0f}/s); "
            f"ReportLab Code128 widget + text {self.labels / self.widget_s:,.0f}/s "
            f"(ours {self.widget_s / self.ours_s:.2f}x as fast); "
            f"python-barcode PNG per label {self.labels / self.png_s:,.0f}/s "
            f"(ours {self.png_s / self.ours_s:.0f}x as fast)\n"
            f"manifest: {self.manifest_lines} lines in {self.manifest_s:.2f} s, bare canvas "
            f"{self.bare_s:.2f} s; ratio {self.manifest_s / self.bare_s:.2f}x "
            f"(CPU time, median of {self.repeats} runs)"
        )


def _cpu(work: Callable[[], object]) -> float:
    # Collect first: the garbage of building the round's data (or of the path before)
    # would otherwise trigger a full collection inside whichever path runs next.
    gc.collect()
    start = time.process_time()
    work()
    return time.process_time() - start


def _parcels(n: int, first: int = 0) -> list:  # type: ignore[type-arg]
    """n parcels numbered from `first`: every round of the bench draws parcels (ids,
    barcodes, QR codes, phones, tracking numbers) that no earlier round drew, so no
    cache of ours sees a label twice; names and places repeat as they do in a run."""
    from core.printing.labels import ParcelLabelData

    return [
        ParcelLabelData(
            parcel_id=uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + i),
            recipient=NAMES[i % 5],
            phone=f"138{i % 10**8:08d}",
            township_zh="措勤镇",
            township_bo="མཚོ་ཆེན་གྲོང་རྡལ།",
            village_zh=f"达雄{i % 7}村",
            village_bo="སྟག་གཞུང་",
            tracking=f"EA{i % 100_000_000:08d}5CN",
            run_name="2026-11-30 措勤镇 #1",
            stop_number=i % 7 + 1,
            stop_count=7,
            center_name="措勤县物流配送中心",
            weight_g=500 + i % 250,
            day=date(2026, 11, 30),
        )
        for i in range(first, first + n)
    ]


def ours(parcels: list) -> bytes:  # type: ignore[type-arg]
    from core.printing.layouts import get_layout
    from core.printing.render import render_labels

    out = io.BytesIO()
    render_labels(get_layout("parcel-100x150"), [p.fields() for p in parcels], out)
    return out.getvalue()


def _plain_text(canvas, fields: dict, mm: float) -> None:  # type: ignore[type-arg,no-untyped-def]
    """The label's strings at their places, one drawString each, nothing shaped."""
    from core.printing.fonts import HEI

    rows = [
        ("center", 8, 3),
        ("date", 8, 3),
        ("township_zh", 30, 10),
        ("stop", 26, 13),
        ("township_bo", 20, 23),
        ("village", 14, 37),
        ("run", 9, 45),
        ("recipient", 15, 55),
        ("phone", 12, 57),
        ("weight", 11, 124),
    ]
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
        Code128(
            fields["barcode"].value, barWidth=0.25 * MM, barHeight=20 * MM, humanReadable=True
        ).drawOn(canvas, 4 * MM, 50 * MM)
        Code128(
            fields["tracking"], barWidth=0.25 * MM, barHeight=15 * MM, humanReadable=True
        ).drawOn(canvas, 4 * MM, 30 * MM)
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


def _manifest_data(lines: int, first: int = 0):  # type: ignore[no-untyped-def]
    """A run of `lines` parcels numbered from `first` (fresh ones each round, as above)."""
    from core.printing.manifests import ManifestLine, ManifestStop, RunManifestData

    stops = []
    per_stop = lines // 20
    for s in range(20):
        stops.append(
            ManifestStop(
                s + 1,
                f"村点{s + 1}",
                "སྟག་གཞུང་",
                [
                    ManifestLine(
                        uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + n),
                        NAMES[n % 5],
                        f"138{n % 10**8:08d}",
                        500 + n % 250,
                        f"EA{n % 100_000_000:08d}5CN" if n % 3 == 0 else "",
                    )
                    for n in range(first + s * per_stop, first + (s + 1) * per_stop)
                ],
            )
        )
    return RunManifestData(
        uuid.UUID(int=7 + first),
        "2026-11-30 措勤镇 #1",
        "措勤镇",
        "མཚོ་ཆེན་གྲོང་རྡལ།",
        date(2026, 11, 30),
        "藏E-0001",
        "措勤县物流配送中心",
        stops,
        datetime(2026, 11, 30, 7, 30),
    )


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


def run(labels: int = LABELS, lines: int = MANIFEST_LINES, repeats: int = REPEATS) -> Figures:
    from core.printing.fonts import register_fonts

    register_fonts()
    warm = _parcels(5, first=10**9)  # warm the font files and the code paths, not the data
    ours(warm)
    widget_baseline(warm)
    png_baseline(warm)
    manifest_ours(_manifest_data(100, first=10**9))
    manifest_bare(_manifest_data(100, first=10**9))
    times: dict[str, list[float]] = {
        "ours": [],
        "widget": [],
        "png": [],
        "manifest": [],
        "bare": [],
    }
    for round_ in range(repeats):
        parcels = _parcels(labels, first=round_ * labels)
        data = _manifest_data(lines, first=round_ * lines)
        label_paths = [("ours", ours), ("widget", widget_baseline)]
        if round_ < PNG_REPEATS:
            label_paths.append(("png", png_baseline))
        manifest_paths = [("manifest", manifest_ours), ("bare", manifest_bare)]
        # Each round the paths take turns in another order.
        for name, path in label_paths[round_ % 2 :] + label_paths[: round_ % 2]:
            times[name].append(_cpu(lambda: path(parcels)))  # noqa: B023 (called at once)
        for name, path in manifest_paths[round_ % 2 :] + manifest_paths[: round_ % 2]:
            times[name].append(_cpu(lambda: path(data)))  # noqa: B023
    med = {name: statistics.median(values) for name, values in times.items()}
    return Figures(
        labels, med["ours"], med["widget"], med["png"], lines, med["manifest"], med["bare"], repeats
    )


def main(argv: list[str]) -> int:
    labels = int(argv[0]) if argv else LABELS
    repeats = int(argv[1]) if len(argv) > 1 else REPEATS
    print(run(labels, repeats=repeats).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
