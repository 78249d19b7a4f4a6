"""Export templates: the layout of the sheet a post office asks for, as data.

A template names its columns in order; each column is a parcel field or a fixed value,
and may be required. The date and weight formats are the template's. Two ship with the
app (resources/postal/: a China Post / EMS bulk sheet after the batch-import columns in
public use, and a plain list); a clerk edits one and saves it under a name for the
center (`postal_setting`), which then wins over a shipped one of that name. No
authoritative EMS column list exists (docs/field-facts.md, "Postal identifiers"), so
the default is a sensible one the clerk can change.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InvalidValue
from core.inventory.catalog import get_center
from core.paths import resource_path
from core.postal.models import PostalSetting, SettingKind, save_setting
from core.uow import UnitOfWork

# What a column may show of a parcel (core.postal.export fills them).
FIELDS = (
    "number",
    "tracking",
    "order",
    "date",
    "recipient",
    "phone",
    "address",
    "city",
    "postcode",
    "weight",
    "contents",
    "pieces",
    "sender_name",
    "sender_company",
    "sender_postcode",
    "sender_phone",
    "sender_street",
)
WEIGHT_UNITS = ("kg", "g")
NAME_LIMIT = 64


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    field: str = ""  # one of FIELDS; "" for a fixed value
    value: str = ""  # the fixed value, when no field
    required: bool = False


@dataclass(frozen=True)
class ExportTemplate:
    name: str
    columns: tuple[TemplateColumn, ...]
    title: str = ""
    date_format: str = "%Y-%m-%d"
    weight_unit: str = "kg"
    weight_decimals: int = 3
    shipped: bool = field(default=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "date_format": self.date_format,
            "weight": {"unit": self.weight_unit, "decimals": self.weight_decimals},
            "columns": [
                {k: v for k, v in asdict(c).items() if v not in ("", False)} for c in self.columns
            ],
        }


def from_json(data: Any, *, shipped: bool = False) -> ExportTemplate:
    """A template from its JSON form; InvalidValue naming what is wrong in it."""
    if not isinstance(data, dict):
        raise InvalidValue("template", str(data)[:40], "not a template")
    name = str(data.get("name", "")).strip()
    if not name or len(name) > NAME_LIMIT:
        raise InvalidValue("name", name, "required" if not name else "too_long")
    raw_columns = data.get("columns")
    if not isinstance(raw_columns, list) or not raw_columns:
        raise InvalidValue("columns", name, "required")
    columns = []
    for raw in raw_columns:
        if not isinstance(raw, dict) or not str(raw.get("header", "")).strip():
            raise InvalidValue("header", str(raw)[:40], "required")
        column = TemplateColumn(
            str(raw["header"]).strip(),
            str(raw.get("field", "")),
            str(raw.get("value", "")),
            bool(raw.get("required", False)),
        )
        if column.field and column.field not in FIELDS:
            raise InvalidValue("field", column.field, "unknown")
        columns.append(column)
    headers = [c.header for c in columns]
    if len(set(headers)) != len(headers):
        raise InvalidValue("header", next(h for h in headers if headers.count(h) > 1), "repeated")
    weight = data.get("weight") or {}
    unit = str(weight.get("unit", "kg"))
    if unit not in WEIGHT_UNITS:
        raise InvalidValue("weight_unit", unit, "unknown")
    decimals = weight.get("decimals", 3 if unit == "kg" else 0)
    if not isinstance(decimals, int) or not 0 <= decimals <= 3:
        raise InvalidValue("weight_decimals", str(decimals), "range")
    date_format = str(data.get("date_format", "%Y-%m-%d"))
    if "%" not in date_format:
        raise InvalidValue("date_format", date_format, "not a date format")
    return ExportTemplate(
        name,
        tuple(columns),
        str(data.get("title", "")),
        date_format,
        unit,
        decimals,
        shipped,
    )


def shipped_templates() -> dict[str, ExportTemplate]:
    folder = resource_path("postal")
    found = {}
    for path in sorted(folder.glob("*.json")):
        template = from_json(json.loads(path.read_text(encoding="utf-8")), shipped=True)
        found[template.name] = template
    return found


def templates(session: Session, center_id: Any) -> dict[str, ExportTemplate]:
    """The shipped templates and the center's saved ones (a saved one wins), by name."""
    found = shipped_templates()
    for name, body in session.execute(
        select(PostalSetting.name, PostalSetting.body).where(
            PostalSetting.center_id == center_id,
            PostalSetting.kind == SettingKind.EXPORT_TEMPLATE.value,
        )
    ):
        found[name] = from_json(json.loads(body))
    return found


def template_named(session: Session, center_id: Any, name: str) -> ExportTemplate:
    found = templates(session, center_id)
    if name not in found:
        raise InvalidValue("template", name, "unknown")
    return found[name]


def save_template(uow: UnitOfWork, center: str, template: ExportTemplate) -> Changes:
    """Save `template` for the center under its name (replacing the center's own one)."""
    checked = from_json(template.to_json())
    center_row = get_center(uow.session, center)
    body = json.dumps(checked.to_json(), ensure_ascii=False)
    save_setting(uow, center_row.id, SettingKind.EXPORT_TEMPLATE, checked.name, body)
    return Changes(centers=frozenset({center_row.id}))
