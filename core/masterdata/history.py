"""Recording edits of master data, and reading a row's history back."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from core.inventory.models import Center
from core.masterdata.models import EditedKind, MasterEdit
from core.uow import UnitOfWork


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(row: object, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a row, as JSON values."""
    return {name: _plain(getattr(row, name)) for name in fields}


def record_edit(
    uow: UnitOfWork,
    kind: EditedKind,
    row_id: uuid.UUID,
    before: dict[str, Any],
    after: dict[str, Any],
    center_id: uuid.UUID | None,
) -> bool:
    """Record the fields that differ between `before` and `after`; False (nothing
    recorded) when none does. `center_id` is the center that made the change."""
    changed = sorted(k for k in after if before.get(k) != after[k] or k not in before)
    if not changed:
        return False
    uow.session.add(
        MasterEdit(
            at=uow.clock(),
            actor=uow.actor,
            center_id=center_id,
            kind=kind.value,
            row_id=row_id,
            before_json=json.dumps({k: before[k] for k in changed if k in before}),
            after_json=json.dumps({k: after[k] for k in changed}),
        )
    )
    return True


@dataclass(frozen=True)
class Edit:
    """One recorded change, as the history lists it."""

    at: datetime
    actor: str
    center: str  # the center that made it ("" when none was named)
    before: dict[str, Any]
    after: dict[str, Any]

    def to_json(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "center": self.center,
            "before": self.before,
            "after": self.after,
        }


def history(uow: UnitOfWork, kind: EditedKind, row_id: uuid.UUID) -> list[Edit]:
    """Every recorded change of one row, oldest first."""
    rows = uow.session.execute(
        select(MasterEdit, Center.code)
        .outerjoin(Center, Center.id == MasterEdit.center_id)
        .where(MasterEdit.kind == kind.value, MasterEdit.row_id == row_id)
        .order_by(MasterEdit.at, MasterEdit.id)
    )
    return [
        Edit(e.at, e.actor, code or "", json.loads(e.before_json), json.loads(e.after_json))
        for e, code in rows
    ]
