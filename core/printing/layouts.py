"""Label layouts are data: `resources/layouts/*.json` (and the clerk's own folder).

A layout says the page, the grid of labels on it and the printer's resolution;
it names a template (`resources/layouts/templates/*.json`) that says which
field goes where on one label, in millimetres from the label's top left. A
template drawn into a cell of another size is scaled to fit, so one template
serves a thermal roll and an A4 sheet alike.

Besides its required keys an element may say: `fit` and `min_size` (a text shrinks
to fit one line), `wrap_lines` (then takes more lines at min_size before it is cut),
`min_size` on a wrap (shrinks until its `lines` hold it), `leading` (a wrap's line
spacing, times the size), `collapse` (mm: when its field is empty, the elements
below move up by that much), `rotate: 90` (a barcode running up its box).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.paths import resource_path, user_data_path
from core.printing.errors import LayoutError, UnknownLayout

KINDS = ("parcel", "product", "bin", "run")
ELEMENT_TYPES = {
    # type: required keys
    "text": ("field", "x", "y", "w", "size"),
    "wrap": ("field", "x", "y", "w", "size", "lines"),
    "static": ("text", "x", "y", "size"),
    "barcode": ("field", "x", "y", "w", "h"),
    "qr": ("field", "x", "y", "side"),
    "line": ("x", "y", "x2", "y2"),
    "box": ("x", "y", "w", "h"),
    "tag": ("field", "x", "y", "size"),
}


@dataclass(frozen=True)
class Template:
    name: str
    width: float  # mm
    height: float
    elements: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str
    title: str
    page_width: float  # mm
    page_height: float
    rows: int
    cols: int
    left: float  # mm from the page's left edge to the first cell
    top: float
    cell_width: float
    cell_height: float
    pitch_x: float  # mm from one cell's left edge to the next
    pitch_y: float
    # The printer's resolution: barcode modules are whole dots of it. Sheets state 300, what
    # every office printer resolves (a 600 dpi one prints each dot as four).
    dpi: int
    template: Template

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1


def layout_dirs() -> list[Path]:
    """Bundled layouts, then the clerk's own (which win on equal names)."""
    return [resource_path("layouts"), user_data_path() / "layouts"]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LayoutError(str(path), f"line {exc.lineno}", exc.msg) from exc
    if not isinstance(data, dict):
        raise LayoutError(str(path), "", "not a JSON object")
    return data


def _number(path: Path, data: dict[str, Any], key: str, default: float | None = None) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LayoutError(str(path), key, "missing or not a number")
    if value < 0:
        raise LayoutError(str(path), key, "negative")
    return float(value)


def load_template(path: Path) -> Template:
    data = _read_json(path)
    elements = data.get("elements")
    if not isinstance(elements, list) or not elements:
        raise LayoutError(str(path), "elements", "missing or empty")
    width, height = _number(path, data, "width"), _number(path, data, "height")
    for i, element in enumerate(elements):
        where = f"elements[{i}]"
        if not isinstance(element, dict) or element.get("type") not in ELEMENT_TYPES:
            raise LayoutError(str(path), f"{where}.type", "unknown element type")
        for key in ELEMENT_TYPES[element["type"]]:
            if key not in element:
                raise LayoutError(str(path), f"{where}.{key}", "missing")
        if element["type"] in ("barcode", "qr"):
            # A symbol's quiet zones are part of its box: the box must lie on the label.
            w = element.get("w", element.get("side"))
            h = element.get("h", element.get("side"))
            if element.get("rotate", 0) not in (0, 90):
                raise LayoutError(str(path), f"{where}.rotate", "not 0 or 90")
            if element["x"] < 0 or element["x"] + w > width + 0.01 or element["y"] + h > height:
                raise LayoutError(str(path), where, "symbol runs off the label")
    return Template(path.stem, width, height, tuple(elements))


def load_layout(path: Path) -> Layout:
    data = _read_json(path)
    kind = data.get("kind")
    if kind not in KINDS:
        raise LayoutError(str(path), "kind", f"not one of {', '.join(KINDS)}")
    template_name = data.get("template")
    if not isinstance(template_name, str):
        raise LayoutError(str(path), "template", "missing")
    template_path = path.parent / "templates" / f"{template_name}.json"
    if not template_path.exists():
        template_path = resource_path("layouts", "templates", f"{template_name}.json")
    if not template_path.exists():
        raise LayoutError(str(path), "template", f"no template {template_name!r}")
    template = load_template(template_path)
    page = data.get("page", {})
    grid = data.get("grid", {})
    label = data.get("label", {})
    if not all(isinstance(d, dict) for d in (page, grid, label)):
        raise LayoutError(str(path), "page/grid/label", "not an object")
    cell_w = _number(path, label, "width", template.width)
    cell_h = _number(path, label, "height", template.height)
    dpi = data.get("dpi")
    if isinstance(dpi, bool) or not isinstance(dpi, int) or dpi < 100:
        raise LayoutError(str(path), "dpi", "missing or not a printer resolution")
    rows = int(_number(path, grid, "rows", 1))
    cols = int(_number(path, grid, "cols", 1))
    if rows < 1 or cols < 1:
        raise LayoutError(str(path), "grid", "rows and cols must be at least 1")
    layout = Layout(
        name=path.stem,
        kind=kind,
        title=str(data.get("title", path.stem)),
        page_width=_number(path, page, "width", cell_w),
        page_height=_number(path, page, "height", cell_h),
        rows=rows,
        cols=cols,
        left=_number(path, grid, "left", 0),
        top=_number(path, grid, "top", 0),
        cell_width=cell_w,
        cell_height=cell_h,
        pitch_x=_number(path, grid, "pitch_x", cell_w),
        pitch_y=_number(path, grid, "pitch_y", cell_h),
        dpi=dpi,
        template=template,
    )
    right = layout.left + (cols - 1) * layout.pitch_x + cell_w
    bottom = layout.top + (rows - 1) * layout.pitch_y + cell_h
    if right > layout.page_width + 0.01 or bottom > layout.page_height + 0.01:
        raise LayoutError(str(path), "grid", "labels run off the page")
    return layout


def available_layouts(kind: str | None = None) -> dict[str, Layout]:
    """Every layout by name, optionally only those of one label kind."""
    found: dict[str, Layout] = {}
    for folder in layout_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            layout = load_layout(path)
            found[layout.name] = layout
    if kind is not None:
        found = {n: lay for n, lay in found.items() if lay.kind == kind}
    return dict(sorted(found.items()))


def get_layout(name: str) -> Layout:
    for folder in reversed(layout_dirs()):
        path = folder / f"{name}.json"
        if path.is_file():
            return load_layout(path)
    raise UnknownLayout(name)


DEFAULT_LAYOUTS = {
    "parcel": "parcel-100x150",
    "product": "product-a4-3x8",
    "bin": "bin-a4-2x7",
    "run": "run-100x150",
}
