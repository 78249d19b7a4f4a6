"""The edit history of master data: who changed which center, bin or product, when,
and what the fields were before and after."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import Base, one_of


class EditedKind(StrEnum):
    CENTER = "center"
    BIN = "bin"
    PRODUCT = "product"
    REORDER_POINT = "reorder_point"  # a product's setting at one center


class MasterEdit(Base):
    """One change of one row: the fields it changed, as JSON objects before and after.

    Append-only, like the stock ledger; written by the center that made the change.
    A creation has `{}` before, a retirement `{"active": false}` (or `retired_at`) after.
    """

    __tablename__ = "master_edit"
    __table_args__ = (
        CheckConstraint(one_of("kind", EditedKind), name="kind"),
        Index("ix_master_edit_row", "kind", "row_id", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("center.id"))
    kind: Mapped[str] = mapped_column(String(16))
    row_id: Mapped[uuid.UUID]
    before_json: Mapped[str] = mapped_column(Text)
    after_json: Mapped[str] = mapped_column(Text)
